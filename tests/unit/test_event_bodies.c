/* tests/unit/test_event_bodies.c -- bodies that take part in an event
   and their roles, as the genre writes them: each rule run through the
   whole extractor on a text written for the test with invented names of
   persons, villages and companies (areas are real divisions). */
#include "events.h"

/* A headline that says a body carries out an inspection names its
   organizer also when a law's title stands between the verb and the
   inspection, when the headline is broken over two lines, and when the
   headline is an item's 【】 heading on a page of brief reports; the
   meeting held during the inspection is not the body's. */
static void
test_headline_inspector_across_title_and_lines(void)
{
  NgFacts f =
    run("市人大常委会开展《甲市物业管理条例》执法检查\n"
        "本报讯 5月6日,市人大常委会副主任李国强带队到甲区检查条例贯彻实施"
        "情况,并召开座谈会听取汇报。",
        "2024-05-07");
  assert(in(&f, event(&f, "检查"), NG_SCHEMA_ORGANIZER, "市人大常委会"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "市人大常委会") == 1);
  ng_facts_free(&f);
  f = run("县人大常委会开展\n"
          "水法执法检查\n"
          "本报讯 5月6日,县人大常委会副主任李国强带领执法检查组,对全县贯彻"
          "实施水法情况开展执法检查。检查组召开座谈会听取县水利局汇报。",
          "2024-05-07");
  assert(in(&f, event(&f, "执法检查"), NG_SCHEMA_ORGANIZER, "县人大常委会"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "县人大常委会") == 1);
  ng_facts_free(&f);
  f = run("政务简讯\n"
          "【区政府召开常务会议】5月5日,区长王建国主持召开区政府常务会议。\n"
          "【区人大常委会开展执法检查】5月6日,区人大常委会副主任李国强"
          "带队,对全区贯彻实施食品安全法情况开展执法检查。\n"
          "【区政协召开座谈会】5月7日,区政协召开协商座谈会,区政协副主席"
          "张明远主持。\n",
          "2024-05-08");
  assert(in(&f, event(&f, "执法检查"), NG_SCHEMA_ORGANIZER, "区人大常委会"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "区人大常委会") == 1);
  ng_facts_free(&f);
  /* a meeting named before the inspection verb: the headline is about
     the meeting */
  f = run("县人大常委会召开主任会议 研究执法检查工作\n"
          "本报讯 5月6日,县人大常委会副主任李国强带队到甲镇检查水法实施"
          "情况。",
          "2024-05-07");
  assert(!in(&f, event(&f, "检查"), NG_SCHEMA_ORGANIZER, "县人大常委会"));
  ng_facts_free(&f);
}

/* 会见由甲率领的代表团: the group met takes part, named as the headline
   names it (乙省代表团), else by the bare word; a clause that goes on
   after the group names no group. */
static void
test_bare_delegation_met(void)
{
  NgFacts f =
    run("市长会见湖南省代表团\n"
        "本报讯 5月6日上午,市长王建国在市政府会见由湖南省政协副主席李国强"
        "率领的代表团,双方就文旅合作交换意见。\n",
        "2024-05-07");
  const char *e = event(&f, "会见");
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "湖南省代表团"));
  assert(in(&f, e, NG_NG_LEAD, "李国强"));
  ng_facts_free(&f);
  f = run("5月6日上午,市长王建国在市政府会见甲商会会长李国强率领的访问团"
          "一行,双方就经贸合作交换意见。",
          "2024-05-07");
  assert(in(&f, event(&f, "会见"), NG_SCHEMA_ATTENDEE, "访问团"));
  ng_facts_free(&f);
  f = run("5月6日上午,市长王建国在市政府会见由李国强率领的代表团成员。",
          "2024-05-07");
  assert(!labelled(&f, NG_ORG_ORGANIZATION, "代表团"));
  ng_facts_free(&f);
}

/* An area that signs with a body (甲市与乙研究院签署…协议, 甲市与乙大学
   战略合作协议签约仪式) takes part as its body; two areas (甲省与乙州
   政府间合作协议签署仪式) leave the signing to their departments. */
