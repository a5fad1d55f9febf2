/* graph/store.c -- the quad store over SQLite. */
#include "graph/store.h"

#include "graph/buf.h"
#include "graph/store_internal.h"

#include <errno.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define NG_APPLICATION_ID 0x4e475248 /* "NGRH": marks newsgraph databases */

/* Prepared statements, kept for the life of the connection. */
enum {
  Q_TERM_FIND,
  Q_TERM_ADD,
  Q_TERM_GET,
  Q_QUAD_ADD,
  Q_PROV_ADD,
  Q_SENT_ADD,
  Q_CLEAR_QUAD,
  Q_CLEAR_PROV,
  Q_CLEAR_SENT,
  Q_CLEAR_ART,
  Q_SOURCE_SEEN,
  Q_SOURCE_FIND,
  Q_SOURCE_GRAPHS,
  Q_SOURCE_UPDATE,
  Q_SOURCE_INSERT,
  Q_SOURCE_FINISH,
  Q_ARTICLE_ADD,
  Q_META_GET,
  Q_META_SET,
  Q_COUNT_N
};

static const char *const stmt_sql[Q_COUNT_N] = {
  "SELECT id FROM term WHERE value=?1 AND kind=?2 AND lang=?3 AND dt=?4",
  "INSERT INTO term(kind,value,lang,dt) VALUES(?2,?1,?3,?4)",
  "SELECT kind,value,lang,dt FROM term WHERE id=?1",
  "INSERT OR IGNORE INTO quad(s,p,o,g) VALUES(?1,?2,?3,?4)",
  "INSERT OR IGNORE INTO prov(g,s,p,o,sentence,start,end)"
  " VALUES(?1,?2,?3,?4,?5,?6,?7)",
  "INSERT OR REPLACE INTO sentence(g,idx,start,end,text)"
  " VALUES(?1,?2,?3,?4,?5)",
  "DELETE FROM quad WHERE g=?1",
  "DELETE FROM prov WHERE (s,p,o,g) IN"
  " (SELECT s,p,o,g FROM quad WHERE g=?1)",
  "DELETE FROM sentence WHERE g=?1",
  "DELETE FROM article WHERE g=?1",
  "SELECT 1 FROM source WHERE path=?1 AND bytes=?2 AND hash=?3 AND hash<>''",
  "SELECT id FROM source WHERE path=?1",
  "SELECT g FROM article WHERE source=?1",
  "UPDATE source SET name=?2, bytes=?3, encoding=?4, hash='',"
  " added=datetime('now') WHERE id=?1",
  "INSERT INTO source(path,name,bytes,encoding) VALUES(?5,?2,?3,?4)",
  "UPDATE source SET hash=?2 WHERE id=?1",
  "INSERT OR REPLACE INTO article(g,source,part,headline) VALUES(?1,?2,?3,?4)",
  "SELECT value FROM meta WHERE key=?1",
  "INSERT OR REPLACE INTO meta(key,value) VALUES(?1,?2)",
};

/* The term cache: term -> id in memory, so interning a term already seen
   costs a hash lookup instead of a SELECT. Open addressing with linear
   probing; the key is kind, value, lang and datatype joined by NULs. Ids
   of terms are never reused, so an entry stays right as long as the
   transaction that made it is not rolled back: every rollback empties the
   cache. When it holds NG_TERM_CACHE_MAX terms it starts afresh. */
#define NG_TERM_CACHE_MAX (1u << 19)

/* An entry: its id and key, in blocks of at least CACHE_BLOCK bytes
   freed together (see cache_put()). A slot is 16 bytes, so that a probe
   reads one line of the processor's cache and growing the table moves
   half the bytes. */
typedef struct {
  NgId   id;
  size_t len;
  char   key[];
} CacheEntry;

typedef struct {
  uint64_t    hash; /* 0: empty slot */
  CacheEntry *e;
} CacheSlot;

typedef struct CacheBlock {
  struct CacheBlock *next;
  char               data[]; /* at the alignment of a pointer */
} CacheBlock;

#define CACHE_BLOCK ((size_t)1 << 20)

/* Rows per INSERT when ng_store_add_facts() adds an article's quads and
   provenance: a statement of many rows saves most of SQLite's work per
   statement (binding aside); the rest go one at a time. */
enum { ROW_SIZES = 3 };
static const size_t ROWS_PER[ROW_SIZES] = { 64, 16, 4 };

/* id -> term for reading (exports, shell views): direct-mapped, the last
   term read at each slot. Terms never change, so it never goes stale. */
#define NG_ID_CACHE_SIZE 4096

typedef struct {
  NgId    id; /* 0: empty */
  NgTerm *term;
} IdSlot;

struct NgStore {
  sqlite3      *db;
  sqlite3_stmt *stmt[Q_COUNT_N];
  char         *path;
  NgBuf         err;      /* detail of the last failure */
  int           tx_depth; /* nesting of ng_store_begin() */
  int           sp_depth; /* nesting of savepoints */
  CacheSlot    *cache;    /* term -> id, cap slots (a power of two) */
  size_t        cache_n, cache_cap;
  CacheBlock   *blocks;     /* the entries, the newest block first */
  char         *block_free; /* the free bytes at the end of the newest */
  size_t        block_left;
  NgBuf         key;      /* scratch for cache keys */
  int           complete; /* the cache holds every term of the database:
                             a miss is a new term, no SELECT needed */
  IdSlot *ids;            /* id -> term, NG_ID_CACHE_SIZE slots or NULL */
  int     deferred;       /* this connection dropped the quad indexes */
  int     terms_deferred; /* this connection dropped the term index: its
                             complete cache tells new terms instead */
  long long version;      /* PRAGMA data_version when the cache was
                             found complete: a change means another
                             connection wrote */
  sqlite3_stmt *many[2][ROW_SIZES]; /* quads, provenance: ROWS_PER[k] rows
                                       per INSERT; made when first used */
  NgId   *rows;                     /* ng_store_add_facts()'s rows */
  size_t  rows_cap;
  size_t *seen; /* unique_rows()'s table: a row's index + 1, or 0 */
  size_t  seen_cap;
};

struct NgIter {
  sqlite3_stmt *stmt;
  int           empty; /* a bound term is unknown: nothing matches */
  int           ncols; /* 4 for quads, 3 for triples, 1 for graphs */
};

#define PROV_TABLE(name)                                                       \
  "CREATE TABLE " name "("                                                     \
  " g INTEGER NOT NULL, s INTEGER NOT NULL, p INTEGER NOT NULL,"               \
  " o INTEGER NOT NULL, sentence INTEGER NOT NULL,"                            \
  " start INTEGER NOT NULL, end INTEGER NOT NULL,"                             \
  " PRIMARY KEY(s,p,o,g,sentence,start)) WITHOUT ROWID;"

/* The quad table's secondary orders; a build into an empty store makes
   them after its quads are in (see ng_store_defer_indexes()). */
#define QUAD_INDEXES                                                           \
  "CREATE INDEX IF NOT EXISTS quad_posg ON quad(p,o,s,g);"                     \
  "CREATE INDEX IF NOT EXISTS quad_ospg ON quad(o,s,p,g);"                     \
  "CREATE INDEX IF NOT EXISTS quad_gspo ON quad(g,s,p,o);"

/* The term table's lookup by value; a build into an empty store makes it
   at its end too (see ng_store_bulk_begin()). */
#define TERM_INDEX                                                             \
  "CREATE UNIQUE INDEX IF NOT EXISTS term_value ON term(value,kind,lang,dt);"

