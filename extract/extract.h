/* extract/extract.h -- from one clean article to the facts of its graph.

   The extractor holds the lexicons (data files read at start-up) and turns
   an NgArticle into quads in the vocabulary of ONTOLOGY.md: the article
   node, the persons, posts, organizations, places and events it names, with
   the sentence each fact came from. */
#ifndef NG_EXTRACT_H
#define NG_EXTRACT_H

#include "extract/intake.h"
#include "graph/status.h"
#include "graph/term.h"

typedef struct NgExtractor NgExtractor;

/* Load the lexicons from DATA_DIR (NULL: ng_extract_data_dir()) and mint
   IRIs under BASE (NULL: the default base). On failure *errmsg names the
   file and what is wrong; caller frees it with ng_free(). */
NgStatus ng_extractor_new(const char   *data_dir,
                          const char   *base,
                          NgExtractor **out,
                          char        **errmsg);
void     ng_extractor_free(NgExtractor *ex); /* NULL is a no-op */

/* The data folder: $NEWSGRAPH_DATA, else the one the binary was built
   with. Static storage. */
const char *ng_extract_data_dir(void);

/* The IRI of article A of DOC (its graph name); caller frees. */
char *ng_extract_article_iri(const NgExtractor *ex,
                             const NgDocument  *doc,
                             const NgArticle   *a);

/* Append the facts of article A of DOC to FACTS. Sentence indexes in the
   facts refer to A->sentences. */
NgStatus ng_extract_article(NgExtractor      *ex,
                            const NgDocument *doc,
                            const NgArticle  *a,
                            NgFacts          *facts);

#endif
