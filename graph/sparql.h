/* graph/sparql.h -- SPARQL 1.1 over the store, through rasqal.

   rasqal parses and evaluates the query; the store is its triples source,
   so each triple pattern becomes one indexed quad look-up. The default
   graph is the union of the article graphs; GRAPH patterns match the
   article graphs by name. The ONTOLOGY.md prefixes and id: are declared
   before the query. */
#ifndef NG_SPARQL_H
#define NG_SPARQL_H

#include "graph/query.h"
#include "graph/store.h"

typedef struct NgSparql NgSparql;

/* A SPARQL engine over STORE, formatting terms through Q (both borrowed;
   they must outlive it). Free with ng_sparql_free(). */
NgStatus ng_sparql_new(NgStore *store, NgQuery *q, NgSparql **out);
void     ng_sparql_free(NgSparql *sp); /* NULL is a no-op */

/* Run QUERY (SELECT, ASK, CONSTRUCT or DESCRIBE) and append its answer to
   OUT: SELECT gives one column per variable, ASK one cell "true" or
   "false", CONSTRUCT and DESCRIBE the triples s, p, o. A malformed query
   gives NG_ERR_SYNTAX with *errmsg (caller frees) and *line and *col, the
   place in QUERY (from 1; 0 when rasqal gives none). */
NgStatus ng_sparql_run(NgSparql   *sp,
                       const char *query,
                       NgTables   *out,
                       char      **errmsg,
                       int        *line,
                       int        *col);

#endif
