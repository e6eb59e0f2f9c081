/* test-query-model.c: the lazy list model — builds only what is asked, follows the store's writes */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>

#include "lettrine-core.h"
#include "lt-query-model.h"
#include "lt-store-private.h"

#include "store-fixtures.h"

#define TASKS_SQL \
  "SELECT id FROM tasks " \
  "WHERE ?1 IS NULL OR search_key LIKE '%' || ?1 || '%' ESCAPE '\\' " \
  "ORDER BY due_date, id"

typedef struct {
  char      *dir;
  LtStore   *store;
  guint      n_build_calls;
  guint      n_rows_built;
  GArray    *changes;   /* Change */
  GArray    *shadow;    /* gint64: the ids as a view replaying items-changed sees them */
} Fixture;

typedef struct {
  guint position, removed, added;
} Change;

static void
flush (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Builds tasks from a window of ids in one query: the ids travel as one
 * bound JSON array. */
static gboolean
build_tasks (LtStore      *store,
             const gint64 *ids,
             guint         n_ids,
             GPtrArray    *out,
             gpointer      user_data)
{
  Fixture *fixture = user_data;
  g_autoptr(GString) json = g_string_new ("[");
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  fixture->n_build_calls++;
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append_c (json, ']');

  stmt = lt_store_prepare (store,
                           "SELECT t.id, t.title, t.due_date, t.revision, a.name "
                           "FROM tasks t JOIN affaires a ON a.id = t.affaire_id "
                           "WHERE t.id IN (SELECT value FROM json_each (?1))",
                           &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, json->str, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LtTask *task = lt_task_new ();

      lt_task_set_id (task, sqlite3_column_int64 (stmt, 0));
      lt_task_set_title (task, (const char *) sqlite3_column_text (stmt, 1));
      lt_task_set_due_date (task, (const char *) sqlite3_column_text (stmt, 2));
      lt_task_set_revision (task, sqlite3_column_int64 (stmt, 3));
      lt_task_set_affaire_name (task, (const char *) sqlite3_column_text (stmt, 4));
      g_ptr_array_add (out, task);
      fixture->n_rows_built++;
    }
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE;
}

static void
exec (LtStore    *store,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  lt_store_exec (store, sql, &error);
  g_assert_no_error (error);
}

static char *
due_date (guint i)
{
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, 2027);
  char buffer[16];

  g_date_add_days (date, i % 730);
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", date);
  return g_strdup (buffer);
}

/* Inserts @n tasks (and one affaire) in one transaction, the fast way. */
static void
insert_tasks (Fixture *fixture,
              guint    n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  for (guint i = 0; i < 730; i++)
    g_ptr_array_add (dates, due_date (i));

  g_assert_true (lt_store_begin (fixture->store, &error));
  exec (fixture->store, "INSERT INTO affaires (id, name, search_key) VALUES (1, 'Société Générale', 'societe generale')");
  stmt = lt_store_prepare (fixture->store,
                           "INSERT INTO tasks (affaire_id, title, start_date, due_date, search_key) "
                           "VALUES (1, ?1, '2027-01-01', ?2, ?3)",
                           &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = NULL;
      g_autofree char *key = NULL;

      /* one in a thousand mentions a Société, accents and all */
      if (i % 1000 == 7)
        title = g_strdup_printf ("Révision Société n°%u", i);
      else
        title = g_strdup_printf ("Tâche %u", i);
      key = lt_text_fold (title);

      sqlite3_bind_text (stmt, 1, title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, g_ptr_array_index (dates, (i * 7919) % 730), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, key, -1, SQLITE_TRANSIENT);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  g_assert_true (lt_store_commit (fixture->store, &error));
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->store = store_fixture_open ("lettrine-query-model-XXXXXX", &fixture->dir, NULL);
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  fixture->shadow = g_array_new (FALSE, FALSE, sizeof (gint64));

  insert_tasks (fixture, GPOINTER_TO_UINT (data));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  store_fixture_close (fixture->store, fixture->dir, NULL);
  g_array_unref (fixture->changes);
  g_array_unref (fixture->shadow);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  Change change = { position, removed, added };

  g_array_append_val (fixture->changes, change);

  query_model_shadow_replay (fixture->shadow, model, position, removed, added);
}

static LtQueryModel *
tasks_model (Fixture    *fixture,
             const char *search)
{
  LtQueryModel *model;

  model = lt_query_model_new (fixture->store, "tasks", LT_TYPE_TASK, TASKS_SQL,
                              g_variant_new ("(ms)", search),
                              build_tasks, fixture, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      gint64 id = lt_query_model_get_id (model, i);
      g_array_append_val (fixture->shadow, id);
    }
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), fixture);

  return model;
}

