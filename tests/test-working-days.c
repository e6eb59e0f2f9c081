/* test-working-days.c: French working days, hand-checked against the 2026 and 2027 calendars */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "lt-date.h"
#include "lt-working-days.h"

static GDate
d (const char *iso)
{
  GDate date;

  g_assert_true (lt_date_from_iso (iso, &date));
  return date;
}

static void
assert_date (const GDate *date,
             const char  *expected)
{
  g_autofree char *iso = lt_date_to_iso (date);

  g_assert_cmpstr (iso, ==, expected);
}

static void
test_easter (void)
{
  /* Published dates of Easter Sunday. */
  const struct { guint16 year; const char *date; } cases[] = {
    { 2000, "2000-04-23" }, { 2019, "2019-04-21" }, { 2024, "2024-03-31" },
    { 2025, "2025-04-20" }, { 2026, "2026-04-05" }, { 2027, "2027-03-28" },
    { 2038, "2038-04-25" }, { 2285, "2285-03-22" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate easter;

      lt_working_days_easter (cases[i].year, &easter);
      assert_date (&easter, cases[i].date);
    }
}

static void
test_holidays (void)
{
  const char *holidays[] = {
    "2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14",
    "2026-05-25", "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11",
    "2026-12-25", "2027-03-29", "2027-05-06", "2027-05-17",
  };
  const char *not_holidays[] = {
    "2026-04-05" /* Easter Sunday is a Sunday, not a holiday of its own */,
    "2026-04-03" /* Vendredi saint: only in Alsace-Moselle */,
    "2026-12-26", "2026-05-15", "2027-04-05",
  };

  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    {
      GDate date = d (holidays[i]);
      g_assert_true (lt_working_days_is_holiday (&date));
      g_assert_false (lt_working_days_is_working_day (&date));
    }

  for (guint i = 0; i < G_N_ELEMENTS (not_holidays); i++)
    {
      GDate date = d (not_holidays[i]);
      g_assert_false (lt_working_days_is_holiday (&date));
    }
}

static void
test_weekends (void)
{
  GDate sat = d ("2026-05-09"), sun = d ("2026-05-10"), mon = d ("2026-05-11");

  g_assert_false (lt_working_days_is_working_day (&sat));
  g_assert_false (lt_working_days_is_working_day (&sun));
  g_assert_true (lt_working_days_is_working_day (&mon));
}

static void
test_add (void)
{
  const struct { const char *from; int n; const char *to; } cases[] = {
    { "2026-05-07",  1, "2026-05-11" },  /* Thursday + 1: 8 mai (Fri), weekend */
    { "2026-05-13",  1, "2026-05-15" },  /* Ascension on Thursday 14 */
    { "2026-12-24",  1, "2026-12-28" },  /* Christmas on a Friday */
    { "2026-12-31",  1, "2027-01-04" },  /* 1er janvier on a Friday */
    { "2026-05-09",  0, "2026-05-11" },  /* Saturday + 0 rolls to Monday */
    { "2026-05-09",  1, "2026-05-12" },
    { "2026-05-04",  7, "2026-05-15" },  /* 5,6,7,11,12,13,15 */
    { "2026-05-11", -1, "2026-05-07" },  /* back over 8 mai and the weekend */
    { "2026-05-15", -7, "2026-05-04" },
    { "2026-05-04",  0, "2026-05-04" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date = d (cases[i].from);

      lt_working_days_add (&date, cases[i].n);
      assert_date (&date, cases[i].to);
    }
}

static void
test_count (void)
{
  GDate a = d ("2026-05-04"), b = d ("2026-05-15");
  GDate jan1 = d ("2026-01-01"), dec31 = d ("2026-12-31");

  g_assert_cmpint (lt_working_days_count (&a, &b), ==, 7);
  g_assert_cmpint (lt_working_days_count (&b, &a), ==, -7);
  g_assert_cmpint (lt_working_days_count (&a, &a), ==, 0);

  /* 2026: 261 weekdays, 9 holidays on a weekday (15 août and 1er novembre
   * fall on a weekend). */
  g_assert_cmpint (lt_working_days_in_range (&jan1, &dec31), ==, 252);
}

static void
test_next_and_week (void)
{
  GDate date = d ("2026-05-07");
  GDate monday;

  lt_working_days_next (&date);
  assert_date (&date, "2026-05-11");
  lt_working_days_next (&date);
  assert_date (&date, "2026-05-12");

  date = d ("2026-05-10");
  lt_working_days_week_start (&date, &monday);
  assert_date (&monday, "2026-05-04");
}

static void
test_iso (void)
{
  GDate date;
  g_autofree char *display = NULL;
  g_autofree char *bad = NULL;

  g_assert_false (lt_date_from_iso ("2026-02-30", &date));
  g_assert_false (lt_date_from_iso ("2026-5-1", &date));
  g_assert_false (lt_date_from_iso ("", &date));
  g_assert_false (lt_date_from_iso (NULL, &date));
  g_assert_false (lt_date_from_iso ("2026-05-01x", &date));
  g_assert_true (lt_date_from_iso ("2024-02-29", &date));

  display = lt_date_iso_to_display ("2027-06-30");
  g_assert_cmpstr (display, ==, "30/06/2027");
  bad = lt_date_iso_to_display ("soon");
  g_assert_cmpstr (bad, ==, "soon");
}

/* Alsace-Moselle, a firm setting: Vendredi saint (Friday 26 March 2027,
 * Easter being Sunday 28) and 26 December are holidays too. A Thursday 25
 * March 2027 plus one working day is then Tuesday 30 (Easter Monday 29 off
 * everywhere), Friday 26 otherwise. 26 December 2027 is a Sunday: it
 * changes no count; in 2028 it is a Tuesday. Days outside the cached
 * calendar (1850, 2450) follow the same rules. */
static void
test_alsace_moselle (void)
{
  GDate good_friday = d ("2027-03-26"), boxing = d ("2027-12-26"), date;
  GDate from = d ("2028-12-22"), to = d ("2028-12-29");
  GDate old = d ("1850-01-01"), far = d ("2450-12-26");

  g_assert_false (lt_working_days_get_alsace_moselle ());
  g_assert_false (lt_working_days_is_holiday (&good_friday));
  g_assert_true (lt_working_days_is_working_day (&good_friday));
  date = d ("2027-03-25");
  lt_working_days_add (&date, 1);
  g_assert_cmpint (g_date_get_day (&date), ==, 26);
  g_assert_cmpint (lt_working_days_count (&from, &to), ==, 4);
  g_assert_false (lt_working_days_is_working_day (&old));

  lt_working_days_set_alsace_moselle (TRUE);
  g_assert_true (lt_working_days_is_holiday (&good_friday));
  g_assert_false (lt_working_days_is_working_day (&good_friday));
  g_assert_true (lt_working_days_is_holiday (&boxing));
  date = d ("2027-03-25");
  lt_working_days_add (&date, 1);
  g_assert_cmpint (g_date_get_day (&date), ==, 30);
  g_assert_cmpint (g_date_get_month (&date), ==, G_DATE_MARCH);
  g_assert_cmpint (lt_working_days_count (&from, &to), ==, 3);
  g_assert_cmpint (g_date_get_weekday (&far), ==, G_DATE_MONDAY);
  g_assert_false (lt_working_days_is_working_day (&far));

  lt_working_days_set_alsace_moselle (FALSE);
  g_assert_true (lt_working_days_is_working_day (&good_friday));
  g_assert_true (lt_working_days_is_working_day (&far));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/working-days/easter", test_easter);
  g_test_add_func ("/working-days/holidays", test_holidays);
  g_test_add_func ("/working-days/weekends", test_weekends);
  g_test_add_func ("/working-days/add", test_add);
  g_test_add_func ("/working-days/count", test_count);
  g_test_add_func ("/working-days/next-and-week", test_next_and_week);
  g_test_add_func ("/working-days/iso", test_iso);
  g_test_add_func ("/working-days/alsace-moselle", test_alsace_moselle);

  return g_test_run ();
}
