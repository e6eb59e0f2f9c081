/* test-store-atomic.c: an operation that fails half-way leaves the database exactly as before */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lettrine-core.h"
#include "lt-store-affaires.h"
#include "lt-store-export.h"
#include "lt-store-private.h"
#include "lt-store-projects.h"

#include "store-fixtures.h"

typedef struct {
  char    *dir;
  char    *path;
  LtStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = store_fixture_open ("lt-store-atomic-XXXXXX", &fixture->dir, &fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  store_fixture_close (fixture->store, fixture->dir, fixture->path);
}

/* Every row of every table, every column with its type, in rowid order:
 * two equal dumps are two equal databases (for what a user can see). */
static char *
dump (LtStore *store)
{
  sqlite3 *db = lt_store_get_db (store);
  g_autoptr(sqlite3_stmt) tables = NULL;
  GString *out = g_string_new (NULL);

  /* not the search indexes (virtual and shadow tables): derived from the tables */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM pragma_table_list WHERE type = 'table' "
                                           "AND schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *)sqlite3_column_text (tables, 0);
      /* A table name from the schema itself, in a test: never user text. */
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY rowid", table);
      g_autoptr(sqlite3_stmt) rows = NULL;

      g_string_append_printf (out, "[%s]\n", table);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &rows, NULL), ==, SQLITE_OK);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (rows); i++)
            {
              int type = sqlite3_column_type (rows, i);

              if (type == SQLITE_BLOB)
                {
                  const guint8 *blob = sqlite3_column_blob (rows, i);

                  g_string_append (out, "x'");
                  for (int j = 0; j < sqlite3_column_bytes (rows, i); j++)
                    g_string_append_printf (out, "%02x", blob[j]);
                  g_string_append (out, "'");
                }
              else
                g_string_append_printf (out, "%d:%s", type,
                                        type == SQLITE_NULL ? "" : (const char *)sqlite3_column_text (rows, i));
              g_string_append_c (out, '\t');
            }
          g_string_append_c (out, '\n');
        }
    }

  return g_string_free (out, FALSE);
}

typedef struct {
  char *dump;
  char *json;
} Snapshot;

static void
snapshot_take (LtStore  *store,
               Snapshot *snapshot)
{
  g_autoptr(GError) error = NULL;

  snapshot->dump = dump (store);
  snapshot->json = lt_store_export_to_string (store, &error);
  g_assert_no_error (error);
}

static void
snapshot_assert_unchanged (LtStore  *store,
                           Snapshot *before)
{
  Snapshot after = { 0 };

  snapshot_take (store, &after);
  g_assert_cmpstr (after.dump, ==, before->dump);
  g_assert_cmpstr (after.json, ==, before->json);
  g_free (after.dump);
  g_free (after.json);
}

static void
snapshot_clear (Snapshot *snapshot)
{
  g_clear_pointer (&snapshot->dump, g_free);
  g_clear_pointer (&snapshot->json, g_free);
}

static gint64
seed (LtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", "Boulangerie Dupré",
                                         "siren", "552100554", NULL);
  g_autoptr(LtStaff) s = g_object_new (LT_TYPE_STAFF, "name", "Claire", NULL);

  g_assert_true (lt_store_add_staff (store, s, &error));
  g_assert_true (lt_store_add_affaire (store, a, &error));
  g_assert_no_error (error);

  return lt_affaire_get_id (a);
}

/* One user operation that writes many rows: a new client with its contact,
 * its project and a chain of tasks. */
static gboolean
add_client_with_tasks (LtStore     *store,
                       const char  *name,
                       guint        n_tasks,
                       gsize        padding,
                       GError     **error)
{
  g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", name,
                                         "state", LT_AFFAIRE_STATE_CLIENT,
                                         "letter-outside-date", "2024-01-02", NULL);
  g_autoptr(LtContact) c = NULL;
  g_autoptr(LtProject) p = NULL;
  g_autofree char *pad = g_strnfill (padding, 'x');
  gint64 previous = 0;

  if (!lt_store_begin (store, error))
    return FALSE;

  if (!lt_store_add_affaire (store, a, error))
    goto failed;

  c = g_object_new (LT_TYPE_CONTACT, "affaire-id", lt_affaire_get_id (a), "name", "Gérant",
                    "is-signatory", TRUE, NULL);
  p = g_object_new (LT_TYPE_PROJECT, "affaire-id", lt_affaire_get_id (a), "name", "2025",
                    "start-date", "2025-01-01", "end-date", "2025-12-31", NULL);
  if (!lt_store_add_contact (store, c, error) ||
      !lt_store_add_project (store, p, error))
    goto failed;

  for (guint i = 0; i < n_tasks; i++)
    {
      g_autofree char *title = g_strdup_printf ("Tâche %u %s", i, pad);
      g_autoptr(LtTask) t = g_object_new (LT_TYPE_TASK, "affaire-id", lt_affaire_get_id (a),
                                          "project-id", lt_project_get_id (p), "title", title,
                                          "start-date", "2025-01-01", "due-date", "2025-01-31", NULL);

      if (!lt_store_add_task (store, t, error))
        goto failed;
      if (previous != 0 &&
          !lt_store_add_task_link (store, previous, lt_task_get_id (t), 0, NULL, error))
        goto failed;
      previous = lt_task_get_id (t);
    }

  return lt_store_commit (store, error);

