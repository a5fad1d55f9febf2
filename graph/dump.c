/* graph/dump.c -- cursors that read the store with each row's strings.

   Every cursor is one SQL statement: a "src" relation (the whole quad
   table, or the subset a filter selects) under a query of the kind asked
   for, wrapped in an outer query that joins the term table once per
   column. For the whole store SQLite walks a quad index in order and looks
   terms up by rowid, so nothing is sorted or held in memory. */
#include "graph/dump.h"

#include "graph/buf.h"
#include "graph/store_internal.h"
#include "graph/vocab.h"

#include <string.h>

#define NG_DUMP_COLS 5

struct NgDump {
  sqlite3_stmt *stmt;
  NgStore      *store;
  int           done;     /* SQLite would start again after the end */
  int           distinct; /* skip rows whose c0-c2 repeat the last row's */
  NgId          last[3];
};

/* The vocabulary the queries name, bound as parameters: ":type" in SQL is
   rdf:type's IRI, its term id "(SELECT type FROM v)". */
static const char *const vocab[][2] = {
  { ":type", NG_RDF_TYPE },
  { ":label", NG_RDFS_LABEL },
  { ":altlabel", NG_SKOS_ALTLABEL },
  { ":title", NG_NG_TITLE },
  { ":startdate", NG_SCHEMA_STARTDATE },
  { ":eventtype", NG_NG_EVENTTYPE },
  { ":headline", NG_SCHEMA_HEADLINE },
  { ":sourcefile", NG_NG_SOURCEFILE },
  { ":person", NG_SCHEMA_PERSON },
  { ":event", NG_SCHEMA_EVENT },
  { ":attendee", NG_SCHEMA_ATTENDEE },
  { ":chair", NG_NG_CHAIR },
  { ":speaker", NG_NG_SPEAKER },
  { ":lead", NG_NG_LEAD },
  { ":accompany", NG_NG_ACCOMPANY },
  { ":organizer", NG_SCHEMA_ORGANIZER },
};

/* The term ids of the vocabulary, looked up once per statement (NULL
   when the store lacks a term), and the properties that link an event to
   a person in the networks. */
static const char vocab_cte[] =
  "v AS MATERIALIZED (SELECT "
  "(SELECT id FROM term WHERE kind=1 AND value=:type) AS type, "
  "(SELECT id FROM term WHERE kind=1 AND value=:label) AS label, "
  "(SELECT id FROM term WHERE kind=1 AND value=:startdate) AS startdate, "
  "(SELECT id FROM term WHERE kind=1 AND value=:eventtype) AS eventtype, "
  "(SELECT id FROM term WHERE kind=1 AND value=:sourcefile) AS sourcefile, "
  "(SELECT id FROM term WHERE kind=1 AND value=:person) AS person, "
  "(SELECT id FROM term WHERE kind=1 AND value=:event) AS event), "
  "roles(id) AS MATERIALIZED (SELECT id FROM term WHERE kind=1 AND value IN "
  "(:attendee, :chair, :speaker, :lead, :accompany, :organizer))";

/* gsel: the graphs of --graph, by IRI, by source file, or (for articles
   loaded from RDF, which have no source row) by ng:sourceFile. */
static const char graph_cte[] =
  ", gsel(id) AS MATERIALIZED ("
  "SELECT id FROM term WHERE kind=1 AND value IN (:g1, :g2, :g3) "
  "UNION SELECT a.g FROM article a JOIN source so ON so.id=a.source "
  "WHERE so.name=:g1 OR so.path=:g1 "
  "UNION SELECT q.g FROM term t JOIN quad q ON q.o=t.id "
  "WHERE t.value=:g1 AND t.kind=3 AND q.s=q.g "
  "AND q.p=(SELECT sourcefile FROM v))";

/* ent: the entity of --about, by IRI or by label; dp: the describing
   properties a neighbour keeps (type, names, title, date, event type). */
