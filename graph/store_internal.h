/* graph/store_internal.h -- for graph/ modules only: the SQLite connection
   under a store, so query modules (shell views, SPARQL) can prepare their
   own statements. Nothing outside graph/ includes this. */
#ifndef NG_STORE_INTERNAL_H
#define NG_STORE_INTERNAL_H

#include "graph/store.h"

#include <sqlite3.h>

/* Borrowed; valid while STORE is open. */
sqlite3 *ng_store_sqlite(NgStore *store);

/* Record a SQLite failure on STORE (see ng_store_errmsg()); returns
   NG_ERR_DB. */
NgStatus ng_store_db_error(NgStore *store, const char *what);

#endif
