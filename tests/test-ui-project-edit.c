/* test-ui-project-edit.c: a saved project opened again from the Projets page and changed; the warnings before saving; the suivi's statuses */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include <adwaita.h>

#include "lt-context.h"
#include "lt-error.h"
#include "lt-project-editor.h"
#include "lt-projects-page.h"
#include "lt-store-demo.h"
#include "lt-store-private.h"
#include "lt-store-project-ops.h"
#include "lt-task.h"
#include "lt-tasks-page.h"
#include "store-fixtures.h"

typedef struct {
  char      *dir;
  LtStore   *store;
  GSettings *settings;
  LtContext *context;
  gint64     morel_project;   /* the demo's « Entrée dans le cabinet » of Cabinet Morel */
  char      *summary;
  gint64     saved_id;
} Fixture;

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The list view showing @model. */
static GtkWidget *
find_list (GtkWidget  *root,
           GListModel *model)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LIST_VIEW (child) && GTK_IS_NO_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (child))) &&
          gtk_no_selection_get_model (GTK_NO_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (child)))) == model)
        return child;
      if ((found = find_list (child, model)) != NULL)
        return found;
    }

  return NULL;
}

/* The text of every label under @root, one per line. */
static void
collect_labels (GtkWidget *root,
                GString   *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
      collect_labels (child, text);
    }
}

static LtProjectEditor *
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (LT_IS_PROJECT_EDITOR (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return LT_PROJECT_EDITOR (w);
    }

  return NULL;
}

static void
on_saved_cb (LtProjectEditor *editor,
             const char      *summary,
             gint64           project_id,
             Fixture         *f)
{
  g_free (f->summary);
  f->summary = g_strdup (summary);
  f->saved_id = project_id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("lt-ui-project-edit-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (lt_store_load_demo (f->store, &error));
  g_assert_no_error (error);

  f->settings = g_settings_new (APPLICATION_ID);
  f->context = lt_context_new (f->store, f->settings);
  f->morel_project = query_int (f->store, "SELECT p.id FROM projects p JOIN affaires a ON a.id = p.affaire_id"
                                          " WHERE a.name = 'Cabinet dentaire du Dr Morel'");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);
  LtProjectEditor *editor;

  while ((editor = find_editor ()) != NULL)
    gtk_window_destroy (GTK_WINDOW (editor));
  iterate ();
  g_clear_object (&f->context);
  g_clear_object (&f->settings);
  g_assert_finalize_object (f->store);
  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->summary);
}

/* Answers the warning the editor shows, and lets the save run. */
static void
answer (LtProjectEditor *editor,
        const char      *response,
        const char      *expected_heading)
{
  GtkWidget *dialog = lt_project_editor_get_question (editor);

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, expected_heading);
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), response));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
}

/* From the Projets page, the saved project opens in the editor; a date
 * changed shows what moves first, then only that is saved. */
static void
test_reopen_and_move (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = lt_projects_page_new (f->context);
  g_autoptr(GString) labels = g_string_new (NULL);
  g_autofree char *sql = NULL;
  g_autofree char *due = NULL;
  GListModel *projects;
  LtProjectEditor *editor;
  GtkWidget *list;
  guint position = G_MAXUINT;
  gint64 n_tasks = query_int (f->store, "SELECT count(*) FROM tasks");
  gint64 liasse = query_int (f->store, "SELECT id FROM tasks WHERE title = 'Demander la liasse fiscale N-1'");

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  lt_projects_page_show_client (LT_PROJECTS_PAGE (page),
                                query_int (f->store, "SELECT id FROM affaires WHERE name = 'Cabinet dentaire du Dr Morel'"));
  iterate ();
  projects = lt_projects_page_get_projects (LT_PROJECTS_PAGE (page));
  g_assert_nonnull (projects);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(LtProject) p = g_list_model_get_item (projects, i);
      if (lt_project_get_id (p) == f->morel_project)
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);
  list = find_list (page, projects);
  g_assert_nonnull (list);
  g_signal_emit_by_name (list, "activate", position);
  iterate ();

  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_true (lt_project_editor_is_generated (editor));
  g_assert_cmpuint (lt_project_editor_get_n_rows (editor), ==, 2);
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved_cb), f);
  /* its assignments, dates and prices are shown */
  collect_labels (GTK_WIDGET (editor), labels);
  g_assert_nonnull (strstr (labels->str, "Entrée en relation"));
  g_assert_nonnull (strstr (labels->str, "Reprise du dossier comptable"));

  /* « Reprise du dossier comptable » starts ten days earlier */
  lt_project_editor_set_row (editor, 1, "12/11/2026", NULL, NULL);
  g_assert_false (lt_project_editor_save (editor, TRUE));
  {
    GtkWidget *dialog = lt_project_editor_get_question (editor);
    g_autoptr(GString) lines = g_string_new (NULL);

    g_assert_nonnull (dialog);
    collect_labels (dialog, lines);
    g_assert_nonnull (strstr (lines->str, "« Demander la liasse fiscale N-1 »: 07/12/2026 → 26/11/2026"));
    g_assert_nonnull (strstr (lines->str, "0 tasks created, 0 deleted, 4 moved"));
  }
  /* nothing moved before the answer */
  due = query_text (f->store, "SELECT due_date FROM tasks WHERE title = 'Demander la liasse fiscale N-1'");
  g_assert_cmpstr (due, ==, "2026-12-07");
  g_clear_pointer (&due, g_free);
  answer (editor, "apply", "Change the Project");

  g_assert_cmpint (f->saved_id, ==, f->morel_project);
  g_assert_cmpstr (f->summary, ==, "Cabinet dentaire du Dr Morel: 0 tasks created, 0 deleted, 4 moved");
  due = query_text (f->store, "SELECT due_date FROM tasks WHERE title = 'Demander la liasse fiscale N-1'");
  g_assert_cmpstr (due, ==, "2026-11-26");
  g_assert_cmpint (query_int (f->store, "SELECT id FROM tasks WHERE title = 'Demander la liasse fiscale N-1'"), ==, liasse);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks"), ==, n_tasks);
  sql = g_strdup_printf ("SELECT start_date FROM assignments WHERE project_id = %" G_GINT64_FORMAT " ORDER BY id DESC", f->morel_project);
  g_clear_pointer (&due, g_free);
  due = query_text (f->store, sql);
  g_assert_cmpstr (due, ==, "2026-11-12");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A started prestation cannot leave; a prestation twice asks first. */
