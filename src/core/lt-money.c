/* lt-money.c: amounts in cents and coefficients in parts per million */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-money"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-money.h"

#define NARROW_NBSP "\u202F"   /* thousands separator in French */
#define NBSP        "\u00A0"   /* before the € sign */

static void
append_grouped (GString *out,
                guint64  units)
{
  char digits[32];
  gsize len;

  g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, units);
  len = strlen (digits);
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, NARROW_NBSP);
      g_string_append_c (out, digits[i]);
    }
}

/**
 * lt_money_format_number:
 * @cents: an amount in cents
 *
 * Returns: (transfer full): the amount in French, without the currency:
 *   « 1 234,50 » (narrow no-break space between thousands), « -0,05 »
 */
char *
lt_money_format_number (gint64 cents)
{
  GString *out = g_string_new (NULL);
  /* through unsigned, so that G_MININT64 has a magnitude too */
  guint64 magnitude = cents < 0 ? (guint64) 0 - (guint64) cents : (guint64) cents;

  if (cents < 0)
    g_string_append_c (out, '-');
  append_grouped (out, magnitude / 100);
  g_string_append_printf (out, ",%02u", (guint) (magnitude % 100));

  return g_string_free (out, FALSE);
}

/**
 * lt_money_format:
 * @cents: an amount in cents
 *
 * Returns: (transfer full): the amount as French users read it:
 *   « 1 234,50 € » (narrow no-break space between thousands, no-break
 *   space before the euro sign, a leading minus when negative)
 */
char *
lt_money_format (gint64 cents)
{
  g_autofree char *number = lt_money_format_number (cents);

  return g_strconcat (number, NBSP "€", NULL);
}

/* Removes spaces of any kind and the currency; what is left is a sign,
 * digits and at most one decimal separator if the text is an amount. */
static char *
strip_amount (const char *text,
              gboolean    allow_currency)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2007)
        continue;
      if (allow_currency && c == 0x20AC)   /* € */
        continue;
      if (c == 0x2212)   /* − MINUS SIGN */
        c = '-';
      g_string_append_unichar (out, c);
    }

  if (allow_currency && g_str_has_suffix (out->str, "EUR"))
    g_string_truncate (out, out->len - 3);

  return g_string_free (out, FALSE);
}

typedef enum {
  DECIMAL_OK,
  DECIMAL_EMPTY,
  DECIMAL_GARBAGE,
  DECIMAL_TOO_PRECISE,
  DECIMAL_TOO_LARGE,
} DecimalResult;

/* Parses "[-|+]digits[(,|.)digits]" into an integer scaled by 10^@scale. */
static DecimalResult
parse_decimal (const char *s,
               guint       scale,
               gint64     *out)
{
  gboolean negative = FALSE;
  guint64 integer = 0;
  guint64 fraction = 0;
  guint n_fraction = 0;
  guint n_integer = 0;
  gboolean seen_separator = FALSE;
  guint64 factor = 1;
  guint64 limit;
  guint64 value;

  if (*s == '\0')
    return DECIMAL_EMPTY;

  if (*s == '-' || *s == '+')
    negative = *s++ == '-';

  /* the shape first, so that "1.234,50" reads as garbage, not as decimals */
  if (strspn (s, "0123456789,.") != strlen (s))
    return DECIMAL_GARBAGE;
  if (strpbrk (s, ",.") != NULL && strpbrk (strpbrk (s, ",.") + 1, ",.") != NULL)
    return DECIMAL_GARBAGE;

  for (; *s != '\0'; s++)
    {
      if (*s == ',' || *s == '.')
        {
          if (seen_separator)
            return DECIMAL_GARBAGE;
          seen_separator = TRUE;
        }
      else if (g_ascii_isdigit (*s))
        {
          if (seen_separator)
            {
              n_fraction++;
              if (n_fraction > scale)
                {
                  /* trailing zeros beyond the scale change nothing */
                  if (*s != '0')
                    return DECIMAL_TOO_PRECISE;
                  continue;
                }
              fraction = fraction * 10 + (guint64) (*s - '0');
            }
          else
            {
              n_integer++;
              if (integer > G_MAXINT64 / 10)
                return DECIMAL_TOO_LARGE;
              integer = integer * 10 + (guint64) (*s - '0');
            }
        }
      else
        return DECIMAL_GARBAGE;
    }

  if (n_integer == 0 && n_fraction == 0)
    return DECIMAL_GARBAGE;

  for (guint i = 0; i < scale; i++)
    factor *= 10;
  for (guint i = MIN (n_fraction, scale); i < scale; i++)
    fraction *= 10;

  limit = (guint64) G_MAXINT64;
  if (integer > (limit - fraction) / factor)
    return DECIMAL_TOO_LARGE;
  value = integer * factor + fraction;

  *out = negative ? -(gint64) value : (gint64) value;
  return DECIMAL_OK;
}

