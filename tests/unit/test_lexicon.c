/* tests/unit/test_lexicon.c -- the word trie: matching over bytes and over
   code points finds the same words, first characters beyond the direct
   table, words that are not UTF-8, the hit limit; the data files' line
   reader and the messages of a list that cannot be read. */
#include "extract/lexicon.h"
#include "test.h"

static NgLexicon *
lexicon_of(const char *const *words)
{
  NgLexicon *lex = NULL;
  assert(ng_lexicon_new(&lex) == NG_OK);
  for (size_t i = 0; words[i]; i++)
    assert(ng_lexicon_add(
             lex, words[i], strlen(words[i]), 1u << (i % 8), (int)i + 1) ==
           NG_OK);
  return lex;
}

/* TEXT decoded to code points (well-formed UTF-8 only). */
static size_t
decode_all(const char *text, uint32_t *cp, size_t *off)
{
  const unsigned char *u = (const unsigned char *)text;
  size_t               n = 0, i = 0, len = strlen(text);
  while (i < len) {
    uint32_t c = u[i];
    int      k = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    off[n]     = i;
    if (k)
      c &= 0x3Fu >> k;
    for (i++; k--; i++)
      c = (c << 6) | (u[i] & 0x3F);
    cp[n++] = c;
  }
  off[n] = len;
  return n;
}

static void
test_chars_and_bytes_agree(void)
{
  static const char *const words[] = { "市",   "市长", "市委",   "市委书记",
                                       "书记", "长",   "副市长", "𠀋",
                                       "𠀋村", "a",    "ab",     "委书",
                                       NULL };
  NgLexicon               *lex  = lexicon_of(words);
  const char              *text = "副市长ab市委书记𠀋村长a委书";
  uint32_t                 cp[64];
  size_t                   off[65];
  size_t                   n = decode_all(text, cp, off);
  for (size_t k = 0; k < n; k++) {
    NgLexHit hb[8], hc[8];
    size_t   nb = ng_lexicon_match(lex, text, strlen(text), off[k], hb, 8);
    size_t   nc = ng_lexicon_match_chars(lex, cp, n, k, hc, 8);
    assert(nb == nc);
    for (size_t h = 0; h < nb; h++) {
      assert(hb[h].end == off[hc[h].end]);
      assert(hb[h].flags == hc[h].flags && hb[h].value == hc[h].value);
    }
  }
  NgLexHit h[8];
  /* 市委书记 from 市: 市, 市委, 市委书记, shortest first */
  assert(ng_lexicon_match_chars(lex, cp, n, 5, h, 8) == 3);
  assert(h[0].end == 6 && h[1].end == 7 && h[2].end == 9);
  /* at most MAX */
  assert(ng_lexicon_match_chars(lex, cp, n, 5, h, 2) == 2);
  assert(h[1].end == 7);
  /* a word beyond the Basic Multilingual Plane */
  assert(ng_lexicon_match_chars(lex, cp, n, 9, h, 8) == 2);
  assert(h[1].end == 11);
  /* the end of the text cuts a word */
  assert(ng_lexicon_match_chars(lex, cp, 6, 5, h, 8) == 1);
  assert(ng_lexicon_match_chars(lex, cp, n, n, h, 8) == 0);
  ng_lexicon_free(lex);
}

/* Words that are not UTF-8 are stored and found byte for byte, and never
   match a character they are part of. */
static void
test_words_that_are_not_utf8(void)
{
  NgLexicon *lex = NULL;
  NgLexHit   h[4];
  assert(ng_lexicon_new(&lex) == NG_OK);
  assert(ng_lexicon_add(lex, "\xE5\xB8", 2, 1, 3) == NG_OK); /* cut 市 */
  assert(ng_lexicon_add(lex, "\x80x", 2, 2, 0) == NG_OK);
  assert(ng_lexicon_add(lex, "\xC0\x80", 2, 4, 0) == NG_OK); /* overlong */
  assert(ng_lexicon_size(lex) == 3);
  int v = 0;
  assert(ng_lexicon_get(lex, "\xE5\xB8", 2, &v) == 1 && v == 3);
  assert(ng_lexicon_get(lex, "\xC0\x80", 2, NULL) == 4);
  assert(ng_lexicon_get(lex, "\xE5", 1, NULL) == 0);
  assert(ng_lexicon_match(lex, "市", 3, 0, h, 4) == 0);
  assert(ng_lexicon_match(lex, "\x80xy", 3, 0, h, 4) == 1 && h[0].end == 2);
  uint32_t nul = 0;
  assert(ng_lexicon_match_chars(lex, &nul, 1, 0, h, 4) == 0);
  ng_lexicon_free(lex);
}

