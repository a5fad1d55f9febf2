/* shell/shell.c -- the shell: one command table drives dispatch, .help and
   completion; output modes; readline with history, completion of commands
   and names (Chinese and pinyin), multi-line input and Ctrl-C. */
#include "shell/shell.h"

#include "exports/rdf.h"
#include "extract/build.h"
#include "extract/pinyin.h"
#include "graph/buf.h"
#include "graph/query.h"
#include "graph/sparql.h"
#include "graph/vocab.h"

#include <errno.h>
#include <locale.h>
#include <readline/history.h>
#include <readline/readline.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---------------------------------------------------------------- state */

enum { MODE_TABLE, MODE_TSV, MODE_CSV, MODE_JSON, MODE_LINE };

/* The output modes (SQLite's aModeInfo). */
static const char *const mode_names[] = { "table",
                                          "tsv",
                                          "csv",
                                          "json",
                                          "line" };
#define N_MODES 5

struct NgShell {
  char       *db_path;
  NgStore    *store;    /* opened on first use */
  int         writable; /* STORE was opened for writing */
  NgQuery    *query;    /* names, answers; with the index brought up to date */
  NgSparql   *sparql;   /* made on the first sparql command */
  NgPinyin   *pinyin;   /* name keys */
  FILE       *out, *err;
  FILE       *out_file;    /* .output FILE, or NULL for OUT */
  int         mode;        /* MODE_ */
  int         headers;     /* print column names */
  int         timer;       /* .timer on */
  int         interactive; /* a terminal: prompts, picks from lists */
  int         read_depth;  /* .read files being read */
  long        tsv_tables;  /* tables written in tsv or csv to this output */
  int         once;        /* OUT_FILE is for the next command only (.once) */
  const char *where; /* "FILE:LINE" of the command a .read runs, or NULL */
  /* The command being run, for carets under a bad argument. */
  const void *cmd; /* its ShellCmd */
  const char *line;
  size_t     *arg_off; /* byte offset in LINE of each argument */
  char      **raw;     /* each argument as typed, quotes kept */
};

/* The interrupt flag and the shell the signal handler and readline's
   completion hook reach (SQLite's seenInterrupt and globalDb). */
static volatile sig_atomic_t seen_interrupt;
static NgShell              *current_shell;

typedef struct {
  const char *name;
  int         min, max; /* argument counts; max -1: any */
  int         flags;
  int         kinds; /* NG_KIND_ of the names it takes (resolve, Tab) */
  int (*fn)(NgShell *sh, int argc, char **argv);
  const char *usage;
  const char *help;
} ShellCmd;

enum {
  NEEDS_STORE = 1 << 0, /* opens the database first */
  NEEDS_INDEX = 1 << 1, /* and the name keys and text index */
  REST        = 1 << 2, /* the rest of the line is the one argument */
  NAMES       = 1 << 3, /* arguments complete as entity names */
  ALIAS       = 1 << 4, /* another name of the command before it */
  FILES       = 1 << 5  /* arguments complete as file names */
};

#define QUERY_CMD (NEEDS_STORE | NEEDS_INDEX)

static int cmd_attendees(NgShell *sh, int argc, char **argv);
static int cmd_events(NgShell *sh, int argc, char **argv);
static int cmd_person(NgShell *sh, int argc, char **argv);
static int cmd_org(NgShell *sh, int argc, char **argv);
static int cmd_trace(NgShell *sh, int argc, char **argv);
static int cmd_path(NgShell *sh, int argc, char **argv);
static int cmd_search(NgShell *sh, int argc, char **argv);
static int cmd_why(NgShell *sh, int argc, char **argv);
static int cmd_find(NgShell *sh, int argc, char **argv);
static int cmd_sparql(NgShell *sh, int argc, char **argv);
static int cmd_load(NgShell *sh, int argc, char **argv);
static int cmd_export(NgShell *sh, int argc, char **argv);
static int cmd_stats(NgShell *sh, int argc, char **argv);
static int cmd_mode(NgShell *sh, int argc, char **argv);
static int cmd_headers(NgShell *sh, int argc, char **argv);
static int cmd_output(NgShell *sh, int argc, char **argv);
static int cmd_once(NgShell *sh, int argc, char **argv);
static int cmd_timer(NgShell *sh, int argc, char **argv);
static int cmd_help(NgShell *sh, int argc, char **argv);
static int cmd_quit(NgShell *sh, int argc, char **argv);
static int cmd_read(NgShell *sh, int argc, char **argv);

/* clang-format off */
#define PERSON NG_KIND_PERSON
#define BODY   (NG_KIND_ORG | NG_KIND_PLACE)
static const ShellCmd shell_cmds[] = {
  /* name      min max flags                    kinds          fn       usage / help */
  {"attendees", 1, 1, QUERY_CMD | NAMES, NG_KIND_EVENT, cmd_attendees,
   "attendees EVENT", "who took part in an event, with roles"},
  {"who", 1, 1, QUERY_CMD | NAMES | ALIAS, NG_KIND_EVENT, cmd_attendees,
   "who EVENT", "the same as attendees"},
  {"events", 1, 1, QUERY_CMD | NAMES, PERSON | BODY, cmd_events,
   "events PERSON|ORG",
   "events a person or organization took part in, newest first"},
  {"person", 1, 1, QUERY_CMD | NAMES, PERSON, cmd_person, "person NAME",
   "posts held (first and last seen), events, people met most often"},
  {"org", 1, 1, QUERY_CMD | NAMES, BODY, cmd_org, "org NAME",
   "posts and holders, sub-organizations, events"},
  {"trace", 1, 3, QUERY_CMD | NAMES, BODY, cmd_trace, "trace ORG [FROM [TO]]",
   "a department's activities and its officials' events as a timeline"},
  {"path", 2, 2, QUERY_CMD | NAMES, 0, cmd_path, "path A B",
   "the shortest chain of shared events or posts between two entities"},
  {"search", 1, 1, QUERY_CMD | REST, 0, cmd_search, "search TEXT",
   "full-text search over labels and source sentences"},
  {"why", 1, 3, QUERY_CMD | NAMES, 0, cmd_why,
   "why SUBJECT [PREDICATE [OBJECT]]",
   "the file, article and sentence behind each matching fact"},
  {"find", 3, 4, QUERY_CMD, 0, cmd_find, "find S P O [G]",
   "match quads; ? is a wildcard, prefixed names as in ONTOLOGY.md"},
  {"sparql", 1, 1, QUERY_CMD | REST, 0, cmd_sparql, "sparql QUERY",
   "SPARQL 1.1 SELECT, ASK, CONSTRUCT or DESCRIBE over the store"},
  {"load", 1, -1, FILES, 0, cmd_load, "load PATH...",
   "extract news files or folders, or load RDF files, into the database"},
  {"export", 1, 12, NEEDS_STORE | FILES, 0, cmd_export,
   "export FORMAT [FILE] [OPTION]...",
   "write the graph, or a part (--about, --graph), as newsgraph export"},
  {"stats", 0, 0, NEEDS_STORE, 0, cmd_stats, "stats",
   "count what the database holds"},
  {".mode", 0, 1, 0, 0, cmd_mode, ".mode [table|tsv|csv|json|line]",
   "set or show the output mode"},
  {".headers", 1, 1, 0, 0, cmd_headers, ".headers on|off",
   "show column names or not"},
  {".output", 0, 1, FILES, 0, cmd_output, ".output [FILE]",
   "send output to FILE, or back to the terminal"},
  {".once", 1, 1, FILES, 0, cmd_once, ".once FILE",
   "send the next command's output to FILE"},
  {".timer", 1, 1, 0, 0, cmd_timer, ".timer on|off", "time each command"},
  {".read", 1, 1, FILES, 0, cmd_read, ".read FILE",
   "run the commands in FILE, one a line"},
  {".help", 0, 1, 0, 0, cmd_help, ".help [COMMAND]", "list commands, or say more of one"},
  {".quit", 0, 0, 0, 0, cmd_quit, ".quit", "leave the shell"},
  {".exit", 0, 0, ALIAS, 0, cmd_quit, ".exit", "the same as .quit"},
  /* the words other shells (psql, Python, mysql) take without the dot */
  {"help", 0, 1, ALIAS, 0, cmd_help, "help [COMMAND]", "the same as .help"},
  {"quit", 0, 0, ALIAS, 0, cmd_quit, "quit", "the same as .quit"},
  {"exit", 0, 0, ALIAS, 0, cmd_quit, "exit", "the same as .quit"},
  /* psql's */
  {"\\q", 0, 0, ALIAS, 0, cmd_quit, "\\q", "the same as .quit"},
  {"\\?", 0, 1, ALIAS, 0, cmd_help, "\\? [COMMAND]", "the same as .help"},
};
#undef PERSON
#undef BODY
/* clang-format on */
#define N_SHELL_CMDS (sizeof shell_cmds / sizeof *shell_cmds)

/* ---------------------------------------------------------------- output */

static FILE *
out_of(NgShell *sh)
{
  return sh->out_file ? sh->out_file : sh->out;
}

/* Every answer goes through here, so tests can capture it (SQLite's
   cli_printf). */
static void shell_printf(NgShell *sh, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));
static void
shell_printf(NgShell *sh, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vfprintf(out_of(sh), fmt, ap);
  va_end(ap);
}

static void errorf(NgShell *sh, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));
static void
errorf(NgShell *sh, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  fprintf(
    sh->err, "Error: %s%s", sh->where ? sh->where : "", sh->where ? ": " : "");
  vfprintf(sh->err, fmt, ap);
  fputc('\n', sh->err);
  va_end(ap);
}

/* Columns a UTF-8 string takes on a terminal: East Asian wide and
   full-width characters take two. */
