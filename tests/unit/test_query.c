/* tests/unit/test_query.c -- the relationship questions (graph/query.c):
   which label names an entity, which date an article gives its events
   and posts, roles, and answers that follow the store when it changes
   under an open query context. */
#include "graph/buf.h"
#include "graph/query.h"
#include "graph/store.h"
#include "graph/vocab.h"
#include "test.h"

#define ID "https://w3id.org/newsgraph/id/"

static char *db;

static NgStore *
open_store(void)
{
  NgStore *s   = NULL;
  char    *msg = NULL;
  assert(ng_store_open(db, NG_STORE_CREATE, &s, &msg) == NG_OK);
  return s;
}

/* Adds (S P O G): S, P and G are IRIs; O is an IRI when it has a colon,
   else a literal, tagged LANG or typed DT (either may be NULL). */
static void
add(NgStore    *st,
    const char *s,
    const char *p,
    const char *o,
    const char *lang,
    const char *dt,
    const char *g)
{
  NgTerm ts = ng_iri(s), tp = ng_iri(p), tg = ng_iri(g);
  NgTerm to = strchr(o, ':') ? ng_iri(o) : ng_literal(o, lang, dt);
  assert(ng_store_add(st, &ts, &tp, &to, &tg) == NG_OK);
}

static NgId
id_of(NgStore *st, const char *iri)
{
  NgTerm t = ng_iri(iri);
  NgId   id;
  assert(ng_store_term_id(st, &t, 0, &id) == NG_OK);
  return id;
}

/* The cell at row R, column C of the N-th table of TS. */
static const char *
cell(const NgTables *ts, size_t n, size_t r, int c)
{
  assert(n < ts->n && r < ng_table_nrows(ts->v[n]));
  return ng_table_cell(ts->v[n], r, c);
}

/* An entity's label: a Chinese one (a zh* tag, any case) before others,
   the least of them bytewise. */
static void
test_label_choice(void)
{
  NgStore    *st = open_store();
  NgQuery    *q  = NULL;
  NgTables    ts = { 0 };
  const char *g = ID "article/a.txt/1", *p = ID "person/x";
  assert(ng_store_begin(st) == NG_OK);
  add(st, p, NG_RDF_TYPE, NG_SCHEMA_PERSON, NULL, NULL, g);
  add(st, p, NG_RDFS_LABEL, "Bob", "en", NULL, g);
  add(st, p, NG_RDFS_LABEL, "甲乙", "zh", NULL, g);
  add(st, p, NG_RDFS_LABEL, "甲", "ZH-Hant", NULL, g);
  add(st, p, NG_RDFS_LABEL, "Aaa", NULL, NULL, g);
  add(st, ID "person/y", NG_RDFS_LABEL, "Zoe", "en", NULL, g);
  add(st, ID "person/y", NG_RDFS_LABEL, "Al", "en", NULL, g);
  assert(ng_store_commit(st) == NG_OK);
  assert(ng_query_new(st, &q) == NG_OK);
  assert(ng_query_person(q, id_of(st, p), &ts) == NG_OK);
  assert(!strcmp(ng_table_title(ts.v[0]), "甲: posts"));
  ng_tables_free(&ts);
  assert(ng_query_person(q, id_of(st, ID "person/y"), &ts) == NG_OK);
  assert(!strcmp(ng_table_title(ts.v[0]), "Al: posts"));
  ng_tables_free(&ts);
  /* no label: the IRI's last segment */
  assert(ng_query_person(q, id_of(st, NG_RDF_TYPE), &ts) == NG_OK);
  assert(!strcmp(ng_table_title(ts.v[0]), "type: posts"));
  ng_tables_free(&ts);
  ng_query_free(q);
  ng_store_close(st);
  test_rm_db(db);
}

/* Adds event NAME, typed as an event in G, starting on DATE (NULL: none),
   attended by WHO. */
static void
add_event(NgStore    *st,
          const char *name,
          const char *date,
          const char *who,
          const char *g)
{
  char iri[256];
  snprintf(iri, sizeof iri, ID "event/%s", name);
  add(st, iri, NG_RDF_TYPE, NG_SCHEMA_EVENT, NULL, NULL, g);
  add(st, iri, NG_RDFS_LABEL, name, "zh", NULL, g);
  if (date)
    add(st,
        iri,
        NG_SCHEMA_STARTDATE,
        date,
        NULL,
        date[0] == '-' ? NG_XSD_GMONTHDAY : NG_XSD_DATE,
        g);
  if (who)
    add(st, iri, NG_SCHEMA_ATTENDEE, who, NULL, NULL, g);
}

