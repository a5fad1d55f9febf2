/* tests/unit/test_event.c -- the event stage on articles with hand-built
   mentions: one event per happening, roles, dates, organizers, places. */
#include "extract/event.h"
#include "graph/buf.h"
#include "graph/vocab.h"
#include "test.h"

#define BASE "https://w3id.org/newsgraph/id/"
#define ART BASE "article/t/1"

/* An article over TEXT, split into sentences at 。 and line ends. */
static NgArticle *
article(const char *text, const char *date)
{
  NgArticle *a = calloc(1, sizeof *a);
  a->part      = 1;
  a->headline  = strdup("");
  a->text      = strdup(text);
  a->len       = strlen(text);
  a->date      = date ? strdup(date) : NULL;
  a->sentences = calloc(a->len + 1, sizeof *a->sentences);
  size_t s     = 0;
  for (size_t i = 0; i <= a->len; i++) {
    int    end  = i == a->len || text[i] == '\n';
    size_t next = i + 1;
    if (!end && !strncmp(text + i, "。", 3)) {
      end  = 1;
      next = i + 3;
    }
    if (!end)
      continue;
    size_t e = end && i < a->len && text[i] != '\n' ? next : i;
    if (e > s) {
      a->sentences[a->n_sentences].start = s;
      a->sentences[a->n_sentences].end   = e;
      a->n_sentences++;
    }
    s = next;
    i = next - 1;
  }
  return a;
}

static void
article_free(NgArticle *a)
{
  free(a->headline);
  free(a->text);
  free(a->date);
  free(a->sentences);
  free(a);
}

static size_t
sentence_of(const NgArticle *a, size_t pos)
{
  for (size_t k = 0; k < a->n_sentences; k++)
    if (pos < a->sentences[k].end)
      return k;
  return a->n_sentences - 1;
}

/* Adds a mention for the Nth occurrence (from 0) of SURFACE. */
static void
mention(NgMentions      *m,
        const NgArticle *a,
        NgMentionKind    kind,
        const char      *surface,
        int              nth)
{
  const char *p = a->text;
  for (;;) {
    p = strstr(p, surface);
    assert(p);
    if (nth-- == 0)
      break;
    p += strlen(surface);
  }
  size_t      s         = (size_t)(p - a->text);
  const char *kind_name = kind == NG_MENTION_PERSON  ? "person"
                          : kind == NG_MENTION_ORG   ? "org"
                          : kind == NG_MENTION_PLACE ? "place"
                                                     : "post";
  char        iri[512];
  snprintf(iri, sizeof iri, BASE "%s/%s", kind_name, surface);
  assert(!ng_mentions_add(m,
                          kind,
                          s,
                          s + strlen(surface),
                          sentence_of(a, s),
                          surface,
                          surface,
                          kind == NG_MENTION_POST ? NULL : iri,
                          NULL,
                          NULL));
}

static NgEvents *
events(void)
{
  NgEvents   *ev  = NULL;
  char       *err = NULL;
  const char *dir = getenv("NEWSGRAPH_DATA");
  assert(!ng_events_new(dir && *dir ? dir : "data", BASE, &ev, &err));
  assert(!err);
  return ev;
}

static size_t
count(const NgFacts *f, const char *p, const char *o)
{
  size_t n = 0;
  for (size_t i = 0; i < f->n; i++)
    if (!strcmp(f->v[i].p.value, p) && (!o || !strcmp(f->v[i].o.value, o)))
      n++;
  return n;
}

#define P(kind, name) BASE kind "/" name

static void
test_meeting_roles(void)
{
  NgArticle *a = article(
    "7月21日,郑东新区召开防汛会商会议。郑东新区应急管理局局长刘焱文主持会议,"
    "水务局局长王晓林及水务局、市政园林局参加会议。\n"
    "会上,刘焱文传达了会议精神。\n"
    "王晓林就防范应对提出具体要求。",
    "2021-07-22");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PLACE, "郑东新区", 0);
  mention(&m, a, NG_MENTION_ORG, "郑东新区应急管理局", 0);
  mention(&m, a, NG_MENTION_POST, "局长", 0);
  mention(&m, a, NG_MENTION_PERSON, "刘焱文", 0);
  mention(&m, a, NG_MENTION_ORG, "水务局", 0);
  mention(&m, a, NG_MENTION_POST, "局长", 1);
  mention(&m, a, NG_MENTION_PERSON, "王晓林", 0);
  mention(&m, a, NG_MENTION_ORG, "水务局", 1);
  mention(&m, a, NG_MENTION_ORG, "市政园林局", 0);
  mention(&m, a, NG_MENTION_PERSON, "刘焱文", 1);
  mention(&m, a, NG_MENTION_PERSON, "王晓林", 1);
  ng_mentions_sort(&m);
  NgEvents  *ev     = events();
  NgFacts    f      = { 0 };
  NgDocument doc    = { 0 };
  char       name[] = "t";
  doc.name          = name;
  assert(!ng_events_extract(ev, &doc, a, ART, &m, &f));
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
  /* the organizer before 召开 opens the name */
  assert(count(&f, NG_RDFS_LABEL, "郑东新区防汛会商会议") == 1);
  assert(count(&f, NG_SCHEMA_STARTDATE, "2021-07-21") == 1);
  assert(count(&f, NG_NG_EVENTTYPE, NG_NG_MEETING) == 1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("place", "郑东新区")) == 1);
  assert(count(&f, NG_NG_CHAIR, P("person", "刘焱文")) == 1);
  assert(count(&f, NG_NG_SPEAKER, P("person", "刘焱文")) == 1);
  assert(count(&f, NG_NG_SPEAKER, P("person", "王晓林")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("person", "王晓林")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "市政园林局")) == 1);
  /* the bureau in the director's title does not take part by itself */
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "郑东新区应急管理局")) == 0);
  assert(count(&f, NG_SCHEMA_ABOUT, NULL) == 1);
  ng_facts_free(&f);
  ng_events_free(ev);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_headline_noun_inside_a_noun(void)
{
  /* 工作会|议: the longer noun that starts inside the first ends the name */
  NgArticle *a = article("8月7日在市政府举行。", "2023-08-08");
  free(a->headline);
  a->headline       = strdup("全市安全生产工作会议召开");
  NgMentions m      = { 0 };
  NgEvents  *ev     = events();
  NgFacts    f      = { 0 };
  NgDocument doc    = { 0 };
  char       name[] = "t";
  doc.name          = name;
  assert(!ng_events_extract(ev, &doc, a, ART, &m, &f));
  assert(count(&f, NG_RDFS_LABEL, "全市安全生产工作会议") == 1);
  assert(count(&f, NG_RDFS_LABEL, "全市安全生产工作会") == 0);
  ng_facts_free(&f);
  ng_events_free(ev);
  article_free(a);
}

