/* shell/shell.h -- the interactive shell and `newsgraph query`.

   One command table (shell/shell.c) drives dispatch, .help and Tab
   completion. Answers go to OUT in the current mode (table, tsv, csv,
   json); errors go to ERR as one line, "Error: ...", with the command and
   a caret under the bad argument where that helps. */
#ifndef NG_SHELL_H
#define NG_SHELL_H

#include "graph/store.h"

#include <stdio.h>

typedef struct NgShell NgShell;

/* A shell over the database at DB_PATH (opened on first use: for writing
   when the file allows, so the name keys and text index can be kept in
   it). MODE is an output mode name or NULL for table; an unknown one gives
   NG_ERR_ARG. Output goes to OUT, errors to ERR (both borrowed). Free with
   ng_shell_free(). */
NgStatus ng_shell_new(const char *db_path,
                      const char *mode,
                      FILE       *out,
                      FILE       *err,
                      NgShell   **sh);
void     ng_shell_free(NgShell *sh); /* NULL is a no-op */

/* Run one command line. Returns 0 ok, 1 error, 2 quit. */
int ng_shell_exec(NgShell *sh, const char *line);

/* Read commands from IN until end or .quit; a line ending in \ or leaving
   a quote or brace open continues on the next. With INTERACTIVE, through
   readline with a prompt, history ($NEWSGRAPH_HISTORY, else
   ~/.newsgraph_history), completion of commands and names, numbered picks
   when a name fits several entities, and Ctrl-C stopping the running
   command. Returns the exit status for the process: 0 when every command
   succeeded, 1 otherwise. */
int ng_shell_loop(NgShell *sh, FILE *in, int interactive);

#endif
