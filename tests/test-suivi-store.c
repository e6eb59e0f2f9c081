/* test-suivi-store.c: the suivi at any size — stored status, its index, the trigram search */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lt-store-check.h"
#include "lt-store-private.h"
#include "lt-store-project-ops.h"
#include "lt-store-projects.h"
#include "lt-store-seed.h"
#include "lt-store-task-list.h"
#include "lt-text.h"

#include "store-fixtures.h"

typedef struct {
  char    *dir;
  char    *path;
  LtStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = store_fixture_open ("lt-suivi-XXXXXX", &f->dir, &f->path);
  /* a small cabinet, with chains of linked tasks, some done */
  g_assert_true (lt_store_seed (f->store, 20, GPOINTER_TO_UINT (data), &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  store_fixture_close (f->store, f->dir, f->path);
}

static gint64
query_int_of (LtStore    *store,
              const char *sql,
              gint64      param)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (lt_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, param);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int64 (stmt, 0);
}

static LtTaskStatus
status_of (LtStore *store,
           gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) task = lt_store_get_task (store, id, &error);

  g_assert_no_error (error);
  return lt_task_get_status (task);
}

/* A seeded task with a predecessor, both open, tâches. */
static void
find_open_pair (LtStore *store,
                gint64  *from,
                gint64  *to)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (lt_store_get_db (store),
                                       "SELECT l.from_task_id, l.to_task_id FROM task_links l"
                                       " JOIN tasks f ON f.id = l.from_task_id JOIN tasks t ON t.id = l.to_task_id"
                                       " WHERE f.kind = 'task' AND t.kind = 'task' AND f.done_on IS NULL"
                                       " AND t.done_on IS NULL"
                                       " AND NOT EXISTS (SELECT 1 FROM task_links p WHERE p.to_task_id = f.id)"
                                       " AND (SELECT count(*) FROM task_links p WHERE p.to_task_id = t.id) = 1"
                                       " ORDER BY l.id LIMIT 1", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  *from = sqlite3_column_int64 (stmt, 0);
  *to = sqlite3_column_int64 (stmt, 1);
}

/* Every write that changes a status keeps the stored one right, in its
 * own transaction: checked against the rule after each. */
static void
test_status_kept (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);
  gint64 from, to, link_id, n_tasks;

  assert_check_clean (f->store);

  find_open_pair (f->store, &from, &to);
  g_assert_cmpint (status_of (f->store, to), ==, LT_TASK_STATUS_BLOCKED);

  /* done: the successor is free; reopened: blocked again */
  g_assert_true (lt_store_task_mark_done (f->store, from, 0, "2026-12-01", FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (f->store, from), ==, LT_TASK_STATUS_DONE);
  g_assert_cmpint (status_of (f->store, to), ==, LT_TASK_STATUS_TODO);
  assert_check_clean (f->store);
  g_assert_true (lt_store_task_reopen (f->store, from, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (f->store, to), ==, LT_TASK_STATUS_BLOCKED);

  /* the link removed, then added again */
  link_id = query_int_of (f->store, "SELECT id FROM task_links WHERE to_task_id = ?", to);
  g_assert_true (lt_store_delete_task_link (f->store, link_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (f->store, to), ==, LT_TASK_STATUS_TODO);
  g_assert_true (lt_store_add_task_link (f->store, from, to, 0, &link_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (f->store, to), ==, LT_TASK_STATUS_BLOCKED);

  /* the predecessor deleted */
  g_assert_true (lt_store_delete_task (f->store, from, 0, &error) ||
                 (g_clear_error (&error), lt_store_delete_task (f->store, from,
                                                                query_int_of (f->store, "SELECT revision FROM tasks WHERE id = ?", from),
                                                                &error)));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (f->store, to), ==, LT_TASK_STATUS_TODO);
  assert_check_clean (f->store);

  /* many writes at random, checked against the rule at the end */
  n_tasks = query_int_of (f->store, "SELECT max (id) FROM tasks WHERE ?1 = 0", 0);
  for (guint i = 0; i < 200; i++)
    {
      gint64 id = g_rand_int_range (rand, 1, (gint32) n_tasks + 1);
      gint64 other = g_rand_int_range (rand, 1, (gint32) n_tasks + 1);
      g_autoptr(GError) refused = NULL;

      switch (g_rand_int_range (rand, 0, 4))
        {
        case 0:
          lt_store_task_mark_done (f->store, id, 0, "2026-12-31", FALSE, &refused);
          break;
        case 1:
          lt_store_task_reopen (f->store, id, 0, &refused);
          break;
        case 2:
          /* older to newer: never a cycle */
          lt_store_add_task_link (f->store, MIN (id, other), MAX (id, other), 0, NULL, &refused);
          break;
        default:
          link_id = query_int_of (f->store, "SELECT coalesce (max (id), 0) FROM task_links WHERE to_task_id = ?", id);
          if (link_id != 0)
            lt_store_delete_task_link (f->store, link_id, &refused);
          break;
        }
    }
  assert_check_clean (f->store);
}

/* A status written wrong behind the store's back: check says so. */
static void
test_check_finds_wrong_status (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *needle = NULL;
  gint64 from, to;
  gboolean found = FALSE;

  find_open_pair (f->store, &from, &to);
  g_assert_true (lt_store_exec (f->store, "UPDATE tasks SET status = 'todo' WHERE status = 'blocked'", &error));
  g_assert_no_error (error);

  problems = lt_store_check (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, >, 0);
  needle = g_strdup_printf ("(%" G_GINT64_FORMAT ") is stored as « To do » but its dates and predecessors make it « Blocked »", to);
  for (guint i = 0; i < problems->len; i++)
    found = found || strstr (problems->pdata[i], needle) != NULL;
  g_assert_true (found);
}

static char *
query_plan (LtStore    *store,
            const char *sql)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GString *plan = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (lt_store_get_db (store), explain, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));

  return g_string_free (plan, FALSE);
}

