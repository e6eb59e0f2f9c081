/* test-store-faults.c: what is at the path and how the disk behaves — each fault said as what it is, nothing half-written */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lettrine-core.h"
#include "lt-store-affaires.h"
#include "lt-store-import.h"
#include "lt-store-private.h"

#include "store-fixtures.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("lt-store-faults-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static int
store_int (LtStore    *store,
           const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (lt_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

static gboolean
add_affaire (LtStore     *store,
             const char  *name,
             GError     **error)
{
  g_autoptr(LtAffaire) affaire = lt_affaire_new ();

  lt_affaire_set_name (affaire, name);
  return lt_store_add_affaire (store, affaire, error);
}

static void
assert_refused_untouched (const char       *path,
                          LtStoreOpenFlags  flags,
                          int               code)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  gsize before_len = 0, after_len = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) store = NULL;

  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));
  store = lt_store_open_full (path, flags, &error);
  g_assert_null (store);
  g_assert_error (error, LT_ERROR, code);
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

/* An SQLite file of another program whose user_version happens to be one
 * of ours is neither switched to WAL nor taken for a Lettrine database. */
static void
test_foreign_versions (void)
{
  g_autofree char *dir = make_dir ();

  for (int version = 1; version <= 3; version++)
    {
      g_autofree char *path = g_strdup_printf ("%s/foreign-%d.sqlite", dir, version);
      g_autofree char *sql = g_strdup_printf ("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                                              "CREATE TABLE affaires (id INTEGER PRIMARY KEY);"
                                              "PRAGMA user_version = %d;", version);

      raw_exec (path, sql);
      assert_refused_untouched (path, LT_STORE_OPEN_CREATE | LT_STORE_OPEN_NEW_EMPTY, LT_ERROR_CORRUPT_DATABASE);
    }
  remove_tree (dir);
}

/* The v1 fixture, written before the application id, still upgrades and
 * is stamped. */
static void
test_unstamped_fixture (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "v1.db", NULL);
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "lettrine-v1.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (fixture, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (path, contents, len, NULL));

  store = lt_store_open_full (path, LT_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_store_get_schema_version (store), ==, lt_store_get_latest_schema_version ());
  g_assert_cmpint (store_int (store, "PRAGMA application_id"), ==, LT_STORE_APPLICATION_ID);
  g_clear_object (&store);

  /* So does a schema 2 database of the releases before the id (a real
   * one: a later schema marked 2 would run the later migrations twice). */
  g_clear_pointer (&fixture, g_free);
  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&path, g_free);
  fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "lettrine-v2.db", NULL);
  path = g_build_filename (dir, "v2.db", NULL);
  g_assert_true (g_file_get_contents (fixture, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (path, contents, len, NULL));
  raw_exec (path, "PRAGMA application_id = 0; PRAGMA user_version = 2;");
  store = lt_store_open_full (path, LT_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (store_int (store, "PRAGMA application_id"), ==, LT_STORE_APPLICATION_ID);
  g_clear_object (&store);
  remove_tree (dir);
}

static void
test_not_a_file (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) store = NULL;

  store = lt_store_open (dir, &error);
  g_assert_null (store);
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_A_FILE);
  g_assert_nonnull (strstr (error->message, "is a folder"));
  g_clear_error (&error);

  store = lt_store_open ("/dev/null", &error);
  g_assert_null (store);
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_A_FILE);
  g_clear_object (&store);
  remove_tree (dir);
}

/* An empty file is someone's: a database only when named as a new one. */
static void
test_empty_file (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) store = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  assert_refused_untouched (path, LT_STORE_OPEN_EXISTING, LT_ERROR_EMPTY_FILE);
  assert_refused_untouched (path, LT_STORE_OPEN_CREATE, LT_ERROR_EMPTY_FILE);
  assert_refused_untouched (path, LT_STORE_OPEN_NEW_EMPTY | LT_STORE_OPEN_READ_ONLY, LT_ERROR_EMPTY_FILE);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 0);

  store = lt_store_open_full (path, LT_STORE_OPEN_CREATE | LT_STORE_OPEN_NEW_EMPTY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_store_get_schema_version (store), ==, lt_store_get_latest_schema_version ());
  g_clear_object (&store);

  /* An SQLite file without any table is as empty. */
  g_remove (path);
  raw_exec (path, "PRAGMA page_size = 1024; VACUUM;");
  assert_refused_untouched (path, LT_STORE_OPEN_CREATE, LT_ERROR_EMPTY_FILE);
  store = lt_store_open_full (path, LT_STORE_OPEN_CREATE | LT_STORE_OPEN_NEW_EMPTY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_store_get_schema_version (store), ==, lt_store_get_latest_schema_version ());
  g_clear_object (&store);
  remove_tree (dir);
}

/* A mistyped path: nothing is created, neither the file nor its folders. */
static void
test_missing (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *parent = g_build_filename (dir, "nowhere", NULL);
  g_autofree char *path = g_build_filename (parent, "cabinet.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) store = NULL;

  store = lt_store_open_full (path, LT_STORE_OPEN_EXISTING, &error);
  g_assert_null (store);
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  store = lt_store_open_full (path, LT_STORE_OPEN_READ_ONLY | LT_STORE_OPEN_CREATE, &error);
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* Even when named as a new database: the folder must be there. */
  store = lt_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);
  g_assert_false (g_file_test (parent, G_FILE_TEST_EXISTS));

  /* Under a file instead of a folder. */
  g_assert_true (g_file_set_contents (parent, "x", 1, NULL));
  store = lt_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, LT_ERROR, LT_ERROR_IO);
  g_clear_object (&store);
  remove_tree (dir);
}

