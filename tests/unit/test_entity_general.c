/* tests/unit/test_entity_general.c -- rules of the entity recognizers that
   hold for Chinese government and party news in general, each with a
   sentence written for the test (no text of the corpus): posts of the
   chiefs of rivers, lakes and forests, sites and venues, bodies named with
   a session number, generic committees and more. */
#include "extract/entity.h"
#include "extract/extract.h"
#include "extract/intake.h"
#include "extract/lexicon.h"
#include "graph/buf.h"
#include "graph/vocab.h"
#include "mentions.h"
#include "test.h"

/* 河长, 湖长, 林长 and 总河长 are posts; a level word between two posts
   of a list (县级) keeps the list going without lending the first post's
   body; the posts take no place's last character (黄河|长江流域,
   洞庭湖|长期), and 河长制 is a work area, not a post. */
static void
test_chiefs_of_rivers_lakes_and_forests(void)
{
  NgMentions m = run("县委书记、县级总河长周立新巡查了清水河。");
  assert(holds(&m, "周立新", "书记", "县委"));
  assert(holds(&m, "周立新", "总河长", ""));
  ng_mentions_free(&m);
  m = run("村河长吴建平每周巡河两次。镇级林长郑海燕上山巡林。");
  assert(holds(&m, "吴建平", "河长", ""));
  assert(holds(&m, "郑海燕", "林长", ""));
  ng_mentions_free(&m);
  m = run("会议研究了黄河长江流域的治理,洞庭湖长期存在的问题也在其中。");
  assert(find(&m, NG_MENTION_PLACE, "长江流域"));
  assert(find(&m, NG_MENTION_PLACE, "洞庭湖"));
  assert(count(&m, NG_MENTION_POST) == 0);
  ng_mentions_free(&m);
  m = run("全面推行河长制,县河长制办公室负责日常工作。");
  assert(find(&m, NG_MENTION_ORG, "县河长制办公室"));
  assert(count(&m, NG_MENTION_POST) == 0);
  ng_mentions_free(&m);
}

/* 党委 and 党工委 as kinds of body (设立党组、党工委; 各单位党组(党委)) are
   no bodies; a committee someone holds a post in stays one. */
static void
test_party_committees_named_by_kind_alone(void)
{
  NgMentions m = run("县委组织部同意在开发区设立党组、党工委。");
  assert(!find(&m, NG_MENTION_ORG, "党工委"));
  assert(find(&m, NG_MENTION_ORG, "县委组织部"));
  ng_mentions_free(&m);
  m = run("各单位党组(党委)要认真落实主体责任。");
  assert(!find(&m, NG_MENTION_ORG, "党委"));
  ng_mentions_free(&m);
  m = run("党委书记孙海峰主持会议。");
  assert(holds(&m, "孙海峰", "书记", "党委"));
  ng_mentions_free(&m);
}

