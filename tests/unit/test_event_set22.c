/* tests/unit/test_event_set22.c -- kinds of events read from
   tests/heldout22 once it was made a development set (session of
   2026-11-29 08:13 UTC): each rule run through the whole extractor on a
   text written for the test with invented names of persons and bodies. */
#include "events.h"

/* 会前,县委理论学习中心组集中学习了…,甲领学: the study session told as a
   verb after the group is a meeting of its own, which the group holds
   (and 中学 inside 集中学习 is no school that ends the group's name) */
static void
test_study_session_told_as_a_verb(void)
{
  NgFacts f =
    run("县委召开常委会会议\n\n"
        "5月20日,县委书记罗明川主持召开县委常委会会议,研究部署防汛工作。"
        "县委副书记、县长陈立出席会议。\n\n"
        "会前,县委理论学习中心组集中学习了关于防汛救灾工作的重要论述,县委"
        "常委、办公室主任赵丽领学。",
        "2026-05-21");
  const char *m = event(&f, "县委常委会会议");
  const char *s = event(&f, "中心组集中学习");
  assert(m && s && strcmp(m, s));
  assert(!strcmp(date_of(&f, s), "2026-05-20"));
  assert(in(&f, s, NG_SCHEMA_ORGANIZER, "县委理论学习中心组"));
  assert(in(&f, s, NG_NG_SPEAKER, "赵丽"));
  assert(!in(&f, m, NG_NG_SPEAKER, "赵丽"));
  assert(!labelled(&f, NG_ORG_ORGANIZATION, "县委理论学习中心组集中学"));
  ng_facts_free(&f);
}

/* ◆县政协召开主席会议。6月6日,县政协主席甲主持召开县政协十届三十一次
   主席会议: a briefing's item opens with its headline, ended by a full
   stop; it names the event the item reports, no event of its own. */
static void
test_briefing_item_headed_by_a_sentence(void)
{
  NgFacts f =
    run("政务信息\n\n"
        "◆县委巡察工作动员部署会召开。6月4日,县委巡察工作领导小组召开十届"
        "县委第三轮巡察工作动员部署会,县委副书记罗明川作动员讲话。\n\n"
        "◆陈立检查防汛工作。7日,县长陈立到石门镇检查防汛准备工作,副县长"
        "赵丽陪同检查。",
        "2026-06-08");
  assert(events(&f) == 2);
  const char *m = event(&f, "第三轮巡察工作动员部署会");
  const char *v = event(&f, "石门镇");
  assert(m && v);
  assert(!strcmp(date_of(&f, m), "2026-06-04"));
  assert(!strcmp(date_of(&f, v), "2026-06-07"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "赵丽"));
  ng_facts_free(&f);
}

/* 零 (Zhuang) and 过 (southern Jiangsu) open names after a title and in
   a list of names, though they are ordinary words elsewhere (零售, 过去);
   额尔德木图 is one Mongolian name, not 额尔德 and a word after it. */
static void
test_names_of_rare_surnames(void)
{
  NgFacts     f = run("5月8日,县委书记陈立会见了华峰科技有限公司董事长过建平一行。"
                      "县政协副主席罗明川、零丽华,县委常委、纪委书记额尔德木图参加"
                      "会见。过去一年,全县零售额增长8%。",
                  "2026-05-09");
  const char *e = event(&f, "会见");
  assert(e);
  assert(in(&f, e, NG_NG_LEAD, "过建平"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "零丽华"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "额尔德木图"));
  assert(!labelled(&f, NG_SCHEMA_PERSON, "额尔德"));
  assert(!labelled(&f, NG_SCHEMA_PERSON, "过去一"));
  assert(!labelled(&f, NG_SCHEMA_PERSON, "零售额"));
  ng_facts_free(&f);
}

/* 会见后,举行某某项目签约仪式。甲局与乙局签署…协议: the ceremony the
   headline named, which the text holds again after the meeting, is where
   the sides sign, however many sentences the headline stands before. */
