/* tests/unit/test_headers.c -- every public header compiles on its own.

   The Makefile compiles this file once per header with -DNG_HEADER, so a
   header that leans on an include it does not make fails the build. The
   default build includes them all, in an order that would hide nothing. */
#include "exports/rdf.h"
#include "extract/build.h"
#include "extract/entity.h"
#include "extract/event.h"
#include "extract/extract.h"
#include "extract/intake.h"
#include "extract/iri.h"
#include "extract/lexicon.h"
#include "extract/mention.h"
#include "graph/buf.h"
#include "graph/status.h"
#include "graph/store.h"
#include "graph/term.h"
#include "graph/vocab.h"
#include "shell/shell.h"
#include "test.h"

/* Each status has a message of its own: ng_strerror() has no default. */
static void
test_every_status_has_a_message(void)
{
  for (int s = NG_OK; s <= NG_ERR_INTERNAL; s++) {
    const char *m = ng_strerror((NgStatus)s);
    assert(m && *m && strcmp(m, "unknown status"));
  }
}

static void
test_free_null(void)
{
  ng_free(NULL);
  ng_buf_free(NULL);
  ng_facts_free(NULL);
  ng_mentions_free(NULL);
  ng_store_close(NULL);
  ng_iter_free(NULL);
  ng_intake_free(NULL);
  ng_document_free(NULL);
  ng_extractor_free(NULL);
  ng_events_free(NULL);
  ng_shell_free(NULL);
}

int
main(void)
{
  RUN(test_every_status_has_a_message);
  RUN(test_free_null);
  return 0;
}
