/* graph/dump.h -- cursors that read the store with each row's strings.

   Exports read millions of quads; looking each id up on its own costs four
   queries per quad. These cursors join the quad table with the term table
   in one SQLite statement, so every row arrives with its terms and SQLite
   streams them in index order: memory stays flat however large the store.
   The same cursors serve the subsets of `export --graph` and `--about`,
   and the networks the GraphML writer draws. */
#ifndef NG_DUMP_H
#define NG_DUMP_H

#include "graph/status.h"
#include "graph/store.h"
#include "graph/term.h"

typedef struct NgDump NgDump;

/* What a cursor reads. */
typedef enum {
  NG_DUMP_QUADS,    /* every quad, ordered by graph, subject, predicate,
                       object: t[0..3] = s p o g */
  NG_DUMP_TRIPLES,  /* distinct triples across graphs, ordered by subject,
                       predicate, object: t[0..2] = s p o */
  NG_DUMP_NODES,    /* persons, then events: t[0] the node, t[1] its class
                       (schema:Person or schema:Event), t[2] a label, t[3]
                       a start date, t[4] an event type; absent ones have
                       kind NG_TERM_NONE. Ordered by class then node; a
                       node stated in several graphs comes once per graph */
  NG_DUMP_ROLES,    /* event-person links: t[0] the event, t[1] the person,
                       t[2] the property (schema:attendee, ng:chair ...),
                       ordered by event only, repeats possible */
  NG_DUMP_COATTEND, /* persons at the same events: t[0] a person, t[1]
                       another (of greater id), t[2] an event both took
                       part in; ordered by t[0] only, repeats possible */
  NG_DUMP_PERSONS   /* as NG_DUMP_NODES, persons only */
} NgDumpKind;

/* A subset of the store; NULL fields do not restrict. */
typedef struct {
  /* Article graphs: a graph IRI, an IRI relative to the instance base
     ("article/x.txt/1"), or a source file name or path (every article of
     that file). */
  const char *graph;
  /* An entity and its neighbourhood: the IRI or a label (rdfs:label or
     skos:altLabel, any language). The subset holds every quad with the
     entity as subject or object, and the type, label and a few describing
     properties of each neighbour. */
  const char *about;
  /* The instance base used to resolve relative IRIs; NULL for the one
     the store keeps (or the default). */
  const char *base;
} NgDumpFilter;

/* One row. Strings are borrowed: valid until the next ng_dump_next(). */
typedef struct {
  NgTerm t[5];
  NgId   id[5]; /* the terms' ids, 0 when absent */
} NgDumpRow;

/* Open a cursor of KIND over the part of STORE that FILTER (NULL: all)
   selects. A --graph or --about that matches nothing gives
   NG_ERR_NOT_FOUND. On failure *errmsg (when ERRMSG is not NULL) says why;
   caller frees it with ng_free(). On NG_OK free *out with ng_dump_free(). */
NgStatus ng_dump_open(NgStore            *store,
                      NgDumpKind          kind,
                      const NgDumpFilter *filter,
                      NgDump            **out,
                      char              **errmsg);
/* NG_OK with the next row, NG_DONE at the end. */
NgStatus ng_dump_next(NgDump *d, NgDumpRow *row);
void     ng_dump_free(NgDump *d); /* NULL is a no-op */

#endif
