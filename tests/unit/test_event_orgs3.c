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
      assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县住建局"));
    ng_facts_free(&f);
  }
  NgFacts     f = run("6月3日,全县安全生产工作会议召开。副县长罗明川主持会议。"
                      "会前,县应急管理局组织与会人员观看了警示教育片。",
                  "2026-06-04");
  const char *e = event(&f, "安全生产工作会议");
  assert(e && !in(&f, e, NG_SCHEMA_ORGANIZER, "县应急管理局"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_bodies_by_whom_it_is_organized);
  events_close();
  return 0;
}
