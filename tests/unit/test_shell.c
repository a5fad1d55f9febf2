/* tests/unit/test_shell.c -- the shell's commands on a hand-made graph.

   The fixture is two articles of one file written through the store API:
   a flood-control meeting chaired by one official with another attending,
   and a ceremony; posts, organizations, a sub-organization, sentences and
   provenance. Names are made up. */
#include "extract/pinyin.h"
#include "graph/buf.h"
#include "graph/query.h"
#include "graph/store.h"
#include "graph/vocab.h"
#include "shell/shell.h"
#include "test.h"

#define ID NG_DEFAULT_BASE

static NgStore *fx;
static NgId     fx_g;

static void
add(const char *s, const char *p, NgTerm o, long sentence)
{
  NgTerm  ts = ng_iri(s), tp = ng_iri(p);
  NgFacts f = { 0 };
  assert(ng_facts_add(&f,
                      &ts,
                      &tp,
                      &o,
                      sentence,
                      sentence >= 0 ? 10 : -1,
                      sentence >= 0 ? 20 : -1) == NG_OK);
  assert(ng_store_add_facts(fx, fx_g, &f) == NG_OK);
  ng_facts_free(&f);
}

static void
iri(const char *s, const char *p, const char *o)
{
  add(s, p, ng_iri(o), 0);
}

static void
lit(const char *s, const char *p, const char *v)
{
  add(s, p, ng_literal(v, "zh", NULL), -1);
}

static void
entity(const char *s, const char *cls, const char *label)
{
  add(s, NG_RDF_TYPE, ng_iri(cls), -1);
  lit(s, NG_RDFS_LABEL, label);
}

static char *
make_fixture(void)
{
  char *path = test_tmp_path("shell.db");
  char *msg  = NULL;
  NgId  src, g;
  assert(ng_store_open(path, NG_STORE_CREATE, &fx, &msg) == NG_OK);
  assert(ng_store_begin(fx) == NG_OK);
  assert(ng_store_source_begin(
           fx, "/x/page1.txt", "page1.txt", 100, "UTF-8", &src) == NG_OK);
  /* Article 1: the meeting. */
  NgTerm a1 = ng_iri(ID "article/page1.txt/1");
  assert(ng_store_term_id(fx, &a1, 1, &g) == NG_OK);
  fx_g = g;
  assert(ng_store_article(fx, g, src, 1, "测试区召开防汛会议") == NG_OK);
  assert(ng_store_sentence(
           fx, g, 0, 0, 30, "7月21日，测试区召开防汛会议，张三主持会议。") ==
         NG_OK);
  add(ID "article/page1.txt/1",
      NG_SCHEMA_DATEPUBLISHED,
      ng_literal("2021-07-22", NULL, NG_XSD_DATE),
      -1);
  entity(ID "person/张三", NG_SCHEMA_PERSON, "张三");
  entity(ID "person/李四", NG_SCHEMA_PERSON, "李四");
  entity(ID "person/王五", NG_SCHEMA_PERSON, "王五");
  entity(ID "person/王武", NG_SCHEMA_PERSON, "王武");
  entity(ID "org/测试区", NG_ORG_ORGANIZATION, "测试区");
  entity(ID "org/测试区水务局", NG_ORG_ORGANIZATION, "测试区水务局");
  lit(ID "org/测试区", NG_SKOS_ALTLABEL, "測試區");
  iri(ID "org/测试区水务局", NG_ORG_SUBORGOF, ID "org/测试区");
  entity(ID "post/测试区水务局/局长", NG_ORG_POST, "测试区水务局局长");
  iri(ID "post/测试区水务局/局长", NG_ORG_POSTIN, ID "org/测试区水务局");
  iri(ID "person/李四", NG_ORG_HOLDS, ID "post/测试区水务局/局长");
  entity(ID "event/防汛会议", NG_SCHEMA_EVENT, "防汛会议");
  add(ID "event/防汛会议",
      NG_SCHEMA_STARTDATE,
      ng_literal("2021-07-21", NULL, NG_XSD_DATE),
      -1);
  iri(ID "event/防汛会议", NG_SCHEMA_ORGANIZER, ID "org/测试区");
  iri(ID "event/防汛会议", NG_NG_CHAIR, ID "person/张三");
  iri(ID "event/防汛会议", NG_SCHEMA_ATTENDEE, ID "person/张三");
  iri(ID "event/防汛会议", NG_SCHEMA_ATTENDEE, ID "person/李四");
  /* Article 2: a ceremony with another attendee. */
  NgTerm a2 = ng_iri(ID "article/page1.txt/2");
  assert(ng_store_term_id(fx, &a2, 1, &g) == NG_OK);
  fx_g = g;
  assert(ng_store_article(fx, g, src, 2, "揭牌") == NG_OK);
  assert(ng_store_sentence(fx, g, 0, 40, 60, "李四、王五出席揭牌仪式。") ==
         NG_OK);
  entity(ID "person/李四", NG_SCHEMA_PERSON, "李四");
  entity(ID "person/王五", NG_SCHEMA_PERSON, "王五");
  entity(ID "event/揭牌仪式", NG_SCHEMA_EVENT, "揭牌仪式");
  add(ID "event/揭牌仪式",
      NG_SCHEMA_STARTDATE,
      ng_literal("2021-08-01", NULL, NG_XSD_DATE),
      -1);
  iri(ID "event/揭牌仪式", NG_SCHEMA_ATTENDEE, ID "person/李四");
  iri(ID "event/揭牌仪式", NG_SCHEMA_ATTENDEE, ID "person/王五");
  assert(ng_store_source_finish(fx, src, "h1") == NG_OK);
  assert(ng_store_commit(fx) == NG_OK);
  ng_store_close(fx);
  fx = NULL;
  return path;
}

