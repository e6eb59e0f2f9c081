/* test-ui-projects.c: a project of a demo client saved from the editor, its tasks in the suivi, refusals, rescheduling */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include <adwaita.h>

#include "lt-choice-button.h"
#include "lt-context.h"
#include "lt-date.h"
#include "lt-error.h"
#include "lt-project-editor.h"
#include "lt-projects-page.h"
#include "lt-requests-view.h"
#include "lt-reschedule-dialog.h"
#include "lt-staff-preferences-page.h"
#include "lt-store-demo.h"
#include "lt-store-private.h"
#include "lt-store-project-ops.h"
#include "lt-task.h"
#include "lt-tasks-page.h"
#include "lt-working-days.h"
#include "lt-workload.h"
#include "lt-workload-view.h"

#include "store-fixtures.h"

typedef struct {
  char      *dir;
  LtStore   *store;
  GSettings *settings;
  LtContext *context;
  gint64     client_id;
  gint64     entree_id;
  gint64     reprise_id;
  char      *summary;
  gint64     project_id;
} Fixture;

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Depth-first: the first widget of @type whose tooltip or button label is @text. */
static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (g_strcmp0 (gtk_widget_get_tooltip_text (child), text) == 0 ||
           (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), text) == 0) ||
           (GTK_IS_MENU_BUTTON (child) && g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (child)), text) == 0)))
        return child;
      if ((found = find_widget (child, type, text)) != NULL)
        return found;
    }

  return NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = store_fixture_open_demo ("lt-ui-projects-XXXXXX", &f->dir, NULL);

  f->settings = g_settings_new (APPLICATION_ID);
  f->context = lt_context_new (f->store, f->settings);

  f->client_id = query_int (f->store, "SELECT id FROM affaires WHERE name = 'Boulangerie Martin'");
  f->entree_id = query_int (f->store, "SELECT id FROM prestations WHERE name = 'Entrée en relation' AND is_current = 1");
  f->reprise_id = query_int (f->store, "SELECT id FROM prestations WHERE name = 'Reprise du dossier comptable' AND is_current = 1");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  iterate ();
  g_clear_object (&f->context);
  g_clear_object (&f->settings);
  store_fixture_close (f->store, f->dir, NULL);
  g_free (f->summary);
}

static void
on_saved_cb (LtProjectEditor *editor,
             const char      *summary,
             gint64           project_id,
             Fixture         *f)
{
  g_free (f->summary);
  f->summary = g_strdup (summary);
  f->project_id = project_id;
}

/* Fills the editor as a user would: Boulangerie Martin, first quarter 2027,
 * Julien Roussel, the two onboarding prestations at their tarif. */
static LtProjectEditor *
new_editor (Fixture *f)
{
  LtProjectEditor *editor = lt_project_editor_new (NULL, f->context, f->client_id);

  g_signal_connect (editor, "saved", G_CALLBACK (on_saved_cb), f);
  lt_project_editor_set_fields (editor, "Entrée en relation", "04/01/2027", "31/03/2027",
                                query_int (f->store, "SELECT id FROM staff WHERE name = 'Julien Roussel'"));
  g_assert_true (lt_project_editor_add_prestation (editor, f->entree_id));
  g_assert_true (lt_project_editor_add_prestation (editor, f->reprise_id));
  g_assert_cmpuint (lt_project_editor_get_n_rows (editor), ==, 2);
  gtk_window_present (GTK_WINDOW (editor));
  iterate ();

  return editor;
}

static void
save_project (Fixture *f)
{
  LtProjectEditor *editor = new_editor (f);

  g_assert_true (lt_project_editor_save (editor, TRUE));
  iterate ();
}

