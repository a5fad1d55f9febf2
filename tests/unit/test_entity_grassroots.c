/* tests/unit/test_entity_grassroots.c -- kinds of names, posts and bodies
   that the news of villages, schools, hospitals, courts and firms writes:
   each test writes sentences of its own with invented names of the same
   shape as real ones. */
#include "mentions.h"

/* Surnames of one region each that its news writes often (禤 of Guangdong
   and Guangxi, 蹇 of Guizhou and Sichuan, 粘 of southern Fujian) open a
   name after a post and in a list of names like any other; 粘贴 stays a
   word. */
static void
test_regional_surnames(void)
{
  NgMentions m = run("副县长王立平、禤志雄、敖美兰出席会议。州长蹇国强主持。");
  assert(holds(&m, "禤志雄", "副县长", ""));
  assert(holds(&m, "敖美兰", "副县长", ""));
  assert(holds(&m, "蹇国强", "州长", ""));
  ng_mentions_free(&m);
  m = run("市委常委、统战部部长粘丽华当选为会长。");
  assert(find(&m, NG_MENTION_PERSON, "粘丽华"));
  ng_mentions_free(&m);
  m = run("工作人员在公告栏粘贴通知，提醒群众注意防范。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_regional_surnames);
  mentions_close();
  return 0;
}
