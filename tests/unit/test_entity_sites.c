/* tests/unit/test_entity_sites.c -- how Chinese government news names
   sites, reaches of rivers and villages: the words that end a site's name,
   phrases that hold a place's name and are no place, communities spoken of
   in general, and a township's 镇 before a village whose name opens with
   长. Every sentence is written for the test, with invented names of
   villages, sites and companies and real townships and counties. */
#include "mentions.h"

/* Fishing ports, farms, study bases, power bases, flood walls, parks of
   small firms and of innovation, science parks, workshops, mediation and
   exchange centres end the name of the site a visit goes to; a company's
   farm is named with the company. */
static void
test_words_that_end_a_sites_name(void)
{
  NgMentions m = run("7月2日,县长王海到石门镇调研,先后察看了石梁渔港、"
                     "海丰水产有限公司鲈鱼养殖基地和翠枫村研学基地。");
  assert(find(&m, NG_MENTION_PLACE, "石梁渔港"));
  assert(find(&m, NG_MENTION_PLACE, "翠枫村研学基地"));
  assert(find(&m, NG_MENTION_PLACE, "海丰水产有限公司鲈鱼养殖基地"));
  ng_mentions_free(&m);
  m = run("在白鹤核电基地,李建平看望慰问了一线职工。随后他来到石门镇"
          "翠枫村防洪堤、翠枫村小微企业园和县科技创新园。");
  assert(find(&m, NG_MENTION_PLACE, "白鹤核电基地"));
  assert(find(&m, NG_MENTION_PLACE, "翠枫村防洪堤"));
  assert(find(&m, NG_MENTION_PLACE, "翠枫村小微企业园"));
  assert(find(&m, NG_MENTION_PLACE, "县科技创新园"));
  ng_mentions_free(&m);
  m = run("代表团参观了东湾科学园,并出席东湾青年交流中心揭幕仪式。"
          "近日,石门镇举行青溪调解中心揭牌仪式。");
  assert(find(&m, NG_MENTION_PLACE, "东湾科学园"));
  assert(find(&m, NG_MENTION_PLACE, "东湾青年交流中心"));
  assert(find(&m, NG_MENTION_PLACE, "青溪调解中心"));
  ng_mentions_free(&m);
}

/* Phrases that hold a place's name and are none: 中东部 (the central and
   eastern parts of an area), the idioms 万象更新 and 包罗万象, the
   climate 南亚热带; Vientiane named as a capital is a place. */
