/* extract/mention.h -- what the recognizers found in one article, in text
   order: the hand-over from the entity recognizers to the event
   recognizer. */
#ifndef NG_MENTION_H
#define NG_MENTION_H

#include "graph/status.h"

#include <stddef.h>

typedef enum {
  NG_MENTION_PERSON,
  NG_MENTION_ORG,
  NG_MENTION_PLACE,
  NG_MENTION_POST, /* a title, with the organization it is in (org_iri) */
  NG_MENTION_DATE  /* a date expression; label is "MM-DD" or "YYYY-MM-DD" */
} NgMentionKind;

typedef struct {
  NgMentionKind kind;
  size_t        start, end; /* bytes in NgArticle.text, end exclusive */
  size_t        sentence;   /* index into NgArticle.sentences */
  char         *label;      /* canonical name (simplified, fullest form) */
  char         *surface;    /* the text as written there (simplified) */
  char         *iri;        /* the entity's IRI (NULL for dates) */
  char         *org_iri;    /* POST: the organization's IRI, or NULL */
  char         *holder_iri; /* POST: the person holding it, or NULL */
} NgMention;

/* A growable list of mentions. Zero-initialise; ng_mentions_free(). */
typedef struct {
  NgMention *v;
  size_t     n, cap;
} NgMentions;

/* Append a mention; the strings are copied (NULL stays NULL), all into one
   block the list owns: they are read-only, never freed one by one. */
NgStatus ng_mentions_add(NgMentions   *m,
                         NgMentionKind kind,
                         size_t        start,
                         size_t        end,
                         size_t        sentence,
                         const char   *label,
                         const char   *surface,
                         const char   *iri,
                         const char   *org_iri,
                         const char   *holder_iri);
/* Sort by start offset (stable for equal starts). */
void ng_mentions_sort(NgMentions *m);
void ng_mentions_clear(NgMentions *m);
void ng_mentions_free(NgMentions *m); /* NULL is a no-op */

#endif
