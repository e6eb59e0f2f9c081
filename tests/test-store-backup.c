/* test-store-backup.c: online backups while another process writes, restore, rotation, refusals */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lettrine-core.h"
#include "lt-store-affaires.h"
#include "lt-store-backup.h"
#include "lt-store-private.h"
#include "lt-store-projects.h"

#include "store-fixtures.h"

#define TASKS_PER_BATCH 4

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("lt-store-backup-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "cabinet.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* An affaire and its tasks in one transaction. */
static gboolean
write_batch (LtStore  *store,
             guint     batch,
             GError  **error)
{
  g_autofree char *name = g_strdup_printf ("Batch %u", batch);
  g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", name, NULL);

  if (!lt_store_begin (store, error))
    return FALSE;
  if (!lt_store_add_affaire (store, a, error))
    goto failed;
  for (guint i = 0; i < TASKS_PER_BATCH; i++)
    {
      g_autofree char *title = g_strdup_printf ("Batch %u tâche %u", batch, i);
      g_autoptr(LtTask) t = g_object_new (LT_TYPE_TASK, "affaire-id", lt_affaire_get_id (a),
                                          "title", title, "start-date", "2025-01-01",
                                          "due-date", "2025-02-01", NULL);

      if (!lt_store_add_task (store, t, error))
        goto failed;
    }

  return lt_store_commit (store, error);

failed:
  lt_store_rollback (store);
  return FALSE;
}

static int
raw_query_int (sqlite3    *db,
               const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int (stmt, 0);
}

/* A file holds a sound database of whole batches; returns how many. */
static int
check_file (const char *path)
{
  sqlite3 *db = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  g_assert_cmpint (raw_query_int (db, "SELECT count(*) FROM affaires a WHERE "
                                  "(SELECT count(*) FROM tasks t WHERE t.affaire_id = a.id) <> 4"), ==, 0);
  n = raw_query_int (db, "SELECT count(*) FROM affaires");
  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_close (db);

  return n;
}

/* A second process writing batches on the database until killed; it
 * writes a byte on @fd after each of the first batches. */
static pid_t
start_writer (const char *path,
              int        *ready_fd)
{
  int fds[2];
  pid_t pid;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;
      LtStore *store;

      close (fds[0]);
      store = lt_store_open (path, &error);
      if (store == NULL)
        _exit (2);
      for (guint batch = 1; ; batch++)
        {
          if (!write_batch (store, batch, &error))
            _exit (3);
          if (batch <= 5 && write (fds[1], "!", 1) != 1)
            _exit (4);
        }
    }
  close (fds[1]);
  *ready_fd = fds[0];

  return pid;
}

static void
stop_writer (pid_t pid)
{
  int status = 0;

  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
}

static void
test_backup_while_writing (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) store = NULL;
  char *copies[5] = { NULL };
  g_autofree char *restored_path = g_build_filename (f->dir, "restored.db", NULL);
  g_autoptr(LtStore) restored = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 2, 9, 0, 0);
  g_autofree char *safety = NULL;
  int counts[5];
  char buf[5];
  int ready;
  pid_t pid;

  /* Created and migrated first; the writer is forked before this process
   * has a connection of its own (SQLite connections do not cross a fork). */
  g_object_unref (lt_store_open (f->path, &error));
  g_assert_no_error (error);
  pid = start_writer (f->path, &ready);
  store = lt_store_open (f->path, &error);
  g_assert_no_error (error);
  /* The writer committed its first batches: now copy while it goes on. */
  g_assert_cmpint (read (ready, buf, 5), >=, 1);

  for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
    {
      struct stat st;

      copies[i] = g_strdup_printf ("%s/copy-%u.db", f->dir, i);
      g_assert_true (lt_store_backup_to_file (store, copies[i], &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (copies[i], &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      counts[i] = check_file (copies[i]);
      g_assert_cmpint (counts[i], >=, 1);
      if (i > 0)
        g_assert_cmpint (counts[i], >=, counts[i - 1]);
      g_usleep (20000);
    }
  stop_writer (pid);
  close (ready);
  g_test_message ("copies taken while writing held %d to %d batches", counts[0], counts[4]);

  /* A restore puts back exactly what a copy held, into a live store. */
  restored = lt_store_open (restored_path, &error);
  g_assert_no_error (error);
  g_assert_true (write_batch (restored, 1, &error));
  g_assert_true (lt_store_backup_restore (restored, copies[2], NULL, now, &safety, &error));
  g_assert_no_error (error);
  g_assert_cmpint (check_file (restored_path), ==, counts[2]);
  g_assert_cmpint (raw_query_int (lt_store_get_db (restored), "SELECT count(*) FROM affaires"), ==, counts[2]);
  g_assert_cmpint (raw_query_int (lt_store_get_db (restored), "SELECT count(*) FROM tasks"), ==, counts[2] * TASKS_PER_BATCH);

  /* What was replaced is kept beside it. */
  g_assert_nonnull (safety);
  g_assert_true (g_str_has_suffix (safety, "restored-before-restore-20260302-090000.db"));
  g_assert_cmpint (check_file (safety), ==, 1);

  /* The live file stays in WAL mode, and writes go on. */
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (lt_store_get_db (restored), "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  }
  g_assert_true (write_batch (restored, 99999, &error));
  g_assert_no_error (error);
  g_assert_cmpint (check_file (restored_path), ==, counts[2] + 1);

  for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
    g_free (copies[i]);
}

static void
test_mode_whatever_umask (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) store = lt_store_open (f->path, &error);
  g_autofree char *copy = g_build_filename (f->dir, "open.db", NULL);
  mode_t old = umask (0);
  struct stat st;

  g_assert_true (lt_store_backup_to_file (store, copy, &error));
  umask (old);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* A folder is not overwritten; nothing is left half-written beside it. */
  {
    g_autofree char *folder = g_build_filename (f->dir, "folder", NULL);
    g_autoptr(GDir) dir = NULL;
    const char *name;

    g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
    g_assert_false (lt_store_backup_to_file (store, folder, &error));
    g_assert_error (error, LT_ERROR, LT_ERROR_IO);
    dir = g_dir_open (f->dir, 0, NULL);
    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_prefix (name, ".folder."));
  }
}

static guint
count_kind (GPtrArray         *list,
            LtStoreBackupKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < list->len; i++)
    if (((LtStoreBackupInfo *) g_ptr_array_index (list, i))->kind == kind)
      n++;

  return n;
}

