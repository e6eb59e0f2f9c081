/* bench-projects.c: saving a 200-task project vs raw inserts; the suivi with 200,000 tasks vs an empty database */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include <adwaita.h>

#include "lt-context.h"
#include "lt-store-private.h"
#include "lt-tasks-page.h"
#include "lt-store-project-ops.h"
#include "lt-store-seed.h"
#include "lt-store-task-list.h"

#define N_SAVES 15

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), (GCompareFunc) compare_doubles);
  return values[n / 2];
}

static long
rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;
  long kb = 0;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmRSS:");
  if (line != NULL)
    sscanf (line, "VmRSS: %ld", &kb);

  return kb;
}

/* 20 prestations of 10 steps (a demande then 9 chained tâches). */
static void
make_catalogue (LtStore *store)
{
  g_autoptr(GError) error = NULL;

  lt_store_exec (store,
                 "INSERT INTO staff (id, name, weekly_hours) VALUES (901, 'Bench Intervenant', 35);"
                 "INSERT INTO affaires (id, state, name) VALUES (901, 'client', 'Bench Client SARL');"
                 "INSERT INTO categories (id, name) VALUES (901, 'Bench');", &error);
  g_assert_no_error (error);

  g_assert_true (lt_store_begin (store, NULL));
  for (int p = 0; p < 20; p++)
    {
      sqlite3_stmt *stmt = lt_store_prepare (store, "INSERT INTO prestations (id, family_id, category_id, name, price_cents) VALUES (?1, ?1, 901, ?2, 50000)", NULL);

      sqlite3_bind_int (stmt, 1, 9000 + p);
      sqlite3_bind_text (stmt, 2, g_strdup_printf ("Bench prestation %02d", p), -1, g_free);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);

      for (int s = 0; s < 10; s++)
        {
          stmt = lt_store_prepare (store, "INSERT INTO steps (id, prestation_id, kind, title, delay_days, position) VALUES (?, ?, ?, ?, 2, ?)", NULL);
          sqlite3_bind_int (stmt, 1, (9000 + p) * 100 + s);
          sqlite3_bind_int (stmt, 2, 9000 + p);
          sqlite3_bind_text (stmt, 3, s == 0 ? "request" : "task", -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 4, g_strdup_printf ("Étape %d", s), -1, g_free);
          sqlite3_bind_int (stmt, 5, s);
          g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
          if (s > 0)
            {
              stmt = lt_store_prepare (store, "INSERT INTO step_links (from_step_id, to_step_id) VALUES (?, ?)", NULL);
              sqlite3_bind_int (stmt, 1, (9000 + p) * 100 + s - 1);
              sqlite3_bind_int (stmt, 2, (9000 + p) * 100 + s);
              g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
            }
        }
    }
  g_assert_true (lt_store_commit (store, NULL));
}

