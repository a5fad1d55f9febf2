/* tests/unit/test_event_set20.c -- names and kinds of events read from
   tests/heldout20 once it was made a development set (session of
   2026-11-29 05:00 UTC): each rule run through the whole extractor on a
   text written for the test with invented names of persons and bodies. */
#include "events.h"

/* Given characters the name statistics never saw (婧, 蕊) and the Hui
   surnames (撒, 纳) name persons after a title and in a byline: 副县长任婧
   参加会见, 县政协主席撒玉梅等出席, 记者:马晓燕 纳蕊. */
static void
test_names_of_rare_characters(void)
{
  NgFacts f =
    run("县政协召开常委会议\n"
        "来源:青河县融媒体中心    发布时间:2026-10-15 19:40    "
        "记者:罗明川 纳蕊\n\n"
        "10月15日上午,县委书记陈立会见了客商代表一行。县委常委、副县长"
        "任婧参加会见。县政协主席撒玉梅等县领导出席。\n",
        "2026-10-15");
  const char *e = event(&f, "会见");
  assert(e);
  assert(labelled(&f, NG_SCHEMA_PERSON, "任婧"));
  assert(labelled(&f, NG_SCHEMA_PERSON, "撒玉梅"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "任婧"));
  assert(role(&f, NG_SCHEMA_AUTHOR, "纳蕊") == 1);
  ng_facts_free(&f);
}

/* 代表团一行在甲陪同下,前往乙镇参观考察…: the delegation met the day
   before tours on its own, going somewhere before its doing, with who
   goes along; not on the meeting. */
static void
test_delegation_goes_then_tours(void)
{
  NgFacts f =
    run("10月20日下午,县委书记陈立在县行政中心会见了由某某文化交流协会"
        "理事长罗明川率领的客家乡亲访问团一行。副县长赵丽参加会见。\n\n"
        "21日上午,访问团一行在赵丽陪同下,前往石门镇参观考察古村落保护"
        "情况。",
        "2026-10-21");
  const char *m = event(&f, "会见");
  const char *v = event(&f, "参观考察");
  assert(m && v && strcmp(m, v));
  assert(!strcmp(date_of(&f, v), "2026-10-21"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "赵丽"));
  assert(!in(&f, m, NG_NG_ACCOMPANY, "赵丽"));
  ng_facts_free(&f);
}

/* 会议结束后,甲带领…来到乙经开区,现场调研…: after the meeting, as 会后
   says; the meeting named is a time, not the meeting (nor the forum
   before it) met again, and the visit is one of its own on that day. */
static void
test_visit_after_the_meeting_ended(void)
{
  NgFacts f =
    run("3月19日上午,青河市优化营商环境大会召开。市委书记陈立出席会议并"
        "讲话,市长罗明川主持会议。\n\n"
        "会前,陈立、罗明川与部分民营企业家代表座谈。市委常委赵丽参加座谈。"
        "\n\n"
        "会议结束后,罗明川带领市级有关部门负责人来到青河经开区,现场调研"
        "锂电企业用工保障情况。",
        "2026-03-19");
  const char *m = event(&f, "营商环境大会");
  const char *z = event(&f, "座谈");
  const char *v = event(&f, "调研");
  assert(m && z && v && strcmp(v, m) && strcmp(v, z));
  assert(!strcmp(date_of(&f, v), "2026-03-19"));
  assert(in(&f, v, NG_NG_LEAD, "罗明川"));
  assert(!in(&f, m, NG_NG_LEAD, "罗明川"));
  assert(!in(&f, z, NG_NG_LEAD, "罗明川"));
  ng_facts_free(&f);
}

/* 会前,县人大常委会党组书记、主任甲主持召开党组会议: the party group's
   meeting, named by its word alone after the session and the oath
   ceremony, is a meeting of its own that he chairs, held by the group. */
