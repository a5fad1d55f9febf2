/* graph/status.c -- messages for status codes. */
#include "graph/status.h"

const char *
ng_strerror(NgStatus st)
{
  switch (st) {
    case NG_OK:
      return "success";
    case NG_DONE:
      return "done";
    case NG_ERR_ARG:
      return "invalid argument";
    case NG_ERR_NOMEM:
      return "out of memory";
    case NG_ERR_IO:
      return "input/output error";
    case NG_ERR_DB:
      return "database error";
    case NG_ERR_TEXT:
      return "invalid text";
    case NG_ERR_SYNTAX:
      return "syntax error";
    case NG_ERR_NOT_FOUND:
      return "not found";
    case NG_ERR_SCHEMA:
      return "not a newsgraph database of this version";
    case NG_ERR_INTERNAL:
      return "internal error";
  }
  return "unknown status";
}