static const char schema_sql[] =
  "CREATE TABLE term("
  " id INTEGER PRIMARY KEY,"
  " kind INTEGER NOT NULL," /* 1 IRI, 2 blank node, 3 literal */
  " value TEXT NOT NULL,"
  " lang TEXT NOT NULL DEFAULT '',"
  " dt TEXT NOT NULL DEFAULT '');"
  "CREATE UNIQUE INDEX term_value ON term(value,kind,lang,dt);"
  /* Four orders: each of s, p, o and g leads one, so any pattern with a
     bound position starts on an index prefix. A graph is one article of
     a few dozen quads, so g with p or o bound scans g's quads and keeps
     the matching ones: no g-p or g-o order is worth an insert per quad. */
  "CREATE TABLE quad(s INTEGER NOT NULL, p INTEGER NOT NULL,"
  " o INTEGER NOT NULL, g INTEGER NOT NULL,"
  " PRIMARY KEY(s,p,o,g)) WITHOUT ROWID;" QUAD_INDEXES "CREATE TABLE source("
  " id INTEGER PRIMARY KEY,"
  " path TEXT NOT NULL UNIQUE,"
  " name TEXT NOT NULL,"
  " bytes INTEGER NOT NULL DEFAULT 0,"
  " encoding TEXT NOT NULL DEFAULT '',"
  " hash TEXT NOT NULL DEFAULT ''," /* set when the file is complete */
  " added TEXT NOT NULL DEFAULT (datetime('now')));"
  "CREATE TABLE article("
  " g INTEGER PRIMARY KEY," /* term id of the article IRI = graph name */
  " source INTEGER NOT NULL REFERENCES source(id),"
  " part INTEGER NOT NULL,"
  " headline TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX article_source ON article(source,part);"
  "CREATE TABLE sentence("
  " g INTEGER NOT NULL, idx INTEGER NOT NULL,"
  " start INTEGER NOT NULL, end INTEGER NOT NULL," /* chars in the file */
  " text TEXT NOT NULL,"
  " PRIMARY KEY(g,idx)) WITHOUT ROWID;"
  /* Provenance of a quad: keyed by the quad itself, so looking up a fact's
     sources and clearing a graph (through the quads' g order) both use
     the one key. */
  PROV_TABLE(
    "prov") "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);";

/* The page cache of a connection, in KiB (negative, as PRAGMA cache_size
   takes it), and while it makes indexes (see make_indexes_of()). */
#define CACHE_KIB "-65536"
#define SORT_CACHE_KIB "-2048"

static NgStatus
db_error(NgStore *st, const char *what)
{
  ng_buf_clear(&st->err);
  ng_buf_printf(&st->err,
                "%s: %s: %s",
                st->path,
                what,
                st->db ? sqlite3_errmsg(st->db) : "cannot open");
  return NG_ERR_DB;
}

sqlite3 *
ng_store_sqlite(NgStore *store)
{
  return store->db;
}

NgStatus
ng_store_db_error(NgStore *store, const char *what)
{
  return db_error(store, what);
}

const char *
ng_store_errmsg(const NgStore *store)
{
  return ng_buf_str(&store->err);
}

const char *
ng_store_path(const NgStore *store)
{
  return store->path;
}

static NgStatus
exec(NgStore *st, const char *sql)
{
  char *msg = NULL;
  int   rc  = sqlite3_exec(st->db, sql, NULL, NULL, &msg);
  /* SQLite gives up on a lock without waiting in a few cases (a change of
     journal mode, a lock another process holds while it recovers the
     WAL): outside a transaction, try again for as long as the busy
     timeout would have waited. */
  for (int tries = 0; (rc & 0xff) == SQLITE_BUSY && tries < 200 &&
                      sqlite3_get_autocommit(st->db);
       tries++) {
    sqlite3_free(msg);
    msg = NULL;
    sqlite3_sleep(50);
    rc = sqlite3_exec(st->db, sql, NULL, NULL, &msg);
  }
  if (rc != SQLITE_OK) {
    ng_buf_clear(&st->err);
    ng_buf_printf(
      &st->err, "%s: %s", st->path, msg ? msg : sqlite3_errmsg(st->db));
    sqlite3_free(msg);
    return NG_ERR_DB;
  }
  return NG_OK;
}

static long long
pragma_int(sqlite3 *db, const char *sql, int *rc)
{
  sqlite3_stmt *s = NULL;
  long long     v = 0;
  *rc             = sqlite3_prepare_v2(db, sql, -1, &s, NULL);
  if (*rc == SQLITE_OK) {
    *rc = sqlite3_step(s);
    if (*rc == SQLITE_ROW) {
      v   = sqlite3_column_int64(s, 0);
      *rc = SQLITE_OK;
    } else if (*rc == SQLITE_DONE)
      *rc = SQLITE_OK;
  }
  sqlite3_finalize(s);
  return v;
}

static char *
open_error(const char *path, const char *what)
{
  NgBuf b = { 0 };
  ng_buf_printf(&b, "%s: %s", path, what);
  return ng_buf_take(&b);
}

/* Brings a database of an older schema up to this one, in one transaction.
   Readers need no upgrade: every older schema answers the same SQL. */
static NgStatus
upgrade(NgStore *st, char **errmsg)
{
  static const char sql[] =
    /* 1 -> 2: quads in four index orders instead of six; provenance keyed
       by its quad instead of by graph plus an (s,p,o) index. */
    "DROP INDEX IF EXISTS quad_gpos;"
    "DROP INDEX IF EXISTS quad_gosp;"
    "DROP INDEX IF EXISTS prov_spo;" PROV_TABLE(
      "prov_v2") "INSERT INTO prov_v2(g,s,p,o,sentence,start,end)"
                 " SELECT g,s,p,o,sentence,start,end FROM prov;"
                 "DROP TABLE prov;"
                 "ALTER TABLE prov_v2 RENAME TO prov;";
  int rc;
  if (exec(st, "BEGIN IMMEDIATE"))
    goto fail;
  /* Another writer may have upgraded it while this one waited. */
  long long ver = pragma_int(st->db, "PRAGMA user_version", &rc);
  if (rc != SQLITE_OK) {
    db_error(st, "reading the schema version");
    goto fail_tx;
  }
  if (ver < NG_SCHEMA_VERSION) {
    NgBuf b = { 0 };
    ng_buf_printf(&b, "%s PRAGMA user_version=%d;", sql, NG_SCHEMA_VERSION);
    NgStatus s = exec(st, ng_buf_str(&b));
    ng_buf_free(&b);
    if (s)
      goto fail_tx;
  }
  if (exec(st, "COMMIT"))
    goto fail_tx;
  return NG_OK;
fail_tx:
  sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
fail : {
  NgBuf b = { 0 };
  ng_buf_printf(&b, "%s (upgrading the database schema)", ng_buf_str(&st->err));
  *errmsg = ng_buf_take(&b);
  return NG_ERR_DB;
}
}

/* Checks that the open database is empty or newsgraph's own, creating the
   schema in an empty one when writing. */