static void
test_area_signs_with_a_body(void)
{
  NgFacts     f = run("8月28日,岳阳市与甲煤炭科学研究院签署战略合作框架协议。"
                      "市长王建国出席签约仪式。",
                  "2024-08-29");
  const char *e = event(&f, "签署");
  assert(events(&f) == 1);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "岳阳市"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "甲煤炭科学研究院"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "王建国"));
  ng_facts_free(&f);
  f = run("4月12日,岳阳市与甲工业大学战略合作协议签约仪式在长沙举行。市长"
          "王建国出席。",
          "2024-04-13");
  e = event(&f, "签约仪式");
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "岳阳市"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "甲工业大学"));
  ng_facts_free(&f);
  f = run("4月12日,湖南省与江西省政府间合作协议签署仪式在长沙举行。省长"
          "王建国出席。",
          "2024-04-13");
  assert(role(&f, NG_SCHEMA_ATTENDEE, "湖南省") == 0);
  ng_facts_free(&f);
}

/* 甲公司董事长X代表开工企业发言: who speaks for a kind of party with a
   word before the kind (开工企业, 入驻企业), across a line break, brings
   the body of his post; 代表全县人民 names no party. */
static void
test_speaks_for_the_firms_of_the_day(void)
{
  NgFacts     f = run("本报讯 3月5日上午,甲区重大项目集中开工仪式在乙镇举行。区长"
                      "王建国致辞。\n"
                      "丙新材料有限公司董事长李国强代表开工企业发言。\n",
                  "2024-03-06");
  const char *e = event(&f, "开工仪式");
  assert(in(&f, e, NG_NG_SPEAKER, "李国强"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "丙新材料有限公司"));
  ng_facts_free(&f);
  f = run("本报讯 3月5日上午,甲区新材料产业园开园仪式在乙镇举行。区长"
          "王建国致辞。\n"
          "丙新材料有限公司董事长李国强代表入驻企业发言。\n",
          "2024-03-06");
  assert(in(&f, event(&f, "开园仪式"), NG_SCHEMA_ATTENDEE, "丙新材料有限公司"));
  ng_facts_free(&f);
  f = run("本报讯 3月5日上午,甲区重大项目集中开工仪式在乙镇举行。"
          "丙新材料有限公司董事长李国强代表全区人民发言。\n",
          "2024-03-06");
  assert(
    !in(&f, event(&f, "开工仪式"), NG_SCHEMA_ATTENDEE, "丙新材料有限公司"));
  ng_facts_free(&f);
}

/* A body whose parts follow it with 各 (县政协机关各委室负责同志列席,
   县政协各参加单位和广大委员要…) takes no part itself: its parts are
   meant; 参加单位 (a CPPCC's member units) is no verb of attending. */
static void
test_parts_of_a_body_with_each(void)
{
  const char *P       = "本报讯 6月17日,政协甲县第十届委员会常务委员会第十五次会议在"
                        "县会议中心召开。县政协主席王建国主持会议。";
  const char *cases[] = {
    "县政协机关各委室负责同志列席会议。",
    "王建国强调,县政协各参加单位和广大委员要聚焦中心工作。",
    NULL
  };
  for (const char *const *c = cases; *c; c++) {
    char text[512];
    snprintf(text, sizeof text, "%s%s\n", P, *c);
    NgFacts f = run(text, "2024-06-18");
    assert(in(&f, event(&f, "常务委员会"), NG_SCHEMA_ATTENDEE, "王建国"));
    assert(role(&f, NG_SCHEMA_ATTENDEE, "县政协") == 0);
    ng_facts_free(&f);
  }
  NgFacts f = run("本报讯 6月17日,县政府召开常务会议。县长王建国主持会议。"
                  "县政协办公室负责同志列席会议。\n",
                  "2024-06-18");
  assert(in(&f, event(&f, "常务会议"), NG_SCHEMA_ATTENDEE, "县政协办公室"));
  ng_facts_free(&f);
}

