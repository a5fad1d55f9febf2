/* extract/iri.c -- minting instance IRIs. */
#include "extract/iri.h"

#include "graph/buf.h"

#include <string.h>

/* ASCII characters kept as they are in the label part of an IRI: letters,
   digits and -._~!$&'()*+,;=:@/ (bit c of keep_ascii[c / 64]). */
static const unsigned long long keep_ascii[2] = { 0x2FFFFFD200000000ull,
                                                  0x47FFFFFE87FFFFFFull };

char *
ng_iri_mint(const char *base, const char *kind, const char *label)
{
  static const char hex[] = "0123456789ABCDEF";
  size_t            nb = strlen(base), nk = strlen(kind), nl = strlen(label);
  char             *out = ng_malloc(nb + nk + 1 + 3 * nl + 1), *o;
  if (!out)
    return NULL;
  memcpy(out, base, nb);
  memcpy(out + nb, kind, nk);
  o    = out + nb + nk;
  *o++ = '/';
  for (const unsigned char *p = (const unsigned char *)label; *p; p++) {
    unsigned c = *p;
    if (c >= 0x80 || (keep_ascii[c >> 6] >> (c & 63) & 1))
      *o++ = (char)c;
    else if (c == ' ' || c == '\t' || c == '\n')
      *o++ = '_';
    else {
      *o++ = '%';
      *o++ = hex[c >> 4];
      *o++ = hex[c & 15];
    }
  }
  *o = '\0';
  return out;
}
