/* extract/page.h -- page repair, article splitting, bylines, dates and
   sentences: the part of intake that works on decoded characters.

   Intake (extract/intake.c) decodes a file into three parallel arrays, one
   entry per character: the simplified form used for matching, the original
   form, and the character's offset in the original file. This module turns
   them into articles: it drops page furniture, rejoins lines a PDF broke
   inside a sentence, finds where articles start (headline lines, 本报讯
   leads, closing bylines), reads each article's headline, date and byline,
   and splits its text into paragraphs and sentences. */
#ifndef NG_PAGE_H
#define NG_PAGE_H

#include "extract/intake.h"
#include "graph/status.h"

#include <stddef.h>
#include <stdint.h>

/* A decoded file; borrowed. */
typedef struct {
  const int32_t  *s;  /* code points, simplified */
  const int32_t  *o;  /* code points, original (width-folded) */
  const uint32_t *at; /* character offset of each in the original file */
  size_t          n;
} NgPageChars;

typedef struct NgPageRules NgPageRules;

/* Read the page rules from DATA_DIR: furniture.txt (ICU regular
   expressions, one per line, each matching a whole furniture line) and
   byline_surnames.txt (surnames, one per line). A missing file leaves its
   rule out. On failure *errmsg names the file and line (caller frees with
   ng_free()). On NG_OK *out owns the rules (ng_page_rules_free()). */
NgStatus ng_page_rules_new(const char   *data_dir,
                           NgPageRules **out,
                           char        **errmsg);
void     ng_page_rules_free(NgPageRules *r); /* NULL is a no-op */

/* Split C into articles. DATE ("YYYY-MM-DD" or NULL) is given to articles
   whose text has no date. On NG_OK *out (caller frees each with
   ng_article_clear() and the array with ng_free()) holds *n_out articles;
   a file with no text gives none. */
NgStatus ng_page_articles(NgPageRules       *r,
                          const NgPageChars *c,
                          const char        *date,
                          NgArticle        **out,
                          size_t            *n_out);

/* Free what article A holds (not A itself). */
void ng_article_clear(NgArticle *a);

#endif