static void
test_get_and_add_again(void)
{
  NgLexicon *lex = NULL;
  int        v   = 0;
  assert(ng_lexicon_new(&lex) == NG_OK);
  assert(ng_lexicon_add(lex, "乡镇", 6, 1, 5) == NG_OK);
  assert(ng_lexicon_add(lex, "乡镇", 6, 2, 0) == NG_OK);
  assert(ng_lexicon_add(lex, "", 0, 2, 0) == NG_ERR_ARG);
  assert(ng_lexicon_add(lex, "乡", 3, 0, 0) == NG_ERR_ARG);
  assert(ng_lexicon_get(lex, "乡镇", 6, &v) == 3 && v == 5);
  assert(ng_lexicon_get(lex, "乡", 3, NULL) == 0);
  assert(ng_lexicon_get(lex, "乡镇长", 9, NULL) == 0);
  assert(ng_lexicon_size(lex) == 1);
  ng_lexicon_free(lex);
}

/* Enough words to grow the edge table many times over. */
static void
test_many_words(void)
{
  NgLexicon *lex = NULL;
  assert(ng_lexicon_new(&lex) == NG_OK);
  char w[16];
  for (uint32_t i = 0; i < 20000; i++) {
    uint32_t a = 0x4E00 + i % 2000, b = 0x4E00 + i / 2000 * 7;
    w[0] = (char)(0xE0 | (a >> 12));
    w[1] = (char)(0x80 | ((a >> 6) & 0x3F));
    w[2] = (char)(0x80 | (a & 0x3F));
    w[3] = (char)(0xE0 | (b >> 12));
    w[4] = (char)(0x80 | ((b >> 6) & 0x3F));
    w[5] = (char)(0x80 | (b & 0x3F));
    assert(ng_lexicon_add(lex, w, 6, 1, (int)i + 1) == NG_OK);
  }
  assert(ng_lexicon_size(lex) == 20000);
  for (uint32_t i = 0; i < 20000; i += 37) {
    uint32_t a = 0x4E00 + i % 2000, b = 0x4E00 + i / 2000 * 7;
    uint32_t cp[2] = { a, b };
    NgLexHit h[2];
    assert(ng_lexicon_match_chars(lex, cp, 2, 0, h, 2) == 1);
    assert(h[0].end == 2 && h[0].value == (int)i + 1);
  }
  ng_lexicon_free(lex);
}

/* One node with many children and one with a few: each child found, no
   character that is none (the per-node bits of the children are a filter,
   never the answer). */
/* A character is in the lexicon when it opens a word or stands anywhere
   inside one, including characters beyond the direct table. */
static void
test_has_char(void)
{
  const char *words[] = {
    "阿布都", "那仁", "\xF0\xA0\x80\x80\xE5\xA5\xB3", NULL
  };
  NgLexicon *lex = lexicon_of(words);
  assert(ng_lexicon_has_char(lex, 0x963F)); /* 阿, first */
  assert(ng_lexicon_has_char(lex, 0x90FD)); /* 都, last */
  assert(ng_lexicon_has_char(lex, 0x4EC1)); /* 仁 */
  assert(ng_lexicon_has_char(lex, 0x20000));
  assert(ng_lexicon_has_char(lex, 0x5973));  /* 女 after it */
  assert(!ng_lexicon_has_char(lex, 0x548C)); /* 和 */
  assert(!ng_lexicon_has_char(lex, 0x20001));
  ng_lexicon_free(lex);
}