static char *db;

/* Runs LINE in a fresh shell in MODE; returns the exit code, the output in
 *out and the errors in *err (caller frees both with free()). */
static int
run(const char *mode, const char *line, char **out, char **err)
{
  char    *ob = NULL, *eb = NULL;
  size_t   on = 0, en = 0;
  FILE    *o = open_memstream(&ob, &on), *e = open_memstream(&eb, &en);
  NgShell *sh = NULL;
  assert(ng_shell_new(db, mode, o, e, &sh) == NG_OK);
  int rc = ng_shell_exec(sh, line);
  ng_shell_free(sh);
  fclose(o);
  fclose(e);
  *out = ob;
  *err = eb;
  return rc;
}

static void
expect(const char *line, const char *const *has, const char *const *lacks)
{
  char *out, *err;
  int   rc = run("tsv", line, &out, &err);
  if (rc != 0) {
    fprintf(stderr, "%s: rc %d: %s\n", line, rc, err);
    assert(0);
  }
  for (; has && *has; has++)
    if (!strstr(out, *has)) {
      fprintf(stderr, "%s: no \"%s\" in:\n%s", line, *has, out);
      assert(0);
    }
  for (; lacks && *lacks; lacks++)
    if (strstr(out, *lacks)) {
      fprintf(stderr, "%s: \"%s\" in:\n%s", line, *lacks, out);
      assert(0);
    }
  free(out);
  free(err);
}

static void
expect_error(const char *line, const char *msg)
{
  char *out, *err;
  int   rc = run(NULL, line, &out, &err);
  if (rc != 1 || !strstr(err, msg)) {
    fprintf(stderr, "%s: rc %d, errors:\n%s", line, rc, err);
    assert(0);
  }
  free(out);
  free(err);
}

static void
test_attendees_with_roles(void)
{
  static const char *const has[] = {
    "张三\tchair", "李四\tattendee\t测试区水务局局长", "测试区\torganizer", NULL
  };
  static const char *const lacks[] = { "王五", "chair,attendee", NULL };
  expect("attendees 防汛会议", has, lacks);
  expect("who 防汛会议", has, lacks);
  expect("att 防汛会议", has, lacks); /* a unique prefix */
}

static void
test_events_newest_first(void)
{
  char *out, *err;
  assert(run("tsv", "events 李四", &out, &err) == 0);
  char *a = strstr(out, "揭牌仪式"), *b = strstr(out, "防汛会议");
  assert(a && b && a < b);
  assert(strstr(out, "2021-07-21\t防汛会议\tattendee"));
  assert(strstr(out, "page1.txt#1"));
  free(out);
  free(err);
}

static void
test_names_by_pinyin_and_traditional(void)
{
  static const char *const lisi[] = { "揭牌仪式", NULL };
  expect("events lisi", lisi, NULL);
  expect("events 'li si'", lisi, NULL);
  static const char *const org[] = { "防汛会议", NULL };
  expect("events 測試區", org, NULL);  /* the altLabel */
  expect("events ceshiqu", org, NULL); /* exact key beats the prefix */
  static const char *const part[] = { "张三\tchair", NULL };
  expect("attendees 汛会议", part, NULL); /* inside a label: trigrams */
  expect("attendees 汛会", part, NULL);   /* two characters: LIKE */
}

