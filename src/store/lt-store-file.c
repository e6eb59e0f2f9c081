/* lt-store-file.c: the database file — what is at the path, whose it is, the migrations, column helpers */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lt-error.h"
#include "lt-store-private.h"
#include "lt-text.h"

#define MIGRATIONS_PATH "/io/github/lettrine/Lettrine/sql/"

void
lt_store_set_corrupt_error (const char  *path,
                            GError     **error)
{
  g_set_error (error, LT_ERROR, LT_ERROR_CORRUPT_DATABASE,
               _("The file “%s” is damaged or is not a Lettrine database. "
                 "It was left untouched: restore a backup or choose another file."),
               path);
}

int
lt_store_migration_number (const char *name)
{
  guint64 n;
  char *end = NULL;

  if (!g_ascii_isdigit (name[0]) || !g_str_has_suffix (name, ".sql"))
    return -1;
  n = g_ascii_strtoull (name, &end, 10);
  if (end == NULL || *end != '-' || n == 0 || n > 9999)
    return -1;

  return (int)n;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return lt_store_migration_number (*(const char **)a) - lt_store_migration_number (*(const char **)b);
}

/* Sorted by number: "001-initial.sql", … */
GStrv
lt_store_list_migrations (void)
{
  g_auto(GStrv) names = NULL;
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_free);

  names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (lt_store_migration_number (names[i]) > 0)
      g_ptr_array_add (sorted, g_strdup (names[i]));

  g_ptr_array_sort (sorted, compare_names);
  g_ptr_array_add (sorted, NULL);

  return (GStrv)g_ptr_array_free (g_steal_pointer (&sorted), FALSE);
}

int
lt_store_get_latest_schema_version (void)
{
  g_auto(GStrv) names = lt_store_list_migrations ();
  guint n = g_strv_length (names);

  return n == 0 ? 0 : lt_store_migration_number (names[n - 1]);
}

char *
lt_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "lettrine", "lettrine.db", NULL);
}

/* What is at @path, seen with stat () and access () only. Closing any
 * descriptor of a file drops every POSIX lock the process holds on it,
 * SQLite's included (« How To Corrupt An SQLite Database », §2.2): the
 * database file, its -wal and -shm are opened by SQLite alone. */
gboolean
lt_store_file_inspect (const char        *path,
                       LtStoreOpenFlags   flags,
                       LtStoreFileState  *state,
                       char             **read_only_reason,
                       GError           **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT && (flags & LT_STORE_OPEN_CREATE) && !(flags & LT_STORE_OPEN_READ_ONLY))
        {
          g_autofree char *default_path = lt_store_default_path ();

          /* Lettrine makes its own folders; a folder the user named must
           * exist: a mistyped one would hide the database where nobody looks. */
          if (!g_str_equal (path, default_path) && !g_file_test (dir, G_FILE_TEST_IS_DIR))
            {
              g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                           _("The folder “%s” does not exist: no database was created. "
                             "Check the path, or create the folder first."),
                           dir);
              return FALSE;
            }
          *state = LT_STORE_FILE_MISSING;
          return TRUE;
        }
      if (saved_errno == ENOENT)
        g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                     _("There is no database at “%s”. Nothing was created: check the path."),
                     path);
      else
        g_set_error (error, LT_ERROR, LT_ERROR_IO,
                     _("The database “%s” cannot be opened: %s. Check the path and its folders’ permissions."),
                     path, g_strerror (saved_errno));
      return FALSE;
    }

  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_A_FILE,
                   _("“%s” is a folder, not a database file. Choose a file."), path);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_A_FILE,
                   _("“%s” is not an ordinary file (a device, a pipe…): it was left untouched. "
                     "Choose a database file."), path);
      return FALSE;
    }

  /* An empty file is someone's file: it becomes a database only when the
   * user named it as a new one. */
  if (st.st_size == 0)
    {
      if (!(flags & LT_STORE_OPEN_NEW_EMPTY) || (flags & LT_STORE_OPEN_READ_ONLY))
        {
          g_set_error (error, LT_ERROR, LT_ERROR_EMPTY_FILE,
                       _("The file “%s” is empty: it is not a Lettrine database, and it was left "
                         "untouched. To make it a new database, fill it with « lettrine-cli seed »."),
                       path);
          return FALSE;
        }
      *state = LT_STORE_FILE_EMPTY;
      return TRUE;
    }

  *state = LT_STORE_FILE_PRESENT;

  /* WAL needs the -wal and -shm files beside the database: in a folder that
   * cannot be written, SQLite can only read, through a read-only connection. */
  if (g_access (dir, W_OK) != 0)
    *read_only_reason = g_strdup_printf (_("The folder “%s” cannot be written (check its permissions). "
                                           "The database is open read-only."), dir);

  return TRUE;
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           int         *value,
           int         *rc_out)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      *rc_out = rc == SQLITE_OK ? SQLITE_ERROR : sqlite3_extended_errcode (db);
      return FALSE;
    }
  *value = sqlite3_column_int (stmt, 0);

  return TRUE;
}

