/* lt-store-private.h: the connection API shared by the files of src/store */
#pragma once

#include <sqlite3.h>

#include "lt-store.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* The connection itself, for what the helpers below do not cover. */
sqlite3      *lt_store_get_db                     (LtStore        *self);

/* A statement cached per SQL text, owned by the store: reset and with its
 * bindings cleared, ready to bind. Do not finalize it, and do not hand out
 * the same SQL again while still stepping it (prepare with sqlite3_prepare_v2
 * and g_autoptr (sqlite3_stmt) for that). NULL with @error set on failure. */
sqlite3_stmt *lt_store_prepare                    (LtStore        *self,
                                                   const char     *sql,
                                                   GError        **error);

/* Steps @stmt and returns sqlite3_step's result (counted for the injected
 * failure of the tests). */
int           lt_store_step                       (LtStore        *self,
                                                   sqlite3_stmt   *stmt);

/* TRUE for SQLITE_OK / SQLITE_ROW / SQLITE_DONE; otherwise sets @error with
 * an LT_ERROR code and a clear message (SQLITE_FULL → LT_ERROR_DISK_FULL,
 * SQLITE_READONLY → LT_ERROR_READ_ONLY, SQLITE_CONSTRAINT_* →
 * LT_ERROR_CONSTRAINT, SQLITE_CORRUPT / SQLITE_NOTADB →
 * LT_ERROR_CORRUPT_DATABASE, SQLITE_BUSY → LT_ERROR_IO, …). */
gboolean      lt_store_check_step                 (LtStore        *self,
                                                   int             rc,
                                                   GError        **error);

/* Runs constant SQL without parameters (one or several statements). */
gboolean      lt_store_exec                       (LtStore        *self,
                                                   const char     *sql,
                                                   GError        **error);

/* Transactions nest: the outermost is BEGIN IMMEDIATE, inner ones are
 * SAVEPOINTs. Every lt_store_begin that succeeded is paired with exactly one
 * lt_store_commit or lt_store_rollback. A failed lt_store_commit has already
 * rolled back its level. lt_store_begin fails with LT_ERROR_READ_ONLY on a
 * read-only store. */
gboolean      lt_store_begin                      (LtStore        *self,
                                                   GError        **error);
gboolean      lt_store_commit                     (LtStore        *self,
                                                   GError        **error);
void          lt_store_rollback                   (LtStore        *self);
gboolean      lt_store_in_transaction             (LtStore        *self);

/* Queues LtStore::changed until the outermost commit (dropped on rollback);
 * emitted at once outside a transaction. */
void          lt_store_notify                     (LtStore        *self,
                                                   const char     *table,
                                                   gint64          id,
                                                   LtStoreChange   change);

/* FALSE with LT_ERROR_READ_ONLY (and the reason) on a read-only store. */
gboolean      lt_store_check_writable             (LtStore        *self,
                                                   GError        **error);

/* Tests: after @n more statements succeed, the next one fails as if the
 * disk were gone (LT_ERROR_IO). -1 turns it off. */
void          lt_store_set_fail_after_statements  (LtStore        *self,
                                                   int             n);

/* Bind helpers: NULL text binds NULL; a 0 id binds NULL ("none"). */
void          lt_store_bind_text                  (sqlite3_stmt   *stmt,
                                                   int             col,
                                                   const char     *text);
void          lt_store_bind_id                    (sqlite3_stmt   *stmt,
                                                   int             col,
                                                   gint64          id);
/* Column helpers: NULL text stays NULL; NULL id reads 0. */
char         *lt_store_column_text                (sqlite3_stmt   *stmt,
                                                   int             col);
gint64        lt_store_column_id                  (sqlite3_stmt   *stmt,
                                                   int             col);

/* LT_ERROR_NOT_FOUND or LT_ERROR_CONFLICT after an update or delete that
 * changed no row: looks whether row @id of @table still exists. @what is the
 * user's name of the thing (« L’affaire », « La tâche »…), already translated.
 * @table is one of the schema's table names (checked, never user text). */
void          lt_store_set_stale_error            (LtStore        *self,
                                                   const char     *table,
                                                   gint64          id,
                                                   const char     *what,
                                                   GError        **error);

G_END_DECLS
