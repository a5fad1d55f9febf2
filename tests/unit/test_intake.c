/* tests/unit/test_intake.c -- intake: encodings, bad input, page repair,
   articles, headlines, dates, bylines, sentences and the offset map. The
   inputs are made here (names in them are invented); one test also reads
   the dev corpus's sample page when ../shared is there. */
#include "extract/intake.h"
#include "graph/buf.h"
#include "test.h"

#include <errno.h>
#include <sys/stat.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

/* A newspaper page as a PDF gives it: a dated page header, two articles,
   sentences broken across blank lines and across an edition line, page
   navigation at the end. */
static const char page[] =
  "\n"
  "示范日报 2021年7月22日 星期四 第03版 要闻\n"
  "\n"
  "示范区召开重点项目建设推进会 全力推动高质量发展\n"
  "\n"
  "本报讯 3月5日,示范区召开重点项目建设推进会,研究部署下一阶段重点项目建\n"
  "\n"
  "\n"
  "\n"
  "设工作。会议由示范区管委会主任周明远主持,副主任陈立新出席会议。\n"
  "\n"
  "会议要求,各部门要按照“一个项目、一名领导、一个团队”的工作机制,加快推\n"
  "\n"
  "第03版\n"
  "\n"
  "进项目落地,确保年内建成投用。会上,各部门负责人汇报了工作进展(含新开工项目)"
  "。\n"
  "\n"
  "记者 吴明 通讯员 赵新 文/图\n"
  "\n"
  "新城街道 举行社区服务中心揭牌仪式\n"
  "\n"
  "本报讯(记者 钱立 实习生 "
  "孙可)近日,新城街道举行社区服务中心揭牌仪式。街道党工委书记"
  "孙华出席仪式并讲话:“要把中心建好。要把服务做实。”她说。\n"
  "\n"
  "社区服务中心覆盖周边3个社区,服务群众2万余人。\n"
  "\n"
  "编辑:林海 审核:杨光\n"
  "\n"
  "上一版  下一版\n"
  "打印此文 关闭窗口\n";

/* The same page's two headlines and bylines. */
static const char *const headlines[] = {
  "示范区召开重点项目建设推进会 全力推动高质量发展",
  "新城街道 举行社区服务中心揭牌仪式"
};

static NgIntake *
intake(void)
{
  NgIntake *in = NULL;
  assert(ng_intake_new(&in) == NG_OK);
  return in;
}

static NgDocument *
read_ok(NgIntake   *in,
        const char *bytes,
        size_t      n,
        const char *enc,
        const char *date)
{
  NgIntakeOptions opt = { enc, date };
  NgDocument     *doc = NULL;
  char           *msg = NULL;
  NgStatus        st = ng_intake_bytes(in, "t.txt", bytes, n, &opt, &doc, &msg);
  if (st) {
    fprintf(stderr, "unexpected: %s\n", msg ? msg : "?");
    assert(0);
  }
  assert(msg == NULL);
  return doc;
}

/* Fails with NG_ERR_* and returns the message (caller frees). */
static char *
read_bad(NgIntake *in, const char *bytes, size_t n, const char *enc)
{
  NgIntakeOptions opt = { enc, NULL };
  NgDocument     *doc = NULL;
  char           *msg = NULL;
  NgStatus st = ng_intake_bytes(in, "bad.txt", bytes, n, &opt, &doc, &msg);
  assert(st > NG_DONE);
  assert(doc == NULL);
  assert(msg && !strncmp(msg, "bad.txt: ", 9));
  return msg;
}

/* BYTES converted from UTF-8 to ENC with ICU; *n its length. */
static char *
convert(const char *enc,
        const char *utf8,
        size_t     *n,
        const char *bom,
        size_t      bom_len)
{
  UErrorCode err = U_ZERO_ERROR;
  size_t     cap = strlen(utf8) * 4 + 16;
  char      *out = malloc(cap + bom_len);
  memcpy(out, bom, bom_len);
  int32_t k = ucnv_convert(enc,
                           "UTF-8",
                           out + bom_len,
                           (int32_t)cap,
                           utf8,
                           (int32_t)strlen(utf8),
                           &err);
  assert(U_SUCCESS(err));
  *n = (size_t)k + bom_len;
  return out;
}

/* Whether two documents hold the same articles, to the offsets. */
static void
assert_same(const NgDocument *a, const NgDocument *b)
{
  assert(a->n_articles == b->n_articles);
  assert(a->traditional == b->traditional);
  for (size_t i = 0; i < a->n_articles; i++) {
    const NgArticle *x = &a->articles[i], *y = &b->articles[i];
    assert(!strcmp(x->headline, y->headline));
    assert(x->len == y->len && !strcmp(x->text, y->text));
    assert(!strcmp(x->orig, y->orig));
    assert(!memcmp(x->offset, y->offset, (x->len + 1) * sizeof *x->offset));
    assert((x->date == NULL) == (y->date == NULL));
    assert(!x->date || !strcmp(x->date, y->date));
    assert(x->n_sentences == y->n_sentences);
    for (size_t k = 0; k < x->n_sentences; k++)
      assert(x->sentences[k].start == y->sentences[k].start &&
             x->sentences[k].end == y->sentences[k].end &&
             x->sentences[k].kind == y->sentences[k].kind);
    assert(x->n_bylines == y->n_bylines);
    for (size_t k = 0; k < x->n_bylines; k++)
      assert(!strcmp(x->bylines[k].name, y->bylines[k].name) &&
             x->bylines[k].role == y->bylines[k].role &&
             x->bylines[k].start == y->bylines[k].start);
  }
}

static int
has_byline(const NgArticle *a, const char *name, NgBylineRole role)
{
  for (size_t i = 0; i < a->n_bylines; i++)
    if (!strcmp(a->bylines[i].name, name) && a->bylines[i].role == role)
      return 1;
  return 0;
}

/* The sentence of A that contains WHAT, or NULL. */
static const NgRange *
sentence_with(const NgArticle *a, const char *what)
{
  for (size_t i = 0; i < a->n_sentences; i++) {
    const NgRange *r   = &a->sentences[i];
    char          *s   = ng_strndup(a->text + r->start, r->end - r->start);
    int            hit = strstr(s, what) != NULL;
    ng_free(s);
    if (hit)
      return r;
  }
  return NULL;
}

/* The code points of UTF-8 S; *n their number. */
static int32_t *
code_points(const char *s, size_t len, size_t *n)
{
  int32_t *v = malloc((len + 1) * sizeof *v);
  int32_t  i = 0;
  *n         = 0;
  while ((size_t)i < len) {
    int32_t c;
    U8_NEXT(s, i, (int32_t)len, c);
    v[(*n)++] = c;
  }
  return v;
}

/* Every character of every article's original text is the character its
   offset names in FILE (code points of the decoded file). */
static void
assert_offsets(const NgDocument *doc, const int32_t *file, size_t n_file)
{
  for (size_t i = 0; i < doc->n_articles; i++) {
    const NgArticle *a  = &doc->articles[i];
    int32_t          ti = 0, oi = 0, on = (int32_t)strlen(a->orig);
    while ((size_t)ti < a->len) {
      int32_t at = ti, t, o;
      U8_NEXT(a->text, ti, (int32_t)a->len, t);
      U8_NEXT(a->orig, oi, on, o);
      long off = a->offset[at];
      assert(off >= 0 && (size_t)off <= n_file);
      for (int32_t k = at; k < ti; k++)
        assert(a->offset[k] == off); /* every byte of a character */
      if (t == '\n')
        continue; /* a paragraph end stands for a line end */
      assert((size_t)off < n_file && file[off] == o);
    }
    assert(a->offset[a->len] >= a->offset[a->len ? a->len - 1 : 0]);
  }
}

static void
test_page_articles_and_headlines(void)
{
  NgIntake   *in  = intake();
  NgDocument *doc = read_ok(in, page, strlen(page), NULL, NULL);
  assert(!strcmp(doc->encoding, "UTF-8"));
  assert(doc->n_articles == 2);
  for (size_t i = 0; i < 2; i++) {
    const NgArticle *a = &doc->articles[i];
    assert(a->part == (int)i + 1);
    assert(!strcmp(a->headline, headlines[i]));
    /* The headline is not in the body; the page header and navigation
       are gone. */
    assert(!strstr(a->text, headlines[i]));
    assert(!strstr(a->text, "第03版") && !strstr(a->text, "下一版") &&
           !strstr(a->text, "打印此文"));
    /* The dated page header dates every article. */
    assert(a->date && !strcmp(a->date, "2021-07-22"));
  }
  ng_document_free(doc);
  ng_intake_free(in);
}

static void
test_page_articles_signed_in_their_last_paragraph(void)
{
  /* A page of short reports, each a headline line, one paragraph and its
     byline in brackets at the paragraph's end, with no news lead: one
     article per report, each with its own byline. */
  static const char signed_page[] =
    "我县举办安全生产月启动仪式\n"
    "6月1日,我县安全生产月启动仪式在人民广场举行。副县长王文斌出席。"
    "(记者 李明远)\n\n"
    "县政协开展民生实事项目视察\n"
    "5月30日,县政协主席赵文杰带领部分政协委员视察民生实事项目。"
    "(通讯员 钱立)\n\n"
    "县妇联召开执委会议\n"
    "5月28日,县妇联召开执行委员会会议。(孙可)\n";
  NgIntake   *in  = intake();
  NgDocument *doc = read_ok(in, signed_page, strlen(signed_page), NULL, NULL);
  assert(doc->n_articles == 3);
  assert(!strcmp(doc->articles[1].headline, "县政协开展民生实事项目视察"));
  assert(!strstr(doc->articles[0].text, "县政协"));
  assert(has_byline(&doc->articles[0], "李明远", NG_BYLINE_REPORTER));
  assert(has_byline(&doc->articles[1], "钱立", NG_BYLINE_CORRESPONDENT));
  assert(has_byline(&doc->articles[2], "孙可", NG_BYLINE_REPORTER));
  for (size_t i = 0; i < 3; i++)
    assert(doc->articles[i].n_bylines == 1);
  ng_document_free(doc);
  ng_intake_free(in);
}

