/* extract/lexicon.h -- word lists read at start-up, matched in one pass.

   A lexicon is a trie over the characters of UTF-8 words. Each word
   carries a set of kind flags (a word may be a surname and a title prefix
   at once) and one integer value (a score or a level, meaning set by the kind).
   The recognizers ask, at each character of a sentence, for every word that
   starts there: one walk down the trie per position, no backtracking. */
#ifndef NG_LEXICON_H
#define NG_LEXICON_H

#include "graph/buf.h"
#include "graph/status.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct NgLexicon NgLexicon;

/* One word found in text: it ends at byte END (exclusive), or for
   ng_lexicon_match_chars() at character END. */
typedef struct {
  size_t   end;
  unsigned flags;
  int      value;
} NgLexHit;

/* An empty lexicon. On NG_OK *out owns it (ng_lexicon_free()). */
NgStatus ng_lexicon_new(NgLexicon **out);
void     ng_lexicon_free(NgLexicon *lex); /* NULL is a no-op */

/* Add WORD (LEN bytes) with FLAGS; the flags of a word added twice are
   joined and VALUE replaces the old value when it is not 0. */
NgStatus ng_lexicon_add(NgLexicon  *lex,
                        const char *word,
                        size_t      len,
                        unsigned    flags,
                        int         value);

/* Add every word of the file at PATH: one per line, blank lines and lines
   starting with '#' skipped; a line is WORD, or WORD TAB VALUE (an
   integer), or WORD TAB TAG where TAG is looked up in TAGS (a NULL
   terminated list of names; the flag is TAG_FLAGS[i]) and further columns
   are ignored. On failure *errmsg names the file and line; caller frees it
   with ng_free(). */
NgStatus ng_lexicon_load(NgLexicon         *lex,
                         const char        *path,
                         unsigned           flags,
                         const char *const *tags,
                         const unsigned    *tag_flags,
                         char             **errmsg);

/* The words of LEX that start at byte POS of TEXT[0, LEN), shortest first,
   at most MAX of them written to HITS. Returns how many were written. */
size_t ng_lexicon_match(const NgLexicon *lex,
                        const char      *text,
                        size_t           len,
                        size_t           pos,
                        NgLexHit        *hits,
                        size_t           max);

/* The same over text already decoded to code points CP[0, LEN): the words
   that start at character POS; each hit's END is a character index. */
size_t ng_lexicon_match_chars(const NgLexicon *lex,
                              const uint32_t  *cp,
                              size_t           len,
                              size_t           pos,
                              NgLexHit        *hits,
                              size_t           max);

/* The flags and value of exactly WORD (LEN bytes); 0 when absent. */
unsigned ng_lexicon_get(const NgLexicon *lex,
                        const char      *word,
                        size_t           len,
                        int             *value);

/* 1 when C is a character of some word of LEX. It reads the whole trie:
   for rare questions, not for every character of a text. */
int ng_lexicon_has_char(const NgLexicon *lex, uint32_t c);

/* The data files' line reader, for every list read at start-up (this
   lexicon's words, the event words, the department short names): reads F
   up to the next line that holds data into LINE, skipping blank lines and
   lines opening with '#', and drops trailing spaces and a '\r'. *NO counts
   every line read, for messages. NG_OK with a line in LINE->data, NG_DONE
   at the end of the file. */
NgStatus ng_lexicon_line(FILE *f, NgBuf *line, long *no);

/* "PATH:NO: WHAT", or "PATH: WHAT" when NO is 0: the message of a data
   file that cannot be read. Caller frees it with ng_free(). */
char *ng_lexicon_error(const char *path, long no, const char *what);

/* How many words the lexicon holds. */
size_t ng_lexicon_size(const NgLexicon *lex);

#endif
