/* shell/shell.h -- the interactive shell and `newsgraph query`. */
#ifndef NG_SHELL_H
#define NG_SHELL_H

#include <stdio.h>

#include "graph/store.h"

typedef struct NgShell NgShell;

/* A shell over the database at DB_PATH (opened lazily, read-write when a
   command needs it). MODE is an output mode name or NULL for the default.
   Output goes to OUT, errors to ERR. Free with ng_shell_free(). */
NgStatus ng_shell_new(const char *db_path, const char *mode, FILE *out,
                      FILE *err, NgShell **sh);
void     ng_shell_free(NgShell *sh); /* NULL is a no-op */

/* Run one command line. Returns 0 ok, 1 error, 2 quit. */
int ng_shell_exec(NgShell *sh, const char *line);

/* Read commands from IN until end or .quit; with INTERACTIVE, through
   readline with a prompt, history and completion. Returns the exit status
   for the process: 0 when every command succeeded, 1 otherwise. */
int ng_shell_loop(NgShell *sh, FILE *in, int interactive);

#endif
