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
  /* 派驻 names the team whole as 驻 does */
  m = run("县纪委监委派驻县教育局纪检监察组组长柯文远出席会议。");
  assert(holds(&m, "柯文远", "组长", "县纪委监委派驻县教育局纪检监察组"));
  ng_mentions_free(&m);
}

/* A unit's post after a post in the unit's party body (学校党委书记X、校长Y,
   中学党支部书记、校长Z) is held in the unit, not in the party body; with no
   unit named before the party body the post takes no body. */
static void
test_unit_post_after_its_party_body(void)
{
  NgMentions m = run("座谈会上,北湖中学党支部书记、校长柯文远介绍了学校情况。");
  assert(holds(&m, "柯文远", "书记", "北湖中学党支部"));
  assert(holds_in_iri(&m, "柯文远", "校长", "org/北湖中学"));
  assert(!holds(&m, "柯文远", "校长", "北湖中学党支部"));
  ng_mentions_free(&m);
  m = run("党委副书记、院长柯文远,党委副书记贺明川出席会议。");
  assert(holds(&m, "柯文远", "副书记", "党委"));
  assert(holds(&m, "柯文远", "院长", ""));
  assert(!holds(&m, "柯文远", "院长", "党委"));
  ng_mentions_free(&m);
  m = run("市农业农村局党组书记、局长贺明川出席。");
  assert(holds(&m, "贺明川", "局长", "市农业农村局"));
  ng_mentions_free(&m);
}

/* A post written in brackets after a name (王某(县委书记), 李某(兼县长), a
   list of posts inside) is the name's, and the name is a person though no
   title stands before it; a note that is no post makes none: where one
   stands in a photo (右二) tells a person, who holds nothing by it. */
static void
test_posts_in_brackets_after_a_name(void)
{
  NgMentions m = run("会上,王文远(固始县委常委、宣传部部长)作了讲话。");
  assert(find(&m, NG_MENTION_PERSON, "王文远"));
  assert(holds(&m, "王文远", "常委", "固始县委"));
  ng_mentions_free(&m);
  m = run("王文远(固始县委书记)、李明川(固始县县长)出席会议。");
  assert(holds(&m, "王文远", "书记", "固始县委"));
  assert(holds(&m, "李明川", "县长", ""));
  assert(!holds(&m, "李明川", "书记", "固始县委"));
  ng_mentions_free(&m);
  m = run("会议由县委书记王文远(兼县长)主持。");
  assert(holds(&m, "王文远", "书记", "县委"));
  assert(holds(&m, "王文远", "县长", ""));
  ng_mentions_free(&m);
  m = run("县应急管理局局长、县地震局局长(兼)王文远出席。");
  assert(holds(&m, "王文远", "局长", "县地震局"));
  ng_mentions_free(&m);
  m = run("主讲人王文远(北湖大学教授)作专题报告。");
  assert(holds(&m, "王文远", "教授", "北湖大学"));
  ng_mentions_free(&m);
  m = run("王文远(右二)在现场查看。");
  assert(find(&m, NG_MENTION_PERSON, "王文远"));
  assert(count(&m, NG_MENTION_POST) == 0);
  ng_mentions_free(&m);
}

/* 纪委书记、监委主任: the supervisory commission (监委) is named bare beside
   the discipline commission as the party committee's own, and the list of
   posts before the name goes on through it. */
static void
test_supervisory_commission_named_bare(void)
{
  NgMentions m = run("县委常委、纪委书记、监委主任王文远出席会议。");
  assert(holds(&m, "王文远", "常委", "县委"));
  assert(holds(&m, "王文远", "书记", "纪委"));
  assert(holds(&m, "王文远", "主任", "监委"));
  ng_mentions_free(&m);
}

/* A post written short (镇党委委员、武装部长X: 武装部部长) leaves the
   list of posts before it going on: the first post is still the name's,
   and the second is in the armed forces department, not in the Party
   committee before it. */
