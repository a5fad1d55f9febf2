/* tests/unit/test_entity_institutions.c -- posts in the institutions
   whose own news names them once and their officials by title alone:
   universities and schools, hospitals, courts, procuratorates, public
   security bureaus and companies. Every name is invented. */
#include "extract/entity.h"
#include "extract/extract.h"
#include "extract/intake.h"
#include "graph/buf.h"
#include "mentions.h"
#include "test.h"

/* 院党组书记、院长X in a court's news: both posts are the court's (the
   Party-group post with the court as its body); 党组成员、副检察长Y in a
   procuratorate's. */
static void
test_court_and_procuratorate_heads(void)
{
  NgMentions m =
    run("4月2日,谷城县人民法院召开审判委员会会议。院党组书记、院长卜文海"
        "主持会议,党组成员、副院长甘秀云出席会议。");
  assert(holds(&m, "卜文海", "院长", "谷城县人民法院"));
  assert(holds(&m, "卜文海", "党组书记", "谷城县人民法院"));
  assert(holds(&m, "甘秀云", "副院长", "谷城县人民法院"));
  assert(holds(&m, "甘秀云", "党组成员", "谷城县人民法院"));
  ng_mentions_free(&m);
  m = run("4月8日,郴州市人民检察院召开检察委员会会议。党组书记、检察长"
          "汪立成主持会议,党组成员、副检察长冯晓岚出席。");
  assert(holds(&m, "汪立成", "检察长", "郴州市人民检察院"));
  assert(holds(&m, "汪立成", "党组书记", "郴州市人民检察院"));
  ng_mentions_free(&m);
  /* a bare 党组书记 with no post of a body after it keeps no body */
  m = run("会议召开。党组书记汪立成主持会议。");
  assert(holds(&m, "汪立成", "党组书记", ""));
  ng_mentions_free(&m);
}

/* The university named most often, not a college inside it named once,
   holds 校长; a 学院 has no 校长; the university written only before its
   Party committee's group is a body of its own. */
static void
test_university_named_inside_its_bodies(void)
{
  NgMentions m =
    run("3月12日,西岭大学党委理论学习中心组开展集体学习。校长严东升作交流"
        "发言,副校长闫秀珍参加学习。会上,马克思主义学院院长鲁华庭作辅导报告。");
  assert(holds_in_iri(&m, "严东升", "校长", "/西岭大学"));
  assert(holds_in_iri(&m, "闫秀珍", "副校长", "/西岭大学"));
  assert(holds(&m, "鲁华庭", "院长", "马克思主义学院"));
  assert(!holds(&m, "严东升", "校长", "马克思主义学院"));
  ng_mentions_free(&m);
  m = run("学校召开党委会。宣城科技职业学院党委书记章立群主持,副院长"
          "毛建中出席。会议听取了与宁国市共建产业学院的汇报。"
          "会议审议了《宣城科技职业学院工作要点》。");
  assert(holds(&m, "毛建中", "副院长", "宣城科技职业学院"));
  ng_mentions_free(&m);
}

/* 院党委, 校党委, 集团公司党委: the Party committee of the hospital,
   school or company the article names; the posts after 党委书记 in the
   list are the institution's. */
static void
test_party_committee_named_by_its_institution(void)
{
  NgMentions m =
    run("3月20日,邯郸市第一人民医院第五届职工代表大会第三次会议召开。院"
        "党委书记、院长葛宇航作工作报告,院党委委员、副院长卓平安出席。");
  assert(holds(&m, "葛宇航", "书记", "邯郸市第一人民医院党委"));
  assert(holds_in_iri(&m, "葛宇航", "院长", "/邯郸市第一人民医院"));
  assert(holds_in_iri(&m, "卓平安", "副院长", "/邯郸市第一人民医院"));
  assert(find(&m, NG_MENTION_ORG, "邯郸市第一人民医院党委"));
  ng_mentions_free(&m);
  m = run("3月25日,山西某某能源集团有限公司召开职工代表大会。集团公司党委"
          "书记、董事长聂宗平作工作报告,党委副书记、总经理宓东林主持会议。");
  assert(holds(&m, "聂宗平", "书记", "山西某某能源集团有限公司党委"));
  assert(holds(&m, "聂宗平", "董事长", "山西某某能源集团有限公司"));
  assert(holds(&m, "宓东林", "总经理", "山西某某能源集团有限公司"));
  ng_mentions_free(&m);
  /* no institution named: 院党委 as written */
  m = run("会议召开。院党委书记葛宇航主持。");
  assert(!find(&m, NG_MENTION_ORG, "邯郸市第一人民医院党委"));
  ng_mentions_free(&m);
}

