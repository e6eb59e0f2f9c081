/* lt-cli-mail.c: lettrine-cli request send-due|checked|mails, mail settings|test — demandes mailed through the cabinet's server */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdio.h>

#include "lt-cli-commands.h"
#include "lt-mail-secret.h"
#include "lt-mail-sender.h"
#include "lt-mail-smtp.h"
#include "lt-store-mail.h"

static gboolean
request_send_due (LtCli   *cli,
                  int      argc,
                  char   **argv,
                  GError **error)
{
  g_autofree char *date = NULL;
  g_autofree char *date_iso = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("Send what is due on this day (default: today)"), N_("DATE") },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtMailReport) report = NULL;
  g_autofree char *summary = NULL;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error) ||
      (date != NULL && !lt_cli_parse_date (date, &date_iso, error)) ||
      !(store = lt_cli_open_store (cli, error)) ||
      !(report = lt_mail_send_due_requests (store, date_iso, NULL, error)))
    return FALSE;

  for (guint i = 0; i < report->lines->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (report->lines, i));
  summary = lt_mail_report_summary (report);
  g_print ("%s\n", summary);

  /* for a timer: something was left undone */
  if (report->refused > 0 || report->unconfirmed > 0)
    {
      g_set_error_literal (error, LT_ERROR, report->unconfirmed > 0 ? LT_ERROR_MAIL_UNCONFIRMED : LT_ERROR_MAIL_FAILED,
                           _("Some demandes were not sent: see above."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
request_checked (LtCli   *cli,
                 int      argc,
                 char   **argv,
                 GError **error)
{
  gboolean sent = FALSE, not_sent = FALSE;
  g_autofree char *on = NULL;
  g_autofree char *on_iso = NULL;
  const GOptionEntry entries[] = {
    { "sent", 0, 0, G_OPTION_ARG_NONE, &sent, N_("The mail went: the demande is sent"), NULL },
    { "not-sent", 0, 0, G_OPTION_ARG_NONE, &not_sent, N_("The mail did not go: the demande is to send again"), NULL },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("The day it was sent (default: today)"), N_("DATE") },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GPtrArray) mails = NULL;
  gint64 id = 0;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &id, error) ||
      (on != NULL && !lt_cli_parse_date (on, &on_iso, error)))
    return FALSE;
  if (sent == not_sent)
    return lt_cli_usage_error (error, _("Say either --sent or --not-sent."));
  if (!(store = lt_cli_open_store (cli, error)) ||
      !(mails = lt_store_list_request_mails (store, id, "sending", error)))
    return FALSE;
  if (mails->len == 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                   _("Demande %s has no mail to check: nothing was left unconfirmed."), argv[1]);
      return FALSE;
    }

  return lt_store_request_mail_confirm (store, id, NULL, sent, on_iso, error);
}

static gboolean
request_mails (LtCli   *cli,
               int      argc,
               char   **argv,
               GError **error)
{
  gboolean unconfirmed = FALSE;
  const GOptionEntry entries[] = {
    { "to-check", 0, 0, G_OPTION_ARG_NONE, &unconfirmed, N_("Only the mails begun and never confirmed"), NULL },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GPtrArray) mails = NULL;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error) ||
      !(store = lt_cli_open_existing_store (cli, error)) ||
      !(mails = lt_store_list_request_mails (store, 0, unconfirmed ? "sending" : NULL, error)))
    return FALSE;

  for (guint i = 0; i < mails->len; i++)
    {
      LtRequestMail *mail = g_ptr_array_index (mails, i);

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\t%s\n", mail->task_id,
               g_str_equal (mail->state, "sent") ? _("sent") : _("to check"),
               mail->sent_on != NULL ? mail->sent_on : mail->began_at,
               mail->recipient, mail->message_id != NULL ? mail->message_id : "-",
               mail->affaire_name, mail->title);
    }
  return TRUE;
}

