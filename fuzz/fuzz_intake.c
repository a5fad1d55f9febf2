/* fuzz/fuzz_intake.c -- libFuzzer harness: any bytes through intake,
   extraction and the store.

   Each input is a news file: ng_intake_bytes() decodes and splits it, then
   every article goes through ng_extract_article() and the facts are checked
   against the contracts of the headers (UTF-8 text, ranges inside the
   article, IRIs without characters RDF forbids). The document is then
   stored with ng_build_document() in an in-memory store inside a
   transaction that is rolled back, so every run starts from the same empty
   store. The input's length picks the options (a forced encoding, a
   --date), so the fuzzer reaches them without a header in the seeds. */
#include "extract/build.h"
#include "extract/extract.h"
#include "extract/intake.h"
#include "graph/buf.h"
#include "graph/store.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static NgIntake    *intake;
static NgExtractor *extractor;
static NgStore     *store;

/* Crash with a message the fuzzer shows with the reproducer. */
static void
broken(const char *what, const char *detail)
{
  fprintf(stderr,
          "fuzz_intake: contract broken: %s: %s\n",
          what,
          detail ? detail : "");
  abort();
}

/* Strict UTF-8 (no overlongs, no surrogates, at most U+10FFFF). */
static int
utf8_ok(const char *s, size_t n)
{
  const unsigned char *p = (const unsigned char *)s, *e = p + n;
  while (p < e) {
    unsigned c = *p;
    size_t   k;
    unsigned min, cp;
    if (c < 0x80) {
      p++;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      k = 1, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      k = 2, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      k = 3, min = 0x10000, cp = c & 0x07;
    } else
      return 0;
    if ((size_t)(e - p) <= k)
      return 0;
    for (size_t i = 1; i <= k; i++) {
      if ((p[i] & 0xC0) != 0x80)
        return 0;
      cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return 0;
    p += k + 1;
  }
  return 1;
}

/* An IRI that N-Triples and Turtle can write: no space, controls or
   <>"{}|\^` (RFC 3987), and a scheme. */
static int
iri_ok(const char *s)
{
  if (!strchr(s, ':'))
    return 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    if (*p <= 0x20 || *p == 0x7F || strchr("<>\"{}|\\^`", *p))
      return 0;
  return 1;
}

static void
check_term(const NgTerm *t)
{
  if (!t->value)
    broken("term without value", NULL);
  if (!utf8_ok(t->value, strlen(t->value)))
    broken("term value is not UTF-8", t->value);
  if (t->kind == NG_TERM_IRI && !iri_ok(t->value))
    broken("IRI with characters RDF forbids", t->value);
  if (t->kind != NG_TERM_IRI && t->kind != NG_TERM_BLANK &&
      t->kind != NG_TERM_LITERAL)
    broken("term of no kind", t->value);
}

static void
check_article(const NgArticle *a)
{
  if (!a->text || !a->headline || !a->offset)
    broken("article without text, headline or offsets", NULL);
  if (!utf8_ok(a->text, a->len))
    broken("article text is not UTF-8", NULL);
  if (!utf8_ok(a->headline, strlen(a->headline)))
    broken("headline is not UTF-8", NULL);
  (void)a->offset[a->len]; /* len + 1 entries (ASan checks) */
  for (size_t k = 0; k < a->n_sentences; k++) {
    NgRange r = a->sentences[k];
    if (r.start > r.end || r.end > a->len)
      broken("sentence range outside the article", NULL);
    char *orig = ng_article_orig(a, r.start, r.end);
    if (orig && !utf8_ok(orig, strlen(orig)))
      broken("original text of a sentence is not UTF-8", orig);
    ng_free(orig);
  }
  for (size_t k = 0; k < a->n_bylines; k++)
    if (!a->bylines[k].name)
      broken("byline without a name", NULL);
}

static void
setup(void)
{
  char *msg = NULL;
  if (ng_intake_new(&intake) ||
      ng_extractor_new(NULL, NULL, &extractor, &msg) ||
      ng_store_open(":memory:", NG_STORE_CREATE, &store, &msg)) {
    fprintf(stderr, "fuzz_intake: setup failed: %s\n", msg ? msg : "");
    exit(1);
  }
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static const char *const encodings[] = { NULL,       "GB18030", "Big5",
                                           "UTF-16LE", "UTF-8",   "no-such" };
  if (!intake)
    setup();
  NgIntakeOptions opt = { 0 };
  if (size % 5 == 0)
    opt.encoding = encodings[(size / 5) % 6];
  if (size % 3 == 0)
    opt.date = "2021-07-21";

  NgDocument *doc = NULL;
  char       *msg = NULL;
  NgStatus    st  = ng_intake_bytes(
    intake, "fuzz.txt", (const char *)data, size, &opt, &doc, &msg);
  if (st) {
    if (st <= NG_DONE)
      broken("intake failed with a non-error status", NULL);
    if (msg && (strchr(msg, '\n') || !utf8_ok(msg, strlen(msg))))
      broken("intake message is not one line of UTF-8", msg);
    ng_free(msg);
    return 0;
  }
  if (!doc)
    broken("intake succeeded without a document", NULL);
  NgFacts facts = { 0 };
  for (size_t i = 0; i < doc->n_articles; i++) {
    const NgArticle *a = &doc->articles[i];
    check_article(a);
    ng_facts_clear(&facts);
    if (ng_extract_article(extractor, doc, a, &facts) == NG_OK)
      for (size_t k = 0; k < facts.n; k++) {
        const NgFact *f = &facts.v[k];
        check_term(&f->s);
        check_term(&f->p);
        check_term(&f->o);
        if (f->sentence >= (long)a->n_sentences)
          broken("fact from a sentence the article does not have", NULL);
      }
  }
  ng_facts_free(&facts);

  /* The whole document into the store, then forgotten. */
  if (ng_store_begin(store) == NG_OK) {
    if (ng_store_savepoint(store) == NG_OK) {
      ng_build_document(store, extractor, doc, NULL);
      ng_store_rollback_savepoint(store);
    }
    ng_store_rollback(store);
  }
  ng_document_free(doc);
  return 0;
}
