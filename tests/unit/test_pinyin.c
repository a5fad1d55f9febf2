/* tests/unit/test_pinyin.c -- name keys: pinyin and simplified forms, and
   the query module's free functions. */
#include "extract/pinyin.h"
#include "graph/buf.h"
#include "graph/query.h"
#include "graph/sparql.h"
#include "test.h"

static void
expect_key(NgPinyin *py, const char *text, const char *key)
{
  char *k = NULL;
  assert(ng_pinyin_key(py, text, &k) == NG_OK);
  if (strcmp(k, key)) {
    fprintf(stderr, "key of %s: %s, not %s\n", text, k, key);
    assert(0);
  }
  ng_free(k);
}

static void
test_pinyin_keys(void)
{
  NgPinyin *py = NULL;
  assert(ng_pinyin_new(&py) == NG_OK);
  expect_key(py, "牛瑞平", "niuruiping");
  expect_key(py, "Niu Ruiping", "niuruiping");
  expect_key(py, "鄭州市", "zhengzhoushi"); /* traditional: same key */
  expect_key(py, "郑州市", "zhengzhoushi");
  expect_key(py, "ABC公司", "abcgongsi");
  expect_key(py, "“双改”办", "shuanggaiban");
  expect_key(py, "", "");
  expect_key(py, "吕志诚", "luzhicheng");
  expect_key(py, "lvzhicheng", "luzhicheng");
  /* Many characters: the cache grows past its first size. */
  NgBuf b = { 0 };
  for (int c = 0x4E00; c < 0x4E00 + 3000; c++) {
    char u[4] = { (char)(0xE0 | (c >> 12)),
                  (char)(0x80 | ((c >> 6) & 0x3F)),
                  (char)(0x80 | (c & 0x3F)),
                  0 };
    ng_buf_puts(&b, u);
  }
  char *k = NULL;
  assert(ng_pinyin_key(py, ng_buf_str(&b), &k) == NG_OK);
  assert(strlen(k) > 3000);
  ng_free(k);
  ng_buf_free(&b);
  expect_key(py, "牛瑞平", "niuruiping");
  ng_pinyin_free(py);
}

static void
test_simplify(void)
{
  NgPinyin *py = NULL;
  char     *s  = NULL;
  assert(ng_pinyin_new(&py) == NG_OK);
  assert(ng_pinyin_simplify(py, "鄭州市會議 ok", &s) == NG_OK);
  assert(!strcmp(s, "郑州市会议 ok"));
  ng_free(s);
  assert(ng_pinyin_has_han("abc牛"));
  assert(!ng_pinyin_has_han("niuruiping"));
  ng_pinyin_free(py);
}

static void
test_free_null(void)
{
  ng_pinyin_free(NULL);
  ng_query_free(NULL);
  ng_sparql_free(NULL);
  ng_table_free(NULL);
  ng_tables_free(NULL);
  ng_candidates_free(NULL);
}

int
main(void)
{
  RUN(test_pinyin_keys);
  RUN(test_simplify);
  RUN(test_free_null);
  return 0;
}
