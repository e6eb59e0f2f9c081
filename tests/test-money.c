/* test-money.c: cents in French, amounts typed by users, coefficients and rounding */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-money.h"

#define NNBSP "\u202F"
#define NBSP  "\u00A0"

/* The same messages as a French user reads them: the catalogue built in the
 * build directory, in a subprocess so that the language is set before any
 * translation is looked up. */
static gboolean
use_french (void)
{
  const char *build_dir = g_getenv ("LETTRINE_BUILD_DIR");
  g_autofree char *po_dir = NULL;
  g_autofree char *mo = NULL;

  if (build_dir == NULL)
    return FALSE;
  po_dir = g_build_filename (build_dir, "po", NULL);
  mo = g_build_filename (po_dir, "fr", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (mo, G_FILE_TEST_EXISTS))
    return FALSE;

  if (g_test_subprocess ())
    {
      setlocale (LC_ALL, "C.UTF-8");
      g_setenv ("LANGUAGE", "fr", TRUE);
      bindtextdomain (GETTEXT_PACKAGE, po_dir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
    }
  return TRUE;
}

static void
test_money_format (void)
{
  struct { gint64 cents; const char *text; } cases[] = {
    { 0, "0,00" NBSP "€" },
    { 5, "0,05" NBSP "€" },
    { 50, "0,50" NBSP "€" },
    { 123450, "1" NNBSP "234,50" NBSP "€" },
    { 100000, "1" NNBSP "000,00" NBSP "€" },
    { 99999, "999,99" NBSP "€" },
    { 123456789, "1" NNBSP "234" NNBSP "567,89" NBSP "€" },
    { -5, "-0,05" NBSP "€" },
    { -123450, "-1" NNBSP "234,50" NBSP "€" },
    { G_MAXINT64, "92" NNBSP "233" NNBSP "720" NNBSP "368" NNBSP "547" NNBSP "758,07" NBSP "€" },
    { G_MININT64, "-92" NNBSP "233" NNBSP "720" NNBSP "368" NNBSP "547" NNBSP "758,08" NBSP "€" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = lt_money_format (cases[i].cents);
      g_assert_cmpstr (text, ==, cases[i].text);
    }

  {
    g_autofree char *number = lt_money_format_number (123450);
    g_assert_cmpstr (number, ==, "1" NNBSP "234,50");
  }
}

static void
test_money_parse (void)
{
  struct { const char *text; gint64 cents; } cases[] = {
    { "1234,5", 123450 },
    { "1 234,50 €", 123450 },
    { "1234.50", 123450 },
    { "1" NNBSP "234,50" NBSP "€", 123450 },
    { "1 234", 123400 },
    { "  12  ", 1200 },
    { "0,05", 5 },
    { ",5", 50 },
    { "12,", 1200 },
    { "-12,30", -1230 },
    { "\u221212,30 €", -1230 },     /* typographic minus */
    { "+7", 700 },
    { "€ 80", 8000 },
    { "1500 EUR", 150000 },
    { "12,500", 1250 },             /* zeros beyond the cents change nothing */
    { "1 000 000 000,00 €", LT_MONEY_MAX_CENTS },   /* the largest accepted (issue 10) */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 cents = -42;

      if (!lt_money_parse (cases[i].text, &cents, &error))
        g_error ("“%s” refused: %s", cases[i].text, error->message);
      g_assert_cmpint (cents, ==, cases[i].cents);
    }
}

static void
assert_amount_error (const char *text,
                     const char *message)
{
  g_autoptr(GError) error = NULL;
  gint64 cents = 4242;

  g_assert_false (lt_money_parse (text, &cents, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_AMOUNT);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpint (cents, ==, 4242);   /* untouched on error */
}

static void
test_money_parse_errors (void)
{
  assert_amount_error ("", "Type an amount, for example 1 234,50 €.");
  assert_amount_error (NULL, "Type an amount, for example 1 234,50 €.");
  assert_amount_error (" € ", "Type an amount, for example 1 234,50 €.");
  assert_amount_error ("12,345",
                       "“12,345” has more than two decimals: amounts are counted in cents, for example 1 234,50 €.");
  assert_amount_error ("0.001",
                       "“0.001” has more than two decimals: amounts are counted in cents, for example 1 234,50 €.");
  assert_amount_error ("douze",
                       "“douze” is not an amount: type digits with a comma before the cents, for example 1 234,50 €.");
  assert_amount_error ("1.234,50",
                       "“1.234,50” is not an amount: type digits with a comma before the cents, for example 1 234,50 €.");
  assert_amount_error ("12,3,4",
                       "“12,3,4” is not an amount: type digits with a comma before the cents, for example 1 234,50 €.");
  assert_amount_error ("--5",
                       "“--5” is not an amount: type digits with a comma before the cents, for example 1 234,50 €.");
  assert_amount_error ("-",
                       "“-” is not an amount: type digits with a comma before the cents, for example 1 234,50 €.");
  assert_amount_error (",",
                       "“,” is not an amount: type digits with a comma before the cents, for example 1 234,50 €.");
  assert_amount_error ("12 $",
                       "“12 $” is not an amount: type digits with a comma before the cents, for example 1 234,50 €.");
  assert_amount_error ("1e5",
                       "“1e5” is not an amount: type digits with a comma before the cents, for example 1 234,50 €.");
  assert_amount_error ("92233720368547758,07",
                       "“92233720368547758,07” is above 1 000 000 000,00 €, the largest amount Lettrine accepts: check the digits typed.");
  assert_amount_error ("92233720368547758,08", "“92233720368547758,08” is too large to be an amount.");
  assert_amount_error ("999999999999999999999", "“999999999999999999999” is too large to be an amount.");
}

static void
test_coefficient (void)
{
  struct { const char *text; gint64 ppm; const char *formatted; } cases[] = {
    { "1,035", 1035000, "1,035" },
    { "1.035", 1035000, "1,035" },
    { "1", 1000000, "1" },
    { "0,98", 980000, "0,98" },
    { "1,000001", 1000001, "1,000001" },
    { " 2,5 ", 2500000, "2,5" },
    { "1,0350000", 1035000, "1,035" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *formatted = NULL;
      gint64 ppm = 0;

      if (!lt_coefficient_parse (cases[i].text, &ppm, &error))
        g_error ("“%s” refused: %s", cases[i].text, error->message);
      g_assert_cmpint (ppm, ==, cases[i].ppm);
      formatted = lt_coefficient_format (ppm);
      g_assert_cmpstr (formatted, ==, cases[i].formatted);
    }
}

static void
assert_coefficient_error (const char *text,
                          const char *message)
{
  g_autoptr(GError) error = NULL;
  gint64 ppm = 4242;

  g_assert_false (lt_coefficient_parse (text, &ppm, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_COEFFICIENT);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpint (ppm, ==, 4242);
}

static void
test_coefficient_errors (void)
{
  assert_coefficient_error ("", "Type a coefficient, for example 1,035 to raise the fees by 3.5 percent.");
  assert_coefficient_error ("0",
                            "The coefficient 0 must be above zero: 1,035 raises the fees by 3.5 percent, 0,98 lowers them by 2 percent.");
  assert_coefficient_error ("-1,02",
                            "The coefficient -1,02 must be above zero: 1,035 raises the fees by 3.5 percent, 0,98 lowers them by 2 percent.");
  assert_coefficient_error ("1,0000001", "The coefficient “1,0000001” has more than six decimals.");
  assert_coefficient_error ("3,5 %", "“3,5 %” is not a coefficient: type a decimal number such as 1,035.");
  assert_coefficient_error ("1,03 €", "“1,03 €” is not a coefficient: type a decimal number such as 1,035.");
  assert_coefficient_error ("99999999999999999", "The coefficient “99999999999999999” is too large.");
}

static void
test_apply_coefficient (void)
{
  struct { gint64 cents, ppm; LtRounding rounding; gint64 expected; } cases[] = {
    { 10000, 1035000, LT_ROUNDING_CENT, 10350 },
    { 10000, 1035000, LT_ROUNDING_EURO, 10400 },     /* 103,50 → 104 */
    { 10050, 1000000, LT_ROUNDING_EURO, 10100 },     /* half away from zero */
    { 10049, 1000000, LT_ROUNDING_EURO, 10000 },
    { -10050, 1000000, LT_ROUNDING_EURO, -10100 },
    { 1, 1500000, LT_ROUNDING_CENT, 2 },             /* 1,5 cent → 2 */
    { 1, 1499999, LT_ROUNDING_CENT, 1 },
    { -1, 1500000, LT_ROUNDING_CENT, -2 },
    { 123456, 1021300, LT_ROUNDING_CENT, 126086 },  /* 1 260,8561… */
    { 333, 333333, LT_ROUNDING_CENT, 111 },          /* 110,999889 */
    { 0, 1035000, LT_ROUNDING_EURO, 0 },
    /* no overflow where a 64-bit product would: 9e16 cents × 1,5 */
    { G_GINT64_CONSTANT (90000000000000000), 1500000, LT_ROUNDING_CENT,
      G_GINT64_CONSTANT (135000000000000000) },
    { G_MAXINT64, 2000000, LT_ROUNDING_CENT, G_MAXINT64 },   /* saturates */
    { G_MININT64, 2000000, LT_ROUNDING_CENT, G_MININT64 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (lt_money_apply_coefficient (cases[i].cents, cases[i].ppm, cases[i].rounding),
                     ==, cases[i].expected);
}

static void
test_money_french (void)
{
  if (!use_french ())
    {
      g_test_skip ("the French catalogue is not built");
      return;
    }

  if (g_test_subprocess ())
    {
      assert_amount_error ("douze",
                           "« douze » n’est pas un montant : saisissez des chiffres avec une virgule avant les centimes, par exemple 1 234,50 €.");
      assert_amount_error ("12,345",
                           "« 12,345 » a plus de deux décimales : les montants se comptent en centimes, par exemple 1 234,50 €.");
      assert_coefficient_error ("0",
                                "Le coefficient 0 doit être supérieur à zéro : 1,035 augmente les honoraires de 3,5 %, 0,98 les baisse de 2 %.");
      assert_coefficient_error ("", "Saisissez un coefficient, par exemple 1,035 pour augmenter les honoraires de 3,5 pour cent.");
      return;
    }

  g_test_trap_subprocess (NULL, 0, 0);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/format", test_money_format);
  g_test_add_func ("/money/parse", test_money_parse);
  g_test_add_func ("/money/parse-errors", test_money_parse_errors);
  g_test_add_func ("/money/coefficient", test_coefficient);
  g_test_add_func ("/money/coefficient-errors", test_coefficient_errors);
  g_test_add_func ("/money/apply-coefficient", test_apply_coefficient);
  g_test_add_func ("/money/french", test_money_french);

  return g_test_run ();
}
