/* lt-store-bench.c: the store's benchmarks, each beside a baseline measured in the same run */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-bench"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lt-error.h"
#include "lt-store-affaires.h"
#include "lt-store-bench.h"
#include "lt-store-catalogue.h"
#include "lt-store-private.h"
#include "lt-store-projects.h"
#include "lt-store-seed.h"
#include "lt-task.h"
#include "lt-text.h"

#define N_INSERT      200
#define INSERT_RUNS   15
#define OPEN_RUNS     5
#define SEARCH_RUNS   15
#define PAGE          50
#define SEARCH_TEXT   "declaration"
/* What lt_store_list_tasks runs for a search (lt-store-projects.c): keep in step. */
#define SEARCH_SQL    "SELECT id FROM tasks WHERE (?1 = 0 OR affaire_id = ?1) " \
                      "AND (?2 = 0 OR project_id = ?2) AND (?3 = 0 OR staff_id = ?3) " \
                      "AND (?4 IS NULL OR search_key LIKE '%' || ?4 || '%' ESCAPE '\\') " \
                      "ORDER BY due_date, id"

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), (int (*) (const void *, const void *)) compare_double);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static void
report_line (GString    *report,
             const char *what,
             const char *ours_name,
             double      ours,
             const char *base_name,
             double      base,
             const char *unit,
             double      goal)
{
  double ratio = base > 0 ? ours / base : 0;

  g_string_append_printf (report, "%s: %s %.1f %s, %s %.1f %s, ratio %.2f× (goal ≤ %.1f×) %s\n",
                          what, ours_name, ours, unit, base_name, base, unit, ratio, goal,
                          ratio <= goal ? "ok" : "OVER GOAL");
}

static gboolean
sql_ok (sqlite3  *db,
        int       rc,
        GError  **error)
{
  if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;
  g_set_error (error, LT_ERROR, LT_ERROR_IO, "SQLite: %s", sqlite3_errmsg (db));
  return FALSE;
}

/* 1. Inserting 200 tâches with their links. */

typedef struct {
  char *title;
  char *key;
  char *start;
  char *due;
} Row;

static void
make_rows (Row *rows)
{
  static const char * const titles[] = {
    "Saisir les pièces", "Établir la déclaration de TVA", "Demander les relevés bancaires",
    "Réviser les comptes", "Préparer les bulletins de paie",
  };

  for (guint i = 0; i < N_INSERT; i++)
    {
      g_autoptr(GDate) date = g_date_new_dmy (5, G_DATE_JANUARY, 2026);

      rows[i].title = g_strdup_printf ("%s %u", titles[i % G_N_ELEMENTS (titles)], i);
      rows[i].key = lt_text_fold (rows[i].title);
      g_date_add_days (date, i);
      rows[i].start = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
      g_date_add_days (date, 3);
      rows[i].due = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
    }
}

static void
free_rows (Row *rows)
{
  for (guint i = 0; i < N_INSERT; i++)
    {
      g_free (rows[i].title);
      g_free (rows[i].key);
      g_free (rows[i].start);
      g_free (rows[i].due);
    }
}

static gboolean
insert_through_store (LtStore  *store,
                      Row      *rows,
                      gint64    affaire_id,
                      gint64    staff_id,
                      GError  **error)
{
  gint64 previous = 0;

  if (!lt_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < N_INSERT; i++)
    {
      g_autoptr(LtTask) task = lt_task_new ();

      lt_task_set_affaire_id (task, affaire_id);
      lt_task_set_kind (task, LT_STEP_KIND_TASK);
      lt_task_set_title (task, rows[i].title);
      lt_task_set_staff_id (task, staff_id);
      lt_task_set_delay_days (task, 3);
      lt_task_set_start_date (task, rows[i].start);
      lt_task_set_due_date (task, rows[i].due);

      if (!lt_store_add_task (store, task, error) ||
          (previous != 0 && !lt_store_add_task_link (store, previous, lt_task_get_id (task), 0, NULL, error)))
        {
          lt_store_rollback (store);
          return FALSE;
        }
      previous = lt_task_get_id (task);
    }

  return lt_store_commit (store, error);
}