static void
test_short_unknown_stem_inside_a_list_of_posts(void)
{
  NgMentions m = run("镇党委委员、武装部长王文远参加活动。");
  assert(holds(&m, "王文远", "委员", "镇党委"));
  assert(holds(&m, "王文远", "部长", "武装部"));
  assert(!holds(&m, "王文远", "部长", "镇党委"));
  ng_mentions_free(&m);
}

/* A working body of a party committee named bare after a post in the
   committee takes the committee's whole name, place included
   (固始县委常委、宣传部部长X: 固始县委宣传部, not 固始县宣传部). */
static void
test_committee_department_after_a_named_committee(void)
{
  NgMentions m = run("固始县委常委、宣传部部长柯文远出席会议。");
  assert(holds(&m, "柯文远", "常委", "固始县委"));
  assert(holds_in_iri(&m, "柯文远", "部长", "org/固始县委宣传部"));
  assert(!find(&m, NG_MENTION_ORG, "固始县宣传部"));
  ng_mentions_free(&m);
}

/* 行政审批服务局, the county's bureau of administrative approval, is a
   department named by its work as 行政审批局 is. */
static void
test_administrative_approval_service_bureau(void)
{
  NgMentions m = run("会上,县行政审批服务局局长王文远作了发言。");
  assert(holds(&m, "王文远", "局长", "县行政审批服务局"));
  ng_mentions_free(&m);
}

/* 县市场监督管理局: the work area 市场监督管理 runs into the body word 管理局;
   the bureau is the area and 局, and the level word before it is part of
   the name (the 市 of 市场 is no level word). */
static void
test_work_area_running_into_the_body_word(void)
{
  NgMentions m = run("会上,县市场监督管理局局长王文远作了发言。");
  assert(holds(&m, "王文远", "局长", "县市场监督管理局"));
  assert(!find(&m, NG_MENTION_ORG, "市场监督管理局"));
  ng_mentions_free(&m);
}

/* 校长, 副院长 with no body in their sentence are the posts of the school
   or college the article names (a school's own news); with none named they
   stay without a body. */
static void
test_head_of_the_school_the_article_names(void)
{
  NgMentions m = run("北湖大学召开党委常委会。校党委副书记、校长李明川讲话。"
                     "副校长王文远出席。");
  assert(holds(&m, "李明川", "校长", "北湖大学"));
  assert(holds(&m, "王文远", "副校长", "北湖大学"));
  ng_mentions_free(&m);
  m = run("会议召开。校长李明川讲话。");
  assert(holds(&m, "李明川", "校长", ""));
  ng_mentions_free(&m);
}

/* X、Y分别任(当选为)A、B: each name takes the post in its turn, not
   every post. */
static void
test_posts_given_respectively(void)
{
  NgMentions m =
    run("会议决定,王文远、李明川分别任县财政局局长、县审计局局长。");
  assert(holds(&m, "王文远", "局长", "县财政局"));
  assert(holds(&m, "李明川", "局长", "县审计局"));
  assert(!holds(&m, "王文远", "局长", "县审计局"));
  assert(!holds(&m, "李明川", "局长", "县财政局"));
  ng_mentions_free(&m);
  m = run("王文远、李明川当选为副镇长。");
  assert(holds(&m, "王文远", "副镇长", ""));
  assert(holds(&m, "李明川", "副镇长", ""));
  ng_mentions_free(&m);
}

/* 补选X为…镇长 (a by-election) and 增补X为…委员 give the post as 任命X为…
   does. */
static void
test_post_given_by_election(void)
{
  NgMentions m = run("会议依法补选柯晓静为青石镇人民政府镇长。");
  assert(holds(&m, "柯晓静", "镇长", "青石镇人民政府"));
  ng_mentions_free(&m);
}

/* A title that ends on a place's first character with a name after it
   (局|长江某某, 县|长沙某某) is a title and a person; 长江 stands when no
   name follows (区长江边). */