static NgStatus
check_schema(NgStore *st, int writable, char **errmsg)
{
  int       rc;
  long long tables =
    pragma_int(st->db, "SELECT count(*) FROM sqlite_schema", &rc);
  if (rc != SQLITE_OK) {
    *errmsg =
      open_error(st->path,
                 rc == SQLITE_NOTADB ? "not a database (file is not SQLite)"
                                     : sqlite3_errmsg(st->db));
    return rc == SQLITE_NOTADB ? NG_ERR_SCHEMA : NG_ERR_DB;
  }
  long long app = pragma_int(st->db, "PRAGMA application_id", &rc);
  long long ver = pragma_int(st->db, "PRAGMA user_version", &rc);
  if (tables == 0) {
    if (!writable) {
      *errmsg = open_error(st->path, "empty database (run newsgraph build)");
      return NG_ERR_SCHEMA;
    }
    /* Another build may be making the schema at the same moment: take
       the write lock (waiting for it), then look again. */
    if (exec(st, "BEGIN IMMEDIATE")) {
      *errmsg = ng_strdup(ng_buf_str(&st->err));
      return NG_ERR_DB;
    }
    tables = pragma_int(st->db, "SELECT count(*) FROM sqlite_schema", &rc);
    if (rc != SQLITE_OK || tables > 0) {
      exec(st, "ROLLBACK");
      if (rc == SQLITE_OK)
        return check_schema(st, writable, errmsg);
      *errmsg = open_error(st->path, sqlite3_errmsg(st->db));
      return NG_ERR_DB;
    }
    NgBuf sql = { 0 };
    ng_buf_printf(&sql,
                  "%s PRAGMA application_id=%d; PRAGMA user_version=%d;"
                  " COMMIT;",
                  schema_sql,
                  NG_APPLICATION_ID,
                  NG_SCHEMA_VERSION);
    NgStatus s = exec(st, ng_buf_str(&sql));
    ng_buf_free(&sql);
    if (s) {
      exec(st, "ROLLBACK");
      *errmsg = ng_strdup(ng_buf_str(&st->err));
    }
    return s;
  }
  if (app != NG_APPLICATION_ID) {
    *errmsg = open_error(st->path, "not a newsgraph database");
    return NG_ERR_SCHEMA;
  }
  if (ver > NG_SCHEMA_VERSION) {
    NgBuf b = { 0 };
    ng_buf_printf(&b,
                  "%s: database schema version %lld is newer than this "
                  "newsgraph supports (%d); upgrade newsgraph",
                  st->path,
                  ver,
                  NG_SCHEMA_VERSION);
    *errmsg = ng_buf_take(&b);
    return NG_ERR_SCHEMA;
  }
  if (ver < NG_SCHEMA_VERSION && writable)
    return upgrade(st, errmsg);
  return NG_OK;
}

static pthread_once_t sqlite_once = PTHREAD_ONCE_INIT;

/* Before SQLite starts: no memory statistics (a global mutex taken by
   every sqlite3_malloc and sqlite3_free; newsgraph never reads them). A
   library that started SQLite first keeps its settings. */
static void
sqlite_setup(void)
{
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

NgStatus
ng_store_open(const char *path, int flags, NgStore **out, char **errmsg)
{
  NgStatus    st  = NG_OK;
  char       *msg = NULL;
  struct stat sb;
  int         create   = (flags & NG_STORE_CREATE) != 0;
  int         writable = create || (flags & NG_STORE_WRITE);

  if (stat(path, &sb) != 0) {
    if (errno != ENOENT || !create) {
      NgBuf b = { 0 };
      ng_buf_printf(&b,
                    "%s: %s",
                    path,
                    errno == ENOENT ? "no such database" : strerror(errno));
      if (errno == ENOENT && !create)
        ng_buf_puts(&b, " (create one with newsgraph build)");
      *errmsg = ng_buf_take(&b);
      return errno == ENOENT ? NG_ERR_NOT_FOUND : NG_ERR_IO;
    }
  } else if (S_ISDIR(sb.st_mode)) {
    *errmsg = open_error(path, "is a directory, not a database");
    return NG_ERR_IO;
  }

  NgStore *s = ng_calloc(1, sizeof *s);
  if (!s || !(s->path = ng_strdup(path))) {
    ng_free(s);
    *errmsg = open_error(path, "out of memory");
    return NG_ERR_NOMEM;
  }
  /* A store belongs to one thread at a time (each build worker opens its
     own), so SQLite need not lock the connection around every call; nor
     count its memory under a global lock on every allocation. */
  pthread_once(&sqlite_once, sqlite_setup);
  int oflags = (writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) |
               SQLITE_OPEN_NOMUTEX;
  if (create)
    oflags |= SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path, &s->db, oflags, NULL) != SQLITE_OK) {
    msg = open_error(path, s->db ? sqlite3_errmsg(s->db) : "cannot open");
    st  = NG_ERR_DB;
    goto done;
  }
  sqlite3_busy_timeout(s->db, 10000);
  sqlite3_extended_result_codes(s->db, 0);
  if (writable && sqlite3_db_readonly(s->db, "main") == 1) {
    /* SQLite opened a file it may not write read-only: say so now, not
       at the first write of a build. */
    msg = open_error(path, "read-only database (cannot write to it)");
    st  = NG_ERR_IO;
    goto done;
  }
  if ((st = check_schema(s, writable, &msg)))
    goto done;
  if (writable) {
    /* WAL lets shells read while a build writes. Checkpoints every 64 MB
       of WAL rather than 4 MB: a page changed by many batches is copied
       back once, and a big build spends less of its time checkpointing. */
    if (exec(s,
             "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
             " PRAGMA wal_autocheckpoint=16384;")) {
      msg = ng_strdup(ng_buf_str(&s->err));
      st  = NG_ERR_DB;
      goto done;
    }
  }
  exec(s, "PRAGMA cache_size=" CACHE_KIB "; PRAGMA temp_store=MEMORY;");
  if (writable) {
    /* An empty term table: the cache starts complete. The version is
       read first, so that a write by another connection in between
       shows as a change (see ng_store_begin()). */
    int rc;
    s->version = pragma_int(s->db, "PRAGMA data_version", &rc);
    s->complete =
      rc == SQLITE_OK &&
      pragma_int(s->db, "SELECT NOT EXISTS (SELECT 1 FROM term)", &rc) == 1 &&
      rc == SQLITE_OK;
  }
  for (int i = 0; i < Q_COUNT_N; i++) {
    if (sqlite3_prepare_v3(s->db,
                           stmt_sql[i],
                           -1,
                           SQLITE_PREPARE_PERSISTENT,
                           &s->stmt[i],
                           NULL) != SQLITE_OK) {
      msg = open_error(path, sqlite3_errmsg(s->db));
      st  = NG_ERR_DB;
      goto done;
    }
  }
done:
  if (st) {
    ng_store_close(s);
    *errmsg = msg;
    return st;
  }
  *out = s;
  return NG_OK;
}

static void cache_clear(NgStore *st);

void
ng_store_close(NgStore *store)
{
  if (!store)
    return;
  cache_clear(store);
  ng_free(store->cache);
  ng_buf_free(&store->key);
  if (store->ids) {
    for (size_t i = 0; i < NG_ID_CACHE_SIZE; i++)
      ng_free(store->ids[i].term);
    ng_free(store->ids);
  }
  for (int i = 0; i < Q_COUNT_N; i++)
    sqlite3_finalize(store->stmt[i]);
  for (int t = 0; t < 2; t++)
    for (int k = 0; k < ROW_SIZES; k++)
      sqlite3_finalize(store->many[t][k]);
  ng_free(store->rows);
  ng_free(store->seen);
  sqlite3_close(store->db);
  ng_free(store->path);
  ng_buf_free(&store->err);
  ng_free(store);
}

/* ---------------------------------------------------------------- transactions
 */

static NgStatus make_term_index(NgStore *store);

NgStatus
ng_store_begin(NgStore *store)
{
  if (store->tx_depth++ > 0)
    return NG_OK;
  NgStatus st = exec(store, "BEGIN IMMEDIATE");
  if (st) {
    store->tx_depth = 0;
    return st;
  }
  if (store->complete || store->terms_deferred) {
    /* The cache is complete only while this connection alone adds terms:
       once another one has written, terms are looked up, through the
       term index, which is made now if this connection dropped it. */
    int       rc;
    long long v = pragma_int(store->db, "PRAGMA data_version", &rc);
    if (rc != SQLITE_OK || v != store->version) {
      store->complete = 0;
      if (store->terms_deferred && (st = make_term_index(store))) {
        ng_store_rollback(store);
        return st;
      }
    }
  }
  return NG_OK;
}