static void
test_refusals_on_the_row (Fixture       *f,
                          gconstpointer  data)
{
  LtProjectEditor *editor = new_editor (f);
  gint64 n_projects = query_int (f->store, "SELECT count(*) FROM projects");

  /* ends after the project: refused on its row, with the fix */
  lt_project_editor_set_row (editor, 1, NULL, "30/06/2027", NULL);
  g_assert_false (lt_project_editor_save (editor, TRUE));
  g_assert_null (lt_project_editor_get_row_error (editor, 0));
  g_assert_nonnull (strstr (lt_project_editor_get_row_error (editor, 1), "30/06/2027"));
  g_assert_nonnull (strstr (lt_project_editor_get_row_error (editor, 1), "31/03/2027"));

  /* a price of 0 is refused, 1 € is fine */
  lt_project_editor_set_row (editor, 1, NULL, "", "0");
  g_assert_false (lt_project_editor_save (editor, TRUE));
  g_assert_nonnull (strstr (lt_project_editor_get_row_error (editor, 1), "1 €"));
  lt_project_editor_set_row (editor, 1, NULL, NULL, "1");

  /* an end before the start of the project */
  lt_project_editor_set_fields (editor, NULL, "01/04/2027", "31/03/2027", 0);
  g_assert_false (lt_project_editor_save (editor, TRUE));
  g_assert_nonnull (lt_project_editor_get_error (editor));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM projects"), ==, n_projects);

  /* nothing typed was lost: fixing the date saves */
  lt_project_editor_set_fields (editor, NULL, "04/01/2027", NULL, 0);
  g_assert_true (lt_project_editor_save (editor, TRUE));
  g_assert_cmpint (query_int (f->store, "SELECT price_cents FROM assignments ORDER BY id DESC LIMIT 1"), ==, 100);
  iterate ();
}

/* An intervenant with 1 h a week: saving warns first, writes nothing, and
 * saves once confirmed. */
static void
test_overload_warning (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  LtProjectEditor *editor;
  gint64 n_projects = query_int (f->store, "SELECT count(*) FROM projects");

  lt_store_exec (f->store, "UPDATE staff SET weekly_hours = 1 WHERE name = 'Julien Roussel'", &error);
  g_assert_no_error (error);

  editor = new_editor (f);
  g_assert_false (lt_project_editor_save (editor, FALSE));
  iterate ();
  /* not a refusal: the warning */
  g_assert_null (lt_project_editor_get_error (editor));
  g_assert_null (lt_project_editor_get_row_error (editor, 0));
  g_assert_null (lt_project_editor_get_row_error (editor, 1));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM projects"), ==, n_projects);
  g_assert_null (f->summary);

  g_assert_true (lt_project_editor_save (editor, TRUE));
  iterate ();
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM projects"), ==, n_projects + 1);
  g_assert_nonnull (f->summary);
}

