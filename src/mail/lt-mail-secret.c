/* lt-mail-secret.c: the SMTP password — in the keyring (libsecret), or LETTRINE_SMTP_PASSWORD for timers and tests; never in the database */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-mail-secret"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "lt-error.h"
#include "lt-mail-secret.h"

static const SecretSchema *
smtp_schema (void)
{
  static const SecretSchema schema = {
    "io.github.lettrine.Lettrine.Smtp", SECRET_SCHEMA_NONE,
    {
      { "host", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };
  return &schema;
}

char *
lt_mail_password_lookup (LtMailSettings  *settings,
                         GCancellable    *cancellable,
                         GError         **error)
{
  const char *user = lt_mail_settings_get_smtp_user (settings);
  const char *env = g_getenv (LT_MAIL_PASSWORD_ENV);
  g_autoptr(GError) local_error = NULL;
  char *password;

  g_return_val_if_fail (LT_IS_MAIL_SETTINGS (settings), NULL);

  if (user == NULL || *user == '\0')
    return NULL;
  if (env != NULL)
    return g_strdup (env);

  password = secret_password_lookup_sync (smtp_schema (), cancellable, &local_error,
                                          "host", lt_mail_settings_get_smtp_host (settings),
                                          "user", user, NULL);
  if (password != NULL)
    {
      char *copy = g_strdup (password);

      secret_password_free (password);
      return copy;
    }

  if (local_error != NULL)
    g_set_error (error, LT_ERROR, LT_ERROR_MAIL_NO_PASSWORD,
                 _("The keyring could not be read (%s): unlock it, or set %s for a program without a session."),
                 local_error->message, LT_MAIL_PASSWORD_ENV);
  else
    g_set_error (error, LT_ERROR, LT_ERROR_MAIL_NO_PASSWORD,
                 _("No password is kept for %s on %s: enter it in Preferences › E-mail, or set %s for a program without a session."),
                 user, lt_mail_settings_get_smtp_host (settings), LT_MAIL_PASSWORD_ENV);
  return NULL;
}

gboolean
lt_mail_password_store (LtMailSettings  *settings,
                        const char      *password,
                        GCancellable    *cancellable,
                        GError         **error)
{
  const char *host = lt_mail_settings_get_smtp_host (settings);
  const char *user = lt_mail_settings_get_smtp_user (settings);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (LT_IS_MAIL_SETTINGS (settings), FALSE);

  if (password == NULL || *password == '\0')
    {
      secret_password_clear_sync (smtp_schema (), cancellable, &local_error, "host", host, "user", user, NULL);
    }
  else
    {
      label = g_strdup_printf (_("Lettrine: SMTP password of %s on %s"), user, host);
      secret_password_store_sync (smtp_schema (), SECRET_COLLECTION_DEFAULT, label, password, cancellable,
                                  &local_error, "host", host, "user", user, NULL);
    }

  if (local_error != NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_MAIL_NO_PASSWORD,
                   _("The password could not be kept in the keyring (%s): is a keyring running in this session?"),
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}
