/* lt-mail-scheduler.c: the demandes due mailed when the application starts and every hour while it runs */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-mail-scheduler"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lt-error.h"
#include "lt-mail-scheduler.h"
#include "lt-mail-sender.h"
#include "lt-store-mail.h"
#include "lt-window.h"

struct _LtMailScheduler
{
  GObject          parent_instance;

  GtkApplication  *application;   /* not owned: it owns us */
  LtContext       *context;
  GCancellable    *cancellable;
  guint            timeout_id;
  gboolean         running;
  guint            rounds;
  char            *last_summary;
};

G_DEFINE_FINAL_TYPE (LtMailScheduler, lt_mail_scheduler, G_TYPE_OBJECT)

static void
say (LtMailScheduler *self,
     const char      *text)
{
  GtkWindow *window = gtk_application_get_active_window (self->application);
  AdwToast *toast;

  g_free (self->last_summary);
  self->last_summary = g_strdup (text);
  if (!LT_IS_WINDOW (window))
    return;
  toast = adw_toast_new (text);
  adw_toast_set_timeout (toast, 8);
  lt_window_add_toast (LT_WINDOW (window), toast);
}

static void
sent_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(LtMailScheduler) self = user_data;
  g_autoptr(LtMailReport) report = NULL;
  g_autoptr(GError) error = NULL;

  self->running = FALSE;
  self->rounds++;
  report = lt_mail_send_due_requests_finish (LT_STORE (source), result, &error);
  if (report == NULL)
    {
      /* the application is closing: nothing to say */
      if (!g_error_matches (error, LT_ERROR, LT_ERROR_CANCELLED) &&
               !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *text = g_strdup_printf (_("Demandes not sent: %s"), error->message);

          say (self, text);
        }
      return;
    }

  if (report->sent + report->refused + report->unconfirmed > 0)
    {
      g_autofree char *summary = lt_mail_report_summary (report);

      /* issue 14: only the user can settle a mail « à vérifier »: say where */
      if (report->unconfirmed > 0)
        {
          g_autofree char *where = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%s: say whether it went under the client’s demandes (Projects)",
                                                                 "%s: say whether they went under the clients’ demandes (Projects)",
                                                                 report->unconfirmed), summary);

          say (self, where);
        }
      else
        say (self, summary);
    }
  else
    g_clear_pointer (&self->last_summary, g_free);
}

void
lt_mail_scheduler_run (LtMailScheduler *self)
{
  g_autoptr(LtMailSettings) settings = NULL;
  LtStore *store;

  g_return_if_fail (LT_IS_MAIL_SCHEDULER (self));

  store = lt_context_get_store (self->context);
  if (self->running || store == NULL || lt_store_is_read_only (store) || lt_store_get_path (store) == NULL)
    return;
  /* mails that leave from the user's own application are sent by the user */
  settings = lt_store_get_mail_settings (store, NULL);
  if (settings == NULL || !lt_mail_settings_is_direct (settings))
    return;
  self->running = TRUE;
  lt_mail_send_due_requests_async (store, NULL, self->cancellable, sent_cb, g_object_ref (self));
}

static gboolean
tick_cb (gpointer user_data)
{
  lt_mail_scheduler_run (user_data);
  return G_SOURCE_CONTINUE;
}

static void
lt_mail_scheduler_dispose (GObject *object)
{
  LtMailScheduler *self = LT_MAIL_SCHEDULER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lt_mail_scheduler_parent_class)->dispose (object);
}

static void
lt_mail_scheduler_finalize (GObject *object)
{
  LtMailScheduler *self = LT_MAIL_SCHEDULER (object);

  g_clear_object (&self->cancellable);
  g_free (self->last_summary);

  G_OBJECT_CLASS (lt_mail_scheduler_parent_class)->finalize (object);
}

static void
lt_mail_scheduler_class_init (LtMailSchedulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lt_mail_scheduler_dispose;
  object_class->finalize = lt_mail_scheduler_finalize;
}

static void
lt_mail_scheduler_init (LtMailScheduler *self)
{
  self->cancellable = g_cancellable_new ();
}

static void
on_shutdown_cb (GApplication    *application,
                LtMailScheduler *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
}

LtMailScheduler *
lt_mail_scheduler_attach (GtkApplication *application,
                          LtContext      *context,
                          guint           interval)
{
  LtMailScheduler *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (LT_IS_CONTEXT (context), NULL);

  self = g_object_new (LT_TYPE_MAIL_SCHEDULER, NULL);
  self->application = application;
  self->context = g_object_ref (context);
  g_signal_connect_object (application, "shutdown", G_CALLBACK (on_shutdown_cb), self, 0);
  g_object_set_data_full (G_OBJECT (application), "lt-mail-scheduler", self, g_object_unref);

  self->timeout_id = g_timeout_add_seconds (interval, tick_cb, self);
  lt_mail_scheduler_run (self);

  return self;
}

const char *
lt_mail_scheduler_get_last_summary (LtMailScheduler *self)
{
  g_return_val_if_fail (LT_IS_MAIL_SCHEDULER (self), NULL);

  return self->last_summary != NULL ? self->last_summary : "";
}

guint
lt_mail_scheduler_get_rounds (LtMailScheduler *self)
{
  g_return_val_if_fail (LT_IS_MAIL_SCHEDULER (self), 0);

  return self->rounds;
}
