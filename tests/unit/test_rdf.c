/* tests/unit/test_rdf.c -- the RDF writers, the loader and the dump cursors:
   escaping, grouping, UTF-8 kept, language tag case, all-or-nothing loads,
   subsets. */
#include "exports/graphml.h"
#include "exports/rdf.h"
#include "graph/buf.h"
#include "graph/dump.h"
#include "graph/store.h"
#include "graph/vocab.h"
#include "test.h"

#define BASE NG_DEFAULT_BASE

/* raptor2's N-Triples reader leaks the terms of the statement it stops at
   on a syntax error; see shell/main.c. */
const char *__lsan_default_suppressions(void);
const char *
__lsan_default_suppressions(void)
{
  return "leak:raptor_new_term_from_uri\n"
         "leak:raptor_new_uri_from_counted_string\n";
}
const char *__lsan_default_options(void);
const char *
__lsan_default_options(void)
{
  return "print_suppressions=0";
}

/* Everything FORMAT writes for the statements, as a string; caller frees. */
static char *
write_all(const char *format, const NgTerm (*q)[4], size_t n)
{
  char        *buf = NULL;
  size_t       len = 0;
  FILE        *f   = open_memstream(&buf, &len);
  NgRdfWriter *w   = NULL;
  char        *msg = NULL;
  assert(f);
  assert(ng_rdf_writer_new(format, BASE, f, &w, &msg) == NG_OK);
  for (size_t i = 0; i < n; i++)
    assert(ng_rdf_writer_quad(
             w, &q[i][0], &q[i][1], &q[i][2], q[i][3].kind ? &q[i][3] : NULL) ==
           NG_OK);
  assert(ng_rdf_writer_finish(w) == NG_OK);
  ng_rdf_writer_free(w);
  fclose(f);
  return buf;
}

static const NgTerm none = { NG_TERM_NONE, NULL, NULL, NULL };

static void
test_ntriples_escapes_and_keeps_utf8(void)
{
  NgTerm q[][4] = {
    { ng_iri(BASE "person/牛瑞平"),
      ng_iri(NG_RDFS_LABEL),
      ng_literal("牛\"瑞\\华\n\t\x01", "zh", NULL),
      none },
    { ng_iri(BASE "a b<c>"),
      ng_iri(NG_SCHEMA_STARTDATE),
      ng_literal("--07-21", NULL, NG_XSD_GMONTHDAY),
      ng_iri(BASE "g/郑") },
    { ng_blank("b 1"),
      ng_iri(NG_NG_TITLE),
      ng_literal("x", NULL, NG_XSD_STRING),
      none },
  };
  char *nt = write_all("ntriples", q, 3);
  assert(!strcmp(nt,
                 "<" BASE "person/牛瑞平> <" NG_RDFS_LABEL "> "
                 "\"牛\\\"瑞\\\\华\\n\\t\\u0001\"@zh .\n"
                 "<" BASE "a%20b%3Cc%3E> <" NG_SCHEMA_STARTDATE "> "
                 "\"--07-21\"^^<" NG_XSD_GMONTHDAY "> .\n"
                 "_:nghex622031 <" NG_NG_TITLE "> \"x\" .\n"));
  free(nt);
  char *nq = write_all("nquads", q, 3);
  assert(strstr(nq, "\"^^<" NG_XSD_GMONTHDAY "> <" BASE "g/郑> .\n"));
  assert(strstr(nq, "\"@zh .\n")); /* no graph: a triple line */
  free(nq);
}