static void
test_signing_at_the_headlines_ceremony(void)
{
  NgFacts f =
    run("青河区人民政府\n"
        "当前位置:首页 > 政务公开 > 区内要闻\n\n"
        "协作帮扶项目签约仪式举行 罗明川会见石门县党政代表团\n\n"
        "信息来源:区政府办    发布时间:2026-01-27 17:05\n\n"
        "1月26日,区委书记罗明川会见了石门县委副书记、县长陈立率领的石门县"
        "党政代表团一行。区委副书记、区长赵丽参加会见。\n\n"
        "罗明川对代表团一行表示欢迎。陈立介绍了石门县经济社会发展情况。双方"
        "围绕消费帮扶、产业合作等进行了交流。\n\n"
        "会见后,举行2026年协作帮扶项目签约仪式。区农业农村局与石门县农业"
        "农村局签署消费帮扶合作协议。赵丽、陈立共同见证签约。",
        "2026-01-27");
  const char *c = event(&f, "签约仪式");
  assert(c);
  assert(!event(&f, "签署消费帮扶合作协议"));
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "区农业农村局"));
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "赵丽"));
  ng_facts_free(&f);
}

/* 当天下午,考察团一行先后到甲镇、乙乡,考察…,丙陪同: the delegation met
   before tours on its own, the clause that says where it goes opening its
   doing after the comma; the escort accompanies that tour, not the forum
   before it. */
static void
test_delegation_goes_then_looks_with_an_escort(void)
{
  NgFacts f =
    run("11月4日,县委书记罗明川会见了石门县委副书记、县长陈立率领的石门县"
        "党政考察团一行。县委副书记、县长赵丽参加会见。\n\n"
        "随后,两县召开文旅协作座谈会。赵丽主持座谈会,陈立、罗明川分别讲话。"
        "\n\n"
        "当天下午,考察团一行先后到城关镇、石桥乡,考察古村落保护利用情况,"
        "县委常委、宣传部部长周红陪同。",
        "2026-11-05");
  const char *m = event(&f, "座谈会");
  const char *v = event(&f, "考察古村落");
  assert(m && v && strcmp(m, v));
  assert(!strcmp(date_of(&f, v), "2026-11-04"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "周红"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "石门县党政考察团"));
  assert(!in(&f, m, NG_NG_ACCOMPANY, "周红"));
  ng_facts_free(&f);
}

/* 召开…观摩会,观摩组先后到…。甲带队观摩并讲话,乙参加观摩: the meeting
   named by the doing is that doing, which he leads and speaks at; no
   visit of its own. */
static void
test_leading_the_observation_meeting(void)
{
  NgFacts f =
    run("3月14日至15日,青河市召开2026年一季度重点项目观摩会,观摩组先后到"
        "城关镇、石桥镇等地,实地观摩12个项目。市委书记罗明川带队观摩并讲话,"
        "市委副书记、市长陈立参加观摩。",
        "2026-03-16");
  const char *m = event(&f, "观摩会");
  assert(m);
  assert(events(&f) == 1);
  assert(in(&f, m, NG_NG_LEAD, "罗明川"));
  assert(in(&f, m, NG_NG_SPEAKER, "罗明川"));
  assert(in(&f, m, NG_SCHEMA_ATTENDEE, "陈立"));
  ng_facts_free(&f);
}

/* Areas and bodies that speak at the meeting under way: after 等 and how
   many they are (甲镇、乙街道等6个乡镇(街道)作交流发言), and listed after
   the persons who speak with them (委员甲、乙和丙镇、丁镇负责同志先后发言;
   支部书记甲、县人民医院党委作交流发言). */
