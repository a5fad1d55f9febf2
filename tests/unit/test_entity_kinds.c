/* tests/unit/test_entity_kinds.c -- kinds of bodies, places, names and
   posts that recur in Chinese government news and that held-out text showed
   the recognizers missed: each test writes sentences of its own with
   invented names of the same shape as real ones. */
#include "extract/entity.h"
#include "extract/extract.h"
#include "extract/intake.h"
#include "graph/buf.h"
#include "mentions.h"
#include "test.h"

/* Two work areas joined by 和 or 与 name one department when a level word,
   a division or a body stands before them (市林业和园林局,
   县人大常委会农业与农村委员会); a 和 between two words of a sentence
   joins nothing (推动教育和卫生协作). */
static void
test_joined_work_areas(void)
{
  NgMentions m = run("会议听取了市林业和园林局关于森林防火工作的汇报。");
  assert(find(&m, NG_MENTION_ORG, "市林业和园林局"));
  assert(!find(&m, NG_MENTION_ORG, "园林局"));
  ng_mentions_free(&m);
  m = run("县人大常委会农业与农村委员会主任委员周立新陪同视察。");
  assert(find(&m, NG_MENTION_ORG, "县人大常委会农业与农村委员会"));
  assert(holds(&m, "周立新", "主任委员", "县人大常委会农业与农村委员会"));
  ng_mentions_free(&m);
  m = run("促进非洲社会与经济发展所做的努力得到肯定。");
  assert(!find(&m, NG_MENTION_ORG, "非洲社会与经济发展所"));
  ng_mentions_free(&m);
}

/* Surnames of the Hui (纳, 虎) and of Yunnan's Bai and Yi (字), and
   Tibetan names as Qinghai news transcribes them (才仁, 尕玛, 旦周), are
   names after a title like any other. */
static void
test_regional_surnames_and_names(void)
{
  NgMentions m = run("县政协主席纳文清、副主席虎明军列席会议。");
  assert(holds(&m, "纳文清", "主席", "县政协"));
  assert(holds(&m, "虎明军", "副主席", "县政协"));
  ng_mentions_free(&m);
  m = run("青山村党总支书记字建英作表态发言。");
  assert(find(&m, NG_MENTION_PERSON, "字建英"));
  ng_mentions_free(&m);
  m = run("州应急管理局局长才仁旦周汇报了工作情况，副局长尕玛拉毛陪同检查。");
  assert(holds(&m, "才仁旦周", "局长", "州应急管理局"));
  assert(holds(&m, "尕玛拉毛", "副局长", "州应急管理局"));
  ng_mentions_free(&m);
}

/* Public service units named by their work (某县茶业发展服务中心,
   某镇农业农村服务中心, 某市农产品质量安全检测中心, 县职业中专), rescue teams
   and a Korean joint-stock company are bodies whose heads hold posts in
   them. */
static void
test_service_units_teams_and_companies(void)
{
  NgMentions m = run("平阳县茶业发展服务中心主任许青云介绍了茶产业情况。");
  assert(holds(&m, "许青云", "主任", "平阳县茶业发展服务中心"));
  ng_mentions_free(&m);
  m = run("镇农业农村服务中心主任邓立平、县职业中专校长林海作了发言。");
  assert(holds(&m, "邓立平", "主任", "镇农业农村服务中心"));
  assert(find(&m, NG_MENTION_ORG, "县职业中专"));
  ng_mentions_free(&m);
  m = run("4月8日，吉安市农产品质量安全检测中心揭牌。");
  assert(find(&m, NG_MENTION_ORG, "吉安市农产品质量安全检测中心"));
  ng_mentions_free(&m);
  m = run("青峰滑雪场救援队队长孟建国获评先进个人。市长会见了韩国大成精工株式会"
          "社会长朴正浩一行。");
  assert(holds(&m, "孟建国", "队长", "青峰滑雪场救援队"));
  assert(holds(&m, "朴正浩", "会长", "韩国大成精工株式会社"));
  ng_mentions_free(&m);
}

