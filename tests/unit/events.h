/* tests/unit/events.h -- what the event tests share: the intake and
   extractor they run (each test file opens them in main with
   events_open()), the facts of a text run through the whole extractor,
   and lookups a reader would do on them (an event by part of its label,
   who holds which role in it). */
#ifndef NG_TEST_EVENTS_H
#define NG_TEST_EVENTS_H

#include "extract/extract.h"
#include "extract/intake.h"
#include "graph/vocab.h"
#include "test.h"

static NgIntake    *intake;
static NgExtractor *extractor;

/* Opens the intake and the extractor the tests of a file run on. */
static inline void
events_open(void)
{
  char *msg = NULL;
  assert(ng_intake_new(&intake) == NG_OK);
  assert(ng_extractor_new(NULL, NULL, &extractor, &msg) == NG_OK);
}

/* Closes what events_open() opened. */
static inline void
events_close(void)
{
  ng_extractor_free(extractor);
  ng_intake_free(intake);
}

/* The facts of every article of TEXT (dated DATE, YYYY-MM-DD). */
static inline NgFacts
run(const char *text, const char *date)
{
  NgDocument     *doc = NULL;
  char           *msg = NULL;
  NgFacts         f   = { 0 };
  NgIntakeOptions opt = { 0 };
  opt.date            = date;
  assert(ng_intake_bytes(
           intake, "t.txt", text, strlen(text), &opt, &doc, &msg) == NG_OK);
  for (size_t i = 0; i < doc->n_articles; i++)
    assert(ng_extract_article(extractor, doc, &doc->articles[i], &f) == NG_OK);
  ng_document_free(doc);
  return f;
}

/* The subject labelled LABEL with type TYPE, or NULL. */
static inline const char *
labelled(const NgFacts *f, const char *type, const char *label)
{
  for (size_t i = 0; i < f->n; i++) {
    if (strcmp(f->v[i].p.value, NG_RDFS_LABEL) ||
        strcmp(f->v[i].o.value, label))
      continue;
    NgTerm s = f->v[i].s, p = ng_iri(NG_RDF_TYPE), o = ng_iri(type);
    if (ng_facts_has(f, &s, &p, &o))
      return f->v[i].s.value;
  }
  return NULL;
}

/* How many events the facts hold. */
static inline size_t
events(const NgFacts *f)
{
  size_t n = 0;
  for (size_t i = 0; i < f->n; i++)
    n += !strcmp(f->v[i].p.value, NG_RDF_TYPE) &&
         !strcmp(f->v[i].o.value, NG_SCHEMA_EVENT);
  return n;
}

/* The IRI of the event whose label holds PART, or NULL. */
static inline const char *
event(const NgFacts *f, const char *part)
{
  for (size_t i = 0; i < f->n; i++) {
    if (strcmp(f->v[i].p.value, NG_RDFS_LABEL) ||
        !strstr(f->v[i].o.value, part))
      continue;
    NgTerm s = f->v[i].s, p = ng_iri(NG_RDF_TYPE), o = ng_iri(NG_SCHEMA_EVENT);
    if (ng_facts_has(f, &s, &p, &o))
      return f->v[i].s.value;
  }
  return NULL;
}

/* How many events hold the person (or body) labelled WHO with property
   ROLE. */
static inline size_t
role(const NgFacts *f, const char *prop, const char *who)
{
  const char *x = labelled(f, NG_SCHEMA_PERSON, who);
  if (!x)
    x = labelled(f, NG_ORG_ORGANIZATION, who);
  if (!x)
    x = labelled(f, NG_SCHEMA_PLACE, who);
  if (!x)
    return 0;
  size_t n = 0;
  for (size_t i = 0; i < f->n; i++)
    n += !strcmp(f->v[i].p.value, prop) && !strcmp(f->v[i].o.value, x);
  return n;
}

/* The start date of the event EV as written in the facts (2024-08-26,
   --08-26), or NULL. */
static inline const char *
date_of(const NgFacts *f, const char *ev)
{
  for (size_t i = 0; ev && i < f->n; i++)
    if (!strcmp(f->v[i].s.value, ev) &&
        !strcmp(f->v[i].p.value, NG_SCHEMA_STARTDATE))
      return f->v[i].o.value;
  return NULL;
}

/* 1 when the event EV holds WHO with property PROP. */
static inline int
in(const NgFacts *f, const char *ev, const char *prop, const char *who)
{
  const char *x = labelled(f, NG_SCHEMA_PERSON, who);
  if (!x)
    x = labelled(f, NG_ORG_ORGANIZATION, who);
  if (!x || !ev)
    return 0;
  NgTerm s = ng_iri(ev), p = ng_iri(prop), o = ng_iri(x);
  return ng_facts_has(f, &s, &p, &o);
}

#endif
