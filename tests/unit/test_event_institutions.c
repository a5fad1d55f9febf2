/* tests/unit/test_event_institutions.c -- events of courts, procuratorates,
   discipline bodies and their press conferences, as the genre writes them
   (every name invented). */
#include "events.h"

/* 主持召开约谈会: a meeting, its chair, and who reports at it. */
static void
test_admonition_meeting(void)
{
  NgFacts     f = run("7月12日,县纪委书记、县监委主任芮东明主持召开约谈会,"
                      "对3家单位党组书记进行集体约谈。县纪委副书记鄂海林"
                      "通报了有关问题。",
                  "2026-07-13");
  const char *m = event(&f, "约谈会");
  assert(m);
  assert(in(&f, m, NG_NG_CHAIR, "芮东明"));
  assert(in(&f, m, NG_NG_SPEAKER, "鄂海林"));
  ng_facts_free(&f);
}

/* 出席发布会并通报情况: who attends the press conference and reports at
   it speaks there; 出席会议 alone does not. */
static void
test_attends_and_reports(void)
{
  NgFacts     f = run("7月15日上午,道县人民法院召开新闻发布会。院党组成员、"
                      "副院长羿春华出席发布会并通报情况,民二庭庭长封立强回答"
                      "记者提问。发布会由院办公室主任禹晓岚主持。",
                  "2026-07-16");
  const char *m = event(&f, "发布会");
  assert(m);
  assert(in(&f, m, NG_NG_SPEAKER, "羿春华"));
  assert(in(&f, m, NG_NG_SPEAKER, "封立强"));
  assert(in(&f, m, NG_NG_CHAIR, "禹晓岚"));
  assert(!in(&f, m, NG_NG_SPEAKER, "禹晓岚"));
  ng_facts_free(&f);
  f =
    run("7月15日,县法院召开新闻发布会。副院长羿春华出席发布会。", "2026-07-16");
  m = event(&f, "发布会");
  assert(m && in(&f, m, NG_SCHEMA_ATTENDEE, "羿春华"));
  assert(!in(&f, m, NG_NG_SPEAKER, "羿春华"));
  ng_facts_free(&f);
}

/* 带领部分市人大常委会委员,视察…: the members led are named by their
   committee; the leader's visit stands, with who reports on it. */
static void
test_visit_with_committee_members_led(void)
{
  NgFacts     f = run("8月8日,市人大常委会主任缪立平带领部分市人大常委会委员,"
                      "视察市中级人民法院执行工作。市中级人民法院院长薄志远"
                      "陪同视察并汇报工作。",
                  "2026-08-09");
  const char *v = event(&f, "视察");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "缪立平"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "薄志远"));
  ng_facts_free(&f);
}

/* 甲巡察组向乙党组反馈巡察情况。组长X通报了…。Y主持会议: the team
   leader who reports before the meeting is named speaks at it, and so
   does who asks for more (乙就做好整改工作提出要求). */
static void
test_feedback_reported_before_the_meeting_is_named(void)
{
  NgFacts     f = run("5月6日,市委第二巡察组向县教育局党组反馈巡察情况。组长"
                      "邵立华通报了有关问题。县教育局党组书记、局长糜志新主持"
                      "会议。",
                  "2026-05-07");
  const char *m = event(&f, "反馈");
  assert(m);
  assert(in(&f, m, NG_NG_SPEAKER, "邵立华"));
  assert(in(&f, m, NG_NG_CHAIR, "糜志新"));
  ng_facts_free(&f);
  /* a topic after 就 between the speaker and the verb */
  f = run("5月6日,市委第二巡察组向县教育局党组反馈巡察情况。市委巡察办"
          "副主任卓春生就做好巡察整改工作提出要求。县教育局党组书记糜志新"
          "主持会议。",
          "2026-05-07");
  m = event(&f, "反馈");
  assert(m && in(&f, m, NG_NG_SPEAKER, "卓春生"));
  ng_facts_free(&f);
}

/* …反馈巡视情况。组长X反馈巡视情况,副组长Y出席,甲办副主任Z就…提出要求。
   W主持会议: who gives the findings, who only attends and who speaks on a
   topic before the meeting is named all take part in it. */
static void
test_feedback_attended_before_the_meeting_is_named(void)
{
  NgFacts     f = run("9月3日,省委第二巡视组向益阳市委反馈巡视情况。省委第二巡视组"
                      "组长柯望舒反馈巡视情况,副组长房砚秋出席,省委巡视办副主任"
                      "蔺若溪就抓好巡视整改工作提出要求。市委书记富景澄主持会议。",
                  "2026-09-04");
  const char *m = event(&f, "反馈");
  assert(m);
  assert(in(&f, m, NG_NG_SPEAKER, "柯望舒"));
  assert(in(&f, m, NG_SCHEMA_ATTENDEE, "房砚秋"));
  assert(!in(&f, m, NG_NG_SPEAKER, "房砚秋"));
  assert(in(&f, m, NG_NG_SPEAKER, "蔺若溪"));
  assert(in(&f, m, NG_NG_CHAIR, "富景澄"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_admonition_meeting);
  RUN(test_attends_and_reports);
  RUN(test_visit_with_committee_members_led);
  RUN(test_feedback_reported_before_the_meeting_is_named);
  RUN(test_feedback_attended_before_the_meeting_is_named);
  events_close();
  return 0;
}
