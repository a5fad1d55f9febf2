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
  /* the project's 现场 at a park is the park (test_entity_places.c) */
  assert(find(&m, NG_MENTION_PLACE, "云溪产业园"));
  ng_mentions_free(&m);
}

/* The header of a post on a social platform (原创, author, account, the
   time of the post, the province it came from) names the account, a body,
   whatever its name ends in, and the author before it after 原创, unless
   that is a division; the header is no headline, however many characters
   it holds. */
static void
test_accounts_in_a_posts_header(void)
{
  NgMentions m = run("青石镇召开防汛工作会议\n"
                     "原创 青石坪发布 青石坪发布 2026年07月01日 18:20 浙江\n\n"
                     "7月1日,青石镇党委召开会议。\n");
  assert(find(&m, NG_MENTION_ORG, "青石坪发布"));
  ng_mentions_free(&m);
  m = run("全市部署森林防灭火工作\n云州应急 2026年11月19日 19:46 山西\n\n"
          "11月19日,市应急管理局召开会议。\n");
  assert(find(&m, NG_MENTION_ORG, "云州应急"));
  ng_mentions_free(&m);
  m = run("原创 白沙镇 魅力云溪湖 2026年07月08日 21:37 云南\n\n"
          "7月8日,白沙镇党委召开会议。\n");
  assert(find(&m, NG_MENTION_ORG, "魅力云溪湖"));
  assert(!find(&m, NG_MENTION_ORG, "白沙镇"));
  assert(find(&m, NG_MENTION_PLACE, "白沙镇"));
  ng_mentions_free(&m);
}

/* A delegation is named by every division written before it (某省某市
   党政代表团): they are its name, no places of their own; a short name of
   a province before them stays a place. */
static void
test_divisions_naming_a_delegation(void)
{
  NgMentions m = run("5月8日,区委书记王建国会见了河北省三河市党政代表团一行。");
  assert(find(&m, NG_MENTION_ORG, "河北省三河市党政代表团"));
  assert(!find(&m, NG_MENTION_PLACE, "河北省"));
  ng_mentions_free(&m);
}

/* 富县 after a noun is a slogan (工业强县、农业富县: what makes the county
   rich), as 兴县 is; after a function word or a province it is the
   county. */
