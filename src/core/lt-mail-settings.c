/* lt-mail-settings.c: how mails leave the cabinet — the user's mail application, or its SMTP server (never its password) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-mail-settings"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-email.h"
#include "lt-error.h"
#include "lt-mail-settings.h"

struct _LtMailSettings
{
  LtModel  parent_instance;

  gint64   id;
  char    *mode;
  char    *smtp_host;
  int      smtp_port;
  char    *smtp_security;
  char    *smtp_user;
  char    *from_address;
  gint64   revision;
};

G_DEFINE_FINAL_TYPE (LtMailSettings, lt_mail_settings, LT_TYPE_MODEL)

enum {
  PROP_0,
  PROP_ID,
  PROP_MODE,
  PROP_SMTP_HOST,
  PROP_SMTP_PORT,
  PROP_SMTP_SECURITY,
  PROP_SMTP_USER,
  PROP_FROM_ADDRESS,
  PROP_REVISION,
  N_PROPS
};

/* The columns of the table, in its order (HACKING.md, "Schema and models"). */
static const LtField fields[N_PROPS] = {
  [PROP_ID]            = LT_FIELD_ID_COLUMN (LtMailSettings, id, 0),
  [PROP_MODE]          = LT_FIELD_TEXT_COLUMN (LtMailSettings, mode, LT_MAIL_MODE_APPLICATION, 0),
  [PROP_SMTP_HOST]     = LT_FIELD_TEXT_COLUMN (LtMailSettings, smtp_host, "", 0),
  [PROP_SMTP_PORT]     = LT_FIELD_INT_COLUMN (LtMailSettings, smtp_port, 587, 0),
  [PROP_SMTP_SECURITY] = LT_FIELD_TEXT_COLUMN (LtMailSettings, smtp_security, LT_MAIL_SECURITY_STARTTLS, 0),
  [PROP_SMTP_USER]     = LT_FIELD_TEXT_COLUMN (LtMailSettings, smtp_user, "", 0),
  [PROP_FROM_ADDRESS]  = LT_FIELD_TEXT_COLUMN (LtMailSettings, from_address, "", 0),
  [PROP_REVISION]      = LT_FIELD_ID_COLUMN (LtMailSettings, revision, 0),
};

static void
lt_mail_settings_class_init (LtMailSettingsClass *klass)
{
  lt_model_class_install (LT_MODEL_CLASS (klass), fields, N_PROPS);
}

static void
lt_mail_settings_init (LtMailSettings *self)
{
}

LT_MODEL_DEFINE_NEW_AND_COPY (LtMailSettings, lt_mail_settings, LT_TYPE_MAIL_SETTINGS)

LT_MODEL_DEFINE_INT64_ACCESSORS (LtMailSettings, lt_mail_settings, id, PROP_ID)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtMailSettings, lt_mail_settings, mode, PROP_MODE)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtMailSettings, lt_mail_settings, smtp_host, PROP_SMTP_HOST)
LT_MODEL_DEFINE_INT_ACCESSORS (LtMailSettings, lt_mail_settings, smtp_port, PROP_SMTP_PORT)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtMailSettings, lt_mail_settings, smtp_security, PROP_SMTP_SECURITY)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtMailSettings, lt_mail_settings, smtp_user, PROP_SMTP_USER)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtMailSettings, lt_mail_settings, from_address, PROP_FROM_ADDRESS)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtMailSettings, lt_mail_settings, revision, PROP_REVISION)

gboolean
lt_mail_settings_is_direct (LtMailSettings *self)
{
  g_return_val_if_fail (LT_IS_MAIL_SETTINGS (self), FALSE);

  return g_strcmp0 (self->mode, LT_MAIL_MODE_SMTP) == 0;
}

static gboolean
is_this_machine (const char *host)
{
  return g_strcmp0 (host, "127.0.0.1") == 0 || g_strcmp0 (host, "::1") == 0 ||
         g_strcmp0 (host, "localhost") == 0;
}

gboolean
lt_mail_settings_validate (LtMailSettings  *self,
                           GError         **error)
{
  g_return_val_if_fail (LT_IS_MAIL_SETTINGS (self), FALSE);

  if (g_strcmp0 (self->mode, LT_MAIL_MODE_APPLICATION) != 0 && g_strcmp0 (self->mode, LT_MAIL_MODE_SMTP) != 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_MAIL_NOT_CONFIGURED,
                   _("“%s” is not a way to send mails: choose “application” or “smtp”."), self->mode);
      return FALSE;
    }
  if (g_strcmp0 (self->smtp_security, LT_MAIL_SECURITY_STARTTLS) != 0 &&
      g_strcmp0 (self->smtp_security, LT_MAIL_SECURITY_TLS) != 0 &&
      g_strcmp0 (self->smtp_security, LT_MAIL_SECURITY_NONE) != 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_MAIL_NOT_CONFIGURED,
                   _("“%s” is not a connection security: choose “starttls”, “tls” or “none”."), self->smtp_security);
      return FALSE;
    }
  if (self->smtp_port < 1 || self->smtp_port > 65535)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_MAIL_NOT_CONFIGURED,
                   _("The SMTP port %d does not exist: enter a number from 1 to 65535 (usually 587, or 465 with TLS)."),
                   self->smtp_port);
      return FALSE;
    }
  if (lt_mail_settings_is_direct (self) && (self->smtp_host == NULL || *self->smtp_host == '\0'))
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_MAIL_NOT_CONFIGURED,
                           _("Sending directly needs the cabinet’s SMTP server: enter its name in Preferences › E-mail."));
      return FALSE;
    }
  if (self->smtp_host != NULL && g_strstr_len (self->smtp_host, -1, "/") != NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_MAIL_NOT_CONFIGURED,
                   _("“%s” is not a server name: enter only its name, for example smtp.cabinet.fr."), self->smtp_host);
      return FALSE;
    }
  /* the password would cross the network in clear */
  if (g_strcmp0 (self->smtp_security, LT_MAIL_SECURITY_NONE) == 0 && self->smtp_host != NULL &&
      *self->smtp_host != '\0' && !is_this_machine (self->smtp_host))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_MAIL_NOT_CONFIGURED,
                   _("A connection without encryption is allowed only to this computer: choose STARTTLS or TLS for %s."),
                   self->smtp_host);
      return FALSE;
    }

  return lt_email_check (self->from_address, error);
}
