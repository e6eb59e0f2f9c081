/* test-suivi-staff-search.c: the suivi's search finds a tâche by its intervenant (migration 013) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>

#include "lt-staff.h"
#include "lt-store-affaires.h"
#include "lt-store-private.h"
#include "lt-store-projects.h"
#include "lt-store-seed.h"
#include "lt-store-task-list.h"

static gint64
query_int (LtStore    *store,
           const char *sql,
           gint64      param)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (lt_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, param);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int64 (stmt, 0);
}

static guint
count_search (LtStore    *store,
              const char *search)
{
  LtTaskFilter filter = LT_TASK_FILTER_INIT;
  g_autoptr(LtQueryModel) model = NULL;

  filter.search = search;
  model = lt_store_list_suivi (store, &filter);

  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

/* the index holds exactly what its content view says */
static void
assert_index_whole (LtStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_store_exec (store, "INSERT INTO tasks_fts (tasks_fts, rank) VALUES ('integrity-check', 1)",
                                &error));
  g_assert_no_error (error);
}

static void
rename_staff (LtStore    *store,
              gint64      id,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStaff) staff = lt_store_get_staff (store, id, &error);

  g_assert_no_error (error);
  lt_staff_set_name (staff, name);
  g_assert_true (lt_store_update_staff (store, staff, &error));
  g_assert_no_error (error);
}

static void
test_staff_search (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lt-staff-search-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lettrine.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStaff) newcomer = NULL;
  g_autoptr(LtTask) task = NULL;
  LtStore *store = lt_store_open (path, &error);
  gint64 staff;
  gint64 n_tasks;
  gint64 moved;

  g_assert_no_error (error);
  g_assert_true (lt_store_seed (store, 20, 600, &error));
  g_assert_no_error (error);
  g_assert_true (lt_store_exec (store, "PRAGMA foreign_keys = ON", &error));
  assert_index_whole (store);

  /* renamed: found by the new name, accents and case ignored, by a long
   * word (the trigram index) and a short one (the scan); not by the old */
  staff = query_int (store, "SELECT staff_id FROM tasks WHERE staff_id IS NOT NULL AND ?1 = 0 "
                            "GROUP BY staff_id ORDER BY count (*) DESC LIMIT 1", 0);
  n_tasks = query_int (store, "SELECT count (*) FROM tasks WHERE staff_id = ?", staff);
  g_assert_cmpint (n_tasks, >, 0);
  g_assert_cmpuint (count_search (store, "zephyrine"), ==, 0);
  rename_staff (store, staff, "Zéphyrine Qx");
  g_assert_cmpuint (count_search (store, "ZÉPHYRINE"), ==, n_tasks);
  g_assert_cmpuint (count_search (store, "zephyr"), ==, n_tasks);
  g_assert_cmpuint (count_search (store, "qx"), ==, n_tasks);
  rename_staff (store, staff, "Théodore Wy");
  g_assert_cmpuint (count_search (store, "zephyrine"), ==, 0);
  g_assert_cmpuint (count_search (store, "qx"), ==, 0);
  g_assert_cmpuint (count_search (store, "theodore"), ==, n_tasks);
  assert_index_whole (store);

  /* reassigned: found by its new intervenant, no longer by the old one */
  newcomer = g_object_new (LT_TYPE_STAFF, "name", "Ysolde Nouvelle", NULL);
  g_assert_true (lt_store_add_staff (store, newcomer, &error));
  g_assert_no_error (error);
  moved = query_int (store, "SELECT min (id) FROM tasks WHERE staff_id = ?", staff);
  task = lt_store_get_task (store, moved, &error);
  g_assert_no_error (error);
  lt_task_set_staff_id (task, lt_staff_get_id (newcomer));
  g_assert_true (lt_store_update_task (store, task, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_search (store, "ysolde"), ==, 1);
  g_assert_cmpuint (count_search (store, "theodore"), ==, n_tasks - 1);
  /* a word of the task and one of its intervenant's, together */
  {
    g_auto(GStrv) words = g_strsplit (lt_task_get_title (task), " ", 2);
    g_autofree char *both = g_strdup_printf ("%s ysolde", words[0]);

    g_assert_cmpuint (g_utf8_strlen (words[0], -1), >=, 3);
    g_assert_cmpuint (count_search (store, both), ==, 1);
  }
  assert_index_whole (store);

  /* the intervenant deleted: its tâche keeps no name in the index */
  g_object_unref (newcomer);
  newcomer = lt_store_get_staff (store, lt_task_get_staff_id (task), &error);
  g_assert_no_error (error);
  g_assert_true (lt_store_delete_staff (store, lt_staff_get_id (newcomer),
                                        lt_staff_get_revision (newcomer), &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, "SELECT count (*) FROM tasks WHERE id = ? AND staff_id IS NULL", moved), ==, 1);
  g_assert_cmpuint (count_search (store, "ysolde"), ==, 0);
  assert_index_whole (store);

  g_assert_finalize_object (store);
  g_remove (path);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (dir);
}

/* A database of schema 2 gets its intervenants' keys from the migration. */
static void
test_staff_search_migration (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lt-staff-search-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "v2.db", NULL);
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "lettrine-v2.db", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GError) error = NULL;
  LtStore *store;
  gsize len;

  g_assert_true (g_file_get_contents (fixture, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (path, contents, len, NULL));
  store = lt_store_open (path, &error);
  g_assert_no_error (error);

  /* « Révision » is Claire Lemaire's, « Saisie » Hugo Bernard's */
  g_assert_cmpuint (count_search (store, "lemaire"), ==, 1);
  g_assert_cmpuint (count_search (store, "CLAIRE revi"), ==, 1);
  g_assert_cmpuint (count_search (store, "hugo"), ==, 1);
  g_assert_cmpuint (count_search (store, "claire saisie"), ==, 0);
  assert_index_whole (store);

  g_assert_finalize_object (store);
  g_remove (path);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/suivi-staff-search/rename-reassign-delete", test_staff_search);
  g_test_add_func ("/suivi-staff-search/migration", test_staff_search_migration);

  return g_test_run ();
}
