/* test-store-open.c: opening, creating, refusing and upgrading databases; transactions */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lt-error.h"
#include "lt-store-affaires.h"
#include "lt-store-export.h"
#include "lt-store-private.h"

#include "store-fixtures.h"

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("lt-store-open-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static int
raw_int (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
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
  sqlite3_stmt *stmt = lt_store_prepare (store, sql, NULL);
  int value;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return value;
}

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "new.db", NULL);
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  GStatBuf st;

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpstr (lt_store_get_path (store), ==, path);
  g_assert_false (lt_store_is_read_only (store));
  g_assert_null (lt_store_get_read_only_reason (store));
  g_assert_cmpint (lt_store_get_latest_schema_version (), >=, 1);
  g_assert_cmpint (lt_store_get_schema_version (store), ==, lt_store_get_latest_schema_version ());

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint (store_int (store, "PRAGMA user_version"), ==, lt_store_get_latest_schema_version ());
  g_assert_cmpint (store_int (store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM firm WHERE id = 1"), ==, 1);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM sqlite_schema WHERE name = 'task_links'"), ==, 1);
  g_assert_cmpint (sqlite3_busy_timeout (lt_store_get_db (store), 5000), ==, SQLITE_OK);

  stmt = lt_store_prepare (store, "PRAGMA journal_mode", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_reset (stmt);

  /* The journal files SQLite makes beside it are the user's only too. */
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);

    g_assert_true (lt_store_exec (store, "UPDATE firm SET name = 'x'", &error));
    g_assert_cmpint (g_stat (wal, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }

  /* Opening again applies nothing twice. */
  g_clear_object (&store);
  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM firm"), ==, 1);
}

static void
test_default_path (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *xdg = g_build_filename (fixture->dir, "deep", "data", NULL);
  g_autofree char *expected = g_build_filename (xdg, "lettrine", "lettrine.db", NULL);
  GStatBuf st;

  if (g_test_subprocess ())
    {
      /* Runs in a child whose XDG_DATA_HOME the parent chose. */
      g_autofree char *child_expected = g_build_filename (g_getenv ("XDG_DATA_HOME"), "lettrine", "lettrine.db", NULL);
      g_autofree char *path = lt_store_default_path ();
      g_autoptr(LtStore) store = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_cmpstr (path, ==, child_expected);
      store = lt_store_open (NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (lt_store_get_path (store), ==, child_expected);
      return;
    }

  g_setenv ("XDG_DATA_HOME", xdg, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_unsetenv ("XDG_DATA_HOME");

  /* The folders were created, the file is the user's only. */
  g_assert_cmpint (g_stat (expected, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
assert_refused_untouched (const char *path,
                          const char *contents,
                          gsize       len)
{
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  gsize after_len = 0;

  store = lt_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, LT_ERROR, LT_ERROR_CORRUPT_DATABASE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "damaged or is not a Lettrine database"));

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (after, after_len, contents, len);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_garbage (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "garbage.db", NULL);
  g_autofree char *contents = g_strnfill (10000, 'x');
  guint8 random_bytes[8192];

  /* Text that is not SQLite at all. */
  memcpy (contents, "Lettre de mission\n", 18);
  g_assert_true (g_file_set_contents (path, contents, 10000, NULL));
  assert_refused_untouched (path, contents, 10000);

  /* Random bytes. */
  for (guint i = 0; i < sizeof random_bytes; i++)
    random_bytes[i] = g_random_int_range (0, 256);
  g_assert_true (g_file_set_contents (path, (char *)random_bytes, sizeof random_bytes, NULL));
  assert_refused_untouched (path, (char *)random_bytes, sizeof random_bytes);
}

static void
test_corrupt (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "corrupt.db", NULL);
  g_autofree char *contents = NULL;
  gsize len = 0;

  /* A real SQLite header over a damaged first page. */
  raw_exec (path, "PRAGMA page_size = 4096; CREATE TABLE t (x); INSERT INTO t VALUES (1);");
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >=, 4096);
  for (gsize i = 100; i < 4096; i++)
    contents[i] = (char)(i * 7);
  g_assert_true (g_file_set_contents (path, contents, len, NULL));

  assert_refused_untouched (path, contents, len);
}

/* Another program's SQLite database is not taken over. */
static void
test_foreign (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "places.sqlite", NULL);
  g_autofree char *contents = NULL;
  gsize len = 0;

  raw_exec (path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); "
                  "INSERT INTO moz_places (url) VALUES ('https://example.org');");
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));

  assert_refused_untouched (path, contents, len);
}