NgStatus
ng_store_commit(NgStore *store)
{
  if (store->tx_depth == 0)
    return NG_ERR_ARG;
  if (--store->tx_depth > 0)
    return NG_OK;
  NgStatus st = exec(store, "COMMIT");
  if (st) {
    /* A COMMIT that failed (disk full) may leave the transaction open:
       end it, keeping the message of the failure. */
    store->sp_depth = 0;
    ng_store_forget_terms(store);
    if (!sqlite3_get_autocommit(store->db))
      sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
  }
  return st;
}

NgStatus
ng_store_rollback(NgStore *store)
{
  if (store->tx_depth == 0)
    return NG_ERR_ARG;
  store->tx_depth = 0;
  store->sp_depth = 0;
  ng_store_forget_terms(store);
  if (sqlite3_get_autocommit(store->db))
    return NG_OK; /* SQLite rolled it back itself (see below) */
  return exec(store, "ROLLBACK");
}

NgStatus
ng_store_savepoint(NgStore *store)
{
  NgStatus st = exec(store, "SAVEPOINT ng_article");
  if (!st)
    store->sp_depth++;
  return st;
}

NgStatus
ng_store_release(NgStore *store)
{
  if (store->sp_depth == 0)
    return NG_ERR_ARG;
  store->sp_depth--;
  return exec(store, "RELEASE ng_article");
}

NgStatus
ng_store_rollback_savepoint(NgStore *store)
{
  if (store->sp_depth == 0)
    return NG_ERR_ARG;
  store->sp_depth--;
  ng_store_forget_terms(store);
  if (sqlite3_get_autocommit(store->db)) {
    /* On a full disk or an I/O error SQLite may roll the whole transaction
       back itself: nothing is left to undo, and the error that did it
       stays the one ng_store_errmsg() reports. */
    store->sp_depth = 0;
    store->tx_depth = 0;
    return NG_OK;
  }
  NgStatus st = exec(store, "ROLLBACK TO ng_article");
  if (!st)
    st = exec(store, "RELEASE ng_article");
  return st;
}

/* ---------------------------------------------------------------- terms */

static const char *
nz(const char *s)
{
  return s ? s : "";
}

static void
bind_term(sqlite3_stmt *q, const NgTerm *t)
{
  sqlite3_bind_text(q, 1, nz(t->value), -1, SQLITE_STATIC);
  sqlite3_bind_int(q, 2, (int)t->kind);
  sqlite3_bind_text(
    q, 3, t->kind == NG_TERM_LITERAL ? nz(t->lang) : "", -1, SQLITE_STATIC);
  sqlite3_bind_text(
    q,
    4,
    t->kind == NG_TERM_LITERAL && !(t->lang && *t->lang) ? nz(t->datatype) : "",
    -1,
    SQLITE_STATIC);
}

/* The cache key of T in st->key (NUL-joined, as bind_term() normalizes). */
static NgStatus
cache_key(NgStore *st, const NgTerm *t)
{
  ng_buf_clear(&st->key);
  const char *lang = t->kind == NG_TERM_LITERAL ? nz(t->lang) : "";
  const char *dt = t->kind == NG_TERM_LITERAL && !*lang ? nz(t->datatype) : "";
  size_t      nv = strlen(t->value) + 1, nl = strlen(lang) + 1, nd = strlen(dt);
  if (ng_buf_reserve(&st->key, 1 + nv + nl + nd))
    return NG_ERR_NOMEM;
  char *k = st->key.data;
  k[0]    = (char)('0' + (int)t->kind);
  memcpy(k + 1, t->value, nv);
  memcpy(k + 1 + nv, lang, nl);
  memcpy(k + 1 + nv + nl, dt, nd);
  st->key.len    = 1 + nv + nl + nd;
  k[st->key.len] = '\0';
  return NG_OK;
}

static void
cache_clear(NgStore *st)
{
  st->complete = 0;
  while (st->blocks) {
    CacheBlock *next = st->blocks->next;
    ng_free(st->blocks);
    st->blocks = next;
  }
  st->block_free = NULL;
  st->block_left = 0;
  if (st->cache && st->cache_n)
    memset(st->cache, 0, st->cache_cap * sizeof *st->cache);
  st->cache_n = 0;
}

void
ng_store_forget_terms(NgStore *store)
{
  cache_clear(store);
  if (store->ids)
    for (size_t i = 0; i < NG_ID_CACHE_SIZE; i++) {
      ng_free(store->ids[i].term);
      store->ids[i] = (IdSlot){ 0 };
    }
}

/* The slot of the key in st->key with hash H: its entry, or the empty slot
   where it goes. */
static CacheSlot *
cache_slot(NgStore *st, uint64_t h)
{
  size_t mask = st->cache_cap - 1;
  for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
    CacheSlot *c = &st->cache[i];
    if (!c->hash || (c->hash == h && c->e->len == st->key.len &&
                     !memcmp(c->e->key, st->key.data, st->key.len)))
      return c;
  }
}

/* Remember st->key (hash H) as ID; a failure only loses the entry. */
static void
cache_put(NgStore *st, uint64_t h, NgId id)
{
  if (st->cache_n + 1 > st->cache_cap / 2) {
    if (st->cache_cap >= 2 * (size_t)NG_TERM_CACHE_MAX) {
      cache_clear(st); /* no longer complete either */
    } else {
      size_t     cap = st->cache_cap ? st->cache_cap * 2 : 1024;
      CacheSlot *old = st->cache, *nc = ng_calloc(cap, sizeof *nc);
      size_t     ocap = st->cache_cap;
      if (!nc) {
        st->complete = 0;
        return;
      }
      st->cache     = nc;
      st->cache_cap = cap;
      for (size_t i = 0; i < ocap; i++) {
        if (!old[i].hash)
          continue;
        size_t k = (size_t)old[i].hash & (cap - 1);
        while (nc[k].hash)
          k = (k + 1) & (cap - 1);
        nc[k] = old[i];
      }
      ng_free(old);
    }
  }
  CacheSlot *c = cache_slot(st, h);
  if (c->hash)
    return;
  size_t need = (sizeof(CacheEntry) + st->key.len + _Alignof(CacheEntry) - 1) &
                ~(_Alignof(CacheEntry) - 1);
  if (need > st->block_left) {
    size_t      size = need > CACHE_BLOCK ? need : CACHE_BLOCK;
    CacheBlock *b    = ng_malloc(sizeof *b + size);
    if (!b) {
      st->complete = 0;
      return;
    }
    b->next        = st->blocks;
    st->blocks     = b;
    st->block_free = b->data;
    st->block_left = size;
  }
  CacheEntry *e = (CacheEntry *)(void *)st->block_free;
  st->block_free += need;
  st->block_left -= need;
  e->id  = id;
  e->len = st->key.len;
  memcpy(e->key, st->key.data, st->key.len);
  *c = (CacheSlot){ h, e };
  st->cache_n++;
}

/* ng_store_term_id(); *CREATED (when given) tells whether TERM was added
   by this call. */
