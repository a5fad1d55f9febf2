/* exports/rdf.h -- RDF out of the store (and in) through raptor2.

   Out: Turtle, N-Triples, N-Quads, RDF/JSON, JSON-LD and DOT are written
   here, streaming, with Chinese left as UTF-8; RDF/XML goes through
   raptor2's serializer; GraphML draws the people-events network. In:
   raptor2's parsers (Turtle, N-Triples, N-Quads, RDF/XML, TriG, RDF/JSON)
   into the store, one file all or nothing. */
#ifndef NG_RDF_H
#define NG_RDF_H

#include "graph/store.h"
#include "graph/term.h"

#include <stdio.h>

/* The formats of `export -f`, in the order `--help` lists them. */
extern const char *const ng_rdf_formats[];

/* 1 when NAME is a format ng_rdf_export() writes. */
int ng_rdf_format_known(const char *name);

/* 1 when FORMAT keeps named graphs (nquads, jsonld). */
int ng_rdf_format_has_graphs(const char *format);

/* ---------------------------------------------------------------- export */

/* Which network -f graphml draws. */
typedef enum {
  NG_RDF_NET_EVENTS = 0, /* persons and events, an edge per attendance with
                            its roles */
  NG_RDF_NET_PEOPLE = 1  /* persons, an edge per pair at the same events,
                            weighted by how many */
} NgRdfNetwork;

typedef struct {
  const char *format;    /* a name of ng_rdf_formats; NULL for turtle */
  const char *graph;     /* NULL, or only these article graphs: an IRI, an
                            IRI under the instance base ("article/x.txt/1"),
                            or a source file name (all its articles) */
  const char *about;     /* NULL, or only this entity (IRI or label) and its
                            neighbourhood */
  int          ontology; /* write the ontology instead of the store */
  NgRdfNetwork network;  /* for graphml */
} NgRdfExportOptions;

/* Write the part of STORE that OPT selects to OUT. Triple formats merge the
   graphs (each triple once). STORE may be NULL with OPT->ontology. On
   failure *errmsg says why; caller frees with ng_free(). */
NgStatus ng_rdf_export_opts(NgStore                  *store,
                            const NgRdfExportOptions *opt,
                            FILE                     *out,
                            char                    **errmsg);

/* Write every quad of STORE to OUT in FORMAT: ng_rdf_export_opts() with
   only the format set. */
NgStatus ng_rdf_export(NgStore    *store,
                       const char *format,
                       FILE       *out,
                       char      **errmsg);

/* The path of the ontology (Turtle) the program reads: NEWSGRAPH_DATA or
   the data folder, then "/ontology.ttl". Caller frees with ng_free(). */
char *ng_rdf_ontology_path(void);

/* ---------------------------------------------------------------- writer */

/* A streaming writer of quads in one RDF format, for results that do not
   come from the store as a whole (the shell's query results). Turtle,
   RDF/JSON and JSON-LD group consecutive statements of one subject; other
   orders stay correct, only less compact. graphml has no writer. */
typedef struct NgRdfWriter NgRdfWriter;

/* A writer of FORMAT to OUT. BASE is the instance base for the id: prefix
   (NULL: the default). On NG_OK free *w with ng_rdf_writer_free() after
   ng_rdf_writer_finish(); on failure *errmsg says why (caller frees). */
NgStatus ng_rdf_writer_new(const char   *format,
                           const char   *base,
                           FILE         *out,
                           NgRdfWriter **w,
                           char        **errmsg);
/* Write one statement; G NULL (or NG_TERM_NONE) is the default graph.
   Triple formats ignore G. */
NgStatus ng_rdf_writer_quad(NgRdfWriter  *w,
                            const NgTerm *s,
                            const NgTerm *p,
                            const NgTerm *o,
                            const NgTerm *g);
/* Close what is open (brackets, the last statement) and flush. */
NgStatus ng_rdf_writer_finish(NgRdfWriter *w);
/* Detail of the last failure; borrowed. */
const char *ng_rdf_writer_errmsg(const NgRdfWriter *w);
void        ng_rdf_writer_free(NgRdfWriter *w); /* NULL is a no-op */

/* ---------------------------------------------------------------- parse */

/* Called with each statement parsed; G is NULL for a triple. The terms are
   borrowed for the call. A status past NG_DONE stops the parse. */
typedef NgStatus (*NgRdfStatementFn)(void         *ctx,
                                     const NgTerm *s,
                                     const NgTerm *p,
                                     const NgTerm *o,
                                     const NgTerm *g);

typedef struct {
  const char *syntax;       /* a raptor2 parser name (turtle, ntriples,
                               nquads, rdfxml, trig, json); NULL: from the
                               file's extension, else raptor2's guess */
  const char *bnode_prefix; /* labels of anonymous blank nodes start so */
  /* Called with each warning ("PATH:LINE:COL: text"); NULL ignores them. */
  void (*on_warning)(void *ctx, const char *msg);
  void *ctx; /* for on_warning */
  /* Called with the file's URI (the base of relative IRIs) before the
     first statement, with the CTX of the statements; may be NULL. */
  void (*on_base)(void *ctx, const char *uri);
} NgRdfParseOptions;

/* Parse PATH through raptor2, calling FN with each statement. Language tags
   come in BCP 47 case (zh-Hant), xsd:string literals as simple ones. On
   failure *errmsg says "PATH:LINE:COL: what" (caller frees); *count (when
   not NULL) gets the number of statements passed to FN. OPT may be NULL. */
NgStatus ng_rdf_parse_file(const char              *path,
                           const NgRdfParseOptions *opt,
                           NgRdfStatementFn         fn,
                           void                    *ctx,
                           long long               *count,
                           char                   **errmsg);

/* ---------------------------------------------------------------- load */

/* The RDF syntax a file's name says (.ttl turtle, .nt ntriples, .nq
   nquads, .rdf .owl .xml rdfxml, .trig, .json .rj RDF/JSON, .jsonld,
   which load refuses), as load reads it; NULL for any other name. */
const char *ng_rdf_syntax_of_name(const char *path);

typedef struct {
  const char *syntax; /* a raptor2 parser name (turtle, ntriples, nquads,
                         rdfxml, trig, json); NULL: from the file's
                         extension, else raptor2's guess */
  const char *graph;  /* graph IRI for triples; NULL: the file's URI */
  /* Called with each warning ("FILE:LINE:COL: text"); NULL ignores them. */
  void (*on_warning)(void *ctx, const char *msg);
  void *ctx;
} NgRdfLoadOptions;

/* Parse the RDF file PATH into STORE (see ng_rdf_parse_file()). Triples
   go into OPT->graph (or the graph named by the file's URI, file:///...);
   quads keep their graph. Blank node labels are kept as written; anonymous
   nodes get labels unique to this load. The file is one savepoint: on any error
   nothing of it stays, and *errmsg says "PATH:LINE:COL: what" (caller frees).
   *count (when not NULL) gets the number of statements read. OPT may be NULL.
 */
NgStatus ng_rdf_load_opts(NgStore                *store,
                          const char             *path,
                          const NgRdfLoadOptions *opt,
                          long long              *count,
                          char                  **errmsg);

/* ng_rdf_load_opts() with no options. */
NgStatus ng_rdf_load(NgStore *store, const char *path, char **errmsg);

#endif