static void
test_attended_in_relative_clause(void)
{
  /* 出席…开幕式的市长X: the mayor attended the ceremony; where he met the
     guests afterwards is not where the ceremony was */
  NgArticle *a =
    article("7月5日,率团出席第九届“丝路杯”开幕式的市长陈明远在西宁会见了客商。",
            "2023-07-06");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_POST, "市长", 0);
  mention(&m, a, NG_MENTION_PERSON, "陈明远", 0);
  mention(&m, a, NG_MENTION_PLACE, "西宁", 0);
  ng_mentions_sort(&m);
  NgEvents  *ev     = events();
  NgFacts    f      = { 0 };
  NgDocument doc    = { 0 };
  char       name[] = "t";
  doc.name          = name;
  assert(!ng_events_extract(ev, &doc, a, ART, &m, &f));
  assert(count(&f, NG_RDFS_LABEL, "第九届“丝路杯”开幕式") == 1);
  assert(count(&f, NG_NG_EVENTTYPE, NG_NG_CEREMONY) == 1);
  size_t attended = 0;
  for (size_t i = 0; i < f.n; i++) {
    int ceremony = strstr(f.v[i].s.value, "开幕式") != NULL;
    if (ceremony && !strcmp(f.v[i].p.value, NG_SCHEMA_ATTENDEE) &&
        !strcmp(f.v[i].o.value, P("person", "陈明远")))
      attended++;
    assert(!(ceremony && !strcmp(f.v[i].p.value, NG_SCHEMA_LOCATION)));
  }
  assert(attended == 1);
  /* 率团: he led the delegation */
  assert(count(&f, NG_NG_LEAD, P("person", "陈明远")) == 1);
  ng_facts_free(&f);
  ng_mentions_free(&m);

  /* 出席开幕式的代表团: a delegation, no person named: no event from it */
  NgArticle *b = article("出席开幕式的代表团参观了展览。", "2023-07-06");
  NgFacts g = { 0 };
  assert(!ng_events_extract(ev, &doc, b, ART, &m, &g));
  assert(count(&g, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 0);
  ng_facts_free(&g);
  ng_events_free(ev);
  article_free(a);
  article_free(b);
}

static void
test_inspection_led(void)
{
  NgArticle *a =
    article("3月13日,市委副书记杜立军带队到新郑市调研重点项目建设工作。\n"
            "杜立军指出,要加快项目建设。",
            NULL);
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_POST, "市委副书记", 0);
  mention(&m, a, NG_MENTION_PERSON, "杜立军", 0);
  mention(&m, a, NG_MENTION_PLACE, "新郑市", 0);
  mention(&m, a, NG_MENTION_PERSON, "杜立军", 1);
  ng_mentions_sort(&m);
  NgEvents  *ev     = events();
  NgFacts    f      = { 0 };
  NgDocument doc    = { 0 };
  char       name[] = "t";
  doc.name          = name;
  assert(!ng_events_extract(ev, &doc, a, ART, &m, &f));
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
  assert(count(&f, NG_NG_EVENTTYPE, NG_NG_INSPECTION) == 1);
  assert(count(&f, NG_NG_LEAD, P("person", "杜立军")) == 1);
  assert(count(&f, NG_NG_SPEAKER, P("person", "杜立军")) == 1);
  assert(count(&f, NG_SCHEMA_LOCATION, P("place", "新郑市")) == 1);
  /* no year known: month and day */
  assert(count(&f, NG_SCHEMA_STARTDATE, "--03-13") == 1);
  ng_facts_free(&f);
  ng_events_free(ev);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_cited_and_planned(void)
{
  NgArticle *a = article(
    "7月18日,东区党工委扩大会议召开,学习传达张立7月17日调研东区讲话精神。\n"
    "下一步将召开全区推进会。",
    "2020-07-19");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_ORG, "东区党工委", 0);
  mention(&m, a, NG_MENTION_PERSON, "张立", 0);
  mention(&m, a, NG_MENTION_PLACE, "东区", 1);
  ng_mentions_sort(&m);
  NgEvents  *ev     = events();
  NgFacts    f      = { 0 };
  NgDocument doc    = { 0 };
  char       name[] = "t";
  doc.name          = name;
  assert(!ng_events_extract(ev, &doc, a, ART, &m, &f));
  /* the meeting and the earlier inspection; the planned one is not */
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 2);
  assert(count(&f, NG_SCHEMA_STARTDATE, "2020-07-18") == 1);
  assert(count(&f, NG_SCHEMA_STARTDATE, "2020-07-17") == 1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("org", "东区党工委")) == 1);
  assert(count(&f, NG_NG_LEAD, P("person", "张立")) == 1);
  assert(count(&f, NG_NG_SPEAKER, P("person", "张立")) == 1);
  assert(count(&f, NG_RDFS_LABEL, "全区推进会") == 0);
  ng_facts_free(&f);
  ng_events_free(ev);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_chronicle(void)
{
  NgArticle *a = article("12月1日 李四主持召开市政府常务会议。\n"
                         "同日 李四到地铁集团调研。\n"
                         "12月2日 王五出席表彰大会并讲话。",
                         "2022-01-20");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PERSON, "李四", 0);
  mention(&m, a, NG_MENTION_ORG, "市政府", 0);
  mention(&m, a, NG_MENTION_PERSON, "李四", 1);
  mention(&m, a, NG_MENTION_ORG, "地铁集团", 0);
  mention(&m, a, NG_MENTION_PERSON, "王五", 0);
  ng_mentions_sort(&m);
  NgEvents  *ev     = events();
  NgFacts    f      = { 0 };
  NgDocument doc    = { 0 };
  char       name[] = "t";
  doc.name          = name;
  assert(!ng_events_extract(ev, &doc, a, ART, &m, &f));
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 3);
  /* the year before the article's: December entries of a January report */
  assert(count(&f, NG_SCHEMA_STARTDATE, "2021-12-01") == 2);
  assert(count(&f, NG_SCHEMA_STARTDATE, "2021-12-02") == 1);
  assert(count(&f, NG_NG_CHAIR, P("person", "李四")) == 1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("org", "市政府")) == 1);
  assert(count(&f, NG_NG_LEAD, P("person", "李四")) == 1);
  assert(count(&f, NG_NG_SPEAKER, P("person", "王五")) == 1);
  ng_facts_free(&f);
  ng_events_free(ev);
  ng_mentions_free(&m);
  article_free(a);
}

