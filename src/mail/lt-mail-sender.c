/* lt-mail-sender.c: demandes mailed through the cabinet's server, each at most once — intent recorded, sent, confirmed */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-mail-sender"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <unistd.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-mail-secret.h"
#include "lt-mail-sender.h"
#include "lt-mail-smtp.h"
#include "lt-store-mail.h"
#include "lt-task.h"

void
lt_mail_report_free (LtMailReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->lines, g_ptr_array_unref);
  g_clear_pointer (&report->task_ids, g_array_unref);
  g_free (report);
}

char *
lt_mail_report_summary (const LtMailReport *report)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (report != NULL, NULL);

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u demande sent", "%u demandes sent", report->sent),
                          report->sent);
  if (report->refused > 0)
    {
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u not sent", "%u not sent", report->refused),
                              report->refused);
    }
  if (report->unconfirmed > 0)
    {
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u to check", "%u to check", report->unconfirmed),
                              report->unconfirmed);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
lt_mail_send_request (LtStore         *store,
                      LtMailSettings  *settings,
                      const char      *password,
                      gint64           task_id,
                      GCancellable    *cancellable,
                      GError         **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(LtMailMessage) message = NULL;
  g_autoptr(GError) send_error = NULL;
  g_autofree char *today = lt_date_today ();

  g_return_val_if_fail (LT_IS_STORE (store), FALSE);
  g_return_val_if_fail (LT_IS_MAIL_SETTINGS (settings), FALSE);

  if (!(message = lt_store_request_mail_compose (store, task_id, now, error)) ||
      !lt_store_request_mail_begin (store, task_id, message->message_id, message->to_address, error))
    return FALSE;

  if (!lt_mail_smtp_send (settings, password, message, cancellable, &send_error))
    {
      g_autoptr(GError) abandon_error = NULL;

      /* nothing went: the demande stays « to send » (if even this cannot be
       * written, the intent stays and the demande is « à vérifier ») */
      if (!lt_store_request_mail_abandon (store, task_id, message->message_id, &abandon_error))
        g_warning ("%s", abandon_error->message);
      g_propagate_error (error, g_steal_pointer (&send_error));
      return FALSE;
    }

  if (g_getenv (LT_MAIL_CRASH_ENV) != NULL)
    _exit (75);

  return lt_store_request_mail_sent (store, task_id, message->message_id, today, error);
}

static gboolean
stops_everything (const GError *error)
{
  return g_error_matches (error, LT_ERROR, LT_ERROR_MAIL_LOGIN_REFUSED) ||
         g_error_matches (error, LT_ERROR, LT_ERROR_MAIL_SERVER_UNREACHABLE) ||
         g_error_matches (error, LT_ERROR, LT_ERROR_MAIL_NO_SENDER) ||
         g_error_matches (error, LT_ERROR, LT_ERROR_CANCELLED) ||
         lt_error_is_fault (error);
}

LtMailReport *
lt_mail_send_due_requests (LtStore       *store,
                           const char    *iso_date,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(LtMailReport) report = g_new0 (LtMailReport, 1);
  g_autoptr(LtMailSettings) settings = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autofree char *today = lt_date_today ();
  g_autofree char *password = NULL;
  g_autoptr(GError) password_error = NULL;

  g_return_val_if_fail (LT_IS_STORE (store), NULL);

  report->lines = g_ptr_array_new_with_free_func (g_free);
  report->task_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (!(settings = lt_store_get_mail_settings (store, error)))
    return NULL;
  if (!lt_mail_settings_is_direct (settings))
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_MAIL_NOT_CONFIGURED,
                           _("Demandes are mailed from your own e-mail application: choose « directly » "
                             "in Preferences › E-mail to send them from here."));
      return NULL;
    }
  if (!(due = lt_store_mail_list_due_requests (store, iso_date != NULL ? iso_date : today, error)))
    return NULL;
  if (due->len == 0)
    return g_steal_pointer (&report);

  password = lt_mail_password_lookup (settings, cancellable, &password_error);
  if (password_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&password_error));
      return NULL;
    }

  for (guint i = 0; i < due->len; i++)
    {
      LtTask *task = g_ptr_array_index (due, i);
      gint64 id = lt_task_get_id (task);
      g_autoptr(GError) local_error = NULL;

      if (lt_mail_send_request (store, settings, password, id, cancellable, &local_error))
        {
          report->sent++;
          g_array_append_val (report->task_ids, id);
          continue;
        }
      if (g_error_matches (local_error, LT_ERROR, LT_ERROR_MAIL_UNCONFIRMED))
        report->unconfirmed++;
      else if (g_error_matches (local_error, LT_ERROR, LT_ERROR_MAIL_ALREADY_SENT))
        continue;
      else if (stops_everything (local_error))
        {
          /* the others would fail the same way: they stay « to send » */
          if (report->sent == 0 && report->unconfirmed == 0)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          report->refused += due->len - i;
          g_ptr_array_add (report->lines, g_strdup (local_error->message));
          break;
        }
      else
        report->refused++;
      g_ptr_array_add (report->lines, g_strdup_printf ("%s — %s: %s", lt_task_get_affaire_name (task),
                                                       lt_task_get_title (task), local_error->message));
    }

  return g_steal_pointer (&report);
}

static void
send_due_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  g_autoptr(LtStore) store = NULL;
  LtMailReport *report;
  GError *error = NULL;

  /* a connection of our own: the main thread keeps reading meanwhile */
  store = lt_store_open (g_task_get_task_data (task), &error);
  if (store != NULL)
    {
      const char *date = g_object_get_data (G_OBJECT (task), "date");

      report = lt_mail_send_due_requests (store, date, cancellable, &error);
      if (report != NULL)
        {
          g_task_return_pointer (task, report, (GDestroyNotify) lt_mail_report_free);
          return;
        }
    }
  g_task_return_error (task, error);
}

void
lt_mail_send_due_requests_async (LtStore             *store,
                                 const char          *iso_date,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LT_IS_STORE (store));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, lt_mail_send_due_requests_async);
  g_task_set_task_data (task, g_strdup (lt_store_get_path (store)), g_free);
  g_object_set_data_full (G_OBJECT (task), "date", g_strdup (iso_date), g_free);
  g_task_run_in_thread (task, send_due_thread);
}

LtMailReport *
lt_mail_send_due_requests_finish (LtStore       *store,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  LtMailReport *report;

  g_return_val_if_fail (LT_IS_STORE (store), NULL);
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);

  report = g_task_propagate_pointer (G_TASK (result), error);
  if (report != NULL)
    lt_store_mail_announce_changes (store, (const gint64 *) report->task_ids->data, report->task_ids->len);

  return report;
}
