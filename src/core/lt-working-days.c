/* lt-working-days.c: French working days — weekends and the eleven public holidays */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-working-days"

#include "config.h"


#include "lt-working-days.h"

/**
 * lt_working_days_easter:
 * @year: a year of the Gregorian calendar
 * @easter: (out caller-allocates): Easter Sunday of @year
 *
 * The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 */
void
lt_working_days_easter (guint16  year,
                        GDate   *easter)
{
  int a = year % 19;
  int b = year / 100;
  int c = year % 100;
  int d = b / 4;
  int e = b % 4;
  int f = (b + 8) / 25;
  int g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4;
  int k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = ((h + l - 7 * m + 114) % 31) + 1;

  g_return_if_fail (easter != NULL);

  g_date_clear (easter, 1);
  g_date_set_dmy (easter, day, month, year);
}

/* Julian days of the holidays that move with Easter, cached per year since
 * scheduling asks about the same few years thousands of times. */
typedef struct {
  guint16 year;
  guint32 easter_monday;
  guint32 ascension;
  guint32 whit_monday;
} MovableFeasts;

static const MovableFeasts *
movable_feasts_for (guint16 year)
{
  static MovableFeasts cache[8];
  static GMutex mutex;
  MovableFeasts *slot = &cache[year % G_N_ELEMENTS (cache)];
  MovableFeasts *result;

  g_mutex_lock (&mutex);
  if (slot->year != year)
    {
      GDate easter;
      guint32 jd;

      lt_working_days_easter (year, &easter);
      jd = g_date_get_julian (&easter);
      slot->easter_monday = jd + 1;
      slot->ascension = jd + 39;
      slot->whit_monday = jd + 50;
      slot->year = year;
    }
  result = slot;
  g_mutex_unlock (&mutex);

  return result;
}

gboolean
lt_working_days_is_holiday (const GDate *date)
{
  GDateDay day;
  GDateMonth month;
  const MovableFeasts *feasts;
  guint32 jd;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  day = g_date_get_day (date);
  month = g_date_get_month (date);

  if ((month == G_DATE_JANUARY && day == 1) ||
      (month == G_DATE_MAY && (day == 1 || day == 8)) ||
      (month == G_DATE_JULY && day == 14) ||
      (month == G_DATE_AUGUST && day == 15) ||
      (month == G_DATE_NOVEMBER && (day == 1 || day == 11)) ||
      (month == G_DATE_DECEMBER && day == 25))
    return TRUE;

  feasts = movable_feasts_for (g_date_get_year (date));
  jd = g_date_get_julian (date);

  return jd == feasts->easter_monday || jd == feasts->ascension || jd == feasts->whit_monday;
}

gboolean
lt_working_days_is_working_day (const GDate *date)
{
  GDateWeekday wd;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  wd = g_date_get_weekday (date);
  if (wd == G_DATE_SATURDAY || wd == G_DATE_SUNDAY)
    return FALSE;

  return !lt_working_days_is_holiday (date);
}

/**
 * lt_working_days_roll_forward:
 *
 * Leaves @date alone when it is a working day, otherwise moves it to the
 * next one.
 */
void
lt_working_days_roll_forward (GDate *date)
{
  g_return_if_fail (date != NULL && g_date_valid (date));

  while (!lt_working_days_is_working_day (date))
    g_date_add_days (date, 1);
}

/**
 * lt_working_days_next:
 *
 * Moves @date to the first working day strictly after it.
 */
void
lt_working_days_next (GDate *date)
{
  g_return_if_fail (date != NULL && g_date_valid (date));

  g_date_add_days (date, 1);
  lt_working_days_roll_forward (date);
}

/**
 * lt_working_days_add:
 * @n: working days to add, negative to go back
 *
 * Moves @date by @n working days. A date that is not a working day first
 * rolls to the next working day, so adding 0 to a Saturday gives Monday
 * and adding 1 to it gives Tuesday.
 */
void
lt_working_days_add (GDate *date,
                     int    n)
{
  g_return_if_fail (date != NULL && g_date_valid (date));

  if (n >= 0)
    lt_working_days_roll_forward (date);

  while (n > 0)
    {
      lt_working_days_next (date);
      n--;
    }

  while (n < 0)
    {
      do
        g_date_subtract_days (date, 1);
      while (!lt_working_days_is_working_day (date));
      n++;
    }
}

/**
 * lt_working_days_count:
 *
 * Returns: the working days in (@from, @to] — so that adding the result to
 * @from gives @to when both are working days —, negative when @to is
 * before @from.
 */
int
lt_working_days_count (const GDate *from,
                       const GDate *to)
{
  int cmp;
  GDate d;
  int count = 0;

  g_return_val_if_fail (from != NULL && g_date_valid (from), 0);
  g_return_val_if_fail (to != NULL && g_date_valid (to), 0);

  cmp = g_date_compare (from, to);
  if (cmp == 0)
    return 0;
  if (cmp > 0)
    return -lt_working_days_count (to, from);

  d = *from;
  while (g_date_compare (&d, to) < 0)
    {
      g_date_add_days (&d, 1);
      if (lt_working_days_is_working_day (&d))
        count++;
    }

  return count;
}

/**
 * lt_working_days_in_range:
 *
 * Returns: the working days from @first to @last, both included.
 */
int
lt_working_days_in_range (const GDate *first,
                          const GDate *last)
{
  GDate d;
  int count = 0;

  g_return_val_if_fail (first != NULL && g_date_valid (first), 0);
  g_return_val_if_fail (last != NULL && g_date_valid (last), 0);

  for (d = *first; g_date_compare (&d, last) <= 0; g_date_add_days (&d, 1))
    if (lt_working_days_is_working_day (&d))
      count++;

  return count;
}

void
lt_working_days_week_start (const GDate *date,
                            GDate       *monday)
{
  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (monday != NULL);

  *monday = *date;
  g_date_subtract_days (monday, g_date_get_weekday (date) - G_DATE_MONDAY);
}
