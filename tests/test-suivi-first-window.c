/* test-suivi-first-window.c: a search of three letters or more shows the first rows of its walk, then the same list whole */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A word of three letters or more goes through the trigram index, which
 * sorts every match before the first row. The suivi first walks its index
 * in order for the first window (issue 15): these tests check that the
 * walk's rows are always the first rows of the full query (the whole list
 * when it finds fewer), for many searches and filters; that it walks the
 * index without a sort; and that the list shows the walk's rows, then the
 * full query's; over budget, the rows the walk found if they fill a
 * screen, or the full query's alone. */

#include "config.h"

#include <string.h>

#include "lt-query-model-private.h"
#include "lt-staff.h"
#include "lt-store-affaires.h"
#include "lt-store-private.h"
#include "lt-store-projects.h"
#include "lt-store-seed.h"
#include "lt-store-task-list.h"
#include "lt-task.h"

#include "store-fixtures.h"

#define TODAY "2026-12-03"

typedef struct {
  char      *dir;
  char      *path;
  LtStore   *store;
  gint64     zoe;      /* an intervenant with accents in her name */
  GArray    *shadow;   /* gint64: the ids as a view replaying items-changed sees them */
  GPtrArray *states;   /* GArray of gint64: the shadow after each items-changed */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStaff) zoe = g_object_new (LT_TYPE_STAFF, "name", "Zoé Lefèvre-Œhl", NULL);
  gint64 affaire;

  f->store = store_fixture_open ("lt-first-window-XXXXXX", &f->dir, &f->path);
  g_assert_true (lt_store_seed (f->store, 12, 6000, &error));
  g_assert_no_error (error);
  g_assert_true (lt_store_add_staff (f->store, zoe, &error));
  g_assert_no_error (error);
  f->zoe = lt_staff_get_id (zoe);

  affaire = query_int (f->store, "SELECT min (id) FROM affaires");
  store_fixture_add_task (f->store, affaire, f->zoe, "Déclaration de TVA à l’été", "2026-12-01");
  store_fixture_add_task (f->store, affaire, f->zoe, "Élaborer le prévisionnel", "2026-12-04");
  store_fixture_add_task (f->store, affaire, 0, "Révision — écritures d’inventaire", "2026-12-06");
  store_fixture_add_task (f->store, affaire, 0, "Le « dé\"cla » entre guillemets", "2026-12-07");

  f->shadow = g_array_new (FALSE, FALSE, sizeof (gint64));
  f->states = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_array_unref (f->shadow);
  g_ptr_array_unref (f->states);
  store_fixture_close (f->store, f->dir, f->path);
}

/* The ids @sql gives with @filter's values, read at once on the main
 * connection. */
static GArray *
read_ids (Fixture            *f,
          const char         *sql,
          const LtTaskFilter *filter)
{
  g_autoptr(GVariant) params = g_variant_ref_sink (lt_store_suivi_params (filter));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (lt_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  lt_query_model_bind_params (stmt, params);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);

  return ids;
}

static GArray *
full_ids (Fixture            *f,
          const LtTaskFilter *filter)
{
  g_autofree char *sql = lt_store_suivi_sql (filter);

  return read_ids (f, sql, filter);
}

/* The walk as the worker runs it, cut to the first window. */
static GArray *
walk_ids (Fixture            *f,
          const LtTaskFilter *filter)
{
  g_autofree char *walk = lt_store_suivi_first_window_sql (filter);
  g_autofree char *sql = NULL;

  g_assert_nonnull (walk);
  sql = g_strdup_printf ("%s LIMIT %u", walk, (guint) FIRST_WINDOW);

  return read_ids (f, sql, filter);
}

static void
assert_ids_equal (GArray *a,
                  GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpint (g_array_index (a, gint64, i), ==, g_array_index (b, gint64, i));
}

