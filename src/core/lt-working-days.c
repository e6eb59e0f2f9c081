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

/* Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle) adds Vendredi saint and
 * 26 décembre; a firm setting, applied to the whole process's arithmetic. */
static gint alsace_moselle;

static gboolean
is_holiday_slow (const GDate *date,
                 gboolean     local)
{
  GDateDay day = g_date_get_day (date);
  GDateMonth month = g_date_get_month (date);
  const MovableFeasts *feasts;
  guint32 jd;

  if ((month == G_DATE_JANUARY && day == 1) ||
      (month == G_DATE_MAY && (day == 1 || day == 8)) ||
      (month == G_DATE_JULY && day == 14) ||
      (month == G_DATE_AUGUST && day == 15) ||
      (month == G_DATE_NOVEMBER && (day == 1 || day == 11)) ||
      (month == G_DATE_DECEMBER && day == 25))
    return TRUE;
  if (local && month == G_DATE_DECEMBER && day == 26)
    return TRUE;

  feasts = movable_feasts_for (g_date_get_year (date));
  jd = g_date_get_julian (date);

  return jd == feasts->easter_monday || jd == feasts->ascension || jd == feasts->whit_monday ||
         (local && jd == feasts->easter_monday - 3);
}

/* Whether each day is worked, as bits per Julian day, filled by blocks of
 * 512 days on first use: scheduling asks about the same days hundreds of
 * thousands of times (100,000 steps), and a bit is far cheaper than the
 * day, month and Easter of a GDate. Days 1900–2399; others are computed. */
#define CALENDAR_FIRST_JD 693596u  /* 1 January 1900 */
#define CALENDAR_BLOCK_SHIFT 9
#define CALENDAR_N_BLOCKS 357      /* 500 years */

static guint8 calendar_bits[2][CALENDAR_N_BLOCKS << (CALENDAR_BLOCK_SHIFT - 3)];
static gint calendar_ready[CALENDAR_N_BLOCKS];
static GMutex calendar_mutex;

static void
calendar_fill (guint block)
{
  g_mutex_lock (&calendar_mutex);
  if (!g_atomic_int_get (&calendar_ready[block]))
    {
      for (guint k = 0; k < (1u << CALENDAR_BLOCK_SHIFT); k++)
        {
          guint offset = (block << CALENDAR_BLOCK_SHIFT) + k;
          GDate d;
          GDateWeekday wd;

          g_date_clear (&d, 1);
          g_date_set_julian (&d, CALENDAR_FIRST_JD + offset);
          wd = g_date_get_weekday (&d);
          for (guint local = 0; local < 2; local++)
            if (wd != G_DATE_SATURDAY && wd != G_DATE_SUNDAY && !is_holiday_slow (&d, local))
              calendar_bits[local][offset >> 3] |= 1u << (offset & 7);
        }
      g_atomic_int_set (&calendar_ready[block], 1);
    }
  g_mutex_unlock (&calendar_mutex);
}

static inline gboolean
is_working_julian (guint32 jd)
{
  guint local = g_atomic_int_get (&alsace_moselle) != 0;
  guint offset, block;

  if (jd < CALENDAR_FIRST_JD || jd - CALENDAR_FIRST_JD >= (CALENDAR_N_BLOCKS << CALENDAR_BLOCK_SHIFT))
    {
      GDate d;
      GDateWeekday wd;

      g_date_clear (&d, 1);
      g_date_set_julian (&d, jd);
      wd = g_date_get_weekday (&d);
      return wd != G_DATE_SATURDAY && wd != G_DATE_SUNDAY && !is_holiday_slow (&d, local);
    }

  offset = jd - CALENDAR_FIRST_JD;
  block = offset >> CALENDAR_BLOCK_SHIFT;
  if (G_UNLIKELY (!g_atomic_int_get (&calendar_ready[block])))
    calendar_fill (block);

  return (calendar_bits[local][offset >> 3] >> (offset & 7)) & 1;
}

/**
 * lt_working_days_set_alsace_moselle:
 * @enabled: whether Vendredi saint and 26 décembre are holidays
 *
 * The cabinet's setting (firm.alsace_moselle): the local law of the
 * Bas-Rhin, Haut-Rhin and Moselle adds two public holidays. Applies to every
 * computation of working days in the process.
 */
void
lt_working_days_set_alsace_moselle (gboolean enabled)
{
  g_atomic_int_set (&alsace_moselle, enabled ? 1 : 0);
}

gboolean
lt_working_days_get_alsace_moselle (void)
{
  return g_atomic_int_get (&alsace_moselle) != 0;
}

gboolean
lt_working_days_is_holiday (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  return is_holiday_slow (date, lt_working_days_get_alsace_moselle ());
}

gboolean
lt_working_days_is_working_day (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  return is_working_julian (g_date_get_julian (date));
}

/**
 * lt_working_days_add_julian:
 * @jd: a Julian day (g_date_get_julian())
 * @n: working days to add, negative to go back
 *
 * lt_working_days_add() on Julian days, for loops over many dates.
 *
 * Returns: the Julian day @n working days after @jd
 */
guint32
lt_working_days_add_julian (guint32 jd,
                            int     n)
{
  if (n >= 0)
    while (!is_working_julian (jd))
      jd++;

  for (; n > 0; n--)
    do
      jd++;
    while (!is_working_julian (jd));

  for (; n < 0; n++)
    do
      jd--;
    while (!is_working_julian (jd));

  return jd;
}

/**
 * lt_working_days_next_julian:
 *
 * Returns: the first working day strictly after @jd
 */
guint32
lt_working_days_next_julian (guint32 jd)
{
  do
    jd++;
  while (!is_working_julian (jd));

  return jd;
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
  guint32 jd, first;

  g_return_if_fail (date != NULL && g_date_valid (date));

  first = jd = g_date_get_julian (date);
  while (!is_working_julian (jd))
    jd++;
  if (jd != first)
    g_date_set_julian (date, jd);
}

/**
 * lt_working_days_next:
 *
 * Moves @date to the first working day strictly after it.
 */
void
lt_working_days_next (GDate *date)
{
  guint32 jd;

  g_return_if_fail (date != NULL && g_date_valid (date));

  jd = g_date_get_julian (date) + 1;
  while (!is_working_julian (jd))
    jd++;
  g_date_set_julian (date, jd);
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
  guint32 jd, first;

  g_return_if_fail (date != NULL && g_date_valid (date));

  first = jd = g_date_get_julian (date);
  if (n >= 0)
    while (!is_working_julian (jd))
      jd++;

  for (; n > 0; n--)
    do
      jd++;
    while (!is_working_julian (jd));

  for (; n < 0; n++)
    do
      jd--;
    while (!is_working_julian (jd));

  if (jd != first)
    g_date_set_julian (date, jd);
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
  guint32 a, b;
  int count = 0;

  g_return_val_if_fail (from != NULL && g_date_valid (from), 0);
  g_return_val_if_fail (to != NULL && g_date_valid (to), 0);

  a = g_date_get_julian (from);
  b = g_date_get_julian (to);
  if (a > b)
    return -lt_working_days_count (to, from);

  for (guint32 jd = a + 1; jd <= b && jd > a; jd++)
    count += is_working_julian (jd);

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
  guint32 a, b;
  int count = 0;

  g_return_val_if_fail (first != NULL && g_date_valid (first), 0);
  g_return_val_if_fail (last != NULL && g_date_valid (last), 0);

  a = g_date_get_julian (first);
  b = g_date_get_julian (last);
  for (guint32 jd = a; jd <= b && jd >= a; jd++)
    count += is_working_julian (jd);

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