/* 列席开幕会 after a preparatory meeting told since: the bodies attend
   the opening of the session the article reports. */
static void
test_opening_meeting_is_the_session(void)
{
  NgFacts f =
    run("本报讯 1月8日上午,政协甲区第十五届委员会第六次会议在区会议中心"
        "开幕。区政协主席王建国作工作报告。\n"
        "开幕会前,区政协十五届六次会议预备会议在区会议中心召开。王建国主持"
        "预备会议。\n"
        "区人大常委会、区政府、区法院有关负责同志列席开幕会。\n",
        "2024-01-09");
  const char *s = event(&f, "第六次会议"), *p = event(&f, "预备会议");
  assert(s && p && strcmp(s, p));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "区政府"));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "区法院"));
  assert(!in(&f, p, NG_SCHEMA_ATTENDEE, "区政府"));
  assert(in(&f, p, NG_NG_CHAIR, "王建国"));
  ng_facts_free(&f);
}

/* 甲代表区委、区政府汇报了…, 代表市政府作汇报, 代表甲市作交流发言: the
   bodies (or the area) one reports or speaks for take part and speak, as
   they do for a report (代表县政协常委会作工作报告); 代表 a body that
   only stands in a topic gives nothing. */
static void
test_report_for_bodies(void)
{
  const char *P = "本报讯 5月20日,检查组在甲县召开座谈会,听取全县工作情况"
                  "汇报。组长王建国主持座谈会。";
  const char *cases[] = { "李国强代表县委、县政府汇报了全县重点工作进展。",
                          "李国强代表县委、县政府作汇报。",
                          NULL };
  for (const char *const *c = cases; *c; c++) {
    char text[512];
    snprintf(text, sizeof text, "%s%s\n", P, *c);
    NgFacts     f = run(text, "2024-05-21");
    const char *e = event(&f, "座谈会");
    assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县委"));
    assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县政府"));
    ng_facts_free(&f);
  }
  NgFacts f = run("本报讯 4月2日,全省春季农业生产现场会在岳阳召开。副省长王建国"
                  "出席并讲话,市长李国强代表岳阳市作交流发言。\n",
                  "2024-04-03");
  assert(in(&f, event(&f, "现场会"), NG_NG_SPEAKER, "岳阳市"));
  ng_facts_free(&f);
  f = run("本报讯 4月2日,全省春季农业生产现场会在岳阳召开。市长李国强"
          "介绍了岳阳市作为全省粮食大市的做法。\n",
          "2024-04-03");
  assert(role(&f, NG_SCHEMA_ATTENDEE, "岳阳市") == 0);
  ng_facts_free(&f);
}

/* 副市长甲到会通报…: who comes to the meeting to report speaks there;
   a meeting that 通报 makes nobody speak. */
static void
test_comes_to_report(void)
{
  NgFacts     f = run("本报讯 10月20日,市政协十二届二十一次常委会议召开。市政协主席"
                      "王建国主持会议。市委常委、副市长李国强到会通报有关情况。\n",
                  "2024-10-21");
  const char *e = event(&f, "常委会议");
  assert(in(&f, e, NG_NG_SPEAKER, "李国强"));
  assert(!in(&f, e, NG_NG_SPEAKER, "王建国"));
  ng_facts_free(&f);
}

/* 市政协组织部分委员视察…: a body that sends its members on a visit
   with no place to go to named holds the visit, and who leads it (带队)
   leads it. */
static void
test_body_sends_members_without_a_place(void)
{
  NgFacts     f = run("本报讯 7月8日,市政协组织部分委员视察全市河湖长制工作。市政协"
                      "副主席刘海峰带队,市水利局负责同志陪同视察。\n",
                  "2024-07-09");
  const char *e = event(&f, "视察");
  assert(events(&f) == 1);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "市政协"));
  assert(in(&f, e, NG_NG_LEAD, "刘海峰"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "市水利局"));
  ng_facts_free(&f);
  /* the body in a title sends nobody */
  f = run("本报讯 7月8日,市政协副主席刘海峰组织部分委员视察全市河湖长制"
          "工作。\n",
          "2024-07-09");
  assert(!in(&f, event(&f, "视察"), NG_SCHEMA_ORGANIZER, "市政协"));
  ng_facts_free(&f);
}