static void
test_page_repair_rejoins_broken_lines(void)
{
  NgIntake        *in  = intake();
  NgDocument      *doc = read_ok(in, page, strlen(page), NULL, NULL);
  const NgArticle *a   = &doc->articles[0];
  /* 建 … blank lines … 设工作 and 加快推 … edition line … 进项目 */
  assert(strstr(a->text, "重点项目建设工作。"));
  assert(strstr(a->text, "加快推进项目落地"));
  assert(!strstr(a->text, "\n\n"));
  /* Four paragraphs: the paper's publication line (示范日报, cut from its
     edition line), lead, 会议要求…, byline. */
  assert(a->n_paragraphs == 4);
  assert(a->paragraphs[0].kind == NG_SENTENCE_META);
  assert(a->paragraphs[3].kind == NG_SENTENCE_BYLINE);
  ng_document_free(doc);
  ng_intake_free(in);
}

/* A short broken line that ends one sentence and starts the next
   (…深化合作。副市) is no headline: an item without a lead keeps its lines
   together, and a title broken at the line's end (副市|长) is whole. */
static void
test_page_repair_line_with_a_full_stop(void)
{
  static const char item[] = "4月14日,市政府与江城大学在江城签署\n"
                             "全面战略合作协议。根据协议,双方将在人才培养、科\n"
                             "技成果转化等方面深化合作。副市\n"
                             "长王文斌、江城大学副校长李文华出席签约仪式。\n";
  NgIntake         *in     = intake();
  NgDocument       *doc    = read_ok(in, item, strlen(item), NULL, NULL);
  const NgArticle *a       = &doc->articles[0];
  assert(doc->n_articles == 1);
  assert(strstr(a->text, "深化合作。副市长王文斌"));
  assert(strstr(a->text, "人才培养、科技成果转化"));
  ng_document_free(doc);
  ng_intake_free(in);
}

/* A short line between two lines of text, with no blank line on either
   side, whose next line ends a sentence within a few characters (…主席
   某某代表政协第八届某区\n委员会常务委员会作工作报告。区政协…) is the
   middle of a paragraph, not a headline. */
static void
test_page_repair_line_before_a_sentence_end(void)
{
  static const char item[] =
    "本报讯(记者 柏小青)1月13日上午,政协江城市东湖区第八届委\n"
    "员会第五次会议在区会议中心开幕。区委书记岑文博出席并讲话。\n"
    "大会主席团常务主席、区政协主席万启航代表政协第八届东湖区\n"
    "委员会常务委员会作工作报告。区政协副主席乔明\n"
    "远主持开幕会。\n";
  NgIntake        *in  = intake();
  NgDocument      *doc = read_ok(in, item, strlen(item), NULL, NULL);
  const NgArticle *a   = &doc->articles[0];
  assert(doc->n_articles == 1);
  assert(strstr(a->text, "第八届东湖区委员会常务委员会作工作报告"));
  assert(strstr(a->text, "副主席乔明远主持"));
  ng_document_free(doc);
  ng_intake_free(in);
}

/* In a narrow column a paragraph's first line, indented by two
   ideographic spaces, is as wide as the lines after it only with its
   indent: short and unfinished, with a comma inside, it is still no
   headline, and a company's name broken at its end (某某新材|料科技有限公司)
   is whole. */
static void
test_page_repair_indented_first_line_of_a_column(void)
{
  static const char item[] =
    "经开区举行签约仪式\n\n"
    "\u3000\u3000本报讯 5月6日,江城经开区举行项目集中签约仪式。\n"
    "\u3000\u3000仪式上,江城经开区管委会分别与广东锐远新材\n"
    "料科技有限公司、湖南岚川硅材料集团有限公司等7\n"
    "家企业签约。\n";
  NgIntake        *in  = intake();
  NgDocument      *doc = read_ok(in, item, strlen(item), NULL, NULL);
  const NgArticle *a   = &doc->articles[0];
  assert(doc->n_articles == 1);
  assert(strstr(a->text, "广东锐远新材料科技有限公司、湖南"));
  assert(strstr(a->text, "等7家企业签约"));
  ng_document_free(doc);
  ng_intake_free(in);
}

/* A name of two characters padded with a space to the width of three
   (记者 蒋 鹏) is one name in a byline. */
static void
test_byline_name_padded_with_a_space(void)
{
  static const char item[] =
    "本报讯(记者 蒋 鹏 通讯员 李 华)1月12日,区委书记陆立峰会见了客人。\n";
  NgIntake        *in  = intake();
  NgDocument      *doc = read_ok(in, item, strlen(item), NULL, NULL);
  const NgArticle *a   = &doc->articles[0];
  assert(has_byline(a, "蒋鹏", NG_BYLINE_REPORTER));
  assert(has_byline(a, "李华", NG_BYLINE_CORRESPONDENT));
  ng_document_free(doc);
  ng_intake_free(in);
}

/* A credit mark with a colon in a publication line (发布日期:… 文/图:
   党委宣传部 王明 浏览量:) credits the name after it, the writer's unit
   between them, as the text's author. */
static void
test_credit_mark_in_a_publication_line(void)
{
  static const char item[] = "某院与县医院签订医联体协议\n\n"
                             "发布日期:2025-06-10    文/图:党委宣传部 普晓兰"
                             "    浏览量:\n\n"
                             "6月9日上午,州人民医院与县人民医院签订协议。\n";
  NgIntake         *in     = intake();
  NgDocument       *doc    = read_ok(in, item, strlen(item), NULL, NULL);
  const NgArticle  *a      = &doc->articles[0];
  assert(has_byline(a, "普晓兰", NG_BYLINE_REPORTER));
  ng_document_free(doc);
  ng_intake_free(in);
}

static void
test_page_bylines(void)
{
  NgIntake        *in  = intake();
  NgDocument      *doc = read_ok(in, page, strlen(page), NULL, NULL);
  const NgArticle *a = &doc->articles[0], *b = &doc->articles[1];
  assert(a->n_bylines == 2);
  assert(has_byline(a, "吴明", NG_BYLINE_REPORTER));
  assert(has_byline(a, "赵新", NG_BYLINE_CORRESPONDENT));
  assert(has_byline(b, "钱立", NG_BYLINE_REPORTER));
  assert(has_byline(b, "孙可", NG_BYLINE_REPORTER)); /* 实习生 */
  assert(has_byline(b, "林海", NG_BYLINE_EDITOR));
  assert(has_byline(b, "杨光", NG_BYLINE_OTHER)); /* 审核 */
  assert(b->n_bylines == 4);
  /* A byline's span is its name in the file. */
  size_t   n;
  int32_t *file = code_points(page, strlen(page), &n);
  for (size_t i = 0; i < b->n_bylines; i++) {
    const NgByline *by = &b->bylines[i];
    size_t          k;
    int32_t        *name = code_points(by->name, strlen(by->name), &k);
    assert(by->end - by->start == (long)k);
    for (size_t j = 0; j < k; j++)
      assert(file[by->start + (long)j] == name[j]);
    free(name);
  }
  free(file);
  /* The lead's byline is a sentence of its own, not body. */
  const NgRange *r = sentence_with(b, "记者 钱立");
  assert(r && r->kind == NG_SENTENCE_BYLINE);
  assert(!strncmp(b->text + r->end, "近日", 6));
  r = sentence_with(a, "通讯员 赵新");
  assert(r && r->kind == NG_SENTENCE_BYLINE);
  ng_document_free(doc);
  ng_intake_free(in);
}

static void
test_offsets_point_at_original_characters(void)
{
  NgIntake   *in  = intake();
  NgDocument *doc = read_ok(in, page, strlen(page), NULL, NULL);
  size_t      n;
  int32_t    *file = code_points(page, strlen(page), &n);
  assert_offsets(doc, file, n);
  /* The rejoined 建设: 设 comes from the line after three blank lines. */
  const NgArticle *a  = &doc->articles[0];
  const char      *js = strstr(a->text, "建设工作");
  size_t           at = (size_t)(js - a->text);
  assert(file[a->offset[at]] == 0x5EFA /* 建 */);
  assert(file[a->offset[at + 3]] == 0x8BBE /* 设 */);
  assert(a->offset[at + 3] > a->offset[at] + 4); /* across the blank lines */
  /* Sentences quote the original text. */
  const NgRange *r = sentence_with(a, "会议由示范区");
  char          *o = ng_article_orig(a, r->start, r->end);
  assert(!strcmp(o, "会议由示范区管委会主任周明远主持,副主任陈立新出席会议。"));
  ng_free(o);
  free(file);
  ng_document_free(doc);
  ng_intake_free(in);
}

static void
test_sentences_respect_quotes_and_brackets(void)
{
  NgIntake        *in  = intake();
  NgDocument      *doc = read_ok(in, page, strlen(page), NULL, NULL);
  const NgArticle *b   = &doc->articles[1];
  /* “要把中心建好。要把服务做实。”她说。 is one sentence. */
  const NgRange *r = sentence_with(b, "要把中心建好");
  assert(r && r->kind == NG_SENTENCE_BODY);
  assert(!strncmp(b->text + r->end - 9, "她说。", 9));
  const NgArticle *a = &doc->articles[0];
  r                  = sentence_with(a, "会上,各部门");
  assert(r && !strncmp(a->text + r->end - 4, ")。", 4));
  for (size_t i = 0; i < a->n_sentences; i++) {
    const NgRange *s = &a->sentences[i];
    assert(s->start < s->end && s->end <= a->len);
    assert(i == 0 || s->start >= a->sentences[i - 1].end);
    assert(s->paragraph < a->n_paragraphs);
    assert(a->text[s->start] != ' ' && a->text[s->start] != '\n');
  }
  ng_document_free(doc);
  ng_intake_free(in);
}