static gboolean
insert_raw (sqlite3  *db,
            Row      *rows,
            gint64    affaire_id,
            gint64    staff_id,
            GError  **error)
{
  g_autoptr(sqlite3_stmt) task = NULL;
  g_autoptr(sqlite3_stmt) link = NULL;
  gint64 previous = 0;

  if (!sql_ok (db, sqlite3_prepare_v2 (db,
                                       "INSERT INTO tasks (affaire_id, kind, title, staff_id, delay_days, "
                                       "start_date, due_date, search_key) VALUES (?, 'task', ?, ?, 3, ?, ?, ?)",
                                       -1, &task, NULL), error) ||
      !sql_ok (db, sqlite3_prepare_v2 (db, "INSERT INTO task_links (from_task_id, to_task_id, lag_days) VALUES (?, ?, 0)",
                                       -1, &link, NULL), error) ||
      !sql_ok (db, sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), error))
    return FALSE;

  for (guint i = 0; i < N_INSERT; i++)
    {
      gint64 id;

      sqlite3_bind_int64 (task, 1, affaire_id);
      sqlite3_bind_text (task, 2, rows[i].title, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (task, 3, staff_id);
      sqlite3_bind_text (task, 4, rows[i].start, -1, SQLITE_STATIC);
      sqlite3_bind_text (task, 5, rows[i].due, -1, SQLITE_STATIC);
      sqlite3_bind_text (task, 6, rows[i].key, -1, SQLITE_STATIC);
      if (!sql_ok (db, sqlite3_step (task), error))
        goto fail;
      sqlite3_reset (task);
      id = sqlite3_last_insert_rowid (db);

      if (previous != 0)
        {
          sqlite3_bind_int64 (link, 1, previous);
          sqlite3_bind_int64 (link, 2, id);
          if (!sql_ok (db, sqlite3_step (link), error))
            goto fail;
          sqlite3_reset (link);
        }
      previous = id;
    }

  return sql_ok (db, sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), error);

fail:
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

/* A small cabinet (one client, intervenants) to insert tasks into. */
static LtStore *
open_small (const char  *path,
            GError     **error)
{
  g_autoptr(LtStore) store = NULL;

  g_unlink (path);
  store = lt_store_open (path, error);
  if (store == NULL || !lt_store_seed (store, 1, 0, error))
    return NULL;

  return g_steal_pointer (&store);
}

static gboolean
bench_inserts (const char  *dir,
               GString     *report,
               GError     **error)
{
  g_autofree char *store_path = g_build_filename (dir, "insert-store.db", NULL);
  g_autofree char *raw_path = g_build_filename (dir, "insert-raw.db", NULL);
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtStore) raw_store = NULL;
  g_autofree char *synchronous = NULL;
  double ours[INSERT_RUNS], base[INSERT_RUNS];
  Row rows[N_INSERT];
  sqlite3 *db = NULL;
  gboolean ok = TRUE;

  make_rows (rows);

  if (!(store = open_small (store_path, error)) || !(raw_store = open_small (raw_path, error)))
    {
      free_rows (rows);
      return FALSE;
    }

  /* The raw connection gets the store's settings: same journal, same sync. */
  {
    sqlite3_stmt *stmt = lt_store_prepare (store, "PRAGMA synchronous", NULL);

    if (stmt != NULL && lt_store_step (store, stmt) == SQLITE_ROW)
      synchronous = g_strdup_printf ("PRAGMA synchronous = %d; PRAGMA foreign_keys = ON",
                                     sqlite3_column_int (stmt, 0));
    if (stmt != NULL)
      sqlite3_reset (stmt);
  }
  g_clear_object (&raw_store);

  if (!sql_ok (NULL, sqlite3_open_v2 (raw_path, &db, SQLITE_OPEN_READWRITE, NULL), error) ||
      !sql_ok (db, sqlite3_exec (db, synchronous != NULL ? synchronous : "PRAGMA foreign_keys = ON", NULL, NULL, NULL), error))
    ok = FALSE;

  /* Alternate, so that both see the same machine load. */
  for (guint r = 0; ok && r < INSERT_RUNS; r++)
    {
      double t0 = now_ms ();

      ok = insert_through_store (store, rows, 1, 1, error);
      ours[r] = now_ms () - t0;

      t0 = now_ms ();
      ok = ok && insert_raw (db, rows, 1, 1, error);
      base[r] = now_ms () - t0;
    }

  if (ok)
    report_line (report, "Insert 200 tâches with their links", "store", median (ours, INSERT_RUNS),
                 "raw sqlite3", median (base, INSERT_RUNS), "ms", 2.0);

  sqlite3_close (db);
  free_rows (rows);
  return ok;
}