static void
test_areas_and_bodies_that_speak_in_lists(void)
{
  NgFacts f =
    run("3月15日,青河市召开乡村振兴工作会议,市委书记罗明川出席并讲话。"
        "会上,城关镇、石桥街道等6个乡镇(街道)作交流发言。县政协委员陈立、"
        "赵丽和河口镇、龙门镇负责同志先后发言。石桥村党支部书记周红、县人民"
        "医院党委作交流发言。",
        "2026-03-16");
  const char *m = event(&f, "乡村振兴工作会议");
  assert(m);
  assert(in(&f, m, NG_NG_SPEAKER, "陈立"));
  assert(in(&f, m, NG_NG_SPEAKER, "周红"));
  assert(in(&f, m, NG_NG_SPEAKER, "县人民医院党委"));
  assert(role(&f, NG_NG_SPEAKER, "城关镇") == 1);
  assert(role(&f, NG_NG_SPEAKER, "石桥街道") == 1);
  assert(role(&f, NG_NG_SPEAKER, "河口镇") == 1);
  assert(role(&f, NG_NG_SPEAKER, "龙门镇") == 1);
  ng_facts_free(&f);
}

/* 县人大常委会组织部分市、县人大代表视察…: the body that sends members of
   more than one congress holds the visit, as it does with one
   (组织部分县人大代表视察). */
static void
test_committee_sends_deputies_of_two_levels(void)
{
  NgFacts f =
    run("10月21日,县人大常委会组织部分市、县人大代表视察全县重点项目建设"
        "情况。县人大常委会主任罗明川带队,副主任陈立参加视察,副县长赵丽陪同。",
        "2026-10-22");
  const char *v = event(&f, "视察");
  assert(v);
  assert(events(&f) == 1);
  assert(in(&f, v, NG_SCHEMA_ORGANIZER, "县人大常委会"));
  assert(in(&f, v, NG_NG_LEAD, "罗明川"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "赵丽"));
  ng_facts_free(&f);
}

/* A saved portal page whose related-news list runs down to its footer
   (相关新闻 / titles / 主办:某县人民政府办公室 承办:…): the footer ends the
   list, so its bodies and the site the page's head names stay bodies. */
static void
test_footer_after_a_related_list(void)
{
  NgFacts f = run(
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
    "<title>县委书记陈立会见客商_青河县人民政府</title>"
    "<meta name=\"SiteName\" content=\"青河县人民政府\">"
    "<meta name=\"PubDate\" content=\"2026-05-07 10:21\"></head><body>"
    "<div class=\"nav\"><a href=\"/\">首页</a></div>"
    "<h1>县委书记陈立会见客商</h1>"
    "<p>5月6日,县委书记陈立会见了华峰科技有限公司董事长罗明川一行。"
    "副县长赵丽参加会见。</p>"
    "<div class=\"related\"><h3>相关新闻</h3><ul>"
    "<li><a href=\"/a/1.htm\">青河县召开2026年第一季度经济运行分析会</a></li>"
    "<li><a href=\"/a/2.htm\">青河县开展春季森林防火专项检查</a></li>"
    "</ul></div>"
    "<div class=\"footer\"><p>主办:青河县人民政府办公室 承办:青河县"
    "融媒体中心</p><p>ICP备10012345号</p></div></body></html>",
    NULL);
  assert(event(&f, "会见"));
  assert(labelled(&f, NG_ORG_ORGANIZATION, "青河县人民政府办公室"));
  assert(labelled(&f, NG_ORG_ORGANIZATION, "青河县人民政府"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_study_session_told_as_a_verb);
  RUN(test_briefing_item_headed_by_a_sentence);
  RUN(test_names_of_rare_surnames);
  RUN(test_signing_at_the_headlines_ceremony);
  RUN(test_delegation_goes_then_looks_with_an_escort);
  RUN(test_leading_the_observation_meeting);
  RUN(test_areas_and_bodies_that_speak_in_lists);
  RUN(test_committee_sends_deputies_of_two_levels);
  RUN(test_footer_after_a_related_list);
  events_close();
  return 0;
}
