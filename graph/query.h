/* graph/query.h -- the relationship questions the shell answers.

   An NgQuery sits on an open store and answers with tables: who attended
   an event, what a person or organization took part in, a person's or an
   organization's profile, a department's timeline, the shortest chain
   between two entities, full-text search, the sentences behind a fact and
   raw quad patterns. Names are resolved by label, alternative label,
   simplified form and pinyin key; the keys and a trigram text index are
   kept in side tables that ng_query_index() brings up to date. Every value
   from the user reaches SQL as a bound parameter. */
#ifndef NG_QUERY_H
#define NG_QUERY_H

#include "graph/buf.h"
#include "graph/status.h"
#include "graph/store.h"
#include "graph/term.h"

#include <stddef.h>

/* ---------------------------------------------------------------- tables */

/* A result: a title, named columns and rows of UTF-8 cells. */
typedef struct NgTable NgTable;

/* A new table with NCOLS columns named COLS (copied). TITLE may be NULL.
   Free with ng_table_free(). */
NgStatus ng_table_new(const char        *title,
                      int                ncols,
                      const char *const *cols,
                      NgTable          **out);
void     ng_table_free(NgTable *t); /* NULL is a no-op */
/* What a cell holds, for the output modes that tell (JSON numbers). */
enum { NG_CELL_TEXT = 0, NG_CELL_NUMBER, NG_CELL_BOOLEAN, NG_CELL_NULL };
/* Append a row of ncols cells (copied; NULL is an empty cell). */
NgStatus ng_table_add(NgTable *t, const char *const *cells);
/* The same with the NG_CELL_* kind of each cell (KINDS may be NULL: text). */
NgStatus    ng_table_add_kinds(NgTable             *t,
                               const char *const   *cells,
                               const unsigned char *kinds);
int         ng_table_ncols(const NgTable *t);
size_t      ng_table_nrows(const NgTable *t);
const char *ng_table_title(const NgTable *t); /* "" when none */
const char *ng_table_col(const NgTable *t, int c);
const char *ng_table_cell(const NgTable *t, size_t r, int c); /* never NULL */
int         ng_table_cell_kind(const NgTable *t, size_t r, int c);

/* The answer of one command: one or more tables. Zero-initialise. */
typedef struct {
  NgTable **v;
  size_t    n, cap;
} NgTables;
/* Add T to the list, which then owns it (T is freed on failure). */
NgStatus ng_tables_take(NgTables *ts, NgTable *t);
void     ng_tables_free(NgTables *ts); /* frees the tables, keeps nothing */

/* ---------------------------------------------------------------- queries */

typedef struct NgQuery NgQuery;

/* Name keys: KEY gives the pinyin key of a text, SIMPLIFY its simplified
   form; both return strings the caller frees with ng_free(). */
typedef NgStatus (*NgTextFn)(void *ctx, const char *text, char **out);

/* A query context over STORE (borrowed; it must outlive the context). */
NgStatus ng_query_new(NgStore *store, NgQuery **out);
void     ng_query_free(NgQuery *q); /* NULL is a no-op */

/* Set the functions that make name keys (from extract/pinyin.h). Without
   them names match by exact label and label prefix only. */
void ng_query_set_keys(NgQuery *q, NgTextFn key, NgTextFn simplify, void *ctx);

/* Bring the name keys and the text index up to date with the store:
   incremental, fast when nothing changed. In a store opened for writing
   they are kept in the database; otherwise in temporary tables. */
NgStatus ng_query_index(NgQuery *q, int writable);

/* 1 when ng_query_index() has nothing to do. */
int ng_query_index_fresh(NgQuery *q);

/* Stop the running question: SQLite's running statement and the loops
   between statements. Safe from a signal handler. The flag stays up until
   ng_query_clear_interrupt(); meanwhile every question fails with
   "interrupted". */
void ng_query_interrupt(NgQuery *q);
void ng_query_clear_interrupt(NgQuery *q);
int  ng_query_interrupted(const NgQuery *q);

/* Detail of the last failure; borrowed. */
const char *ng_query_errmsg(const NgQuery *q);

/* Entity kinds, for filtering names. */
enum {
  NG_KIND_ANY    = 0,
  NG_KIND_PERSON = 1 << 0,
  NG_KIND_ORG    = 1 << 1,
  NG_KIND_EVENT  = 1 << 2,
  NG_KIND_PLACE  = 1 << 3,
  NG_KIND_POST   = 1 << 4,
  NG_KIND_OTHER  = 1 << 5
};

/* The English name of one NG_KIND_ value ("person", "organization", …);
   static storage. */
const char *ng_query_kind_name(int kind);

/* One entity a name may mean. */
typedef struct {
  NgId  id;
  int   kind;   /* one NG_KIND_ value */
  char *label;  /* owned */
  char *detail; /* owned: date and source for events, a post for persons */
} NgCandidate;

typedef struct {
  NgCandidate *v;
  size_t       n, cap;
} NgCandidates;
void ng_candidates_free(NgCandidates *c);