static size_t
display_width(const char *s, size_t n)
{
  size_t w = 0;
  for (size_t i = 0; i < n && s[i];) {
    unsigned char c = (unsigned char)s[i];
    unsigned      cp;
    int           len;
    if (c < 0x80) {
      cp  = c;
      len = 1;
    } else if ((c & 0xE0) == 0xC0) {
      cp  = c & 0x1F;
      len = 2;
    } else if ((c & 0xF0) == 0xE0) {
      cp  = c & 0x0F;
      len = 3;
    } else {
      cp  = c & 0x07;
      len = 4;
    }
    for (int k = 1; k < len && i + (size_t)k < n; k++)
      cp = (cp << 6) | ((unsigned char)s[i + (size_t)k] & 0x3F);
    i += (size_t)len;
    if (cp < 0x20)
      continue;
    int wide =
      (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    w += wide ? 2 : 1;
  }
  return w;
}

/* The caret line under argument ARGI of the current command, at byte
   WITHIN of it. */
static void
caret(NgShell *sh, int argi, size_t within)
{
  if (!sh->line || !sh->arg_off)
    return;
  size_t at = sh->arg_off[argi] + within;
  fprintf(
    sh->err, "  %s\n  %*s^\n", sh->line, (int)display_width(sh->line, at), "");
}

/* An error about argument ARGI (0 is the first after the command). */
static int arg_error(NgShell *sh, int argi, size_t within, const char *fmt, ...)
  __attribute__((format(printf, 4, 5)));
static int
arg_error(NgShell *sh, int argi, size_t within, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  fprintf(
    sh->err, "Error: %s%s", sh->where ? sh->where : "", sh->where ? ": " : "");
  vfprintf(sh->err, fmt, ap);
  fputc('\n', sh->err);
  va_end(ap);
  caret(sh, argi + 1, within);
  return 1;
}

static void
put_json_string(FILE *f, const char *s)
{
  fputc('"', f);
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\')
      fprintf(f, "\\%c", c);
    else if (c == '\n')
      fputs("\\n", f);
    else if (c == '\t')
      fputs("\\t", f);
    else if (c == '\r')
      fputs("\\r", f);
    else if (c < 0x20)
      fprintf(f, "\\u%04x", c);
    else
      fputc(c, f);
  }
  fputc('"', f);
}

/* 1 when S is a number as JSON writes one (xsd:integer "007" or "+5" and
   xsd:double "INF" are not: they stay strings). */
static int
json_number(const char *s)
{
  if (*s == '-')
    s++;
  if (*s == '0')
    s++;
  else if (*s >= '1' && *s <= '9')
    while (*s >= '0' && *s <= '9')
      s++;
  else
    return 0;
  if (*s == '.') {
    if (!(*++s >= '0' && *s <= '9'))
      return 0;
    while (*s >= '0' && *s <= '9')
      s++;
  }
  if (*s == 'e' || *s == 'E') {
    s++;
    if (*s == '+' || *s == '-')
      s++;
    if (!(*s >= '0' && *s <= '9'))
      return 0;
    while (*s >= '0' && *s <= '9')
      s++;
  }
  return *s == '\0';
}

static void
put_csv(FILE *f, const char *s)
{
  if (!strpbrk(s, ",\"\n\r")) {
    fputs(s, f);
    return;
  }
  fputc('"', f);
  for (; *s; s++) {
    if (*s == '"')
      fputc('"', f);
    fputc(*s, f);
  }
  fputc('"', f);
}

static void
put_tsv(FILE *f, const char *s)
{
  for (; *s; s++) {
    if (*s == '\t')
      fputs("\\t", f);
    else if (*s == '\n')
      fputs("\\n", f);
    else if (*s == '\\')
      fputs("\\\\", f);
    else
      fputc(*s, f);
  }
}

static void
table_rule(FILE *f, const size_t *w, int n)
{
  for (int c = 0; c < n; c++) {
    fputc('+', f);
    for (size_t i = 0; i < w[c] + 2; i++)
      fputc('-', f);
  }
  fputs("+\n", f);
}

static void
table_row(FILE *f, const size_t *w, int n, const char *const *cells)
{
  for (int c = 0; c < n; c++) {
    const char *s = cells[c];
    fputs("| ", f);
    for (; *s; s++)
      fputc(*s == '\n' ? ' ' : *s, f);
    for (size_t i = display_width(cells[c], strlen(cells[c])); i < w[c]; i++)
      fputc(' ', f);
    fputc(' ', f);
  }
  fputs("|\n", f);
}

static void
print_table(NgShell *sh, const NgTable *t)
{
  FILE  *f  = out_of(sh);
  int    nc = ng_table_ncols(t);
  size_t nr = ng_table_nrows(t);
  switch (sh->mode) {
    case MODE_TABLE: {
      size_t      *w     = ng_calloc((size_t)nc, sizeof *w);
      const char **cells = ng_calloc((size_t)nc, sizeof *cells);
      if (!w || !cells) {
        ng_free(w);
        ng_free(cells);
        return;
      }
      for (int c = 0; c < nc; c++) {
        w[c] = sh->headers ? display_width(ng_table_col(t, c), (size_t)-1) : 0;
        for (size_t r = 0; r < nr; r++) {
          size_t x = display_width(ng_table_cell(t, r, c), (size_t)-1);
          if (x > w[c])
            w[c] = x;
        }
      }
      if (*ng_table_title(t))
        fprintf(f, "%s\n", ng_table_title(t));
      if (nr == 0 && !*ng_table_title(t))
        fputs("(no rows)\n", f);
      else if (nr == 0)
        fputs("  (none)\n", f);
      if (nr > 0) {
        table_rule(f, w, nc);
        if (sh->headers) {
          for (int c = 0; c < nc; c++)
            cells[c] = ng_table_col(t, c);
          table_row(f, w, nc, cells);
          table_rule(f, w, nc);
        }
        for (size_t r = 0; r < nr; r++) {
          for (int c = 0; c < nc; c++)
            cells[c] = ng_table_cell(t, r, c);
          table_row(f, w, nc, cells);
        }
        table_rule(f, w, nc);
      }
      ng_free(w);
      ng_free(cells);
      break;
    }
    case MODE_TSV:
    case MODE_CSV: {
      int csv = sh->mode == MODE_CSV;
      /* An empty line between two tables, those of one answer (person,
         org) and those of the commands after it, is where a program
         splits them (a row is empty only in a SPARQL table of one
         column whose variable is unbound there). */
      if (sh->tsv_tables++)
        fputs(csv ? "\r\n" : "\n", f);
      for (long r = sh->headers ? -1 : 0; r < (long)nr; r++) {
        for (int c = 0; c < nc; c++) {
          const char *s =
            r < 0 ? ng_table_col(t, c) : ng_table_cell(t, (size_t)r, c);
          if (c)
            fputc(csv ? ',' : '\t', f);
          if (csv)
            put_csv(f, s);
          else
            put_tsv(f, s);
        }
        fputs(csv ? "\r\n" : "\n", f);
      }
      break;
    }
    case MODE_LINE: {
      /* sqlite3's .mode line: a row a block, "column = value" a line */
      size_t w = 0;
      for (int c = 0; c < nc; c++) {
        size_t x = display_width(ng_table_col(t, c), (size_t)-1);
        if (x > w)
          w = x;
      }
      if (*ng_table_title(t))
        fprintf(f, "%s\n", ng_table_title(t));
      if (nr == 0)
        fputs(*ng_table_title(t) ? "  (none)\n" : "(no rows)\n", f);
      for (size_t r = 0; r < nr; r++) {
        if (r)
          fputc('\n', f);
        for (int c = 0; c < nc; c++) {
          const char *col = ng_table_col(t, c);
          for (size_t i = display_width(col, (size_t)-1); i < w; i++)
            fputc(' ', f);
          fprintf(f, "%s = %s\n", col, ng_table_cell(t, r, c));
        }
      }
      break;
    }
    case MODE_JSON:
      fputc('[', f);
      for (size_t r = 0; r < nr; r++) {
        fputs(r ? ",\n{" : "{", f);
        for (int c = 0; c < nc; c++) {
          const char *v = ng_table_cell(t, r, c);
          int         k = ng_table_cell_kind(t, r, c);
          if (c)
            fputc(',', f);
          put_json_string(f, ng_table_col(t, c));
          fputc(':', f);
          if (k == NG_CELL_NULL)
            fputs("null", f);
          else if ((k == NG_CELL_NUMBER && json_number(v)) ||
                   (k == NG_CELL_BOOLEAN &&
                    (!strcmp(v, "true") || !strcmp(v, "false"))))
            fputs(v, f);
          else
            put_json_string(f, v);
        }
        fputc('}', f);
      }
      fputs("]\n", f);
      break;
  }
}

/* Prints a command's answer. In JSON several tables make one object keyed
   by their titles, so the output stays one JSON value; in the other modes
   an empty line stands between two tables (see print_table for TSV and
   CSV). */
static void
print_tables(NgShell *sh, const NgTables *ts)
{
  FILE *f = out_of(sh);
  if (sh->mode == MODE_JSON && ts->n > 1) {
    fputc('{', f);
    for (size_t i = 0; i < ts->n; i++) {
      const char *title = ng_table_title(ts->v[i]);
      const char *colon = strrchr(title, ':');
      fputs(i ? ",\n" : "", f);
      put_json_string(f, colon ? colon + 2 : title);
      fputc(':', f);
      print_table(sh, ts->v[i]);
    }
    fputs("}\n", f);
    return;
  }
  for (size_t i = 0; i < ts->n; i++) {
    if (i && (sh->mode == MODE_TABLE || sh->mode == MODE_LINE))
      fputc('\n', f);
    print_table(sh, ts->v[i]);
  }
}