/* 2. Opening and the first page of each list, in a fresh process. */

static long
resident_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return 0;

  return strtol (line + strlen ("VmRSS:"), NULL, 10);
}

static guint
first_page (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < MIN (n, PAGE); i++)
    g_object_unref (g_list_model_get_item (model, i));

  g_object_unref (model);
  return n;
}

/* Opens @path, builds the first page of each list, and prints on stdout
 * the milliseconds it took (total, then when the store was open, when the
 * affaires' page was built, when the tâches' page was built) and the
 * resident memory in kB. Run in a fresh process by the benchmark, so that
 * nothing of the benchmark's own memory is counted. */
int
lt_store_bench_probe (const char *path)
{
  g_autoptr(GError) error = NULL;
  double t0 = now_ms ();
  g_autoptr(LtStore) store = lt_store_open (path, &error);
  double opened, affaires, tasks;

  if (store == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  /* as the application opens its lists: first rows at once, the rest at
   * the next idle (lt_store_set_incremental_lists) */
  lt_store_set_incremental_lists (store, TRUE);
  opened = now_ms () - t0;
  first_page (lt_store_list_affaires (store, NULL, -1, LT_AFFAIRE_SORT_NAME));
  affaires = now_ms () - t0;
  first_page (lt_store_list_tasks (store, 0, 0, 0, NULL));
  tasks = now_ms () - t0;
  first_page (lt_store_list_prestations (store, 0, NULL, FALSE));
  first_page (lt_store_list_categories (store));
  first_page (lt_store_list_staff (store, FALSE));

  printf ("%f %f %f %f %ld\n", now_ms () - t0, opened, affaires, tasks, resident_kb ());
  return 0;
}

static gboolean
measure_open (const char  *probe,
              const char  *path,
              double      *ms,
              long        *rss_kb,
              double      *steps,
              GError     **error)
{
  const char *argv[] = { probe, LT_STORE_BENCH_PROBE_ARG, path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  double total, s0, s1, s2;
  long kb;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, error))
    return FALSE;

  if (!g_spawn_check_wait_status (status, NULL) ||
      sscanf (out, "%lf %lf %lf %lf %ld", &total, &s0, &s1, &s2, &kb) != 5)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_IO, "The measuring process failed on %s: %s", path, err);
      return FALSE;
    }

  *ms = total;
  *rss_kb = kb;
  if (steps != NULL)
    {
      steps[0] = s0;
      steps[1] = s1;
      steps[2] = s2;
    }
  return TRUE;
}

static gboolean
bench_open (const char  *probe,
            const char  *big_path,
            const char  *dir,
            GString     *report,
            GError     **error)
{
  g_autofree char *empty_path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(LtStore) empty = NULL;
  double big_ms[OPEN_RUNS], empty_ms[OPEN_RUNS];
  double big_kb[OPEN_RUNS], empty_kb[OPEN_RUNS];
  double steps[OPEN_RUNS][3];
  double opened[OPEN_RUNS], affaires[OPEN_RUNS], tasks[OPEN_RUNS], others[OPEN_RUNS];

  g_unlink (empty_path);
  if (!(empty = lt_store_open (empty_path, error)))
    return FALSE;
  g_clear_object (&empty);

  for (guint r = 0; r < OPEN_RUNS; r++)
    {
      long kb;

      if (!measure_open (probe, big_path, &big_ms[r], &kb, steps[r], error))
        return FALSE;
      big_kb[r] = kb;
      if (!measure_open (probe, empty_path, &empty_ms[r], &kb, NULL, error))
        return FALSE;
      empty_kb[r] = kb;
    }

  report_line (report, "Open + first page of each list", "big database", median (big_ms, OPEN_RUNS),
               "empty database", median (empty_ms, OPEN_RUNS), "ms", 1.2);
  for (guint r = 0; r < OPEN_RUNS; r++)
    {
      opened[r] = steps[r][0];
      affaires[r] = steps[r][1] - steps[r][0];
      tasks[r] = steps[r][2] - steps[r][1];
      others[r] = big_ms[r] - steps[r][2];
    }
  g_string_append_printf (report, "  (big database, medians: store open %.1f ms, affaires page %.1f ms, "
                          "tâches page %.1f ms, other lists %.1f ms)\n",
                          median (opened, OPEN_RUNS), median (affaires, OPEN_RUNS),
                          median (tasks, OPEN_RUNS), median (others, OPEN_RUNS));
  report_line (report, "Resident memory after that", "big database", median (big_kb, OPEN_RUNS) / 1024.0,
               "empty database", median (empty_kb, OPEN_RUNS) / 1024.0, "MiB", 1.3);
  return TRUE;
}