/* Opening, or the first read: a damaged or foreign file is « corrupt »;
 * a lock, a full disk or an I/O error is said as what it is. */
gboolean
lt_store_set_open_error (sqlite3     *db,
                         const char  *path,
                         int          rc,
                         GError     **error)
{
  int sys_errno = db != NULL ? sqlite3_system_errno (db) : 0;
  g_autofree char *detail = NULL;

  detail = sys_errno != 0 ? g_strdup_printf ("%s: %s", sqlite3_errstr (rc), g_strerror (sys_errno))
                          : g_strdup (sqlite3_errstr (rc));

  if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
    lt_store_set_corrupt_error (path, error);
  else if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    g_set_error (error, LT_ERROR, LT_ERROR_DATABASE_LOCKED,
                 _("The database “%s” is locked by another program (another Lettrine, a backup, "
                   "a synchronisation…). Nothing was changed: close that program, or try again in a moment."),
                 path);
  else if ((rc & 0xff) == SQLITE_FULL || sys_errno == ENOSPC || sys_errno == EDQUOT)
    g_set_error (error, LT_ERROR, LT_ERROR_DISK_FULL,
                 _("The disk holding “%s” is full: the database cannot be opened. "
                   "Nothing was changed: free some space and try again."),
                 path);
  else if ((rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_PERM ||
           sys_errno == EACCES || sys_errno == EPERM || sys_errno == EROFS)
    g_set_error (error, LT_ERROR, LT_ERROR_READ_ONLY,
                 _("The database “%s” cannot be opened (%s). Check the permissions of the file and its folder."),
                 path, detail);
  else
    g_set_error (error, LT_ERROR, LT_ERROR_IO,
                 _("The database “%s” cannot be read (%s). Nothing was changed: check the disk and try again."),
                 path, detail);

  return FALSE;
}

static gboolean
has_lettrine_tables (sqlite3 *db)
{
  int n = 0;
  int rc;

  return query_int (db,
                    "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                    "('firm', 'staff', 'affaires', 'contacts', 'categories', 'prestations', 'steps', "
                    "'step_links', 'terms', 'documents', 'document_lines', 'projects', 'assignments', "
                    "'tasks', 'task_links')",
                    &n, &rc) && n == 15;
}

/* Through the connection, before anything is written: reading the schema
 * checks the whole first page; the application id (or, for the schemas
 * before it, the tables) tells a Lettrine database from another program's. */
gboolean
lt_store_file_identify (sqlite3     *db,
                        const char  *path,
                        gboolean     may_be_new,
                        int         *schema_version,
                        gboolean    *stamped,
                        GError     **error)
{
  int n_objects = 0;
  int app_id = 0;
  int version = 0;
  int rc = SQLITE_OK;

  if (!query_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects, &rc) ||
      !query_int (db, "PRAGMA application_id", &app_id, &rc) ||
      !query_int (db, "PRAGMA user_version", &version, &rc))
    return lt_store_set_open_error (db, path, rc, error);

  *schema_version = version;
  *stamped = app_id == LT_STORE_APPLICATION_ID;

  if (n_objects == 0 && version == 0 && *stamped)
    return TRUE;   /* ours, cut short before its first migration */
  if (n_objects == 0 && version == 0 && app_id == 0)
    {
      if (may_be_new)
        return TRUE;
      g_set_error (error, LT_ERROR, LT_ERROR_EMPTY_FILE,
                   _("The file “%s” is an empty SQLite database, not a Lettrine one: it was left "
                     "untouched. To make it a new database, fill it with « lettrine-cli seed »."),
                   path);
      return FALSE;
    }
  if (*stamped && version > 0)
    return TRUE;
  if (app_id == 0 && version >= 1 && version <= LT_STORE_LAST_UNSTAMPED_VERSION && has_lettrine_tables (db))
    return TRUE;

  lt_store_set_corrupt_error (path, error);
  return FALSE;
}

/* Stamps the application id, then runs each migration above
 * *@schema_version, in a transaction of its own. */
gboolean
lt_store_file_migrate (LtStore  *self,
                       gboolean  stamped,
                       int      *schema_version,
                       GError  **error)
{
  g_auto(GStrv) names = lt_store_list_migrations ();

  if (!stamped)
    {
      g_autofree char *stamp = g_strdup_printf ("PRAGMA application_id = %d", LT_STORE_APPLICATION_ID);

      if (!lt_store_exec (self, stamp, error))
        return FALSE;
    }

  /* A migration may rewrite every row of a big table: a page cache of up
   * to 256 MB keeps it from spilling to the WAL page by page (the
   * connection's own size is set back after). */
  if (!lt_store_exec (self, "PRAGMA cache_size = -262144", error))
    return FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      int number = lt_store_migration_number (names[i]);
      g_autofree char *resource = NULL;
      g_autofree char *set_version = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;
      gsize len;

      if (number <= *schema_version)
        continue;

      resource = g_strconcat (MIGRATIONS_PATH, names[i], NULL);
      bytes = g_resources_lookup_data (resource, 0, error);
      if (bytes == NULL)
        return FALSE;
      sql = g_strndup (g_bytes_get_data (bytes, &len), g_bytes_get_size (bytes));

      /* A PRAGMA takes no parameter: the number is ours, never user text. */
      set_version = g_strdup_printf ("PRAGMA user_version = %d", number);

      if (!lt_store_begin (self, error))
        return FALSE;
      if (!lt_store_exec (self, sql, error) ||
          !lt_store_exec (self, set_version, error))
        {
          lt_store_rollback (self);
          g_prefix_error (error, _("Updating the database to schema %d failed: "), number);
          return FALSE;
        }
      if (!lt_store_commit (self, error))
        return FALSE;

      *schema_version = number;
    }

  return lt_store_exec (self, "PRAGMA cache_size = -2000", error);
}

