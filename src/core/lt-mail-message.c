/* lt-mail-message.c: an e-mail as the client receives it — headers (RFC 5322, RFC 2047) and the text of a demande's mail */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-mail-message"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "lt-date.h"
#include "lt-email.h"
#include "lt-error.h"
#include "lt-mail-message.h"
#include "lt-schedule.h"
#include "lt-step-wording.h"

/* RFC 2047 § 2: an encoded-word is at most 75 characters; "=?UTF-8?B?" and
 * "?=" leave 63, i.e. 45 bytes of text in base64 (60 characters). */
#define ENCODED_WORD_BYTES 45
/* RFC 2045 § 6.7: quoted-printable lines of at most 76 characters */
#define QP_LINE 76

static const char * const french_days[] = {
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
};

LtMailMessage *
lt_mail_message_new (void)
{
  return g_new0 (LtMailMessage, 1);
}

void
lt_mail_message_free (LtMailMessage *message)
{
  if (message == NULL)
    return;
  g_free (message->message_id);
  g_free (message->date);
  g_free (message->from_name);
  g_free (message->from_address);
  g_free (message->to_name);
  g_free (message->to_address);
  g_free (message->subject);
  g_free (message->body);
  g_free (message->attachment_name);
  g_free (message->attachment_type);
  g_clear_pointer (&message->attachment, g_bytes_unref);
  g_free (message);
}

/* A header value on one line: CR, LF and other controls become spaces, so
 * a name typed with a line break cannot add a header. */