static void
test_title_before_a_name_that_opens_a_place(void)
{
  NgMentions m = run("局长江海峰出席会议。县长沙海林主持。区长江边调研。");
  assert(holds(&m, "江海峰", "局长", ""));
  assert(holds(&m, "沙海林", "县长", ""));
  assert(count(&m, NG_MENTION_PERSON) == 2);
  assert(find(&m, NG_MENTION_PLACE, "长江"));
  ng_mentions_free(&m);
}

/* Mediators, rangers and lawyers are posts news writes before names; a law
   firm is a company whose trade name may end in a function word (明德和). */
static void
test_mediators_rangers_and_lawyers(void)
{
  NgMentions m = run("人民调解员苏美芳、江城明德和律师事务所主任律师何俊明、"
                     "生态管护员扎西尼玛先后发言。律师王红介绍。");
  assert(holds(&m, "苏美芳", "人民调解员", ""));
  assert(holds(&m, "何俊明", "主任律师", "江城明德和律师事务所"));
  assert(holds(&m, "扎西尼玛", "管护员", ""));
  assert(holds(&m, "王红", "律师", ""));
  ng_mentions_free(&m);
}

/* A surname right after a title, then a county whose name has 和 second
   (云和县): the person is the surname and the next character, 和 joins
   the next item, and no county of that name resolves the article's
   县委. */
static void
test_name_before_he_that_opens_a_county(void)
{
  NgMentions m = run("县委书记孙卫东主持。县委常委、宣传部部长高云和县委党校"
                     "副校长蒋伟作交流发言。");
  assert(holds(&m, "高云", "部长", "县委宣传部"));
  assert(holds(&m, "蒋伟", "副校长", "县委党校"));
  assert(holds(&m, "孙卫东", "书记", "县委"));
  assert(!find(&m, NG_MENTION_PLACE, "云和县"));
  ng_mentions_free(&m);
}

/* A member of a group (领导小组成员, 宣讲团成员) holds the post 成员 in it;
   市 that ends the word 城市 opens no body's name. */
