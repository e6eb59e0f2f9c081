/* lt-store.c: the SQLite connection — opening, migrations, transactions, errors */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "lt-error.h"
#include "lt-store-pdf.h"
#include "lt-store-private.h"

#define BUSY_TIMEOUT_MS 5000

typedef struct {
  const char    *table;         /* interned */
  gint64         id;
  LtStoreChange  change;
} PendingChange;

struct _LtStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;      /* SQL text → sqlite3_stmt */
  GArray     *pending;         /* PendingChange, queued until commit */
  GArray     *levels;          /* guint: pending->len at each begin */
  char       *read_only_reason;
  int         schema_version;
  int         fail_after;      /* -1: no injected failure */
  guint       step_counted : 1; /* lt_store_step counted the statement */
  guint       injected : 1;     /* its failure is the injected one */
  guint       read_only : 1;
  guint       incremental_lists : 1;
  LtStorePdfRenderer pdf_renderer;  /* freezes signed documents; NULL: none */
  gpointer    pdf_renderer_data;
};

G_DEFINE_FINAL_TYPE (LtStore, lt_store, G_TYPE_OBJECT)
G_DEFINE_ENUM_TYPE (LtStoreChange, lt_store_change,
  G_DEFINE_ENUM_VALUE (LT_STORE_CHANGE_INSERT, "insert"),
  G_DEFINE_ENUM_VALUE (LT_STORE_CHANGE_UPDATE, "update"),
  G_DEFINE_ENUM_VALUE (LT_STORE_CHANGE_DELETE, "delete"))

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
map_sqlite_error (LtStore     *self,
                  int          rc,
                  const char  *detail,
                  GError     **error)
{
  const char *path = self->path ? self->path : "";

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, LT_ERROR, LT_ERROR_DISK_FULL,
                   _("The disk is full: nothing was saved. "
                     "Free some space and try again."));
      break;

    case SQLITE_READONLY:
      g_set_error (error, LT_ERROR, LT_ERROR_READ_ONLY,
                   _("The database “%s” cannot be written: nothing was saved. "
                     "Check the file’s permissions."),
                   path);
      break;

    case SQLITE_CONSTRAINT:
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        g_set_error (error, LT_ERROR, LT_ERROR_CONSTRAINT,
                     _("This record refers to one that does not exist, or is "
                       "still used by others: nothing was saved (%s)."),
                     detail);
      else if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        g_set_error (error, LT_ERROR, LT_ERROR_CONSTRAINT,
                     _("Another record already has this value: nothing was "
                       "saved (%s)."),
                     detail);
      else
        g_set_error (error, LT_ERROR, LT_ERROR_CONSTRAINT,
                     _("This value is not allowed: nothing was saved (%s)."),
                     detail);
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      lt_store_set_corrupt_error (path, error);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The database is busy in another window or program: "
                     "nothing was saved. Try again in a moment."));
      break;

    default:
      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The database “%s” could not be read or written (%s)."),
                   path, detail);
      break;
    }

  return FALSE;
}

static void
lt_store_finalize (GObject *object)
{
  LtStore *self = (LtStore *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      /* Keeps the planner's statistics fresh, as SQLite advises on close. */
      if (!self->read_only)
        sqlite3_exec (self->db, "PRAGMA optimize", NULL, NULL, NULL);
      sqlite3_close_v2 (self->db);
    }
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->levels, g_array_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->read_only_reason, g_free);

  G_OBJECT_CLASS (lt_store_parent_class)->finalize (object);
}

