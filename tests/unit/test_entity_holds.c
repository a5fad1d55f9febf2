/* tests/unit/test_entity_holds.c -- posts (holds) of kinds that recur in
   Chinese government news: acting heads, deputies to people's congresses,
   posts in chains and lists. Every name is invented. */
#include "extract/entity.h"
#include "extract/extract.h"
#include "extract/intake.h"
#include "graph/buf.h"
#include "mentions.h"
#include "test.h"

/* 代县长 is the acting county head (代 and 县长), as 代市长 and 代区长 are;
   the county 代县 keeps its name where no post follows it (代县县长,
   代县长期). */
static void
test_acting_county_head(void)
{
  NgMentions m = run("会议由县委副书记、代县长柯文远主持。");
  assert(holds(&m, "柯文远", "代县长", ""));
  assert(holds(&m, "柯文远", "副书记", "县委"));
  assert(!find(&m, NG_MENTION_PLACE, "代县"));
  ng_mentions_free(&m);
  m = run("代县长柯文远主持召开县政府常务会议。");
  assert(holds(&m, "柯文远", "代县长", ""));
  ng_mentions_free(&m);
  m = run("代县县长贺明川出席。代县长期坚持生态优先。");
  assert(holds(&m, "贺明川", "县长", ""));
  assert(find(&m, NG_MENTION_PLACE, "代县"));
  ng_mentions_free(&m);
}

/* A note in brackets on a post (正处级, 挂职) leaves the list of posts
   going on across the clause mark after it: each post is the name's. */
static void
test_note_in_brackets_inside_a_list_of_posts(void)
{
  NgMentions m =
    run("市政府党组成员、副秘书长(正处级),市政府办公室主任柯文远就做好"
        "经济运行调度提出意见。");
  assert(holds(&m, "柯文远", "党组成员", "市政府"));
  assert(holds(&m, "柯文远", "副秘书长", "市政府"));
  assert(holds(&m, "柯文远", "主任", "市政府办公室"));
  ng_mentions_free(&m);
}

/* A deputy named after a team's head (纪检监察组组长X,副校长Y) is no deputy
   of the team: only a team's own posts (副组长) take its body. */
static void
test_deputy_after_a_teams_head(void)
{
  NgMentions m =
    run("省纪委监委驻北湖大学纪检监察组组长柯文远,副校长贺明川出席会议。");
  assert(holds(&m, "柯文远", "组长", "省纪委监委驻北湖大学纪检监察组"));
  assert(!holds(&m, "贺明川", "副校长", "省纪委监委驻北湖大学纪检监察组"));
  ng_mentions_free(&m);
  m = run("市委第三巡察组组长柯文远,副组长贺明川出席会议。");
  assert(holds(&m, "贺明川", "副组长", "市委第三巡察组"));
  ng_mentions_free(&m);
}

int
main(void)
{
  char *msg = NULL;
  assert(ng_intake_new(&intake) == NG_OK);
  assert(ng_entities_new(ng_extract_data_dir(), NULL, &entities, &msg) ==
         NG_OK);
  RUN(test_acting_county_head);
  RUN(test_note_in_brackets_inside_a_list_of_posts);
  RUN(test_deputy_after_a_teams_head);
  ng_entities_free(entities);
  ng_intake_free(intake);
  return 0;
}
