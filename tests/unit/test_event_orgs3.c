/* tests/unit/test_event_orgs3.c -- which named bodies take part in an
   event and how (organizer or participant), for shapes of the genre read
   by the session of 2026-11-27 21:05 UTC: each rule run through the whole
   extractor on a text written for the test with invented names of
   persons and bodies. */
#include "events.h"

/* 此次推进会由甲办公室组织。: the bodies 由 governs before 组织 at the end
   of its clause hold the event the sentence names again; 组织 elsewhere
   (甲局组织与会人员观看…) makes no organizer of the meeting. */
static void
test_bodies_by_whom_it_is_organized(void)
{
  const char *cases[] = { "此次推进会由县城市更新工作领导小组办公室组织。",
                          "本次推进会由县城市更新工作领导小组办公室、县住建局"
                          "组织。",
                          NULL };
  for (const char *const *c = cases; *c; c++) {
    char text[512];
    snprintf(text,
             sizeof text,
             "6月3日,全县城市更新重点项目现场推进会召开。副县长罗明川主持"
             "会议。%s",
             *c);
    NgFacts     f = run(text, "2026-06-04");
    const char *e = event(&f, "推进会");
    assert(e && events(&f) == 1);
    assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县城市更新工作领导小组办公室"));
    if (strstr(*c, "住建局"))
      assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县住房和城乡建设局"));
    ng_facts_free(&f);
  }
  NgFacts     f = run("6月3日,全县安全生产工作会议召开。副县长罗明川主持会议。"
                      "会前,县应急管理局组织与会人员观看了警示教育片。",
                  "2026-06-04");
  const char *e = event(&f, "安全生产工作会议");
  assert(e && !in(&f, e, NG_SCHEMA_ORGANIZER, "县应急管理局"));
  ng_facts_free(&f);
}

/* 甲公司项目负责人X代表参建单位作表态发言, 乙公司总经理Y代表开工项目业主
   单位作表态发言: who speaks for a generic kind of party to the works
   brings the company of his post; one who acts for a body named after
   代表 (副县长Z代表县政府与企业签约) brings no other body of his posts. */
static void
test_speaks_for_the_builders(void)
{
  const char *cases[] = { "青峰建设工程有限公司项目负责人陈立代表参建单位作表态"
                          "发言。",
                          "华源果业有限公司总经理马丽代表开工项目业主单位作表态"
                          "发言。",
                          NULL };
  const char *co[] = { "青峰建设工程有限公司", "华源果业有限公司" };
  for (size_t i = 0; cases[i]; i++) {
    char text[512];
    snprintf(text,
             sizeof text,
             "6月3日,全县重点项目集中开工仪式在青石镇举行。县长王明远宣布"
             "开工。%s",
             cases[i]);
    NgFacts     f = run(text, "2026-06-04");
    const char *e = event(&f, "开工仪式");
    assert(e && in(&f, e, NG_SCHEMA_ATTENDEE, co[i]));
    ng_facts_free(&f);
  }
  NgFacts     f = run("6月3日,全县重点项目集中签约仪式在县行政中心举行。县委常委、"
                      "青石经济开发区党工委书记罗文杰,副县长赵丽代表县政府与企业"
                      "签约。",
                  "2026-06-04");
  const char *e = event(&f, "签约仪式");
  assert(e && !in(&f, e, NG_SCHEMA_ATTENDEE, "青石经济开发区党工委"));
  ng_facts_free(&f);
}

/* 县人社局、县就业服务中心工作人员参加会议: a centre's name ends before
   工作人员, which 中心工作 (the central task) does not swallow; 围绕中心
   工作 stays no body. */