static void
test_encodings_give_the_same_articles(void)
{
  NgIntake   *in   = intake();
  NgDocument *utf8 = read_ok(in, page, strlen(page), NULL, NULL);
  static const struct {
    const char *enc, *bom, *name;
    size_t      bom_len;
  } v[] = {
    { "UTF-8", "\xEF\xBB\xBF", "UTF-8", 3 },
    { "GB18030", "", "GB18030", 0 },
    { "UTF-16LE", "\xFF\xFE", "UTF-16LE", 2 },
    { "UTF-16BE", "\xFE\xFF", "UTF-16BE", 2 },
    { "UTF-16LE", "", "UTF-16LE", 0 }, /* no BOM: told by its NUL bytes */
    { "UTF-16BE", "", "UTF-16BE", 0 },
  };
  for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
    size_t      n;
    char       *bytes = convert(v[i].enc, page, &n, v[i].bom, v[i].bom_len);
    NgDocument *doc   = read_ok(in, bytes, n, NULL, NULL);
    assert(!strcmp(doc->encoding, v[i].name));
    assert_same(utf8, doc);
    ng_document_free(doc);
    /* The same with the encoding forced (the BOM is then a character
       that intake drops). */
    doc = read_ok(in, bytes, n, v[i].enc, NULL);
    assert_same(utf8, doc);
    ng_document_free(doc);
    free(bytes);
  }
  /* GBK and GB2312 are subsets of GB18030. */
  size_t      n;
  char       *gbk = convert("GBK", page, &n, "", 0);
  NgDocument *doc = read_ok(in, gbk, n, "GB2312", NULL);
  assert_same(utf8, doc);
  ng_document_free(doc);
  free(gbk);
  ng_document_free(utf8);
  ng_intake_free(in);
}

/* A government post in traditional characters. */
static const char trad[] =
  "濰坊市產業鏈招商重點合作項目簽約儀式在滬舉行\r\n"
  "發布時間:2024-12-10 09:30 來源:示範網\r\n"
  "12月9日,"
  "濰坊市產業鏈招商重點合作項目簽約儀式在上海舉行。市長劉建明出席並致辭。\r\n"
  "會上,介紹了有關項目情況,一批重點合作項目進行了現場簽約。\r\n"
  "示範融媒體記者: 賀德強/文\r\n"
  "編輯:韓佳麗\r\n";

static void
test_traditional_is_simplified_and_kept(void)
{
  NgIntake   *in  = intake();
  NgDocument *doc = read_ok(in, trad, strlen(trad), NULL, NULL);
  assert(doc->traditional);
  assert(doc->n_articles == 1);
  const NgArticle *a = &doc->articles[0];
  assert(!strcmp(a->headline, "潍坊市产业链招商重点合作项目签约仪式在沪举行"));
  assert(strstr(a->text, "市长刘建明出席并致辞。"));
  assert(strstr(a->orig, "市長劉建明出席並致辭。"));
  assert(!strcmp(a->date, "2024-12-10"));
  assert(has_byline(a, "贺德强", NG_BYLINE_REPORTER));
  assert(has_byline(a, "韩佳丽", NG_BYLINE_EDITOR));
  for (size_t i = 0; i < a->n_bylines; i++)
    if (!strcmp(a->bylines[i].name, "贺德强"))
      assert(!strcmp(a->bylines[i].orig, "賀德強"));
  /* Offsets point at the traditional characters (CRLF counts as two). */
  size_t   n;
  int32_t *file = code_points(trad, strlen(trad), &n);
  assert_offsets(doc, file, n);
  free(file);
  /* Big5 and UTF-16 give the same. */
  size_t      bn;
  char       *big5 = convert("Big5", trad, &bn, "", 0);
  NgDocument *b5   = read_ok(in, big5, bn, NULL, NULL);
  assert(!strcmp(b5->encoding, "Big5"));
  assert_same(doc, b5);
  ng_document_free(b5);
  free(big5);
  char       *u16 = convert("UTF-16LE", trad, &bn, "\xFF\xFE", 2);
  NgDocument *d16 = read_ok(in, u16, bn, NULL, NULL);
  assert_same(doc, d16);
  ng_document_free(d16);
  free(u16);
  ng_document_free(doc);
  ng_intake_free(in);
}

static void
test_simplified_text_is_not_simplified_again(void)
{
  static const char s[] = "著名学者在乾县发表讲话。\n";
  NgIntake         *in  = intake();
  NgDocument       *doc = read_ok(in, s, strlen(s), NULL, NULL);
  assert(!doc->traditional);
  assert(strstr(doc->articles[0].text, "著名学者在乾县"));
  ng_document_free(doc);
  ng_intake_free(in);
}

static void
test_full_width_forms_fold(void)
{
  static const char s[] = "２０２３年３月１４日，ＡＢＣ公司召开会议。\n";
  NgIntake   *in  = intake();
  NgDocument *doc = read_ok(in, s, strlen(s), NULL, NULL);
  assert(strstr(doc->articles[0].text, "2023年3月14日,ABC公司召开会议。"));
  ng_document_free(doc);
  /* Full-width brackets fold in the text the rules read, and stay in the
     original, where names written with them are quoted from. */
  static const char b[] = "省委党校（省行政学院）开学典礼举行。\n";
  doc                   = read_ok(in, b, strlen(b), NULL, NULL);
  const NgArticle *a = &doc->articles[0];
  assert(strstr(a->text, "省委党校(省行政学院)开学典礼举行。"));
  assert(strstr(a->orig, "省委党校（省行政学院）开学典礼举行。"));
  char *o = ng_article_orig(a, 0, strlen("省委党校(省行政学院)"));
  assert(o && !strcmp(o, "省委党校（省行政学院）"));
  ng_free(o);
  ng_document_free(doc);
  ng_intake_free(in);
}

static void
test_dates(void)
{
  static const struct {
    const char *text, *date;
  } v[] = {
    { "会议召开\n发布时间:2022-03-14 17:35 来源:示范网\n3月13日,会议召开。\n",
      "2022-03-14" },
    { "会议召开\n来源:示范网    发布时间:18-01-12\n1月11日,会议召开。\n",
      "2018-01-12" },
    { "会议召开\n21.07.2015  18:59\n7月20日,会议召开。\n", "2015-07-21" },
    { "会议召开\n2016年04月20日 09:51来源: 示范报\n昨天,会议召开。\n",
      "2016-04-20" },
    { "示范网2023年3月14日讯(记者 吴明)3月11日,会议召开。\n", "2023-03-14" },
    { "会议召开\n3月11日,会议召开。2020年全年完成任务。\n", "1999-12-31" },
    /* years of the Republic of China, as Taiwan's government writes them */
    { "示範縣召開會議\n發布日期:114-04-08\n昨(7)日,會議召開。\n",
      "2025-04-08" },
    { "示範縣召開會議\n中華民國114年4月8日\n昨(7)日,會議召開。\n",
      "2025-04-08" },
  };
  NgIntake *in = intake();
  for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
    NgDocument *doc =
      read_ok(in, v[i].text, strlen(v[i].text), NULL, "1999-12-31");
    assert(doc->n_articles == 1);
    if (strcmp(doc->articles[0].date, v[i].date)) {
      fprintf(stderr, "case %zu: %s\n", i, doc->articles[0].date);
      assert(0);
    }
    ng_document_free(doc);
  }
  /* No date in the text and none given: no date. */
  NgDocument *doc = read_ok(in, v[5].text, strlen(v[5].text), NULL, NULL);
  assert(doc->articles[0].date == NULL);
  ng_document_free(doc);
  ng_intake_free(in);
}

/* A file whose text gives no date takes one its path names, as scraped
   news is filed; a date in the text or --date comes first, and digits
   that are no date (a hash, a timestamp, a page number) give none. */
static void
test_path_dates(void)
{
  static const struct {
    const char *path, *date;
  } v[] = {
    { "news/2023-09-01_page4.txt", "2023-09-01" },
    { "20230901_04.txt", "2023-09-01" },
    { "archive/2023/09/01/index.txt", "2023-09-01" },
    { "2022_12_31.txt", "2022-12-31" },
    { "示范日报2024年3月5日第4版.txt", "2024-03-05" },
    { "2020/01/02/2021-03-04.txt", "2021-03-04" },
    { "2024-02-29.txt", "2024-02-29" },
    { "t01.txt", NULL },
    { "000_e713b7ff9e0ddada.txt", NULL },
    { "id202309011230.txt", NULL },
    { "a20230901.txt", NULL },
    { "2023-13-01.txt", NULL },
    { "2023-02-29.txt", NULL },
    { "19301201.txt", NULL },
    { "2023年9月.txt", NULL },
  };
  const char *text = "会议召开\n3月11日,会议召开。\n";
  NgIntake   *in   = intake();
  for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
    NgIntakeOptions opt = { NULL, NULL };
    NgDocument     *doc = NULL;
    char           *msg = NULL;
    assert(ng_intake_bytes(
             in, v[i].path, text, strlen(text), &opt, &doc, &msg) == NG_OK);
    const char *d = doc->articles[0].date;
    if (v[i].date ? !d || strcmp(d, v[i].date) : d != NULL) {
      fprintf(stderr, "%s: %s\n", v[i].path, d ? d : "(none)");
      assert(0);
    }
    ng_document_free(doc);
  }
  /* --date and the text's own date come first */
  const char *dated =
    "会议召开\n发布时间:2022-03-14 17:35\n3月13日,会议召开。\n";
  NgIntakeOptions opt  = { NULL, "1999-12-31" };
  NgIntakeOptions none = { NULL, NULL };
  NgDocument     *doc  = NULL;
  char           *msg  = NULL;
  assert(ng_intake_bytes(
           in, "2023-09-01.txt", text, strlen(text), &opt, &doc, &msg) ==
         NG_OK);
  assert(!strcmp(doc->articles[0].date, "1999-12-31"));
  ng_document_free(doc);
  assert(ng_intake_bytes(
           in, "2023-09-01.txt", dated, strlen(dated), &none, &doc, &msg) ==
         NG_OK);
  assert(!strcmp(doc->articles[0].date, "2022-03-14"));
  ng_document_free(doc);
  ng_intake_free(in);
}

/* A page saved from a government website: what a reader sees, with the
   site's menus, scripts, head and lists of links left out, and every Han
   character at its offset in the page. */