/* Another program holds the database past the busy timeout: said as a
 * lock, not as damage. */
static void
test_locked (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "locked.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) store = NULL;
  sqlite3 *other = NULL;

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;"
                                        "INSERT INTO staff (name) VALUES ('x');", NULL, NULL, NULL), ==, SQLITE_OK);

  lt_store_set_busy_timeout_for_tests (100);
  store = lt_store_open (path, &error);
  lt_store_set_busy_timeout_for_tests (5000);
  g_assert_null (store);
  g_assert_error (error, LT_ERROR, LT_ERROR_DATABASE_LOCKED);
  g_assert_null (strstr (error->message, "damaged"));

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  g_clear_object (&store);
  remove_tree (dir);
}

/* The disk fills while in use: the operation fails as « disk full », the
 * rows before are all there. */
static void
test_disk_full_in_use (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "full.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) store = NULL;
  int n_before;
  guint i;

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (add_affaire (store, "Avant", &error));
  n_before = store_int (store, "SELECT count(*) FROM affaires");
  g_assert_true (lt_store_exec (store, "PRAGMA max_page_count = 1", NULL));   /* as small as it is */
  g_assert_cmpint (store_int (store, "PRAGMA max_page_count"), ==, store_int (store, "PRAGMA page_count"));

  for (i = 0; i < 1000 && error == NULL; i++)
    {
      g_autofree char *padding = g_strnfill (400, 'x')   /* under the 500 characters a name may have */;
      g_autofree char *name = g_strdup_printf ("Affaire %u %s", i, padding);

      add_affaire (store, name, &error);
    }
  g_assert_error (error, LT_ERROR, LT_ERROR_DISK_FULL);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM affaires"), ==, n_before + (int)i - 1);
  g_clear_object (&store);
  remove_tree (dir);
}

/* A real full disk at open: a tmpfs filled to the last byte, where SQLite
 * must create the -shm. Needs a mount namespace (root, or unshare). */
static void
test_disk_full_at_open (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "cabinet.db", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  g_autofree char *block = g_malloc0 (4096);
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) store = NULL;
  FILE *out;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      remove_tree (dir);
      return;
    }

  if (unshare (CLONE_NEWNS) != 0 || mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
      mount ("tmpfs", dir, "tmpfs", 0, "size=4m") != 0)
    {
      g_test_skip ("no mount namespace here for a small tmpfs");
      remove_tree (dir);
      return;
    }

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (add_affaire (store, "Avant", &error));
  g_clear_object (&store);
  g_remove (shm);

  out = fopen (filler, "w");
  while (fwrite (block, 1, 4096, out) == 4096 && fflush (out) == 0)
    ;
  fclose (out);

  store = lt_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, LT_ERROR, LT_ERROR_DISK_FULL);
  g_clear_error (&error);

  g_remove (filler);
  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM affaires WHERE name = 'Avant'"), ==, 1);
  g_clear_object (&store);
  umount (dir);
  remove_tree (dir);
}

/* Permissions: as an ordinary user (root writes anything, so the test
 * drops to nobody in a subprocess). */
static void
test_read_only (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtImport) import = NULL;
  g_autoptr(LtImportReport) report = NULL;
  g_autoptr(GBytes) csv = g_bytes_new_static ("Nom;Ville\nDupont;Lyon\n", 22);

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  dir = make_dir ();
  path = g_build_filename (dir, "cabinet.db", NULL);
  if (geteuid () == 0)
    g_assert_true (chown (dir, 65534, 65534) == 0 && setgid (65534) == 0 && setuid (65534) == 0);

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (add_affaire (store, "Avant", &error));
  g_clear_object (&store);

  /* A folder that cannot be written, a file that can: reads work. */
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  store = lt_store_open_full (path, LT_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_true (lt_store_is_read_only (store));
  g_assert_nonnull (strstr (lt_store_get_read_only_reason (store), "folder"));
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM affaires"), ==, 1);
  g_assert_false (add_affaire (store, "Après", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* A dry run of an import checks the lines all the same. */
  import = lt_import_new_from_bytes (csv, &error);
  g_assert_no_error (error);
  report = lt_store_import_preview (store, import, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_valid, ==, 1);
  g_clear_object (&store);

  /* A file that cannot be written. */
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  store = lt_store_open_full (path, LT_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_true (lt_store_is_read_only (store));
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM affaires"), ==, 1);
  g_assert_false (add_affaire (store, "Après", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_READ_ONLY);
  g_clear_object (&store);
  remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/faults/foreign-versions", test_foreign_versions);
  g_test_add_func ("/store/faults/unstamped-fixture", test_unstamped_fixture);
  g_test_add_func ("/store/faults/not-a-file", test_not_a_file);
  g_test_add_func ("/store/faults/empty-file", test_empty_file);
  g_test_add_func ("/store/faults/missing", test_missing);
  g_test_add_func ("/store/faults/locked", test_locked);
  g_test_add_func ("/store/faults/disk-full-in-use", test_disk_full_in_use);
  g_test_add_func ("/store/faults/disk-full-at-open", test_disk_full_at_open);
  g_test_add_func ("/store/faults/read-only", test_read_only);

  return g_test_run ();
}
