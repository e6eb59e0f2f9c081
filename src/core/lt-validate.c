/* lt-validate.c: value rules shared by every entity — names, text, dates, amounts, search */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-validate"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-validate.h"
#include "lt-date.h"

/* Characters that show nothing: a name made only of them looks empty. */
static gboolean
is_invisible (gunichar c)
{
  switch (c)
    {
    case 0x00AD: /* soft hyphen */
    case 0x034F: /* combining grapheme joiner */
    case 0x115F: case 0x1160: case 0x3164: case 0xFFA0: /* Hangul fillers */
    case 0x180E: /* Mongolian vowel separator */
    case 0x200B: case 0x200C: case 0x200D: /* zero-width space, (non-)joiner */
    case 0x200E: case 0x200F: /* direction marks */
    case 0x2060: case 0x2061: case 0x2062: case 0x2063: case 0x2064: /* word joiner… */
    case 0xFEFF: /* zero-width no-break space */
      return TRUE;
    default:
      return g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR;
    }
}

/* C0 (but tab and line ends where @multiline), DEL and C1: what a
 * terminal takes for a command rather than a letter. */
static gboolean
is_control (gunichar c,
            gboolean multiline)
{
  if (multiline && (c == '\n' || c == '\t' || c == '\r'))
    return FALSE;
  return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

/**
 * lt_text_is_blank:
 * @text: (nullable): a name as typed
 *
 * Returns: %TRUE if @text is %NULL, empty, or only spaces of any kind,
 * no-break spaces and invisible characters (zero-width space, BOM…).
 */
gboolean
lt_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!is_invisible (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/**
 * lt_text_has_control:
 * @text: (nullable): text
 * @multiline: whether line ends and tabs belong in it (an address, a description)
 *
 * Returns: %TRUE if @text holds a control character (C0, DEL, C1) or is
 * not valid UTF-8.
 */
gboolean
lt_text_has_control (const char *text,
                     gboolean    multiline)
{
  if (text == NULL)
    return FALSE;
  if (!g_utf8_validate (text, -1, NULL))
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (is_control (g_utf8_get_char (p), multiline))
      return TRUE;

  return FALSE;
}

/**
 * lt_text_escape_controls:
 * @text: bytes to show on a terminal
 * @len: their length
 *
 * Makes text safe for a terminal: each control character but newline and
 * tab becomes the six visible characters `\u00XX` (the same character in
 * JSON, harmless as text), each byte that is not UTF-8 becomes U+FFFD.
 *
 * Returns: (transfer full): the text to print
 */
char *
lt_text_escape_controls (const char *text,
                         gsize       len)
{
  GString *out = g_string_sized_new (len);
  const char *p = text;
  const char *end = text + len;

  while (p < end)
    {
      gunichar c = *p == '\0' ? 0 : g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append (out, "\xEF\xBF\xBD");
          p++;
          continue;
        }
      if (c != '\n' && c != '\t' && is_control (c, FALSE))
        g_string_append_printf (out, "\\u%04X", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = c == 0 ? p + 1 : g_utf8_next_char (p);
    }

  return g_string_free (out, FALSE);
}

/**
 * lt_validate_name:
 * @text: (nullable): a name or a title
 * @blank_code: the #LtErrorCode when @text is blank
 * @blank_message: the message then, already translated
 *
 * A name is required (not only spaces or invisible characters) and holds no
 * control character: it is printed on letters, lists and terminals.
 */
gboolean
lt_validate_name (const char  *text,
                  int          blank_code,
                  const char  *blank_message,
                  GError     **error)
{
  if (lt_text_is_blank (text))
    {
      g_set_error_literal (error, LT_ERROR, blank_code, blank_message);
      return FALSE;
    }

  if (!lt_validate_text (text, FALSE, error))
    return FALSE;

  if (g_utf8_strlen (text, -1) > LT_VALIDATE_NAME_MAX)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_TEXT_TOO_LONG,
                   _("The name is %ld characters long: a name has at most %d. Shorten it."),
                   g_utf8_strlen (text, -1), LT_VALIDATE_NAME_MAX);
      return FALSE;
    }

  return TRUE;
}

/**
 * lt_validate_text:
 * @text: (nullable): any text the user typed or imported
 * @multiline: whether newlines and tabs are allowed
 *
 * Refuses control characters (escape sequences a terminal would run, a
 * NUL…) and bytes that are not UTF-8.
 */