static void
test_turtle_groups_and_prefixes(void)
{
  NgTerm s      = ng_iri(BASE "event/会议");
  NgTerm q[][4] = {
    { s, ng_iri(NG_RDF_TYPE), ng_iri(NG_SCHEMA_EVENT), none },
    { s, ng_iri(NG_SCHEMA_ATTENDEE), ng_iri(BASE "person/甲"), none },
    { s, ng_iri(NG_SCHEMA_ATTENDEE), ng_iri(BASE "person/乙"), none },
    { s,
      ng_iri(NG_SCHEMA_STARTDATE),
      ng_literal("2021-07-21", NULL, NG_XSD_DATE),
      none },
    { ng_iri(NG_NG_MEETING),
      ng_iri(NG_RDFS_LABEL),
      ng_literal("會議", "zh-Hant", NULL),
      none },
  };
  char *t = write_all("turtle", q, 5);
  assert(strstr(t, "@prefix id: <" BASE "> .\n"));
  assert(strstr(t,
                "\n<" BASE "event/会议>\n    a schema:Event ;\n"
                "    schema:attendee <" BASE "person/甲> ,\n"
                "        <" BASE "person/乙> ;\n"
                "    schema:startDate \"2021-07-21\"^^xsd:date .\n\n"
                "ng:Meeting\n    rdfs:label \"會議\"@zh-Hant .\n"));
  free(t);
}

static void
test_jsonld_graphs_and_repeated_keys(void)
{
  NgTerm g1 = ng_iri(BASE "article/1"), g2 = ng_iri(BASE "article/2");
  NgTerm s      = ng_iri(BASE "person/甲");
  NgTerm q[][4] = {
    { s, ng_iri(NG_RDF_TYPE), ng_iri(NG_SCHEMA_PERSON), g1 },
    { s, ng_iri(NG_RDFS_LABEL), ng_literal("甲", "zh", NULL), g1 },
    /* the type again after another key: a second node object */
    { s, ng_iri(NG_RDF_TYPE), ng_iri(NG_NS_NG "Official"), g1 },
    { s, ng_iri(NG_RDFS_LABEL), ng_literal("甲", "zh", NULL), g2 },
    { s, ng_iri(NG_NG_PART), ng_literal("4", NULL, NG_XSD_INTEGER), none },
  };
  char *j = write_all("jsonld", q, 5);
  assert(strstr(j, "\"id\": \"" BASE "\""));
  assert(strstr(j, "{\"@id\": \"id:article/1\", \"@graph\": ["));
  assert(strstr(j, "\"@type\": [\"schema:Person\"]"));
  assert(strstr(j,
                "\"rdfs:label\": [{\"@value\": \"甲\", \"@language\": "
                "\"zh\"}]"));
  assert(strstr(j, "\"@type\": [\"ng:Official\"]"));
  assert(strstr(j, "{\"@id\": \"id:article/2\", \"@graph\": ["));
  assert(strstr(j,
                "\"ng:part\": [{\"@value\": \"4\", \"@type\": "
                "\"xsd:integer\"}]"));
  /* Two node objects for the person in graph 1. */
  char *a = strstr(j, "{\"@id\": \"id:person/甲\"");
  assert(a && strstr(a + 1, "{\"@id\": \"id:person/甲\""));
  free(j);
}

static void
test_rdfjson_groups_subjects(void)
{
  NgTerm s      = ng_iri("http://example.org/s");
  NgTerm q[][4] = {
    { s, ng_iri("http://example.org/p"), ng_literal("一", "zh", NULL), none },
    { s, ng_iri("http://example.org/p"), ng_blank("b1"), none },
    { s, ng_iri("http://example.org/q"), ng_iri("http://example.org/o"), none },
  };
  char *j = write_all("json", q, 3);
  assert(!strcmp(
    j,
    "{\n  \"http://example.org/s\" : {\n"
    "    \"http://example.org/p\" : [ { \"type\" : \"literal\", "
    "\"value\" : \"一\", \"lang\" : \"zh\" },\n"
    "      { \"type\" : \"bnode\", \"value\" : \"_:b1\" } ],\n"
    "    \"http://example.org/q\" : [ { \"type\" : \"uri\", \"value\" : "
    "\"http://example.org/o\" } ] }\n}\n"));
  free(j);
  char *empty = write_all("json", q, 0);
  assert(!strcmp(empty, "{}\n"));
  free(empty);
}