static const char html_page[] =
  "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
  "<title>甲县召开防汛工作会议_甲县人民政府</title>\n"
  "<script>var s = \"<p>脚本里的字</p>\"; if (a < b) x();</script>\n"
  "<style>p { color: red }</style></head>\n"
  "<body><ul class=\"nav\"><li><a href=\"/\">网站首页</a></li> | "
  "<li><a href=\"/zw\">政务动态</a></li></ul>\n"
  "<!-- <p>注释里的字</p> -->\n"
  "<h1>甲县召开防汛工作会议</h1>\n"
  "<div class=\"info\">发布时间：2023-06-02 10:21&nbsp;&nbsp;来源：甲县"
  "融媒体中心</div>\n"
  "<div class=\"content\"><p>6月1日，甲县召开防汛工作会议。县委书记王建国主持"
  "会议，\n    "
  "县长李明华&nbsp;出席会议并就&ldquo;两个确保&rdquo;提出要求&#12290;"
  "</p>\n<p>会议要求，各乡镇要<a href=\"/x\">压实责任</a>。</p></div>\n"
  "<div class=\"related\">相关新闻<ul><li><a "
  "href=\"/1\">乙县召开森林防火工作会议"
  "</a></li><li><a href=\"/2\">丙县举行应急演练</a></li></ul></div>\n"
  "</body></html>\n";

static void
test_html_page(void)
{
  NgIntake   *in  = intake();
  NgDocument *doc = read_ok(in, html_page, strlen(html_page), NULL, NULL);
  assert(doc->n_articles == 1);
  const NgArticle *a = &doc->articles[0];
  assert(!strcmp(a->headline, "甲县召开防汛工作会议"));
  assert(a->date && !strcmp(a->date, "2023-06-02"));
  assert(strstr(a->text, "6月1日,甲县召开防汛工作会议。"));
  /* a line break of the source between Han characters is no space */
  assert(
    strstr(a->text, "主持会议,县长李明华 出席会议并就“两个确保”提出要求。"));
  assert(strstr(a->text, "各乡镇要压实责任。"));
  static const char *const gone[] = { "脚本",     "注释", "color",
                                      "网站首页", "乙县", "丙县",
                                      "<",        "&",    "人民政府" };
  for (size_t i = 0; i < sizeof gone / sizeof *gone; i++)
    assert(!strstr(a->text, gone[i]) && !strstr(a->headline, gone[i]));
  /* every Han character at its place in the page */
  size_t   n;
  int32_t *file = code_points(html_page, strlen(html_page), &n);
  int32_t  ti = 0, oi = 0, on = (int32_t)strlen(a->orig), han = 0;
  while ((size_t)ti < a->len) {
    int32_t at = ti, t, o;
    U8_NEXT(a->text, ti, (int32_t)a->len, t);
    U8_NEXT(a->orig, oi, on, o);
    (void)t;
    if (o >= 0x4E00 && o <= 0x9FFF) {
      assert((size_t)a->offset[at] < n && file[a->offset[at]] == o);
      han++;
    }
  }
  assert(han > 40);
  free(file);
  /* the same page in GBK reads the same */
  size_t      gn;
  char       *gbk = convert("GBK", html_page, &gn, "", 0);
  NgDocument *g   = read_ok(in, gbk, gn, NULL, NULL);
  assert(!strcmp(g->encoding, "GB18030"));
  assert_same(doc, g);
  free(gbk);
  ng_document_free(g);
  ng_document_free(doc);
  /* the date the head states, as government sites must, when the page
     shows none; before --date */
  static const char *const heads[] = {
    "<meta name=\"PubDate\" content=\"2023-06-02 10:21\">",
    "<meta content='2023/6/2' name='publishdate' />",
    "<meta property=\"article:published_time\" "
    "content=\"2023-06-02T10:21:00+08:00\">",
  };
  for (size_t i = 0; i < sizeof heads / sizeof *heads; i++) {
    NgBuf b = { 0 };
    ng_buf_printf(&b,
                  "<html><head>%s<title>甲县召开会议</title></head><body><h1>"
                  "甲县召开会议</h1><p>1日,甲县召开会议。</p></body></html>",
                  heads[i]);
    doc = read_ok(in, ng_buf_str(&b), b.len, NULL, "1999-12-31");
    assert(doc->articles[0].date &&
           !strcmp(doc->articles[0].date, "2023-06-02"));
    ng_document_free(doc);
    ng_buf_free(&b);
  }
  /* a WeChat post keeps its time in a script (seconds, read in China's
     time): 2023-12-31 16:00 UTC is 1 January in Beijing */
  static const struct {
    const char *ct, *date;
  } wx[] = { { "1699776000", "2023-11-12" },
             { "1704038400", "2024-01-01" },
             { "1709168400", "2024-02-29" } };
  for (size_t i = 0; i < sizeof wx / sizeof *wx; i++) {
    NgBuf b = { 0 };
    ng_buf_printf(&b,
                  "<html><body><h1 class=\"rich_media_title\">甲县召开会议</h1>"
                  "<div id=\"js_content\"><p>1日,甲县召开会议。</p></div>"
                  "<script>var ct = \"%s\";</script></body></html>",
                  wx[i].ct);
    doc = read_ok(in, ng_buf_str(&b), b.len, NULL, NULL);
    assert(doc->articles[0].date && !strcmp(doc->articles[0].date, wx[i].date));
    ng_document_free(doc);
    ng_buf_free(&b);
  }
  /* the same variable in a page of another site is no date */
  const char *other = "<html><body><h1>甲县召开会议</h1><p>1日,甲县召开会议。"
                      "</p><script>var ct = \"1699776000\";</script></body>"
                      "</html>";
  doc               = read_ok(in, other, strlen(other), NULL, NULL);
  assert(doc->articles[0].date == NULL);
  ng_document_free(doc);
  /* the article starts at its title, as the head gives it: the site's
     banner before it is no headline */
  static const char *const titled[] = {
    "<html><head><meta name=\"ArticleTitle\" content=\"丁市召开推进会\">"
    "</head><body><div>丁市人民政府门户网站</div><div>丁市召开推进会</div>"
    "<p>3月11日,丁市召开推进会。市长周建平出席。</p></body></html>",
    "<html><head><title>丁市召开推进会_丁市人民政府</title></head><body>"
    "<div>丁市人民政府门户网站</div><div>丁市召开推进会</div>"
    "<p>3月11日,丁市召开推进会。市长周建平出席。</p></body></html>",
  };
  for (size_t i = 0; i < sizeof titled / sizeof *titled; i++) {
    doc = read_ok(in, titled[i], strlen(titled[i]), NULL, NULL);
    assert(!strcmp(doc->articles[0].headline, "丁市召开推进会"));
    assert(!strstr(doc->articles[0].text, "门户网站"));
    ng_document_free(doc);
  }
  /* text that opens with a bracket is no page */
  const char *txt = "<<示范报>>\n甲县召开会议\n6月1日,甲县召开会议。<p>\n";
  doc = read_ok(in, txt, strlen(txt), NULL, NULL);
  assert(strstr(doc->articles[0].text, "<p>") ||
         strstr(doc->articles[0].orig, "<p>"));
  ng_document_free(doc);
  ng_intake_free(in);
}

