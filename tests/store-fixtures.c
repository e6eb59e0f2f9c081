/* store-fixtures.c: a store in a fresh temporary folder, and the reads and writes the store tests share */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>

#include "lt-query-model.h"
#include "lt-store-affaires.h"
#include "lt-store-check.h"
#include "lt-store-demo.h"
#include "lt-store-private.h"
#include "lt-store-projects.h"

#include "store-fixtures.h"

/**
 * store_fixture_open:
 * @tmpl: the temporary folder's name, ending in XXXXXX
 * @dir: (out): the new folder
 * @path: (out) (optional): its database, `test.db`
 *
 * Returns: (transfer full): a new empty store in a new folder
 */
LtStore *
store_fixture_open (const char  *tmpl,
                    char       **dir,
                    char       **path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  LtStore *store;

  *dir = g_dir_make_tmp (tmpl, &error);
  g_assert_no_error (error);
  db = g_build_filename (*dir, "test.db", NULL);
  store = lt_store_open (db, &error);
  g_assert_no_error (error);
  if (path != NULL)
    *path = g_steal_pointer (&db);

  return store;
}

/**
 * store_fixture_open_demo:
 *
 * The same as store_fixture_open(), loaded with the demo cabinet.
 *
 * Returns: (transfer full): the demo's store
 */
LtStore *
store_fixture_open_demo (const char  *tmpl,
                         char       **dir,
                         char       **path)
{
  g_autoptr(GError) error = NULL;
  LtStore *store = store_fixture_open (tmpl, dir, path);

  g_assert_true (lt_store_load_demo (store, &error));
  g_assert_no_error (error);

  return store;
}

/**
 * store_fixture_close:
 * @store: (transfer full): the store, which must be finalized by this unref
 * @dir: (transfer full): its folder
 * @path: (transfer full) (nullable): its database
 *
 * Drops the store, the files of the folder (the database, its -wal and
 * -shm…) and the folder.
 */
void
store_fixture_close (LtStore *store,
                     char    *dir,
                     char    *path)
{
  g_assert_finalize_object (store);
  store_fixture_remove (dir, path);
}

/**
 * store_fixture_remove:
 * @dir: (transfer full): a store's folder, its store already dropped
 * @path: (transfer full) (nullable): its database
 *
 * Removes the folder and all it holds.
 */
void
store_fixture_remove (char *dir,
                      char *path)
{
  remove_tree (dir);
  g_free (dir);
  g_free (path);
}

/* Removes @path, a file or a folder with all it holds */
void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}

/* What a view does on items-changed: drop @removed ids of @shadow at
 * @position and read the @added ones from @model there. */
void
query_model_shadow_replay (GArray     *shadow,
                           GListModel *model,
                           guint       position,
                           guint       removed,
                           guint       added)
{
  g_assert_cmpuint (position + removed, <=, shadow->len);
  g_array_remove_range (shadow, position, removed);
  for (guint i = 0; i < added; i++)
    {
      gint64 id = lt_query_model_get_id (LT_QUERY_MODEL (model), position + i);

      g_array_insert_val (shadow, position + i, id);
    }
}

gint64
query_int (LtStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = lt_store_prepare (store, sql, NULL);
  gint64 value;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return value;
}

/* (transfer full) (nullable): the first column of the first row, %NULL when NULL */
char *
query_text (LtStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = lt_store_prepare (store, sql, NULL);
  char *value;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = lt_store_column_text (stmt, 0);
  sqlite3_reset (stmt);

  return value;
}

/* lettrine-cli check finds nothing wrong: each problem is printed before failing */
void
assert_check_clean (LtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = lt_store_check (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("problem: %s\n", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
}

/* The id of the client named @name (exactly) in @store; fails when there is none */
gint64
demo_client_id (LtStore    *store,
                const char *name)
{
  g_autoptr(GListModel) clients = lt_store_list_affaires (store, NULL, LT_AFFAIRE_STATE_CLIENT, 0);

  for (guint i = 0; i < g_list_model_get_n_items (clients); i++)
    {
      g_autoptr(LtAffaire) affaire = g_list_model_get_item (clients, i);

      if (g_strcmp0 (lt_affaire_get_name (affaire), name) == 0)
        return lt_affaire_get_id (affaire);
    }
  g_error ("no demo client « %s »", name);
  return 0;
}

/* A tâche of @affaire_id due (and started) on @due, added through the
 * store as the app adds one (@staff_id 0: no intervenant). */
gint64
store_fixture_add_task (LtStore    *store,
                        gint64      affaire_id,
                        gint64      staff_id,
                        const char *title,
                        const char *due)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) task = lt_task_new ();

  lt_task_set_affaire_id (task, affaire_id);
  lt_task_set_staff_id (task, staff_id);
  lt_task_set_title (task, title);
  lt_task_set_start_date (task, due);
  lt_task_set_due_date (task, due);
  g_assert_true (lt_store_add_task (store, task, &error));
  g_assert_no_error (error);

  return lt_task_get_id (task);
}