static GArray *
query_ids (LtStore *store)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = lt_store_prepare (store, "SELECT id FROM tasks ORDER BY due_date, id", NULL);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  return ids;
}

static void
assert_shadow_matches (Fixture *fixture)
{
  g_autoptr(GArray) ids = query_ids (fixture->store);

  g_assert_cmpuint (fixture->shadow->len, ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpint (g_array_index (fixture->shadow, gint64, i), ==, g_array_index (ids, gint64, i));
}

/* Writes like the store does: one transaction, one notification per row,
 * emitted at commit. */
static gint64
add_task (Fixture    *fixture,
          const char *title,
          const char *due)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = lt_store_prepare (fixture->store,
                           "INSERT INTO tasks (affaire_id, title, start_date, due_date) "
                           "VALUES (1, ?1, '2027-01-01', ?2) RETURNING id",
                           &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, due, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  lt_store_notify (fixture->store, "tasks", id, LT_STORE_CHANGE_INSERT);

  return id;
}

static void
write_task (Fixture    *fixture,
            const char *sql,
            const char *value,
            gint64      id,
            LtStoreChange change)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = lt_store_prepare (fixture->store, sql, &error);

  g_assert_no_error (error);
  if (value != NULL)
    {
      sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, id);
    }
  else
    sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_reset (stmt);
  lt_store_notify (fixture->store, "tasks", id, change);
}

static void
begin (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_store_begin (fixture->store, &error));
  g_assert_no_error (error);
}

static void
commit (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_store_commit (fixture->store, &error));
  g_assert_no_error (error);
}

