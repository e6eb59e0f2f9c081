/* test-ui-backup.c: Préférences › Backups — the last backup, « Back Up Now… », « Restore… » */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "lettrine-core.h"
#include "lt-backup-preferences-page.h"
#include "lt-context.h"
#include "lt-preferences-window.h"
#include "lt-store-affaires.h"
#include "lt-store-backup.h"

#include "store-fixtures.h"
#include "ui-fixtures.h"

typedef struct {
  char    *dir;
  char    *path;
  LtStore *store;
} Fixture;

static void
add_affaire (LtStore    *store,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", name, NULL);

  g_assert_true (lt_store_add_affaire (store, a, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("lettrine-ui-backup-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "cabinet.db", NULL);
  f->store = lt_store_open (f->path, &error);
  g_assert_no_error (error);
  add_affaire (f->store, "Boulangerie Martin");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *action)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static int
count_affaires (LtStore *store)
{
  g_autoptr(GListModel) list = lt_store_list_affaires (store, NULL, -1, LT_AFFAIRE_SORT_NAME);

  return g_list_model_get_n_items (list);
}

static void
test_rows_and_back_up_now (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(LtContext) context = lt_context_new (f->store, settings);
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_build_filename (f->dir, "chosen.db", NULL);
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();
  GtkWindow *window = lt_preferences_window_new (context);
  LtBackupPreferencesPage *page;
  GtkWidget *last_row;
  GtkWidget *button;
  struct stat st;

  gtk_window_present (window);

  /* The page is in the Préférences, with its rows and buttons. */
  collect (GTK_WIDGET (window), LT_TYPE_BACKUP_PREFERENCES_PAGE, pages);
  g_assert_cmpuint (pages->len, ==, 1);
  page = g_ptr_array_index (pages, 0);
  last_row = find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Last Backup");
  g_assert_nonnull (last_row);
  g_assert_nonnull (find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Backups Folder"));
  g_assert_nonnull (find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Copy of the Database"));
  g_assert_nonnull (find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Restore a Backup"));
  button = find_button (GTK_WIDGET (page), "backup.save");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Back Up Now…");
  g_assert_true (gtk_widget_is_sensitive (button));
  button = find_button (GTK_WIDGET (page), "backup.restore");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Restore…");
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_nonnull (strstr (lt_backup_preferences_page_get_last_backup (page), "None yet"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (last_row)), ==,
                   lt_backup_preferences_page_get_last_backup (page));

  /* « Back Up Now… » to a chosen file writes a whole copy, 0600. */
  g_assert_true (lt_backup_preferences_page_back_up_to (page, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (lt_store_backup_check_file (copy, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (last_row)), copy));
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  save_screenshot (GTK_WIDGET (window), "backup-preferences.png");

  /* A backup over a folder fails with a message, and nothing changes. */
  g_assert_false (lt_backup_preferences_page_back_up_to (page, f->dir, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_IO);
  g_clear_error (&error);

  gtk_window_destroy (window);
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_last_automatic_backup (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(LtContext) context = lt_context_new (f->store, settings);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *made = NULL;
  GtkWidget *page;

  g_assert_true (lt_store_backup_daily (f->path, now, &made, &error));
  g_assert_no_error (error);
  page = g_object_ref_sink (lt_backup_preferences_page_new (context));
  g_assert_nonnull (strstr (lt_backup_preferences_page_get_last_backup (LT_BACKUP_PREFERENCES_PAGE (page)),
                            "cabinet-"));
  g_assert_finalize_object (page);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(LtContext) context = lt_context_new (f->store, settings);
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_build_filename (f->dir, "chosen.db", NULL);
  g_autofree char *garbage = g_build_filename (f->dir, "garbage.db", NULL);
  LtBackupPreferencesPage *page;

  /* The application holds its lock, as it does when it runs. */
  lt_context_set_app_lock (context, lt_store_app_lock_new (f->path, &error));
  g_assert_no_error (error);
  page = LT_BACKUP_PREFERENCES_PAGE (g_object_ref_sink (lt_backup_preferences_page_new (context)));

  g_assert_true (lt_backup_preferences_page_back_up_to (page, copy, &error));
  add_affaire (f->store, "Garage Dufour");
  g_assert_cmpint (count_affaires (f->store), ==, 2);

  /* Not a database: refused, nothing replaced. */
  g_assert_true (g_file_set_contents (garbage, "hello", -1, NULL));
  g_assert_false (lt_backup_preferences_page_restore_from (page, garbage, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_A_BACKUP);
  g_clear_error (&error);
  g_assert_cmpint (count_affaires (f->store), ==, 2);

  /* Another program with the database open: refused. */
  {
    g_autoptr(LtStoreAppLock) other = lt_store_app_lock_new (f->path, &error);

    g_assert_no_error (error);
    g_assert_nonnull (other);
    g_assert_false (lt_backup_preferences_page_restore_from (page, copy, &error));
    g_assert_error (error, LT_ERROR, LT_ERROR_DATABASE_IN_USE);
    g_clear_error (&error);
  }

  /* Alone, with its own lock, the application restores. */
  g_assert_true (lt_backup_preferences_page_restore_from (page, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_affaires (f->store), ==, 1);
  g_assert_nonnull (strstr (lt_backup_preferences_page_get_last_backup (page), "before-restore"));

  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/backup/rows-and-back-up-now", Fixture, NULL,
              fixture_set_up, test_rows_and_back_up_now, fixture_tear_down);
  g_test_add ("/ui/backup/last-automatic", Fixture, NULL,
              fixture_set_up, test_last_automatic_backup, fixture_tear_down);
  g_test_add ("/ui/backup/restore", Fixture, NULL,
              fixture_set_up, test_restore, fixture_tear_down);

  return g_test_run ();
}
