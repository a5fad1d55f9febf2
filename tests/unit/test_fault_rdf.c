/* tests/unit/test_fault_rdf.c -- malformed RDF into the store: every seed
   and every crash the fuzzer found (fuzz/corpus/rdf) goes through the fuzz
   harness, which checks that a failed load leaves nothing and says why in
   one line; the crashes found so far also have a test of their own. */
#include "fault.h"
#include "fuzz/fuzz_rdf.c"
#include "test.h"

static void
test_replay_rdf_corpus(void)
{
  assert(fault_replay("rdf", LLVMFuzzerTestOneInput) >= 10);
}

/* Found by fuzz_rdf: libxml2 and yajl messages run over two lines
   ("Input is not proper UTF-8, indicate encoding !\nBytes: 0x95 ..."); a
   load error is one line naming the file, and the store is untouched. */
static void
test_parser_messages_are_one_line(void)
{
  static const char *const bad[][2] = {
    { "rdfxml",
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax"
      "-ns#\"><rdf:Description rdf:about=\"http:\x95//x\"><" },
    { "json", "{\"http://example.org/s\":{\"http://example.org/p\"T@x" },
    { "turtle", "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ;\n" },
    { "ntriples", "<http://example.org/s> <http://example.org/p> \"x .\n" },
  };
  if (!store)
    setup();
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    FILE *f = fopen(path, "wb");
    assert(f);
    fputs(bad[i][1], f);
    assert(fclose(f) == 0);
    NgRdfLoadOptions opt = { 0 };
    opt.syntax           = bad[i][0];
    char     *msg        = NULL;
    long long n0 = -1, n1 = -1;
    assert(ng_store_count(store, 0, 0, 0, 0, &n0) == NG_OK);
    assert(ng_rdf_load_opts(store, path, &opt, NULL, &msg) > NG_DONE);
    assert(ng_store_count(store, 0, 0, 0, 0, &n1) == NG_OK);
    assert(n0 == n1);
    assert(msg && strstr(msg, path) && !strchr(msg, '\n'));
    ng_free(msg);
  }
}

int
main(void)
{
  RUN(test_replay_rdf_corpus);
  RUN(test_parser_messages_are_one_line);
  ng_store_close(store);
  remove(path);
  rmdir(tmp_dir);
  return 0;
}