/**
 * lt_money_parse:
 * @text: an amount as typed: « 1234,5 », « 1 234,50 € », « 1234.50 »
 * @cents: (out): the amount in cents
 * @error: return location for a #GError
 *
 * Reads an amount typed by a user. Spaces (any kind) and the euro sign are
 * ignored, the decimal separator is a comma or a point. Anything else, or
 * more than two decimals, or an amount beyond ± %LT_MONEY_MAX_CENTS, is
 * refused with %LT_ERROR_INVALID_AMOUNT.
 *
 * Returns: %TRUE if @text is an amount
 */
gboolean
lt_money_parse (const char  *text,
                gint64      *cents,
                GError     **error)
{
  g_autofree char *stripped = NULL;
  g_autofree char *typed = NULL;
  gint64 value = 0;

  g_return_val_if_fail (cents != NULL, FALSE);

  if (text == NULL)
    text = "";
  if (!g_utf8_validate (text, -1, NULL))
    text = "?";

  stripped = strip_amount (text, TRUE);
  typed = g_strstrip (g_strdup (text));

  switch (parse_decimal (stripped, 2, &value))
    {
    case DECIMAL_OK:
      if (value > LT_MONEY_MAX_CENTS || value < -LT_MONEY_MAX_CENTS)
        {
          g_set_error (error, LT_ERROR, LT_ERROR_INVALID_AMOUNT,
                       _("“%s” is above 1 000 000 000,00 €, the largest amount Lettrine accepts: check the digits typed."),
                       typed);
          return FALSE;
        }
      *cents = value;
      return TRUE;

    case DECIMAL_EMPTY:
      g_set_error_literal (error, LT_ERROR, LT_ERROR_INVALID_AMOUNT,
                           _("Type an amount, for example 1 234,50 €."));
      return FALSE;

    case DECIMAL_TOO_PRECISE:
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_AMOUNT,
                   _("“%s” has more than two decimals: amounts are counted in cents, for example 1 234,50 €."),
                   typed);
      return FALSE;

    case DECIMAL_TOO_LARGE:
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_AMOUNT,
                   _("“%s” is too large to be an amount."), typed);
      return FALSE;

    case DECIMAL_GARBAGE:
    default:
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_AMOUNT,
                   _("“%s” is not an amount: type digits with a comma before the cents, for example 1 234,50 €."),
                   typed);
      return FALSE;
    }
}

/**
 * lt_coefficient_parse:
 * @text: a coefficient as typed: « 1,035 », « 1.035 », « 0,98 »
 * @ppm: (out): the coefficient in parts per million (1,035 → 1 035 000)
 * @error: return location for a #GError
 *
 * A coefficient (réévaluation des honoraires) is a positive decimal with at
 * most 6 decimals; anything else is refused with
 * %LT_ERROR_INVALID_COEFFICIENT.
 *
 * Returns: %TRUE if @text is a coefficient
 */
