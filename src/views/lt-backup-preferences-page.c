/* lt-backup-preferences-page.c: the last backup, « Back Up Now… » and « Restore… » */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-backup-preferences-page"

#include "config.h"

#include <glib/gi18n.h>

#include "lt-backup-preferences-page.h"
#include "lt-error.h"
#include "lt-store-backup.h"

struct _LtBackupPreferencesPage
{
  LtPreferencesPage     parent_instance;

  char                 *last_backup;    /* the « Last Backup » row's text */
  char                 *manual_path;    /* saved from this page, this session */
  GDateTime            *manual_time;
  char                 *pending_restore;
  GtkFileChooserNative *chooser;

  AdwActionRow         *last_row;
  AdwActionRow         *folder_row;
  AdwActionRow         *backup_row;
  AdwActionRow         *restore_row;
};

G_DEFINE_FINAL_TYPE (LtBackupPreferencesPage, lt_backup_preferences_page, LT_TYPE_PREFERENCES_PAGE)

static void
show_toast (LtBackupPreferencesPage *self,
            const char              *message)
{
  lt_preferences_page_toast (LT_PREFERENCES_PAGE (self), message);
}

static const char *
db_path (LtBackupPreferencesPage *self)
{
  LtStore *store = lt_preferences_page_get_store (LT_PREFERENCES_PAGE (self));

  return store != NULL ? lt_store_get_path (store) : NULL;
}

static char *
describe (GDateTime  *when,
          const char *path)
{
  g_autofree char *date = g_date_time_format (when, "%d/%m/%Y %H:%M");

  /* TRANSLATORS: a date and time, then a file */
  return g_strdup_printf (_("%s — %s"), date, path);
}

/* Callbacks */

static void
on_chooser_response_cb (GtkNativeDialog         *chooser,
                        int                      response,
                        LtBackupPreferencesPage *self);

static void
open_chooser (LtBackupPreferencesPage *self,
              GtkFileChooserAction     action)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean saving = action == GTK_FILE_CHOOSER_ACTION_SAVE;

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (saving ? _("Back Up the Database") : _("Restore a Backup"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               action,
                                               saving ? _("_Save") : _("_Restore"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  if (saving)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *name = g_date_time_format (now, "lettrine-%Y-%m-%d.db");

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }
  else
    {
      g_autofree char *dir = db_path (self) ? lt_store_backup_dir (db_path (self)) : NULL;
      g_autoptr(GtkFileFilter) backups = gtk_file_filter_new ();
      g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

      gtk_file_filter_set_name (backups, _("Lettrine backups"));
      gtk_file_filter_add_pattern (backups, "*.db");
      gtk_file_filter_set_name (all, _("All files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), backups);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
      if (dir != NULL && g_file_test (dir, G_FILE_TEST_IS_DIR))
        {
          g_autoptr(GFile) folder = g_file_new_for_path (dir);

          gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
        }
    }

  g_object_set_data (G_OBJECT (self->chooser), "saving", GINT_TO_POINTER (saving));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_restored_dialog_response_cb (AdwMessageDialog        *dialog,
                                const char              *response,
                                LtBackupPreferencesPage *self)
{
  /* Every list of the window shows the old content: start again. */
  gtk_widget_activate_action (GTK_WIDGET (self), "app.quit", NULL);
}

static void
on_confirm_response_cb (AdwMessageDialog        *dialog,
                        const char              *response,
                        LtBackupPreferencesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_steal_pointer (&self->pending_restore);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *done;

  if (g_strcmp0 (response, "restore") != 0 || path == NULL)
    return;

  if (!lt_backup_preferences_page_restore_from (self, path, &error))
    {
      show_toast (self, error->message);
      return;
    }

  done = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 _("Backup Restored"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (done),
                                  _("The database now holds the content of “%s”. Lettrine closes now: "
                                    "start it again to work on the restored data."),
                                  path);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (done), "quit", _("_Close Lettrine"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (done), "quit");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (done), "quit");
  g_signal_connect_object (done, "response", G_CALLBACK (on_restored_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (done));
}

static void
confirm_restore (LtBackupPreferencesPage *self,
                 const char              *path)
{
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  /* A bad file is refused before anything is asked. */
  if (!lt_store_backup_check_file (path, NULL, &error))
    {
      show_toast (self, error->message);
      return;
    }

  g_free (self->pending_restore);
  self->pending_restore = g_strdup (path);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Restore This Backup?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The whole database is replaced by “%s”. What it holds now is "
                                    "first copied into the backups folder."),
                                  path);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_chooser_response_cb (GtkNativeDialog         *chooser,
                        int                      response,
                        LtBackupPreferencesPage *self)
{
  gboolean saving = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "saving"));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);

  if (path != NULL && saving)
    {
      g_autoptr(GError) error = NULL;

      if (lt_backup_preferences_page_back_up_to (self, path, &error))
        {
          g_autofree char *message = g_strdup_printf (_("Backup saved to “%s”"), path);
          show_toast (self, message);
        }
      else
        show_toast (self, error->message);
    }
  else if (path != NULL)
    confirm_restore (self, path);

  /* The chooser is done; unref it after this handler returns. */
  g_idle_add_once ((GSourceOnceFunc) g_object_unref, g_object_ref (chooser));
  if (self->chooser == GTK_FILE_CHOOSER_NATIVE (chooser))
    g_clear_object (&self->chooser);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  open_chooser (LT_BACKUP_PREFERENCES_PAGE (widget), GTK_FILE_CHOOSER_ACTION_SAVE);
}