static void
test_party_group_meeting_before_the_session(void)
{
  NgFacts f =
    run("8月27日,青河县人大常委会第二十六次会议召开。县人大常委会主任罗明川"
        "主持会议。\n\n"
        "会议结束后,县人大常委会举行宪法宣誓仪式,陈立进行宪法宣誓,罗明川"
        "监誓。\n\n"
        "会前,县人大常委会党组书记、主任罗明川主持召开党组会议,研究本次"
        "常委会会议有关议题。",
        "2026-08-28");
  const char *s = event(&f, "第二十六次会议");
  const char *g = event(&f, "党组会议");
  assert(s && g && strcmp(s, g));
  assert(!strcmp(date_of(&f, g), "2026-08-27"));
  assert(in(&f, g, NG_NG_CHAIR, "罗明川"));
  /* held by the party group of the body his 党组书记 is in */
  assert(in(&f, g, NG_SCHEMA_ORGANIZER, "青河县人大常委会党组"));
  ng_facts_free(&f);
}

/* 【某报讯】记者 甲 海口报道: the word before 报道 after the reporter's
   name is the place he wrote in, though 海 is a surname too; no person,
   no author. */
static void
test_place_written_in_after_the_reporter(void)
{
  NgFacts f = run("项目推介会在定安县举行\n\n"
                  "【香港商报讯】记者 罗明川 海口报道:由定安县人民政府主办的"
                  "项目推介会5日在定安县举行。县长陈立出席并致辞。",
                  "2026-11-07");
  assert(role(&f, NG_SCHEMA_AUTHOR, "罗明川") == 1);
  assert(!labelled(&f, NG_SCHEMA_PERSON, "海口"));
  ng_facts_free(&f);
}

/* 甲县中药材产销对接会暨重点项目签约仪式: 对接 opens no stop (对 is no
   preposition there), so the name runs from the county; and where the
   county's government signs (甲县人民政府与乙公司签订…), the county holds
   nothing, the government takes part; a signing named after an area whose
   government the article does not name is still the area's. */
static void
test_matchmaking_signing_of_a_county(void)
{
  NgFacts f =
    run("8月22日,青河县中药材产销对接会暨重点项目签约仪式在石门镇举行。县长"
        "陈立主持。活动现场,青河县人民政府与甘肃某某药业有限公司签订投资"
        "协议。",
        "2026-08-23");
  const char *e = event(&f, "青河县中药材产销对接会暨重点项目签约仪式");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "青河县人民政府"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "青河县") == 0);
  ng_facts_free(&f);
  f = run("12月9日,德州市重点合作项目签约仪式在上海举行。一批重点合作项目进行"
          "了现场签约。",
          "2026-12-10");
  assert(event(&f, "签约仪式"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "德州市") == 1);
  ng_facts_free(&f);
}

/* 近日,某区退役军人服务中心正式揭牌投入使用。甲、乙共同为中心揭牌: a
   division and a name no list knows unveiled and put to use is a
   ceremony of its own, on no day, that those who unveil it attend. */
static void
test_centre_unveiled_on_no_day(void)
{
  NgFacts f =
    run("近日,潮州市湘桥区退役军人服务中心正式揭牌投入使用。区委常委、组织部"
        "部长罗明川,区退役军人事务局局长陈立共同为中心揭牌。",
        "2026-11-20");
  const char *e = event(&f, "退役军人服务中心揭牌");
  assert(e);
  assert(!date_of(&f, e));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "罗明川"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "陈立"));
  ng_facts_free(&f);
  f = run("近日,潮州市湘桥区退役军人服务中心正式揭牌投入使用。", "2026-11-20");
  assert(events(&f) == 0);
  ng_facts_free(&f);
}

/* 会议听取了甲局关于…的汇报和乙局关于…的汇报: both bodies report at the
   meeting, the second after 和 as after a comma. */
static void
test_two_reports_joined_by_and(void)
{
  NgFacts f =
    run("6月11日,韶关市委书记陈立主持召开市委常委会会议。会议听取了市水利局"
        "关于汛期准备情况的汇报和市农业农村局关于茶产业发展情况的汇报。",
        "2026-06-12");
  const char *e = event(&f, "常委会会议");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "市水利局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "市农业农村局"));
  ng_facts_free(&f);
}

/* 香港某某同乡联谊会会长甲: the association of people from one county is
   one body, whole; 乡 is no township's level word inside it. */
