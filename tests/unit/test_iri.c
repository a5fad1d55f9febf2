/* tests/unit/test_iri.c -- minted IRIs: UTF-8 kept, the ASCII an IRI
   forbids percent-encoded, spaces as underscores. */
#include "extract/iri.h"
#include "graph/buf.h"
#include "test.h"

static void
expect(const char *label, const char *want)
{
  char *iri = ng_iri_mint("https://x.org/id/", "person", label);
  assert(iri);
  if (strcmp(iri, want)) {
    fprintf(stderr, "ng_iri_mint(%s) = %s, want %s\n", label, iri, want);
    assert(0);
  }
  ng_free(iri);
}

static void
test_utf8_is_kept(void)
{
  expect("王小明", "https://x.org/id/person/王小明");
  expect("", "https://x.org/id/person/");
}

static void
test_forbidden_ascii_is_encoded(void)
{
  expect("a b\tc\nd", "https://x.org/id/person/a_b_c_d");
  expect("<>\"{}|^`\\%#?[]",
         "https://x.org/id/person/"
         "%3C%3E%22%7B%7D%7C%5E%60%5C%25%23%3F%5B%5D");
  expect("-._~!$&'()*+,;=:@/Az09",
         "https://x.org/id/person/-._~!$&'()*+,;=:@/Az09");
  expect("\x01\x7f", "https://x.org/id/person/%01%7F");
}

int
main(void)
{
  RUN(test_utf8_is_kept);
  RUN(test_forbidden_ascii_is_encoded);
  return 0;
}
