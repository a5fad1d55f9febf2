/* extract/build.h -- extract files and folders into a store, as a batch. */
#ifndef NG_BUILD_H
#define NG_BUILD_H

#include "extract/extract.h"
#include "extract/intake.h"
#include "graph/buf.h"
#include "graph/store.h"

#include <stdio.h>

typedef struct {
  long      files;    /* files stored */
  long      skipped;  /* files unchanged since they were stored */
  long      failed;   /* files reported and left out */
  long      articles; /* articles stored */
  long long quads;    /* facts stated (before duplicates collapse) */
  long long bytes;    /* input bytes read */
  long      total_files;
  long long total_bytes;
} NgBuildStats;

#define NG_BUILD_BATCH 1024

typedef struct {
  NgIntakeOptions intake;
  int             force; /* re-extract files stored before even if unchanged */
  /* Threads that read and extract files (whole files each) while one
     writer stores them in file order; 0 or 1: everything in the calling
     thread. The results are the same for any number. Extra threads make
     their own extractors from DATA_DIR and BASE (NULL: the defaults),
     which must be what EX was made with. */
  int jobs;
  /* Files per transaction (0: NG_BUILD_BATCH): a crash or a failing
     store loses at most the open batch; bigger batches write hot index
     pages fewer times. */
  int         batch;
  const char *data_dir;
  const char *base;
  /* Called with a one-line message for each file that fails. */
  void (*on_error)(void *ctx, const char *msg);
  /* Called after each file, for progress reports. */
  void (*on_progress)(void *ctx, const NgBuildStats *stats);
  void *ctx;
} NgBuildOptions;

/* Extract PATHS (files, or folders walked recursively for text files) into
   STORE. Each file is stored whole or not at all; a failing file is
   reported through on_error and the batch goes on. Returns NG_OK when every
   file was stored, NG_DONE when some failed, an error when the store
   itself failed. */
NgStatus ng_build_paths(NgStore              *store,
                        NgExtractor          *ex,
                        NgIntake             *in,
                        char *const          *paths,
                        int                   n_paths,
                        const NgBuildOptions *opt,
                        NgBuildStats         *stats);

/* The same extraction without a store: write the facts of every article
   to OUT as N-Quads, one named graph per article, each quad once per
   graph, files in the order ng_build_paths() takes them. Nothing is
   skipped as unchanged (opt->force does not matter). Returns as
   ng_build_paths() does; NG_ERR_IO when OUT fails. */
NgStatus ng_build_nquads(NgExtractor          *ex,
                         NgIntake             *in,
                         char *const          *paths,
                         int                   n_paths,
                         const NgBuildOptions *opt,
                         FILE                 *out,
                         NgBuildStats         *stats);

/* Write one N-Quads statement (S P O G .\n; G NULL or NG_TERM_NONE for the
   default graph) to B, escaped as N-Quads wants. */
NgStatus ng_build_nquad(NgBuf        *b,
                        const NgTerm *s,
                        const NgTerm *p,
                        const NgTerm *o,
                        const NgTerm *g);

/* Store DOC (already read) into STORE, replacing an earlier build of the
   same file. */
NgStatus ng_build_document(NgStore          *store,
                           NgExtractor      *ex,
                           const NgDocument *doc,
                           NgBuildStats     *stats);

#endif
