/* scripts/ner_spans.c -- run the entity recognizers on one sentence per
   line (the docs.txt of ../shared/data/ner) and print what they find:
   LINE TAB KIND TAB TEXT, KIND one of PER ORG LOC TITLE. Built and run by
   `make eval-ner`; scripts/ner_score.py compares the output with gold.tsv.
   With -v first, labels and the holder and body of each post follow. */
#include "extract/entity.h"
#include "extract/extract.h"
#include "extract/intake.h"
#include "graph/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(int argc, char **argv)
{
  NgIntake   *in   = NULL;
  NgEntities *en   = NULL;
  char       *msg  = NULL;
  NgBuf       line = { 0 }, doc_text = { 0 };
  int         verbose = argc > 1 && !strcmp(argv[1], "-v");
  FILE       *f  = argc > 1 + verbose ? fopen(argv[1 + verbose], "rb") : stdin;
  long        no = 0;
  if (!f || ng_intake_new(&in) ||
      ng_entities_new(ng_extract_data_dir(), NULL, &en, &msg)) {
    fprintf(stderr,
            "newsgraph: error: ner_spans: cannot start%s%s\n",
            msg ? ": " : "",
            msg ? msg : "");
    return 1;
  }
  for (;;) {
    int c = 0;
    ng_buf_clear(&line);
    while ((c = fgetc(f)) != EOF && c != '\n')
      ng_buf_putc(&line, (char)c);
    if (c == EOF && !line.len)
      break;
    no++;
    if (!line.len)
      continue;
    /* a headline first, so that the sentence is body text */
    ng_buf_clear(&doc_text);
    ng_buf_printf(&doc_text, "标题\n\n%s\n", line.data);
    NgDocument *doc = NULL;
    if (ng_intake_bytes(
          in, "line.txt", doc_text.data, doc_text.len, NULL, &doc, &msg)) {
      ng_free(msg);
      msg = NULL;
      continue;
    }
    NgMentions m  = { 0 };
    NgFacts    fa = { 0 };
    for (size_t i = 0; i < doc->n_articles; i++)
      if (ng_entities_extract(en, doc, &doc->articles[i], "urn:x", &m, &fa))
        break;
    for (size_t i = 0; i < m.n; i++) {
      const NgMention *x    = &m.v[i];
      const char      *kind = x->kind == NG_MENTION_PERSON  ? "PER"
                              : x->kind == NG_MENTION_ORG   ? "ORG"
                              : x->kind == NG_MENTION_PLACE ? "LOC"
                              : x->kind == NG_MENTION_POST  ? "TITLE"
                                                            : NULL;
      if (kind && !verbose)
        printf("%ld\t%s\t%s\n", no, kind, x->surface);
      else if (kind)
        printf("%ld\t%s\t%s\t%s\t%s\t%s\n",
               no,
               kind,
               x->surface,
               x->label,
               x->holder_iri ? strrchr(x->holder_iri, '/') + 1 : "",
               x->org_iri ? strrchr(x->org_iri, '/') + 1 : "");
    }
    ng_mentions_free(&m);
    ng_facts_free(&fa);
    ng_document_free(doc);
  }
  if (f != stdin)
    fclose(f);
  ng_buf_free(&line);
  ng_buf_free(&doc_text);
  ng_entities_free(en);
  ng_intake_free(in);
  return 0;
}
