/* test-query-model-positions.c: the rows a write rebuilds found by the position their objects remember, told exactly */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "lettrine-core.h"
#include "lt-query-model-private.h"
#include "lt-store-private.h"

#include "store-fixtures.h"

#define SQL "SELECT id FROM tasks ORDER BY due_date, id"

typedef struct {
  char    *dir;
  LtStore *store;
  GArray  *shadow;    /* gint64: the ids as a view replaying items-changed sees them */
  GArray  *changes;   /* guint triples: position, removed, added */
} Fixture;

static gboolean
build_tasks (LtStore      *store,
             const gint64 *ids,
             guint         n_ids,
             GPtrArray    *out,
             gpointer      user_data)
{
  for (guint i = 0; i < n_ids; i++)
    g_ptr_array_add (out, g_object_new (LT_TYPE_TASK, "id", ids[i], NULL));

  return TRUE;
}

/* 1000 tâches, the one of id n at position n - 1. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = store_fixture_open ("lettrine-positions-XXXXXX", &f->dir, NULL);
  f->shadow = g_array_new (FALSE, FALSE, sizeof (gint64));
  f->changes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_assert_true (lt_store_begin (f->store, &error));
  g_assert_true (lt_store_exec (f->store, "INSERT INTO affaires (id, name, search_key) VALUES (1, 'A', 'a')", &error));
  g_assert_true (lt_store_exec (f->store,
                                "WITH RECURSIVE c (x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000)"
                                " INSERT INTO tasks (id, affaire_id, title, start_date, due_date, search_key)"
                                " SELECT x, 1, 'tache', '2027-01-01', date ('2027-01-01', '+' || x || ' days'), 'tache'"
                                " FROM c", &error));
  g_assert_true (lt_store_commit (f->store, &error));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  store_fixture_close (f->store, f->dir, NULL);
  g_array_unref (f->shadow);
  g_array_unref (f->changes);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *f)
{
  guint change[] = { position, removed, added };

  g_array_append_vals (f->changes, change, 3);
  query_model_shadow_replay (f->shadow, model, position, removed, added);
}

static LtQueryModel *
new_model (Fixture *f)
{
  LtQueryModel *model = lt_query_model_new (f->store, "tasks", LT_TYPE_TASK, SQL, NULL, build_tasks, NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      gint64 id = lt_query_model_get_id (model, i);

      g_array_append_val (f->shadow, id);
    }
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), f);

  return model;
}

/* One write in its own transaction, told as the store tells it. */
static void
write_row (Fixture       *f,
           const char    *sql,
           gint64         id,
           LtStoreChange  change)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = lt_store_prepare (f->store, sql, &error);

  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_reset (stmt);
  lt_store_notify (f->store, "tasks", id, change);
}

/* Applies what was written and checks the items-changed told, as
 * (position, removed, added) triples, then the list a view sees. */
static void
assert_told (Fixture     *f,
             const guint *expected,
             guint        n_expected)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_store_commit (f->store, &error));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpmem (f->changes->data, f->changes->len * sizeof (guint), expected, n_expected * sizeof (guint));
  g_array_set_size (f->changes, 0);
  g_assert_cmpint (g_array_index (f->shadow, gint64, 0), ==, query_int (f->store, SQL " LIMIT 1"));
  g_assert_cmpuint (f->shadow->len, ==, query_int (f->store, "SELECT count(*) FROM tasks"));
}

/* A row held by a view, after a row removed before it: told at its new
 * place, the one it remembered shifted by the rows removed. */
static void
test_shifted (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(LtQueryModel) model = new_model (f);
  g_autoptr(GObject) held = g_list_model_get_item (G_LIST_MODEL (model), 500);
  const guint expected[] = { 10, 1, 0, 499, 1, 1 };

  g_assert_nonnull (held);
  g_assert_true (lt_store_begin (f->store, NULL));
  write_row (f, "DELETE FROM tasks WHERE id = ?1", 11, LT_STORE_CHANGE_DELETE);
  write_row (f, "UPDATE tasks SET title = 'autre' WHERE id = ?1", 501, LT_STORE_CHANGE_UPDATE);
  assert_told (f, expected, G_N_ELEMENTS (expected));
}

/* A row moved inside a span told as a whole, not asked again: its object
 * forgot its place, and is still told at the right one when rebuilt. */
static void
test_position_forgotten (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(LtQueryModel) model = new_model (f);
  g_autoptr(GObject) held = g_list_model_get_item (G_LIST_MODEL (model), 300);
  const guint moved[] = { 0, 601, 601 };
  const guint rebuilt[] = { 301, 1, 1 };
  const guint gone[] = { 301, 1, 0 };

  /* the row 601 goes first: the span covers the row held */
  g_assert_true (lt_store_begin (f->store, NULL));
  write_row (f, "UPDATE tasks SET start_date = '2026-01-01', due_date = '2026-01-01' WHERE id = ?1", 601, LT_STORE_CHANGE_UPDATE);
  assert_told (f, moved, G_N_ELEMENTS (moved));
  g_assert_cmpuint (lt_query_model_cache_lookup (model, 301)->position, ==, POSITION_UNKNOWN);

  g_assert_true (lt_store_begin (f->store, NULL));
  write_row (f, "UPDATE tasks SET title = 'autre' WHERE id = ?1", 301, LT_STORE_CHANGE_UPDATE);
  assert_told (f, rebuilt, G_N_ELEMENTS (rebuilt));

  /* asked again, it knows its place; removed, it is told in the span */
  g_clear_object (&held);
  held = g_list_model_get_item (G_LIST_MODEL (model), 301);
  g_assert_cmpuint (lt_query_model_cache_lookup (model, 301)->position, ==, 301);
  g_assert_true (lt_store_begin (f->store, NULL));
  write_row (f, "DELETE FROM tasks WHERE id = ?1", 301, LT_STORE_CHANGE_DELETE);
  assert_told (f, gone, G_N_ELEMENTS (gone));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/query-model-positions/shifted", Fixture, NULL, fixture_setup, test_shifted, fixture_teardown);
  g_test_add ("/query-model-positions/position-forgotten", Fixture, NULL, fixture_setup, test_position_forgotten,
              fixture_teardown);

  return g_test_run ();
}