static void
lt_store_class_init (LtStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_store_finalize;

  /**
   * LtStore::changed:
   * @table: the table written (schema name: "affaires", "tasks", …)
   * @id: the row's id
   * @change: an #LtStoreChange
   *
   * Emitted once per row written, after the transaction commits.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_INT64,
                  LT_TYPE_STORE_CHANGE);
}

static void
lt_store_init (LtStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify)sqlite3_finalize);
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  self->levels = g_array_new (FALSE, FALSE, sizeof (guint));
  self->fail_after = -1;
}

/* Private API */

sqlite3 *
lt_store_get_db (LtStore *self)
{
  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  return self->db;
}

sqlite3_stmt *
lt_store_prepare (LtStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  self->step_counted = FALSE;

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      map_sqlite_error (self, rc, sqlite3_errmsg (self->db), error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);

  return stmt;
}

/* The failure injected by the tests, counted per statement. */
static gboolean
consume_injection (LtStore  *self,
                   GError  **error)
{
  if (self->fail_after < 0)
    return TRUE;

  if (self->fail_after == 0)
    {
      self->fail_after = -1;
      return map_sqlite_error (self, SQLITE_IOERR, "injected failure", error);
    }
  self->fail_after--;

  return TRUE;
}

int
lt_store_step (LtStore      *self,
               sqlite3_stmt *stmt)
{
  g_return_val_if_fail (LT_IS_STORE (self), SQLITE_MISUSE);

  /* Writes are counted before they run: a statement that "fails" has not
   * happened, as with a real I/O error. Reads are not counted. */
  self->step_counted = TRUE;
  if (self->fail_after < 0 || sqlite3_stmt_readonly (stmt))
    return sqlite3_step (stmt);

  if (self->fail_after == 0)
    {
      self->fail_after = -1;
      self->injected = TRUE;
      return SQLITE_IOERR;
    }
  if (self->fail_after > 0)
    self->fail_after--;

  return sqlite3_step (stmt);
}

gboolean
lt_store_check_step (LtStore  *self,
                     int       rc,
                     GError  **error)
{
  gboolean counted;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  counted = self->step_counted;
  self->step_counted = FALSE;

  if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      gboolean injected = self->injected;

      self->injected = FALSE;
      return map_sqlite_error (self, rc, injected ? "injected failure" : sqlite3_errmsg (self->db), error);
    }

  /* A statement stepped with sqlite3_step () directly is counted here,
   * after it ran: the transaction around it must undo it. */
  if (!counted)
    return consume_injection (self, error);

  return TRUE;
}

gboolean
lt_store_exec (LtStore     *self,
               const char  *sql,
               GError     **error)
{
  char *errmsg = NULL;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  /* Before: a COMMIT that "fails" must not have happened. */
  if (!consume_injection (self, error))
    return FALSE;

  rc = sqlite3_exec (self->db, sql, NULL, NULL, &errmsg);
  if (rc != SQLITE_OK)
    {
      map_sqlite_error (self, sqlite3_extended_errcode (self->db),
                        errmsg ? errmsg : sqlite3_errstr (rc), error);
      sqlite3_free (errmsg);
      return FALSE;
    }

  return TRUE;
}

/* BEGIN, SAVEPOINT, RELEASE, COMMIT… run often (one savepoint per CRUD
 * call): prepared once and kept, like any other statement. */
static gboolean
run_control (LtStore     *self,
             const char  *sql,
             gboolean     may_fail,
             GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (may_fail && !consume_injection (self, error))
    return FALSE;

  stmt = lt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return map_sqlite_error (self, sqlite3_extended_errcode (self->db), sqlite3_errmsg (self->db), error);

  return TRUE;
}

gboolean
lt_store_check_writable (LtStore  *self,
                         GError  **error)
{
  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (self->read_only)
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_READ_ONLY, self->read_only_reason);
      return FALSE;
    }

  return TRUE;
}

gboolean
lt_store_in_transaction (LtStore *self)
{
  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  return self->levels->len > 0;
}

gboolean
lt_store_begin (LtStore  *self,
                GError  **error)
{
  const char *sql;
  guint mark;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_check_writable (self, error))
    return FALSE;

  sql = self->levels->len == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT lt_nested";
  if (!run_control (self, sql, TRUE, error))
    return FALSE;

  mark = self->pending->len;
  g_array_append_val (self->levels, mark);

  return TRUE;
}

