/* lt-mail-smtp.c: a mail handed to the cabinet's SMTP server through libcurl (SMTP, MIME, TLS) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-mail-smtp"

#include "config.h"

#include <curl/curl.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "lt-error.h"
#include "lt-mail-smtp.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CURL, curl_easy_cleanup)

/* seconds */
#define CONNECT_TIMEOUT 20
#define TRANSFER_TIMEOUT 120

static gsize curl_ready = 0;

static void
ensure_curl (void)
{
  if (g_once_init_enter (&curl_ready))
    {
      curl_global_init (CURL_GLOBAL_DEFAULT);
      g_once_init_leave (&curl_ready, 1);
    }
}

static int
progress_cb (void       *data,
             curl_off_t  dltotal,
             curl_off_t  dlnow,
             curl_off_t  ultotal,
             curl_off_t  ulnow)
{
  return g_cancellable_is_cancelled (data) ? 1 : 0;
}

/* the server's answers are not the user's business */
static size_t
discard_cb (char   *data,
            size_t  size,
            size_t  n,
            void   *user_data)
{
  return size * n;
}

static CURL *
open_session (LtMailSettings  *settings,
              const char      *password,
              GCancellable    *cancellable,
              char            *errbuf,
              GError         **error)
{
  const char *security = lt_mail_settings_get_smtp_security (settings);
  const char *host = lt_mail_settings_get_smtp_host (settings);
  const char *user = lt_mail_settings_get_smtp_user (settings);
  gboolean tls = g_strcmp0 (security, LT_MAIL_SECURITY_TLS) == 0;
  g_autofree char *url = NULL;
  g_autoptr(CURL) curl = NULL;

  if (!lt_mail_settings_validate (settings, error))
    return NULL;
  if (host == NULL || *host == '\0')
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_MAIL_NOT_CONFIGURED,
                           _("Sending directly needs the cabinet’s SMTP server: enter its name in Preferences › E-mail."));
      return NULL;
    }

  ensure_curl ();
  if (!(curl = curl_easy_init ()))
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_MAIL_FAILED, _("The mail could not be prepared (out of memory)."));
      return NULL;
    }

  /* an IPv6 literal goes in brackets */
  url = g_strdup_printf (strchr (host, ':') != NULL ? "%s://[%s]:%d" : "%s://%s:%d",
                         tls ? "smtps" : "smtp", host, lt_mail_settings_get_smtp_port (settings));
  curl_easy_setopt (curl, CURLOPT_URL, url);
  curl_easy_setopt (curl, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt (curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt (curl, CURLOPT_WRITEFUNCTION, discard_cb);
  curl_easy_setopt (curl, CURLOPT_CONNECTTIMEOUT, (long) CONNECT_TIMEOUT);
  curl_easy_setopt (curl, CURLOPT_TIMEOUT, (long) TRANSFER_TIMEOUT);
  /* STARTTLS is required, never optional: a password never goes in clear to a server elsewhere */
  if (g_strcmp0 (security, LT_MAIL_SECURITY_STARTTLS) == 0)
    curl_easy_setopt (curl, CURLOPT_USE_SSL, (long) CURLUSESSL_ALL);
  if (user != NULL && *user != '\0')
    {
      curl_easy_setopt (curl, CURLOPT_USERNAME, user);
      curl_easy_setopt (curl, CURLOPT_PASSWORD, password != NULL ? password : "");
    }
  if (cancellable != NULL)
    {
      curl_easy_setopt (curl, CURLOPT_XFERINFOFUNCTION, progress_cb);
      curl_easy_setopt (curl, CURLOPT_XFERINFODATA, cancellable);
      curl_easy_setopt (curl, CURLOPT_NOPROGRESS, 0L);
    }

  return g_steal_pointer (&curl);
}

/* What went wrong, said for the user, from libcurl's code and its message. */
static void
set_curl_error (CURL        *curl,
                CURLcode     code,
                const char  *errbuf,
                const char  *recipient,
                const char  *host,
                GError     **error)
{
  const char *detail = errbuf != NULL && *errbuf != '\0' ? errbuf : curl_easy_strerror (code);
  long reply = 0;

  curl_easy_getinfo (curl, CURLINFO_RESPONSE_CODE, &reply);

  switch (code)
    {
    case CURLE_LOGIN_DENIED:
      g_set_error (error, LT_ERROR, LT_ERROR_MAIL_LOGIN_REFUSED,
                   _("The server %s refused the login: check the user and the password in Preferences › E-mail."), host);
      return;

    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
      g_set_error (error, LT_ERROR, LT_ERROR_MAIL_SERVER_UNREACHABLE,
                   _("The mail server %s cannot be reached (%s): check its name and port, and the network. The demandes stay « to send »."),
                   host, detail);
      return;

    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_USE_SSL_FAILED:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
      g_set_error (error, LT_ERROR, LT_ERROR_MAIL_SERVER_UNREACHABLE,
                   _("No secure connection to %s (%s): check the security (STARTTLS on port 587, TLS on 465)."), host, detail);
      return;

    case CURLE_ABORTED_BY_CALLBACK:
      g_set_error_literal (error, LT_ERROR, LT_ERROR_CANCELLED, _("Sending was cancelled."));
      return;

    default:
      break;
    }

  if (g_str_has_prefix (detail, "RCPT failed"))
    g_set_error (error, LT_ERROR, LT_ERROR_MAIL_RECIPIENT_REFUSED,
                 _("The server refused the address %s (reply %ld): check the contact’s e-mail in the affaire."),
                 recipient, reply);
  else if (reply == 535 || reply == 534 || reply == 530)
    g_set_error (error, LT_ERROR, LT_ERROR_MAIL_LOGIN_REFUSED,
                 _("The server %s refused the login: check the user and the password in Preferences › E-mail."), host);
  else
    g_set_error (error, LT_ERROR, LT_ERROR_MAIL_FAILED,
                 _("The server %s did not take the mail (%s): nothing was sent."), host, detail);
}

static char *
crlf_lines (const char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 64);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n' && (p == text || p[-1] != '\r'))
        g_string_append_c (out, '\r');
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
add_part (curl_mime   *mime,
          const void  *data,
          gsize        size,
          const char  *type,
          const char  *encoder,
          const char  *filename)
{
  curl_mimepart *part = curl_mime_addpart (mime);

  return part != NULL &&
         curl_mime_data (part, data, size) == CURLE_OK &&
         curl_mime_type (part, type) == CURLE_OK &&
         curl_mime_encoder (part, encoder) == CURLE_OK &&
         (filename == NULL || curl_mime_filename (part, filename) == CURLE_OK);
}

gboolean
lt_mail_smtp_send (LtMailSettings       *settings,
                   const char           *password,
                   const LtMailMessage  *message,
                   GCancellable         *cancellable,
                   GError              **error)
{
  char errbuf[CURL_ERROR_SIZE] = "";
  g_autoptr(CURL) curl = NULL;
  g_auto(GStrv) headers = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *filename = NULL;
  g_autofree char *body = NULL;
  struct curl_slist *header_list = NULL;
  struct curl_slist *recipients = NULL;
  curl_mime *mime = NULL;
  gboolean ok;
  CURLcode code;

  g_return_val_if_fail (LT_IS_MAIL_SETTINGS (settings), FALSE);
  g_return_val_if_fail (message != NULL, FALSE);

  if (!(curl = open_session (settings, password, cancellable, errbuf, error)))
    return FALSE;

  from = g_strdup_printf ("<%s>", message->from_address);
  to = g_strdup_printf ("<%s>", message->to_address);
  curl_easy_setopt (curl, CURLOPT_MAIL_FROM, from);
  recipients = curl_slist_append (recipients, to);
  curl_easy_setopt (curl, CURLOPT_MAIL_RCPT, recipients);

  headers = lt_mail_message_headers (message);
  for (guint i = 0; headers[i] != NULL; i++)
    header_list = curl_slist_append (header_list, headers[i]);
  curl_easy_setopt (curl, CURLOPT_HTTPHEADER, header_list);

  /* libcurl's MIME: the text in quoted-printable, the attachment in base64;
   * the text's lines end in CRLF as SMTP wants them */
  body = crlf_lines (message->body != NULL ? message->body : "");
  mime = curl_mime_init (curl);
  ok = add_part (mime, body, strlen (body), "text/plain; charset=UTF-8", "quoted-printable", NULL);
  if (ok && message->attachment != NULL)
    {
      gsize size = 0;
      const void *data = g_bytes_get_data (message->attachment, &size);

      filename = lt_mail_encode_header_text (message->attachment_name);
      ok = add_part (mime, data, size, message->attachment_type != NULL ? message->attachment_type : "application/octet-stream",
                     "base64", filename);
    }
  curl_easy_setopt (curl, CURLOPT_MIMEPOST, mime);

  if (!ok)
    g_set_error_literal (error, LT_ERROR, LT_ERROR_MAIL_FAILED, _("The mail could not be prepared (out of memory)."));
  else if ((code = curl_easy_perform (curl)) != CURLE_OK)
    {
      set_curl_error (curl, code, errbuf, message->to_address, lt_mail_settings_get_smtp_host (settings), error);
      ok = FALSE;
    }

  curl_slist_free_all (recipients);
  curl_slist_free_all (header_list);
  curl_mime_free (mime);

  return ok;
}

gboolean
lt_mail_smtp_test (LtMailSettings  *settings,
                   const char      *password,
                   GCancellable    *cancellable,
                   GError         **error)
{
  char errbuf[CURL_ERROR_SIZE] = "";
  g_autoptr(CURL) curl = NULL;
  CURLcode code;

  g_return_val_if_fail (LT_IS_MAIL_SETTINGS (settings), FALSE);

  if (!(curl = open_session (settings, password, cancellable, errbuf, error)))
    return FALSE;

  /* connect, EHLO, STARTTLS and AUTH, then NOOP: nothing is sent */
  curl_easy_setopt (curl, CURLOPT_CUSTOMREQUEST, "NOOP");
  if ((code = curl_easy_perform (curl)) != CURLE_OK)
    {
      set_curl_error (curl, code, errbuf, "", lt_mail_settings_get_smtp_host (settings), error);
      return FALSE;
    }

  return TRUE;
}
