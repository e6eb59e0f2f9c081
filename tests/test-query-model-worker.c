/* test-query-model-worker.c: a list's ids read off the main thread — first rows first, superseded queries cancelled */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>

#include "lettrine-core.h"
#include "lt-query-model-private.h"
#include "lt-store-private.h"

#include "store-fixtures.h"

/* ?1: 'all', a word to find, or 'slow': a query that would run for hours
 * unless interrupted (a count to 10^12 before its first row). */
#define SQL \
  "SELECT id FROM tasks WHERE ?1 = 'all'" \
  " OR (?1 = 'slow' AND id = (WITH RECURSIVE c (x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c" \
  "                           WHERE x < 1000000000000) SELECT max (x) FROM c))" \
  " OR (?1 NOT IN ('all', 'slow') AND instr (search_key, ?1) > 0)" \
  " ORDER BY due_date, id"

typedef struct {
  char      *dir;
  LtStore   *store;
  GArray    *shadow;   /* gint64: the ids as a view replaying items-changed sees them */
  GArray    *sizes;    /* guint: the list's size after each items-changed */
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

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;

  f->store = store_fixture_open ("lettrine-worker-XXXXXX", &f->dir, NULL);
  f->shadow = g_array_new (FALSE, FALSE, sizeof (gint64));
  f->sizes = g_array_new (FALSE, FALSE, sizeof (guint));

  g_assert_true (lt_store_begin (f->store, &error));
  g_assert_true (lt_store_exec (f->store, "INSERT INTO affaires (id, name, search_key) VALUES (1, 'A', 'a')", &error));
  stmt = lt_store_prepare (f->store,
                           "INSERT INTO tasks (affaire_id, title, start_date, due_date, search_key)"
                           " VALUES (1, ?1, '2027-01-01', date ('2027-01-01', '+' || (?2 % 700) || ' days'), ?1)",
                           &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 20000; i++)
    {
      g_autofree char *title = g_strdup_printf (i % 10 == 3 ? "revision %u" : "tache %u", i);

      sqlite3_bind_text (stmt, 1, title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, (int) ((i * 7919) % 700));
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  g_assert_true (lt_store_commit (f->store, &error));

  lt_store_set_worker_lists (f->store, TRUE);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  store_fixture_close (f->store, f->dir, NULL);
  g_array_unref (f->shadow);
  g_array_unref (f->sizes);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *f)
{
  guint n = g_list_model_get_n_items (model);

  query_model_shadow_replay (f->shadow, model, position, removed, added);
  g_array_append_val (f->sizes, n);
}

/* Runs the main loop until the model has no query running (30 s at most:
 * a query that was not interrupted fails here). */
static void
wait_idle (LtQueryModel *model)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (model->job != NULL || g_main_context_pending (NULL))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, model->job != NULL);
    }
}

/* The ids the query gives, read at once on the main connection. */
static GArray *
expected_ids (LtStore    *store,
              const char *param)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_cmpint (sqlite3_prepare_v2 (lt_store_get_db (store), SQL, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, param, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  return ids;
}

static void
assert_shadow_is (Fixture *f,
                  GArray  *ids)
{
  g_assert_cmpuint (f->shadow->len, ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpint (g_array_index (f->shadow, gint64, i), ==, g_array_index (ids, gint64, i));
}

static LtQueryModel *
new_model (Fixture    *f,
           const char *param)
{
  LtQueryModel *model = lt_query_model_new (f->store, "tasks", LT_TYPE_TASK, SQL, g_variant_new ("(s)", param),
                                            build_tasks, NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      gint64 id = lt_query_model_get_id (model, i);

      g_array_append_val (f->shadow, id);
    }
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), f);

  return model;
}

/* A new filter returns at once; its first rows come first, then the rest. */
static void
test_first_window_first (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(LtQueryModel) model = new_model (f, "revision");
  g_autoptr(GArray) all = expected_ids (f->store, "all");
  g_autoptr(GArray) revisions = expected_ids (f->store, "revision");

  wait_idle (model);
  assert_shadow_is (f, revisions);
  g_array_set_size (f->sizes, 0);

  g_assert_true (lt_query_model_set_params (model, g_variant_new ("(s)", "all"), NULL));
  /* nothing read on the main thread yet */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, revisions->len);
  g_assert_nonnull (model->job);

  wait_idle (model);
  assert_shadow_is (f, all);
  g_assert_cmpuint (f->sizes->len, >=, 1);
  /* the first window was shown before the rest was read */
  g_assert_cmpuint (g_array_index (f->sizes, guint, 0), <=, FIRST_WINDOW);
  g_assert_cmpuint (g_array_index (f->sizes, guint, f->sizes->len - 1), ==, all->len);
}

/* A query superseded by a newer filter is interrupted, its result never
 * shown; the newest filter wins whatever the order the threads end in. */