/* @prefix is the first rows of @ids. */
static gboolean
is_prefix (GArray *prefix,
           GArray *ids)
{
  if (prefix->len > ids->len)
    return FALSE;

  return prefix->len == 0 || memcmp (prefix->data, ids->data, prefix->len * sizeof (gint64)) == 0;
}

static void
set_filter_shape (LtTaskFilter *filter,
                  guint         shape,
                  gint64        staff,
                  gint64        zoe,
                  gint64        affaire)
{
  switch (shape)
    {
    case 0: break;
    case 1: filter->status = LT_TASK_FILTER_OPEN; break;
    case 2: filter->status = LT_TASK_STATUS_TODO; break;
    case 3: filter->status = LT_TASK_STATUS_DONE; break;
    case 4: filter->status = LT_TASK_FILTER_OPEN; filter->staff_id = staff; break;
    case 5: filter->status = LT_TASK_FILTER_OPEN; filter->staff_id = zoe; break;
    case 6: filter->affaire_id = affaire; break;
    case 7: filter->overdue = TRUE; break;
    case 8: filter->status = LT_TASK_FILTER_OPEN; filter->this_week = TRUE; break;
    default: g_assert_not_reached ();
    }
}

#define N_SHAPES 9

static const char * const searches[] = {
  /* one long word: a tâche's, an intervenant's (first name, surname) */
  "les", "preparer", "déclaration", "DÉCLA", "claire", "fontaine", "marchand",
  /* accents and signs, an intervenant's name with them */
  "zoé", "lefèvre œhl", "l’été", "dé\"cla", "révision",
  /* several long words, a tâche's beside an intervenant's */
  "dec tva", "bulletins paie", "tva claire", "preparer les bulletins",
  /* long and short words together, short ones beyond the third joined */
  "tva de", "de la tva", "a b c d tva", "é pré",
  /* nothing, or almost */
  "xyzzy", "nothing like it", "prévisionnel",
};

/* For every search and filter: the walk's rows are the full query's first
 * rows, and all of them when it finds fewer than a window. */
static void
test_walk_is_first_rows (Fixture       *f,
                         gconstpointer  data)
{
  gint64 staff = query_int (f->store, "SELECT staff_id FROM tasks WHERE staff_id IS NOT NULL"
                                      " GROUP BY staff_id ORDER BY count (*) DESC LIMIT 1");
  gint64 affaire = query_int (f->store, "SELECT min (id) FROM affaires");
  guint n_windows = 0, n_whole = 0, n_empty = 0;

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    for (guint shape = 0; shape < N_SHAPES; shape++)
      {
        LtTaskFilter filter = LT_TASK_FILTER_INIT;
        g_autoptr(GArray) full = NULL;
        g_autoptr(GArray) walk = NULL;

        filter.today = TODAY;
        filter.search = searches[i];
        set_filter_shape (&filter, shape, staff, f->zoe, affaire);
        full = full_ids (f, &filter);
        walk = walk_ids (f, &filter);

        if (walk->len < FIRST_WINDOW)
          {
            assert_ids_equal (walk, full);
            if (walk->len == 0)
              n_empty++;
            else
              n_whole++;
          }
        else
          {
            g_assert_cmpuint (walk->len, ==, FIRST_WINDOW);
            g_assert_true (is_prefix (walk, full));
            n_windows++;
          }
      }

  /* each case was seen, many times */
  g_test_message ("%u windows, %u whole lists, %u empty", n_windows, n_whole, n_empty);
  g_assert_cmpuint (n_windows, >=, 20);
  g_assert_cmpuint (n_whole, >=, 40);
  g_assert_cmpuint (n_empty, >=, 20);
}

/* No walk where the query walks its index already (no long word), nor
 * for more long words than it has parameters for. */