/* ---------------------------------------------------------------- life */

static int
mode_of(const char *name)
{
  for (int i = 0; i < N_MODES; i++)
    if (!strcmp(name, mode_names[i]))
      return i;
  return -1;
}

NgStatus
ng_shell_new(const char *db_path,
             const char *mode,
             FILE       *out,
             FILE       *err,
             NgShell   **sh)
{
  int m = mode ? mode_of(mode) : MODE_TABLE;
  if (m < 0)
    return NG_ERR_ARG;
  NgShell *s = ng_calloc(1, sizeof *s);
  if (!s)
    return NG_ERR_NOMEM;
  s->db_path = ng_strdup(db_path);
  s->mode    = m;
  s->headers = 1;
  s->out     = out;
  s->err     = err;
  if (!s->db_path) {
    ng_shell_free(s);
    return NG_ERR_NOMEM;
  }
  *sh = s;
  return NG_OK;
}

static void
close_store(NgShell *sh)
{
  ng_sparql_free(sh->sparql);
  ng_query_free(sh->query);
  ng_store_close(sh->store);
  sh->sparql = NULL;
  sh->query  = NULL;
  sh->store  = NULL;
}

void
ng_shell_free(NgShell *sh)
{
  if (!sh)
    return;
  if (current_shell == sh)
    current_shell = NULL;
  close_store(sh);
  ng_pinyin_free(sh->pinyin);
  if (sh->out_file)
    fclose(sh->out_file);
  ng_free(sh->db_path);
  ng_free(sh);
}

/* Opens the database: for writing when the file allows it, so the name
   keys and text index can be kept in it; read-only otherwise. */
static int
need_store(NgShell *sh)
{
  if (sh->store)
    return 0;
  char    *msg = NULL;
  NgStatus st  = ng_store_open(sh->db_path, NG_STORE_WRITE, &sh->store, &msg);
  sh->writable = st == NG_OK;
  if (st) {
    ng_free(msg);
    msg = NULL;
    st  = ng_store_open(sh->db_path, NG_STORE_READ, &sh->store, &msg);
  }
  if (st) {
    fprintf(sh->err, "newsgraph: error: %s\n", msg ? msg : ng_strerror(st));
    ng_free(msg);
    return 1;
  }
  return 0;
}

static NgStatus
key_fn(void *ctx, const char *text, char **out)
{
  return ng_pinyin_key(ctx, text, out);
}

static NgStatus
simplify_fn(void *ctx, const char *text, char **out)
{
  return ng_pinyin_simplify(ctx, text, out);
}

/* The query context, with name keys and the text index up to date. */
static int
need_query(NgShell *sh)
{
  if (sh->query)
    return 0;
  if (need_store(sh))
    return 1;
  NgStatus st = NG_OK;
  if (!sh->pinyin && (st = ng_pinyin_new(&sh->pinyin))) {
    errorf(sh, "cannot open the ICU transforms: %s", ng_strerror(st));
    return 1;
  }
  if ((st = ng_query_new(sh->store, &sh->query))) {
    errorf(sh, "%s", ng_strerror(st));
    return 1;
  }
  ng_query_set_keys(sh->query, key_fn, simplify_fn, sh->pinyin);
  if (sh->interactive && !ng_query_index_fresh(sh->query)) {
    /* Seconds on a big new store: say why the first answer waits. */
    fprintf(sh->err, "indexing names and text of %s...\n", sh->db_path);
    fflush(sh->err);
  }
  st = ng_query_index(sh->query, sh->writable);
  if (st && sh->writable)
    st = ng_query_index(sh->query, 0); /* locked: keep it for this session */
  if (st) {
    errorf(sh, "indexing names: %s", ng_query_errmsg(sh->query));
    ng_query_free(sh->query);
    sh->query = NULL;
    return 1;
  }
  return 0;
}

/* ---------------------------------------------------------------- names */

static const char *
kind_word(int kinds)
{
  switch (kinds) {
    case NG_KIND_EVENT:
      return "event";
    case NG_KIND_PERSON:
      return "person";
    case NG_KIND_ORG:
    case NG_KIND_ORG | NG_KIND_PLACE:
      return "organization";
    case NG_KIND_PERSON | NG_KIND_ORG:
    case NG_KIND_PERSON | NG_KIND_ORG | NG_KIND_PLACE:
      return "person or organization";
    default:
      return "entity";
  }
}

/* Reads one line for a pick from a numbered list; NULL at end of input. */
static char *
read_pick(int n)
{
  char prompt[64];
  snprintf(prompt, sizeof prompt, "pick 1-%d (Enter cancels): ", n);
  return readline(prompt);
}

/* The one entity argument ARGI names, of KINDS. Several: a numbered list,
   and in a terminal the user picks one. Returns 0 with *id set, or 1 after
   an error message. */
static int
resolve(NgShell *sh, int argi, const char *name, int kinds, NgId *id)
{
  NgCandidates c  = { 0 };
  NgStatus     st = ng_query_resolve(sh->query, name, kinds, &c);
  int          rc = 1;
  if (st) {
    errorf(sh, "%s", ng_query_errmsg(sh->query));
    return 1;
  }
  if (c.n == 0) {
    NgCandidates any = { 0 };
    if (kinds && ng_query_resolve(sh->query, name, 0, &any) == NG_OK &&
        any.n > 0)
      arg_error(sh,
                argi,
                0,
                "\"%s\" is a%s %s, not a%s %s",
                name,
                ng_query_kind_name(any.v[0].kind)[0] == 'o' ? "n" : "",
                ng_query_kind_name(any.v[0].kind),
                kinds == NG_KIND_EVENT ? "n" : "",
                kind_word(kinds));
    else
      arg_error(sh, argi, 0, "no %s named \"%s\"", kind_word(kinds), name);
    ng_candidates_free(&any);
    goto done;
  }
  if (c.n == 1) {
    *id = c.v[0].id;
    rc  = 0;
    goto done;
  }
  FILE *f = sh->interactive ? stdout : sh->err;
  fprintf(f, "\"%s\" fits %zu entities:\n", name, c.n);
  for (size_t i = 0; i < c.n; i++)
    fprintf(f,
            "  %zu. %s (%s) %s\n",
            i + 1,
            c.v[i].label,
            ng_query_kind_name(c.v[i].kind),
            c.v[i].detail);
  if (!sh->interactive) {
    arg_error(sh,
              argi,
              0,
              "\"%s\" is ambiguous; use a more exact name or the IRI",
              name);
    goto done;
  }
  char *pick = read_pick((int)c.n);
  long  k    = pick ? strtol(pick, NULL, 10) : 0;
  free(pick);
  if (k >= 1 && (size_t)k <= c.n) {
    *id = c.v[k - 1].id;
    rc  = 0;
  }
done:
  ng_candidates_free(&c);
  return rc;
}

static int
answer(NgShell *sh, NgStatus st, NgTables *ts)
{
  if (st > NG_DONE) {
    errorf(sh,
           "%s",
           *ng_query_errmsg(sh->query) ? ng_query_errmsg(sh->query)
                                       : ng_strerror(st));
    ng_tables_free(ts);
    return 1;
  }
  print_tables(sh, ts);
  ng_tables_free(ts);
  return 0;
}

/* ---------------------------------------------------------------- commands */

/* The kinds of name the running command takes, from the table. */
static int
cmd_kinds(const NgShell *sh)
{
  return sh->cmd ? ((const ShellCmd *)sh->cmd)->kinds : 0;
}

static int
cmd_attendees(NgShell *sh, int argc, char **argv)
{
  NgTables ts = { 0 };
  NgId     e;
  (void)argc;
  if (resolve(sh, 0, argv[0], cmd_kinds(sh), &e))
    return 1;
  return answer(sh, ng_query_attendees(sh->query, e, &ts), &ts);
}

static int
cmd_events(NgShell *sh, int argc, char **argv)
{
  NgTables ts = { 0 };
  NgId     who;
  (void)argc;
  if (resolve(sh, 0, argv[0], cmd_kinds(sh), &who))
    return 1;
  return answer(sh, ng_query_events(sh->query, who, &ts), &ts);
}

static int
cmd_person(NgShell *sh, int argc, char **argv)
{
  NgTables ts = { 0 };
  NgId     p;
  (void)argc;
  if (resolve(sh, 0, argv[0], cmd_kinds(sh), &p))
    return 1;
  return answer(sh, ng_query_person(sh->query, p, &ts), &ts);
}

static int
cmd_org(NgShell *sh, int argc, char **argv)
{
  NgTables ts = { 0 };
  NgId     o;
  (void)argc;
  if (resolve(sh, 0, argv[0], cmd_kinds(sh), &o))
    return 1;
  return answer(sh, ng_query_org(sh->query, o, &ts), &ts);
}

/* 1 when S is a date prefix: YYYY, YYYY-MM or YYYY-MM-DD; 2 when it is a
   time of any year, --MM or --MM-DD (as xsd:gMonthDay writes it). */
static int
date_prefix(const char *s)
{
  int    any = !strncmp(s, "--", 2);
  size_t n   = strlen(s);
  if (any ? (n != 4 && n != 7) : (n != 4 && n != 7 && n != 10))
    return 0;
  for (size_t i = any ? 2 : 0; i < n; i++)
    if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
      return 0;
  /* a month 01-12 and a day 01-31 (2021-13 would match nothing) */
  size_t m  = any ? 2 : 5;
  int    mm = n > m ? (s[m] - '0') * 10 + s[m + 1] - '0' : 1;
  int    dd = n > m + 3 ? (s[m + 3] - '0') * 10 + s[m + 4] - '0' : 1;
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31)
    return 0;
  return any ? 2 : 1;
}

