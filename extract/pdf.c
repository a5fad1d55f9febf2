/* extract/pdf.c -- the text of a PDF through pdftotext (see pdf.h). */
#define _GNU_SOURCE /* pipe2 */
#include "extract/pdf.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int
ng_pdf_is(const char *bytes, size_t n)
{
  return n >= 5 && !memcmp(bytes, "%PDF-", 5);
}

static char *
failed(const char *name, const char *what, const char *detail)
{
  NgBuf m = { 0 };
  if (detail && *detail)
    ng_buf_printf(&m, "%s: %s (%s)", name, what, detail);
  else
    ng_buf_printf(&m, "%s: %s", name, what);
  return ng_buf_take(&m);
}

/* The last line of what the program wrote to its error stream, without
   its line end, in ERR (borrowed, changed in place). */
static const char *
last_line(NgBuf *err)
{
  char *s = err->data;
  if (!s)
    return "";
  while (err->len && (s[err->len - 1] == '\n' || s[err->len - 1] == '\r'))
    s[--err->len] = '\0';
  char *nl = strrchr(s, '\n');
  return nl ? nl + 1 : s;
}

/* Runs PROG on FILE, its output to OUT and its error stream to ERR; *STATUS
   is its exit status (-1 when it was killed). Returns an errno value when
   it could not run (ENOENT: no such program). */
static int
run(const char *prog, const char *file, NgBuf *out, NgBuf *err, int *status)
{
  int                        po[2] = { -1, -1 }, pe[2] = { -1, -1 }, e = 0;
  pid_t                      pid;
  posix_spawn_file_actions_t fa;
  char enc[] = "-enc", utf8[] = "UTF-8", eol[] = "-eol", lf[] = "unix",
       dash[]  = "-";
  char *argv[] = { (char *)prog, enc, utf8, eol, lf, (char *)file, dash, NULL };
  if (pipe2(po, O_CLOEXEC) || pipe2(pe, O_CLOEXEC)) {
    e = errno;
    goto done;
  }
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, po[1], 1);
  posix_spawn_file_actions_adddup2(&fa, pe[1], 2);
  e = posix_spawnp(&pid, prog, &fa, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  close(po[1]);
  close(pe[1]);
  po[1] = pe[1] = -1;
  if (e)
    goto done;
  /* both streams at once: a program that fills one while we wait on the
     other would wait for ever */
  struct pollfd fds[2] = { { po[0], POLLIN, 0 }, { pe[0], POLLIN, 0 } };
  NgBuf        *to[2]  = { out, err };
  char          chunk[65536];
  int           open_n = 2;
  while (open_n) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR)
        continue;
      e = errno;
      break;
    }
    for (int k = 0; k < 2; k++) {
      if (fds[k].fd < 0 || !fds[k].revents)
        continue;
      ssize_t r = read(fds[k].fd, chunk, sizeof chunk);
      if (r < 0 && errno == EINTR)
        continue;
      if (r <= 0) {
        fds[k].fd = -1;
        open_n--;
        continue;
      }
      if (ng_buf_append(to[k], chunk, (size_t)r) && !e)
        e = ENOMEM;
    }
  }
  int ws = 0;
  while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
    ;
  *status = WIFEXITED(ws) ? WEXITSTATUS(ws) : -1;
done:
  for (int k = 0; k < 2; k++) {
    if (po[k] >= 0)
      close(po[k]);
    if (pe[k] >= 0)
      close(pe[k]);
  }
  return e;
}

NgStatus
ng_pdf_text(const char *path,
            const char *name,
            const char *bytes,
            size_t      n,
            NgBuf      *out,
            char      **errmsg)
{
  const char *prog = getenv("NEWSGRAPH_PDFTOTEXT");
  NgBuf       text = { 0 }, err = { 0 }, tmp = { 0 };
  NgStatus    st     = NG_OK;
  int         status = 0, e;
  *errmsg            = NULL;
  if (!prog || !*prog)
    prog = "pdftotext";
  if (!strcmp(path, "-")) {
    /* pdftotext reads a file: a piped PDF is written to one first */
    const char *dir = getenv("TMPDIR");
    if (ng_buf_printf(
          &tmp, "%s/newsgraph-pdf-XXXXXX", dir && *dir ? dir : "/tmp"))
      return NG_ERR_NOMEM;
    int fd = mkstemp(tmp.data);
    if (fd < 0) {
      *errmsg = failed(
        name, "cannot write the PDF to a temporary file", strerror(errno));
      ng_buf_free(&tmp);
      return NG_ERR_IO;
    }
    size_t done = 0;
    while (done < n) {
      ssize_t w = write(fd, bytes + done, n - done);
      if (w < 0 && errno == EINTR)
        continue;
      if (w <= 0)
        break;
      done += (size_t)w;
    }
    close(fd);
    if (done < n) {
      *errmsg = failed(
        name, "cannot write the PDF to a temporary file", strerror(errno));
      st = NG_ERR_IO;
      goto out;
    }
    path = tmp.data;
  }
  e = run(prog, path, &text, &err, &status);
  if (e == ENOMEM) {
    st = NG_ERR_NOMEM;
  } else if (e == ENOENT) {
    *errmsg = failed(name,
                     "a PDF; reading it needs pdftotext (Debian "
                     "package poppler-utils)",
                     NULL);
    st      = NG_ERR_IO;
  } else if (e) {
    *errmsg = failed(name, "cannot run pdftotext", strerror(e));
    st      = NG_ERR_IO;
  } else if (status == 3) {
    *errmsg = failed(name, "a PDF whose owner forbids copying its text", NULL);
    st      = NG_ERR_TEXT;
  } else if (status) {
    NgBuf d = { 0 };
    ng_buf_printf(
      &d, "pdftotext: %s", err.len ? last_line(&err) : "exit status");
    if (!err.len)
      ng_buf_printf(&d, " %d", status);
    *errmsg = failed(name, "not a PDF that can be read", ng_buf_str(&d));
    ng_buf_free(&d);
    st = NG_ERR_TEXT;
  } else {
    /* pages end with a form feed: a blank line, as between paragraphs */
    int any = 0;
    for (size_t i = 0; i < text.len; i++) {
      char c = text.data[i];
      if (c == '\f')
        text.data[i] = c = '\n';
      any = any || (c != '\n' && c != ' ' && c != '\t' && c != '\r');
    }
    if (!any) {
      *errmsg = failed(name,
                       "a PDF without text (a scanned page needs OCR "
                       "first)",
                       NULL);
      st      = NG_ERR_TEXT;
    } else if (ng_buf_append(out, text.data, text.len)) {
      st = NG_ERR_NOMEM;
    }
  }
out:
  if (tmp.data)
    unlink(tmp.data);
  ng_buf_free(&tmp);
  ng_buf_free(&text);
  ng_buf_free(&err);
  return st;
}
