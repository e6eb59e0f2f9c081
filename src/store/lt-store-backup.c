/* lt-store-backup.c: copies of the database through SQLite's online backup API, daily rotation, restore */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lt-error.h"
#include "lt-store-backup.h"
#include "lt-store-private.h"

#define BUSY_WAIT_MS  50
#define BUSY_TRIES    200   /* 10 s of a writer holding its lock */

/* Tables every Lettrine schema has had since schema 1. */
static const char *lettrine_tables[] = {
  "firm", "affaires", "prestations", "steps", "documents", "projects", "tasks",
};

struct _LtStoreAppLock
{
  int fd;
};

void
lt_store_backup_info_free (LtStoreBackupInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->path);
  g_clear_pointer (&info->taken, g_date_time_unref);
  g_free (info);
}

static void
set_sqlite_error (int          rc,
                  sqlite3     *db,
                  const char  *format,
                  const char  *path,
                  GError     **error)
{
  const char *reason = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  int code = LT_ERROR_IO;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      code = LT_ERROR_DISK_FULL;
      break;
    case SQLITE_READONLY:
      code = LT_ERROR_READ_ONLY;
      break;
    case SQLITE_CORRUPT:
      code = LT_ERROR_CORRUPT_DATABASE;
      break;
    default:
      break;
    }

  g_set_error (error, LT_ERROR, code, format, path, reason);
}

/* The stem that names a database's copies: "lettrine" for lettrine.db. */
static char *
backup_stem (const char *db_path)
{
  g_autofree char *base = g_path_get_basename (db_path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';

  return g_steal_pointer (&base);
}

char *
lt_store_backup_dir (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);

  return g_build_filename (dir, "backups", NULL);
}

static gboolean
ensure_backup_dir (const char  *dir,
                   GError     **error)
{
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The backups folder “%s” cannot be created: %s"),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* Runs a whole backup, waiting while a writer holds a lock it needs. */
static int
run_backup (sqlite3 *dest,
            sqlite3 *source)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", source, "main");
  int rc;

  if (backup == NULL)
    return sqlite3_extended_errcode (dest);

  for (guint tries = 0; ; tries++)
    {
      rc = sqlite3_backup_step (backup, -1);
      if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || tries >= BUSY_TRIES)
        break;
      g_usleep (BUSY_WAIT_MS * 1000);
    }
  sqlite3_backup_finish (backup);
  if (rc == SQLITE_DONE)
    return sqlite3_extended_errcode (dest) == SQLITE_OK ? SQLITE_OK : sqlite3_extended_errcode (dest);

  return rc;
}

