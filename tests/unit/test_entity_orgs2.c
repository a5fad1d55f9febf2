/* tests/unit/test_entity_orgs2.c -- organizations recognized and the
   bodies posts are in, by rules of Chinese government news in general:
   associations named by their short form, bodies whose suffix or stem the
   lists lacked. Every name is invented. */
#include "graph/vocab.h"
#include "mentions.h"

/* An association named in its delegation's name (香港某某商会访问团) and
   then written bare before a post (商会会长X, 促进会副会长Y, 同乡会会长Z)
   is that association: it is a body of its own, and the post is in it;
   with no association of that kind named before, the post takes none. */
static void
test_association_named_bare_after_its_delegation(void)
{
  NgMentions m = run("香港北湖青年商会访问团一行抵达北湖市。商会会长柯文远"
                     "率团出席。");
  assert(find(&m, NG_MENTION_ORG, "香港北湖青年商会"));
  assert(find(&m, NG_MENTION_ORG, "香港北湖青年商会访问团"));
  assert(holds(&m, "柯文远", "会长", "香港北湖青年商会"));
  ng_mentions_free(&m);
  m = run("市领导会见澳门南岭商贸促进会访问团。促进会副会长贺明川介绍了"
          "情况。");
  assert(holds(&m, "贺明川", "副会长", "澳门南岭商贸促进会"));
  ng_mentions_free(&m);
  m = run("市委书记会见香港北湖同乡会考察团。同乡会会长柯文远表示感谢。");
  assert(holds(&m, "柯文远", "会长", "香港北湖同乡会"));
  ng_mentions_free(&m);
  m = run("市委书记出席座谈会。商会会长柯文远发言。");
  assert(holds(&m, "柯文远", "会长", ""));
  ng_mentions_free(&m);
}

/* Bodies named by a kind the lists lacked: schools of a kind (县职业技术
   学校, 某镇中心学校, also before its canteen), a customs office named by
   its city (某某海关), a border brigade of the immigration police with its
   commissar, and a key laboratory with its director. */
static void
test_schools_customs_and_laboratories(void)
{
  NgMentions m = run("北湖县乡村振兴产业学院在县职业技术学校揭牌成立。");
  assert(find(&m, NG_MENTION_ORG, "县职业技术学校"));
  ng_mentions_free(&m);
  m = run("检查组先后来到南岭镇中心学校食堂、东坪镇农贸市场检查。");
  assert(find(&m, NG_MENTION_ORG, "南岭镇中心学校"));
  assert(find(&m, NG_MENTION_PLACE, "南岭镇中心学校食堂"));
  ng_mentions_free(&m);
  m = run("州财政局、岳川海关、州税务局等成员单位汇报了工作情况。");
  assert(find(&m, NG_MENTION_ORG, "岳川海关"));
  ng_mentions_free(&m);
  m = run("岳川边境管理大队政委柯文远通报了情况。");
  assert(holds(&m, "柯文远", "政委", "岳川边境管理大队"));
  ng_mentions_free(&m);
  m = run("省作物育种重点实验室主任贺明川致辞。");
  assert(holds(&m, "贺明川", "主任", "省作物育种重点实验室"));
  ng_mentions_free(&m);
}

/* An appointment list whose bodies are written after their province or
   city (X为某市某区教育局局长; 免去: Y的某市某区…主任职务) gives each name its
   post as it does when the body opens the name: the divisions before the
   body stand between the verb and the body. */
static void
test_appointments_to_bodies_written_after_their_city(void)
{
  NgMentions m = run("决定任命:\n柯文远为天津市河西区教育局局长;\n"
                     "贺明川为天津市河西区民政局局长。\n\n决定免去:\n"
                     "岳川的天津市河西区发展和改革委员会主任职务。\n\n"
                     "任命:\n郑一帆为天津市河西区人民法院审判委员会委员。");
  assert(holds(&m, "柯文远", "局长", "河西区教育局"));
  assert(holds(&m, "贺明川", "局长", "河西区民政局"));
  assert(holds(&m, "岳川", "主任", "河西区发展和改革委员会"));
  assert(holds(&m, "郑一帆", "委员", "河西区人民法院审判委员会"));
  ng_mentions_free(&m);
}