static void
test_slogans_that_enrich_a_county(void)
{
  NgMentions m = run("全力推动工业强县、农业富县、文旅兴县。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("调研组在富县召开座谈会。");
  assert(find(&m, NG_MENTION_PLACE, "富县"));
  ng_mentions_free(&m);
}

/* A people's congress named bare by its level only as the congress whose
   deputies are spoken of (市人大代表肩负重托) is no body; where named
   deputies follow, it is the body of their posts. */
static void
test_congress_of_unnamed_deputies(void)
{
  NgMentions m = run("来自全市各行各业的市人大代表肩负重托、齐聚一堂。");
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
  m = run("市人大常委会副主任王某某带领市人大代表李建国、张明华视察。");
  assert(find(&m, NG_MENTION_ORG, "市人大"));
  ng_mentions_free(&m);
}

/* A site's footer names the bodies that run it (主办:, 承办:, 技术支持:):
   they are bodies of the page, read as a publication line. */
static void
test_bodies_that_run_the_site(void)
{
  NgMentions m = run("县政府召开常务会议\n发布时间:2025-09-23 16:42\n"
                     "9月22日,县长王建国主持召开县政府常务会议。\n\n"
                     "主办:泰和县人民政府办公室   承办:泰和县大数据管理中心\n");
  assert(find(&m, NG_MENTION_ORG, "泰和县人民政府办公室"));
  assert(find(&m, NG_MENTION_ORG, "泰和县大数据管理中心"));
  ng_mentions_free(&m);
}

/* A unit or room of the school or hospital an article is about, named by
   the writer's word for it (学校文学院, 学校校史馆, 我院心血管内科), is named
   after the first institution of that kind the article names. */
static void
test_units_of_the_writers_institution(void)
{
  NgMentions m =
    run("江城市人民政府与云岭师范大学签署战略合作协议。青山区人民政府"
        "与学校文学院签署协议。王建国一行参观了学校校史馆。");
  assert(find(&m, NG_MENTION_ORG, "云岭师范大学文学院"));
  assert(find(&m, NG_MENTION_PLACE, "云岭师范大学校史馆"));
  ng_mentions_free(&m);
  m = run("泰和县人民医院与江城市第一人民医院签订帮扶协议。仪式结束后,专家"
          "团队到我院心血管内科开展教学查房。");
  assert(find(&m, NG_MENTION_ORG, "泰和县人民医院心血管内科"));
  ng_mentions_free(&m);
}

/* A township of two ethnic groups or more is written by its short name,
   one character for each group (三道水土家族苗族乡: 三道水土苗乡). */
static void
test_short_names_of_ethnic_townships(void)
{
  NgMentions m = run("他先后到白沙镇、三道水土苗乡督导秋冬种工作。");
  assert(find(&m, NG_MENTION_PLACE, "三道水土苗乡"));
  assert(find(&m, NG_MENTION_PLACE, "白沙镇"));
  ng_mentions_free(&m);
}

/* Water works and sewage stations (水厂, 净水厂, 污水处理站) end a site's
   name, as 自来水厂 and 污水处理厂 do. */
static void
test_water_works_and_sewage_stations(void)
{
  NgMentions m =
    run("检查组来到青石水厂察看供水情况,又到白沙镇污水处理站察看。");
  assert(find(&m, NG_MENTION_PLACE, "青石水厂"));
  assert(find(&m, NG_MENTION_PLACE, "白沙镇污水处理站"));
  ng_mentions_free(&m);
}

/* The path to a page from its website (某某网首页 > 新闻 > 时政) names the
   site, a body. */
static void
test_website_at_the_head_of_the_path(void)
{
  NgMentions m = run("云州网首页 > 云州新闻 > 时政\n全市召开春耕工作会议\n"
                     "5月8日,市委召开会议。\n");
  assert(find(&m, NG_MENTION_ORG, "云州网"));
  ng_mentions_free(&m);
  m = run("泰和县人民政府门户网站 > 政务动态 > 县内要闻\n县政府召开常务会议\n"
          "5月8日,县政府召开常务会议。\n");
  assert(find(&m, NG_MENTION_ORG, "泰和县人民政府门户网站"));
  ng_mentions_free(&m);
}

/* A working group named only by its kind (率执法检查组赴…, 检查组深入…),
   which the article names in full nowhere, is no body; named in full, or
   convening a meeting (检查组在某市召开座谈会), it is a body. */
static void
test_groups_named_by_their_kind(void)
{
  NgMentions m = run("6月5日,区人大常委会副主任王建国带领执法检查组,对全区安全"
                     "生产工作开展检查。检查组深入企业察看。");
  assert(!find(&m, NG_MENTION_ORG, "执法检查组"));
  assert(!find(&m, NG_MENTION_ORG, "检查组"));
  ng_mentions_free(&m);
  m = run("省人大常委会执法检查组在江城市检查。检查组深入企业察看。");
  assert(find(&m, NG_MENTION_ORG, "省人大常委会执法检查组"));
  ng_mentions_free(&m);
  m = run("副主任王建国率执法检查组在江城市检查。\n\n5月20日,检查组在江城市"
          "召开座谈会。");
  assert(find(&m, NG_MENTION_ORG, "执法检查组"));
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_sites_that_are_projects);
  RUN(test_accounts_in_a_posts_header);
  RUN(test_divisions_naming_a_delegation);
  RUN(test_slogans_that_enrich_a_county);
  RUN(test_congress_of_unnamed_deputies);
  RUN(test_bodies_that_run_the_site);
  RUN(test_units_of_the_writers_institution);
  RUN(test_short_names_of_ethnic_townships);
  RUN(test_water_works_and_sewage_stations);
  RUN(test_website_at_the_head_of_the_path);
  RUN(test_groups_named_by_their_kind);
  mentions_close();
  return 0;
}