static void
test_remove_and_twice (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  LtProjectEditor *editor;
  gint64 n_tasks = query_int (f->store, "SELECT count(*) FROM tasks");
  gint64 reprise = query_int (f->store, "SELECT id FROM prestations WHERE name = 'Reprise du dossier comptable' AND is_current = 1");
  const char *row_error;

  editor = lt_project_editor_new_for_project (NULL, f->context, f->morel_project, &error);
  g_assert_no_error (error);
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved_cb), f);
  gtk_window_present (GTK_WINDOW (editor));
  iterate ();

  lt_project_editor_remove_row (editor, 0);
  g_assert_false (lt_project_editor_save (editor, TRUE));
  iterate ();
  row_error = lt_project_editor_get_error (editor);
  g_assert_nonnull (row_error);
  g_assert_nonnull (strstr (row_error, "« Entrée en relation » cannot leave the project"));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks"), ==, n_tasks);
  gtk_window_destroy (GTK_WINDOW (editor));

  editor = lt_project_editor_new_for_project (NULL, f->context, f->morel_project, &error);
  g_assert_no_error (error);
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved_cb), f);
  gtk_window_present (GTK_WINDOW (editor));
  iterate ();
  g_assert_true (lt_project_editor_add_prestation (editor, reprise));
  g_assert_false (lt_project_editor_save (editor, TRUE));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks"), ==, n_tasks);
  answer (editor, "twice", "A Prestation Assigned Twice");
  g_assert_nonnull (f->summary);
  g_assert_true (g_str_has_prefix (f->summary, "Cabinet dentaire du Dr Morel: "));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks"), >, n_tasks);
}

/* Welyb: a project has an intervenant. */
static void
test_staff_required (Fixture       *f,
                     gconstpointer  data)
{
  gint64 client = query_int (f->store, "SELECT id FROM affaires WHERE name = 'Boulangerie Martin'");
  gint64 entree = query_int (f->store, "SELECT id FROM prestations WHERE name = 'Entrée en relation' AND is_current = 1");
  gint64 n_projects = query_int (f->store, "SELECT count(*) FROM projects");
  LtProjectEditor *editor = lt_project_editor_new (NULL, f->context, client);

  gtk_window_present (GTK_WINDOW (editor));
  g_assert_true (lt_project_editor_add_prestation (editor, entree));
  lt_project_editor_select_staff (editor, 0);
  g_assert_false (lt_project_editor_save (editor, TRUE));
  g_assert_cmpstr (lt_project_editor_get_error (editor), ==, "The project has no intervenant: choose who does its tasks.");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM projects"), ==, n_projects);
}

/* A bilan from 02/12/2026 to 31/12/2026: its tasks fall in 2027; « Extend
 * the project until … » does it, then saves. */
