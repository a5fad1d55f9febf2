/* tests/unit/test_event_venues.c -- where, when and by whom an event is
   held, as Chinese government news (and the releases of Hong Kong and
   Macao) write it in general, each run through the whole extractor on a text
   written for the test with invented names. */
#include "events.h"

/* An event named before its day and time of day, then 在 and a long
   venue (推介会11月24日下午在…娱乐中心举行), is held there all the same,
   and the bodies 由…合办 it are its organizers. */
static void
test_long_venue_after_the_day(void)
{
  NgFacts f =
    run("由柳州市旅游局与融水县文化和旅游局合办的旅游推介会11月24日下午在"
        "柳州市文化娱乐中心举行。副市长韩立成出席并致辞。",
        "2025-11-25");
  const char *e = event(&f, "旅游推介会");
  assert(e);
  assert(date_of(&f, e) && strstr(date_of(&f, e), "11-24"));
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "柳州市旅游局"));
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "融水县文化和旅游局"));
  assert(in(&f, e, NG_NG_SPEAKER, "韩立成"));
  ng_facts_free(&f);
  f = run("推介会11月24日下午在柳州市新时代文明实践中心举行。副市长韩立成"
          "出席。",
          "2025-11-25");
  assert(event(&f, "推介会"));
  assert(in(&f, event(&f, "推介会"), NG_SCHEMA_ATTENDEE, "韩立成"));
  ng_facts_free(&f);
}

/* 授课 after a lecturer's name ends the name (专家柯文远|授课), and the
   lecturer speaks at the class. */
static void
test_lecturer_before_shouke(void)
{
  NgFacts     f = run("11月28日,东坪镇举办农村实用技术培训班,邀请县农业农村局"
                      "农技专家柯文远授课,镇党委副书记陶立新主持开班仪式。",
                  "2025-11-29");
  const char *e = event(&f, "培训班");
  assert(e);
  assert(in(&f, e, NG_NG_SPEAKER, "柯文远"));
  assert(!labelled(&f, NG_SCHEMA_PERSON, "柯文远授"));
  assert(in(&f, e, NG_NG_CHAIR, "陶立新"));
  ng_facts_free(&f);
}

/* On a page of two posts, the second a visit with 在随后召开的座谈会上,
   the bare 座谈会 is a meeting held during the visit, with its own
   speakers, not the first post's meeting its headline named. */
static void
test_meeting_after_a_visit_on_a_page_of_posts(void)
{
  NgFacts f =
    run("中国人民政治协商会议东坪市委员会\n\n"
        "市政协召开十届第三十一次主席会议\n"
        "信息来源:市政协办公室  发布日期:2025-10-22\n\n"
        "10月21日,市政协召开十届第三十一次主席会议。市政协主席郑立群主持"
        "会议并讲话。\n\n"
        "市政协开展乡村旅游专题视察\n"
        "信息来源:市政协办公室  发布日期:2025-10-22\n\n"
        "10月20日,市政协副主席韩立成带领部分市政协委员,到东坪街道开展乡村"
        "旅游专题视察。东坪街道党工委书记陶立新陪同视察。\n"
        "在随后召开的座谈会上,陶立新汇报了街道乡村旅游发展情况,市政协委员"
        "柯文远作了发言。",
        "2025-10-22");
  const char *m = event(&f, "主席会议");
  const char *s = event(&f, "座谈会");
  assert(m && s && strcmp(m, s));
  assert(in(&f, s, NG_NG_SPEAKER, "柯文远"));
  assert(in(&f, s, NG_NG_SPEAKER, "陶立新"));
  assert(!in(&f, m, NG_SCHEMA_ATTENDEE, "柯文远"));
  assert(date_of(&f, s) && strstr(date_of(&f, s), "10-20"));
  ng_facts_free(&f);
}

/* Towns that have their people watch a meeting at its sub-venues
   (甲镇、乙镇等乡镇在分会场组织收看) take part in it. */
static void
test_towns_watching_at_sub_venues(void)
{
  NgFacts f =
    run("11月3日上午,我县召开2025年度全县警示教育大会。县委书记韩立成出席"
        "会议并讲话。\n"
        "会议以视频形式开到各乡镇,东坪镇、柳林镇等乡镇在分会场组织收看。",
        "2025-11-04");
  const char *e = event(&f, "警示教育大会");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "东坪镇"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "柳林镇"));
  ng_facts_free(&f);
}

/* 计划 as the plan itself (作关于国民经济和社会发展计划执行情况的报告)
   puts no speech in the future: the one who reports speaks. */
static void
test_report_on_the_plan(void)
{
  NgFacts     f = run("8月28日,县人大常委会召开第二十六次会议。县人大常委会主任"
                      "韩立成主持会议。副县长陶立新受县人民政府委托,作了关于"
                      "上半年国民经济和社会发展计划执行情况的报告。",
                  "2025-08-29");
  const char *e = event(&f, "第二十六次会议");
  assert(e);
  assert(in(&f, e, NG_NG_SPEAKER, "陶立新"));
  assert(in(&f, e, NG_NG_CHAIR, "韩立成"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_long_venue_after_the_day);
  RUN(test_lecturer_before_shouke);
  RUN(test_meeting_after_a_visit_on_a_page_of_posts);
  RUN(test_towns_watching_at_sub_venues);
  RUN(test_report_on_the_plan);
  events_close();
  return 0;
}
