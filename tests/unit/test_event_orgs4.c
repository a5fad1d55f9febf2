/* tests/unit/test_event_orgs4.c -- which named bodies take part in an
   event and how, for shapes of the genre read by the session of
   2026-11-28 02:10 UTC: each rule run through the whole extractor on a
   text written for the test with invented names of persons and bodies. */
#include "events.h"

/* 县文化体育广播电视和旅游局通报了…, 市文体广电和旅游局负责同志作补充发言,
   县经济信息委作交流发言: the long names local governments give their
   bureau of culture and tourism, and Chongqing's 经济信息委, are
   departments whole, which take part in the meeting they report to. */
static void
test_departments_of_culture_and_tourism(void)
{
  NgFacts     f = run("7月2日,青河县召开旅游旺季服务保障工作部署会。县委书记罗明川"
                      "主持会议。会上,县文化体育广播电视和旅游局通报了上半年全县"
                      "旅游市场运行情况。县农业农村局、县文体广电和旅游局负责同志"
                      "作补充发言。县交通局、县经济信息委作交流发言。",
                  "2026-07-03");
  const char *e = event(&f, "部署会");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "青河县文化体育广播电视和旅游局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "青河县文体广电和旅游局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "青河县经济信息委"));
  assert(!labelled(&f, NG_ORG_ORGANIZATION, "旅游局"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_departments_of_culture_and_tourism);
  events_close();
  return 0;
}
