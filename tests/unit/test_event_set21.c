/* tests/unit/test_event_set21.c -- kinds of events read from
   tests/heldout21 once it was made a development set (session of
   2026-11-28 17:16 UTC): each rule run through the whole extractor on a
   text written for the test with invented names of persons and bodies. */
#include "events.h"

/* 会前,3月5日,甲镇召开民主生活会征求意见座谈会: the meeting the forum is
   about stands inside its name; it is no mention of the meeting reported,
   whose day stays its own. */
static void
test_meeting_named_inside_a_forum(void)
{
  NgFacts f =
    run("石门镇领导班子召开2025年度专题民主生活会\n\n"
        "3月12日,石门镇领导班子召开2025年度专题民主生活会。县委第二督导组"
        "组长罗明川到会指导并点评。镇党委书记陈立主持会议。\n\n"
        "会上,陈立代表镇领导班子作对照检查。镇长赵丽等班子成员逐一作个人"
        "对照检查。\n\n"
        "会前,3月5日,石门镇召开民主生活会征求意见座谈会,陈立主持,部分村"
        "党组织书记参加座谈。",
        "2026-03-13");
  const char *m = event(&f, "专题民主生活会");
  const char *z = event(&f, "征求意见座谈会");
  assert(m && z && strcmp(m, z));
  assert(!strcmp(date_of(&f, m), "2026-03-12"));
  assert(!strcmp(date_of(&f, z), "2026-03-05"));
  assert(in(&f, m, NG_NG_CHAIR, "陈立"));
  assert(in(&f, z, NG_NG_CHAIR, "陈立"));
  ng_facts_free(&f);
}

/* 当天下午,第一巡察组进驻甲局并召开巡察工作见面沟通会: a meeting of its
   own (沟通会), held by the team; the unit it enters takes part, and who
   speaks there speaks at it, not at the mobilisation meeting before. */
static void
test_team_meets_the_unit_it_enters(void)
{
  NgFacts f =
    run("4月7日上午,青河县召开县委第三轮巡察工作动员部署会。县委副书记"
        "罗明川出席并讲话。\n\n"
        "当天下午,第一巡察组进驻县交通运输局并召开巡察工作见面沟通会。"
        "第一巡察组组长陈立作动员讲话,县交通运输局局长赵丽作表态发言。",
        "2026-04-08");
  const char *m = event(&f, "动员部署会");
  const char *c = event(&f, "见面沟通会");
  assert(m && c && strcmp(m, c));
  assert(!strcmp(date_of(&f, c), "2026-04-07"));
  assert(in(&f, c, NG_SCHEMA_ORGANIZER, "第一巡察组"));
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "青河县交通运输局"));
  assert(!in(&f, c, NG_SCHEMA_ORGANIZER, "青河县交通运输局"));
  assert(in(&f, c, NG_NG_SPEAKER, "陈立"));
  assert(in(&f, c, NG_NG_SPEAKER, "赵丽"));
  assert(!in(&f, m, NG_NG_SPEAKER, "赵丽"));
  ng_facts_free(&f);
}

/* 2月20日,…动员大会。…2月19日,甲主持召开县委常委会会议,研究…。会后,乙带队
   到…观摩: a paragraph told back to the day before does not move 会后,
   which is after the meeting the article reports. */
static void
test_after_the_meeting_reported_not_the_one_before(void)
{
  NgFacts f =
    run("青河县召开全县项目建设攻坚年动员大会\n\n"
        "2月20日上午,青河县召开全县项目建设攻坚年动员大会。县委书记罗明川"
        "出席并讲话,县长陈立主持会议。\n\n"
        "2月19日,罗明川主持召开县委常委会会议,研究动员大会筹备事项。\n\n"
        "会后,陈立带队到青河经济开发区观摩重点项目建设情况,副县长赵丽陪同。",
        "2026-02-21");
  const char *c = event(&f, "县委常委会会议");
  const char *v = event(&f, "观摩");
  assert(c && v);
  assert(!strcmp(date_of(&f, c), "2026-02-19"));
  assert(!strcmp(date_of(&f, v), "2026-02-20"));
  assert(in(&f, v, NG_NG_LEAD, "陈立"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "赵丽"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_meeting_named_inside_a_forum);
  RUN(test_team_meets_the_unit_it_enters);
  RUN(test_after_the_meeting_reported_not_the_one_before);
  events_close();
  return 0;
}