static void
emit_pending (LtStore *self)
{
  g_autoptr(GArray) pending = NULL;

  if (self->pending->len == 0)
    return;

  pending = g_steal_pointer (&self->pending);
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));

  for (guint i = 0; i < pending->len; i++)
    {
      PendingChange *change = &g_array_index (pending, PendingChange, i);

      g_signal_emit (self, signals[CHANGED], 0, change->table, change->id, change->change);
    }
}

void
lt_store_rollback (LtStore *self)
{
  guint mark;

  g_return_if_fail (LT_IS_STORE (self));
  g_return_if_fail (self->levels->len > 0);

  mark = g_array_index (self->levels, guint, self->levels->len - 1);
  g_array_set_size (self->levels, self->levels->len - 1);
  g_array_set_size (self->pending, mark);

  /* SQLite may already have rolled back the whole transaction (SQLITE_FULL,
   * SQLITE_IOERR…): then there is nothing left to undo. */
  if (sqlite3_get_autocommit (self->db))
    return;

  if (self->levels->len == 0)
    {
      sqlite3_stmt *stmt = NULL;

      /* A statement left half-stepped by a failed operation would keep the
       * connection from committing anything later. */
      while ((stmt = sqlite3_next_stmt (self->db, stmt)) != NULL)
        if (sqlite3_stmt_busy (stmt))
          sqlite3_reset (stmt);
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
    }
  else
    {
      run_control (self, "ROLLBACK TO lt_nested", FALSE, NULL);
      run_control (self, "RELEASE lt_nested", FALSE, NULL);
    }
}

gboolean
lt_store_commit (LtStore  *self,
                 GError  **error)
{
  gboolean outermost;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->levels->len > 0, FALSE);

  outermost = self->levels->len == 1;

  if (sqlite3_get_autocommit (self->db))
    {
      /* An error inside already ended the transaction: what it held is gone. */
      lt_store_rollback (self);
      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The database “%s” could not be written: nothing was saved."),
                   self->path);
      return FALSE;
    }

  if (!run_control (self, outermost ? "COMMIT" : "RELEASE lt_nested", TRUE, error))
    {
      lt_store_rollback (self);
      return FALSE;
    }

  g_array_set_size (self->levels, self->levels->len - 1);

  if (outermost)
    emit_pending (self);

  return TRUE;
}

void
lt_store_notify (LtStore       *self,
                 const char    *table,
                 gint64         id,
                 LtStoreChange  change)
{
  PendingChange pending;

  g_return_if_fail (LT_IS_STORE (self));
  g_return_if_fail (table != NULL);

  pending.table = g_intern_string (table);
  pending.id = id;
  pending.change = change;
  g_array_append_val (self->pending, pending);

  if (self->levels->len == 0)
    emit_pending (self);
}

void
lt_store_set_fail_after_statements (LtStore *self,
                                    int      n)
{
  g_return_if_fail (LT_IS_STORE (self));

  self->fail_after = n;
}

/* Opening */

static int busy_timeout_ms = BUSY_TIMEOUT_MS;

void
lt_store_set_busy_timeout_for_tests (int ms)
{
  busy_timeout_ms = ms;
}