static void
test_lazy_200000 (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(LtQueryModel) model = NULL;
  g_autoptr(LtTask) task = NULL;
  g_autoptr(LtTask) next = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  double open_time, item_time;

  model = lt_query_model_new (fixture->store, "tasks", LT_TYPE_TASK, TASKS_SQL,
                              g_variant_new ("(ms)", NULL), build_tasks, fixture, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 200000);
  open_time = g_timer_elapsed (timer, NULL);
  g_assert_cmpuint (lt_query_model_get_n_built (model), ==, 0);
  g_assert_cmpuint (fixture->n_rows_built, ==, 0);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == LT_TYPE_TASK);

  g_timer_start (timer);
  task = g_list_model_get_item (G_LIST_MODEL (model), 150000);
  item_time = g_timer_elapsed (timer, NULL);
  g_test_message ("200 000 rows: ids read in %.1f ms, item 150 000 built in %.3f ms",
                  open_time * 1000, item_time * 1000);

  /* the right row, and only a window around it built, in one call */
  ids = query_ids (fixture->store);
  g_assert_cmpint (lt_task_get_id (task), ==, g_array_index (ids, gint64, 150000));
  g_assert_cmpstr (lt_task_get_affaire_name (task), ==, "Société Générale");
  g_assert_cmpuint (fixture->n_build_calls, ==, 1);
  g_assert_cmpuint (lt_query_model_get_n_built (model), ==, 64);
  g_assert_cmpuint (fixture->n_rows_built, ==, 64);

  /* its neighbours come from the cache, the same objects every time */
  next = g_list_model_get_item (G_LIST_MODEL (model), 150001);
  g_assert_cmpint (lt_task_get_id (next), ==, g_array_index (ids, gint64, 150001));
  g_assert_cmpuint (fixture->n_build_calls, ==, 1);
  {
    g_autoptr(LtTask) again = g_list_model_get_item (G_LIST_MODEL (model), 150000);
    g_assert_true (again == task);
  }

  /* the ends */
  {
    g_autoptr(LtTask) last = g_list_model_get_item (G_LIST_MODEL (model), 199999);
    g_autoptr(LtTask) first = g_list_model_get_item (G_LIST_MODEL (model), 0);

    g_assert_cmpint (lt_task_get_id (last), ==, g_array_index (ids, gint64, 199999));
    g_assert_cmpint (lt_task_get_id (first), ==, g_array_index (ids, gint64, 0));
    g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 200000));
    g_assert_cmpint (lt_query_model_get_id (model, 200000), ==, 0);
  }

  /* scrolling 3000 rows builds each once, in windows; the cache stays bounded */
  fixture->n_build_calls = 0;
  fixture->n_rows_built = 0;
  for (guint i = 0; i < 3000; i++)
    {
      g_autoptr(LtTask) row = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_assert_cmpint (lt_task_get_id (row), ==, g_array_index (ids, gint64, i));
    }
  g_assert_cmpuint (fixture->n_rows_built, <=, 3000 + 64);
  g_assert_cmpuint (fixture->n_build_calls, <=, 3000 / 48 + 2);
  g_assert_cmpuint (lt_query_model_get_n_cached (model), <=, 512);
  g_assert_cmpuint (lt_query_model_get_n_built (model), <, 4000);

  /* row 0 fell out of the cache: asked again, it is built again */
  fixture->n_rows_built = 0;
  g_clear_object (&task);
  task = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpint (lt_task_get_id (task), ==, g_array_index (ids, gint64, 0));
  g_assert_cmpuint (fixture->n_rows_built, >, 0);

  g_assert_cmpuint (lt_query_model_get_n_queries (model), ==, 1);
  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
test_insert_delete (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(LtQueryModel) model = tasks_model (fixture, NULL);
  g_autoptr(LtTask) task = NULL;
  Change change;
  guint position;
  gint64 id;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1000);

  begin (fixture);
  id = add_task (fixture, "Nouvelle tâche", "2027-06-15");
  /* nothing before the commit */
  flush ();
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  commit (fixture);
  flush ();

  g_assert_cmpuint (fixture->changes->len, ==, 1);
  g_assert_true (lt_query_model_find (model, id, &position));
  change = g_array_index (fixture->changes, Change, 0);
  g_assert_cmpuint (change.position, ==, position);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1001);
  task = g_list_model_get_item (G_LIST_MODEL (model), position);
  g_assert_cmpstr (lt_task_get_title (task), ==, "Nouvelle tâche");
  assert_shadow_matches (fixture);

  g_array_set_size (fixture->changes, 0);
  begin (fixture);
  write_task (fixture, "DELETE FROM tasks WHERE id = ?1", NULL, id, LT_STORE_CHANGE_DELETE);
  commit (fixture);
  flush ();
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  change = g_array_index (fixture->changes, Change, 0);
  g_assert_cmpuint (change.position, ==, position);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 0);
  g_assert_false (lt_query_model_find (model, id, NULL));
  assert_shadow_matches (fixture);

  /* a rolled back transaction changes nothing and tells nothing */
  g_array_set_size (fixture->changes, 0);
  begin (fixture);
  add_task (fixture, "Abandonnée", "2027-06-15");
  lt_store_rollback (fixture->store);
  flush ();
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  g_assert_cmpuint (lt_query_model_get_n_queries (model), ==, 3);
  assert_shadow_matches (fixture);
}

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(LtQueryModel) model = tasks_model (fixture, NULL);
  g_autoptr(LtTask) before = g_list_model_get_item (G_LIST_MODEL (model), 10);
  g_autoptr(LtTask) after = NULL;
  g_autoptr(LtTask) moved = NULL;
  gint64 id = lt_task_get_id (before);
  guint n_built = lt_query_model_get_n_built (model);
  Change change;
  guint position;

  /* same place in the list: only its row is told, and rebuilt */
  begin (fixture);
  write_task (fixture, "UPDATE tasks SET title = ?1, revision = revision + 1 WHERE id = ?2",
              "Titre modifié", id, LT_STORE_CHANGE_UPDATE);
  commit (fixture);
  flush ();
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  change = g_array_index (fixture->changes, Change, 0);
  g_assert_cmpuint (change.position, ==, 10);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 1);
  after = g_list_model_get_item (G_LIST_MODEL (model), 10);
  g_assert_true (after != before);
  g_assert_cmpstr (lt_task_get_title (after), ==, "Titre modifié");
  g_assert_cmpstr (lt_task_get_title (before), !=, "Titre modifié");
  g_assert_cmpuint (lt_query_model_get_n_built (model), ==, n_built + 1);

  /* a row not in the cache is not told: no view shows it */
  g_array_set_size (fixture->changes, 0);
  begin (fixture);
  write_task (fixture, "UPDATE tasks SET title = ?1 WHERE id = ?2",
              "Loin", lt_query_model_get_id (model, 900), LT_STORE_CHANGE_UPDATE);
  commit (fixture);
  flush ();
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  /* moved to the end: one span from its old place */
  begin (fixture);
  write_task (fixture, "UPDATE tasks SET due_date = ?1 WHERE id = ?2",
              "2030-01-01", id, LT_STORE_CHANGE_UPDATE);
  commit (fixture);
  flush ();
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  change = g_array_index (fixture->changes, Change, 0);
  g_assert_cmpuint (change.position, ==, 10);
  g_assert_cmpuint (change.removed, ==, 990);
  g_assert_cmpuint (change.added, ==, 990);
  g_assert_true (lt_query_model_find (model, id, &position));
  g_assert_cmpuint (position, ==, 999);
  moved = g_list_model_get_item (G_LIST_MODEL (model), 999);
  g_assert_cmpstr (lt_task_get_due_date (moved), ==, "2030-01-01");
  assert_shadow_matches (fixture);
}