/* The IRI of the one event in FACTS. */
static const char *
event_iri(const NgFacts *f)
{
  for (size_t i = 0; i < f->n; i++)
    if (!strcmp(f->v[i].p.value, NG_SCHEMA_ABOUT))
      return f->v[i].o.value;
  return NULL;
}

static void
test_two_reports_one_node(void)
{
  NgArticle *a =
    article("7月21日,东区召开防汛会商会议。刘一主持会议。", "2021-07-22");
  NgArticle *b  = article("昨日,东区防汛会商会议召开,刘一主持。", "2021-07-22");
  NgMentions ma = { 0 }, mb = { 0 };
  mention(&ma, a, NG_MENTION_PLACE, "东区", 0);
  mention(&ma, a, NG_MENTION_PERSON, "刘一", 0);
  mention(&mb, b, NG_MENTION_PLACE, "东区", 0);
  mention(&mb, b, NG_MENTION_PERSON, "刘一", 0);
  ng_mentions_sort(&ma);
  ng_mentions_sort(&mb);
  NgEvents  *ev = events();
  NgFacts    fa = { 0 }, fb = { 0 };
  NgDocument doc    = { 0 };
  char       name[] = "t";
  doc.name          = name;
  assert(!ng_events_extract(ev, &doc, a, ART, &ma, &fa));
  assert(!ng_events_extract(ev, &doc, b, ART "2", &mb, &fb));
  assert(event_iri(&fa) && event_iri(&fb));
  assert(!strcmp(event_iri(&fa), event_iri(&fb)));
  assert(count(&fa, NG_RDFS_LABEL, "东区防汛会商会议") == 1);
  assert(count(&fb, NG_RDFS_LABEL, "东区防汛会商会议") == 1);
  assert(count(&fb, NG_NG_CHAIR, P("person", "刘一")) == 1);
  ng_facts_free(&fa);
  ng_facts_free(&fb);
  ng_events_free(ev);
  ng_mentions_free(&ma);
  ng_mentions_free(&mb);
  article_free(a);
  article_free(b);
}

static void
test_lists_after_the_verb(void)
{
  NgArticle *a =
    article("9月24日,全省工作促进会在福州召开,参加会议的有省交通厅、"
            "省教育厅等部门。会议由王二主持。",
            NULL);
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PLACE, "福州", 0);
  mention(&m, a, NG_MENTION_ORG, "省交通厅", 0);
  mention(&m, a, NG_MENTION_ORG, "省教育厅", 0);
  mention(&m, a, NG_MENTION_PERSON, "王二", 0);
  ng_mentions_sort(&m);
  NgEvents  *ev     = events();
  NgFacts    f      = { 0 };
  NgDocument doc    = { 0 };
  char       name[] = "t";
  doc.name          = name;
  assert(!ng_events_extract(ev, &doc, a, ART, &m, &f));
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
  assert(count(&f, NG_SCHEMA_LOCATION, P("place", "福州")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "省交通厅")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "省教育厅")) == 1);
  assert(count(&f, NG_NG_CHAIR, P("person", "王二")) == 1);
  ng_facts_free(&f);
  ng_events_free(ev);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_out_of_memory(void)
{
  NgArticle *a =
    article("7月21日,东区召开防汛会商会议。刘一主持会议,王二出席并讲话。\n"
            "3月13日,刘一带队到北县调研。王二陪同调研。他强调,要抓好落实。",
            "2021-07-22");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PLACE, "东区", 0);
  mention(&m, a, NG_MENTION_PERSON, "刘一", 0);
  mention(&m, a, NG_MENTION_PERSON, "王二", 0);
  mention(&m, a, NG_MENTION_PERSON, "刘一", 1);
  mention(&m, a, NG_MENTION_PLACE, "北县", 0);
  mention(&m, a, NG_MENTION_PERSON, "王二", 1);
  ng_mentions_sort(&m);
  NgEvents  *ev     = events();
  NgDocument doc    = { 0 };
  char       name[] = "t";
  doc.name          = name;
  /* every allocation in turn fails: an error comes back, nothing leaks */
  for (long n = 0;; n++) {
    NgFacts f = { 0 };
    ng_alloc_fail_after(n);
    NgStatus st = ng_events_extract(ev, &doc, a, ART, &m, &f);
    ng_alloc_fail_after(-1);
    ng_facts_free(&f);
    if (st == NG_OK) {
      assert(n > 10); /* it did allocate, and each failure was reported */
      break;
    }
    assert(st == NG_ERR_NOMEM);
    assert(n < 100000);
  }
  ng_events_free(ev);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_bad_lexicon(void)
{
  NgEvents *ev  = NULL;
  char     *err = NULL;
  assert(ng_events_new("/nonexistent", BASE, &ev, &err) == NG_ERR_IO);
  assert(err && strstr(err, "events.tsv"));
  ng_free(err);
  ng_events_free(NULL);
}

/* Runs the event stage over A with mentions M; facts into F. */
static void
run(NgArticle *a, NgMentions *m, NgFacts *f)
{
  ng_mentions_sort(m);
  NgEvents  *ev     = events();
  NgDocument doc    = { 0 };
  char       name[] = "t";
  doc.name          = name;
  assert(!ng_events_extract(ev, &doc, a, ART, m, f));
  ng_events_free(ev);
}