/* A session's presidium named bare (本次会议主席团, 主席团常务主席X) is the
   大会主席团 the article names, one body; its secretariat (大会秘书处) is a
   body too, as is a standing body's (市政协秘书处). */
static void
test_presidium_and_secretariat_of_a_session(void)
{
  NgMentions m =
    run("会议选举了本次会议主席团和秘书长。预备会议结束后,大会主席团"
        "举行第一次会议。主席团常务主席柯文远主持。会议通过了大会"
        "秘书处工作机构组成人员名单。");
  assert(!find(&m, NG_MENTION_ORG, "主席团"));
  assert(find(&m, NG_MENTION_ORG, "大会主席团"));
  assert(holds(&m, "柯文远", "常务主席", "大会主席团"));
  assert(find(&m, NG_MENTION_ORG, "大会秘书处"));
  ng_mentions_free(&m);
  m = run("市政协秘书处负责同志出席会议。");
  assert(find(&m, NG_MENTION_ORG, "市政协秘书处"));
  ng_mentions_free(&m);
}

/* The websites bodies are named by (某州政协网, 某县人大网, 某某清风网, a
   government's 入口网站) are outlets, bodies of their own. */
static void
test_websites_of_bodies(void)
{
  NgMentions m = run("州政协召开专题协商会。\n来源:恩施州政协网");
  assert(find(&m, NG_MENTION_ORG, "恩施州政协网"));
  ng_mentions_free(&m);
  m = run("会议召开。\n来源:岳阳县人大网");
  assert(find(&m, NG_MENTION_ORG, "岳阳县人大网"));
  ng_mentions_free(&m);
  m = run("县纪委召开会议。\n来源:北湖清风网");
  assert(find(&m, NG_MENTION_ORG, "北湖清风网"));
  ng_mentions_free(&m);
  m = run("经济财政司出席。\n来源:澳门特别行政区政府入口网站");
  assert(find(&m, NG_MENTION_ORG, "澳门特别行政区政府入口网站"));
  ng_mentions_free(&m);
}

/* A numbered team the discipline commission sends (派驻第三纪检监察组) is
   named whole with 派驻, and its head holds his post there; a kind of team
   with no number (各室、派驻纪检监察组) is still no body. */
static void
test_numbered_team_sent_by_the_commission(void)
{
  NgMentions m = run("市纪委副书记温振华主持会议,派驻第三纪检监察组组长柯文远、"
                     "第六纪检监察组组长贺明川先后作交流发言。各室、派驻纪检"
                     "监察组负责人参加。");
  assert(holds(&m, "柯文远", "组长", "派驻第三纪检监察组"));
  assert(holds(&m, "贺明川", "组长", "第六纪检监察组"));
  assert(!find(&m, NG_MENTION_ORG, "派驻纪检监察组"));
  assert(!find(&m, NG_MENTION_ORG, "纪检监察组"));
  ng_mentions_free(&m);
}

/* A fellow-townsmen's association in Hong Kong named by a county whose
   name ends in a character that opens a function word (香港四会|同乡会: no
   会同) is a body, its head's post is in it, and Hong Kong is a place of
   its own; a province before a county's short name in a university's name
   (浙江江南农林大学) stays part of the name. */
static void
test_home_town_association_of_a_county(void)
{
  NgMentions m = run("4月9日,柯文远在四会市会见香港四会同乡会会长贺明川一行。");
  assert(find(&m, NG_MENTION_ORG, "香港四会同乡会"));
  assert(holds(&m, "贺明川", "会长", "香港四会同乡会"));
  assert(find(&m, NG_MENTION_PLACE, "香港"));
  ng_mentions_free(&m);
  m = run("浙江江南农林大学副校长柯文远出席仪式。");
  assert(holds(&m, "柯文远", "副校长", "浙江江南农林大学"));
  assert(!find(&m, NG_MENTION_PLACE, "浙江"));
  ng_mentions_free(&m);
}

/* The head of an association a person is elected to (会长, 副会长) is in
   no department he heads (市委统战部部长X当选为会长: not the department's
   会长); an association's own posts still follow it (商会会长X、副会长Y). */