gboolean
lt_store_file_create (const char  *path,
                      GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The folder “%s” cannot be created: %s"),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        return TRUE;
      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The database “%s” cannot be created: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  return TRUE;
}

/* COLLATE lt_fold: the order French users expect, accents and case ignored
 * (« Écully » between « Annecy » and « Lyon »). */
int
lt_store_fold_collate (gpointer    user_data,
                       int         len_a,
                       const void *a,
                       int         len_b,
                       const void *b)
{
  g_autofree char *text_a = g_strndup (a, len_a);
  g_autofree char *text_b = g_strndup (b, len_b);
  g_autofree char *fold_a = lt_text_fold (text_a);
  g_autofree char *fold_b = lt_text_fold (text_b);
  int cmp = strcmp (fold_a, fold_b);

  return cmp != 0 ? cmp : strcmp (text_a, text_b);
}

/* lt_fold (text): the folded text lists search (lt_text_fold), for SQL
 * that writes a search_key (migration 013: the intervenants' names). */
void
lt_store_fold_func (sqlite3_context *context,
                    int              argc,
                    sqlite3_value  **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);

  sqlite3_result_text (context, lt_text_fold (text != NULL ? text : ""), -1, g_free);
}

void
lt_store_bind_text (sqlite3_stmt *stmt,
                    int           col,
                    const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, col);
  else
    sqlite3_bind_text (stmt, col, text, -1, SQLITE_TRANSIENT);
}

void
lt_store_bind_id (sqlite3_stmt *stmt,
                  int           col,
                  gint64        id)
{
  if (id <= 0)
    sqlite3_bind_null (stmt, col);
  else
    sqlite3_bind_int64 (stmt, col, id);
}

char *
lt_store_column_text (sqlite3_stmt *stmt,
                      int           col)
{
  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return NULL;

  return g_strdup ((const char *)sqlite3_column_text (stmt, col));
}

gint64
lt_store_column_id (sqlite3_stmt *stmt,
                    int           col)
{
  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return 0;

  return sqlite3_column_int64 (stmt, col);
}