static NgStatus
intern(NgStore *store, const NgTerm *term, int create, NgId *out, int *created)
{
  if (created)
    *created = 0;
  if (!term || term->kind == NG_TERM_NONE || !term->value)
    return NG_ERR_ARG;
  uint64_t h      = 0;
  int      cached = cache_key(store, term) == NG_OK;
  if (!cached)
    store->complete = 0;
  if (cached) {
    h = ng_hash_bytes(store->key.data, store->key.len);
    if (store->cache_n) {
      CacheSlot *c = cache_slot(store, h);
      if (c->hash) {
        *out = c->e->id;
        return NG_OK;
      }
    }
  }
  sqlite3_stmt *q;
  int           rc;
  if (cached && store->complete && create) {
    /* Every known term is in the cache, so this one is new, unless another
       connection added it meanwhile: then the insert fails on the unique
       index and the lookup below finds it. */
    q = store->stmt[Q_TERM_ADD];
    bind_term(q, term);
    rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc == SQLITE_DONE) {
      *out = sqlite3_last_insert_rowid(store->db);
      cache_put(store, h, *out);
      if (created)
        *created = 1;
      return NG_OK;
    }
    if (rc != SQLITE_CONSTRAINT)
      return db_error(store, "adding a term");
    store->complete = 0;
  }
  /* A lookup needs the term index: the cache no longer tells new terms
     (it filled up, or a rollback emptied it). */
  NgStatus st;
  if (store->terms_deferred && (st = make_term_index(store)))
    return st;
  q = store->stmt[Q_TERM_FIND];
  bind_term(q, term);
  rc = sqlite3_step(q);
  if (rc == SQLITE_ROW) {
    *out = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    if (cached)
      cache_put(store, h, *out);
    return NG_OK;
  }
  sqlite3_reset(q);
  if (rc != SQLITE_DONE)
    return db_error(store, "term lookup");
  if (!create)
    return NG_ERR_NOT_FOUND;
  q = store->stmt[Q_TERM_ADD];
  bind_term(q, term);
  rc = sqlite3_step(q);
  sqlite3_reset(q);
  if (rc != SQLITE_DONE)
    return db_error(store, "adding a term");
  *out = sqlite3_last_insert_rowid(store->db);
  if (cached)
    cache_put(store, h, *out);
  if (created)
    *created = 1;
  return NG_OK;
}

NgStatus
ng_store_term_id(NgStore *store, const NgTerm *term, int create, NgId *out)
{
  return intern(store, term, create, out, NULL);
}

NgStatus
ng_store_term(NgStore *store, NgId id, NgTerm **out)
{
  IdSlot *slot = NULL;
  if (!store->ids)
    store->ids = ng_calloc(NG_ID_CACHE_SIZE, sizeof *store->ids);
  if (store->ids) {
    slot = &store->ids[(unsigned long long)id % NG_ID_CACHE_SIZE];
    if (slot->id == id && slot->term) {
      NgTerm *c = ng_term_copy(slot->term);
      if (!c)
        return NG_ERR_NOMEM;
      *out = c;
      return NG_OK;
    }
  }
  sqlite3_stmt *q = store->stmt[Q_TERM_GET];
  sqlite3_bind_int64(q, 1, id);
  int rc = sqlite3_step(q);
  if (rc != SQLITE_ROW) {
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? NG_ERR_NOT_FOUND : db_error(store, "term");
  }
  NgTerm  t = { (NgTermKind)sqlite3_column_int(q, 0),
                (const char *)sqlite3_column_text(q, 1),
                (const char *)sqlite3_column_text(q, 2),
                (const char *)sqlite3_column_text(q, 3) };
  NgTerm *c = ng_term_copy(&t);
  sqlite3_reset(q);
  if (!c)
    return NG_ERR_NOMEM;
  if (slot) {
    NgTerm *keep = ng_term_copy(c);
    if (keep) {
      ng_free(slot->term);
      slot->id   = id;
      slot->term = keep;
    }
  }
  *out = c;
  return NG_OK;
}

/* ---------------------------------------------------------------- quads */

NgStatus
ng_store_add_ids(NgStore *store, NgId s, NgId p, NgId o, NgId g)
{
  sqlite3_stmt *q = store->stmt[Q_QUAD_ADD];
  sqlite3_bind_int64(q, 1, s);
  sqlite3_bind_int64(q, 2, p);
  sqlite3_bind_int64(q, 3, o);
  sqlite3_bind_int64(q, 4, g);
  int rc = sqlite3_step(q);
  sqlite3_reset(q);
  return rc == SQLITE_DONE ? NG_OK : db_error(store, "adding a quad");
}

NgStatus
ng_store_add(NgStore      *store,
             const NgTerm *s,
             const NgTerm *p,
             const NgTerm *o,
             const NgTerm *g)
{
  NgId          id[4];
  NgStatus      st;
  const NgTerm *t[4] = { s, p, o, g };
  for (int i = 0; i < 4; i++)
    if ((st = ng_store_term_id(store, t[i], 1, &id[i])))
      return st;
  return ng_store_add_ids(store, id[0], id[1], id[2], id[3]);
}

/* Runs kept statement Q to its end and resets it. */
static NgStatus
step_kept(NgStore *store, sqlite3_stmt *q, const char *what)
{
  int rc = sqlite3_step(q);
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  return rc == SQLITE_DONE || rc == SQLITE_ROW ? NG_OK : db_error(store, what);
}

/* ---------------------------------------------------------------- bulk
   writing */

/* A quad stored with its indexes in place is inserted into three more
   B-trees at the random places its term ids fall: most of a big write's
   time. Sorting the finished table into each order once (CREATE INDEX) is
   several times cheaper, so a write into an empty quad table drops them
   first and makes them at its end. A store left without them (a writer
   killed in between) answers every question, only slower, until the next
   bulk write mends it.

   The same goes for the term table's index by value, a text key at a
   random place for every new term, when the write starts on an empty term
   table: while this connection alone writes, its term cache holds every
   term, so a term it misses is new and is added without a lookup. Should
   the cache stop telling that (it filled up, a rollback emptied it,
   another connection wrote), the index is made at once and terms are
   looked up again. */

/* Whether the quad table lacks one of its orders or the term table its
   index. */
static int
indexes_missing(NgStore *store)
{
  int       rc;
  long long n = pragma_int(store->db,
                           "SELECT count(*) FROM sqlite_schema WHERE"
                           " type='index' AND name IN"
                           " ('quad_posg','quad_ospg','quad_gspo',"
                           " 'term_value')",
                           &rc);
  return rc == SQLITE_OK && n < 4;
}

/* Makes the missing indexes of SQL in a transaction of their own (nested
   in the open one, if any). */
static NgStatus
make_indexes_of(NgStore *store, const char *sql)
{
  NgStatus st;
  int      top = store->tx_depth == 0;
  /* The sort spills to temporary files rather than memory, so making the
     indexes of a big store takes no more memory than writing it did (and
     is no slower). temp_store may only change outside a transaction.
     SQLite's sorter sorts runs as large as the page cache in memory and
     merges them: runs of 2 MiB, which stay in the processor's caches,
     make the indexes of the 10 MB bench corpus with about a third less
     CPU than runs of the 64 MiB cache (and keep the build's peak memory
     lower); the pages of a new index are written in order, so the small
     cache costs the writes nothing. */
  if (top)
    exec(store, "PRAGMA temp_store=FILE; PRAGMA cache_size=" SORT_CACHE_KIB);
  if (!(st = ng_store_begin(store))) {
    if ((st = exec(store, sql)))
      ng_store_rollback(store);
    else
      st = ng_store_commit(store);
  }
  if (top)
    exec(store, "PRAGMA temp_store=MEMORY; PRAGMA cache_size=" CACHE_KIB);
  return st;
}

/* The quad orders, missing or dropped. */
static NgStatus
make_indexes(NgStore *store)
{
  NgStatus st = make_indexes_of(store, QUAD_INDEXES);
  if (!st)
    store->deferred = 0;
  return st;
}