static gboolean
fsync_path (const char  *path,
            int          flags,
            GError     **error)
{
  int fd = g_open (path, flags | O_CLOEXEC, 0);
  int saved_errno;

  if (fd < 0 || fsync (fd) != 0)
    {
      saved_errno = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The backup “%s” could not be written to the disk: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  return TRUE;
}

/* The copy itself: to a temporary name of mode 0600, closed, synced, renamed. */
static gboolean
backup_connection_to_file (sqlite3     *source,
                           const char  *dest,
                           GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (dest);
  g_autofree char *base = g_path_get_basename (dest);
  g_autofree char *tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  sqlite3 *db = NULL;
  int saved_errno;
  int fd;
  int rc;

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The backup “%s” cannot be created: %s"),
                   dest, g_strerror (saved_errno));
      return FALSE;
    }
  /* mkstemp's mode goes through the umask; the whole cabinet is in here. */
  if (fchmod (fd, 0600) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (tmp);
      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The backup “%s” cannot be created: %s"),
                   dest, g_strerror (saved_errno));
      return FALSE;
    }
  /* Closed before SQLite opens it: no SQLite lock to lose on this file. */
  close (fd);

  rc = sqlite3_open_v2 (tmp, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    rc = run_backup (db, source);
  /* A copy is one self-contained file, readable from read-only media. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (rc, db, _("The backup “%s” could not be written: %s"), dest, error);
      sqlite3_close_v2 (db);
      g_unlink (tmp);
      return FALSE;
    }
  rc = sqlite3_close (db);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (rc, NULL, _("The backup “%s” could not be written: %s"), dest, error);
      g_unlink (tmp);
      return FALSE;
    }

  if (!fsync_path (tmp, O_RDONLY, error))
    {
      g_unlink (tmp);
      return FALSE;
    }
  if (g_rename (tmp, dest) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp);
      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The backup could not be saved as “%s”: %s"),
                   dest, g_strerror (saved_errno));
      return FALSE;
    }

  return fsync_path (dir, O_RDONLY | O_DIRECTORY, error);
}

gboolean
lt_store_backup_to_file (LtStore     *store,
                         const char  *dest,
                         GError     **error)
{
  g_return_val_if_fail (LT_IS_STORE (store), FALSE);
  g_return_val_if_fail (dest != NULL, FALSE);

  if (lt_store_in_transaction (store))
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_FAILED,
                           "A backup cannot be taken inside a transaction");
      return FALSE;
    }

  return backup_connection_to_file (lt_store_get_db (store), dest, error);
}

/* Listing and rotation */

static gboolean
parse_name (const char        *stem,
            const char        *name,
            LtStoreBackupKind *kind)
{
  static const struct {
    const char        *infix;
    LtStoreBackupKind  kind;
  } kinds[] = {
    { "-daily-", LT_STORE_BACKUP_DAILY },
    { "-weekly-", LT_STORE_BACKUP_WEEKLY },
    { "-before-restore-", LT_STORE_BACKUP_BEFORE_RESTORE },
  };
  gsize stem_len = strlen (stem);

  if (strncmp (name, stem, stem_len) != 0 || !g_str_has_suffix (name, ".db"))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_has_prefix (name + stem_len, kinds[i].infix))
      {
        *kind = kinds[i].kind;
        return TRUE;
      }

  return FALSE;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const LtStoreBackupInfo *ia = *(LtStoreBackupInfo * const *) a;
  const LtStoreBackupInfo *ib = *(LtStoreBackupInfo * const *) b;
  int by_time = g_date_time_compare (ib->taken, ia->taken);

  /* Names hold the date (ISO order): they break ties of the same second. */
  return by_time != 0 ? by_time : strcmp (ib->path, ia->path);
}

GPtrArray *
lt_store_backup_list (const char  *db_path,
                      GError     **error)
{
  g_autofree char *dir_path = lt_store_backup_dir (db_path);
  g_autofree char *stem = backup_stem (db_path);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) lt_store_backup_info_free);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &local_error);
  const char *name;

  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&list);
      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The backups folder “%s” cannot be read: %s"),
                   dir_path, local_error->message);
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      LtStoreBackupKind kind;
      LtStoreBackupInfo *info;
      GStatBuf st;
      g_autofree char *path = NULL;

      if (!parse_name (stem, name, &kind))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
        continue;

      info = g_new0 (LtStoreBackupInfo, 1);
      info->path = g_steal_pointer (&path);
      info->kind = kind;
      info->taken = g_date_time_new_from_unix_local (st.st_mtime);
      info->size = st.st_size;
      g_ptr_array_add (list, info);
    }

  g_ptr_array_sort (list, compare_newest_first);

  return g_steal_pointer (&list);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Keeps the @keep copies of @kind whose names sort last (their dates). */
static gboolean
rotate (const char         *dir,
        const char         *stem,
        const char         *infix,
        guint               keep,
        GError            **error)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *prefix = g_strconcat (stem, infix, NULL);
  const char *name;

  if (d == NULL)
    return FALSE;

  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".db"))
      g_ptr_array_add (names, g_strdup (name));

  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i + keep < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);

      if (g_unlink (path) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, LT_ERROR, LT_ERROR_IO,
                       _("The old backup “%s” cannot be removed: %s"),
                       path, g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

static sqlite3 *
open_reader (const char  *db_path,
             GError     **error)
{
  sqlite3 *db = NULL;
  int rc;

  /* Read-write (never create) so that a WAL database opens whatever its
   * -shm; nothing is written through it. */
  rc = sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN || rc == SQLITE_PERM)
    {
      sqlite3_close_v2 (db);
      db = NULL;
      rc = sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
    }
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (rc, db, _("The database “%s” cannot be opened: %s"), db_path, error);
      sqlite3_close_v2 (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, BUSY_WAIT_MS * BUSY_TRIES);
  sqlite3_exec (db, "PRAGMA query_only = ON", NULL, NULL, NULL);

  return db;
}

