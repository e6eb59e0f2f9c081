/* test-pdf-money.c: amounts in print are lt_money_format ()'s, with a typographic minus, down to G_MININT64 */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "lt-money.h"
#include "lt-pdf-template.h"

static void
test_same_as_money (void)
{
  gint64 amounts[] = { 0, 5, 123456789, G_MAXINT64 };

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autofree char *print = lt_pdf_format_money (amounts[i]);
      g_autofree char *screen = lt_money_format (amounts[i]);

      g_assert_cmpstr (print, ==, screen);
    }
}

static void
test_negative (void)
{
  g_autofree char *small = lt_pdf_format_money (-123456);
  g_autofree char *least = lt_pdf_format_money (G_MININT64);

  g_assert_cmpstr (small, ==, "\u22121\u202f234,56\u00a0€");
  /* the magnitude of G_MININT64 does not overflow */
  g_assert_cmpstr (least, ==, "\u221292\u202f233\u202f720\u202f368\u202f547\u202f758,08\u00a0€");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf-money/same-as-money", test_same_as_money);
  g_test_add_func ("/pdf-money/negative", test_negative);

  return g_test_run ();
}
