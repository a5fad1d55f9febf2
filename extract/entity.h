/* extract/entity.h -- persons, posts, organizations and places.

   API in short, for the stages that follow (events):

     NgEntities *en;                     one per extractor, built at start-up
     ng_entities_new(data_dir, base, &en, &errmsg);
     ng_entities_extract(en, doc, a, article_iri, &mentions, facts);
     ng_entities_free(en);

   ng_entities_extract() appends to MENTIONS (an NgMentions from
   extract/mention.h, sorted by start offset when it returns) one mention per
   name found in article A:
     NG_MENTION_PERSON  label = the name, iri = the person
     NG_MENTION_ORG     label = the fullest name (市委 resolved to 郑州市委 when
                        the article says which city), surface = as written
     NG_MENTION_PLACE   label = the place name
     NG_MENTION_POST    label = the title as written (副书记), org_iri = the
                        organization it is in or NULL, holder_iri = the
                        person holding it or NULL
   Offsets are bytes of A->text, sentence indexes refer to A->sentences.
   It also appends to FACTS the graph of those entities (types, labels,
   altLabels, org:holds, org:postIn, org:subOrganizationOf,
   schema:containedInPlace, schema:mentions from ARTICLE_IRI), each fact with
   its sentence and the character span of that sentence. A site that is also
   a body (科技产业园 with a 主任) gives both an ORG and a PLACE mention. */
#ifndef NG_ENTITY_H
#define NG_ENTITY_H

#include "extract/intake.h"
#include "extract/lexicon.h"
#include "extract/mention.h"
#include "graph/status.h"
#include "graph/term.h"

typedef struct NgEntities NgEntities;

/* Read the lexicons of DATA_DIR (surnames.txt, given.tsv, given_extra.tsv,
   titles.txt,
   title_prefixes.txt, org_bodies.tsv, orgs.txt, domains.txt, places.tsv,
   places_former.tsv, places_short.tsv, places_extra.tsv, place_suffixes.tsv,
   regions.txt, stopwords.txt, name_context.tsv, not_bodies.txt, not_names.txt,
   minority_names.txt, org_short.tsv); IRIs are minted under BASE. On failure
   *errmsg names the file and what is wrong (caller frees with ng_free()). On
   NG_OK *out owns the recognizers (ng_entities_free()). */
NgStatus ng_entities_new(const char  *data_dir,
                         const char  *base,
                         NgEntities **out,
                         char       **errmsg);
void     ng_entities_free(NgEntities *en); /* NULL is a no-op */

/* Recognize the entities of article A of DOC: mentions to OUT (appended,
   then sorted by start) and facts to FACTS (see above). Byline names of A
   count as known persons. */
NgStatus ng_entities_extract(NgEntities       *en,
                             const NgDocument *doc,
                             const NgArticle  *a,
                             const char       *article_iri,
                             NgMentions       *out,
                             NgFacts          *facts);

/* The lexicon the recognizers use (borrowed), for tests and tools. */
const NgLexicon *ng_entities_lexicon(const NgEntities *en);

#endif