static void
test_ambiguous_name_lists_candidates(void)
{
  char *out, *err;
  /* 王五 and 王武 share the key wangwu. */
  assert(run(NULL, "person wangwu", &out, &err) == 1);
  assert(strstr(err, "1. ") && strstr(err, "2. "));
  assert(strstr(err, "王五") && strstr(err, "王武"));
  assert(strstr(err, "more exact name or the IRI"));
  free(out);
  free(err);
  static const char *const has[] = { "揭牌仪式", NULL };
  expect("events id:person/王五", has, NULL);
  expect("events <" ID "person/王五>", has, NULL);
  expect("events " ID "person/王五", has, NULL); /* pasted without <> */
}

static void
test_person_and_org_profiles(void)
{
  static const char *const person[] = {
    "测试区水务局局长\t2021-07-22", "王五\t1", "张三\t1", NULL
  };
  expect("person 李四", person, NULL);
  static const char *const org[] = { "测试区水务局\tsub-organization",
                                     "防汛会议\torganizer",
                                     NULL };
  expect("org 测试区", org, NULL);
  static const char *const sub[] = { "测试区水务局局长\t李四",
                                     "测试区\tpart of",
                                     NULL };
  expect("org 测试区水务局", sub, NULL);
}

/* In tsv and csv the tables of one answer (person, org) and those of the
   next command are split by an empty line, each under its own header, so
   a program can tell where one ends; with .output to a file the count
   starts again. */
static void
test_tables_split_in_tsv_and_csv(void)
{
  char *out, *err;
  assert(run("tsv", "person 李四", &out, &err) == 0);
  char *first  = strstr(out, "\n\n"),
       *second = first ? strstr(first + 2, "\n\n") : NULL;
  if (!first || !second || strstr(second + 2, "\n\n"))
    fprintf(stderr, "person 李四 in tsv:\n%s", out);
  assert(!strncmp(out, "post\tfirst seen\t", 16));
  assert(first && !strncmp(first + 2, "date\tevent\t", 11));
  assert(second && !strncmp(second + 2, "person\tevents together\n", 22));
  assert(!strstr(second + 2, "\n\n"));
  free(out);
  free(err);
  assert(run("csv", "org 测试区水务局", &out, &err) == 0);
  assert(!strncmp(out, "post,holders\r\n", 14));
  first = strstr(out, "\r\n\r\n");
  assert(first && !strncmp(first + 4, "organization,relation\r\n", 23));
  free(out);
  free(err);
  /* two commands, one after the other; .headers off keeps the line */
  char    *ob = NULL, *eb = NULL;
  size_t   on = 0, en = 0;
  FILE    *o = open_memstream(&ob, &on), *e = open_memstream(&eb, &en);
  NgShell *sh = NULL;
  assert(ng_shell_new(db, "tsv", o, e, &sh) == NG_OK);
  assert(ng_shell_exec(sh, ".headers off") == 0);
  assert(ng_shell_exec(sh, "events 张三") == 0);
  assert(ng_shell_exec(sh, "events 王五") == 0);
  ng_shell_free(sh);
  fclose(o);
  fclose(e);
  first = strstr(ob, "\n\n");
  assert(first && strstr(ob, "防汛会议") < first && strstr(first, "揭牌仪式"));
  assert(ob[0] != '\n');
  free(ob);
  free(eb);
}

static void
test_trace_and_path(void)
{
  static const char *const all[] = { "防汛会议", "揭牌仪式", "李四", NULL };
  expect("trace 测试区", all, NULL);
  static const char *const july[] = { "防汛会议", NULL };
  static const char *const aug[]  = { "揭牌仪式", NULL };
  expect("trace 测试区 2021-07 2021-07", july, aug);
  static const char *const path[] = { "张三",     "防汛会议", "李四",
                                      "揭牌仪式", "王五",     NULL };
  expect("path 张三 王五", path, NULL);
  expect_error("trace 测试区 July", "expected a date");
  /* no month 13 nor day 32, and TO not before FROM: they matched nothing */
  expect_error("trace 测试区 2021-13", "expected a date");
  expect_error("trace 测试区 --07-32", "expected a date");
  expect_error("trace 测试区 2021-08 2021-07-31", "comes before FROM");
  expect("trace 测试区 2021-07 2021-07-31", july, aug);
}

static void
test_search_and_why(void)
{
  static const char *const s3[] = { "sentence", "张三主持会议", NULL };
  expect("search 主持会议", s3, NULL);
  static const char *const s1[] = { "揭牌仪式", NULL };
  expect("search 揭牌", s1, NULL);     /* two characters: the LIKE fallback */
  expect("search 主持會議", s3, NULL); /* traditional characters */
  static const char *const why[] = {
    "ng:chair", "张三", "page1.txt#1\t7月21日", NULL
  };
  expect("why 防汛会议 chair", why, NULL);
  /* A person chairs nothing as a subject: the facts that point at the
     person are shown, by their subject. */
  static const char *const inv[]     = { "subject\tpredicate\tsource\tsentence",
                                         "防汛会议\tng:chair\tpage1.txt#1\t7月21日",
                                         NULL };
  static const char *const inv_not[] = { "揭牌仪式", NULL };
  expect("why 张三 chair", inv, inv_not);
  static const char *const att[] = { "防汛会议\tschema:attendee", NULL };
  expect("why 张三 attendee", att, NULL);
}