static int
cmd_trace(NgShell *sh, int argc, char **argv)
{
  NgTables ts = { 0 };
  NgId     o;
  for (int i = 1; i < argc; i++)
    if (!date_prefix(argv[i]))
      return arg_error(sh,
                       i,
                       0,
                       "expected a date YYYY[-MM[-DD]] or --MM[-DD], not "
                       "\"%s\"",
                       argv[i]);
  if (argc > 2 && date_prefix(argv[1]) != date_prefix(argv[2]))
    return arg_error(
      sh, 1, 0, "FROM and TO are both dates of a year or both --MM[-DD]");
  if (argc > 2) {
    size_t a = strlen(argv[1]), b = strlen(argv[2]);
    if (strncmp(argv[1], argv[2], a < b ? a : b) > 0)
      return arg_error(
        sh, 2, 0, "TO \"%s\" comes before FROM \"%s\"", argv[2], argv[1]);
  }
  if (resolve(sh, 0, argv[0], cmd_kinds(sh), &o))
    return 1;
  return answer(
    sh,
    ng_query_trace(
      sh->query, o, argc > 1 ? argv[1] : NULL, argc > 2 ? argv[2] : NULL, &ts),
    &ts);
}

static int
cmd_path(NgShell *sh, int argc, char **argv)
{
  NgTables ts = { 0 };
  NgId     a, b;
  (void)argc;
  if (resolve(sh, 0, argv[0], 0, &a) || resolve(sh, 1, argv[1], 0, &b))
    return 1;
  NgStatus st = ng_query_path(sh->query, a, b, &ts);
  if (st == NG_DONE) {
    errorf(sh,
           "no chain of events or posts joins \"%s\" and \"%s\"",
           argv[0],
           argv[1]);
    ng_tables_free(&ts);
    return 1;
  }
  return answer(sh, st, &ts);
}

static int
cmd_search(NgShell *sh, int argc, char **argv)
{
  NgTables ts   = { 0 };
  char    *text = argv[0];
  size_t   n    = strlen(text);
  (void)argc;
  /* The whole text in quotes: the quotes are not part of it. */
  if (n >= 2 && (text[0] == '"' || text[0] == '\'') && text[n - 1] == text[0]) {
    text[n - 1] = '\0';
    text++;
  }
  if (!*text)
    return arg_error(sh, 0, 0, "nothing to search for");
  /* The store's text is simplified: so is the search. */
  char *simp = NULL;
  if (ng_pinyin_simplify(sh->pinyin, text, &simp))
    return answer(sh, NG_ERR_NOMEM, &ts);
  int rc = answer(sh, ng_query_search(sh->query, simp, &ts), &ts);
  ng_free(simp);
  return rc;
}

static int
cmd_why(NgShell *sh, int argc, char **argv)
{
  NgTables ts = { 0 };
  NgId     s, p = 0, o = 0;
  if (resolve(sh, 0, argv[0], 0, &s))
    return 1;
  if (argc > 1 && strcmp(argv[1], "?")) {
    NgStatus st = ng_query_predicate(sh->query, sh->raw[1], &p);
    if (st == NG_ERR_SYNTAX)
      return arg_error(sh, 1, 0, "bad predicate \"%s\"", sh->raw[1]);
    if (st)
      return arg_error(
        sh, 1, 0, "no predicate \"%s\" in the store", sh->raw[1]);
  }
  if (argc > 2 && strcmp(argv[2], "?")) {
    const char *raw = sh->raw[2];
    if (raw[0] == '"' || raw[0] == '<' || strchr(raw, ':')) {
      NgTerm  *t   = NULL;
      char    *msg = NULL;
      size_t   bad = 0;
      NgStatus st  = ng_query_parse_term(sh->query, raw, &t, &bad, &msg);
      if (st) {
        arg_error(sh, 2, bad, "%s", msg ? msg : ng_strerror(st));
        ng_free(msg);
        return 1;
      }
      st = ng_store_term_id(sh->store, t, 0, &o);
      ng_free(t);
      if (st)
        return arg_error(sh, 2, 0, "no such term in the store");
    } else if (resolve(sh, 2, argv[2], 0, &o))
      return 1;
  }
  NgStatus st = ng_query_why(sh->query, s, p, o, &ts);
  if (!st && argc == 2 && p && ts.n == 1 && ng_table_nrows(ts.v[0]) == 0) {
    /* Nothing says SUBJECT PREDICATE: the facts may point at it (an event
       ng:chair the person), so show those. */
    ng_tables_free(&ts);
    st = ng_query_why_object(sh->query, s, p, &ts);
  }
  return answer(sh, st, &ts);
}

static int
cmd_find(NgShell *sh, int argc, char **argv)
{
  NgTables ts     = { 0 };
  NgId     pat[4] = { 0, 0, 0, 0 };
  (void)argv;
  for (int i = 0; i < argc; i++) {
    const char *raw = sh->raw[i];
    if (!strcmp(raw, "?") ||
        (raw[0] == '?' && raw[1] != '\0' && !strchr(raw, ':')))
      continue; /* ? or ?name: a wildcard */
    NgTerm  *t   = NULL;
    char    *msg = NULL;
    size_t   bad = 0;
    NgStatus st  = ng_query_parse_term(sh->query, raw, &t, &bad, &msg);
    if (st) {
      arg_error(sh, i, bad, "%s", msg ? msg : ng_strerror(st));
      ng_free(msg);
      return 1;
    }
    st = ng_store_term_id(sh->store, t, 0, &pat[i]);
    ng_free(t);
    if (st == NG_ERR_NOT_FOUND)
      pat[i] = -1; /* matches nothing */
    else if (st)
      return answer(sh, st, &ts);
  }
  return answer(sh, ng_query_find(sh->query, pat, &ts), &ts);
}

/* rasqal names the token it did not expect ("unexpected '}'") but gives no
   column: when that token occurs once in line L (LEN bytes), its column
   (from 1), else 0. */
static int
unexpected_at(const char *msg, const char *l, size_t len)
{
  const char *u = strstr(msg, "unexpected '");
  if (!u)
    return 0;
  u += strlen("unexpected '");
  const char *e = strchr(u, '\'');
  if (!e || e == u)
    return 0;
  size_t      n   = (size_t)(e - u);
  const char *hit = NULL;
  for (const char *p = l; p + n <= l + len; p++)
    if (!strncmp(p, u, n)) {
      if (hit)
        return 0; /* twice: no telling which */
      hit = p;
    }
  return hit ? (int)(hit - l) + 1 : 0;
}

static int
cmd_sparql(NgShell *sh, int argc, char **argv)
{
  NgTables ts   = { 0 };
  char    *msg  = NULL;
  int      line = 0, col = 0;
  (void)argc;
  if (!sh->sparql) {
    NgStatus st = ng_sparql_new(sh->store, sh->query, &sh->sparql);
    if (st) {
      errorf(sh, "cannot start the SPARQL engine: %s", ng_strerror(st));
      return 1;
    }
  }
  NgStatus st = ng_sparql_run(sh->sparql, argv[0], &ts, &msg, &line, &col);
  if (msg && (strstr(msg, "unexpected '+'") || strstr(msg, "unexpected '*'"))) {
    /* rasqal has no property paths; newsgraph writes out those of fixed
       length, a repetition it cannot. */
    NgBuf m = { 0 };
    ng_buf_printf(&m,
                  "%s (a property path repeated with * or + is not "
                  "supported: write its steps out, a/b/c)",
                  msg);
    if (m.len) {
      ng_free(msg);
      msg = ng_buf_take(&m);
    }
    ng_buf_free(&m);
  }
  if (st == NG_ERR_SYNTAX || (st > NG_DONE && msg)) {
    const char *q = argv[0];
    if (line > 0) {
      /* Point into the query's own line LINE. */
      const char *l = q;
      for (int i = 1; i < line && l; i++)
        if ((l = strchr(l, '\n')))
          l++;
      if (!l)
        l = q;
      size_t len = strcspn(l, "\n");
      if (col <= 0)
        col = unexpected_at(msg, l, len);
      if (col > 0)
        errorf(sh, "line %d:%d: %s", line, col, msg);
      else
        errorf(sh, "line %d: %s", line, msg);
      if (col > 0 && (size_t)col <= len + 1)
        fprintf(sh->err,
                "  %.*s\n  %*s^\n",
                (int)len,
                l,
                (int)display_width(l, (size_t)col - 1),
                "");
    } else
      errorf(sh, "%s", msg);
    ng_free(msg);
    ng_tables_free(&ts);
    return 1;
  }
  ng_free(msg);
  return answer(sh, st, &ts);
}

/* The names newsgraph load reads as RDF (a .json or .xml file was read
   as news and gave a graph of its text). */
static int
is_rdf_file(const char *path)
{
  return ng_rdf_syntax_of_name(path) != NULL;
}

static void
load_error(void *ctx, const char *msg)
{
  NgShell *sh = ctx;
  fprintf(sh->err, "newsgraph: error: %s\n", msg);
}

static void
load_warning(void *ctx, const char *msg)
{
  NgShell *sh = ctx;
  fprintf(sh->err, "newsgraph: warning: %s\n", msg);
}

/* RDF files go through exports/ (raptor2), one savepoint each; news text
   through the extractor, as `newsgraph build` does. */
