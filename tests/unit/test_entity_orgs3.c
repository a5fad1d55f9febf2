/* tests/unit/test_entity_orgs3.c -- persons, organizations and the bodies
   posts are in, by rules of Chinese government news in general: the
   contact named at the end of a press release, names of minority people,
   the accounts and companies news names. Every name is invented. */
#include "mentions.h"

/* The contact of a press release (新聞聯絡人:農業處 某某 電話) is a person
   though the unit she works in, and a space, stand between the word and
   her name; the unit need not be a body the lists know (行政處). */
static void
test_contact_of_a_press_release_after_her_unit(void)
{
  NgMentions m = run("北湖縣長柯文遠今日視察南岭鎮農業設施。\n\n"
                     "新聞聯絡人:農業處 林宛晴 05-5522000\n");
  assert(find(&m, NG_MENTION_PERSON, "林宛晴"));
  ng_mentions_free(&m);
  m = run("北湖縣長柯文遠今日會見訪問團。\n\n"
          "新聞聯絡人:行政處\u3000黃怡蓉\u3000089-320000\n");
  assert(find(&m, NG_MENTION_PERSON, "黄怡蓉"));
  ng_mentions_free(&m);
}

/* A Tibetan name of Qinghai opened by 更藏 (dge 'dzin) is a name like
   those of the other elements, in a byline too. */
static void
test_tibetan_name_with_gengzang(void)
{
  NgMentions m = run("县委召开培训会\n\n5月3日,县委召开培训会。县委书记柯文远"
                     "出席。\n\n文字:更藏卓玛\n编辑:贺明川\n");
  assert(find(&m, NG_MENTION_PERSON, "更藏卓玛"));
  ng_mentions_free(&m);
}

/* A section of a website, after the first step of the path to the page,
   between two items of its menu, or bare before the rest of the path
   (某县人民政府 > 新闻中心 > 某某要闻; 集团概况 | 新闻中心 | 党建工作;
   新闻中心 > 集团要闻), is no body; a body after a headline's | is one. */
static void
test_sections_of_a_website_are_no_bodies(void)
{
  NgMentions m =
    run("天津市河西区人民政府\u3000>\u3000新闻中心\u3000>\u3000河西要闻\n\n"
        "县委召开常委会会议\n\n5月3日,县委召开常委会会议。\n");
  assert(!find(&m, NG_MENTION_ORG, "新闻中心"));
  ng_mentions_free(&m);
  m = run("网站首页 | 集团概况 | 新闻中心 | 党建工作\n新闻中心 > 集团要闻\n\n"
          "集团召开经营分析会\n\n5月3日,集团召开经营分析会。\n");
  assert(!find(&m, NG_MENTION_ORG, "新闻中心"));
  ng_mentions_free(&m);
  m = run("关注 | 县委召开常委会会议\n\n5月3日,县委召开常委会会议。\n");
  assert(find(&m, NG_MENTION_ORG, "县委"));
  ng_mentions_free(&m);
}

/* 会长X with no body in the sentence, in an article that names an
   association (its congress elects him): the post is in that association,
   the one the article names most; with none named, in no body. */
static void
test_head_of_the_association_the_article_names(void)
{
  NgMentions m =
    run("北湖县新的社会阶层人士联合会第二届会员大会召开\n\n9月25日,北湖县"
        "新的社会阶层人士联合会第二届会员大会在县行政中心召开。大会选举产生了"
        "第二届理事会,柯文远当选为会长。\n");
  assert(holds(&m, "柯文远", "会长", "北湖县新的社会阶层人士联合会"));
  ng_mentions_free(&m);
  m = run("市委书记出席座谈会。商会会长柯文远发言。");
  assert(holds(&m, "柯文远", "会长", ""));
  ng_mentions_free(&m);
}

/* A company named after its city with a character between the city and
   the place of its trade name (某市|兴|龙城市运营有限公司), or after a
   county's short name and a long trade name (、库尔勒|某某香梨进出口有限
   公司), is named whole; two cities joined by 与 stay two names. */