/* The term index this connection dropped. */
static NgStatus
make_term_index(NgStore *store)
{
  /* Cleared first: making it begins a transaction, which would look for
     it again. */
  store->terms_deferred = 0;
  NgStatus st           = make_indexes_of(store, TERM_INDEX);
  if (st)
    store->terms_deferred = 1;
  return st;
}

NgStatus
ng_store_bulk_begin(NgStore *store)
{
  int      rc;
  NgStatus st;
  NG_TRY(st, ng_store_begin(store));
  long long empty =
    pragma_int(store->db, "SELECT NOT EXISTS (SELECT 1 FROM quad)", &rc);
  long long no_terms =
    rc == SQLITE_OK
      ? pragma_int(store->db, "SELECT NOT EXISTS (SELECT 1 FROM term)", &rc)
      : 0;
  /* ng_store_begin() above found whether the cache is still complete */
  int drop_terms = no_terms == 1 && store->complete;
  if (rc != SQLITE_OK) {
    st = db_error(store, "reading the quad table");
  } else if (empty == 1 || drop_terms) {
    if (empty == 1)
      st = exec(store,
                "DROP INDEX IF EXISTS quad_posg;"
                " DROP INDEX IF EXISTS quad_ospg;"
                " DROP INDEX IF EXISTS quad_gspo;");
    else if (indexes_missing(store))
      st = exec(store, QUAD_INDEXES);
    if (!st)
      st = exec(store,
                drop_terms ? "DROP INDEX IF EXISTS term_value;" : TERM_INDEX);
  } else if (indexes_missing(store)) {
    st = exec(store, QUAD_INDEXES TERM_INDEX);
  }
  if (st) {
    ng_store_rollback(store);
    return st;
  }
  NG_TRY(st, ng_store_commit(store));
  store->deferred       = empty == 1;
  store->terms_deferred = drop_terms;
done:
  return st;
}

NgStatus
ng_store_bulk_end(NgStore *store)
{
  if (!store->deferred && !store->terms_deferred && !indexes_missing(store))
    return NG_OK;
  NgStatus st = make_indexes_of(store, QUAD_INDEXES TERM_INDEX);
  if (!st)
    store->deferred = store->terms_deferred = 0;
  return st;
}

NgStatus
ng_store_clear_graph(NgStore *store, NgId g)
{
  NgStatus st;
  /* Clearing finds a graph's quads through the g-s-p-o order. */
  if (store->deferred && (st = make_indexes(store)))
    return st;
  /* Provenance first: it finds its rows through the graph's quads. */
  static const int which[] = {
    Q_CLEAR_PROV, Q_CLEAR_QUAD, Q_CLEAR_SENT, Q_CLEAR_ART
  };
  for (size_t i = 0; i < sizeof which / sizeof *which; i++) {
    sqlite3_stmt *q = store->stmt[which[i]];
    sqlite3_bind_int64(q, 1, g);
    if ((st = step_kept(store, q, "clearing a graph")))
      return st;
  }
  return NG_OK;
}

NgStatus
ng_store_graph_anew(NgStore *store, const NgTerm *term, NgId *g)
{
  int      created;
  NgStatus st = intern(store, term, 1, g, &created);
  return st || created ? st : ng_store_clear_graph(store, *g);
}

NgStatus
ng_store_match(NgStore *store, NgId s, NgId p, NgId o, NgId g, NgIter **out)
{
  static const char *const col[4] = { "s", "p", "o", "g" };
  NgId                     v[4]   = { s, p, o, g };
  NgBuf                    sql    = { 0 };
  int                      n      = 0;
  ng_buf_puts(&sql, "SELECT s,p,o,g FROM quad");
  for (int i = 0; i < 4; i++) {
    if (v[i]) {
      ng_buf_printf(&sql, "%s %s=?%d", n ? " AND" : " WHERE", col[i], i + 1);
      n++;
    }
  }
  NgIter *it = ng_calloc(1, sizeof *it);
  if (!it || !sql.data) {
    ng_free(it);
    ng_buf_free(&sql);
    return NG_ERR_NOMEM;
  }
  it->ncols = 4;
  if (sqlite3_prepare_v2(store->db, sql.data, -1, &it->stmt, NULL) !=
      SQLITE_OK) {
    ng_buf_free(&sql);
    ng_free(it);
    return db_error(store, "matching quads");
  }
  ng_buf_free(&sql);
  for (int i = 0; i < 4; i++)
    if (v[i])
      sqlite3_bind_int64(it->stmt, i + 1, v[i]);
  *out = it;
  return NG_OK;
}

NgStatus
ng_store_match_terms(NgStore      *store,
                     const NgTerm *s,
                     const NgTerm *p,
                     const NgTerm *o,
                     const NgTerm *g,
                     NgIter      **out)
{
  const NgTerm *t[4]  = { s, p, o, g };
  NgId          id[4] = { 0, 0, 0, 0 };
  for (int i = 0; i < 4; i++) {
    if (!t[i] || t[i]->kind == NG_TERM_NONE)
      continue;
    NgStatus st = ng_store_term_id(store, t[i], 0, &id[i]);
    if (st == NG_ERR_NOT_FOUND) {
      NgIter *it = ng_calloc(1, sizeof *it);
      if (!it)
        return NG_ERR_NOMEM;
      it->empty = 1;
      *out      = it;
      return NG_OK;
    }
    if (st)
      return st;
  }
  return ng_store_match(store, id[0], id[1], id[2], id[3], out);
}

NgStatus
ng_iter_next(NgIter *it, NgId quad[4])
{
  if (it->empty || !it->stmt)
    return NG_DONE;
  int rc = sqlite3_step(it->stmt);
  if (rc == SQLITE_DONE)
    return NG_DONE;
  if (rc != SQLITE_ROW)
    return NG_ERR_DB;
  if (it->ncols == 1) {
    quad[0] = quad[1] = quad[2] = 0;
    quad[3]                     = sqlite3_column_int64(it->stmt, 0);
  } else {
    for (int i = 0; i < it->ncols; i++)
      quad[i] = sqlite3_column_int64(it->stmt, i);
    if (it->ncols == 3)
      quad[3] = 0;
  }
  return NG_OK;
}

void
ng_iter_free(NgIter *it)
{
  if (!it)
    return;
  sqlite3_finalize(it->stmt);
  ng_free(it);
}

NgStatus
ng_store_count(NgStore *store, NgId s, NgId p, NgId o, NgId g, long long *out)
{
  static const char *const col[4] = { "s", "p", "o", "g" };
  NgId                     v[4]   = { s, p, o, g };
  char                     sql[160]; /* bounded: at most four fixed clauses */
  int           n = snprintf(sql, sizeof sql, "SELECT count(*) FROM quad");
  int           k = 0;
  sqlite3_stmt *q = NULL;
  for (int i = 0; i < 4; i++)
    if (v[i])
      n += snprintf(sql + n,
                    sizeof sql - (size_t)n,
                    "%s %s=?%d",
                    k++ ? " AND" : " WHERE",
                    col[i],
                    i + 1);
  if (sqlite3_prepare_v2(store->db, sql, -1, &q, NULL) != SQLITE_OK)
    return db_error(store, "counting quads");
  for (int i = 0; i < 4; i++)
    if (v[i])
      sqlite3_bind_int64(q, i + 1, v[i]);
  int rc = sqlite3_step(q);
  if (rc == SQLITE_ROW)
    *out = sqlite3_column_int64(q, 0);
  sqlite3_finalize(q);
  return rc == SQLITE_ROW ? NG_OK : db_error(store, "counting quads");
}