static int
cmd_load(NgShell *sh, int argc, char **argv)
{
  /* Reopen for writing, creating the database when missing. */
  close_store(sh);
  char    *msg = NULL, *base = NULL;
  NgStatus st = ng_store_open(sh->db_path, NG_STORE_CREATE, &sh->store, &msg);
  if (st) {
    fprintf(sh->err, "newsgraph: error: %s\n", msg ? msg : ng_strerror(st));
    ng_free(msg);
    return 1;
  }
  sh->writable        = 1;
  NgExtractor *ex     = NULL;
  NgIntake    *in     = NULL;
  int          rc     = 0;
  char       **news   = ng_calloc((size_t)argc + 1, sizeof *news);
  int          n_news = 0;
  if (!news) {
    errorf(sh, "out of memory");
    return 1;
  }
  for (int i = 0; i < argc; i++) {
    if (!is_rdf_file(argv[i])) {
      news[n_news++] = argv[i];
      continue;
    }
    NgRdfLoadOptions ro    = { 0 };
    long long        count = 0;
    ro.on_warning          = load_warning;
    ro.ctx                 = sh;
    st = ng_rdf_load_opts(sh->store, argv[i], &ro, &count, &msg);
    if (st) {
      fprintf(sh->err, "newsgraph: error: %s\n", msg ? msg : ng_strerror(st));
      rc = 1;
    } else
      shell_printf(sh, "%s: %lld statements\n", argv[i], count);
    ng_free(msg);
    msg = NULL;
  }
  if (n_news == 0)
    goto done;
  ng_store_meta_get(sh->store, "base", &base);
  if (!base)
    ng_store_meta_set(sh->store, "base", NG_DEFAULT_BASE);
  if ((st = ng_extractor_new(NULL, base, &ex, &msg))) {
    errorf(sh, "%s", msg ? msg : ng_strerror(st));
    rc = 1;
    goto done;
  }
  if ((st = ng_intake_new(&in))) {
    errorf(sh, "cannot open ICU services: %s", ng_strerror(st));
    rc = 1;
    goto done;
  }
  NgBuildOptions opt = { 0 };
  NgBuildStats   s;
  opt.on_error = load_error;
  opt.ctx      = sh;
  st           = ng_build_paths(sh->store, ex, in, news, n_news, &opt, &s);
  if (st > NG_DONE) {
    errorf(sh, "%s: %s", ng_strerror(st), ng_store_errmsg(sh->store));
    rc = 1;
    goto done;
  }
  shell_printf(sh,
               "%ld file%s stored, %ld unchanged, %ld failed; %ld article%s\n",
               s.files,
               s.files == 1 ? "" : "s",
               s.skipped,
               s.failed,
               s.articles,
               s.articles == 1 ? "" : "s");
  if (st != NG_OK)
    rc = 1;
done:
  ng_free(news);
  ng_free(msg);
  ng_free(base);
  ng_intake_free(in);
  ng_extractor_free(ex);
  /* The next question brings the index up to date. */
  ng_sparql_free(sh->sparql);
  ng_query_free(sh->query);
  sh->sparql = NULL;
  sh->query  = NULL;
  return rc;
}

/* export FORMAT [FILE] [--about NAME] [--graph ARTICLE] [--network N]:
   the options of newsgraph export, NAME found as the other commands find
   names (pinyin, a part of a label, a pick from a list). The command
   line's spellings work too: -f/--format FORMAT, -o/--output FILE,
   --ontology. */
static int
cmd_export(NgShell *sh, int argc, char **argv)
{
  NgRdfExportOptions eo      = { 0 };
  const char        *file    = NULL;
  const char        *about   = NULL;
  int                about_i = 0, file_i = 0, format_i = -1;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--about") || !strcmp(a, "--graph") ||
        !strcmp(a, "--network") || !strcmp(a, "-f") || !strcmp(a, "--format") ||
        !strcmp(a, "-o") || !strcmp(a, "--output")) {
      if (i + 1 >= argc)
        return arg_error(sh, i, 0, "%s wants a value", a);
      const char *v = argv[++i];
      if (a[1] == 'f' || !strcmp(a, "--format")) {
        if (eo.format)
          return arg_error(sh, i, 0, "a second FORMAT \"%s\"", v);
        eo.format = v;
        format_i  = i;
      } else if (a[1] == 'o' || !strcmp(a, "--output")) {
        if (file)
          return arg_error(sh, i, 0, "a second FILE \"%s\"", v);
        file   = v;
        file_i = i;
      } else if (a[2] == 'a') {
        about   = v;
        about_i = i;
      } else if (a[2] == 'g')
        eo.graph = v;
      else if (!strcmp(v, "events") || !strcmp(v, "people"))
        eo.network = v[0] == 'p' ? NG_RDF_NET_PEOPLE : NG_RDF_NET_EVENTS;
      else
        return arg_error(
          sh, i, 0, "--network wants events or people, not \"%s\"", v);
    } else if (!strcmp(a, "--ontology"))
      eo.ontology = 1;
    else if (a[0] == '-' && a[1])
      return arg_error(sh,
                       i,
                       0,
                       "unknown option \"%s\"; options: --about NAME, "
                       "--graph ARTICLE, --network events|people, "
                       "--ontology, -f FORMAT, -o FILE",
                       a);
    else if (!eo.format) {
      eo.format = a;
      format_i  = i;
    } else if (file)
      return arg_error(sh, i, 0, "a second FILE \"%s\"", a);
    else {
      file   = a;
      file_i = i;
    }
  }
  if (!eo.format) {
    NgBuf list = { 0 };
    for (int k = 0; ng_rdf_formats[k]; k++)
      ng_buf_printf(&list, " %s", ng_rdf_formats[k]);
    arg_error(sh, 0, 0, "no FORMAT; formats:%s", ng_buf_str(&list));
    ng_buf_free(&list);
    return 1;
  }
  if (!ng_rdf_format_known(eo.format))
    return arg_error(sh, format_i, 0, "unknown format \"%s\"", eo.format);
  char *iri = NULL;
  if (about) {
    NgId    id;
    NgTerm *t = NULL;
    if (need_query(sh) || resolve(sh, about_i, about, 0, &id))
      return 1;
    if (ng_store_term(sh->store, id, &t) == NG_OK && t->kind == NG_TERM_IRI)
      iri = ng_strdup(t->value);
    ng_free(t);
    eo.about = iri ? iri : about;
  }
  FILE *f = out_of(sh);
  if (file && !(f = fopen(file, "w"))) {
    ng_free(iri);
    return arg_error(
      sh, file_i, 0, "cannot write %s: %s", file, strerror(errno));
  }
  char    *msg = NULL;
  NgStatus st  = ng_rdf_export_opts(sh->store, &eo, f, &msg);
  if (st)
    fprintf(sh->err, "newsgraph: error: %s\n", msg ? msg : ng_strerror(st));
  ng_free(msg);
  ng_free(iri);
  if (file && fclose(f) && !st) {
    errorf(sh, "%s: %s", file, strerror(errno));
    st = NG_ERR_IO;
  }
  struct stat sb;
  if (st && file && !stat(file, &sb) && S_ISREG(sb.st_mode))
    remove(file); /* nothing that looks like an answer */
  return st ? 1 : 0;
}

static int
cmd_stats(NgShell *sh, int argc, char **argv)
{
  (void)argc;
  (void)argv;
  NgStoreStats s;
  if (ng_store_stats(sh->store, &s)) {
    errorf(sh, "%s", ng_store_errmsg(sh->store));
    return 1;
  }
  enum { N_COUNTS = 11 };
  static const char *const names[N_COUNTS] = {
    "quads",   "terms", "graphs", "sources", "articles", "sentences",
    "persons", "orgs",  "posts",  "places",  "events"
  };
  long long n[N_COUNTS] = { s.quads,   s.terms,    s.graphs,
                            s.sources, s.articles, s.sentences };
  static const struct {
    const char *name, *cls;
  } kinds[]   = { { "persons", NG_SCHEMA_PERSON },
                  { "orgs", NG_ORG_ORGANIZATION },
                  { "posts", NG_ORG_POST },
                  { "places", NG_SCHEMA_PLACE },
                  { "events", NG_SCHEMA_EVENT } };
  NgTerm type = ng_iri(NG_RDF_TYPE);
  NgId   tid;
  int    typed = ng_store_term_id(sh->store, &type, 0, &tid) == NG_OK;
  for (size_t i = 0; typed && i < sizeof kinds / sizeof *kinds; i++) {
    NgTerm    c = ng_iri(kinds[i].cls);
    NgId      cid;
    NgIter   *it   = NULL;
    long long last = 0;
    NgId      quad[4];
    if (ng_store_term_id(sh->store, &c, 0, &cid) == NG_OK &&
        ng_store_match(sh->store, 0, tid, cid, 0, &it) == NG_OK) {
      /* Quads come in (p, o, s) order: count distinct subjects. */
      while (ng_iter_next(it, quad) == NG_OK)
        if (quad[0] != last) {
          n[6 + i]++;
          last = quad[0];
        }
    }
    ng_iter_free(it);
  }
  if (sh->mode == MODE_TABLE) {
    for (int i = 0; i < N_COUNTS; i++)
      shell_printf(sh, "%-10s %lld\n", names[i], n[i]);
    return 0;
  }
  /* Other modes: one row, a column a count, as a query of counts gives. */
  NgTable      *t = NULL;
  char          num[N_COUNTS][24];
  const char   *cells[N_COUNTS];
  unsigned char kind[N_COUNTS];
  for (int i = 0; i < N_COUNTS; i++) {
    snprintf(num[i], sizeof num[i], "%lld", n[i]);
    cells[i] = num[i];
    kind[i]  = NG_CELL_NUMBER;
  }
  if (ng_table_new(NULL, N_COUNTS, names, &t) ||
      ng_table_add_kinds(t, cells, kind)) {
    ng_table_free(t);
    errorf(sh, "out of memory");
    return 1;
  }
  print_table(sh, t);
  ng_table_free(t);
  return 0;
}

