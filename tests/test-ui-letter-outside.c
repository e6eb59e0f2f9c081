/* test-ui-letter-outside.c: the affaire editor shows « Lettre de mission hors Lettrine (réf., date) » (issue 13) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lettrine-core.h"
#include "lt-affaire-editor-private.h"
#include "lt-context.h"
#include "lt-store-affaires.h"

static void
test_letter_outside_row (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lt-ui-letter-outside-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  LtStore *store = lt_store_open (path, &error);
  g_autoptr(LtContext) context = NULL;
  g_autoptr(LtAffaire) imported = lt_affaire_new ();
  g_autoptr(LtAffaire) prospect = lt_affaire_new ();
  GtkWidget *window = gtk_window_new ();
  LtAffaireEditor *editor;
  const char *subtitle;

  g_assert_no_error (error);
  context = lt_context_new (store, settings);

  lt_affaire_set_name (imported, "Client Importé SARL");
  lt_affaire_set_state (imported, LT_AFFAIRE_STATE_CLIENT);
  lt_affaire_set_letter_outside_date (imported, "2019-04-01");
  lt_affaire_set_letter_outside_reference (imported, "LM-2019-17");
  g_assert_true (lt_store_add_affaire (store, imported, &error));
  lt_affaire_set_name (prospect, "Prospect SAS");
  g_assert_true (lt_store_add_affaire (store, prospect, &error));

  editor = LT_AFFAIRE_EDITOR (lt_affaire_editor_new (context));
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (editor));
  gtk_window_present (GTK_WINDOW (window));

  lt_affaire_editor_set_affaire (editor, imported);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor->letter_outside_row)));
  subtitle = adw_action_row_get_subtitle (editor->letter_outside_row);
  g_assert_nonnull (strstr (subtitle, "LM-2019-17"));
  g_assert_nonnull (strstr (subtitle, "01/04/2019"));

  lt_affaire_editor_set_affaire (editor, prospect);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor->letter_outside_row)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&context);
  g_assert_finalize_object (store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/affaire-editor/letter-outside", test_letter_outside_row);

  return g_test_run ();
}
