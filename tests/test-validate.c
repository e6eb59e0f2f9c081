/* test-validate.c: the value rules of every entity, without a database */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-siren.h"
#include "lt-validate.h"

static void
test_blank (void)
{
  const char *blank[] = { NULL, "", "   ", "\t\n", "\u00a0", "\u200b", "\u202f\u2009", "\ufeff\u200d", "\u3000" };
  const char *not_blank[] = { "a", " a ", "\u00a0x", "😀", "شركة", "0" };

  for (guint i = 0; i < G_N_ELEMENTS (blank); i++)
    g_assert_true (lt_text_is_blank (blank[i]));
  for (guint i = 0; i < G_N_ELEMENTS (not_blank); i++)
    g_assert_false (lt_text_is_blank (not_blank[i]));
}

static void
test_name (void)
{
  const char *refused[] = { "\u00a0", "\u200b", "A\x1b[2JB", "A\xc2\x9b\x42", "A\x7f", "A\nB", "A\tB", "\xff\xfe" };
  const char *accepted[] = { "Café 😀", "'); DROP TABLE affaires; --", "שלום", "31/12/2026", "NaN" };
  g_autofree char *long_name = g_strnfill (LT_VALIDATE_NAME_MAX + 1, 'x');
  g_autofree char *longest = g_strnfill (LT_VALIDATE_NAME_MAX, 'x');

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (lt_validate_name (refused[i], LT_ERROR_NAME_REQUIRED, "blank", &error));
      g_assert_nonnull (error);
      g_assert_true (error->code == LT_ERROR_NAME_REQUIRED || error->code == LT_ERROR_CONTROL_CHARACTER);
      /* the message never holds the raw character it refuses */
      g_assert_null (strchr (error->message, '\x1b'));
    }
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (lt_validate_name (accepted[i], LT_ERROR_NAME_REQUIRED, "blank", &error));
      g_assert_no_error (error);
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_true (lt_validate_name (longest, LT_ERROR_NAME_REQUIRED, "blank", NULL));
    g_assert_false (lt_validate_name (long_name, LT_ERROR_NAME_REQUIRED, "blank", &error));
    g_assert_error (error, LT_ERROR, LT_ERROR_TEXT_TOO_LONG);
  }
}

static void
test_text (void)
{
  g_autoptr(GError) error = NULL;

  /* an address or a description keeps its lines */
  g_assert_true (lt_validate_text ("4 place Sathonay\r\n69001 Lyon\tFrance", TRUE, NULL));
  g_assert_false (lt_validate_text ("4 place\x1b]0;x\x07", TRUE, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONTROL_CHARACTER);
  g_assert_true (strstr (error->message, "\\u001B") != NULL);
  g_assert_true (lt_validate_text (NULL, FALSE, NULL));
}

static void
test_escape (void)
{
  struct { const char *in; gssize len; const char *out; } cases[] = {
    { "plain\ttext\n", -1, "plain\ttext\n" },
    { "A\x1b[2JB", -1, "A\\u001B[2JB" },
    { "A\xc2\x9b" "31m", -1, "A\\u009B31m" },
    { "\x7f", -1, "\\u007F" },
    { "a\rb", -1, "a\\u000Db" },
    { "\xff" "ok", -1, "\xef\xbf\xbd" "ok" },
    { "a\0b", 3, "a\\u0000b" },
    { "Café 😀", -1, "Café 😀" },
    /* a JSON string with a C1 character stays the same string */
    { "\"\xc2\x85\"", -1, "\"\\u0085\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize len = cases[i].len >= 0 ? (gsize) cases[i].len : strlen (cases[i].in);
      g_autofree char *out = lt_text_escape_controls (cases[i].in, len);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_search (void)
{
  g_autofree char *longest = g_strnfill (LT_VALIDATE_SEARCH_MAX, 'a');
  g_autofree char *too_long = g_strnfill (128 * 1024, 'a');
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_validate_search (NULL, NULL));
  g_assert_true (lt_validate_search ("'); DROP TABLE", NULL));
  g_assert_true (lt_validate_search (longest, NULL));
  g_assert_false (lt_validate_search (too_long, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_SEARCH_TOO_LONG);
  g_clear_error (&error);
  g_assert_false (lt_validate_search ("a\x1b", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONTROL_CHARACTER);
}

static void
test_dates (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_date_check_in_range ("1900-01-01", NULL));
  g_assert_true (lt_date_check_in_range ("2199-12-31", NULL));
  g_assert_false (lt_date_check_in_range ("0001-01-01", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DATE_OUT_OF_RANGE);
  g_assert_true (strstr (error->message, "01/01/0001") != NULL);
  g_clear_error (&error);
  g_assert_false (lt_date_check_in_range ("9999-12-31", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DATE_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (lt_date_check_in_range ("2026-02-30", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_DATE);
  g_clear_error (&error);

  g_assert_true (lt_validate_not_future (NULL, "2026-06-01", "X", NULL));
  g_assert_true (lt_validate_not_future ("2026-06-01", "2026-06-01", "X", NULL));
  g_assert_false (lt_validate_not_future ("2099-01-01", "2026-06-01", "The LCB-FT identification", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DATE_IN_FUTURE);
  g_assert_true (strstr (error->message, "01/01/2099") != NULL);
  g_clear_error (&error);

  g_assert_true (lt_validate_not_before ("2026-03-02", "2026-03-01", "%s %s", NULL));
  g_assert_true (lt_validate_not_before ("2026-03-01", NULL, "%s %s", NULL));
  g_assert_false (lt_validate_not_before ("2026-02-28", "2026-03-01", "answered %s, sent %s", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DATE_TOO_EARLY);
  g_assert_cmpstr (error->message, ==, "answered 28/02/2026, sent 01/03/2026");
}

static void
test_numbers (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_validate_price_cents (0, NULL));
  g_assert_false (lt_validate_price_cents (-1, &error));  /* « no price » is not typed */
  g_assert_error (error, LT_ERROR, LT_ERROR_NEGATIVE_PRICE);
  g_clear_error (&error);
  g_assert_true (lt_validate_delay_days (0, NULL));
  g_assert_false (lt_validate_delay_days (-5, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NEGATIVE_DELAY);
}

static void
test_siren_zero (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (lt_siren_validate ("000 000 000", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_SIREN);
  g_assert_true (lt_siren_validate ("981 960 016", NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/blank", test_blank);
  g_test_add_func ("/validate/name", test_name);
  g_test_add_func ("/validate/text", test_text);
  g_test_add_func ("/validate/escape", test_escape);
  g_test_add_func ("/validate/search", test_search);
  g_test_add_func ("/validate/dates", test_dates);
  g_test_add_func ("/validate/numbers", test_numbers);
  g_test_add_func ("/validate/siren-zero", test_siren_zero);

  return g_test_run ();
}