static void
test_area_among_bodies(void)
{
  /* an area in a list of bodies that take part stands for its body */
  NgArticle *a = article("7月2日,甲县政府召开安全生产工作会议。"
                         "县教育局、乙镇等相关单位负责人参加会议。"
                         "会上,丙市、县交通局等作了交流发言。",
                         "2021-07-03");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_ORG, "甲县政府", 0);
  mention(&m, a, NG_MENTION_ORG, "县教育局", 0);
  mention(&m, a, NG_MENTION_PLACE, "乙镇", 0);
  mention(&m, a, NG_MENTION_PLACE, "丙市", 0);
  mention(&m, a, NG_MENTION_ORG, "县交通局", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("org", "甲县政府")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "县教育局")) == 1);
  /* 乙镇等相关单位: the town's body, an organization named by the town */
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "乙镇")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("place", "乙镇")) == 0);
  /* 丙市、县交通局…发言: next to a body across 、 */
  assert(count(&f, NG_NG_SPEAKER, P("org", "丙市")) == 1);
  assert(count(&f, NG_RDF_TYPE, NG_ORG_ORGANIZATION) == 2);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_area_reports(void)
{
  /* 听取了乙镇工作情况汇报: the town reports; an area that only names
     the topic (听取了丙市北城区工程进展情况汇报) does not */
  NgArticle *a = article("6月28日,县长王甲在乙镇召开座谈会,"
                         "听取了乙镇工作情况汇报。\n"
                         "6月29日,市长李乙主持召开重大项目协调例会,"
                         "听取了丙市北城区工程进展情况汇报。",
                         "2021-06-30");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_POST, "县长", 0);
  mention(&m, a, NG_MENTION_PERSON, "王甲", 0);
  mention(&m, a, NG_MENTION_PLACE, "乙镇", 0);
  mention(&m, a, NG_MENTION_PLACE, "乙镇", 1);
  mention(&m, a, NG_MENTION_POST, "市长", 0);
  mention(&m, a, NG_MENTION_PERSON, "李乙", 0);
  mention(&m, a, NG_MENTION_PLACE, "丙市", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 2);
  assert(count(&f, NG_NG_SPEAKER, P("org", "乙镇")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "丙市")) == 0);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("place", "丙市")) == 0);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_congress_session(void)
{
  /* the congress convenes its session; a party or an area before the
     name of a party congress does not */
  NgArticle *a = article("12月2日,甲镇第十七届人民代表大会第一次会议召开。\n"
                         "12月3日,中国共产党乙镇第十四次代表大会开幕。",
                         "2021-12-04");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_ORG, "甲镇第十七届人民代表大会", 0);
  mention(&m, a, NG_MENTION_ORG, "中国共产党", 0);
  mention(&m, a, NG_MENTION_PLACE, "乙镇", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("org", "甲镇第十七届人民代表大会")) ==
         1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("org", "中国共产党")) == 0);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("place", "乙镇")) == 0);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_signers(void)
{
  /* 甲区政府和乙公司签署…协议: both bodies take part in the signing */
  NgArticle *a = article("5月17日,甲区政府和乙公司签署战略合作框架协议,"
                         "区委书记王丙出席签约仪式。",
                         "2021-05-18");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_ORG, "甲区政府", 0);
  mention(&m, a, NG_MENTION_ORG, "乙公司", 0);
  mention(&m, a, NG_MENTION_POST, "区委书记", 0);
  mention(&m, a, NG_MENTION_PERSON, "王丙", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("person", "王丙")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "甲区政府")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "乙公司")) == 1);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_bodies_brief(void)
{
  /* 由X、Y等单位,简报…: the bodies after 由 brief the meeting; X负责人
     对…进行了简要说明: the body explains; 各设区市政府、发改委: no body
     named */
  NgArticle *a =
    article("9月13日,甲县政府召开县务会议。\n"
            "县务会议先后由交通处、财政处等单位,简报上次会议决定执行情形。\n"
            "会上,县政府办相关负责人对报告起草情况进行了简要说明。\n"
            "参加会议的有各设区市政府、发改委及省交通厅等部门。",
            "2021-09-14");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_ORG, "甲县政府", 0);
  mention(&m, a, NG_MENTION_ORG, "交通处", 0);
  mention(&m, a, NG_MENTION_ORG, "财政处", 0);
  mention(&m, a, NG_MENTION_ORG, "县政府办", 0);
  mention(&m, a, NG_MENTION_POST, "负责人", 0);
  mention(&m, a, NG_MENTION_ORG, "市政府", 0);
  mention(&m, a, NG_MENTION_ORG, "发改委", 0);
  mention(&m, a, NG_MENTION_ORG, "省交通厅", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
  assert(count(&f, NG_NG_SPEAKER, P("org", "交通处")) == 1);
  assert(count(&f, NG_NG_SPEAKER, P("org", "财政处")) == 1);
  assert(count(&f, NG_NG_SPEAKER, P("org", "县政府办")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "省交通厅")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "市政府")) == 0);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "发改委")) == 0);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_bodies_not_taking_part(void)
{
  /* 听取了各设区市发改委汇报: no body named; 49名镇人大代表出席: the
     deputies, not the congress; 市委全会提出的要求: not a speech here */
  NgArticle *a =
    article("12月2日,甲镇政府召开工作会议,49名镇人大代表出席了会议。\n"
            "会议听取了各设区市发改委汇报本地区重点项目完成情况。\n"
            "王甲说,要把市委全会提出的要求具体化。\n"
            "管委会班子成员、区域党委成员、县直成员单位负责人参加会议。",
            "2021-12-03");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_ORG, "甲镇政府", 0);
  mention(&m, a, NG_MENTION_ORG, "镇人大", 0);
  mention(&m, a, NG_MENTION_ORG, "市发改委", 0);
  mention(&m, a, NG_MENTION_PERSON, "王甲", 0);
  mention(&m, a, NG_MENTION_ORG, "市委", 0);
  mention(&m, a, NG_MENTION_ORG, "管委会", 0);
  mention(&m, a, NG_MENTION_ORG, "区域党委", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("org", "甲镇政府")) == 1);
  /* 管委会班子成员, 区域党委成员: members, not the bodies */
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "管委会")) == 0);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "区域党委")) == 0);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "镇人大")) == 0);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "市发改委")) == 0);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "市委")) == 0);
  assert(count(&f, NG_NG_SPEAKER, P("person", "王甲")) == 1);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_witnessed_signing(void)
{
  /* 共同见证甲厅与乙局合作备忘录…签署: the parties of the signing
     ceremony the article reports, not of the meeting before */
  NgArticle *a =
    article("同日,甲省与乙州合作协议签署仪式在丙市举行。"
            "省长王甲会见乙州主席李乙一行,并共同见证甲厅与乙局合作备忘录、"
            "丁大学与戊大学合作协议等协议签署。",
            "2023-09-01");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_POST, "省长", 0);
  mention(&m, a, NG_MENTION_PERSON, "王甲", 0);
  mention(&m, a, NG_MENTION_POST, "主席", 0);
  mention(&m, a, NG_MENTION_PERSON, "李乙", 0);
  mention(&m, a, NG_MENTION_ORG, "甲厅", 0);
  mention(&m, a, NG_MENTION_ORG, "乙局", 0);
  mention(&m, a, NG_MENTION_ORG, "丁大学", 0);
  mention(&m, a, NG_MENTION_ORG, "戊大学", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "甲厅")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "戊大学")) == 1);
  size_t n = 0;
  for (size_t i = 0; i < f.n; i++)
    if (!strcmp(f.v[i].p.value, NG_SCHEMA_ATTENDEE) &&
        !strcmp(f.v[i].o.value, P("org", "丁大学"))) {
      /* on the ceremony's node */
      for (size_t k = 0; k < f.n; k++)
        if (!strcmp(f.v[k].s.value, f.v[i].s.value) &&
            !strcmp(f.v[k].p.value, NG_NG_EVENTTYPE))
          n += !strcmp(f.v[k].o.value, NG_NG_CEREMONY);
    }
  assert(n == 1);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_reporter_position(void)
{
  /* 听取并审议通过了甲镇人民政府工作报告: the government reports; a
     body inside the topic (听取各组讨论协商乙市人民政府工作报告的情况)
     does not */
  NgArticle *a = article("12月2日,甲镇第十七届人民代表大会第一次会议召开。"
                         "大会听取并审议通过了甲镇人民政府工作报告。\n"
                         "12月7日,乙市政协常委会会议召开。"
                         "会议听取各组讨论协商乙市人民政府工作报告的情况。",
                         "2021-12-08");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_ORG, "甲镇第十七届人民代表大会", 0);
  mention(&m, a, NG_MENTION_ORG, "甲镇人民政府", 0);
  mention(&m, a, NG_MENTION_ORG, "乙市政协", 0);
  mention(&m, a, NG_MENTION_ORG, "乙市人民政府", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 2);
  assert(count(&f, NG_NG_SPEAKER, P("org", "甲镇人民政府")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "乙市人民政府")) == 0);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_hosts_after_the_name(void)
{
  /* …洽谈会在甲市举行,由市商务局主办,市贸促会承办: both convene it;
     由市商务局主办的第五届交流会: the body convenes, the name stays its
     own; 甲市政府和乙市政府共同主办: co-organizers */
  NgArticle *a = article("7月2日,经贸洽谈会在甲市举行,由市商务局主办,"
                         "市贸促会承办。\n"
                         "7月5日,由市文化局主办的第五届文化交流会开幕。\n"
                         "7月9日,甲市政府和乙市政府共同主办旅游推介会。",
                         "2021-07-10");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PLACE, "甲市", 0);
  mention(&m, a, NG_MENTION_ORG, "市商务局", 0);
  mention(&m, a, NG_MENTION_ORG, "市贸促会", 0);
  mention(&m, a, NG_MENTION_ORG, "市文化局", 0);
  mention(&m, a, NG_MENTION_ORG, "甲市政府", 0);
  mention(&m, a, NG_MENTION_ORG, "乙市政府", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 3);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("org", "市商务局")) == 1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("org", "市贸促会")) == 1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("org", "市文化局")) == 1);
  assert(count(&f, NG_RDFS_LABEL, "第五届文化交流会") == 1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("org", "甲市政府")) == 1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("org", "乙市政府")) == 1);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_area_and_body_convene(void)
{
  /* 甲县县委召开…: the body convenes, the area before it only names it */
  NgArticle *a = article("7月2日,甲县县委召开全县经济工作会议。", "2021-07-03");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PLACE, "甲县", 0);
  mention(&m, a, NG_MENTION_ORG, "县委", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("org", "县委")) == 1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("place", "甲县")) == 0);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_consulted_bodies(void)
{
  /* 征求民主党派、工商联…意见座谈会: the bodies consulted take part */
  NgArticle *a =
    article("1月9日,甲区召开征求民主党派、工商联、无党派人士关于《工作报告》"
            "意见座谈会。",
            "2021-01-10");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PLACE, "甲区", 0);
  mention(&m, a, NG_MENTION_ORG, "工商联", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("place", "甲区")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "工商联")) == 1);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_acting_for_bodies(void)
{
  /* 甲公司总经理王甲、乙公司总经理李乙作为投资方代表介绍…: their
     companies take part; a title alone (丙局局长张丙出席) does not */
  NgArticle *a =
    article("5月8日,市产业项目签约仪式举行,丙局局长张丙出席。"
            "签约仪式上,甲公司总经理王甲、乙公司总经理李乙作为投资方代表介绍"
            "投资项目情况。",
            "2021-05-09");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_ORG, "丙局", 0);
  mention(&m, a, NG_MENTION_POST, "局长", 0);
  mention(&m, a, NG_MENTION_PERSON, "张丙", 0);
  mention(&m, a, NG_MENTION_ORG, "甲公司", 0);
  mention(&m, a, NG_MENTION_POST, "总经理", 0);
  mention(&m, a, NG_MENTION_PERSON, "王甲", 0);
  mention(&m, a, NG_MENTION_ORG, "乙公司", 0);
  mention(&m, a, NG_MENTION_POST, "总经理", 1);
  mention(&m, a, NG_MENTION_PERSON, "李乙", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
  assert(count(&f, NG_NG_SPEAKER, P("person", "王甲")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "甲公司")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "乙公司")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "丙局")) == 0);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_officer_explains(void)
{
  /* 市委组织部负责同志作有关人事事项的说明: the body speaks at the
     meeting; 对甲局负责人作出处理 is no speech */
  NgArticle *a = article("1月7日,乙市政协常委会会议召开。\n"
                         "会上,市委组织部负责同志作有关人事事项的说明;"
                         "市委统战部负责同志作委员增补有关事项的说明。\n"
                         "会议要求对甲局负责人作出处理。",
                         "2021-01-08");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_ORG, "乙市政协", 0);
  mention(&m, a, NG_MENTION_ORG, "市委组织部", 0);
  mention(&m, a, NG_MENTION_ORG, "市委统战部", 0);
  mention(&m, a, NG_MENTION_ORG, "甲局", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
  assert(count(&f, NG_NG_SPEAKER, P("org", "市委组织部")) == 1);
  assert(count(&f, NG_NG_SPEAKER, P("org", "市委统战部")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "甲局")) == 0);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_both_sides_convene(void)
{
  /* 两地召开甲县·乙镇协作联席会议: both sides named in the name
     convene it */
  NgArticle *a =
    article("4月16日,两地召开甲县·乙镇东西部协作联席会议。", "2021-04-17");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PLACE, "甲县", 0);
  mention(&m, a, NG_MENTION_PLACE, "乙镇", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("place", "甲县")) == 1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("place", "乙镇")) == 1);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_body_reports_through_a_person(void)
{
  /* 县长王甲代表县人民政府向大会作政府工作报告: the body takes part and
     speaks; 代表县委向大家表示感谢 is no report to the meeting */
  NgArticle *a = article("1月5日,甲县第三届人民代表大会第二次会议开幕。"
                         "县长王甲代表县人民政府向大会作政府工作报告。"
                         "李乙代表县委、县政协向大会报告工作。"
                         "张丙代表县总工会向大家表示感谢。",
                         "2021-01-06");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PLACE, "甲县", 0);
  mention(&m, a, NG_MENTION_POST, "县长", 0);
  mention(&m, a, NG_MENTION_PERSON, "王甲", 0);
  mention(&m, a, NG_MENTION_ORG, "县人民政府", 0);
  mention(&m, a, NG_MENTION_PERSON, "李乙", 0);
  mention(&m, a, NG_MENTION_ORG, "县委", 0);
  mention(&m, a, NG_MENTION_ORG, "县政协", 0);
  mention(&m, a, NG_MENTION_PERSON, "张丙", 0);
  mention(&m, a, NG_MENTION_ORG, "县总工会", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
  assert(count(&f, NG_NG_SPEAKER, P("org", "县人民政府")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "县人民政府")) == 1);
  assert(count(&f, NG_NG_SPEAKER, P("org", "县委")) == 1);
  assert(count(&f, NG_NG_SPEAKER, P("org", "县政协")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "县总工会")) == 0);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_delegation_takes_part(void)
{
  /* 王甲率党政代表团到乙县调研考察: the article's 甲县党政代表团 takes
     part; 李丙率领经贸考察团赴丁市考察 with no such body named: a body
     of that name, kept to the source file */
  NgArticle *a = article("4月2日,王甲率党政代表团到乙县调研考察。"
                         "王甲代表甲县党政代表团表示感谢。\n"
                         "4月9日,李丙率领经贸考察团赴丁市考察。",
                         "2021-04-10");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PERSON, "王甲", 0);
  mention(&m, a, NG_MENTION_PLACE, "乙县", 0);
  mention(&m, a, NG_MENTION_PERSON, "王甲", 1);
  mention(&m, a, NG_MENTION_ORG, "甲县党政代表团", 0);
  mention(&m, a, NG_MENTION_PERSON, "李丙", 0);
  mention(&m, a, NG_MENTION_PLACE, "丁市", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 2);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "甲县党政代表团")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "t/经贸考察团")) == 1);
  assert(count(&f, NG_RDFS_LABEL, "经贸考察团") == 1);
  assert(count(&f, NG_RDF_TYPE, NG_ORG_ORGANIZATION) == 1);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);

  /* 率团出席…的省长X: the one delegation the article names; his party
     (X一行) on the visit after is that delegation too; a company (集团)
     is none */
  a = article("7月3日,率团出席开幕式的省长赵丁在戊市与孙戊进行了会见。"
              "期间,赵丁一行还考察了己集团。\n"
              "庚省代表团在戊市考察。",
              "2021-07-05");
  memset(&m, 0, sizeof m);
  mention(&m, a, NG_MENTION_POST, "省长", 0);
  mention(&m, a, NG_MENTION_PERSON, "赵丁", 0);
  mention(&m, a, NG_MENTION_PLACE, "戊市", 0);
  mention(&m, a, NG_MENTION_PERSON, "孙戊", 0);
  mention(&m, a, NG_MENTION_PERSON, "赵丁", 1);
  mention(&m, a, NG_MENTION_ORG, "己集团", 0);
  mention(&m, a, NG_MENTION_ORG, "庚省代表团", 0);
  mention(&m, a, NG_MENTION_PLACE, "戊市", 1);
  memset(&f, 0, sizeof f);
  run(a, &m, &f);
  /* the ceremony and the visit; not the meeting with 孙戊 */
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "庚省代表团")) == 3);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "己集团")) == 0);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_cited_hearing(void)
{
  /* 要落实王明总书记在听取乙省委和乙省政府工作汇报时的重要讲话精神: a
     meeting cited, though 要 comes first: he spoke, both bodies took part;
     no date of its own. Without a person before 在 there is none. */
  NgArticle *a = article(
    "3月4日,甲市召开全市工作会议。"
    "会议强调,要落实王明总书记在听取乙省委和乙省政府工作汇报时的重要讲话"
    "精神。\n"
    "会议要求,落实在听取丙局汇报时的讲话精神。",
    "2021-03-05");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PLACE, "甲市", 0);
  mention(&m, a, NG_MENTION_PERSON, "王明", 0);
  mention(&m, a, NG_MENTION_POST, "总书记", 0);
  mention(&m, a, NG_MENTION_ORG, "乙省委", 0);
  mention(&m, a, NG_MENTION_ORG, "乙省政府", 0);
  mention(&m, a, NG_MENTION_ORG, "丙局", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 2);
  assert(count(&f, NG_RDFS_LABEL, "王明总书记听取乙省委和乙省政府工作汇报") ==
         1);
  assert(count(&f, NG_NG_SPEAKER, P("person", "王明")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "乙省委")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "乙省政府")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "丙局")) == 0);
  assert(count(&f, NG_SCHEMA_STARTDATE, NULL) == 1); /* the meeting's */
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