static const char about_cte[] =
  ", ent(id) AS MATERIALIZED ("
  "SELECT id FROM term WHERE kind=1 AND value IN (:a1, :a2) "
  "UNION SELECT q.s FROM term t JOIN quad q ON q.o=t.id "
  "WHERE t.value=:a1 AND t.kind=3 AND q.p IN (SELECT id FROM term "
  "WHERE kind=1 AND value IN (:label, :altlabel))), "
  "dp(id) AS MATERIALIZED (SELECT id FROM term WHERE kind=1 AND value IN "
  "(:type, :label, :altlabel, :title, :startdate, :eventtype, :headline))";

/* Appends the WITH clause: the vocabulary and, for a FILTER, the relation
   src(s,p,o,g) of the subset (nb: the entity and its neighbours). */
static NgStatus
with_clause(NgBuf *sql, const NgDumpFilter *f)
{
  NgStatus    st = NG_OK;
  int         g = f && f->graph, a = f && f->about;
  const char *in_g = g ? " AND g IN gsel" : "";

  NG_TRY(st, ng_buf_puts(sql, "WITH "));
  NG_TRY(st, ng_buf_puts(sql, vocab_cte));
  if (g)
    NG_TRY(st, ng_buf_puts(sql, graph_cte));
  if (a) {
    NG_TRY(st, ng_buf_puts(sql, about_cte));
    NG_TRY(st,
           ng_buf_printf(sql,
                         ", nb(id) AS MATERIALIZED (SELECT id FROM ent "
                         "UNION SELECT o FROM quad WHERE s IN ent%s "
                         "UNION SELECT s FROM quad WHERE o IN ent%s), "
                         "src(s,p,o,g) AS MATERIALIZED ("
                         "SELECT s,p,o,g FROM quad WHERE s IN ent%s "
                         "UNION SELECT s,p,o,g FROM quad WHERE o IN ent%s "
                         "UNION SELECT s,p,o,g FROM quad "
                         "WHERE s IN nb AND p IN dp%s)",
                         in_g,
                         in_g,
                         in_g,
                         in_g,
                         in_g));
  } else if (g) {
    /* Inlined, so that each use walks the quad indexes itself. */
    NG_TRY(st,
           ng_buf_puts(sql,
                       ", src(s,p,o,g) AS NOT MATERIALIZED ("
                       "SELECT s,p,o,g FROM quad WHERE g IN gsel)"));
  }
  NG_TRY(st, ng_buf_putc(sql, ' '));
done:
  return st;
}

/* Appends the query of KIND over the relation R ("quad" for the whole
   store, "src" for a subset): columns c0..c4 (term ids), and sets *order
   to the ORDER BY of the outer query. Over "quad" each plan walks an index
   in the order asked for, so SQLite sorts nothing: this is why the queries
   join quads rather than use DISTINCT or GROUP BY, and leave repeats (one
   per graph stating a fact) to the reader. */
