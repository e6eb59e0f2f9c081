/* lt-siren.c: SIREN and SIRET numbers — normalizing, checking, formatting */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-siren"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-siren.h"

/* La Poste's SIRETs do not follow Luhn: the sum of their digits is a
 * multiple of 5 instead (INSEE's documented exception). */
#define LA_POSTE_SIREN "356000000"

static gboolean
is_separator (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2007;
}

/**
 * lt_siren_normalize:
 * @text: (nullable): a SIREN or SIRET as typed
 *
 * Removes the spaces users type between groups of digits (ordinary,
 * non-breaking and narrow non-breaking spaces). Nothing else is changed, so
 * a wrong character is still there for lt_siren_validate() to report.
 *
 * Returns: (transfer full): the text without spaces ("" for %NULL)
 */
char *
lt_siren_normalize (const char *text)
{
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; )
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* invalid UTF-8: keep the byte so that validation refuses it, and
           * step one byte only (a lead byte before the end announces more
           * bytes than there are) */
          g_string_append_c (out, *p);
          p++;
          continue;
        }
      if (!is_separator (c))
        g_string_append_unichar (out, c);
      p = g_utf8_next_char (p);
    }

  return g_string_free (out, FALSE);
}

static gboolean
luhn_ok (const char *digits)
{
  gsize len = strlen (digits);
  guint sum = 0;

  for (gsize i = 0; i < len; i++)
    {
      guint d = digits[len - 1 - i] - '0';

      if (i % 2 == 1)
        {
          d *= 2;
          if (d > 9)
            d -= 9;
        }
      sum += d;
    }

  return sum % 10 == 0;
}

/* Returns the first character of @normalized that is not a digit, or NULL. */
static char *
first_non_digit (const char *normalized)
{
  for (const char *p = normalized; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      {
        if (g_utf8_validate (p, -1, NULL))
          return g_utf8_substring (p, 0, 1);
        return g_strdup ("?");
      }

  return NULL;
}

static char *
shown (const char *typed)
{
  /* what the user typed, trimmed, safe to print */
  g_autofree char *valid = g_utf8_make_valid (typed, -1);

  return g_strstrip (g_steal_pointer (&valid));
}

/**
 * lt_siren_validate:
 * @siren: (nullable): a SIREN as typed (spaces allowed)
 * @error: return location for a #GError
 *
 * Checks that @siren is 9 digits whose Luhn checksum is right, and says
 * what is wrong otherwise (%LT_ERROR_INVALID_SIREN): empty, wrong length, a
 * character that is not a digit, or a wrong check digit.
 *
 * Returns: %TRUE if @siren is a valid SIREN
 */
gboolean
lt_siren_validate (const char  *siren,
                   GError     **error)
{
  g_autofree char *digits = lt_siren_normalize (siren);
  g_autofree char *typed = shown (siren != NULL ? siren : "");
  g_autofree char *bad = NULL;
  glong n_chars;

  if (digits[0] == '\0')
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_INVALID_SIREN,
                           _("The SIREN is empty: type the 9 digits of the company’s SIREN."));
      return FALSE;
    }

  if ((bad = first_non_digit (digits)) != NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_SIREN,
                   _("The SIREN %s contains “%s”, which is not a digit: a SIREN has 9 digits only."),
                   typed, bad);
      return FALSE;
    }

  n_chars = strlen (digits);
  if (n_chars != 9)
    {
      if (n_chars == 14)
        g_set_error (error, LT_ERROR, LT_ERROR_INVALID_SIREN,
                     _("The SIREN %s has 14 digits: this is a SIRET. The SIREN is its first 9 digits."),
                     typed);
      else
        g_set_error (error, LT_ERROR, LT_ERROR_INVALID_SIREN,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "The SIREN %s has %ld digit instead of 9. Check the digits typed.",
                                  "The SIREN %s has %ld digits instead of 9. Check the digits typed.",
                                  n_chars),
                     typed, n_chars);
      return FALSE;
    }

  if (!luhn_ok (digits))
    {
      g_autofree char *formatted = lt_siren_format (digits);

      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_SIREN,
                   _("The SIREN %s is invalid: the check digit does not match. Check the digits typed."),
                   formatted);
      return FALSE;
    }

  /* 000 000 000 passes Luhn but is nobody's. */
  if (strspn (digits, "0") == 9)
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_INVALID_SIREN,
                           _("The SIREN 000 000 000 is not a company’s number: type the 9 digits of its SIREN."));
      return FALSE;
    }

  return TRUE;
}

