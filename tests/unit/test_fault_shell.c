/* tests/unit/test_fault_shell.c -- bad command lines: every seed and every
   crash the fuzzer found (fuzz/corpus/shell) goes through the fuzz harness,
   which runs each line with ng_shell_exec() on a fresh copy of a small
   database. */
#include "fault.h"
#include "fuzz/fuzz_shell.c"
#include "test.h"

static void
test_replay_shell_corpus(void)
{
  assert(fault_replay("shell", LLVMFuzzerTestOneInput) >= 10);
}

int
main(void)
{
  RUN(test_replay_shell_corpus);
  tidy();
  fclose(devnull);
  ng_free(pristine);
  if (chdir("/") == 0)
    rmdir(work_dir);
  return 0;
}
