/* tests/unit/test_fault_intake.c -- bad input to intake and extraction:
   every seed and every crash the fuzzer found (fuzz/corpus/intake) is
   replayed through the fuzz harness, which checks the header contracts;
   the crashes found so far also have a test of their own. */
#include "fault.h"
#include "fuzz/fuzz_intake.c"
#include "test.h"

static void
test_replay_intake_corpus(void)
{
  assert(fault_replay("intake", LLVMFuzzerTestOneInput) >= 10);
}

/* Found by fuzz_intake: a file that is only a byte order mark decoded to
   no characters, and building its article read through a NULL offset map.
   It is now refused like an empty file. */
static void
test_bom_only_is_empty(void)
{
  static const char *const boms[] = {
    "\xFE\xFF", "\xFF\xFE", "\xEF\xBB\xBF", "\xEF\xBB\xBF\xEF\xBB\xBF"
  };
  NgIntake *in = NULL;
  assert(ng_intake_new(&in) == NG_OK);
  for (size_t i = 0; i < sizeof boms / sizeof *boms; i++) {
    NgDocument *doc = NULL;
    char       *msg = NULL;
    NgStatus    st  = ng_intake_bytes(
      in, "bom.txt", boms[i], strlen(boms[i]), NULL, &doc, &msg);
    assert(st == NG_ERR_TEXT);
    assert(doc == NULL);
    assert(msg && strstr(msg, "bom.txt") && strstr(msg, "empty"));
    ng_free(msg);
  }
  ng_intake_free(in);
}

int
main(void)
{
  RUN(test_replay_intake_corpus);
  RUN(test_bom_only_is_empty);
  if (store) { /* the harness's state, so leak checkers stay quiet */
    ng_store_close(store);
    ng_extractor_free(extractor);
    ng_intake_free(intake);
  }
  return 0;
}