/* A person's posts are seen on the dates of the articles stating them:
   an article's publication date, else the earliest date of the first 64
   events it reports (in id order), whether the article's own quads or
   the store's events are the shorter way to them. A month-day event date
   takes its year from the article. */
static void
test_article_dates(void)
{
  NgStore    *st = open_store();
  NgQuery    *q  = NULL;
  NgTables    ts = { 0 };
  const char *p = ID "person/p", *post = ID "post/p";
  const char *g1 = ID "article/a.txt/1", *g2 = ID "article/b.txt/1";
  const char *g3 = ID "article/c.txt/1", *g4 = ID "article/d.txt/1";
  const char *g5 = ID "article/e.txt/1";
  char        name[64], date[16];
  assert(ng_store_begin(st) == NG_OK);
  add(st, p, NG_RDF_TYPE, NG_SCHEMA_PERSON, NULL, NULL, g1);
  add(st, p, NG_RDFS_LABEL, "某甲", "zh", NULL, g1);
  add(st, post, NG_RDFS_LABEL, "某局局长", "zh", NULL, g1);
  /* g1: dated; an event of a month and day in it */
  add(st, g1, NG_SCHEMA_DATEPUBLISHED, "2021-05-01", NULL, NG_XSD_DATE, g1);
  add(st, p, NG_ORG_HOLDS, post, NULL, NULL, g1);
  add_event(st, "月日会议", "--03-14", p, g1);
  /* g2: undated; its events' earliest date stands for it */
  add(st, p, NG_ORG_HOLDS, post, NULL, NULL, g2);
  add_event(st, "乙会议", "2019-03-03", NULL, g2);
  add_event(st, "甲会议", "2019-01-02", NULL, g2);
  /* g3: many quads before its events in id order (its own quads are the
     long way); events 65 to 70 are earlier but beyond the first 64 */
  for (int i = 0; i < 300; i++) {
    snprintf(name, sizeof name, ID "place/c%03d", i);
    add(st, name, NG_RDFS_LABEL, name + strlen(ID), NULL, NULL, g3);
  }
  for (int i = 0; i < 70; i++) {
    snprintf(name, sizeof name, "丙%03d", i);
    snprintf(date, sizeof date, "%d-06-%02d", i < 64 ? 2018 : 2000, 1 + i % 28);
    add_event(st, name, date, NULL, g3);
  }
  add(st, p, NG_ORG_HOLDS, post, NULL, NULL, g3);
  /* g4: few quads, but many events elsewhere come first in id order (the
     store's events are the long way) */
  for (int i = 0; i < 300; i++) {
    snprintf(name, sizeof name, "戊%03d", i);
    add_event(st, name, "2030-01-01", NULL, g5);
  }
  add_event(st, "丁会议", "2017-08-08", NULL, g4);
  add(st, ID "person/q", NG_ORG_HOLDS, post, NULL, NULL, g4);
  assert(ng_store_commit(st) == NG_OK);
  assert(ng_query_new(st, &q) == NG_OK);
  assert(ng_query_person(q, id_of(st, p), &ts) == NG_OK);
  assert(ng_table_nrows(ts.v[0]) == 1);
  assert(!strcmp(cell(&ts, 0, 0, 0), "某局局长"));
  assert(!strcmp(cell(&ts, 0, 0, 1), "2018-06-01")); /* g3 */
  assert(!strcmp(cell(&ts, 0, 0, 2), "2021-05-01")); /* g1 */
  assert(!strcmp(cell(&ts, 0, 0, 3), "3"));
  /* the month-day date sorts in g1's year */
  assert(!strcmp(cell(&ts, 1, 0, 0), "--03-14"));
  ng_tables_free(&ts);
  assert(ng_query_person(q, id_of(st, ID "person/q"), &ts) == NG_OK);
  assert(!strcmp(cell(&ts, 0, 0, 1), "2017-08-08")); /* g4 */
  ng_tables_free(&ts);
  ng_query_free(q);
  ng_store_close(st);
  test_rm_db(db);
}

/* attendees: who took part in what role (the specific roles before
   attendee), with the posts stated in the event's article. */
