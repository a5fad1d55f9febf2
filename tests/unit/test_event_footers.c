/* tests/unit/test_event_footers.c -- lines of a page that name bodies
   without telling of an event: a site's footer (主办:, 承办:) names the
   bodies that run the site, which host no event of the article. Texts
   written for the test, with invented names; areas are real divisions. */
#include "events.h"

static void
test_site_sponsors_host_no_event(void)
{
  NgFacts f =
    run("县政府召开常务会议\n发布时间:2025-09-23 16:42   浏览次数:1286\n"
        "9月22日下午,县长王建国主持召开县政府第十八次常务会议。\n"
        "会议听取了县农业农村局关于秋收工作情况的汇报。\n\n"
        "主办:泰和县人民政府办公室   承办:泰和县大数据管理中心\n",
        "2025-09-23");
  const char *e = event(&f, "常务会议");
  assert(e);
  assert(labelled(&f, NG_ORG_ORGANIZATION, "泰和县人民政府办公室"));
  assert(!in(&f, e, NG_SCHEMA_ORGANIZER, "泰和县人民政府办公室"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "泰和县人民政府办公室") == 0);
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_site_sponsors_host_no_event);
  events_close();
  return 0;
}