/* 3. Accent-insensitive search over the tâches. */

static gboolean
bench_search (const char  *big_path,
              GString     *report,
              GError     **error)
{
  g_autoptr(LtStore) store = NULL;
  g_autofree char *pattern = NULL;
  double ours[SEARCH_RUNS], base[SEARCH_RUNS];
  guint n_ours = 0, n_base = 0;
  sqlite3 *db = NULL;
  gboolean ok = TRUE;

  if (!(store = lt_store_open (big_path, error)))
    return FALSE;
  if (!sql_ok (NULL, sqlite3_open_v2 (big_path, &db, SQLITE_OPEN_READONLY, NULL), error))
    return FALSE;

  pattern = lt_text_fold (SEARCH_TEXT);

  for (guint r = 0; ok && r < SEARCH_RUNS; r++)
    {
      g_autoptr(sqlite3_stmt) ids = NULL;
      g_autoptr(sqlite3_stmt) row = NULL;
      g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (gint64));
      double t0 = now_ms ();
      int rc;

      n_ours = first_page (lt_store_list_tasks (store, 0, 0, 0, SEARCH_TEXT));
      ours[r] = now_ms () - t0;

      /* The raw query, then the first page's rows. */
      t0 = now_ms ();
      ok = sql_ok (db, sqlite3_prepare_v2 (db, SEARCH_SQL, -1, &ids, NULL), error) &&
           sql_ok (db, sqlite3_prepare_v2 (db, "SELECT * FROM tasks WHERE id = ?", -1, &row, NULL), error);
      if (!ok)
        break;
      sqlite3_bind_int64 (ids, 1, 0);
      sqlite3_bind_int64 (ids, 2, 0);
      sqlite3_bind_int64 (ids, 3, 0);
      sqlite3_bind_text (ids, 4, pattern, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (ids)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (ids, 0);
          g_array_append_val (found, id);
        }
      for (guint i = 0; i < MIN (found->len, PAGE); i++)
        {
          sqlite3_bind_int64 (row, 1, g_array_index (found, gint64, i));
          sqlite3_step (row);
          sqlite3_reset (row);
        }
      base[r] = now_ms () - t0;
      n_base = found->len;
    }

  sqlite3_close (db);
  if (!ok)
    return FALSE;

  g_string_append_printf (report, "Search « %s »: %u tâches found by the store, %u by the raw SQL%s\n",
                          SEARCH_TEXT, n_ours, n_base, n_ours == n_base ? "" : " (DIFFERENT)");
  report_line (report, "Accent-insensitive search over the tâches", "lazy list", median (ours, SEARCH_RUNS),
               "raw SQL", median (base, SEARCH_RUNS), "ms", 1.5);
  return TRUE;
}

gboolean
lt_store_bench (const char  *dir,
                const char  *probe,
                guint        n_affaires,
                guint        n_tasks,
                GString     *report,
                GError     **error)
{
  g_autofree char *big_path = g_build_filename (dir, "big.db", NULL);
  g_autofree char *wal = g_strconcat (big_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (big_path, "-shm", NULL);

  g_return_val_if_fail (dir != NULL, FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_IO, "%s: %s", dir, g_strerror (errno));
      return FALSE;
    }

  if (!bench_inserts (dir, report, error))
    return FALSE;

  g_unlink (big_path);
  g_unlink (wal);
  g_unlink (shm);
  {
    g_autoptr(LtStore) store = lt_store_open (big_path, error);
    double t0 = now_ms ();

    if (store == NULL || !lt_store_seed (store, n_affaires, n_tasks, error))
      return FALSE;
    g_string_append_printf (report, "Seed %u affaires and %u tâches: %.2f s\n",
                            n_affaires, n_tasks, (now_ms () - t0) / 1000.0);
  }

  return bench_open (probe, big_path, dir, report, error) &&
         bench_search (big_path, report, error);
}