static void
test_attendees_roles(void)
{
  NgStore    *st = open_store();
  NgQuery    *q  = NULL;
  NgTables    ts = { 0 };
  const char *g = ID "article/a.txt/1", *g2 = ID "article/b.txt/1";
  const char *e = ID "event/会", *a = ID "person/a", *b = ID "person/b";
  assert(ng_store_begin(st) == NG_OK);
  add_event(st, "会", "2022-03-14", a, g);
  add(st, e, NG_SCHEMA_ATTENDEE, b, NULL, NULL, g);
  add(st, e, NG_NG_CHAIR, b, NULL, NULL, g);
  add(st, e, NG_NG_SPEAKER, b, NULL, NULL, g);
  add(st, e, NG_SCHEMA_LOCATION, ID "place/甲市", NULL, NULL, g);
  add(st, ID "place/甲市", NG_RDFS_LABEL, "甲市", "zh", NULL, g);
  add(st, g, NG_NG_SOURCEFILE, "a.txt", NULL, NULL, g);
  add(st, g, NG_NG_PART, "1", NULL, NG_XSD_INTEGER, g);
  add(st, a, NG_RDFS_LABEL, "张三", "zh", NULL, g);
  add(st, b, NG_RDFS_LABEL, "李四", "zh", NULL, g);
  add(st, a, NG_ORG_HOLDS, ID "post/x", NULL, NULL, g2);
  add(st, ID "post/x", NG_RDFS_LABEL, "甲局局长", "zh", NULL, g2);
  add(st, b, NG_ORG_HOLDS, ID "post/y", NULL, NULL, g2);
  add(st, b, NG_ORG_HOLDS, ID "post/z", NULL, NULL, g);
  add(st, ID "post/y", NG_RDFS_LABEL, "乙局局长", "zh", NULL, g2);
  add(st, ID "post/z", NG_RDFS_LABEL, "丙局局长", "zh", NULL, g);
  assert(ng_store_commit(st) == NG_OK);
  assert(ng_query_new(st, &q) == NG_OK);
  assert(ng_query_attendees(q, id_of(st, e), &ts) == NG_OK);
  assert(!strcmp(ng_table_title(ts.v[0]), "会  2022-03-14  甲市  (a.txt#1)"));
  assert(ng_table_nrows(ts.v[0]) == 2);
  assert(!strcmp(cell(&ts, 0, 0, 0), "李四"));
  assert(!strcmp(cell(&ts, 0, 0, 1), "chair,speaker"));
  assert(!strcmp(cell(&ts, 0, 0, 2), "丙局局长")); /* the one in g */
  assert(!strcmp(cell(&ts, 0, 1, 0), "张三"));
  assert(!strcmp(cell(&ts, 0, 1, 1), "attendee"));
  assert(!strcmp(cell(&ts, 0, 1, 2), "甲局局长")); /* none in g: all */
  ng_tables_free(&ts);
  /* the event as a name: one candidate, its date and source told */
  NgCandidates c = { 0 };
  assert(ng_query_resolve(q, "会", NG_KIND_EVENT, &c) == NG_OK);
  assert(c.n == 1 && c.v[0].kind == NG_KIND_EVENT);
  assert(!strcmp(c.v[0].label, "会"));
  assert(!strncmp(c.v[0].detail, "2022-03-14 a.txt#1 ", 19));
  ng_candidates_free(&c);
  ng_query_free(q);
  ng_store_close(st);
  test_rm_db(db);
}

/* A context kept open across changes sees them: terms the store lacked
   when it was made (a role, a source), written through another
   connection or through its own. */