static void
test_byline_shapes(void)
{
  static const struct {
    const char  *text;
    const char  *name;
    NgBylineRole role;
  } v[] = {
    { "会议召开。(孟兆明)\n", "孟兆明", NG_BYLINE_REPORTER },
    { "会议召开。\n(梅本华)\n", "梅本华", NG_BYLINE_REPORTER },
    { "会议召开。\n林鑫华 陈何明/文\n", "陈何明", NG_BYLINE_REPORTER },
    { "会议召开。\n作者:王一民 雷小梦\n", "雷小梦", NG_BYLINE_REPORTER },
    { "会议召开。\n作者:宣文科\n", "宣文科", NG_BYLINE_REPORTER },
    { "会议召开。\n□融媒体记者 白小雪\n", "白小雪", NG_BYLINE_REPORTER },
    { "本报讯【全媒体记者吴丽华】11月25日,会议召开。\n",
      "吴丽华",
      NG_BYLINE_REPORTER },
    { "记者陈绍明报道:6月29日,会议召开。\n", "陈绍明", NG_BYLINE_REPORTER },
    { "示范网讯(示范日报记者成立明 李小杨摄影报道)会议召开。\n",
      "李小杨",
      NG_BYLINE_REPORTER },
    { "示范客户端1月8日讯(刘小俊)7日,会议召开。\n",
      "刘小俊",
      NG_BYLINE_REPORTER },
    { "会议召开。\n供稿:示范区市场监管局 林小倩\n",
      "林小倩",
      NG_BYLINE_REPORTER },
    { "会议召开。\n责任编辑: 李明华\n", "李明华", NG_BYLINE_EDITOR },
    { "会议召开。\n丨责编:郭楷明丨校对:郭楷明\n", "郭楷明", NG_BYLINE_EDITOR },
    { "会议召开。\n丨责编:郭楷明丨校对:郭楷明\n", "郭楷明", NG_BYLINE_OTHER },
    { "会议召开\n2023-08-15 09:16:21 来源:示范日报 责任编辑:王俊明\n正文。\n",
      "王俊明",
      NG_BYLINE_EDITOR },
    { "会议召开。\n一审:韩小佳 二审:冯媛明 终审:慈兆明\n",
      "慈兆明",
      NG_BYLINE_OTHER },
    /* credit lines of posts: the writer's unit between mark and name,
       文字/图片/视频 before a colon or a bar */
    { "会议召开。\n文/图:党委办公室 王小明\n", "王小明", NG_BYLINE_REPORTER },
    { "会议召开。\n文字:王小明\n图片:赵小亮\n", "王小明", NG_BYLINE_REPORTER },
    { "会议召开。\n文字:王小明\n图片:赵小亮\n", "赵小亮", NG_BYLINE_REPORTER },
    { "会议召开。\n文字 | 王小明\n视频 | 孙小强\n",
      "孙小强",
      NG_BYLINE_REPORTER },
    { "会议召开。\n排版:钱小多\n", "钱小多", NG_BYLINE_OTHER },
    { "会议召开。\n责任编辑:房小娟 版式:石小磊\n", "石小磊", NG_BYLINE_OTHER },
    /* a Taiwan lead in 〔〕 with the place it was written in */
    { "〔记者 王文华/台北报导〕台北市政府今日召开会议。\n",
      "王文华",
      NG_BYLINE_REPORTER },
    { "〔記者王文華／臺北報導〕臺北市政府今日召開會議。\n",
      "王文华",
      NG_BYLINE_REPORTER },
    /* the writer's unit opening a closing bracket */
    { "4月13日,示范县森林防火工作部署会在县应急指挥中心召开。"
      "(示范县融媒体中心 邰小雪)\n",
      "邰小雪",
      NG_BYLINE_REPORTER },
    /* a byline without brackets after the lead */
    { "本报讯 记者王小明 通讯员李小红 3月5日,示范县召开会议。\n",
      "李小红",
      NG_BYLINE_CORRESPONDENT },
    { "示范网讯 记者王小明报道:3月5日,示范县召开会议。\n",
      "王小明",
      NG_BYLINE_REPORTER },
    /* a Yi name (family name of two characters) and a regional surname
       in a closing bracket */
    { "9月16日,示范县召开会议。(示范县融媒体中心记者 阿说木芝)\n",
      "阿说木芝",
      NG_BYLINE_REPORTER },
    { "9月16日,示范县召开会议。(记者 禤小华)\n", "禤小华", NG_BYLINE_REPORTER },
    /* the place the report was written in before 报道, and a lead in
       【】 as Hong Kong's papers write it */
    { "本报讯 记者王小明北京报道:3月5日,示范县召开会议。\n",
      "王小明",
      NG_BYLINE_REPORTER },
    { "【示范報訊】記者柯小婷泉州報道:示范縣5日召開會議。\n",
      "柯小婷",
      NG_BYLINE_REPORTER },
    { "本报讯 记者王小明 全县各乡镇近日召开会议。\n",
      "王小明",
      NG_BYLINE_REPORTER },
    /* a lead ending in 日消息; a second bracket of another role */
    { "示范网北京3月5日消息(记者 王小明)3月5日,示范县召开会议。\n",
      "王小明",
      NG_BYLINE_REPORTER },
    { "本报讯(记者 王小明)(通讯员 李小红)3月5日,示范县召开会议。\n",
      "李小红",
      NG_BYLINE_CORRESPONDENT },
    /* rarer surnames (庹, 濮阳) */
    { "本报讯(记者 庹明远)3月5日下午,会议召开。\n",
      "庹明远",
      NG_BYLINE_REPORTER },
    { "会议召开。\n作者:记者 濮阳小雨\n", "濮阳小雨", NG_BYLINE_REPORTER },
    /* a name right after a role word whose surname the lexicon lacks, a
       one-element Mongolian name, two Mongolian elements run together */
    { "会议召开。\n责任编辑:锁文博 审核:刘小海\n", "锁文博", NG_BYLINE_EDITOR },
    { "会议召开。\n编辑:塔娜　审核:王小海\n", "塔娜", NG_BYLINE_EDITOR },
    { "示范日报讯(记者 宝音高娃 通讯员 王小海)9月9日,会议召开。\n",
      "宝音高娃",
      NG_BYLINE_REPORTER },
    /* a minority name without a surname, its elements run together */
    { "示范日报讯(记者 买买提·艾力 阿依古丽)9月9日,会议召开。\n",
      "阿依古丽",
      NG_BYLINE_REPORTER },
  };
  NgIntake *in = intake();
  for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
    NgDocument *doc = read_ok(in, v[i].text, strlen(v[i].text), NULL, NULL);
    if (!has_byline(&doc->articles[0], v[i].name, v[i].role)) {
      fprintf(stderr, "case %zu: no %s\n", i, v[i].name);
      assert(0);
    }
    ng_document_free(doc);
  }
  /* Words that are not names give no byline: 作者:示范要闻, (扩大). */
  static const char *const none[] = {
    "会议召开\n来自:示范网 作者:上海要闻 访问量:1192\n正文。\n",
    "常委会第二十五次会议召开。(扩大)\n",
    "会议召开。\n作者:\n",
    /* after a role word, words of office are no names */
    "会议召开。\n编辑:办公室\n",
    /* an office signs the post: 宣 and 孔 are surnames all the same */
    "会议召开\n来源:示范市自然资源局 作者:宣传科 发布时间:2024年05月18日\n"
    "正文。\n",
    "会议召开。\n作者:孔子办\n",
    /* a unit and a name with no credit before them sign nothing */
    "会议召开。\n党委办公室 王小明\n",
    /* the writer's unit is no writer (单 is a surname) */
    "3月5日,示范县召开会议。\n(作者单位:示范县委组织部)\n",
    /* the reporter learnt it from someone: no byline */
    "本报讯 记者从示范县应急管理局获悉,县长张振东出席会议。\n",
    "本报讯 记者近日从示范县获悉,县长张振东出席会议。\n",
  };
  for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
    NgDocument *doc = read_ok(in, none[i], strlen(none[i]), NULL, NULL);
    assert(doc->articles[0].n_bylines == 0);
    ng_document_free(doc);
  }
  /* The place of a Taiwan lead is no second reporter (台 is a surname). */
  static const char tw[] = "〔记者 王文华/台北报道〕台北市政府今日召开会议。\n";
  NgDocument       *doc = read_ok(in, tw, strlen(tw), NULL, NULL);
  assert(doc->articles[0].n_bylines == 1);
  ng_document_free(doc);
  /* A column's heading in brackets is neither a reporter nor the
     headline. */
  static const char col[] = "【简讯】\n示范县召开森林防火部署会\n"
                            "4月13日,示范县召开森林防火部署会。\n";
  doc                     = read_ok(in, col, strlen(col), NULL, NULL);
  assert(doc->articles[0].n_bylines == 0);
  assert(!strcmp(doc->articles[0].headline, "示范县召开森林防火部署会"));
  ng_document_free(doc);
  ng_intake_free(in);
}

/* Shapes that are one article: a government post with subtitles, a
   chronicle, a feature with subheads, a text without a headline. */
static void
test_single_articles_are_not_split(void)
{
  static const char *const v[] = {
    "省直机关考察座谈会召开\n走进示范区 助推建设\n主持人讲话并致谢\n"
    "本报讯(记者 吴明)昨日下午,考察座谈会在示范区举行。\n"
    "市领导参加座谈会。\n",
    "2021年12月示范市大事记\n时间:2022年01月20日来源:示范市地方志办公室\n"
    "12月1日 市政府召开常务会议。\n同日 市长到示范集团调研。\n"
    "12月2日 示范市政府召开全市工作会议。\n",
    "示范区一周\n2024-05-19 18:11\n本周,各区召开会议。\n示范区\n"
    "加快推进集中连片开发建设\n本周,示范区委书记调研企业。\n",
    "2月28日,县委书记主持召开县委常委会议,会议审议了有关事项,"
    "部署了下一步工作。\n"
    "会议要求各部门抓好落实。\n",
    /* photo captions before the only lead */
    "书记深入乡镇调研\n8月6日,书记在田间参加劳动。点击查看现场组图\n"
    "书记与村民交谈\n示范网讯(示范日报记者吴明)8月5日至8日,书记到乡镇调研。\n"
    "乡镇干部陪同调研。\n",
  };
  NgIntake *in = intake();
  for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
    NgDocument *doc = read_ok(in, v[i], strlen(v[i]), NULL, NULL);
    if (doc->n_articles != 1) {
      fprintf(stderr, "case %zu: %zu articles\n", i, doc->n_articles);
      assert(0);
    }
    ng_document_free(doc);
  }
  NgDocument *doc = read_ok(in, v[0], strlen(v[0]), NULL, NULL);
  assert(!strcmp(doc->articles[0].headline, "省直机关考察座谈会召开"));
  assert(doc->articles[0].sentences[0].kind == NG_SENTENCE_HEADLINE);
  ng_document_free(doc);
  doc = read_ok(in, v[3], strlen(v[3]), NULL, NULL);
  assert(!strcmp(doc->articles[0].headline, ""));
  assert(doc->articles[0].headline_start == -1);
  ng_document_free(doc);
  ng_intake_free(in);
}

/* Web page furniture around a post: breadcrumbs, counters, print links,
   a footer. */
static void
test_web_furniture_is_dropped(void)
{
  static const char post[] =
    "当前位置:首页 > 新闻中心 > 工作动态\n"
    "示范区召开安全生产工作会议\n"
    "发布时间:2023-05-06 10:20 来源:示范区应急管理局 浏览次数:123\n"
    "【字体:大 中 小】\n"
    "5月5日,示范区召开安全生产工作会议。\n"
    "会议要求各部门压实责任。\n"
    "【打印本页】 【关闭窗口】\n"
    "上一篇:示范区开展防汛演练\n"
    "下一篇:示范区召开招商引资推进会\n"
    "主办单位:示范区管委会办公室  技术支持:示范网络公司\n"
    "版权所有 © 2023 示范区管委会 示ICP备12345678号\n"
    "网站标识码:1234567890 示公网安备 12345678901234号\n";
  NgIntake   *in  = intake();
  NgDocument *doc = read_ok(in, post, strlen(post), NULL, NULL);
  assert(doc->n_articles == 1);
  const NgArticle *a = &doc->articles[0];
  assert(!strcmp(a->headline, "示范区召开安全生产工作会议"));
  assert(!strcmp(a->date, "2023-05-06"));
  static const char *const gone[] = {
    "当前位置", "字体",     "打印", "上一篇",
    "下一篇",   "版权所有", "ICP",  "公网安备"
  };
  for (size_t i = 0; i < sizeof gone / sizeof *gone; i++)
    assert(!strstr(a->text, gone[i]));
  /* the publication line, two sentences, and the bodies that run the site
     (主办单位:, 技术支持:), a publication line too */
  assert(a->n_sentences == 4);
  assert(a->sentences[0].kind == NG_SENTENCE_META);
  assert(a->sentences[3].kind == NG_SENTENCE_META);
  assert(strstr(a->text, "主办单位:示范区管委会办公室"));
  ng_document_free(doc);
  ng_intake_free(in);
}