/**
 * lt_siret_validate:
 * @siret: (nullable): a SIRET as typed (spaces allowed)
 * @error: return location for a #GError
 *
 * Checks that @siret is 14 digits whose Luhn checksum is right
 * (%LT_ERROR_INVALID_SIRET otherwise). The establishments of La Poste
 * (SIREN 356 000 000) follow their own rule: the sum of the digits is a
 * multiple of 5 (its siège passes Luhn).
 *
 * Returns: %TRUE if @siret is a valid SIRET
 */
gboolean
lt_siret_validate (const char  *siret,
                   GError     **error)
{
  g_autofree char *digits = lt_siren_normalize (siret);
  g_autofree char *typed = shown (siret != NULL ? siret : "");
  g_autofree char *bad = NULL;
  glong n_chars;
  gboolean ok;

  if (digits[0] == '\0')
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_INVALID_SIRET,
                           _("The SIRET is empty: type the 14 digits of the establishment’s SIRET."));
      return FALSE;
    }

  if ((bad = first_non_digit (digits)) != NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_SIRET,
                   _("The SIRET %s contains “%s”, which is not a digit: a SIRET has 14 digits only."),
                   typed, bad);
      return FALSE;
    }

  n_chars = strlen (digits);
  if (n_chars != 14)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_SIRET,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The SIRET %s has %ld digit instead of 14. Check the digits typed.",
                                "The SIRET %s has %ld digits instead of 14. Check the digits typed.",
                                n_chars),
                   typed, n_chars);
      return FALSE;
    }

  if (g_str_has_prefix (digits, LA_POSTE_SIREN))
    {
      guint sum = 0;

      for (const char *p = digits; *p != '\0'; p++)
        sum += *p - '0';
      /* the siège (356 000 000 00048) follows Luhn like everyone else */
      ok = sum % 5 == 0 || luhn_ok (digits);
    }
  else
    ok = luhn_ok (digits);

  if (!ok)
    {
      g_autofree char *formatted = lt_siret_format (digits);

      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_SIRET,
                   _("The SIRET %s is invalid: the check digit does not match. Check the digits typed."),
                   formatted);
      return FALSE;
    }

  return TRUE;
}

static gboolean
all_digits (const char *s,
            gsize       len)
{
  if (strlen (s) != len)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/**
 * lt_siren_format:
 * @siren: (nullable): a SIREN, with or without spaces
 *
 * Returns: (transfer full): « 123 456 789 » for 9 digits; otherwise the
 *   text without spaces, unchanged
 */
char *
lt_siren_format (const char *siren)
{
  g_autofree char *digits = lt_siren_normalize (siren);

  if (!all_digits (digits, 9))
    return g_steal_pointer (&digits);

  return g_strdup_printf ("%.3s %.3s %.3s", digits, digits + 3, digits + 6);
}

/**
 * lt_siret_format:
 * @siret: (nullable): a SIRET, with or without spaces
 *
 * Returns: (transfer full): « 123 456 789 00012 » for 14 digits; otherwise
 *   the text without spaces, unchanged
 */
char *
lt_siret_format (const char *siret)
{
  g_autofree char *digits = lt_siren_normalize (siret);

  if (!all_digits (digits, 14))
    return g_steal_pointer (&digits);

  return g_strdup_printf ("%.3s %.3s %.3s %.5s", digits, digits + 3, digits + 6, digits + 9);
}

/**
 * lt_siret_get_siren:
 * @siret: (nullable): a SIRET, with or without spaces
 *
 * Returns: (transfer full) (nullable): its first 9 digits, or %NULL if
 *   @siret is not 14 digits
 */
char *
lt_siret_get_siren (const char *siret)
{
  g_autofree char *digits = lt_siren_normalize (siret);

  if (!all_digits (digits, 14))
    return NULL;

  return g_strndup (digits, 9);
}
