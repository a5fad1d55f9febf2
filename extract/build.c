/* extract/build.c -- the batch driver: walk, read, extract, store. */
#include "extract/build.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "graph/buf.h"

/* A list of file paths to build, gathered before the work starts so that
   progress can say how much is left. */
typedef struct {
  char     **v;
  long long *bytes;
  size_t     n, cap;
} PathList;

static NgStatus
list_add(PathList *l, const char *path, long long bytes)
{
  if (l->n == l->cap) {
    size_t     cap = l->cap ? l->cap * 2 : 64;
    char     **v   = ng_realloc(l->v, cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    l->v       = v;
    long long *b = ng_realloc(l->bytes, cap * sizeof *b);
    if (!b)
      return NG_ERR_NOMEM;
    l->bytes = b;
    l->cap   = cap;
  }
  if (!(l->v[l->n] = ng_strdup(path)))
    return NG_ERR_NOMEM;
  l->bytes[l->n++] = bytes;
  return NG_OK;
}

static void
list_free(PathList *l)
{
  for (size_t i = 0; i < l->n; i++)
    ng_free(l->v[i]);
  ng_free(l->v);
  ng_free(l->bytes);
}

static int
cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files in a folder that are worth reading: text files by extension, and
   files without one; hidden files and gold answers are skipped. */
static int
wanted(const char *name)
{
  if (name[0] == '.')
    return 0;
  const char *dot = strrchr(name, '.');
  if (!dot)
    return 1;
  static const char *const ext[] = {".txt", ".text"};
  for (size_t i = 0; i < sizeof ext / sizeof *ext; i++)
    if (!strcmp(dot, ext[i]))
      return 1;
  return 0;
}

static void
report(const NgBuildOptions *opt, const char *msg)
{
  if (opt && opt->on_error)
    opt->on_error(opt->ctx, msg);
}

static NgStatus
walk(const char *path, int top, PathList *l, const NgBuildOptions *opt,
     NgBuildStats *stats)
{
  struct stat sb;
  if (stat(path, &sb) != 0) {
    NgBuf m = {0};
    ng_buf_printf(&m, "%s: %s", path, strerror(errno));
    report(opt, ng_buf_str(&m));
    ng_buf_free(&m);
    stats->failed++;
    return NG_OK;
  }
  if (!S_ISDIR(sb.st_mode)) {
    if (!top && !S_ISREG(sb.st_mode))
      return NG_OK;
    return list_add(l, path, (long long)sb.st_size);
  }
  DIR *d = opendir(path);
  if (!d) {
    NgBuf m = {0};
    ng_buf_printf(&m, "%s: %s", path, strerror(errno));
    report(opt, ng_buf_str(&m));
    ng_buf_free(&m);
    stats->failed++;
    return NG_OK;
  }
  PathList       sub = {0};
  struct dirent *e;
  NgStatus       st = NG_OK;
  while ((e = readdir(d))) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
      continue;
    NgBuf p = {0};
    ng_buf_printf(&p, "%s%s%s", path,
                  path[strlen(path) - 1] == '/' ? "" : "/", e->d_name);
    struct stat cs;
    if (!p.data)
      st = NG_ERR_NOMEM;
    else if (stat(p.data, &cs) == 0 &&
             (S_ISDIR(cs.st_mode) || wanted(e->d_name)))
      st = list_add(&sub, p.data, 0);
    ng_buf_free(&p);
    if (st)
      break;
  }
  closedir(d);
  if (!st) {
    qsort(sub.v, sub.n, sizeof *sub.v, cmp_str);
    for (size_t i = 0; i < sub.n && !st; i++)
      st = walk(sub.v[i], 0, l, opt, stats);
  }
  list_free(&sub);
  return st;
}

