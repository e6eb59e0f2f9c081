/* lt-request-mail-state.h: where a demande's mail stands (à envoyer, à vérifier, envoyé) and which moves between them are allowed */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A demande's mail. « À vérifier »: the intent was recorded (with its
 * Message-ID) before the server was asked, and the server's answer never
 * reached the record — the application or the connection died: only the
 * user can say whether the mail left. */
typedef enum {
  LT_REQUEST_MAIL_TO_SEND,    /* no mail recorded: « à envoyer » */
  LT_REQUEST_MAIL_TO_CHECK,   /* begun, never confirmed: « à vérifier » */
  LT_REQUEST_MAIL_SENT,       /* the server took it, or the user says it went */
} LtRequestMailState;

/* The state of a row of request_mails ("sending", "sent"); NULL: no row. */
LtRequestMailState lt_request_mail_state_from_record  (const char         *record_state);

/* Whether a demande's mail may go from @from to @to:
 *  - à envoyer → à vérifier (the intent, before the server is asked);
 *  - à envoyer → envoyé (composed in the user's application, said sent);
 *  - à vérifier → envoyé (the server took it, or the user checked it went);
 *  - à vérifier → à envoyer (refused, or the user checked it did not go).
 * Anything else is refused: a mail sent is never sent or undone again
 * (LT_ERROR_MAIL_ALREADY_SENT, naming @recipient and @sent_on); a mail
 * « à vérifier » is never begun again blindly (LT_ERROR_MAIL_UNCONFIRMED,
 * naming @message_id); a demande without a mail has nothing to check
 * (LT_ERROR_NOT_FOUND). @title names the demande in the messages. */
gboolean           lt_request_mail_check_transition  (LtRequestMailState  from,
                                                      LtRequestMailState  to,
                                                      const char         *title,
                                                      const char         *message_id,
                                                      const char         *recipient,
                                                      const char         *sent_on,
                                                      GError            **error);

/* What the user reads of an « à vérifier » mail and the two ways out of it. */
char              *lt_request_mail_to_check_explanation (const char      *recipient,
                                                         const char      *message_id,
                                                         const char      *began_at);

G_END_DECLS
