/* test-mail-message.c: the mail of a demande — period, what, by when, headers per RFC 5322 / 2047 */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lettrine-core.h"

static GDateTime *
fixed_now (void)
{
  g_autoptr(GTimeZone) paris = g_time_zone_new_identifier ("+01:00");

  return g_date_time_new (paris, 2027, 12, 1, 9, 30, 5);
}

static LtRequestMailFacts
bistrot_facts (void)
{
  LtRequestMailFacts facts = {
    .client_name = "Le Bistrot",
    .contact_name = "Élise Lenoir",
    .contact_email = "elise@bistrot.fr",
    .firm_name = "Cabinet Durand & Associés",
    .firm_email = "contact@cabinet-durand.fr",
    .signatory_name = "Paul Durand",
    .what = "Transmettre les relevés bancaires",
    .period = "2027-11",
    .due_date = "2027-12-16",
  };
  return facts;
}

/* Decodes the RFC 2047 words of a header value back to UTF-8. */
static char *
decode_words (const char *value)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = value;

  while (*p != '\0')
    {
      if (g_str_has_prefix (p, "=?UTF-8?B?"))
        {
          const char *start = p + strlen ("=?UTF-8?B?");
          const char *end = strstr (start, "?=");
          g_autofree char *b64 = g_strndup (start, end - start);
          gsize len = 0;
          g_autofree guchar *raw = g_base64_decode (b64, &len);

          g_assert_cmpuint (end + 2 - p, <=, 75);
          g_string_append_len (out, (const char *) raw, len);
          p = end + 2;
          /* folding between two words is not text */
          if (g_str_has_prefix (p, "\r\n =?"))
            p += 3;
        }
      else
        g_string_append_c (out, *p++);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *
header (GStrv headers, const char *name)
{
  for (guint i = 0; headers[i] != NULL; i++)
    if (g_str_has_prefix (headers[i], name) && headers[i][strlen (name)] == ':')
      return headers[i] + strlen (name) + 2;
  return NULL;
}

static void
test_request_text (void)
{
  LtRequestMailFacts facts = bistrot_facts ();
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LtMailMessage) mail = lt_mail_message_for_request (&facts, now, &error);

  g_assert_no_error (error);
  /* the period, what to send and by when */
  g_assert_nonnull (strstr (mail->body, "Bonjour Élise Lenoir,"));
  g_assert_nonnull (strstr (mail->body, "  - Transmettre les relevés bancaires\r\n"));
  g_assert_nonnull (strstr (mail->body, "période concernée : novembre 2027"));
  g_assert_nonnull (strstr (mail->body, "au plus tard le jeudi 16 décembre 2027 (16/12/2027)."));
  g_assert_nonnull (strstr (mail->body, "Paul Durand\r\nCabinet Durand & Associés\r\n"));
  g_assert_nonnull (strstr (mail->body, "voici ce que nous vous demandons :\r\n\r\n  - Transmettre"));
  g_assert_null (strstr (mail->body, "nous transmettre"));
  g_assert_cmpstr (mail->subject, ==,
                   "Demande d’informations : Transmettre les relevés bancaires — novembre 2027, pour le 16/12/2027 (Le Bistrot)");
  g_assert_cmpstr (mail->to_address, ==, "elise@bistrot.fr");
  g_assert_cmpstr (mail->from_address, ==, "contact@cabinet-durand.fr");
  g_assert_cmpstr (mail->date, ==, "Wed, 01 Dec 2027 09:30:05 +0100");
  g_assert_true (g_str_has_prefix (mail->message_id, "<"));
  g_assert_true (g_str_has_suffix (mail->message_id, "@cabinet-durand.fr>"));
  g_assert_cmpuint (strlen (mail->message_id), ==, 1 + 36 + strlen ("@cabinet-durand.fr>"));
}

static void
test_request_text_french_whatever_locale (void)
{
  LtRequestMailFacts facts = bistrot_facts ();
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(LtMailMessage) mail = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  facts.period = "2027-Q1";
  facts.contact_name = "";
  facts.due_date = "2027-04-01";
  mail = lt_mail_message_for_request (&facts, now, NULL);
  setlocale (LC_ALL, "");

  g_assert_nonnull (strstr (mail->body, "Madame, Monsieur,"));
  g_assert_nonnull (strstr (mail->body, "période concernée : 1er trimestre 2027"));
  g_assert_nonnull (strstr (mail->body, "au plus tard le jeudi 1er avril 2027 (01/04/2027)."));
  g_assert_cmpstr (mail->date, ==, "Wed, 01 Dec 2027 09:30:05 +0100");
}

