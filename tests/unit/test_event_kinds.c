/* tests/unit/test_event_kinds.c -- kinds of event, participant and
   organizer that Chinese government news writes in general, each run
   through the whole extractor on a text written for the test with
   invented names. */
#include "events.h"

/* A leader who works on site (到…项目现场办公) carries out a visit with
   the bodies whose heads take part; the on-site meeting held after it
   (现场办公会) is a meeting of its own. 办 is no body before 公 (现场办公
   is no 现场办), 住房城乡建委 is a department, and 项目业主 before a
   company is its role, not part of its name. */
static void
test_on_site_work(void)
{
  NgFacts     f = run("7月8日,区委副书记、区长柳成林到梅溪河综合治理项目现场"
                      "办公,协调解决项目推进中的难点问题。副区长欧阳平,"
                      "区水利局、区住房城乡建委和甲城街道主要负责同志参加。"
                      "柳成林一行实地察看了河道清淤情况,听取了项目业主"
                      "梅溪城建集团有限公司关于工程进度的汇报。在随后召开的"
                      "现场办公会上,区水利局、甲城街道分别汇报了存在的困难。",
                  "2026-07-09");
  const char *v = event(&f, "现场办公");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "柳成林"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "欧阳平"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "区住房城乡建委"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "区水利局"));
  assert(labelled(&f, NG_ORG_ORGANIZATION, "梅溪城建集团有限公司"));
  assert(!labelled(&f, NG_ORG_ORGANIZATION, "项目现场办"));
  const char *m = event(&f, "现场办公会");
  assert(m && strcmp(m, v));
  assert(in(&f, m, NG_SCHEMA_ATTENDEE, "区水利局"));
  ng_facts_free(&f);
}

int
main(void)
{
  char *msg = NULL;
  assert(ng_intake_new(&intake) == NG_OK);
  assert(ng_extractor_new(NULL, NULL, &extractor, &msg) == NG_OK);
  RUN(test_on_site_work);
  ng_extractor_free(extractor);
  ng_intake_free(intake);
  return 0;
}