static void
test_find_and_sparql(void)
{
  static const char *const f[] = { "id:person/张三\trdfs:label\t\"张三\"@zh",
                                   NULL };
  expect("find ? rdfs:label \"张三\"@zh", f, NULL);
  expect_error("find ? foo:bar ?", "unknown prefix \"foo:\"");
  static const char *const q[] = { "\"防汛会议\"@zh", NULL };
  expect("sparql SELECT ?l WHERE { ?e ng:chair ?p . ?p rdfs:label \"张三\"@zh "
         ". ?e rdfs:label ?l }",
         q,
         NULL);
  static const char *const ask[] = { "true", NULL };
  expect("sparql ASK { ?e a schema:Event }", ask, NULL);
  static const char *const c[] = { "id:person/张三\tschema:attendee\tid:event",
                                   NULL };
  expect("sparql CONSTRUCT { ?p schema:attendee ?e } WHERE { ?e "
         "schema:attendee ?p }",
         c,
         NULL);
  static const char *const g[] = { "id:article/page1.txt/2\t\"揭牌仪式\"@zh",
                                   NULL };
  static const char *const g1[] = { "id:article/page1.txt/1\t\"揭牌仪式",
                                    NULL };
  expect("sparql SELECT ?g ?l WHERE { GRAPH ?g { ?e a schema:Event ; "
         "rdfs:label ?l } }",
         g,
         g1);
  expect_error("sparql SELECT ?x WHERE { ?x }", "syntax error");
  /* rasqal's bare "unexpected '+'" says what is missing. */
  expect_error("sparql SELECT ?x WHERE { ?x schema:attendee+ ?y }",
               "a property path repeated with * or + is not supported");
}

/* FROM <g> makes the default graph those graphs, as SPARQL says (it was
   ignored: the union of every article answered), and a SELECT of
   aggregates alone answers one row when nothing matched (COUNT 0; rasqal
   gave no row, so a count of nothing had no answer). */
static void
test_sparql_from_and_empty_counts(void)
{
  static const char *const two[] = { "\"揭牌仪式\"@zh", NULL };
  static const char *const one[] = { "防汛会议", NULL };
  expect("sparql SELECT ?l FROM <" ID "article/page1.txt/2> WHERE { ?e a "
         "schema:Event ; rdfs:label ?l }",
         two,
         one);
  static const char *const both[] = { "防汛会议", "揭牌仪式", NULL };
  expect("sparql SELECT ?l FROM <" ID "article/page1.txt/1> FROM <" ID
         "article/page1.txt/2> WHERE { ?e a schema:Event ; rdfs:label ?l }",
         both,
         NULL);
  static const char *const f[] = { "ask\nfalse\n", NULL };
  expect(
    "sparql ASK FROM <" ID "article/page1.txt/2> { ?e ng:chair ?p }", f, NULL);
  static const char *const zero[] = { "n\n\"0\"^^xsd:integer\n", NULL };
  expect("sparql SELECT (COUNT(*) AS ?n) FROM <http://example.org/none> "
         "WHERE { ?s ?p ?o }",
         zero,
         NULL);
  expect("sparql SELECT (COUNT(?e) AS ?n) WHERE { ?e ng:chair <" ID
         "person/王五> }",
         zero,
         NULL);
  static const char *const agg[] = { "n\tm\tg\n\"0\"^^xsd:integer\t\t\"\"\n",
                                     NULL };
  expect("sparql SELECT (COUNT(?e) AS ?n) (MAX(?d) AS ?m) (GROUP_CONCAT(?l) "
         "AS ?g) WHERE { ?e a schema:Nothing ; rdfs:label ?l ; "
         "schema:startDate ?d }",
         agg,
         NULL);
  /* Grouped, nothing matched: no group (rasqal made one of nothing, COUNT
     1), whether no pattern matched or a FILTER took every row; an unbound
     key of real rows stays. */
  static const char *const none[] = { "integer", NULL };
  expect("sparql SELECT ?x (COUNT(?e) AS ?n) WHERE { ?e a schema:Nothing ; "
         "rdfs:label ?x } GROUP BY ?x",
         NULL,
         none);
  expect("sparql SELECT ?l (COUNT(?e) AS ?n) WHERE { ?e a schema:Event ; "
         "rdfs:label ?l FILTER(?l = \"无\") } GROUP BY ?l",
         NULL,
         none);
  static const char *const two_events[] = { "\t\"2\"^^xsd:integer\n", NULL };
  expect("sparql SELECT ?d (COUNT(?e) AS ?n) WHERE { ?e a schema:Event "
         "OPTIONAL { ?e ng:nothing ?d } } GROUP BY ?d",
         two_events,
         NULL);
}

