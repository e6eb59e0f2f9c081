/* lt-mail-sender.h: demandes mailed through the cabinet's server, each at most once — intent recorded, sent, confirmed */
#pragma once

#include <gio/gio.h>

#include "lt-store.h"
#include "lt-mail-settings.h"

G_BEGIN_DECLS

/* Tests: set, the process ends right after the server took a mail and
 * before it is recorded as sent (a crash at the worst moment). */
#define LT_MAIL_CRASH_ENV "LETTRINE_MAIL_CRASH_AFTER_SEND"

typedef struct {
  guint      sent;
  guint      refused;       /* stay « to send »: each said in @lines */
  guint      unconfirmed;   /* « à vérifier »: begun earlier, never confirmed */
  GPtrArray *lines;         /* one line per demande not sent, said for the user */
  GArray    *task_ids;      /* gint64: the demandes written (sent or « à vérifier ») */
} LtMailReport;

void          lt_mail_report_free        (LtMailReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtMailReport, lt_mail_report_free)
/* « 3 demandes sent, 1 refused, 1 to check » */
char         *lt_mail_report_summary     (const LtMailReport *report);

/* Mails demande @task_id: composed, the intent recorded with its
 * Message-ID, sent, then recorded sent. Refused (login, recipient, server
 * down): the intent is dropped, the demande stays « to send ». */
gboolean      lt_mail_send_request       (LtStore        *store,
                                          LtMailSettings *settings,
                                          const char     *password,
                                          gint64          task_id,
                                          GCancellable   *cancellable,
                                          GError        **error);

/* Mails every demande due on @iso_date (NULL: today). Fails (@error) only
 * when nothing can be sent: not set to send directly, no password, the
 * server down or refusing the login; refusals of one demande are in the
 * report. Blocks: from a worker thread in the application. */
LtMailReport *lt_mail_send_due_requests  (LtStore        *store,
                                          const char     *iso_date,
                                          GCancellable   *cancellable,
                                          GError        **error);

/* The same in a worker thread, on a connection of its own to the database
 * of @store; the changes are announced on @store when it finishes.
 * LT_ERROR_MAIL_NOT_CONFIGURED when mails leave from the user's application. */
void          lt_mail_send_due_requests_async  (LtStore             *store,
                                                const char          *iso_date,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
LtMailReport *lt_mail_send_due_requests_finish (LtStore             *store,
                                                GAsyncResult        *result,
                                                GError             **error);

G_END_DECLS