NgStatus
ng_store_triples(NgStore *store, NgIter **out)
{
  NgIter *it = ng_calloc(1, sizeof *it);
  if (!it)
    return NG_ERR_NOMEM;
  it->ncols = 3;
  if (sqlite3_prepare_v2(store->db,
                         "SELECT DISTINCT s,p,o FROM quad ORDER BY s,p,o",
                         -1,
                         &it->stmt,
                         NULL) != SQLITE_OK) {
    ng_free(it);
    return db_error(store, "listing triples");
  }
  *out = it;
  return NG_OK;
}

NgStatus
ng_store_graphs(NgStore *store, NgIter **out)
{
  NgIter *it = ng_calloc(1, sizeof *it);
  if (!it)
    return NG_ERR_NOMEM;
  it->ncols = 1;
  /* A skip-scan over the g-first index lists graphs without a full scan. */
  if (sqlite3_prepare_v2(store->db,
                         "SELECT DISTINCT g FROM quad ORDER BY g",
                         -1,
                         &it->stmt,
                         NULL) != SQLITE_OK) {
    ng_free(it);
    return db_error(store, "listing graphs");
  }
  *out = it;
  return NG_OK;
}

/* ---------------------------------------------------------------- sources */

NgStatus
ng_store_source_seen(NgStore    *store,
                     const char *path,
                     long long   bytes,
                     const char *hash,
                     int        *done)
{
  sqlite3_stmt *q = store->stmt[Q_SOURCE_SEEN];
  sqlite3_bind_text(q, 1, path, -1, SQLITE_STATIC);
  sqlite3_bind_int64(q, 2, bytes);
  sqlite3_bind_text(q, 3, nz(hash), -1, SQLITE_STATIC);
  int rc = sqlite3_step(q);
  *done  = rc == SQLITE_ROW;
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? NG_OK
                                               : db_error(store, "source");
}

NgStatus
ng_store_source_begin(NgStore    *store,
                      const char *path,
                      const char *name,
                      long long   bytes,
                      const char *encoding,
                      NgId       *source_id)
{
  sqlite3_stmt *q  = store->stmt[Q_SOURCE_FIND];
  NgStatus      st = NG_OK;
  NgId          id = 0;

  sqlite3_bind_text(q, 1, path, -1, SQLITE_STATIC);
  int rc = sqlite3_step(q);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64(q, 0);
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return db_error(store, "recording a source");

  if (id) {
    /* Forget the earlier build of this file, graph by graph. */
    NgId  *gs = NULL;
    size_t n = 0, cap = 0;
    q = store->stmt[Q_SOURCE_GRAPHS];
    sqlite3_bind_int64(q, 1, id);
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
      if (n == cap) {
        cap      = cap ? cap * 2 : 8;
        NgId *ng = ng_realloc(gs, cap * sizeof *ng);
        if (!ng) {
          ng_free(gs);
          sqlite3_reset(q);
          return NG_ERR_NOMEM;
        }
        gs = ng;
      }
      gs[n++] = sqlite3_column_int64(q, 0);
    }
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) {
      ng_free(gs);
      return db_error(store, "recording a source");
    }
    for (size_t i = 0; i < n && !st; i++)
      st = ng_store_clear_graph(store, gs[i]);
    ng_free(gs);
    if (st)
      return st;
    q = store->stmt[Q_SOURCE_UPDATE];
    sqlite3_bind_int64(q, 1, id);
  } else {
    q = store->stmt[Q_SOURCE_INSERT];
    sqlite3_bind_text(q, 5, path, -1, SQLITE_STATIC);
  }
  sqlite3_bind_text(q, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_int64(q, 3, bytes);
  sqlite3_bind_text(q, 4, nz(encoding), -1, SQLITE_STATIC);
  if ((st = step_kept(store, q, "recording a source")))
    return st;
  *source_id = id ? id : sqlite3_last_insert_rowid(store->db);
  return NG_OK;
}

NgStatus
ng_store_source_finish(NgStore *store, NgId source_id, const char *hash)
{
  sqlite3_stmt *q = store->stmt[Q_SOURCE_FINISH];
  sqlite3_bind_int64(q, 1, source_id);
  sqlite3_bind_text(q, 2, nz(hash), -1, SQLITE_STATIC);
  return step_kept(store, q, "finishing a source");
}

NgStatus
ng_store_article(NgStore    *store,
                 NgId        g,
                 NgId        source,
                 int         part,
                 const char *headline)
{
  sqlite3_stmt *q = store->stmt[Q_ARTICLE_ADD];
  sqlite3_bind_int64(q, 1, g);
  sqlite3_bind_int64(q, 2, source);
  sqlite3_bind_int(q, 3, part);
  sqlite3_bind_text(q, 4, nz(headline), -1, SQLITE_STATIC);
  return step_kept(store, q, "recording an article");
}

NgStatus
ng_store_sentence(NgStore    *store,
                  NgId        g,
                  long        index,
                  long        start,
                  long        end,
                  const char *text)
{
  sqlite3_stmt *q = store->stmt[Q_SENT_ADD];
  sqlite3_bind_int64(q, 1, g);
  sqlite3_bind_int64(q, 2, index);
  sqlite3_bind_int64(q, 3, start);
  sqlite3_bind_int64(q, 4, end);
  sqlite3_bind_text(q, 5, nz(text), -1, SQLITE_STATIC);
  int rc = sqlite3_step(q);
  sqlite3_reset(q);
  return rc == SQLITE_DONE ? NG_OK : db_error(store, "adding a sentence");
}

/* The statement that adds ROWS_PER[K] quads (PROV 0) or provenance rows
   (PROV 1) at once, made when first asked for. */
static sqlite3_stmt *
many_rows(NgStore *store, int prov, int k)
{
  if (store->many[prov][k])
    return store->many[prov][k];
  /* at most 64 rows of at most 16 bytes after the head */
  char sql[80 + 64 * 16];
  int  n = snprintf(sql,
                   sizeof sql,
                   "%s",
                   prov ? "INSERT OR IGNORE INTO prov"
                           "(g,s,p,o,sentence,start,end) VALUES"
                         : "INSERT OR IGNORE INTO quad(s,p,o,g) VALUES");
  for (size_t r = 0; r < ROWS_PER[k] && n > 0 && (size_t)n < sizeof sql; r++)
    n += snprintf(sql + n,
                  sizeof sql - (size_t)n,
                  "%s%s",
                  r ? "," : "",
                  prov ? "(?,?,?,?,?,?,?)" : "(?,?,?,?)");
  if (n <= 0 || (size_t)n >= sizeof sql ||
      sqlite3_prepare_v3(store->db,
                         sql,
                         -1,
                         SQLITE_PREPARE_PERSISTENT,
                         &store->many[prov][k],
                         NULL) != SQLITE_OK) {
    sqlite3_finalize(store->many[prov][k]);
    store->many[prov][k] = NULL;
  }
  return store->many[prov][k];
}

/* Adds the N rows of W values each at ROWS (quads: s p o g, W 4;
   provenance: g s p o sentence start end, W 7) with as few statements as
   the sizes allow. */
static NgStatus
add_rows(NgStore *store, int prov, const NgId *rows, size_t n)
{
  size_t      w    = prov ? 7 : 4;
  const char *what = prov ? "adding provenance" : "adding a quad";
  size_t      i    = 0;
  for (int k = 0; k < ROW_SIZES; k++) {
    sqlite3_stmt *q = NULL;
    while (n - i >= ROWS_PER[k]) {
      if (!q && !(q = many_rows(store, prov, k)))
        return db_error(store, what);
      for (size_t v = 0; v < ROWS_PER[k] * w; v++)
        sqlite3_bind_int64(q, (int)v + 1, rows[i * w + v]);
      int rc = sqlite3_step(q);
      sqlite3_reset(q);
      if (rc != SQLITE_DONE)
        return db_error(store, what);
      i += ROWS_PER[k];
    }
  }
  sqlite3_stmt *one = store->stmt[prov ? Q_PROV_ADD : Q_QUAD_ADD];
  for (; i < n; i++) {
    for (size_t v = 0; v < w; v++)
      sqlite3_bind_int64(one, (int)v + 1, rows[i * w + v]);
    int rc = sqlite3_step(one);
    sqlite3_reset(one);
    if (rc != SQLITE_DONE)
      return db_error(store, what);
  }
  return NG_OK;
}

