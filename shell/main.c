/* shell/main.c -- the newsgraph command line: one table of subcommands. */
#include "exports/rdf.h"
#include "extract/build.h"
#include "extract/pinyin.h"
#include "graph/buf.h"
#include "graph/query.h"
#include "graph/vocab.h"
#include "shell/shell.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define DEFAULT_DB "newsgraph.db"

typedef struct {
  const char *name;
  int (*fn)(int argc, char **argv);
  const char *usage;
  const char *help;
  const char *options; /* --help's list of the options */
} Command;

#define OPT_DB "  -d, --db DB           the database (default " DEFAULT_DB ")\n"
#define OPT_EXTRACT                                                            \
  "  -j, --jobs N          files read and extracted at a time (default: the\n" \
  "                        cores, at most 8)\n"                                \
  "      --base IRI        base of instance IRIs (default\n"                   \
  "                        " NG_DEFAULT_BASE ")\n"                             \
  "      --date YYYY-MM-DD the date of articles that give none (default: a\n"  \
  "                        date the file's path names, 2023-09-01_page.txt)\n" \
  "      --encoding NAME   the files' encoding (an ICU name: GBK, "            \
  "Big5-HKSCS);\n"                                                             \
  "                        default: detected\n"

static int cmd_build(int argc, char **argv);
static int cmd_extract(int argc, char **argv);
static int cmd_export(int argc, char **argv);
static int cmd_load(int argc, char **argv);
static int cmd_shell(int argc, char **argv);
static int cmd_query(int argc, char **argv);
static int cmd_stats(int argc, char **argv);

static const Command commands[] = {
  { "build",
    cmd_build,
    "build [-d DB] [-q] [-j N] [--batch N] [--force] [--base IRI] "
    "[--date YYYY-MM-DD] [--encoding NAME] PATH...",
    "extract news files or folders into DB",
    "Folders are read recursively (.txt, .text, web pages .html, .htm,\n"
    ".shtml and files without an extension); - reads one text from standard\n"
    "input, named by its content (stdin-1a2b3c4d). A file that cannot be\n"
    "read is reported and the rest stored; the exit status is then "
    "1.\n\n" OPT_DB
    "  -q, --quiet           no progress or summary\n" OPT_EXTRACT
    "      --batch N         files a transaction (default 1024)\n"
    "      --force           extract unchanged files again\n" },
  { "extract",
    cmd_extract,
    "extract [-j N] [--base IRI] [--date YYYY-MM-DD] [--encoding NAME] "
    "PATH...",
    "extract news files to N-Quads on stdout, without a database",
    "PATH as build takes it; - reads one text from standard "
    "input.\n\n" OPT_EXTRACT },
  { "export",
    cmd_export,
    "export [-d DB] [-f turtle|ntriples|nquads|rdfxml|json|jsonld|dot|graphml]"
    " [-o FILE] [--graph ARTICLE] [--about NAME] [--network events|people]"
    " [--ontology] [FORMAT [FILE]]",
    "write the graph (or a part, or the ontology) as RDF or GraphML",
    "\n" OPT_DB
    "  -f, --format F        turtle (default), ntriples, nquads (a graph an\n"
    "                        article), rdfxml, json (RDF/JSON), jsonld, dot,\n"
    "                        graphml\n"
    "  -o, --output FILE     write to FILE (default: stdout)\n"
    "  FORMAT [FILE]         the same as -f FORMAT [-o FILE], as the shell\n"
    "                        writes them\n"
    "      --graph ARTICLE   only an article (IRI, id:..., FILE/N) or the\n"
    "                        articles of a source file (000_page.txt)\n"
    "      --about NAME      only an entity (IRI, label, pinyin: as the shell\n"
    "                        finds names; one entity) and what is said\n"
    "                        about it and its neighbours\n"
    "      --network N       graphml: events (people and events, default) or\n"
    "                        people (people joined by the events they shared)\n"
    "      --ontology        the vocabulary instead of the graph\n" },
  { "load",
    cmd_load,
    "load [-d DB] [-q] [--syntax NAME] [--graph IRI] FILE...",
    "add RDF files (Turtle, N-Triples, N-Quads, RDF/XML; - is stdin) to DB",
    "Each file loads whole or not at all; a bad one is reported and the\n"
    "others load (exit status 1).\n\n" OPT_DB
    "  -q, --quiet           no summary\n"
    "      --syntax NAME     turtle, ntriples, nquads, rdfxml, trig or json\n"
    "                        (default: from the extension, else the content)\n"
    "      --graph IRI       the graph of triples (default: the file's "
    "URI)\n" },
  { "shell",
    cmd_shell,
    "shell [-d DB] [--mode table|tsv|csv|json|line] [DB]",
    "the interactive shell",
    "Type .help (or help) in it for its commands. The database may be\n"
    "named without -d, as sqlite3 takes it (newsgraph shell "
    "news.db).\n\n" OPT_DB
    "  -m, --mode M          table (default), tsv, csv, json or line\n" },
  { "query",
    cmd_query,
    "query [-d DB] [--mode table|tsv|csv|json|line] COMMAND...",
    "run shell commands (or read them from stdin), print, exit",
    "Each argument is one shell command (`newsgraph query -d DB help` lists\n"
    "them); without any, or with -, they are read from stdin, one a line.\n"
    "The options go before the commands. The exit status is 1 when a\n"
    "command failed.\n\n" OPT_DB
    "  -m, --mode M          table (default), tsv, csv, json or line\n" },
  { "stats",
    cmd_stats,
    "stats [-d DB] [--mode table|tsv|csv|json|line]",
    "count what the database holds",
    "\n" OPT_DB
    "  -m, --mode M          table (default), tsv, csv, json or line\n" },
};
#define N_COMMANDS (sizeof commands / sizeof *commands)