static void
test_formats(void)
{
  assert(ng_rdf_format_known("turtle") && ng_rdf_format_known("jsonld") &&
         ng_rdf_format_known("graphml"));
  assert(!ng_rdf_format_known("trig") && !ng_rdf_format_known(NULL));
  assert(ng_rdf_format_has_graphs("nquads") &&
         ng_rdf_format_has_graphs("jsonld"));
  assert(!ng_rdf_format_has_graphs("turtle"));
  NgRdfWriter *w   = NULL;
  char        *msg = NULL;
  assert(ng_rdf_writer_new("graphml", NULL, stdout, &w, &msg) == NG_ERR_ARG);
  assert(msg && strstr(msg, "graphml"));
  ng_free(msg);
  assert(ng_rdf_writer_new("nope", NULL, stdout, &w, &msg) == NG_ERR_ARG);
  assert(strstr(msg, "unknown format \"nope\""));
  ng_free(msg);
  ng_rdf_writer_free(NULL);
  ng_dump_free(NULL);
}

static char *
write_file(const char *name, const char *text)
{
  char *p = test_tmp_path(name);
  FILE *f = fopen(p, "w");
  assert(f);
  fputs(text, f);
  fclose(f);
  return p;
}

static long long
count(NgStore *s)
{
  long long n = -1;
  assert(ng_store_count(s, 0, 0, 0, 0, &n) == NG_OK);
  return n;
}

static void
test_load_keeps_nothing_of_a_bad_file(void)
{
  char    *db = test_tmp_path("load.db"), *msg = NULL;
  NgStore *s = NULL;
  assert(ng_store_open(db, NG_STORE_CREATE, &s, &msg) == NG_OK);
  char *good =
    write_file("good.nt",
               "<http://example.org/a> <http://example.org/p> \"x\"@ZH-hant "
               ".\n<http://example.org/a> <http://example.org/p> "
               "\"y\"^^<" NG_XSD_STRING "> .\n");
  char     *bad = write_file("bad.nt",
                         "<http://example.org/b> <http://example.org/p> \"1\" "
                             ".\n<http://example.org/b> <http://example.org/p> "
                             "nonsense .\n");
  long long n   = 0;
  assert(ng_rdf_load_opts(s, good, NULL, &n, &msg) == NG_OK && !msg);
  assert(n == 2 && count(s) == 2);
  assert(ng_rdf_load_opts(s, bad, NULL, &n, &msg) == NG_ERR_SYNTAX);
  assert(msg && !strncmp(msg, bad, strlen(bad)) &&
         !strncmp(msg + strlen(bad), ":2:", 3));
  ng_free(msg);
  assert(n == 0 && count(s) == 2);
  /* BCP 47 case for the tag, xsd:string as a simple literal. */
  NgTerm x = ng_literal("x", "zh-Hant", NULL), y = ng_literal("y", NULL, NULL);
  NgId   id;
  assert(ng_store_term_id(s, &x, 0, &id) == NG_OK);
  assert(ng_store_term_id(s, &y, 0, &id) == NG_OK);
  /* The triples are in the graph of the file's URI. */
  NgDump      *d = NULL;
  NgDumpRow    r;
  NgDumpFilter f = { NULL, NULL, NULL };
  assert(ng_dump_open(s, NG_DUMP_QUADS, &f, &d, NULL) == NG_OK);
  assert(ng_dump_next(d, &r) == NG_OK);
  assert(r.t[3].kind == NG_TERM_IRI && !strncmp(r.t[3].value, "file://", 7));
  assert(strstr(r.t[3].value, "good.nt"));
  assert(ng_dump_next(d, &r) == NG_OK);
  assert(ng_dump_next(d, &r) == NG_DONE);
  assert(ng_dump_next(d, &r) == NG_DONE); /* stays at the end */
  ng_dump_free(d);
  ng_store_close(s);
  unlink(good);
  unlink(bad);
  test_rm_db(db);
  free(good);
  free(bad);
  free(db);
}