static void
test_burst (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(LtQueryModel) model = tasks_model (fixture, NULL);
  guint n_queries = lt_query_model_get_n_queries (model);

  /* 100 rows in one transaction: 100 notifications, one query */
  begin (fixture);
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *title = g_strdup_printf ("Lot %u", i);
      g_autofree char *due = due_date (i * 3);
      add_task (fixture, title, due);
    }
  commit (fixture);
  flush ();
  g_assert_cmpuint (lt_query_model_get_n_queries (model), ==, n_queries + 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1100);
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  assert_shadow_matches (fixture);
}

static void
test_dependencies (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(LtQueryModel) model = tasks_model (fixture, NULL);
  g_autoptr(LtTask) a = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_autoptr(LtTask) b = g_list_model_get_item (G_LIST_MODEL (model), 500);
  g_autoptr(LtTask) renamed = NULL;
  guint n_queries = lt_query_model_get_n_queries (model);
  guint n_changed_rows = 0;

  /* rows 0 and 500 are held, as a view holds the rows it shows */
  g_assert_nonnull (a);
  g_assert_nonnull (b);

  /* another table: nothing to do */
  lt_store_notify (fixture->store, "staff", 1, LT_STORE_CHANGE_INSERT);
  lt_store_notify (fixture->store, "affaires", 1, LT_STORE_CHANGE_UPDATE);
  flush ();
  g_assert_cmpuint (lt_query_model_get_n_queries (model), ==, n_queries);
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  /* once the list shows the affaire's name, its rows built are told again */
  lt_query_model_add_dependency (model, "affaires");
  exec (fixture->store, "UPDATE affaires SET name = 'Société Nouvelle' WHERE id = 1");
  lt_store_notify (fixture->store, "affaires", 1, LT_STORE_CHANGE_UPDATE);
  flush ();
  g_assert_cmpuint (lt_query_model_get_n_queries (model), ==, n_queries + 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1000);
  for (guint i = 0; i < fixture->changes->len; i++)
    {
      Change change = g_array_index (fixture->changes, Change, i);

      g_assert_cmpuint (change.removed, ==, change.added);
      n_changed_rows += change.added;
    }
  /* the two windows built (64 rows each), in two spans */
  g_assert_cmpuint (fixture->changes->len, ==, 2);
  g_assert_cmpuint (n_changed_rows, ==, 128);
  renamed = g_list_model_get_item (G_LIST_MODEL (model), 500);
  g_assert_cmpstr (lt_task_get_affaire_name (renamed), ==, "Société Nouvelle");
  assert_shadow_matches (fixture);

  /* its own table as a dependency: one row written, every row held told */
  {
    g_autoptr(LtTask) first = g_list_model_get_item (G_LIST_MODEL (model), 0);
    gint64 far_id = lt_query_model_get_id (model, 900);

    g_assert_nonnull (first);

    lt_query_model_add_dependency (model, "tasks");
    g_array_set_size (fixture->changes, 0);
    begin (fixture);
    write_task (fixture, "UPDATE tasks SET title = ?1 WHERE id = ?2", "Prédécesseur fini",
                far_id, LT_STORE_CHANGE_UPDATE);
    commit (fixture);
    flush ();
    g_assert_cmpuint (fixture->changes->len, ==, 2);   /* 0…63 and 484…547; 900 was never built */
    g_assert_cmpuint (g_array_index (fixture->changes, Change, 0).position, ==, 0);
    assert_shadow_matches (fixture);
  }
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(LtQueryModel) model = tasks_model (fixture, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *folded = lt_text_fold ("SOCIÉTÉ");
  g_autoptr(LtTask) task = NULL;
  sqlite3_stmt *stmt;

  g_assert_true (lt_query_model_set_params (model, g_variant_new ("(ms)", folded), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 10);   /* 7, 1007, … 9007 */
  task = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_true (g_str_has_prefix (lt_task_get_title (task), "Révision Société"));
  g_assert_cmpstr (g_variant_get_type_string (lt_query_model_get_params (model)), ==, "(ms)");

  /* what users type is bound, never run */
  g_assert_true (lt_query_model_set_params (model, g_variant_new ("(ms)", "'); DROP TABLE tasks;--"), &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_true (lt_query_model_set_params (model, g_variant_new ("(ms)", "%"), &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 10000);   /* LIKE's % matches all: harmless */

  g_assert_true (lt_query_model_set_params (model, g_variant_new ("(ms)", NULL), &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 10000);
  stmt = lt_store_prepare (fixture->store, "SELECT count(*) FROM tasks", &error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 10000);
  sqlite3_reset (stmt);
  assert_shadow_matches (fixture);
}

static void
test_deleted_before_refresh (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(LtQueryModel) model = tasks_model (fixture, NULL);
  g_autoptr(LtTask) ghost = NULL;
  gint64 id = lt_query_model_get_id (model, 300);

  /* deleted, and a view asks for the row before the refresh ran */
  begin (fixture);
  write_task (fixture, "DELETE FROM tasks WHERE id = ?1", NULL, id, LT_STORE_CHANGE_DELETE);
  commit (fixture);
  ghost = g_list_model_get_item (G_LIST_MODEL (model), 300);
  g_assert_nonnull (ghost);
  g_assert_cmpint (lt_task_get_id (ghost), ==, id);
  flush ();
  g_assert_false (lt_query_model_find (model, id, NULL));
  assert_shadow_matches (fixture);
}

/* Random writes in random transactions: a view replaying items-changed
 * always sees exactly what the query says. */
static void
test_random_writes (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(LtQueryModel) model = tasks_model (fixture, NULL);
  GRand *rand = g_rand_new_with_seed (20261123);

  for (guint round = 0; round < 150; round++)
    {
      guint n_ops = g_rand_int_range (rand, 1, 6);

      /* views hold some rows */
      for (guint k = 0; k < 3; k++)
        {
          guint n = g_list_model_get_n_items (G_LIST_MODEL (model));
          g_autoptr(GObject) row = n > 0 ? g_list_model_get_item (G_LIST_MODEL (model),
                                                                  g_rand_int_range (rand, 0, n))
                                         : NULL;

          g_assert_true (n == 0 || row != NULL);
        }

      begin (fixture);
      for (guint op = 0; op < n_ops; op++)
        {
          guint n = g_list_model_get_n_items (G_LIST_MODEL (model));
          gint64 id = n > 0 ? lt_query_model_get_id (model, g_rand_int_range (rand, 0, n)) : 0;
          g_autofree char *due = due_date (g_rand_int_range (rand, 0, 730));

          switch (g_rand_int_range (rand, 0, 3))
            {
            case 0:
              add_task (fixture, "Aléatoire", due);
              break;
            case 1:
              if (id != 0)
                write_task (fixture, "DELETE FROM tasks WHERE id = ?1", NULL, id, LT_STORE_CHANGE_DELETE);
              break;
            default:
              if (id != 0)
                write_task (fixture, "UPDATE tasks SET due_date = ?1 WHERE id = ?2", due, id,
                            LT_STORE_CHANGE_UPDATE);
              break;
            }
        }
      if (g_rand_int_range (rand, 0, 10) == 0)
        lt_store_rollback (fixture->store);
      else
        commit (fixture);
      flush ();
      assert_shadow_matches (fixture);
    }

  g_rand_free (rand);
}

typedef struct {
  guint position, removed, added, n_signals;
} IncrementalChange;

static void
on_change (GListModel *model,
           guint       position,
           guint       removed,
           guint       added,
           IncrementalChange *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->n_signals++;
}

static void
test_incremental (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(LtQueryModel) model = NULL;
  g_autoptr(LtQueryModel) other = NULL;
  g_autoptr(GArray) ids = query_ids (fixture->store);
  IncrementalChange change = { 0, };
  guint position = 0;

  /* the application's lists: the first rows at once, the rest at the next
   * idle as one change at the tail */
  lt_store_set_incremental_lists (fixture->store, TRUE);
  model = lt_query_model_new (fixture->store, "tasks", LT_TYPE_TASK, TASKS_SQL,
                              g_variant_new ("(ms)", NULL), build_tasks, fixture, NULL);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_change), &change);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 256);
  for (guint i = 0; i < 256; i++)
    g_assert_cmpint (lt_query_model_get_id (model, i), ==, g_array_index (ids, gint64, i));

  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (change.n_signals, ==, 1);
  g_assert_cmpuint (change.position, ==, 256);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 200000 - 256);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 200000);
  g_assert_cmpint (lt_query_model_get_id (model, 199999), ==, g_array_index (ids, gint64, 199999));

  /* a row past the first window is found before the rest has come */
  other = lt_query_model_new (fixture->store, "tasks", LT_TYPE_TASK, TASKS_SQL,
                              g_variant_new ("(ms)", NULL), build_tasks, fixture, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (other)), ==, 256);
  g_assert_true (lt_query_model_find (other, g_array_index (ids, gint64, 150000), &position));
  g_assert_cmpuint (position, ==, 150000);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (other)), ==, 200000);

  lt_store_set_incremental_lists (fixture->store, FALSE);
  g_assert_finalize_object (g_steal_pointer (&model));
  g_assert_finalize_object (g_steal_pointer (&other));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, n, func) \
  g_test_add (path, Fixture, GUINT_TO_POINTER (n), fixture_setup, func, fixture_teardown)

  ADD ("/query-model/lazy-200000", 200000, test_lazy_200000);
  ADD ("/query-model/incremental", 200000, test_incremental);
  ADD ("/query-model/insert-delete", 1000, test_insert_delete);
  ADD ("/query-model/update", 1000, test_update);
  ADD ("/query-model/burst", 1000, test_burst);
  ADD ("/query-model/dependencies", 1000, test_dependencies);
  ADD ("/query-model/search", 10000, test_search);
  ADD ("/query-model/deleted-before-refresh", 1000, test_deleted_before_refresh);
  ADD ("/query-model/random-writes", 1000, test_random_writes);

  return g_test_run ();
}