static void
usage_all(FILE *f)
{
  fprintf(f,
          "Usage: newsgraph COMMAND [OPTION]... [ARG]...\n\n"
          "Turn Chinese government news into a knowledge graph.\n\n"
          "Commands:\n");
  for (size_t i = 0; i < N_COMMANDS; i++)
    fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].help);
  fprintf(f,
          "\nRun `newsgraph COMMAND --help` for a command's options.\n"
          "DB defaults to " DEFAULT_DB " in the current folder.\n");
}

static const Command *
find_command(const char *name)
{
  for (size_t i = 0; i < N_COMMANDS; i++)
    if (!strcmp(commands[i].name, name))
      return &commands[i];
  return NULL;
}

/* The usage lines; on stdout (--help) the options too. */
static void
usage_of(const char *name, FILE *f)
{
  const Command *c = find_command(name);
  fprintf(f, "Usage: newsgraph %s\n%s\n", c->usage, c->help);
  if (f == stdout && c->options)
    fprintf(f, "%s%s", *c->options == '\n' ? "" : "\n", c->options);
}

/* Prints a usage error and returns the usage exit status. */
static int
bad_usage(const char *cmd, const char *fmt, const char *arg)
{
  fprintf(stderr, "newsgraph: %s: ", cmd);
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "\nUsage: newsgraph %s\n", find_command(cmd)->usage);
  return 2;
}

static int
open_store(const char *path, int flags, NgStore **store)
{
  char    *msg = NULL;
  NgStatus st  = ng_store_open(path, flags, store, &msg);
  if (st) {
    fprintf(stderr, "newsgraph: error: %s\n", msg ? msg : ng_strerror(st));
    ng_free(msg);
    return 1;
  }
  return 0;
}

/* ---------------------------------------------------------------- build */

typedef struct {
  int    progress; /* stderr is a terminal and -q was not given */
  time_t start;
  int    shown; /* a progress line is on screen */
} BuildUi;

static void
on_error(void *ctx, const char *msg)
{
  BuildUi *ui = ctx;
  if (ui->shown) {
    fputs("\r\033[K", stderr);
    ui->shown = 0;
  }
  fprintf(stderr, "newsgraph: error: %s\n", msg);
}

static void
on_progress(void *ctx, const NgBuildStats *s)
{
  BuildUi *ui = ctx;
  if (!ui->progress)
    return;
  double el   = difftime(time(NULL), ui->start);
  double mb   = (double)s->bytes / 1e6;
  double rate = el > 0 ? mb / el : 0;
  double left = rate > 0 ? ((double)s->total_bytes / 1e6 - mb) / rate : 0;
  long   done = s->files + s->failed + s->skipped;
  fprintf(stderr,
          "\r\033[K%ld/%ld files, %.1f/%.1f MB, %.2f MB/s, %.0fs left",
          done,
          s->total_files,
          mb,
          (double)s->total_bytes / 1e6,
          rate,
          left);
  ui->shown = 1;
}