static void
test_no_walk (Fixture       *f,
              gconstpointer  data)
{
  const char * const none[] = { NULL, "", "  ", "d", "de", "de é", "une deux trois quatre" };
  const char * const some[] = { "dec", "un deux trois", "a b c d tva" };

  for (guint i = 0; i < G_N_ELEMENTS (none); i++)
    {
      LtTaskFilter filter = LT_TASK_FILTER_INIT;
      g_autofree char *walk = NULL;

      filter.search = none[i];
      walk = lt_store_suivi_first_window_sql (&filter);
      g_assert_null (walk);
    }
  for (guint i = 0; i < G_N_ELEMENTS (some); i++)
    {
      LtTaskFilter filter = LT_TASK_FILTER_INIT;
      g_autofree char *walk = NULL;

      filter.search = some[i];
      walk = lt_store_suivi_first_window_sql (&filter);
      g_assert_nonnull (walk);
      /* the words bound, never written in the query */
      g_assert_null (strstr (walk, "dec"));
      g_assert_null (strstr (walk, "tva"));
      g_assert_null (strstr (walk, "MATCH"));
    }
}

/* The walk reads the index in the list's order: no sort, and for the
 * statuses no read of the table's rows. */
static void
test_walk_plan (Fixture       *f,
                gconstpointer  data)
{
  for (guint shape = 0; shape < N_SHAPES; shape++)
    {
      LtTaskFilter filter = LT_TASK_FILTER_INIT;
      g_autofree char *walk = NULL;
      g_autofree char *explain = NULL;
      g_autoptr(GString) plan = g_string_new (NULL);
      g_autoptr(sqlite3_stmt) stmt = NULL;

      filter.today = TODAY;
      filter.search = "decla lefevre";
      set_filter_shape (&filter, shape, 1, f->zoe, 1);
      walk = lt_store_suivi_first_window_sql (&filter);
      explain = g_strdup_printf ("EXPLAIN QUERY PLAN %s LIMIT %u", walk, (guint) FIRST_WINDOW);
      g_assert_cmpint (sqlite3_prepare_v2 (lt_store_get_db (f->store), explain, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
      g_test_message ("%s\n%s", walk, plan->str);
      g_assert_null (strstr (plan->str, "TEMP B-TREE"));
      g_assert_null (strstr (plan->str, "CORRELATED"));
      g_assert_null (strstr (plan->str, "tasks_fts"));
      /* a staff or an affaire reads its own index, in order too */
      if (filter.staff_id == 0 && filter.affaire_id == 0)
        g_assert_nonnull (strstr (plan->str, "COVERING INDEX tasks_"));
    }
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *f)
{
  query_model_shadow_replay (f->shadow, model, position, removed, added);
  g_ptr_array_add (f->states, g_array_copy (f->shadow));
}

/* Runs the main loop until the model has no query running (30 s at most). */
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

static LtQueryModel *
new_suivi (Fixture *f)
{
  LtTaskFilter filter = LT_TASK_FILTER_INIT;
  LtQueryModel *model;

  lt_store_set_worker_lists (f->store, TRUE);
  filter.today = TODAY;
  model = lt_store_list_suivi (f->store, &filter);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      gint64 id = lt_query_model_get_id (model, i);

      g_array_append_val (f->shadow, id);
    }
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), f);

  return model;
}

/* Sets a search and waits for its list: the one the full query gives,
 * every state seen on the way one of its first windows. */
static void
search (Fixture      *f,
        LtQueryModel *model,
        const char   *words,
        int           status)
{
  LtTaskFilter filter = LT_TASK_FILTER_INIT;
  g_autoptr(GArray) full = NULL;

  filter.today = TODAY;
  filter.search = words;
  filter.status = status;
  full = full_ids (f, &filter);

  g_ptr_array_set_size (f->states, 0);
  g_assert_true (lt_store_suivi_set_filter (model, &filter, NULL));
  wait_idle (model);

  g_assert_cmpuint (f->states->len, >=, 1);
  for (guint i = 0; i < f->states->len; i++)
    g_assert_true (is_prefix (g_ptr_array_index (f->states, i), full));
  assert_ids_equal (f->shadow, full);
  g_assert_false (lt_query_model_is_loading (model));
}