/* States KIND and LABEL of IRI in F, as the entity stage states what only
   the headline names. */
static void
stated_entity(NgFacts *f, const char *iri, const char *kind, const char *label)
{
  NgTerm s = ng_iri(iri), t = ng_iri(NG_RDF_TYPE), c = ng_iri(kind);
  NgTerm l = ng_iri(NG_RDFS_LABEL), v = ng_literal(label, "zh", NULL);
  assert(!ng_facts_add(f, &s, &t, &c, -1, -1, -1));
  assert(!ng_facts_add(f, &s, &l, &v, -1, -1, -1));
}

static void
test_headline_area_convenes(void)
{
  /* 甲新区 召开城建工作推进会 over a text that names 甲新区 only inside
     longer names: the area convenes; a lake (乙湖) would not */
  const char *heads[2] = { "甲新区 召开城建工作推进会",
                           "乙湖 召开城建工作推进会" };
  const char *areas[2] = { "甲新区", "乙湖" };
  for (int i = 0; i < 2; i++) {
    NgArticle *a = article("7月20日,甲新区党工委副书记王甲在甲新区规划馆会议室"
                           "组织召开城建工作推进会。",
                           "2021-07-21");
    free(a->headline);
    a->headline  = strdup(heads[i]);
    NgMentions m = { 0 };
    mention(&m, a, NG_MENTION_ORG, "甲新区党工委", 0);
    mention(&m, a, NG_MENTION_POST, "副书记", 0);
    mention(&m, a, NG_MENTION_PERSON, "王甲", 0);
    mention(&m, a, NG_MENTION_PLACE, "甲新区规划馆会议室", 0);
    NgFacts f = { 0 };
    char    iri[256];
    snprintf(iri, sizeof iri, BASE "place/%s", areas[i]);
    stated_entity(&f, iri, NG_SCHEMA_PLACE, areas[i]);
    run(a, &m, &f);
    assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
    assert(count(&f, NG_SCHEMA_ORGANIZER, iri) == (i == 0));
    ng_facts_free(&f);
    ng_mentions_free(&m);
    article_free(a);
  }
}