static void
restore_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  open_chooser (LT_BACKUP_PREFERENCES_PAGE (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

/* Overrides */

static void
lt_backup_preferences_page_constructed (GObject *object)
{
  LtBackupPreferencesPage *self = LT_BACKUP_PREFERENCES_PAGE (object);
  LtStore *store;

  G_OBJECT_CLASS (lt_backup_preferences_page_parent_class)->constructed (object);

  store = lt_preferences_page_get_store (LT_PREFERENCES_PAGE (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backup.save", store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backup.restore",
                                 store != NULL && !lt_store_is_read_only (store));

  lt_backup_preferences_page_refresh (self);
}

static void
lt_backup_preferences_page_dispose (GObject *object)
{
  LtBackupPreferencesPage *self = LT_BACKUP_PREFERENCES_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_BACKUP_PREFERENCES_PAGE);

  G_OBJECT_CLASS (lt_backup_preferences_page_parent_class)->dispose (object);
}

static void
lt_backup_preferences_page_finalize (GObject *object)
{
  LtBackupPreferencesPage *self = LT_BACKUP_PREFERENCES_PAGE (object);

  g_free (self->last_backup);
  g_free (self->manual_path);
  g_free (self->pending_restore);
  g_clear_pointer (&self->manual_time, g_date_time_unref);

  G_OBJECT_CLASS (lt_backup_preferences_page_parent_class)->finalize (object);
}

static void
lt_backup_preferences_page_class_init (LtBackupPreferencesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lt_backup_preferences_page_constructed;
  object_class->dispose = lt_backup_preferences_page_dispose;
  object_class->finalize = lt_backup_preferences_page_finalize;

  gtk_widget_class_install_action (widget_class, "backup.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "backup.restore", NULL, restore_activated);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-backup-preferences-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LtBackupPreferencesPage, last_row);
  gtk_widget_class_bind_template_child (widget_class, LtBackupPreferencesPage, folder_row);
  gtk_widget_class_bind_template_child (widget_class, LtBackupPreferencesPage, backup_row);
  gtk_widget_class_bind_template_child (widget_class, LtBackupPreferencesPage, restore_row);
}

static void
lt_backup_preferences_page_init (LtBackupPreferencesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
lt_backup_preferences_page_new (LtContext *context)
{
  g_return_val_if_fail (LT_IS_CONTEXT (context), NULL);

  return g_object_new (LT_TYPE_BACKUP_PREFERENCES_PAGE, "context", context, NULL);
}

void
lt_backup_preferences_page_refresh (LtBackupPreferencesPage *self)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  const char *path;

  g_return_if_fail (LT_IS_BACKUP_PREFERENCES_PAGE (self));

  g_clear_pointer (&self->last_backup, g_free);
  path = db_path (self);
  if (path == NULL)
    {
      self->last_backup = g_strdup (_("No database is open"));
      adw_action_row_set_subtitle (self->last_row, self->last_backup);
      return;
    }

  dir = lt_store_backup_dir (path);
  adw_action_row_set_subtitle (self->folder_row, dir);

  list = lt_store_backup_list (path, &error);
  if (list == NULL)
    self->last_backup = g_strdup (error->message);
  else if (self->manual_time != NULL &&
           (list->len == 0 ||
            g_date_time_compare (self->manual_time,
                                 ((LtStoreBackupInfo *) g_ptr_array_index (list, 0))->taken) > 0))
    self->last_backup = describe (self->manual_time, self->manual_path);
  else if (list->len > 0)
    {
      LtStoreBackupInfo *newest = g_ptr_array_index (list, 0);

      self->last_backup = describe (newest->taken, newest->path);
    }
  else
    self->last_backup = g_strdup (_("None yet: the first copy is made at the next start"));

  adw_action_row_set_subtitle (self->last_row, self->last_backup);
}

const char *
lt_backup_preferences_page_get_last_backup (LtBackupPreferencesPage *self)
{
  g_return_val_if_fail (LT_IS_BACKUP_PREFERENCES_PAGE (self), NULL);

  return self->last_backup;
}

/**
 * lt_backup_preferences_page_back_up_to:
 * @path: the file to write (replaced if it exists)
 *
 * « Back Up Now… » once the file is chosen.
 */
gboolean
lt_backup_preferences_page_back_up_to (LtBackupPreferencesPage  *self,
                                       const char               *path,
                                       GError                  **error)
{
  LtStore *store;

  g_return_val_if_fail (LT_IS_BACKUP_PREFERENCES_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  store = lt_preferences_page_get_store (LT_PREFERENCES_PAGE (self));
  if (store == NULL || !lt_store_backup_to_file (store, path, error))
    return FALSE;

  g_free (self->manual_path);
  self->manual_path = g_strdup (path);
  g_clear_pointer (&self->manual_time, g_date_time_unref);
  /* To the second, as file times are: a copy of the same second wins. */
  self->manual_time = g_date_time_new_from_unix_local (g_get_real_time () / G_USEC_PER_SEC);
  lt_backup_preferences_page_refresh (self);

  return TRUE;
}

/**
 * lt_backup_preferences_page_restore_from:
 * @path: a Lettrine database
 *
 * « Restore… » once the file is chosen and the restore confirmed: refused
 * while another program has the database open.
 */
gboolean
lt_backup_preferences_page_restore_from (LtBackupPreferencesPage  *self,
                                         const char               *path,
                                         GError                  **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  LtStore *store;

  g_return_val_if_fail (LT_IS_BACKUP_PREFERENCES_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  store = lt_preferences_page_get_store (LT_PREFERENCES_PAGE (self));
  if (store == NULL ||
      !lt_store_backup_restore (store, path, lt_context_get_app_lock (lt_preferences_page_get_context (LT_PREFERENCES_PAGE (self))),
                                now, NULL, error))
    return FALSE;

  lt_backup_preferences_page_refresh (self);

  return TRUE;
}
