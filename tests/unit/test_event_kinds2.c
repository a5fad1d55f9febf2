/* tests/unit/test_event_kinds2.c -- more kinds of event, participant and
   organizer that Chinese government news writes in general, each run
   through the whole extractor on a text written for the test with
   invented names. */
#include "events.h"

/* An official who leads the staff of bureaus (带领甲局、乙局有关人员) on a
   check with a long topic (进行了安全生产突击检查) leads a visit that
   both bureaus take part in; a line of the meeting's report after it
   (有关部门负责同志列席会议) is the meeting's, not the visit's. */
static void
test_check_led_with_bureau_staff(void)
{
  NgFacts     f = run("5月12日上午,县长齐振邦主持召开县政府第21次常务会议。"
                      "副县长柏文涛出席会议。会议听取了县水利局关于汛前准备"
                      "工作的汇报。\n"
                      "5月10日,柏文涛带领县应急管理局、县市场监管局有关人员,对"
                      "县城区内的两家燃气企业进行了安全生产突击检查。\n"
                      "县政府有关部门负责同志列席会议。",
                  "2026-05-12");
  const char *v = event(&f, "突击检查");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "柏文涛"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "县应急管理局"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "县市场监管局"));
  assert(date_of(&f, v) && strstr(date_of(&f, v), "05-10"));
  assert(!in(&f, v, NG_SCHEMA_ATTENDEE, "县政府"));
  const char *m = event(&f, "常务会议");
  assert(m && strcmp(m, v));
  assert(in(&f, m, NG_NG_CHAIR, "齐振邦"));
  ng_facts_free(&f);
}

/* Two officials who visit companies before the meeting (会前,甲、乙一行
   先后到向阳镇…,走访了…) both lead the visit, of the meeting's day, though
   a town's name holds 向; who goes along (丙陪同。) in the sentence after
   accompanies the visit, not the meeting. */
static void
test_two_officials_visit_before_the_meeting(void)
{
  NgFacts     f = run("2月18日下午,甲县民营企业家座谈会在县会议中心召开。县委书记"
                      "顾长青出席会议并讲话,县长柏文涛主持会议。县领导韩冬参加"
                      "会议。\n"
                      "顾长青指出,对企业家今天提出的问题,要限期办结。\n"
                      "会前,顾长青、柏文涛一行先后到向阳镇、东风街道,走访了甲县"
                      "丰裕农机有限公司,察看企业生产车间。县委常委、常务副县长"
                      "韩冬陪同。",
                  "2026-02-20");
  const char *v = event(&f, "走访");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "顾长青"));
  assert(in(&f, v, NG_NG_LEAD, "柏文涛"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "韩冬"));
  assert(date_of(&f, v) && strstr(date_of(&f, v), "02-18"));
  const char *m = event(&f, "座谈会");
  assert(m && strcmp(m, v));
  assert(!in(&f, m, NG_NG_ACCOMPANY, "韩冬"));
  ng_facts_free(&f);
}

/* A bare 座谈会 that a visiting team holds on the day of its visit is a
   meeting of its own, not the meeting of another day the article named
   first with a longer name. */
static void
test_bare_meeting_of_another_day(void)
{
  NgFacts     f = run("2月18日下午,甲县民营企业家座谈会在县会议中心召开。县长柏文涛"
                      "主持会议。\n"
                      "又讯 2月17日,乙市工商联副主席钱立群带领调研组到甲县,就民营"
                      "经济发展情况开展专题调研。调研组一行召开座谈会,听取了县"
                      "工商联工作汇报。县工商联主席颜如松汇报了有关情况。",
                  "2026-02-19");
  const char *m = event(&f, "民营企业家座谈会");
  assert(m);
  assert(!in(&f, m, NG_NG_SPEAKER, "颜如松"));
  assert(!in(&f, m, NG_SCHEMA_ATTENDEE, "钱立群"));
  assert(events(&f) == 3);
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_check_led_with_bureau_staff);
  RUN(test_two_officials_visit_before_the_meeting);
  RUN(test_bare_meeting_of_another_day);
  events_close();
  return 0;
}