/* The default view (« Non terminées », by due date) walks its index in
 * order; so does a status. */
static void
test_default_view_plan (Fixture       *f,
                        gconstpointer  data)
{
  LtTaskFilter filter = LT_TASK_FILTER_INIT;
  g_autofree char *sql = NULL;
  g_autofree char *plan = NULL;

  filter.status = LT_TASK_FILTER_OPEN;
  sql = lt_store_suivi_sql (&filter);
  plan = query_plan (f->store, sql);
  g_test_message ("%s\n%s", sql, plan);
  g_assert_nonnull (strstr (plan, "tasks_open_due"));
  g_assert_null (strstr (plan, "TEMP B-TREE"));
  g_clear_pointer (&sql, g_free);
  g_clear_pointer (&plan, g_free);

  filter.status = LT_TASK_STATUS_WAITING_CLIENT;
  sql = lt_store_suivi_sql (&filter);
  plan = query_plan (f->store, sql);
  g_assert_nonnull (strstr (plan, "tasks_status_due"));
  g_assert_null (strstr (plan, "TEMP B-TREE"));
  g_clear_pointer (&sql, g_free);
  g_clear_pointer (&plan, g_free);

  /* an intervenant's open tasks: his index, in order too */
  filter.status = LT_TASK_FILTER_OPEN;
  filter.staff_id = 1;
  sql = lt_store_suivi_sql (&filter);
  plan = query_plan (f->store, sql);
  g_assert_null (strstr (plan, "TEMP B-TREE"));
}

static GArray *
model_ids (LtQueryModel *model)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      gint64 id = lt_query_model_get_id (model, i);

      g_array_append_val (ids, id);
    }

  return ids;
}

/* What the search before the trigram index did: each word (folded) a
 * substring of search_key or of the intervenant's name (migration 013),
 * the status computed per row. */