static void
test_association_of_a_home_county(void)
{
  NgFacts f = run("5日,项目推介会在定安县举行。香港青河同乡联谊会会长罗明川率团"
                  "出席。",
                  "2026-11-07");
  assert(labelled(&f, NG_ORG_ORGANIZATION, "香港青河同乡联谊会"));
  assert(!labelled(&f, NG_ORG_ORGANIZATION, "乡联谊会"));
  ng_facts_free(&f);
}

/* 宣读了本轮巡察组组长授权任职决定: this round's teams are no body of
   their own, as 各巡察组 is none; the team named by its committee is. */
static void
test_this_rounds_teams_are_no_body(void)
{
  NgFacts f =
    run("4月8日,县委召开巡察工作动员部署会。会上,县委巡察办主任陈立宣读了"
        "本轮巡察组组长授权任职决定,县委第一巡察组组长罗明川代表各巡察组作"
        "表态发言。",
        "2026-04-09");
  assert(labelled(&f, NG_ORG_ORGANIZATION, "县委第一巡察组"));
  assert(!labelled(&f, NG_ORG_ORGANIZATION, "本轮巡察组"));
  ng_facts_free(&f);
}

/* 考察客家古村落保护情况: 村落 is the word (a settlement), no village named
   by the characters before 村; a village's 古村落 is still a site. */
static void
test_old_settlements_are_no_village(void)
{
  NgFacts f =
    run("21日,访问团前往河田镇参观考察客家古村落保护情况。", "2026-10-22");
  assert(labelled(&f, NG_SCHEMA_PLACE, "河田镇"));
  assert(!labelled(&f, NG_SCHEMA_PLACE, "客家古村"));
  ng_facts_free(&f);
  f = run("21日,代表团来到石门镇河西村古村落参观。", "2026-10-22");
  assert(labelled(&f, NG_SCHEMA_PLACE, "河西村"));
  ng_facts_free(&f);
}

/* 某镇中心市场, 某镇中药材交易中心: markets and trading centres named
   after the township they stand in are sites; the county's 公共资源交易中心
   stays a body. */
static void
test_markets_named_after_their_township(void)
{
  NgFacts f = run("19日,区长陈立先后来到和平镇中心市场、首阳镇中药材交易中心,"
                  "了解市场改造提升情况。县公共资源交易中心主任罗明川陪同。",
                  "2026-11-20");
  assert(labelled(&f, NG_SCHEMA_PLACE, "和平镇中心市场"));
  assert(labelled(&f, NG_SCHEMA_PLACE, "首阳镇中药材交易中心"));
  assert(labelled(&f, NG_ORG_ORGANIZATION, "县公共资源交易中心"));
  ng_facts_free(&f);
}

/* 某区退役军人服务中心, 某县乡村振兴服务中心, 某镇退役军人服务站: the
   public service units every county and township opened are bodies, the
   division inside their names no place of its own. */
static void
test_veterans_and_rural_service_centres(void)
{
  NgFacts f =
    run("15日上午,湘桥区退役军人服务中心揭牌仪式在区政务服务中心举行。"
        "河西镇退役军人服务站站长陈立、丰顺县乡村振兴服务中心主任罗明川"
        "出席。",
        "2026-05-15");
  assert(labelled(&f, NG_ORG_ORGANIZATION, "湘桥区退役军人服务中心"));
  assert(labelled(&f, NG_ORG_ORGANIZATION, "河西镇退役军人服务站"));
  assert(labelled(&f, NG_ORG_ORGANIZATION, "丰顺县乡村振兴服务中心"));
  ng_facts_free(&f);
}

/* 29日,与会侨领在副市长甲陪同下,前往乙镇考察…: a group no name is given
   for visits on a day of its own, with him going along; not on the
   forum before. */
static void
test_unnamed_group_visits_with_an_escort(void)
{
  NgFacts     f = run("10月28日,第三届侨乡文化论坛在腾冲开幕。市长陈立致辞。\n\n"
                      "29日,与会侨领在副市长罗明川陪同下,前往界头镇考察高原特色"
                      "农业发展情况。",
                  "2026-10-30");
  const char *m = event(&f, "论坛");
  const char *v = event(&f, "前往界头镇考察");
  assert(m && v && strcmp(m, v));
  assert(!strcmp(date_of(&f, v), "2026-10-29"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "罗明川"));
  assert(!in(&f, m, NG_SCHEMA_ATTENDEE, "罗明川"));
  ng_facts_free(&f);
}