static void
test_association_head_is_in_no_department(void)
{
  NgMentions m = run("会议选举产生了新一届理事会,晋江市委常委、统战部部长柯文远"
                     "当选为会长。");
  assert(holds(&m, "柯文远", "部长", "晋江市委统一战线工作部"));
  assert(holds(&m, "柯文远", "会长", ""));
  ng_mentions_free(&m);
  m = run("香港北湖同乡会会长柯文远、副会长贺明川出席。");
  assert(holds(&m, "贺明川", "副会长", "香港北湖同乡会"));
  ng_mentions_free(&m);
}

/* An agricultural expert a bureau sends (县农业农村局农技专家X) holds that
   post in the bureau, as its 农技员 does. */
static void
test_agricultural_expert_of_a_bureau(void)
{
  NgMentions m = run("活动邀请县农业农村局农技专家柯文远授课,镇党委副书记贺明川"
                     "主持。");
  assert(holds(&m, "柯文远", "农技专家", "县农业农村局"));
  ng_mentions_free(&m);
}

/* A name written with full-width brackets (某某建设（集团）有限公司,
   中国（某省）自由贸易试验区) is read with the brackets folded, and keeps
   the form it was written in as an altLabel, where a reader or a search
   copying it from the page finds it. */
static void
test_names_keep_their_full_width_brackets(void)
{
  static const char t[] =
    "王明华会见了华兴建设（集团）有限公司董事长李建国一行。"
    "中国（福建）自由贸易试验区福州片区管委会主任陈立新陪同。";
  NgMentions m = run(t);
  assert(find(&m, NG_MENTION_ORG, "华兴建设(集团)有限公司"));
  ng_mentions_free(&m);
  assert(
    alt_label(t, "org/华兴建设(集团)有限公司", "华兴建设（集团）有限公司"));
  assert(alt_label(t,
                   "org/中国(福建)自由贸易试验区福州片区管理委员会",
                   "中国（福建）自由贸易试验区福州片区管委会"));
  /* a name written with ASCII brackets gets no full-width form */
  assert(!alt_label("王明华会见了华兴建设(集团)有限公司董事长李建国一行。",
                    "org/华兴建设(集团)有限公司",
                    "华兴建设（集团）有限公司"));
}

/* 区委, 区农业农村局 in an article that names an autonomous region
   (内蒙古自治区某盟某旗) are a district's, not the region's, whose bodies
   are written 自治区 + body; and 农牧和科技局, a department merged from two,
   is no 科技局 to be written in full (科学技术局), as 县科技局 is. */
static void
test_district_bodies_beside_an_autonomous_region(void)
{
  NgMentions m =
    run("区委书记柯文远会见了内蒙古自治区锡林郭勒盟正镶白旗委副书记、"
        "旗长贺明川。区农业农村局与正镶白旗农牧和科技局、县科技局"
        "签署合作协议。");
  assert(find(&m, NG_MENTION_ORG, "区委"));
  assert(find(&m, NG_MENTION_ORG, "区农业农村局"));
  assert(!find(&m, NG_MENTION_ORG, "内蒙古自治区农业农村局"));
  assert(find(&m, NG_MENTION_ORG, "正镶白旗农牧和科技局"));
  assert(!find(&m, NG_MENTION_ORG, "正镶白旗农牧和科学技术局"));
  assert(find(&m, NG_MENTION_ORG, "县科学技术局"));
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_association_named_bare_after_its_delegation);
  RUN(test_schools_customs_and_laboratories);
  RUN(test_appointments_to_bodies_written_after_their_city);
  RUN(test_presidium_and_secretariat_of_a_session);
  RUN(test_websites_of_bodies);
  RUN(test_numbered_team_sent_by_the_commission);
  RUN(test_home_town_association_of_a_county);
  RUN(test_association_head_is_in_no_department);
  RUN(test_agricultural_expert_of_a_bureau);
  RUN(test_names_keep_their_full_width_brackets);
  RUN(test_district_bodies_beside_an_autonomous_region);
  mentions_close();
  return 0;
}
