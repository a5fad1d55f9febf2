/* tests/unit/test_entity_places2.c -- more places that Chinese government
   news names without a list of them, and words that read as places but
   name none: kinds of area before 地区, kinds of village, short names of
   provinces paired in the name of a programme, figures of speech, homes
   for the old of a township or village, rivers after a verb of checking.
   Every sentence is written for the test, with invented names of the same
   shape as real ones. */
#include "extract/entity.h"
#include "extract/extract.h"
#include "extract/intake.h"
#include "graph/buf.h"
#include "graph/vocab.h"
#include "mentions.h"
#include "test.h"

/* A kind of area before 地区 (低洼地区, 偏远地区, 沿海发达地区) and a kind
   of village (边境小康村, after its city too) name no place; a region
   before 地区 (西北地区) still does. */
static void
test_kinds_of_area_and_village(void)
{
  NgMentions m = run("要对山区道路、桥梁及低洼地区加强巡检,向偏远地区、"
                     "边远地区延伸服务,对接沿海发达地区产业转移。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("会上,他汇报了错那市边境小康村建设情况。");
  assert(find(&m, NG_MENTION_PLACE, "错那市"));
  assert(!find(&m, NG_MENTION_PLACE, "边境小康村"));
  assert(!find(&m, NG_MENTION_PLACE, "错那市边境小康村"));
  ng_mentions_free(&m);
  m = run("要加快西北地区生态保护。");
  assert(find(&m, NG_MENTION_PLACE, "西北地区"));
  ng_mentions_free(&m);
}

/* Two short names of provinces before a word of pairing (闽宁协作, 沪苏
   合作) name the programme that pairs them, no place, unless the article
   names the province in full; before 两省 they are the provinces. */
static void
test_paired_short_names_of_a_programme(void)
{
  NgMentions m = run("某市党政考察团来我县考察闽宁协作工作。双方就产业园区"
                     "共建、沪苏合作等事宜进行交流。");
  assert(!find(&m, NG_MENTION_PLACE, "闽"));
  assert(!find(&m, NG_MENTION_PLACE, "宁"));
  assert(!find(&m, NG_MENTION_PLACE, "沪"));
  assert(!find(&m, NG_MENTION_PLACE, "苏"));
  ng_mentions_free(&m);
  m = run("代表团在福建省考察后,又来我县考察闽桂协作工作。");
  assert(named_as(&m, NG_MENTION_PLACE, "福建省", "闽"));
  assert(!find(&m, NG_MENTION_PLACE, "桂"));
  ng_mentions_free(&m);
  m = run("要认真贯彻中央决策部署和粤黔两省工作要求。");
  assert(find(&m, NG_MENTION_PLACE, "粤"));
  assert(find(&m, NG_MENTION_PLACE, "黔"));
  ng_mentions_free(&m);
}

/* A city or county called the gateway of its region (某市是广西的东大门)
   names no gate. */
static void
test_gateway_of_a_region(void)
{
  NgMentions m = run("他说,梧州是广西的东大门,某县是湖南的北大门。");
  assert(find(&m, NG_MENTION_PLACE, "广西"));
  assert(!find(&m, NG_MENTION_PLACE, "东大门"));
  assert(!find(&m, NG_MENTION_PLACE, "北大门"));
  ng_mentions_free(&m);
}

/* A home for the old of a township or village (某乡幸福互助院, 某村互助
   幸福院, 某村幸福院) is a site, named after its place; the kind alone is
   none. */
static void
test_homes_for_the_old(void)
{
  NgMentions m = run("他先后来到雪山乡幸福互助院、东坝村互助幸福院和"
                     "杨庄村幸福院。要办好农村幸福院。");
  assert(find(&m, NG_MENTION_PLACE, "雪山乡幸福互助院"));
  assert(find(&m, NG_MENTION_PLACE, "东坝村互助幸福院"));
  assert(find(&m, NG_MENTION_PLACE, "杨庄村幸福院"));
  assert(!find(&m, NG_MENTION_PLACE, "农村幸福院"));
  ng_mentions_free(&m);
}

/* A river of two characters after a verb of checking (排查堵河沿岸) is a
   river; the verb is no part of its name. */
static void
test_river_after_a_verb_of_checking(void)
{
  NgMentions m = run("各乡镇要提前排查堵河沿岸、病险水库和地质灾害隐患点。");
  assert(find(&m, NG_MENTION_PLACE, "堵河"));
  assert(!find(&m, NG_MENTION_PLACE, "排查堵河"));
  ng_mentions_free(&m);
}

/* An industrial concentration zone (工业集中区) after its township or
   county is a place; the kind alone is none. */
static void
test_industrial_concentration_zones(void)
{
  NgMentions m = run("当天下午,他带队到镇工业集中区检查,又来到某县马坝镇"
                     "工业集中区。要推动企业向工业集中区集聚。");
  assert(find(&m, NG_MENTION_PLACE, "镇工业集中区"));
  assert(find(&m, NG_MENTION_PLACE, "马坝镇工业集中区"));
  assert(!find(&m, NG_MENTION_PLACE, "工业集中区"));
  ng_mentions_free(&m);
}

/* A river named with a city's name at its end (浦阳江 holds 阳江) before a
   word of its course (干流, 沿岸) is the river, whole, no city. */
static void
test_river_holding_a_city_name(void)
{
  NgMentions m = run("要统筹推进浦阳江干流堤防加固,加强浦阳江沿岸整治。");
  assert(find(&m, NG_MENTION_PLACE, "浦阳江"));
  assert(!find(&m, NG_MENTION_PLACE, "阳江"));
  ng_mentions_free(&m);
}

/* 村落 is a word, a settlement: no village's name ends at its 村
   (某某古村落); a village before 落实 or 落地 still is one. */
static void
test_settlements_are_no_villages(void)
{
  NgMentions m = run("他走进宅坦村加工厂、上庄古村落,了解情况。");
  assert(!find(&m, NG_MENTION_PLACE, "上庄古村"));
  ng_mentions_free(&m);
  m = run("他来到杨庄村落实防汛措施。项目在东坝村落地。");
  assert(find(&m, NG_MENTION_PLACE, "杨庄村"));
  assert(find(&m, NG_MENTION_PLACE, "东坝村"));
  ng_mentions_free(&m);
}

/* 就业 is one word: no site's name starts at its 业 (某镇某安置点|就业帮扶
   车间 gives no place 业帮扶车间; the settlement after its township is
   one). */
static void
test_employment_is_one_word(void)
{
  NgMentions m = run("他先后到格凸河镇易地扶贫搬迁安置点就业帮扶车间考察。");
  assert(find(&m, NG_MENTION_PLACE, "格凸河镇易地扶贫搬迁安置点"));
  assert(!find(&m, NG_MENTION_PLACE, "业帮扶车间"));
  ng_mentions_free(&m);
}

/* A bridge of hearts between the Party and the people (“连心桥”) is a
   figure of speech, no bridge. */
static void
test_bridge_of_hearts(void)
{
  NgMentions m = run("让自治组织成为社区党委和群众的“连心桥”。");
  assert(!find(&m, NG_MENTION_PLACE, "连心桥"));
  ng_mentions_free(&m);
}

/* 那 opens names of places in the south-west (那柯里, 那坡): after a verb
   of visiting it is the name's first character; 那里, 那片 are words. */
static void
test_names_that_open_with_na(void)
{
  NgMentions m = run("代表团参观了那柯里茶马古道景区和普洱茶产业园区。");
  assert(find(&m, NG_MENTION_PLACE, "那柯里茶马古道景区"));
  assert(!find(&m, NG_MENTION_PLACE, "柯里茶马古道景区"));
  ng_mentions_free(&m);
  m = run("在那片土地上建起了产业园。那里的群众很高兴。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* A park named only by its trade that two sides set out to build (签约共建
   某某新材料产业园) or sign an agreement on (举行某某产业园合作协议签约
   仪式) is a project yet, no place; one opened by its township is. */
static void
test_parks_agreed_on(void)
{
  NgMentions m = run("兴化与苏州客商签约共建不锈钢新材料产业园。当天,双方举行"
                     "不锈钢新材料产业园合作协议签约仪式。");
  assert(!find(&m, NG_MENTION_PLACE, "不锈钢新材料产业园"));
  ng_mentions_free(&m);
  m = run("他来到戴南镇不锈钢产业园调研。");
  assert(find(&m, NG_MENTION_PLACE, "戴南镇不锈钢产业园"));
  ng_mentions_free(&m);
}

/* The model area of the high-standard farmland programme after 的 is a
   kind of site (某镇的高标准农田示范区), no name; after its township it
   is one (某镇高标准农田示范区). */
static void
test_farmland_model_areas(void)
{
  NgMentions m = run("委员们到元宝山区五家镇的高标准农田示范区进行了视察。");
  assert(!find(&m, NG_MENTION_PLACE, "高标准农田示范区"));
  assert(!find(&m, NG_MENTION_PLACE, "标准农田示范区"));
  ng_mentions_free(&m);
  m = run("他来到五家镇高标准农田示范区。");
  assert(find(&m, NG_MENTION_PLACE, "五家镇高标准农田示范区"));
  ng_mentions_free(&m);
}

/* 横琴, the island beside Macau, is a place; the zone named after it
   (横琴粤澳深度合作区) is read whole, no place 横琴 beside it. */
static void
test_hengqin(void)
{
  NgMentions m = run("双方就支持澳门青年到横琴创业就业等交换意见。");
  assert(find(&m, NG_MENTION_PLACE, "横琴"));
  ng_mentions_free(&m);
  m = run("推动澳门与横琴粤澳深度合作区的医疗服务衔接。");
  assert(find(&m, NG_MENTION_PLACE, "横琴粤澳深度合作区"));
  assert(!find(&m, NG_MENTION_PLACE, "横琴"));
  ng_mentions_free(&m);
}

/* An area of a free trade zone (中国(某省)自由贸易试验区某某片区) is
   named with the zone, whole: no zone and no area beside it. */
static void
test_areas_of_free_trade_zones(void)
{
  NgMentions m = run("代表团参观了中国(黑龙江)自由贸易试验区黑河片区和公路大桥"
                     "口岸。");
  assert(find(&m, NG_MENTION_PLACE, "中国(黑龙江)自由贸易试验区黑河片区"));
  assert(!find(&m, NG_MENTION_PLACE, "中国(黑龙江)自由贸易试验区"));
  assert(!find(&m, NG_MENTION_PLACE, "黑河片区"));
  ng_mentions_free(&m);
}

/* A compound or community named in a book title (《某县城镇老旧小区改造
   …办法》, 《某街道幸福社区建设方案》) is part of the title, no place;
   visited, it is one. */
static void
test_compounds_in_titles(void)
{
  NgMentions m = run("会议审议通过了《涟水县城镇老旧小区改造项目资金管理办法》"
                     "和《某某街道幸福社区建设方案》。");
  assert(!find(&m, NG_MENTION_PLACE, "涟水县城镇老旧小区"));
  assert(!find(&m, NG_MENTION_PLACE, "某某街道幸福社区"));
  ng_mentions_free(&m);
  m = run("他来到涟水县幸福社区。");
  assert(find(&m, NG_MENTION_PLACE, "涟水县幸福社区"));
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_kinds_of_area_and_village);
  RUN(test_paired_short_names_of_a_programme);
  RUN(test_gateway_of_a_region);
  RUN(test_homes_for_the_old);
  RUN(test_river_after_a_verb_of_checking);
  RUN(test_industrial_concentration_zones);
  RUN(test_river_holding_a_city_name);
  RUN(test_settlements_are_no_villages);
  RUN(test_employment_is_one_word);
  RUN(test_bridge_of_hearts);
  RUN(test_names_that_open_with_na);
  RUN(test_parks_agreed_on);
  RUN(test_farmland_model_areas);
  RUN(test_hengqin);
  RUN(test_areas_of_free_trade_zones);
  RUN(test_compounds_in_titles);
  mentions_close();
  return 0;
}