static int
cmd_mode(NgShell *sh, int argc, char **argv)
{
  if (argc == 0) {
    shell_printf(sh, "current output mode: %s\n", mode_names[sh->mode]);
    return 0;
  }
  int m = mode_of(argv[0]);
  if (m < 0)
    return arg_error(
      sh, 0, 0, "unknown mode \"%s\"; modes: table tsv csv json line", argv[0]);
  sh->mode       = m;
  sh->tsv_tables = 0;
  return 0;
}

/* 1 for on/yes/1, 0 for off/no/0, -1 otherwise. */
static int
boolean(const char *s)
{
  if (!strcmp(s, "on") || !strcmp(s, "yes") || !strcmp(s, "1"))
    return 1;
  if (!strcmp(s, "off") || !strcmp(s, "no") || !strcmp(s, "0"))
    return 0;
  return -1;
}

static int
cmd_headers(NgShell *sh, int argc, char **argv)
{
  (void)argc;
  int b = boolean(argv[0]);
  if (b < 0)
    return arg_error(sh, 0, 0, "expected on or off, not \"%s\"", argv[0]);
  sh->headers = b;
  return 0;
}

static int
cmd_timer(NgShell *sh, int argc, char **argv)
{
  (void)argc;
  int b = boolean(argv[0]);
  if (b < 0)
    return arg_error(sh, 0, 0, "expected on or off, not \"%s\"", argv[0]);
  sh->timer = b;
  return 0;
}

static int
cmd_output(NgShell *sh, int argc, char **argv)
{
  if (sh->out_file) {
    fclose(sh->out_file);
    sh->out_file = NULL;
  }
  sh->tsv_tables = 0;
  sh->once       = 0;
  if (argc == 0 || !strcmp(argv[0], "stdout"))
    return 0;
  if (!(sh->out_file = fopen(argv[0], "w")))
    return arg_error(sh, 0, 0, "cannot write %s: %s", argv[0], strerror(errno));
  return 0;
}

/* .once FILE: as .output FILE, for the next command that reads or writes
   the database only (sqlite3's .once); the settings between keep it. */
static int
cmd_once(NgShell *sh, int argc, char **argv)
{
  int rc   = cmd_output(sh, argc, argv);
  sh->once = !rc;
  return rc;
}

static const ShellCmd *find_cmd(const char *name, int *ambiguous);

/* What `help COMMAND` adds to the command's line: what the arguments
   take, what the answer holds, an example. The names are made up. */
static const struct {
  int (*fn)(NgShell *sh, int argc, char **argv);
  const char *text;
} more_help[] = {
  { cmd_attendees,
    "EVENT is a label, a part of one, its pinyin or id:event/...; the\n"
    "answer names the event, its date and source file#article, then each\n"
    "participant with roles (chair, lead, speaker, accompany, organizer,\n"
    "attendee) and the posts the article gives them.\n"
    "  attendees 常委会会议" },
  { cmd_events,
    "Each event: date (--MM-DD when the year is unknown), event, role,\n"
    "place, source file#article.\n"
    "  events zhangsan      (pinyin finds 张三)" },
  { cmd_person,
    "Three tables: posts (first and last date seen, articles), events,\n"
    "and the people met at the most events.\n"
    "  person 张三" },
  { cmd_org,
    "Three tables: posts of the body and who held them, sub-organizations\n"
    "and parents, the events the body itself took part in (trace adds\n"
    "those of its officials).\n"
    "  org 县应急管理局" },
  { cmd_trace,
    "FROM and TO are dates YYYY, YYYY-MM or YYYY-MM-DD, both included, or\n"
    "--MM and --MM-DD for a time of any year. An event dated --MM-DD\n"
    "takes its article's year; with neither it is in no range of years.\n"
    "  trace 县应急管理局 2021 2021-06\n"
    "  trace 县应急管理局 --07 --08" },
  { cmd_path,
    "A and B are any entities; each step names the link (an event both\n"
    "took part in, a post, a parent body).\n"
    "  path 张三 李四" },
  { cmd_search,
    "The rest of the line is the text (quotes optional); traditional\n"
    "characters are simplified first.\n"
    "  search 防汛" },
  { cmd_why,
    "SUBJECT is a name or IRI; PREDICATE ng:chair, chair or ?; OBJECT a\n"
    "name, IRI or literal. With a PREDICATE that SUBJECT has none of, the\n"
    "facts that point at it are shown, by their subject (why 张三 chair:\n"
    "the events 张三 chaired).\n"
    "  why 常委会会议 chair" },
  { cmd_find,
    "Terms: ? (or ?name) for any, <iri>, prefix:name (rdf rdfs xsd skos\n"
    "schema org prov ng id), \"text\"@zh, \"2021-07-21\"^^xsd:date, 42.\n"
    "  find ? ng:chair id:person/张三" },
  { cmd_sparql,
    "The rest of the line (or of the lines, while a brace is open) is the\n"
    "query. The prefixes of find are declared; the default graph is the\n"
    "union of the articles, GRAPH ?g ranges over them. csv and json modes\n"
    "give values (text, whole IRIs, numbers), tsv and table RDF terms.\n"
    "  sparql SELECT ?n WHERE { ?e a schema:Event ; rdfs:label ?n } LIMIT 5" },
  { cmd_load,
    "News files and folders are extracted as newsgraph build does;\n"
    ".ttl .nt .nq .rdf .owl .xml .trig .json files are loaded as RDF.\n"
    "  load news/2021" },
  { cmd_export,
    "FORMAT: turtle ntriples nquads rdfxml json jsonld dot graphml (Tab\n"
    "lists them), to FILE or to the output (.output). --about NAME keeps an\n"
    "entity, what is said about it and its neighbours (NAME as the other\n"
    "commands take it); --graph ARTICLE the graphs of an article or of a\n"
    "source file; --network people draws people joined by shared events in\n"
    "graphml.\n"
    "  export turtle zhangsan.ttl --about zhangsan" },
  { cmd_mode,
    "table: aligned, for reading; line: a block a row, \"column = value\"\n"
    "a line, for long cells (why's sentences); tsv and csv: a header line\n"
    "(.headers off drops it) and a line a row; json: an array of objects\n"
    "a table, an object of them for several tables." },
  { cmd_output, "  .output answers.tsv    ...    .output" },
  { cmd_once,
    "The output goes back where it went before once a command that\n"
    "answers from the database (a question, sparql, export, stats, load)\n"
    "has run; .mode and .headers between keep it.\n"
    "  .mode csv\n  .once events.csv\n  events 张三" },
};

static int
cmd_help(NgShell *sh, int argc, char **argv)
{
  if (argc == 0) {
    for (size_t i = 0; i < N_SHELL_CMDS; i++)
      shell_printf(sh, "%-34s %s\n", shell_cmds[i].usage, shell_cmds[i].help);
    shell_printf(sh,
                 "\nNames match labels, other names, traditional or "
                 "simplified forms and pinyin\n(events zhangsan); a unique "
                 "prefix of a command is enough; Tab completes\ncommands "
                 "and names. help COMMAND says more.\n");
    return 0;
  }
  /* As the shell reads commands: a unique prefix, the dot optional. */
  int             amb;
  const ShellCmd *c = find_cmd(argv[0], &amb);
  if (!c && !amb && argv[0][0] != '.') {
    NgBuf dotted = { 0 };
    ng_buf_printf(&dotted, ".%s", argv[0]);
    if (dotted.len)
      c = find_cmd(ng_buf_str(&dotted), &amb);
    ng_buf_free(&dotted);
  }
  if (!c)
    return arg_error(sh,
                     0,
                     0,
                     amb ? "ambiguous command \"%s\"" : "no command \"%s\"",
                     argv[0]);
  shell_printf(sh, "%-34s %s\n", c->usage, c->help);
  for (size_t i = 0; i < sizeof more_help / sizeof *more_help; i++)
    if (more_help[i].fn == c->fn)
      shell_printf(sh, "%s\n", more_help[i].text);
  return 0;
}

static int incomplete(NgBuf *text);
static int read_plain(FILE *in, NgBuf *line);

/* As sqlite3's .read: the commands of FILE as if typed, lines continued
   as at the prompt; a .quit in it ends the file, not the shell. */
static int
cmd_read(NgShell *sh, int argc, char **argv)
{
  (void)argc;
  if (sh->read_depth >= 16)
    return arg_error(sh, 0, 0, "files read from each other 16 deep");
  FILE       *f = fopen(argv[0], "r");
  struct stat sb;
  if (!f)
    return arg_error(sh, 0, 0, "cannot read %s: %s", argv[0], strerror(errno));
  if (fstat(fileno(f), &sb) || !(S_ISREG(sb.st_mode) || S_ISFIFO(sb.st_mode))) {
    fclose(f);
    return arg_error(sh, 0, 0, "%s is not a file of commands", argv[0]);
  }
  NgBuf       cmd = { 0 }, line = { 0 }, where = { 0 };
  int         status = 0;
  long        lineno = 0, first = 0;
  const char *outer = sh->where;
  sh->read_depth++;
  while (!seen_interrupt && read_plain(f, &line)) {
    lineno++;
    if (cmd.len)
      ng_buf_putc(&cmd, '\n');
    else
      first = lineno;
    ng_buf_puts(&cmd, ng_buf_str(&line));
    if (incomplete(&cmd))
      continue;
    /* errors name the file and the command's line, as psql's \i does */
    ng_buf_clear(&where);
    ng_buf_printf(&where, "%s:%ld", argv[0], first);
    sh->where = where.len ? ng_buf_str(&where) : outer;
    int rc    = ng_shell_exec(sh, ng_buf_str(&cmd));
    sh->where = outer;
    ng_buf_clear(&cmd);
    if (rc == 2)
      break;
    if (rc)
      status = 1;
  }
  if (cmd.len) {
    errorf(
      sh, "%s: incomplete input at the end: %s", argv[0], ng_buf_str(&cmd));
    status = 1;
  }
  sh->read_depth--;
  ng_buf_free(&cmd);
  ng_buf_free(&line);
  ng_buf_free(&where);
  fclose(f);
  return status;
}

