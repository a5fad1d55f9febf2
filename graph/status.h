/* graph/status.h -- status codes shared by every newsgraph module. */
#ifndef NG_STATUS_H
#define NG_STATUS_H

/* Errors sort after NG_DONE, so `st > NG_DONE` means failure. */
typedef enum {
  NG_OK,            /* success */
  NG_DONE,          /* not an error: end of iteration, nothing to do */
  NG_ERR_ARG,       /* bad argument from the caller */
  NG_ERR_NOMEM,     /* out of memory */
  NG_ERR_IO,        /* file or stream error */
  NG_ERR_DB,        /* SQLite error */
  NG_ERR_TEXT,      /* text that cannot be decoded or is not text */
  NG_ERR_SYNTAX,    /* malformed input in a known syntax */
  NG_ERR_NOT_FOUND, /* no such thing */
  NG_ERR_SCHEMA,    /* database not newsgraph's or of another version */
  NG_ERR_INTERNAL   /* a bug */
} NgStatus;

/* A short lower-case description of ST; static storage. */
const char *ng_strerror(NgStatus st);

#define NG_TRY(st, expr)                                                       \
  do {                                                                         \
    if (((st) = (expr)) > NG_DONE)                                             \
      goto done;                                                               \
  } while (0)

#endif