/* A page that opens with the paper's name alone on its line: the name is
   no headline but a publication line of the first article, whose own
   headline is read; a headline that ends in a paper's name after other
   words stays. */
static void
test_masthead_is_no_headline(void)
{
  static const char front[] =
    "南城晚报\n"
    "2024年3月15日 星期五\n"
    "\n"
    "我市召开优化营商环境大会\n"
    "\n"
    "本报讯 3月14日,全市优化营商环境大会召开。市委书记甲乙丙出席。\n";
  NgIntake   *in  = intake();
  NgDocument *doc = read_ok(in, front, strlen(front), NULL, NULL);
  assert(doc->n_articles == 1);
  assert(!strcmp(doc->articles[0].headline, "我市召开优化营商环境大会"));
  /* the name is kept as a publication line: the paper is a body */
  const NgArticle *a  = &doc->articles[0];
  const char      *at = strstr(a->text, "南城晚报");
  assert(at && a->n_sentences > 0);
  assert(a->sentences[0].kind == NG_SENTENCE_META);
  assert((size_t)(at - a->text) >= a->sentences[0].start &&
         (size_t)(at - a->text) < a->sentences[0].end);
  ng_document_free(doc);
  static const char post[] = "百名记者走进南城晚报\n"
                             "3月14日,百名记者走进报社参观。\n";
  doc                      = read_ok(in, post, strlen(post), NULL, NULL);
  assert(!strcmp(doc->articles[0].headline, "百名记者走进南城晚报"));
  ng_document_free(doc);
  /* a short paper's name (two or three characters and 报, a pattern with
     a lookbehind) is a masthead too; a line that ends in 报 but is no
     paper's name is not */
  static const char small[] = "东岭报\n"
                              "\n"
                              "我县召开春耕生产工作会议\n"
                              "\n"
                              "本报讯 3月14日,全县春耕生产工作会议召开。\n";
  doc                       = read_ok(in, small, strlen(small), NULL, NULL);
  assert(doc->n_articles == 1);
  assert(!strcmp(doc->articles[0].headline, "我县召开春耕生产工作会议"));
  assert(doc->articles[0].n_sentences > 0 &&
         doc->articles[0].sentences[0].kind == NG_SENTENCE_META);
  ng_document_free(doc);
  static const char quick[] = "工作简报\n"
                              "\n"
                              "本报讯 3月14日,全县春耕生产工作会议召开。\n";
  doc                       = read_ok(in, quick, strlen(quick), NULL, NULL);
  assert(doc->n_articles == 1 &&
         !strcmp(doc->articles[0].headline, "工作简报"));
  ng_document_free(doc);
  ng_intake_free(in);
}

/* An edition line that opens with the paper's name (南城晚报 2026-06-17
   第01版:要闻, 南城晚报 2026年6月17日 星期三), above the headline or
   under it, is the paper's publication line: no headline, no text of
   the news, and the paper is a body. */
static void
test_edition_line_names_the_paper(void)
{
  static const char *const pages[] = {
    "我市召开优化营商环境大会\n"
    "南城晚报  2026-06-17  第01版:要闻\n"
    "本报讯 6月16日,全市优化营商环境大会召开。市委书记甲乙丙出席。\n",
    "南城晚报\u30002026年6月17日\u3000星期三\n"
    "\n"
    "我市召开优化营商环境大会\n"
    "\n"
    "本报讯 6月16日,全市优化营商环境大会召开。市委书记甲乙丙出席。\n",
  };
  for (size_t i = 0; i < 2; i++) {
    NgIntake   *in  = intake();
    NgDocument *doc = read_ok(in, pages[i], strlen(pages[i]), NULL, NULL);
    assert(doc->n_articles == 1);
    const NgArticle *a = &doc->articles[0];
    assert(!strcmp(a->headline, "我市召开优化营商环境大会"));
    const char *at = strstr(a->text, "南城晚报");
    assert(at);
    int meta = 0;
    for (size_t k = 0; k < a->n_sentences; k++)
      meta |= a->sentences[k].kind == NG_SENTENCE_META &&
              (size_t)(at - a->text) >= a->sentences[k].start &&
              (size_t)(at - a->text) < a->sentences[k].end;
    assert(meta);
    ng_document_free(doc);
    ng_intake_free(in);
  }
}

/* A headline over a paragraph that opens with its day starts an article
   when the text before it is finished, as a lead (本报讯) does; the bullet
   before the headline and the jump line (下转第三版) are no text; a
   numbered section of one report does not start another. */
static void
test_page_articles_led_by_their_day(void)
{
  static const char two[] =
    "全县乡村振兴推进会召开\n"
    "\n"
    "本报讯 5月18日,全县乡村振兴推进会召开。县委书记甲乙丙出席并讲话。\n"
    "甲乙丙指出,要扎实推进各项任务。\n"
    "(下转第三版)\n"
    "\n"
    "■ 县人大常委会开展食品安全执法检查\n"
    "\n"
    "5月16日至17日,县人大常委会主任丁戊己带队开展执法检查。\n"
    "检查组深入农贸市场查看。\n";
  NgIntake   *in  = intake();
  NgDocument *doc = read_ok(in, two, strlen(two), NULL, NULL);
  assert(doc->n_articles == 2);
  assert(
    !strcmp(doc->articles[1].headline, "县人大常委会开展食品安全执法检查"));
  assert(!strstr(doc->articles[0].text, "下转"));
  assert(strstr(doc->articles[1].text, "丁戊己"));
  ng_document_free(doc);
  static const char one[] =
    "县人大常委会部署年度监督工作\n"
    "\n"
    "本报讯 3月2日,县人大常委会召开会议部署年度监督工作。\n"
    "\n"
    "二、强化执法检查\n"
    "\n"
    "5月16日,常委会将开展食品安全执法检查。\n";
  doc = read_ok(in, one, strlen(one), NULL, NULL);
  assert(doc->n_articles == 1);
  ng_document_free(doc);
  ng_intake_free(in);
}

/* An edition line that names the page's editor: the line is no text,
   the editor is a byline of each article on the page, at its place in
   the file. */
static void
test_page_editor_in_edition_line(void)
{
  static const char pg[] =
    "2024年3月15日 星期五 第02版:要闻  本版编辑:卢静宜 美编:朱小雨\n"
    "\n"
    "县委常委会召开会议\n"
    "\n"
    "本报讯 3月14日,县委书记甲乙丙主持召开县委常委会会议。\n"
    "\n"
    "县政府召开常务会议\n"
    "\n"
    "本报讯 3月13日,县长丁戊己主持召开县政府常务会议。(记者 孟小冬)\n";
  NgIntake   *in  = intake();
  NgDocument *doc = read_ok(in, pg, strlen(pg), NULL, NULL);
  assert(doc->n_articles == 2);
  for (size_t i = 0; i < 2; i++) {
    const NgArticle *a = &doc->articles[i];
    assert(has_byline(a, "卢静宜", NG_BYLINE_EDITOR));
    assert(has_byline(a, "朱小雨", NG_BYLINE_OTHER));
    assert(!strstr(a->text, "本版编辑"));
    for (size_t k = 0; k < a->n_bylines; k++)
      if (!strcmp(a->bylines[k].name, "卢静宜"))
        assert(a->bylines[k].start == 29 && a->bylines[k].end == 32);
  }
  assert(has_byline(&doc->articles[1], "孟小冬", NG_BYLINE_REPORTER));
  assert(!has_byline(&doc->articles[0], "孟小冬", NG_BYLINE_REPORTER));
  ng_document_free(doc);
  ng_intake_free(in);
}

/* An edition line with a long list of the page's staff, spaced as a PDF
   page spaces them: still no text, the editor still each article's. */
static void
test_page_staff_in_long_edition_line(void)
{
  static const char pg[] =
    "江北日报\n"
    "2026年9月17日 星期四\n"
    "第02版:要闻    责任编辑:卢静宜  美编:朱小雨  校对:欧阳明远\n"
    "\n"
    "县委常委会召开会议\n"
    "\n"
    "本报讯 9月16日,县委书记甲乙丙主持召开县委常委会会议。\n";
  NgIntake   *in  = intake();
  NgDocument *doc = read_ok(in, pg, strlen(pg), NULL, NULL);
  assert(doc->n_articles == 1);
  const NgArticle *a = &doc->articles[0];
  assert(has_byline(a, "卢静宜", NG_BYLINE_EDITOR));
  assert(!strstr(a->text, "责任编辑"));
  assert(a->headline && !strcmp(a->headline, "县委常委会召开会议"));
  ng_document_free(doc);
  ng_intake_free(in);
}

/* A section heading that credits the page's staff with no edition
   number (综合新闻  本版编辑:某某  本版校对:某某, 要闻  责任编辑:某某
   美编:某某): no text, the editor each article's. */
static void
test_page_staff_under_a_section_heading(void)
{
  static const char *const pages[] = {
    "2026年9月17日 星期四\n"
    "综合新闻    本版编辑:卢静宜  本版校对:欧阳明远\n"
    "\n"
    "县委常委会召开会议\n"
    "\n"
    "本报讯 9月16日,县委书记甲乙丙主持召开县委常委会会议。\n",
    "2026年9月17日 星期四\n"
    "要闻  责任编辑:卢静宜  美编:朱小雨\n"
    "\n"
    "县委常委会召开会议\n"
    "\n"
    "本报讯 9月16日,县委书记甲乙丙主持召开县委常委会会议。\n",
  };
  for (size_t i = 0; i < 2; i++) {
    NgIntake   *in  = intake();
    NgDocument *doc = read_ok(in, pages[i], strlen(pages[i]), NULL, NULL);
    assert(doc->n_articles == 1);
    const NgArticle *a = &doc->articles[0];
    assert(has_byline(a, "卢静宜", NG_BYLINE_EDITOR));
    assert(!strstr(a->text, "编辑"));
    assert(a->headline && !strcmp(a->headline, "县委常委会召开会议"));
    ng_document_free(doc);
    ng_intake_free(in);
  }
}

