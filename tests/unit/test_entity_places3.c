/* tests/unit/test_entity_places3.c -- divisions named by their short name
   where the full one stands in the other part of the article (the
   headline or the body), beside the township of the county's seat or
   before the work done there; a division before the group's headquarters
   or opening a bulletin's name; the great grasslands; banners' short
   names;
   the country's name where it only opens the name of a page or a fair.
   Every sentence is written for the test, with invented people and
   events in real divisions. */
#include "extract/entity.h"
#include "extract/extract.h"
#include "extract/intake.h"
#include "graph/buf.h"
#include "graph/vocab.h"
#include "mentions.h"
#include "test.h"

/* A city the headline names in full (钦州市与某省举行会谈) and the body by
   its short name (在钦州会见) is one place, labelled in full; and the
   other way round. Where the other part names two divisions of that
   short name (吉林省, 吉林市), the short one is left as it is. */
static void
test_full_name_in_the_other_part(void)
{
  const char *t = "钦州市与丰水省举行第三次会谈\n"
                  "11月6日,市委书记张大海在钦州会见了丰水省代表团一行。\n";
  NgMentions  m = run(t);
  assert(named_as(&m, NG_MENTION_PLACE, "钦州市", "钦州"));
  assert(!find(&m, NG_MENTION_PLACE, "钦州"));
  ng_mentions_free(&m);
  assert(!typed_place(t, "place/钦州"));
  t = "张大海在钦州会见丰水省代表团\n"
      "11月6日,钦州市与丰水省举行第三次会谈。\n";
  assert(!typed_place(t, "place/钦州"));
  assert(alt_label(t, "place/钦州市", "钦州"));
  t = "吉林省吉林市召开防汛会议\n"
      "6月4日,会议在吉林召开,部署防汛工作。\n";
  m = run(t);
  assert(find(&m, NG_MENTION_PLACE, "吉林"));
  ng_mentions_free(&m);
}

/* A short name where the article writes the county and the township of
   its seat (永靖县, 永靖镇) stands for the county. */
static void
test_county_before_the_township_of_its_seat(void)
{
  NgMentions m = run("4月8日,副市长李小明深入永靖县调研春耕生产。在永靖镇、"
                     "三塬镇,他走进田间地头。要把永靖粮仓建设得更加稳固。");
  assert(named_as(&m, NG_MENTION_PLACE, "永靖县", "永靖"));
  assert(find(&m, NG_MENTION_PLACE, "永靖镇"));
  assert(!find(&m, NG_MENTION_PLACE, "永靖"));
  ng_mentions_free(&m);
}

/* 中國新聞, the page of China news in a Hong Kong or Macao paper's head,
   and 中国 opening the name of a meeting, a forum or a fair (2026中国某某
   产业发展大会, 中国国际某某博览会) name no place; 中国 before a verb
   (中国将召开大会) still does. */
static void
test_china_in_names_of_pages_and_fairs(void)
{
  NgMentions m =
    run("香港商報　2026年11月7日　星期六　A10　中國新聞　責任編輯："
        "王小明\n瓊港合作項目推介會舉行\n本報訊 11月6日，推介會在"
        "海口舉行。\n");
  assert(!find(&m, NG_MENTION_PLACE, "中国"));
  assert(find(&m, NG_MENTION_PLACE, "海口"));
  ng_mentions_free(&m);
  m = run("按照计划,2026中国磷化工产业发展大会将于9月举办。第五届中国国际"
          "茶叶博览会在杭州开幕。");
  assert(!find(&m, NG_MENTION_PLACE, "中国"));
  assert(find(&m, NG_MENTION_PLACE, "杭州"));
  ng_mentions_free(&m);
  m = run("会议指出,中国将召开大会。");
  assert(find(&m, NG_MENTION_PLACE, "中国"));
  ng_mentions_free(&m);
}

/* A county's short name the article never writes in full is the county
   between a word of being or going somewhere and a verb of the work done
   there (在凯里签署, 来丹寨督导, 到瑞金检查); a person's given name of
   the same characters (书记王永康主持) and the short name before other
   words (凯里酸汤) are none. */