static void
test_period_named_once (void)
{
  LtRequestMailFacts facts = bistrot_facts ();
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(LtMailMessage) mail = NULL;

  facts.what = "Relevés bancaires — novembre 2027";
  mail = lt_mail_message_for_request (&facts, now, NULL);
  g_assert_cmpstr (mail->subject, ==, "Demande d’informations : Relevés bancaires — novembre 2027, pour le 16/12/2027 (Le Bistrot)");
}

/* issue 14: the mail says what the client does, in the client's words —
 * not the cabinet's task title */
static void
test_client_wording (void)
{
  LtRequestMailFacts facts = bistrot_facts ();
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(LtMailMessage) mail = NULL;
  g_autofree char *own = lt_mail_request_what ("Relevés bancaires — novembre 2027", "Demander les relevés bancaires du mois",
                                               "Envoyer les relevés de tous vos comptes");
  g_autofree char *made = lt_mail_request_what ("Relevés bancaires — novembre 2027", "Demander les relevés bancaires du mois", "");
  g_autofree char *no_step = lt_mail_request_what ("Inventaire des stocks", NULL, NULL);
  g_autofree char *signing = lt_mail_request_what ("Lettre de mission", "Faire signer la lettre de mission", NULL);

  g_assert_cmpstr (own, ==, "Envoyer les relevés de tous vos comptes");
  g_assert_cmpstr (made, ==, "Transmettre les relevés bancaires du mois");
  g_assert_cmpstr (no_step, ==, "Inventaire des stocks");
  g_assert_cmpstr (signing, ==, "Signer la lettre de mission");
  {
    g_autofree char *line = lt_mail_request_line (made, "2027-11", "2027-12-16");
    g_autofree char *named = lt_mail_request_line ("Relevés — novembre 2027", "2027-11", "");

    g_assert_cmpstr (line, ==, "Transmettre les relevés bancaires du mois — novembre 2027, pour le 16/12/2027");
    g_assert_cmpstr (named, ==, "Relevés — novembre 2027");
  }

  facts.what = made;
  mail = lt_mail_message_for_request (&facts, now, NULL);
  g_assert_nonnull (strstr (mail->body, "  - Transmettre les relevés bancaires du mois\r\n"
                                        "  - période concernée : novembre 2027\r\n"
                                        "\r\nau plus tard le jeudi 16 décembre 2027 (16/12/2027).\r\n"));
  g_assert_null (strstr (mail->body, "Demander"));
  g_assert_cmpstr (mail->subject, ==, "Demande d’informations : Transmettre les relevés bancaires du mois — novembre 2027, "
                                      "pour le 16/12/2027 (Le Bistrot)");
}

