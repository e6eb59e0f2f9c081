/* lt-application.c: the application — options, actions, accelerators, the store */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-application"

#include "config.h"

#include <glib/gi18n.h>

#include "lt-accessible.h"
#include "lt-application.h"
#include "lt-document-preview.h"
#include "lt-mail-scheduler.h"
#include "lt-preferences-window.h"
#include "lt-probe.h"
#include "lt-store-backup.h"
#include "lt-store-demo.h"
#include "lt-window.h"

struct _LtApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  GSettings      *settings;
  LtContext      *context;
  char           *first_toast;     /* said once the window shows */
  char           *backup_path;     /* the daily backup, waiting for the start to settle */
  guint           backup_source;
  LtMailScheduler *mail_scheduler; /* (unowned) kept alive by the application */
};

G_DEFINE_FINAL_TYPE (LtApplication, lt_application, ADW_TYPE_APPLICATION)

/* Every accelerator of the application, in one place. */
static const struct {
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.show-page::affaires", { "<Control>1", NULL } },
  { "win.show-page::prestations", { "<Control>2", NULL } },
  { "win.show-page::projects", { "<Control>3", NULL } },
  { "win.show-page::tasks", { "<Control>4", NULL } },
};

static void
apply_color_scheme (LtApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (scheme, "light") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (scheme, "dark") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme);
}

static void
show_open_error (LtApplication *self,
                 const GError  *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (NULL, _("Cannot Open the Database"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s", error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Quit"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");

  /* The dialog is the only window: closing it ends the application. */
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A new, empty database gets the demo cabinet, so that a first start shows
 * what Lettrine does; the preference turns it off. */
static void
load_demo_if_empty (LtApplication *self,
                    LtStore       *store)
{
  g_autoptr(GError) error = NULL;

  if (!g_settings_get_boolean (self->settings, "load-demo") ||
      lt_store_is_read_only (store) ||
      !lt_store_is_empty (store))
    return;

  if (!lt_store_load_demo (store, &error))
    {
      g_clear_pointer (&self->first_toast, g_free);
      self->first_toast = g_strdup_printf (_("The demo cabinet could not be loaded: %s"), error->message);
      return;
    }

  g_clear_pointer (&self->first_toast, g_free);
  self->first_toast = g_strdup (_("The database was empty: a demo cabinet was loaded to try Lettrine"));
}

/* The first start of a day copies the database (and rotates the copies):
 * BACKUP_DELAY_S after the start, so that the copy (1 GB at 2,000,000
 * tâches) does not compete with the window's first frames and its list;
 * at the latest when the application ends. */
#define BACKUP_DELAY_S 10

static gboolean
daily_backup (const char  *db_path,
              char       **made,
              GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return lt_store_backup_daily (db_path, now, made, error);
}

static void
daily_backup_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  g_autofree char *made = NULL;
  GError *error = NULL;

  if (!daily_backup (task_data, &made, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&made), g_free);
}

static void
daily_backup_done (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *made = g_task_propagate_pointer (G_TASK (result), &error);

  if (error != NULL)
    g_message ("The daily backup failed: %s", error->message);
  else if (made != NULL)
    g_debug ("Daily backup written to %s", made);
  g_application_release (G_APPLICATION (source));
}

/* On a connection of its own, off the main thread. */
static gboolean
start_daily_backup_cb (gpointer user_data)
{
  LtApplication *self = user_data;
  g_autoptr(GTask) task = g_task_new (self, NULL, daily_backup_done, NULL);

  self->backup_source = 0;
  g_task_set_source_tag (task, start_daily_backup_cb);
  g_task_set_task_data (task, g_steal_pointer (&self->backup_path), g_free);
  g_application_hold (G_APPLICATION (self));
  g_task_run_in_thread (task, daily_backup_thread);

  return G_SOURCE_REMOVE;
}

static gboolean
ensure_context (LtApplication  *self,
                GError        **error)
{
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GError) lock_error = NULL;
  LtStoreAppLock *lock;
  const char *path = self->database_path;

  if (self->context != NULL)
    return TRUE;

  if (path == NULL || path[0] == '\0')
    path = g_getenv ("LETTRINE_DATABASE");
  if (path != NULL && path[0] == '\0')
    path = NULL;

  /* Lettrine's own file may be left empty by a first start cut short; a
   * file the user named must already be a database, or not exist yet. */
  store = lt_store_open_full (path, path == NULL ? LT_STORE_OPEN_CREATE | LT_STORE_OPEN_NEW_EMPTY
                                                 : LT_STORE_OPEN_CREATE, error);
  if (store == NULL)
    return FALSE;

  /* Signing freezes the PDF inside the store's transaction: the renderer
   * must be there before anything can be signed, the demo included. */
  lt_document_preview_install_renderer (store);
  load_demo_if_empty (self, store);
  lt_store_set_incremental_lists (store, TRUE);
  lt_store_set_worker_lists (store, TRUE);
  self->context = lt_context_new (store, self->settings);

  /* Held while we run, so that `lettrine-cli restore` refuses to replace
   * the database under our feet. */
  lock = lt_store_app_lock_new (lt_store_get_path (store), &lock_error);
  if (lock == NULL)
    g_message ("%s", lock_error->message);
  lt_context_set_app_lock (self->context, lock);
  g_free (self->backup_path);
  self->backup_path = g_strdup (lt_store_get_path (store));
  if (self->backup_source == 0)
    self->backup_source = g_timeout_add_seconds (BACKUP_DELAY_S, start_daily_backup_cb, self);

  return TRUE;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing each window saves its size and page. */
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  g_application_quit (G_APPLICATION (app));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  LtApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *preferences;

  if (self->context == NULL)
    return;

  preferences = lt_preferences_window_new (self->context);
  gtk_window_set_transient_for (preferences, parent);
  gtk_window_set_modal (preferences, TRUE);
  gtk_window_present (preferences);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  LtApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *about;

  about = lt_application_create_about_window ();
  gtk_window_set_transient_for (about, parent);
  gtk_window_present (about);
}

static const GActionEntry app_entries[] = {
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
};

static int
lt_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  LtApplication *self = LT_APPLICATION (application);
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    {
      self->database_path = g_strdup (path);

      /* Another database is another application instance: never hand the
       * path to a running Lettrine that has its own database open. */
      g_application_set_flags (application,
                               g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

  return G_APPLICATION_CLASS (lt_application_parent_class)->handle_local_options (application, options);
}

static void
lt_application_startup (GApplication *application)
{
  LtApplication *self = LT_APPLICATION (application);

  G_APPLICATION_CLASS (lt_application_parent_class)->startup (application);
  lt_accessible_install ();
  /* LETTRINE_PROBE=file.json: `make bench` measures the start from here */
  lt_probe_start ();

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_entries, G_N_ELEMENTS (app_entries),
                                   self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action,
                                           accels[i].accels);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (apply_color_scheme), self,
                           G_CONNECT_SWAPPED);
  apply_color_scheme (self);
}