static void
test_visit_meets_partners(void)
{
  /* 王甲带队前往省财政厅沟通对接工作,并与省财政厅厅长李乙…座谈交流: 王甲
     leads; 李乙 and his body take part, as whom the visit meets */
  NgArticle *a = article("3月1日,市长王甲带队前往省财政厅沟通对接工作,"
                         "并与省财政厅厅长李乙及有关处室负责同志座谈交流。",
                         "2021-03-02");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_POST, "市长", 0);
  mention(&m, a, NG_MENTION_PERSON, "王甲", 0);
  mention(&m, a, NG_MENTION_ORG, "省财政厅", 0);
  mention(&m, a, NG_MENTION_ORG, "省财政厅", 1);
  mention(&m, a, NG_MENTION_POST, "厅长", 0);
  mention(&m, a, NG_MENTION_PERSON, "李乙", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
  assert(count(&f, NG_NG_LEAD, P("person", "王甲")) == 1);
  assert(count(&f, NG_NG_LEAD, P("person", "李乙")) == 0);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("person", "李乙")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "省财政厅")) == 1);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_headline_event_held(void)
{
  /* 【政协季度工作会议】 over "8月7日在区图书馆举行。与会委员列席区人大
     常委会会议…": the headline's meeting is held, besides the other one
     the body names after; the body that opens its name in short (政协)
     is the article's 区政协 */
  NgArticle *a =
    article("8月7日在区图书馆举行。"
            "与会委员列席区人大常委会第五次会议,听取区长王甲的报告。"
            "组织区政协常委进行讨论。",
            "2021-08-08");
  free(a->headline);
  a->headline  = strdup("【政协季度工作会议】");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PLACE, "区图书馆", 0);
  mention(&m, a, NG_MENTION_ORG, "区人大常委会", 0);
  mention(&m, a, NG_MENTION_POST, "区长", 0);
  mention(&m, a, NG_MENTION_PERSON, "王甲", 0);
  mention(&m, a, NG_MENTION_ORG, "区政协", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 2);
  assert(count(&f, NG_RDFS_LABEL, "政协季度工作会议") == 1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("org", "区政协")) == 1);
  assert(count(&f, NG_SCHEMA_STARTDATE, "2021-08-07") == 2);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_leaders_across_commas(void)
{
  /* 市委书记王甲,市委副书记、市长李乙率领考察团赴丙州考察: both lead;
     据赵丙介绍,孙丁到戊县调研: only 孙丁 */
  NgArticle *a =
    article("4月24日,甲市市委书记王甲,市委副书记、市长李乙率领考察团"
            "赴丙州考察。\n"
            "5月3日,据赵丙介绍,孙丁到戊县调研。",
            "2021-05-04");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PLACE, "甲市", 0);
  mention(&m, a, NG_MENTION_ORG, "市委", 0);
  mention(&m, a, NG_MENTION_POST, "书记", 0);
  mention(&m, a, NG_MENTION_PERSON, "王甲", 0);
  mention(&m, a, NG_MENTION_ORG, "市委", 1);
  mention(&m, a, NG_MENTION_POST, "副书记", 0);
  mention(&m, a, NG_MENTION_POST, "市长", 0);
  mention(&m, a, NG_MENTION_PERSON, "李乙", 0);
  mention(&m, a, NG_MENTION_PLACE, "丙州", 0);
  mention(&m, a, NG_MENTION_PERSON, "赵丙", 0);
  mention(&m, a, NG_MENTION_PERSON, "孙丁", 0);
  mention(&m, a, NG_MENTION_PLACE, "戊县", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 2);
  assert(count(&f, NG_NG_LEAD, P("person", "王甲")) == 1);
  assert(count(&f, NG_NG_LEAD, P("person", "李乙")) == 1);
  assert(count(&f, NG_NG_LEAD, P("person", "孙丁")) == 1);
  assert(count(&f, NG_NG_LEAD, P("person", "赵丙")) == 0);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_two_sides_no_organizer(void)
{
  /* 甲省与乙州政府间合作协议签署仪式: the name of two sides (cut after 与)
     gives neither as its organizer; 丁市产业项目签约仪式 keeps 丁市 */
  NgArticle *a = article("7月2日,甲省与乙州政府间合作协议签署仪式在丙市举行。\n"
                         "7月3日,丁市产业项目签约仪式举行。",
                         "2021-07-04");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PLACE, "甲省", 0);
  mention(&m, a, NG_MENTION_PLACE, "乙州", 0);
  mention(&m, a, NG_MENTION_PLACE, "丙市", 0);
  mention(&m, a, NG_MENTION_PLACE, "丁市", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 2);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("place", "甲省")) == 0);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("place", "乙州")) == 0);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("place", "丁市")) == 1);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_posts_across_a_comma(void)
{
  /* 省委常委、组织部部长,省委党校校长王甲出席并讲话: the bodies in his
     posts, across the comma, do not attend */
  NgArticle *a =
    article("9月1日,省委党校秋季学期开学典礼举行,省委常委、组织部部长,"
            "省委党校校长王甲出席典礼并讲话。",
            "2021-09-02");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_ORG, "省委党校", 0);
  mention(&m, a, NG_MENTION_ORG, "省委", 1);
  mention(&m, a, NG_MENTION_POST, "常委", 0);
  mention(&m, a, NG_MENTION_ORG, "组织部", 0);
  mention(&m, a, NG_MENTION_POST, "部长", 0);
  mention(&m, a, NG_MENTION_ORG, "省委党校", 1);
  mention(&m, a, NG_MENTION_POST, "校长", 0);
  mention(&m, a, NG_MENTION_PERSON, "王甲", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
  assert(count(&f, NG_NG_SPEAKER, P("person", "王甲")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "省委")) == 0);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "组织部")) == 0);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_meeting_witnesses_signing(void)
{
  /* 王甲会见李乙一行,并共同见证…签署: both attend the signing ceremony
     besides the meeting; 赵丙 who only met 孙丁 does not */
  NgArticle *a = article("9月1日,甲省与乙州合作协议签署仪式在丙市举行。"
                         "省长王甲会见乙州州长李乙一行,并共同见证甲省教育厅与"
                         "乙州教育局合作备忘录签署。\n"
                         "9月2日,赵丙会见孙丁。",
                         "2021-09-03");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PLACE, "甲省", 0);
  mention(&m, a, NG_MENTION_PLACE, "乙州", 0);
  mention(&m, a, NG_MENTION_PLACE, "丙市", 0);
  mention(&m, a, NG_MENTION_POST, "省长", 0);
  mention(&m, a, NG_MENTION_PERSON, "王甲", 0);
  mention(&m, a, NG_MENTION_POST, "州长", 0);
  mention(&m, a, NG_MENTION_PERSON, "李乙", 0);
  mention(&m, a, NG_MENTION_ORG, "甲省教育厅", 0);
  mention(&m, a, NG_MENTION_ORG, "乙州教育局", 0);
  mention(&m, a, NG_MENTION_PERSON, "赵丙", 0);
  mention(&m, a, NG_MENTION_PERSON, "孙丁", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 3);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("person", "王甲")) == 2);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("person", "李乙")) == 2);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "甲省教育厅")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("person", "赵丙")) == 1);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_elected_attend(void)
{
  /* 会议推选王甲为团长,李乙、赵丙为副团长: all three are there; 由周丁
     负责会务 names nobody elected */
  NgArticle *a =
    article("1月10日,甲市代表团召开全团会议。"
            "会议推选王甲为团长,李乙、赵丙为副团长,由周丁负责会务。",
            "2021-01-11");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_ORG, "甲市代表团", 0);
  mention(&m, a, NG_MENTION_PERSON, "王甲", 0);
  mention(&m, a, NG_MENTION_PERSON, "李乙", 0);
  mention(&m, a, NG_MENTION_PERSON, "赵丙", 0);
  mention(&m, a, NG_MENTION_PERSON, "周丁", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("person", "王甲")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("person", "李乙")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("person", "赵丙")) == 1);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("person", "周丁")) == 0);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_group_not_made(void)
{
  /* 王甲带领工作组到乙县检查: a group no body of the article names is
     left out; 丙省督导组 named there takes part */
  NgArticle *a =
    article("5月6日,王甲带领工作组到乙县检查。\n"
            "5月7日,李乙带领督导组到丁县督导。丙省督导组表示感谢。",
            "2021-05-08");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PERSON, "王甲", 0);
  mention(&m, a, NG_MENTION_PLACE, "乙县", 0);
  mention(&m, a, NG_MENTION_PERSON, "李乙", 0);
  mention(&m, a, NG_MENTION_PLACE, "丁县", 0);
  mention(&m, a, NG_MENTION_ORG, "丙省督导组", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 2);
  assert(count(&f, NG_RDF_TYPE, NG_ORG_ORGANIZATION) == 0);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("org", "丙省督导组")) == 1);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_second_name_shares_body(void)
{
  /* 市政府党组会议和第十届第5次常务会议: the party group holds the first,
     the government it belongs to (市政府, named in the article) the
     second */
  NgArticle *a =
    article("12月1日,王甲主持召开市政府党组会议和第十届第5次常务会议。"
            "市政府秘书长李乙参加。",
            "2021-12-02");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PERSON, "王甲", 0);
  mention(&m, a, NG_MENTION_ORG, "市政府党组", 0);
  mention(&m, a, NG_MENTION_ORG, "市政府", 1);
  mention(&m, a, NG_MENTION_POST, "秘书长", 0);
  mention(&m, a, NG_MENTION_PERSON, "李乙", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 2);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("org", "市政府党组")) == 1);
  assert(count(&f, NG_SCHEMA_ORGANIZER, P("org", "市政府")) == 1);
  assert(count(&f, NG_NG_CHAIR, P("person", "王甲")) == 2);
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

