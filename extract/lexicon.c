/* extract/lexicon.c -- a trie over code points whose edges live in one
   open-addressing hash table, with a direct table for the first character
   of a word: one probe per character when matching, and most probes for a
   missing edge stopped by a bit of the node itself. */
#include "extract/lexicon.h"

#include "graph/buf.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  unsigned flags; /* 0: no word ends here */
  int      value;
  unsigned kids;    /* how many children (capped), 0 for a leaf */
  uint32_t kidmask; /* bit kid_bit(c) set for the character c of each
                       child: a clear bit means no such child, read from
                       the node matching has in cache already */
} Node;

typedef struct {
  uint64_t key; /* (parent << 22 | code point) + 1; 0 marks an empty slot */
  uint32_t child;
} Edge;

/* First characters below this have their edge from the root in a table. */
enum { ROOT_DIRECT = 0x10000 };

struct NgLexicon {
  Node     *nodes;
  size_t    n_nodes, cap_nodes;
  Edge     *edges;
  size_t    n_edges, cap_edges; /* cap is a power of two */
  uint32_t *root;               /* ROOT_DIRECT children of the root */
  size_t    n_words;
};

static uint32_t
kid_bit(uint32_t c)
{
  return 1u << ((c * 0x9E3779B1u) >> 27);
}

/* The next character of S[*i, N): its code point, or for a byte that
   starts no well-formed UTF-8 sequence, 0x200000 | the byte (no text
   character has that value, so words and text that are not UTF-8 still
   match byte for byte). */
static uint32_t
next_char(const unsigned char *s, size_t n, size_t *i)
{
  uint32_t c = s[*i];
  size_t   k = 0;
  uint32_t min;
  if (c < 0x80) {
    ++*i;
    return c;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    k = 1;
    c &= 0x1F;
    min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    k = 2;
    c &= 0x0F;
    min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    k = 3;
    c &= 0x07;
    min = 0x10000;
  } else {
    ++*i;
    return 0x200000u | c;
  }
  if (*i + k >= n) {
    ++*i;
    return 0x200000u | s[*i - 1];
  }
  for (size_t j = 1; j <= k; j++) {
    if ((s[*i + j] & 0xC0) != 0x80) {
      uint32_t b = s[*i];
      ++*i;
      return 0x200000u | b;
    }
    c = (c << 6) | (s[*i + j] & 0x3F);
  }
  if (c < min || c > 0x10FFFF) {
    uint32_t b = s[*i];
    ++*i;
    return 0x200000u | b;
  }
  *i += k + 1;
  return c;
}

static size_t
slot_of(uint64_t key, size_t cap)
{
  uint64_t h = key * 0x9E3779B97F4A7C15ull;
  return (size_t)(h >> 20) & (cap - 1);
}

static uint64_t
key_of(uint32_t node, uint32_t c)
{
  return (((uint64_t)node << 22) | c) + 1;
}

static uint32_t
child_of(const NgLexicon *lex, uint32_t node, uint32_t c)
{
  if (!node && c < ROOT_DIRECT)
    return lex->root[c];
  if (!(lex->nodes[node].kidmask & kid_bit(c)))
    return 0;
  uint64_t key = key_of(node, c);
  size_t   i   = slot_of(key, lex->cap_edges);
  for (;;) {
    const Edge *e = &lex->edges[i];
    if (e->key == key)
      return e->child;
    if (!e->key)
      return 0;
    i = (i + 1) & (lex->cap_edges - 1);
  }
}

/* Doubles the edge table when it is half full, keeping probes short. */
static NgStatus
grow_edges(NgLexicon *lex)
{
  size_t cap = lex->cap_edges * 2;
  Edge  *v   = ng_calloc(cap, sizeof *v);
  if (!v)
    return NG_ERR_NOMEM;
  for (size_t i = 0; i < lex->cap_edges; i++) {
    Edge *e = &lex->edges[i];
    if (!e->key)
      continue;
    size_t j = slot_of(e->key, cap);
    while (v[j].key)
      j = (j + 1) & (cap - 1);
    v[j] = *e;
  }
  ng_free(lex->edges);
  lex->edges     = v;
  lex->cap_edges = cap;
  return NG_OK;
}

