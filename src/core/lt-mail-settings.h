/* lt-mail-settings.h: how mails leave the cabinet — the user's mail application, or its SMTP server (never its password) */
#pragma once

#include <glib-object.h>

#include "lt-model.h"

G_BEGIN_DECLS

#define LT_TYPE_MAIL_SETTINGS (lt_mail_settings_get_type ())

G_DECLARE_FINAL_TYPE (LtMailSettings, lt_mail_settings, LT, MAIL_SETTINGS, LtModel)

/* "mode": how mails leave */
#define LT_MAIL_MODE_APPLICATION "application"  /* the desktop's e-mail portal; the user sends */
#define LT_MAIL_MODE_SMTP        "smtp"         /* directly, through the cabinet's server */

/* "smtp-security" */
#define LT_MAIL_SECURITY_STARTTLS "starttls"    /* smtp://, then STARTTLS required (port 587) */
#define LT_MAIL_SECURITY_TLS      "tls"         /* smtps:// (port 465) */
#define LT_MAIL_SECURITY_NONE     "none"        /* plain: refused but for 127.0.0.1 / ::1 / localhost */

/* Properties are the columns of the table "mail_settings" (HACKING.md):
 * id, mode, smtp-host, smtp-port, smtp-security, smtp-user, from-address
 * ("" for the cabinet's e-mail), revision. */

LtMailSettings *lt_mail_settings_new               (void);
LtMailSettings *lt_mail_settings_copy              (LtMailSettings *self);
gint64          lt_mail_settings_get_id            (LtMailSettings *self);
void            lt_mail_settings_set_id            (LtMailSettings *self,
                                                    gint64          id);
const char     *lt_mail_settings_get_mode          (LtMailSettings *self);
void            lt_mail_settings_set_mode          (LtMailSettings *self,
                                                    const char     *mode);
const char     *lt_mail_settings_get_smtp_host     (LtMailSettings *self);
void            lt_mail_settings_set_smtp_host     (LtMailSettings *self,
                                                    const char     *smtp_host);
int             lt_mail_settings_get_smtp_port     (LtMailSettings *self);
void            lt_mail_settings_set_smtp_port     (LtMailSettings *self,
                                                    int             smtp_port);
const char     *lt_mail_settings_get_smtp_security (LtMailSettings *self);
void            lt_mail_settings_set_smtp_security (LtMailSettings *self,
                                                    const char     *smtp_security);
const char     *lt_mail_settings_get_smtp_user     (LtMailSettings *self);
void            lt_mail_settings_set_smtp_user     (LtMailSettings *self,
                                                    const char     *smtp_user);
const char     *lt_mail_settings_get_from_address  (LtMailSettings *self);
void            lt_mail_settings_set_from_address  (LtMailSettings *self,
                                                    const char     *from_address);
gint64          lt_mail_settings_get_revision      (LtMailSettings *self);
void            lt_mail_settings_set_revision      (LtMailSettings *self,
                                                    gint64          revision);

/* Whether mails go directly through the SMTP server. */
gboolean        lt_mail_settings_is_direct         (LtMailSettings *self);
/* The rules: a known mode and security, a port 1–65535, a host when
 * direct, no plain connection but to this machine, a valid From. */
gboolean        lt_mail_settings_validate          (LtMailSettings *self,
                                                    GError        **error);

G_END_DECLS
