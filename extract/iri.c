/* extract/iri.c -- minting instance IRIs. */
#include "extract/iri.h"

#include <string.h>

#include "graph/buf.h"

/* ASCII characters kept as they are in the label part of an IRI. */
static int
keep(unsigned char c)
{
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || strchr("-._~!$&'()*+,;=:@/", c);
}

char *
ng_iri_mint(const char *base, const char *kind, const char *label)
{
  NgBuf b = {0};
  ng_buf_puts(&b, base);
  ng_buf_puts(&b, kind);
  ng_buf_putc(&b, '/');
  for (const unsigned char *p = (const unsigned char *)label; *p; p++) {
    if (*p == ' ' || *p == '\t' || *p == '\n')
      ng_buf_putc(&b, '_');
    else if (keep(*p) && *p != '\0')
      ng_buf_putc(&b, (char)*p);
    else
      ng_buf_printf(&b, "%%%02X", *p);
  }
  if (!b.data)
    return NULL;
  return ng_buf_take(&b);
}