static void
test_companies_named_after_their_city(void)
{
  NgMentions m =
    run("会议召开\n\n宜春市水务有限公司、宜春市兴龙城市运营有限公司"
        "作了汇报。\n");
  assert(find(&m, NG_MENTION_ORG, "宜春市兴龙城市运营有限公司"));
  assert(!find(&m, NG_MENTION_ORG, "龙城市运营有限公司"));
  ng_mentions_free(&m);
  m = run("会议召开\n\n和静县金谷农业发展有限公司、库尔勒金丰香梨进出口有限"
          "公司等企业负责人先后发言。\n");
  assert(find(&m, NG_MENTION_ORG, "库尔勒金丰香梨进出口有限公司"));
  ng_mentions_free(&m);
  m = run("会议召开\n\n深圳市与东莞市华信电子有限公司签约。\n");
  assert(find(&m, NG_MENTION_ORG, "东莞市华信电子有限公司"));
  ng_mentions_free(&m);
}

/* The account or site that opens a page, alone on its line: a discipline
   commission's named 清风 and its place (清风南岭), a united front
   department's named by its place and 统战 (南岭统战), as 某某发布 is. */
static void
test_accounts_of_discipline_and_united_front_bodies(void)
{
  NgMentions m = run("清风南岭\n首页 > 工作动态\n\n市委召开巡察工作会议\n\n"
                     "7月2日,市委召开巡察工作会议。\n");
  assert(find(&m, NG_MENTION_ORG, "清风南岭"));
  ng_mentions_free(&m);
  m = run("南岭统战\n2025-09-26 18:05 浙江\n\n南岭县新联会召开会员大会\n\n"
          "9月25日,南岭县新的社会阶层人士联合会召开会员大会。\n");
  assert(find(&m, NG_MENTION_ORG, "南岭统战"));
  ng_mentions_free(&m);
}

/* A body two sides build together is named after the verb (某区与某大学
   共建|某某研究院), not with the sides before it. */
static void
test_body_built_together_is_named_after_the_verb(void)
{
  NgMentions m = run("南岭区与北湖林业大学共建江源生态研究院揭牌\n\n"
                     "9月9日上午,南岭区与北湖林业大学共建的江源生态研究院"
                     "揭牌。\n");
  assert(find(&m, NG_MENTION_ORG, "江源生态研究院"));
  assert(!find(&m, NG_MENTION_ORG, "北湖林业大学共建江源生态研究院"));
  ng_mentions_free(&m);
}

/* A company's safety director (副总经理兼安全总监X) is a post of its own,
   in the company, and the posts before it keep theirs. */
static void
test_safety_director_of_a_company(void)
{
  NgMentions m = run("北湖能源集团有限公司召开推进会。集团党委委员、副总经理兼"
                     "安全总监柯文远主持会议。");
  assert(holds(&m, "柯文远", "副总经理", "北湖能源集团有限公司"));
  assert(holds(&m, "柯文远", "安全总监", "北湖能源集团有限公司"));
  ng_mentions_free(&m);
}

/* 以X为团长的某某考察团: the head the delegation is led by, named before
   it with 的, heads that delegation. */
static void
test_head_of_the_delegation_named_after_him(void)
{
  NgMentions m = run("11月12日,市委书记柯文远在北湖会见了以会长贺明川为团长的"
                     "香港北湖同乡会考察团一行。");
  assert(holds(&m, "贺明川", "团长", "香港北湖同乡会考察团"));
  ng_mentions_free(&m);
}

/* The spaces of a byline part names: a place word across one (柯湘云
   龙婧: 云龙) is no word there, and cuts no name; 冷暖 (群众冷暖) is a
   common word, no name. */
static void
test_names_of_a_byline_and_a_common_word(void)
{
  NgMentions m =
    run("推进会召开\n\n本报讯(通讯员 柯湘云 龙婧)5月20日,县委政法委"
        "召开推进会。\n");
  assert(find(&m, NG_MENTION_PERSON, "柯湘云"));
  assert(!find(&m, NG_MENTION_PERSON, "柯湘"));
  ng_mentions_free(&m);
  m = run("他强调,要把群众冷暖放在心上,确保供热项目按期运行。");
  assert(!find(&m, NG_MENTION_PERSON, "冷暖放"));
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_contact_of_a_press_release_after_her_unit);
  RUN(test_tibetan_name_with_gengzang);
  RUN(test_sections_of_a_website_are_no_bodies);
  RUN(test_head_of_the_association_the_article_names);
  RUN(test_companies_named_after_their_city);
  RUN(test_accounts_of_discipline_and_united_front_bodies);
  RUN(test_body_built_together_is_named_after_the_verb);
  RUN(test_safety_director_of_a_company);
  RUN(test_head_of_the_delegation_named_after_him);
  RUN(test_names_of_a_byline_and_a_common_word);
  mentions_close();
  return 0;
}
