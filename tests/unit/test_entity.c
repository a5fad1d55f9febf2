/* tests/unit/test_entity.c -- persons, posts, organizations and places, as
   a reader of the news would check them. */
#include "extract/entity.h"
#include "extract/extract.h"
#include "extract/intake.h"
#include "extract/lexicon.h"
#include "graph/buf.h"
#include "graph/vocab.h"
#include "mentions.h"
#include "test.h"

/* 1 when the facts of TEXT hold (S P O) with S and O instance IRIs made
   from KIND/LABEL pairs under the default base. */
static int
has_fact(const char *text, const char *s, const char *p, const char *o)
{
  NgBuf bo = { 0 };
  ng_buf_printf(&bo, "%s%s", NG_DEFAULT_BASE, o);
  int yes = has_term(text, s, p, ng_iri(bo.data));
  ng_buf_free(&bo);
  return yes;
}

static void
test_post_list_carries_region(void)
{
  NgMentions m = run("郑东新区党工委副书记、管委会常务副主任马志华出席会议。");
  assert(holds(&m, "马志华", "副书记", "郑东新区党工委"));
  assert(holds(&m, "马志华", "常务副主任", "郑东新区管理委员会"));
  ng_mentions_free(&m);
}

static void
test_two_bodies_two_posts(void)
{
  NgMentions m = run("省委常委、市委书记王建国7月17日调研郑东新区。");
  assert(holds(&m, "王建国", "常委", "省委"));
  assert(holds(&m, "王建国", "书记", "市委"));
  assert(find(&m, NG_MENTION_PLACE, "郑东新区"));
  ng_mentions_free(&m);
}

static void
test_org_title_name_verb(void)
{
  NgMentions m = run("郑东新区应急管理局局长李明远主持会议。");
  assert(find(&m, NG_MENTION_ORG, "郑东新区应急管理局"));
  assert(holds(&m, "李明远", "局长", "郑东新区应急管理局"));
  assert(count(&m, NG_MENTION_PERSON) == 1);
  ng_mentions_free(&m);
}