/* A masthead's dated line that goes on to the page's number, section and
   editor (某某日报 2026年5月6日 星期三 3 县域新闻 责任编辑:某某) is a
   publication line, no headline: the editor is each article's. */
static void
test_page_editor_after_a_dated_masthead(void)
{
  static const char pg[] =
    "江北日报 2026年5月6日 星期三 A3 县域新闻 责任编辑:欧阳晓岚\n"
    "\n"
    "南溪部署夏季防汛工作\n"
    "\n"
    "本报讯 5月5日,县委书记甲乙丙主持召开防汛工作会议。\n"
    "\n"
    "北岭表彰一批好邻居\n"
    "\n"
    "本报讯 5月4日,县妇联举行表彰会。(记者 孟小冬)\n";
  NgIntake   *in  = intake();
  NgDocument *doc = read_ok(in, pg, strlen(pg), NULL, NULL);
  assert(doc->n_articles == 2);
  assert(doc->articles[0].headline &&
         !strcmp(doc->articles[0].headline, "南溪部署夏季防汛工作"));
  for (size_t i = 0; i < 2; i++)
    assert(has_byline(&doc->articles[i], "欧阳晓岚", NG_BYLINE_EDITOR));
  assert(!has_byline(&doc->articles[0], "孟小冬", NG_BYLINE_REPORTER));
  ng_document_free(doc);
  ng_intake_free(in);
}

/* A short line broken inside a name, whose sentence ends a few
   characters into the next line, is text, not a headline: the name is
   whole. */
static void
test_short_line_before_the_tail_of_its_sentence(void)
{
  static const char pg[] =
    "本报讯 9月16日,市人大常委会副主任甲乙丙带队检查条例实施情况。\n"
    "市人大常委会委员、城建环保工委主任巩振\n"
    "东参加检查。\n";
  NgIntake   *in  = intake();
  NgDocument *doc = read_ok(in, pg, strlen(pg), NULL, NULL);
  assert(doc->n_articles == 1);
  assert(strstr(doc->articles[0].text, "巩振东参加检查"));
  ng_document_free(doc);
  ng_intake_free(in);
}

/* A social-media post: the call to follow is no headline, the end mark
   and the titles listed under 往期推荐 are no text. */
static void
test_social_post_furniture(void)
{
  static const char post[] =
    "点击蓝字 关注我们\n"
    "县委理论学习中心组开展集体学习\n"
    "6月14日,县委理论学习中心组开展集体学习。县委书记甲乙丙主持。\n"
    "来源 | 县融媒体中心\n"
    "编辑 | 丁戊己\n"
    "- END -\n"
    "往期推荐\n"
    "县政府召开第12次常务会议\n"
    "我县开展安全生产大检查\n";
  NgIntake   *in  = intake();
  NgDocument *doc = read_ok(in, post, strlen(post), NULL, NULL);
  assert(doc->n_articles == 1);
  const NgArticle *a = &doc->articles[0];
  assert(!strcmp(a->headline, "县委理论学习中心组开展集体学习"));
  static const char *const gone[] = {
    "蓝字", "END", "往期", "常务会议", "大检查"
  };
  for (size_t i = 0; i < sizeof gone / sizeof *gone; i++)
    assert(!strstr(a->text, gone[i]));
  assert(has_byline(a, "丁戊己", NG_BYLINE_EDITOR));
  ng_document_free(doc);
  ng_intake_free(in);
}

/* The list of other posts a WeChat post ends with, under 大家都在看,
   猜你喜欢 or ▼往期回顾 and each title behind a bullet or a number, is no text;
   the post's source line and credits after it are still its own. */
static void
test_social_post_list_of_other_posts(void)
{
  static const char *const heads[] = {
    "大家都在看", "【猜你喜欢】", "相关推荐:", "▼往期回顾"
  };
  for (size_t h = 0; h < sizeof heads / sizeof *heads; h++) {
    NgBuf b = { 0 };
    ng_buf_printf(&b,
                  "某镇举行老党员纪念章颁发仪式\n"
                  "6月30日,某镇举行纪念章颁发仪式。镇党委书记甲乙丙出席。\n"
                  "\n"
                  "%s\n"
                  "◆某镇召开防汛防台工作部署会\n"
                  "▶某镇开展安全生产大检查\n"
                  "1.某县政协视察民生实事项目\n"
                  "◆好消息！某镇召开民宿提质推进会！\n"
                  "·某镇开展森林防火专项检查\n"
                  "▶某县政协主席庚辛壬带队深入企业调研,听取企业发展意见建议\n"
                  "\n"
                  "来源:某镇党建办\n"
                  "编辑:丁戊己\n",
                  heads[h]);
    NgIntake   *in  = intake();
    NgDocument *doc = read_ok(in, b.data, b.len, NULL, NULL);
    assert(doc->n_articles == 1);
    const NgArticle *a = &doc->articles[0];
    assert(!strcmp(a->headline, "某镇举行老党员纪念章颁发仪式"));
    static const char *const gone[] = { "都在看", "喜欢",   "相关推荐",
                                        "往期",   "部署会", "大检查",
                                        "视察",   "推进会", "森林防火",
                                        "庚辛壬" };
    for (size_t i = 0; i < sizeof gone / sizeof *gone; i++)
      assert(!strstr(a->text, gone[i]));
    assert(has_byline(a, "丁戊己", NG_BYLINE_EDITOR));
    assert(strstr(a->text, "来源:某镇党建办"));
    ng_document_free(doc);
    ng_intake_free(in);
    ng_buf_free(&b);
  }
}

static void
test_crlf_and_lf_give_the_same_text(void)
{
  NgIntake *in   = intake();
  NgBuf     crlf = { 0 };
  for (const char *p = page; *p; p++) {
    if (*p == '\n')
      ng_buf_putc(&crlf, '\r');
    ng_buf_putc(&crlf, *p);
  }
  NgDocument *a = read_ok(in, page, strlen(page), NULL, NULL);
  NgDocument *b = read_ok(in, crlf.data, crlf.len, NULL, NULL);
  assert(a->n_articles == b->n_articles);
  for (size_t i = 0; i < a->n_articles; i++)
    assert(!strcmp(a->articles[i].text, b->articles[i].text));
  size_t   n;
  int32_t *file = code_points(crlf.data, crlf.len, &n);
  assert_offsets(b, file, n);
  free(file);
  ng_document_free(a);
  ng_document_free(b);
  ng_buf_free(&crlf);
  ng_intake_free(in);
}

static void
test_invalid_bytes_are_reported_with_offset(void)
{
  NgIntake *in = intake();
  /* UTF-8 with one bad byte before the first headline. */
  NgBuf  b  = { 0 };
  size_t at = (size_t)(strstr(page, headlines[0]) - page);
  char   want[64];
  ng_buf_append(&b, page, at);
  ng_buf_putc(&b, (char)0xFF);
  ng_buf_puts(&b, page + at);
  char *msg = read_bad(in, b.data, b.len, NULL);
  snprintf(want, sizeof want, "byte %zu: invalid UTF-8 byte sequence", at);
  assert(strstr(msg, want));
  ng_free(msg);
  ng_buf_free(&b);
  /* GB18030 forced, a lead byte without its trail byte at offset 10. */
  size_t n;
  char  *gb =
    convert("GB18030", "示范区召开会议。会议要求加强协调。\n", &n, "", 0);
  NgBuf g = { 0 };
  ng_buf_append(&g, gb, 10);
  ng_buf_append(&g, "\x81\x20", 2);
  ng_buf_append(&g, gb + 10, n - 10);
  msg = read_bad(in, g.data, g.len, "GB18030");
  assert(strstr(msg, "byte 10: invalid GB18030 byte sequence"));
  ng_free(msg);
  /* A UTF-16 file cut in the middle of a character: the offset counts the
     byte order mark. */
  char *u16 = convert("UTF-16LE", "会议", &n, "\xFF\xFE", 2);
  msg       = read_bad(in, u16, n - 1, NULL);
  assert(strstr(msg, "byte 4: invalid UTF-16LE byte sequence"));
  ng_free(msg);
  free(u16);
  ng_buf_free(&g);
  free(gb);
  /* An encoding ICU does not know. */
  msg = read_bad(in, "abc", 3, "no-such-encoding");
  assert(strstr(msg, "unknown encoding \"no-such-encoding\""));
  ng_free(msg);
  ng_intake_free(in);
}

static void
test_binary_and_empty_files_are_refused(void)
{
  NgIntake *in  = intake();
  char     *msg = read_bad(in, "PK\3\4\0\0\x14\0\x08\0", 10, NULL);
  assert(strstr(msg, "not a text file (NUL byte at offset 4)"));
  ng_free(msg);
  msg = read_bad(in, "abc\0def", 7, "GB18030");
  assert(strstr(msg, "not a text file"));
  ng_free(msg);
  msg = read_bad(in, "ab\1\2\3\4\5\6cd", 10, NULL);
  assert(strstr(msg, "not a text file (control byte at offset 2)"));
  ng_free(msg);
  /* Binary data that looks like UTF-16 at first sight. */
  static const char wide[] = "\x01\x00\x02\x00\x03\x00\x04\x00\x05\x00"
                             "A\x00B\x00\x06\x00";
  msg                      = read_bad(in, wide, sizeof wide - 1, NULL);
  assert(strstr(msg, "not a text file"));
  ng_free(msg);
  msg = read_bad(in, "", 0, NULL);
  assert(!strcmp(msg, "bad.txt: empty file"));
  ng_free(msg);
  msg = read_bad(in, " \r\n\n\t \n", 7, NULL);
  assert(strstr(msg, "empty file"));
  ng_free(msg);
  ng_intake_free(in);
}