static void
test_newer (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "newer.db", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *newer = NULL;
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int latest = lt_store_get_latest_schema_version ();

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  newer = g_strdup_printf ("PRAGMA user_version = %d", latest + 1);
  raw_exec (path, newer);

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (lt_store_is_read_only (store));
  g_assert_cmpint (lt_store_get_schema_version (store), ==, latest + 1);
  expected = g_strdup_printf ("This database was created by a newer version of Lettrine "
                              "(schema %d, this version knows schema %d). "
                              "It is open read-only.", latest + 1, latest);
  g_assert_cmpstr (lt_store_get_read_only_reason (store), ==, expected);

  /* Reading works, writing is refused with the reason. */
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM firm"), ==, 1);
  g_assert_false (lt_store_begin (store, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  /* Even a stray statement cannot write. */
  g_assert_false (lt_store_exec (store, "UPDATE firm SET name = 'x'", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_clear_object (&store);
  g_assert_cmpint (raw_int (path, "PRAGMA user_version"), ==, latest + 1);
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM firm WHERE name = 'x'"), ==, 0);
}

/* A database of each past version (tests/fixtures/make-lettrine-vN.sh),
 * @data its file name, upgrades to the latest with every row. */
static void
test_fixture_upgrade (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", data, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, data, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (source, &contents, &len, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, contents, len, &error));

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (lt_store_is_read_only (store));
  g_assert_cmpint (lt_store_get_schema_version (store), ==, lt_store_get_latest_schema_version ());

  /* A few rows of every table survive the upgrade. */
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM firm WHERE name <> ''"), ==, 1);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM staff"), >=, 2);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM affaires"), >=, 2);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM contacts"), >=, 1);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM categories"), >=, 1);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM prestations"), >=, 1);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM steps"), >=, 2);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM step_links"), >=, 1);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM terms"), >=, 1);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM documents"), >=, 1);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM document_lines"), >=, 1);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM projects"), >=, 1);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM assignments"), >=, 1);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM tasks"), >=, 2);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM task_links"), >=, 1);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* Round trip: stamped as Lettrine's, an affaire read and written back,
   * and opened again it is the same database. */
  g_assert_cmpint (store_int (store, "PRAGMA application_id"), !=, 0);
  {
    g_autoptr(LtAffaire) affaire = lt_store_get_affaire (store, 1, &error);
    g_autoptr(LtAffaire) again = NULL;
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    g_assert_no_error (error);
    lt_affaire_set_city (affaire, "Lyon 2e");
    g_assert_true (lt_store_update_affaire (store, affaire, &error));
    g_assert_no_error (error);
    again = lt_store_get_affaire (store, 1, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (lt_affaire_get_city (again), ==, "Lyon 2e");
    g_assert_cmpstr (lt_affaire_get_name (again), ==, lt_affaire_get_name (affaire));

    before = lt_store_export_to_string (store, &error);
    g_assert_no_error (error);
    g_clear_object (&store);
    store = lt_store_open (path, &error);
    g_assert_no_error (error);
    after = lt_store_export_to_string (store, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (before, ==, after);
  }
}

typedef struct {
  GPtrArray *seen;
} Changes;

static void
on_changed_cb (LtStore       *store,
               const char    *table,
               gint64         id,
               LtStoreChange  change,
               GPtrArray     *seen)
{
  g_ptr_array_add (seen, g_strdup_printf ("%s:%" G_GINT64_FORMAT ":%d", table, id, change));
}

static void
test_transactions (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "tx.db", NULL);
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed_cb), seen);

  /* Outer commit, inner rollback: only the outer row and its change stay. */
  g_assert_true (lt_store_begin (store, &error));
  g_assert_true (lt_store_in_transaction (store));
  g_assert_true (lt_store_exec (store, "INSERT INTO staff (id, name) VALUES (1, 'Anne')", &error));
  lt_store_notify (store, "staff", 1, LT_STORE_CHANGE_INSERT);
  g_assert_true (lt_store_begin (store, &error));
  g_assert_true (lt_store_exec (store, "INSERT INTO staff (id, name) VALUES (2, 'Bruno')", &error));
  lt_store_notify (store, "staff", 2, LT_STORE_CHANGE_INSERT);
  lt_store_rollback (store);
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_true (lt_store_begin (store, &error));
  g_assert_true (lt_store_exec (store, "UPDATE staff SET email = 'a@b.fr' WHERE id = 1", &error));
  lt_store_notify (store, "staff", 1, LT_STORE_CHANGE_UPDATE);
  g_assert_true (lt_store_commit (store, &error));
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_true (lt_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_false (lt_store_in_transaction (store));

  g_assert_cmpuint (seen->len, ==, 2);
  g_assert_cmpstr (seen->pdata[0], ==, "staff:1:0");
  g_assert_cmpstr (seen->pdata[1], ==, "staff:1:1");
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM staff"), ==, 1);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM staff WHERE email = 'a@b.fr'"), ==, 1);

  /* Outer rollback drops everything, changes included. */
  g_ptr_array_set_size (seen, 0);
  g_assert_true (lt_store_begin (store, &error));
  g_assert_true (lt_store_exec (store, "DELETE FROM staff", &error));
  lt_store_notify (store, "staff", 1, LT_STORE_CHANGE_DELETE);
  lt_store_rollback (store);
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM staff"), ==, 1);

  /* Outside a transaction a change is emitted at once. */
  lt_store_notify (store, "firm", 1, LT_STORE_CHANGE_UPDATE);
  g_assert_cmpuint (seen->len, ==, 1);
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "errors.db", NULL);
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  int pages;

  store = lt_store_open (path, &error);
  g_assert_no_error (error);

  /* CHECK, UNIQUE and FOREIGN KEY all say LT_ERROR_CONSTRAINT. */
  g_assert_false (lt_store_exec (store, "INSERT INTO staff (name) VALUES ('  ')", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "This value is not allowed"));
  g_clear_error (&error);

  g_assert_false (lt_store_exec (store, "INSERT INTO contacts (affaire_id, name) VALUES (42, 'x')", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "refers to one that does not exist"));
  g_clear_error (&error);

  g_assert_true (lt_store_exec (store, "INSERT INTO categories (name) VALUES ('Social')", &error));
  g_assert_false (lt_store_exec (store, "INSERT INTO categories (name) VALUES ('Social')", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Another record already has this value"));
  g_clear_error (&error);

  /* A statement that cannot be prepared. */
  g_assert_null (lt_store_prepare (store, "SELECT nothing FROM nowhere", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_IO);
  g_clear_error (&error);

  /* The disk fills up: LT_ERROR_DISK_FULL, nothing half-written. */
  pages = store_int (store, "PRAGMA page_count");
  stmt = lt_store_prepare (store, "SELECT 1", NULL);
  g_assert_nonnull (stmt);
  {
    g_autofree char *sql = g_strdup_printf ("PRAGMA max_page_count = %d", pages + 1);

    g_assert_true (lt_store_exec (store, sql, &error));
  }
  g_assert_true (lt_store_begin (store, &error));
  g_assert_false (lt_store_exec (store,
                                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                                 "INSERT INTO staff (name) SELECT 'Intervenant ' || i || printf('%.200c', 'x') FROM n",
                                 &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "The disk is full"));
  g_clear_error (&error);
  lt_store_rollback (store);
  g_assert_false (lt_store_in_transaction (store));
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM staff"), ==, 0);

  /* The injected failure hits the statement after the n next ones. */
  lt_store_set_fail_after_statements (store, 1);
  g_assert_true (lt_store_exec (store, "SELECT 1", &error));
  g_assert_false (lt_store_exec (store, "SELECT 1", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_IO);
  g_clear_error (&error);
  g_assert_true (lt_store_exec (store, "SELECT 1", &error));
  g_assert_no_error (error);
}

static void
test_read_only_file (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "ro.db", NULL);
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes any file");
      return;
    }

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_chmod (path, 0400);

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (lt_store_is_read_only (store));
  g_assert_false (lt_store_begin (store, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_READ_ONLY);
}

/* Under a French locale the messages are French: the catalogue built from
 * po/fr.po is used (a French locale is generated for the test if the
 * system has none). */
static gboolean
set_french_locale (const char *dir)
{
  g_autofree char *output = g_build_filename (dir, "fr_FR.UTF-8", NULL);
  const char *argv[] = { "localedef", "-i", "fr_FR", "-f", "UTF-8", output, NULL };
  int status = 0;

  if (setlocale (LC_ALL, "fr_FR.UTF-8") != NULL)
    return TRUE;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                     G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL))
    return FALSE;
  g_setenv ("LOCPATH", dir, TRUE);

  return setlocale (LC_ALL, "fr_FR.UTF-8") != NULL;
}

