/* shell/shell.c -- the shell: one table drives dispatch and help. */
#include "shell/shell.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "graph/buf.h"

struct NgShell {
  char    *db_path;
  NgStore *store; /* opened on first use */
  FILE    *out, *err;
  char    *mode;
};

typedef struct {
  const char *name;
  int         min, max; /* argument counts; max -1: any */
  int (*fn)(NgShell *sh, int argc, char **argv);
  const char *usage;
  const char *help;
} ShellCmd;

static int cmd_stats(NgShell *sh, int argc, char **argv);
static int cmd_help(NgShell *sh, int argc, char **argv);
static int cmd_quit(NgShell *sh, int argc, char **argv);

static const ShellCmd shell_cmds[] = {
  {"stats", 0, 0, cmd_stats, "stats", "count what the database holds"},
  {".help", 0, 1, cmd_help, ".help [COMMAND]", "list commands"},
  {".quit", 0, 0, cmd_quit, ".quit", "leave the shell"},
};
#define N_SHELL_CMDS (sizeof shell_cmds / sizeof *shell_cmds)

static void
errorf(NgShell *sh, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  fputs("Error: ", sh->err);
  vfprintf(sh->err, fmt, ap);
  fputc('\n', sh->err);
  va_end(ap);
}

NgStatus
ng_shell_new(const char *db_path, const char *mode, FILE *out, FILE *err,
             NgShell **sh)
{
  NgShell *s = ng_calloc(1, sizeof *s);
  if (!s)
    return NG_ERR_NOMEM;
  s->db_path = ng_strdup(db_path);
  s->mode    = ng_strdup(mode ? mode : "table");
  s->out     = out;
  s->err     = err;
  if (!s->db_path || !s->mode) {
    ng_shell_free(s);
    return NG_ERR_NOMEM;
  }
  *sh = s;
  return NG_OK;
}

void
ng_shell_free(NgShell *sh)
{
  if (!sh)
    return;
  ng_store_close(sh->store);
  ng_free(sh->db_path);
  ng_free(sh->mode);
  ng_free(sh);
}

static int
need_store(NgShell *sh)
{
  if (sh->store)
    return 0;
  char    *msg = NULL;
  NgStatus st  = ng_store_open(sh->db_path, NG_STORE_READ, &sh->store, &msg);
  if (st) {
    fprintf(sh->err, "newsgraph: error: %s\n", msg ? msg : ng_strerror(st));
    ng_free(msg);
    return 1;
  }
  return 0;
}

static int
cmd_stats(NgShell *sh, int argc, char **argv)
{
  (void)argc;
  (void)argv;
  if (need_store(sh))
    return 1;
  NgStoreStats s;
  if (ng_store_stats(sh->store, &s)) {
    errorf(sh, "%s", ng_store_errmsg(sh->store));
    return 1;
  }
  fprintf(sh->out,
          "quads      %lld\nterms      %lld\ngraphs     %lld\n"
          "sources    %lld\narticles   %lld\nsentences  %lld\n",
          s.quads, s.terms, s.graphs, s.sources, s.articles, s.sentences);
  return 0;
}

static int
cmd_help(NgShell *sh, int argc, char **argv)
{
  for (size_t i = 0; i < N_SHELL_CMDS; i++)
    if (argc == 0 || !strcmp(argv[0], shell_cmds[i].name))
      fprintf(sh->out, "%-24s %s\n", shell_cmds[i].usage, shell_cmds[i].help);
  return 0;
}

static int
cmd_quit(NgShell *sh, int argc, char **argv)
{
  (void)sh;
  (void)argc;
  (void)argv;
  return 2;
}

/* Splits LINE into words on spaces, honouring "double" and 'single'
   quotes; the words point into a copy the caller frees. */
static int
tokenize(char *line, char ***argv_out)
{
  size_t n = 0, cap = 8;
  char **v = ng_malloc(cap * sizeof *v);
  char  *p = line, *w;
  if (!v)
    return -1;
  while (*p) {
    while (*p == ' ' || *p == '\t')
      p++;
    if (!*p)
      break;
    if (n + 1 >= cap) {
      cap *= 2;
      char **nv = ng_realloc(v, cap * sizeof *nv);
      if (!nv) {
        ng_free(v);
        return -1;
      }
      v = nv;
    }
    w = p;
    char *o = p;
    while (*p && *p != ' ' && *p != '\t') {
      if (*p == '"' || *p == '\'') {
        char q = *p++;
        while (*p && *p != q)
          *o++ = *p++;
        if (*p)
          p++;
      } else
        *o++ = *p++;
    }
    if (*p)
      p++;
    *o     = '\0';
    v[n++] = w;
  }
  v[n]      = NULL;
  *argv_out = v;
  return (int)n;
}

int
ng_shell_exec(NgShell *sh, const char *line)
{
  char  *copy = ng_strdup(line);
  char **argv = NULL;
  int    rc   = 0;
  if (!copy)
    return 1;
  int argc = tokenize(copy, &argv);
  if (argc <= 0) {
    rc = argc < 0;
    goto done;
  }
  const ShellCmd *c = NULL;
  for (size_t i = 0; i < N_SHELL_CMDS; i++)
    if (!strcmp(argv[0], shell_cmds[i].name))
      c = &shell_cmds[i];
  if (!c) {
    errorf(sh, "unknown command \"%s\"; .help lists them", argv[0]);
    rc = 1;
    goto done;
  }
  if (argc - 1 < c->min || (c->max >= 0 && argc - 1 > c->max)) {
    fprintf(sh->err, "Usage: %s\n", c->usage);
    rc = 1;
    goto done;
  }
  rc = c->fn(sh, argc - 1, argv + 1);
done:
  ng_free(argv);
  ng_free(copy);
  fflush(sh->out);
  return rc;
}

int
ng_shell_loop(NgShell *sh, FILE *in, int interactive)
{
  int   status = 0;
  NgBuf line   = {0};
  for (;;) {
    char *l = NULL;
    if (interactive) {
      l = readline("newsgraph> ");
      if (!l)
        break;
      if (*l)
        add_history(l);
      ng_buf_clear(&line);
      ng_buf_puts(&line, l);
      free(l);
    } else {
      int c;
      ng_buf_clear(&line);
      while ((c = fgetc(in)) != EOF && c != '\n')
        ng_buf_putc(&line, (char)c);
      if (c == EOF && line.len == 0)
        break;
    }
    int rc = ng_shell_exec(sh, ng_buf_str(&line));
    if (rc == 2)
      break;
    if (rc)
      status = 1;
  }
  ng_buf_free(&line);
  return status;
}