/* 丘 is a family name as well as 邱 (丘成桐); 山丘 and 商丘 stay words. */
static void
test_qiu_is_a_surname(void)
{
  NgMentions m = run("丘海涛主持会议。市政协副主席丘明远出席。");
  assert(find(&m, NG_MENTION_PERSON, "丘海涛"));
  assert(holds(&m, "丘明远", "副主席", "市政协"));
  ng_mentions_free(&m);
  m = run("代表团在商丘市调研,沙丘上种满了树。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
}

/* Sites and venues: 游客服务中心, 街区, 物流园, 厂房, 片区 end a site's
   name; a long one that opens with its division is named whole
   (某镇…种植基地), a zone before a project's site is a place too, while a
   project's site named by the project alone is none; a level word after a
   function word opens a site's name (和|县农产品物流园, not the county
   和县); the standing committee's meeting room of a Party committee is a
   venue (县委常委会议室). */
static void
test_sites_and_venues(void)
{
  NgMentions m = run("调研组先后来到青石古镇游客服务中心和老城文化街区。");
  assert(find(&m, NG_MENTION_PLACE, "青石古镇游客服务中心"));
  assert(find(&m, NG_MENTION_PLACE, "老城文化街区"));
  ng_mentions_free(&m);
  m = run("他先后来到白云茶厂、白沙镇茶叶标准化种植基地和县农产品物流园。");
  assert(find(&m, NG_MENTION_PLACE, "白沙镇茶叶标准化种植基地"));
  assert(find(&m, NG_MENTION_PLACE, "县农产品物流园"));
  assert(!find(&m, NG_MENTION_PLACE, "和县农产品物流园"));
  ng_mentions_free(&m);
  m = run("开工仪式在县经济开发区精密铸造项目现场举行。");
  assert(find(&m, NG_MENTION_PLACE, "县经济开发区精密铸造项目现场"));
  assert(find(&m, NG_MENTION_PLACE, "县经济开发区"));
  ng_mentions_free(&m);
  m = run("在某某卡车搬迁改造项目、某某特种车项目现场,他听取了汇报。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("县委书记刘国栋在县委常委会议室会见了客商。");
  assert(find(&m, NG_MENTION_PLACE, "县委常委会议室"));
  assert(count(&m, NG_MENTION_POST) == 1);
  ng_mentions_free(&m);
}

/* A standing committee named with its term: a date before it is its
   left edge (5月20日|某县第十七届…常务委员会), so is the place that opens
   the congress inside its name (经|清河县人民代表大会常务委员会), and a
   committee word doubled right after it (人大常委会|委员会) is neither a
   body nor a post 委员. */
static void
test_committees_named_with_their_term(void)
{
  NgMentions m = run(
    "名单经2024年5月20日清河县第十七届人民代表大会常务委员会第十次会议通过。");
  assert(find(&m, NG_MENTION_ORG, "清河县第十七届人民代表大会常务委员会"));
  assert(!find(&m, NG_MENTION_ORG, "清河县第十七届人民代表大会"));
  assert(count(&m, NG_MENTION_POST) == 0);
  ng_mentions_free(&m);
  m = run("名单经清河县人民代表大会常务委员会会议通过。");
  assert(find(&m, NG_MENTION_ORG, "清河县人民代表大会常务委员会"));
  ng_mentions_free(&m);
  m = run("委员们列席区十四届人大常委会委员会第三次会议。");
  assert(find(&m, NG_MENTION_ORG, "区十四届人大常委会"));
  assert(count(&m, NG_MENTION_ORG) == 1);
  ng_mentions_free(&m);
}

/* A publication line whose outlet is named by a city and its district
   (来源: 上海普陀) names that place, not a body. */
static void
test_outlet_named_by_its_places(void)
{
  NgMentions m = run("区政府召开常务会议\n2024-05-06 来源: 广州天河\n"
                     "5月6日,区政府召开常务会议。");
  assert(find(&m, NG_MENTION_PLACE, "广州天河"));
  assert(!find(&m, NG_MENTION_ORG, "广州天河"));
  ng_mentions_free(&m);
}

/* A company named by its trade name alone before a company post and a
   name, as an item of a list, is a body holding that post; a pronoun and
   verb before the post are no name (他是公司副总裁). */
static void
test_trade_name_before_a_company_post(void)
{
  NgMentions m = run("出席的有副市长钱文斌,远景能源副总裁赵文博等。");
  assert(find(&m, NG_MENTION_ORG, "远景能源"));
  assert(holds(&m, "赵文博", "副总裁", "远景能源"));
  ng_mentions_free(&m);
  m = run("会上,青松实业董事长孟凡宇致辞。他是公司副总裁。");
  assert(holds(&m, "孟凡宇", "董事长", "青松实业"));
  assert(count(&m, NG_MENTION_ORG) == 1);
  ng_mentions_free(&m);
}

/* The teams and departments of an event's working structure in a 、-list
   with a body the lexicons know are bodies; a list of family names is
   none. */
static void
test_teams_in_a_list_of_bodies(void)
{
  NgMentions m = run("会上,县文化和旅游局、节会筹备办公室、宣传报道部、"
                     "文艺演出组等汇报了筹备情况。");
  assert(find(&m, NG_MENTION_ORG, "宣传报道部"));
  assert(find(&m, NG_MENTION_ORG, "文艺演出组"));
  ng_mentions_free(&m);
  m = run("他走访了张家、李家、王家等农户。");
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
}

/* A name with no title opening a sentence, its given characters seldom in
   the lists of names (栋), before 指出; a surname and a word that follows
   names (刘先生) or a common word (常常) is no such name. */
static void
test_name_opening_a_sentence(void)
{
  NgMentions m = run("陈国栋指出,要抓好各项工作的落实。");
  assert(find(&m, NG_MENTION_PERSON, "陈国栋"));
  ng_mentions_free(&m);
  m = run("刘先生表示,常常成功的人也会失败。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
}

/* A surname and a form of address (刘大爷, 张阿姨, 李师傅) is how news
   names ordinary people without their names: no person, while a full name
   before the form of address stays one (周海林大爷). */
static void
test_surname_and_form_of_address(void)
{
  NgMentions m = run("县民政局局长王小海走访慰问了村民刘大爷和张阿姨,"
                     "并与李师傅、赵大姐亲切交谈。");
  assert(find(&m, NG_MENTION_PERSON, "王小海"));
  assert(count(&m, NG_MENTION_PERSON) == 1);
  ng_mentions_free(&m);
  m = run("村民周海林大爷说,今年收成好。");
  assert(find(&m, NG_MENTION_PERSON, "周海林"));
  ng_mentions_free(&m);
}

/* 示范县 is a county named a model of something, 现代县域 the modern
   county economy: a common word across the first character of a
   two-character county (范县, 代县) names no such county; the county
   itself still is one. */
static void
test_common_words_across_county_names(void)
{
  NgMentions m = run("我县被评为全国电子商务进农村综合示范县。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("要发展现代县域经济。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("山西省代县县委书记王小海在代县调研。");
  assert(find(&m, NG_MENTION_PLACE, "代县"));
  ng_mentions_free(&m);
}

/* 亦 (also), the written word of Hong Kong, Macau and formal news, follows
   a name as 也 does: the name's last character is not cut off before it. */
static void
test_yi_after_a_name(void)
{
  NgMentions m = run("政务司司长陈国明、局长李美仪亦有出席。");
  assert(find(&m, NG_MENTION_PERSON, "李美仪"));
  assert(!find(&m, NG_MENTION_PERSON, "李美"));
  ng_mentions_free(&m);
}

/* A river named by one or two characters and 河 is a place before a word
   of the works on it (改线, 堤防, 治理), not only before a clause mark. */
static void
test_rivers_before_works_on_them(void)
{
  NgMentions m = run("要密切关注沙河改线等重点河段的水情。");
  assert(find(&m, NG_MENTION_PLACE, "沙河"));
  ng_mentions_free(&m);
  m = run("检查组来到红星水库、下庄河堤防和新塘村。");
  assert(find(&m, NG_MENTION_PLACE, "下庄河"));
  ng_mentions_free(&m);
}

/* A party school or a hospital where something is held is a venue, a
   place as well as a body; a government where a meeting is held stays a
   body only. */
static void
test_institutions_as_venues(void)
{
  NgMentions m = run("全县党务干部培训班在县委党校开班。");
  assert(find(&m, NG_MENTION_PLACE, "县委党校"));
  assert(find(&m, NG_MENTION_ORG, "县委党校"));
  ng_mentions_free(&m);
  m = run("会议在市政府召开。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* 包括, 其中, 会同 and the like are function words a body's name does not
   run across (包括|县委宣传部一名副部长 was cut to 县委). */
static void
test_function_words_before_bodies(void)
{
  NgMentions m = run("包括县委宣传部一名副部长在内的多名干部受到处理。");
  assert(find(&m, NG_MENTION_ORG, "县委宣传部"));
  ng_mentions_free(&m);
  m = run("市教育局会同市财政局制定了方案。");
  assert(find(&m, NG_MENTION_ORG, "市财政局"));
  assert(find(&m, NG_MENTION_ORG, "市教育局"));
  ng_mentions_free(&m);
}

/* A state's ministry, council or congress takes the country written
   before it (挪威外交部, 法国内政部: 国内 across the edge is no generic
   word); an international body does not take a city (纽约|联合国). */
static void
test_ministries_of_states(void)
{
  NgMentions m = run("挪威外交部发言人表示欢迎。法国内政部宣布了新规定。");
  assert(find(&m, NG_MENTION_ORG, "挪威外交部"));
  assert(find(&m, NG_MENTION_ORG, "法国内政部"));
  ng_mentions_free(&m);
  m = run("代表团在纽约联合国总部出席会议。");
  assert(!find(&m, NG_MENTION_ORG, "纽约联合国"));
  ng_mentions_free(&m);
}

/* After a title a given name may be a region word (市长李|华东), while a
   function word before a region is no surname (和|欧洲). */
static void
test_given_names_that_are_region_words(void)
{
  NgMentions m = run("市委副书记、市长李华东主持召开市政府常务会议。");
  assert(holds(&m, "李华东", "市长", ""));
  ng_mentions_free(&m);
  m = run("代表团团长在会上和欧洲议员进行了交流。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
}

/* A unit inside a body (第三监督检查室, 干部一科, 新闻处) is part of the
   body's name; a room (镇政府四楼会议室) and a word going on (后勤科技)
   are no units. */
static void
test_units_inside_bodies(void)
{
  NgMentions m = run("市纪委监委第三监督检查室主任马海峰列席会议。");
  assert(holds(&m, "马海峰", "主任", "市纪委监委第三监督检查室"));
  ng_mentions_free(&m);
  m = run("县委组织部干部一科科长周丽娟主持培训。据市政府新闻处说,"
          "灾情已得到控制。");
  assert(holds(&m, "周丽娟", "科长", "县委组织部干部一科"));
  assert(find(&m, NG_MENTION_ORG, "市政府新闻处"));
  ng_mentions_free(&m);
  m = run("会议在镇政府四楼会议室召开。展览由县人武部后勤科技中心主办。");
  assert(!find(&m, NG_MENTION_ORG, "镇政府四楼会议室"));
  assert(!find(&m, NG_MENTION_ORG, "县人武部后勤科"));
  ng_mentions_free(&m);
}

/* A site's long name whose guess ran out inside it reaches back to the
   verb or function word before it (察看了|某某新能源汽车零部件产业园),
   with a county's short name that opens it (走进|某溪红心猕猴桃产业园); a
   community opening a site's name is no zone of its own. */
static void
test_long_site_names_after_a_verb(void)
{
  NgMentions m = run("调研组实地察看了华宇新能源汽车零部件产业园建设情况。");
  assert(find(&m, NG_MENTION_PLACE, "华宇新能源汽车零部件产业园"));
  ng_mentions_free(&m);
  m = run("他来到歧坪镇,走进苍溪红心猕猴桃产业园,察看果园春管。");
  assert(find(&m, NG_MENTION_PLACE, "苍溪红心猕猴桃产业园"));
  assert(!find(&m, NG_MENTION_PLACE, "心猕猴桃产业园"));
  ng_mentions_free(&m);
  m = run("县委书记在城关镇东街社区党群服务中心调研。");
  assert(find(&m, NG_MENTION_PLACE, "城关镇东街社区党群服务中心"));
  assert(!find(&m, NG_MENTION_PLACE, "城关镇东街社区"));
  ng_mentions_free(&m);
}

/* A village committee that is visited (来到某村委, 参观了某街道某村委) is a
   site as well as a body; one that acts (某村委组织村民) is a body only. */
static void
test_visited_village_committees(void)
{
  NgMentions m = run("乡党委书记王新民来到杨柳村委,与村干部座谈。");
  assert(find(&m, NG_MENTION_PLACE, "杨柳村委"));
  assert(find(&m, NG_MENTION_ORG, "杨柳村委"));
  ng_mentions_free(&m);
  m = run("杨柳村委组织村民召开了会议。");
  assert(!find(&m, NG_MENTION_PLACE, "杨柳村委"));
  ng_mentions_free(&m);
}

/* 教授 and 讲师 are posts in the school that names them. */
static void
test_academic_posts(void)
{
  NgMentions m = run("本次学习特邀市委党校教授林文斌作专题辅导报告。");
  assert(holds(&m, "林文斌", "教授", "市委党校"));
  ng_mentions_free(&m);
}

/* A body named after a body with its level word (自治区党委|统战部) starts
   at that level word (高度重视|自治区党委统战部); 安办 is a body even bare,
   and 办案 ends no body (公安办案, 治安办案). */
static void
test_level_word_edges_and_safety_offices(void)
{
  NgMentions m = run("省民盟高度重视自治区党委统战部驻村工作。");
  assert(find(&m, NG_MENTION_ORG, "自治区党委统一战线工作部"));
  ng_mentions_free(&m);
  m = run("林业厅、环保局、安办等有关单位参加。要加强治安办案管理。");
  assert(find(&m, NG_MENTION_ORG, "安办"));
  assert(!find(&m, NG_MENTION_ORG, "治安办"));
  ng_mentions_free(&m);
}

/* A meeting's presidium named bare after the meeting (本次会议|主席团) is
   a body, not a post 主席. */
static void
test_presidium_after_its_meeting(void)
{
  NgMentions m = run("会议选举了本次会议主席团成员和秘书长。");
  assert(find(&m, NG_MENTION_ORG, "主席团"));
  ng_mentions_free(&m);
}

/* The outlets that open a news lead before 讯 are bodies, whole (新|湖南
   客户端 is no place and a body 湖南客户端); 本报讯 names none. */
static void
test_outlets_opening_a_lead(void)
{
  NgMentions m = run("县领导调研春耕生产\n\n"
                     "江南日报·新江南客户端5月6日讯(记者 王新)5月5日,"
                     "县委召开会议。");
  assert(find(&m, NG_MENTION_ORG, "新江南客户端"));
  assert(find(&m, NG_MENTION_ORG, "江南日报"));
  ng_mentions_free(&m);
  m = run("县领导调研春耕生产\n\n天池网讯 5月5日,县委召开会议。");
  assert(find(&m, NG_MENTION_ORG, "天池网"));
  ng_mentions_free(&m);
  m = run("县领导调研春耕生产\n\n本报讯 5月5日,县委召开会议。");
  assert(!find(&m, NG_MENTION_ORG, "本报"));
  ng_mentions_free(&m);
}

/* The office of a CPPCC (市政协办) is a body though 协办 is a common
   word; 协办单位 names none. */
static void
test_office_of_a_cppcc(void)
{
  NgMentions m =
    run("市人大办、市政协办负责同志参加。该公司是活动的协办单位。");
  assert(find(&m, NG_MENTION_ORG, "市政协办"));
  assert(count(&m, NG_MENTION_ORG) == 2);
  ng_mentions_free(&m);
}

/* One character for each of two cities before 两市 is a short name, a
   place (莞铜两市); a verb before 两国 is none (缓解两国). */
static void
test_one_character_city_names_in_pairs(void)
{
  NgMentions m = run("会议贯彻了粤黔两省、莞铜两市有关会议精神。");
  assert(find(&m, NG_MENTION_PLACE, "莞"));
  assert(find(&m, NG_MENTION_PLACE, "铜"));
  ng_mentions_free(&m);
  m = run("双方努力缓解两国间的紧张局势。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* 展览中心, 植物园, 动物园, 文化宫, 少年宫 end a site's name, and 寺 a
   temple's after one to three characters. */
static void
test_exhibition_centres_gardens_and_temples(void)
{
  NgMentions m = run("展览今起在江城展览中心展出,游客也可前往江城植物园、"
                     "白云寺参观。");
  assert(find(&m, NG_MENTION_PLACE, "江城展览中心"));
  assert(find(&m, NG_MENTION_PLACE, "江城植物园"));
  assert(find(&m, NG_MENTION_PLACE, "白云寺"));
  ng_mentions_free(&m);
}

/* Publishers, magazines, news agencies and troupes are bodies. */
static void
test_publishers_and_troupes(void)
{
  NgMentions m = run("新著已由江城人民出版社出版,县豫剧团在广场演出。");
  assert(find(&m, NG_MENTION_ORG, "江城人民出版社"));
  assert(find(&m, NG_MENTION_ORG, "县豫剧团"));
  ng_mentions_free(&m);
}

/* 国家 is the national level that opens a body's short name (国家环保局,
   国家经贸委), and 经贸, 港澳 and the like are department stems
   (国务院港澳办). */
static void
test_national_level_bodies(void)
{
  NgMentions m = run("国家环保局副局长陈立明、国务院港澳办副主任吴振东出席。");
  assert(holds(&m, "陈立明", "副局长", "国家环保局"));
  assert(holds(&m, "吴振东", "副主任", "国务院港澳办"));
  ng_mentions_free(&m);
  m = run("这是国家的需要,也是人民的期盼。");
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
}

/* The special committees of a people's congress by their short stems
   (内司委, 教科文卫委, 环资委) are bodies of the congress. */
static void
test_special_committees_of_congresses(void)
{
  NgMentions m =
    run("县人大内司委的同志到法院调查。市人大教科文卫委主任杨振东参加。");
  assert(find(&m, NG_MENTION_ORG, "县人大内司委"));
  assert(holds(&m, "杨振东", "主任", "市人大教科文卫委"));
  ng_mentions_free(&m);
}

/* 路长 is a post too; a chief of a river or road after a post in a body
   holds no post in that body (街道党工委书记、一级路长X), and takes no
   road's last character (某某路|长约3公里). */
static void
test_road_chiefs(void)
{
  NgMentions m = run("街道党工委书记、一级路长刘建国巡查道路。");
  assert(holds(&m, "刘建国", "书记", "街道党工委"));
  assert(holds(&m, "刘建国", "一级路长", ""));
  ng_mentions_free(&m);
}

/* Halls, dams, stadiums, cemeteries and stations end a site's name. */
static void
test_halls_dams_and_stations(void)
{
  NgMentions m =
    run("他先后来到城北新区规划馆、清江大坝、县烈士陵园和城东客运站。");
  assert(find(&m, NG_MENTION_PLACE, "城北新区规划馆"));
  assert(find(&m, NG_MENTION_PLACE, "清江大坝"));
  assert(find(&m, NG_MENTION_PLACE, "县烈士陵园"));
  assert(find(&m, NG_MENTION_PLACE, "城东客运站"));
  ng_mentions_free(&m);
}

/* A county's investment company named by its level word and a short stem
   (县城投公司, 县交投集团) is a company when the level word opens the
   item; 联合 is a verb that ends a unit's name (网安支队|联合开展). */
static void
test_local_state_companies_and_joint_actions(void)
{
  NgMentions m = run("县城投公司、县交投集团负责人参加会议。"
                     "市公安局网安支队联合开展检查。");
  assert(find(&m, NG_MENTION_ORG, "县城投公司"));
  assert(find(&m, NG_MENTION_ORG, "县交投集团"));
  assert(find(&m, NG_MENTION_ORG, "市公安局网安支队"));
  ng_mentions_free(&m);
}

/* A name joined by a middle dot whose first part opens with a local place
   name (阿里|木江·买买提) is a person; two places joined by the dot and a
   country before a name (某国人某·某) are not. */
static void
test_dot_names_opening_with_a_place(void)
{
  NgMentions m =
    run("会上,阿里木江·买买提副县长讲话。德江县·清溪镇联合开展活动。");
  assert(holds(&m, "阿里木江·买买提", "副县长", ""));
  assert(find(&m, NG_MENTION_PLACE, "德江县"));
  assert(!find(&m, NG_MENTION_PERSON, "德江县·清溪镇"));
  ng_mentions_free(&m);
}

/* A part of a dot-joined name runs across a one-character function word
   that transliteration also writes (吾布|都|拉, 加|那|提), up to a clear
   edge; such a word after the whole name (买买提|都参加) stays outside,
   and so does 家中 after a name. */
static void
test_dot_names_across_function_characters(void)
{
  NgMentions m = run("副县长别克·吾布都拉，镇长加那提·木拉提陪同调研。"
                     "他走进牧民吐尔洪·艾买提家中。艾力·吐逊都参加了会议。");
  assert(holds(&m, "别克·吾布都拉", "副县长", ""));
  assert(holds(&m, "加那提·木拉提", "镇长", ""));
  assert(find(&m, NG_MENTION_PERSON, "吐尔洪·艾买提"));
  assert(!find(&m, NG_MENTION_PERSON, "吐尔洪·艾买提家中"));
  assert(find(&m, NG_MENTION_PERSON, "艾力·吐逊"));
  assert(!find(&m, NG_MENTION_PERSON, "艾力·吐逊都"));
  ng_mentions_free(&m);
}

/* A company's trade name may hold a character that is a function word
   elsewhere (华为, 渝都): one such character a character or two after the
   place that opens the name is inside the name; right after the place (重庆
   和深圳) it joins two names. 城市更新 is a work area. */
static void
test_trade_names_with_function_characters(void)
{
  NgMentions m =
    run("江城华为技术有限公司总经理刘帆介绍。重庆渝都城市更新投资有"
        "限公司董事长王明发言。区城市更新中心主任冷明通报。"
        "重庆和深圳投资有限公司参加。");
  assert(holds(&m, "刘帆", "总经理", "江城华为技术有限公司"));
  assert(holds(&m, "王明", "董事长", "重庆渝都城市更新投资有限公司"));
  assert(holds(&m, "冷明", "主任", "区城市更新中心"));
  assert(!find(&m, NG_MENTION_ORG, "重庆和深圳投资有限公司"));
  ng_mentions_free(&m);
}

/* Two fields joined by 与 name a college or a committee (化学与材料科学学院,
   省人大环境与资源保护委员会) when a list's 、 or the holding body comes
   before them; a list of posts before one name keeps every post. After a
   body or a clause's opening word the 与 joins two parties. */
static void
test_fields_joined_by_yu_in_a_name(void)
{
  NgMentions m =
    run("省人大常委会委员、省人大环境与资源保护委员会主任委员王明出席。"
        "文学院、化学与材料科学学院负责同志参加。"
        "科技局与化学学院签约。双方与经济管理学院签约。");
  assert(holds(&m, "王明", "委员", "省人大常委会"));
  assert(holds(&m, "王明", "主任委员", "省人大环境与资源保护委员会"));
  assert(find(&m, NG_MENTION_ORG, "化学与材料科学学院"));
  assert(find(&m, NG_MENTION_ORG, "科技局"));
  assert(find(&m, NG_MENTION_ORG, "化学学院"));
  assert(!find(&m, NG_MENTION_ORG, "双方与经济管理学院"));
  ng_mentions_free(&m);
}

/* People's organizations by their full names (市台湾同胞联谊会,
   省妇女联合会), the associations and visiting groups of Hong Kong and
   Macao news (协进会, 访问团); one character after a one-character
   function word (港澳同|胞联谊会) names no body. */
static void
test_associations_and_visiting_groups(void)
{
  NgMentions m = run("市台湾同胞联谊会、省妇女联合会、县工商业联合会参加。"
                     "江城青年创业协进会、江城工商界访问团出席。"
                     "港澳同胞联谊会成立。");
  assert(find(&m, NG_MENTION_ORG, "市台湾同胞联谊会"));
  assert(find(&m, NG_MENTION_ORG, "省妇女联合会"));
  assert(find(&m, NG_MENTION_ORG, "县工商业联合会"));
  assert(find(&m, NG_MENTION_ORG, "江城青年创业协进会"));
  assert(find(&m, NG_MENTION_ORG, "江城工商界访问团"));
  assert(!find(&m, NG_MENTION_ORG, "胞联谊会"));
  ng_mentions_free(&m);
}

/* A committee whose name joins two subjects with 、 takes the subject
   before it (计划、预算审查委员会); a body that opens with its level word
   after a list's 、 (现场、县人民医院) is named whole, no item before it. */
static void
test_joined_subjects_and_list_items(void)
{
  NgMentions m =
    run("会议听取了计划、预算审查委员会的报告。李明来到项目建设现场、"
        "县人民医院调研。");
  assert(find(&m, NG_MENTION_ORG, "计划、预算审查委员会"));
  assert(find(&m, NG_MENTION_ORG, "县人民医院"));
  assert(!find(&m, NG_MENTION_ORG, "现场、县人民医院"));
  ng_mentions_free(&m);
}

/* The stems of the Party's commissions and committees (纪律检查, 全面深化改革)
   are department stems: 检查 and 深化 inside them are no verbs. */
static void
test_party_commission_stems(void)
{
  NgMentions m = run("中共江城县纪律检查委员会第三次全体会议召开。"
                     "县委全面深化改革委员会召开第五次会议。");
  assert(find(&m, NG_MENTION_ORG, "中共江城县纪律检查委员会"));
  assert(find(&m, NG_MENTION_ORG, "县委全面深化改革委员会"));
  ng_mentions_free(&m);
}

/* A road or street named after a place, the word ending there, is a place
   (北京路与…, 在长安街,); 大厦 ends a site's name. */
static void
test_roads_named_after_places(void)
{
  NgMentions m =
    run("他来到北京路与人民路交叉口察看交通秩序,随后到高新区创业大厦调研。");
  assert(find(&m, NG_MENTION_PLACE, "北京路"));
  assert(named_as(&m, NG_MENTION_PLACE, "高新区创业大厦", "创业大厦"));
  assert(!find(&m, NG_MENTION_PLACE, "北京"));
  ng_mentions_free(&m);
}

/* A body word that holds its level is named whole (响应|团省委); the
   agencies of an international body (联合国禁毒署), a village's Youth
   League branch (某村团支部), a people's armed forces department named
   bare (和人武部干部) and cooperatives are bodies; 决策部署 is none. */
static void
test_league_committees_agencies_and_cooperatives(void)
{
  NgMentions m =
    run("青年们畅谈如何响应团省委的号召。联合国禁毒署署长表示欢迎。"
        "杨柳村团支部书记孙丽娜发言。");
  assert(find(&m, NG_MENTION_ORG, "团省委"));
  assert(find(&m, NG_MENTION_ORG, "联合国禁毒署"));
  assert(holds(&m, "孙丽娜", "书记", "杨柳村团支部"));
  ng_mentions_free(&m);
  m = run("市委、市政府负责人和人武部干部参加。市政府决策部署落实到位。"
          "县绿源果蔬专业合作社负责人介绍情况。");
  assert(find(&m, NG_MENTION_ORG, "人武部"));
  assert(!find(&m, NG_MENTION_ORG, "市政府决策部署"));
  assert(find(&m, NG_MENTION_ORG, "县绿源果蔬专业合作社"));
  ng_mentions_free(&m);
}

/* A country's one-character short name before 方, 总统 or 外长 stands for
   the state, a place (韩方, 日方); inside a word it is none (其中|方面). */
static void
test_short_country_names_before_the_state(void)
{
  NgMentions m = run("中国愿意与韩方共同努力。日方表示遗憾。");
  assert(find(&m, NG_MENTION_PLACE, "韩"));
  assert(find(&m, NG_MENTION_PLACE, "日"));
  ng_mentions_free(&m);
  m = run("其中方面的问题很多,新政府成立后有所改善。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* A 、-list of lakes and rivers whose names open with a surname is no list
   of names (白龙湖、乔庄河等重点水域); names ending in 山 stay names. */
static void
test_lists_of_lakes_and_rivers(void)
{
  NgMentions m = run("要确保白龙湖、乔庄河等重点水域安全度汛。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  assert(find(&m, NG_MENTION_PLACE, "乔庄河"));
  ng_mentions_free(&m);
  m = run("会上,陈远山、李国强等发言。");
  assert(find(&m, NG_MENTION_PERSON, "陈远山"));
  ng_mentions_free(&m);
}

/* An ethnic township the division list lacks ends in 族乡 (某某山瑶族乡). */
static void
test_ethnic_townships(void)
{
  NgMentions m = run("在宁远县九嶷山瑶族乡,他走进西湾村村民家中。");
  assert(find(&m, NG_MENTION_PLACE, "九嶷山瑶族乡"));
  ng_mentions_free(&m);
}

/* The lands of historic regions (中原大地, 齐鲁大地) are places. */
static void
test_lands_of_historic_regions(void)
{
  NgMentions m = run("为奋力谱写齐鲁大地现代化建设新篇章而努力。");
  assert(find(&m, NG_MENTION_PLACE, "齐鲁大地"));
  ng_mentions_free(&m);
}

/* A post written bare after the name (周振华书记) is the one the article
   gives in full (县委书记周振华), no post in no body beside it. */
static void
test_bare_post_after_a_name_is_the_full_one(void)
{
  NgMentions m =
    run("县委书记周振华来到青山镇调研。周振华书记强调,要抓好落实。");
  assert(holds(&m, "周振华", "书记", "县委"));
  assert(!holds(&m, "周振华", "书记", ""));
  ng_mentions_free(&m);
  m = run("赵文杰局长就防范应对提出具体要求。");
  assert(holds(&m, "赵文杰", "局长", ""));
  ng_mentions_free(&m);
}

/* 部 is a unit word too after a named body (县人武部|政治部), with a stem of
   at most four characters besides ordinals (not 某委会|选派参政议政部). */
static void
test_departments_inside_bodies(void)
{
  NgMentions m = run("县人武部政治部副主任钱振东出席。");
  assert(holds(&m, "钱振东", "副主任", "县人武部政治部"));
  ng_mentions_free(&m);
  m = run("民盟江城市委会选派参政议政部负责人出席。");
  assert(!find(&m, NG_MENTION_ORG, "民盟江城市委会选派参政议政部"));
  ng_mentions_free(&m);
}

/* A bay or island named by a weak suffix is a place before 规划 or 保护 as
   well (广阳湾|规划建设). */
static void
test_bays_before_their_planning(void)
{
  NgMentions m = run("要突出生态保护利用,推进青龙岛、青龙湾规划建设。");
  assert(find(&m, NG_MENTION_PLACE, "青龙湾"));
  ng_mentions_free(&m);
}

/* A one-character body word before 级 is a rank (乡局级, 县处级), and
   如何, 什么, 允许 are words a body's name never runs across. */
static void
test_ranks_and_pronouns_before_bodies(void)
{
  NgMentions m =
    run("加强对乡局级后备干部队伍建设。允许国际红十字会进入灾区。");
  assert(!find(&m, NG_MENTION_ORG, "乡局"));
  assert(find(&m, NG_MENTION_ORG, "国际红十字会"));
  ng_mentions_free(&m);
}

/* A rank of bodies (一级党委) and 以上/以下 (团以上党委) name no body. */
static void
test_ranks_of_party_committees(void)
{
  NgMentions m =
    run("作为一级党委班子要抓好落实,加强对团以上党委中心组学习的指导。");
  assert(count(&m, NG_MENTION_ORG) == 0 ||
         (!find(&m, NG_MENTION_ORG, "一级党委") &&
          !find(&m, NG_MENTION_ORG, "上党委")));
  ng_mentions_free(&m);
}

/* Common words that open with a surname character (宿舍, 廉洁, 马路) are no
   names after a title or a list word. */
static void
test_common_words_after_titles(void)
{
  NgMentions m = run("他们为学校的教师宿舍捐款。对廉洁率低的班子给予警告。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
}

/* A province before 频道 names an outlet's channel, no place. */
static void
test_outlet_channels(void)
{
  NgMentions m = run("据人民网江西频道报道,会议在南昌召开。");
  assert(!find(&m, NG_MENTION_PLACE, "江西"));
  assert(find(&m, NG_MENTION_PLACE, "南昌"));
  ng_mentions_free(&m);
}

/* Sites counted by a number and a measure word (种植基地12个) are no name. */
static void
test_counted_sites(void)
{
  NgMentions m = run("全县共建成种植基地12个,带动农户增收。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

/* A date is the left edge of a body's name only when a place or a body
   opens the name; a verb after the date is no part of a company's name
   (10月进入|某某公司). */
static void
test_dates_before_company_names(void)
{
  NgMentions m = run("他2006年10月进入江苏东华测试技术股份有限公司工作。");
  assert(!find(&m, NG_MENTION_ORG, "进入江苏东华测试技术股份有限公司"));
  ng_mentions_free(&m);
}

/* A name written bare between 在 and 的陪同下 (or 的带领下, 的主持下) is
   a person, named nowhere else in the article; 在他的带领下 and
   在党的领导下 name none. */
static void
test_name_in_the_company_of(void)
{
  NgMentions m = run("在柯文远的陪同下,考察组参观了展厅。在他的带领下,"
                     "村民走上致富路。在党的领导下前进。");
  assert(find(&m, NG_MENTION_PERSON, "柯文远"));
  assert(count(&m, NG_MENTION_PERSON) == 1);
  ng_mentions_free(&m);
  m = run("在黎小岚的带领下,合作社发展壮大。");
  assert(find(&m, NG_MENTION_PERSON, "黎小岚"));
  ng_mentions_free(&m);
}

/* A name written bare, first seen in the middle of a clause, after a
   preposition and before a verb that follows names: 据某某介绍,
   向某某颁发 (向 the preposition, not the surname), 与某某进行座谈,
   看望某某老人; and a biography that opens 某某,女,汉族. A medal
   (纪念章颁发仪式) and fields (农田进行灌溉) are no names, and
   市领导向某某出席 keeps 向 as the surname. */
static void
test_bare_name_inside_a_clause(void)
{
  NgMentions m = run("据柯文远介绍,项目总投资3亿元。县领导向黎小岚颁发了"
                     "荣誉证书。调研组与乔雨桐进行了座谈交流。看望了邹宝林"
                     "老人,送上慰问品。");
  assert(find(&m, NG_MENTION_PERSON, "柯文远"));
  assert(find(&m, NG_MENTION_PERSON, "黎小岚"));
  assert(!find(&m, NG_MENTION_PERSON, "向黎小"));
  assert(find(&m, NG_MENTION_PERSON, "乔雨桐"));
  assert(find(&m, NG_MENTION_PERSON, "邹宝林"));
  assert(count(&m, NG_MENTION_PERSON) == 4);
  ng_mentions_free(&m);
  m = run("聂秋岚,女,汉族,1978年5月生,大学学历。");
  assert(find(&m, NG_MENTION_PERSON, "聂秋岚"));
  ng_mentions_free(&m);
  m = run("“光荣在党50年”纪念章颁发仪式举行。农田进行灌溉。"
          "市领导向春林出席。");
  assert(find(&m, NG_MENTION_PERSON, "向春林"));
  assert(count(&m, NG_MENTION_PERSON) == 1);
  ng_mentions_free(&m);
}

/* Ordinary people named after what they are (退役军人, 民警, 种植大户,
   返乡创业青年) or before how they speak (讲述, 激动地说); names given an
   honour (授予某某等10名同志); and a name of two characters before
   在调研中, where 在 is no given character: 李强在 is no name. */
static void
test_people_named_in_features(void)
{
  NgMentions m = run("退役军人柯文远带头捐款。民警乔雨桐及时将老人送回家中。"
                     "种植大户邹宝林在大棚里忙碌。返乡创业青年聂秋岚办起了"
                     "家庭农场。");
  assert(find(&m, NG_MENTION_PERSON, "柯文远"));
  assert(find(&m, NG_MENTION_PERSON, "乔雨桐"));
  assert(find(&m, NG_MENTION_PERSON, "邹宝林"));
  assert(find(&m, NG_MENTION_PERSON, "聂秋岚"));
  ng_mentions_free(&m);
  m = run("老党员黎建国讲述了入党经历。困难群众包春生激动地说,感谢党和"
          "政府。大会授予龚明远等10名同志“优秀共产党员”称号。");
  assert(find(&m, NG_MENTION_PERSON, "黎建国"));
  assert(find(&m, NG_MENTION_PERSON, "包春生"));
  assert(find(&m, NG_MENTION_PERSON, "龚明远"));
  ng_mentions_free(&m);
  m = run("李强在调研中强调,要抓好安全生产。胡文和指出,要抓好落实。");
  assert(find(&m, NG_MENTION_PERSON, "李强"));
  assert(!find(&m, NG_MENTION_PERSON, "李强在"));
  assert(find(&m, NG_MENTION_PERSON, "胡文和"));
  ng_mentions_free(&m);
}

/* Names on a page outside the prose: a photo's caption (图为某某(右二),
   某某(中)), a programme's host (主持人:某某), a biography (某某,
   1975年10月出生; 某某,现任…; 某某(蒙古族)), and a list with spaces
   (出席会议的有:甲 乙 丙), one who speaks in an interview (某某:我们…). */
static void
test_names_in_captions_and_lists(void)
{
  NgMentions m = run("图为柯文远(右二)在车间查看生产情况。乔雨桐(中)与村干部"
                     "交流。主持人:邹宝林");
  assert(find(&m, NG_MENTION_PERSON, "柯文远"));
  assert(find(&m, NG_MENTION_PERSON, "乔雨桐"));
  assert(find(&m, NG_MENTION_PERSON, "邹宝林"));
  ng_mentions_free(&m);
  m = run("聂秋岚,1975年10月出生,中共党员。黎建国,现任县委常委。"
          "包春生(蒙古族)当选为苏木达。");
  assert(find(&m, NG_MENTION_PERSON, "聂秋岚"));
  assert(find(&m, NG_MENTION_PERSON, "黎建国"));
  assert(find(&m, NG_MENTION_PERSON, "包春生"));
  ng_mentions_free(&m);
  m =
    run("走访群众记录\n蒯云飞:我们将持续加大投入力度。\n会议强调:要抓好落实。");
  assert(find(&m, NG_MENTION_PERSON, "蒯云飞"));
  assert(count(&m, NG_MENTION_PERSON) == 1);
  ng_mentions_free(&m);
  m = run("全县冬季农业生产会议召开\n出席会议的有:龚明远 席慕言 蒯云飞");
  assert(find(&m, NG_MENTION_PERSON, "龚明远"));
  assert(find(&m, NG_MENTION_PERSON, "席慕言"));
  assert(find(&m, NG_MENTION_PERSON, "蒯云飞"));
  assert(count(&m, NG_MENTION_PERSON) == 3);
  ng_mentions_free(&m);
}

/* Names whose last character is also a function word (为, 同): written
   twice (某大为为学员讲授, 某世同同志) or alone before a clause mark at a
   list's end (、某大为,) the first ends the name, as 为 or 同 does before
   a word that follows names (某有为通报, 某希同表示); 王刚等, stays 王刚. */
static void
test_names_ending_in_a_function_word(void)
{
  NgMentions m =
    run("会议召开\n市领导柯文远、卢大为,旗政协党组成员出席。教授闫有为为学员"
        "讲授了第一课。县委书记韩世同同志出席。王刚等,参加会议。");
  assert(find(&m, NG_MENTION_PERSON, "卢大为"));
  assert(find(&m, NG_MENTION_PERSON, "闫有为"));
  assert(find(&m, NG_MENTION_PERSON, "韩世同"));
  assert(find(&m, NG_MENTION_PERSON, "王刚"));
  assert(count(&m, NG_MENTION_PERSON) == 5);
  ng_mentions_free(&m);
  m = run("会议召开\n主任卢有为通报了全市情况。邵希同表示,将联合推进。"
          "院长林金和,党委副书记李明出席。");
  assert(find(&m, NG_MENTION_PERSON, "卢有为"));
  assert(find(&m, NG_MENTION_PERSON, "邵希同"));
  assert(find(&m, NG_MENTION_PERSON, "林金和"));
  ng_mentions_free(&m);
  /* 和 before 参加, 主持, 陪同 ends a name, unless 的 makes the verb a
     description of others (和参加活动的志愿者) or it is a noun (主持人) */
  m = run("会议召开\n副局长卓春和参加调研。主任蒲文和主持会议。县委书记"
          "乔明和参加活动的志愿者合影,局长邹宝林和主持人交流。");
  assert(find(&m, NG_MENTION_PERSON, "卓春和"));
  assert(find(&m, NG_MENTION_PERSON, "蒲文和"));
  assert(find(&m, NG_MENTION_PERSON, "乔明"));
  assert(find(&m, NG_MENTION_PERSON, "邹宝林"));
  assert(count(&m, NG_MENTION_PERSON) == 4);
  ng_mentions_free(&m);
  /* the last of a list: 为 before a verb that follows names is the name's */
  m = run("会议召开\n副主任卓春生、蒲文远、闫大为出席会议。");
  assert(find(&m, NG_MENTION_PERSON, "闫大为"));
  assert(count(&m, NG_MENTION_PERSON) == 3);
  ng_mentions_free(&m);
}

/* A clause that opens with a surname and two characters the lists know
   nothing of, right before a title (某慎非副区长率队), is a name with its
   post. */
static void
test_unknown_name_before_a_title(void)
{
  NgMentions m =
    run("会议召开\n9月27日上午,方慎非副区长率队开展安全生产检查。");
  assert(find(&m, NG_MENTION_PERSON, "方慎非"));
  assert(holds(&m, "方慎非", "副区长", ""));
  ng_mentions_free(&m);
}

/* Rarer surnames of the Hundred Family Surnames that are also words (慎,
   扶, 步): a name after a title, while 慎重, 扶贫 and 步行 stay words. */
static void
test_rare_surnames_that_are_words(void)
{
  NgMentions m = run("会议召开\n副市长慎启航出席。市扶贫办主任扶立新讲话。"
                     "要慎重决策,做好扶贫工作,鼓励步行出行。");
  assert(holds(&m, "慎启航", "副市长", ""));
  assert(find(&m, NG_MENTION_PERSON, "扶立新"));
  assert(count(&m, NG_MENTION_PERSON) == 2);
  ng_mentions_free(&m);
}

/* Surnames that are function words too (任, 于, 向): right after a title,
   with given characters common in names and a word that follows names
   after them, a name (书记任家国讲话); the word where what follows is no
   name's (书记于会上讲话, 主任和国家部委). */
static void
test_surnames_that_are_function_words(void)
{
  NgMentions m = run("会议召开\n镇党委书记任家国讲话。联络组主席于国华、副主任"
                     "苗立新出席。县长于会上强调,主任和国家部委对接。");
  assert(holds(&m, "任家国", "书记", "镇党委"));
  assert(find(&m, NG_MENTION_PERSON, "于国华"));
  assert(find(&m, NG_MENTION_PERSON, "苗立新"));
  assert(count(&m, NG_MENTION_PERSON) == 3);
  ng_mentions_free(&m);
  /* names a post is given to or taken from (任命某某为, 聘任, 提名, 免去),
     the surname a function word too or not */
  m = run("人事任免\n会议经表决,任命蒲国政为县发展和改革局局长,任命卓之钧、"
          "蒲立新为副县长,任命任家国为县长助理,聘任邹宝林为学校名誉校长。");
  assert(holds(&m, "蒲国政", "局长", "县发展和改革局"));
  assert(holds(&m, "卓之钧", "副县长", ""));
  assert(holds(&m, "蒲立新", "副县长", ""));
  assert(find(&m, NG_MENTION_PERSON, "任家国"));
  assert(find(&m, NG_MENTION_PERSON, "邹宝林"));
  ng_mentions_free(&m);
  /* one given character the name statistics lack, the other common in
     names, before a word that follows names; not before other words */
  m = run("县政协召开协商会\n县政协主席向志旺出席会议并讲话。"
          "县长向人大报告工作,书记向省里汇报。");
  assert(holds(&m, "向志旺", "主席", "县政协"));
  assert(count(&m, NG_MENTION_PERSON) == 1);
  ng_mentions_free(&m);
  /* 植树 (tree planting) opening a clause before 现场 is no name */
  m = run("义务植树活动\n县领导参加植树。植树现场,干部群众挥锹铲土。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
}

/* Surnames of the Yi, Dai and Hani of Yunnan (者, 刀, 杞): names in a
   list of leaders and after a title, while 或者, 记者, 刀具 and 枸杞 stay
   words. */
static void
test_yunnan_minority_surnames(void)
{
  NgMentions m =
    run("县人代会开幕\n出席会议的县领导还有:甲乙丙、者秀英、刀建明、"
        "杞文华。副县长刀志远讲话。记者王小明报道,"
        "或者购买刀具的群众,种植枸杞的农户。");
  assert(find(&m, NG_MENTION_PERSON, "者秀英"));
  assert(find(&m, NG_MENTION_PERSON, "刀建明"));
  assert(find(&m, NG_MENTION_PERSON, "杞文华"));
  assert(holds(&m, "刀志远", "副县长", ""));
  assert(!find(&m, NG_MENTION_PERSON, "者王小"));
  assert(!find(&m, NG_MENTION_PERSON, "刀具"));
  ng_mentions_free(&m);
}

/* A city's short name whose first character ends a title is the title
   and a name (州长|沙某某, not 长沙), unless the title's first character
   ends a place (湖南省|长沙); Dai men's names open with 岩 as women's
   with 玉, and 岩石 stays a word. */
static void
test_titles_before_city_names_and_dai_names(void)
{
  NgMentions m =
    run("会议召开\n州长沙明远、州委常委岩温亮出席。会议在湖南省长沙"
        "举行,专家对岩石进行了检测。");
  assert(holds(&m, "沙明远", "州长", ""));
  assert(holds(&m, "岩温亮", "常委", "州委"));
  assert(find(&m, NG_MENTION_PLACE, "长沙"));
  assert(count(&m, NG_MENTION_PERSON) == 2);
  ng_mentions_free(&m);
}

/* 骞 and 茶 (a surname of the Hani and Yi of southern Yunnan) name
   persons after a title and in a list of leaders, while 茶叶, 茶园 and
   茶农 stay words. */
static void
test_surnames_qian_and_cha(void)
{
  NgMentions m =
    run("区防指召开会商会\n区委副书记、区长骞立诚主持会议。县委书记茶文彬,"
        "副县长骞晓岚、茶建勋出席。茶园面积达3万亩,茶农增收,茶叶品质提升。");
  assert(holds(&m, "骞立诚", "区长", ""));
  assert(holds(&m, "茶文彬", "书记", "县委"));
  assert(find(&m, NG_MENTION_PERSON, "骞晓岚"));
  assert(find(&m, NG_MENTION_PERSON, "茶建勋"));
  assert(!find(&m, NG_MENTION_PERSON, "茶园面"));
  assert(!find(&m, NG_MENTION_PERSON, "茶农"));
  assert(!find(&m, NG_MENTION_PERSON, "茶叶"));
  ng_mentions_free(&m);
}

/* 税, 言, 起 and 寸, surnames that are also words, name persons after a
   title and in a list of leaders; 税务, 发言, 起草, 一起, 尺寸 stay words. */
static void
test_regional_surnames_that_are_words(void)
{
  NgMentions m =
    run("市委常委、市纪委书记税明远出席会议并讲话。县委副书记言晓岚主持。"
        "州医院院长起建勋,市委书记寸立诚作交流发言。市税务局负责人发言,"
        "会议审议了起草的文件,大家一起研究了尺寸标准。");
  assert(holds(&m, "税明远", "书记", "市纪委"));
  assert(holds(&m, "言晓岚", "副书记", "县委"));
  assert(holds(&m, "起建勋", "院长", "州医院"));
  assert(holds(&m, "寸立诚", "书记", "市委"));
  assert(count(&m, NG_MENTION_PERSON) == 4);
  ng_mentions_free(&m);
}

/* 露 stands in women's given names (镇纪委书记某露陪同) though the NER
   data behind given.tsv has it only in words; 披露 and 露天 stay words. */
static void
test_lu_in_given_names(void)
{
  NgMentions m = run("镇纪委书记甘露陪同。村党支部书记汪露汇报了情况。"
                     "会议披露了露天矿山的整治进展。");
  assert(holds(&m, "甘露", "书记", "镇纪委"));
  assert(find(&m, NG_MENTION_PERSON, "汪露"));
  assert(count(&m, NG_MENTION_PERSON) == 2);
  ng_mentions_free(&m);
}

/* 线 and 排, Dai surnames of Dehong, name persons after a title and in a
   list of leaders; 线路, 排查, 安排 and 一线 stay words. */
static void
test_dai_surnames_xian_and_pai(void)
{
  NgMentions m =
    run("市委书记线明远主持会议。市委副书记、市长排晓岚,副市长线立诚出席。"
        "线路改造和隐患排查要安排到一线。");
  assert(holds(&m, "线明远", "书记", "市委"));
  assert(holds(&m, "排晓岚", "市长", ""));
  assert(find(&m, NG_MENTION_PERSON, "线立诚"));
  assert(count(&m, NG_MENTION_PERSON) == 3);
  ng_mentions_free(&m);
}

/* 来 before a place is the verb of coming (市领导来|某县督导), not the
   surname 来; 来 before given characters stays a surname. */
static void
test_lai_before_a_place(void)
{
  NgMentions m = run("市领导来天全督导森林防火工作。省政协调研组来万宁调研。"
                     "县委书记来建国出席。");
  assert(!find(&m, NG_MENTION_PERSON, "来天全"));
  assert(!find(&m, NG_MENTION_PERSON, "来万宁"));
  assert(holds(&m, "来建国", "书记", "县委"));
  ng_mentions_free(&m);
}

/* 新的社会阶层人士联合会 (新联会), the united front's council of the new
   social strata, is a body's whole word: its 的 does not cut the region
   off the name, and 县新联会 is the same kind of body. */
static void
test_councils_of_new_social_strata(void)
{
  NgMentions m =
    run("龙游县新的社会阶层人士联合会第二届会员大会召开。县委统战部、"
        "县新联会各分会会员参加会议。");
  assert(find(&m, NG_MENTION_ORG, "龙游县新的社会阶层人士联合会"));
  assert(!find(&m, NG_MENTION_ORG, "社会阶层人士联合会"));
  assert(!find(&m, NG_MENTION_PLACE, "龙游县"));
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_chiefs_of_rivers_lakes_and_forests);
  RUN(test_dot_names_across_function_characters);
  RUN(test_trade_names_with_function_characters);
  RUN(test_fields_joined_by_yu_in_a_name);
  RUN(test_associations_and_visiting_groups);
  RUN(test_joined_subjects_and_list_items);
  RUN(test_party_committees_named_by_kind_alone);
  RUN(test_qiu_is_a_surname);
  RUN(test_sites_and_venues);
  RUN(test_committees_named_with_their_term);
  RUN(test_outlet_named_by_its_places);
  RUN(test_trade_name_before_a_company_post);
  RUN(test_teams_in_a_list_of_bodies);
  RUN(test_name_opening_a_sentence);
  RUN(test_rivers_before_works_on_them);
  RUN(test_institutions_as_venues);
  RUN(test_function_words_before_bodies);
  RUN(test_ministries_of_states);
  RUN(test_given_names_that_are_region_words);
  RUN(test_units_inside_bodies);
  RUN(test_long_site_names_after_a_verb);
  RUN(test_visited_village_committees);
  RUN(test_academic_posts);
  RUN(test_level_word_edges_and_safety_offices);
  RUN(test_presidium_after_its_meeting);
  RUN(test_outlets_opening_a_lead);
  RUN(test_office_of_a_cppcc);
  RUN(test_one_character_city_names_in_pairs);
  RUN(test_exhibition_centres_gardens_and_temples);
  RUN(test_publishers_and_troupes);
  RUN(test_national_level_bodies);
  RUN(test_special_committees_of_congresses);
  RUN(test_road_chiefs);
  RUN(test_halls_dams_and_stations);
  RUN(test_local_state_companies_and_joint_actions);
  RUN(test_dot_names_opening_with_a_place);
  RUN(test_party_commission_stems);
  RUN(test_roads_named_after_places);
  RUN(test_league_committees_agencies_and_cooperatives);
  RUN(test_short_country_names_before_the_state);
  RUN(test_lists_of_lakes_and_rivers);
  RUN(test_ethnic_townships);
  RUN(test_lands_of_historic_regions);
  RUN(test_bare_post_after_a_name_is_the_full_one);
  RUN(test_departments_inside_bodies);
  RUN(test_bays_before_their_planning);
  RUN(test_ranks_and_pronouns_before_bodies);
  RUN(test_ranks_of_party_committees);
  RUN(test_common_words_after_titles);
  RUN(test_outlet_channels);
  RUN(test_counted_sites);
  RUN(test_dates_before_company_names);
  RUN(test_surname_and_form_of_address);
  RUN(test_common_words_across_county_names);
  RUN(test_yi_after_a_name);
  RUN(test_name_in_the_company_of);
  RUN(test_bare_name_inside_a_clause);
  RUN(test_people_named_in_features);
  RUN(test_names_in_captions_and_lists);
  RUN(test_names_ending_in_a_function_word);
  RUN(test_unknown_name_before_a_title);
  RUN(test_rare_surnames_that_are_words);
  RUN(test_yunnan_minority_surnames);
  RUN(test_surnames_qian_and_cha);
  RUN(test_regional_surnames_that_are_words);
  RUN(test_lu_in_given_names);
  RUN(test_dai_surnames_xian_and_pai);
  RUN(test_lai_before_a_place);
  RUN(test_councils_of_new_social_strata);
  RUN(test_surnames_that_are_function_words);
  RUN(test_titles_before_city_names_and_dai_names);
  mentions_close();
  return 0;
}