static gboolean
mail_settings (LtCli   *cli,
               int      argc,
               char   **argv,
               GError **error)
{
  g_autofree char *mode = NULL;
  g_autofree char *host = NULL;
  g_autofree char *security = NULL;
  g_autofree char *user = NULL;
  g_autofree char *from = NULL;
  int port = 0;
  const GOptionEntry entries[] = {
    { "mode", 0, 0, G_OPTION_ARG_STRING, &mode, N_("application (your e-mail application) or smtp (directly)"), N_("MODE") },
    { "host", 0, 0, G_OPTION_ARG_STRING, &host, N_("The SMTP server"), N_("HOST") },
    { "port", 0, 0, G_OPTION_ARG_INT, &port, N_("Its port (587 with STARTTLS, 465 with TLS)"), N_("PORT") },
    { "security", 0, 0, G_OPTION_ARG_STRING, &security, N_("starttls, tls, or none (this computer only)"), N_("SECURITY") },
    { "user", 0, 0, G_OPTION_ARG_STRING, &user, N_("The user to log in as (the password is in the keyring)"), N_("USER") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("The sender’s address (default: the cabinet’s)"), N_("EMAIL") },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtMailSettings) settings = NULL;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error) ||
      !(store = lt_cli_open_store (cli, error)) ||
      !(settings = lt_store_get_mail_settings (store, error)))
    return FALSE;

  if (mode != NULL || host != NULL || port != 0 || security != NULL || user != NULL || from != NULL)
    {
      if (mode != NULL)
        lt_mail_settings_set_mode (settings, mode);
      if (host != NULL)
        lt_mail_settings_set_smtp_host (settings, host);
      if (port != 0)
        lt_mail_settings_set_smtp_port (settings, port);
      if (security != NULL)
        lt_mail_settings_set_smtp_security (settings, security);
      if (user != NULL)
        lt_mail_settings_set_smtp_user (settings, user);
      if (from != NULL)
        lt_mail_settings_set_from_address (settings, from);
      if (!lt_store_update_mail_settings (store, settings, error))
        return FALSE;
    }

  g_print ("mode\t%s\nhost\t%s\nport\t%d\nsecurity\t%s\nuser\t%s\nfrom\t%s\n",
           lt_mail_settings_get_mode (settings), lt_mail_settings_get_smtp_host (settings),
           lt_mail_settings_get_smtp_port (settings), lt_mail_settings_get_smtp_security (settings),
           lt_mail_settings_get_smtp_user (settings), lt_mail_settings_get_from_address (settings));
  return TRUE;
}

static gboolean
mail_test (LtCli   *cli,
           int      argc,
           char   **argv,
           GError **error)
{
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtMailSettings) settings = NULL;
  g_autoptr(GError) password_error = NULL;
  g_autofree char *password = NULL;

  if (!lt_cli_parse (cli, NULL, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error) ||
      !(store = lt_cli_open_existing_store (cli, error)) ||
      !(settings = lt_store_get_mail_settings (store, error)))
    return FALSE;

  password = lt_mail_password_lookup (settings, NULL, &password_error);
  if (password_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&password_error));
      return FALSE;
    }
  if (!lt_mail_smtp_test (settings, password, NULL, error))
    return FALSE;

  g_print (_("The server %s took the connection and the login.\n"), lt_mail_settings_get_smtp_host (settings));
  return TRUE;
}

static const LtCliCommand mail_commands[] = {
  { "request", "send-due", N_("[--date DATE]"), N_("Mail every demande due through the cabinet’s SMTP server (for a timer)"), request_send_due },
  { "request", "checked", N_("ID --sent|--not-sent [--on DATE]"), N_("Say whether a mail left unconfirmed went"), request_checked },
  { "request", "mails", N_("[--to-check]"), N_("List the mails of the demandes"), request_mails },
  { "mail", "settings", N_("[--mode application|smtp] [--host HOST] [--port PORT] [--security starttls|tls|none] [--user USER] [--from EMAIL]"),
    N_("Show or change how mails leave the cabinet"), mail_settings },
  { "mail", "test", NULL, N_("Connect and log in to the SMTP server, sending nothing"), mail_test },
};
LT_CLI_REGISTER (mail_commands)