static gboolean
open_connection (LtStore   *self,
                 gboolean   may_be_new,
                 gboolean  *stamped,
                 GError   **error)
{
  /* One connection per thread (DESIGN.md): SQLite's own locking is not needed. */
  int flags = (self->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (self->path, "-shm", NULL);
  g_autofree char *uri = NULL;
  int rc;

  /* SQLite reads a WAL database only beside its -wal and -shm. In a folder
   * where nobody can create them, nobody can write either: read it as it is. */
  if (self->read_only && g_access (dir, W_OK) != 0 &&
      !g_file_test (wal, G_FILE_TEST_EXISTS) && !g_file_test (shm, G_FILE_TEST_EXISTS))
    {
      g_autofree char *escaped = g_uri_escape_string (self->path, "/", FALSE);

      uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
      flags |= SQLITE_OPEN_URI;
    }

  rc = sqlite3_open_v2 (uri != NULL ? uri : self->path, &self->db, flags, NULL);
  if (rc != SQLITE_OK)
    return lt_store_set_open_error (self->db, self->path, rc, error);

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, busy_timeout_ms);
  sqlite3_create_collation (self->db, "lt_fold", SQLITE_UTF8, NULL, lt_store_fold_collate);
  sqlite3_create_function (self->db, "lt_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                           lt_store_fold_func, NULL, NULL);

  /* SQLite falls back to reading a file it may not write. */
  if (!self->read_only && sqlite3_db_readonly (self->db, "main") == 1)
    {
      self->read_only = TRUE;
      self->read_only_reason =
        g_strdup_printf (_("The file “%s” cannot be written (check its permissions). "
                           "It is open read-only."),
                         self->path);
    }

  return lt_store_file_identify (self->db, self->path, may_be_new, &self->schema_version, stamped, error);
}

/* lt_store_open_full () of a path named as the database, new or not.
 * Returns: (transfer full): the store, or %NULL with @error set */
LtStore *
lt_store_open (const char  *path,
               GError     **error)
{
  return lt_store_open_full (path, LT_STORE_OPEN_CREATE | LT_STORE_OPEN_NEW_EMPTY, error);
}

/**
 * lt_store_open_full:
 * @path: (nullable): the database file, or %NULL for lt_store_default_path ()
 * @flags: what may be created
 * @error: LT_ERROR_NOT_FOUND, LT_ERROR_EMPTY_FILE, LT_ERROR_NOT_A_FILE,
 *   LT_ERROR_CORRUPT_DATABASE, LT_ERROR_DATABASE_LOCKED, LT_ERROR_DISK_FULL…
 *
 * Opens (creating it with mode 0600 if @flags allow) and upgrades the
 * database; nothing is written before the file is known to be ours. A
 * newer schema, a file or folder that cannot be written, or
 * %LT_STORE_OPEN_READ_ONLY open it read-only (lt_store_is_read_only ()).
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
LtStore *
lt_store_open_full (const char        *path,
                    LtStoreOpenFlags   flags,
                    GError           **error)
{
  g_autoptr(LtStore) self = g_object_new (LT_TYPE_STORE, NULL);
  LtStoreFileState state = LT_STORE_FILE_MISSING;
  gboolean stamped = FALSE;
  int latest;

  self->path = path ? g_strdup (path) : lt_store_default_path ();

  if (!lt_store_file_inspect (self->path, flags, &state, &self->read_only_reason, error))
    return NULL;
  if (state == LT_STORE_FILE_MISSING && !lt_store_file_create (self->path, error))
    return NULL;
  if (self->read_only_reason == NULL && (flags & LT_STORE_OPEN_READ_ONLY))
    self->read_only_reason = g_strdup (_("The database is open read-only: nothing can be saved."));
  self->read_only = self->read_only_reason != NULL;
  if (!open_connection (self, state != LT_STORE_FILE_PRESENT || (flags & LT_STORE_OPEN_NEW_EMPTY),
                        &stamped, error))
    return NULL;

  latest = lt_store_get_latest_schema_version ();
  if (self->schema_version > latest)
    {
      g_clear_pointer (&self->read_only_reason, g_free);
      self->read_only = TRUE;
      self->read_only_reason =
        g_strdup_printf (_("This database was created by a newer version of Lettrine "
                           "(schema %d, this version knows schema %d). "
                           "It is open read-only."),
                         self->schema_version, latest);
    }

  if (self->read_only && self->schema_version == 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_READ_ONLY, _("A new database cannot be made here: %s"),
                   self->read_only_reason);
      return NULL;
    }
  if (self->read_only)
    {
      /* A second guard: any write that slips through fails with SQLITE_READONLY. */
      sqlite3_exec (self->db, "PRAGMA query_only = ON", NULL, NULL, NULL);
      return g_steal_pointer (&self);
    }

  /* Known to be ours: only now is anything written. */
  if (sqlite3_exec (self->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL) != SQLITE_OK)
    {
      lt_store_set_open_error (self->db, self->path, sqlite3_extended_errcode (self->db), error);
      return NULL;
    }
  if (!lt_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !lt_store_exec (self, "PRAGMA synchronous = FULL", error))
    return NULL;

  if (!lt_store_file_migrate (self, stamped, &self->schema_version, error))
    return NULL;
  lt_store_apply_firm_calendar (self);

  return g_steal_pointer (&self);
}

