/* extract/iri.h -- stable, readable instance IRIs. */
#ifndef NG_IRI_H
#define NG_IRI_H

/* BASE + KIND + "/" + LABEL, with LABEL's UTF-8 kept as is (IRIs allow it)
   and ASCII that an IRI or N-Triples forbids percent-encoded. The same
   label always gives the same IRI. Caller frees with ng_free(); NULL when
   out of memory. */
char *ng_iri_mint(const char *base, const char *kind, const char *label);

#endif