static int
valid_date(const char *d)
{
  int  y, m, day;
  char tail;
  return strlen(d) == 10 &&
         sscanf(d, "%4d-%2d-%2d%c", &y, &m, &day, &tail) == 3 && m >= 1 &&
         m <= 12 && day >= 1 && day <= 31;
}

/* Threads for build and extract: the machine's cores, at most 8. */
static int
default_jobs(void)
{
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 8 ? 8 : (int)n;
}

/* S as a whole number from 1 to MAX, or 0. */
static int
parse_count(const char *s, long max)
{
  char *end = NULL;
  long  n   = strtol(s, &end, 10);
  return end && !*end && n >= 1 && n <= max ? (int)n : 0;
}

static int
parse_jobs(const char *s)
{
  return parse_count(s, 256);
}

/* `extract`: the build's extraction, written as N-Quads to stdout, for
   runs split across machines; no database is opened. */
static int
cmd_extract(int argc, char **argv)
{
  static const struct option longopts[] = {
    { "base", required_argument, NULL, 'b' },
    { "date", required_argument, NULL, 't' },
    { "encoding", required_argument, NULL, 'e' },
    { "jobs", required_argument, NULL, 'j' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 }
  };
  NgBuildOptions opt = { 0 };
  int            c;
  opt.jobs = default_jobs();
  opt.base = NG_DEFAULT_BASE;
  while ((c = getopt_long(argc, argv, "j:h", longopts, NULL)) != -1) {
    switch (c) {
      case 'b':
        opt.base = optarg;
        break;
      case 't':
        if (!valid_date(optarg))
          return bad_usage(
            "extract", "--date wants YYYY-MM-DD, not \"%s\"", optarg);
        opt.intake.date = optarg;
        break;
      case 'e':
        opt.intake.encoding = optarg;
        break;
      case 'j':
        if ((opt.jobs = parse_jobs(optarg)) < 1)
          return bad_usage(
            "extract", "-j wants a number of threads, not \"%s\"", optarg);
        break;
      case 'h':
        usage_of("extract", stdout);
        return 0;
      default:
        usage_of("extract", stderr);
        return 2;
    }
  }
  if (optind >= argc)
    return bad_usage("extract", "%s", "no PATH given");
  NgExtractor *ex  = NULL;
  NgIntake    *in  = NULL;
  char        *msg = NULL;
  int          rc  = 1;
  NgStatus     st  = ng_extractor_new(NULL, opt.base, &ex, &msg);
  if (st) {
    fprintf(stderr, "newsgraph: error: %s\n", msg ? msg : ng_strerror(st));
    goto done;
  }
  if ((st = ng_intake_new(&in))) {
    fprintf(stderr,
            "newsgraph: error: cannot open ICU services: %s\n",
            ng_strerror(st));
    goto done;
  }
  BuildUi ui   = { 0, time(NULL), 0 };
  opt.on_error = on_error;
  opt.ctx      = &ui;
  NgBuildStats s;
  st = ng_build_nquads(ex, in, argv + optind, argc - optind, &opt, stdout, &s);
  if (st > NG_DONE) {
    fprintf(stderr, "newsgraph: error: stdout: %s\n", ng_strerror(st));
    goto done;
  }
  rc = st == NG_OK ? 0 : 1;
done:
  ng_free(msg);
  ng_intake_free(in);
  ng_extractor_free(ex);
  return rc;
}