static NgStatus
inner_query(NgBuf *sql, NgDumpKind kind, const char *r, const char **order)
{
  switch (kind) {
    case NG_DUMP_QUADS:
      *order = "c3,c0,c1,c2";
      return ng_buf_printf(sql,
                           "SELECT s AS c0, p AS c1, o AS c2, g AS c3, "
                           "NULL AS c4 FROM %s",
                           r);
    case NG_DUMP_TRIPLES:
      /* In s-p-o order a triple's quads are adjacent: ng_dump_next() drops
         the repeats, so no temporary B-tree holds the whole store. */
      *order = "c0,c1,c2";
      return ng_buf_printf(sql,
                           "SELECT s AS c0, p AS c1, o AS c2, NULL AS c3, "
                           "NULL AS c4 FROM %s",
                           r);
    case NG_DUMP_NODES:
    case NG_DUMP_PERSONS:
      *order = "c1,c0";
      return ng_buf_printf(
        sql,
        "SELECT n.s AS c0, n.o AS c1, "
        "(SELECT l.o FROM quad l JOIN term t ON t.id=l.o WHERE l.s=n.s "
        "AND l.p=(SELECT label FROM v) ORDER BY t.lang<>'zh', t.value "
        "LIMIT 1) AS c2, "
        "(SELECT min(l.o) FROM quad l WHERE l.s=n.s "
        "AND l.p=(SELECT startdate FROM v)) AS c3, "
        "(SELECT min(l.o) FROM quad l WHERE l.s=n.s "
        "AND l.p=(SELECT eventtype FROM v)) AS c4 "
        "FROM %s n WHERE n.p=(SELECT type FROM v) "
        "AND n.o IN ((SELECT person FROM v)%s)",
        r,
        kind == NG_DUMP_NODES ? ", (SELECT event FROM v)" : "");
    case NG_DUMP_ROLES:
      *order = "c0";
      return ng_buf_printf(
        sql,
        "SELECT e.s AS c0, x.o AS c1, x.p AS c2, NULL AS c3, "
        "NULL AS c4 FROM %s e JOIN %s x ON x.s=e.s "
        "WHERE e.p=(SELECT type FROM v) "
        "AND e.o=(SELECT event FROM v) "
        "AND x.p IN roles AND EXISTS (SELECT 1 FROM %s t "
        "WHERE t.s=x.o AND t.p=(SELECT type FROM v) "
        "AND t.o=(SELECT person FROM v))",
        r,
        r,
        r);
    case NG_DUMP_COATTEND:
      *order = "c0";
      return ng_buf_printf(sql,
                           "SELECT pr.s AS c0, b.o AS c1, a.s AS c2, "
                           "NULL AS c3, NULL AS c4 "
                           "FROM %s pr JOIN %s a ON a.o=pr.s "
                           "JOIN %s b ON b.s=a.s "
                           "WHERE pr.p=(SELECT type FROM v) "
                           "AND pr.o=(SELECT person FROM v) "
                           "AND a.p IN roles AND b.p IN roles AND b.o>pr.s "
                           "AND EXISTS (SELECT 1 FROM %s t WHERE t.s=b.o "
                           "AND t.p=(SELECT type FROM v) "
                           "AND t.o=(SELECT person FROM v)) "
                           "AND EXISTS (SELECT 1 FROM %s t WHERE t.s=a.s "
                           "AND t.p=(SELECT type FROM v) "
                           "AND t.o=(SELECT event FROM v))",
                           r,
                           r,
                           r,
                           r,
                           r);
  }
  return NG_ERR_ARG;
}

static void
bind_text(sqlite3_stmt *q, const char *name, const char *value)
{
  int i = sqlite3_bind_parameter_index(q, name);
  if (i > 0)
    sqlite3_bind_text(q, i, value, -1, SQLITE_TRANSIENT);
}

/* The forms a user-given IRI may take: as written (without <>), and
   relative to the instance base (an "id:" prefix or none). */
static NgStatus
iri_forms(const char *arg,
          const char *base,
          char      **as_is,
          char      **rel,
          char      **article)
{
  size_t n = strlen(arg);
  if (n >= 2 && arg[0] == '<' && arg[n - 1] == '>')
    *as_is = ng_strndup(arg + 1, n - 2);
  else
    *as_is = ng_strdup(arg);
  const char *tail = !strncmp(arg, "id:", 3) ? arg + 3 : arg;
  NgBuf       b    = { 0 };
  ng_buf_printf(&b, "%s%s", base, tail);
  *rel = ng_buf_take(&b);
  ng_buf_printf(&b, "%sarticle/%s", base, tail);
  *article = ng_buf_take(&b);
  if (!*as_is || !*rel || !*article) {
    ng_free(*as_is);
    ng_free(*rel);
    ng_free(*article);
    *as_is = *rel = *article = NULL;
    return NG_ERR_NOMEM;
  }
  return NG_OK;
}