/* CSV and JSON carry a term's value, as SPARQL's CSV results do and as a
   program reading JSON wants: no quotes, language tags or datatypes, IRIs
   whole; numbers and unbound variables in JSON are numbers and null. TSV
   and tables keep the terms' syntax. */
static void
test_sparql_values_in_csv_and_json(void)
{
  const char *q = "sparql SELECT ?l (COUNT(?p) AS ?n) ?x WHERE { ?e ng:chair "
                  "?p ; rdfs:label ?l OPTIONAL { ?e ng:nothing ?x } } GROUP "
                  "BY ?l ?x";
  char       *out, *err;
  assert(run("csv", q, &out, &err) == 0);
  if (!strstr(out, "l,n,x\r\n防汛会议,1,\r\n")) {
    fprintf(stderr, "csv:\n%s", out);
    assert(0);
  }
  free(out);
  free(err);
  assert(run("json", q, &out, &err) == 0);
  if (!strstr(out, "[{\"l\":\"防汛会议\",\"n\":1,\"x\":null}]")) {
    fprintf(stderr, "json:\n%s", out);
    assert(0);
  }
  free(out);
  free(err);
  assert(run("tsv", q, &out, &err) == 0);
  assert(strstr(out, "\"防汛会议\"@zh\t\"1\"^^xsd:integer\t\n"));
  free(out);
  free(err);
  assert(run("json", "sparql ASK { ?e a schema:Event }", &out, &err) == 0);
  assert(!strcmp(out, "[{\"ask\":true}]\n"));
  free(out);
  free(err);
  /* find and CONSTRUCT: IRIs whole, literals as text. */
  assert(run("csv", "find ? rdfs:label \"张三\"@zh", &out, &err) == 0);
  assert(strstr(out,
                ID "person/张三,http://www.w3.org/2000/01/"
                   "rdf-schema#label,张三," ID "article/page1.txt/1\r\n"));
  free(out);
  free(err);
  assert(run("json",
             "sparql CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p rdfs:label ?l "
             "FILTER(?l = \"张三\"@zh) }",
             &out,
             &err) == 0);
  assert(strstr(out,
                "{\"s\":\"" ID "person/张三\",\"p\":\"http://www.w3.org/"
                "2000/01/rdf-schema#label\",\"o\":\"张三\"}"));
  free(out);
  free(err);
}

/* stats follows the mode: one row, a column a count (numbers in JSON), so
   that `query --mode json stats | jq .[0].persons` works; counts in the
   person profile are JSON numbers too. */
static void
test_stats_and_counts_in_modes(void)
{
  char *out, *err;
  assert(run("json", "stats", &out, &err) == 0);
  if (strncmp(out, "[{\"quads\":", 10) || !strstr(out, ",\"persons\":4,")) {
    fprintf(stderr, "stats json:\n%s", out);
    assert(0);
  }
  free(out);
  free(err);
  assert(run("csv", "stats", &out, &err) == 0);
  assert(!strncmp(out, "quads,terms,graphs,sources,articles,sentences,", 46));
  free(out);
  free(err);
  assert(run("table", "stats", &out, &err) == 0);
  assert(strstr(out, "\npersons    4\n"));
  free(out);
  free(err);
  assert(run("json", "person 李四", &out, &err) == 0);
  assert(strstr(out, "\"articles\":1}"));
  free(out);
  free(err);
}

/* export in the shell takes newsgraph export's subsets, the name found as
   the other commands find one; a bad option or name writes
   nothing. */
static void
test_export_subsets(void)
{
  char *out, *err;
  assert(run(NULL, "export ntriples --about 王五", &out, &err) == 0);
  if (!strstr(out, "<" ID "person/王五> <" NG_RDFS_LABEL "> \"王五\"@zh .\n") ||
      strstr(out, "<" ID "person/张三> <" NG_RDFS_LABEL ">")) {
    fprintf(stderr, "export --about:\n%s", out);
    assert(0);
  }
  free(out);
  free(err);
  assert(run(NULL, "export nquads --graph page1.txt/2", &out, &err) == 0);
  assert(strstr(out, "<" ID "article/page1.txt/2> .\n") &&
         !strstr(out, "<" ID "article/page1.txt/1> .\n"));
  free(out);
  free(err);
  expect_error("export turtle --about nobodyatall", "no entity named");
  expect_error("export turtle --frobnicate", "unknown option \"--frobnicate\"");
  expect_error("export turtle --network lines", "--network wants events");
}