/* 市长甲出席由乙局主办(、丙会承办)的…: the bodies after 由 hold the
   event though a person attends it; 由甲主持召开的会议 holds no body. */
static void
test_attends_what_a_body_holds(void)
{
  NgFacts     f = run("本报讯 3月5日,市长王建国出席由市民政局主办、市慈善总会承办的"
                      "“慈善一日捐”启动仪式并致辞。\n",
                  "2024-03-06");
  const char *e = event(&f, "启动仪式");
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "市民政局"));
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "市慈善总会"));
  assert(in(&f, e, NG_NG_SPEAKER, "王建国"));
  ng_facts_free(&f);
}

/* 甲镇、乙镇分会场同步举行…: the areas whose sub-venues they are take
   part in the event under way, as they do when they speak there (甲县
   分会场作交流发言); areas a sub-venue is set up in do not. */
static void
test_areas_at_their_sub_venues(void)
{
  NgFacts f =
    run("本报讯 3月5日,全市重大项目集中开工仪式在甲园区举行。仪式设一个"
        "主会场和两个分会场,平江县、华容县分会场同步举行开工活动。\n",
        "2024-03-06");
  const char *e = event(&f, "开工仪式");
  assert(events(&f) == 1);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "平江县"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "华容县"));
  ng_facts_free(&f);
  f = run("本报讯 3月5日,全市春耕生产视频调度会召开。平江县、华容县分会场"
          "作交流发言。\n",
          "2024-03-06");
  assert(in(&f, event(&f, "调度会"), NG_NG_SPEAKER, "华容县"));
  ng_facts_free(&f);
  f = run("本报讯 3月5日,全市重大项目集中开工仪式在甲园区举行。在平江县、"
          "华容县设立的两个分会场同步举行开工活动。\n",
          "2024-03-06");
  assert(role(&f, NG_SCHEMA_ATTENDEE, "平江县") == 0);
  ng_facts_free(&f);
}

/* 开班式后,甲以《…》为题为学员讲授第一课 (作首场专题辅导): the first
   lecture of a training class is an activity of its own, on the day of
   the opening, that the lecturer speaks at; not at the opening. A
   lecture at a study session (集体学习,邀请甲以《…》为题作辅导) stays the
   session's. */
static void
test_first_lecture_after_the_opening(void)
{
  NgFacts f =
    run("本报讯 3月23日,全县乡村振兴专题培训班在县委党校开班。县委副书记"
        "王丽华出席开班式并讲话。\n"
        "开班式后,甲农业大学教授李国强以《高原特色水果产业提质增效路径》"
        "为题作首场专题辅导。\n",
        "2024-03-24");
  const char *l = event(&f, "首场专题辅导"), *c = event(&f, "培训班");
  assert(l && c && strcmp(l, c));
  assert(in(&f, l, NG_NG_SPEAKER, "李国强"));
  assert(!in(&f, c, NG_SCHEMA_ATTENDEE, "李国强"));
  assert(date_of(&f, l) && !strcmp(date_of(&f, l), date_of(&f, c)));
  ng_facts_free(&f);
  f = run("本报讯 3月23日,县委理论学习中心组举行集体学习,邀请甲大学教授"
          "李国强以《高原特色水果产业提质增效路径》为题作专题辅导。\n",
          "2024-03-24");
  assert(events(&f) == 1);
  assert(in(&f, event(&f, "集体学习"), NG_NG_SPEAKER, "李国强"));
  ng_facts_free(&f);
}

