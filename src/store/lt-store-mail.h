/* lt-store-mail.h: how mails leave, the demandes due, and each demande's mail recorded — intent first, then sent */
#pragma once

#include "lt-mail-message.h"
#include "lt-mail-settings.h"
#include "lt-store.h"

G_BEGIN_DECLS

/* A demande's mail as recorded. */
typedef struct {
  gint64  task_id;
  char   *title;
  char   *affaire_name;
  char   *state;        /* "sending" (not confirmed: « à vérifier ») or "sent" */
  char   *message_id;   /* NULL for a mail sent from the user's own application */
  char   *recipient;
  char   *began_at;     /* UTC, ISO 8601 */
  char   *sent_on;      /* ISO date, NULL while "sending" */
} LtRequestMail;

void            lt_request_mail_free              (LtRequestMail *mail);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtRequestMail, lt_request_mail_free)

/* Row 1; the defaults (id 0) while never saved: reading writes nothing. */
LtMailSettings *lt_store_get_mail_settings        (LtStore        *self,
                                                   GError        **error);
gboolean        lt_store_update_mail_settings     (LtStore        *self,
                                                   LtMailSettings *settings,
                                                   GError        **error);

/* The demandes « à envoyer » whose sending day (their start) is on or
 * before @iso_date, by due date (GPtrArray of LtTask).
 * Like lt_store_list_requests_due (), on the planned send-on day (the
 * start day for demandes planned before it existed). */
GPtrArray      *lt_store_mail_list_due_requests   (LtStore        *self,
                                                   const char     *iso_date,
                                                   GError        **error);

/* The mail of demande @task_id: its period, wording and due date, to the
 * affaire's contact with an e-mail (the signatory first), from the address
 * of the mail settings, else the cabinet's. */
LtMailMessage  *lt_store_request_mail_compose     (LtStore        *self,
                                                   gint64          task_id,
                                                   GDateTime      *now,
                                                   GError        **error);

/* Before the server is asked, in one transaction: the demande is still
 * « à envoyer » and has no mail yet; the intent is written with
 * @message_id. LT_ERROR_MAIL_UNCONFIRMED when an earlier sending was never
 * confirmed, LT_ERROR_MAIL_ALREADY_SENT when it went. */
gboolean        lt_store_request_mail_begin       (LtStore        *self,
                                                   gint64          task_id,
                                                   const char     *message_id,
                                                   const char     *recipient,
                                                   GError        **error);
/* The server accepted it: the mail is « sent » on @date and so is the demande. */
gboolean        lt_store_request_mail_sent        (LtStore        *self,
                                                   gint64          task_id,
                                                   const char     *message_id,
                                                   const char     *date,
                                                   GError        **error);
/* The server refused it (nothing went): the intent is dropped, the demande
 * stays « à envoyer ». */
gboolean        lt_store_request_mail_abandon     (LtStore        *self,
                                                   gint64          task_id,
                                                   const char     *message_id,
                                                   GError        **error);
/* The user says the mail composed in their own application went, or says
 * what became of a mail « à vérifier » (@was_sent FALSE: it may be sent
 * again). @date: %NULL for today. */
gboolean        lt_store_request_mail_confirm     (LtStore        *self,
                                                   gint64          task_id,
                                                   const char     *recipient,
                                                   gboolean        was_sent,
                                                   const char     *date,
                                                   GError        **error);

/* issue 14, « à vérifier » settled in the app: the user says what became
 * of the unconfirmed mail @message_id (the one shown). @went: recorded sent
 * with that Message-ID, on the day its sending began; else the intent is
 * dropped and the demande is « à envoyer » again. The moves allowed are
 * lt_request_mail_check_transition ()'s; LT_ERROR_CONFLICT when the mail
 * was settled meanwhile elsewhere. */
gboolean        lt_store_request_mail_settle      (LtStore        *self,
                                                   gint64          task_id,
                                                   const char     *message_id,
                                                   gboolean        went,
                                                   GError        **error);

/* The mails recorded (GPtrArray of LtRequestMail), @state "sending",
 * "sent" or %NULL for both; @task_id 0 for every demande. */
GPtrArray      *lt_store_list_request_mails       (LtStore        *self,
                                                   gint64          task_id,
                                                   const char     *state,
                                                   GError        **error);

/* Whether draft @document_id may be sent (its rules: lines, LCB-FT, what
 * the letter needs), tried and undone: checked before its mail goes. */
gboolean        lt_store_mail_document_sendable   (LtStore        *self,
                                                   gint64          document_id,
                                                   GError        **error);

/* Demandes written on another connection (a worker's): tells this one's
 * lists that they changed. */
void            lt_store_mail_announce_changes    (LtStore        *self,
                                                   const gint64   *task_ids,
                                                   guint           n_ids);

G_END_DECLS