static void
lt_application_activate (GApplication *application)
{
  LtApplication *self = LT_APPLICATION (application);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (!ensure_context (self, &error))
    {
      show_open_error (self, error);
      return;
    }

  window = GTK_WINDOW (lt_window_new (GTK_APPLICATION (self), self->context));
  gtk_window_present (window);
  /* issue 14: the demandes due go now, then every hour */
  if (self->mail_scheduler == NULL)
    self->mail_scheduler = lt_mail_scheduler_attach (GTK_APPLICATION (self), self->context, LT_MAIL_SCHEDULER_INTERVAL);

  if (self->first_toast != NULL)
    {
      AdwToast *toast = adw_toast_new (self->first_toast);

      adw_toast_set_timeout (toast, 8);
      lt_window_add_toast (LT_WINDOW (window), toast);
      g_clear_pointer (&self->first_toast, g_free);
    }
}

/* Ended before the daily backup began: it is made now (the windows are
 * closed), so that a short session never skips it. */
static void
lt_application_shutdown (GApplication *application)
{
  LtApplication *self = LT_APPLICATION (application);

  if (self->backup_source != 0)
    {
      g_autoptr(GError) error = NULL;

      g_clear_handle_id (&self->backup_source, g_source_remove);
      if (!daily_backup (self->backup_path, NULL, &error))
        g_message ("The daily backup failed: %s", error->message);
      g_clear_pointer (&self->backup_path, g_free);
    }

  G_APPLICATION_CLASS (lt_application_parent_class)->shutdown (application);
}

static void
lt_application_dispose (GObject *object)
{
  LtApplication *self = LT_APPLICATION (object);

  g_clear_handle_id (&self->backup_source, g_source_remove);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lt_application_parent_class)->dispose (object);
}

static void
lt_application_finalize (GObject *object)
{
  LtApplication *self = LT_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->first_toast, g_free);
  g_clear_pointer (&self->backup_path, g_free);

  G_OBJECT_CLASS (lt_application_parent_class)->finalize (object);
}

static void
lt_application_class_init (LtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = lt_application_dispose;
  object_class->finalize = lt_application_finalize;

  application_class->handle_local_options = lt_application_handle_local_options;
  application_class->startup = lt_application_startup;
  application_class->activate = lt_application_activate;
  application_class->shutdown = lt_application_shutdown;
}

static void
lt_application_init (LtApplication *self)
{
  static const GOptionEntry entries[] = {
    { "database", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the database at PATH instead of the default one (also LETTRINE_DATABASE)"),
      N_("PATH") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Catalogue, lettres de mission and task tracking for accounting firms."));
}

/**
 * lt_application_new:
 *
 * Returns: (transfer full): the application
 */
LtApplication *
lt_application_new (void)
{
  return g_object_new (LT_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * lt_application_get_context:
 *
 * Returns: (transfer none) (nullable): the context, once the store is open
 */
LtContext *
lt_application_get_context (LtApplication *self)
{
  g_return_val_if_fail (LT_IS_APPLICATION (self), NULL);

  return self->context;
}

/**
 * lt_application_create_about_window:
 *
 * Returns: (transfer none): a new about window, owned by GTK's window list
 */
GtkWindow *
lt_application_create_about_window (void)
{
  return g_object_new (ADW_TYPE_ABOUT_WINDOW,
                       "application-name", "Lettrine",
                       "application-icon", APPLICATION_ID,
                       "version", PACKAGE_VERSION,
                       "developer-name", _("The Lettrine contributors"),
                       "comments", _("Lettrine keeps the catalogue of prestations of a French accounting firm, "
                                     "its prospects and clients with their lettres de mission, "
                                     "and the tasks that follow from its projects."),
                       "website", "https://github.com/lettrine/lettrine",
                       "issue-url", "https://github.com/lettrine/lettrine/issues",
                       "license-type", GTK_LICENSE_GPL_3_0,
                       "copyright", "© 2026 The Lettrine contributors",
                       "translator-credits", _("translator-credits"),
                       NULL);
}
