/* exports/rdf.h -- RDF out of the store (and in) through raptor2. */
#ifndef NG_RDF_H
#define NG_RDF_H

#include <stdio.h>

#include "graph/store.h"

/* The formats of `export -f`, in the order `--help` lists them. */
extern const char *const ng_rdf_formats[];

/* 1 when NAME is a format ng_rdf_export() writes. */
int ng_rdf_format_known(const char *name);

/* Write every quad of STORE to OUT in FORMAT (turtle, ntriples, nquads,
   rdfxml, json, dot). Triple formats merge the graphs. On failure *errmsg
   says why; caller frees with ng_free(). */
NgStatus ng_rdf_export(NgStore *store, const char *format, FILE *out,
                       char **errmsg);

#endif