gboolean
lt_store_backup_daily (const char  *db_path,
                       GDateTime   *now,
                       char       **made,
                       GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *day = NULL;
  g_autofree char *week = NULL;
  g_autofree char *daily = NULL;
  g_autofree char *weekly = NULL;
  sqlite3 *db = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (made != NULL)
    *made = NULL;

  dir = lt_store_backup_dir (db_path);
  stem = backup_stem (db_path);
  day = g_date_time_format (now, "%Y-%m-%d");
  week = g_date_time_format (now, "%G-W%V");
  daily = g_strdup_printf ("%s/%s-daily-%s.db", dir, stem, day);
  weekly = g_strdup_printf ("%s/%s-weekly-%s.db", dir, stem, week);

  if (g_file_test (daily, G_FILE_TEST_EXISTS) && g_file_test (weekly, G_FILE_TEST_EXISTS))
    return TRUE;

  if (!ensure_backup_dir (dir, error))
    return FALSE;
  db = open_reader (db_path, error);
  if (db == NULL)
    return FALSE;

  if (!g_file_test (daily, G_FILE_TEST_EXISTS))
    {
      ok = backup_connection_to_file (db, daily, error);
      if (ok && made != NULL)
        *made = g_strdup (daily);
    }
  if (ok && !g_file_test (weekly, G_FILE_TEST_EXISTS))
    ok = backup_connection_to_file (db, weekly, error);
  sqlite3_close (db);

  return ok &&
         rotate (dir, stem, "-daily-", LT_STORE_BACKUP_KEEP_DAILY, error) &&
         rotate (dir, stem, "-weekly-", LT_STORE_BACKUP_KEEP_WEEKLY, error);
}

/* Checking a file to restore */

static gboolean
query_int (sqlite3    *db,
           const char *sql,
           int        *value,
           int        *rc_out)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      *rc_out = rc == SQLITE_OK || rc == SQLITE_DONE ? SQLITE_ERROR : sqlite3_extended_errcode (db);
      return FALSE;
    }
  *value = sqlite3_column_int (stmt, 0);

  return TRUE;
}

static void
set_not_lettrine (const char  *path,
                  GError     **error)
{
  g_set_error (error, LT_ERROR, LT_ERROR_NOT_A_BACKUP,
               _("“%s” is not a Lettrine database: choose a backup made by Lettrine "
                 "(in the “backups” folder beside the database, or saved with “Back Up Now”)."),
               path);
}

/* @db is open on @path read-only. */
static gboolean
check_connection (sqlite3     *db,
                  const char  *path,
                  int         *schema_version,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int n_objects = 0;
  int version = 0;
  int n_tables = 0;
  int rc = SQLITE_OK;
  int latest = lt_store_get_latest_schema_version ();

  if (!query_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects, &rc) ||
      !query_int (db, "PRAGMA user_version", &version, &rc))
    {
      if ((rc & 0xff) == SQLITE_NOTADB)
        set_not_lettrine (path, error);
      else if ((rc & 0xff) == SQLITE_CORRUPT)
        g_set_error (error, LT_ERROR, LT_ERROR_CORRUPT_DATABASE,
                     _("The backup “%s” is damaged: choose another copy."), path);
      else
        set_sqlite_error (rc, db, _("The backup “%s” cannot be read: %s"), path, error);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?",
                           -1, &stmt, NULL);
  for (guint i = 0; rc == SQLITE_OK && i < G_N_ELEMENTS (lettrine_tables); i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, lettrine_tables[i], -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        n_tables += sqlite3_column_int (stmt, 0);
    }
  if (version < 1 || n_tables != (int) G_N_ELEMENTS (lettrine_tables))
    {
      set_not_lettrine (path, error);
      return FALSE;
    }
  if (version > latest)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NEWER_DATABASE,
                   _("The backup “%s” was made by a newer version of Lettrine (schema %d, "
                     "this version knows schema %d): update Lettrine to restore it."),
                   path, version, latest);
      return FALSE;
    }

  g_clear_pointer (&stmt, sqlite3_finalize);
  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW || g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_CORRUPT_DATABASE,
                   _("The backup “%s” is damaged: choose another copy."), path);
      return FALSE;
    }

  if (schema_version != NULL)
    *schema_version = version;

  return TRUE;
}

