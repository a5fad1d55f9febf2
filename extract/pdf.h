/* extract/pdf.h -- the text of a PDF, as poppler's pdftotext reads it.

   A newspaper's page or a document of a government site often comes as a
   PDF. Intake hands such a file to pdftotext (Debian's poppler-utils) and
   reads the text it writes as it reads a text file: lines broken where the
   page broke them, which page repair joins again. */
#ifndef NG_PDF_H
#define NG_PDF_H

#include "graph/buf.h"
#include "graph/status.h"

#include <stddef.h>

/* 1 when BYTES (N of them) open as a PDF does ("%PDF-"). */
int ng_pdf_is(const char *bytes, size_t n);

/* The text of the PDF read from PATH (whose N BYTES are given too: a PDF
   piped to standard input, PATH "-", is written to a temporary file for
   pdftotext), appended to OUT in UTF-8, a form feed between pages turned
   into a blank line. The program is pdftotext, or the one the environment
   variable NEWSGRAPH_PDFTOTEXT names. On failure *errmsg is one line that
   names NAME and what is wrong (no pdftotext, a damaged PDF, a PDF whose
   owner forbids copying its text, a PDF with no text, as a scan is);
   caller frees it with ng_free(). */
NgStatus ng_pdf_text(const char *path,
                     const char *name,
                     const char *bytes,
                     size_t      n,
                     NgBuf      *out,
                     char      **errmsg);

#endif