static int
cmd_build(int argc, char **argv)
{
  static const struct option longopts[] = {
    { "db", required_argument, NULL, 'd' },
    { "base", required_argument, NULL, 'b' },
    { "date", required_argument, NULL, 't' },
    { "encoding", required_argument, NULL, 'e' },
    { "quiet", no_argument, NULL, 'q' },
    { "force", no_argument, NULL, 'F' },
    { "jobs", required_argument, NULL, 'j' },
    { "batch", required_argument, NULL, 'B' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 }
  };
  const char    *db = DEFAULT_DB, *base = NULL;
  NgBuildOptions opt   = { 0 };
  int            quiet = 0, c;
  opt.jobs             = default_jobs();
  while ((c = getopt_long(argc, argv, "d:qj:h", longopts, NULL)) != -1) {
    switch (c) {
      case 'd':
        db = optarg;
        break;
      case 'j':
        if ((opt.jobs = parse_jobs(optarg)) < 1)
          return bad_usage(
            "build", "-j wants a number of threads, not \"%s\"", optarg);
        break;
      case 'B':
        if ((opt.batch = parse_count(optarg, 1000000)) < 1)
          return bad_usage(
            "build", "--batch wants a number of files, not \"%s\"", optarg);
        break;
      case 'b':
        base = optarg;
        break;
      case 't':
        if (!valid_date(optarg))
          return bad_usage(
            "build", "--date wants YYYY-MM-DD, not \"%s\"", optarg);
        opt.intake.date = optarg;
        break;
      case 'e':
        opt.intake.encoding = optarg;
        break;
      case 'q':
        quiet = 1;
        break;
      case 'F':
        opt.force = 1;
        break;
      case 'h':
        usage_of("build", stdout);
        return 0;
      default:
        usage_of("build", stderr);
        return 2;
    }
  }
  if (optind >= argc)
    return bad_usage("build", "%s", "no PATH given");

  NgStore     *store = NULL;
  NgExtractor *ex    = NULL;
  NgIntake    *in    = NULL;
  char        *msg   = NULL;
  int          rc    = 1;
  if (open_store(db, NG_STORE_CREATE, &store))
    return 1;
  char *old_base = NULL;
  ng_store_meta_get(store, "base", &old_base);
  if (!base)
    base = old_base ? old_base : NG_DEFAULT_BASE;
  else if (old_base && strcmp(old_base, base))
    fprintf(stderr,
            "newsgraph: warning: %s was built with base %s; new facts use %s\n",
            db,
            old_base,
            base);
  ng_store_meta_set(store, "base", base);
  NgStatus st = ng_extractor_new(NULL, base, &ex, &msg);
  if (st) {
    fprintf(stderr, "newsgraph: error: %s\n", msg ? msg : ng_strerror(st));
    goto done;
  }
  if ((st = ng_intake_new(&in))) {
    fprintf(stderr,
            "newsgraph: error: cannot open ICU services: %s\n",
            ng_strerror(st));
    goto done;
  }
  BuildUi ui      = { !quiet && isatty(2), time(NULL), 0 };
  opt.base        = base;
  opt.on_error    = on_error;
  opt.on_progress = on_progress;
  opt.ctx         = &ui;
  NgBuildStats s;
  st = ng_build_paths(store, ex, in, argv + optind, argc - optind, &opt, &s);
  if (ui.shown)
    fputs("\r\033[K", stderr);
  if (st > NG_DONE) {
    fprintf(stderr,
            "newsgraph: error: %s: %s\n",
            ng_strerror(st),
            ng_store_errmsg(store));
    goto done;
  }
  if (!quiet) {
    NgStoreStats t = { 0 };
    ng_store_stats(store, &t);
    fprintf(stderr,
            "%ld file%s stored, %ld unchanged, %ld failed; %ld article%s, "
            "%lld fact%s; %s now holds %lld quad%s\n",
            s.files,
            s.files == 1 ? "" : "s",
            s.skipped,
            s.failed,
            s.articles,
            s.articles == 1 ? "" : "s",
            s.quads,
            s.quads == 1 ? "" : "s",
            db,
            t.quads,
            t.quads == 1 ? "" : "s");
  }
  rc = st == NG_OK ? 0 : 1;
done:
  ng_free(msg);
  ng_free(old_base);
  ng_intake_free(in);
  ng_extractor_free(ex);
  ng_store_close(store);
  return rc;
}

/* ---------------------------------------------------------------- export */

static NgStatus
pinyin_key(void *ctx, const char *text, char **out)
{
  return ng_pinyin_key(ctx, text, out);
}

static NgStatus
pinyin_simplify(void *ctx, const char *text, char **out)
{
  return ng_pinyin_simplify(ctx, text, out);
}

/* --about NAME: the IRI of the one entity NAME names, found as the shell
   finds names (label, altLabel, traditional form, pinyin, a part of a
   label), so that two entities of one label (区委 of two files, two
   people of one name loaded from RDF) stay apart. *iri is NULL when
   nothing matched: the export then takes NAME as an IRI (a full one
   without <>) and says so when that fails too. 1 after an error (several
   entities: listed, as the shell lists them). */