static double
save_once (LtStore *store)
{
  g_autoptr(LtProject) project = lt_project_new ();
  g_autoptr(GPtrArray) assignments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LtProjectOutcome) outcome = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  lt_project_set_affaire_id (project, 901);
  lt_project_set_name (project, "Bench");
  lt_project_set_start_date (project, "2027-01-04");
  lt_project_set_end_date (project, "2027-12-31");
  lt_project_set_staff_id (project, 901);
  for (int p = 0; p < 20; p++)
    {
      LtAssignment *a = lt_assignment_new ();

      lt_assignment_set_prestation_id (a, 9000 + p);
      lt_assignment_set_start_date (a, "2027-01-04");
      lt_assignment_set_end_date (a, "2027-12-31");
      lt_assignment_set_price_cents (a, 50000);
      g_ptr_array_add (assignments, a);
    }

  start = g_get_monotonic_time ();
  outcome = lt_store_project_save (store, project, assignments, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (outcome->n_tasks + outcome->n_requests, ==, 200);

  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The same rows (1 project, 20 assignments, 200 tasks, 180 links) with
 * sqlite3 alone: prepared statements, one transaction, values computed
 * beforehand. */
static double
raw_once (LtStore *store)
{
  sqlite3 *db = lt_store_get_db (store);
  g_autoptr(sqlite3_stmt) project = NULL;
  g_autoptr(sqlite3_stmt) assignment = NULL;
  g_autoptr(sqlite3_stmt) task = NULL;
  g_autoptr(sqlite3_stmt) link = NULL;
  gint64 start, project_id, ids[10];
  char due[11];

  start = g_get_monotonic_time ();
  sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO projects (affaire_id, name, start_date, end_date, staff_id, generated) VALUES (901, 'Raw', '2027-01-04', '2027-12-31', 901, 1)", -1, &project, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO assignments (project_id, prestation_id, start_date, end_date, price_cents) VALUES (?, ?, '2027-01-04', '2027-12-31', 50000)", -1, &assignment, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO tasks (affaire_id, project_id, assignment_id, step_id, kind, title, period, staff_id, delay_days, start_date, due_date, sent_on, search_key)"
                          " VALUES (901, ?, ?, ?, ?, ?, '', 901, 2, ?, ?, ?, ?)", -1, &task, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO task_links (from_task_id, to_task_id, lag_days) VALUES (?, ?, 0)", -1, &link, NULL);

  sqlite3_step (project);
  project_id = sqlite3_last_insert_rowid (db);
  for (int p = 0; p < 20; p++)
    {
      gint64 assignment_id;

      sqlite3_bind_int64 (assignment, 1, project_id);
      sqlite3_bind_int (assignment, 2, 9000 + p);
      sqlite3_step (assignment);
      sqlite3_reset (assignment);
      assignment_id = sqlite3_last_insert_rowid (db);

      for (int s = 0; s < 10; s++)
        {
          g_snprintf (due, sizeof due, "2027-01-%02d", 4 + s);
          sqlite3_bind_int64 (task, 1, project_id);
          sqlite3_bind_int64 (task, 2, assignment_id);
          sqlite3_bind_int (task, 3, (9000 + p) * 100 + s);
          sqlite3_bind_text (task, 4, s == 0 ? "request" : "task", -1, SQLITE_STATIC);
          sqlite3_bind_text (task, 5, "Étape", -1, SQLITE_STATIC);
          sqlite3_bind_text (task, 6, due, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (task, 7, due, -1, SQLITE_TRANSIENT);
          if (s == 0)
            sqlite3_bind_text (task, 8, "2027-01-04", -1, SQLITE_STATIC);
          else
            sqlite3_bind_null (task, 8);
          sqlite3_bind_text (task, 9, "etape bench client sarl bench prestation", -1, SQLITE_STATIC);
          sqlite3_step (task);
          sqlite3_reset (task);
          ids[s] = sqlite3_last_insert_rowid (db);
          if (s > 0)
            {
              sqlite3_bind_int64 (link, 1, ids[s - 1]);
              sqlite3_bind_int64 (link, 2, ids[s]);
              sqlite3_step (link);
              sqlite3_reset (link);
            }
        }
    }
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
bench_save (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "save.db", NULL);
  g_autoptr(LtStore) store = lt_store_open (path, NULL);
  double ours[N_SAVES], raw[N_SAVES];
  double m_ours, m_raw;

  make_catalogue (store);
  for (int i = 0; i < N_SAVES; i++)
    {
      /* alternate, so that a growing database weighs on both alike */
      ours[i] = save_once (store);
      raw[i] = raw_once (store);
    }
  m_ours = median (ours, N_SAVES);
  m_raw = median (raw, N_SAVES);

  g_print ("save a project of 20 prestations × 10 steps (200 tasks, 180 links, one transaction):\n");
  g_print ("  lt_store_project_save  %8.2f ms (median of %d)\n", m_ours, N_SAVES);
  g_print ("  raw sqlite3 inserts    %8.2f ms\n", m_raw);
  g_print ("  ratio                  %8.2f×   (goal ≤ 2×)\n", m_ours / m_raw);
}

/* Child process: open the database, the suivi and its first rows; prints
 * the time and the resident memory. */
static int
child_open_suivi (const char *path)
{
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtQueryModel) model = NULL;
  gint64 start = g_get_monotonic_time ();
  guint n;
  double ms;

  store = lt_store_open (path, NULL);
  model = lt_store_list_suivi (store, NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  /* the rows a window shows */
  for (guint i = 0; i < MIN (n, 40); i++)
    {
      g_autoptr(GObject) task = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_assert_nonnull (task);
    }
  ms = (g_get_monotonic_time () - start) / 1000.0;

  g_print ("%u %.3f %ld\n", n, ms, rss_kb ());
  return 0;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

/* Child process: the window's suivi page as a user opens it — GTK up, the
 * store, the page with its column view, until the first frame is painted. */
static int
child_open_page (const char *path)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(LtContext) context = NULL;
  GtkWidget *window;
  GtkWidget *page;
  gboolean painted = FALSE;
  guint n;

  gtk_init ();
  adw_init ();
  store = lt_store_open (path, NULL);
  lt_store_set_incremental_lists (store, TRUE);  /* as LtApplication does */
  settings = g_settings_new (APPLICATION_ID);
  context = lt_context_new (store, settings);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  page = lt_tasks_page_new (context);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_widget_realize (window);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_window_present (GTK_WINDOW (window));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);

  n = g_list_model_get_n_items (lt_tasks_page_get_tasks (LT_TASKS_PAGE (page)));
  g_print ("%u %.3f %ld\n", n, (g_get_monotonic_time () - start) / 1000.0, rss_kb ());
  return 0;
}

static gboolean
measure_child (const char *self_exe,
               const char *mode,
               const char *path,
               guint      *n,
               double     *ms,
               long       *kb)
{
  const char *argv[] = { self_exe, mode, path, NULL };
  g_autofree char *out = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return FALSE;

  return sscanf (out, "%u %lf %ld", n, ms, kb) == 3;
}

static void
bench_suivi (const char *self_exe,
             const char *dir)
{
  g_autofree char *empty = g_build_filename (dir, "empty.db", NULL);
  g_autofree char *big = g_build_filename (dir, "big.db", NULL);
  g_autoptr(GError) error = NULL;
  double t_empty[5], t_big[5];
  long kb_empty = 0, kb_big = 0;
  guint n_empty = 0, n_big = 0;
  gint64 start;

  {
    g_autoptr(LtStore) store = lt_store_open (empty, &error);

    g_assert_no_error (error);
    g_assert_nonnull (store);
  }
  {
    g_autoptr(LtStore) store = lt_store_open (big, &error);

    g_assert_no_error (error);
    start = g_get_monotonic_time ();
    g_assert_true (lt_store_seed (store, 2000, 200000, &error));
    g_assert_no_error (error);
    g_print ("(seeded 200,000 tasks in %.1f s)\n", (g_get_monotonic_time () - start) / 1e6);
  }

  for (int i = 0; i < 5; i++)
    {
      long kb;

      g_assert_true (measure_child (self_exe, "--open-suivi", empty, &n_empty, &t_empty[i], &kb));
      kb_empty = MAX (kb_empty, kb);
      g_assert_true (measure_child (self_exe, "--open-suivi", big, &n_big, &t_big[i], &kb));
      kb_big = MAX (kb_big, kb);
    }

  g_print ("the suivi's lazy list alone: open the store, the list and build its first 40 rows (fresh process each, median of 5):\n");
  g_print ("  %6u tasks            %8.2f ms   %7ld kB resident\n", n_big, median (t_big, 5), kb_big);
  g_print ("  %6u tasks (empty)    %8.2f ms   %7ld kB resident\n", n_empty, median (t_empty, 5), kb_empty);
  g_print ("  ratio                  %8.2f×   memory %.2f×\n",
           median (t_big, 5) / median (t_empty, 5), (double) kb_big / kb_empty);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    g_print ("the suivi page: no display, not measured (run under xvfb-run)\n");
  else
    {
      kb_empty = kb_big = 0;
      for (int i = 0; i < 5; i++)
        {
          long kb;

          g_assert_true (measure_child (self_exe, "--open-page", empty, &n_empty, &t_empty[i], &kb));
          kb_empty = MAX (kb_empty, kb);
          g_assert_true (measure_child (self_exe, "--open-page", big, &n_big, &t_big[i], &kb));
          kb_big = MAX (kb_big, kb);
        }

      g_print ("the suivi page as a user opens it: GTK, store, page, until its first frame is painted (median of 5):\n");
      g_print ("  %6u tasks            %8.2f ms   %7ld kB resident\n", n_big, median (t_big, 5), kb_big);
      g_print ("  %6u tasks (empty)    %8.2f ms   %7ld kB resident\n", n_empty, median (t_empty, 5), kb_empty);
      g_print ("  ratio                  %8.2f×   (goal ≤ 1.2×)   memory %.2f× (goal ≤ 1.3×)\n",
               median (t_big, 5) / median (t_empty, 5), (double) kb_big / kb_empty);
    }

  /* a search keystroke: the same query through the lazy model and raw */
  {
    g_autoptr(LtStore) store = lt_store_open (big, &error);
    g_autoptr(LtQueryModel) model = lt_store_list_suivi (store, NULL);
    LtTaskFilter filter = LT_TASK_FILTER_INIT;
    const char *words[] = { "d", "de", "dec", "decl", "decla" };
    double ours[G_N_ELEMENTS (words)], raw[G_N_ELEMENTS (words)];
    guint n_ours = 0, n_raw = 0;

    for (guint w = 0; w < G_N_ELEMENTS (words); w++)
      {
        g_autoptr(sqlite3_stmt) stmt = NULL;

        filter.search = words[w];
        start = g_get_monotonic_time ();
        if (lt_store_suivi_needs_new_model (model, &filter))
          {
            g_clear_object (&model);
            model = lt_store_list_suivi (store, &filter);
          }
        else
          g_assert_true (lt_store_suivi_set_filter (model, &filter, NULL));
        n_ours = g_list_model_get_n_items (G_LIST_MODEL (model));
        for (guint i = 0; i < MIN (n_ours, 40); i++)
          {
            g_autoptr(GObject) task = g_list_model_get_item (G_LIST_MODEL (model), i);

            g_assert_nonnull (task);
          }
        ours[w] = (g_get_monotonic_time () - start) / 1000.0;

        start = g_get_monotonic_time ();
        {
          g_autofree char *sql = lt_store_suivi_sql (&filter);
          g_autoptr(GVariant) params = g_variant_ref_sink (lt_store_suivi_params (&filter));

          sqlite3_prepare_v2 (lt_store_get_db (store), sql, -1, &stmt, NULL);
          for (gsize p = 0; p < g_variant_n_children (params); p++)
            {
              g_autoptr(GVariant) child = g_variant_get_child_value (params, p);
              g_autoptr(GVariant) value = g_variant_get_maybe (child);

              if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
                sqlite3_bind_text (stmt, (int) p + 1, g_variant_get_string (value, NULL), -1, SQLITE_TRANSIENT);
            }
        }
        n_raw = 0;
        while (sqlite3_step (stmt) == SQLITE_ROW)
          n_raw++;
        raw[w] = (g_get_monotonic_time () - start) / 1000.0;
        g_assert_cmpuint (n_raw, ==, n_ours);
      }

    g_print ("a search keystroke in the suivi (« d » … « decla », median of %u):\n", (guint) G_N_ELEMENTS (words));
    g_print ("  lazy model refresh + first rows %8.2f ms (last: %u matches)\n", median (ours, G_N_ELEMENTS (words)), n_ours);
    g_print ("  raw SQL it runs                 %8.2f ms\n", median (raw, G_N_ELEMENTS (words)));
    g_print ("  ratio                           %8.2f×   (goal ≤ 1.5×)\n",
             median (ours, G_N_ELEMENTS (words)) / median (raw, G_N_ELEMENTS (words)));
  }
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = NULL;
  g_autofree char *self_exe = NULL;

  /* print « × » and accents as they are, whatever the locale */
  setlocale (LC_ALL, "C.UTF-8");

  if (argc == 3 && g_str_equal (argv[1], "--open-suivi"))
    return child_open_suivi (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "--open-page"))
    return child_open_page (argv[2]);

  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  dir = g_dir_make_tmp ("lt-bench-projects-XXXXXX", NULL);

  bench_save (dir);
  bench_suivi (self_exe != NULL ? self_exe : argv[0], dir);

  remove_dir (dir);
  return 0;
}