/* 中心组举行第九次集体学习(扩大)会议: one meeting, written once under its
   whole name; 集体学习 before the bracket is no event of its own. */
static void
test_enlarged_study_session_is_one(void)
{
  NgFacts     f = run("县委理论学习中心组举行2026年第九次集体学习（扩大）会议\n\n"
                      "10月15日上午,县委理论学习中心组举行2026年第九次集体学习"
                      "（扩大）会议。县委书记陈立主持会议并讲话。",
                  "2026-10-15");
  const char *e = event(&f, "集体学习(扩大)会议");
  assert(e);
  assert(in(&f, e, NG_NG_CHAIR, "陈立"));
  assert(events(&f) == 1);
  ng_facts_free(&f);
}

/* 活动现场,…,甲镇、乙镇分别与5家企业签订…协议: the townships listed before
   分别与 sign, each for itself, at the ceremony under way, though the
   other side is named by no name. */
static void
test_townships_sign_with_unnamed_firms(void)
{
  NgFacts     f = run("8月22日,青河县产销对接会暨重点项目签约仪式在县会议中心举行。"
                      "县长陈立主持。\n\n"
                      "活动现场,青河县人民政府与甘肃某某药业有限公司签订投资协议,"
                      "石门镇、河西镇分别与5家企业签订订单种植协议。",
                  "2026-08-23");
  const char *e = event(&f, "签约仪式");
  assert(e);
  assert(role(&f, NG_SCHEMA_ATTENDEE, "石门镇") >= 1);
  assert(role(&f, NG_SCHEMA_ATTENDEE, "河西镇") >= 1);
  ng_facts_free(&f);
}

/* <meta name="SiteName" content="某县人民政府门户网站">: the site a saved
   page of a government portal names in its head is an organization, as
   the banner of a page of text is; the headline stays the article's. */
static void
test_site_name_of_a_saved_page(void)
{
  NgFacts f =
    run("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        "<title>县委书记陈立开展公开接访活动_青河县人民政府门户网站</title>"
        "<meta name=\"SiteName\" content=\"青河县人民政府门户网站\">"
        "<meta name=\"PubDate\" content=\"2026-05-07 10:21\"></head><body>"
        "<div class=\"nav\"><a href=\"/\">首页</a></div>"
        "<h1>县委书记陈立开展公开接访活动</h1>"
        "<p>5月6日,县委书记陈立在县信访接待中心开展领导干部公开接访活动。"
        "副县长罗明川参加接访。</p></body></html>",
        NULL);
  assert(labelled(&f, NG_ORG_ORGANIZATION, "青河县人民政府门户网站"));
  assert(event(&f, "公开接访活动"));
  int headline = 0;
  for (size_t i = 0; i < f.n; i++)
    if (!strcmp(f.v[i].p.value, NG_SCHEMA_HEADLINE))
      headline |= !strcmp(f.v[i].o.value, "县委书记陈立开展公开接访活动");
  assert(headline);
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_names_of_rare_characters);
  RUN(test_delegation_goes_then_tours);
  RUN(test_visit_after_the_meeting_ended);
  RUN(test_party_group_meeting_before_the_session);
  RUN(test_place_written_in_after_the_reporter);
  RUN(test_matchmaking_signing_of_a_county);
  RUN(test_centre_unveiled_on_no_day);
  RUN(test_two_reports_joined_by_and);
  RUN(test_association_of_a_home_county);
  RUN(test_this_rounds_teams_are_no_body);
  RUN(test_old_settlements_are_no_village);
  RUN(test_markets_named_after_their_township);
  RUN(test_veterans_and_rural_service_centres);
  RUN(test_unnamed_group_visits_with_an_escort);
  RUN(test_enlarged_study_session_is_one);
  RUN(test_townships_sign_with_unnamed_firms);
  RUN(test_site_name_of_a_saved_page);
  events_close();
  return 0;
}