failed:
  lt_store_rollback (store);
  return FALSE;
}

typedef struct {
  guint changes;
} Counter;

static void
on_changed_cb (LtStore       *store,
               const char    *table,
               gint64         id,
               LtStoreChange  change,
               Counter       *counter)
{
  counter->changes++;
}

/* The injected failure hits each statement of the operation in turn: every
 * failing run leaves the database as it was, and says nothing changed. */
static void
test_injected (Fixture       *fixture,
               gconstpointer  data)
{
  LtStore *store = fixture->store;
  Snapshot before = { 0 };
  Counter counter = { 0 };
  gboolean done = FALSE;
  guint n;

  seed (store);
  snapshot_take (store, &before);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed_cb), &counter);

  for (n = 0; !done && n < 1000; n++)
    {
      g_autoptr(GError) error = NULL;

      lt_store_set_fail_after_statements (store, n);
      done = add_client_with_tasks (store, "Société Éclair", 5, 0, &error);
      if (!done)
        {
          g_assert_error (error, LT_ERROR, LT_ERROR_IO);
          g_assert_false (lt_store_in_transaction (store));
          g_assert_cmpuint (counter.changes, ==, 0);
          snapshot_assert_unchanged (store, &before);
        }
    }
  lt_store_set_fail_after_statements (store, -1);

  g_test_message ("the operation failed at each of its %u statements first", n - 1);
  g_assert_true (done);
  g_assert_cmpuint (n, >, 12);
  /* 1 affaire + 1 contact + 1 project + 5 tasks + 4 links (each link also
   * says its successor changed) */
  g_assert_cmpuint (counter.changes, ==, 16);

  g_signal_handlers_disconnect_by_data (store, &counter);
  snapshot_clear (&before);
}

/* The disk fills up in the middle of a big operation. */
static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  LtStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  g_autoptr(LtAffaire) a = NULL;
  /* the longest text a field takes (issue 10), far more than 8 pages */
  g_autofree char *huge = g_strnfill (100000, 'z');
  g_autofree char *limit = NULL;
  sqlite3_stmt *stmt;
  Snapshot before = { 0 };
  gint64 id;
  int pages;

  id = seed (store);
  /* Some room, but not enough for what follows. */
  g_assert_true (lt_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", &error));
  stmt = lt_store_prepare (store, "PRAGMA page_count", &error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  pages = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  limit = g_strdup_printf ("PRAGMA max_page_count = %d", pages + 8);
  g_assert_true (lt_store_exec (store, limit, &error));

  snapshot_take (store, &before);

  /* Many rows in one operation. */
  g_assert_false (add_client_with_tasks (store, "Société Éclair", 400, 400, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "The disk is full"));
  g_clear_error (&error);
  g_assert_false (lt_store_in_transaction (store));
  snapshot_assert_unchanged (store, &before);

  /* One update too big to fit. */
  a = lt_store_get_affaire (store, id, &error);
  g_assert_no_error (error);
  lt_affaire_set_activity (a, huge);
  g_assert_false (lt_store_update_affaire (store, a, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DISK_FULL);
  g_clear_error (&error);
  g_assert_cmpint (lt_affaire_get_revision (a), ==, 1);
  snapshot_assert_unchanged (store, &before);

  /* Space again: the same operations go through. */
  g_assert_true (lt_store_exec (store, "PRAGMA max_page_count = 1073741823", &error));
  g_assert_true (add_client_with_tasks (store, "Société Éclair", 400, 400, &error));
  g_assert_no_error (error);
  g_assert_true (lt_store_update_affaire (store, a, &error));
  g_assert_no_error (error);

  snapshot_clear (&before);
}

/* A rule broken by the last row of an operation undoes the first ones. */
static void
test_rule_broken_late (Fixture       *fixture,
                       gconstpointer  data)
{
  LtStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", "Éclair", NULL);
  g_autoptr(LtAffaire) twin = g_object_new (LT_TYPE_AFFAIRE, "name", "Jumeau", "siren", "552100554", NULL);
  Snapshot before = { 0 };

  seed (store);
  snapshot_take (store, &before);

  g_assert_true (lt_store_begin (store, &error));
  g_assert_true (lt_store_add_affaire (store, a, &error));
  g_assert_false (lt_store_add_affaire (store, twin, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DUPLICATE_SIREN);
  lt_store_rollback (store);
  snapshot_assert_unchanged (store, &before);

  /* A failed inner step does not spoil the outer operation. */
  g_clear_error (&error);
  lt_affaire_set_id (a, 0);
  g_assert_true (lt_store_begin (store, &error));
  g_assert_true (lt_store_add_affaire (store, a, &error));
  g_assert_false (lt_store_add_affaire (store, twin, &error));
  g_clear_error (&error);
  g_assert_true (lt_store_commit (store, &error));
  g_assert_no_error (error);
  g_object_unref (lt_store_get_affaire (store, lt_affaire_get_id (a), &error));
  g_assert_no_error (error);

  snapshot_clear (&before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/atomic/injected", test_injected);
  ADD ("/store/atomic/disk-full", test_disk_full);
  ADD ("/store/atomic/rule-broken-late", test_rule_broken_late);

#undef ADD

  return g_test_run ();
}