static void
test_ten_megabyte_line(void)
{
  static const char unit[] = "各部门负责人参加会议,";
  NgIntake         *in     = intake();
  NgBuf             b      = { 0 };
  size_t            units  = 0;
  while (b.len < 10u * 1024 * 1024) {
    ng_buf_puts(&b, unit);
    units++;
  }
  ng_buf_puts(&b, "会议结束。");
  NgDocument *doc = read_ok(in, b.data, b.len, NULL, NULL);
  assert(doc->n_articles == 1);
  const NgArticle *a = &doc->articles[0];
  assert(a->len == b.len + 1); /* and the paragraph's \n */
  /* A run-on sentence is cut at commas into pieces later stages can
     handle; together they cover the line. */
  assert(a->n_sentences > 1000);
  for (size_t i = 0; i < a->n_sentences; i++) {
    const NgRange *r = &a->sentences[i];
    assert(r->end - r->start <= 1600);
    assert(r->start == (i ? a->sentences[i - 1].end : 0));
    assert(i + 1 == a->n_sentences || a->text[r->end - 1] == ',');
  }
  assert(a->sentences[a->n_sentences - 1].end == b.len);
  size_t chars = units * 11 + 5;
  assert(a->offset[a->len - 2] == (long)chars - 1);
  ng_document_free(doc);
  ng_buf_free(&b);
  ng_intake_free(in);
}

static void
test_unreadable_files_are_reported_by_name(void)
{
  NgIntake   *in  = intake();
  NgDocument *doc = NULL;
  char       *msg = NULL;
  char       *dir = test_tmp_path("intake-dir");
  assert(mkdir(dir, 0700) == 0);
  char path[4200];
  snprintf(path, sizeof path, "%s/page.txt", dir);
  FILE *f = fopen(path, "wb");
  assert(f && fwrite(page, 1, strlen(page), f) == strlen(page));
  fclose(f);
  /* A path through a file: fails for root as well. */
  char through[4300];
  snprintf(through, sizeof through, "%s/x.txt", path);
  assert(ng_intake_file(in, through, NULL, &doc, &msg) == NG_ERR_IO);
  assert(!doc && msg && !strncmp(msg, through, strlen(through)));
  assert(strstr(msg, "not a directory"));
  ng_free(msg);
  /* A folder is not a file. */
  assert(ng_intake_file(in, dir, NULL, &doc, &msg) == NG_ERR_IO);
  assert(strstr(msg, "is a directory"));
  ng_free(msg);
  /* No permission (root reads anyway, so only for others). */
  if (geteuid() != 0) {
    assert(chmod(path, 0) == 0);
    assert(ng_intake_file(in, path, NULL, &doc, &msg) == NG_ERR_IO);
    assert(strstr(msg, path) && strstr(msg, "permission denied"));
    ng_free(msg);
    chmod(path, 0600);
  }
  assert(ng_intake_file(in, path, NULL, &doc, &msg) == NG_OK);
  assert(doc->n_articles == 2 && !strcmp(doc->name, "page.txt"));
  ng_document_free(doc);
  unlink(path);
  rmdir(dir);
  free(dir);
  ng_intake_free(in);
}

/* The dev corpus's newspaper page: four articles, their headlines and
   bylines. */
static void
test_dev_sample_page(void)
{
  const char *shared = getenv("SHARED");
  char        path[4096];
  snprintf(path,
           sizeof path,
           "%s/corpus/dev/000_e713b7ff9e0ddada.txt",
           shared && *shared ? shared : "../shared");
  if (access(path, R_OK) != 0) {
    printf("note: no %s, skipped\n", path);
    return;
  }
  NgIntake   *in  = intake();
  NgDocument *doc = NULL;
  char       *msg = NULL;
  assert(ng_intake_file(in, path, NULL, &doc, &msg) == NG_OK);
  assert(doc->n_articles == 4);
  /* The headlines are each article's first line. */
  FILE  *f = fopen(path, "rb");
  NgBuf  b = { 0 };
  char   chunk[4096];
  size_t k;
  while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
    ng_buf_append(&b, chunk, k);
  fclose(f);
  size_t   n;
  int32_t *file = code_points(b.data, b.len, &n);
  assert_offsets(doc, file, n);
  size_t reporters = 0, correspondents = 0;
  for (size_t i = 0; i < 4; i++) {
    const NgArticle *a = &doc->articles[i];
    assert(*a->headline && strstr(b.data, a->headline));
    assert(!strstr(a->headline, "本报讯"));
    assert(strncmp(a->text, "本报讯", 9) == 0 ||
           a->sentences[0].kind != NG_SENTENCE_BODY);
    for (size_t j = 0; j < a->n_bylines; j++) {
      reporters += a->bylines[j].role == NG_BYLINE_REPORTER;
      correspondents += a->bylines[j].role == NG_BYLINE_CORRESPONDENT;
    }
    /* The last paragraph is the byline. */
    assert(a->paragraphs[a->n_paragraphs - 1].kind == NG_SENTENCE_BYLINE);
  }
  assert(reporters == 4 && correspondents == 3);
  free(file);
  ng_buf_free(&b);
  ng_document_free(doc);
  ng_intake_free(in);
}

/* Furniture patterns from a data folder of the test's own: each pattern
   is only run on lines holding what it needs (a literal, a digit), and
   patterns with back references or inline flags are run all together, as
   one expression. The same lines go either way. */
static void
furniture_case(const char        *patterns,
               const char *const *gone,
               const char *const *kept)
{
  char *dir = test_tmp_path("furniture");
  char  path[4200];
  assert(mkdir(dir, 0700) == 0);
  snprintf(path, sizeof path, "%s/furniture.txt", dir);
  FILE *f = fopen(path, "w");
  assert(f);
  fputs(patterns, f);
  fclose(f);
  NgIntake *in  = NULL;
  char     *msg = NULL;
  assert(ng_intake_new_with(dir, &in, &msg) == NG_OK);
  NgBuf text = { 0 };
  ng_buf_puts(&text, "示范区召开安全生产工作会议\n");
  for (size_t i = 0; gone[i]; i++)
    ng_buf_printf(&text, "%s\n", gone[i]);
  for (size_t i = 0; kept[i]; i++)
    ng_buf_printf(&text, "%s\n", kept[i]);
  ng_buf_puts(&text, "5月5日,示范区召开安全生产工作会议。\n");
  NgDocument *doc = read_ok(in, text.data, text.len, NULL, NULL);
  assert(doc->n_articles == 1);
  const NgArticle *a = &doc->articles[0];
  for (size_t i = 0; gone[i]; i++)
    if (strstr(a->text, gone[i])) {
      fprintf(stderr, "not dropped: %s\n", gone[i]);
      assert(0);
    }
  for (size_t i = 0; kept[i]; i++)
    if (!strstr(a->text, kept[i])) {
      fprintf(stderr, "dropped: %s\n", kept[i]);
      assert(0);
    }
  ng_document_free(doc);
  ng_intake_free(in);
  ng_buf_free(&text);
  unlink(path);
  rmdir(dir);
  free(dir);
}

static void
test_furniture_patterns_from_data(void)
{
  /* literals, alternatives, classes, quantifiers, digits (ASCII and
     Arabic-Indic), a pattern with no literal at all */
  furniture_case(
    "# test patterns\n"
    "第\\s*\\d{1,3}\\s*版.{0,10}\n"
    "(?:上一篇|下一篇|上一条)(?:\\s*[:：].{0,20})?\n"
    "[-—]?\\s*\\d{1,3}\\s*[-—]?\n"
    "\\d{1,3}\\s*/\\s*\\d{1,3}\n"
    "[【\\[]?(?:打印|关闭)[】\\]]?(?:\\s*[【\\[]?(?:打印|关闭)[】\\]]?)*\n"
    "x?y*z+\n"
    "a\\.b|c\\|d\n",
    (const char *const[]){ "第 3 版 要闻",
                           "上一篇:示范区开展演练",
                           "- 7 -",
                           "٣",
                           "3 / 12",
                           "【打印】 【关闭】",
                           "yyzz",
                           "a.b",
                           "c|d",
                           NULL },
    (const char *const[]){ "第三版要闻",
                           "示范区上一篇文章",
                           "7月",
                           "3/",
                           "【打印机】",
                           "yyz有",
                           "a b",
                           "c d",
                           NULL });
  /* a back reference and an inline flag: the patterns run as one */
  furniture_case("(页)\\1码\n"
                 "(?i)copyright.{0,20}\n",
                 (const char *const[]){ "页页码", "COPYRIGHT 2023", NULL },
                 (const char *const[]){ "页码", "版权 copy", NULL });
}

int
main(void)
{
  RUN(test_page_articles_and_headlines);
  RUN(test_page_repair_rejoins_broken_lines);
  RUN(test_page_repair_line_with_a_full_stop);
  RUN(test_page_repair_line_before_a_sentence_end);
  RUN(test_page_repair_indented_first_line_of_a_column);
  RUN(test_byline_name_padded_with_a_space);
  RUN(test_credit_mark_in_a_publication_line);
  RUN(test_page_articles_signed_in_their_last_paragraph);
  RUN(test_page_bylines);
  RUN(test_offsets_point_at_original_characters);
  RUN(test_sentences_respect_quotes_and_brackets);
  RUN(test_encodings_give_the_same_articles);
  RUN(test_traditional_is_simplified_and_kept);
  RUN(test_simplified_text_is_not_simplified_again);
  RUN(test_full_width_forms_fold);
  RUN(test_dates);
  RUN(test_path_dates);
  RUN(test_html_page);
  RUN(test_byline_shapes);
  RUN(test_single_articles_are_not_split);
  RUN(test_web_furniture_is_dropped);
  RUN(test_masthead_is_no_headline);
  RUN(test_edition_line_names_the_paper);
  RUN(test_page_articles_led_by_their_day);
  RUN(test_social_post_furniture);
  RUN(test_social_post_list_of_other_posts);
  RUN(test_page_editor_in_edition_line);
  RUN(test_page_staff_in_long_edition_line);
  RUN(test_page_staff_under_a_section_heading);
  RUN(test_page_editor_after_a_dated_masthead);
  RUN(test_short_line_before_the_tail_of_its_sentence);
  RUN(test_furniture_patterns_from_data);
  RUN(test_crlf_and_lf_give_the_same_text);
  RUN(test_invalid_bytes_are_reported_with_offset);
  RUN(test_binary_and_empty_files_are_refused);
  RUN(test_ten_megabyte_line);
  RUN(test_unreadable_files_are_reported_by_name);
  RUN(test_dev_sample_page);
  return 0;
}
