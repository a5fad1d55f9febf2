/* graph/store.h -- the quad store over one SQLite connection.

   Terms are interned in a dictionary; quads are four term ids, indexed so
   that every pattern with a bound position is served by an index. Each
   article is a named graph; its sentences and the provenance of each fact
   are kept beside the quads. Text is UTF-8. */
#ifndef NG_STORE_H
#define NG_STORE_H

#include "graph/status.h"
#include "graph/term.h"

#include <stddef.h>

typedef struct NgStore NgStore;
typedef struct NgIter  NgIter;
typedef long long      NgId; /* a term id; 0 means none / wildcard */

#define NG_SCHEMA_VERSION 2

enum {
  NG_STORE_READ   = 0,      /* open an existing database */
  NG_STORE_WRITE  = 1 << 0, /* open for writing */
  NG_STORE_CREATE = 1 << 1  /* create the file if missing (implies write) */
};

/* Open PATH. A missing file (without NG_STORE_CREATE), a file that is not
   SQLite, not newsgraph's, or of a newer schema fails; *errmsg then gets a
   one-line message naming PATH (caller frees with ng_free()). On NG_OK *out
   owns the store: close it with ng_store_close(). */
NgStatus ng_store_open(const char *path,
                       int         flags,
                       NgStore   **out,
                       char      **errmsg);
void     ng_store_close(NgStore *store); /* NULL is a no-op */

/* Detail of the last failure on STORE; borrowed, valid until the next call. */
const char *ng_store_errmsg(const NgStore *store);
const char *ng_store_path(const NgStore *store);

/* Transactions. begin/commit nest: only the outermost pair touches SQLite.
   Savepoints give one article its own all-or-nothing unit. */
NgStatus ng_store_begin(NgStore *store);
NgStatus ng_store_commit(NgStore *store);
NgStatus ng_store_rollback(NgStore *store);
NgStatus ng_store_savepoint(NgStore *store);
NgStatus ng_store_release(NgStore *store);
NgStatus ng_store_rollback_savepoint(NgStore *store);

/* The id of TERM; with CREATE, interned when new. Without CREATE an unknown
   term gives NG_ERR_NOT_FOUND. */
NgStatus ng_store_term_id(NgStore      *store,
                          const NgTerm *term,
                          int           create,
                          NgId         *out);
/* The term of ID; caller frees *out with ng_free(). */
NgStatus ng_store_term(NgStore *store, NgId id, NgTerm **out);

/* The store keeps the terms it has looked up in memory (term to id for
   interning, id to term for reading); rollbacks empty it. Code that
   deletes or renumbers terms through SQL directly calls this after. */
void ng_store_forget_terms(NgStore *store);

/* Add a quad (a no-op when present). G is the named graph. */
NgStatus ng_store_add(NgStore      *store,
                      const NgTerm *s,
                      const NgTerm *p,
                      const NgTerm *o,
                      const NgTerm *g);
NgStatus ng_store_add_ids(NgStore *store, NgId s, NgId p, NgId o, NgId g);

/* Remove every quad, sentence and provenance row of graph G. */
NgStatus ng_store_clear_graph(NgStore *store, NgId g);
/* The id of graph name TERM (interned when new), emptied as by
   ng_store_clear_graph(): the start of a graph written anew. A name
   interned just now has nothing to clear, which saves a new build the
   deletes. */
NgStatus ng_store_graph_anew(NgStore *store, const NgTerm *term, NgId *g);

/* A bulk write (build, load) starts with ng_store_bulk_begin(), outside
   its transactions: into an empty store, the quad table's secondary
   orders are dropped, to be made at the end by sorting, which is several
   times cheaper than inserting into them quad by quad; a store that lacks
   them (a bulk write killed before its end) gets them back. It ends with
   ng_store_bulk_end(), whether the write succeeded or not, which makes
   any order missing. In between, reads are right but slower. */
NgStatus ng_store_bulk_begin(NgStore *store);
NgStatus ng_store_bulk_end(NgStore *store);

/* Iterate the quads matching a pattern of ids (0 = any). */
NgStatus ng_store_match(NgStore *store,
                        NgId     s,
                        NgId     p,
                        NgId     o,
                        NgId     g,
                        NgIter **out);
/* The same with terms; NULL or NG_TERM_NONE is a wildcard. A bound term
   the store does not know gives an empty iterator. */
NgStatus ng_store_match_terms(NgStore      *store,
                              const NgTerm *s,
                              const NgTerm *p,
                              const NgTerm *o,
                              const NgTerm *g,
                              NgIter      **out);
/* NG_OK with the next quad in QUAD (s, p, o, g), NG_DONE at the end. */
NgStatus ng_iter_next(NgIter *it, NgId quad[4]);
void     ng_iter_free(NgIter *it); /* NULL is a no-op */

NgStatus ng_store_count(NgStore   *store,
                        NgId       s,
                        NgId       p,
                        NgId       o,
                        NgId       g,
                        long long *out);

/* Every distinct triple (s, p, o) across graphs, quad[3] = 0; in the order
   of the s-p-o index, streaming. */
NgStatus ng_store_triples(NgStore *store, NgIter **out);

/* The distinct graph names, one per call of ng_iter_next() in quad[3]. */
NgStatus ng_store_graphs(NgStore *store, NgIter **out);

/* ---------------------------------------------------------------- sources,
   articles, sentences, provenance */

/* Record the source file PATH (its base name NAME) and forget everything
   stored from an earlier build of it, so a rebuild replaces it. */
NgStatus ng_store_source_begin(NgStore    *store,
                               const char *path,
                               const char *name,
                               long long   bytes,
                               const char *encoding,
                               NgId       *source_id);
/* 1 in *done when PATH was stored before with the same size and hash. */
NgStatus ng_store_source_seen(NgStore    *store,
                              const char *path,
                              long long   bytes,
                              const char *hash,
                              int        *done);
NgStatus ng_store_source_finish(NgStore    *store,
                                NgId        source_id,
                                const char *hash);

/* Register article graph G (its IRI's term id) of SOURCE at PART. */
NgStatus ng_store_article(NgStore    *store,
                          NgId        g,
                          NgId        source,
                          int         part,
                          const char *headline);

/* Store sentence INDEX of article G: its text and its character span in the
   source file. */
NgStatus ng_store_sentence(NgStore    *store,
                           NgId        g,
                           long        index,
                           long        start,
                           long        end,
                           const char *text);

/* Add FACTS to graph G, interning terms, with their provenance. */
NgStatus ng_store_add_facts(NgStore *store, NgId g, const NgFacts *facts);

/* Provenance of one quad: source file name, article part, sentence text and
   the character span in the file. Each call of the callback is one row;
   a non-zero return stops. */
typedef int (*NgProvFn)(void       *ctx,
                        NgId        g,
                        const char *file,
                        int         part,
                        const char *sentence,
                        long        start,
                        long        end);
NgStatus ng_store_provenance(NgStore *store,
                             NgId     s,
                             NgId     p,
                             NgId     o,
                             NgId     g,
                             NgProvFn fn,
                             void    *ctx);

/* Settings kept in the database (base IRI and the like). *out is NULL when
   unset; caller frees with ng_free(). */
NgStatus ng_store_meta_get(NgStore *store, const char *key, char **out);
NgStatus ng_store_meta_set(NgStore *store, const char *key, const char *value);

/* Figures for `stats`. */
typedef struct {
  long long quads, terms, graphs, sources, articles, sentences;
} NgStoreStats;
NgStatus ng_store_stats(NgStore *store, NgStoreStats *out);

#endif
