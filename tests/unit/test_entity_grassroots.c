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

/* A grid's worker (网格员) is a post of the persons named after it, in no
   body where none is written before it; grid work written
   as a topic (网格员队伍建设) after a list of communities makes none of them
   a body. */
static void
test_grid_workers(void)
{
  NgMentions m = run("10月9日，石岭村召开会议。网格员程小燕、柯立新分别汇报了"
                     "独居老人摸排情况。");
  assert(holds(&m, "程小燕", "网格员", ""));
  assert(holds(&m, "柯立新", "网格员", ""));
  ng_mentions_free(&m);
  m = run("10月20日，第一书记赵立军带着网格员韩春梅走村入户。");
  assert(holds(&m, "韩春梅", "网格员", ""));
  ng_mentions_free(&m);
  m = run("会上，东岭社区、桂园社区、青石社区分别就网格员队伍建设、"
          "矛盾纠纷排查作交流发言。");
  assert(count(&m, NG_MENTION_ORG) == 0);
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
}

/* A college that calls its head 校长 (a 学院 of its own, named in the
   headline and before its Party committee) is the body of the bare 校长
   and 副校长 of its news, not a school college it names once. */
static void
test_president_of_a_college(void)
{
  NgMentions m = run("西岭学院党委理论学习中心组开展专题学习\n\n"
                     "9月3日，西岭学院党委召开理论学习中心组学习会。党委书记"
                     "洪立新主持会议，校长韦文博作交流发言。马克思主义学院院长"
                     "贺明川作专题辅导。党委常委、副校长秦晓岚参加学习。");
  assert(holds_in_iri(&m, "韦文博", "校长", "org/西岭学院"));
  assert(holds_in_iri(&m, "秦晓岚", "副校长", "org/西岭学院"));
  assert(holds(&m, "贺明川", "院长", "马克思主义学院"));
  ng_mentions_free(&m);
  /* a university's news: its colleges are no body of its 校长 */
  m = run("9月3日，东川大学召开座谈会。东川大学文学院院长黎小川发言，"
          "校长孔德明出席。");
  assert(holds(&m, "孔德明", "校长", "东川大学"));
  ng_mentions_free(&m);
}

/* A congress committee named by two work areas joined by 与 or 和, written
   bare after a post in the standing committee (委员、农业与农村委员会主任委员),
   is one body, and the post before it stays in the standing committee. */
static void
test_committee_of_two_areas_after_a_post(void)
{
  NgMentions m = run("7月8日，市人大常委会委员、农业与农村委员会主任委员谢明远"
                     "陪同检查。县人大常委会委员、林业和草原委员会副主任委员"
                     "陶丽参加。");
  assert(holds(&m, "谢明远", "委员", "市人大常委会"));
  assert(holds(&m, "谢明远", "主任委员", "农业与农村委员会"));
  assert(!find(&m, NG_MENTION_ORG, "农村委员会"));
  assert(holds(&m, "陶丽", "委员", "县人大常委会"));
  assert(holds(&m, "陶丽", "副主任委员", "林业和草原委员会"));
  ng_mentions_free(&m);
}

/* A Yi family name of two characters (沙马, 帕查, 阿说) and a given name of
   two that no list holds is a name after a post, in a list of names and in
   a byline; Tibetan names as Amdo news writes them (才让|东智, 索南|加参)
   are two elements of a name. */
static void
test_yi_and_amdo_names(void)
{
  NgMentions m = run("县政协副主席沙马木聪、瓦其日沙，委员帕查尔格参加视察。");
  assert(holds(&m, "沙马木聪", "副主席", "县政协"));
  assert(holds(&m, "瓦其日沙", "副主席", "县政协"));
  assert(holds(&m, "帕查尔格", "委员", "县政协"));
  ng_mentions_free(&m);
  m = run("4月2日，州委副书记才让东智主持会议。县委常委、统战部部长索南加参"
          "陪同调研。");
  assert(holds(&m, "才让东智", "副书记", "州委"));
  assert(holds(&m, "索南加参", "部长", "县委统一战线工作部"));
  assert(!find(&m, NG_MENTION_PERSON, "索南加"));
  ng_mentions_free(&m);
}

/* A masthead with the page's date after it on its line (某某日报 and a
   date and weekday; a Hong Kong paper whose name ends in 公报) names the
   paper, as the masthead alone does, and is no text. */
static void
test_masthead_with_its_date(void)
{
  NgMentions m =
    run("青河日报　2026年11月5日　星期四\n\n"
        "某县召开芒果产业推进会\n"
        "本报讯（记者 蓝小燕）11月3日，某县召开芒果产业推进会。\n");
  assert(find(&m, NG_MENTION_ORG, "青河日报"));
  ng_mentions_free(&m);
  m = run("大公報　2026年4月22日　A12版　中國新聞\n\n"
          "某會換屆\n\n"
          "【大公報訊】記者柯明婷報道：某會第五屆理事會20日召開。\n");
  assert(find(&m, NG_MENTION_ORG, "大公报"));
  ng_mentions_free(&m);
}

/* A repost names the account it was taken from (本文转自:某某发布): a
   publication line whose outlet is a body, as 来源: gives one. */
static void
test_reposted_from(void)
{
  NgMentions m = run("【青河新闻】县长督导秋粮收购工作\n\n"
                     "本文转自：青河发布\n"
                     "来源：青河县融媒体中心　　作者：龙卫东\n\n"
                     "10月27日，县委副书记、县长韦国平率队督导秋粮收购工作。");
  assert(find(&m, NG_MENTION_ORG, "青河发布"));
  assert(find(&m, NG_MENTION_ORG, "青河县融媒体中心"));
  ng_mentions_free(&m);
}

/* 高校 before a body means the bodies of universities in general
   (高校党委领导下的校长负责制), 牵头 the one that leads others of its kind:
   no body is named. */
static void
test_universities_in_general(void)
{
  NgMentions m = run("仝立宇从高校党委领导下的校长负责制的历史沿革等方面进行了"
                     "深入阐释。");
  assert(!find(&m, NG_MENTION_ORG, "高校党委"));
  ng_mentions_free(&m);
  /* 牵头 before a body: the one that leads a group of its kind, no name
     (牵头医院要在人员上沉下去, 专题研究医共体牵头医院职责分工) */
  m = run("6月10日，医院党委召开会议，专题研究医共体牵头医院职责分工。牵头"
          "医院要在人员、技术上沉下去。");
  assert(!find(&m, NG_MENTION_ORG, "牵头医院"));
  assert(!find(&m, NG_MENTION_ORG, "研究医共体牵头医院"));
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_regional_surnames);
  RUN(test_grid_workers);
  RUN(test_president_of_a_college);
  RUN(test_committee_of_two_areas_after_a_post);
  RUN(test_yi_and_amdo_names);
  RUN(test_masthead_with_its_date);
  RUN(test_reposted_from);
  RUN(test_universities_in_general);
  mentions_close();
  return 0;
}