static void
test_bare_list_of_names(void)
{
  NgMentions m = run("会上,张振东、陈志强、吴秋实、李春燕等结合分管领域发言。");
  assert(find(&m, NG_MENTION_PERSON, "张振东"));
  assert(find(&m, NG_MENTION_PERSON, "陈志强"));
  assert(find(&m, NG_MENTION_PERSON, "吴秋实"));
  assert(find(&m, NG_MENTION_PERSON, "李春燕"));
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

static void
test_name_before_title(void)
{
  NgMentions m = run("赵文杰局长就防范应对提出具体要求。");
  assert(holds(&m, "赵文杰", "局长", ""));
  ng_mentions_free(&m);
  m = run("韩正副总理出席会议。");
  assert(holds(&m, "韩正", "副总理", ""));
  ng_mentions_free(&m);
}

static void
test_title_inside_place_names(void)
{
  NgMentions m = run("江阴市长泾镇召开会议。");
  assert(count(&m, NG_MENTION_POST) == 0);
  assert(find(&m, NG_MENTION_PLACE, "江阴市"));
  assert(find(&m, NG_MENTION_PLACE, "长泾镇"));
  ng_mentions_free(&m);
}

static void
test_body_lends_its_last_character(void)
{
  NgMentions m = run("国防部长王毅会见来宾。");
  assert(holds(&m, "王毅", "部长", "国防部"));
  ng_mentions_free(&m);
}

static void
test_party_group_title(void)
{
  NgMentions m = run("市财政局党组书记张明主持会议。");
  assert(holds(&m, "张明", "党组书记", "市财政局"));
  ng_mentions_free(&m);
}

static void
test_one_title_many_names(void)
{
  NgMentions m = run("市政协副主席翟正、郝强、赵学军参加会议。");
  assert(holds(&m, "翟正", "副主席", "市政协"));
  assert(holds(&m, "郝强", "副主席", "市政协"));
  assert(holds(&m, "赵学军", "副主席", "市政协"));
  ng_mentions_free(&m);
}

static void
test_elected_to_posts(void)
{
  NgMentions m = run("林启明当选为鉴江镇人大主席,郑国强当选为镇长,"
                     "游志辉、林秀芳当选为副镇长。");
  assert(holds(&m, "林启明", "主席", "鉴江镇人大"));
  assert(holds(&m, "郑国强", "镇长", ""));
  assert(holds(&m, "游志辉", "副镇长", ""));
  assert(holds(&m, "林秀芳", "副镇长", ""));
  assert(!holds(&m, "郑国强", "主席", "鉴江镇人大"));
  assert(!holds(&m, "游志辉", "镇长", ""));
  ng_mentions_free(&m);
}

static void
test_deputy_after_head(void)
{
  NgMentions m = run("区发展改革局局长于海东、副局长李春生参加调研。");
  assert(holds(&m, "于海东", "局长", "区发展改革局"));
  assert(holds(&m, "李春生", "副局长", "区发展改革局"));
  ng_mentions_free(&m);
  m = run("区委常委、统战部部长兼区委办公室主任王洪波陪同调研。");
  assert(holds(&m, "王洪波", "部长", "区委统一战线工作部"));
  assert(holds(&m, "王洪波", "主任", "区委办公室"));
  ng_mentions_free(&m);
}

static void
test_places_and_sites(void)
{
  NgMentions m = run("调研组来到洛龙区安乐镇东山村,又在镇政府四楼会议室召开"
                     "座谈会,随后到扬帆网业、冠中小学、龙头市场等地检查。");
  assert(find(&m, NG_MENTION_PLACE, "洛龙区"));
  assert(find(&m, NG_MENTION_PLACE, "安乐镇"));
  assert(find(&m, NG_MENTION_PLACE, "东山村"));
  assert(find(&m, NG_MENTION_PLACE, "镇政府四楼会议室"));
  ng_mentions_free(&m);
  /* four unknown characters before 会议室 end inside a word: the whole
     word opens the name */
  m = run("下午,在社区五楼东会议室召开会议。");
  assert(find(&m, NG_MENTION_PLACE, "社区五楼东会议室"));
  assert(!find(&m, NG_MENTION_PLACE, "区五楼东会议室"));
  ng_mentions_free(&m);
  m = run("调研组来到洛龙区安乐镇东山村,听取镇政府汇报,又在镇政府四楼会议室"
          "召开座谈会,随后到扬帆网业、冠中小学、龙头市场等地检查。");
  assert(find(&m, NG_MENTION_ORG, "安乐镇政府")); /* the one 镇 named */
  assert(find(&m, NG_MENTION_PLACE, "扬帆网业"));
  assert(find(&m, NG_MENTION_PLACE, "龙头市场"));
  ng_mentions_free(&m);
  assert(has_fact("调研组来到洛龙区安乐镇东山村。",
                  "place/安乐镇",
                  NG_SCHEMA_CONTAINEDIN,
                  "place/洛龙区"));
}

static void
test_body_with_bracketed_name(void)
{
  /* a party school that is also an administration institute: 校(院)长,
     the other name in brackets between the body and the title, and the
     posts before it still the same man's */
  NgMentions m = run("市委常委、宣传部部长,市委党校(市行政学院)校(院)长"
                     "陈明远出席开学典礼。");
  assert(find(&m, NG_MENTION_PERSON, "陈明远"));
  assert(holds(&m, "陈明远", "校(院)长", "市行政学院"));
  assert(holds(&m, "陈明远", "部长", "市委宣传部"));
  assert(holds(&m, "陈明远", "常委", "市委"));
  ng_mentions_free(&m);
}

static void
test_bare_title_after_a_body_list(void)
{
  /* a bare title after a comma, at the end of a list of one body's posts,
     is in that body */
  NgMentions m = run("市政协副主席彭立新、陈文明,秘书长郑志远参加。");
  assert(holds(&m, "陈文明", "副主席", "市政协"));
  assert(holds(&m, "郑志远", "秘书长", "市政协"));
  ng_mentions_free(&m);
}

static void
test_comrade_appointed(void)
{
  /* the appointment formula: X同志任 ORG TITLE; a post left is listed
     like any other (免去…职务) */
  NgMentions m = run("省委决定:李明远同志任县委书记,免去张立强同志的县委书记"
                     "职务。");
  assert(holds(&m, "李明远", "书记", "县委"));
  assert(holds(&m, "张立强", "书记", "县委"));
  ng_mentions_free(&m);
}

static void
test_dismissed_from_posts(void)
{
  /* 免去X的 ORG TITLE职务 and 免去X、Y ORG TITLE职务: the names hold the
     posts they leave; the names need no other cue */
  NgMentions m = run("会议决定任命赵立新为县水利局局长,免去钮海平的县水利局"
                     "局长、党组书记职务。");
  assert(holds(&m, "赵立新", "局长", "县水利局"));
  assert(holds(&m, "钮海平", "局长", "县水利局"));
  assert(holds(&m, "钮海平", "党组书记", "县水利局"));
  ng_mentions_free(&m);
  m = run("撤销赖文进、覃振东县农业农村局副局长职务。");
  assert(holds(&m, "赖文进", "副局长", "县农业农村局"));
  assert(holds(&m, "覃振东", "副局长", "县农业农村局"));
  ng_mentions_free(&m);
  /* a name's own post after it is not taken for one it leaves */
  m = run("免去王建的职务后,县水利局局长李红出席。");
  assert(!holds(&m, "王建", "局长", "县水利局"));
  assert(holds(&m, "李红", "局长", "县水利局"));
  ng_mentions_free(&m);
}

static void
test_page_break_space_in_a_name(void)
{
  /* a space the page's line break left inside a division name is read
     through, and the name is given without it */
  NgMentions m = run("省长王明在银川与宁夏回族自 治区党委书记、人大常委会主任"
                     "李红见面。");
  assert(holds(&m, "李红", "书记", "宁夏回族自治区党委"));
  ng_mentions_free(&m);
  /* but not where the word after the space goes on: 昭|通讯员 */
  m = run("记者 罗昭 通讯员 冷斌炳");
  assert(!find(&m, NG_MENTION_PLACE, "昭通"));
  assert(!find(&m, NG_MENTION_PLACE, "昭 通"));
  ng_mentions_free(&m);
}

static void
test_dot_names_and_given_posts(void)
{
  NgMentions m = run("自治区主席雪克来提·扎克尔出席。会议推选胡振华为长沙"
                     "代表团团长,程水生、陈文涛为副团长。");
  assert(holds(&m, "雪克来提·扎克尔", "主席", ""));
  assert(holds(&m, "胡振华", "团长", "长沙代表团"));
  assert(holds(&m, "程水生", "副团长", "长沙代表团"));
  assert(holds(&m, "陈文涛", "副团长", "长沙代表团"));
  ng_mentions_free(&m);
  m = run("他在《后汉书·张衡传》中读到。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
}

static void
test_common_words_are_no_names(void)
{
  NgMentions m = run("会议强调,要高度重视安全生产,全面提升服务水平,"
                     "加快发展格局的形成。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
}

static void
test_short_form_resolved(void)
{
  NgMentions       m = run("郑州市委副书记杜振东调研。会议贯彻市委决策部署。");
  const NgMention *a = NULL, *b = NULL;
  for (size_t i = 0; i < m.n; i++)
    if (m.v[i].kind == NG_MENTION_ORG) {
      if (!strcmp(m.v[i].surface, "郑州市委"))
        a = &m.v[i];
      if (!strcmp(m.v[i].surface, "市委"))
        b = &m.v[i];
    }
  assert(a && b && !strcmp(a->iri, b->iri));
  assert(!strcmp(b->label, "郑州市委"));
  ng_mentions_free(&m);
}

static void
test_mentions_in_text_order(void)
{
  NgMentions m = run("省委常委、市委书记王建国调研郑东新区。李明远主持会议。");
  for (size_t i = 1; i < m.n; i++)
    assert(m.v[i - 1].start <= m.v[i].start);
  ng_mentions_free(&m);
}

static void
test_lexicon_match(void)
{
  NgLexicon *lex = NULL;
  NgLexHit   hits[4];
  assert(ng_lexicon_new(&lex) == NG_OK);
  assert(ng_lexicon_add(lex, "书记", strlen("书记"), 1, 0) == NG_OK);
  assert(ng_lexicon_add(lex, "书", strlen("书"), 2, 7) == NG_OK);
  assert(ng_lexicon_add(lex, "书记", strlen("书记"), 4, 0) == NG_OK);
  assert(ng_lexicon_size(lex) == 2);
  const char *t = "副书记";
  size_t      n = ng_lexicon_match(lex, t, strlen(t), 3, hits, 4);
  assert(n == 2);
  assert(hits[0].end == 6 && hits[0].flags == 2 && hits[0].value == 7);
  assert(hits[1].end == 9 && hits[1].flags == 5);
  assert(ng_lexicon_match(lex, t, strlen(t), 0, hits, 4) == 0);
  assert(ng_lexicon_get(lex, "书", strlen("书"), NULL) == 2);
  ng_lexicon_free(lex);
}

static void
test_free_null(void)
{
  ng_entities_free(NULL);
  ng_lexicon_free(NULL);
}

/* A data folder without the lexicons is an error that names the file. */
static void
test_missing_data(void)
{
  NgEntities *en  = NULL;
  char       *msg = NULL;
  assert(ng_entities_new("/nonexistent-ng-data", NULL, &en, &msg) == NG_ERR_IO);
  assert(msg && strstr(msg, "/nonexistent-ng-data/surnames.txt"));
  ng_free(msg);
}

static void
test_names_in_more_contexts(void)
{
  /* a name right before a title in mid-clause */
  NgMentions m = run("这说明王建国主席对改革充满信心。");
  assert(holds(&m, "王建国", "主席", ""));
  assert(count(&m, NG_MENTION_PERSON) == 1);
  ng_mentions_free(&m);
  /* no function word taken for a surname there */
  m = run("学习会议精神和李建军书记讲话精神。");
  assert(holds(&m, "李建军", "书记", ""));
  assert(!find(&m, NG_MENTION_PERSON, "和李建军"));
  ng_mentions_free(&m);
  /* a third given character that is also a function word (之) */
  m = run("市委党校副校长龚文之在闭幕式上发言。");
  assert(holds(&m, "龚文之", "副校长", "市委党校"));
  ng_mentions_free(&m);
  /* before a date, an adverb or an honorific, at the start of a clause */
  m = run("王建国28日在郑州调研时指出，要加快发展。");
  assert(find(&m, NG_MENTION_PERSON, "王建国"));
  ng_mentions_free(&m);
  m = run("张立民首先代表协会致辞。李文博院士表示赞同。");
  assert(find(&m, NG_MENTION_PERSON, "张立民"));
  assert(find(&m, NG_MENTION_PERSON, "李文博"));
  assert(count(&m, NG_MENTION_PERSON) == 2);
  ng_mentions_free(&m);
}

static void
test_bodies_of_counties_and_unlisted_departments(void)
{
  /* a county's short name before its own level word and a body */
  NgMentions m = run("1995年任监利县委副书记、代县长。");
  assert(find(&m, NG_MENTION_ORG, "监利县委"));
  ng_mentions_free(&m);
  /* a full division, a department stem the lexicon lacks, a weak body */
  m = run("秦皇岛市土地局局长王建国介绍情况。");
  assert(holds(&m, "王建国", "局长", "秦皇岛市土地局"));
  ng_mentions_free(&m);
  /* a village committee needs no prefix; 着 is no part of a body */
  m = run("他担任着村党支部委员。村委会主任李明参加。");
  assert(find(&m, NG_MENTION_ORG, "村党支部"));
  assert(holds(&m, "李明", "主任", "村委会"));
  ng_mentions_free(&m);
  /* but no body from a common word after a place (郑州市|全局) */
  m = run("郑州市全局上下一盘棋。");
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
}

static void
test_foreign_places_seas_and_rivers(void)
{
  NgMentions m = run("代表团访问了叙利亚、约旦和黎巴嫩，途经大马士革。");
  assert(find(&m, NG_MENTION_PLACE, "叙利亚"));
  assert(find(&m, NG_MENTION_PLACE, "约旦"));
  assert(find(&m, NG_MENTION_PLACE, "黎巴嫩"));
  assert(find(&m, NG_MENTION_PLACE, "大马士革"));
  ng_mentions_free(&m);
  m = run("加强渤海、黄海和雅鲁藏布江、嘉陵江流域的生态保护。");
  assert(find(&m, NG_MENTION_PLACE, "渤海"));
  assert(find(&m, NG_MENTION_PLACE, "雅鲁藏布江"));
  assert(find(&m, NG_MENTION_PLACE, "嘉陵江流域") ||
         find(&m, NG_MENTION_PLACE, "嘉陵江"));
  ng_mentions_free(&m);
  /* a country name inside a common string is none (沿海地区, 增加纳税) */
  m = run("沿海地区增加纳税服务。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

static void
test_china_is_a_place_unless_it_opens_a_name(void)
{
  NgMentions m =
    run("代表团结束对中国为期五天的访问，中国领导人会见了代表团。");
  assert(find(&m, NG_MENTION_PLACE, "中国"));
  ng_mentions_free(&m);
  m = run("双方签署了中华人民共和国和某国联合声明。");
  assert(find(&m, NG_MENTION_PLACE, "中华人民共和国"));
  ng_mentions_free(&m);
  /* but not where it opens a longer name */
  m = run("推进中国式现代化，坚持中国特色社会主义。");
  assert(!find(&m, NG_MENTION_PLACE, "中国"));
  ng_mentions_free(&m);
  m = run("中国(示例)自由贸易试验区和中国质量(某市)大会。");
  assert(!find(&m, NG_MENTION_PLACE, "中国"));
  ng_mentions_free(&m);
  m = run("全体起立，奏唱中华人民共和国国歌。");
  assert(!find(&m, NG_MENTION_PLACE, "中华人民共和国"));
  ng_mentions_free(&m);
  m = run("中国共产党某县第五次代表大会开幕。");
  assert(!find(&m, NG_MENTION_PLACE, "中国"));
  ng_mentions_free(&m);
}

static void
test_democratic_party_committees(void)
{
  /* the committees of the democratic parties end in 省委会, 市委会, 区委会;
     their heads are 主委 */
  NgMentions m = run("民进某省委会副主委王芳出席，民革某市委会召开会议。");
  assert(find(&m, NG_MENTION_ORG, "民进某省委会"));
  assert(find(&m, NG_MENTION_ORG, "民革某市委会"));
  assert(find(&m, NG_MENTION_PERSON, "王芳"));
  assert(holds(&m, "王芳", "副主委", "民进某省委会"));
  ng_mentions_free(&m);
  /* but a meeting of the party committee is no such body */
  m = run("市委会议研究部署防汛工作。");
  assert(find(&m, NG_MENTION_ORG, "市委"));
  assert(!find(&m, NG_MENTION_ORG, "市委会"));
  ng_mentions_free(&m);
}

static void
test_sites_in_a_list_and_campus(void)
{
  /* an item of a 、-list that a site suffix ends is named whole, past the
     four characters a guess takes */
  NgMentions m = run("项目有道路改造、青松岭生态循环农业示范园、白云洞狮子峰大"
                     "景区基础设施建设等。");
  assert(find(&m, NG_MENTION_PLACE, "青松岭生态循环农业示范园"));
  assert(find(&m, NG_MENTION_PLACE, "白云洞狮子峰大景区"));
  ng_mentions_free(&m);
  /* a campus of a school is a site; the school stays a body */
  m = run("县领导察看了某某职业学院新校区。");
  assert(find(&m, NG_MENTION_PLACE, "某某职业学院新校区"));
  assert(find(&m, NG_MENTION_ORG, "某某职业学院"));
  ng_mentions_free(&m);
  /* an item with a function word in it is no name */
  m = run("完成了道路硬化、并新建了农业示范园。");
  for (size_t i = 0; i < m.n; i++)
    assert(m.v[i].kind != NG_MENTION_PLACE ||
           strncmp(m.v[i].label, "并", strlen("并")));
  ng_mentions_free(&m);
}

static void
test_foreign_divisions_after_their_country(void)
{
  /* a city the lexicon lacks, after its country, opens the body's name,
     and is a place where the article writes it again */
  NgMentions m =
    run("市政府连线日本樱岛台市政府举办活动。双方在樱岛台举行交流展。");
  assert(find(&m, NG_MENTION_ORG, "日本樱岛台市政府"));
  assert(find(&m, NG_MENTION_PLACE, "樱岛台"));
  assert(!find(&m, NG_MENTION_PLACE, "日本"));
  ng_mentions_free(&m);
  /* a state: its name with 州, and a body written right after it again */
  m = run("省长会见白俄罗斯米洛斯州执行委员会主席。省教育厅与米洛斯州教育总局"
          "合作，与米洛斯州签署了政府间合作协议。");
  assert(find(&m, NG_MENTION_ORG, "白俄罗斯米洛斯州执行委员会"));
  assert(find(&m, NG_MENTION_ORG, "米洛斯州教育总局"));
  assert(find(&m, NG_MENTION_PLACE, "米洛斯州"));
  assert(!find(&m, NG_MENTION_ORG, "米洛斯州政府"));
  ng_mentions_free(&m);
  m = run("代表团访问了美国加利福尼亚州。");
  assert(find(&m, NG_MENTION_PLACE, "加利福尼亚州"));
  ng_mentions_free(&m);
  /* a province (越南, 老挝, 柬埔寨 divide into 省) keeps its country */
  m = run("市长会见了老挝沙湾拿吉省代表团。代表团参观了开发区。");
  assert(find(&m, NG_MENTION_ORG, "老挝沙湾拿吉省代表团"));
  assert(!find(&m, NG_MENTION_ORG, "省代表团"));
  ng_mentions_free(&m);
  /* but not a common word with a level character (市场, 省市, 省份) */
  m = run("俄罗斯金融市场动荡，东北地区与东部地区部分省市对口合作。");
  assert(find(&m, NG_MENTION_PLACE, "俄罗斯"));
  assert(!find(&m, NG_MENTION_PLACE, "金融市"));
  assert(!find(&m, NG_MENTION_PLACE, "部分省市"));
  ng_mentions_free(&m);
}

static void
test_one_character_short_names(void)
{
  /* a pair of short names before a word of relations, and a short name
     after a verb of visiting, are places */
  NgMentions m = run("双方表示要推动中美关系健康发展，粤黔两省加强协作。");
  assert(find(&m, NG_MENTION_PLACE, "中"));
  assert(find(&m, NG_MENTION_PLACE, "美"));
  assert(find(&m, NG_MENTION_PLACE, "粤"));
  assert(find(&m, NG_MENTION_PLACE, "黔"));
  ng_mentions_free(&m);
  m = run("外国元首访华期间，代表团今天在京会见了客人。");
  assert(find(&m, NG_MENTION_PLACE, "华"));
  assert(find(&m, NG_MENTION_PLACE, "京"));
  ng_mentions_free(&m);
  /* but not in common words, nor a pair before another noun */
  m = run("这带来新的机遇，越来越多的人在台上表演，他在日前召开的会议上发言。"
          "中日青少年绘画作品展开幕。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

static void
test_long_committee_names_open_with_their_region(void)
{
  /* a committee's long name opens with the division or country a few
     characters before the left edge a guess reaches */
  NgMentions m = run("此事被绵阳市医疗事故技术鉴定委员会认定为医疗事故。");
  assert(find(&m, NG_MENTION_ORG, "绵阳市医疗事故技术鉴定委员会"));
  ng_mentions_free(&m);
  m = run("国务院批准成立了中国食品安全标准审评指导委员会。");
  assert(find(&m, NG_MENTION_ORG, "中国食品安全标准审评指导委员会"));
  ng_mentions_free(&m);
  /* not over a function word (加快) to a body before it */
  m = run("绵阳市政府要求加快医疗事故技术鉴定委员会组建。");
  assert(find(&m, NG_MENTION_ORG, "绵阳市政府"));
  for (size_t i = 0; i < m.n; i++)
    assert(strlen(m.v[i].label) < strlen("绵阳市政府要求加快医疗"));
  ng_mentions_free(&m);
}

static void
test_national_parks_and_verbs_in_site_lists(void)
{
  /* 国家公园 is a kind of site: a name before it makes a place, alone it
     is none */
  NgMentions m =
    run("他们了解了国家公园的运行情况，参观了白云山国家森林公园。");
  assert(find(&m, NG_MENTION_PLACE, "白云山国家森林公园"));
  assert(!find(&m, NG_MENTION_PLACE, "国家公园"));
  assert(!find(&m, NG_MENTION_PLACE, "家公园"));
  ng_mentions_free(&m);
  /* an item of a 等地 list that starts with a verb is no site */
  m = run("县领导实地察看了东山村道路硬化提升、南湖公园、青云路等地。");
  assert(find(&m, NG_MENTION_PLACE, "南湖公园"));
  assert(find(&m, NG_MENTION_PLACE, "青云路"));
  assert(!find(&m, NG_MENTION_PLACE, "提升"));
  ng_mentions_free(&m);
}

static void
test_long_site_word_right_after_a_body(void)
{
  /* a site word of any length right after a body names a site of it; the
     body stays a body */
  NgMentions m = run("干部们参观了东风街道红星村委综合文化服务中心。");
  assert(find(&m, NG_MENTION_PLACE, "东风街道红星村委综合文化服务中心"));
  assert(find(&m, NG_MENTION_ORG, "东风街道红星村委"));
  ng_mentions_free(&m);
}

static void
test_numbered_bureaus_of_national_companies(void)
{
  /* 中建, 中铁 open the names of their numbered bureaus */
  NgMentions m = run("中建三局副总经理王建国出席仪式，中铁十二局承建该项目。");
  assert(find(&m, NG_MENTION_ORG, "中建三局"));
  assert(find(&m, NG_MENTION_ORG, "中铁十二局"));
  assert(holds(&m, "王建国", "副总经理", "中建三局"));
  ng_mentions_free(&m);
  /* but alone they are no body (集中建设) */
  m = run("要集中建设一批项目。");
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
}

static void
test_company_in_a_list_cut_by_a_function_character(void)
{
  /* in a 、-list of companies, an item that opens with a city is named
     whole, though a character such as 和 stands in its trade name */
  NgMentions m = run("走访了大连远航物流有限公司、大连和信达机械有限公司、"
                     "某某石油产品有限公司等企业。");
  assert(find(&m, NG_MENTION_ORG, "大连和信达机械有限公司"));
  assert(find(&m, NG_MENTION_ORG, "大连远航物流有限公司"));
  assert(!find(&m, NG_MENTION_PLACE, "大连"));
  ng_mentions_free(&m);
  /* outside a list, 和 still joins two names */
  m = run("市政府与北京和上海科技有限公司合作。");
  assert(find(&m, NG_MENTION_PLACE, "北京"));
  assert(!find(&m, NG_MENTION_ORG, "北京和上海科技有限公司"));
  ng_mentions_free(&m);
}

static void
test_committee_of_two_joined_subjects(void)
{
  /* 财政、预算审查委员会: two subjects joined by 、 name one committee */
  NgMentions m =
    run("会议通过了设立议案审查委员会和财政、预算审查委员会的决定。");
  assert(find(&m, NG_MENTION_ORG, "财政、预算审查委员会"));
  assert(find(&m, NG_MENTION_ORG, "议案审查委员会"));
  assert(!find(&m, NG_MENTION_ORG, "预算审查委员会"));
  ng_mentions_free(&m);
  /* but not a sector list before a generic word */
  m = run("市发改、住建等部门参加。");
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
}

static void
test_foreign_parliaments_and_cabinets(void)
{
  /* the parliaments and cabinets of other states are bodies, with their
     country or alone */
  NgMentions m = run("执政党对内阁决定表示反对，法案难以在国会获得通过。");
  assert(find(&m, NG_MENTION_ORG, "内阁"));
  assert(find(&m, NG_MENTION_ORG, "国会"));
  ng_mentions_free(&m);
  m = run("美国国会和俄罗斯国家杜马通过了法案。");
  assert(find(&m, NG_MENTION_ORG, "美国国会"));
  assert(find(&m, NG_MENTION_ORG, "俄罗斯国家杜马"));
  ng_mentions_free(&m);
  /* but not 国 and 会 of two words (两国会谈, 全国会议) */
  m = run("中美两国会谈取得成果，全国会议在北京召开。");
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
}

static void
test_local_development_zones_named_bare(void)
{
  /* a city's news names its own zone without the city */
  NgMentions m = run("区长兼经开区党工委书记王建国出席，经开区领导参加。");
  assert(find(&m, NG_MENTION_PLACE, "经开区"));
  assert(find(&m, NG_MENTION_ORG, "经开区党工委"));
  ng_mentions_free(&m);
  m = run("他深入近海经济区、综合保税区(A区)的企业调研。");
  assert(find(&m, NG_MENTION_PLACE, "综合保税区"));
  ng_mentions_free(&m);
  /* but zones in general are none */
  m = run("各高新区要加强管理。");
  assert(!find(&m, NG_MENTION_PLACE, "高新区"));
  ng_mentions_free(&m);
}

static void
test_long_village_names_after_their_division(void)
{
  /* a village's name of three to six characters right after the division
     that holds it */
  NgMentions m = run("书记深入莎车县阿热勒乡托格拉克巴格村走访农户。");
  assert(find(&m, NG_MENTION_PLACE, "托格拉克巴格村"));
  assert(find(&m, NG_MENTION_PLACE, "阿热勒乡"));
  ng_mentions_free(&m);
  /* without a division before it, a long run before 村 is no name */
  m = run("他们要求加快推进美丽乡村建设，村干部参加。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

static void
test_idiom_holding_a_city_name(void)
{
  /* 真金白银 (real money) holds the city name 白银 but is no place */
  NgMentions m = run("市里投入真金白银，白银市委书记出席。");
  assert(!find(&m, NG_MENTION_PLACE, "白银"));
  assert(find(&m, NG_MENTION_ORG, "白银市委"));
  ng_mentions_free(&m);
}

static void
test_named_urban_districts(void)
{
  /* 城区 ends the name of a part of a city; 中心城区 and 主城区 alone are
     kinds, not places; the city written before it names it with it */
  NgMentions m =
    run("会议听取了绵阳市江北城区防洪工程和上饶中心城区建设情况。");
  assert(named_as(&m, NG_MENTION_PLACE, "绵阳市江北城区", "江北城区"));
  assert(find(&m, NG_MENTION_PLACE, "绵阳市"));
  assert(find(&m, NG_MENTION_PLACE, "上饶中心城区"));
  ng_mentions_free(&m);
  m = run("加快中心城区建设，主城区交通改善。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

static void
test_names_before_function_words_and_comrade(void)
{
  /* at the start of a clause, before a function word */
  NgMentions m = run("会后，王建国从一个条件较好的乡镇调来。");
  assert(find(&m, NG_MENTION_PERSON, "王建国"));
  ng_mentions_free(&m);
  /* but not after a quotation mark or a number */
  m = run("他把预算比作“公路上的逆行车”，4万棵树被刮倒。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
  /* a name before 同志 in mid-clause */
  m = run("长治医院宣教科郝彦东同志向我们介绍。");
  assert(find(&m, NG_MENTION_PERSON, "郝彦东"));
  ng_mentions_free(&m);
  /* days of the week and common words are no names */
  m = run("若斯潘总理周二晚表示赞同。他一再向房东表示感谢。");
  assert(!find(&m, NG_MENTION_PERSON, "周二晚"));
  assert(!find(&m, NG_MENTION_PERSON, "房东"));
  ng_mentions_free(&m);
}

static void
test_party_and_military_bodies(void)
{
  NgMentions m =
    run("民革河南省委、九三学社郑州市委、共青团郑州市委负责人出席。");
  assert(find(&m, NG_MENTION_ORG, "民革河南省委"));
  assert(find(&m, NG_MENTION_ORG, "九三学社郑州市委"));
  assert(find(&m, NG_MENTION_ORG, "共青团郑州市委"));
  ng_mentions_free(&m);
  m = run("中国人民政治协商会议郑州市委员会召开会议。");
  assert(find(&m, NG_MENTION_ORG, "中国人民政治协商会议郑州市委员会"));
  ng_mentions_free(&m);
  m = run("郑州军分区、金水区人民武装部官兵参加。");
  assert(find(&m, NG_MENTION_ORG, "郑州军分区"));
  assert(find(&m, NG_MENTION_ORG, "金水区人民武装部"));
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
  /* a party's short name inside a name or a word is none (副省长李红民进行) */
  m = run("副省长李红民进行调研，了解农民建房情况。");
  assert(holds(&m, "李红民", "副省长", ""));
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
}

static void
test_foreign_names_after_titles(void)
{
  NgMentions m = run("俄罗斯外长普里马科夫在记者招待会上强调合作。");
  assert(holds(&m, "普里马科夫", "外长", ""));
  ng_mentions_free(&m);
  m = run("内务部长斯捷帕申是前政府的司法部长。");
  assert(find(&m, NG_MENTION_PERSON, "斯捷帕申"));
  ng_mentions_free(&m);
  /* no name from a place or a function word after the title */
  m = run("自治区党委书记在江格勒斯乡调研。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
}

static void
test_name_lists_after_you(void)
{
  NgMentions m =
    run("参加会议的有李明、王建国、张伟等。陪同人员有刘洋、陈红。");
  assert(find(&m, NG_MENTION_PERSON, "李明"));
  assert(find(&m, NG_MENTION_PERSON, "王建国"));
  assert(find(&m, NG_MENTION_PERSON, "张伟"));
  assert(find(&m, NG_MENTION_PERSON, "刘洋"));
  assert(find(&m, NG_MENTION_PERSON, "陈红"));
  assert(count(&m, NG_MENTION_PERSON) == 5);
  ng_mentions_free(&m);
  m = run("淳于明、鲜于建华、闾丘文出席。");
  assert(find(&m, NG_MENTION_PERSON, "淳于明"));
  assert(find(&m, NG_MENTION_PERSON, "鲜于建华"));
  assert(find(&m, NG_MENTION_PERSON, "闾丘文"));
  ng_mentions_free(&m);
  m = run("与会的还有王建国、张伟。");
  assert(find(&m, NG_MENTION_PERSON, "王建国"));
  assert(find(&m, NG_MENTION_PERSON, "张伟"));
  ng_mentions_free(&m);
  /* a foreign name before a title at the start of a clause */
  m = run("会后，基里延科总理会见了代表团。");
  assert(holds(&m, "基里延科", "总理", ""));
  ng_mentions_free(&m);
  /* a foreign name ends at its last foreign character (拉莫斯|竞选) */
  m = run("使现任总统拉莫斯竞选连任。");
  assert(!find(&m, NG_MENTION_PERSON, "拉莫斯竞选连"));
  ng_mentions_free(&m);
}

static void
test_department_stem_over_county_and_times_of_day(void)
{
  /* 公安 is a county's short name as well as a department stem */
  NgMentions m = run("河南省公安厅、河南省教育厅参加。");
  assert(find(&m, NG_MENTION_ORG, "河南省公安厅"));
  assert(find(&m, NG_MENTION_ORG, "河南省教育厅"));
  ng_mentions_free(&m);
  /* a time of day after a name ends it (李明上午), also at a clause start */
  m = run("局长李明上任后，王建国下午到郑州调研。");
  assert(holds(&m, "李明", "局长", ""));
  assert(find(&m, NG_MENTION_PERSON, "王建国"));
  assert(count(&m, NG_MENTION_PERSON) == 2);
  ng_mentions_free(&m);
  /* a national ministry opens the body under it */
  m = run("科学技术部、自然资源部联合发文。");
  assert(find(&m, NG_MENTION_ORG, "科学技术部"));
  assert(find(&m, NG_MENTION_ORG, "自然资源部"));
  ng_mentions_free(&m);
}

static void
test_verbs_and_pronouns_end_a_body(void)
{
  NgMentions m = run("我们没有学会这一套。他督促法院加快审理。");
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
  m = run("方案经过郑州市人大常委会审议，结合致公党的建议修改。");
  assert(find(&m, NG_MENTION_ORG, "郑州市人大常委会"));
  assert(!find(&m, NG_MENTION_ORG, "结合致公党"));
  ng_mentions_free(&m);
}

static void
test_offices_of_party_committees(void)
{
  /* the short names of a committee's offices keep the whole body */
  NgMentions m = run("县委编办召开会议，县委编办主任罗青山主持。县委改革办、"
                     "市委财经办、区委外办负责同志参加。");
  assert(holds(&m, "罗青山", "主任", "县委机构编制委员会办公室"));
  assert(find(&m, NG_MENTION_ORG, "县委改革办"));
  assert(find(&m, NG_MENTION_ORG, "市委财经办"));
  assert(find(&m, NG_MENTION_ORG, "区委外办"));
  ng_mentions_free(&m);
  m = run("市台办、县侨办和市委依法治市办联合开展活动。");
  assert(find(&m, NG_MENTION_ORG, "市台办"));
  assert(find(&m, NG_MENTION_ORG, "县侨办"));
  assert(find(&m, NG_MENTION_ORG, "市委依法治市办"));
  ng_mentions_free(&m);
  /* but words that hold them are no bodies */
  m = run("群众在平台办理业务，推进改革办实事。");
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
}

static void
test_minority_names_without_the_dot(void)
{
  /* two elements of Tibetan or Uyghur names run together are a name where
     a name is expected: before 主持, in a list, after a title */
  NgMentions m =
    run("扎西次仁主持会议。次仁顿珠、阿布都热合曼、李立新参加会议。"
        "县委副书记格桑旺堆作了发言。");
  assert(find(&m, NG_MENTION_PERSON, "扎西次仁"));
  assert(find(&m, NG_MENTION_PERSON, "次仁顿珠"));
  assert(find(&m, NG_MENTION_PERSON, "阿布都热合曼"));
  assert(find(&m, NG_MENTION_PERSON, "李立新"));
  assert(holds(&m, "格桑旺堆", "副书记", "县委"));
  assert(count(&m, NG_MENTION_PERSON) == 5);
  ng_mentions_free(&m);
  m = run("在县长达瓦多吉的陪同下，调研组看望了群众。");
  assert(holds(&m, "达瓦多吉", "县长", ""));
  ng_mentions_free(&m);
  /* one element alone, or an element in a common phrase, is no name */
  m = run("牧民们说扎西德勒，格桑花盛开。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
  /* Yi names: a family name and a given name of two characters each */
  m = run("副州长吉克阿呷、县委副书记沙马拉哈出席会议。");
  assert(holds(&m, "吉克阿呷", "副州长", ""));
  assert(holds(&m, "沙马拉哈", "副书记", "县委"));
  assert(count(&m, NG_MENTION_PERSON) == 2);
  ng_mentions_free(&m);
  m = run("副州长马海拉则、州长沙玛木乃出席会议。");
  assert(holds(&m, "马海拉则", "副州长", ""));
  assert(holds(&m, "沙玛木乃", "州长", ""));
  assert(count(&m, NG_MENTION_PERSON) == 2);
  ng_mentions_free(&m);
  /* Amdo Tibetan and Mongolian names end in an element of one character
     (吉, 措, 加, 太, 图), which opens none */
  m = run("州长巴特尔图、县委书记尕藏加出席会议。副县长桑吉措主持会议。"
          "县长东珠太讲话。");
  assert(holds(&m, "巴特尔图", "州长", ""));
  assert(holds(&m, "尕藏加", "书记", "县委"));
  assert(holds(&m, "桑吉措", "副县长", ""));
  assert(holds(&m, "东珠太", "县长", ""));
  assert(count(&m, NG_MENTION_PERSON) == 4);
  ng_mentions_free(&m);
  /* a word that follows names ends the name where it starts
     (桑吉加|参加, not 桑吉|加参|加) */
  m = run("县长李国平作汇报，桑吉加参加座谈会。");
  assert(find(&m, NG_MENTION_PERSON, "桑吉加"));
  assert(count(&m, NG_MENTION_PERSON) == 2);
  ng_mentions_free(&m);
  m = run("牧民格桑加快发展，吉措、加图参加。");
  assert(count(&m, NG_MENTION_PERSON) == 0);
  ng_mentions_free(&m);
}

/* The compound surnames of Taiwan (張簡, 范姜, 張廖) open names of four
   characters. */
static void
test_compound_surnames_of_taiwan(void)
{
  NgMentions m = run("县长张简立文、副县长范姜秀如、秘书长张廖国华出席。");
  assert(holds(&m, "张简立文", "县长", ""));
  assert(holds(&m, "范姜秀如", "副县长", ""));
  assert(find(&m, NG_MENTION_PERSON, "张廖国华"));
  assert(count(&m, NG_MENTION_PERSON) == 3);
  ng_mentions_free(&m);
}

static void
test_village_committee_after_its_branch(void)
{
  /* the village of the branch carries into the committee after it */
  NgMentions m = run("马坡村党支部书记、村委会主任周明远主持召开村民大会。");
  assert(holds(&m, "周明远", "书记", "马坡村党支部"));
  assert(holds(&m, "周明远", "主任", "马坡村村委会"));
  ng_mentions_free(&m);
  /* a city's committee still gives the city's government, not 市市政府 */
  m = run("郑州市委副书记、市政府市长赵立新出席。");
  assert(holds(&m, "赵立新", "市长", "郑州市政府"));
  ng_mentions_free(&m);
}

static void
test_villages_after_a_verb(void)
{
  /* a village of three characters, or with a word of a place in its
     name, right after a verb or a function word */
  NgMentions m =
    run("县委书记孙建华来到张家湾村，随后走进李家庄村，又到西河村和"
        "东山村察看。");
  assert(find(&m, NG_MENTION_PLACE, "张家湾村"));
  assert(find(&m, NG_MENTION_PLACE, "李家庄村"));
  assert(find(&m, NG_MENTION_PLACE, "西河村"));
  assert(find(&m, NG_MENTION_PLACE, "东山村"));
  assert(count(&m, NG_MENTION_PLACE) == 4);
  ng_mentions_free(&m);
  /* kinds of village and common words are none */
  m = run("他来到这个村，深入贫困村，对帮扶村提出要求，扎根农村，走进新农村。");
  assert(count(&m, NG_MENTION_PLACE) == 0);
  ng_mentions_free(&m);
}

static void
test_service_centres_and_firms(void)
{
  /* a community service centre is a site of its own name, not a
     社区 of the district */
  NgMentions m =
    run("双河区社区服务中心与永信会计师事务所、明正律师事务所签订协议。");
  assert(find(&m, NG_MENTION_PLACE, "双河区社区服务中心"));
  assert(!find(&m, NG_MENTION_PLACE, "双河区社区"));
  assert(find(&m, NG_MENTION_ORG, "永信会计师事务所"));
  assert(find(&m, NG_MENTION_ORG, "明正律师事务所"));
  ng_mentions_free(&m);
}

static void
test_short_division_opens_a_body_name(void)
{
  /* a division's short name right before the division that opens a body
     is part of the body's name, and a place of its own */
  NgMentions m = run("香港油尖旺区各界协会一行到龙岗区考察。");
  assert(find(&m, NG_MENTION_ORG, "香港油尖旺区各界协会"));
  assert(!find(&m, NG_MENTION_ORG, "油尖旺区各界协会"));
  assert(find(&m, NG_MENTION_PLACE, "香港"));
  ng_mentions_free(&m);
  /* a full province name before a city only says where the body is */
  m = run("湖南省岳阳市教育局召开会议。");
  assert(find(&m, NG_MENTION_ORG, "岳阳市教育局"));
  assert(find(&m, NG_MENTION_PLACE, "湖南省"));
  ng_mentions_free(&m);
}

static void
test_committee_department_after_a_committee_post(void)
{
  /* a working body of the committee, named bare after a post in it */
  NgMentions m =
    run("县委常委、组织部部长温立群，县委常委、办公室主任鲁海平出席。");
  assert(holds(&m, "温立群", "常委", "县委"));
  assert(holds(&m, "温立群", "部长", "县委组织部"));
  assert(holds(&m, "鲁海平", "主任", "县委办公室"));
  ng_mentions_free(&m);
  /* not a body of the government or one outside the committee */
  m = run("县委常委、公安局局长温立群出席。");
  assert(holds(&m, "温立群", "局长", "公安局"));
  ng_mentions_free(&m);
}

static void
test_inspection_groups_and_associations(void)
{
  /* groups sent by a body and the short names of associations */
  NgMentions m = run("省委第三巡视组组长常文博讲话，市委理论学习中心组组长"
                     "邱志远主持。");
  assert(holds(&m, "常文博", "组长", "省委第三巡视组"));
  assert(holds(&m, "邱志远", "组长", "市委理论学习中心组"));
  ng_mentions_free(&m);
  m = run("省贸促会副会长邰立强、市关工委主任梁秀英参加。");
  assert(holds(&m, "邰立强", "副会长", "省贸促会"));
  assert(holds(&m, "梁秀英", "主任", "市关工委"));
  ng_mentions_free(&m);
  /* a function word that runs into a body word makes no body (实地|委派),
     nor do words that hold a short name (合作协议) */
  m = run("双方签订合作协议，并实地委派专家指导。");
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
}

static void
test_rare_surnames(void)
{
  /* surnames of the frequency lists outside the Hundred Family Surnames */
  NgMentions m = run("副主任庹明杰、綦晓红出席会议。");
  assert(find(&m, NG_MENTION_PERSON, "庹明杰"));
  assert(find(&m, NG_MENTION_PERSON, "綦晓红"));
  ng_mentions_free(&m);
}

static void
test_deputies_after_their_head(void)
{
  /* a bare deputy title after a comma is in the body of the head named
     before it in the sentence */
  NgMentions m =
    run("县人大常委会主任黄立清主持会议，副主任马建英、陶志国出席。");
  assert(holds(&m, "马建英", "副主任", "县人大常委会"));
  assert(holds(&m, "陶志国", "副主任", "县人大常委会"));
  ng_mentions_free(&m);
  /* a deputy head of a government stays bodiless, as a bare 副县长 does */
  m = run("县长黄立清讲话，副县长马建英主持。");
  assert(holds(&m, "马建英", "副县长", ""));
  ng_mentions_free(&m);
}

static void
test_villages_after_a_division(void)
{
  /* a village with a place word in its name right after its township,
     and no place run into by 了解 */
  NgMentions m = run("他来到修梅镇高桥村，详细了解水库水位。");
  assert(find(&m, NG_MENTION_PLACE, "高桥村"));
  assert(!find(&m, NG_MENTION_PLACE, "解水库"));
  ng_mentions_free(&m);
}

static void
test_adverbs_and_verbs_before_names(void)
{
  /* 都 is an adverb, not a surname; 提起 is a verb, no village's name */
  NgMentions m = run("提起村党支部书记梁志文，村民都称赞。"
                     "县安委会成员单位负责人参加。");
  assert(count(&m, NG_MENTION_PERSON) == 1);
  assert(holds(&m, "梁志文", "书记", "村党支部"));
  assert(find(&m, NG_MENTION_ORG, "县安委会"));
  ng_mentions_free(&m);
}

static void
test_stations_and_common_words_in_post_lists(void)
{
  /* a pumping station is a site; 场所 between two posts of a list is a
     common word, no body */
  NgMentions m = run("他来到金湖排涝泵站察看。各乡镇分管领导、宗教活动场所"
                     "负责人参加会议。");
  assert(find(&m, NG_MENTION_PLACE, "金湖排涝泵站"));
  assert(count(&m, NG_MENTION_ORG) == 0);
  ng_mentions_free(&m);
}

static void
test_no_village_after_a_dash(void)
{
  /* ——记 opens a portrait, no village of three characters */
  NgMentions m = run("本期刊发通讯——记石坪村党支部书记梁秀云。");
  assert(!find(&m, NG_MENTION_PLACE, "记石坪村"));
  assert(!find(&m, NG_MENTION_ORG, "记石坪村党支部"));
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_post_list_carries_region);
  RUN(test_two_bodies_two_posts);
  RUN(test_org_title_name_verb);
  RUN(test_bare_list_of_names);
  RUN(test_name_before_title);
  RUN(test_title_inside_place_names);
  RUN(test_body_lends_its_last_character);
  RUN(test_party_group_title);
  RUN(test_one_title_many_names);
  RUN(test_elected_to_posts);
  RUN(test_deputy_after_head);
  RUN(test_places_and_sites);
  RUN(test_body_with_bracketed_name);
  RUN(test_page_break_space_in_a_name);
  RUN(test_comrade_appointed);
  RUN(test_dismissed_from_posts);
  RUN(test_bare_title_after_a_body_list);
  RUN(test_dot_names_and_given_posts);
  RUN(test_common_words_are_no_names);
  RUN(test_short_form_resolved);
  RUN(test_mentions_in_text_order);
  RUN(test_lexicon_match);
  RUN(test_names_in_more_contexts);
  RUN(test_bodies_of_counties_and_unlisted_departments);
  RUN(test_foreign_places_seas_and_rivers);
  RUN(test_china_is_a_place_unless_it_opens_a_name);
  RUN(test_democratic_party_committees);
  RUN(test_sites_in_a_list_and_campus);
  RUN(test_foreign_divisions_after_their_country);
  RUN(test_one_character_short_names);
  RUN(test_long_committee_names_open_with_their_region);
  RUN(test_national_parks_and_verbs_in_site_lists);
  RUN(test_long_site_word_right_after_a_body);
  RUN(test_numbered_bureaus_of_national_companies);
  RUN(test_company_in_a_list_cut_by_a_function_character);
  RUN(test_committee_of_two_joined_subjects);
  RUN(test_foreign_parliaments_and_cabinets);
  RUN(test_local_development_zones_named_bare);
  RUN(test_long_village_names_after_their_division);
  RUN(test_idiom_holding_a_city_name);
  RUN(test_named_urban_districts);
  RUN(test_names_before_function_words_and_comrade);
  RUN(test_party_and_military_bodies);
  RUN(test_foreign_names_after_titles);
  RUN(test_name_lists_after_you);
  RUN(test_department_stem_over_county_and_times_of_day);
  RUN(test_verbs_and_pronouns_end_a_body);
  RUN(test_offices_of_party_committees);
  RUN(test_minority_names_without_the_dot);
  RUN(test_compound_surnames_of_taiwan);
  RUN(test_village_committee_after_its_branch);
  RUN(test_villages_after_a_verb);
  RUN(test_service_centres_and_firms);
  RUN(test_short_division_opens_a_body_name);
  RUN(test_committee_department_after_a_committee_post);
  RUN(test_inspection_groups_and_associations);
  RUN(test_rare_surnames);
  RUN(test_deputies_after_their_head);
  RUN(test_villages_after_a_division);
  RUN(test_adverbs_and_verbs_before_names);
  RUN(test_stations_and_common_words_in_post_lists);
  RUN(test_no_village_after_a_dash);
  RUN(test_free_null);
  RUN(test_missing_data);
  mentions_close();
  return 0;
}
