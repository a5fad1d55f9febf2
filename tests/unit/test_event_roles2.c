/* tests/unit/test_event_roles2.c -- who takes part in an event and in
   what role, as the genre writes it in general (every name invented);
   more of test_event_roles.c. */
#include "events.h"

/* 会见由甲促进会会长乙率领的访问团: the 促进会 that ends the body's name
   is no meeting; the delegation is met, and its tour the day after, with
   who goes along, is an event of its own. */
static void
test_body_ending_in_a_meeting_word_leads_no_meeting(void)
{
  NgFacts     f = run("5月15日,市委书记张建民在市行政中心会见由香港闽南商贸"
                      "促进会会长刘海涛率领的访问团一行。副市长陈志强参加会见。"
                      "\n\n16日,访问团一行在陈志强陪同下前往丙县,考察了丙县"
                      "陶瓷产业园。",
                  "2026-05-17");
  const char *m = event(&f, "会见");
  const char *v = event(&f, "考察了");
  assert(m && v && strcmp(m, v));
  assert(in(&f, m, NG_SCHEMA_ATTENDEE, "访问团"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "访问团"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "陈志强"));
  assert(!in(&f, v, NG_SCHEMA_ATTENDEE, "张建民"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_body_ending_in_a_meeting_word_leads_no_meeting);
  events_close();
  return 0;
}