static void
test_superseded_cancelled (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(LtQueryModel) model = new_model (f, "all");
  g_autoptr(GArray) expected = expected_ids (f->store, "tache 1");
  guint superseded;

  wait_idle (model);
  superseded = model->n_superseded;

  /* the slow one ends only when interrupted: the next one waits for the
   * worker connection until then */
  g_assert_true (lt_query_model_set_params (model, g_variant_new ("(s)", "slow"), NULL));
  g_usleep (50 * 1000);
  g_assert_true (lt_query_model_set_params (model, g_variant_new ("(s)", "revision"), NULL));
  g_assert_true (lt_query_model_set_params (model, g_variant_new ("(s)", "tache 1"), NULL));
  g_array_set_size (f->sizes, 0);
  wait_idle (model);

  g_assert_cmpuint (model->n_superseded, ==, superseded + 2);
  assert_shadow_is (f, expected);
  /* never the slow one's empty list, never « revision »'s rows */
  for (guint i = 0; i < f->sizes->len; i++)
    g_assert_cmpuint (g_array_index (f->sizes, guint, i), >, 0);

  /* a write: the refresh runs in the worker too, and follows it */
  g_assert_true (lt_store_exec (f->store, "DELETE FROM tasks WHERE title = 'tache 1'", NULL));
  lt_store_notify (f->store, "tasks", 2, LT_STORE_CHANGE_DELETE);
  while (g_main_context_pending (NULL) && model->job == NULL)
    g_main_context_iteration (NULL, FALSE);
  wait_idle (model);
  g_array_unref (expected);
  expected = expected_ids (f->store, "tache 1");
  assert_shadow_is (f, expected);

  /* the sync path stays: tests and the command line read at once */
  g_assert_true (lt_query_model_refresh (model, NULL));
  g_assert_null (model->job);
}

/* A model dropped while its query runs: the query stops, nothing leaks. */
static void
test_dispose_while_running (Fixture       *f,
                            gconstpointer  data)
{
  LtQueryModel *model = new_model (f, "all");
  GCancellable *job;

  g_assert_true (lt_query_model_set_params (model, g_variant_new ("(s)", "slow"), NULL));
  job = g_object_ref (model->job);
  g_object_run_dispose (G_OBJECT (model));
  g_assert_true (g_cancellable_is_cancelled (job));
  g_object_unref (job);
  g_object_unref (model);

  /* the thread lets go of the model and the store once interrupted */
  {
    gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

    while (G_OBJECT (f->store)->ref_count > 1)
      {
        g_assert_cmpint (g_get_monotonic_time (), <, deadline);
        g_main_context_iteration (NULL, FALSE);
        g_usleep (1000);
      }
  }
}

static void
on_partial_notify_cb (GObject    *model,
                      GParamSpec *pspec,
                      guint      *count)
{
  (*count)++;
}

/* A list opened incrementally: the first window at once, the rest read on
 * the worker connection from the start, not after the first idle. Its
 * length is a least count until then (« partial »), told once it is not. */
static void
test_incremental_at_once (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(LtQueryModel) model = NULL;
  g_autoptr(GArray) all = expected_ids (f->store, "all");
  guint notified = 0;

  lt_store_set_incremental_lists (f->store, TRUE);
  model = new_model (f, "all");
  g_signal_connect (model, "notify::partial", G_CALLBACK (on_partial_notify_cb), &notified);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, FIRST_WINDOW);
  g_assert_nonnull (model->job);
  g_assert_cmpuint (model->refresh_source, ==, 0);
  g_assert_true (lt_query_model_is_loading (model));
  g_assert_true (lt_query_model_is_partial (model));

  wait_idle (model);
  g_assert_false (lt_query_model_is_loading (model));
  g_assert_false (lt_query_model_is_partial (model));
  g_assert_cmpuint (notified, ==, 1);
  assert_shadow_is (f, all);
  g_assert_cmpuint (f->sizes->len, ==, 1);

  /* read again after a write: never partial, nothing told */
  g_assert_true (lt_query_model_refresh (model, NULL));
  wait_idle (model);
  g_assert_false (lt_query_model_is_partial (model));
  g_assert_cmpuint (notified, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/query-model-worker/first-window-first", Fixture, NULL, fixture_setup, test_first_window_first,
              fixture_teardown);
  g_test_add ("/query-model-worker/superseded-cancelled", Fixture, NULL, fixture_setup, test_superseded_cancelled,
              fixture_teardown);
  g_test_add ("/query-model-worker/incremental-at-once", Fixture, NULL, fixture_setup, test_incremental_at_once,
              fixture_teardown);
  g_test_add ("/query-model-worker/dispose-while-running", Fixture, NULL, fixture_setup, test_dispose_while_running,
              fixture_teardown);

  return g_test_run ();
}