/* sqlite3's .read FILE and .mode line. */
static void
test_read_and_line_mode(void)
{
  char *path = test_tmp_path("script.ng");
  FILE *f    = fopen(path, "w");
  assert(f);
  fputs(".mode tsv\nsparql SELECT ?l WHERE {\n  ?e ng:chair ?p ;\n"
        "     rdfs:label ?l }\nperson nobodyatall\nstats\nevents\n",
        f);
  fclose(f);
  char *line = malloc(strlen(path) + 8), *out, *err;
  assert(line);
  sprintf(line, ".read %s", path);
  /* a failed command in the file fails the .read; the rest runs */
  assert(run(NULL, line, &out, &err) == 1);
  assert(strstr(out, "l\n\"防汛会议\"@zh\n") && strstr(out, "persons\t"));
  assert(strstr(err, "no person named \"nobodyatall\""));
  /* errors name the file and the line of the command, as psql's \i */
  if (!strstr(err, "script.ng:5: no person named") ||
      !strstr(err, "script.ng:7: Usage: events"))
    fprintf(stderr, "errors of .read:\n%s", err);
  assert(strstr(err, "Error: ") && strstr(err, "script.ng:5: no person named"));
  assert(strstr(err, "script.ng:7: Usage: events"));
  free(out);
  free(err);
  free(line);
  remove(path);
  free(path);
  expect_error(".read /nonexistent/script.ng", "cannot read");
  expect_error(".read /dev/zero", "is not a file of commands");
  assert(run("line", "attendees 防汛会议", &out, &err) == 0);
  assert(strstr(out, "name = 张三\nrole = chair\npost = \n\nname = "));
  free(out);
  free(err);
}

/* help COMMAND takes what the shell takes (a unique prefix, the dot
   optional) and says more than the list's line. */
static void
test_help_of_a_command(void)
{
  char *out, *err;
  assert(run(NULL, "help tr", &out, &err) == 0);
  assert(!strncmp(out, "trace ORG [FROM [TO]]", 21) &&
         strstr(out, "--MM and --MM-DD"));
  free(out);
  free(err);
  assert(run(NULL, ".help mode", &out, &err) == 0);
  assert(!strncmp(out, ".mode [table|tsv|csv|json|line]", 31));
  free(out);
  free(err);
  expect_error("help e", "ambiguous command \"e\"");
  expect_error("help frobnicate", "no command \"frobnicate\"");
}

static void
test_errors_and_modes(void)
{
  expect_error("frobnicate", "unknown command \"frobnicate\"");
  expect_error("e 张三", "ambiguous command \"e\"");
  expect_error("attendees 张三", "is a person, not an event");
  expect_error("events nobodyatall", "no person or organization named");
  expect_error("path 张三", "Usage: path A B");
  expect_error(".mode xml", "unknown mode");
  char *out, *err;
  assert(run("json", "attendees 防汛会议", &out, &err) == 0);
  assert(out[0] == '[' && strstr(out, "{\"name\":\"张三\",\"role\":\"chair\""));
  free(out);
  free(err);
  assert(run("csv", "attendees 防汛会议", &out, &err) == 0);
  assert(!strncmp(out, "name,role,post\r\n", 16));
  free(out);
  free(err);
  assert(run("table", "attendees 防汛会议", &out, &err) == 0);
  assert(strstr(out, "| 张三 ") && strstr(out, "+----"));
  free(out);
  free(err);
  /* Unknown mode at start-up. */
  NgShell *sh = NULL;
  assert(ng_shell_new(db, "xml", stdout, stderr, &sh) == NG_ERR_ARG);
}

/* The loop over a non-terminal: continuation lines, .headers, exit
   status. */
static void
test_loop_script(void)
{
  char      *ob = NULL, *eb = NULL;
  size_t     on = 0, en = 0;
  FILE      *o = open_memstream(&ob, &on), *e = open_memstream(&eb, &en);
  const char script[] = ".mode tsv\n.headers off\n"
                        "sparql SELECT ?l WHERE {\n ?e ng:chair ?p .\n"
                        " ?p rdfs:label ?l }\n"
                        "attendees \\\n 防汛会议\n";
  FILE      *in       = fmemopen((void *)script, sizeof script - 1, "r");
  NgShell   *sh       = NULL;
  assert(ng_shell_new(db, NULL, o, e, &sh) == NG_OK);
  assert(ng_shell_loop(sh, in, 0) == 0);
  ng_shell_free(sh);
  fclose(in);
  fclose(o);
  fclose(e);
  assert(!strncmp(ob, "\"张三\"@zh\n", strlen("\"张三\"@zh\n")));
  assert(strstr(ob, "张三\tchair"));
  assert(!strstr(ob, "name\trole"));
  free(ob);
  free(eb);
}