static sqlite3 *
open_backup_file (const char  *path,
                  GError     **error)
{
  sqlite3 *db = NULL;
  int rc;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                   _("The backup “%s” does not exist or is not a file."), path);
      return NULL;
    }

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (rc, db, _("The backup “%s” cannot be opened: %s"), path, error);
      sqlite3_close_v2 (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, BUSY_WAIT_MS * BUSY_TRIES);

  return db;
}

gboolean
lt_store_backup_check_file (const char  *path,
                            int         *schema_version,
                            GError     **error)
{
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);

  db = open_backup_file (path, error);
  if (db == NULL)
    return FALSE;
  ok = check_connection (db, path, schema_version, error);
  sqlite3_close (db);

  return ok;
}

/* The application's lock */

static int
open_lock_file (const char  *db_path,
                GError     **error)
{
  g_autofree char *lock_path = g_strconcat (db_path, ".lock", NULL);
  int fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The lock file “%s” cannot be opened: %s"),
                   lock_path, g_strerror (saved_errno));
    }

  return fd;
}

static void
set_in_use_error (const char  *db_path,
                  GError     **error)
{
  g_set_error (error, LT_ERROR, LT_ERROR_DATABASE_IN_USE,
               _("Lettrine is open on the database “%s”: close it, then restore the backup again."),
               db_path);
}

LtStoreAppLock *
lt_store_app_lock_new (const char  *db_path,
                       GError     **error)
{
  g_autofree LtStoreAppLock *lock = g_new0 (LtStoreAppLock, 1);

  g_return_val_if_fail (db_path != NULL, NULL);

  lock->fd = open_lock_file (db_path, error);
  if (lock->fd < 0)
    return NULL;
  /* Shared: several windows or programs may have it open; a restore wants
   * it alone. */
  if (flock (lock->fd, LOCK_SH | LOCK_NB) != 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_DATABASE_IN_USE,
                   _("A backup is being restored into the database “%s”: try again in a moment."),
                   db_path);
      close (lock->fd);
      return NULL;
    }

  return g_steal_pointer (&lock);
}

void
lt_store_app_lock_free (LtStoreAppLock *lock)
{
  if (lock == NULL)
    return;
  close (lock->fd);
  g_free (lock);
}

/* Restore */

gboolean
lt_store_backup_restore (LtStore         *store,
                         const char      *source,
                         LtStoreAppLock  *own_lock,
                         GDateTime       *now,
                         char           **safety_copy,
                         GError         **error)
{
  const char *db_path;
  g_autofree char *dir = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *before = NULL;
  sqlite3 *db = NULL;
  gboolean ok = FALSE;
  int fd;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (store), FALSE);
  g_return_val_if_fail (source != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (safety_copy != NULL)
    *safety_copy = NULL;
  if (!lt_store_check_writable (store, error))
    return FALSE;

  db_path = lt_store_get_path (store);
  fd = own_lock != NULL ? own_lock->fd : open_lock_file (db_path, error);
  if (fd < 0)
    return FALSE;
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      set_in_use_error (db_path, error);
      goto out;
    }

  db = open_backup_file (source, error);
  if (db == NULL || !check_connection (db, source, NULL, error))
    goto out;

  /* What is replaced is kept first. */
  dir = lt_store_backup_dir (db_path);
  stem = backup_stem (db_path);
  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  before = g_strdup_printf ("%s/%s-before-restore-%s.db", dir, stem, stamp);
  if (!ensure_backup_dir (dir, error) ||
      !lt_store_backup_to_file (store, before, error))
    goto out;

  /* Page by page into the live file, under SQLite's locks: a reader in
   * another process sees the old content or the new, never a mix. */
  rc = run_backup (lt_store_get_db (store), db);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (rc, lt_store_get_db (store),
                        _("The backup could not be restored into “%s”: %s"), db_path, error);
      goto out;
    }
  /* The copy's page 1 says "rollback journal": the live file stays WAL. */
  if (!lt_store_exec (store, "PRAGMA journal_mode = WAL", error))
    goto out;

  if (safety_copy != NULL)
    *safety_copy = g_steal_pointer (&before);
  ok = TRUE;

out:
  sqlite3_close_v2 (db);
  if (own_lock != NULL)
    flock (fd, LOCK_SH | LOCK_NB);
  else if (fd >= 0)
    close (fd);

  return ok;
}
