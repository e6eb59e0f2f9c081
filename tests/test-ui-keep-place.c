/* test-ui-keep-place.c: saving or changing the shown affaire keeps it selected, its file open */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lt-affaires-page-private.h"
#include "lt-client-filter.h"
#include "lt-context.h"
#include "lt-project-editor.h"
#include "lt-projects-page.h"
#include "lt-store-affaires.h"
#include "lt-store-private.h"

#include "ui-fixtures.h"

static gint64
selected_id (LtAffairesPage *page)
{
  GtkWidget *list_view = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), LT_TYPE_AFFAIRES_PAGE, "list_view"));
  GtkSelectionModel *selection = gtk_list_view_get_model (GTK_LIST_VIEW (list_view));
  LtAffaire *affaire = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection));

  return affaire != NULL ? lt_affaire_get_id (affaire) : 0;
}

static const char *
detail_page (LtAffairesPage *page)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (page), LT_TYPE_AFFAIRES_PAGE, "detail_stack"));

  return gtk_stack_get_visible_child_name (stack);
}

static void
test_keep_place (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autofree char *dir = g_dir_make_tmp ("lettrine-keep-place-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *lock = g_strconcat (path, ".lock", NULL);
  g_autoptr(LtStore) store = lt_store_open (path, &error);
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(LtContext) context = NULL;
  g_autoptr(LtAffaire) fresh = NULL;
  GtkWidget *window;
  LtAffairesPage *page;
  LtAffaireEditor *editor;
  gint64 chosen = 0;

  g_assert_no_error (error);
  for (int i = 0; i < 40; i++)
    {
      g_autoptr(LtAffaire) a = lt_affaire_new ();
      g_autofree char *name = g_strdup_printf ("Société %02d", i);

      lt_affaire_set_name (a, name);
      g_assert_true (lt_store_add_affaire (store, a, &error));
      g_assert_no_error (error);
      if (i == 31)
        chosen = lt_affaire_get_id (a);
    }

  settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  context = lt_context_new (store, settings);
  window = gtk_window_new ();
  page = LT_AFFAIRES_PAGE (lt_affaires_page_new (context));
  editor = lt_affaires_page_get_editor (page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  iterate (50);

  lt_affaires_page_select_affaire (page, chosen);
  iterate (50);
  editor = lt_affaires_page_get_editor (page);
  g_assert_cmpint (selected_id (page), ==, chosen);
  g_assert_cmpstr (detail_page (page), ==, "detail");

  /* « Enregistrer » on the fiche */
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (editor), LT_TYPE_AFFAIRE_EDITOR, "city_row")),
                         "Lyon");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  iterate (100);
  g_assert_cmpint (selected_id (page), ==, chosen);
  g_assert_cmpstr (detail_page (page), ==, "detail");
  g_assert_cmpint (lt_affaire_editor_get_affaire_id (editor), ==, chosen);

  /* the same affaire changed elsewhere (it becomes a client when its
   * first letter is signed): the list refreshes, the place stays */
  fresh = lt_store_get_affaire (store, chosen, &error);
  g_assert_no_error (error);
  lt_affaire_set_name (fresh, "Société 31 bis");
  g_assert_true (lt_store_update_affaire (store, fresh, &error));
  g_assert_no_error (error);
  iterate (100);
  g_assert_cmpint (selected_id (page), ==, chosen);
  g_assert_cmpstr (detail_page (page), ==, "detail");

  /* deleting it does empty the file */
  g_assert_true (lt_store_delete_affaire (store, chosen, lt_affaire_get_revision (fresh), &error));
  g_assert_no_error (error);
  iterate (100);
  g_assert_cmpint (selected_id (page), ==, 0);
  g_assert_cmpstr (detail_page (page), !=, "detail");

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (20);
  g_clear_object (&context);
  g_clear_object (&store);
  g_remove (wal);
  g_remove (shm);
  g_remove (lock);
  g_remove (path);
  g_rmdir (dir);
}

/* « Nouveau projet… » with « Every client » opens the editor, which asks
 * for the client instead of refusing. */
static void
test_new_project_asks_client (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autofree char *dir = g_dir_make_tmp ("lettrine-keep-place-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *lock = g_strconcat (path, ".lock", NULL);
  g_autoptr(LtStore) store = lt_store_open (path, &error);
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(LtContext) context = NULL;
  GListModel *toplevels;
  LtProjectEditor *editor = NULL;
  LtClientFilter *filter;
  GtkWidget *window, *page, *client_row;

  g_assert_no_error (error);
  lt_store_exec (store, "INSERT INTO affaires (id, name, state) VALUES (7, 'Garage Dufour', 'client')", &error);
  g_assert_no_error (error);
  settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  context = lt_context_new (store, settings);
  window = gtk_window_new ();
  page = lt_projects_page_new (context);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  iterate (50);

  gtk_widget_activate_action (page, "projects.new", NULL);
  iterate (50);
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (LT_IS_PROJECT_EDITOR (w))
        editor = LT_PROJECT_EDITOR (w);
    }
  g_assert_nonnull (editor);
  client_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor), LT_TYPE_PROJECT_EDITOR, "client_row"));
  filter = LT_CLIENT_FILTER (gtk_widget_get_template_child (GTK_WIDGET (editor), LT_TYPE_PROJECT_EDITOR, "client_filter"));
  g_assert_true (gtk_widget_get_visible (client_row));

  g_assert_false (lt_project_editor_save (editor, TRUE));
  g_assert_nonnull (strstr (lt_project_editor_get_error (editor), "No client is chosen"));

  /* once chosen, the next refusal is about the project itself */
  lt_client_filter_set_affaire_id (filter, 7);
  g_assert_false (lt_project_editor_save (editor, TRUE));
  g_assert_null (strstr (lt_project_editor_get_error (editor), "client"));

  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (20);
  g_clear_object (&context);
  g_clear_object (&store);
  g_remove (wal);
  g_remove (shm);
  g_remove (lock);
  g_remove (path);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui-keep-place/affaire", test_keep_place);
  g_test_add_func ("/ui-keep-place/new-project-asks-client", test_new_project_asks_client);

  return g_test_run ();
}