/* 党委委员、副局长X after 市公安局党委书记、局长Y: the deputy is the
   bureau's, as the chief is. */
static void
test_deputy_after_the_bureaus_party_committee(void)
{
  NgMentions m =
    run("4月10日,乐山市公安局召开党委(扩大)会议。市公安局党委书记、局长"
        "蔺强华主持会议。党委委员、副局长戈明远出席会议。");
  assert(holds(&m, "蔺强华", "局长", "乐山市公安局"));
  assert(holds(&m, "戈明远", "副局长", "乐山市公安局"));
  ng_mentions_free(&m);
}

/* 审判委员会委员 written bare after a post in the court: the court's
   committee, and the judge's post after it is the court's; a bare
   检察委员会 in a procuratorate's news is that procuratorate's. */
static void
test_judicial_committee_written_bare(void)
{
  NgMentions m =
    run("会议任命洪立远为区人民法院副院长、审判委员会委员、审判员。");
  assert(holds(&m, "洪立远", "委员", "区人民法院审判委员会"));
  assert(holds(&m, "洪立远", "审判员", "区人民法院"));
  assert(!holds(&m, "洪立远", "审判员", "区人民法院审判委员会"));
  ng_mentions_free(&m);
  m = run("4月8日,郴州市人民检察院召开检察委员会会议。检察委员会委员、第二"
          "检察部主任冷志涛出席会议。");
  assert(holds(&m, "冷志涛", "委员", "郴州市人民检察院检察委员会"));
  ng_mentions_free(&m);
  m = run("7月15日,道县人民法院召开新闻发布会。院审判委员会委员、民二庭"
          "庭长封立强回答记者提问。");
  assert(holds(&m, "封立强", "委员", "道县人民法院审判委员会"));
  ng_mentions_free(&m);
}

/* 派驻第二纪检监察组, 第三派驻纪检监察组: a group the discipline body
   sends is named with it whole; 各室、派驻纪检监察组 with no body sending
   it is a kind of group, no body. */
static void
test_groups_the_discipline_body_sends(void)
{
  NgMentions m = run("市纪委监委派驻第二纪检监察组组长柯丽娟到会指导。");
  assert(holds(&m, "柯丽娟", "组长", "市纪委监委派驻第二纪检监察组"));
  ng_mentions_free(&m);
  m = run("县纪委监委第三派驻纪检监察组组长杭东平参加会议。");
  assert(holds(&m, "杭东平", "组长", "县纪委监委第三派驻纪检监察组"));
  ng_mentions_free(&m);
  m = run("县纪委监委各审查调查室、派驻纪检监察组主要负责人参加会议。");
  assert(!find(&m, NG_MENTION_ORG, "纪检监察组"));
  ng_mentions_free(&m);
}

/* 县委书记、理论学习中心组组长X: the study group written bare after a
   post in a Party committee is that committee's, and the list of posts
   goes on across it; 公司总经理Y in a company's news is the company's. */
static void
test_study_group_and_company_written_bare(void)
{
  NgMentions m = run("3月1日,县委书记、理论学习中心组组长宫立军主持学习。");
  assert(holds(&m, "宫立军", "书记", "县委"));
  assert(holds(&m, "宫立军", "组长", "县委理论学习中心组"));
  ng_mentions_free(&m);
  m = run("3月1日,西岭大学党委理论学习中心组开展集体学习。校党委书记、理论"
          "学习中心组组长宫立军主持学习。");
  assert(holds(&m, "宫立军", "书记", "西岭大学党委"));
  assert(holds(&m, "宫立军", "组长", "西岭大学党委理论学习中心组"));
  ng_mentions_free(&m);
  m = run("3月1日,湘川集团召开会议。公司党委书记、董事长唐立华主持,公司"
          "总经理李宇航出席。");
  assert(holds(&m, "唐立华", "董事长", "湘川集团"));
  assert(holds(&m, "李宇航", "总经理", "湘川集团"));
  ng_mentions_free(&m);
}

/* 检察长(代)X: an acting head written with 代 in brackets after the
   title is a post and a name like any other. */
static void
test_acting_head_in_brackets(void)
{
  NgMentions m = run("会议由县检察院检察长(代)蓝振宇主持。");
  assert(find(&m, NG_MENTION_PERSON, "蓝振宇"));
  assert(holds(&m, "蓝振宇", "检察长", "县检察院"));
  ng_mentions_free(&m);
}

/* A school's news that names itself only in its headline and calls
   itself 学校 in the text: 校长 and 副校长 are the school's. */
