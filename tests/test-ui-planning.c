/* test-ui-planning.c: « Reçue » on a demande answered late shows what moves with it, then moves it; the Alsace-Moselle switch */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>

#include <adwaita.h>

#include "lt-context.h"
#include "lt-date.h"
#include "lt-firm-preferences-page.h"
#include "lt-store-affaires.h"
#include "lt-requests-view.h"
#include "lt-store-private.h"
#include "lt-store-project-ops.h"
#include "lt-task.h"
#include "lt-working-days.h"

#include "store-fixtures.h"

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

/* A demande (2 days) then a tâche (3 days), started 20 days ago: the
 * demande is overdue. « Reçue » today first shows the dialog, writes
 * nothing, and « Move Them » answers it and moves the tâche to start today. */
static void
test_late_answer_preview (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lt-ui-late-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(LtStore) store = lt_store_open (path, &error);
  g_autoptr(LtProject) project = lt_project_new ();
  g_autoptr(GPtrArray) assignments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LtProjectOutcome) outcome = NULL;
  g_autofree char *today = lt_date_today ();
  g_autofree char *start = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *due = NULL;
  g_autofree char *answered = NULL;
  LtAssignment *a = lt_assignment_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view;
  AdwMessageDialog *dialog;
  GDate date;

  g_assert_no_error (error);
  lt_store_exec (store,
                 "INSERT INTO staff (id, name) VALUES (1, 'Claire Dubois');"
                 "INSERT INTO affaires (id, state, name, letter_outside_date, letter_outside_reference) VALUES (1, 'client', 'Dupont SARL', '2020-01-02', 'LM-2020-1');"
                 "INSERT INTO categories (id, name) VALUES (1, 'Comptabilité');"
                 "INSERT INTO prestations (id, family_id, category_id, name, price_cents) VALUES (1, 1, 1, 'Reprise', 1000);"
                 "INSERT INTO steps (id, prestation_id, kind, title, delay_days, position) VALUES"
                 "  (1, 1, 'request', 'Grand livre', 2, 0), (2, 1, 'task', 'À-nouveaux', 3, 1);"
                 "INSERT INTO step_links (from_step_id, to_step_id, lag_days) VALUES (1, 2, 0);",
                 &error);
  g_assert_no_error (error);

  g_assert_true (lt_date_from_iso (today, &date));
  g_date_subtract_days (&date, 20);
  start = lt_date_to_iso (&date);
  lt_project_set_affaire_id (project, 1);
  lt_project_set_name (project, "Reprise");
  lt_project_set_start_date (project, start);
  lt_project_set_end_date (project, "2099-12-31");
  lt_project_set_staff_id (project, 1);
  lt_assignment_set_prestation_id (a, 1);
  lt_assignment_set_start_date (a, start);
  lt_assignment_set_end_date (a, "2099-12-31");
  lt_assignment_set_price_cents (a, 100);
  g_ptr_array_add (assignments, a);
  outcome = lt_store_project_save (store, project, assignments, NULL, &error);
  g_assert_no_error (error);

  view = lt_requests_view_new (store);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  lt_requests_view_set_affaire (LT_REQUESTS_VIEW (view), 1);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (lt_requests_view_get_requests (LT_REQUESTS_VIEW (view))), ==, 1);

  /* the last button of the view: « Reçue » */
  {
    GtkWidget *buttons = gtk_widget_get_last_child (view);
    GtkWidget *received = gtk_widget_get_last_child (buttons);

    g_assert_true (GTK_IS_BUTTON (received));
    g_assert_cmpstr (gtk_widget_get_tooltip_text (received), ==, "The client answered the selected demande");
    g_signal_emit_by_name (received, "clicked");
  }
  iterate ();

  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Answered Late");
  answered = query_text (store, "SELECT coalesce (answered_on, '') FROM tasks WHERE step_id = 1");
  g_assert_cmpstr (answered, ==, "");

  adw_message_dialog_response (dialog, "apply");
  iterate ();

  g_clear_pointer (&answered, g_free);
  answered = query_text (store, "SELECT answered_on FROM tasks WHERE step_id = 1");
  g_assert_cmpstr (answered, ==, today);
  g_assert_true (lt_date_from_iso (today, &date));
  lt_working_days_add (&date, 3);
  expected = lt_date_to_iso (&date);
  due = query_text (store, "SELECT due_date FROM tasks WHERE step_id = 2");
  g_assert_cmpstr (due, ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (lt_requests_view_get_requests (LT_REQUESTS_VIEW (view))), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_clear_object (&store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

static GtkWidget *
find_switch (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_SWITCH (child))
        return child;
      if ((found = find_switch (child)) != NULL)
        return found;
    }
  return NULL;
}

/* Préférences › Cabinet: the switch shows the stored setting, and turning
 * it on stores it and makes Vendredi saint a holiday for the arithmetic. */
static void
test_alsace_moselle_switch (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lt-ui-firm-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(LtStore) store = lt_store_open (path, &error);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(LtContext) context = lt_context_new (store, settings);
  g_autoptr(LtFirm) firm = NULL;
  GtkWidget *window = adw_preferences_window_new ();
  GtkWidget *page = lt_firm_preferences_page_new (context);
  GtkWidget *sw;
  GDate good_friday;

  g_assert_no_error (error);
  g_date_clear (&good_friday, 1);
  g_date_set_dmy (&good_friday, 26, G_DATE_MARCH, 2027);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  sw = find_switch (page);
  g_assert_nonnull (sw);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (sw)));
  g_assert_true (lt_working_days_is_working_day (&good_friday));

  gtk_switch_set_active (GTK_SWITCH (sw), TRUE);
  iterate ();
  firm = lt_store_get_firm (store, &error);
  g_assert_no_error (error);
  g_assert_true (lt_firm_get_alsace_moselle (firm));
  g_assert_false (lt_working_days_is_working_day (&good_friday));

  /* written elsewhere (the command line): the switch follows */
  lt_firm_set_alsace_moselle (firm, FALSE);
  g_assert_true (lt_store_update_firm (store, firm, &error));
  iterate ();
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (sw)));
  g_assert_true (lt_working_days_is_working_day (&good_friday));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_clear_object (&context);
  g_clear_object (&store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui-planning/late-answer-preview-then-move", test_late_answer_preview);
  g_test_add_func ("/ui-planning/alsace-moselle-switch", test_alsace_moselle_switch);

  return g_test_run ();
}