static void
test_members_of_groups(void)
{
  NgMentions m =
    run("区委宣讲团成员格桑曲珍在村里宣讲。市委巡察工作领导小组成员"
        "吾斯曼·托合提出席。国家卫生城市复审领导小组成员参加会议。");
  assert(holds(&m, "格桑曲珍", "成员", "区委宣讲团"));
  assert(holds(&m, "吾斯曼·托合提", "成员", "市委巡察工作领导小组"));
  assert(!find(&m, NG_MENTION_ORG, "市复审领导小组"));
  ng_mentions_free(&m);
  /* 市 after a place that ends in 城 is the city's (阿城|市委) */
  m = run("黑龙江省阿城市委确定了年轻干部培养责任制。");
  assert(find(&m, NG_MENTION_ORG, "阿城市委"));
  ng_mentions_free(&m);
  /* a word that runs from the title into what follows (成员国, 成员单位) is
     that word: no name after it */
  m = run("报告认为各成员国引人注目的进步。领导小组成员单位负责同志参加。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
}

/* Taiwan's river branch offices (某河川分署, 副分署長), a works' site
   manager (工地主任) and the contractor a company is called (承攬廠商)
   before its name, in traditional characters. */
static void
test_branch_offices_and_contractors(void)
{
  NgMentions m =
    run("宜蘭縣政府水利資源處處長林玉如、經濟部水利署第一河川分署副分署長"
        "吳德明及承攬廠商協興營造有限公司工地主任張文斌陪同。");
  /* names are labelled in simplified characters (the original is an
     other name), titles as the text writes them */
  assert(holds(&m, "林玉如", "處長", "宜兰县政府水利资源处"));
  assert(holds(&m, "吴德明", "副分署長", "经济部水利署第一河川分署"));
  assert(holds(&m, "张文斌", "工地主任", "协兴营造有限公司"));
  ng_mentions_free(&m);
}

/* 来 after a name and before where to (来到, 来我县, 来自) is the verb of
   coming, no given character. */
static void
test_name_before_lai(void)
{
  NgMentions m =
    run("市委常委、组织部部长刘强来我县调研。副市长王刚来到城关镇。"
        "县长李明来自北京。");
  assert(holds(&m, "刘强", "部长", "市委组织部"));
  assert(holds(&m, "王刚", "副市长", ""));
  assert(holds(&m, "李明", "县长", ""));
  assert(!find(&m, NG_MENTION_PERSON, "刘强来"));
  assert(!find(&m, NG_MENTION_PERSON, "王刚来"));
  ng_mentions_free(&m);
}

/* An adverb that opens with a surname's character after a title (常委郑重
   表示, 严肃指出) is no name. */
static void
test_adverbs_after_titles(void)
{
  NgMentions m = run("县委常委郑重表示,要抓好落实。县长严肃指出问题。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
}

/* An alternate member (县委候补委员) holds 候补委员 in the committee, and
   the post a member is moved up or added to (递补为, 增补为) is held too;
   a bureau of farming and herding (农牧局) is a department like any other. */
static void
test_alternates_and_posts_filled(void)
{
  NgMentions m =
    run("全会决定，由县委候补委员赵丽萍、钱振海递补为县委委员。"
        "会上，市农牧局局长孙立军通报情况。王刚增补为市政协委员。");
  assert(holds(&m, "赵丽萍", "候补委员", "县委"));
  assert(holds(&m, "钱振海", "候补委员", "县委"));
  assert(holds(&m, "赵丽萍", "委员", "县委"));
  assert(holds(&m, "钱振海", "委员", "县委"));
  assert(holds(&m, "孙立军", "局长", "市农牧局"));
  assert(holds(&m, "王刚", "委员", "市政协"));
  ng_mentions_free(&m);
}

/* 办公室 named bare after a post in a top body is that body's office
   (市政府副秘书长、办公室主任 -> 市政府办公室), as it is a Party
   committee's (区委常委、办公室主任 -> 区委办公室). */
static void
test_office_of_the_body_before(void)
{
  NgMentions m =
    run("市政府副秘书长、办公室主任王刚出席。县人大常委会党组成员、"
        "办公室主任潘勇出席。区委常委、办公室主任李明出席。");
  assert(holds(&m, "王刚", "主任", "市政府办公室"));
  assert(holds(&m, "潘勇", "主任", "县人大常委会办公室"));
  assert(holds(&m, "李明", "主任", "区委办公室"));
  ng_mentions_free(&m);
}

/* Posts of a township committee: the armed forces department named bare
   (武装部部长) is a body, the member charged with political and legal
   work (政法委员) holds a post; a post under the body's other name in
   brackets (副校长(副院长)某某) is held too. */
static void
test_township_members_and_bracketed_posts(void)
{
  NgMentions m =
    run("黄振东（镇党委委员、武装部部长）出席。街道党工委委员、政法委员"
        "兼社会治理中心主任梁倩如出席。省委党校副校长（副院长）聂慧明"
        "致欢迎辞。");
  assert(holds(&m, "黄振东", "部长", "武装部"));
  assert(holds(&m, "梁倩如", "政法委员", "街道党工委"));
  assert(holds(&m, "聂慧明", "副校长", "省委党校"));
  assert(holds(&m, "聂慧明", "副院长", "省委党校"));
  ng_mentions_free(&m);
}

/* A post given by 由…担任 (大会秘书长由某某担任) is the name's; 由 before a
   name is the preposition, not the surname (由王刚担任组长). */
static void
test_post_filled_by_you_danren(void)
{
  NgMentions m = run("大会秘书长由唐立新担任。由王刚担任组长。");
  assert(holds(&m, "唐立新", "秘书长", ""));
  assert(find(&m, NG_MENTION_PERSON, "王刚"));
  assert(!find(&m, NG_MENTION_PERSON, "由王刚"));
  ng_mentions_free(&m);
}

/* After a clause on a post in a top body, a clause that opens with a post
   its leaders share (党组成员、秘书长) is in that body too, as a deputy's
   is (主任A主持会议,副主任B出席). */
static void
test_staff_posts_after_the_head(void)
{
  NgMentions m = run("市人大常委会党组副书记、副主任李书明领学,党组成员、秘书长"
                     "孟庆华作说明。");
  assert(holds(&m, "孟庆华", "党组成员", "市人大常委会"));
  assert(holds(&m, "孟庆华", "秘书长", "市人大常委会"));
  ng_mentions_free(&m);
}

/* A kind of body written bare before a title (与合作社负责人某某, 与公司
   董事长某某) is the one body of that kind the article named before. */
static void
test_bare_kind_of_body_named_before(void)
{
  NgMentions m =
    run("市长李明一行走进丰禾水稻种植专业合作社,与合作社负责人常立军"
        "亲切交流。他还走进青山机械制造有限公司,与公司董事长王明辉"
        "交流。");
  assert(holds(&m, "常立军", "负责人", "丰禾水稻种植专业合作社"));
  assert(holds(&m, "王明辉", "董事长", "青山机械制造有限公司"));
  ng_mentions_free(&m);
}

/* The officers of a public security bureau, an audit or an education
   bureau and a police brigade are posts like its head's (局长兼督察长,
   大队教导员, 总审计师, 总督学). */
static void
test_officers_of_bureaus(void)
{
  NgMentions m = run("县公安局党委书记、局长兼督察长柯文远,县公安局交警大队"
                     "教导员贺明川,县审计局总审计师宁晓燕,县教育局总督学"
                     "邝立群出席会议。");
  assert(holds_in_iri(&m, "柯文远", "局长", "/县公安局"));
  assert(holds_in_iri(&m, "柯文远", "督察长", "/县公安局"));
  assert(holds(&m, "贺明川", "教导员", "县公安局交警大队"));
  assert(holds(&m, "宁晓燕", "总审计师", "县审计局"));
  assert(holds(&m, "邝立群", "总督学", "县教育局"));
  ng_mentions_free(&m);
}

/* A council member or speaker (县议员, 议长) in a list after a bureau's
   officer holds no post in that bureau; the office of a chief executive
   (行政长官办公室) is a body, not the title 行政长官. */
static void
test_councillors_and_the_chief_executives_office(void)
{
  NgMentions m = run("县农业局局长柯文远、县议员宁晓燕出席。经济财政司司长"
                     "贺明川、行政长官办公室主任邝立群陪同。");
  assert(holds(&m, "柯文远", "局长", "县农业局"));
  assert(holds(&m, "宁晓燕", "县议员", ""));
  assert(!holds(&m, "宁晓燕", "县议员", "县农业局"));
  assert(holds(&m, "邝立群", "主任", "行政长官办公室"));
  assert(!holds(&m, "邝立群", "行政长官", "经济财政司"));
  ng_mentions_free(&m);
}

/* A community or a zone (某某社区, 某景区) is no district: 区委 in an
   article that names one stays 区委, while a district named in full gives
   the committee its name (南岗区 -> 南岗区委). A rare surname of the
   Hundred Family Surnames (毋) opens a name after a post, and 毋庸 stays a
   word. */
static void
test_district_committee_and_communities(void)
{
  NgMentions m = run("区委书记柯文远先后来到东城街道和丰乐社区,看望老党员。");
  assert(holds(&m, "柯文远", "书记", "区委"));
  assert(!find(&m, NG_MENTION_ORG, "丰乐社区委"));
  ng_mentions_free(&m);
  m = run("区委书记柯文远来到南岗区丰乐街道调研。");
  assert(holds(&m, "柯文远", "书记", "南岗区委"));
  ng_mentions_free(&m);
  m = run("毋庸置疑,成绩有目共睹。副市长毋佳宁主持会议。");
  assert(holds(&m, "毋佳宁", "副市长", ""));
  assert(!find(&m, NG_MENTION_PERSON, "毋庸置"));
  ng_mentions_free(&m);
}
/* 双方总经理甲、乙: the two sides of a signing, no company named 双方;
   a trade name before 总经理 still names its company. */
static void
test_the_two_sides_are_no_company(void)
{
  NgMentions m = run("签约仪式举行。双方总经理柯文远、乔雨桐代表双方签约。");
  assert(!find(&m, NG_MENTION_ORG, "双方"));
  assert(holds(&m, "柯文远", "总经理", ""));
  ng_mentions_free(&m);
  m = run("签约仪式举行。华远置业总经理邹宝林致辞。");
  assert(holds(&m, "邹宝林", "总经理", "华远置业"));
  ng_mentions_free(&m);
}

/* Grassroots posts held by a named person (某镇农技员X, 网格员X、Y): the
   name and the post, in no body; 网格员队伍 names no one. */
static void
test_grassroots_posts(void)
{
  NgMentions m = run("表彰会举行\n获奖代表、东岭镇农技员尚春梅作发言。网格员"
                     "郑秀兰、褚立军走访了困难群众。要加强网格员队伍建设。");
  assert(holds(&m, "尚春梅", "农技员", ""));
  assert(holds(&m, "郑秀兰", "网格员", ""));
  assert(holds(&m, "褚立军", "网格员", ""));
  assert(count(&m, NG_MENTION_PERSON) == 3);
  ng_mentions_free(&m);
}

/* 巡视 names the work of a Party committee's inspection tours as 巡察 does:
   its office (省委巡视办) is a body whose deputy head holds a post there,
   and a group set up for the work after a tour (市委巡视整改工作领导小组)
   is named whole from its committee. */
static void
test_inspection_tour_office(void)
{
  NgMentions m =
    run("省委第二巡视组组长柯文远反馈巡视情况,省委巡视办副主任贺明川"
        "提出要求。");
  assert(holds(&m, "贺明川", "副主任", "省委巡视办"));
  assert(find(&m, NG_MENTION_ORG, "省委巡视办"));
  ng_mentions_free(&m);
  m = run("当天下午,市委成立了市委巡视整改工作领导小组。");
  assert(find(&m, NG_MENTION_ORG, "市委巡视整改工作领导小组"));
  assert(!find(&m, NG_MENTION_ORG, "视整改工作领导小组"));
  ng_mentions_free(&m);
  m = run("省委常委、巡视办主任柯文远出席会议。");
  assert(holds(&m, "柯文远", "主任", "省委巡视办"));
  ng_mentions_free(&m);
}

/* A body named by a long stem no list knows (a disease and 疫情防控 before
   指挥部) runs back to its level word, where the guess of five characters
   ran out inside the stem: the post after a post of the government is in
   that body, and the post before it keeps its own. */
static void
test_long_stem_back_to_its_level_word(void)
{
  NgMentions m =
    run("6月4日,县登革热疫情防控指挥部召开会议。副县长、县登革热疫情"
        "防控指挥部指挥长柯文远主持会议。");
  assert(find(&m, NG_MENTION_ORG, "县登革热疫情防控指挥部"));
  assert(!find(&m, NG_MENTION_ORG, "热疫情防控指挥部"));
  assert(holds(&m, "柯文远", "指挥长", "县登革热疫情防控指挥部"));
  assert(holds(&m, "柯文远", "副县长", ""));
  ng_mentions_free(&m);
  m = run("会上,市新冠肺炎疫情防控指挥部办公室通报了近期工作。");
  assert(!find(&m, NG_MENTION_ORG, "炎疫情防控指挥部"));
  ng_mentions_free(&m);
  /* a function word before the level word ends the name: no guess across it */
  m = run("他来到了市民防汛抗旱物资储备指挥部。");
  assert(!find(&m, NG_MENTION_ORG, "了市民防汛抗旱物资储备指挥部"));
  ng_mentions_free(&m);
}

/* An association of people from one home town (香港某某同乡会) is named
   from the place before it though the 乡 of 同乡会 reads as a level word:
   its 会长 holds his post there. */
static void
test_home_town_association(void)
{
  NgMentions m = run("4月9日,柯文远在某市会见香港北湖同乡会会长贺明川一行。");
  assert(find(&m, NG_MENTION_ORG, "香港北湖同乡会"));
  assert(holds(&m, "贺明川", "会长", "香港北湖同乡会"));
  ng_mentions_free(&m);
  m = run("澳门南岭同乡会成立三十周年庆典举行。");
  assert(find(&m, NG_MENTION_ORG, "澳门南岭同乡会"));
  ng_mentions_free(&m);
}

/* A visiting group or delegation written bare before its head's title,
   after the article named it in full (某委督导组到…。督导组组长X…), is that
   group: its head holds his post there; with none named before, none. */
static void
test_visiting_group_named_bare_before_its_head(void)
{
  NgMentions m =
    run("5月19日,省水利厅督导组到我县检查防汛工作。督导组组长柯文远"
        "一行先后检查了两座水库。");
  assert(holds(&m, "柯文远", "组长", "省水利厅督导组"));
  ng_mentions_free(&m);
  m = run("北湖市党政代表团到我县考察。代表团团长、北湖市委书记柯文远讲话。");
  assert(holds(&m, "柯文远", "团长", "北湖市党政代表团"));
  assert(holds(&m, "柯文远", "书记", "北湖市委"));
  ng_mentions_free(&m);
  m = run("督导组组长柯文远出席会议。");
  assert(holds(&m, "柯文远", "组长", ""));
  ng_mentions_free(&m);
}

/* A name listed after another's post shares it (区议员X、Y), unless a
   sentence before named him with a post of his own (县长贺明川…。市人社局
   副局长柯文远、贺明川共同揭牌: the county head is no deputy director). */
static void
test_list_after_a_post_of_anothers(void)
{
  NgMentions m = run("县委副书记、县长贺明川出席会议。市人力资源和社会保障局"
                     "副局长柯文远、贺明川共同为基地揭牌。");
  assert(holds(&m, "柯文远", "副局长", "市人力资源和社会保障局"));
  assert(holds(&m, "贺明川", "县长", ""));
  assert(!holds(&m, "贺明川", "副局长", "市人力资源和社会保障局"));
  ng_mentions_free(&m);
  m = run("市人力资源和社会保障局副局长柯文远、贺明川出席会议。");
  assert(holds(&m, "贺明川", "副局长", "市人力资源和社会保障局"));
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_acting_county_head);
  RUN(test_title_before_a_name_that_opens_a_place);
  RUN(test_mediators_rangers_and_lawyers);
  RUN(test_name_before_he_that_opens_a_county);
  RUN(test_members_of_groups);
  RUN(test_branch_offices_and_contractors);
  RUN(test_name_before_lai);
  RUN(test_adverbs_after_titles);
  RUN(test_note_in_brackets_inside_a_list_of_posts);
  RUN(test_deputy_after_a_teams_head);
  RUN(test_unit_post_after_its_party_body);
  RUN(test_posts_in_brackets_after_a_name);
  RUN(test_supervisory_commission_named_bare);
  RUN(test_short_unknown_stem_inside_a_list_of_posts);
  RUN(test_committee_department_after_a_named_committee);
  RUN(test_administrative_approval_service_bureau);
  RUN(test_work_area_running_into_the_body_word);
  RUN(test_head_of_the_school_the_article_names);
  RUN(test_posts_given_respectively);
  RUN(test_post_given_by_election);
  RUN(test_alternates_and_posts_filled);
  RUN(test_office_of_the_body_before);
  RUN(test_township_members_and_bracketed_posts);
  RUN(test_post_filled_by_you_danren);
  RUN(test_staff_posts_after_the_head);
  RUN(test_bare_kind_of_body_named_before);
  RUN(test_officers_of_bureaus);
  RUN(test_councillors_and_the_chief_executives_office);
  RUN(test_district_committee_and_communities);
  RUN(test_the_two_sides_are_no_company);
  RUN(test_grassroots_posts);
  RUN(test_inspection_tour_office);
  RUN(test_long_stem_back_to_its_level_word);
  RUN(test_home_town_association);
  RUN(test_visiting_group_named_bare_before_its_head);
  RUN(test_list_after_a_post_of_anothers);
  mentions_close();
  return 0;
}