static int
cmd_quit(NgShell *sh, int argc, char **argv)
{
  (void)sh;
  (void)argc;
  (void)argv;
  return 2;
}

/* ---------------------------------------------------------------- dispatch */

typedef struct {
  char  **argv; /* unquoted words */
  char  **raw;  /* words as typed */
  size_t *off;  /* byte offset of each word in the line */
  int     argc;
  char   *store; /* one allocation behind argv and raw */
} Words;

static void
words_free(Words *w)
{
  ng_free(w->argv);
  ng_free(w->raw);
  ng_free(w->off);
  ng_free(w->store);
  memset(w, 0, sizeof *w);
}

/* Splits LINE into words on blanks as SQLite's parseDotCmdArgs does:
   "double" and 'single' quotes group, a backslash escapes the next
   character inside double quotes. REST_AFTER > 0 makes everything after
   that many words one more word, as typed. Returns the word count, -1 when
   out of memory. */
static int
split_words(const char *line, int rest_after, Words *w)
{
  size_t len = strlen(line), cap = len / 2 + 2;
  memset(w, 0, sizeof *w);
  w->store = ng_malloc(4 * len + 4);
  w->argv  = ng_calloc(cap + 1, sizeof *w->argv);
  w->raw   = ng_calloc(cap + 1, sizeof *w->raw);
  w->off   = ng_calloc(cap + 1, sizeof *w->off);
  if (!w->store || !w->argv || !w->raw || !w->off) {
    words_free(w);
    return -1;
  }
  char       *o = w->store;
  const char *p = line;
  int         n = 0;
  while (*p) {
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
      p++;
    if (!*p)
      break;
    w->off[n] = (size_t)(p - line);
    if (rest_after > 0 && n == rest_after) {
      /* The rest of the line, trailing blanks dropped. */
      size_t k = strlen(p);
      while (k && (p[k - 1] == ' ' || p[k - 1] == '\t' || p[k - 1] == '\n'))
        k--;
      w->argv[n] = o;
      memcpy(o, p, k);
      o[k] = '\0';
      o += k + 1;
      w->raw[n] = w->argv[n];
      n++;
      break;
    }
    const char *start = p;
    w->argv[n]        = o;
    while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') {
      if (*p == '"' || *p == '\'') {
        char q = *p++;
        while (*p && *p != q) {
          if (q == '"' && *p == '\\' && p[1])
            p++;
          *o++ = *p++;
        }
        if (*p)
          p++;
      } else
        *o++ = *p++;
    }
    *o++      = '\0';
    w->raw[n] = o;
    memcpy(o, start, (size_t)(p - start));
    o += p - start;
    *o++ = '\0';
    n++;
  }
  w->argc = n;
  return n;
}

/* The command NAME stands for: exact, or a unique prefix. *ambiguous is
   set when several commands start with NAME. */
static const ShellCmd *
find_cmd(const char *name, int *ambiguous)
{
  const ShellCmd *hit   = NULL;
  size_t          n     = strlen(name);
  int             count = 0;
  *ambiguous            = 0;
  for (size_t i = 0; i < N_SHELL_CMDS; i++)
    if (!strcmp(name, shell_cmds[i].name))
      return &shell_cmds[i];
  for (size_t i = 0; i < N_SHELL_CMDS; i++)
    if (!strncmp(name, shell_cmds[i].name, n) &&
        !(shell_cmds[i].flags & ALIAS) &&
        !(hit && hit->fn == shell_cmds[i].fn)) {
      hit = &shell_cmds[i];
      count++;
    }
  *ambiguous = count > 1;
  return count == 1 ? hit : NULL;
}