/* Names of meetings that hold a word of speech or visiting (总结表彰大会,
   讲评会, 点评会, 解读会, 督查会) or of signing (签约会) are read whole
   and named after the verb that attends them; 总结 alone stays speech. */
static void
test_names_holding_a_speech_word(void)
{
  static const char *const names[] = { "全市2024年度目标管理考核总结表彰大会",
                                       "全县述职讲评会",
                                       "全省现场观摩点评会",
                                       "全县政策解读会",
                                       "全市重点工作督查会",
                                       "全市招商引资项目签约会",
                                       NULL };
  for (const char *const *n = names; *n; n++) {
    char text[512];
    snprintf(
      text, sizeof text, "本报讯 12月28日,市委书记王建国出席%s并讲话。\n", *n);
    NgFacts f = run(text, "2024-12-29");
    assert(events(&f) == 1);
    assert(in(&f, event(&f, *n), NG_NG_SPEAKER, "王建国"));
    ng_facts_free(&f);
  }
  NgFacts f = run("本报讯 12月28日,县政府召开常务会议,县长王建国主持会议并"
                  "总结了全年工作。\n",
                  "2024-12-29");
  assert(events(&f) == 1);
  assert(in(&f, event(&f, "常务会议"), NG_NG_SPEAKER, "王建国"));
  ng_facts_free(&f);
}

/* 县府消防局、水利处、农业处分别报告: 分别 after a body's 处 leaves the
   body whole (处分 is no word there) and it reports; 给予处分 names none. */
static void
test_bureau_before_each_in_turn(void)
{
  NgFacts     f = run("本报讯 9月7日上午,县政府召开县务会议,县长王建国主持。会中由"
                      "县府消防局、水利处、农业处分别报告防台整备情形。\n",
                  "2024-09-08");
  const char *e = event(&f, "县务会议");
  assert(in(&f, e, NG_NG_SPEAKER, "水利处"));
  assert(in(&f, e, NG_NG_SPEAKER, "农业处"));
  ng_facts_free(&f);
  f = run("本报讯 9月7日上午,县政府召开县务会议,县长王建国主持。会议决定"
          "给予有关人员警告处分。\n",
          "2024-09-08");
  assert(!labelled(&f, NG_ORG_ORGANIZATION, "警告处"));
  ng_facts_free(&f);
}

/* 开幕仪式, 闭幕仪式, 开幕典礼, 闭幕典礼 end a ceremony's name whole
   (甲博览会开幕仪式, 乙安全周开幕典礼): 开幕 inside them is no verb, and
   the body after 由 holds the ceremony. */
static void
test_opening_ceremony_names(void)
{
  static const char *const names[] = { "甲博览会开幕仪式",
                                       "乙运动会闭幕仪式",
                                       "建造业安全周开幕典礼",
                                       "丙运动会闭幕典礼",
                                       NULL };
  for (const char *const *n = names; *n; n++) {
    char text[512];
    snprintf(text,
             sizeof text,
             "本报讯 5月6日,市长王建国出席由市文旅局主办的%s并致辞。\n",
             *n);
    NgFacts f = run(text, "2024-05-07");
    assert(events(&f) == 1);
    const char *e = event(&f, *n);
    assert(in(&f, e, NG_SCHEMA_ORGANIZER, "市文旅局"));
    assert(in(&f, e, NG_NG_SPEAKER, "王建国"));
    ng_facts_free(&f);
  }
}

/* 会上,甲县与乙公司签约: at a meeting, an area that signs with a body
   right across 与 takes part as its body, as the company does. */
static void
test_area_signs_at_a_meeting(void)
{
  NgFacts     f = run("本报讯 9月26日上午,全市招商引资推介会在市会展中心举行。市长"
                      "王建国作推介讲话。会上,平江县与湖南甲生物科技有限公司"
                      "签约。\n",
                  "2024-09-27");
  const char *e = event(&f, "推介会");
  assert(events(&f) == 1);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "平江县"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "湖南甲生物科技有限公司"));
  ng_facts_free(&f);
}