static void
test_save_and_follow (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = lt_tasks_page_new (f->context);
  GListModel *tasks;
  gint64 n_steps = query_int (f->store, "SELECT count(*) FROM steps WHERE prestation_id IN (SELECT id FROM prestations WHERE name IN ('Entrée en relation', 'Reprise du dossier comptable') AND is_current = 1)");
  gint64 n_requests = query_int (f->store, "SELECT count(*) FROM steps WHERE kind = 'request' AND prestation_id IN (SELECT id FROM prestations WHERE name IN ('Entrée en relation', 'Reprise du dossier comptable') AND is_current = 1)");
  g_autofree char *expected = NULL;
  gint64 blocked_id;
  g_autoptr(LtTask) blocked = NULL;
  guint n_before;

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  n_before = g_list_model_get_n_items (lt_tasks_page_get_tasks (LT_TASKS_PAGE (page)));

  save_project (f);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " tasks created, %" G_GINT64_FORMAT " demandes to send to Boulangerie Martin, each on its date",
                              n_steps - n_requests, n_requests);
  g_assert_cmpstr (f->summary, ==, expected);

  /* the suivi follows the store: every task is there, by due date */
  tasks = lt_tasks_page_get_tasks (LT_TASKS_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n_before + n_steps);
  for (guint i = 0, seen = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(LtTask) task = g_list_model_get_item (tasks, i);

      g_assert_nonnull (lt_task_get_due_date (task));
      if (lt_task_get_project_id (task) == f->project_id)
        {
          g_assert_true (g_str_has_prefix (lt_task_get_due_date (task), "2027-"));
          g_assert_cmpstr (lt_task_get_affaire_name (task), ==, "Boulangerie Martin");
          g_assert_cmpstr (lt_task_get_staff_name (task), ==, "Julien Roussel");
          seen++;
        }
      if (i == g_list_model_get_n_items (tasks) - 1)
        g_assert_cmpuint (seen, ==, n_steps);
      if (i > 0)
        {
          g_autoptr(LtTask) previous = g_list_model_get_item (tasks, i - 1);
          g_assert_cmpstr (lt_task_get_due_date (previous), <=, lt_task_get_due_date (task));
        }
    }

  /* a blocked task refuses « terminée », naming what it waits on */
  {
    g_autofree char *sql = g_strdup_printf ("SELECT t.id FROM tasks t JOIN task_links l ON l.to_task_id = t.id"
                                            " JOIN tasks p ON p.id = l.from_task_id"
                                            " WHERE t.project_id = %" G_GINT64_FORMAT " AND t.kind = 'task'"
                                            " AND p.kind = 'task' AND p.done_on IS NULL"
                                            " AND NOT EXISTS (SELECT 1 FROM task_links r JOIN tasks q ON q.id = r.from_task_id"
                                            "  WHERE r.to_task_id = t.id AND q.kind = 'request') LIMIT 1", f->project_id);
    blocked_id = query_int (f->store, sql);
  }
  blocked = lt_store_task_load (f->store, blocked_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_task_get_status (blocked), ==, LT_TASK_STATUS_BLOCKED);
  g_assert_true (lt_tasks_page_select_task (LT_TASKS_PAGE (page), blocked_id));
  g_assert_true (gtk_widget_activate_action (page, "tasks.done", NULL));
  iterate ();
  g_assert_nonnull (lt_tasks_page_get_last_message (LT_TASKS_PAGE (page)));
  g_assert_nonnull (strstr (lt_tasks_page_get_last_message (LT_TASKS_PAGE (page)), "still waits on «"));
  g_clear_object (&blocked);
  blocked = lt_store_task_load (f->store, blocked_id, NULL);
  g_assert_null (lt_task_get_done_on (blocked));

  /* the status filter, in SQL */
  {
    /* a demande not sent yet that waits on a tâche is blocked too */
    guint n_blocked = query_int (f->store, "SELECT count(*) FROM tasks t WHERE t.done_on IS NULL AND t.answered_on IS NULL"
                                           " AND (t.kind = 'task' OR t.sent_on IS NULL)"
                                           " AND NOT EXISTS (SELECT 1 FROM task_links l JOIN tasks p ON p.id = l.from_task_id"
                                           "  WHERE l.to_task_id = t.id AND p.kind = 'request' AND p.answered_on IS NULL)"
                                           " AND EXISTS (SELECT 1 FROM task_links l JOIN tasks p ON p.id = l.from_task_id"
                                           "  WHERE l.to_task_id = t.id AND p.kind = 'task' AND p.done_on IS NULL)");
    GtkWidget *status = find_widget (page, LT_TYPE_CHOICE_BUTTON, "Status");

    g_assert_nonnull (status);
    lt_choice_button_set_selected (LT_CHOICE_BUTTON (status), 3);  /* « Blocked » */
    iterate ();
    g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n_blocked);
    /* « every status » shows the done ones too; « not done », the default, hides them */
    lt_choice_button_set_selected (LT_CHOICE_BUTTON (status), 0);
    iterate ();
    g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, query_int (f->store, "SELECT count(*) FROM tasks"));
    lt_choice_button_set_selected (LT_CHOICE_BUTTON (status), 1);
    iterate ();
    g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n_before + n_steps);
    g_assert_cmpuint (n_before + n_steps, ==,
                      query_int (f->store, "SELECT count(*) FROM tasks WHERE done_on IS NULL AND answered_on IS NULL"));
  }

  /* one client's tasks (from its affaire) */
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM tasks WHERE affaire_id = %" G_GINT64_FORMAT, f->client_id);

    lt_tasks_page_show_client (LT_TASKS_PAGE (page), f->client_id);
    iterate ();
    tasks = lt_tasks_page_get_tasks (LT_TASKS_PAGE (page));
    g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, query_int (f->store, sql));
    g_assert_nonnull (find_widget (page, GTK_TYPE_MENU_BUTTON, "Boulangerie Martin"));
    lt_tasks_page_show_client (LT_TASKS_PAGE (page), 0);
    iterate ();
    tasks = lt_tasks_page_get_tasks (LT_TASKS_PAGE (page));
    g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n_before + n_steps);
  }

  /* « Mine »: the tasks of the intervenant chosen in « I am » */
  {
    GtkWidget *mine = find_widget (page, GTK_TYPE_TOGGLE_BUTTON, "_Mine");
    gint64 julien = query_int (f->store, "SELECT id FROM staff WHERE name = 'Julien Roussel'");
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM tasks WHERE staff_id = %" G_GINT64_FORMAT
                                            " AND done_on IS NULL AND answered_on IS NULL", julien);

    g_assert_nonnull (mine);
    /* nobody chosen yet: refused with the way to fix it */
    g_settings_set_int64 (f->settings, "current-staff", 0);
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (mine), TRUE);
    g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (mine)));
    g_assert_nonnull (strstr (lt_tasks_page_get_last_message (LT_TASKS_PAGE (page)), "I am"));

    g_settings_set_int64 (f->settings, "current-staff", julien);
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (mine), TRUE);
    iterate ();
    g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, query_int (f->store, sql));
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (mine), FALSE);
    iterate ();
  }

  /* a search keystroke, accents and case ignored */
  {
    GtkWidget *search = find_widget (page, GTK_TYPE_SEARCH_ENTRY, NULL);

    g_assert_nonnull (search);
    gtk_editable_set_text (GTK_EDITABLE (search), "STATUTS boulangerie");
    g_signal_emit_by_name (search, "search-changed");
    iterate ();
    tasks = lt_tasks_page_get_tasks (LT_TASKS_PAGE (page));
    g_assert_cmpuint (g_list_model_get_n_items (tasks), >=, 1);
    for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
      {
        g_autoptr(LtTask) task = g_list_model_get_item (tasks, i);
        g_autofree char *folded = g_utf8_casefold (lt_task_get_title (task), -1);

        g_assert_nonnull (strstr (folded, "statuts"));
      }
    gtk_editable_set_text (GTK_EDITABLE (search), "");
    g_signal_emit_by_name (search, "search-changed");
    iterate ();
    tasks = lt_tasks_page_get_tasks (LT_TASKS_PAGE (page));
    g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n_before + n_steps);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

