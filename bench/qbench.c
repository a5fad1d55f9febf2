/* bench/qbench.c -- query latency for `make bench`: runs the shell's own
   commands (the code behind `newsgraph query`) in one process over a list
   of names, output to /dev/null, and prints per command
   "ng_CMD MEDIAN_MS P99_MS RUNS ok=N", or "ng_CMD missing: ERROR" when the
   shell does not answer it (the command does not exist yet or fails for
   every name). Usage: qbench DB NAMES.tsv (lines "event|person|org TAB
   label", as bench/gen.py graph writes them); CMD... after them runs only
   those commands, env QBENCH_ROUNDS=N asks about each name N times (for
   profiling one), QBENCH_OUT=FILE writes the answers there and
   QBENCH_ERR=FILE appends the messages there. A command gets at most 20 s: a
   slow one is measured on the names it got through. */
#include "graph/buf.h"
#include "shell/shell.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_NAMES 400
#define BUDGET_MS 20000.0

typedef struct {
  char *v[MAX_NAMES];
  int   n;
} Names;

static double
now_ms(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int
cmp_d(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Runs each line of LINES (N of them) and reports under NAME. */
static void
run(NgShell *sh, FILE *err, const char *name, char **lines, int n)
{
  double *ms = calloc((size_t)n + 1, sizeof *ms);
  int     ok = 0;
  if (n == 0) {
    printf("ng_%s missing: no names to ask about\n", name);
    free(ms);
    return;
  }
  ng_shell_exec(sh, lines[0]); /* warm up: opens the store */
  rewind(err);
  /* At most BUDGET_MS per command: a slow one is measured on fewer names. */
  const char *env    = getenv("QBENCH_ROUNDS");
  int         rounds = env && atoi(env) > 0 ? atoi(env) : 1;
  double      start  = now_ms();
  int         ran    = 0;
  for (int k = 0; k < rounds; k++)
    for (int i = 0; i < n; i++) {
      double t0 = now_ms();
      int    rc = ng_shell_exec(sh, lines[i]);
      ms[i]     = now_ms() - t0; /* the last round's times */
      ok += rc == 0 && k == 0;
      ran += k == 0;
      if (now_ms() - start > BUDGET_MS * rounds)
        goto out;
    }
out:
  n = ran;
  if (!ok) {
    char line[300] = "";
    fflush(err);
    rewind(err);
    if (!fgets(line, sizeof line, err))
      snprintf(line, sizeof line, "fails\n");
    line[strcspn(line, "\n")] = 0;
    printf("ng_%s missing: %s\n", name, line);
  } else {
    qsort(ms, (size_t)n, sizeof *ms, cmp_d);
    int p99 = (int)(0.99 * n);
    if (p99 >= n)
      p99 = n - 1;
    printf("ng_%s %.3f %.3f %d ok=%d\n", name, ms[n / 2], ms[p99], n, ok);
  }
  fflush(stdout);
  free(ms);
}

static char *
line_of(const char *fmt, const char *a, const char *b)
{
  NgBuf buf = { 0 };
  ng_buf_printf(&buf, fmt, a, b);
  return ng_buf_take(&buf);
}

int
main(int argc, char **argv)
{
  if (argc < 3) {
    fprintf(stderr, "usage: qbench DB NAMES.tsv [CMD...]\n");
    return 2;
  }
  Names ev = { 0 }, pe = { 0 }, org = { 0 };
  FILE *f = fopen(argv[2], "r");
  char  buf[1024];
  if (!f) {
    perror(argv[2]);
    return 1;
  }
  while (fgets(buf, sizeof buf, f)) {
    buf[strcspn(buf, "\n")] = 0;
    char *tab               = strchr(buf, '\t');
    if (!tab)
      continue;
    *tab++    = 0;
    Names *to = !strcmp(buf, "event")    ? &ev
                : !strcmp(buf, "person") ? &pe
                : !strcmp(buf, "org")    ? &org
                                         : NULL;
    if (to && to->n < MAX_NAMES)
      to->v[to->n++] = ng_strdup(tab);
  }
  fclose(f);

  /* QBENCH_OUT=FILE keeps the answers, to compare two builds. */
  const char *keep = getenv("QBENCH_OUT");
  FILE       *out  = fopen(keep && *keep ? keep : "/dev/null", "w");
  /* QBENCH_ERR=FILE keeps the messages too (appended). */
  const char *keep_err = getenv("QBENCH_ERR");
  FILE       *err = keep_err && *keep_err ? fopen(keep_err, "a+") : tmpfile();
  NgShell    *sh  = NULL;
  if (!out || !err || ng_shell_new(argv[1], "tsv", out, err, &sh)) {
    fprintf(stderr, "qbench: error: cannot start the shell\n");
    return 1;
  }
  static const char join[] =
    "sparql SELECT ?l (COUNT(?e) AS ?n) WHERE { ?p "
    "<http://www.w3.org/2000/01/rdf-schema#label> \"%s\"@zh . ?e "
    "<http://schema.org/attendee> ?p . ?e <http://schema.org/attendee> ?o . "
    "FILTER(?o != ?p) ?o <http://www.w3.org/2000/01/rdf-schema#label> ?l } "
    "GROUP BY ?l ORDER BY DESC(?n)%s";
  struct {
    const char *name, *fmt;
    Names      *list;
    int         pairs;
  } cmds[] = { { "attendees", "attendees %s%s", &ev, 0 },
               { "events", "events %s%s", &pe, 0 },
               { "person", "person %s%s", &pe, 0 },
               { "trace", "trace %s%s", &org, 0 },
               { "path", "path %s %s", &pe, 1 },
               { "sparql_join", join, &pe, 0 } };
  for (size_t c = 0; c < sizeof cmds / sizeof *cmds; c++) {
    int wanted = argc == 3;
    for (int a = 3; a < argc; a++)
      wanted |= !strcmp(argv[a], cmds[c].name);
    if (!wanted)
      continue;
    Names *l = cmds[c].list;
    char  *lines[MAX_NAMES];
    int    n = 0;
    for (int i = 0; i < l->n; i++)
      if (!cmds[c].pairs || i + 1 < l->n)
        lines[n++] = line_of(
          cmds[c].fmt, l->v[i], cmds[c].pairs ? l->v[(i + 1) % l->n] : "");
    run(sh, err, cmds[c].name, lines, n);
    for (int i = 0; i < n; i++)
      ng_free(lines[i]);
  }
  ng_shell_free(sh);
  fclose(out);
  fclose(err);
  for (int i = 0; i < ev.n; i++)
    ng_free(ev.v[i]);
  for (int i = 0; i < pe.n; i++)
    ng_free(pe.v[i]);
  for (int i = 0; i < org.n; i++)
    ng_free(org.v[i]);
  return 0;
}