static void
test_county_short_name_where_work_is_done(void)
{
  NgMentions m =
    run("副州长李大海与某公司董事长在凯里签署战略合作协议。市领导来"
        "丹寨督导森林防火工作。省检查组到瑞金检查安全生产。");
  assert(find(&m, NG_MENTION_PLACE, "凯里"));
  assert(find(&m, NG_MENTION_PLACE, "丹寨"));
  assert(find(&m, NG_MENTION_PLACE, "瑞金"));
  ng_mentions_free(&m);
  m = run("县委书记王永康主持召开会议。他说,要做好凯里酸汤这篇文章,"
          "到永康的客商越来越多。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* A division's full name right before the bare 集团 or 集团总部 (在某市
   某区集团总部召开) is where the group the article speaks of meets: the
   division is a place, no company is named after it; a company with a
   trade name after the division (某区城投集团) is one. */
static void
test_division_before_the_group_headquarters(void)
{
  NgMentions m = run("8月26日,某某能源集团有限公司在通辽市科尔沁区集团总部召开"
                     "安全生产推进会。");
  assert(find(&m, NG_MENTION_PLACE, "科尔沁区"));
  assert(!find(&m, NG_MENTION_ORG, "科尔沁区集团总部"));
  assert(!find(&m, NG_MENTION_ORG, "通辽市科尔沁区集团"));
  ng_mentions_free(&m);
  m = run("科尔沁区城投集团召开推进会。");
  assert(find(&m, NG_MENTION_ORG, "科尔沁区城投集团"));
  ng_mentions_free(&m);
}

/* A division that opens the name of its government's bulletin (某区政务
   简讯, 某州政务要闻简报) names the bulletin, no place, as it names a body
   it opens; written before other words it is the place. */
static void
test_division_opening_a_bulletin(void)
{
  NgMentions m =
    run("鼎城区政务简讯(第37期)\n鼎城区人民政府办公室编 2025年10月24日"
        "\n10月22日,区委理论学习中心组举行集体学习。\n");
  assert(!find(&m, NG_MENTION_PLACE, "鼎城区"));
  assert(find(&m, NG_MENTION_ORG, "鼎城区人民政府办公室"));
  ng_mentions_free(&m);
  m = run("海西州政务要闻简报2025年第25期\n7月1日,州长李大海在海西州调研。\n");
  assert(find(&m, NG_MENTION_PLACE, "海西州"));
  ng_mentions_free(&m);
}

/* The great grasslands (坝上草原, 呼伦贝尔草原) are places, whole: no
   city 呼伦贝尔 beside them; the forests and grasslands of fire
   prevention (森林草原防灭火) are none. */
static void
test_great_grasslands(void)
{
  NgMentions m = run("县政协视察坝上草原生态修复工作。他来到呼伦贝尔草原调研,"
                     "部署森林草原防灭火工作。");
  assert(find(&m, NG_MENTION_PLACE, "坝上草原"));
  assert(find(&m, NG_MENTION_PLACE, "呼伦贝尔草原"));
  assert(!find(&m, NG_MENTION_PLACE, "呼伦贝尔"));
  assert(count(&m, NG_MENTION_PLACE) == 2);
  ng_mentions_free(&m);
}

/* A banner of Inner Mongolia named by its name alone (准格尔 of 准格尔旗)
   is a county's short name: the banner where the article writes it in
   full, even only inside a body's name, and nothing sure where it does
   not. */
static void
test_short_names_of_banners(void)
{
  NgMentions m =
    run("1月7日,政协准格尔旗第十五届委员会第五次会议开幕。会议要求为"
        "准格尔高质量发展凝聚力量。");
  assert(find(&m, NG_MENTION_PLACE, "准格尔"));
  ng_mentions_free(&m);
  m = run("他说,准格尔的煤炭资源丰富。");
  assert(!find(&m, NG_MENTION_PLACE, "准格尔"));
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_full_name_in_the_other_part);
  RUN(test_county_before_the_township_of_its_seat);
  RUN(test_china_in_names_of_pages_and_fairs);
  RUN(test_county_short_name_where_work_is_done);
  RUN(test_division_before_the_group_headquarters);
  RUN(test_division_opening_a_bulletin);
  RUN(test_great_grasslands);
  RUN(test_short_names_of_banners);
  mentions_close();
  return 0;
}