static char *
one_line (const char *text)
{
  char *copy = g_strdup (text != NULL ? text : "");

  for (char *p = copy; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      *p = ' ';
  return g_strstrip (copy);
}

static gboolean
is_plain_ascii (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (*p < 0x20 || *p > 0x7e)
      return FALSE;
  /* "=?" would read as the start of an encoded-word */
  return strstr (text, "=?") == NULL;
}

char *
lt_mail_new_message_id (const char *from_address)
{
  g_autofree char *uuid = g_uuid_string_random ();
  const char *at = from_address != NULL ? strrchr (from_address, '@') : NULL;
  const char *domain = "lettrine.invalid";

  if (at != NULL && at[1] != '\0' && strpbrk (at + 1, " \t\r\n<>()[]\\\",;:") == NULL)
    domain = at + 1;

  return g_strdup_printf ("<%s@%s>", uuid, domain);
}

char *
lt_mail_format_date (GDateTime *when)
{
  static const char * const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  static const char * const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
  GTimeSpan offset;
  int minutes;

  g_return_val_if_fail (when != NULL, NULL);

  offset = g_date_time_get_utc_offset (when);
  minutes = (int) (offset / G_TIME_SPAN_MINUTE);

  return g_strdup_printf ("%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d",
                          days[g_date_time_get_day_of_week (when) - 1],
                          g_date_time_get_day_of_month (when),
                          months[g_date_time_get_month (when) - 1],
                          g_date_time_get_year (when),
                          g_date_time_get_hour (when),
                          g_date_time_get_minute (when),
                          g_date_time_get_second (when),
                          minutes < 0 ? '-' : '+', ABS (minutes) / 60, ABS (minutes) % 60);
}

char *
lt_mail_encode_header_text (const char *text)
{
  g_autofree char *line = one_line (text);
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = line;

  if (is_plain_ascii (line))
    return g_steal_pointer (&line);

  /* whole characters in each word: a word never ends inside a UTF-8 sequence */
  while (*p != '\0')
    {
      const char *end = p;
      g_autofree char *encoded = NULL;

      while (*end != '\0')
        {
          const char *next = g_utf8_next_char (end);

          if (next - p > ENCODED_WORD_BYTES)
            break;
          end = next;
        }
      encoded = g_base64_encode ((const guchar *) p, end - p);
      if (out->len > 0)
        g_string_append (out, "\r\n ");
      g_string_append_printf (out, "=?UTF-8?B?%s?=", encoded);
      p = end;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
lt_mail_format_address (const char *name,
                        const char *address)
{
  g_autofree char *clean_name = one_line (name);
  g_autofree char *clean_address = one_line (address);
  g_autoptr(GString) quoted = NULL;

  if (*clean_name == '\0')
    return g_steal_pointer (&clean_address);

  if (!is_plain_ascii (clean_name))
    {
      g_autofree char *encoded = lt_mail_encode_header_text (clean_name);

      return g_strdup_printf ("%s <%s>", encoded, clean_address);
    }

  /* RFC 5322 § 3.2.4: a quoted-string, with " and \ escaped */
  quoted = g_string_new ("\"");
  for (const char *p = clean_name; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (quoted, '\\');
      g_string_append_c (quoted, *p);
    }
  g_string_append_printf (quoted, "\" <%s>", clean_address);

  return g_string_free (g_steal_pointer (&quoted), FALSE);
}

GStrv
lt_mail_message_headers (const LtMailMessage *message)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *date = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (message != NULL, NULL);

  from = lt_mail_format_address (message->from_name, message->from_address);
  to = lt_mail_format_address (message->to_name, message->to_address);
  subject = lt_mail_encode_header_text (message->subject);
  date = one_line (message->date);
  id = one_line (message->message_id);

  g_ptr_array_add (lines, g_strdup_printf ("Date: %s", date));
  g_ptr_array_add (lines, g_strdup_printf ("From: %s", from));
  g_ptr_array_add (lines, g_strdup_printf ("To: %s", to));
  g_ptr_array_add (lines, g_strdup_printf ("Message-ID: %s", id));
  g_ptr_array_add (lines, g_strdup_printf ("Subject: %s", subject));

  g_ptr_array_add (lines, NULL);
  return (GStrv) g_ptr_array_steal (lines, NULL);
}

char *
lt_mail_quoted_printable (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint column = 0;

  g_return_val_if_fail (text != NULL, NULL);

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      char piece[4];
      gboolean line_end = p[0] == '\r' && p[1] == '\n';
      gboolean before_break;

      if (line_end || *p == '\n')
        {
          g_string_append (out, "\r\n");
          column = 0;
          if (line_end)
            p++;
          continue;
        }

      before_break = p[1] == '\0' || p[1] == '\r' || p[1] == '\n';
      if ((*p >= 33 && *p <= 126 && *p != '=') || ((*p == ' ' || *p == '\t') && !before_break))
        {
          piece[0] = *p;
          piece[1] = '\0';
        }
      else
        g_snprintf (piece, sizeof piece, "=%02X", *p);

      /* a soft break keeps room for the "=" that ends the line */
      if (column + strlen (piece) > QP_LINE - 1)
        {
          g_string_append (out, "=\r\n");
          column = 0;
        }
      g_string_append (out, piece);
      column += strlen (piece);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
append_base64_lines (GString *out,
                     GBytes  *bytes)
{
  gsize size = 0;
  const guchar *data = g_bytes_get_data (bytes, &size);
  g_autofree char *encoded = g_base64_encode (data, size);
  gsize length = strlen (encoded);

  for (gsize i = 0; i < length; i += QP_LINE)
    {
      g_string_append_len (out, encoded + i, MIN (QP_LINE, length - i));
      g_string_append (out, "\r\n");
    }
}

char *
lt_mail_message_to_string (const LtMailMessage *message)
{
  g_auto(GStrv) headers = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *body = NULL;
  g_autofree char *boundary = NULL;

  g_return_val_if_fail (message != NULL, NULL);

  headers = lt_mail_message_headers (message);
  for (guint i = 0; headers[i] != NULL; i++)
    g_string_append_printf (out, "%s\r\n", headers[i]);
  g_string_append (out, "MIME-Version: 1.0\r\n");

  body = lt_mail_quoted_printable (message->body != NULL ? message->body : "");
  if (message->attachment == NULL)
    {
      g_string_append (out, "Content-Type: text/plain; charset=UTF-8\r\n"
                            "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
      g_string_append (out, body);
      return g_string_free (g_steal_pointer (&out), FALSE);
    }

  {
    g_autofree char *uuid = g_uuid_string_random ();
    g_autofree char *name = lt_mail_encode_header_text (message->attachment_name);

    boundary = g_strdup_printf ("=_lettrine_%s", uuid);
    g_string_append_printf (out, "Content-Type: multipart/mixed; boundary=\"%s\"\r\n\r\n", boundary);
    g_string_append_printf (out, "--%s\r\n"
                                 "Content-Type: text/plain; charset=UTF-8\r\n"
                                 "Content-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n",
                            boundary, body);
    g_string_append_printf (out, "--%s\r\n"
                                 "Content-Type: %s\r\n"
                                 "Content-Disposition: attachment; filename=\"%s\"\r\n"
                                 "Content-Transfer-Encoding: base64\r\n\r\n",
                            boundary,
                            message->attachment_type != NULL ? message->attachment_type : "application/octet-stream",
                            name);
    append_base64_lines (out, message->attachment);
    g_string_append_printf (out, "--%s--\r\n", boundary);
  }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* « jeudi 16 décembre 2027 » */
static char *
french_long_date (const char *iso)
{
  GDate date;

  if (!lt_date_from_iso (iso, &date))
    return g_strdup (iso);

  return g_strdup_printf ("%s %u%s %s %u",
                          french_days[g_date_get_weekday (&date) - 1],
                          g_date_get_day (&date), g_date_get_day (&date) == 1 ? "er" : "",
                          lt_date_month_french (g_date_get_month (&date)),
                          g_date_get_year (&date));
}

static gboolean
check_address (const char  *address,
               gboolean     sender,
               const char  *client_name,
               GError     **error)
{
  g_autoptr(GError) invalid = NULL;

  if (address == NULL || *address == '\0')
    {
      if (sender)
        g_set_error_literal (error, LT_ERROR, LT_ERROR_MAIL_NO_SENDER,
                             _("The cabinet has no e-mail address to send from: enter it in Preferences › Cabinet."));
      else
        g_set_error (error, LT_ERROR, LT_ERROR_MAIL_NO_RECIPIENT,
                     _("No contact of « %s » has an e-mail address: enter one in the affaire’s contacts."),
                     client_name != NULL ? client_name : "");
      return FALSE;
    }

  if (strpbrk (address, "\r\n") != NULL || !lt_email_check (address, &invalid))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_EMAIL,
                   _("“%s” is not a valid e-mail address: check it "
                     "(for example nom@cabinet.fr)."), address);
      return FALSE;
    }

  return TRUE;
}

char *
lt_mail_request_what (const char *task_title,
                      const char *step_title,
                      const char *client_title)
{
  if (step_title == NULL)
    return one_line (task_title);

  {
    g_autofree char *wording = lt_step_client_wording (step_title, client_title);

    return one_line (wording);
  }
}

char *
lt_mail_request_line (const char *what,
                      const char *period,
                      const char *due_date)
{
  g_autofree char *words = lt_schedule_period_to_french (period);
  g_autofree char *wording = one_line (what);
  GString *line = g_string_new (wording);

  if (*words != '\0' && strstr (line->str, words) == NULL)
    g_string_append_printf (line, " — %s", words);
  if (due_date != NULL && *due_date != '\0')
    {
      g_autofree char *by = lt_date_iso_to_display (due_date);

      g_string_append_printf (line, ", pour le %s", by);
    }

  return g_string_free (line, FALSE);
}

LtMailMessage *
lt_mail_message_for_request (const LtRequestMailFacts *facts,
                             GDateTime                *now,
                             GError                  **error)
{
  g_autoptr(LtMailMessage) message = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *period = NULL;
  g_autofree char *what = NULL;
  g_autofree char *due = NULL;
  g_autofree char *due_display = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *signatory = NULL;
  g_autofree char *firm = NULL;

  g_return_val_if_fail (facts != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (!check_address (facts->contact_email, FALSE, facts->client_name, error) ||
      !check_address (facts->firm_email, TRUE, NULL, error))
    return NULL;

  period = lt_schedule_period_to_french (facts->period);
  what = one_line (facts->what);
  contact = one_line (facts->contact_name);
  signatory = one_line (facts->signatory_name);
  firm = one_line (facts->firm_name);

  message = lt_mail_message_new ();
  message->message_id = lt_mail_new_message_id (facts->firm_email);
  message->date = lt_mail_format_date (now);
  message->from_name = g_strdup (firm);
  message->from_address = g_strdup (facts->firm_email);
  message->to_name = g_strdup (contact);
  message->to_address = g_strdup (facts->contact_email);

  /* what (the client's wording: « Transmettre … », « Signer … »), the
   * period named once (the wording may already carry it), by when, and
   * for which client */
  {
    g_autoptr(GString) subject = g_string_new ("Demande d’informations : ");

    g_string_append (subject, what);
    if (*period != '\0' && strstr (what, period) == NULL)
      g_string_append_printf (subject, " — %s", period);
    if (facts->due_date != NULL && *facts->due_date != '\0')
      {
        g_autofree char *by = lt_date_iso_to_display (facts->due_date);

        g_string_append_printf (subject, ", pour le %s", by);
      }
    if (facts->client_name != NULL && *facts->client_name != '\0')
      {
        g_autofree char *client = one_line (facts->client_name);

        g_string_append_printf (subject, " (%s)", client);
      }
    message->subject = g_string_free (g_steal_pointer (&subject), FALSE);
  }

  /* French, as the letters: the client reads it whatever our language */
  if (*contact != '\0')
    g_string_append_printf (body, "Bonjour %s,\r\n\r\n", contact);
  else
    g_string_append (body, "Madame, Monsieur,\r\n\r\n");
  /* the wording says the client's act itself (« Transmettre … ») */
  g_string_append (body, "Pour mener à bien notre mission, voici ce que nous vous demandons :\r\n\r\n");
  g_string_append_printf (body, "  - %s\r\n", what);
  if (*period != '\0')
    g_string_append_printf (body, "  - période concernée : %s\r\n", period);
  if (facts->due_date != NULL && *facts->due_date != '\0')
    {
      due = french_long_date (facts->due_date);
      due_display = lt_date_iso_to_display (facts->due_date);
      g_string_append_printf (body, "\r\nau plus tard le %s (%s).\r\n", due, due_display);
    }
  g_string_append (body, "\r\nIl vous suffit de répondre à ce courriel en y joignant les documents.\r\n");
  g_string_append (body, "\r\nNous vous remercions par avance.\r\n\r\nBien cordialement,\r\n\r\n");
  if (*signatory != '\0')
    g_string_append_printf (body, "%s\r\n", signatory);
  if (*firm != '\0')
    g_string_append_printf (body, "%s\r\n", firm);
  message->body = g_string_free (g_steal_pointer (&body), FALSE);

  return g_steal_pointer (&message);
}
