/* lt-mail-secret.h: the SMTP password — in the keyring (libsecret), or LETTRINE_SMTP_PASSWORD for timers and tests; never in the database */
#pragma once

#include <gio/gio.h>

#include "lt-mail-settings.h"

G_BEGIN_DECLS

#define LT_MAIL_PASSWORD_ENV "LETTRINE_SMTP_PASSWORD"

/* The password of the SMTP user of @settings: $LETTRINE_SMTP_PASSWORD when
 * set, else the keyring's (schema io.github.lettrine.Lettrine.Smtp, by host
 * and user). %NULL without error without a user (no login);
 * LT_ERROR_MAIL_NO_PASSWORD when neither has it. Blocks (D-Bus): not on the
 * main thread. */
char     *lt_mail_password_lookup (LtMailSettings  *settings,
                                   GCancellable    *cancellable,
                                   GError         **error);
/* Keeps @password in the keyring for the host and user of @settings
 * ("" or %NULL removes it). */
gboolean  lt_mail_password_store  (LtMailSettings  *settings,
                                   const char      *password,
                                   GCancellable    *cancellable,
                                   GError         **error);

G_END_DECLS