/* “全市招商推介会”在…举行: a name quoted whole is labelled without the
   opening mark; a name that holds a quote (“某某”主题活动) keeps it. */
static void
test_quoted_name_label(void)
{
  NgFacts f = run("本报讯 9月26日上午,“甲市—上海绿色食品产业合作推介会”在上海"
                  "国际会议中心举行。市长王建国作推介讲话。\n",
                  "2024-09-27");
  assert(labelled(&f, NG_SCHEMA_EVENT, "甲市—上海绿色食品产业合作推介会"));
  ng_facts_free(&f);
  f = run("本报讯 3月8日,“巾帼建功”主题宣讲活动在市文化中心举行。市妇联主席"
          "王丽华出席并讲话。\n",
          "2024-03-09");
  assert(labelled(&f, NG_SCHEMA_EVENT, "“巾帼建功”主题宣讲活动"));
  ng_facts_free(&f);
}

/* 听取了项目业主甲公司关于…的汇报: the body named after the kind of
   party it is reports; a company in the topic (关于甲公司…) does not. */
static void
test_party_kind_before_the_reporter(void)
{
  NgFacts f =
    run("本报讯 7月8日,区长王建国到甲河流域综合治理项目现场办公。王建国"
        "一行实地察看了河道清淤情况,听取了项目业主重庆甲城投集团"
        "有限公司关于工程进度的汇报。\n",
        "2024-07-09");
  assert(
    in(&f, event(&f, "现场办公"), NG_NG_SPEAKER, "重庆甲城投集团有限公司"));
  ng_facts_free(&f);
  f = run("本报讯 7月8日,区长王建国到甲河流域综合治理项目现场办公。王建国"
          "一行听取了关于重庆甲城投集团有限公司工程进度的汇报。\n",
          "2024-07-09");
  assert(role(&f, NG_SCHEMA_ATTENDEE, "重庆甲城投集团有限公司") == 0);
  ng_facts_free(&f);
}

/* 各县(市、区)政府分管负责同志、应急管理局和林业部门主要负责同志在分会场
   参加会议: a body named bare in a clause that opens with 各 is each
   area's, none the article named (市应急管理局 takes no part by it). */
static void
test_bare_body_in_each_clause(void)
{
  NgFacts f = run("本报讯 11月19日,全市森林防灭火工作视频会议召开。市应急管理局"
                  "局长王建国主持会议。\n"
                  "各县(市、区)政府分管负责同志、应急管理局和林业部门主要负责"
                  "同志在分会场参加会议。\n",
                  "2024-11-20");
  assert(!in(&f, event(&f, "视频会议"), NG_SCHEMA_ATTENDEE, "市应急管理局"));
  ng_facts_free(&f);
  f = run("本报讯 11月19日,全市森林防灭火工作视频会议召开。市长王建国"
          "主持会议。市应急管理局、市林业局负责同志在主会场参加会议。\n",
          "2024-11-20");
  assert(in(&f, event(&f, "视频会议"), NG_SCHEMA_ATTENDEE, "市应急管理局"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_headline_inspector_across_title_and_lines);
  RUN(test_bare_delegation_met);
  RUN(test_area_signs_with_a_body);
  RUN(test_speaks_for_the_firms_of_the_day);
  RUN(test_parts_of_a_body_with_each);
  RUN(test_opening_meeting_is_the_session);
  RUN(test_report_for_bodies);
  RUN(test_comes_to_report);
  RUN(test_body_sends_members_without_a_place);
  RUN(test_attends_what_a_body_holds);
  RUN(test_areas_at_their_sub_venues);
  RUN(test_first_lecture_after_the_opening);
  RUN(test_names_holding_a_speech_word);
  RUN(test_bureau_before_each_in_turn);
  RUN(test_opening_ceremony_names);
  RUN(test_area_signs_at_a_meeting);
  RUN(test_quoted_name_label);
  RUN(test_party_kind_before_the_reporter);
  RUN(test_bare_body_in_each_clause);
  events_close();
  return 0;
}
