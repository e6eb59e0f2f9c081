/* lt-mail-message.h: an e-mail as the client receives it — headers (RFC 5322, RFC 2047) and the text of a demande's mail */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One mail, ready for a transport (SMTP through libcurl, or the e-mail
 * portal). Texts are UTF-8; @date and @message_id are already in their
 * header form. */
typedef struct {
  char   *message_id;        /* "<uuid@domain>" */
  char   *date;              /* "Wed, 02 Dec 2026 16:05:00 +0000" */
  char   *from_name;         /* the cabinet, may be "" */
  char   *from_address;
  char   *to_name;           /* the contact, may be "" */
  char   *to_address;
  char   *subject;
  char   *body;              /* text/plain, lines ended by "\r\n" */
  char   *attachment_name;   /* NULL without attachment */
  char   *attachment_type;   /* "application/pdf" */
  GBytes *attachment;
} LtMailMessage;

/* What a demande's mail says, gathered by the store. */
typedef struct {
  const char *client_name;     /* the affaire */
  const char *contact_name;    /* the recipient, may be NULL/"" */
  const char *contact_email;
  const char *firm_name;
  const char *firm_email;      /* From */
  const char *signatory_name;  /* signs the mail, may be NULL/"" */
  const char *what;            /* the client-side wording of the step, else its title */
  const char *period;          /* as the schedule names it ("2027-11", "2027-Q1", "2027"), may be "" */
  const char *due_date;        /* ISO: by when the client answers */
} LtRequestMailFacts;

LtMailMessage *lt_mail_message_new            (void);
void           lt_mail_message_free           (LtMailMessage *message);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtMailMessage, lt_mail_message_free)

/* "<uuid@domain>": the domain of @from_address, else "lettrine.invalid". */
char          *lt_mail_new_message_id         (const char    *from_address);
/* RFC 5322 date-time, English names whatever the locale. */
char          *lt_mail_format_date            (GDateTime     *when);
/* RFC 2047: @text as it is when printable ASCII, else UTF-8 base64
 * encoded-words of at most 75 characters, separated by "\r\n ". */
char          *lt_mail_encode_header_text     (const char    *text);
/* "Name <address>" with the name quoted or encoded as needed; the address
 * alone when @name is empty. */
char          *lt_mail_format_address         (const char    *name,
                                               const char    *address);
/* The header lines of @message (without "\r\n"): Date, From, To,
 * Message-ID, Subject. A header value never holds CR or LF. */
GStrv          lt_mail_message_headers        (const LtMailMessage *message);
/* The whole message as RFC 5322 text with a MIME body (text/plain UTF-8
 * quoted-printable, and the attachment in base64): what a server receives;
 * used for the tests and as a record. */
char          *lt_mail_message_to_string      (const LtMailMessage *message);
/* quoted-printable (RFC 2045) of @text, lines of at most 76 characters. */
char          *lt_mail_quoted_printable       (const char    *text);

/* « novembre 2027 », « 1er trimestre 2027 », « exercice 2027 »: in French,
 * as the letter, whatever the interface's language. */

/* What a demande's mail asks the client for: the client-side wording of its
 * step (@client_title, else the default made from @step_title, as the annex
 * « répartition des obligations » shows it); the demande's own @task_title
 * when it has no step (@step_title NULL: written by hand, or its step gone).
 * (transfer full) */
char          *lt_mail_request_what           (const char    *task_title,
                                               const char    *step_title,
                                               const char    *client_title);

/* One demande in a list of them (the mailto: of a client's pending
 * demandes): « Transmettre les relevés bancaires du mois — novembre 2027,
 * pour le 16/12/2027 »; French, as the mail. (transfer full) */
char          *lt_mail_request_line           (const char    *what,
                                               const char    *period,
                                               const char    *due_date);

/* The mail of a demande d'information: names the period, what to send and
 * by when, to the contact; French whatever the interface's language. Fails
 * with LT_ERROR_MAIL_NO_RECIPIENT without the contact's address and
 * LT_ERROR_MAIL_NO_SENDER without the cabinet's. */
LtMailMessage *lt_mail_message_for_request    (const LtRequestMailFacts *facts,
                                               GDateTime     *now,
                                               GError       **error);

G_END_DECLS