static void
test_staff_of_a_centre(void)
{
  NgFacts     f = run("6月3日,全县就业工作推进会召开。副县长罗明川主持会议。"
                      "县人社局、县就业服务中心工作人员参加会议。",
                  "2026-06-04");
  const char *e = event(&f, "推进会");
  assert(e && in(&f, e, NG_SCHEMA_ATTENDEE, "县就业服务中心"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县人力资源和社会保障局"));
  ng_facts_free(&f);
  f = run("6月3日,全县就业工作推进会召开。副县长罗明川主持会议。县融媒体"
          "中心工作人员参加会议。",
          "2026-06-04");
  assert(in(&f, event(&f, "推进会"), NG_SCHEMA_ATTENDEE, "县融媒体中心"));
  assert(role(&f, NG_SCHEMA_ATTENDEE, "县融媒体") == 0);
  ng_facts_free(&f);
}

/* 甲镇全体班子成员、镇属各站所负责人参加会议: a body of a kind, counted
   by 各 or owned by the level above (镇属, 县属), is none named, though it
   stands between two posts of a list; 、某办综合科负责人 still is one. */
static void
test_bodies_of_a_kind_between_posts(void)
{
  const char *cases[] = { "镇属各站所", "县属单位", NULL };
  for (const char *const *c = cases; *c; c++) {
    char text[512];
    snprintf(text,
             sizeof text,
             "6月3日,青山镇召开安全生产工作会议。镇长罗明川主持会议。青山镇"
             "全体班子成员、%s负责人参加会议。",
             *c);
    NgFacts f = run(text, "2026-06-04");
    assert(!labelled(&f, NG_ORG_ORGANIZATION, *c));
    ng_facts_free(&f);
  }
  NgFacts f =
    run("6月3日,青山镇召开安全生产工作会议。镇长罗明川主持会议。副调研"
        "员、西区三改办综合科负责人参加会议。",
        "2026-06-04");
  assert(labelled(&f, NG_ORG_ORGANIZATION, "西区三改办综合科"));
  ng_facts_free(&f);
}

/* 会上,甲局、乙局,丙县纪委、丁县纪委作交流发言: a list of bodies that a
   comma groups by level speaks as one list; a clause before that holds
   anything but bodies (市委高度重视) keeps its bodies out. */
static void
test_bodies_grouped_by_a_comma(void)
{
  NgFacts     f = run("10月10日,县纪委监委召开审查调查工作推进会。县纪委书记"
                      "石明轩出席会议并讲话。会上,县纪委监委案件审理室、第一"
                      "审查调查室,青山镇纪委、白水镇纪委作交流发言。",
                  "2026-10-11");
  const char *e = event(&f, "推进会");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县纪委监委案件审理室"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "第一审查调查室"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "青山镇纪委"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "白水镇纪委"));
  ng_facts_free(&f);
  f = run("10月10日,县纪委监委召开审查调查工作推进会。县纪委书记石明轩出席"
          "会议并讲话。会上,县纪委监委案件审理室、第一审查调查室高度重视,"
          "青山镇纪委、白水镇纪委作交流发言。",
          "2026-10-11");
  e = event(&f, "推进会");
  assert(e);
  assert(!in(&f, e, NG_SCHEMA_ATTENDEE, "第一审查调查室"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "白水镇纪委"));
  ng_facts_free(&f);
}

/* 县纪委常委、县监委委员参加会议: members of a standing committee named by
   their rank alone attend as persons; their committee takes no part. */
static void
test_standing_members_by_rank(void)
{
  NgFacts     f = run("10月10日,县纪委监委召开审查调查工作推进会。县纪委书记"
                      "石明轩出席会议并讲话。县纪委常委、县监委委员参加会议。",
                  "2026-10-11");
  const char *e = event(&f, "推进会");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县纪委监委"));
  assert(!in(&f, e, NG_SCHEMA_ATTENDEE, "县纪委"));
  ng_facts_free(&f);
}

/* 十五届甲县委第七轮巡察工作动员部署会召开: 作动员 read inside 工作, before
   the meeting's noun, is part of its name; the body that opens the name
   makes no speech there. */
static void
test_no_speech_inside_a_name(void)
{
  NgFacts     f = run("3月23日,十五届青山县委第七轮巡察工作动员部署会召开。县委"
                      "书记石明轩出席会议并讲话。",
                  "2026-03-24");
  const char *e = event(&f, "巡察工作动员部署会");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "石明轩"));
  assert(!in(&f, e, NG_NG_SPEAKER, "青山县委"));
  assert(!in(&f, e, NG_SCHEMA_ATTENDEE, "青山县委"));
  ng_facts_free(&f);
}

/* 全会由县委常委会主持: a body that chairs the event holds it; a person
   whose title names a body (由县委常委会委员某某主持) makes no organizer of
   it. */
static void
test_body_chairs(void)
{
  NgFacts     f = run("12月26日,中国共产党青山县第十四届委员会第九次全体会议在"
                      "县委大礼堂召开。全会由县委常委会主持。",
                  "2026-12-27");
  const char *e = event(&f, "全体会议");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县委常委会"));
  ng_facts_free(&f);
  f = run("12月26日,青山县安全生产工作会议召开。会议由县应急管理局局长石明轩"
          "主持。",
          "2026-12-27");
  e = event(&f, "安全生产工作会议");
  assert(e);
  assert(!in(&f, e, NG_SCHEMA_ORGANIZER, "县应急管理局"));
  ng_facts_free(&f);
}

/* 全省100个县(市、区)应急管理局局长参加培训: a body named bare after the
   levels in brackets is every area's of a kind, no body taking part; one
   named with its area (青山县应急管理局) is. */
static void
test_bodies_of_every_area(void)
{
  NgFacts     f = run("6月15日,全省应急管理系统县级局长能力提升培训班在南昌开班。"
                      "全省100个县(市、区)应急管理局局长共105人参加培训。",
                  "2026-06-16");
  const char *e = event(&f, "培训班");
  assert(e);
  assert(!in(&f, e, NG_SCHEMA_ATTENDEE, "应急管理局"));
  ng_facts_free(&f);
  f = run("6月15日,全省应急管理系统县级局长能力提升培训班在南昌开班。"
          "青山县应急管理局负责同志参加培训。",
          "2026-06-16");
  e = event(&f, "培训班");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "青山县应急管理局"));
  ng_facts_free(&f);
}

/* 縣長主持縣務會議: the weekly meeting of a Taiwanese county's government,
   which the article names, is held by that government when no one else is
   said to hold it. */
static void
test_county_affairs_meeting(void)
{
  NgFacts     f = run("臺東縣長林宗翰今（七）日上午主持縣務會議，聽取農業處、消防局"
                      "工作報告。臺東縣政府表示，各單位將做好防颱整備。",
                  "2026-09-07");
  const char *e = event(&f, "县务会议");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "台东县政府"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "消防局"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_bodies_by_whom_it_is_organized);
  RUN(test_speaks_for_the_builders);
  RUN(test_staff_of_a_centre);
  RUN(test_bodies_of_a_kind_between_posts);
  RUN(test_bodies_grouped_by_a_comma);
  RUN(test_standing_members_by_rank);
  RUN(test_no_speech_inside_a_name);
  RUN(test_body_chairs);
  RUN(test_bodies_of_every_area);
  RUN(test_county_affairs_meeting);
  events_close();
  return 0;
}
