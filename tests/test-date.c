/* test-date.c: dates as stored and as typed, the clôture MM-DD, e-mail addresses — rules without a database */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "lettrine-core.h"

static char *
to_iso (const char *text)
{
  return lt_date_display_to_iso (text);
}

static void
test_iso (void)
{
  GDate date;
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_date_from_iso ("2024-02-29", &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 29);
  g_assert_false (lt_date_from_iso ("2023-02-29", NULL));
  g_assert_false (lt_date_from_iso ("2024-2-9", NULL));
  g_assert_false (lt_date_from_iso ("0999-01-01", NULL));
  g_assert_false (lt_date_from_iso ("2024-01-01x", NULL));
  g_assert_false (lt_date_from_iso (NULL, NULL));

  g_assert_true (lt_date_check_iso (NULL, TRUE, &error));
  g_assert_true (lt_date_check_iso ("", TRUE, &error));
  g_assert_false (lt_date_check_iso ("", FALSE, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_DATE);
  g_clear_error (&error);

  g_assert_true (lt_date_check_period ("2026-01-01", "2026-12-31", &error));
  g_assert_false (lt_date_check_period ("2026-12-31", "2026-01-01", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_END_BEFORE_START);
  g_assert_nonnull (strstr (error->message, "01/01/2026"));
}

static void
test_display (void)
{
  struct { const char *typed, *iso; } cases[] = {
    { "15/01/2026", "2026-01-15" }, { " 5/1/26 ", "2026-01-05" }, { "15.01.2026", "2026-01-15" },
    { "15-01-2026", "2026-01-15" }, { "2026-01-15", "2026-01-15" }, { "29/02/2024", "2024-02-29" },
    { "29/02/2023", NULL }, { "15/01", NULL }, { "15/01-2026", NULL }, { "", NULL }, { "demain", NULL },
    { "32/01/2026", NULL }, { "15/01/2026 10h", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = to_iso (cases[i].typed);

      g_assert_cmpstr (iso, ==, cases[i].iso);
    }

  {
    g_autofree char *shown = lt_date_iso_to_display ("2026-01-15");
    g_autofree char *none = lt_date_iso_to_display (NULL);
    g_autofree char *odd = lt_date_iso_to_display ("someday");

    g_assert_cmpstr (shown, ==, "15/01/2026");
    g_assert_cmpstr (none, ==, "");
    g_assert_cmpstr (odd, ==, "someday");
  }
}

static void
test_month_day (void)
{
  guint m = 0, d = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_date_parse_month_day ("12-31", &m, &d));
  g_assert_cmpuint (m, ==, 12);
  g_assert_cmpuint (d, ==, 31);
  g_assert_true (lt_date_parse_month_day ("02-29", NULL, NULL));
  g_assert_false (lt_date_parse_month_day ("02-30", NULL, NULL));
  g_assert_false (lt_date_parse_month_day ("13-01", NULL, NULL));
  g_assert_false (lt_date_parse_month_day ("1-31", NULL, NULL));

  g_assert_true (lt_date_check_month_day ("06-30", &error));
  g_assert_false (lt_date_check_month_day ("31/12", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_DATE);

  {
    g_autofree char *shown = lt_date_month_day_to_display ("12-31");
    g_autofree char *bad = lt_date_month_day_to_display ("xx");
    g_autofree char *a = lt_date_month_day_from_display ("31/12");
    g_autofree char *b = lt_date_month_day_from_display (" 30.6 ");
    g_autofree char *c = lt_date_month_day_from_display ("06-30");
    g_autofree char *no = lt_date_month_day_from_display ("31/13");
    g_autofree char *none = lt_date_month_day_from_display ("");

    g_assert_cmpstr (shown, ==, "31/12");
    g_assert_cmpstr (bad, ==, "");
    g_assert_cmpstr (a, ==, "12-31");
    g_assert_cmpstr (b, ==, "06-30");
    g_assert_cmpstr (c, ==, "06-30");
    g_assert_null (no);
    g_assert_null (none);
  }
}

static void
test_email (void)
{
  const char *good[] = { "", "nom@cabinet.fr", "a.b-c@sous.domaine.fr" };
  const char *bad[] = { "nom", "@cabinet.fr", "nom@cabinet", "nom@cabinet.fr.", "a@b@c.fr",
                        "nom @cabinet.fr", "a@b.fr, c@d.fr", "<a@b.fr>" };

  g_assert_true (lt_email_check (NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (lt_email_check (good[i], NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (lt_email_check (bad[i], &error));
      g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_EMAIL);
    }
}

/* Every form of a clôture users type, read by the one parser. */
static void
test_month_day_typed (void)
{
  struct { const char *in; const char *out; } cases[] = {
    { "31/12", "12-31" }, { "31/12/2025", "12-31" }, { "30.06", "06-30" }, { "12-31", "12-31" },
    { "3112", "12-31" }, { "29/02", "02-29" }, { "1/3", "03-01" },
    { "31/12/garbage", NULL }, { "31/12/", NULL }, { "13-01", NULL }, { "02-30", NULL },
    { "31/02", NULL }, { "32/12", NULL }, { "", NULL }, { NULL, NULL }, { "31/12/2025/1", NULL },
    { "3l/12", NULL }, { "12-3", NULL }, { "-1/12", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = lt_date_month_day_from_display (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

/* The GDate side: what lt-working-days, the rules and the store compute
 * with, written and read in one place. */
static void
test_gdate (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = lt_date_today ();
  GDate date;

  g_assert_true (lt_date_from_iso ("2026-03-09", &date));
  {
    g_autofree char *iso = lt_date_to_iso (&date);
    g_autofree char *shown = lt_date_to_display (&date);

    g_assert_cmpstr (iso, ==, "2026-03-09");
    g_assert_cmpstr (shown, ==, "09/03/2026");
  }

  /* a failed read leaves no stale date behind */
  g_assert_false (lt_date_from_iso ("2026-02-30", &date));
  g_assert_false (g_date_valid (&date));

  /* the year floor: 1000 for what users type, any year for a rule that
   * then says the year is out of range */
  g_assert_false (lt_date_from_iso ("0001-01-01", NULL));
  g_assert_true (lt_date_from_iso_since ("0001-01-01", 1, &date));
  g_assert_cmpuint (g_date_get_year (&date), ==, 1);
  g_assert_false (lt_date_check_in_range ("0001-01-01", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DATE_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (lt_date_check_in_range ("0001-13-01", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_DATE);

  g_assert_true (lt_date_from_iso (today, NULL));
}

/* LETTRINE_TODAY pins the day the rules read; anything but a date is ignored */
static void
test_today_pinned (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *real = g_date_time_format (now, "%Y-%m-%d");
  GDate date;

  g_setenv ("LETTRINE_TODAY", "2026-12-02", TRUE);
  {
    g_autofree char *today = lt_date_today ();

    g_assert_cmpstr (today, ==, "2026-12-02");
    lt_date_set_today (&date);
    g_assert_cmpuint (g_date_get_day (&date), ==, 2);
    g_assert_cmpuint (g_date_get_month (&date), ==, 12);
  }

  g_setenv ("LETTRINE_TODAY", "2026-02-30", TRUE);
  {
    g_autofree char *today = lt_date_today ();

    g_assert_cmpstr (today, ==, real);
  }
  g_unsetenv ("LETTRINE_TODAY");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/iso", test_iso);
  g_test_add_func ("/date/display", test_display);
  g_test_add_func ("/date/month-day", test_month_day);
  g_test_add_func ("/date/month-day-typed", test_month_day_typed);
  g_test_add_func ("/date/gdate", test_gdate);
  g_test_add_func ("/date/email", test_email);
  g_test_add_func ("/date/today-pinned", test_today_pinned);

  return g_test_run ();
}
