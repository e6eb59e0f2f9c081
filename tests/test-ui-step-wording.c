/* test-ui-step-wording.c: the client's wording of a demande typed in the prestation editor's step row, saved, shown in the annex */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lt-context.h"
#include "lt-prestation-editor.h"
#include "lt-prestations-page.h"
#include "lt-step-wording.h"
#include "lt-store-catalogue-ops.h"
#include "lt-store-catalogue.h"
#include "lt-store-demo.h"

static void
settle (void)
{
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* The entry of the step list whose placeholder is @placeholder. */
static GtkEntry *
find_entry (GtkWidget  *root,
            const char *placeholder)
{
  if (GTK_IS_ENTRY (root) && g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (root)), placeholder) == 0)
    return GTK_ENTRY (root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkEntry *found = find_entry (c, placeholder);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
node_titled (LtStepGraph *graph,
             const char  *title)
{
  for (guint i = 0; i < lt_step_graph_get_n_nodes (graph); i++)
    if (g_str_equal (lt_step_graph_get_nth (graph, i)->title, title))
      return lt_step_graph_get_nth (graph, i)->uid;
  g_assert_not_reached ();
}

static void
test_client_wording (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autofree char *dir = g_dir_make_tmp ("lettrine-ui-wording-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autoptr(LtStore) store = lt_store_open (path, &error);
  g_autoptr(GSettings) settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  g_autoptr(LtContext) context = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(LtPrestation) p = NULL;
  g_autoptr(LtStepGraph) saved = NULL;
  LtPrestationsPage *page;
  LtPrestationEditor *editor;
  LtStepGraph *graph;
  GtkWidget *window;
  GtkEntry *statuts;
  GtkEntry *task;
  guint uid;

  g_assert_no_error (error);
  g_assert_true (lt_store_load_demo (store, &error));
  g_assert_no_error (error);
  context = lt_context_new (store, settings);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  page = LT_PRESTATIONS_PAGE (lt_prestations_page_new (context));
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));

  list = lt_store_list_prestations (store, 0, "Entrée en relation", FALSE);
  p = g_list_model_get_item (list, 0);
  g_assert_true (lt_prestations_page_open (page, lt_prestation_get_id (p), &error));
  g_assert_no_error (error);
  editor = LT_PRESTATION_EDITOR (lt_prestations_page_get_editor (page));
  graph = lt_graph_commands_get_graph (lt_prestation_editor_get_commands (editor));
  settle ();

  /* the demande « Demander les statuts » shows the default wording */
  statuts = find_entry (GTK_WIDGET (editor), "Transmettre les statuts");
  g_assert_nonnull (statuts);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (statuts)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (statuts)), ==, "");
  /* a tâche is the cabinet's: no client wording to type */
  task = find_entry (GTK_WIDGET (editor), "");
  g_assert_nonnull (task);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (task)));

  gtk_editable_set_text (GTK_EDITABLE (statuts), "Nous faire parvenir vos statuts à jour");
  g_signal_emit_by_name (statuts, "activate");
  settle ();
  uid = node_titled (graph, "Demander les statuts");
  g_assert_cmpstr (lt_step_graph_lookup (graph, uid)->client_title, ==, "Nous faire parvenir vos statuts à jour");
  g_assert_true (lt_prestation_editor_get_modified (editor));

  /* undo brings the default back; redo the wording */
  g_assert_true (lt_graph_commands_undo (lt_prestation_editor_get_commands (editor)));
  g_assert_cmpstr (lt_step_graph_lookup (graph, uid)->client_title, ==, "");
  g_assert_true (lt_graph_commands_redo (lt_prestation_editor_get_commands (editor)));

  g_assert_true (lt_prestation_editor_save (editor, &error));
  g_assert_no_error (error);
  saved = lt_store_catalogue_load_graph (store, lt_prestation_get_id (lt_prestation_editor_get_prestation (editor)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lt_step_graph_lookup (saved, node_titled (saved, "Demander les statuts"))->client_title, ==,
                   "Nous faire parvenir vos statuts à jour");
  g_assert_cmpstr (lt_step_graph_lookup (saved, node_titled (saved, "Demander le Kbis"))->client_title, ==, "");

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  g_clear_object (&context);
  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui-step-wording/client-wording", test_client_wording);

  return g_test_run ();
}
