/* tests/unit/test_event_kinds4.c -- kinds of event that county and
   township news bulletins write in Chinese government news in general,
   each run through the whole extractor on a text written for the test
   with invented names. */
#include "events.h"

/* A Party study group's session told as 集中学习 with no 会议 after it
   (理论学习中心组举行2026年第二次集中学习) is a meeting of its own: who
   chairs and speaks at it, who takes part in it (参加学习) and the group
   that holds it; a plain 集中学习 of a body's staff in a list of ways to
   learn names no meeting. */
static void
test_study_session(void)
{
  NgFacts     f = run("3月5日,甲川县委理论学习中心组举行2026年第二次集中学习。"
                      "县委书记韩立成主持并讲话,县委副书记、县长柯文远,县人大"
                      "常委会主任石明轩参加学习。县委常委、组织部部长郑雨桐作交流"
                      "发言。",
                  "2026-03-06");
  const char *s = event(&f, "集中学习");
  assert(s);
  assert(date_of(&f, s) && strstr(date_of(&f, s), "03-05"));
  assert(in(&f, s, NG_NG_CHAIR, "韩立成"));
  assert(in(&f, s, NG_NG_SPEAKER, "郑雨桐"));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "柯文远"));
  assert(in(&f, s, NG_SCHEMA_ORGANIZER, "甲川县委理论学习中心组") ||
         in(&f, s, NG_SCHEMA_ORGANIZER, "县委理论学习中心组"));
  assert(events(&f) == 1);
  ng_facts_free(&f);
  f = run("近期,乙河镇各党支部通过集中学习、个人自学、专题研讨等方式,"
          "深入学习党的创新理论。",
          "2026-03-06");
  assert(events(&f) == 0);
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_study_session);
  events_close();
  return 0;
}