/* A site after a district whose name ends in 县区 (赣县区) is no list of
   counties and districts (各县区); a site named by its township and
   community (某镇某某社区转移安置点) holds the township and the community
   as places of their own; a zone is named from after 落户 (settle in);
   kinds of reservoirs (病险水库, 山塘水库) are no names. */
static void
test_sites_after_districts_and_kinds_of_reservoirs(void)
{
  NgMentions m = run("他先后来到赣县区储潭镇青湾社区转移安置点察看。");
  assert(find(&m, NG_MENTION_PLACE, "储潭镇青湾社区转移安置点"));
  assert(find(&m, NG_MENTION_PLACE, "储潭镇"));
  assert(find(&m, NG_MENTION_PLACE, "青湾社区"));
  ng_mentions_free(&m);
  m = run("各县区党委要落实责任。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("带动更多配套企业落户金普新区。要盯紧病险水库、山塘水库等重点部位。");
  assert(find(&m, NG_MENTION_PLACE, "金普新区"));
  assert(!find(&m, NG_MENTION_PLACE, "盯紧病险水库"));
  assert(!find(&m, NG_MENTION_PLACE, "山塘水库"));
  ng_mentions_free(&m);
}

/* A deputy of a people's congress (市人大代表 X、Y) holds the post 代表 in
   the congress; 代表 elsewhere (X代表市委讲话, 代表团) is no post. */
static void
test_deputies_of_congresses(void)
{
  NgMentions m = run("市人大常委会副主任林立带领市人大代表程晓东、"
                     "范丽萍等视察工作。全国人大代表孟庆华出席。");
  assert(holds(&m, "程晓东", "代表", "市人大"));
  assert(holds(&m, "范丽萍", "代表", "市人大"));
  assert(holds(&m, "孟庆华", "代表", "全国人大"));
  ng_mentions_free(&m);
  m = run("程晓东代表市委讲话。");
  assert(!holds(&m, "程晓东", "代表", ""));
  assert(!holds(&m, "程晓东", "代表", "市委"));
  ng_mentions_free(&m);
}

/* 1 when PERSON holds a post titled TITLE whose body's IRI ends in ORG
   (a parent body has no mention of its own). */
static int
holds_in(const NgMentions *m,
         const char       *person,
         const char       *title,
         const char       *org)
{
  const NgMention *p = find(m, NG_MENTION_PERSON, person);
  size_t           n = strlen(org);
  for (size_t i = 0; p && i < m->n; i++) {
    const NgMention *x = &m->v[i];
    if (x->kind == NG_MENTION_POST && !strcmp(x->label, title) &&
        x->holder_iri && !strcmp(x->holder_iri, p->iri) && x->org_iri &&
        strlen(x->org_iri) >= n &&
        !strcmp(x->org_iri + strlen(x->org_iri) - n, org))
      return 1;
  }
  return 0;
}

/* In an appointment list a judge or prosecutor named member of the
   court's judicial committee (审判委员会) and 审判员 holds the second post
   in the court itself. */
static void
test_judges_hold_posts_in_the_court(void)
{
  NgMentions m = run("任命周文静为市中级人民法院审判委员会委员、审判员；"
                     "任命郑振东为市人民检察院检察委员会委员、检察员。");
  assert(holds(&m, "周文静", "委员", "市中级人民法院审判委员会"));
  assert(holds_in(&m, "周文静", "审判员", "/市中级人民法院"));
  assert(holds_in(&m, "郑振东", "检察员", "/市人民检察院"));
  assert(!holds_in(&m, "郑振东", "检察员", "检察委员会"));
  ng_mentions_free(&m);
}

/* A room of a body whose name opens with its district (某区政府三楼会议室)
   is one place, as 镇政府四楼会议室 is; a district before a site of its
   own (鹿城区滨江商务区) is a place too, and names the site with it (the
   site's own name an altLabel). */
static void
test_rooms_of_district_bodies(void)
{
  NgMentions m = run("座谈会在朝阳区政府三楼会议室召开。");
  assert(find(&m, NG_MENTION_PLACE, "朝阳区政府三楼会议室"));
  assert(!find(&m, NG_MENTION_PLACE, "政府三楼会议室"));
  assert(!find(&m, NG_MENTION_ORG, "朝阳区政府")); /* named only there */
  ng_mentions_free(&m);
  m = run("调研组来到鹿城区滨江商务区。");
  assert(find(&m, NG_MENTION_PLACE, "鹿城区"));
  assert(named_as(&m, NG_MENTION_PLACE, "鹿城区滨江商务区", "滨江商务区"));
  ng_mentions_free(&m);
}

/* A long site named after a village found before it
   (某某村柑橘标准化种植基地) is named whole from the village, not cut four
   characters before its site word. */
static void
test_long_sites_after_a_village(void)
{
  NgMentions m = run("调研组先后来到清溪村柑橘标准化种植基地察看。");
  assert(find(&m, NG_MENTION_PLACE, "清溪村柑橘标准化种植基地"));
  assert(find(&m, NG_MENTION_PLACE, "清溪村"));
  assert(!find(&m, NG_MENTION_PLACE, "橘标准化种植基地"));
  ng_mentions_free(&m);
}

/* A river right after its township before a word of its course
   (某镇|清水河|沿岸) and a bay named after a city before 沿海 (某州湾|沿海)
   are places. */
static void
test_rivers_after_townships_and_bays(void)
{
  NgMentions m = run("深入称多县珍秦镇白石河沿岸地质灾害隐患点。");
  assert(find(&m, NG_MENTION_PLACE, "白石河"));
  assert(find(&m, NG_MENTION_PLACE, "珍秦镇"));
  ng_mentions_free(&m);
  m = run("要加强胶州湾沿海低洼地带巡查。");
  assert(find(&m, NG_MENTION_PLACE, "胶州湾"));
  ng_mentions_free(&m);
}

/* A sector's departments (公安部门, 农业农村部门) are no ministry; the
   ministry itself (农业农村部) still is one. */
static void
test_sector_departments_are_no_ministry(void)
{
  NgMentions m = run("各县农业农村部门和公安部门主要负责同志参加会议。");
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
  m = run("商务部门要与农业农村部加强协作。");
  assert(find(&m, NG_MENTION_ORG, "农业农村部"));
  assert(!find(&m, NG_MENTION_ORG, "商务部"));
  ng_mentions_free(&m);
}

/* Ski resorts and warehousing or logistics centres are sites. */
static void
test_ski_resorts_and_logistics_centres(void)
{
  NgMentions m =
    run("雪季开幕式在青峰滑雪场举行。调研组察看了柳河镇冷链仓储中心、"
        "县电商物流中心。");
  assert(find(&m, NG_MENTION_PLACE, "青峰滑雪场"));
  assert(find(&m, NG_MENTION_PLACE, "冷链仓储中心") ||
         find(&m, NG_MENTION_PLACE, "柳河镇冷链仓储中心"));
  assert(find(&m, NG_MENTION_PLACE, "县电商物流中心"));
  ng_mentions_free(&m);
}

/* 受…委托 (on behalf of a body) ends the body's name on its left: the
   person before 受 is no part of it. */
static void
test_on_behalf_of_a_body(void)
{
  NgMentions m =
    run("林振东受政协通辽市第十五届委员会常务委员会委托，向大会报告工作。");
  assert(find(&m, NG_MENTION_PERSON, "林振东"));
  assert(find(&m, NG_MENTION_ORG, "政协通辽市第十五届委员会常务委员会"));
  ng_mentions_free(&m);
}

/* A social-media post's header names its account before the date; a
   government account named 某某发布 is the outlet, a body. */
static void
test_post_header_account(void)
{
  NgMentions m =
    run("点击蓝字关注我们\n\n镇党委召开理论学习会\n\n"
        "原创 青川镇 青川发布 2025年05月23日 19:06 四川\n\n"
        "5月22日下午,镇党委召开理论学习会。镇党委书记周振东主持会议。\n");
  assert(find(&m, NG_MENTION_ORG, "青川发布"));
  ng_mentions_free(&m);
  m = run("他说，将及时发布 2025年的计划。\n");
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
}

/* A region's academies (省社科院, 省农业科学院) and writers' association
   are bodies; 合作协议 holds no association. */
static void
test_academies(void)
{
  NgMentions m = run("省社科院、省农科院、市作家协会负责同志参加。"
                     "省农业科学院院长韩立平介绍情况。");
  assert(find(&m, NG_MENTION_ORG, "省社科院"));
  assert(find(&m, NG_MENTION_ORG, "省农科院"));
  assert(find(&m, NG_MENTION_ORG, "市作家协会"));
  assert(holds(&m, "韩立平", "院长", "省农业科学院"));
  ng_mentions_free(&m);
  m = run("双方签订了战略合作协议。");
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
}

/* A body named only in its room's name (县政府三楼会议室) is no body of
   its own; named elsewhere in the article, in full or short, or holding a
   post, it is. */
static void
test_bodies_named_only_in_rooms(void)
{
  NgMentions m = run("会议在县政府三楼会议室召开。会议由何立新主持。");
  assert(find(&m, NG_MENTION_PLACE, "县政府三楼会议室"));
  assert(!find(&m, NG_MENTION_ORG, "县政府"));
  ng_mentions_free(&m);
  m = run("青石镇人民政府召开会议。会议在镇政府三楼会议室召开。");
  assert(find(&m, NG_MENTION_PLACE, "镇政府三楼会议室"));
  assert(count(&m, NG_MENTION_ORG) == 2);
  ng_mentions_free(&m);
  m = run("县政府党组书记何立新出席。会议在县政府三楼会议室召开。");
  assert(holds(&m, "何立新", "党组书记", "县政府"));
  assert(find(&m, NG_MENTION_PLACE, "县政府三楼会议室"));
  ng_mentions_free(&m);
}

/* 矿山 (mines) in a list of sectors of work safety is no place: 山 ends
   a common word there, not a mountain's name. */
static void
test_mines_are_a_sector(void)
{
  NgMentions m = run("要深入开展矿山、危险化学品、建筑施工等重点行业领域"
                     "安全整治。副县长赵明远到青石岭村检查。");
  assert(!find(&m, NG_MENTION_PLACE, "矿山"));
  assert(find(&m, NG_MENTION_PLACE, "青石岭村"));
  ng_mentions_free(&m);
}

/* A company of drinks (饮品, 饮料) is named whole, its region with it:
   饮 is no verb that ends the name on its left. */
static void
test_drink_companies(void)
{
  NgMentions m = run("吉安清泉饮品有限公司副总经理韩立军、某县绿源饮料有限公司"
                     "总经理周海涛先后发言。");
  assert(find(&m, NG_MENTION_ORG, "吉安清泉饮品有限公司"));
  assert(!find(&m, NG_MENTION_PLACE, "吉安"));
  assert(find(&m, NG_MENTION_PERSON, "韩立军"));
  ng_mentions_free(&m);
}

/* A publication line's 来自: names the outlet, a body, as 来源: does; its
   author field (作者:某某要闻) names a column, no place. */
static void
test_publication_line_fields(void)
{
  NgMentions m = run("全市重点项目推进会在南平召开\n"
                     "来自:掌上南平 作者:杭州要闻 访问量:1192\n"
                     "全市重点项目推进会9月24日在南平召开。\n");
  assert(find(&m, NG_MENTION_ORG, "掌上南平"));
  assert(!find(&m, NG_MENTION_PLACE, "杭州"));
  assert(find(&m, NG_MENTION_PLACE, "南平"));
  ng_mentions_free(&m);
}

/* 中国共产党 that opens a longer name (a congress of a county's Party,
   the title of a regulation) is part of it, no body of its own, and its
   中国 no place; named alone it is the Party. */
static void
test_party_opens_a_longer_name(void)
{
  NgMentions m = run("中国共产党固始县第十四次代表大会开幕。"
                     "会议学习了《中国共产党纪律处分条例》。");
  assert(!find(&m, NG_MENTION_ORG, "中国共产党"));
  assert(!find(&m, NG_MENTION_PLACE, "中国"));
  assert(find(&m, NG_MENTION_PLACE, "固始县"));
  ng_mentions_free(&m);
  m = run("全县干部群众庆祝中国共产党成立105周年。");
  assert(find(&m, NG_MENTION_ORG, "中国共产党"));
  ng_mentions_free(&m);
}

/* Common words that open with a surname character are no names: 农家乐
   (a farm stay), 来连, 来京 (come to a city named by its short name). */
static void
test_common_words_with_a_surname(void)
{
  NgMentions m = run("要紧盯燃气和农家乐等重点领域。市长戚东风对客人一行来连"
                     "表示欢迎。来永明主持会议。");
  assert(!find(&m, NG_MENTION_PERSON, "农家乐"));
  assert(!find(&m, NG_MENTION_PERSON, "来连"));
  assert(find(&m, NG_MENTION_PERSON, "戚东风"));
  assert(find(&m, NG_MENTION_PERSON, "来永明"));
  ng_mentions_free(&m);
}

/* A Mongolian or Uyghur name of one element of three characters or more
   is whole after a title (市长那日苏, 局长其其格); two run together too
   (乌兰巴特尔); a two-character element alone stays no name. */
static void
test_whole_minority_names(void)
{
  NgMentions m = run("市委副书记、市长那日苏出席。市商务局局长其其格介绍情况。"
                     "副市长乌兰巴特尔主持。科长热依拉参加。");
  assert(find(&m, NG_MENTION_PERSON, "那日苏"));
  assert(find(&m, NG_MENTION_PERSON, "其其格"));
  assert(find(&m, NG_MENTION_PERSON, "乌兰巴特尔"));
  assert(find(&m, NG_MENTION_PERSON, "热依拉"));
  ng_mentions_free(&m);
  m = run("会议在乌兰召开。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
}

/* 领学, 领读, 领誓 (leads a study, a reading, an oath) follow names as
   主持 does: the name ends before them. */
static void
test_leading_a_study_follows_a_name(void)
{
  NgMentions m = run("区委常委、宣传部部长巴桑多吉领学了有关篇目。"
                     "副县长王建领读了文件。");
  assert(find(&m, NG_MENTION_PERSON, "巴桑多吉"));
  assert(!find(&m, NG_MENTION_PERSON, "巴桑"));
  assert(find(&m, NG_MENTION_PERSON, "王建"));
  ng_mentions_free(&m);
}

/* 大师 (a master of a craft or art: 玉雕大师, 国医大师) is followed by
   names as titles are. */
static void
test_masters_of_crafts(void)
{
  NgMentions m = run("县政协委员、玉雕大师郎德林,县政协委员王明参加。"
                     "代表团参观了大师工作室。");
  assert(find(&m, NG_MENTION_PERSON, "郎德林"));
  assert(count(&m, NG_MENTION_PERSON) == 2);
  ng_mentions_free(&m);
}

/* A consultation meeting (专题协商会, 双周协商会) is no chamber of commerce
   though it ends in 商会; adverbs and verbs of instruction (认真, 提请)
   open no body's name (认真研究处理常委会审议意见). */
static void
test_meetings_and_verbs_are_no_bodies(void)
{
  NgMentions m =
    run("区政协召开专题协商会。会议要求，认真研究处理常委会审议意见。"
        "县服装商会成立。");
  assert(!find(&m, NG_MENTION_ORG, "专题协商会"));
  assert(!find(&m, NG_MENTION_ORG, "认真研究处理常委会"));
  assert(find(&m, NG_MENTION_ORG, "县服装商会"));
  ng_mentions_free(&m);
  /* a name and a verb of greeting open no body (某某欢迎代表团到访,
     某某告诉调研组) */
  m = run("梁立恩欢迎代表团到访。买买提告诉调研组,今年收成好。");
  assert(!find(&m, NG_MENTION_ORG, "梁立恩欢迎代表团"));
  assert(!find(&m, NG_MENTION_ORG, "买买提告诉调研组"));
  ng_mentions_free(&m);
  /* 主会场 (the main venue) is no part of the company named after it */
  m = run("其中，主会场江城远洋装备有限公司年产风机叶片五百套。");
  assert(find(&m, NG_MENTION_ORG, "江城远洋装备有限公司"));
  assert(!find(&m, NG_MENTION_ORG, "主会场江城远洋装备有限公司"));
  ng_mentions_free(&m);
}

/* The full name of a CPPCC or Party committee opened by 政协 or 中共 keeps
   every division written in it (政协北京市顺义区第九届委员会) and a term
   written before the division (政协第八届某区委员会); 政协 after a
   Party committee opens a meeting's name, no body (市委政协工作会议); and
   a kind of school alone (中小学) is no body. */
static void
test_full_names_of_committees(void)
{
  NgMentions m = run("1月6日,政协北京市顺义区第九届委员会第三次会议开幕。");
  assert(find(&m, NG_MENTION_ORG, "政协北京市顺义区第九届委员会"));
  assert(!find(&m, NG_MENTION_ORG, "顺义区第九届委员会"));
  ng_mentions_free(&m);
  m = run("政协某区第八届委员会第五次会议开幕\n陆云海出席并讲话 顾春明作常委会"
          "工作报告\n本报讯 1月13日上午,会议开幕。\n");
  assert(find(&m, NG_MENTION_PERSON, "顾春明"));
  assert(!find(&m, NG_MENTION_ORG, "顾春明作常委会"));
  ng_mentions_free(&m);
  m = run("区政协主席顾春明代表政协第八届奉贤区委员会常务委员会作工作报告。");
  assert(find(&m, NG_MENTION_ORG, "政协第八届奉贤区委员会常务委员会"));
  ng_mentions_free(&m);
  m = run("会议要求认真落实中央、省委和市委政协工作会议部署,推动中小学课后"
          "服务落地见效。");
  assert(find(&m, NG_MENTION_ORG, "市委"));
  assert(!find(&m, NG_MENTION_ORG, "市委政协"));
  assert(!find(&m, NG_MENTION_ORG, "中小学"));
  ng_mentions_free(&m);
}

/* The associations Hong Kong and Macau news names by where their members
   come from (香港某省社团总会, 某县同乡总会) are bodies with heads. */
static void
test_associations_of_hong_kong(void)
{
  NgMentions m = run("香港江南社团总会会长叶立明致辞。澳门韶关同乡总会理事长"
                     "何家文出席。");
  assert(find(&m, NG_MENTION_ORG, "香港江南社团总会"));
  assert(holds(&m, "叶立明", "会长", "香港江南社团总会"));
  assert(holds(&m, "何家文", "理事长", "澳门韶关同乡总会"));
  ng_mentions_free(&m);
}

/* Verbs of giving and telling open no body's or place's name (送去党委政府
   的关怀, 叮嘱社区干部). */
static void
test_giving_and_telling_open_no_name(void)
{
  NgMentions m = run("县领导送去党委政府的关怀和新春祝福,叮嘱社区干部经常上门"
                     "看望。");
  assert(!find(&m, NG_MENTION_ORG, "送去党委"));
  assert(!find(&m, NG_MENTION_PLACE, "叮嘱社区"));
  ng_mentions_free(&m);
}

/* Bodies named by their work that the lexicons lacked: the human resources
   bureau written short (市人力社保局), the office of a people's congress
   (县人大机关), a centre that compiles local chronicles
   (县地方志编纂中心) and the housing commission of a district of Tianjin
   (区住房和建设委员会). */
static void
test_offices_and_centres(void)
{
  NgMentions m =
    run("会上,市人力社保局、县人大机关、县地方志编纂中心负责同志作了"
        "发言。");
  assert(find(&m, NG_MENTION_ORG, "市人力社保局"));
  assert(find(&m, NG_MENTION_ORG, "县人大机关"));
  assert(find(&m, NG_MENTION_ORG, "县地方志编纂中心"));
  ng_mentions_free(&m);
  m = run("座谈会听取区应急管理局、区住房和建设委员会的工作汇报。");
  assert(find(&m, NG_MENTION_ORG, "区住房和建设委员会"));
  assert(!find(&m, NG_MENTION_ORG, "建设委员会"));
  ng_mentions_free(&m);
}

/* Taiwan news: the farmers' association and its general secretary
   (縣農會總幹事某某); 由 before a town's head is the preposition, not a
   surname (由竹山鎮長某某陪同). */
static void
test_taiwan_associations_and_escorts(void)
{
  NgMentions m =
    run("縣長林明新與縣農會總幹事陳志偉共同見證簽約。縣長也前往竹山鎮"
        "視察,由竹山鎮長吳佳音陪同。");
  assert(holds(&m, "陈志伟", "總幹事", "县农会"));
  assert(find(&m, NG_MENTION_PERSON, "吴佳音"));
  assert(!find(&m, NG_MENTION_PERSON, "由竹山"));
  ng_mentions_free(&m);
}

/* A county paper's masthead alone on its line (某某报) and the name of a
   government account that opens a post (某某发布) are outlets, bodies;
   a bulletin's word (简报) is none. */
static void
test_mastheads_and_accounts(void)
{
  NgMentions m = run("金沙报\n2026年1月14日 星期三          第1版 要闻\n\n"
                     "某某会议开幕\n本报讯(记者 张菁)1月13日上午,会议在区会议"
                     "中心开幕。区委书记陆振东出席。\n");
  assert(find(&m, NG_MENTION_ORG, "金沙报"));
  ng_mentions_free(&m);
  m = run("海宁发布\n2026年02月10日 20:16 浙江\n\n县领导开展走访慰问活动\n"
          "2月9日,县委书记沈立中带队走访慰问。\n");
  assert(find(&m, NG_MENTION_ORG, "海宁发布"));
  ng_mentions_free(&m);
  m = run("工作简报\n第5期\n\n县领导开展走访慰问活动\n2月9日,县委书记沈立中"
          "带队走访慰问。\n");
  assert(!find(&m, NG_MENTION_ORG, "工作简报"));
  ng_mentions_free(&m);
}

/* A university's offices (某大学科技处, 某大学科研处), though 学科 is a word
   across the edge, and the institutions of the capital named with 首都
   (首都某某研究院). */
static void
test_offices_of_universities(void)
{
  NgMentions m =
    run("江南大学科技处处长王明、江南大学科研处处长李强、首都水源涵养"
        "研究院院长司徒明远出席。要加强大学学科建设。");
  assert(holds(&m, "王明", "处长", "江南大学科技处"));
  assert(holds(&m, "李强", "处长", "江南大学科研处"));
  assert(holds(&m, "司徒明远", "院长", "首都水源涵养研究院"));
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_joined_work_areas);
  RUN(test_regional_surnames_and_names);
  RUN(test_service_units_teams_and_companies);
  RUN(test_sites_after_districts_and_kinds_of_reservoirs);
  RUN(test_deputies_of_congresses);
  RUN(test_judges_hold_posts_in_the_court);
  RUN(test_rooms_of_district_bodies);
  RUN(test_long_sites_after_a_village);
  RUN(test_rivers_after_townships_and_bays);
  RUN(test_sector_departments_are_no_ministry);
  RUN(test_ski_resorts_and_logistics_centres);
  RUN(test_on_behalf_of_a_body);
  RUN(test_post_header_account);
  RUN(test_academies);
  RUN(test_bodies_named_only_in_rooms);
  RUN(test_mines_are_a_sector);
  RUN(test_drink_companies);
  RUN(test_publication_line_fields);
  RUN(test_party_opens_a_longer_name);
  RUN(test_common_words_with_a_surname);
  RUN(test_whole_minority_names);
  RUN(test_leading_a_study_follows_a_name);
  RUN(test_masters_of_crafts);
  RUN(test_meetings_and_verbs_are_no_bodies);
  RUN(test_full_names_of_committees);
  RUN(test_associations_of_hong_kong);
  RUN(test_giving_and_telling_open_no_name);
  RUN(test_offices_and_centres);
  RUN(test_taiwan_associations_and_escorts);
  RUN(test_mastheads_and_accounts);
  RUN(test_offices_of_universities);
  mentions_close();
  return 0;
}