static void
test_phrases_that_hold_a_places_name(void)
{
  NgMentions m = run("新春伊始,万象更新,展会内容包罗万象。全省中东部地区"
                     "将有大雨,南部属南亚热带季风气候。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("代表团访问了老挝首都万象,并访问了中东和南亚多国。");
  assert(find(&m, NG_MENTION_PLACE, "万象"));
  assert(find(&m, NG_MENTION_PLACE, "中东"));
  assert(find(&m, NG_MENTION_PLACE, "南亚"));
  ng_mentions_free(&m);
}

/* Set phrases that hold a city's or district's name are none of them:
   长治久安, 幸福安康, 大同小异, 孙中山, 五星红旗 (红旗 is only the short
   name of a district, taken where the article writes 红旗区 too); the
   cities named with their level word are places. */
static void
test_set_phrases_that_hold_a_citys_name(void)
{
  NgMentions m = run("确保边疆社会稳定和长治久安,祝愿大家幸福安康、阖家安康。"
                     "两种做法大同小异。会场悬挂五星红旗和孙中山先生画像。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("代表团先后到长治市、大同市和新乡市红旗区考察。");
  assert(find(&m, NG_MENTION_PLACE, "长治市"));
  assert(find(&m, NG_MENTION_PLACE, "大同市"));
  assert(find(&m, NG_MENTION_PLACE, "红旗区"));
  ng_mentions_free(&m);
}

/* A level or kind of area right before 社区 (街道社区, 村社区, 城乡社区)
   speaks of communities in general; a community after its sub-district
   is named. */
static void
test_communities_in_general(void)
{
  NgMentions m = run("3月5日,区委书记王建国深入街道社区调研,要求加强对"
                     "村社区和城乡社区的指导。");
  assert(!find(&m, NG_MENTION_PLACE, "街道社区"));
  assert(!find(&m, NG_MENTION_PLACE, "村社区"));
  assert(!find(&m, NG_MENTION_PLACE, "城乡社区"));
  assert(!find(&m, NG_MENTION_ORG, "街道社区委"));
  ng_mentions_free(&m);
  m = run("3月5日,王建国来到城关街道翠枫社区。");
  assert(find(&m, NG_MENTION_PLACE, "城关街道"));
  assert(find(&m, NG_MENTION_PLACE, "城关街道翠枫社区"));
  ng_mentions_free(&m);
}

/* A good wish and one more character (文明苑, 平安湾) name a community
   wherever it stands, and a site opened by it (文明苑社区党群服务中心); the
   wish alone, or with a word of kind (智慧化, 平安型), names none in a
   slogan. */
static void
test_communities_named_by_a_wish_and_more(void)
{
  NgMentions m = run("3月5日,石门镇举行文明苑社区党群服务中心揭牌仪式。"
                     "随后,李明来到平安湾社区。");
  assert(find(&m, NG_MENTION_PLACE, "文明苑社区党群服务中心"));
  assert(find(&m, NG_MENTION_PLACE, "平安湾社区"));
  ng_mentions_free(&m);
  m = run("要打造智慧化社区、平安型社区,建设幸福美丽新村。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* A reach of a river named by where it runs (某某河城区段, 某某河上游段)
   or a belt along a waterway with the county it crosses (大运河文化带某县段)
   is one place; the reach words alone are none. */
static void
test_reaches_of_a_river(void)
{
  NgMentions m = run("他先后察看了翠枫河城区段、白鹭河上游段和渭河眉县段。");
  assert(find(&m, NG_MENTION_PLACE, "翠枫河城区段"));
  assert(find(&m, NG_MENTION_PLACE, "白鹭河上游段"));
  assert(find(&m, NG_MENTION_PLACE, "渭河眉县段"));
  assert(!find(&m, NG_MENTION_PLACE, "翠枫河城区"));
  ng_mentions_free(&m);
  m = run("会议听取了大运河文化带宝应段建设情况的汇报。要加强上游段管理,"
          "察看城区段、下游段。");
  assert(find(&m, NG_MENTION_PLACE, "大运河文化带宝应段"));
  assert(count(&m, NG_MENTION_PLACE) == 1);
  ng_mentions_free(&m);
}

/* A river the lists know is named by itself after a verb (变成湘江流域,
   建设成湘江流域): no guess of a river's name runs back over the verb's
   last character; a river they do not know is read from the clear edge
   before it. */
static void
test_known_rivers_after_a_verb(void)
{
  NgMentions m = run("努力把全县打造成湘江流域生态屏障。加强乐阳江流域治理。");
  assert(find(&m, NG_MENTION_PLACE, "湘江流域"));
  assert(!find(&m, NG_MENTION_PLACE, "成湘江流域"));
  assert(!find(&m, NG_MENTION_PLACE, "成湘江"));
  assert(find(&m, NG_MENTION_PLACE, "乐阳江流域"));
  ng_mentions_free(&m);
}

/* 长 after a township's 镇 that opens a village's or community's name
   (某某镇|长岭湾村) is the village's, no title 镇长: the township stays a
   place; 镇长 before a name is the title. */
static void
test_villages_opening_with_chang(void)
{
  NgMentions m = run("11月3日,县长李明在石门镇长岭湾村走访困难户,"
                     "随后来到石门镇长青社区。");
  assert(find(&m, NG_MENTION_PLACE, "石门镇"));
  assert(find(&m, NG_MENTION_PLACE, "长岭湾村"));
  assert(find(&m, NG_MENTION_PLACE, "石门镇长青社区"));
  ng_mentions_free(&m);
  m = run("李明来到石门镇,镇长刘建平陪同。");
  assert(find(&m, NG_MENTION_PLACE, "石门镇"));
  assert(find(&m, NG_MENTION_PERSON, "刘建平"));
  ng_mentions_free(&m);
}

/* A video call to a site (视频连线某某水库): the verb opens no site name;
   the reservoir is the place. */
static void
test_video_call_to_a_site(void)
{
  NgMentions m = run("防汛检查\n6月3日,县长蒯云飞在县应急指挥中心视频连线青竹"
                     "水库值守人员。他又视频连线水库管理站。");
  assert(find(&m, NG_MENTION_PLACE, "青竹水库"));
  assert(!find(&m, NG_MENTION_PLACE, "视频连线青竹水库"));
  assert(!find(&m, NG_MENTION_PLACE, "视频连线水库管理站"));
  ng_mentions_free(&m);
}

/* A venue the citizens' word opens, where something is held (在市民中心
   举行, 在市民游客中心举办), is a place; 市民 alone is none. */
static void
test_citizens_venues(void)
{
  NgMentions m = run("签约活动\n11月20日,签约仪式在市民中心举行。次日,推介会在"
                     "市民游客中心举办,市民踊跃参加。");
  assert(find(&m, NG_MENTION_PLACE, "市民中心"));
  assert(find(&m, NG_MENTION_PLACE, "市民游客中心"));
  assert(count(&m, NG_MENTION_PLACE) == 2);
  ng_mentions_free(&m);
  /* a theatre inside a centre is the venue, not the centre */
  m = run("文艺汇演\n11月20日,汇演在县文化中心剧场举行。");
  assert(find(&m, NG_MENTION_PLACE, "县文化中心剧场"));
  assert(!find(&m, NG_MENTION_PLACE, "县文化中心"));
  ng_mentions_free(&m);
}

/* The rooms where a college's students train (某学院智能制造实训中心,
   茶艺实训室) and the buildings of a hospital (某医院门诊楼) are sites; a
   verb of learning what a report says (得知, 获悉) opens no site's name
   (得知园区通过…: 园区 alone is no name). */
static void
test_training_rooms_and_hospital_buildings(void)
{
  NgMentions m = run("副市长参观了江城职业学院智能制造实训中心和茶艺实训室。"
                     "揭牌仪式在江城县人民医院门诊楼前举行。");
  assert(find(&m, NG_MENTION_PLACE, "智能制造实训中心"));
  assert(find(&m, NG_MENTION_ORG, "江城职业学院"));
  assert(find(&m, NG_MENTION_PLACE, "茶艺实训室"));
  assert(find(&m, NG_MENTION_PLACE, "江城县人民医院门诊楼"));
  ng_mentions_free(&m);
  m = run("调研中得知园区通过“村集体+合作社”模式带动农户增收。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_words_that_end_a_sites_name);
  RUN(test_phrases_that_hold_a_places_name);
  RUN(test_set_phrases_that_hold_a_citys_name);
  RUN(test_communities_in_general);
  RUN(test_communities_named_by_a_wish_and_more);
  RUN(test_reaches_of_a_river);
  RUN(test_known_rivers_after_a_verb);
  RUN(test_villages_opening_with_chang);
  RUN(test_video_call_to_a_site);
  RUN(test_citizens_venues);
  RUN(test_training_rooms_and_hospital_buildings);
  mentions_close();
  return 0;
}
