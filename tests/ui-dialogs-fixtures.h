/* ui-dialogs-fixtures.h: a demo database, and pressing buttons as a user does (test-ui-dialogs*) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib/gstdio.h>
#include <string.h>

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "lt-context.h"
#include "lt-store-demo.h"
#include "lt-store-private.h"

#include "store-fixtures.h"

typedef struct {
  char      *dir;
  char      *path;
  LtStore   *store;
  GSettings *settings;
  LtContext *context;
} Fixture;

G_GNUC_UNUSED static void
settle (void)
{
  for (int i = 0; i < 30; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop for @ms milliseconds: GTK's own timeouts fire. */
G_GNUC_UNUSED static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

G_GNUC_UNUSED static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  f->store = store_fixture_open_demo ("lt-ui-dialogs-more-XXXXXX", &f->dir, &f->path);
  f->settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  f->context = lt_context_new (f->store, f->settings);
}

G_GNUC_UNUSED static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  settle ();
  g_clear_object (&f->context);
  g_clear_object (&f->settings);
  store_fixture_close (f->store, f->dir, f->path);
}

/* The visible toplevel of @type, if any (the last one). */
G_GNUC_UNUSED static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        found = GTK_WINDOW (w);
    }
  return found;
}

G_GNUC_UNUSED static AdwMessageDialog *
find_dialog (void)
{
  return (AdwMessageDialog *) find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

/* Depth-first: the first widget of @type (with @label when a button, or
 * with @label as title when a preferences row). */
G_GNUC_UNUSED static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (label == NULL ||
           (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0) ||
           (ADW_IS_PREFERENCES_ROW (child) &&
            g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), label) == 0)))
        return child;
      if ((found = find_widget (child, type, label)) != NULL)
        return found;
    }
  return NULL;
}

/* Clicks the response button labelled @label of the open message dialog
 * and checks that the dialog is gone afterwards (another may follow it). */
G_GNUC_UNUSED static void
click (const char *label)
{
  AdwMessageDialog *dialog = find_dialog ();
  GtkWidget *button;

  g_assert_nonnull (dialog);
  button = find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, label);
  if (button == NULL)
    g_error ("no button “%s” in the dialog “%s”", label, adw_message_dialog_get_heading (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_emit_by_name (button, "clicked");
  settle ();
  g_assert_true (dialog == NULL || !gtk_widget_get_visible (GTK_WIDGET (dialog)));
  if (dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
}

/* Clicks the button labelled @label inside @window (header bar, rows). */
G_GNUC_UNUSED static void
click_in (GtkWidget  *window,
          const char *label)
{
  GtkWidget *button = find_widget (window, GTK_TYPE_BUTTON, label);

  if (button == NULL)
    g_error ("no button “%s” in %s", label, G_OBJECT_TYPE_NAME (window));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  settle ();
}

/* The file chooser a GtkFileChooserNative shows when no portal is used
 * (as here): @path chosen in it, then its accept button (@accept = FALSE:
 * its Cancel button) clicked as a user does. */
G_GNUC_UNUSED static void
choose_file (const char *path,
             gboolean    accept)
{
  GtkWindow *chooser = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWidget *button;

  for (int i = 0; i < 200 && chooser == NULL; i++)
    {
      wait_ms (10);
      chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
    }
  g_assert_nonnull (chooser);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      g_autoptr(GFile) folder = g_file_get_parent (file);
      g_autofree char *name = g_file_get_basename (file);

      g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error));
      g_assert_no_error (error);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  else
    {
      g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, &error));
      g_assert_no_error (error);
    }
  /* the folder is read in the background: until the file is chosen */
  for (int i = 0; i < 300; i++)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (chosen != NULL && g_file_equal (chosen, file))
        break;
      wait_ms (10);
    }
  button = gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser),
                                               accept ? GTK_RESPONSE_ACCEPT : GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_nonnull (button);
  g_object_add_weak_pointer (G_OBJECT (chooser), (gpointer *) &chooser);
  g_signal_emit_by_name (button, "clicked");
  for (int i = 0; i < 300 && chooser != NULL && gtk_widget_get_visible (GTK_WIDGET (chooser)); i++)
    wait_ms (10);
  g_assert_true (chooser == NULL || !gtk_widget_get_visible (GTK_WIDGET (chooser)));
  if (chooser != NULL)
    g_object_remove_weak_pointer (G_OBJECT (chooser), (gpointer *) &chooser);
  settle ();
}

G_GNUC_UNUSED static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

G_GNUC_UNUSED static GtkWidget *
find_by_type_name (GtkWidget  *root,
                   const char *type_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_str_equal (G_OBJECT_TYPE_NAME (child), type_name))
        return child;
      if ((found = find_by_type_name (child, type_name)) != NULL)
        return found;
    }
  return NULL;
}

/* Waits (up to 12 s: a toast shown before goes after its 5 s) for the
 * toast of @window holding @needle, and returns its text, or "" if none
 * came. The toasts are left to go by themselves: clicking a toast's close
 * button during its show animation crashed inside libadwaita 1.2's
 * animation code here (g_object_unref of freed memory under adw_animation_skip,
 * seen with MALLOC_PERTURB_ only; not investigated further). */
G_GNUC_UNUSED static char *
wait_toast (GtkWidget  *window,
            const char *needle)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (int i = 0; i < 1200; i++)
    {
      GtkWidget *toast = find_by_type_name (window, "AdwToastWidget");

      g_string_truncate (text, 0);
      if (toast != NULL)
        collect_labels (toast, text);
      if (toast != NULL && strstr (text->str, needle) != NULL)
        return g_string_free (g_steal_pointer (&text), FALSE);
      wait_ms (10);
    }
  return g_strdup ("");
}

G_GNUC_UNUSED static void
destroy_window (gpointer window)
{
  g_object_add_weak_pointer (G_OBJECT (window), &window);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  g_assert_null (window);
}