static void
test_dump_triples_are_distinct(void)
{
  char    *db = test_tmp_path("dump.db"), *msg = NULL;
  NgStore *s = NULL;
  assert(ng_store_open(db, NG_STORE_CREATE, &s, &msg) == NG_OK);
  NgTerm a = ng_iri(BASE "person/甲"), l = ng_iri(NG_RDFS_LABEL);
  NgTerm v  = ng_literal("甲", "zh", NULL);
  NgTerm g1 = ng_iri(BASE "article/1"), g2 = ng_iri(BASE "article/2");
  assert(ng_store_add(s, &a, &l, &v, &g1) == NG_OK);
  assert(ng_store_add(s, &a, &l, &v, &g2) == NG_OK);
  NgDump   *d = NULL;
  NgDumpRow r;
  int       n = 0;
  assert(ng_dump_open(s, NG_DUMP_TRIPLES, NULL, &d, NULL) == NG_OK);
  while (ng_dump_next(d, &r) == NG_OK) {
    assert(ng_term_equal(&r.t[0], &a) && ng_term_equal(&r.t[2], &v));
    n++;
  }
  ng_dump_free(d);
  assert(n == 1);
  n = 0;
  assert(ng_dump_open(s, NG_DUMP_QUADS, NULL, &d, NULL) == NG_OK);
  while (ng_dump_next(d, &r) == NG_OK)
    n++;
  ng_dump_free(d);
  assert(n == 2);
  /* Subsets: a graph, an entity by label; unknown ones say so. */
  NgDumpFilter f = { "article/2", NULL, NULL };
  n              = 0;
  assert(ng_dump_open(s, NG_DUMP_QUADS, &f, &d, NULL) == NG_OK);
  while (ng_dump_next(d, &r) == NG_OK)
    assert(ng_term_equal(&r.t[3], &g2) && ++n);
  ng_dump_free(d);
  assert(n == 1);
  NgDumpFilter about = { NULL, "甲", NULL };
  assert(ng_dump_open(s, NG_DUMP_TRIPLES, &about, &d, NULL) == NG_OK);
  assert(ng_dump_next(d, &r) == NG_OK && ng_dump_next(d, &r) == NG_DONE);
  ng_dump_free(d);
  NgDumpFilter unknown = { NULL, "乙", NULL };
  assert(ng_dump_open(s, NG_DUMP_TRIPLES, &unknown, &d, &msg) ==
         NG_ERR_NOT_FOUND);
  assert(msg && strstr(msg, "乙"));
  ng_free(msg);
  ng_store_close(s);
  test_rm_db(db);
  free(db);
}

/* Every allocation failure in a writer ends in an error status, never a
   crash or a leak (under ASan); with no failure the output is complete. */
static void
test_writers_survive_allocation_failures(void)
{
  static const char *const formats[] = { "turtle", "ntriples", "nquads",
                                         "json",   "jsonld",   "dot" };
  NgTerm                   g         = ng_iri(BASE "article/1");
  NgTerm                   q[][4]    = {
                         { ng_iri(BASE "p/甲"), ng_iri(NG_RDF_TYPE), ng_iri(NG_SCHEMA_PERSON), g },
                         { ng_iri(BASE "p/甲"),
                           ng_iri(NG_RDFS_LABEL),
                           ng_literal("甲", "zh", NULL),
                           g },
                         { ng_blank("b"),
                           ng_iri(NG_NG_PART),
                           ng_literal("1", NULL, NG_XSD_INTEGER),
                           none },
  };
  for (size_t f = 0; f < sizeof formats / sizeof *formats; f++) {
    int completed = 0;
    for (long n = 0; n < 400 && !completed; n++) {
      char        *buf = NULL, *msg = NULL;
      size_t       len = 0;
      FILE        *out = open_memstream(&buf, &len);
      NgRdfWriter *w   = NULL;
      NgStatus     st;
      ng_alloc_fail_after(n);
      st = ng_rdf_writer_new(formats[f], BASE, out, &w, &msg);
      for (size_t i = 0; !st && i < 3; i++)
        st = ng_rdf_writer_quad(
          w, &q[i][0], &q[i][1], &q[i][2], q[i][3].kind ? &q[i][3] : NULL);
      if (!st)
        st = ng_rdf_writer_finish(w);
      ng_alloc_fail_after(-1);
      assert(st == NG_OK || st == NG_ERR_NOMEM);
      completed = st == NG_OK;
      ng_rdf_writer_free(w);
      ng_free(msg);
      fclose(out);
      if (completed)
        assert(strstr(buf, "甲"));
      free(buf);
    }
    assert(completed);
  }
}