static double
now_seconds(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double
cpu_seconds(int sys)
{
  struct rusage u;
  getrusage(RUSAGE_SELF, &u);
  struct timeval t = sys ? u.ru_stime : u.ru_utime;
  return (double)t.tv_sec + (double)t.tv_usec / 1e6;
}

int
ng_shell_exec(NgShell *sh, const char *line)
{
  Words w;
  int   rc = 0;
  /* First word alone decides whether the rest is one argument. */
  if (split_words(line, 1, &w) < 0)
    return 1;
  if (w.argc == 0 || w.argv[0][0] == '#') {
    words_free(&w);
    return 0;
  }
  int             amb;
  const ShellCmd *c = find_cmd(w.argv[0], &amb);
  if (!c) {
    if (amb) {
      NgBuf list = { 0 };
      for (size_t i = 0; i < N_SHELL_CMDS; i++)
        if (!strncmp(w.argv[0], shell_cmds[i].name, strlen(w.argv[0])) &&
            !(shell_cmds[i].flags & ALIAS))
          ng_buf_printf(&list, " %s", shell_cmds[i].name);
      errorf(sh, "ambiguous command \"%s\":%s", w.argv[0], ng_buf_str(&list));
      ng_buf_free(&list);
    } else
      errorf(sh, "unknown command \"%s\"; .help lists them", w.argv[0]);
    words_free(&w);
    return 1;
  }
  if (!(c->flags & REST)) {
    words_free(&w);
    if (split_words(line, 0, &w) < 0)
      return 1;
  }
  int argc = w.argc - 1;
  if (argc < c->min || (c->max >= 0 && argc > c->max)) {
    fprintf(sh->err,
            "%s%sUsage: %s\n",
            sh->where ? sh->where : "",
            sh->where ? ": " : "",
            c->usage);
    words_free(&w);
    return 1;
  }
  sh->cmd     = c;
  sh->line    = line;
  sh->arg_off = w.off;
  sh->raw     = w.raw + 1;
  double t0 = now_seconds(), u0 = cpu_seconds(0), s0 = cpu_seconds(1);
  seen_interrupt = 0;
  ng_query_clear_interrupt(sh->query);
  if ((c->flags & NEEDS_INDEX)   ? need_query(sh)
      : (c->flags & NEEDS_STORE) ? need_store(sh)
                                 : 0)
    rc = 1;
  else {
    /* CSV and JSON carry a term's value, TSV and tables its syntax. */
    if (sh->query) {
      ng_query_set_plain_terms(sh->query,
                               sh->mode == MODE_CSV || sh->mode == MODE_JSON);
      /* a screenful of search in a table, all of it elsewhere */
      ng_query_set_search_limit(
        sh->query, sh->mode == MODE_TABLE || sh->mode == MODE_LINE ? 200 : 0);
    }
    rc = c->fn(sh, argc, w.argv + 1);
  }
  if (sh->once &&
      ((c->flags & (NEEDS_STORE | NEEDS_INDEX)) || c->fn == cmd_load)) {
    fclose(sh->out_file); /* .once: back to the output before it */
    sh->out_file   = NULL;
    sh->once       = 0;
    sh->tsv_tables = 0;
  }
  if (sh->timer)
    shell_printf(sh,
                 "Run Time: real %.3f user %.6f sys %.6f\n",
                 now_seconds() - t0,
                 cpu_seconds(0) - u0,
                 cpu_seconds(1) - s0);
  sh->line    = NULL;
  sh->arg_off = NULL;
  sh->raw     = NULL;
  words_free(&w);
  fflush(out_of(sh));
  return rc;
}

/* ---------------------------------------------------------------- input */

/* 1 when TEXT needs another line: it ends in a backslash, or leaves a
   quote or a brace open. A trailing backslash is removed. */
static int
incomplete(NgBuf *text)
{
  char        q     = 0;
  int         depth = 0;
  const char *s     = ng_buf_str(text);
  for (const char *p = s; *p; p++) {
    if (q) {
      if (*p == '\\' && q == '"' && p[1])
        p++;
      else if (*p == q)
        q = 0;
    } else if (*p == '"' || *p == '\'')
      q = *p;
    else if (*p == '{' || *p == '(')
      depth++;
    else if ((*p == '}' || *p == ')') && depth > 0)
      depth--;
  }
  size_t n = text->len;
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  if (!q && n && s[n - 1] == '\\') {
    text->len         = n - 1;
    text->data[n - 1] = '\0';
    return 1;
  }
  return q || depth > 0;
}

static void
on_sigint(int sig)
{
  (void)sig;
  seen_interrupt = 1;
  if (current_shell && current_shell->query)
    ng_query_interrupt(current_shell->query);
}

static volatile sig_atomic_t input_cancelled; /* Ctrl-C at the prompt */

/* Readline calls this when a signal interrupts its read: a Ctrl-C at the
   prompt drops what was being typed, continuation lines included, and
   shows a fresh prompt. */
static int
on_signal_event(void)
{
  if (seen_interrupt) {
    seen_interrupt  = 0;
    input_cancelled = 1;
    rl_replace_line("", 0);
    rl_crlf();
    rl_set_prompt("newsgraph> ");
    rl_on_new_line();
    rl_redisplay();
  }
  return 0;
}

/* ---------------------------------------------------------------- completion
 */

static const char *const *complete_words; /* fixed words for the argument */
static char             **complete_names; /* entity names, owned */
static size_t             complete_n, complete_i;

static char *
command_generator(const char *text, int state)
{
  static size_t i;
  if (!state)
    i = 0;
  size_t n = strlen(text);
  while (i < N_SHELL_CMDS) {
    const ShellCmd *c = &shell_cmds[i++];
    if (!strncmp(c->name, text, n))
      return strdup(c->name);
  }
  return NULL;
}

static char *
word_generator(const char *text, int state)
{
  static size_t i;
  if (!state)
    i = 0;
  size_t n = strlen(text);
  for (; complete_words && complete_words[i]; i++)
    if (!strncmp(complete_words[i], text, n))
      return strdup(complete_words[i++]);
  return NULL;
}

static char *
name_generator(const char *text, int state)
{
  (void)text;
  if (!state)
    complete_i = 0;
  /* The matches were computed for TEXT already (pinyin matches do not
     start with TEXT, so no filtering here). */
  if (complete_i < complete_n)
    return strdup(complete_names[complete_i++]);
  return NULL;
}

static void
free_names(void)
{
  for (size_t i = 0; i < complete_n; i++)
    ng_free(complete_names[i]);
  ng_free(complete_names);
  complete_names = NULL;
  complete_n     = 0;
}

/* The names of the source files TEXT begins (export --graph FILE). */
/* need_query() for Tab: quietly, as a completion must not print errors
   into the line; nonzero when the store cannot be queried. */
static int
quiet_need_query(NgShell *sh)
{
  FILE *err = sh->err;
  sh->err   = fopen("/dev/null", "w");
  int bad   = sh->err ? need_query(sh) : 1;
  if (sh->err)
    fclose(sh->err);
  sh->err = err;
  return bad;
}

static char **
complete_sources(const char *text)
{
  if (!current_shell)
    return NULL;
  int bad = quiet_need_query(current_shell);
  free_names();
  if (bad || ng_query_complete_sources(
               current_shell->query, text, 100, &complete_names, &complete_n))
    return NULL;
  return rl_completion_matches(text, name_generator);
}

static char **
complete(const char *text, int start, int end)
{
  static const char *const onoff[] = { "on", "off", NULL };
  static const char *const modes[] = { "table", "tsv",  "csv",
                                       "json",  "line", NULL };
  (void)end;
  rl_attempted_completion_over = 1;
  /* The command word: the first word of the line. */
  int i = 0;
  while (i < start && (rl_line_buffer[i] == ' ' || rl_line_buffer[i] == '\t'))
    i++;
  if (i == start)
    return rl_completion_matches(text, command_generator);
  int j = i;
  while (j < start && rl_line_buffer[j] != ' ' && rl_line_buffer[j] != '\t')
    j++;
  char           *word = ng_strndup(rl_line_buffer + i, (size_t)(j - i));
  int             amb;
  const ShellCmd *c = word ? find_cmd(word, &amb) : NULL;
  ng_free(word);
  if (!c)
    return NULL;
  if (c->fn == cmd_headers || c->fn == cmd_timer) {
    complete_words = onoff;
    return rl_completion_matches(text, word_generator);
  }
  if (c->fn == cmd_mode) {
    complete_words = modes;
    return rl_completion_matches(text, word_generator);
  }
  if (c->fn == cmd_help)
    return rl_completion_matches(text, command_generator);
  if (c->fn == cmd_export && text[0] != '-' &&
      !strpbrk(rl_line_buffer + j + 1, " \t")) {
    complete_words = (const char *const *)ng_rdf_formats;
    return rl_completion_matches(text, word_generator);
  }
  /* The word before TEXT, and how many come before it after the command. */
  int         nth    = 0;
  const char *prev   = NULL;
  size_t      prev_n = 0;
  for (int k = j; k < start;) {
    while (k < start && (rl_line_buffer[k] == ' ' || rl_line_buffer[k] == '\t'))
      k++;
    if (k >= start)
      break;
    int b = k;
    while (k < start && rl_line_buffer[k] != ' ' && rl_line_buffer[k] != '\t')
      k++;
    prev   = rl_line_buffer + b;
    prev_n = (size_t)(k - b);
    nth++;
  }
  int names_here = (c->flags & NAMES) != 0;
  if (c->fn == cmd_export) {
    static const char *const opts[] = { "--about",    "--graph",  "--network",
                                        "--ontology", "--format", "--output",
                                        NULL };
    static const char *const nets[] = { "events", "people", NULL };
    if (text[0] == '-') {
      complete_words = opts;
      return rl_completion_matches(text, word_generator);
    }
    if (prev && prev_n == 9 && !strncmp(prev, "--network", 9)) {
      complete_words = nets;
      return rl_completion_matches(text, word_generator);
    }
    if (prev && ((prev_n == 2 && !strncmp(prev, "-f", 2)) ||
                 (prev_n == 8 && !strncmp(prev, "--format", 8)))) {
      complete_words = (const char *const *)ng_rdf_formats;
      return rl_completion_matches(text, word_generator);
    }
    names_here = prev && prev_n == 7 && !strncmp(prev, "--about", 7);
    if (prev && prev_n == 7 && !strncmp(prev, "--graph", 7))
      return complete_sources(text);
  }
  if (c->fn == cmd_why && nth == 1) {
    /* the PREDICATE: the local names why takes bare */
    static const char *const preds[] = { "chair",
                                         "speaker",
                                         "lead",
                                         "accompany",
                                         "attendee",
                                         "organizer",
                                         "location",
                                         "startDate",
                                         "holds",
                                         "postIn",
                                         "subOrganizationOf",
                                         "label",
                                         "altLabel",
                                         "title",
                                         "eventType",
                                         "mentions",
                                         "about",
                                         "author",
                                         "correspondent",
                                         NULL };
    complete_words                   = preds;
    return rl_completion_matches(text, word_generator);
  }
  if (!names_here && (c->flags & FILES)) {
    rl_attempted_completion_over = 0; /* readline's file names */
    return NULL;
  }
  if (!names_here || !*text || !current_shell)
    return NULL;
  int bad = quiet_need_query(current_shell);
  if (bad)
    return NULL;
  free_names();
  if (ng_query_complete(current_shell->query,
                        text,
                        c->kinds,
                        100,
                        &complete_names,
                        &complete_n))
    return NULL;
  return rl_completion_matches(text, name_generator);
}

/* ---------------------------------------------------------------- loop */

static char *
history_path(void)
{
  const char *env = getenv("NEWSGRAPH_HISTORY");
  if (env)
    return *env ? ng_strdup(env) : NULL;
  const char *home = getenv("HOME");
  if (!home || !*home)
    return NULL;
  NgBuf b = { 0 };
  ng_buf_printf(&b, "%s/.newsgraph_history", home);
  return ng_buf_take(&b);
}

/* One line from IN without readline; NULL at end of input. */
static int
read_plain(FILE *in, NgBuf *line)
{
  int c;
  ng_buf_clear(line);
  while ((c = fgetc(in)) != EOF && c != '\n')
    ng_buf_putc(line, (char)c);
  if (c == EOF && line->len == 0)
    return 0;
  if (line->len && line->data[line->len - 1] == '\r')
    line->data[--line->len] = '\0';
  ng_buf_puts(line, "");
  return 1;
}

int
ng_shell_loop(NgShell *sh, FILE *in, int interactive)
{
  int              status = 0;
  NgBuf            cmd = { 0 }, line = { 0 };
  char            *hist = NULL;
  struct sigaction sa, old_sa;
  sh->interactive = interactive;
  current_shell   = sh;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0; /* no SA_RESTART: a read at the prompt returns EINTR */
  sigaction(SIGINT, &sa, &old_sa);
  if (interactive) {
    /* Readline edits by character: it needs the terminal's UTF-8. */
    if (!setlocale(LC_CTYPE, "") || !strstr(setlocale(LC_CTYPE, NULL), "UTF"))
      setlocale(LC_CTYPE, "C.UTF-8");
    rl_readline_name                 = "newsgraph";
    rl_catch_signals                 = 0;
    rl_signal_event_hook             = on_signal_event;
    rl_attempted_completion_function = complete;
    rl_basic_word_break_characters   = " \t\n\"'";
    rl_completer_quote_characters    = "\"'";
    using_history();
    stifle_history(2000);
    if ((hist = history_path()) && read_history(hist) == ENOENT)
      write_history(hist); /* append_history() wants the file to exist */
    fprintf(stdout,
            "newsgraph shell on %s; .help lists commands, Tab "
            "completes\n",
            sh->db_path);
  }
  for (;;) {
    int got;
    seen_interrupt = 0;
    if (interactive) {
      input_cancelled = 0;
      char *l         = readline(cmd.len ? "    ...> " : "newsgraph> ");
      if (!l) {
        fputc('\n', stdout);
        break;
      }
      if (input_cancelled)
        ng_buf_clear(&cmd); /* Ctrl-C dropped the lines before this one */
      ng_buf_clear(&line);
      ng_buf_puts(&line, l);
      free(l);
      got = 1;
    } else
      got = read_plain(in, &line);
    if (!got) {
      if (cmd.len) {
        errorf(sh, "incomplete input at the end: %s", ng_buf_str(&cmd));
        status = 1;
      }
      break;
    }
    if (cmd.len)
      ng_buf_putc(&cmd, '\n');
    ng_buf_puts(&cmd, ng_buf_str(&line));
    if (incomplete(&cmd))
      continue;
    while (cmd.len &&
           (cmd.data[cmd.len - 1] == ' ' || cmd.data[cmd.len - 1] == '\t'))
      cmd.data[--cmd.len] = '\0';
    const char *text = ng_buf_str(&cmd);
    if (interactive && *text) {
      add_history(text);
      if (hist)
        append_history(1, hist);
    }
    int rc = ng_shell_exec(sh, text);
    ng_buf_clear(&cmd);
    if (rc == 2)
      break;
    if (rc)
      status = 1;
  }
  if (hist) {
    history_truncate_file(hist, 2000);
    ng_free(hist);
  }
  free_names();
  sigaction(SIGINT, &old_sa, NULL);
  ng_buf_free(&cmd);
  ng_buf_free(&line);
  return status;
}