/* The list as a user sees it: a common word shows the walk's first
 * window, then the rest; a rare one the walk's few rows alone; past the
 * walk's budget, the full query's rows alone. */
static void
test_list_follows_walk (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(LtQueryModel) model = new_suivi (f);
  guint n_queries;

  /* a budget no machine runs out of: each path chosen by the rows alone */
  lt_query_model_set_first_window_budget (model, G_MAXINT64, G_MAXUINT);

  search (f, model, "les", LT_TASK_FILTER_OPEN);
  g_assert_cmpuint (model->n_walks_window, ==, 1);
  /* the window first, then the whole list: two steps */
  g_assert_cmpuint (f->states->len, ==, 2);
  g_assert_cmpuint (((GArray *) g_ptr_array_index (f->states, 0))->len, ==, FIRST_WINDOW);
  g_assert_cmpuint (f->shadow->len, >, FIRST_WINDOW);

  /* an intervenant's name and a word of the tâche */
  search (f, model, "claire les", -1);
  g_assert_cmpuint (f->shadow->len, >, FIRST_WINDOW);
  g_assert_cmpuint (model->n_walks_window, ==, 2);

  /* a few rows: the walk's are the whole list, the trigram index unread */
  n_queries = lt_query_model_get_n_queries (model);
  search (f, model, "zoé", LT_TASK_FILTER_OPEN);
  g_assert_cmpuint (model->n_walks_whole, ==, 1);
  g_assert_cmpuint (f->shadow->len, ==, 2);
  search (f, model, "xyzzy", -1);
  g_assert_cmpuint (model->n_walks_whole, ==, 2);
  g_assert_cmpuint (f->shadow->len, ==, 0);
  g_assert_cmpuint (lt_query_model_get_n_queries (model), ==, n_queries + 2);

  /* no budget: the walk stops at its first look at the clock, having
   * found less than a screen of a rare word: the full query gives the list
   * as before */
  lt_query_model_set_first_window_budget (model, 0, G_MAXUINT);
  search (f, model, "prévisionnel", -1);
  g_assert_cmpuint (model->n_walks_abandoned, ==, 1);
  g_assert_cmpuint (f->shadow->len, ==, 1);
  g_assert_cmpuint (f->states->len, ==, 1);
  /* a common word stopped before its window: the rows found by then are
   * the list's first, shown if they fill a screen (search () checks they
   * are the full query's first rows) */
  lt_query_model_set_first_window_budget (model, G_MAXINT64, 2 * WINDOW_SIZE);
  search (f, model, "les", LT_TASK_FILTER_OPEN);
  g_assert_cmpuint (model->n_walks_part, ==, 1);
  g_assert_cmpuint (f->states->len, ==, 2);
  g_assert_cmpuint (((GArray *) g_ptr_array_index (f->states, 0))->len, >=, 2 * WINDOW_SIZE);
  g_assert_cmpuint (((GArray *) g_ptr_array_index (f->states, 0))->len, <, FIRST_WINDOW);
  g_assert_cmpuint (f->shadow->len, >, FIRST_WINDOW);
  g_assert_cmpuint (model->n_walks_abandoned, ==, 1);
  g_assert_cmpuint (model->n_walks_window, ==, 2);
  g_assert_cmpuint (model->n_walks_whole, ==, 2);

  /* short words walk the index as the query itself: no first walk */
  search (f, model, "de", LT_TASK_FILTER_OPEN);
  g_assert_cmpuint (model->n_walks_window + model->n_walks_whole + model->n_walks_abandoned + model->n_walks_part,
                    ==, 6);

  /* a write refreshes by the full query alone */
  lt_query_model_set_first_window_budget (model, G_MAXINT64, G_MAXUINT);
  search (f, model, "les", LT_TASK_FILTER_OPEN);
  g_assert_cmpuint (model->n_walks_window, ==, 3);
  g_assert_true (lt_store_exec (f->store, "UPDATE tasks SET status = 'done' WHERE id = (SELECT min (id) FROM tasks"
                                          " WHERE status <> 'done' AND instr (search_key, 'les') > 0)", NULL));
  lt_store_notify (f->store, "tasks", 0, LT_STORE_CHANGE_UPDATE);
  while (g_main_context_pending (NULL) && model->job == NULL)
    g_main_context_iteration (NULL, FALSE);
  wait_idle (model);
  g_assert_cmpuint (model->n_walks_window, ==, 3);
  {
    LtTaskFilter filter = LT_TASK_FILTER_INIT;
    g_autoptr(GArray) full = NULL;

    filter.today = TODAY;
    filter.search = "les";
    filter.status = LT_TASK_FILTER_OPEN;
    full = full_ids (f, &filter);
    assert_ids_equal (f->shadow, full);
  }
}

