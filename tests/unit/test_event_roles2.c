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

/* 副省长甲某本来乙市调研: the name the article writes in full before
   (副省长甲某本出席) stands whole here too, not cut before 本来; the one
   person leads the visit and holds the post. */
static void
test_name_written_before_is_not_cut(void)
{
  NgFacts     f = run("4月2日,全省春季农业生产现场会在甲市召开。副省长郑立本"
                      "出席并讲话。4月7日,副省长郑立本来甲市调研油菜产业"
                      "发展工作,市长刘海涛陪同。",
                  "2026-04-08");
  const char *v = event(&f, "调研");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "郑立本"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "刘海涛"));
  assert(!labelled(&f, NG_SCHEMA_PERSON, "郑立"));
  ng_facts_free(&f);
}

/* The name cut short first (副省长甲某本来乙市调研) and written whole
   only after it: the cut span takes the full name, and the sentences after
   it are still read for both (under the sanitizers this once read a
   freed name). */
static void
test_name_written_after_is_not_cut(void)
{
  NgFacts     f = run("4月7日,副省长郑立本来甲市调研油菜产业发展工作,市长"
                      "刘海涛陪同。4月8日,全省春季农业生产现场会在甲市召开,"
                      "副省长郑立本出席并讲话。郑立本要求抓好春耕。",
                  "2026-04-09");
  const char *v = event(&f, "调研");
  const char *m = event(&f, "现场会");
  assert(v && m && strcmp(v, m));
  assert(in(&f, v, NG_NG_LEAD, "郑立本"));
  assert(in(&f, m, NG_NG_SPEAKER, "郑立本"));
  assert(!labelled(&f, NG_SCHEMA_PERSON, "郑立"));
  ng_facts_free(&f);
}

/* 王某、王某涛: two persons, one name the start of the other, each keep
   their own name. */
static void
test_two_names_one_the_start_of_the_other(void)
{
  NgFacts     f = run("5月6日,县委书记王海主持召开县委常委会会议。县委副书记、"
                      "县长王海涛,县委常委刘明远出席会议。",
                  "2026-05-07");
  const char *m = event(&f, "常委会会议");
  assert(m);
  assert(in(&f, m, NG_NG_CHAIR, "王海"));
  assert(in(&f, m, NG_SCHEMA_ATTENDEE, "王海涛"));
  assert(!in(&f, m, NG_NG_CHAIR, "王海涛"));
  ng_facts_free(&f);
}

/* 次日上午,…召开座谈会: the day after the date last written, across the
   end of a month; 次日 inside a clause (实现次日达) is no date. */
static void
test_next_day_is_the_day_after(void)
{
  NgFacts     f = run("5月31日,市委书记张建民到甲县调研物流产业发展工作,要求"
                      "加快实现快件次日达。次日上午,张建民在甲县主持召开"
                      "座谈会,听取工作汇报。",
                  "2026-06-02");
  const char *v = event(&f, "调研");
  const char *m = event(&f, "座谈会");
  assert(v && m && strcmp(v, m));
  assert(date_of(&f, v) && !strcmp(date_of(&f, v), "2026-05-31"));
  assert(date_of(&f, m) && !strcmp(date_of(&f, m), "2026-06-01"));
  assert(in(&f, m, NG_NG_CHAIR, "张建民"));
  ng_facts_free(&f);

  f = run("5月8日,县长刘海涛到乙镇调研快递物流工作,要求实现次日达。当天"
          "下午,刘海涛主持召开座谈会。",
          "2026-05-09");
  m = event(&f, "座谈会");
  assert(m && date_of(&f, m) && !strcmp(date_of(&f, m), "2026-05-08"));
  ng_facts_free(&f);
}

/* 本轮巡察共派出6个巡察组,对…开展常规巡察: the teams sent out each
   visit on their own, no one event; the meeting that sends them is one,
   and a team that carried out a visit of its own (于3月至5月对甲市进行了
   常规巡视) still is. */
static void
test_teams_sent_out_are_no_one_visit(void)
{
  NgFacts f = run("6月18日,市委巡察工作领导小组召开市委第六轮巡察工作动员"
                  "部署会。市委副书记刘海涛出席会议并讲话。根据市委统一部署,"
                  "本轮巡察共派出6个巡察组,对市自然资源局、市住房和城乡建设局"
                  "等12个市直单位党组织开展常规巡察。",
                  "2026-06-19");
  assert(event(&f, "动员部署会"));
  assert(!event(&f, "开展常规巡察"));
  assert(events(&f) == 1);
  ng_facts_free(&f);

  f = run("根据县委统一部署,县委第三巡察组于3月至5月对甲镇党委进行了常规"
          "巡察。",
          "2026-06-19");
  assert(event(&f, "常规巡察"));
  ng_facts_free(&f);

  f = run("根据县委统一部署,县委第六轮巡察共派出三个巡察组,对8个单位党组织"
          "开展常规巡察。",
          "2026-06-19");
  assert(events(&f) == 0);
  ng_facts_free(&f);
}

/* 传达学习甲调研讲话精神: the visit the article reports, cited again by
   the meeting that studies what was said on it, is that visit, not a
   second one; a cited visit the article does not report is one of its
   own. */
static void
test_visit_cited_again_is_the_visit(void)
{
  NgFacts     f = run("4月8日,市委书记张建民深入甲县调研春耕生产工作,县委书记刘海涛"
                      "陪同调研。张建民指出,要抢抓农时。当天下午,县委召开常委会"
                      "会议,传达学习张建民调研讲话精神,刘海涛主持会议。",
                  "2026-04-09");
  const char *v = event(&f, "调研春耕");
  const char *m = event(&f, "常委会");
  assert(v && m && strcmp(v, m));
  assert(events(&f) == 2);
  assert(in(&f, v, NG_NG_LEAD, "张建民"));
  assert(in(&f, m, NG_NG_CHAIR, "刘海涛"));
  ng_facts_free(&f);

  f = run("4月8日,县委召开常委会会议,传达学习市委书记张建民调研甲县讲话"
          "精神,县委书记刘海涛主持会议。",
          "2026-04-09");
  assert(events(&f) == 2);
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_body_ending_in_a_meeting_word_leads_no_meeting);
  RUN(test_name_written_before_is_not_cut);
  RUN(test_name_written_after_is_not_cut);
  RUN(test_two_names_one_the_start_of_the_other);
  RUN(test_next_day_is_the_day_after);
  RUN(test_teams_sent_out_are_no_one_visit);
  RUN(test_visit_cited_again_is_the_visit);
  events_close();
  return 0;
}