static void
test_related_activities(void)
{
  /* 李乙参加有关活动并主持座谈会: he takes part in the visit and the
     meeting just named, and chairs the meeting, not the visit */
  NgArticle *a = article("11月14日,王甲率代表团赴乙县考察交流,并召开座谈会。"
                         "李乙参加有关活动并主持座谈会。",
                         "2021-11-15");
  NgMentions m = { 0 };
  mention(&m, a, NG_MENTION_PERSON, "王甲", 0);
  mention(&m, a, NG_MENTION_PLACE, "乙县", 0);
  mention(&m, a, NG_MENTION_PERSON, "李乙", 0);
  NgFacts f = { 0 };
  run(a, &m, &f);
  assert(count(&f, NG_RDF_TYPE, NG_SCHEMA_EVENT) == 2);
  assert(count(&f, NG_SCHEMA_ATTENDEE, P("person", "李乙")) == 2);
  assert(count(&f, NG_NG_CHAIR, P("person", "李乙")) == 1);
  for (size_t i = 0; i < f.n; i++)
    if (!strcmp(f.v[i].p.value, NG_NG_CHAIR)) {
      NgTerm s = f.v[i].s, t = ng_iri(NG_NG_EVENTTYPE),
             o = ng_iri(NG_NG_MEETING);
      assert(ng_facts_has(&f, &s, &t, &o));
    }
  ng_facts_free(&f);
  ng_mentions_free(&m);
  article_free(a);
}

