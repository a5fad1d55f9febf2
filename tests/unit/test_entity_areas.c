/* tests/unit/test_entity_areas.c -- places and bodies of areas that
   Chinese government news writes in every region: sites that are still
   projects, divisions named in short forms, and areas that are no bodies.
   Every sentence is written for the test, with invented names of the same
   shape as real ones. */
#include "mentions.h"

/* A site named only by its trade before 项目 (签订冷链物流园项目协议,
   某某产业园等项目) is a project, not yet a place; opened by its division,
   or as the project's 现场, it is one. */
static void
test_sites_that_are_projects(void)
{
  NgMentions m = run("两家企业在县行政中心签订冷链物流园项目合作协议。"
                     "其中新材料产业园项目总投资5亿元。");
  assert(!find(&m, NG_MENTION_PLACE, "冷链物流园"));
  assert(!find(&m, NG_MENTION_PLACE, "新材料产业园"));
  ng_mentions_free(&m);
  m = run("企业家们考察了光伏发电项目、康养农业产业园等项目。");
  assert(!find(&m, NG_MENTION_PLACE, "康养农业产业园"));
  ng_mentions_free(&m);
  m = run("他察看了泰和县冷链物流园项目。开工仪式在云溪产业园项目现场举行。");
  assert(find(&m, NG_MENTION_PLACE, "泰和县冷链物流园"));
  assert(find(&m, NG_MENTION_PLACE, "云溪产业园项目现场"));
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_sites_that_are_projects);
  mentions_close();
  return 0;
}
