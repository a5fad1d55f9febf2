/* fuzz/fuzz_shell.c -- libFuzzer harness: the shell's command parser and
   commands, on fuzzed lines, against a small prepared database.

   The input is split into lines (at most 8), each run with ng_shell_exec()
   on a fresh copy of a database built once from short invented articles
   (with a news file and an N-Triples file beside it for `load`), so runs
   do not depend on each other. The process works in a temporary
   folder that is emptied after every run, stdin is /dev/null, and lines
   that could reach outside it are skipped: a word that is an absolute path,
   starts with ~ or contains "..", and commands that run programs. */
#include "extract/build.h"
#include "graph/buf.h"
#include "graph/store.h"
#include "shell/shell.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int         LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
const char *__lsan_default_suppressions(void);
const char *__asan_default_options(void);

/* Leaks of the libraries themselves, not ours (their own command-line
   tools lose the same bytes under valgrind): rasqal 0.9.33's SPARQL parser
   on some syntax errors (`roqet` on "... GROUP Bx ?e"), raptor2 2.0.15's
   N-Triples parser on typed literals (`rapper -i ntriples`). Full stacks
   (the libraries have no frame pointers) keep the suppressions to those
   functions. */
const char *
__lsan_default_suppressions(void)
{
  return "leak:sparql_parser_parse\nleak:raptor_ntriples_parse_term\n";
}

const char *
__asan_default_options(void)
{
  return "fast_unwind_on_malloc=0";
}

/* Invented news in the style of county papers (as sample/). */
static const char *const articles[] = {
  "示例县召开安全生产工作会议\n\n本报讯 3月5日上午，示例县召开安全生产工作"
  "会议。县委副书记、县长林振华主持会议，县应急管理局局长赵明远通报了全县安"
  "全生产形势。\n\n县领导钱思远、孙立新出席会议。\n\n记者 周文 通讯员 吴小雨\n",
  "示例市政协召开常委会会议\n\n3月6日，示例市政协召开十届五次常委会会议。市政"
  "协主席李文山主持会议并讲话，副市长郑海涛，市政协副主席王立、陈云参加会议。"
  "\n",
};

static const char nt[] =
  "<https://w3id.org/newsgraph/id/person/林振华> "
  "<http://www.w3.org/2000/01/rdf-schema#label> \"林振华\"@zh .\n"
  "_:b1 <http://schema.org/name> \"示例\" .\n";

static const char *const blocked[] = { ".system", ".shell", ".cd", "!" };

static char   work_dir[4096]; /* $TMPDIR/ng-fuzz-shell-XXXXXX */
static FILE  *devnull;
static char  *pristine; /* the prepared database's bytes */
static size_t pristine_n;

static void
die(const char *what, const char *msg)
{
  fprintf(stderr, "fuzz_shell: setup: %s: %s\n", what, msg ? msg : "");
  exit(1);
}

static void
write_file(const char *path, const char *bytes, size_t n)
{
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(bytes, 1, n, f) != n || fclose(f))
    die("cannot write", path);
}

static void
setup(void)
{
  const char *tmp = getenv("TMPDIR");
  snprintf(work_dir,
           sizeof work_dir,
           "%s/ng-fuzz-shell-XXXXXX",
           tmp && *tmp ? tmp : "/tmp");
  if (!mkdtemp(work_dir) || chdir(work_dir))
    die("temporary folder", work_dir);
  if (!freopen("/dev/null", "r", stdin) || !(devnull = fopen("/dev/null", "w")))
    die("/dev/null", NULL);
  NgStore     *store = NULL;
  NgExtractor *ex    = NULL;
  NgIntake    *in    = NULL;
  char        *msg   = NULL;
  if (ng_store_open("pristine.db", NG_STORE_CREATE, &store, &msg))
    die("store", msg);
  if (ng_extractor_new(NULL, NULL, &ex, &msg) || ng_intake_new(&in))
    die("extractor", msg);
  for (size_t i = 0; i < sizeof articles / sizeof *articles; i++) {
    char name[32];
    snprintf(name, sizeof name, "news%zu.txt", i + 1);
    write_file(name, articles[i], strlen(articles[i]));
  }
  char           p1[] = "news1.txt", p2[] = "news2.txt";
  char          *paths[] = { p1, p2 };
  NgBuildOptions opt     = { 0 };
  NgBuildStats   stats;
  if (ng_build_paths(store, ex, in, paths, 2, &opt, &stats) != NG_OK)
    die("build", ng_store_errmsg(store));
  ng_store_close(store);
  ng_extractor_free(ex);
  ng_intake_free(in);
  /* Keep the bytes; each run starts from a copy. */
  FILE  *f = fopen("pristine.db", "rb");
  NgBuf  b = { 0 };
  char   chunk[4096];
  size_t k;
  while (f && (k = fread(chunk, 1, sizeof chunk, f)) > 0)
    ng_buf_append(&b, chunk, k);
  if (!f || !b.len)
    die("reading back", "pristine.db");
  fclose(f);
  pristine_n = b.len;
  pristine   = ng_buf_take(&b);
}

/* Removes every file the run left in the folder. */
static void
tidy(void)
{
  DIR           *d = opendir(".");
  struct dirent *e;
  while (d && (e = readdir(d)))
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
      remove(e->d_name);
  if (d)
    closedir(d);
}

/* 1 when LINE may run here: nothing that leaves the folder or runs
   programs. */
static int
safe(const char *line)
{
  const char *p     = line;
  int         first = 1;
  while (*p) {
    while (*p == ' ' || *p == '\t' || *p == '"' || *p == '\'')
      p++;
    if (!*p)
      break;
    const char *w = p;
    while (*p && *p != ' ' && *p != '\t')
      p++;
    size_t n = (size_t)(p - w);
    if (*w == '/' || *w == '~' || *w == '|' || *w == '!')
      return 0;
    for (size_t i = 0; i + 1 < n; i++)
      if (w[i] == '.' && w[i + 1] == '.')
        return 0;
    if (first)
      for (size_t i = 0; i < sizeof blocked / sizeof *blocked; i++)
        if (n >= 2 && n <= strlen(blocked[i]) && !strncmp(w, blocked[i], n))
          return 0;
    first = 0;
  }
  return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  if (!pristine)
    setup();
  tidy();
  write_file("work.db", pristine, pristine_n);
  /* Files for load and friends to find. */
  write_file("news.txt", articles[1], strlen(articles[1]));
  write_file("data.nt", nt, strlen(nt));
  NgShell *sh = NULL;
  if (ng_shell_new("work.db", NULL, devnull, devnull, &sh))
    return 0;
  NgBuf       line = { 0 };
  const char *p = (const char *)data, *end = p + size;
  for (int n = 0; n < 8 && p < end; n++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *e  = nl ? nl : end;
    ng_buf_clear(&line);
    ng_buf_append(&line, p, (size_t)(e - p));
    p             = nl ? nl + 1 : end;
    const char *l = ng_buf_str(&line);
    if (strlen(l) != line.len || !safe(l))
      continue; /* a NUL inside, or reaches outside */
    if (ng_shell_exec(sh, l) == 2)
      break;
  }
  ng_buf_free(&line);
  ng_shell_free(sh);
  return 0;
}