/* A file of many batches: all of it is stored, in order; one whose last
   line is bad keeps nothing, and the message names that line. */
static void
test_load_of_many_batches(void)
{
  char    *db = test_tmp_path("many.db"), *msg = NULL;
  NgStore *s = NULL;
  NgBuf    b = { 0 };
  for (int i = 0; i < 10000; i++)
    ng_buf_printf(&b,
                  "<http://example.org/s%d> <http://example.org/p> "
                  "\"值%d\"@zh <http://example.org/g%d> .\n",
                  i % 700,
                  i,
                  i % 3);
  char *good = write_file("many.nq", ng_buf_str(&b));
  ng_buf_puts(&b,
              "<http://example.org/s> <http://example.org/p> nonsense "
              "<http://example.org/g> .\n");
  char *bad = write_file("many_bad.nq", ng_buf_str(&b));
  ng_buf_free(&b);
  assert(ng_store_open(db, NG_STORE_CREATE, &s, &msg) == NG_OK);
  long long n = 0;
  assert(ng_rdf_load_opts(s, bad, NULL, &n, &msg) == NG_ERR_SYNTAX);
  assert(msg && strstr(msg, ":10001:"));
  ng_free(msg);
  msg = NULL;
  assert(n == 0 && count(s) == 0);
  assert(ng_rdf_load_opts(s, good, NULL, &n, &msg) == NG_OK && !msg);
  assert(n == 10000 && count(s) == 10000);
  NgTerm o = ng_literal("值9999", "zh", NULL),
         g = ng_iri("http://example.org/g0");
  NgIter *it;
  NgId    q[4], gid;
  assert(ng_store_match_terms(s, NULL, NULL, &o, NULL, &it) == NG_OK);
  assert(ng_iter_next(it, q) == NG_OK);
  ng_iter_free(it);
  assert(ng_store_term_id(s, &g, 0, &gid) == NG_OK && q[3] == gid);
  ng_store_close(s);
  unlink(good);
  unlink(bad);
  test_rm_db(db);
  free(good);
  free(bad);
  free(db);
}

/* A load that runs out of memory anywhere keeps nothing of the file; a
   later load of it keeps all. */
static void
test_load_is_atomic_under_allocation_failures(void)
{
  char    *db = test_tmp_path("atomic.db"), *msg = NULL;
  NgStore *s  = NULL;
  char    *nt = write_file(
    "atomic.nt",
    "<http://example.org/a> <http://example.org/p> \"甲\"@zh .\n"
       "_:x <http://example.org/p> <http://example.org/b> .\n"
       "<http://example.org/b> <http://example.org/p> \"2\"^^<" NG_XSD_INTEGER
    "> .\n");
  assert(ng_store_open(db, NG_STORE_CREATE, &s, &msg) == NG_OK);
  int done = 0;
  for (long n = 0; n < 400 && !done; n++) {
    ng_alloc_fail_after(n);
    NgStatus st = ng_rdf_load_opts(s, nt, NULL, NULL, &msg);
    ng_alloc_fail_after(-1);
    ng_free(msg);
    msg = NULL;
    assert(st == NG_OK || st == NG_ERR_NOMEM || st == NG_ERR_DB);
    done = st == NG_OK;
    assert(count(s) == (done ? 3 : 0));
  }
  assert(done);
  ng_store_close(s);
  unlink(nt);
  test_rm_db(db);
  free(nt);
  free(db);
}

int
main(void)
{
  RUN(test_ntriples_escapes_and_keeps_utf8);
  RUN(test_turtle_groups_and_prefixes);
  RUN(test_jsonld_graphs_and_repeated_keys);
  RUN(test_rdfjson_groups_subjects);
  RUN(test_formats);
  RUN(test_load_keeps_nothing_of_a_bad_file);
  RUN(test_dump_triples_are_distinct);
  RUN(test_writers_survive_allocation_failures);
  RUN(test_load_is_atomic_under_allocation_failures);
  RUN(test_load_of_many_batches);
  return 0;
}