gboolean
lt_validate_text (const char  *text,
                  gboolean     multiline,
                  GError     **error)
{
  g_autofree char *shown = NULL;

  if (!lt_text_has_control (text, multiline))
    {
      if (text == NULL || g_utf8_strlen (text, -1) <= LT_VALIDATE_TEXT_MAX)
        return TRUE;

      g_set_error (error, LT_ERROR, LT_ERROR_TEXT_TOO_LONG,
                   _("A text of %ld characters is too long: Lettrine keeps at most %d in one field. Shorten it."),
                   g_utf8_strlen (text, -1), LT_VALIDATE_TEXT_MAX);
      return FALSE;
    }

  shown = lt_text_escape_controls (text, MIN (strlen (text), 80));
  g_set_error (error, LT_ERROR, LT_ERROR_CONTROL_CHARACTER,
               _("« %s » contains a control character (shown as \\u…): "
                 "retype it without, or remove it from the imported file."),
               shown);
  return FALSE;
}

/**
 * lt_validate_search:
 * @text: (nullable): what is searched
 *
 * A search is a few words: refused beyond %LT_VALIDATE_SEARCH_MAX
 * characters or with control characters.
 */
gboolean
lt_validate_search (const char  *text,
                    GError     **error)
{
  if (text == NULL)
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL) || lt_text_has_control (text, FALSE))
    return lt_validate_text (text, FALSE, error);

  if (g_utf8_strlen (text, -1) > LT_VALIDATE_SEARCH_MAX)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_SEARCH_TOO_LONG,
                   _("The search is %ld characters long: search for at most %d characters (a few words of the name)."),
                   g_utf8_strlen (text, -1), LT_VALIDATE_SEARCH_MAX);
      return FALSE;
    }

  return TRUE;
}

/**
 * lt_validate_not_future:
 * @iso: (nullable): a YYYY-MM-DD date, %NULL or empty for none
 * @today: today, YYYY-MM-DD
 * @what: what happened on @iso, translated (« The LCB-FT identification »)
 *
 * Something already done cannot be dated after today.
 */
gboolean
lt_validate_not_future (const char  *iso,
                        const char  *today,
                        const char  *what,
                        GError     **error)
{
  g_autofree char *shown = NULL;

  if (iso == NULL || *iso == '\0' || g_strcmp0 (iso, today) <= 0)
    return TRUE;

  shown = lt_date_iso_to_display (iso);
  g_set_error (error, LT_ERROR, LT_ERROR_DATE_IN_FUTURE,
               /* Translators: %s is « The LCB-FT identification »… then a date */
               _("%s cannot be dated %s, after today: type the day it was done."),
               what, shown);
  return FALSE;
}

/**
 * lt_validate_not_before:
 * @iso: (nullable): a YYYY-MM-DD date, %NULL or empty for none
 * @earliest: (nullable): the earliest possible, YYYY-MM-DD
 * @message_format: translated, with two %s: @iso then @earliest, as DD/MM/YYYY
 *
 * Refuses @iso before @earliest (%LT_ERROR_DATE_TOO_EARLY).
 */
gboolean
lt_validate_not_before (const char  *iso,
                        const char  *earliest,
                        const char  *message_format,
                        GError     **error)
{
  g_autofree char *shown = NULL;
  g_autofree char *shown_earliest = NULL;

  if (iso == NULL || *iso == '\0' || earliest == NULL || *earliest == '\0' ||
      strcmp (iso, earliest) >= 0)
    return TRUE;

  shown = lt_date_iso_to_display (iso);
  shown_earliest = lt_date_iso_to_display (earliest);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_set_error (error, LT_ERROR, LT_ERROR_DATE_TOO_EARLY, message_format, shown, shown_earliest);
#pragma GCC diagnostic pop
  return FALSE;
}

/**
 * lt_validate_price_cents:
 * @cents: a price typed by the user
 *
 * A price is 0 € or more (the models use -1 for « no price »: a typed
 * -0,01 € must not become that).
 */
gboolean
lt_validate_price_cents (gint64   cents,
                         GError **error)
{
  if (cents >= 0)
    return TRUE;

  g_set_error_literal (error, LT_ERROR, LT_ERROR_NEGATIVE_PRICE,
                       _("A price cannot be negative: type an amount of 0 € or more, "
                         "or leave it empty."));
  return FALSE;
}

/**
 * lt_validate_delay_days:
 * @days: a délai typed by the user, in working days
 *
 * A délai is 0 days or more (-1 is « no délai » in the models).
 */
gboolean
lt_validate_delay_days (gint64   days,
                        GError **error)
{
  if (days >= 0)
    return TRUE;

  g_set_error_literal (error, LT_ERROR, LT_ERROR_NEGATIVE_DELAY,
                       _("A délai cannot be negative: type a number of working days of 0 or more."));
  return FALSE;
}