int
main(void)
{
  RUN(test_meeting_roles);
  RUN(test_inspection_led);
  RUN(test_cited_and_planned);
  RUN(test_chronicle);
  RUN(test_two_reports_one_node);
  RUN(test_lists_after_the_verb);
  RUN(test_out_of_memory);
  RUN(test_bad_lexicon);
  RUN(test_area_among_bodies);
  RUN(test_area_reports);
  RUN(test_congress_session);
  RUN(test_signers);
  RUN(test_bodies_brief);
  RUN(test_bodies_not_taking_part);
  RUN(test_witnessed_signing);
  RUN(test_reporter_position);
  RUN(test_hosts_after_the_name);
  RUN(test_area_and_body_convene);
  RUN(test_consulted_bodies);
  RUN(test_acting_for_bodies);
  RUN(test_officer_explains);
  RUN(test_both_sides_convene);
  RUN(test_attended_in_relative_clause);
  RUN(test_headline_noun_inside_a_noun);
  RUN(test_body_reports_through_a_person);
  RUN(test_delegation_takes_part);
  RUN(test_cited_hearing);
  RUN(test_headline_area_convenes);
  RUN(test_visit_meets_partners);
  RUN(test_headline_event_held);
  RUN(test_leaders_across_commas);
  RUN(test_two_sides_no_organizer);
  RUN(test_posts_across_a_comma);
  RUN(test_meeting_witnesses_signing);
  RUN(test_elected_attend);
  RUN(test_group_not_made);
  RUN(test_second_name_shares_body);
  RUN(test_related_activities);
  return 0;
}
