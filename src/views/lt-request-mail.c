/* lt-request-mail.c: a demande d'information mailed the way Préférences › Courriel says — directly, or composed in the user's application and confirmed */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-request-mail"

#include "config.h"

#include <glib/gi18n.h>

#include "lt-document-mail.h"
#include "lt-error.h"
#include "lt-mail-secret.h"
#include "lt-mail-sender.h"
#include "lt-request-mail.h"
#include "lt-store-mail.h"

typedef struct {
  LtStore           *store;
  gint64             task_id;
  char              *path;
  LtRequestMailDone  done;
  gpointer           data;
  GDestroyNotify     destroy;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->store);
  g_free (job->path);
  if (job->destroy != NULL)
    job->destroy (job->data);
  g_free (job);
}

static void
send_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtMailSettings) settings = NULL;
  g_autofree char *password = NULL;
  GError *error = NULL;

  /* a connection of our own: the main thread keeps reading meanwhile */
  if ((store = lt_store_open (job->path, &error)) != NULL &&
      (settings = lt_store_get_mail_settings (store, &error)) != NULL)
    {
      password = lt_mail_password_lookup (settings, cancellable, &error);
      if (error == NULL &&
          lt_mail_send_request (store, settings, password, job->task_id, cancellable, &error))
        {
          g_autoptr(GPtrArray) mails = lt_store_list_request_mails (store, job->task_id, "sent", NULL);

          g_task_return_pointer (task, g_strdup (mails != NULL && mails->len > 0
                                                 ? ((LtRequestMail *) g_ptr_array_index (mails, 0))->recipient : ""),
                                 g_free);
          return;
        }
    }
  g_task_return_error (task, error);
}

static void
sent_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *recipient = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *message = NULL;

  if (recipient == NULL)
    {
      job->done (job->data, error->message);
      return;
    }
  lt_store_mail_announce_changes (job->store, &job->task_id, 1);
  message = g_strdup_printf (_("Demande sent to %s"), recipient);
  job->done (job->data, message);
}

static void
on_user_sent_cb (gpointer    data,
                 const char *address)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!lt_store_request_mail_confirm (job->store, job->task_id, address, TRUE, NULL, &error))
    {
      job->done (job->data, error->message);
      return;
    }
  message = g_strdup_printf (_("Demande recorded as sent to %s"), address != NULL ? address : "");
  job->done (job->data, message);
}

void
lt_request_mail_send (GtkWidget         *widget,
                      LtStore           *store,
                      gint64             task_id,
                      LtRequestMailDone  done,
                      gpointer           data,
                      GDestroyNotify     destroy)
{
  g_autoptr(LtMailSettings) settings = NULL;
  g_autoptr(LtMailMessage) message = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  GtkRoot *root;
  Job *job;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (LT_IS_STORE (store));
  g_return_if_fail (done != NULL);

  job = g_new0 (Job, 1);
  job->store = g_object_ref (store);
  job->task_id = task_id;
  job->path = g_strdup (lt_store_get_path (store));
  job->done = done;
  job->data = data;
  job->destroy = destroy;

  if (!(settings = lt_store_get_mail_settings (store, &error)))
    {
      done (data, error->message);
      job_free (job);
      return;
    }

  if (lt_mail_settings_is_direct (settings))
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, sent_cb, NULL);

      g_task_set_task_data (task, job, (GDestroyNotify) job_free);
      g_task_run_in_thread (task, send_thread);
      return;
    }

  /* the text the server would have carried, in the user's own application */
  root = gtk_widget_get_root (widget);
  if (!(message = lt_store_request_mail_compose (store, task_id, now, &error)) || !GTK_IS_WINDOW (root))
    {
      done (data, error != NULL ? error->message : _("The mail could not be composed: no window."));
      job_free (job);
      return;
    }
  lt_mail_compose_in_application (GTK_WINDOW (root), message->to_address, message->subject, message->body,
                                  on_user_sent_cb, job, (GDestroyNotify) job_free);
}
