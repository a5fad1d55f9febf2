/* tests/unit/test_entity_bulletins.c -- names that county and township
   news bulletins write in Chinese government news in general: sites after
   the verbs that set out to build or draw on them. Every sentence is
   written for the test, with invented names of the same shape as real
   ones. */
#include "extract/entity.h"
#include "extract/extract.h"
#include "extract/intake.h"
#include "graph/buf.h"
#include "graph/vocab.h"
#include "mentions.h"
#include "test.h"

/* 1 when the facts F hold a place labelled LABEL. */
static int
place(const NgFacts *f, const char *label)
{
  for (size_t i = 0; i < f->n; i++) {
    if (strcmp(f->v[i].p.value, NG_RDFS_LABEL) ||
        strcmp(f->v[i].o.value, label))
      continue;
    NgTerm s = f->v[i].s, p = ng_iri(NG_RDF_TYPE), o = ng_iri(NG_SCHEMA_PLACE);
    if (ng_facts_has(f, &s, &p, &o))
      return 1;
  }
  return 0;
}

/* A site named after 签约共建 (a headline's 甲市签约共建某某港区物流枢纽)
   or 深挖 (深挖古城文化资源) starts after the verb; a 共建 that a site's
   own name holds after a place (某镇某某共建产业园) stays in it. */
static void
test_site_after_a_verb_of_building(void)
{
  NgMentions m = { 0 };
  NgFacts    f = run_facts("青川签约共建石滩港区物流枢纽\n"
                           "5月8日,青川市人民政府与某物流公司签约。",
                        &m);
  assert(place(&f, "石滩港区"));
  assert(!place(&f, "共建石滩港区"));
  ng_facts_free(&f);
  ng_mentions_free(&m);
  m = (NgMentions){ 0 };
  f = run_facts("韩立成指出,要深挖古城文化资源,推动文旅融合发展。", &m);
  assert(!place(&f, "深挖古城"));
  ng_facts_free(&f);
  ng_mentions_free(&m);
  m = (NgMentions){ 0 };
  f = run_facts("委员们来到东坪镇石门共建花椒产业园察看。", &m);
  assert(place(&f, "东坪镇石门共建花椒产业园") ||
         place(&f, "石门共建花椒产业园"));
  ng_facts_free(&f);
  ng_mentions_free(&m);
}

/* 洑, a rare family name, opens a name of two or three characters after
   a post (局长洑明远). */
static void
test_rare_surname(void)
{
  NgMentions m =
    run("县发展和改革局局长洑明远、县审计局局长石明轩分别作了报告。");
  assert(find(&m, NG_MENTION_PERSON, "洑明远"));
  assert(find(&m, NG_MENTION_PERSON, "石明轩"));
  ng_mentions_free(&m);
}

int
main(void)
{
  mentions_open();
  RUN(test_site_after_a_verb_of_building);
  RUN(test_rare_surname);
  mentions_close();
  return 0;
}
