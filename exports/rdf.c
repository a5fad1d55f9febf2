/* exports/rdf.c -- `export`: the store (or a part of it, or the ontology)
   through the writers of exports/write.c and exports/graphml.c.

   The store is read through graph/dump.h: one SQL cursor whose rows bring
   their terms' strings, in index order, so export streams. Formats that
   keep graphs read quads graph by graph; triple formats read each distinct
   triple once, grouped by subject. */
#include "exports/rdf.h"

#include "exports/graphml.h"
#include "graph/buf.h"
#include "graph/dump.h"
#include "graph/vocab.h"

#include <stdlib.h>
#include <string.h>

#ifndef NG_DATA_DIR
#  define NG_DATA_DIR "data"
#endif

char *
ng_rdf_ontology_path(void)
{
  const char *env = getenv("NEWSGRAPH_DATA");
  NgBuf       b   = { 0 };
  ng_buf_printf(&b, "%s/ontology.ttl", env && *env ? env : NG_DATA_DIR);
  return ng_buf_take(&b);
}

static char *
message(const char *fmt, const char *arg)
{
  NgBuf b = { 0 };
  ng_buf_printf(&b, fmt, arg);
  return ng_buf_take(&b);
}

/* Copies the file at PATH to OUT byte for byte. */
static NgStatus
copy_file(const char *path, FILE *out, char **errmsg)
{
  FILE *f = fopen(path, "rb");
  if (!f) {
    *errmsg = message("%s: cannot open the ontology", path);
    return NG_ERR_IO;
  }
  char     buf[65536];
  size_t   n;
  NgStatus st = NG_OK;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0)
    if (fwrite(buf, 1, n, out) != n) {
      st = NG_ERR_IO;
      break;
    }
  if (ferror(f))
    st = NG_ERR_IO;
  fclose(f);
  if (!st && fflush(out))
    st = NG_ERR_IO;
  if (st)
    *errmsg = message("%s: copying failed", path);
  return st;
}

static NgStatus
to_writer(void         *ctx,
          const NgTerm *s,
          const NgTerm *p,
          const NgTerm *o,
          const NgTerm *g)
{
  return ng_rdf_writer_quad(ctx, s, p, o, g);
}

/* The ontology in FORMAT: the Turtle file as it is, or parsed and written
   again. */
static NgStatus
export_ontology(const char *format, FILE *out, char **errmsg)
{
  char        *path = ng_rdf_ontology_path();
  NgRdfWriter *w    = NULL;
  NgStatus     st   = NG_OK;
  if (!path)
    return NG_ERR_NOMEM;
  if (!strcmp(format, "turtle")) {
    st = copy_file(path, out, errmsg);
    ng_free(path);
    return st;
  }
  if (!strcmp(format, "graphml")) {
    *errmsg = ng_strdup("the ontology has no graphml form");
    ng_free(path);
    return NG_ERR_ARG;
  }
  NG_TRY(st, ng_rdf_writer_new(format, NULL, out, &w, errmsg));
  NG_TRY(st, ng_rdf_parse_file(path, NULL, to_writer, w, NULL, errmsg));
  if ((st = ng_rdf_writer_finish(w)))
    *errmsg = ng_strdup(ng_rdf_writer_errmsg(w));
done:
  ng_rdf_writer_free(w);
  ng_free(path);
  return st;
}

NgStatus
ng_rdf_export_opts(NgStore                  *store,
                   const NgRdfExportOptions *opt,
                   FILE                     *out,
                   char                    **errmsg)
{
  const char  *format = opt->format ? opt->format : "turtle";
  NgRdfWriter *w      = NULL;
  NgDump      *d      = NULL;
  char        *base   = NULL;
  NgStatus     st     = NG_OK;
  NgDumpRow    r;

  *errmsg = NULL;
  if (!ng_rdf_format_known(format)) {
    *errmsg = message("unknown format \"%s\"", format);
    return NG_ERR_ARG;
  }
  if (opt->ontology)
    return export_ontology(format, out, errmsg);
  if (!store) {
    *errmsg = ng_strdup("no store to export");
    return NG_ERR_ARG;
  }
  NG_TRY(st, ng_store_meta_get(store, "base", &base));
  NgDumpFilter filter = { opt->graph, opt->about, base };
  if (!strcmp(format, "graphml")) {
    st = ng_graphml_write(store, &filter, opt->network, out, errmsg);
    goto done;
  }
  int graphs = ng_rdf_format_has_graphs(format);
  NG_TRY(
    st,
    ng_dump_open(
      store, graphs ? NG_DUMP_QUADS : NG_DUMP_TRIPLES, &filter, &d, errmsg));
  NG_TRY(st, ng_rdf_writer_new(format, base, out, &w, errmsg));
  while ((st = ng_dump_next(d, &r)) == NG_OK) {
    if ((st = ng_rdf_writer_quad(
           w, &r.t[0], &r.t[1], &r.t[2], graphs ? &r.t[3] : NULL))) {
      *errmsg = message("%s", ng_rdf_writer_errmsg(w));
      goto done;
    }
  }
  if (st > NG_DONE) {
    *errmsg = ng_strdup(ng_store_errmsg(store));
    goto done;
  }
  if ((st = ng_rdf_writer_finish(w)))
    *errmsg = message("%s", ng_rdf_writer_errmsg(w));
done:
  ng_dump_free(d);
  ng_rdf_writer_free(w);
  ng_free(base);
  if (st > NG_DONE && !*errmsg)
    *errmsg = message("export failed: %s", ng_strerror(st));
  return st > NG_DONE ? st : NG_OK;
}

NgStatus
ng_rdf_export(NgStore *store, const char *format, FILE *out, char **errmsg)
{
  NgRdfExportOptions opt = { 0 };
  opt.format             = format;
  return ng_rdf_export_opts(store, &opt, out, errmsg);
}