static void
test_late_extend (Fixture       *f,
                  gconstpointer  data)
{
  gint64 client = query_int (f->store, "SELECT id FROM affaires WHERE name = 'Boulangerie Martin'");
  gint64 bilan = query_int (f->store, "SELECT id FROM prestations WHERE name = 'Bilan annuel' AND is_current = 1");
  g_autofree char *closing = query_text (f->store, "SELECT coalesce(fiscal_year_end, '12-31') FROM affaires WHERE name = 'Boulangerie Martin'");
  g_autofree char *end = NULL;
  g_autofree char *a_end = NULL;
  g_autoptr(GString) lines = g_string_new (NULL);
  LtProjectEditor *editor = lt_project_editor_new (NULL, f->context, client);
  GtkWidget *dialog;

  g_assert_cmpstr (closing, ==, "12-31");
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved_cb), f);
  gtk_window_present (GTK_WINDOW (editor));
  lt_project_editor_set_fields (editor, "Bilan 2026", "02/12/2026", "31/12/2026", 0);
  g_assert_true (lt_project_editor_add_prestation (editor, bilan));
  g_assert_false (lt_project_editor_save (editor, TRUE));

  dialog = lt_project_editor_get_question (editor);
  g_assert_nonnull (dialog);
  collect_labels (dialog, lines);
  g_assert_nonnull (strstr (lines->str, "tasks are due after the end of the project (31/12/2026):"));
  g_assert_nonnull (strstr (lines->str, "/2027\t"));
  /* the first exercice is the late one: shortening cannot help */
  g_assert_false (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "shorten"));
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "extend"),
                                   "_Extend the Project Until "));
  answer (editor, "extend", "Tasks After the End of the Project");

  g_assert_nonnull (f->summary);
  end = query_text (f->store, "SELECT end_date FROM projects WHERE name = 'Bilan 2026'");
  g_assert_cmpstr (end, >, "2027-01-01");
  /* the prestation kept its end: the project holds its tasks */
  a_end = query_text (f->store, "SELECT a.end_date FROM assignments a JOIN projects p ON p.id = a.project_id WHERE p.name = 'Bilan 2026'");
  g_assert_cmpstr (a_end, ==, "2026-12-31");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks t JOIN projects p ON p.id = t.project_id"
                                        " WHERE p.name = 'Bilan 2026' AND t.due_date > p.end_date"), ==, 0);
}

/* Issue 14: once both demandes of Cabinet Morel are answered, « Reprendre
 * les à-nouveaux » is « À faire » in the suivi at once — no search typed. */
static void
test_suivi_status_follows (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = lt_tasks_page_new (f->context);
  g_autoptr(GError) error = NULL;
  gint64 grand_livre = query_int (f->store, "SELECT id FROM tasks WHERE title LIKE 'Demander le grand livre%'");
  gint64 liasse = query_int (f->store, "SELECT id FROM tasks WHERE title = 'Demander la liasse fiscale N-1'");
  gint64 reprendre = query_int (f->store, "SELECT id FROM tasks WHERE title = 'Reprendre les à-nouveaux'");
  gint64 ids[2] = { grand_livre, liasse };
  GListModel *tasks;
  LtTaskStatus status = LT_TASK_STATUS_DONE;
  guint found = 0;

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  tasks = lt_tasks_page_get_tasks (LT_TASKS_PAGE (page));

  g_assert_true (lt_store_requests_mark_sent (f->store, ids, 2, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (lt_store_request_mark_answered (f->store, grand_livre, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (lt_store_request_mark_answered (f->store, liasse, NULL, &error));
  g_assert_no_error (error);

  /* the page's list, as shown, without touching the search */
  for (int tries = 0; tries < 200 && status != LT_TASK_STATUS_TODO; tries++)
    {
      iterate ();
      for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
        {
          g_autoptr(LtTask) t = g_list_model_get_item (tasks, i);

          if (t != NULL && lt_task_get_id (t) == reprendre)
            {
              status = lt_task_get_status (t);
              found++;
            }
        }
      if (status != LT_TASK_STATUS_TODO)
        g_usleep (10000);
    }
  g_assert_cmpuint (found, >, 0);
  g_assert_cmpint (status, ==, LT_TASK_STATUS_TODO);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE title = 'Reprendre les à-nouveaux' AND status = 'todo'"), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  /* the demo's dates are relative to today: these are 2 December 2026's */
  g_setenv ("LETTRINE_TODAY", "2026-12-02", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/project-edit/reopen-and-move", test_reopen_and_move);
  ADD ("/ui/project-edit/remove-and-twice", test_remove_and_twice);
  ADD ("/ui/project-edit/staff-required", test_staff_required);
  ADD ("/ui/project-edit/late-extend", test_late_extend);
  ADD ("/ui/project-edit/suivi-status-follows", test_suivi_status_follows);
#undef ADD

  return g_test_run ();
}
