/* extract/intake.h -- any news file in, clean articles with offsets out.

   Intake detects and converts the encoding (ICU), normalizes the text
   (NFKC full-width forms, line ends, traditional to simplified for
   matching), repairs PDF page damage, drops page furniture and splits the
   file into articles. Nothing after intake sees bytes or encodings. */
#ifndef NG_INTAKE_H
#define NG_INTAKE_H

#include "graph/status.h"

#include <stddef.h>

/* What a sentence is. Recognizers take entities from every sentence, but
   only BODY sentences report events: the others are a subtitle, a
   publication line (date, source, site) or a byline (记者 …, 编辑 …). */
typedef enum {
  NG_SENTENCE_BODY,
  NG_SENTENCE_HEADLINE, /* a subtitle line under the headline */
  NG_SENTENCE_META, /* 发布时间:… 来源:…, a date line, a source line */
  NG_SENTENCE_BYLINE /* 记者 马丽 通讯员 李欣, (孙丽华), 本报讯(记者 …) */
} NgSentenceKind;

typedef struct {
  size_t         start, end; /* byte offsets in NgArticle.text, end exclusive */
  NgSentenceKind kind;       /* sentences: what the text is; else BODY */
  size_t         paragraph;  /* sentences: index into NgArticle.paragraphs */
} NgRange;

typedef enum {
  NG_BYLINE_REPORTER,      /* 记者, 实习生, a bare name in a byline */
  NG_BYLINE_CORRESPONDENT, /* 通讯员 */
  NG_BYLINE_EDITOR,        /* 编辑, 责任编辑 */
  NG_BYLINE_OTHER /* 审核, 校对 and the like: a person, no author */
} NgBylineRole;

typedef struct {
  char        *name; /* simplified */
  NgBylineRole role;
  long         start, end; /* character span in the original file */
  char        *orig;       /* the name as the file writes it (traditional
                              characters kept); equal to name otherwise */
} NgByline;

typedef struct {
  int   part;     /* position in the file, from 1 */
  char *headline; /* simplified; "" when the file has none */
  char *date;     /* "YYYY-MM-DD" when the text or --date gives it, or NULL */
  char *text;     /* body: cleaned, simplified UTF-8, paragraphs end in \n.
                     The headline line is not in it; subtitles, publication
                     lines and bylines are, as sentences of their kind. */
  char *orig;     /* the same body in its original characters (same number
                     of characters as text: the simplified map is 1:1;
                     full-width forms are folded in both) */
  size_t len;     /* bytes of text */
  int    aligned; /* every character takes as many bytes in orig as in
                     text, so byte offsets into text hold for orig too */
  long *offset;   /* len + 1 entries: for each byte of text, the character
                     offset in the original file it came from (code points
                     of the decoded file, a BOM not counted); the \n that
                     ends a paragraph maps to the line end it stands for */
  long headline_start, headline_end; /* character span of the headline in
                                        the original file; -1 when none */
  char *headline_orig;  /* the headline in its original characters (one for
                           each of headline's); NULL when there is none */
  NgRange  *paragraphs; /* repaired paragraphs (lines rejoined) */
  size_t    n_paragraphs;
  NgRange  *sentences;
  size_t    n_sentences;
  NgByline *bylines;
  size_t    n_bylines;
} NgArticle;

typedef struct {
  char      *path;        /* as given */
  char      *name;        /* base name */
  char      *encoding;    /* detected or forced, e.g. "UTF-8", "GB18030" */
  int        traditional; /* the text was written in traditional characters */
  long long  bytes;       /* size of the file */
  char      *hash;        /* hex digest of the bytes, to skip unchanged files */
  NgArticle *articles;
  size_t     n_articles;
} NgDocument;

typedef struct {
  const char *encoding; /* force this ICU converter name; NULL: detect */
  const char *date;     /* "YYYY-MM-DD" for articles whose text has none */
} NgIntakeOptions;

typedef struct NgIntake NgIntake;

/* Opens the ICU services intake needs and reads the page rules (page
   furniture patterns, surnames for bylines) from ng_extract_data_dir(); a
   missing data file leaves that rule out. Free with ng_intake_free(). */
NgStatus ng_intake_new(NgIntake **out);
/* The same with the data files read from DATA_DIR (NULL: the default). On
   failure *errmsg (may be NULL) names the file and line; caller frees it
   with ng_free(). */
NgStatus ng_intake_new_with(const char *data_dir,
                            NgIntake  **out,
                            char      **errmsg);
void     ng_intake_free(NgIntake *in); /* NULL is a no-op */

/* Read PATH into a document. On failure *errmsg is one line naming the file
   and what is wrong ("page.txt: byte 1234: invalid GB18030 sequence");
   caller frees it with ng_free(). On NG_OK caller frees *out with
   ng_document_free(). */
NgStatus ng_intake_file(NgIntake              *in,
                        const char            *path,
                        const NgIntakeOptions *opt,
                        NgDocument           **out,
                        char                 **errmsg);
/* The same for bytes in memory; NAME stands for the file in messages. */
NgStatus ng_intake_bytes(NgIntake              *in,
                         const char            *name,
                         const char            *bytes,
                         size_t                 n,
                         const NgIntakeOptions *opt,
                         NgDocument           **out,
                         char                 **errmsg);
void     ng_document_free(NgDocument *doc); /* NULL is a no-op */

/* The original characters of text[start, end) of A; caller frees with
   ng_free(). */
char *ng_article_orig(const NgArticle *a, size_t start, size_t end);

/* Map UTF-8 TEXT to simplified characters (1:1 per character); caller frees
 *out with ng_free(). */
NgStatus ng_intake_simplify(NgIntake *in, const char *text, char **out);

#endif
