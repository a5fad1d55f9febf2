/* tests/unit/mentions.h -- what the entity tests share: the intake and
   recognizers they run (each test file opens them in main with
   mentions_open()), the mentions of a text read as one article, and
   lookups a reader would do on them (a mention by kind and label, how many
   of a kind, who holds which post). */
#ifndef NG_TEST_MENTIONS_H
#define NG_TEST_MENTIONS_H

#include "extract/entity.h"
#include "extract/extract.h"
#include "extract/intake.h"
#include "graph/buf.h"
#include "graph/vocab.h"
#include "test.h"

static NgIntake   *intake;
static NgEntities *entities;

/* Opens the intake and the recognizers the tests of a file run on. */
static inline void
mentions_open(void)
{
  char *msg = NULL;
  assert(ng_intake_new(&intake) == NG_OK);
  assert(ng_entities_new(ng_extract_data_dir(), NULL, &entities, &msg) ==
         NG_OK);
}

/* Closes what mentions_open() opened. */
static inline void
mentions_close(void)
{
  ng_entities_free(entities);
  ng_intake_free(intake);
}

/* The facts of TEXT, read by the entity stage, and its mentions added to
 *M; caller frees both. */
static inline NgFacts
run_facts(const char *text, NgMentions *m)
{
  NgDocument *doc = NULL;
  char       *msg = NULL;
  NgFacts     f   = { 0 };
  assert(ng_intake_bytes(
           intake, "t.txt", text, strlen(text), NULL, &doc, &msg) == NG_OK);
  assert(doc->n_articles >= 1);
  for (size_t i = 0; i < doc->n_articles; i++)
    assert(ng_entities_extract(entities,
                               doc,
                               &doc->articles[i],
                               "https://w3id.org/newsgraph/id/article/t",
                               m,
                               &f) == NG_OK);
  ng_document_free(doc);
  return f;
}

/* 1 when the facts of TEXT hold ENTITY (kind/name under the default
   base) P O. */
static inline int
has_term(const char *text, const char *entity, const char *p, NgTerm o)
{
  NgMentions m = { 0 };
  NgFacts    f = run_facts(text, &m);
  NgBuf      b = { 0 };
  ng_buf_printf(&b, "%s%s", NG_DEFAULT_BASE, entity);
  NgTerm s = ng_iri(b.data), tp = ng_iri(p);
  int    yes = ng_facts_has(&f, &s, &tp, &o);
  ng_buf_free(&b);
  ng_mentions_free(&m);
  ng_facts_free(&f);
  return yes;
}

/* 1 when the facts of TEXT give the entity ENTITY the altLabel ALT. */
static inline int
alt_label(const char *text, const char *entity, const char *alt)
{
  return has_term(text, entity, NG_SKOS_ALTLABEL, ng_literal(alt, "zh", NULL));
}

/* 1 when the facts of TEXT type the entity ENTITY (place/某某) a place. */
static inline int
typed_place(const char *text, const char *entity)
{
  return has_term(text, entity, NG_RDF_TYPE, ng_iri(NG_SCHEMA_PLACE));
}

/* The mentions of TEXT, read as one article; caller frees with
   ng_mentions_free(). */
static inline NgMentions
run(const char *text)
{
  NgMentions m = { 0 };
  NgFacts    f = run_facts(text, &m);
  ng_facts_free(&f);
  return m;
}

static inline const NgMention *
find(const NgMentions *m, NgMentionKind kind, const char *label)
{
  for (size_t i = 0; i < m->n; i++)
    if (m->v[i].kind == kind && !strcmp(m->v[i].label, label))
      return &m->v[i];
  return NULL;
}

/* 1 when a mention of KIND is labelled LABEL where the text writes SURFACE
   (a site named with the division before it: 某区某某市场, written 某某市场
   after 某区). */
static inline int
named_as(const NgMentions *m,
         NgMentionKind     kind,
         const char       *label,
         const char       *surface)
{
  for (size_t i = 0; i < m->n; i++)
    if (m->v[i].kind == kind && !strcmp(m->v[i].label, label) &&
        !strcmp(m->v[i].surface, surface))
      return 1;
  return 0;
}

static inline size_t
count(const NgMentions *m, NgMentionKind kind)
{
  size_t n = 0;
  for (size_t i = 0; i < m->n; i++)
    n += m->v[i].kind == kind;
  return n;
}

/* 1 when PERSON holds a post titled TITLE in the body labelled ORG ("" for
   none). */
static inline int
holds(const NgMentions *m,
      const char       *person,
      const char       *title,
      const char       *org)
{
  const NgMention *p = find(m, NG_MENTION_PERSON, person);
  if (!p)
    return 0;
  for (size_t i = 0; i < m->n; i++) {
    const NgMention *x = &m->v[i];
    if (x->kind != NG_MENTION_POST || strcmp(x->label, title) ||
        !x->holder_iri || strcmp(x->holder_iri, p->iri))
      continue;
    if (!*org && !x->org_iri)
      return 1;
    for (size_t j = 0; x->org_iri && j < m->n; j++)
      if (m->v[j].kind == NG_MENTION_ORG && !strcmp(m->v[j].iri, x->org_iri) &&
          !strcmp(m->v[j].label, org))
        return 1;
  }
  return 0;
}

/* 1 when PERSON holds a post titled TITLE whose body's IRI ends with
   IRI_TAIL: a body named only as the parent of another, or only inside a
   longer name, has no mention of its own. */
static inline int
holds_in_iri(const NgMentions *m,
             const char       *person,
             const char       *title,
             const char       *iri_tail)
{
  const NgMention *p = find(m, NG_MENTION_PERSON, person);
  size_t           k = strlen(iri_tail);
  for (size_t i = 0; p && i < m->n; i++) {
    const NgMention *x = &m->v[i];
    if (x->kind == NG_MENTION_POST && !strcmp(x->label, title) &&
        x->holder_iri && !strcmp(x->holder_iri, p->iri) && x->org_iri &&
        strlen(x->org_iri) >= k &&
        !strcmp(x->org_iri + strlen(x->org_iri) - k, iri_tail))
      return 1;
  }
  return 0;
}

#endif