static NgStatus
bind_filter(NgStore *store, sqlite3_stmt *q, const NgDumpFilter *f)
{
  if (!f || (!f->graph && !f->about))
    return NG_OK;
  char    *base = NULL, *x = NULL, *y = NULL, *z = NULL;
  NgStatus st = NG_OK;
  if (!f->base)
    NG_TRY(st, ng_store_meta_get(store, "base", &base));
  const char *b = f->base ? f->base : base ? base : NG_DEFAULT_BASE;
  if (f->graph) {
    NG_TRY(st, iri_forms(f->graph, b, &x, &y, &z));
    bind_text(q, ":g1", x);
    bind_text(q, ":g2", y);
    bind_text(q, ":g3", z);
    ng_free(x);
    ng_free(y);
    ng_free(z);
    x = y = z = NULL;
  }
  if (f->about) {
    NG_TRY(st, iri_forms(f->about, b, &x, &y, &z));
    bind_text(q, ":a1", x);
    bind_text(q, ":a2", y);
  }
done:
  ng_free(x);
  ng_free(y);
  ng_free(z);
  ng_free(base);
  return st;
}

static NgStatus
prepare(NgStore            *store,
        const char         *sql,
        const NgDumpFilter *f,
        sqlite3_stmt      **q)
{
  if (sqlite3_prepare_v2(ng_store_sqlite(store), sql, -1, q, NULL) != SQLITE_OK)
    return ng_store_db_error(store, "reading the store");
  for (size_t i = 0; i < sizeof vocab / sizeof *vocab; i++)
    bind_text(*q, vocab[i][0], vocab[i][1]);
  NgStatus st = bind_filter(store, *q, f);
  if (st) {
    sqlite3_finalize(*q);
    *q = NULL;
  }
  return st;
}

/* 1 in *found when the CTE NAME of the filter's WITH clause has a row. */
static NgStatus
exists(NgStore *store, const NgDumpFilter *f, const char *name, int *found)
{
  NgBuf         sql = { 0 };
  sqlite3_stmt *q   = NULL;
  NgStatus      st  = NG_OK;
  NG_TRY(st, with_clause(&sql, f));
  NG_TRY(st, ng_buf_printf(&sql, "SELECT EXISTS(SELECT 1 FROM %s)", name));
  NG_TRY(st, prepare(store, ng_buf_str(&sql), f, &q));
  int rc = sqlite3_step(q);
  if (rc != SQLITE_ROW) {
    st = ng_store_db_error(store, "reading the store");
    goto done;
  }
  *found = sqlite3_column_int(q, 0);
done:
  sqlite3_finalize(q);
  ng_buf_free(&sql);
  return st;
}

/* Fails with a message in *errmsg when the filter selects nothing. */
static NgStatus
check_filter(NgStore *store, const NgDumpFilter *f, char **errmsg)
{
  NgStatus st    = NG_OK;
  int      found = 1;
  NgBuf    b     = { 0 };
  if (!f)
    return NG_OK;
  if (f->graph) {
    NgDumpFilter g = { f->graph, NULL, f->base };
    NG_TRY(st, exists(store, &g, "gsel", &found));
    if (!found) {
      ng_buf_printf(&b, "no article graph matches \"%s\"", f->graph);
      st = NG_ERR_NOT_FOUND;
      goto done;
    }
  }
  if (f->about) {
    NgDumpFilter a = { NULL, f->about, f->base };
    NG_TRY(st, exists(store, &a, "ent", &found));
    if (!found) {
      ng_buf_printf(&b, "no entity has the IRI or label \"%s\"", f->about);
      st = NG_ERR_NOT_FOUND;
      goto done;
    }
  }
done:
  if (st > NG_DONE && errmsg)
    *errmsg = b.len ? ng_buf_take(&b) : ng_strdup(ng_store_errmsg(store));
  ng_buf_free(&b);
  return st;
}

