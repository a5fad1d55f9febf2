/* tests/unit/test_entity_news.c -- kinds of names, bodies and places that
   national and foreign-affairs news writes and the public NER data showed
   the recognizers missed: each test writes sentences of its own with
   invented names of the same shape as real ones. */
#include "mentions.h"

/* A transliterated foreign name after a title ends where the run of
   transliteration ends, before a verb or a time no list knows (总统某某|竞选,
   部长某某|最近) or a date, and holds no character names do not use
   (某某顿|即将); before a title or a word that follows names (某某先生强调) it
   may follow a function word (与|某某总理). Chinese names after a title are
   read as before. */
static void
test_foreign_names(void)
{
  NgMentions m = run("执政党曾想修改宪法，使现任总统拉维蒂斯竞选连任。");
  assert(find(&m, NG_MENTION_PERSON, "拉维蒂斯"));
  ng_mentions_free(&m);
  m = run("该国农业部长萨迪尔卡最近披露，将兴修水利。");
  assert(find(&m, NG_MENTION_PERSON, "萨迪尔卡"));
  ng_mentions_free(&m);
  m = run("某国总统莫林顿26日说，访问将如期进行。");
  assert(find(&m, NG_MENTION_PERSON, "莫林顿"));
  ng_mentions_free(&m);
  m = run("在总统莫林顿即将访问之际，专家举行了座谈。");
  assert(find(&m, NG_MENTION_PERSON, "莫林顿"));
  assert(!find(&m, NG_MENTION_PERSON, "莫林顿即"));
  ng_mentions_free(&m);
  m = run("在谈到经验时，阿尔维斯先生强调，关键是收支平衡。");
  assert(find(&m, NG_MENTION_PERSON, "阿尔维斯"));
  ng_mentions_free(&m);
  m = run("会议指出，另外要表彰先进。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
  m = run("总统28日下午与纳迪延科总理会见。");
  assert(find(&m, NG_MENTION_PERSON, "纳迪延科"));
  ng_mentions_free(&m);
  m = run("县委书记潘建达主持会议，副县长达丽娜出席。");
  assert(holds(&m, "潘建达", "书记", "县委"));
  assert(holds(&m, "达丽娜", "副县长", ""));
  ng_mentions_free(&m);
}

/* A name before a body of thought the Party studies (某某理论, 某某思想,
   某某生态文明思想, 某某法治思想) is a person's, as one before 新时代 is;
   words such as 统一思想 or 解放思想 hold no name. */
static void
test_names_before_thought(void)
{
  NgMentions m = run("会议要求，以李明华生态文明思想为指导，推进绿色发展。");
  assert(find(&m, NG_MENTION_PERSON, "李明华"));
  ng_mentions_free(&m);
  m = run("领导干部深入学习张建国理论，要坚持理论联系实际。");
  assert(find(&m, NG_MENTION_PERSON, "张建国"));
  ng_mentions_free(&m);
  m = run("培训班安排王立华新时代思想、党性教育等课程。");
  assert(find(&m, NG_MENTION_PERSON, "王立华"));
  ng_mentions_free(&m);
  m = run("会议强调，要统一思想，解放思想，狠抓落实。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
}

/* The capitals of the member states of the United Nations and large
   foreign cities are places (代表团在伯尔尼, 温得和克消息); 中南海 where
   leaders meet guests is one too; 来宾 is the city only where no word for
   guests holds it (各位来宾, 来宾代表). */
static void
test_foreign_capitals_and_guests(void)
{
  NgMentions m = run("在伯尔尼，代表团与当地学术机构进行了交流。");
  assert(find(&m, NG_MENTION_PLACE, "伯尔尼"));
  ng_mentions_free(&m);
  m = run("温得和克消息：为期三天的经济论坛闭幕。");
  assert(find(&m, NG_MENTION_PLACE, "温得和克"));
  ng_mentions_free(&m);
  m = run("副总理王建国今天在中南海会见了来访客人。");
  assert(find(&m, NG_MENTION_PLACE, "中南海"));
  ng_mentions_free(&m);
  m = run("各位领导、各位来宾，大家上午好。市长作为来宾代表致辞。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("会议在来宾召开，来宾市委书记李明出席。");
  assert(find(&m, NG_MENTION_PLACE, "来宾"));
  ng_mentions_free(&m);
}

/* Words after which names follow: 夫人 (偕夫人某某), and a minister of a
   monarchy (外交大臣某某) is a post; but a word that runs past such a word
   ends it (的有|关: 有关 names no one). */
static void
test_spouses_ministers_and_crossing_words(void)
{
  NgMentions m = run("国家主席偕夫人彭建华出席欢迎宴会。");
  assert(find(&m, NG_MENTION_PERSON, "彭建华"));
  ng_mentions_free(&m);
  m = run("某国外交大臣帕特里克今天发表声明。");
  assert(find(&m, NG_MENTION_PERSON, "帕特里克"));
  ng_mentions_free(&m);
  m = run("要把学习文件同党中央的有关重要论述结合起来。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
  m = run("出席会议的有李明华、王建国等。");
  assert(find(&m, NG_MENTION_PERSON, "李明华"));
  ng_mentions_free(&m);
}

/* A department written by its short name (县委统战部, 市场监管局) is named
   in full (县委统一战线工作部), the name as written kept as its surface, so
   that it is one body with the department named in full elsewhere; its
   head's post is in the full name too. A short name that stands for
   different full names from place to place (文旅局) stays as written. */
static void
test_short_names_written_in_full(void)
{
  NgMentions m =
    run("县委统战部部长王建国、县市场监管局局长李振东出席，县文旅局参加。");
  assert(holds(&m, "王建国", "部长", "县委统一战线工作部"));
  assert(named_as(&m, NG_MENTION_ORG, "县委统一战线工作部", "县委统战部"));
  assert(holds(&m, "李振东", "局长", "县市场监督管理局"));
  assert(find(&m, NG_MENTION_ORG, "县文旅局"));
  assert(!find(&m, NG_MENTION_ORG, "县委统战部"));
  ng_mentions_free(&m);
  m                  = run("市卫生健康委员会主任张晓明、市卫健委副主任刘华出席会议。");
  const NgMention *a = find(&m, NG_MENTION_ORG, "市卫生健康委员会");
  assert(a && count(&m, NG_MENTION_ORG) == 2);
  for (size_t i = 0; i < m.n; i++)
    if (m.v[i].kind == NG_MENTION_ORG)
      assert(!strcmp(m.v[i].iri, a->iri));
  assert(holds(&m, "刘华", "副主任", "市卫生健康委员会"));
  ng_mentions_free(&m);
}

/* Short names of local bodies: stems of departments renamed in 2018
   (林草局, 国动办), offices named by their work (双拥办, 党史办), the member
   associations of a federation of literary and art circles (作协, 美协) and
   the Taiwan compatriots' federation (台联); a branch named by a county's
   short name after its bureau (州林草局|某川|分局) is the bureau's. No body
   ends inside 合作协议 or 平台联动. */
static void
test_short_names_of_local_bodies(void)
{
  NgMentions m = run("县林草局局长王建国、市国动办主任李振东汇报工作。");
  assert(holds(&m, "王建国", "局长", "县林业和草原局"));
  assert(holds(&m, "李振东", "主任", "市国动办"));
  ng_mentions_free(&m);
  m = run("市作协主席张晓明、县台联负责人刘华出席，县委党史办、市双拥办参加。");
  assert(holds(&m, "张晓明", "主席", "市作协"));
  assert(find(&m, NG_MENTION_ORG, "县台联"));
  assert(find(&m, NG_MENTION_ORG, "县委党史办"));
  assert(find(&m, NG_MENTION_ORG, "市双拥办"));
  ng_mentions_free(&m);
  m = run("大理州林草局宾川分局局长赵明出席会议。");
  assert(holds(&m, "赵明", "局长", "大理州林草局宾川分局"));
  ng_mentions_free(&m);
  m = run("双方签订战略合作协议，推动平台联动发展。");
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
}

/* Rare surnames of the frequency tables (郇, 籍) are names after a title
   and before 主持 like any other; 户籍 and 国籍 stay words. */
static void
test_rare_surnames(void)
{
  NgMentions m = run("市委书记郇立新主持会议。市人大常委会主任籍志强出席。");
  assert(holds(&m, "郇立新", "书记", "市委"));
  assert(holds(&m, "籍志强", "主任", "市人大常委会"));
  ng_mentions_free(&m);
  m = run("会议强调，要做好户籍管理工作，国籍认定依法办理。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
  /* 玄, a surname of Korean Chinese; 玄武区 stays a place */
  m = run("县政协副主席玄明浩出席。玄武区副区长王立参加。");
  assert(holds(&m, "玄明浩", "副主席", "县政协"));
  assert(count(&m, NG_MENTION_PERSON) == 2);
  ng_mentions_free(&m);
}

/* A village whose name opens with a numeral (三桥村, 五星村) is a place
   like any other after a verb or a clause mark; a count of villages
   (三个村, 一些村) and a rank of villages (二类村, 一般村) name none. */
static void
test_villages_named_with_numerals(void)
{
  NgMentions m =
    run("县委书记来到三桥村调研。可以看出，五星村村干部作风扎实。");
  assert(find(&m, NG_MENTION_PLACE, "三桥村"));
  assert(find(&m, NG_MENTION_PLACE, "五星村"));
  ng_mentions_free(&m);
  m = run("工作组来到三个村调研，走访了一些村的农户。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
  m = run("全县将行政村分为示范村、二类村和一般村，分类推进。");
  assert(!find(&m, NG_MENTION_PLACE, "二类村"));
  assert(!find(&m, NG_MENTION_PLACE, "一般村"));
  ng_mentions_free(&m);
}

/* Persons news names outside a post: deputies at a delegation's
   deliberation (代表某某、某某), the household visited (脱贫户某某家中),
   the last of a list that no word closes (候补委员甲、乙递补为…), a
   Kazakh name in a list of deputy heads, a surname that is a word too (代).
   Words that open with a surname are no names: 其余正在, 包乡镇,
   负责人和优秀…, 成功创建. */
static void
test_persons_outside_posts(void)
{
  NgMentions m = run("县长参加城关镇代表团审议，代表杨春燕、林国华结合基层实际"
                     "提出建议。");
  assert(find(&m, NG_MENTION_PERSON, "杨春燕"));
  assert(find(&m, NG_MENTION_PERSON, "林国华"));
  ng_mentions_free(&m);
  m = run("县委副书记孙涛走进脱贫户田大山家中，详细询问家庭收入情况。");
  assert(find(&m, NG_MENTION_PERSON, "田大山"));
  ng_mentions_free(&m);
  m = run("全会决定，由县委候补委员郭海峰、刘振海递补为县委委员。");
  assert(find(&m, NG_MENTION_PERSON, "郭海峰"));
  assert(find(&m, NG_MENTION_PERSON, "刘振海"));
  ng_mentions_free(&m);
  m = run("副区长马文涛、吴丽华、赛力克出席会议。政协委员黄志刚、代红梅等"
          "先后发言。");
  assert(find(&m, NG_MENTION_PERSON, "赛力克"));
  assert(find(&m, NG_MENTION_PERSON, "代红梅"));
  assert(!find(&m, NG_MENTION_PERSON, "代表"));
  ng_mentions_free(&m);
  m = run("县级领导包乡镇、乡镇干部包村。排查隐患126处，已整改98处，其余正在"
          "整改。邀请部门主要负责人和优秀基层干部授课。平远县成功创建省级"
          "示范区。管护员代表才让尼玛发言。");
  assert(count(&m, NG_MENTION_PERSON) == 1);
  assert(find(&m, NG_MENTION_PERSON, "才让尼玛"));
  ng_mentions_free(&m);
}

/* A Uyghur name whose first part is two elements run together before the
   dot (阿不都热合曼·吐尔逊) is one person, in a list as after a title. */
static void
test_dotted_name_of_two_elements(void)
{
  NgMentions m =
    run("县领导孔令辉、阿不都热合曼·吐尔逊出席。乡长阿不都热合曼·买买提"
        "主持。");
  assert(find(&m, NG_MENTION_PERSON, "阿不都热合曼·吐尔逊"));
  assert(find(&m, NG_MENTION_PERSON, "阿不都热合曼·买买提"));
  assert(!find(&m, NG_MENTION_PERSON, "吐尔逊"));
  assert(!find(&m, NG_MENTION_PERSON, "阿不都"));
  ng_mentions_free(&m);
}

/* Labour models are named like officials (全国劳动模范某某); a word after
   的 and before 与 is a thing, not a name (党的关怀与祝福), though a full
   name there stays one (工作的何某某和). */
static void
test_models_and_things_joined(void)
{
  NgMentions m =
    run("县人大代表、全国劳动模范杨春生发言。送去党的关怀与新春祝福。"
        "推荐给主持工作的何永年和分管工作的同志。");
  assert(find(&m, NG_MENTION_PERSON, "杨春生"));
  assert(find(&m, NG_MENTION_PERSON, "何永年"));
  assert(!find(&m, NG_MENTION_PERSON, "关怀"));
  ng_mentions_free(&m);
}

/* Ordinary people named after a word such as 党员 or 网格员, with no word
   after the name to close it (老党员周德胜激动地说), and a person whose
   name opens a biography in brackets (王海峰(女,汉族,…)); 党员和群众 names
   no one. */
static void
test_people_named_in_reports(void)
{
  NgMentions m =
    run("网格员刘芳芳、志愿者陈小雨参加活动。87岁的老党员周德胜激动地说。"
        "王海峰(女,汉族,1975年生)任县妇联主席。对广大党员和群众有导向"
        "作用。");
  assert(find(&m, NG_MENTION_PERSON, "刘芳芳"));
  assert(find(&m, NG_MENTION_PERSON, "周德胜"));
  assert(find(&m, NG_MENTION_PERSON, "王海峰"));
  assert(!find(&m, NG_MENTION_PERSON, "和群"));
  ng_mentions_free(&m);
}

/* A name of three characters that ends in 和 or 与 before a verb that
   follows names is whole (书记周海和作表态发言); 和 between verbs joins
   them (加强和改善), and before a noun it joins two (书记陈立与主持人). */
static void
test_names_ending_in_and(void)
{
  NgMentions m =
    run("学员代表、某村党总支书记周海和作表态发言。各级党组织要加强和"
        "改善对政协工作的领导。村党支部书记陈立与主持人交流。"
        "区人大常委会主任郑永和带领代表视察。");
  assert(find(&m, NG_MENTION_PERSON, "周海和"));
  assert(find(&m, NG_MENTION_PERSON, "郑永和"));
  assert(!find(&m, NG_MENTION_PERSON, "郑永"));
  assert(!find(&m, NG_MENTION_PERSON, "周海"));
  assert(!find(&m, NG_MENTION_PERSON, "和改善"));
  assert(find(&m, NG_MENTION_PERSON, "陈立"));
  assert(!find(&m, NG_MENTION_PERSON, "陈立与"));
  ng_mentions_free(&m);
}

/* The surnames 续 and 寿 name officials after a title (局长续某某,
   市长寿某某), while the
   words that end in it (持续, 陆续) open no name before a title (持续加强
   委员队伍建设). */
static void
test_surname_xu(void)
{
  NgMentions m = run("区住房和城乡建设局局长续红英汇报了工作。会议要求持续加强"
                     "委员队伍建设,陆续开展委员培训。");
  assert(find(&m, NG_MENTION_PERSON, "续红英"));
  assert(count(&m, NG_MENTION_PERSON) == 1);
  ng_mentions_free(&m);
  /* 寿 after 市长 (市长寿立平), though 长寿 is a word */
  m = run("市委副书记、市长寿立平出席会议。祝老人健康长寿。");
  assert(find(&m, NG_MENTION_PERSON, "寿立平"));
  assert(count(&m, NG_MENTION_PERSON) == 1);
  ng_mentions_free(&m);
}

/* A road whose name opens with a surname is no person where a road's
   context follows it (黎阳路与兴鹤大街交叉口, 华山路、钟楼路, 高新路至
   文明路段), while a name that ends in 路 stays one (张之路和王芳). */
static void
test_roads_are_no_persons(void)
{
  NgMentions m = run("市长柯文远来到黎阳路与兴鹤大街交叉口,又先后来到华山路、"
                     "钟楼路,察看高新路至文明路段施工情况。张之路和王芳参加"
                     "调研。");
  assert(find(&m, NG_MENTION_PERSON, "柯文远"));
  assert(find(&m, NG_MENTION_PERSON, "张之路"));
  assert(find(&m, NG_MENTION_PERSON, "王芳"));
  assert(count(&m, NG_MENTION_PERSON) == 3);
  ng_mentions_free(&m);
}

/* The contact person of a press release (联系人:甲, 聯絡人:甲) is a
   person; 解忧 (为群众解忧) is a word, though 解 is a surname. */
static void
test_contact_person_of_a_release(void)
{
  NgMentions m = run("发布日期:2025-10-14 联络人:柯文远 联络电话:0731-1234567。"
                     "联系人:宁晓燕,电话:0731-7654321。把中心建成群众解忧的"
                     "终点站。");
  assert(find(&m, NG_MENTION_PERSON, "柯文远"));
  assert(find(&m, NG_MENTION_PERSON, "宁晓燕"));
  assert(count(&m, NG_MENTION_PERSON) == 2);
  ng_mentions_free(&m);
}

/* A name of three characters after a title whose first two are a word
   (党建华: 党建) is a name before a clause mark or a word that follows
   names; the word itself stays (书记党建工作述职, 总理周二晚表示). */
static void
test_name_opening_with_a_word_after_a_title(void)
{
  NgMentions m = run("县人大常委会主任党建华,县政协主席柯文远等出席。县委书记"
                     "党建华主持会议。村党支部书记党建工作述职评议会召开。"
                     "某国总理周二晚表示欢迎。");
  assert(find(&m, NG_MENTION_PERSON, "党建华"));
  assert(find(&m, NG_MENTION_PERSON, "柯文远"));
  assert(!find(&m, NG_MENTION_PERSON, "党建工"));
  assert(!find(&m, NG_MENTION_PERSON, "周二晚"));
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_foreign_names);
  RUN(test_names_before_thought);
  RUN(test_foreign_capitals_and_guests);
  RUN(test_spouses_ministers_and_crossing_words);
  RUN(test_short_names_of_local_bodies);
  RUN(test_rare_surnames);
  RUN(test_villages_named_with_numerals);
  RUN(test_persons_outside_posts);
  RUN(test_dotted_name_of_two_elements);
  RUN(test_models_and_things_joined);
  RUN(test_people_named_in_reports);
  RUN(test_names_ending_in_and);
  RUN(test_surname_xu);
  RUN(test_roads_are_no_persons);
  RUN(test_contact_person_of_a_release);
  RUN(test_name_opening_with_a_word_after_a_title);
  RUN(test_short_names_written_in_full);
  mentions_close();
  return 0;
}