/* Drops from ROWS (N rows of W ids) every row whose first KEY ids are
   those of an earlier row, keeping the order of the others; *N gets how
   many are left. An article restates facts (each mention states its
   entity's type and label), and the INSERT OR IGNORE of a row already
   written does nothing but costs SQLite a search of the B-tree. */
static NgStatus
unique_rows(NgStore *store, NgId *rows, size_t *n, size_t w, size_t key)
{
  size_t cap = 64;
  while (cap < 2 * *n)
    cap *= 2;
  if (cap > store->seen_cap) {
    size_t *v = ng_realloc(store->seen, cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    store->seen     = v;
    store->seen_cap = cap;
  }
  size_t *seen = store->seen, out = 0;
  memset(seen, 0, cap * sizeof *seen);
  for (size_t i = 0; i < *n; i++) {
    const NgId *r = rows + i * w;
    uint64_t    h = 0x9E3779B97F4A7C15ull;
    for (size_t k = 0; k < key; k++) {
      h = (h ^ (uint64_t)r[k]) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 29;
    }
    size_t slot = (size_t)h & (cap - 1);
    int    dup  = 0;
    for (; seen[slot]; slot = (slot + 1) & (cap - 1))
      if (!memcmp(rows + (seen[slot] - 1) * w, r, key * sizeof *r)) {
        dup = 1;
        break;
      }
    if (dup)
      continue;
    if (out != i)
      memcpy(rows + out * w, r, w * sizeof *r);
    seen[slot] = ++out;
  }
  *n = out;
  return NG_OK;
}

NgStatus
ng_store_add_facts(NgStore *store, NgId g, const NgFacts *facts)
{
  /* The terms first, fact by fact (so they get the ids adding the facts
     one at a time gives them), then the quads and the provenance rows,
     many per statement. */
  if (facts->n > store->rows_cap) {
    size_t cap =
      facts->n > 2 * store->rows_cap ? facts->n : 2 * store->rows_cap;
    NgId *rows = ng_realloc(store->rows, cap * 11 * sizeof *rows);
    if (!rows)
      return NG_ERR_NOMEM;
    store->rows     = rows;
    store->rows_cap = cap;
  }
  NgId  *quads = store->rows, *prov = store->rows + 4 * facts->n;
  size_t np = 0;
  for (size_t i = 0; i < facts->n; i++) {
    const NgFact *f = &facts->v[i];
    NgId         *q = &quads[4 * i];
    NgStatus      st;
    if ((st = ng_store_term_id(store, &f->s, 1, &q[0])) ||
        (st = ng_store_term_id(store, &f->p, 1, &q[1])) ||
        (st = ng_store_term_id(store, &f->o, 1, &q[2])))
      return st;
    q[3] = g;
    if (f->sentence >= 0) {
      NgId *r = &prov[7 * np++];
      r[0]    = g;
      r[1]    = q[0];
      r[2]    = q[1];
      r[3]    = q[2];
      r[4]    = f->sentence;
      r[5]    = f->start;
      r[6]    = f->end;
    }
  }
  /* a quad's key is all of it; a provenance row's all but its end, the
     first one given being the one kept */
  size_t   nq = facts->n;
  NgStatus st = unique_rows(store, quads, &nq, 4, 4);
  if (!st)
    st = unique_rows(store, prov, &np, 7, 6);
  if (!st)
    st = add_rows(store, 0, quads, nq);
  return st ? st : add_rows(store, 1, prov, np);
}

NgStatus
ng_store_provenance(NgStore *store,
                    NgId     s,
                    NgId     p,
                    NgId     o,
                    NgId     g,
                    NgProvFn fn,
                    void    *ctx)
{
  static const char *const col[4] = { "pr.s", "pr.p", "pr.o", "pr.g" };
  NgId                     v[4]   = { s, p, o, g };
  NgBuf                    sql    = { 0 };
  sqlite3_stmt            *q      = NULL;
  ng_buf_puts(&sql,
              "SELECT pr.g, src.name, a.part, se.text, pr.start, pr.end "
              "FROM prov pr JOIN article a ON a.g=pr.g "
              "JOIN source src ON src.id=a.source "
              "LEFT JOIN sentence se ON se.g=pr.g AND se.idx=pr.sentence "
              "WHERE 1");
  for (int i = 0; i < 4; i++)
    if (v[i])
      ng_buf_printf(&sql, " AND %s=?%d", col[i], i + 1);
  ng_buf_puts(&sql, " ORDER BY src.name, a.part, pr.start");
  if (!sql.data)
    return NG_ERR_NOMEM;
  if (sqlite3_prepare_v2(store->db, sql.data, -1, &q, NULL) != SQLITE_OK) {
    ng_buf_free(&sql);
    return db_error(store, "reading provenance");
  }
  ng_buf_free(&sql);
  for (int i = 0; i < 4; i++)
    if (v[i])
      sqlite3_bind_int64(q, i + 1, v[i]);
  int rc;
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    if (fn(ctx,
           sqlite3_column_int64(q, 0),
           (const char *)sqlite3_column_text(q, 1),
           sqlite3_column_int(q, 2),
           (const char *)sqlite3_column_text(q, 3),
           (long)sqlite3_column_int64(q, 4),
           (long)sqlite3_column_int64(q, 5)))
      break;
  }
  sqlite3_finalize(q);
  return rc == SQLITE_ROW || rc == SQLITE_DONE
           ? NG_OK
           : db_error(store, "reading provenance");
}

/* ---------------------------------------------------------------- meta */

NgStatus
ng_store_meta_get(NgStore *store, const char *key, char **out)
{
  sqlite3_stmt *q  = store->stmt[Q_META_GET];
  NgStatus      st = NG_OK;
  sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
  *out   = NULL;
  int rc = sqlite3_step(q);
  if (rc == SQLITE_ROW) {
    *out = ng_strdup((const char *)sqlite3_column_text(q, 0));
    if (!*out)
      st = NG_ERR_NOMEM;
  } else if (rc != SQLITE_DONE)
    st = db_error(store, "reading a setting");
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  return st;
}

NgStatus
ng_store_meta_set(NgStore *store, const char *key, const char *value)
{
  sqlite3_stmt *q = store->stmt[Q_META_SET];
  sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 2, value, -1, SQLITE_STATIC);
  return step_kept(store, q, "setting a setting");
}

NgStatus
ng_store_stats(NgStore *store, NgStoreStats *out)
{
  static const char *const sql[] = {
    "SELECT count(*) FROM quad",          "SELECT count(*) FROM term",
    "SELECT count(DISTINCT g) FROM quad", "SELECT count(*) FROM source",
    "SELECT count(*) FROM article",       "SELECT count(*) FROM sentence"
  };
  long long *dst[] = { &out->quads,   &out->terms,    &out->graphs,
                       &out->sources, &out->articles, &out->sentences };
  for (size_t i = 0; i < sizeof sql / sizeof *sql; i++) {
    int rc;
    *dst[i] = pragma_int(store->db, sql[i], &rc);
    if (rc != SQLITE_OK)
      return db_error(store, "statistics");
  }
  return NG_OK;
}