static int
about_iri(NgStore *store, const char *name, char **iri)
{
  NgPinyin    *py = NULL;
  NgQuery     *q  = NULL;
  NgCandidates c  = { 0 };
  int          rc = 1;
  NgStatus     st;
  *iri = NULL;
  if ((st = ng_pinyin_new(&py))) {
    fprintf(stderr,
            "newsgraph: error: cannot open the ICU transforms: %s\n",
            ng_strerror(st));
    return 1;
  }
  if ((st = ng_query_new(store, &q))) {
    fprintf(stderr, "newsgraph: error: %s\n", ng_strerror(st));
    goto done;
  }
  ng_query_set_keys(q, pinyin_key, pinyin_simplify, py);
  if ((st = ng_query_index(q, 0)) || (st = ng_query_resolve(q, name, 0, &c))) {
    fprintf(stderr, "newsgraph: error: %s\n", ng_query_errmsg(q));
    goto done;
  }
  if (c.n > 1) {
    fprintf(stderr, "\"%s\" fits %zu entities:\n", name, c.n);
    for (size_t i = 0; i < c.n; i++)
      fprintf(stderr,
              "  %zu. %s (%s) %s\n",
              i + 1,
              c.v[i].label,
              ng_query_kind_name(c.v[i].kind),
              c.v[i].detail);
    fprintf(stderr,
            "newsgraph: error: --about \"%s\" is ambiguous; use a more "
            "exact name or the IRI\n",
            name);
    goto done;
  }
  if (c.n == 1) {
    NgTerm *t = NULL;
    if (ng_store_term(store, c.v[0].id, &t) == NG_OK &&
        t->kind == NG_TERM_IRI && !(*iri = ng_strdup(t->value))) {
      ng_free(t);
      fprintf(stderr, "newsgraph: error: %s\n", ng_strerror(NG_ERR_NOMEM));
      goto done;
    }
    ng_free(t);
  }
  rc = 0;
done:
  ng_candidates_free(&c);
  ng_query_free(q);
  ng_pinyin_free(py);
  return rc;
}

static int
cmd_export(int argc, char **argv)
{
  static const struct option longopts[] = {
    { "db", required_argument, NULL, 'd' },
    { "format", required_argument, NULL, 'f' },
    { "output", required_argument, NULL, 'o' },
    { "graph", required_argument, NULL, 'g' },
    { "about", required_argument, NULL, 'a' },
    { "network", required_argument, NULL, 'n' },
    { "ontology", no_argument, NULL, 'O' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 }
  };
  const char        *db = DEFAULT_DB, *format = "turtle", *output = NULL;
  int                format_given = 0;
  NgRdfExportOptions eo           = { 0 };
  int                c;
  while ((c = getopt_long(argc, argv, "d:f:o:h", longopts, NULL)) != -1) {
    switch (c) {
      case 'd':
        db = optarg;
        break;
      case 'f':
        format       = optarg;
        format_given = 1;
        break;
      case 'o':
        output = optarg;
        break;
      case 'g':
        eo.graph = optarg;
        break;
      case 'a':
        eo.about = optarg;
        break;
      case 'O':
        eo.ontology = 1;
        break;
      case 'n':
        if (strcmp(optarg, "events") && strcmp(optarg, "people"))
          return bad_usage("export",
                           "--network wants events or people, not "
                           "\"%s\"",
                           optarg);
        eo.network =
          strcmp(optarg, "people") ? NG_RDF_NET_EVENTS : NG_RDF_NET_PEOPLE;
        break;
      case 'h':
        usage_of("export", stdout);
        return 0;
      default:
        usage_of("export", stderr);
        return 2;
    }
  }
  /* the shell's spelling, export FORMAT [FILE], works too */
  if (optind < argc && !format_given) {
    if (!ng_rdf_format_known(argv[optind]))
      return bad_usage("export", "unknown format \"%s\"", argv[optind]);
    format = argv[optind++];
    if (optind == argc - 1 && !output)
      output = argv[optind++];
  }
  if (optind < argc)
    return bad_usage("export", "unexpected argument \"%s\"", argv[optind]);
  if (!ng_rdf_format_known(format))
    return bad_usage("export", "unknown format \"%s\"", format);
  NgStore *store = NULL;
  char    *about = NULL;
  if (!eo.ontology && open_store(db, NG_STORE_READ, &store))
    return 1;
  if (store && eo.about && about_iri(store, eo.about, &about)) {
    ng_store_close(store);
    return 1;
  }
  if (about)
    eo.about = about;
  FILE *out = stdout;
  if (output && !(out = fopen(output, "w"))) {
    fprintf(stderr, "newsgraph: error: %s: %s\n", output, strerror(errno));
    ng_free(about);
    ng_store_close(store);
    return 1;
  }
  char *msg   = NULL;
  eo.format   = format;
  NgStatus st = ng_rdf_export_opts(store, &eo, out, &msg);
  if (st)
    fprintf(stderr, "newsgraph: error: %s\n", msg);
  ng_free(msg);
  if (out != stdout && fclose(out) && !st) {
    fprintf(stderr, "newsgraph: error: %s: %s\n", output, strerror(errno));
    st = NG_ERR_IO;
  } else if (out == stdout && fflush(stdout) && !st) {
    fprintf(stderr, "newsgraph: error: stdout: %s\n", strerror(errno));
    st = NG_ERR_IO;
  }
  /* A failed export leaves no file that looks like an answer (a regular
     file only: -o /dev/null stays). */
  struct stat sb;
  if (st && output && !stat(output, &sb) && S_ISREG(sb.st_mode))
    remove(output);
  ng_free(about);
  ng_store_close(store);
  return st ? 1 : 0;
}

