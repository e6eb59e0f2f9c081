/* lt-request-mail-state.c: where a demande's mail stands (à envoyer, à vérifier, envoyé) and which moves between them are allowed */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-request-mail-state"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-request-mail-state.h"

LtRequestMailState
lt_request_mail_state_from_record (const char *record_state)
{
  if (record_state == NULL)
    return LT_REQUEST_MAIL_TO_SEND;
  if (g_str_equal (record_state, "sent"))
    return LT_REQUEST_MAIL_SENT;
  /* "sending": the only other state the table allows */
  return LT_REQUEST_MAIL_TO_CHECK;
}

gboolean
lt_request_mail_check_transition (LtRequestMailState   from,
                                  LtRequestMailState   to,
                                  const char          *title,
                                  const char          *message_id,
                                  const char          *recipient,
                                  const char          *sent_on,
                                  GError             **error)
{
  const char *name = title != NULL ? title : "";

  switch (from)
    {
    case LT_REQUEST_MAIL_SENT:
      g_set_error (error, LT_ERROR, LT_ERROR_MAIL_ALREADY_SENT,
                   _("The demande « %s » was already mailed to %s on %s: it is not sent twice."),
                   name, recipient != NULL ? recipient : "", sent_on != NULL ? sent_on : "");
      return FALSE;

    case LT_REQUEST_MAIL_TO_CHECK:
      if (to != LT_REQUEST_MAIL_TO_CHECK)
        return TRUE;
      g_set_error (error, LT_ERROR, LT_ERROR_MAIL_UNCONFIRMED,
                   _("The mail of « %s » (%s) may have gone and was never confirmed: say first whether it went."),
                   name, message_id != NULL ? message_id : "");
      return FALSE;

    case LT_REQUEST_MAIL_TO_SEND:
    default:
      if (to != LT_REQUEST_MAIL_TO_SEND)
        return TRUE;
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                   _("The demande « %s » has no mail to check: nothing was left unconfirmed."), name);
      return FALSE;
    }
}

char *
lt_request_mail_to_check_explanation (const char *recipient,
                                      const char *message_id,
                                      const char *began_at)
{
  g_autoptr(GDateTime) utc = began_at != NULL ? g_date_time_new_from_iso8601 (began_at, NULL) : NULL;
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  /* dates read DD/MM/YYYY everywhere in Lettrine (lt-date.h) */
  g_autofree char *when = local != NULL ? g_date_time_format (local, "%d/%m/%Y %H:%M")
                                        : g_strdup (began_at != NULL ? began_at : "");

  return g_strdup_printf (_("Lettrine handed this mail to the server on %s (to %s, Message-ID %s) but never heard "
                            "that the server took it: the application or the connection stopped at that moment, so "
                            "it may have left. Check whether it arrived (ask the client, or look for its Message-ID "
                            "in the server’s log), then say what happened: « The mail went » records it sent with "
                            "that Message-ID; « Send again » sends a new one: choose it only if the mail did not "
                            "leave, or the client receives it twice."),
                          when, recipient != NULL ? recipient : "", message_id != NULL ? message_id : "");
}