/* A writable copy in memory, for a dry run on a read-only database. */
LtStore *
lt_store_copy_to_memory (LtStore  *self,
                         GError  **error)
{
  g_autoptr(LtStore) copy = g_object_new (LT_TYPE_STORE, NULL);
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  copy->path = g_strdup (self->path);
  copy->schema_version = self->schema_version;
  lt_store_set_pdf_renderer (copy, self->pdf_renderer, self->pdf_renderer_data);
  rc = sqlite3_open_v2 (":memory:", &copy->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      map_sqlite_error (copy, rc, sqlite3_errstr (rc), error);
      return NULL;
    }
  sqlite3_extended_result_codes (copy->db, 1);
  sqlite3_create_collation (copy->db, "lt_fold", SQLITE_UTF8, NULL, lt_store_fold_collate);

  backup = sqlite3_backup_init (copy->db, "main", self->db, "main");
  rc = backup != NULL ? sqlite3_backup_step (backup, -1) : sqlite3_errcode (copy->db);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      map_sqlite_error (self, rc, sqlite3_errstr (rc), error);
      return NULL;
    }

  if (!lt_store_exec (copy, "PRAGMA foreign_keys = ON", error))
    return NULL;

  return g_steal_pointer (&copy);
}

const char *
lt_store_get_path (LtStore *self)
{
  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  return self->path;
}

gboolean
lt_store_is_read_only (LtStore *self)
{
  g_return_val_if_fail (LT_IS_STORE (self), TRUE);

  return self->read_only;
}

/**
 * lt_store_get_read_only_reason:
 *
 * Returns: (nullable): why the store is read-only, for the user; %NULL
 *   when it is writable
 */
const char *
lt_store_get_read_only_reason (LtStore *self)
{
  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  return self->read_only_reason;
}

int
lt_store_get_schema_version (LtStore *self)
{
  g_return_val_if_fail (LT_IS_STORE (self), 0);

  return self->schema_version;
}

/**
 * lt_store_set_incremental_lists:
 * @incremental: whether lists read their first rows at once and the rest
 *   at the next idle
 *
 * The application turns it on, so a list shows its first rows as fast on
 * 200,000 rows as on 10; tests and the CLI, which count a list as soon as
 * they have it, keep whole lists.
 */
void
lt_store_set_incremental_lists (LtStore  *self,
                                gboolean  incremental)
{
  g_return_if_fail (LT_IS_STORE (self));

  self->incremental_lists = !!incremental;
}

gboolean
lt_store_get_incremental_lists (LtStore *self)
{
  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  return self->incremental_lists;
}

/**
 * lt_store_set_pdf_renderer:
 * @renderer: (nullable): how this store renders a document to freeze it
 * @user_data: passed to @renderer; must outlive the store
 *
 * Set by whoever opens the store (the application, lettrine-cli, a test):
 * the renderer lives in src/pdf, above the store.
 */
void
lt_store_set_pdf_renderer (LtStore            *self,
                           LtStorePdfRenderer  renderer,
                           gpointer            user_data)
{
  g_return_if_fail (LT_IS_STORE (self));

  self->pdf_renderer = renderer;
  self->pdf_renderer_data = renderer != NULL ? user_data : NULL;
}

LtStorePdfRenderer
lt_store_get_pdf_renderer (LtStore  *self,
                           gpointer *user_data)
{
  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (user_data != NULL)
    *user_data = self->pdf_renderer_data;
  return self->pdf_renderer;
}
