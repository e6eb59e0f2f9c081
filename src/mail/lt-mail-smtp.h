/* lt-mail-smtp.h: a mail handed to the cabinet's SMTP server through libcurl (SMTP, MIME, TLS) */
#pragma once

#include <gio/gio.h>

#include "lt-mail-message.h"
#include "lt-mail-settings.h"

G_BEGIN_DECLS

/* Sends @message through the server of @settings, logging in as its user
 * with @password (nullable: no login). Errors: LT_ERROR_MAIL_LOGIN_REFUSED,
 * LT_ERROR_MAIL_RECIPIENT_REFUSED, LT_ERROR_MAIL_SERVER_UNREACHABLE,
 * LT_ERROR_MAIL_FAILED — each message says what to do. Blocks: call it
 * from a worker thread in the application. */
gboolean lt_mail_smtp_send (LtMailSettings       *settings,
                            const char           *password,
                            const LtMailMessage  *message,
                            GCancellable         *cancellable,
                            GError              **error);

/* Connects and logs in without sending anything (« Tester »). */
gboolean lt_mail_smtp_test (LtMailSettings       *settings,
                            const char           *password,
                            GCancellable         *cancellable,
                            GError              **error);

G_END_DECLS