static void
test_school_named_in_the_headline(void)
{
  NgMentions m = run("西岭师范大学召开2026年第一次党委会议\n"
                     "3月4日上午,学校在行政楼三楼会议室召开2026年第一次党委"
                     "会议。党委书记柴文涛主持会议,党委副书记、校长蒲建军,"
                     "党委常委、副校长祁明达出席会议。\n");
  assert(holds_in_iri(&m, "蒲建军", "校长", "/西岭师范大学"));
  assert(holds_in_iri(&m, "祁明达", "副校长", "/西岭师范大学"));
  ng_mentions_free(&m);
  m = run("学校召开党委会议\n3月4日上午,学校召开党委会议。校长蒲建军出席。\n");
  assert(holds(&m, "蒲建军", "校长", ""));
  ng_mentions_free(&m);
}

/* The divisions of a court named bare in its news (民一庭庭长, 刑庭庭长,
   立案庭副庭长) are bodies with their heads. */
static void
test_divisions_of_a_court(void)
{
  NgMentions m = run("县人民法院民一庭庭长房玉清、刑庭庭长池明远汇报了案件审理"
                     "情况。立案庭副庭长田晓琳参加会议。");
  assert(holds(&m, "池明远", "庭长", "刑庭"));
  assert(holds(&m, "田晓琳", "副庭长", "立案庭"));
  assert(!holds(&m, "房玉清", "庭长", ""));
  ng_mentions_free(&m);
}

/* The offices of a hospital or a university named by their work
   (医务科, 护理部, 院感科, 保卫处) are bodies, and a post after 兼 in
   one keeps the post before it. */
static void
test_offices_of_hospitals_and_universities(void)
{
  NgMentions m = run("县人民医院党委委员兼医务科科长郜立峰参加会议。"
                     "护理部主任符秀梅、院感科科长甄立新汇报。");
  assert(holds(&m, "郜立峰", "委员", "县人民医院党委"));
  assert(holds(&m, "郜立峰", "科长", "医务科"));
  assert(holds(&m, "符秀梅", "主任", "护理部"));
  assert(holds(&m, "甄立新", "科长", "院感科"));
  ng_mentions_free(&m);
  m = run("要加强护理部门管理。");
  assert(!find(&m, NG_MENTION_ORG, "护理部"));
  ng_mentions_free(&m);
}

/* A provincial department's own news: 厅党委书记、厅长X and 副厅长Y are
   the department's (the one the article names), 厅党委 its committee. */
static void
test_heads_of_the_department_the_article_names(void)
{
  NgMentions m =
    run("6月15日,江西省应急管理厅举办培训班。厅党委书记、厅长熊立国"
        "出席开班式,厅党委委员、副厅长兼省地震局副局长万佳明主持。");
  assert(holds(&m, "熊立国", "厅长", "江西省应急管理厅"));
  assert(holds(&m, "熊立国", "书记", "江西省应急管理厅党委"));
  assert(holds(&m, "万佳明", "副厅长", "江西省应急管理厅"));
  assert(holds(&m, "万佳明", "副局长", "省地震局"));
  ng_mentions_free(&m);
}

/* A bureau's own news: 局党组书记、局长X and 副局长Y are the bureau's,
   written short (市某某局) or in full; with two bureaus named, a bare
   局长 takes neither. */
static void
test_heads_of_the_one_bureau_named(void)
{
  NgMentions m =
    run("6月15日,宁远县农业农村局召开党组会议。局党组书记、局长唐立"
        "新主持,局党组成员、副局长万佳琪出席。");
  assert(holds(&m, "唐立新", "局长", "宁远县农业农村局"));
  assert(holds(&m, "唐立新", "党组书记", "宁远县农业农村局"));
  assert(holds(&m, "万佳琪", "副局长", "宁远县农业农村局"));
  ng_mentions_free(&m);
  m = run("6月15日,市生态环境局召开会议。党组书记、局长唐立新主持。");
  assert(holds(&m, "唐立新", "局长", "市生态环境局"));
  ng_mentions_free(&m);
  m = run("6月15日,市生态环境局与市公安局召开联席会议。局长唐立新主持。");
  assert(holds(&m, "唐立新", "局长", ""));
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_court_and_procuratorate_heads);
  RUN(test_university_named_inside_its_bodies);
  RUN(test_party_committee_named_by_its_institution);
  RUN(test_deputy_after_the_bureaus_party_committee);
  RUN(test_judicial_committee_written_bare);
  RUN(test_groups_the_discipline_body_sends);
  RUN(test_study_group_and_company_written_bare);
  RUN(test_acting_head_in_brackets);
  RUN(test_school_named_in_the_headline);
  RUN(test_divisions_of_a_court);
  RUN(test_offices_of_hospitals_and_universities);
  RUN(test_heads_of_the_department_the_article_names);
  RUN(test_heads_of_the_one_bureau_named);
  mentions_close();
  return 0;
}
