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

int
main(void)
{
  events_open();
  RUN(test_admonition_meeting);
  RUN(test_attends_and_reports);
  events_close();
  return 0;
}
