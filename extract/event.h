/* extract/event.h -- events in one article: meetings, inspections,
   ceremonies and other activities, with who took part in which role, when
   and where.

   The event stage reads the article's text and the mentions the entity
   recognizers found (extract/mention.h) and appends to the article's facts
   one schema:Event per happening: its ng:eventType, rdfs:label, date,
   location, organizers and participants (schema:attendee plus ng:chair,
   ng:speaker, ng:lead, ng:accompany), and schema:about from the article.
   Its vocabulary (event nouns, trigger and role verbs, date words) is read
   from data/events.tsv. */
#ifndef NG_EVENT_H
#define NG_EVENT_H

#include "extract/intake.h"
#include "extract/mention.h"
#include "graph/status.h"
#include "graph/term.h"

typedef struct NgEvents NgEvents;

/* Load DATA_DIR/events.tsv and mint event IRIs under BASE (NULL: the
   default base). On failure *errmsg names the file and what is wrong;
   caller frees it with ng_free(). On NG_OK free *out with
   ng_events_free(). */
NgStatus ng_events_new(const char *data_dir,
                       const char *base,
                       NgEvents  **out,
                       char      **errmsg);
void     ng_events_free(NgEvents *ev); /* NULL is a no-op */

/* Append the events of article A of DOC to FACTS. ARTICLE_IRI names the
   article (the subject of schema:about); M holds the article's mentions
   in text order (borrowed; NULL or empty gives events without people).
   Sentence indexes in the facts refer to A->sentences. */
NgStatus ng_events_extract(NgEvents         *ev,
                           const NgDocument *doc,
                           const NgArticle  *a,
                           const char       *article_iri,
                           const NgMentions *m,
                           NgFacts          *facts);

#endif