static void
test_children_of_a_node(void)
{
  NgLexicon *lex = NULL;
  assert(ng_lexicon_new(&lex) == NG_OK);
  for (uint32_t b = 0x5000; b < 0x5000 + 900; b += 3) {
    /* 中 and the character b */
    char w[6] = { (char)0xE4,
                  (char)0xB8,
                  (char)0xAD,
                  (char)(0xE0 | (b >> 12)),
                  (char)(0x80 | ((b >> 6) & 0x3F)),
                  (char)(0x80 | (b & 0x3F)) };
    assert(ng_lexicon_add(lex, w, 6, 2, 7) == NG_OK);
  }
  assert(ng_lexicon_add(lex, "ab", 2, 4, 0) == NG_OK);
  for (uint32_t b = 0x4F00; b < 0x5000 + 1200; b++) {
    uint32_t cp[2] = { 0x4E2D, b };
    NgLexHit h[2];
    size_t   m    = ng_lexicon_match_chars(lex, cp, 2, 0, h, 2);
    int      want = b >= 0x5000 && b < 0x5000 + 900 && (b - 0x5000) % 3 == 0;
    assert(m == (size_t)want);
    if (want)
      assert(h[0].end == 2 && h[0].flags == 2 && h[0].value == 7);
  }
  for (uint32_t c = 0; c < 0x3000; c++) {
    uint32_t cp[2] = { 'a', c };
    NgLexHit h[2];
    assert(ng_lexicon_match_chars(lex, cp, 2, 0, h, 2) == (c == 'b'));
  }
  ng_lexicon_free(lex);
}

/* Lines as a hand-edited list has them: comments, blank lines, Windows
   line ends, trailing spaces, no newline at the end. */
static void
test_data_lines(void)
{
  static const char text[] = "# header\n\n中共\t1\r\n   \n"
                             "#\tnot data\n县委 \r\n\r\n乡镇";
  FILE             *f      = fmemopen((void *)text, sizeof text - 1, "r");
  assert(f);
  NgBuf b  = { 0 };
  long  no = 0;
  assert(ng_lexicon_line(f, &b, &no) == NG_OK);
  assert(!strcmp(b.data, "中共\t1") && no == 3);
  /* a line of spaces holds no data */
  assert(ng_lexicon_line(f, &b, &no) == NG_OK);
  assert(!strcmp(b.data, "县委") && no == 6);
  assert(ng_lexicon_line(f, &b, &no) == NG_OK);
  assert(!strcmp(b.data, "乡镇") && no == 8);
  assert(ng_lexicon_line(f, &b, &no) == NG_DONE);
  assert(ng_lexicon_line(f, &b, &no) == NG_DONE && no == 8);
  fclose(f);
  ng_buf_free(&b);
}

/* A list with a bad line: the message names the file and the line; the
   words before it are kept, a missing file says so. */
static void
test_load_messages(void)
{
  char path[] = "/tmp/ng-lexicon-XXXXXX";
  int  fd     = mkstemp(path);
  assert(fd >= 0);
  FILE *f = fdopen(fd, "w");
  fputs("# titles\r\n书记\tpost\r\n\r\n县长\tmayor\r\n", f);
  fclose(f);
  static const char *const tags[]  = { "post", NULL };
  static const unsigned    flags[] = { 2 };
  NgLexicon               *lex     = NULL;
  char                    *err     = NULL;
  assert(ng_lexicon_new(&lex) == NG_OK);
  assert(ng_lexicon_load(lex, path, 1, tags, flags, &err) == NG_ERR_SYNTAX);
  assert(err && strstr(err, path) && strstr(err, ":4: unknown tag"));
  assert(ng_lexicon_get(lex, "书记", strlen("书记"), NULL) == 3);
  ng_free(err);
  err = NULL;
  remove(path);
  assert(ng_lexicon_load(lex, path, 1, tags, flags, &err) == NG_ERR_IO);
  assert(err && !strncmp(err, path, strlen(path)));
  ng_free(err);
  ng_lexicon_free(lex);
}

int
main(void)
{
  RUN(test_data_lines);
  RUN(test_load_messages);
  RUN(test_chars_and_bytes_agree);
  RUN(test_words_that_are_not_utf8);
  RUN(test_get_and_add_again);
  RUN(test_many_words);
  RUN(test_children_of_a_node);
  RUN(test_has_char);
  return 0;
}