NgStatus
ng_build_document(NgStore *store, NgExtractor *ex, const NgDocument *doc,
                  NgBuildStats *stats)
{
  NgStatus st    = NG_OK;
  NgId     src   = 0;
  NgFacts  facts = {0};
  char    *iri   = NULL;
  NG_TRY(st, ng_store_source_begin(store, doc->path, doc->name, doc->bytes,
                                   doc->encoding, &src));
  for (size_t i = 0; i < doc->n_articles; i++) {
    const NgArticle *a = &doc->articles[i];
    NgId             g;
    ng_facts_clear(&facts);
    NG_TRY(st, ng_extract_article(ex, doc, a, &facts));
    ng_free(iri);
    if (!(iri = ng_extract_article_iri(ex, doc, a))) {
      st = NG_ERR_NOMEM;
      goto done;
    }
    NgTerm gt = ng_iri(iri);
    NG_TRY(st, ng_store_term_id(store, &gt, 1, &g));
    /* The same article IRI from another file is replaced, not merged. */
    NG_TRY(st, ng_store_clear_graph(store, g));
    NG_TRY(st, ng_store_article(store, g, src, a->part, a->headline));
    for (size_t k = 0; k < a->n_sentences; k++) {
      const NgRange *r = &a->sentences[k];
      char *text = ng_strndup(a->text + r->start, r->end - r->start);
      if (!text) {
        st = NG_ERR_NOMEM;
        goto done;
      }
      st = ng_store_sentence(store, g, (long)k, a->offset[r->start],
                             a->offset[r->end], text);
      ng_free(text);
      if (st)
        goto done;
    }
    NG_TRY(st, ng_store_add_facts(store, g, &facts));
    if (stats) {
      stats->articles++;
      stats->quads += (long long)facts.n;
    }
  }
  NG_TRY(st, ng_store_source_finish(store, src, doc->hash));
done:
  ng_free(iri);
  ng_facts_free(&facts);
  return st;
}

NgStatus
ng_build_paths(NgStore *store, NgExtractor *ex, NgIntake *in,
               char *const *paths, int n_paths, const NgBuildOptions *opt,
               NgBuildStats *stats)
{
  PathList l  = {0};
  NgStatus st = NG_OK;
  memset(stats, 0, sizeof *stats);
  for (int i = 0; i < n_paths && !st; i++)
    st = walk(paths[i], 1, &l, opt, stats);
  if (st) {
    list_free(&l);
    return st;
  }
  stats->total_files = (long)l.n;
  for (size_t i = 0; i < l.n; i++)
    stats->total_bytes += l.bytes[i];

  int in_tx = 0;
  for (size_t i = 0; i < l.n; i++) {
    NgDocument *doc = NULL;
    char       *msg = NULL;
    NgStatus    rs  = ng_intake_file(in, l.v[i], &opt->intake, &doc, &msg);
    if (rs) {
      report(opt, msg ? msg : ng_strerror(rs));
      ng_free(msg);
      stats->failed++;
      stats->bytes += l.bytes[i];
      if (opt->on_progress)
        opt->on_progress(opt->ctx, stats);
      continue;
    }
    stats->bytes += doc->bytes;
    int seen = 0;
    if (!opt->force &&
        (st = ng_store_source_seen(store, doc->path, doc->bytes, doc->hash,
                                   &seen))) {
      ng_document_free(doc);
      break;
    }
    if (seen) {
      stats->skipped++;
      ng_document_free(doc);
      if (opt->on_progress)
        opt->on_progress(opt->ctx, stats);
      continue;
    }
    /* A batch of files per transaction, a savepoint per file: a failure
       loses only that file, a crash only the open batch. */
    if (!in_tx) {
      if ((st = ng_store_begin(store))) {
        ng_document_free(doc);
        break;
      }
      in_tx = 1;
    }
    if ((st = ng_store_savepoint(store))) {
      ng_document_free(doc);
      break;
    }
    NgBuildStats before = *stats;
    rs = ng_build_document(store, ex, doc, stats);
    if (rs) {
      NgBuf m = {0};
      ng_buf_printf(&m, "%s: %s: %s", doc->path, ng_strerror(rs),
                    rs == NG_ERR_DB ? ng_store_errmsg(store) : "not stored");
      report(opt, ng_buf_str(&m));
      ng_buf_free(&m);
      *stats = before;
      stats->failed++;
      if ((st = ng_store_rollback_savepoint(store))) {
        ng_document_free(doc);
        break;
      }
      if (rs == NG_ERR_NOMEM || rs == NG_ERR_DB) {
        /* The store itself is in trouble (disk full, I/O): stop here and
           keep what is committed. */
        st = rs;
        ng_document_free(doc);
        break;
      }
    } else {
      if ((st = ng_store_release(store))) {
        ng_document_free(doc);
        break;
      }
      stats->files++;
    }
    ng_document_free(doc);
    if (stats->files % 64 == 0 && in_tx) {
      if ((st = ng_store_commit(store)))
        break;
      in_tx = 0;
    }
    if (opt->on_progress)
      opt->on_progress(opt->ctx, stats);
  }
  if (in_tx) {
    if (st)
      ng_store_rollback(store);
    else
      st = ng_store_commit(store);
  }
  list_free(&l);
  if (st)
    return st;
  return stats->failed ? NG_DONE : NG_OK;
}
