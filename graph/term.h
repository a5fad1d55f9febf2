/* graph/term.h -- RDF terms (IRIs, blank nodes, literals) and quad lists. */
#ifndef NG_TERM_H
#define NG_TERM_H

#include "graph/status.h"

#include <stddef.h>

typedef enum {
  NG_TERM_NONE    = 0, /* a wildcard in patterns */
  NG_TERM_IRI     = 1,
  NG_TERM_BLANK   = 2, /* value is the label without "_:" */
  NG_TERM_LITERAL = 3
} NgTermKind;

/* A term whose strings are borrowed from elsewhere. lang and datatype are
   NULL or "" when absent; a literal has at most one of them. */
typedef struct {
  NgTermKind  kind;
  const char *value;
  const char *lang;
  const char *datatype;
} NgTerm;

/* Constructors of borrowed terms. */
NgTerm ng_iri(const char *iri);
NgTerm ng_blank(const char *label);
NgTerm ng_literal(const char *value, const char *lang, const char *datatype);

/* 1 when A and B are the same term (absent lang/datatype equal ""). */
int ng_term_equal(const NgTerm *a, const NgTerm *b);

/* A deep copy in one allocation; caller frees with ng_free(). */
NgTerm *ng_term_copy(const NgTerm *t);

/* One quad with provenance: the span, in characters of the source file,
   of the sentence it was read from (-1 when it has none). */
typedef struct {
  NgTerm s, p, o;  /* strings owned by the list */
  long   sentence; /* index into the article's sentences, or -1 */
  long   start;    /* first character of the evidence in the file, or -1 */
  long   end;      /* one past the last, or -1 */
} NgFact;

/* Blocks of memory that hold the strings of a list's facts (term.c). */
typedef struct NgFactsBlock NgFactsBlock;

/* A growable list of facts for one graph. Zero-initialise. The strings of
   the facts live in the list's blocks, many facts to a block, so adding a
   fact rarely allocates and freeing the list frees a few blocks. */
typedef struct {
  NgFact       *v;
  size_t        n, cap;
  NgFactsBlock *blocks; /* newest first */
} NgFacts;

/* Append a copy of (S, P, O) with its provenance. */
NgStatus ng_facts_add(NgFacts      *f,
                      const NgTerm *s,
                      const NgTerm *p,
                      const NgTerm *o,
                      long          sentence,
                      long          start,
                      long          end);
/* 1 when the list holds (S, P, O) already. Linear; for tests and small lists.
 */
int  ng_facts_has(const NgFacts *f,
                  const NgTerm  *s,
                  const NgTerm  *p,
                  const NgTerm  *o);
void ng_facts_clear(NgFacts *f); /* keeps memory for reuse */
void ng_facts_free(NgFacts *f);  /* NULL is a no-op */

#endif