static gboolean
has_backup (const char *dir,
            const char *name)
{
  g_autofree char *path = g_build_filename (dir, "backups", name, NULL);

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static void
test_daily_rotation (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) store = lt_store_open (f->path, &error);
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 1, 1, 8, 30, 0);
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *backups = NULL;
  struct stat st;

  g_assert_no_error (error);
  g_assert_true (write_batch (store, 1, &error));

  /* Forty days of use, the application started twice a day. */
  for (int day = 0; day < 40; day++)
    {
      g_autoptr(GDateTime) morning = g_date_time_add_days (start, day);
      g_autoptr(GDateTime) evening = g_date_time_add_hours (morning, 9);
      g_autofree char *made = NULL;
      g_autofree char *again = NULL;

      g_assert_true (lt_store_backup_daily (f->path, morning, &made, &error));
      g_assert_no_error (error);
      g_assert_nonnull (made);
      g_assert_true (lt_store_backup_daily (f->path, evening, &again, &error));
      g_assert_no_error (error);
      g_assert_null (again);
    }

  list = lt_store_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_kind (list, LT_STORE_BACKUP_DAILY), ==, LT_STORE_BACKUP_KEEP_DAILY);
  g_assert_cmpuint (count_kind (list, LT_STORE_BACKUP_WEEKLY), ==, LT_STORE_BACKUP_KEEP_WEEKLY);
  g_assert_cmpuint (list->len, ==, LT_STORE_BACKUP_KEEP_DAILY + LT_STORE_BACKUP_KEEP_WEEKLY);

  /* Day 40 is 2026-02-09: the last seven days, the last four ISO weeks. */
  g_assert_true (has_backup (f->dir, "cabinet-daily-2026-02-09.db"));
  g_assert_true (has_backup (f->dir, "cabinet-daily-2026-02-03.db"));
  g_assert_false (has_backup (f->dir, "cabinet-daily-2026-02-02.db"));
  g_assert_true (has_backup (f->dir, "cabinet-weekly-2026-W07.db"));
  g_assert_true (has_backup (f->dir, "cabinet-weekly-2026-W04.db"));
  g_assert_false (has_backup (f->dir, "cabinet-weekly-2026-W03.db"));

  backups = lt_store_backup_dir (f->path);
  g_assert_cmpint (g_stat (backups, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  for (guint i = 0; i < list->len; i++)
    {
      LtStoreBackupInfo *info = g_ptr_array_index (list, i);

      g_assert_cmpint (g_stat (info->path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      g_assert_cmpint (check_file (info->path), ==, 1);
    }

  /* Another database's copies in the same folder are not its to rotate. */
  {
    g_autofree char *other = g_build_filename (backups, "other-daily-2020-01-01.db", NULL);
    g_autoptr(GDateTime) later = g_date_time_add_days (start, 41);

    g_assert_true (g_file_set_contents (other, "x", 1, NULL));
    g_assert_true (lt_store_backup_daily (f->path, later, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  }
}

static void
assert_refused (const char *path,
                int         code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (lt_store_backup_check_file (path, NULL, &error));
  g_assert_error (error, LT_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
}

static void
test_refuse_bad_files (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) store = lt_store_open (f->path, &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *garbage = g_build_filename (f->dir, "garbage.db", NULL);
  g_autofree char *empty = g_build_filename (f->dir, "empty.db", NULL);
  g_autofree char *foreign = g_build_filename (f->dir, "foreign.db", NULL);
  g_autofree char *newer = g_build_filename (f->dir, "newer.db", NULL);
  g_autofree char *damaged = g_build_filename (f->dir, "damaged.db", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  g_autofree char *good = g_build_filename (f->dir, "good.db", NULL);
  g_autofree char *contents = NULL;
  gsize len;
  sqlite3 *db;
  int version = 0;

  g_assert_no_error (error);
  g_assert_true (write_batch (store, 1, &error));

  g_assert_true (g_file_set_contents (garbage, "SQLite format 3 but not really a database at all", -1, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  /* Another program's SQLite file, even one whose user_version looks like ours. */
  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE firm (x); CREATE TABLE notes (y); PRAGMA user_version = 2",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_true (lt_store_backup_to_file (store, good, &error));
  g_assert_true (lt_store_backup_check_file (good, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, lt_store_get_latest_schema_version ());

  g_assert_true (lt_store_backup_to_file (store, newer, &error));
  g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 999", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  /* A copy whose pages past the first are overwritten. */
  g_assert_true (g_file_get_contents (good, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 8192);
  memset (contents + 4096, 0x5a, len - 4096);
  g_assert_true (g_file_set_contents (damaged, contents, len, NULL));

  assert_refused (garbage, LT_ERROR_NOT_A_BACKUP);
  assert_refused (empty, LT_ERROR_NOT_A_BACKUP);
  assert_refused (foreign, LT_ERROR_NOT_A_BACKUP);
  assert_refused (newer, LT_ERROR_NEWER_DATABASE);
  assert_refused (damaged, LT_ERROR_CORRUPT_DATABASE);
  assert_refused (missing, LT_ERROR_NOT_FOUND);
  assert_refused (f->dir, LT_ERROR_NOT_FOUND);

  /* The restore refuses them too, and the database is untouched. */
  g_assert_false (lt_store_backup_restore (store, foreign, NULL, now, NULL, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_A_BACKUP);
  g_assert_cmpint (raw_query_int (lt_store_get_db (store), "SELECT count(*) FROM affaires"), ==, 1);
  g_assert_cmpstr (lt_store_get_path (store), ==, f->path);
}

static void
test_refuse_while_app_open (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) store = lt_store_open (f->path, &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *good = g_build_filename (f->dir, "good.db", NULL);
  g_autoptr(LtStoreAppLock) lock = NULL;
  int fds[2];
  char byte;
  pid_t pid;

  g_assert_no_error (error);
  g_assert_true (write_batch (store, 1, &error));
  g_assert_true (lt_store_backup_to_file (store, good, &error));
  g_assert_true (write_batch (store, 2, &error));

  /* Another process (the application) holds the database. */
  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      LtStoreAppLock *app = lt_store_app_lock_new (f->path, NULL);

      if (app == NULL || write (fds[1], "!", 1) != 1)
        _exit (2);
      for (;;)
        pause ();
    }
  close (fds[1]);
  g_assert_cmpint (read (fds[0], &byte, 1), ==, 1);
  close (fds[0]);

  g_assert_false (lt_store_backup_restore (store, good, NULL, now, NULL, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DATABASE_IN_USE);
  g_assert_nonnull (strstr (error->message, f->path));
  g_clear_error (&error);
  g_assert_cmpint (raw_query_int (lt_store_get_db (store), "SELECT count(*) FROM affaires"), ==, 2);

  /* Our own lock does not let us past theirs either. */
  lock = lt_store_app_lock_new (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (lt_store_backup_restore (store, good, lock, now, NULL, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DATABASE_IN_USE);
  g_clear_error (&error);

  stop_writer (pid);

  /* The application gone, a restore from our own lock goes through, and the
   * lock is shared again afterwards. */
  g_assert_true (lt_store_backup_restore (store, good, lock, now, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (raw_query_int (lt_store_get_db (store), "SELECT count(*) FROM affaires"), ==, 1);
  {
    g_autoptr(LtStoreAppLock) second = lt_store_app_lock_new (f->path, &error);

    g_assert_no_error (error);
    g_assert_nonnull (second);
    /* ...and a restore without a lock of its own is refused while we hold ours. */
    g_assert_false (lt_store_backup_restore (store, good, NULL, now, NULL, &error));
    g_assert_error (error, LT_ERROR, LT_ERROR_DATABASE_IN_USE);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/backup/while-writing", Fixture, NULL,
              fixture_set_up, test_backup_while_writing, fixture_tear_down);
  g_test_add ("/store/backup/mode", Fixture, NULL,
              fixture_set_up, test_mode_whatever_umask, fixture_tear_down);
  g_test_add ("/store/backup/daily-rotation", Fixture, NULL,
              fixture_set_up, test_daily_rotation, fixture_tear_down);
  g_test_add ("/store/backup/refuse-bad-files", Fixture, NULL,
              fixture_set_up, test_refuse_bad_files, fixture_tear_down);
  g_test_add ("/store/backup/refuse-while-open", Fixture, NULL,
              fixture_set_up, test_refuse_while_app_open, fixture_tear_down);

  return g_test_run ();
}