static GArray *
scan_ids (LtStore    *store,
          const char *search,
          gboolean    open)
{
  static const char old_status[] =
    "CASE"
    " WHEN (t.kind = 'task' AND t.done_on IS NOT NULL) OR (t.kind = 'request' AND t.answered_on IS NOT NULL) THEN 'done'"
    " WHEN t.kind = 'request' AND t.sent_on IS NOT NULL THEN 'sent'"
    " WHEN EXISTS (SELECT 1 FROM task_links l JOIN tasks p ON p.id = l.from_task_id"
    "              WHERE l.to_task_id = t.id AND p.kind = 'request' AND p.answered_on IS NULL) THEN 'waiting-client'"
    " WHEN EXISTS (SELECT 1 FROM task_links l JOIN tasks p ON p.id = l.from_task_id"
    "              WHERE l.to_task_id = t.id AND p.kind = 'task' AND p.done_on IS NULL) THEN 'blocked'"
    " ELSE 'todo' END";
  g_autofree char *folded = lt_text_fold (search);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  g_autofree char *sql = g_strdup_printf ("SELECT t.id FROM tasks t LEFT JOIN staff s ON s.id = t.staff_id WHERE (?3 = 0 OR (%s) <> 'done')"
                                          " AND (instr (t.search_key, ?1) > 0 OR instr (coalesce (s.search_key, ''), ?1) > 0)"
                                          " AND (instr (t.search_key, ?2) > 0 OR instr (coalesce (s.search_key, ''), ?2) > 0)"
                                          " ORDER BY t.due_date, t.id", old_status);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_cmpint (sqlite3_prepare_v2 (lt_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, words[0], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, words[0] != NULL && words[1] != NULL ? words[1] : "", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, open);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  return ids;
}

static void
assert_same_ids (GArray *a,
                 GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpint (g_array_index (a, gint64, i), ==, g_array_index (b, gint64, i));
}

/* The trigram index finds what the scan found, accents and case ignored;
 * words of one or two characters are scanned; both mixed. */
static void
test_search_same_as_scan (Fixture       *f,
                          gconstpointer  data)
{
  const char *searches[] = {
    "decla", "DÉCLA", "déclaration", "tva", "é", "de", "re", "comptes", "bilan diri",
    "tva de", "de tva", "kbis", "pièces", "nothing like it", "l’inventaire", "u",
  };
  LtTaskFilter filter = LT_TASK_FILTER_INIT;
  g_autoptr(LtQueryModel) model = lt_store_list_suivi (f->store, &filter);

  for (guint open = 0; open < 2; open++)
    for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(GArray) ours = NULL;
        g_autoptr(GArray) scanned = NULL;

        filter.status = open ? LT_TASK_FILTER_OPEN : -1;
        filter.search = searches[i];
        g_assert_true (lt_store_suivi_set_filter (model, &filter, &error));
        g_assert_no_error (error);
        ours = model_ids (model);
        scanned = scan_ids (f->store, searches[i], open);
        g_test_message ("« %s » open %u: %u rows", searches[i], open, ours->len);
        assert_same_ids (ours, scanned);
        if (g_str_equal (searches[i], "decla"))
          g_assert_cmpuint (ours->len, >, 0);
      }
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

/* The index follows the tasks: a title changed, a task deleted, an
 * affaire deleted with all its tasks. */
static void
test_search_follows_writes (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) task = NULL;
  gint64 id = query_int_of (f->store, "SELECT min (id) FROM tasks WHERE ?1 = 0", 0);
  gint64 affaire;

  g_assert_cmpuint (count_search (f->store, "zygomatique"), ==, 0);
  task = lt_store_get_task (f->store, id, &error);
  g_assert_no_error (error);
  lt_task_set_title (task, "Vérifier le zygomatique");
  g_assert_true (lt_store_update_task (f->store, task, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_search (f->store, "ZYGOMATIQUE"), ==, 1);
  g_assert_cmpuint (count_search (f->store, "verifier le zygo"), ==, 1);

  g_assert_true (lt_store_delete_task (f->store, id, lt_task_get_revision (task), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_search (f->store, "zygomatique"), ==, 0);

  affaire = query_int_of (f->store, "SELECT affaire_id FROM tasks WHERE id = (SELECT max (id) FROM tasks) AND ?1 = 0", 0);
  g_assert_true (lt_store_exec (f->store, "PRAGMA foreign_keys = ON", &error));
  g_assert_true (lt_store_begin (f->store, &error));
  {
    sqlite3_stmt *stmt = lt_store_prepare (f->store, "DELETE FROM affaires WHERE id = ?", &error);

    g_assert_nonnull (stmt);
    sqlite3_bind_int64 (stmt, 1, affaire);
    g_assert_cmpint (lt_store_step (f->store, stmt), ==, SQLITE_DONE);
    sqlite3_reset (stmt);
  }
  g_assert_true (lt_store_commit (f->store, &error));
  g_assert_cmpint (query_int_of (f->store, "SELECT count (*) FROM tasks WHERE affaire_id = ?", affaire), ==, 0);

  /* the index holds exactly the table's keys */
  g_assert_true (lt_store_exec (f->store, "INSERT INTO tasks_fts (tasks_fts, rank) VALUES ('integrity-check', 1)",
                                &error));
  g_assert_no_error (error);
}

/* A database of schema 2 gets its statuses from the migration. */
static void
test_migration (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lt-suivi-XXXXXX", NULL);
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

  /* the demande answered, the tâche after it free, the next one blocked */
  g_assert_cmpint (status_of (store, 1), ==, LT_TASK_STATUS_DONE);
  g_assert_cmpint (status_of (store, 2), ==, LT_TASK_STATUS_TODO);
  g_assert_cmpint (status_of (store, 3), ==, LT_TASK_STATUS_BLOCKED);
  assert_check_clean (store);
  g_assert_cmpuint (count_search (store, "revis"), ==, 1);

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

  g_test_add ("/suivi-store/status-kept", Fixture, GUINT_TO_POINTER (400),
              fixture_set_up, test_status_kept, fixture_tear_down);
  g_test_add ("/suivi-store/check-finds-wrong-status", Fixture, GUINT_TO_POINTER (400),
              fixture_set_up, test_check_finds_wrong_status, fixture_tear_down);
  g_test_add ("/suivi-store/default-view-plan", Fixture, GUINT_TO_POINTER (2000),
              fixture_set_up, test_default_view_plan, fixture_tear_down);
  g_test_add ("/suivi-store/search-same-as-scan", Fixture, GUINT_TO_POINTER (3000),
              fixture_set_up, test_search_same_as_scan, fixture_tear_down);
  g_test_add ("/suivi-store/search-follows-writes", Fixture, GUINT_TO_POINTER (300),
              fixture_set_up, test_search_follows_writes, fixture_tear_down);
  g_test_add_func ("/suivi-store/migration", test_migration);

  return g_test_run ();
}