/* Searches typed faster than they are read: only the last one is shown,
 * never a window of one before (each state is a window of the last). */
static void
test_superseded (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LtQueryModel) model = new_suivi (f);
  LtTaskFilter filter = LT_TASK_FILTER_INIT;
  g_autoptr(GArray) full = NULL;
  guint superseded;

  lt_query_model_set_first_window_budget (model, G_MAXINT64, G_MAXUINT);
  wait_idle (model);
  superseded = model->n_superseded;

  filter.today = TODAY;
  filter.status = LT_TASK_FILTER_OPEN;
  filter.search = "preparer";
  g_assert_true (lt_store_suivi_set_filter (model, &filter, NULL));
  filter.search = "xyzzy";
  g_assert_true (lt_store_suivi_set_filter (model, &filter, NULL));
  filter.search = "les";
  g_assert_true (lt_store_suivi_set_filter (model, &filter, NULL));
  full = full_ids (f, &filter);
  g_ptr_array_set_size (f->states, 0);
  wait_idle (model);

  g_assert_cmpuint (model->n_superseded, ==, superseded + 2);
  for (guint i = 0; i < f->states->len; i++)
    g_assert_true (is_prefix (g_ptr_array_index (f->states, i), full));
  assert_ids_equal (f->shadow, full);
}

/* A list dropped while its walk may run: the walk stops, nothing leaks. */
static void
test_dispose_while_walking (Fixture       *f,
                            gconstpointer  data)
{
  LtQueryModel *model = new_suivi (f);
  LtTaskFilter filter = LT_TASK_FILTER_INIT;
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  GCancellable *job;

  lt_query_model_set_first_window_budget (model, G_MAXINT64, G_MAXUINT);
  filter.today = TODAY;
  filter.search = "xyzzy";
  g_assert_true (lt_store_suivi_set_filter (model, &filter, NULL));
  job = g_object_ref (model->job);
  g_object_run_dispose (G_OBJECT (model));
  g_assert_true (g_cancellable_is_cancelled (job));
  g_object_unref (job);
  g_object_unref (model);

  /* the thread lets go of the store once stopped */
  while (G_OBJECT (f->store)->ref_count > 1)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/suivi-first-window/walk-is-first-rows", Fixture, NULL, fixture_set_up, test_walk_is_first_rows,
              fixture_tear_down);
  g_test_add ("/suivi-first-window/no-walk", Fixture, NULL, fixture_set_up, test_no_walk, fixture_tear_down);
  g_test_add ("/suivi-first-window/walk-plan", Fixture, NULL, fixture_set_up, test_walk_plan, fixture_tear_down);
  g_test_add ("/suivi-first-window/list-follows-walk", Fixture, NULL, fixture_set_up, test_list_follows_walk,
              fixture_tear_down);
  g_test_add ("/suivi-first-window/superseded", Fixture, NULL, fixture_set_up, test_superseded, fixture_tear_down);
  g_test_add ("/suivi-first-window/dispose-while-walking", Fixture, NULL, fixture_set_up,
              test_dispose_while_walking, fixture_tear_down);

  return g_test_run ();
}