/* .output sends answers to a file and back; .timer adds a line; .help
   reads the command table. */
static void
test_dot_commands(void)
{
  char    *path = test_tmp_path("out.txt");
  char     line[4200];
  NgShell *sh = NULL;
  char    *ob = NULL, *eb = NULL;
  size_t   on = 0, en = 0;
  FILE    *o = open_memstream(&ob, &on), *e = open_memstream(&eb, &en);
  assert(ng_shell_new(db, "tsv", o, e, &sh) == NG_OK);
  snprintf(line, sizeof line, ".output %s", path);
  assert(ng_shell_exec(sh, line) == 0);
  assert(ng_shell_exec(sh, "events 张三") == 0);
  assert(ng_shell_exec(sh, ".output") == 0);
  assert(ng_shell_exec(sh, ".timer on") == 0);
  assert(ng_shell_exec(sh, "stats") == 0);
  assert(ng_shell_exec(sh, ".timer off") == 0);
  assert(ng_shell_exec(sh, ".help") == 0);
  assert(ng_shell_exec(sh, ".headers maybe") == 1);
  /* help, quit and exit without the dot, as other shells take them; a
     prefix of export is still export */
  assert(ng_shell_exec(sh, "help why") == 0);
  assert(ng_shell_exec(sh, "exit") == 2);
  assert(ng_shell_exec(sh, "quit") == 2);
  assert(ng_shell_exec(sh, "ex") == 1);
  assert(ng_shell_exec(sh, ".quit") == 2);
  ng_shell_free(sh);
  fclose(o);
  fclose(e);
  assert(!strstr(ob, "防汛会议") && strstr(ob, "Run Time: real"));
  assert(strstr(ob, "attendees EVENT") && strstr(ob, "sparql QUERY"));
  assert(strstr(eb, "expected on or off"));
  assert(strstr(eb, "Usage: export") && !strstr(eb, "ambiguous"));
  assert(strstr(ob, "the file, article and sentence behind"));
  FILE *f = fopen(path, "r");
  assert(f);
  size_t n = fread(line, 1, sizeof line - 1, f);
  line[n]  = '\0';
  fclose(f);
  assert(strstr(line, "防汛会议"));
  unlink(path);
  free(path);
  free(ob);
  free(eb);
}

/* .once FILE sends the next command that answers from the database to
   FILE (the settings between keep it), then output goes back; psql's \\q
   and \\? work as .quit and .help. */
static void
test_once_and_psql_words(void)
{
  char    *path = test_tmp_path("once.csv");
  char     line[4200];
  NgShell *sh = NULL;
  char    *ob = NULL, *eb = NULL;
  size_t   on = 0, en = 0;
  FILE    *o = open_memstream(&ob, &on), *e = open_memstream(&eb, &en);
  assert(ng_shell_new(db, "tsv", o, e, &sh) == NG_OK);
  snprintf(line, sizeof line, ".once %s", path);
  assert(ng_shell_exec(sh, line) == 0);
  assert(ng_shell_exec(sh, ".mode csv") == 0);
  assert(ng_shell_exec(sh, "events 张三") == 0);
  assert(ng_shell_exec(sh, "events 王五") == 0);
  assert(ng_shell_exec(sh, "\\? why") == 0);
  assert(ng_shell_exec(sh, "\\q") == 2);
  ng_shell_free(sh);
  fclose(o);
  fclose(e);
  FILE *f = fopen(path, "r");
  assert(f);
  size_t n = fread(line, 1, sizeof line - 1, f);
  line[n]  = '\0';
  fclose(f);
  if (!strstr(line, "date,event") || !strstr(line, "防汛会议") ||
      strstr(line, "揭牌仪式"))
    fprintf(stderr, ".once file:\n%s\nout:\n%s", line, ob);
  assert(!strncmp(line, "date,event", 10) && strstr(line, "防汛会议"));
  assert(!strstr(line, "揭牌仪式"));
  /* the next command's answer comes back, with its own header */
  assert(!strncmp(ob, "date,event", 10) && strstr(ob, "揭牌仪式"));
  assert(!strstr(ob, "防汛会议"));
  assert(strstr(ob, "the file, article and sentence behind"));
  unlink(path);
  free(path);
  free(ob);
  free(eb);
}

static NgStatus
key_of(void *ctx, const char *text, char **out)
{
  return ng_pinyin_key(ctx, text, out);
}