static void
test_reschedule_dialog (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  GListModel *moves;
  gint64 first_id, successor_id;
  g_autofree char *successor_title = NULL;
  g_autofree char *old_due = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(LtTask) successor = NULL;
  gboolean found = FALSE;

  save_project (f);

  /* a task with a successor that waits on it alone */
  sql = g_strdup_printf ("SELECT l.from_task_id FROM task_links l JOIN tasks p ON p.id = l.from_task_id"
                         " WHERE p.kind = 'task' AND p.project_id = %" G_GINT64_FORMAT " ORDER BY p.due_date LIMIT 1",
                         f->project_id);
  first_id = query_int (f->store, sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT to_task_id FROM task_links WHERE from_task_id = %" G_GINT64_FORMAT " LIMIT 1", first_id);
  successor_id = query_int (f->store, sql);
  successor = lt_store_task_load (f->store, successor_id, NULL);
  successor_title = g_strdup (lt_task_get_title (successor));
  old_due = g_strdup (lt_task_get_due_date (successor));

  /* its due date moves to 1 March: the dialog lists what follows */
  dialog = lt_reschedule_dialog_new (NULL, f->store, first_id, LT_RESCHEDULE_DUE_DATE, "2027-03-01", &error);
  g_assert_no_error (error);
  g_assert_nonnull (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  iterate ();

  moves = lt_reschedule_dialog_get_moves (LT_RESCHEDULE_DIALOG (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (moves), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (moves); i++)
    {
      const char *line = gtk_string_list_get_string (GTK_STRING_LIST (moves), i);

      g_assert_nonnull (strstr (line, "→"));
      g_assert_nonnull (strstr (line, "working day"));
      if (strstr (line, successor_title) != NULL)
        found = TRUE;
    }
  g_assert_true (found);

  /* nothing moved until the user confirms */
  g_clear_object (&successor);
  successor = lt_store_task_load (f->store, successor_id, NULL);
  g_assert_cmpstr (lt_task_get_due_date (successor), ==, old_due);

  g_assert_true (lt_reschedule_dialog_apply (LT_RESCHEDULE_DIALOG (dialog), TRUE, &error));
  g_assert_no_error (error);
  g_clear_object (&successor);
  successor = lt_store_task_load (f->store, successor_id, NULL);
  g_assert_cmpstr (lt_task_get_due_date (successor), >, old_due);
  g_assert_cmpstr (lt_task_get_start_date (successor), >=, "2027-03-01");

  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
}

/* The same through the suivi: « Change Due Date… », the date typed, then
 * the dialog listing what moves; « Move Them » applies it. */
static void
test_change_due_from_the_suivi (Fixture       *f,
                                gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = lt_tasks_page_new (f->context);
  GtkWidget *dialog;
  g_autofree char *sql = NULL;
  g_autofree char *old_due = NULL;
  g_autoptr(LtTask) successor = NULL;
  gint64 first_id, successor_id;

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  save_project (f);
  iterate ();

  sql = g_strdup_printf ("SELECT l.from_task_id FROM task_links l JOIN tasks p ON p.id = l.from_task_id"
                         " WHERE p.kind = 'task' AND p.project_id = %" G_GINT64_FORMAT " ORDER BY p.due_date LIMIT 1",
                         f->project_id);
  first_id = query_int (f->store, sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT to_task_id FROM task_links WHERE from_task_id = %" G_GINT64_FORMAT " LIMIT 1", first_id);
  successor_id = query_int (f->store, sql);
  successor = lt_store_task_load (f->store, successor_id, NULL);
  old_due = g_strdup (lt_task_get_due_date (successor));

  g_assert_true (lt_tasks_page_select_task (LT_TASKS_PAGE (page), first_id));
  g_assert_true (gtk_widget_activate_action (page, "tasks.change-due", NULL));
  iterate ();
  dialog = lt_tasks_page_get_dialog (LT_TASKS_PAGE (page));
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));

  /* not a date: refused, nothing moves */
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog))), "bientôt");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "change");
  iterate ();
  g_assert_nonnull (strstr (lt_tasks_page_get_last_message (LT_TASKS_PAGE (page)), "DD/MM/YYYY"));

  g_assert_true (gtk_widget_activate_action (page, "tasks.change-due", NULL));
  iterate ();
  dialog = lt_tasks_page_get_dialog (LT_TASKS_PAGE (page));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog))), "01/03/2027");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "change");
  iterate ();

  dialog = lt_tasks_page_get_dialog (LT_TASKS_PAGE (page));
  g_assert_true (LT_IS_RESCHEDULE_DIALOG (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (lt_reschedule_dialog_get_moves (LT_RESCHEDULE_DIALOG (dialog))), >=, 1);
  g_clear_object (&successor);
  successor = lt_store_task_load (f->store, successor_id, NULL);
  g_assert_cmpstr (lt_task_get_due_date (successor), ==, old_due);

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  iterate ();
  g_clear_object (&successor);
  successor = lt_store_task_load (f->store, successor_id, NULL);
  g_assert_cmpstr (lt_task_get_due_date (successor), >, old_due);
  g_clear_object (&successor);
  successor = lt_store_task_load (f->store, first_id, NULL);
  g_assert_cmpstr (lt_task_get_due_date (successor), ==, "2027-03-01");

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

/* A project made earlier without its tasks (command line) is finished in
 * the editor: its assignments come back, saving creates the tasks. */
static void
test_finish_a_saved_project (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(LtProject) project = lt_project_new ();
  g_autoptr(LtAssignment) assignment = lt_assignment_new ();
  g_autoptr(GError) error = NULL;
  LtProjectEditor *editor;
  g_autofree char *sql = NULL;

  lt_project_set_affaire_id (project, f->client_id);
  lt_project_set_name (project, "Reprise");
  lt_project_set_start_date (project, "2027-02-01");
  lt_project_set_end_date (project, "2027-06-30");
  g_assert_true (lt_store_project_create (f->store, project, &error));
  lt_assignment_set_project_id (assignment, lt_project_get_id (project));
  lt_assignment_set_prestation_id (assignment, f->reprise_id);
  lt_assignment_set_start_date (assignment, "2027-02-01");
  lt_assignment_set_end_date (assignment, "2027-04-30");
  lt_assignment_set_price_cents (assignment, 45000);
  g_assert_true (lt_store_project_assign (f->store, assignment, &error));
  g_assert_no_error (error);

  editor = lt_project_editor_new_for_project (NULL, f->context, lt_project_get_id (project), &error);
  g_assert_no_error (error);
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved_cb), f);
  g_assert_cmpuint (lt_project_editor_get_n_rows (editor), ==, 1);
  gtk_window_present (GTK_WINDOW (editor));
  iterate ();

  g_assert_true (lt_project_editor_save (editor, TRUE));
  iterate ();
  g_assert_cmpint (f->project_id, ==, lt_project_get_id (project));
  sql = g_strdup_printf ("SELECT count(*) FROM tasks WHERE project_id = %" G_GINT64_FORMAT, f->project_id);
  g_assert_cmpint (query_int (f->store, sql), >, 0);
  g_free (sql);
  sql = g_strdup_printf ("SELECT end_date FROM assignments WHERE project_id = %" G_GINT64_FORMAT, f->project_id);
  {
    sqlite3_stmt *stmt = lt_store_prepare (f->store, sql, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "2027-04-30");
    sqlite3_reset (stmt);
  }

  /* once generated, it opens again to be changed (issue 14: test-ui-project-edit) */
  editor = lt_project_editor_new_for_project (NULL, f->context, lt_project_get_id (project), &error);
  g_assert_no_error (error);
  g_assert_true (lt_project_editor_is_generated (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
test_requests_and_projects_page (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = lt_projects_page_new (f->context);
  GtkWidget *requests = lt_requests_view_new (f->store);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *uri = NULL;
  guint n;

  gtk_box_append (GTK_BOX (box), page);
  gtk_box_append (GTK_BOX (box), requests);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  save_project (f);
  lt_projects_page_show_client (LT_PROJECTS_PAGE (page), f->client_id);
  iterate ();
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM projects WHERE affaire_id = %" G_GINT64_FORMAT, f->client_id);
    g_assert_cmpuint (g_list_model_get_n_items (lt_projects_page_get_projects (LT_PROJECTS_PAGE (page))), ==,
                      query_int (f->store, sql));
  }

  lt_requests_view_set_affaire (LT_REQUESTS_VIEW (requests), f->client_id);
  n = g_list_model_get_n_items (lt_requests_view_get_requests (LT_REQUESTS_VIEW (requests)));
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM tasks WHERE kind = 'request' AND answered_on IS NULL"
                                            " AND affaire_id = %" G_GINT64_FORMAT, f->client_id);
    g_assert_cmpuint (n, ==, query_int (f->store, sql));
  }
  g_assert_cmpuint (n, >, 0);

  uri = lt_requests_view_send (LT_REQUESTS_VIEW (requests), FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (uri, "mailto:"));
  g_assert_nonnull (strstr (uri, "subject="));

  g_assert_true (lt_requests_view_mark_received (LT_REQUESTS_VIEW (requests), 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (lt_requests_view_get_requests (LT_REQUESTS_VIEW (requests))), ==, n - 1);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

static void
test_staff_preferences (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *window = adw_preferences_window_new ();
  GtkWidget *page = lt_staff_preferences_page_new (f->context);
  LtStaffPreferencesPage *staff = LT_STAFF_PREFERENCES_PAGE (page);
  guint n;
  gint64 nadia;

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  n = lt_staff_preferences_page_get_n_staff (staff);
  g_assert_cmpuint (n, ==, query_int (f->store, "SELECT count(*) FROM staff"));

  g_assert_true (lt_staff_preferences_page_add (staff, "Nadia Ferrand"));
  g_assert_cmpuint (lt_staff_preferences_page_get_n_staff (staff), ==, n + 1);
  nadia = query_int (f->store, "SELECT id FROM staff WHERE name = 'Nadia Ferrand'");

  /* a name is required, and an e-mail must be one */
  g_assert_false (lt_staff_preferences_page_add (staff, "  "));
  g_assert_nonnull (lt_staff_preferences_page_get_last_message (staff));
  g_assert_false (lt_staff_preferences_page_update (staff, nadia, "Nadia Ferrand", "nadia@", 28, TRUE));
  g_assert_nonnull (lt_staff_preferences_page_get_last_message (staff));

  g_assert_true (lt_staff_preferences_page_update (staff, nadia, "Nadia Ferrand-Roux", "nadia@lemaire.fr", 28, TRUE));
  g_assert_cmpint (query_int (f->store, "SELECT weekly_hours FROM staff WHERE name = 'Nadia Ferrand-Roux'"), ==, 28);

  /* deactivated: kept, but a project can no longer be given to her */
  g_assert_true (lt_staff_preferences_page_update (staff, nadia, "Nadia Ferrand-Roux", "nadia@lemaire.fr", 28, FALSE));
  g_assert_cmpint (query_int (f->store, "SELECT active FROM staff WHERE name = 'Nadia Ferrand-Roux'"), ==, 0);
  {
    g_autoptr(LtProject) project = lt_project_new ();
    g_autoptr(GPtrArray) none = g_ptr_array_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(LtProjectOutcome) outcome = NULL;

    lt_project_set_affaire_id (project, f->client_id);
    lt_project_set_name (project, "Bilan");
    lt_project_set_start_date (project, "2027-01-04");
    lt_project_set_end_date (project, "2027-03-31");
    lt_project_set_staff_id (project, nadia);
    outcome = lt_store_project_save (f->store, project, none, NULL, &error);
    g_assert_error (error, LT_ERROR, LT_ERROR_STAFF_INACTIVE);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

static void
test_workload_view (void)
{
  GtkWidget *view = g_object_ref_sink (lt_workload_view_new ());
  g_autoptr(GArray) weeks = g_array_new (FALSE, TRUE, sizeof (LtWorkloadWeek));
  LtWorkloadWeek w = { 0 };

  w.staff_id = 1;
  g_assert_true (lt_date_from_iso ("2027-01-04", &w.week));
  w.load_hours = 20;
  w.capacity_hours = 35;
  g_array_append_val (weeks, w);
  g_date_add_days (&w.week, 7);
  w.load_hours = 49;
  g_array_append_val (weeks, w);
  w.staff_id = 2;
  g_array_append_val (weeks, w);

  lt_workload_view_set_weeks (LT_WORKLOAD_VIEW (view), weeks, 1);
  g_assert_cmpuint (lt_workload_view_get_n_weeks (LT_WORKLOAD_VIEW (view)), ==, 2);
  g_assert_cmpuint (lt_workload_view_get_n_overloaded (LT_WORKLOAD_VIEW (view)), ==, 1);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, "Workload per week");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "1 week overloaded; the worst, week of 11/01/2027: 49 h for 35 h");

  g_assert_finalize_object (view);
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui-projects/refusals-on-the-row", test_refusals_on_the_row);
  ADD ("/ui-projects/overload-warning", test_overload_warning);
  ADD ("/ui-projects/save-and-follow", test_save_and_follow);
  ADD ("/ui-projects/reschedule-dialog", test_reschedule_dialog);
  ADD ("/ui-projects/change-due-from-the-suivi", test_change_due_from_the_suivi);
  ADD ("/ui-projects/finish-a-saved-project", test_finish_a_saved_project);
  ADD ("/ui-projects/requests-and-projects-page", test_requests_and_projects_page);
  ADD ("/ui-projects/staff-preferences", test_staff_preferences);
#undef ADD
  g_test_add_func ("/ui-projects/workload-view", test_workload_view);

  return g_test_run ();
}
