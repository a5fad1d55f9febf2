/* tests/unit/test_term.c -- fact lists: copies of the terms that outlive
   the caller's strings, many facts and long strings across the blocks
   that hold them, absent and empty lang and datatype, clear and reuse. */
#include "graph/buf.h"
#include "graph/term.h"
#include "test.h"

static void
test_facts_copy_terms(void)
{
  NgFacts f   = { 0 };
  char    s[] = "http://example.org/s", o[] = "一个标签";
  NgTerm  ts = ng_iri(s), tp = ng_iri("http://example.org/p"),
         to = ng_literal(o, "zh", NULL);
  assert(ng_facts_add(&f, &ts, &tp, &to, 3, 10, 20) == NG_OK);
  s[0] = o[0] = 'X'; /* the list holds copies */
  assert(f.n == 1);
  assert(!strcmp(f.v[0].s.value, "http://example.org/s"));
  assert(!strcmp(f.v[0].o.value, "一个标签"));
  assert(!strcmp(f.v[0].o.lang, "zh"));
  assert(f.v[0].o.datatype && !*f.v[0].o.datatype);
  assert(f.v[0].s.lang && !*f.v[0].s.lang);
  assert(f.v[0].o.kind == NG_TERM_LITERAL && f.v[0].p.kind == NG_TERM_IRI);
  assert(f.v[0].sentence == 3 && f.v[0].start == 10 && f.v[0].end == 20);
  NgTerm back = ng_literal("一个标签", "zh", "");
  assert(ng_facts_has(&f, &ts, &tp, &back) == 0); /* s was changed */
  NgTerm orig = ng_iri("http://example.org/s");
  assert(ng_facts_has(&f, &orig, &tp, &back) == 1);
  ng_facts_free(&f);
  ng_facts_free(&f); /* twice is fine */
  ng_facts_free(NULL);
}

static void
test_facts_many_and_long(void)
{
  NgFacts f   = { 0 };
  NgBuf   big = { 0 };
  for (int i = 0; i < 100000; i++)
    assert(ng_buf_putc(&big, (char)('a' + i % 26)) == NG_OK);
  for (int round = 0; round < 3; round++) {
    for (int i = 0; i < 5000; i++) {
      char v[32];
      snprintf(v, sizeof v, "v%d", i);
      NgTerm s = ng_iri("http://example.org/s"), p = ng_iri("http://p"),
             o = i % 1000 == 7 ? ng_literal(ng_buf_str(&big), NULL, NULL)
                               : ng_literal(v, NULL, "http://dt");
      assert(ng_facts_add(&f, &s, &p, &o, i, -1, -1) == NG_OK);
    }
    assert(f.n == 5000);
    for (int i = 0; i < 5000; i++) {
      char v[32];
      snprintf(v, sizeof v, "v%d", i);
      if (i % 1000 == 7)
        assert(!strcmp(f.v[i].o.value, ng_buf_str(&big)));
      else {
        assert(!strcmp(f.v[i].o.value, v));
        assert(!strcmp(f.v[i].o.datatype, "http://dt"));
      }
      assert(!strcmp(f.v[i].s.value, "http://example.org/s"));
      assert(f.v[i].sentence == i);
    }
    ng_facts_clear(&f); /* keeps memory: the next round reuses it */
    assert(f.n == 0);
  }
  ng_facts_free(&f);
  ng_buf_free(&big);
}

static void
test_facts_empty_and_null(void)
{
  NgFacts f = { 0 };
  NgTerm  s = ng_blank("b0"), p = ng_iri("http://p"),
         o = ng_literal("", "", NULL), n = ng_literal(NULL, NULL, NULL);
  assert(ng_facts_add(&f, &s, &p, &o, -1, -1, -1) == NG_OK);
  assert(ng_facts_add(&f, &s, &p, &n, -1, -1, -1) == NG_OK);
  assert(f.v[0].o.value && !*f.v[0].o.value);
  assert(f.v[1].o.value && !*f.v[1].o.value); /* NULL reads as "" */
  assert(f.v[0].s.kind == NG_TERM_BLANK && !strcmp(f.v[0].s.value, "b0"));
  ng_facts_clear(&f);
  assert(ng_facts_add(&f, &s, &p, &o, -1, -1, -1) == NG_OK);
  assert(f.n == 1);
  ng_facts_free(&f);
}

static void
test_facts_out_of_memory(void)
{
  /* every allocation failing in turn leaves a list that frees cleanly */
  for (long k = 0; k < 8; k++) {
    NgFacts f  = { 0 };
    int     ok = 1;
    ng_alloc_fail_after(k);
    for (int i = 0; i < 200 && ok; i++) {
      NgTerm s = ng_iri("http://example.org/s"), p = ng_iri("http://p"),
             o = ng_literal("一段很长的文字一段很长的文字", "zh", NULL);
      ok       = ng_facts_add(&f, &s, &p, &o, -1, -1, -1) == NG_OK;
    }
    ng_alloc_fail_after(-1);
    for (size_t i = 0; i < f.n; i++)
      assert(!strcmp(f.v[i].p.value, "http://p"));
    ng_facts_free(&f);
  }
}

int
main(void)
{
  RUN(test_facts_copy_terms);
  RUN(test_facts_many_and_long);
  RUN(test_facts_empty_and_null);
  RUN(test_facts_out_of_memory);
  return 0;
}