static NgStatus
simplified(void *ctx, const char *text, char **out)
{
  return ng_pinyin_simplify(ctx, text, out);
}

/* Tab completion: pinyin and Chinese prefixes give the Chinese labels of
   entities of the kinds asked for. */
/* search answers every match unless told a limit (the shell's table mode:
   200), and then says there are more; it stopped at 200 in every mode, so
   a pipe got the first 200 without a word. */
static void
test_search_limit(void)
{
  NgStore  *st  = NULL;
  NgQuery  *q   = NULL;
  NgPinyin *py  = NULL;
  char     *msg = NULL;
  NgTables  ts  = { 0 };
  assert(ng_store_open(db, NG_STORE_WRITE, &st, &msg) == NG_OK);
  assert(ng_pinyin_new(&py) == NG_OK);
  assert(ng_query_new(st, &q) == NG_OK);
  ng_query_set_keys(q, key_of, simplified, py);
  assert(ng_query_index(q, 1) == NG_OK);
  assert(ng_query_search(q, "李四", &ts) == NG_OK);
  size_t all = ng_table_nrows(ts.v[0]);
  assert(all >= 2 && !*ng_table_title(ts.v[0]));
  ng_tables_free(&ts);
  ng_query_set_search_limit(q, 1);
  assert(ng_query_search(q, "李四", &ts) == NG_OK);
  assert(ng_table_nrows(ts.v[0]) < all);
  assert(strstr(ng_table_title(ts.v[0]), "the first 1 matches"));
  ng_tables_free(&ts);
  ng_query_free(q);
  ng_pinyin_free(py);
  ng_store_close(st);
}

static void
test_completion(void)
{
  NgStore  *st  = NULL;
  NgQuery  *q   = NULL;
  NgPinyin *py  = NULL;
  char     *msg = NULL, **v = NULL;
  size_t    n = 0;
  assert(ng_store_open(db, NG_STORE_WRITE, &st, &msg) == NG_OK);
  assert(ng_pinyin_new(&py) == NG_OK);
  assert(ng_query_new(st, &q) == NG_OK);
  ng_query_set_keys(q, key_of, simplified, py);
  assert(ng_query_index(q, 1) == NG_OK);
  assert(ng_query_complete(q, "zhangs", NG_KIND_PERSON, 10, &v, &n) == NG_OK);
  assert(n == 1 && !strcmp(v[0], "张三"));
  ng_free(v[0]);
  ng_free(v);
  assert(ng_query_complete(q, "测试", NG_KIND_ORG, 10, &v, &n) == NG_OK);
  assert(n == 2); /* 测试区, 测试区水务局; not the post 测试区水务局局长 */
  for (size_t i = 0; i < n; i++) {
    assert(strncmp(v[i], "测试区", strlen("测试区")) == 0);
    assert(!strstr(v[i], "局长"));
    ng_free(v[i]);
  }
  ng_free(v);
  assert(ng_query_complete(q, "ceshiqu", 0, 10, &v, &n) == NG_OK);
  assert(n == 4); /* the two bodies, the post and the altLabel 測試區 */
  for (size_t i = 0; i < n; i++)
    ng_free(v[i]);
  ng_free(v);
  /* export --graph FILE: the source files a prefix begins */
  assert(ng_query_complete_sources(q, "pag", 10, &v, &n) == NG_OK);
  assert(n == 1 && !strcmp(v[0], "page1.txt"));
  ng_free(v[0]);
  ng_free(v);
  assert(ng_query_complete_sources(q, "x", 10, &v, &n) == NG_OK && n == 0);
  ng_free(v);
  ng_query_free(q);
  ng_pinyin_free(py);
  ng_store_close(st);
}

int
main(void)
{
  db = make_fixture();
  RUN(test_attendees_with_roles);
  RUN(test_events_newest_first);
  RUN(test_names_by_pinyin_and_traditional);
  RUN(test_ambiguous_name_lists_candidates);
  RUN(test_person_and_org_profiles);
  RUN(test_tables_split_in_tsv_and_csv);
  RUN(test_trace_and_path);
  RUN(test_search_and_why);
  RUN(test_find_and_sparql);
  RUN(test_sparql_from_and_empty_counts);
  RUN(test_sparql_values_in_csv_and_json);
  RUN(test_stats_and_counts_in_modes);
  RUN(test_export_subsets);
  RUN(test_read_and_line_mode);
  RUN(test_help_of_a_command);
  RUN(test_errors_and_modes);
  RUN(test_loop_script);
  RUN(test_dot_commands);
  RUN(test_once_and_psql_words);
  RUN(test_search_limit);
  RUN(test_completion);
  test_rm_db(db);
  free(db);
  return 0;
}