/* The entities NAME may mean, of the kinds in KINDS (0: any): an IRI in
   <>, a prefixed name (id:person/…), an exact label or altLabel (either
   character form), a label prefix, a pinyin key or its prefix. The first
   of these that gives anything wins. OUT is emptied first; no match
   leaves it empty and returns NG_OK. */
NgStatus ng_query_resolve(NgQuery      *q,
                          const char   *name,
                          int           kinds,
                          NgCandidates *out);

/* Up to MAX names of source files that PREFIX begins (export --graph
   FILE), in order; *out as ng_query_complete() gives it. */
NgStatus ng_query_complete_sources(NgQuery    *q,
                                   const char *prefix,
                                   size_t      max,
                                   char     ***out,
                                   size_t     *n);

/* Up to MAX labels that PREFIX (Chinese or pinyin) completes, for tab
   completion, of entities of KINDS (0: any). *out is an array of *n
   strings; free each and the array with ng_free(). */
NgStatus ng_query_complete(NgQuery    *q,
                           const char *prefix,
                           int         kinds,
                           size_t      max,
                           char     ***out,
                           size_t     *n);

/* The commands. Each appends its tables to OUT. */
NgStatus ng_query_attendees(NgQuery *q, NgId event, NgTables *out);
NgStatus ng_query_events(NgQuery *q, NgId who, NgTables *out);
NgStatus ng_query_person(NgQuery *q, NgId person, NgTables *out);
NgStatus ng_query_org(NgQuery *q, NgId org, NgTables *out);
/* FROM and TO are NULL or date prefixes (YYYY, YYYY-MM, YYYY-MM-DD). */
NgStatus ng_query_trace(NgQuery    *q,
                        NgId        org,
                        const char *from,
                        const char *to,
                        NgTables   *out);
/* NG_DONE when A and B are not connected. */
NgStatus ng_query_path(NgQuery *q, NgId a, NgId b, NgTables *out);
/* Every match, or the first ng_query_set_search_limit() ones with a title
   saying so when there are more. */
NgStatus ng_query_search(NgQuery *q, const char *text, NgTables *out);
/* The most rows search answers; 0 (the default): all. */
void ng_query_set_search_limit(NgQuery *q, long n);
/* P and O are 0 for any. */
NgStatus ng_query_why(NgQuery *q, NgId s, NgId p, NgId o, NgTables *out);
/* The facts with O as their object (P 0 for any), a row naming the
   subject: what points at an entity (the events a person chaired). */
NgStatus ng_query_why_object(NgQuery *q, NgId o, NgId p, NgTables *out);
/* Quads matching ids (0 = any); UNKNOWN: a bound term is not in the store,
   so nothing matches. */
NgStatus ng_query_find(NgQuery *q, const NgId pat[4], NgTables *out);

/* ---------------------------------------------------------------- terms */

/* Parse one term as the shell writes it: <iri>, prefix:local (the
   ONTOLOGY.md prefixes, id: for the store's base), _:blank, "literal",
   "literal"@lang or "literal"^^prefix:type, a bare number. On a syntax
   error *bad is the byte offset of the bad part and *errmsg says what
   (caller frees). On NG_OK *out is a copy (ng_free()). */
NgStatus ng_query_parse_term(NgQuery    *q,
                             const char *text,
                             NgTerm    **out,
                             size_t     *bad,
                             char      **errmsg);

/* The id of a predicate written as a prefixed name, an <IRI> or a bare
   local name of a known vocabulary ("chair" is ng:chair). NG_ERR_NOT_FOUND
   when the store has no such term. */
NgStatus ng_query_predicate(NgQuery *q, const char *text, NgId *out);

/* Append TERM to B as the shell shows it: IRIs with the prefixes above,
   literals as "text"@lang or "text"^^prefix:type. */
NgStatus ng_query_format_term(NgQuery *q, const NgTerm *term, NgBuf *b);

/* Whether ng_query_format_cell() writes terms plain: IRIs whole and
   literals as their text, for CSV and JSON output (off: as
   ng_query_format_term()). */
void ng_query_set_plain_terms(NgQuery *q, int plain);

/* Append TERM to B as a result cell (a SPARQL binding, a quad's term) and
   set *KIND (NG_CELL_*): plain or as ng_query_format_term(), see
   ng_query_set_plain_terms(); NG_TERM_NONE (unbound) is NG_CELL_NULL when
   plain. */
NgStatus ng_query_format_cell(NgQuery       *q,
                              const NgTerm  *term,
                              NgBuf         *b,
                              unsigned char *kind);

/* The same for term id ID. */
NgStatus ng_query_format_id(NgQuery *q, NgId id, NgBuf *b);

/* The prefixes, as "PREFIX p: <iri> " lines for SPARQL; static storage
   except for the id: line, which follows the store's base. Caller frees. */
char *ng_query_sparql_prefixes(NgQuery *q);

#endif