static void
test_refusals (void)
{
  LtRequestMailFacts facts = bistrot_facts ();
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(GError) error = NULL;

  facts.contact_email = "";
  g_assert_null (lt_mail_message_for_request (&facts, now, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_MAIL_NO_RECIPIENT);
  g_assert_nonnull (strstr (error->message, "Le Bistrot"));
  g_clear_error (&error);

  facts = bistrot_facts ();
  facts.firm_email = NULL;
  g_assert_null (lt_mail_message_for_request (&facts, now, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_MAIL_NO_SENDER);
  g_clear_error (&error);

  /* a line break in an address would add a header */
  facts = bistrot_facts ();
  facts.contact_email = "elise@bistrot.fr\r\nBcc: spy@example.com";
  g_assert_null (lt_mail_message_for_request (&facts, now, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_EMAIL);
}

static void
test_headers (void)
{
  LtRequestMailFacts facts = bistrot_facts ();
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(LtMailMessage) mail = NULL;
  g_auto(GStrv) headers = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *to = NULL;

  facts.contact_name = "Élise\r\nBcc: spy@example.com";
  mail = lt_mail_message_for_request (&facts, now, NULL);
  headers = lt_mail_message_headers (mail);

  g_assert_cmpuint (g_strv_length (headers), ==, 5);
  for (guint i = 0; headers[i] != NULL; i++)
    {
      /* only folding whitespace after a line break: nothing starts a header */
      const char *p = headers[i];

      while ((p = strchr (p, '\n')) != NULL)
        g_assert_true (*++p == ' ');
      g_assert_null (strstr (headers[i], "\nBcc"));
    }

  g_assert_true (g_str_has_prefix (header (headers, "From"), "=?UTF-8?B?"));
  g_assert_true (g_str_has_suffix (header (headers, "From"), " <contact@cabinet-durand.fr>"));
  subject = decode_words (header (headers, "Subject"));
  g_assert_cmpstr (subject, ==, mail->subject);
  to = decode_words (header (headers, "To"));
  g_assert_cmpstr (to, ==, "Élise  Bcc: spy@example.com <elise@bistrot.fr>");
  g_assert_cmpstr (header (headers, "Message-ID"), ==, mail->message_id);
  g_assert_cmpstr (header (headers, "Date"), ==, "Wed, 01 Dec 2027 09:30:05 +0100");
}

static void
test_encodings (void)
{
  g_autofree char *ascii = lt_mail_encode_header_text ("Plain subject");
  g_autofree char *looks_encoded = lt_mail_encode_header_text ("a =?x?= b");
  g_autofree char *long_text = g_strnfill (40, 'x');
  g_autofree char *mixed = g_strconcat ("é", long_text, "€€€€€€€€€€", NULL);
  g_autofree char *encoded = lt_mail_encode_header_text (mixed);
  g_autofree char *decoded = decode_words (encoded);
  g_autofree char *quoted = lt_mail_format_address ("Dupont \"Le\" Fils", "a@b.fr");
  g_autofree char *bare = lt_mail_format_address ("", "a@b.fr");
  g_autofree char *qp = lt_mail_quoted_printable ("Déjà = fini \r\nligne suivante ");
  g_autofree char *long_line = g_strnfill (200, 'e');
  g_autofree char *qp_long = lt_mail_quoted_printable (long_line);
  g_autofree char *id = lt_mail_new_message_id (NULL);
  g_auto(GStrv) qp_lines = NULL;

  g_assert_cmpstr (ascii, ==, "Plain subject");
  g_assert_true (g_str_has_prefix (looks_encoded, "=?UTF-8?B?"));
  /* several words, none past 75 characters, each whole UTF-8 */
  g_assert_nonnull (strstr (encoded, "?=\r\n =?UTF-8?B?"));
  g_assert_cmpstr (decoded, ==, mixed);
  g_assert_cmpstr (quoted, ==, "\"Dupont \\\"Le\\\" Fils\" <a@b.fr>");
  g_assert_cmpstr (bare, ==, "a@b.fr");
  g_assert_cmpstr (qp, ==, "D=C3=A9j=C3=A0 =3D fini=20\r\nligne suivante=20");
  qp_lines = g_strsplit (qp_long, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (qp_lines), ==, 3);
  for (guint i = 0; qp_lines[i] != NULL; i++)
    g_assert_cmpuint (strlen (qp_lines[i]), <=, 76);
  g_assert_true (g_str_has_suffix (id, "@lettrine.invalid>"));
}

static void
test_whole_message (void)
{
  LtRequestMailFacts facts = bistrot_facts ();
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(LtMailMessage) mail = lt_mail_message_for_request (&facts, now, NULL);
  g_autofree char *plain = lt_mail_message_to_string (mail);
  g_autofree char *with_pdf = NULL;

  g_assert_nonnull (strstr (plain, "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                                   "Content-Transfer-Encoding: quoted-printable\r\n\r\nBonjour =C3=89lise Lenoir,"));

  mail->attachment_name = g_strdup ("LM-2027-0001 Le Bistrot.pdf");
  mail->attachment_type = g_strdup ("application/pdf");
  mail->attachment = g_bytes_new_static ("%PDF-1.5\n", 9);
  with_pdf = lt_mail_message_to_string (mail);
  g_assert_nonnull (strstr (with_pdf, "Content-Type: multipart/mixed; boundary=\"=_lettrine_"));
  g_assert_nonnull (strstr (with_pdf, "Content-Disposition: attachment; filename=\"LM-2027-0001 Le Bistrot.pdf\""));
  g_assert_nonnull (strstr (with_pdf, "\r\nJVBERi0xLjUK\r\n"));
}

static void
test_period_words (void)
{
  struct { const char *period, *words; } cases[] = {
    { "2027-11", "novembre 2027" },
    { "2027-02", "février 2027" },
    { "2027-Q4", "4e trimestre 2027" },
    { "2027", "exercice 2027" },
    { "", "" },
    { "exercice clos le 30/06/2027", "exercice clos le 30/06/2027" },
    /* a yearly chain is named after its clôture */
    { "2027-06-30", "exercice clos le 30/06/2027" },
    { "2027-Q1", "1er trimestre 2027" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *words = lt_schedule_period_to_french (cases[i].period);

      g_assert_cmpstr (words, ==, cases[i].words);
    }
}

/* issue 14: the four moves of a demande's mail, and the ones refused */
static void
test_mail_transitions (void)
{
  struct { LtRequestMailState from, to; int refused; } cases[] = {
    { LT_REQUEST_MAIL_TO_SEND,  LT_REQUEST_MAIL_TO_CHECK, 0 },
    { LT_REQUEST_MAIL_TO_SEND,  LT_REQUEST_MAIL_SENT,     0 },
    { LT_REQUEST_MAIL_TO_CHECK, LT_REQUEST_MAIL_SENT,     0 },
    { LT_REQUEST_MAIL_TO_CHECK, LT_REQUEST_MAIL_TO_SEND,  0 },
    { LT_REQUEST_MAIL_TO_SEND,  LT_REQUEST_MAIL_TO_SEND,  LT_ERROR_NOT_FOUND },
    { LT_REQUEST_MAIL_TO_CHECK, LT_REQUEST_MAIL_TO_CHECK, LT_ERROR_MAIL_UNCONFIRMED },
    { LT_REQUEST_MAIL_SENT,     LT_REQUEST_MAIL_TO_SEND,  LT_ERROR_MAIL_ALREADY_SENT },
    { LT_REQUEST_MAIL_SENT,     LT_REQUEST_MAIL_TO_CHECK, LT_ERROR_MAIL_ALREADY_SENT },
    { LT_REQUEST_MAIL_SENT,     LT_REQUEST_MAIL_SENT,     LT_ERROR_MAIL_ALREADY_SENT },
  };
  g_autofree char *explained = lt_request_mail_to_check_explanation ("elise@bistrot.fr", "<a@cabinet.fr>",
                                                                     "2027-12-01T08:30:00Z");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = lt_request_mail_check_transition (cases[i].from, cases[i].to, "Relevés bancaires",
                                                      "<a@cabinet.fr>", "elise@bistrot.fr", "2027-12-01", &error);

      g_assert_cmpint (ok, ==, cases[i].refused == 0);
      if (cases[i].refused != 0)
        {
          g_assert_error (error, LT_ERROR, cases[i].refused);
          g_assert_nonnull (strstr (error->message, "« Relevés bancaires »"));
        }
    }
  g_assert_cmpint (lt_request_mail_state_from_record (NULL), ==, LT_REQUEST_MAIL_TO_SEND);
  g_assert_cmpint (lt_request_mail_state_from_record ("sending"), ==, LT_REQUEST_MAIL_TO_CHECK);
  g_assert_cmpint (lt_request_mail_state_from_record ("sent"), ==, LT_REQUEST_MAIL_SENT);
  g_assert_nonnull (strstr (explained, "01/12/2027"));
  g_assert_nonnull (strstr (explained, "(to elise@bistrot.fr, Message-ID <a@cabinet.fr>)"));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mail-message/request-text", test_request_text);
  g_test_add_func ("/mail-message/french-whatever-locale", test_request_text_french_whatever_locale);
  g_test_add_func ("/mail-message/period-named-once", test_period_named_once);
  g_test_add_func ("/mail-message/client-wording", test_client_wording);
  g_test_add_func ("/mail-message/refusals", test_refusals);
  g_test_add_func ("/mail-message/headers", test_headers);
  g_test_add_func ("/mail-message/encodings", test_encodings);
  g_test_add_func ("/mail-message/whole-message", test_whole_message);
  g_test_add_func ("/mail-message/period-words", test_period_words);
  g_test_add_func ("/mail-message/transitions", test_mail_transitions);

  return g_test_run ();
}