static NgStatus
new_node(NgLexicon *lex, uint32_t *out)
{
  if (lex->n_nodes == lex->cap_nodes) {
    size_t cap = lex->cap_nodes * 2;
    Node  *v   = ng_realloc(lex->nodes, cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    lex->nodes     = v;
    lex->cap_nodes = cap;
  }
  memset(&lex->nodes[lex->n_nodes], 0, sizeof *lex->nodes);
  *out = (uint32_t)lex->n_nodes++;
  return NG_OK;
}

NgStatus
ng_lexicon_new(NgLexicon **out)
{
  NgLexicon *lex = ng_calloc(1, sizeof *lex);
  if (!lex)
    return NG_ERR_NOMEM;
  lex->cap_nodes = 1024;
  lex->cap_edges = 2048;
  lex->nodes     = ng_calloc(lex->cap_nodes, sizeof *lex->nodes);
  lex->edges     = ng_calloc(lex->cap_edges, sizeof *lex->edges);
  lex->root      = ng_calloc(ROOT_DIRECT, sizeof *lex->root);
  if (!lex->nodes || !lex->edges || !lex->root) {
    ng_lexicon_free(lex);
    return NG_ERR_NOMEM;
  }
  lex->n_nodes = 1; /* the root */
  *out         = lex;
  return NG_OK;
}

void
ng_lexicon_free(NgLexicon *lex)
{
  if (!lex)
    return;
  ng_free(lex->nodes);
  ng_free(lex->edges);
  ng_free(lex->root);
  ng_free(lex);
}

NgStatus
ng_lexicon_add(NgLexicon  *lex,
               const char *word,
               size_t      len,
               unsigned    flags,
               int         value)
{
  const unsigned char *w    = (const unsigned char *)word;
  NgStatus             st   = NG_OK;
  uint32_t             node = 0;
  if (!len || !flags)
    return NG_ERR_ARG;
  for (size_t i = 0; i < len;) {
    uint32_t c     = next_char(w, len, &i);
    uint32_t child = child_of(lex, node, c);
    if (!child) {
      NG_TRY(st, new_node(lex, &child));
      if (lex->nodes[node].kids < 0xFFFF)
        lex->nodes[node].kids++;
      if (!node && c < ROOT_DIRECT)
        lex->root[c] = child;
      else {
        if (2 * (lex->n_edges + 1) > lex->cap_edges)
          NG_TRY(st, grow_edges(lex));
        uint64_t key = key_of(node, c);
        size_t   j   = slot_of(key, lex->cap_edges);
        while (lex->edges[j].key)
          j = (j + 1) & (lex->cap_edges - 1);
        lex->edges[j].key   = key;
        lex->edges[j].child = child;
        lex->n_edges++;
        lex->nodes[node].kidmask |= kid_bit(c);
      }
    }
    node = child;
  }
  if (!lex->nodes[node].flags)
    lex->n_words++;
  lex->nodes[node].flags |= flags;
  if (value)
    lex->nodes[node].value = value;
done:
  return st;
}

char *
ng_lexicon_error(const char *path, long no, const char *what)
{
  NgBuf b = { 0 };
  if (no > 0)
    ng_buf_printf(&b, "%s:%ld: %s", path, no, what);
  else
    ng_buf_printf(&b, "%s: %s", path, what);
  return ng_buf_take(&b);
}

NgStatus
ng_lexicon_line(FILE *f, NgBuf *line, long *no)
{
  NgStatus st = NG_OK;
  for (;;) {
    int c = 0;
    ng_buf_clear(line);
    while ((c = getc_unlocked(f)) != EOF && c != '\n') /* f is ours alone */
      NG_TRY(st, ng_buf_putc(line, (char)c));
    if (c == EOF && !line->len)
      return NG_DONE;
    ++*no;
    while (line->len && (line->data[line->len - 1] == '\r' ||
                         line->data[line->len - 1] == ' '))
      line->data[--line->len] = '\0';
    if (line->len && line->data[0] != '#')
      return NG_OK;
  }
done:
  return st;
}

NgStatus
ng_lexicon_load(NgLexicon         *lex,
                const char        *path,
                unsigned           flags,
                const char *const *tags,
                const unsigned    *tag_flags,
                char             **errmsg)
{
  NgStatus st   = NG_OK;
  NgBuf    line = { 0 };
  long     no   = 0;
  FILE    *f    = fopen(path, "rb");
  *errmsg       = NULL;
  if (!f) {
    *errmsg = ng_lexicon_error(path, 0, strerror(errno));
    return NG_ERR_IO;
  }
  while (!(st = ng_lexicon_line(f, &line, &no))) {
    char    *s   = line.data;
    size_t   n   = line.len;
    char    *tab = memchr(s, '\t', n);
    size_t   wl  = tab ? (size_t)(tab - s) : n;
    unsigned fl  = flags;
    int      val = 0;
    if (tab) {
      char *col = tab + 1, *end = strchr(col, '\t');
      if (end)
        *end = '\0';
      char *num_end = NULL;
      long  v       = strtol(col, &num_end, 10);
      if (num_end != col && !*num_end)
        val = (int)v;
      else if (tags) {
        size_t i = 0;
        while (tags[i] && strcmp(tags[i], col))
          i++;
        if (!tags[i]) {
          *errmsg = ng_lexicon_error(path, no, "unknown tag");
          st      = NG_ERR_SYNTAX;
          goto done;
        }
        fl |= tag_flags[i];
      }
    }
    if (wl)
      NG_TRY(st, ng_lexicon_add(lex, s, wl, fl, val));
  }
  if (st == NG_DONE)
    st = NG_OK;
done:
  if (st > NG_DONE && !*errmsg)
    *errmsg = ng_lexicon_error(path, no, ng_strerror(st));
  fclose(f);
  ng_buf_free(&line);
  return st;
}

size_t
ng_lexicon_match(const NgLexicon *lex,
                 const char      *text,
                 size_t           len,
                 size_t           pos,
                 NgLexHit        *hits,
                 size_t           max)
{
  const unsigned char *t    = (const unsigned char *)text;
  size_t               n    = 0;
  uint32_t             node = 0;
  for (size_t i = pos; i < len && n < max;) {
    node = child_of(lex, node, next_char(t, len, &i));
    if (!node)
      break;
    const Node *x = &lex->nodes[node];
    if (x->flags) {
      hits[n].end   = i;
      hits[n].flags = x->flags;
      hits[n].value = x->value;
      n++;
    }
  }
  return n;
}

size_t
ng_lexicon_match_chars(const NgLexicon *lex,
                       const uint32_t  *cp,
                       size_t           len,
                       size_t           pos,
                       NgLexHit        *hits,
                       size_t           max)
{
  size_t   n = 0;
  uint32_t node;
  if (pos >= len || !max)
    return 0;
  node = cp[pos] < ROOT_DIRECT ? lex->root[cp[pos]] : child_of(lex, 0, cp[pos]);
  for (size_t i = pos + 1; node; i++) {
    const Node *x = &lex->nodes[node];
    if (x->flags) {
      hits[n].end   = i;
      hits[n].flags = x->flags;
      hits[n].value = x->value;
      if (++n == max)
        break;
    }
    if (i >= len || !x->kids)
      break;
    node = child_of(lex, node, cp[i]);
  }
  return n;
}

unsigned
ng_lexicon_get(const NgLexicon *lex, const char *word, size_t len, int *value)
{
  const unsigned char *w    = (const unsigned char *)word;
  uint32_t             node = 0;
  for (size_t i = 0; i < len;)
    if (!(node = child_of(lex, node, next_char(w, len, &i))))
      return 0;
  if (value)
    *value = lex->nodes[node].value;
  return lex->nodes[node].flags;
}

int
ng_lexicon_has_char(const NgLexicon *lex, uint32_t c)
{
  if (c < ROOT_DIRECT && lex->root[c])
    return 1;
  for (size_t i = 0; i < lex->cap_edges; i++)
    if (lex->edges[i].key && ((lex->edges[i].key - 1) & 0x3FFFFF) == c)
      return 1;
  return 0;
}

size_t
ng_lexicon_size(const NgLexicon *lex)
{
  return lex->n_words;
}