/* ---------------------------------------------------------------- load */

static void
on_load_warning(void *ctx, const char *msg)
{
  (void)ctx;
  fprintf(stderr, "newsgraph: warning: %s\n", msg);
}

static int
cmd_load(int argc, char **argv)
{
  static const struct option longopts[] = {
    { "db", required_argument, NULL, 'd' },
    { "syntax", required_argument, NULL, 's' },
    { "graph", required_argument, NULL, 'g' },
    { "quiet", no_argument, NULL, 'q' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 }
  };
  const char      *db = DEFAULT_DB;
  NgRdfLoadOptions lo = { 0 };
  int              c, quiet = 0;
  while ((c = getopt_long(argc, argv, "d:qh", longopts, NULL)) != -1) {
    switch (c) {
      case 'd':
        db = optarg;
        break;
      case 's':
        lo.syntax = optarg;
        break;
      case 'g':
        lo.graph = optarg;
        break;
      case 'q':
        quiet = 1;
        break;
      case 'h':
        usage_of("load", stdout);
        return 0;
      default:
        usage_of("load", stderr);
        return 2;
    }
  }
  if (optind >= argc)
    return bad_usage("load", "%s", "no FILE given");
  NgStore *store = NULL;
  if (open_store(db, NG_STORE_CREATE, &store))
    return 1;
  lo.on_warning = on_load_warning;
  int       rc  = 0;
  long long all = 0;
  for (int i = optind; i < argc; i++) {
    char     *msg = NULL;
    long long n   = 0;
    if (ng_rdf_load_opts(store, argv[i], &lo, &n, &msg)) {
      fprintf(stderr, "newsgraph: error: %s\n", msg ? msg : argv[i]);
      rc = 1;
    }
    all += n;
    ng_free(msg);
  }
  if (!quiet)
    fprintf(stderr,
            "%lld statement%s loaded into %s\n",
            all,
            all == 1 ? "" : "s",
            db);
  ng_store_close(store);
  return rc;
}

/* ---------------------------------------------------------------- shell */

static int
shell_options(const char  *cmd,
              int          argc,
              char       **argv,
              const char **db,
              const char **mode)
{
  static const struct option longopts[] = {
    { "db", required_argument, NULL, 'd' },
    { "mode", required_argument, NULL, 'm' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 }
  };
  int c;
  /* Stop at the first non-option so commands keep their own dashes. */
  while ((c = getopt_long(argc, argv, "+d:m:h", longopts, NULL)) != -1) {
    switch (c) {
      case 'd':
        *db = optarg;
        break;
      case 'm':
        if (!mode)
          return bad_usage(cmd, "unknown option \"%s\"", "--mode");
        *mode = optarg;
        break;
      case 'h':
        usage_of(cmd, stdout);
        return -1;
      default:
        usage_of(cmd, stderr);
        return 2;
    }
  }
  return 0;
}