static void
test_french (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "fr.db", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *podir = NULL;
  g_autofree char *newer = NULL;
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  if (g_getenv ("LETTRINE_BUILD_DIR") == NULL || !set_french_locale (fixture->dir))
    {
      g_test_skip ("no French locale or no built catalogue");
      return;
    }
  podir = g_build_filename (g_getenv ("LETTRINE_BUILD_DIR"), "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, podir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  newer = g_strdup_printf ("PRAGMA user_version = %d", lt_store_get_latest_schema_version () + 1);
  raw_exec (path, newer);
  store = lt_store_open (path, &error);
  g_assert_no_error (error);

  expected = g_strdup_printf ("Cette base a été créée par une version plus récente de Lettrine "
                              "(schéma %d, cette version connaît le schéma %d). "
                              "Elle est ouverte en lecture seule.",
                              lt_store_get_latest_schema_version () + 1,
                              lt_store_get_latest_schema_version ());
  g_assert_cmpstr (lt_store_get_read_only_reason (store), ==, expected);
  g_clear_object (&store);

  g_assert_true (g_file_set_contents (path, "pas une base", -1, NULL));
  g_assert_null (lt_store_open (path, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CORRUPT_DATABASE);
  g_assert_nonnull (strstr (error->message, "est endommagé ou n’est pas une base Lettrine"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/open/create", test_create);
  ADD ("/store/open/default-path", test_default_path);
  ADD ("/store/open/garbage", test_garbage);
  ADD ("/store/open/corrupt", test_corrupt);
  ADD ("/store/open/foreign", test_foreign);
  ADD ("/store/open/newer", test_newer);
  g_test_add ("/store/open/fixture-v1", Fixture, "lettrine-v1.db", fixture_set_up, test_fixture_upgrade, fixture_tear_down);
  g_test_add ("/store/open/fixture-v2", Fixture, "lettrine-v2.db", fixture_set_up, test_fixture_upgrade, fixture_tear_down);
  ADD ("/store/open/read-only-file", test_read_only_file);
  ADD ("/store/open/french", test_french);
  ADD ("/store/transactions", test_transactions);
  ADD ("/store/errors", test_errors);

#undef ADD

  return g_test_run ();
}