gboolean
lt_coefficient_parse (const char  *text,
                      gint64      *ppm,
                      GError     **error)
{
  g_autofree char *stripped = NULL;
  g_autofree char *typed = NULL;
  gint64 value = 0;
  DecimalResult result;

  g_return_val_if_fail (ppm != NULL, FALSE);

  if (text == NULL)
    text = "";
  if (!g_utf8_validate (text, -1, NULL))
    text = "?";

  stripped = strip_amount (text, FALSE);
  typed = g_strstrip (g_strdup (text));
  result = parse_decimal (stripped, 6, &value);

  if (result == DECIMAL_OK && value <= 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_COEFFICIENT,
                   _("The coefficient %s must be above zero: 1,035 raises the fees by 3.5 percent, 0,98 lowers them by 2 percent."),
                   typed);
      return FALSE;
    }

  switch (result)
    {
    case DECIMAL_OK:
      *ppm = value;
      return TRUE;

    case DECIMAL_EMPTY:
      g_set_error_literal (error, LT_ERROR, LT_ERROR_INVALID_COEFFICIENT,
                           _("Type a coefficient, for example 1,035 to raise the fees by 3.5 percent."));
      return FALSE;

    case DECIMAL_TOO_PRECISE:
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_COEFFICIENT,
                   _("The coefficient “%s” has more than six decimals."), typed);
      return FALSE;

    case DECIMAL_TOO_LARGE:
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_COEFFICIENT,
                   _("The coefficient “%s” is too large."), typed);
      return FALSE;

    case DECIMAL_GARBAGE:
    default:
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_COEFFICIENT,
                   _("“%s” is not a coefficient: type a decimal number such as 1,035."),
                   typed);
      return FALSE;
    }
}

/**
 * lt_coefficient_format:
 * @ppm: a coefficient in parts per million
 *
 * Returns: (transfer full): the coefficient in French, without useless
 *   zeros: 1 035 000 → « 1,035 », 1 000 000 → « 1 »
 */
char *
lt_coefficient_format (gint64 ppm)
{
  guint64 magnitude = ppm < 0 ? (guint64) 0 - (guint64) ppm : (guint64) ppm;
  char fraction[8];
  int len;

  g_snprintf (fraction, sizeof fraction, "%06u", (guint) (magnitude % 1000000));
  for (len = 6; len > 0 && fraction[len - 1] == '0'; len--)
    fraction[len - 1] = '\0';

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT "%s%s",
                          ppm < 0 ? "-" : "",
                          magnitude / 1000000,
                          len > 0 ? "," : "",
                          fraction);
}

/* n / d rounded half away from zero, d > 0. */
static __int128
div_round (__int128 n,
           __int128 d)
{
  __int128 q = n / d;
  __int128 r = n % d;

  if (r < 0)
    r = -r;
  if (2 * r >= d)
    q += n < 0 ? -1 : 1;

  return q;
}

/**
 * lt_money_apply_coefficient:
 * @cents: an amount in cents
 * @ppm: a coefficient in parts per million
 * @rounding: to the cent or to the euro
 *
 * Multiplies @cents by the coefficient in exact integer arithmetic and
 * rounds half away from zero: 100,00 € × 1,035 = 103,50 €; to the euro,
 * 100,50 € × 1 = 101,00 €. A result beyond what cents can hold saturates.
 *
 * Returns: the new amount in cents
 */
gint64
lt_money_apply_coefficient (gint64     cents,
                            gint64     ppm,
                            LtRounding rounding)
{
  __int128 product = (__int128) cents * ppm;
  __int128 result;

  if (rounding == LT_ROUNDING_EURO)
    result = div_round (product, (__int128) 100 * 1000000) * 100;
  else
    result = div_round (product, 1000000);

  if (result > G_MAXINT64)
    return G_MAXINT64;
  if (result < G_MININT64)
    return G_MININT64;

  return (gint64) result;
}