static int
cmd_shell(int argc, char **argv)
{
  const char *db = DEFAULT_DB, *mode = NULL;
  int         r = shell_options("shell", argc, argv, &db, &mode);
  if (r)
    return r < 0 ? 0 : r;
  /* newsgraph shell news.db, as sqlite3 news.db */
  if (optind == argc - 1 && !strcmp(db, DEFAULT_DB))
    db = argv[optind++];
  if (optind < argc)
    return bad_usage("shell", "unexpected argument \"%s\"", argv[optind]);
  NgShell *sh = NULL;
  NgStatus st = ng_shell_new(db, mode, stdout, stderr, &sh);
  if (st == NG_ERR_ARG)
    return bad_usage("shell", "unknown mode \"%s\"", mode);
  if (st) {
    fprintf(stderr, "newsgraph: error: cannot start: %s\n", ng_strerror(st));
    return 1;
  }
  int rc = ng_shell_loop(sh, stdin, isatty(0));
  ng_shell_free(sh);
  return rc;
}

static int
cmd_query(int argc, char **argv)
{
  const char *db = DEFAULT_DB, *mode = NULL;
  int         r = shell_options("query", argc, argv, &db, &mode);
  if (r)
    return r < 0 ? 0 : r;
  /* No command starts with a dash: an option after the commands would
     run as a command and fail. */
  for (int i = optind; i < argc; i++)
    if (argv[i][0] == '-' && argv[i][1])
      return bad_usage(
        "query", "\"%s\" after the commands: options go before them", argv[i]);
  NgShell *sh = NULL;
  NgStatus st = ng_shell_new(db, mode, stdout, stderr, &sh);
  if (st == NG_ERR_ARG)
    return bad_usage("query", "unknown mode \"%s\"", mode);
  if (st) {
    fprintf(stderr, "newsgraph: error: cannot start: %s\n", ng_strerror(st));
    return 1;
  }
  int rc = 0;
  if (optind >= argc || (optind == argc - 1 && !strcmp(argv[optind], "-"))) {
    rc = ng_shell_loop(sh, stdin, 0); /* no command, or -: stdin */
  } else {
    /* Each argument is one command line, as sqlite3 takes them. */
    for (int i = optind; i < argc; i++) {
      int x = ng_shell_exec(sh, argv[i]);
      if (x == 2)
        break;
      if (x)
        rc = 1;
    }
  }
  ng_shell_free(sh);
  return rc;
}

/* ---------------------------------------------------------------- stats */

static int
cmd_stats(int argc, char **argv)
{
  const char *db = DEFAULT_DB, *mode = NULL;
  int         r = shell_options("stats", argc, argv, &db, &mode);
  if (r)
    return r < 0 ? 0 : r;
  if (optind < argc)
    return bad_usage("stats", "unexpected argument \"%s\"", argv[optind]);
  NgShell *sh = NULL;
  NgStatus st = ng_shell_new(db, mode, stdout, stderr, &sh);
  if (st == NG_ERR_ARG)
    return bad_usage("stats", "unknown mode \"%s\"", mode);
  if (st)
    return 1;
  int rc = ng_shell_exec(sh, "stats");
  ng_shell_free(sh);
  return rc ? 1 : 0;
}

/* ---------------------------------------------------------------- main */

/* Read by LeakSanitizer in `make check` builds, unused otherwise.
   raptor2's N-Triples and N-Quads readers leak the terms of the statement
   they stop at on a syntax error (rapper does too); newsgraph cannot free
   them. Its own leaks are reported as before. */
const char *__lsan_default_suppressions(void);
const char *
__lsan_default_suppressions(void)
{
  return "leak:raptor_new_term_from_uri\n"
         "leak:raptor_new_uri_from_counted_string\n";
}
const char *__lsan_default_options(void);
const char *
__lsan_default_options(void)
{
  return "print_suppressions=0";
}

int
main(int argc, char **argv)
{
  if (argc < 2) {
    usage_all(stderr);
    return 2;
  }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
      !strcmp(argv[1], "help")) {
    usage_all(stdout);
    return 0;
  }
  if (!strcmp(argv[1], "--version")) {
    printf("newsgraph 0.1\n");
    return 0;
  }
  const Command *c = find_command(argv[1]);
  if (!c) {
    fprintf(stderr, "newsgraph: unknown command \"%s\"\n", argv[1]);
    usage_all(stderr);
    return 2;
  }
  return c->fn(argc - 1, argv + 1);
}