NgStatus
ng_dump_open(NgStore            *store,
             NgDumpKind          kind,
             const NgDumpFilter *filter,
             NgDump            **out,
             char              **errmsg)
{
  NgBuf       sql   = { 0 };
  NgStatus    st    = NG_OK;
  const char *order = NULL;
  NgDump     *d     = NULL;

  if (errmsg)
    *errmsg = NULL;
  if ((st = check_filter(store, filter, errmsg)))
    return st;
  int filtered = filter && (filter->graph || filter->about);
  NG_TRY(st, with_clause(&sql, filter));
  NG_TRY(st, ng_buf_puts(&sql, "SELECT x.c0, x.c1, x.c2, x.c3, x.c4"));
  for (int i = 0; i < NG_DUMP_COLS; i++)
    NG_TRY(st,
           ng_buf_printf(
             &sql, ", t%d.kind, t%d.value, t%d.lang, t%d.dt", i, i, i, i));
  NG_TRY(st, ng_buf_puts(&sql, " FROM ("));
  NG_TRY(st, inner_query(&sql, kind, filtered ? "src" : "quad", &order));
  NG_TRY(st, ng_buf_puts(&sql, ") x"));
  for (int i = 0; i < NG_DUMP_COLS; i++)
    NG_TRY(st,
           ng_buf_printf(&sql, " LEFT JOIN term t%d ON t%d.id=x.c%d", i, i, i));
  NG_TRY(st, ng_buf_printf(&sql, " ORDER BY %s", order));

  d = ng_calloc(1, sizeof *d);
  if (!d) {
    st = NG_ERR_NOMEM;
    goto done;
  }
  d->store    = store;
  d->distinct = kind == NG_DUMP_TRIPLES;
  NG_TRY(st, prepare(store, ng_buf_str(&sql), filter, &d->stmt));
  *out = d;
  d    = NULL;
done:
  ng_dump_free(d);
  ng_buf_free(&sql);
  if (st > NG_DONE && errmsg)
    *errmsg =
      ng_strdup(st == NG_ERR_NOMEM ? ng_strerror(st) : ng_store_errmsg(store));
  return st;
}

NgStatus
ng_dump_next(NgDump *d, NgDumpRow *row)
{
  sqlite3_stmt *q = d->stmt;
  if (d->done)
    return NG_DONE;
  for (;;) {
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) {
      d->done = 1;
      return NG_DONE;
    }
    if (rc != SQLITE_ROW)
      return ng_store_db_error(d->store, "reading the store");
    if (!d->distinct)
      break;
    NgId s = sqlite3_column_int64(q, 0), p = sqlite3_column_int64(q, 1),
         o = sqlite3_column_int64(q, 2);
    if (s != d->last[0] || p != d->last[1] || o != d->last[2]) {
      d->last[0] = s;
      d->last[1] = p;
      d->last[2] = o;
      break;
    }
  }
  for (int i = 0; i < NG_DUMP_COLS; i++) {
    int     c  = NG_DUMP_COLS + 4 * i;
    NgTerm *t  = &row->t[i];
    row->id[i] = sqlite3_column_int64(q, i);
    if (sqlite3_column_type(q, c) == SQLITE_NULL) {
      *t         = (NgTerm){ NG_TERM_NONE, NULL, NULL, NULL };
      row->id[i] = 0;
      continue;
    }
    t->kind     = (NgTermKind)sqlite3_column_int(q, c);
    t->value    = (const char *)sqlite3_column_text(q, c + 1);
    t->lang     = (const char *)sqlite3_column_text(q, c + 2);
    t->datatype = (const char *)sqlite3_column_text(q, c + 3);
  }
  return NG_OK;
}

void
ng_dump_free(NgDump *d)
{
  if (!d)
    return;
  sqlite3_finalize(d->stmt);
  ng_free(d);
}
