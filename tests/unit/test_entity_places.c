/* tests/unit/test_entity_places.c -- kinds of places that Chinese government
   news names without a list of them: rivers and streams before a word of
   their course, zones, ports and irrigation districts, venues, rooms whose
   name holds a body's; and the family names that are rare but real. Every
   sentence is written for the test, with invented names of the same
   shape as real ones. */
#include "extract/entity.h"
#include "extract/extract.h"
#include "extract/intake.h"
#include "graph/buf.h"
#include "graph/vocab.h"
#include "mentions.h"
#include "test.h"

/* A river of two or three characters before a word of its course or of
   the works on it (沿线, 沿岸, 干支流, 生态修复) is a place, and so is a
   stream (溪) in a list; the word before the name is its edge. */
static void
test_rivers_before_their_course(void)
{
  NgMentions m =
    run("镇里持续做好青石河沿线防汛工作。检查组察看了库鲁克河沿岸的防洪堤。");
  assert(find(&m, NG_MENTION_PLACE, "青石河"));
  assert(find(&m, NG_MENTION_PLACE, "库鲁克河"));
  ng_mentions_free(&m);
  m = run("委员们来到石门河生态修复工程现场。马鞍溪、白沙溪沿岸要加强巡查。");
  assert(find(&m, NG_MENTION_PLACE, "石门河"));
  assert(find(&m, NG_MENTION_PLACE, "马鞍溪"));
  assert(find(&m, NG_MENTION_PLACE, "白沙溪"));
  ng_mentions_free(&m);
  /* no course word, no edge: no river (提高河道, 一溪) */
  m = run("要提高河道管理水平,守护好一溪清水。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* Kinds of zones and districts: 管理区, 经济技术开发区 and
   高新技术产业开发区 after the short name of their county or city, 农高区,
   合作区, 新发展区, a project's area (项目区) and an irrigation district
   (灌区). */
static void
test_zones_and_districts(void)
{
  NgMentions m = run("加快云梦湖管理区产城融合,推动沭阳经济技术开发区、"
                     "吴滁高新技术产业开发区共同发展。");
  assert(find(&m, NG_MENTION_PLACE, "云梦湖管理区"));
  assert(find(&m, NG_MENTION_PLACE, "沭阳经济技术开发区"));
  assert(find(&m, NG_MENTION_PLACE, "吴滁高新技术产业开发区"));
  ng_mentions_free(&m);
  m = run("代表团来到晋中国家农高区考察,又察看了青龙渠灌区续建工程,"
          "推动与前海深度合作区的合作。");
  assert(find(&m, NG_MENTION_PLACE, "晋中国家农高区"));
  assert(find(&m, NG_MENTION_PLACE, "青龙渠灌区"));
  assert(find(&m, NG_MENTION_PLACE, "前海深度合作区"));
  ng_mentions_free(&m);
}

/* Venues: a press hall (市新闻发布厅) and a command centre
   (县应急指挥中心) where a meeting is held are places. */
static void
test_press_halls_and_command_centres(void)
{
  NgMentions m = run("8月2日上午,市政府新闻办在市新闻发布厅举行新闻发布会。");
  assert(find(&m, NG_MENTION_PLACE, "市新闻发布厅"));
  ng_mentions_free(&m);
  m = run("全县防汛工作会议在县应急指挥中心召开。");
  assert(find(&m, NG_MENTION_PLACE, "县应急指挥中心"));
  ng_mentions_free(&m);
}

/* A room whose name runs over a body word (县委常委会议室: 常委会 and
   会议室 share 会) is a room, whole, with the county's Party committee
   named in it; no body 某县委常委. */
static void
test_room_over_a_body_word(void)
{
  NgMentions m = run("当天下午,王建国在伊宁县委常委会议室主持召开座谈会。");
  assert(find(&m, NG_MENTION_PLACE, "伊宁县委常委会议室"));
  assert(!find(&m, NG_MENTION_ORG, "伊宁县委常委"));
  ng_mentions_free(&m);
}

/* 眭, 贠 and 於 are family names (於 apart from 于). */
static void
test_rare_surnames(void)
{
  NgMentions m = run("县人大常委会主任眭立新主持会议,副主任贠红梅、"
                     "区人大常委会主任於建平出席。");
  assert(find(&m, NG_MENTION_PERSON, "眭立新"));
  assert(find(&m, NG_MENTION_PERSON, "贠红梅"));
  assert(find(&m, NG_MENTION_PERSON, "於建平"));
  ng_mentions_free(&m);
}

/* A village (某某村) or a division (某镇) that opens a long site's name is
   a place of its own as well as the site; a division that opens a body's
   name there is not (某省社会主义学院新校区). */
static void
test_places_opening_a_site(void)
{
  NgMentions m = run("他先后来到青山镇石榴坪村药材种植基地和白河镇"
                     "崂北共建花椒产业园,详细了解产业发展情况。");
  assert(find(&m, NG_MENTION_PLACE, "石榴坪村药材种植基地"));
  assert(find(&m, NG_MENTION_PLACE, "石榴坪村"));
  assert(find(&m, NG_MENTION_PLACE, "白河镇崂北共建花椒产业园"));
  assert(find(&m, NG_MENTION_PLACE, "白河镇"));
  ng_mentions_free(&m);
  m = run("培训班在福建省社会主义学院新校区开班。");
  assert(!find(&m, NG_MENTION_PLACE, "福建省"));
  ng_mentions_free(&m);
}

/* The town area of a city named in full (某某市城区) is that city. */
static void
test_town_area_of_a_city(void)
{
  NgMentions m = run("会议研究了《邵阳市城区停车设施建设方案》。");
  assert(find(&m, NG_MENTION_PLACE, "邵阳市"));
  assert(!find(&m, NG_MENTION_PLACE, "邵阳市城区"));
  ng_mentions_free(&m);
}

/* Markets named as a town (机电城, 商贸城) are sites, and a place word
   inside a word that is none (鲁中|国际: 中国际) is no place and does not
   stop a site's name; care centres and homes for the old are sites. */
static void
test_markets_and_care_homes(void)
{
  NgMentions m = run("他来到某某公司和鲁中国际五金机电城,了解市场交易情况。");
  assert(find(&m, NG_MENTION_PLACE, "鲁中国际五金机电城"));
  assert(!find(&m, NG_MENTION_PLACE, "中国"));
  ng_mentions_free(&m);
  m = run("一行首先到达石湾卫生中心,又看望了红星敬老院的老人。");
  assert(find(&m, NG_MENTION_PLACE, "石湾卫生中心"));
  assert(find(&m, NG_MENTION_PLACE, "红星敬老院"));
  ng_mentions_free(&m);
}

/* 《中华人民共和国某某法》: the state that opens a law's name is no place
   of its own; 中国 in the text is. */
static void
test_state_opening_a_law(void)
{
  NgMentions m = run("检查组检查《中华人民共和国食品安全法》贯彻实施情况。"
                     "中国将继续推进食品安全工作。");
  assert(!find(&m, NG_MENTION_PLACE, "中华人民共和国"));
  assert(find(&m, NG_MENTION_PLACE, "中国"));
  ng_mentions_free(&m);
}

/* Rooms: the body the writer speaks for (我院, 本校) is no part of a
   room's name; a room right after a body whose left edge was a guess is
   the body's room (市人大常委会机关第一会议室: ordinals not counted in its
   length); a Party school where someone lectures (在县委党校为…) is a
   venue. */
static void
test_rooms_of_bodies(void)
{
  NgMentions m = run("会议在我院门诊楼五楼会议室召开。");
  assert(find(&m, NG_MENTION_PLACE, "门诊楼五楼会议室"));
  ng_mentions_free(&m);
  m = run("会议在市人大常委会机关第一会议室召开。");
  assert(find(&m, NG_MENTION_PLACE, "市人大常委会机关第一会议室"));
  assert(!find(&m, NG_MENTION_PLACE, "机关第一会议室"));
  ng_mentions_free(&m);
  m = run("县委书记王建国在县委党校为学员讲授专题党课。");
  assert(find(&m, NG_MENTION_PLACE, "县委党校"));
  ng_mentions_free(&m);
}

/* A bare 政协 opening a clause before 委员 and names is the committee the
   article named (区政协): the posts are in it; without a name after the
   post (发挥好政协委员作用) it is no body. */
static void
test_bare_committee_before_its_members(void)
{
  NgMentions m = run("区政协主席赵某带领部分区政协委员视察。区政协副主席钱某,"
                     "政协委员孙立平、李红霞参加视察。");
  assert(holds(&m, "孙立平", "委员", "区政协"));
  assert(holds(&m, "李红霞", "委员", "区政协"));
  ng_mentions_free(&m);
  m = run("要充分发挥好政协委员职能作用。");
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
}

/* A prefecture's Party committee (地委) and administrative office (行署)
   are bodies; 高级讲师 is a title, in the school before it. */
static void
test_prefecture_bodies_and_senior_lecturers(void)
{
  NgMentions m = run("地委副书记、行署专员王建新,行署副专员李国庆陪同调研。"
                     "学习邀请县委党校高级讲师张明月作辅导。");
  assert(holds(&m, "王建新", "副书记", "地委"));
  assert(holds(&m, "王建新", "专员", "行署"));
  assert(holds(&m, "李国庆", "副专员", "行署"));
  assert(holds(&m, "张明月", "高级讲师", "县委党校"));
  ng_mentions_free(&m);
}

/* A body one body sends into another (省纪委监委驻某学院纪检监察组) is
   named whole; a village of four characters opening a clause before its
   own Party branch is the branch's village; the stem 森林草原防灭火 names a
   command. */
static void
test_bodies_named_whole(void)
{
  NgMentions m = run("纪委书记、省纪委监委驻江淮职业技术学院纪检监察组组长"
                     "刘秀兰出席会议。");
  assert(holds(&m, "刘秀兰", "组长", "省纪委监委驻江淮职业技术学院纪检监察组"));
  ng_mentions_free(&m);
  m = run("会上,石门坎村党支部书记王小平,青龙新寨村党支部书记李阿妹"
          "作交流发言。");
  assert(holds(&m, "李阿妹", "书记", "青龙新寨村党支部"));
  ng_mentions_free(&m);
  m = run("县人武部及县森林草原防灭火指挥部各成员单位负责同志参加会议。");
  assert(find(&m, NG_MENTION_ORG, "县森林草原防灭火指挥部"));
  ng_mentions_free(&m);
}

/* Names: a part after the middle dot runs over a function word's
   character inside an element of such names (阿不|都); 今(16)日 and 报告
   follow names, so a given character the lists lack (雯) is kept. */
static void
test_names_and_what_follows_them(void)
{
  NgMentions m = run("记者 古再丽·阿不都 报道。社会司司长欧阳明华今(16)日"
                     "下午视察。社会处处长郑丽雯报告,物资已到位。");
  assert(find(&m, NG_MENTION_PERSON, "古再丽·阿不都"));
  assert(find(&m, NG_MENTION_PERSON, "欧阳明华"));
  assert(find(&m, NG_MENTION_PERSON, "郑丽雯"));
  ng_mentions_free(&m);
}

/* Verbs that no name runs across (回答|某某日报, 某区|拥有|港口,
   发展|壮大|村集体); a count of counties before their governments
   (两县政府) is generic, no body. */
static void
test_verbs_and_counts_before_names(void)
{
  NgMentions m = run("在回答东海日报、西江日报记者提问时,他表示将推进。"
                     "全区拥有港口三个。要发展壮大村集体经济。"
                     "检查组听取两县政府汇报。");
  assert(find(&m, NG_MENTION_ORG, "东海日报"));
  assert(count(&m, NG_MENTION_PLACE) == 0);
  assert(!find(&m, NG_MENTION_ORG, "县政府"));
  ng_mentions_free(&m);
}

/* A lecturing group (县委宣讲团) is a body (成员 is no title: 成员国,
   领导小组成员 name no post), 项目经理 a title, 都 a family name right
   after a title before two given characters (not 县长|都要); a company
   that opens with a place of its own after 和 is named from that place
   (某镇和|湖南某某有限公司); 部落 is no body; 中央 is the state's level
   (中央气象署). */
static void
test_more_bodies_titles_and_names(void)
{
  NgMentions m = run("县委宣讲团成员项立新宣讲。项目经理严晓明介绍进度。"
                     "县委副书记、县长都海平出席。");
  assert(find(&m, NG_MENTION_ORG, "县委宣讲团"));
  assert(holds(&m, "严晓明", "项目经理", ""));
  assert(holds(&m, "都海平", "县长", ""));
  ng_mentions_free(&m);
  m = run("各位县长都要高度重视,市长都很关心。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
  m = run("东坪镇、江南镇和湖南福山茶业有限公司作表态发言。"
          "气象署预估台风影响,山区部落要提前撤离。中央气象署发布预警。");
  assert(find(&m, NG_MENTION_ORG, "湖南福山茶业有限公司"));
  assert(find(&m, NG_MENTION_PLACE, "江南镇"));
  assert(!find(&m, NG_MENTION_ORG, "区部"));
  assert(find(&m, NG_MENTION_ORG, "中央气象署"));
  ng_mentions_free(&m);
}

/* 该会, 该局: the body of that kind named last before (某某联合总会…该会
   理事长); with none before, no body. */
static void
test_that_body(void)
{
  NgMentions m = run("一行前往由海湾街坊会联合总会营办的护理中心。"
                     "该会理事长卢立强介绍了经验。");
  assert(holds(&m, "卢立强", "理事长", "海湾街坊会联合总会"));
  ng_mentions_free(&m);
  m = run("该局局长王文斌出席会议。");
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
}

/* A town or a zone written before a company says where the company is:
   the company is named after it, the town or zone is a place. */
static void
test_town_before_a_company(void)
{
  NgMentions m = run("一行还参观考察了柳河镇青华集团。"
                     "中欧示范区安达电气系统公司负责人作了介绍。");
  assert(find(&m, NG_MENTION_ORG, "青华集团"));
  assert(find(&m, NG_MENTION_PLACE, "柳河镇"));
  assert(find(&m, NG_MENTION_ORG, "安达电气系统公司"));
  assert(find(&m, NG_MENTION_PLACE, "中欧示范区"));
  ng_mentions_free(&m);
}

/* In the title of a plan or book, a region or a site is part of the
   title; a division or a zone there is a place. */
static void
test_places_in_book_titles(void)
{
  NgMentions m = run("为落实《东北地区与东部地区对口合作方案》,会议审议了"
                     "《青溪互联网特色小镇规划》和《荆门国家农业高新技术产业"
                     "示范区建设行动计划》。");
  assert(!find(&m, NG_MENTION_PLACE, "东北地区"));
  assert(!find(&m, NG_MENTION_PLACE, "青溪互联网特色小镇"));
  assert(find(&m, NG_MENTION_PLACE, "荆门国家农业高新技术产业示范区"));
  ng_mentions_free(&m);
  m = run("东北地区发展很快。");
  assert(find(&m, NG_MENTION_PLACE, "东北地区"));
  ng_mentions_free(&m);
}

/* A note in brackets on a post (副县长(挂职)) stands between the post and
   its holder; 街道办事处 is a body without a prefix; 社区发展治理 is a
   department stem (街道社区发展治理办). */
static void
test_posts_with_notes_and_street_offices(void)
{
  NgMentions m = run("县委常委、副县长(挂职)林海涛参加会议。"
                     "街道办事处副主任蒲振东,街道社区发展治理办主任龚振东"
                     "参加会议。");
  assert(holds(&m, "林海涛", "常委", "县委"));
  assert(holds(&m, "林海涛", "副县长", ""));
  assert(holds(&m, "蒲振东", "副主任", "街道办事处"));
  assert(holds(&m, "龚振东", "主任", "街道社区发展治理办"));
  ng_mentions_free(&m);
}

/* A list closed by 等 and a kind of place (等重点林区, 等水域) names
   places; a river named by one character and 水 before a word of its
   course, or joined to one that is (某水及某水干支流), is a place. */
static void
test_lists_of_places_and_rivers_of_one_character(void)
{
  NgMentions m = run("加强青云山、车六岭等重点林区巡护管控。"
                     "水利局汇报了沅水及酉水干支流水情,汉水流域生态良好。");
  assert(find(&m, NG_MENTION_PLACE, "车六岭"));
  assert(find(&m, NG_MENTION_PLACE, "沅水"));
  assert(find(&m, NG_MENTION_PLACE, "酉水"));
  ng_mentions_free(&m);
  m = run("要做好雨水、污水的排放工作。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* The last name of a list after 和 shares the post (区议员X和Y先后发言)
   when the lists know it as a name and a word that follows names comes
   after it; a body after a rank (二级学院党总支) is no name; 教务 and
   农业技术推广 are department stems. */
static void
test_lists_after_he_ranks_and_stems(void)
{
  NgMentions m = run("区议员侯志明和邓美华先后就交通配套发言。"
                     "副市长李建国和群众交流。");
  assert(holds(&m, "侯志明", "区议员", ""));
  assert(holds(&m, "邓美华", "区议员", ""));
  assert(count(&m, NG_MENTION_PERSON) == 3);
  ng_mentions_free(&m);
  m = run("各二级学院党总支书记参加会议。教务处处长严立宝作说明。"
          "他来到县农业技术推广中心了解情况。");
  assert(!find(&m, NG_MENTION_ORG, "学院党总支"));
  assert(holds(&m, "严立宝", "处长", "教务处"));
  assert(find(&m, NG_MENTION_ORG, "县农业技术推广中心"));
  ng_mentions_free(&m);
}

/* Sites that government visits name by their kind: workshops for poverty
   relief (帮扶车间), centres and stations of civilization practice
   (新时代文明实践中心), historic sites (旧址, 故居), housing estates
   (小区), bases (示范基地). */
static void
test_kinds_of_visited_sites(void)
{
  NgMentions m = run("代表团来到长安镇石桥村帮扶车间和县新时代文明实践中心,"
                     "参观了刘家大院旧址,又来到阳光小区看望群众。");
  assert(find(&m, NG_MENTION_PLACE, "石桥村帮扶车间"));
  assert(find(&m, NG_MENTION_PLACE, "县新时代文明实践中心"));
  assert(find(&m, NG_MENTION_PLACE, "刘家大院旧址"));
  assert(find(&m, NG_MENTION_PLACE, "阳光小区"));
  ng_mentions_free(&m);
}

/* The body a writer speaks for (我院, 我局, 我校) is a body as the text
   names it: 我院党委书记X holds 书记 in 我院党委; a room of it is named
   from the room (我院|门诊楼五楼会议室). */
static void
test_body_the_writer_speaks_for(void)
{
  NgMentions m = run("签约仪式在我院门诊楼五楼会议室举行。我院党委书记权立远致"
                     "欢迎辞,我院院长薛立博主持。");
  assert(holds(&m, "权立远", "书记", "我院党委"));
  assert(holds(&m, "薛立博", "院长", "我院"));
  assert(find(&m, NG_MENTION_PLACE, "门诊楼五楼会议室"));
  ng_mentions_free(&m);
}

/* Port areas (某港某港区), chemical parks (化工园) and valleys of an
   industry (农谷, 光谷) are places; 港区 after Hong Kong's name or opening
   a phrase (港区全国人大代表) is none. */
static void
test_port_areas_and_parks(void)
{
  NgMentions m = run("与会客商考察了盐城港大丰港区。推进枝江市江北化工园建设。"
                     "港区全国人大代表出席了活动。");
  assert(find(&m, NG_MENTION_PLACE, "盐城港大丰港区"));
  assert(named_as(&m, NG_MENTION_PLACE, "枝江市江北化工园", "江北化工园"));
  assert(!find(&m, NG_MENTION_PLACE, "港区"));
  ng_mentions_free(&m);
}

/* Works and stations of a town's utilities and services (换热站, 热源厂,
   湿地保护站, 微型消防站) and a school's history hall are sites. */
static void
test_utility_works_and_stations(void)
{
  NgMentions m =
    run("郑明到城东热源厂、南岭社区换热站实地查看。代表们察看了黑河"
        "湿地保护站、沙井街道微型消防站和学校校史馆。");
  assert(find(&m, NG_MENTION_PLACE, "城东热源厂"));
  assert(find(&m, NG_MENTION_PLACE, "南岭社区换热站"));
  assert(find(&m, NG_MENTION_PLACE, "黑河湿地保护站"));
  assert(named_as(&m, NG_MENTION_PLACE, "沙井街道微型消防站", "微型消防站"));
  assert(find(&m, NG_MENTION_PLACE, "学校校史馆") ||
         find(&m, NG_MENTION_PLACE, "校史馆"));
  ng_mentions_free(&m);
}

/* China's mountain ranges and mountain areas are places, the range named
   whole rather than the city that shares its first characters (吕梁山区,
   not 吕梁). */
static void
test_mountain_areas(void)
{
  NgMentions m =
    run("入冬以来吕梁山区降水偏少。大别山革命老区发展迅速。吕梁市召开会议。");
  assert(find(&m, NG_MENTION_PLACE, "吕梁山区"));
  assert(find(&m, NG_MENTION_PLACE, "大别山"));
  assert(find(&m, NG_MENTION_PLACE, "吕梁市"));
  assert(!find(&m, NG_MENTION_PLACE, "吕梁"));
  ng_mentions_free(&m);
}

/* Academies, wetlands, studios and the buildings of a campus end sites'
   names (清风书院, 东湖湿地, 县融媒体中心演播厅, 县职教中心实训楼). */
static void
test_academies_wetlands_and_buildings(void)
{
  NgMentions m =
    run("在清风书院和县融媒体中心演播厅,他察看了展陈。随后到东湖湿地、"
        "县职教中心实训楼参观。");
  assert(find(&m, NG_MENTION_PLACE, "清风书院"));
  assert(find(&m, NG_MENTION_PLACE, "县融媒体中心演播厅"));
  assert(find(&m, NG_MENTION_PLACE, "东湖湿地"));
  assert(find(&m, NG_MENTION_PLACE, "县职教中心实训楼"));
  ng_mentions_free(&m);
}

/* A road named by a common word (解放路, 文化街) is no person's name. */
static void
test_roads_named_by_common_words(void)
{
  NgMentions m = run("在解放路调研。他来到文化街。");
  assert(!find(&m, NG_MENTION_PERSON, "解放路"));
  assert(!find(&m, NG_MENTION_PERSON, "文化街"));
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
}

/* 全体 before a site word makes it generic (全体社区工作者): no place. */
static void
test_all_of_a_kind_is_no_place(void)
{
  NgMentions m = run("全体社区工作者参加培训。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* A division written right before a site names it with it: the site is
   labelled with the whole name (某区工业园区, 某区某某农贸市场: a park or a
   market of that district, not every 工业园区), its own name an
   altLabel, and the division a place of its own, which holds it. A
   division written after the one that holds it keeps its own name, and
   the two as written are its altLabel (某县某镇). */
static void
test_division_before_a_site(void)
{
  const char *t = "6月8日,副区长王建明带队对城关区工业园区内的某某食品公司、"
                  "城关区青石口农贸市场进行了安全检查。";
  NgMentions  m = run(t);
  assert(named_as(&m, NG_MENTION_PLACE, "城关区工业园区", "工业园区"));
  assert(
    named_as(&m, NG_MENTION_PLACE, "城关区青石口农贸市场", "青石口农贸市场"));
  assert(find(&m, NG_MENTION_PLACE, "城关区"));
  assert(!find(&m, NG_MENTION_PLACE, "工业园区"));
  ng_mentions_free(&m);
  assert(alt_label(t, "place/城关区青石口农贸市场", "青石口农贸市场"));
  m = run("调研组来到长沙县黄花镇,察看了镇里的蔬菜基地。");
  assert(find(&m, NG_MENTION_PLACE, "长沙县"));
  assert(find(&m, NG_MENTION_PLACE, "黄花镇"));
  ng_mentions_free(&m);
  assert(alt_label("调研组来到长沙县黄花镇,察看了镇里的蔬菜基地。",
                   "place/黄花镇",
                   "长沙县黄花镇"));
  /* a body that opens with its township or district, after the county or
     city that holds it: named from its own division, the whole as
     written an altLabel */
  t = "座谈会上,长沙县星沙街道商会会长王立明、岳阳市君山区教育局局长"
      "李振东先后发言。";
  m = run(t);
  assert(find(&m, NG_MENTION_ORG, "星沙街道商会"));
  assert(find(&m, NG_MENTION_ORG, "君山区教育局"));
  assert(find(&m, NG_MENTION_PLACE, "长沙县"));
  ng_mentions_free(&m);
  assert(alt_label(t, "org/星沙街道商会", "长沙县星沙街道商会"));
  assert(alt_label(t, "org/君山区教育局", "岳阳市君山区教育局"));
  /* in traditional characters the whole as written is kept in them too */
  t = "訪問團考察了藤縣陶瓷產業園。";
  assert(alt_label(t, "place/藤县陶瓷产业园", "藤縣陶瓷產業園"));
  assert(alt_label(t, "place/藤县陶瓷产业园", "陶瓷產業園"));
}

/* A zone named by a county's short name (某某高新区, 某某经开区) is one
   place, though the short name alone is no sure place and a verb stands
   before it; a part of a province named by its short name and points of
   the compass (苏北地区, 川西北地区, 粤东西北地区) is a region. */
static void
test_zones_of_counties_and_parts_of_provinces(void)
{
  NgMentions m = run("项目计划投资5亿元,选址浏阳经开区。推动望城高新区发展。");
  assert(find(&m, NG_MENTION_PLACE, "浏阳经开区"));
  assert(find(&m, NG_MENTION_PLACE, "望城高新区"));
  assert(!find(&m, NG_MENTION_PLACE, "高新区"));
  ng_mentions_free(&m);
  m = run("推动川西北地区、苏北地区和粤东西北地区加快发展。"
          "河南西北地区和东北地区要加强合作。");
  assert(find(&m, NG_MENTION_PLACE, "川西北地区"));
  assert(find(&m, NG_MENTION_PLACE, "苏北地区"));
  assert(find(&m, NG_MENTION_PLACE, "粤东西北地区"));
  assert(find(&m, NG_MENTION_PLACE, "河南")); /* no province 南 */
  assert(!find(&m, NG_MENTION_PLACE, "南西北地区"));
  assert(find(&m, NG_MENTION_PLACE, "东北地区"));
  ng_mentions_free(&m);
}

/* A long site opening with a city's short name and a county's, where a
   guess of four characters would cut a word (某州某县稀土新材料产业园), is
   named whole; resorts and tourist areas (旅游度假区, 文化旅游区) end
   sites' names, a grade after a named place is part of one
   (某某湖省级旅游度假区), and a grade opens none (4A级|旅游景区). */
static void
test_long_sites_resorts_and_grades(void)
{
  NgMentions m = run("赣州信丰稀土新材料产业园新落地项目11个。青龙湖省级旅游"
                     "度假区建设取得新进展。白石村古城文化旅游区获评国家4A级"
                     "旅游景区。全市共有省级旅游度假区5个。");
  assert(find(&m, NG_MENTION_PLACE, "赣州信丰稀土新材料产业园"));
  assert(!find(&m, NG_MENTION_PLACE, "土新材料产业园"));
  assert(find(&m, NG_MENTION_PLACE, "青龙湖省级旅游度假区"));
  assert(
    named_as(&m, NG_MENTION_PLACE, "白石村古城文化旅游区", "古城文化旅游区"));
  assert(!find(&m, NG_MENTION_PLACE, "级旅游景区"));
  assert(!find(&m, NG_MENTION_PLACE, "省级旅游度假区"));
  assert(count(&m, NG_MENTION_PLACE) == 4);
  ng_mentions_free(&m);
}

/* The last two items of a list closed by 等地, joined by 和 or 及, are two
   places (某镇、某镇和某某物流园等地), unless a word runs across the
   conjunction (中和镇); a site's name stops at a verb of signing or
   siting (在区行政中心|签订|…物流园项目协议, 选址|某某工业园). */
static void
test_joined_list_items_and_verbs_before_sites(void)
{
  NgMentions m = run("现场教学安排在龙泉镇、鸦鹊岭镇和宜昌青石物流园等地。"
                     "他先后到扬帆网业、冠中小学和龙头市场等地检查。");
  assert(find(&m, NG_MENTION_PLACE, "鸦鹊岭镇"));
  assert(find(&m, NG_MENTION_PLACE, "宜昌青石物流园"));
  assert(find(&m, NG_MENTION_PLACE, "冠中小学"));
  assert(find(&m, NG_MENTION_PLACE, "龙头市场"));
  assert(!find(&m, NG_MENTION_PLACE, "鸦鹊岭镇和宜昌青石物流园"));
  ng_mentions_free(&m);
  m = run("检查组先后到青山村、中和镇等地检查。");
  assert(find(&m, NG_MENTION_PLACE, "中和镇"));
  ng_mentions_free(&m);
  m = run("区政府与某某物流有限公司在区行政中心签订冷链物流园项目合作协议,"
          "项目选址白云工业园。");
  assert(find(&m, NG_MENTION_PLACE, "区行政中心"));
  assert(find(&m, NG_MENTION_PLACE, "白云工业园"));
  assert(!find(&m, NG_MENTION_PLACE, "区行政中心签订冷链物流园"));
  assert(!find(&m, NG_MENTION_PLACE, "选址白云工业园"));
  ng_mentions_free(&m);
}

/* Two fields joined by 与 name a college after its university, the first
   of up to five characters and one of them a body word's character inside
   a longer word (材料科|学, 计算机科学): 某大学材料科学与工程学院. */
static void
test_colleges_of_two_fields(void)
{
  NgMentions m = run("东江理工大学材料科学与工程学院院长卢振东介绍了学院情况,"
                     "计算机科学与技术学院副院长王海明作交流发言。");
  assert(find(&m, NG_MENTION_ORG, "东江理工大学材料科学与工程学院"));
  assert(!find(&m, NG_MENTION_ORG, "工程学院"));
  assert(holds(&m, "卢振东", "院长", "东江理工大学材料科学与工程学院"));
  ng_mentions_free(&m);
  m = run("东江理工大学计算机科学与技术学院院长卢振东介绍了情况。");
  assert(find(&m, NG_MENTION_ORG, "东江理工大学计算机科学与技术学院"));
  ng_mentions_free(&m);
}

/* A short line of a page that opens with its day and a comma is an
   item's lead, not a headline: the name the page broke at its end is read
   whole (…会见了上|海某某集团副总裁…). */
static void
test_item_lead_broken_inside_a_name(void)
{
  NgMentions m =
    run("本报讯 3月1日,区人大常委会召开主任会议,区人大常委会主任张大海主持"
        "会议并讲话。会议听取了有关工作情况的汇报,研究部署了下一阶段重点"
        "工作任务安排。\n\n简讯\n\n●3月4日下午,区长王大明在区行政中心会见了上"
        "\n海华星集团副总裁李小东一行,双方就产业园区共建\n进行交流。\n");
  assert(find(&m, NG_MENTION_ORG, "上海华星集团"));
  assert(!find(&m, NG_MENTION_ORG, "海华星集团"));
  assert(holds(&m, "李小东", "副总裁", "上海华星集团"));
  ng_mentions_free(&m);
}

/* 兴县 after a noun is a slogan (科教兴县: what makes a county thrive), the
   county only after a place or a function word; reservoir and dam areas
   (库区, 坝区) after a named place are places. */
static void
test_slogans_and_reservoir_areas(void)
{
  NgMentions m = run("坚持工业立县、生态兴县,实施科教兴县战略。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("调研组来到山西兴县,在兴县召开座谈会。");
  assert(find(&m, NG_MENTION_PLACE, "兴县"));
  ng_mentions_free(&m);
  m = run("要到三峡坝区开展现场教学,做好丹江口库区移民工作,推进库区建设。");
  assert(find(&m, NG_MENTION_PLACE, "三峡坝区"));
  assert(find(&m, NG_MENTION_PLACE, "丹江口库区"));
  assert(!find(&m, NG_MENTION_PLACE, "推进库区"));
  ng_mentions_free(&m);
}

/* Rivers before the works on them: a name of four characters after a
   clear edge (、某某某某河|综合治理), a shoreline (某水|岸线), dredging
   (某山河|疏浚: a mountain's word in the name is just characters), a
   river bank (在某河|岸边); the stations along a river (某江|沿岸排涝泵站)
   are no site of that name. */
static void
test_rivers_and_their_works(void)
{
  NgMentions m = run("推动能源转型、哈达图河综合治理取得成效。推动澧水岸线"
                     "生态修复,视察青山河疏浚工程,加强北门江沿岸巡查。");
  assert(find(&m, NG_MENTION_PLACE, "哈达图河"));
  assert(find(&m, NG_MENTION_PLACE, "澧水"));
  assert(find(&m, NG_MENTION_PLACE, "青山河"));
  assert(find(&m, NG_MENTION_PLACE, "北门江"));
  ng_mentions_free(&m);
  m = run("在伊河岸边,他听取汇报,要求加快白沙江沿岸排涝泵站改造。");
  assert(find(&m, NG_MENTION_PLACE, "伊河"));
  assert(find(&m, NG_MENTION_PLACE, "白沙江"));
  assert(!find(&m, NG_MENTION_PLACE, "沿岸排涝泵站"));
  ng_mentions_free(&m);
}

/* Where Hong Kong's and Macau's heads receive visitors (在政府總部會見) is
   a place; a primary or middle school where something is held is a venue
   as well as a body. */
static void
test_government_headquarters_and_school_venues(void)
{
  NgMentions m = run("經濟財政司司長李明今(18)日下午在政府總部會見由某市市委"
                     "書記率領的代表團。");
  assert(find(&m, NG_MENTION_PLACE, "政府总部"));
  ng_mentions_free(&m);
  m = run("全市少先队入队仪式在市第一实验小学举行。开学典礼在县第二中学举行。");
  assert(find(&m, NG_MENTION_PLACE, "市第一实验小学"));
  assert(find(&m, NG_MENTION_ORG, "市第一实验小学"));
  assert(find(&m, NG_MENTION_PLACE, "县第二中学"));
  ng_mentions_free(&m);
}

/* A river's stretch named by the division it runs through (长江某市段,
   某河某县段) is one place; 段 in a word (阶段, 段落) names none. */
static void
test_stretches_of_rivers(void)
{
  NgMentions m =
    run("加强长江武汉段岸线保护。他来到青石水库、白沙河嵩县段检查。");
  assert(find(&m, NG_MENTION_PLACE, "长江武汉段"));
  assert(find(&m, NG_MENTION_PLACE, "白沙河嵩县段"));
  ng_mentions_free(&m);
  m = run("沿着黄河走到郑州段落,这是一个重要阶段。");
  assert(find(&m, NG_MENTION_PLACE, "郑州"));
  assert(!find(&m, NG_MENTION_PLACE, "黄河郑州段"));
  ng_mentions_free(&m);
}

/* A company's name stops at the verb before it (引导|某市某某有限公司), and
   public service units named by their work (县金融服务中心, 市人才服务中心)
   are bodies. */
static void
test_verbs_before_companies_and_service_units(void)
{
  NgMentions m = run("引导张掖市青禾粮食储备有限公司等骨干企业做好收购。"
                     "县金融服务中心、市人才服务中心负责人介绍了情况。");
  assert(find(&m, NG_MENTION_ORG, "张掖市青禾粮食储备有限公司"));
  assert(!find(&m, NG_MENTION_ORG, "引导张掖市青禾粮食储备有限公司"));
  assert(find(&m, NG_MENTION_ORG, "县金融服务中心"));
  assert(find(&m, NG_MENTION_ORG, "市人才服务中心"));
  ng_mentions_free(&m);
}

/* A port named by its city or county (某市港, 某某港二期码头) is a place,
   and opens the name of a wharf in it; 港 that opens a word (港口, 港澳)
   or Hong Kong's own name names no port. A forest farm (某某林场) is a
   place, the state forest farms (国有林场) a kind. */
static void
test_ports_named_by_their_division(void)
{
  NgMentions m = run("推进芜湖港青石外贸码头四期工程建设,察看了大丰港二期码头。"
                     "宁波舟山港、广州港货物吞吐量增长。");
  assert(find(&m, NG_MENTION_PLACE, "芜湖港青石外贸码头"));
  assert(find(&m, NG_MENTION_PLACE, "大丰港二期码头"));
  assert(find(&m, NG_MENTION_PLACE, "广州港"));
  assert(find(&m, NG_MENTION_PLACE, "舟山港"));
  ng_mentions_free(&m);
  m = run("对青松岭林场周边开展排查。全省国有林场改革基本完成。");
  assert(find(&m, NG_MENTION_PLACE, "青松岭林场")); /* a forest farm */
  assert(!find(&m, NG_MENTION_PLACE, "国有林场"));  /* the kind */
  ng_mentions_free(&m);
  m = run("深圳港口集团负责人出席。推动广东港澳合作,深化与香港的合作。");
  assert(!find(&m, NG_MENTION_PLACE, "深圳港"));
  assert(!find(&m, NG_MENTION_PLACE, "广东港"));
  assert(find(&m, NG_MENTION_PLACE, "香港"));
  ng_mentions_free(&m);
}

/* A page set in a narrow column: a short line with clause marks that
   opens a paragraph after a finished one and runs on at once into a line
   of the same width is text, so the name broken at its end is whole
   (…一行还到青石港二期|码头、…). */
static void
test_column_line_broken_inside_a_name(void)
{
  NgMentions m = run("本报讯 3月5日上午,全区重大项目集中开工仪式举\n"
                     "行。区委书记王海明宣布项目开工,区长李建国致辞。\n"
                     "开工仪式后,王海明、李建国一行还到大丰港二期\n"
                     "码头、城东科技产业园等处,察看了在建项目推进情\n"
                     "况。\n");
  assert(find(&m, NG_MENTION_PLACE, "大丰港二期码头"));
  assert(!find(&m, NG_MENTION_PLACE, "码头"));
  ng_mentions_free(&m);
}

/* Verbs and times before a site word open no place (年内完成|老旧小区,
   研究解决今冬明春|城区, 争创|国家级开发区); kinds of sites are no names
   (老旧小区, 国家级开发区), nor is patrolling the hills (巡山). */
static void
test_verbs_and_kinds_before_site_words(void)
{
  NgMentions m =
    run("确保年内完成老旧小区改造62个。推动江城港经济开发区争创国家级"
        "开发区。研究解决今冬明春城区供暖问题。现在巡山是为了子孙"
        "后代。");
  assert(count(&m, NG_MENTION_PLACE) == 1);
  assert(find(&m, NG_MENTION_PLACE, "江城港经济开发区"));
  ng_mentions_free(&m);
  /* a livestock route is a site (某某牧道), but not the word alone */
  m = run("沿着阿克苏牧道转场。察看了转场牧道建设情况。");
  assert(count(&m, NG_MENTION_PLACE) == 1);
  assert(find(&m, NG_MENTION_PLACE, "阿克苏牧道"));
  ng_mentions_free(&m);
  /* a petition reception centre is named whole, 群众 included */
  m = run("来到江城市群众来访接待中心,接待来访群众。");
  assert(find(&m, NG_MENTION_PLACE, "江城市群众来访接待中心"));
  ng_mentions_free(&m);
}

/* A village whose name ends in a county's short name (某镇北|石门村,
   卓|西岗村) is named from the township or the clause edge before it; a
   village of just that short name (来到红旗村) keeps it. */
static void
test_villages_ending_in_a_short_name(void)
{
  NgMentions m = run("调研组先后来到青山镇北石门村、白云乡卓西岗村,"
                     "又在红旗村召开座谈会。");
  assert(find(&m, NG_MENTION_PLACE, "北石门村"));
  assert(find(&m, NG_MENTION_PLACE, "卓西岗村"));
  assert(find(&m, NG_MENTION_PLACE, "红旗村"));
  assert(!find(&m, NG_MENTION_PLACE, "石门村"));
  assert(!find(&m, NG_MENTION_PLACE, "西岗村"));
  ng_mentions_free(&m);
}

/* A long site after the township it is in (某镇某某新能源汽车零部件产业园)
   is read back to the township, ten characters of its own or more, not cut
   inside a word (车零部件产业园). */
static void
test_long_sites_after_their_township(void)
{
  NgMentions m = run("县领导先后到青山镇云溪新能源汽车零部件产业园调研。");
  assert(find(&m, NG_MENTION_PLACE, "青山镇云溪新能源汽车零部件产业园"));
  assert(!find(&m, NG_MENTION_PLACE, "车零部件产业园"));
  ng_mentions_free(&m);
}

/* Venues named by their kind: a district's administrative service
   centre (行政服务中心, as 政务服务中心) with its room, and a city's youth
   activity centre (青少年活动中心). */
static void
test_service_and_activity_centres(void)
{
  NgMentions m = run("27日下午,王建国在青山区行政服务中心会议室主持召开座谈会。"
                     "启动仪式在南阳市青少年活动中心举行。");
  assert(find(&m, NG_MENTION_PLACE, "青山区行政服务中心会议室"));
  assert(find(&m, NG_MENTION_PLACE, "南阳市青少年活动中心"));
  assert(!find(&m, NG_MENTION_PLACE, "中心会议室"));
  ng_mentions_free(&m);
}

/* A county's vocational education centre (职业教育中心) is a school, a
   body, and a venue where something is held there. */
static void
test_vocational_education_centres(void)
{
  NgMentions m = run("揭牌仪式在临泉县职业教育中心举行。");
  assert(find(&m, NG_MENTION_ORG, "临泉县职业教育中心"));
  assert(find(&m, NG_MENTION_PLACE, "临泉县职业教育中心"));
  ng_mentions_free(&m);
}

/* A province and a city in it written together as an item of a list
   closed by 等地 (前往湖北襄阳、荆门等地) are two divisions, not one site. */
static void
test_province_and_city_in_a_list_of_places(void)
{
  NgMentions m = run("每年组织企业家前往湖北襄阳、荆门等地考察。");
  assert(find(&m, NG_MENTION_PLACE, "湖北"));
  assert(find(&m, NG_MENTION_PLACE, "襄阳"));
  assert(find(&m, NG_MENTION_PLACE, "荆门"));
  assert(!find(&m, NG_MENTION_PLACE, "湖北襄阳"));
  ng_mentions_free(&m);
}

/* 中国 that opens the name of a market or site (中国竹艺城) is no place
   of its own; 中国 before a common word still is one. */
static void
test_country_opening_a_site_name(void)
{
  NgMentions m = run("督导组来到云峰竹业有限公司和中国竹艺城,了解竹制品加工。");
  assert(!find(&m, NG_MENTION_PLACE, "中国"));
  ng_mentions_free(&m);
  m = run("中国农村发展很快。");
  assert(find(&m, NG_MENTION_PLACE, "中国"));
  ng_mentions_free(&m);
}

/* A count before 村 (80余名村(社区)党组织书记, 二十余名村干部) names no
   village; a village whose name opens with a numeral still is one. */
static void
test_counts_before_villages(void)
{
  NgMentions m = run("培训班开班,80余名村(社区)党组织书记参加培训。"
                     "全县二十余名村干部参加。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("王建国来到五星村察看。");
  assert(find(&m, NG_MENTION_PLACE, "五星村"));
  ng_mentions_free(&m);
}

/* The divisions that open a company's name (河南洛阳某某果业有限公司) are
   part of the firm's name, no places; those before an association's
   (香港湾仔区各界协会) still are. */
static void
test_divisions_opening_a_company_name(void)
{
  NgMentions m = run("企业代表、河南洛阳云峰果业有限公司董事长王建新发言。");
  assert(find(&m, NG_MENTION_ORG, "河南洛阳云峰果业有限公司"));
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("香港湾仔区各界协会会长王建新致辞。");
  assert(find(&m, NG_MENTION_PLACE, "香港"));
  ng_mentions_free(&m);
}

/* A site in a township's scenic area (某镇某某湖景区游客服务中心) is named
   with the township, which is a place of its own as well. */
static void
test_site_in_a_townships_scenic_area(void)
{
  NgMentions m =
    run("王建国一行首先来到青山镇云雾湖景区游客服务中心,详细了解情况。");
  assert(find(&m, NG_MENTION_PLACE, "青山镇"));
  assert(find(&m, NG_MENTION_PLACE, "青山镇云雾湖景区游客服务中心"));
  ng_mentions_free(&m);
}

/* A township named by a verb (发展乡, 建设乡) is no place where the verb
   governs 乡村 (发展乡村旅游); the township itself still is one. */
static void
test_verbs_before_xiangcun(void)
{
  NgMentions m = run("要培育特色产业,发展乡村旅游。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("王建国来到发展乡调研。");
  assert(find(&m, NG_MENTION_PLACE, "发展乡"));
  ng_mentions_free(&m);
}

/* Sites named as towns of a trade (某某科创城, 某某国际汽车城, 某某产业新城,
   某某大学城, 某某海港城, 某某茶城): the word ends the site's name. */
static void
test_trade_towns(void)
{
  NgMentions m = run("加快云岭科创城建设。代表团考察了江南国际汽车城。"
                     "以京南产业新城为载体,建设南湖大学城。");
  assert(find(&m, NG_MENTION_PLACE, "云岭科创城"));
  assert(find(&m, NG_MENTION_PLACE, "江南国际汽车城"));
  assert(find(&m, NG_MENTION_PLACE, "京南产业新城"));
  assert(find(&m, NG_MENTION_PLACE, "南湖大学城"));
  ng_mentions_free(&m);
}

/* Common words that sound like names of places are none: the "mother
   river" (母亲河), old streets (老街区), a livable town (宜居某城). */
static void
test_common_words_that_name_no_place(void)
{
  NgMentions m = run("要保护好母亲河,让老街区焕发新活力,打造宜居茶城。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* 调度 (to dispatch, to regulate) is a verb before a site (科学调度水库),
   no part of its name; a dispatch centre is still named whole. */
static void
test_dispatch_is_a_verb(void)
{
  NgMentions m = run("汛期要科学调度水库。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("会议在市防汛调度中心召开。");
  assert(find(&m, NG_MENTION_PLACE, "市防汛调度中心"));
  ng_mentions_free(&m);
}

/* A sewage works (污水处理厂) is a site named whole after its county;
   sewage works in general (乡镇污水处理厂) are none. */
static void
test_sewage_works(void)
{
  NgMentions m = run("他来到宁南县城南污水处理厂察看。");
  assert(find(&m, NG_MENTION_PLACE, "宁南县城南污水处理厂"));
  ng_mentions_free(&m);
  m = run("要加快推进乡镇污水处理厂建设。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* Exhibition halls (展示厅, 展览厅) and science museums (科学馆) end a
   venue's name, as 展厅 and 科技馆 do. */
static void
test_exhibition_halls_and_science_museums(void)
{
  NgMentions m = run("代表团参观了青山新区展示厅和南湖科学馆。");
  assert(find(&m, NG_MENTION_PLACE, "青山新区展示厅"));
  assert(find(&m, NG_MENTION_PLACE, "南湖科学馆"));
  ng_mentions_free(&m);
}

/* A city's service building (某市综合服务大楼) where something is held
   is a venue. */
static void
test_service_buildings(void)
{
  NgMentions m = run("会见后,双方在南阳市综合服务大楼举行签约仪式。");
  assert(find(&m, NG_MENTION_PLACE, "南阳市综合服务大楼"));
  ng_mentions_free(&m);
}

/* Slogans of change (矿区变景区, 茶园变花园: one kind of land becomes
   another) name no place: 变 is a verb that no name runs across. */
static void
test_slogans_of_change(void)
{
  NgMentions m = run("推动矿区变景区、茶园变花园、农房变客房。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* Monitoring, warning, hydrological and weather stations (监测站, 预警站,
   水文站, 气象站) end a site's name, after the township they are in. */
static void
test_monitoring_stations(void)
{
  NgMentions m = run("他先后来到云峰水库和青山镇水雨情监测预警站察看。"
                     "随后来到白沙水文站。");
  assert(find(&m, NG_MENTION_PLACE, "青山镇"));
  assert(find(&m, NG_MENTION_PLACE, "青山镇水雨情监测预警站"));
  assert(find(&m, NG_MENTION_PLACE, "白沙水文站"));
  ng_mentions_free(&m);
  m = run("要加强监测站建设。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* A model tract or stretch (示范片, 示范段) after the village or river it
   is in ends a site's name, as 示范园 does. */
static void
test_model_tracts(void)
{
  NgMentions m = run("他来到白沙村生态林示范片察看。");
  assert(find(&m, NG_MENTION_PLACE, "白沙村"));
  assert(find(&m, NG_MENTION_PLACE, "白沙村生态林示范片"));
  ng_mentions_free(&m);
}

/* A county's short name before the words that speak of a place as a
   whole (加快某某经济发展, 符合某某实际) is the county though the article
   never writes its full name; before other words it stays a bare name. */
static void
test_county_short_names_as_a_whole(void)
{
  NgMentions m = run("要加快新津经济发展,更加符合巴南实际。");
  assert(find(&m, NG_MENTION_PLACE, "新津"));
  assert(find(&m, NG_MENTION_PLACE, "巴南"));
  ng_mentions_free(&m);
  m = run("推进成渝地区双城经济圈建设。");
  assert(!find(&m, NG_MENTION_PLACE, "双城"));
  ng_mentions_free(&m);
}

/* Verbs of planning and support before a site (谋划, 启动, 助力, 巩固,
   培育, 扩建, 新建) are no part of its name. */
static void
test_verbs_of_planning_before_sites(void)
{
  NgMentions m = run("要谋划云岭数字产业园,启动青石湖湿地公园建设,"
                     "助力云峰工业园发展。");
  assert(find(&m, NG_MENTION_PLACE, "云岭数字产业园"));
  assert(find(&m, NG_MENTION_PLACE, "青石湖湿地公园"));
  assert(find(&m, NG_MENTION_PLACE, "云峰工业园"));
  assert(count(&m, NG_MENTION_PLACE) == 3);
  ng_mentions_free(&m);
}

/* Parks for new firms (创新创业园, 创业园) and science towns (科学城) end a
   site's name, as 软件园 and 科技城 do. */
static void
test_startup_parks_and_science_towns(void)
{
  NgMentions m = run("他来到青山区创新创业园,又考察了江城科学城。");
  assert(find(&m, NG_MENTION_PLACE, "青山区创新创业园"));
  assert(find(&m, NG_MENTION_PLACE, "江城科学城"));
  ng_mentions_free(&m);
}

/* A count before a site word (新建一座水库, 打造一批示范园) names no site;
   a numbered one (一号码头) is a name. */
static void
test_counts_before_site_words(void)
{
  NgMentions m = run("今年新建一座水库,打造一批示范园。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("他来到一号码头察看。");
  assert(find(&m, NG_MENTION_PLACE, "一号码头"));
  ng_mentions_free(&m);
}

/* China's major waterways, deltas, bays and the regions of national plans
   (京杭大运河, 黄河三角洲, 渤海湾, 成渝地区双城经济圈) are places. */
static void
test_waterways_deltas_and_plan_regions(void)
{
  NgMentions m = run("他沿着京杭大运河察看航道整治,又来到黄河三角洲、渤海湾,"
                     "要求融入成渝地区双城经济圈建设。");
  assert(find(&m, NG_MENTION_PLACE, "京杭大运河"));
  assert(find(&m, NG_MENTION_PLACE, "黄河三角洲"));
  assert(find(&m, NG_MENTION_PLACE, "渤海湾"));
  assert(find(&m, NG_MENTION_PLACE, "成渝地区双城经济圈"));
  ng_mentions_free(&m);
}

/* 现场 before the word of a meeting (某区某某项目现场推进会, 现场会) names
   the kind of meeting, no site; a ceremony held at a project's site names
   the site. */
static void
test_on_site_meetings(void)
{
  NgMentions m = run("11月6日,青山区城市更新重点项目现场推进会召开。");
  assert(find(&m, NG_MENTION_PLACE, "青山区"));
  assert(count(&m, NG_MENTION_PLACE) == 1);
  ng_mentions_free(&m);
  /* the works at a park are held at the park (see
     test_works_at_a_park_are_the_park) */
  m = run("开工仪式在青山镇云溪产业园项目现场举行。");
  assert(find(&m, NG_MENTION_PLACE, "青山镇云溪产业园"));
  assert(!find(&m, NG_MENTION_PLACE, "青山镇云溪产业园项目现场"));
  ng_mentions_free(&m);
}

/* A site named with the village that opens it, written after the
   township that holds the village (某镇某村某某基地): the site keeps the
   village's name, and the three as written are an altLabel; the
   township and the village are places of their own. */
static void
test_site_after_a_village_after_its_township(void)
{
  const char *t = "考察团先后深入青石镇柳河村肉牛养殖基地和白马乡调研。";
  NgMentions  m = run(t);
  assert(find(&m, NG_MENTION_PLACE, "青石镇"));
  assert(find(&m, NG_MENTION_PLACE, "柳河村"));
  assert(find(&m, NG_MENTION_PLACE, "柳河村肉牛养殖基地"));
  ng_mentions_free(&m);
  assert(alt_label(t, "place/柳河村肉牛养殖基地", "青石镇柳河村肉牛养殖基地"));
  /* no township before the village: no such altLabel */
  t = "考察团深入柳河村肉牛养殖基地调研。";
  assert(!alt_label(t, "place/柳河村肉牛养殖基地", "青石镇柳河村肉牛养殖基地"));
}

/* A site named with the zone written right before it, in a text of the
   traditional script (某某經濟開發區展示廳): the whole as written, in the
   original's characters, is an altLabel, as the site's own name is. */
static void
test_site_after_its_district_in_traditional_script(void)
{
  const char *t = "代表團一行參觀了青洲灣經濟開發區展示廳。";
  assert(
    alt_label(t, "place/青洲湾经济开发区展示厅", "青洲灣經濟開發區展示廳"));
  assert(alt_label(t, "place/青洲湾经济开发区展示厅", "展示廳"));
  /* the simplified script: nothing to add */
  t = "代表团一行参观了青洲湾经济开发区展示厅。";
  assert(
    !alt_label(t, "place/青洲湾经济开发区展示厅", "青洲灣經濟開發區展示廳"));
}

/* Buildings of a hospital and a college (某医院住院部, 学院行政楼), a
   county's centre of culture and arts (县文化艺术中心) and a township's
   grain store (某镇粮食收储库) end a site's name. */
static void
test_wards_offices_arts_centres_and_grain_stores(void)
{
  NgMentions m = run("王建国到青山县人民医院住院部看望患者。"
                     "座谈会在学院行政楼一楼报告厅举行。");
  assert(find(&m, NG_MENTION_PLACE, "青山县人民医院住院部"));
  assert(find(&m, NG_MENTION_PLACE, "学院行政楼一楼报告厅"));
  assert(!find(&m, NG_MENTION_PLACE, "政楼一楼报告厅"));
  ng_mentions_free(&m);
  m = run("演出在县文化艺术中心举行。他还察看了白石镇粮食收储库。");
  assert(find(&m, NG_MENTION_PLACE, "县文化艺术中心"));
  assert(find(&m, NG_MENTION_PLACE, "白石镇粮食收储库"));
  ng_mentions_free(&m);
  /* a grain store with no place before it names no site */
  m = run("要加快建设粮食收储库。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* More kinds of site that a township or village before them names (某镇
   蚕桑基地, 某镇应急物资储备库, 某镇危化品仓储点, 某镇农产品加工园, 某镇
   竹产业创新中心, 某镇中心学校食堂), and the stations where a congress's
   deputies meet voters (某街道人大代表联络站), a site though 人大 reads as
   a body. With no place before them they are kinds, no names. */
static void
test_bases_stores_canteens_and_deputies_stations(void)
{
  NgMentions m = run("调研组先后来到白石镇蚕桑基地、青溪镇蔬菜保供基地。"
                     "他察看了云台镇应急物资储备库和石门镇危化品仓储点。");
  assert(find(&m, NG_MENTION_PLACE, "白石镇蚕桑基地"));
  assert(find(&m, NG_MENTION_PLACE, "青溪镇蔬菜保供基地"));
  assert(find(&m, NG_MENTION_PLACE, "云台镇应急物资储备库"));
  assert(find(&m, NG_MENTION_PLACE, "石门镇危化品仓储点"));
  ng_mentions_free(&m);
  m = run("王建国走进青溪镇富硒农产品加工园、白石镇竹产业创新中心和云台镇"
          "中心学校食堂。");
  assert(find(&m, NG_MENTION_PLACE, "青溪镇富硒农产品加工园"));
  assert(find(&m, NG_MENTION_PLACE, "白石镇竹产业创新中心"));
  assert(find(&m, NG_MENTION_PLACE, "云台镇中心学校食堂"));
  ng_mentions_free(&m);
  m = run("区人大常委会主任王建国来到青石街道人大代表联络站接待选民。");
  assert(find(&m, NG_MENTION_PLACE, "青石街道人大代表联络站"));
  assert(!find(&m, NG_MENTION_ORG, "青石街道人大"));
  ng_mentions_free(&m);
  /* kinds with no place before them */
  m = run("要建设一批蔬菜保供基地，建好应急物资储备库和农产品加工园。"
          "各级人大代表分别到所在的人大代表联络站接待选民。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* An entertainment centre (会展娱乐中心), a venue of the promotion meetings
   that cities hold in Macau, in either script; no name without a place
   before it. */
static void
test_entertainment_centres(void)
{
  NgMentions m = run("推介會在澳門海景會展娛樂中心舉行。");
  assert(find(&m, NG_MENTION_PLACE, "澳门海景会展娱乐中心"));
  ng_mentions_free(&m);
  m = run("晚会在珠海海天会展娱乐中心举行。");
  assert(find(&m, NG_MENTION_PLACE, "珠海海天会展娱乐中心"));
  ng_mentions_free(&m);
  m = run("要建设一批文化娱乐中心。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* The short names of county-level cities that are no common words though
   places.tsv left them out (data/places_short.tsv: 寿光, 林州, 都江堰) are
   the city where the article writes it in full; 全州 before 经济社会发展 is
   the whole prefecture (州委通报全州经济社会发展情况), no county 全州. */
static void
test_county_short_names_and_the_whole_prefecture(void)
{
  NgMentions m = run("林州市人民政府与青山集团签约。要提升林州红旗渠品牌。");
  assert(find(&m, NG_MENTION_PLACE, "林州"));
  ng_mentions_free(&m);
  m = run("要提升林州红旗渠品牌。");
  assert(!find(&m, NG_MENTION_PLACE, "林州"));
  ng_mentions_free(&m);
  m = run("州委召开座谈会，通报上半年全州经济社会发展情况。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("全州县委书记王建国出席。要加快全州经济社会发展。");
  assert(find(&m, NG_MENTION_PLACE, "全州"));
  ng_mentions_free(&m);
}

/* A foreign state after its country keeps its name before a title's
   prefix (美国某某州|副州长), as before the title itself; the cities and
   regions of Russia's Far East across the border are places, in either
   script (data/places_extra.tsv). */
static void
test_foreign_states_and_the_far_east(void)
{
  NgMentions m = run("美国俄勒冈州副州长出席开幕式。");
  assert(find(&m, NG_MENTION_PLACE, "俄勒冈州"));
  ng_mentions_free(&m);
  m = run("綏芬河市與烏蘇里斯克開展經貿交流，並訪問濱海邊疆區。");
  assert(find(&m, NG_MENTION_PLACE, "乌苏里斯克"));
  assert(find(&m, NG_MENTION_PLACE, "滨海边疆区"));
  ng_mentions_free(&m);
}

/* A free trade zone's official name opens with the country and its
   province in brackets (中国(某省)自由贸易试验区): one place, whole, and no
   place 贸易试验区 cut out of it. */
static void
test_free_trade_zones(void)
{
  NgMentions m = run("代表团参观了中国（山东）自由贸易试验区。");
  assert(find(&m, NG_MENTION_PLACE, "中国(山东)自由贸易试验区"));
  assert(!find(&m, NG_MENTION_PLACE, "贸易试验区"));
  ng_mentions_free(&m);
  m = run("要加快建设自由贸易试验区。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* An old county's yamen (某县某某古县衙, 某县衙) is a site, and 古县 there is
   the old county, no county 古县; the east of a county town (县城东区
   供热站) is no district 城东区. */
static void
test_yamens_and_the_county_town(void)
{
  NgMentions m = run("展览在婺源县婺源古县衙开幕。");
  assert(find(&m, NG_MENTION_PLACE, "婺源县婺源古县衙"));
  assert(!find(&m, NG_MENTION_PLACE, "古县"));
  ng_mentions_free(&m);
  m = run("会议在古县召开。");
  assert(find(&m, NG_MENTION_PLACE, "古县"));
  ng_mentions_free(&m);
  m = run("他到县城东区供热站检查供暖准备工作。");
  assert(find(&m, NG_MENTION_PLACE, "县城东区供热站"));
  assert(!find(&m, NG_MENTION_PLACE, "城东区供热站"));
  ng_mentions_free(&m);
  m = run("西宁市城东区委书记王建国出席。");
  assert(find(&m, NG_MENTION_ORG, "城东区委"));
  ng_mentions_free(&m);
}

/* A kind of site right after the year of its programme (2025年城镇老旧
   小区改造, 2026年高标准农田示范区建设) names no site: the guess does not
   run back to the year's 年. A site named with its place after a year is
   still a site. */
static void
test_kinds_of_site_after_a_year(void)
{
  NgMentions m = run("会议研究了2025年城镇老旧小区改造计划。"
                     "2026年高标准农田示范区建设顺利推进。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("2025年青石镇产业园实现产值10亿元。");
  assert(find(&m, NG_MENTION_PLACE, "青石镇产业园"));
  ng_mentions_free(&m);
}

/* The time after works are done (建成后, 投产后) before a kind of site
   (建成后港口年吞吐能力, 投产后园区) names no site. */
static void
test_kinds_of_site_after_the_works(void)
{
  NgMentions m = run("项目建成后港口年吞吐能力将达到500万吨，"
                     "投产后园区将新增就业岗位1000个。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("他来到后湖公园。");
  assert(find(&m, NG_MENTION_PLACE, "后湖公园"));
  ng_mentions_free(&m);
}

/* 长者 (the elderly) after a village or community (某村长者食堂, 某社区
   长者日间照料中心) makes no 村长 or 区长 of its 长: the village or
   community is the place, and nobody is named; 某镇长 before a name is
   still the township's head. */
static void
test_elderly_after_a_village_or_community(void)
{
  NgMentions m = run("他来到青石社区长者食堂。又走进白马村长者食堂。");
  assert(find(&m, NG_MENTION_PLACE, "青石社区"));
  assert(find(&m, NG_MENTION_PLACE, "白马村"));
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
  m = run("青石镇长王建国出席活动。");
  assert(find(&m, NG_MENTION_PERSON, "王建国"));
  ng_mentions_free(&m);
}

/* The works going on at a park or base (项目建设现场, 二期项目现场) are
   visited at the park: the park is the place, not the project's 现场. A
   company's or a scenic area's project site is left whole. */
static void
test_works_at_a_park_are_the_park(void)
{
  NgMentions m = run("调研组察看了石门县冷链物流园项目建设现场。");
  assert(find(&m, NG_MENTION_PLACE, "石门县冷链物流园"));
  assert(!find(&m, NG_MENTION_PLACE, "石门县冷链物流园项目建设现场"));
  ng_mentions_free(&m);
  m = run("主会场设在青溪镇竹编工艺产业园二\n期项目现场。");
  assert(find(&m, NG_MENTION_PLACE, "青溪镇竹编工艺产业园"));
  ng_mentions_free(&m);
  m = run("他来到云台镇肉牛养殖基地施工现场。");
  assert(find(&m, NG_MENTION_PLACE, "云台镇肉牛养殖基地"));
  ng_mentions_free(&m);
  /* no park before the project: the site stays as written */
  m = run("仪式在湖南青禾新材料有限公司项目现场举行。");
  assert(!find(&m, NG_MENTION_PLACE, "湖南青禾新材料有限公司"));
  ng_mentions_free(&m);
}

/* A kind of site after the community or village it is in (某某社区老旧小区)
   names no site: the community is the place. A kind of zone after a
   township (某镇工业园区) is still that township's zone. */
static void
test_kind_of_site_after_a_community(void)
{
  NgMentions m = run("他先后深入餐饮企业和云溪社区老旧小区燃气管网改造现场。");
  assert(find(&m, NG_MENTION_PLACE, "云溪社区"));
  assert(count(&m, NG_MENTION_PLACE) == 1);
  ng_mentions_free(&m);
  m = run("他来到青山镇工业园区。");
  assert(find(&m, NG_MENTION_PLACE, "青山镇工业园区"));
  ng_mentions_free(&m);
}

/* Regions of the world the news names as modifiers (东北亚国际航运中心,
   中东欧国家) are places. */
static void
test_world_regions(void)
{
  NgMentions m =
    run("江城正在加快建设东北亚国际航运中心,深化与中东欧国家合作。");
  assert(find(&m, NG_MENTION_PLACE, "东北亚"));
  assert(find(&m, NG_MENTION_PLACE, "中东欧"));
  ng_mentions_free(&m);
}

/* A community or village named by a good wish (幸福社区, 文明村, 平安社区)
   is a place after the division that holds it or after a verb of going;
   the same words in a slogan (打造幸福社区, 创建文明村) name none. */
static void
test_communities_named_by_a_wish(void)
{
  NgMentions m = run("他来到城关街道幸福社区,又走进大营镇文明村。");
  assert(find(&m, NG_MENTION_PLACE, "城关街道幸福社区") ||
         find(&m, NG_MENTION_PLACE, "幸福社区"));
  assert(find(&m, NG_MENTION_PLACE, "大营镇文明村") ||
         find(&m, NG_MENTION_PLACE, "文明村"));
  ng_mentions_free(&m);
  /* 新华社区 is a community, though 新华社 is the news agency */
  m = run("他来到城关街道新华社区。据新华社报道,会议召开。");
  assert(find(&m, NG_MENTION_PLACE, "城关街道新华社区") ||
         find(&m, NG_MENTION_PLACE, "新华社区"));
  assert(find(&m, NG_MENTION_ORG, "新华社"));
  assert(count(&m, NG_MENTION_ORG) == 1);
  ng_mentions_free(&m);
  /* 和平社区: 和 opens a name of concord, no 和 between two places */
  m = run("他来到和平社区。东坡村和平安村参加。");
  assert(find(&m, NG_MENTION_PLACE, "和平社区"));
  assert(!find(&m, NG_MENTION_PLACE, "平社区"));
  assert(find(&m, NG_MENTION_PLACE, "东坡村"));
  assert(find(&m, NG_MENTION_PLACE, "平安村"));
  ng_mentions_free(&m);
  /* 和谐 is a common word too: a name after a verb of going or the
     division, not in a slogan */
  m = run("他来到和谐社区。要建设和谐社区。");
  assert(find(&m, NG_MENTION_PLACE, "和谐社区"));
  assert(count(&m, NG_MENTION_PLACE) == 1);
  ng_mentions_free(&m);
  m = run("各地要打造幸福社区,创建文明村。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* A river of two characters and 河 or 江 after 沿, which goes along it
   (沿某某河察看…): a place, whatever verb follows; 沿途小山 names none. */
static void
test_river_after_along(void)
{
  NgMentions m = run("副市长检查防汛\n"
                     "副市长到柳沙镇,沿青苇河察看河道清障情况,"
                     "沿途小山小水。");
  assert(find(&m, NG_MENTION_PLACE, "青苇河"));
  assert(!find(&m, NG_MENTION_PLACE, "途小山"));
  ng_mentions_free(&m);
}

/* A base, zone or belt the article sets out to build (加快建设…产业基地,
   作为…基地, 推动…经济带建设) names no place when no place stands in its
   name; one visited, or one named by a place, is a place. */
static void
test_goals_of_policy_are_no_sites(void)
{
  NgMentions m = run("会议强调,要加快建设世界级茶产业基地和康养目的地,推动沿江"
                     "经济带建设,把青山作为全国重要的新材料产业基地。");
  assert(!find(&m, NG_MENTION_PLACE, "世界级茶产业基地"));
  assert(!find(&m, NG_MENTION_PLACE, "沿江经济带"));
  assert(!find(&m, NG_MENTION_PLACE, "新材料产业基地"));
  ng_mentions_free(&m);
  m = run("他先后来到柳河镇茶叶种植基地、研学基地,察看蔬菜示范基地建设进展。");
  assert(find(&m, NG_MENTION_PLACE, "柳河镇茶叶种植基地") ||
         find(&m, NG_MENTION_PLACE, "茶叶种植基地"));
  ng_mentions_free(&m);
  m = run("两地将携手共建长三角青溪合作示范区。");
  assert(count(&m, NG_MENTION_PLACE) >= 1);
  ng_mentions_free(&m);
}

/* A division the article writes in full and by its short name (某市 …
   某市的短名) is one place: the short name is labelled with the full one
   and kept as written. Where the article names two divisions of that
   short name (某市 and 某县), the short one is left as it is. */
static void
test_short_name_of_a_division_written_in_full(void)
{
  NgMentions m = run("9月15日上午,鹤壁市2025年秋季青年干部培训班开班。"
                     "培训班要求学员推动鹤壁高质量发展。");
  assert(find(&m, NG_MENTION_PLACE, "鹤壁市"));
  assert(!find(&m, NG_MENTION_PLACE, "鹤壁"));
  assert(named_as(&m, NG_MENTION_PLACE, "鹤壁市", "鹤壁"));
  ng_mentions_free(&m);
  m = run("代表团先后来到铁岭市和铁岭县考察,推动铁岭全面振兴。");
  assert(find(&m, NG_MENTION_PLACE, "铁岭市"));
  assert(find(&m, NG_MENTION_PLACE, "铁岭县"));
  assert(find(&m, NG_MENTION_PLACE, "铁岭"));
  ng_mentions_free(&m);
}

/* An autonomous county's full name (某某彝族自治县) vouches for its short
   name as a county's level word does (某某县): the short name standing
   alone is the county. */
static void
test_short_name_of_an_autonomous_county(void)
{
  NgMentions m = run("6月4日,峨边彝族自治县防汛指挥部召开会议。会议强调,"
                     "峨边各乡镇要压实责任。");
  assert(find(&m, NG_MENTION_PLACE, "峨边"));
  ng_mentions_free(&m);
}

/* A county's short name opening the headline before what it does
   (某某召开…, 某某表彰…) is the county when the body writes its full name,
   even only at the head of a body's name (某某县妇联, 某某彝族自治县某局):
   the full name its label, the short one an altLabel. Not the name of the
   county's bulletin (某某政务简讯), nor with no full name in the body. */
static void
test_county_short_name_in_the_headline(void)
{
  const char *t = "石楼表彰一批优秀志愿者\n"
                  "3月5日,石楼县妇联举行表彰会,对20名志愿者进行表彰。\n";
  assert(typed_place(t, "place/石楼县"));
  assert(alt_label(t, "place/石楼县", "石楼"));
  t = "峨边召开防汛工作会议\n"
      "6月4日,峨边彝族自治县防汛指挥部召开会议,部署防汛工作。\n";
  assert(typed_place(t, "place/峨边彝族自治县"));
  assert(!typed_place("石楼政务简讯\n3月5日,石楼县妇联举行表彰会。\n",
                      "place/石楼县"));
  assert(!typed_place("石楼召开防汛工作会议\n6月4日,县里召开会议。\n",
                      "place/石楼县"));
}

/* A township or subdistrict no list holds (a town named since the list
   was made) is read between clear edges: after a verb, a mark or a
   division, before a mark, a body, a title, a verb or a village. It opens
   its bodies' names as a listed one does (某镇党委, 某乡人民政府). Not
   a verb or a common word before the level word (压实镇、村、组, 著名侨乡,
   特色小镇), nor a year (2025年度镇). */
static void
test_townships_no_list_holds(void)
{
  NgMentions m = run("4月2日,副县长到云舒镇、岚溪乡调研春耕生产,又走进"
                     "云舒镇枫岭村察看灾后重建。书记到青禾街道调研。");
  assert(find(&m, NG_MENTION_PLACE, "云舒镇"));
  assert(find(&m, NG_MENTION_PLACE, "岚溪乡"));
  assert(find(&m, NG_MENTION_PLACE, "枫岭村"));
  assert(find(&m, NG_MENTION_PLACE, "青禾街道"));
  ng_mentions_free(&m);
  m = run("岚溪乡党委书记王立国主持会议,云舒镇人民政府负责人参加。");
  assert(find(&m, NG_MENTION_ORG, "岚溪乡党委"));
  assert(find(&m, NG_MENTION_ORG, "云舒镇人民政府"));
  assert(!find(&m, NG_MENTION_ORG, "乡党委"));
  ng_mentions_free(&m);
  m = run("要压实镇、村、组三级责任,建设著名侨乡。召开2025年度镇(街道)"
          "党委书记述职会。此事事关全镇发展。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  /* three characters after a verb or 、; a village's group after the
     village; a work's department of the township (某镇卫生院) */
  m = run("调研组先后到岚溪乡、云雾坪镇,又来到岚溪乡石坪村三组察看隐患点,"
          "走进岚溪镇卫生院了解医疗服务。");
  assert(find(&m, NG_MENTION_PLACE, "云雾坪镇"));
  assert(find(&m, NG_MENTION_PLACE, "石坪村"));
  assert(find(&m, NG_MENTION_ORG, "岚溪镇卫生院"));
  ng_mentions_free(&m);
}

/* A zone that is a place when written alone (高新区, 经开区: the local
   one) takes the name written before it (某某山高新区, a mountain's name
   no list holds); written alone it is still the local zone. */
static void
test_zone_named_before_a_zone_word(void)
{
  NgMentions m = run("项目总投资10亿元,选址云雾岭高新区。");
  assert(find(&m, NG_MENTION_PLACE, "云雾岭高新区"));
  assert(!find(&m, NG_MENTION_PLACE, "高新区"));
  ng_mentions_free(&m);
  m = run("要加快高新区建设,推动经开区发展。");
  assert(find(&m, NG_MENTION_PLACE, "高新区"));
  assert(find(&m, NG_MENTION_PLACE, "经开区"));
  ng_mentions_free(&m);
}

/* Words for rivers in general (江河) and the ones of a kind that matter
   (重点水库, 重要景区) name no place; a named reservoir does. */
static void
test_rivers_in_general_and_key_sites(void)
{
  NgMentions m =
    run("水利局汇报了江河水位情况,要求加强重点水库、重要景区巡查。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("他来到青松岭水库察看防汛工作。");
  assert(find(&m, NG_MENTION_PLACE, "青松岭水库"));
  ng_mentions_free(&m);
}

/* A zone two states build together (中 and the other state's short name
   before its city: 中马某州产业园区, 中以某州创新园) is named with them; 其中
   or 集中 before a site is no such name. */
static void
test_zones_two_states_build(void)
{
  NgMentions m =
    run("考察团一行到中马云州产业园区考察,又参观了中以青州创新园。");
  assert(find(&m, NG_MENTION_PLACE, "中马云州产业园区"));
  assert(find(&m, NG_MENTION_PLACE, "中以青州创新园"));
  assert(!find(&m, NG_MENTION_PLACE, "云州产业园区"));
  ng_mentions_free(&m);
  m = run("全县集中新建了云山产业园。");
  assert(!find(&m, NG_MENTION_PLACE, "中新云山产业园"));
  ng_mentions_free(&m);
}

/* Divisions that older news names and that are no more (蓟县 is 蓟州区
   since 2016, 襄樊市 襄阳市 since 2010, 宣武区 went into 西城区) are
   places, and open the names of their bodies; a string that would hold
   one by chance (户县 in 农户县城, 开县 in 召开县委会议) names none. */
static void
test_former_divisions(void)
{
  NgMentions m =
    run("蓟县县委书记严立新到襄樊市、宣武区考察,在郫县、蓟县调研。");
  assert(find(&m, NG_MENTION_PLACE, "郫县"));
  assert(find(&m, NG_MENTION_PLACE, "襄樊市"));
  assert(find(&m, NG_MENTION_PLACE, "宣武区"));
  assert(find(&m, NG_MENTION_PLACE, "蓟县"));
  assert(holds(&m, "严立新", "书记", "蓟县县委"));
  ng_mentions_free(&m);
  m = run("镇里召开县委工作会议精神传达会,农户县城购房可获补贴。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* Deserts, salt lakes and mountains that the news names are places
   (data/places_extra.tsv), whole: a county's name inside a mountain's
   (金山 in 阿尔金山) is none; a group of towns (城镇群) is a place too. */
static void
test_deserts_lakes_and_mountains(void)
{
  NgMentions m = run("调研组察看了库布齐沙漠治沙工程和茶卡盐湖,"
                     "又到阿尔金山、梅里雪山一带调研。");
  assert(find(&m, NG_MENTION_PLACE, "库布齐沙漠"));
  assert(find(&m, NG_MENTION_PLACE, "茶卡盐湖"));
  assert(find(&m, NG_MENTION_PLACE, "阿尔金山"));
  assert(!find(&m, NG_MENTION_PLACE, "金山"));
  ng_mentions_free(&m);
  m = run("会议要求加快建设青岚河谷城镇群。");
  assert(find(&m, NG_MENTION_PLACE, "青岚河谷城镇群"));
  ng_mentions_free(&m);
}

/* A one-character short name in an article that names its place in full
   is that place (香港 … 访港; 福建省 … 闽桂协作), and holds no place
   written after it; a river before the part of its course (某江上游) is
   the river, written so. */
static void
test_short_chars_and_river_reaches(void)
{
  NgMentions m = run("香港特区官员会见代表团,欢迎代表团访港。");
  assert(named_as(&m, NG_MENTION_PLACE, "香港", "港"));
  assert(!find(&m, NG_MENTION_PLACE, "港"));
  ng_mentions_free(&m);
  m = run("代表团在福建省考察后,又来我县考察闽桂协作工作。");
  assert(named_as(&m, NG_MENTION_PLACE, "福建省", "闽"));
  assert(!named_as(&m, NG_MENTION_PLACE, "桂", "闽桂"));
  ng_mentions_free(&m);
  m = run("要扛牢长江上游生态保护责任,守护好沅江下游。");
  assert(named_as(&m, NG_MENTION_PLACE, "长江", "长江上游"));
  assert(!find(&m, NG_MENTION_PLACE, "长江上游"));
  ng_mentions_free(&m);
}

/* A site named only by its kind (旅游景区, 农村客运站, 小城镇), maybe after
   the part of a town it stands in or before the site of its works, is no
   named place; written after its place it is one. */
static void
test_sites_named_by_their_kind(void)
{
  NgMentions m = run("检查组察看了旅游景区、农村客运站和镇区排涝泵站,"
                     "又到乡村客运站建设现场,助推小城镇建设。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("检查组来到城关镇污水处理厂察看运行情况。");
  assert(find(&m, NG_MENTION_PLACE, "城关镇污水处理厂"));
  ng_mentions_free(&m);
}

/* Kinds of site that name one only after the place they stand in
   (某镇某村|护林检查站, 某镇|丝绸加工厂): the site is named whole there,
   and a kind alone (设置临时检查站, 茶叶加工厂, 先进制造业集聚区) is
   none. */
static void
test_sites_named_after_their_place(void)
{
  NgMentions m = run("检查组先后来到东坪镇护林检查站、柳林镇丝绸加工厂和"
                     "城关镇森林消防营地。");
  assert(find(&m, NG_MENTION_PLACE, "东坪镇护林检查站"));
  assert(find(&m, NG_MENTION_PLACE, "柳林镇丝绸加工厂"));
  assert(find(&m, NG_MENTION_PLACE, "城关镇森林消防营地"));
  ng_mentions_free(&m);
  m = run("在林区入口设置临时检查站,走访茶叶加工厂,建设先进制造业集聚区。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_rivers_before_their_course);
  RUN(test_sites_named_after_their_place);
  RUN(test_utility_works_and_stations);
  RUN(test_mountain_areas);
  RUN(test_academies_wetlands_and_buildings);
  RUN(test_roads_named_by_common_words);
  RUN(test_all_of_a_kind_is_no_place);
  RUN(test_zones_and_districts);
  RUN(test_press_halls_and_command_centres);
  RUN(test_room_over_a_body_word);
  RUN(test_rare_surnames);
  RUN(test_places_opening_a_site);
  RUN(test_town_area_of_a_city);
  RUN(test_markets_and_care_homes);
  RUN(test_state_opening_a_law);
  RUN(test_rooms_of_bodies);
  RUN(test_bare_committee_before_its_members);
  RUN(test_prefecture_bodies_and_senior_lecturers);
  RUN(test_bodies_named_whole);
  RUN(test_names_and_what_follows_them);
  RUN(test_verbs_and_counts_before_names);
  RUN(test_more_bodies_titles_and_names);
  RUN(test_that_body);
  RUN(test_town_before_a_company);
  RUN(test_places_in_book_titles);
  RUN(test_posts_with_notes_and_street_offices);
  RUN(test_lists_of_places_and_rivers_of_one_character);
  RUN(test_lists_after_he_ranks_and_stems);
  RUN(test_kinds_of_visited_sites);
  RUN(test_body_the_writer_speaks_for);
  RUN(test_port_areas_and_parks);
  RUN(test_division_before_a_site);
  RUN(test_zones_of_counties_and_parts_of_provinces);
  RUN(test_long_sites_resorts_and_grades);
  RUN(test_joined_list_items_and_verbs_before_sites);
  RUN(test_colleges_of_two_fields);
  RUN(test_item_lead_broken_inside_a_name);
  RUN(test_slogans_and_reservoir_areas);
  RUN(test_rivers_and_their_works);
  RUN(test_government_headquarters_and_school_venues);
  RUN(test_stretches_of_rivers);
  RUN(test_verbs_before_companies_and_service_units);
  RUN(test_ports_named_by_their_division);
  RUN(test_column_line_broken_inside_a_name);
  RUN(test_verbs_and_kinds_before_site_words);
  RUN(test_villages_ending_in_a_short_name);
  RUN(test_long_sites_after_their_township);
  RUN(test_service_and_activity_centres);
  RUN(test_vocational_education_centres);
  RUN(test_province_and_city_in_a_list_of_places);
  RUN(test_country_opening_a_site_name);
  RUN(test_counts_before_villages);
  RUN(test_divisions_opening_a_company_name);
  RUN(test_site_in_a_townships_scenic_area);
  RUN(test_verbs_before_xiangcun);
  RUN(test_trade_towns);
  RUN(test_common_words_that_name_no_place);
  RUN(test_dispatch_is_a_verb);
  RUN(test_sewage_works);
  RUN(test_exhibition_halls_and_science_museums);
  RUN(test_service_buildings);
  RUN(test_slogans_of_change);
  RUN(test_monitoring_stations);
  RUN(test_model_tracts);
  RUN(test_county_short_names_as_a_whole);
  RUN(test_verbs_of_planning_before_sites);
  RUN(test_startup_parks_and_science_towns);
  RUN(test_counts_before_site_words);
  RUN(test_waterways_deltas_and_plan_regions);
  RUN(test_on_site_meetings);
  RUN(test_works_at_a_park_are_the_park);
  RUN(test_elderly_after_a_village_or_community);
  RUN(test_wards_offices_arts_centres_and_grain_stores);
  RUN(test_bases_stores_canteens_and_deputies_stations);
  RUN(test_entertainment_centres);
  RUN(test_county_short_names_and_the_whole_prefecture);
  RUN(test_foreign_states_and_the_far_east);
  RUN(test_free_trade_zones);
  RUN(test_yamens_and_the_county_town);
  RUN(test_kinds_of_site_after_a_year);
  RUN(test_kinds_of_site_after_the_works);
  RUN(test_site_after_its_district_in_traditional_script);
  RUN(test_site_after_a_village_after_its_township);
  RUN(test_kind_of_site_after_a_community);
  RUN(test_world_regions);
  RUN(test_communities_named_by_a_wish);
  RUN(test_river_after_along);
  RUN(test_goals_of_policy_are_no_sites);
  RUN(test_short_name_of_a_division_written_in_full);
  RUN(test_short_name_of_an_autonomous_county);
  RUN(test_county_short_name_in_the_headline);
  RUN(test_townships_no_list_holds);
  RUN(test_zone_named_before_a_zone_word);
  RUN(test_rivers_in_general_and_key_sites);
  RUN(test_zones_two_states_build);
  RUN(test_former_divisions);
  RUN(test_deserts_lakes_and_mountains);
  RUN(test_short_chars_and_river_reaches);
  RUN(test_sites_named_by_their_kind);
  mentions_close();
  return 0;
}
