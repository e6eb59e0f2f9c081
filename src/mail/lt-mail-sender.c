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
  if (!(settings = lt_store_get_mail_settings (store, error)))
    return NULL;
  if (!lt_mail_settings_is_direct (settings))
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_MAIL_NOT_CONFIGURED,
                           _("Demandes are mailed from your own e-mail application: choose « directly » "
                             "in Preferences › E-mail to send them from here."));
      return NULL;
    }
  /* TODO(lead): lt_store_list_requests_due () once merged */
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
      g_autoptr(GError) local_error = NULL;

      if (lt_mail_send_request (store, settings, password, lt_task_get_id (task), cancellable, &local_error))
        {
          report->sent++;
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