static void
test_follows_changes(void)
{
  NgStore    *st = open_store(), *other = NULL;
  NgQuery    *q   = NULL;
  NgTables    ts  = { 0 };
  char       *msg = NULL;
  const char *g   = ID "article/a.txt/1";
  const char *e = ID "event/会", *a = ID "person/a";
  assert(ng_store_begin(st) == NG_OK);
  add_event(st, "会", "2022-03-14", a, g);
  add(st, a, NG_RDFS_LABEL, "张三", "zh", NULL, g);
  assert(ng_store_commit(st) == NG_OK);
  assert(ng_query_new(st, &q) == NG_OK);
  NgId ev = id_of(st, e);
  assert(ng_query_attendees(q, ev, &ts) == NG_OK);
  assert(!strcmp(cell(&ts, 0, 0, 1), "attendee"));
  assert(!strcmp(ng_table_title(ts.v[0]), "会  2022-03-14"));
  ng_tables_free(&ts);
  /* another connection adds ng:chair and a source file */
  assert(ng_store_open(db, NG_STORE_WRITE, &other, &msg) == NG_OK);
  assert(ng_store_begin(other) == NG_OK);
  add(other, e, NG_NG_CHAIR, a, NULL, NULL, g);
  add(other, g, NG_NG_SOURCEFILE, "a.txt", NULL, NULL, g);
  assert(ng_store_commit(other) == NG_OK);
  assert(ng_query_attendees(q, ev, &ts) == NG_OK);
  assert(!strcmp(cell(&ts, 0, 0, 1), "chair"));
  assert(!strcmp(ng_table_title(ts.v[0]), "会  2022-03-14  (a.txt#)"));
  ng_tables_free(&ts);
  /* this connection adds ng:lead */
  assert(ng_store_begin(st) == NG_OK);
  add(st, e, NG_NG_LEAD, a, NULL, NULL, g);
  assert(ng_store_commit(st) == NG_OK);
  assert(ng_query_attendees(q, ev, &ts) == NG_OK);
  assert(!strcmp(cell(&ts, 0, 0, 1), "chair,lead"));
  ng_tables_free(&ts);
  /* a question inside a writer's transaction that then rolls back */
  assert(ng_store_begin(st) == NG_OK);
  add(st, e, NG_NG_ACCOMPANY, a, NULL, NULL, g);
  assert(ng_query_attendees(q, ev, &ts) == NG_OK);
  assert(!strcmp(cell(&ts, 0, 0, 1), "chair,lead,accompany"));
  ng_tables_free(&ts);
  assert(ng_store_rollback(st) == NG_OK);
  assert(ng_query_attendees(q, ev, &ts) == NG_OK);
  assert(!strcmp(cell(&ts, 0, 0, 1), "chair,lead"));
  ng_tables_free(&ts);
  ng_store_close(other);
  ng_query_free(q);
  ng_store_close(st);
  test_rm_db(db);
}

/* path: the shortest chain, either way, also through an organization
   with more posts than a node's edges are read at once. */
static void
test_path(void)
{
  NgStore    *st = open_store();
  NgQuery    *q  = NULL;
  NgTables    ts = { 0 };
  const char *g  = ID "article/a.txt/1";
  const char *p = ID "person/p", *x = ID "post/x", *o = ID "org/o";
  char        iri[64];
  assert(ng_store_begin(st) == NG_OK);
  add(st, p, NG_RDFS_LABEL, "某甲", "zh", NULL, g);
  add(st, x, NG_RDFS_LABEL, "某局局长", "zh", NULL, g);
  add(st, o, NG_RDFS_LABEL, "某局", "zh", NULL, g);
  add(st, p, NG_ORG_HOLDS, x, NULL, NULL, g);
  for (int i = 0; i < 5000; i++) {
    snprintf(iri, sizeof iri, ID "post/y%04d", i);
    add(st, iri, NG_ORG_POSTIN, o, NULL, NULL, g);
  }
  add(st, x, NG_ORG_POSTIN, o, NULL, NULL, g);
  assert(ng_store_commit(st) == NG_OK);
  assert(ng_query_new(st, &q) == NG_OK);
  static const char *const way[2][3] = { { "某甲", "某局局长", "某局" },
                                         { "某局", "某局局长", "某甲" } };
  for (int w = 0; w < 2; w++) {
    NgId a = id_of(st, w ? o : p), b = id_of(st, w ? p : o);
    assert(ng_query_path(q, a, b, &ts) == NG_OK);
    assert(ng_table_nrows(ts.v[0]) == 3);
    for (size_t r = 0; r < 3; r++)
      assert(!strcmp(cell(&ts, 0, r, 1), way[w][r]));
    assert(!strcmp(cell(&ts, 0, 1, 3),
                   w ? "某局局长 org:postIn 某局" : "某甲 org:holds 某局局长"));
    assert(!strcmp(cell(&ts, 0, 2, 3),
                   w ? "某甲 org:holds 某局局长" : "某局局长 org:postIn 某局"));
    ng_tables_free(&ts);
  }
  ng_query_free(q);
  ng_store_close(st);
  test_rm_db(db);
}

int
main(void)
{
  db = test_tmp_path("query.db");
  RUN(test_label_choice);
  RUN(test_article_dates);
  RUN(test_attendees_roles);
  RUN(test_follows_changes);
  RUN(test_path);
  free(db);
  return 0;
}
