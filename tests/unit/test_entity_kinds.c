/* tests/unit/test_entity_kinds.c -- kinds of bodies, places, names and
   posts that recur in Chinese government news and that held-out text showed
   the recognizers missed: each test writes sentences of its own with
   invented names of the same shape as real ones. */
#include "extract/entity.h"
#include "extract/extract.h"
#include "extract/intake.h"
#include "graph/buf.h"
#include "mentions.h"
#include "test.h"

/* Two work areas joined by 和 or 与 name one department when a level word,
   a division or a body stands before them (市林业和园林局,
   县人大常委会农业与农村委员会); a 和 between two words of a sentence
   joins nothing (推动教育和卫生协作). */
static void
test_joined_work_areas(void)
{
  NgMentions m = run("会议听取了市林业和园林局关于森林防火工作的汇报。");
  assert(find(&m, NG_MENTION_ORG, "市林业和园林局"));
  assert(!find(&m, NG_MENTION_ORG, "园林局"));
  ng_mentions_free(&m);
  m = run("县人大常委会农业与农村委员会主任委员周立新陪同视察。");
  assert(find(&m, NG_MENTION_ORG, "县人大常委会农业与农村委员会"));
  assert(holds(&m, "周立新", "主任委员", "县人大常委会农业与农村委员会"));
  ng_mentions_free(&m);
  m = run("促进非洲社会与经济发展所做的努力得到肯定。");
  assert(!find(&m, NG_MENTION_ORG, "非洲社会与经济发展所"));
  ng_mentions_free(&m);
}

/* Surnames of the Hui (纳, 虎) and of Yunnan's Bai and Yi (字), and
   Tibetan names as Qinghai news transcribes them (才仁, 尕玛, 旦周), are
   names after a title like any other. */
static void
test_regional_surnames_and_names(void)
{
  NgMentions m = run("县政协主席纳文清、副主席虎明军列席会议。");
  assert(holds(&m, "纳文清", "主席", "县政协"));
  assert(holds(&m, "虎明军", "副主席", "县政协"));
  ng_mentions_free(&m);
  m = run("青山村党总支书记字建英作表态发言。");
  assert(find(&m, NG_MENTION_PERSON, "字建英"));
  ng_mentions_free(&m);
  m = run("州应急管理局局长才仁旦周汇报了工作情况，副局长尕玛拉毛陪同检查。");
  assert(holds(&m, "才仁旦周", "局长", "州应急管理局"));
  assert(holds(&m, "尕玛拉毛", "副局长", "州应急管理局"));
  ng_mentions_free(&m);
}

int
main(void)
{
  char *msg = NULL;
  assert(ng_intake_new(&intake) == NG_OK);
  assert(ng_entities_new(ng_extract_data_dir(), NULL, &entities, &msg) ==
         NG_OK);
  RUN(test_joined_work_areas);
  RUN(test_regional_surnames_and_names);
  ng_entities_free(entities);
  ng_intake_free(intake);
  return 0;
}
