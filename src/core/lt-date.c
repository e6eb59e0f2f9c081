/* lt-date.c: dates as stored (ISO YYYY-MM-DD, a clôture MM-DD) and as French users type and read them */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-date"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-validate.h"

/* 2000 is a leap year: 29/02 is a possible closing date. */
#define ANY_LEAP_YEAR 2000

static gboolean
digits_at (const char *text,
           guint       from,
           guint       to)
{
  for (guint i = from; i < to; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/**
 * lt_date_from_iso_since:
 * @first_year: the earliest year read (1 for any: a rule that then says
 *   the year is out of range)
 * @date: (out) (optional): the date read; cleared (invalid) when @iso is
 *   not a date
 *
 * Returns: whether @iso is exactly YYYY-MM-DD, a real day of a year from
 *   @first_year to 9999
 */
gboolean
lt_date_from_iso_since (const char *iso,
                        guint       first_year,
                        GDate      *date)
{
  guint64 year, month, day;

  if (date != NULL)
    g_date_clear (date, 1);

  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-' ||
      !digits_at (iso, 0, 4) || !digits_at (iso, 5, 7) || !digits_at (iso, 8, 10))
    return FALSE;

  year = g_ascii_strtoull (iso, NULL, 10);
  month = g_ascii_strtoull (iso + 5, NULL, 10);
  day = g_ascii_strtoull (iso + 8, NULL, 10);
  if (year < first_year || !g_date_valid_dmy (day, month, year))
    return FALSE;

  if (date != NULL)
    g_date_set_dmy (date, day, month, year);

  return TRUE;
}

/**
 * lt_date_from_iso:
 * @date: (out) (optional): the date read; cleared (invalid) when @iso is
 *   not a date
 *
 * Returns: whether @iso is exactly a valid YYYY-MM-DD (year 1000 or later)
 */
gboolean
lt_date_from_iso (const char *iso,
                  GDate      *date)
{
  return lt_date_from_iso_since (iso, 1000, date);
}

/**
 * lt_date_to_iso:
 *
 * Returns: (transfer full): @date as stored, YYYY-MM-DD
 */
char *
lt_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/**
 * lt_date_to_display:
 *
 * Returns: (transfer full): @date as French users write it, DD/MM/YYYY
 */
char *
lt_date_to_display (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (date),
                          g_date_get_month (date), g_date_get_year (date));
}

/**
 * lt_date_today:
 *
 * Today, the one the rules read (a project started, a default date, the
 * demo's dates). `LETTRINE_TODAY=YYYY-MM-DD` in the environment sets it,
 * so that a test or a screenshot of the demo reads the same every day; a
 * value that is not a date is ignored.
 *
 * Returns: (transfer full): today in local time, YYYY-MM-DD
 */
char *
lt_date_today (void)
{
  /* the suivi asks for every cell it fills: the local time zone is looked
   * up (a stat of /etc/localtime) at most once a second */
  static GMutex lock;
  static gint64 cached_second = -1;
  static char cached[sizeof "YYYY-MM-DD"];
  const char *pinned = g_getenv ("LETTRINE_TODAY");
  gint64 second = g_get_real_time () / G_USEC_PER_SEC;
  char *today;
  GDate date;

  if (pinned != NULL && lt_date_from_iso (pinned, &date))
    return lt_date_to_iso (&date);

  g_mutex_lock (&lock);
  if (second != cached_second)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *text = g_date_time_format (now, "%Y-%m-%d");

      g_strlcpy (cached, text, sizeof cached);
      cached_second = second;
    }
  today = g_strdup (cached);
  g_mutex_unlock (&lock);

  return today;
}

/**
 * lt_date_set_today:
 * @date: (out caller-allocates): lt_date_today() as a #GDate
 */
void
lt_date_set_today (GDate *date)
{
  g_autofree char *today = lt_date_today ();

  g_date_clear (date, 1);
  if (!lt_date_from_iso (today, date))
    g_return_if_reached ();
}

/**
 * lt_date_iso_to_display:
 *
 * Returns: (transfer full): @iso as DD/MM/YYYY, as French users write it;
 *   "" for %NULL or ""; anything that is not a date as it is
 */
char *
lt_date_iso_to_display (const char *iso)
{
  GDate date;

  if (!lt_date_from_iso (iso, &date))
    return g_strdup (iso != NULL ? iso : "");

  return lt_date_to_display (&date);
}

/**
 * lt_date_display_to_iso:
 *
 * Reads what a user types: DD/MM/YYYY (D/M/YY for 20YY, '.' or '-' between
 * the parts) or YYYY-MM-DD, spaces around ignored.
 *
 * Returns: (transfer full) (nullable): the date as YYYY-MM-DD, or %NULL
 *   when @text is not a date
 */
char *
lt_date_display_to_iso (const char *text)
{
  g_autofree char *trimmed = NULL;
  guint d, m, y;
  char sep1, sep2, tail;

  if (text == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (text));
  if (lt_date_from_iso (trimmed, NULL))
    return g_steal_pointer (&trimmed);

  if (sscanf (trimmed, "%2u%c%2u%c%4u%c", &d, &sep1, &m, &sep2, &y, &tail) != 5 ||
      sep1 != sep2 || strchr ("/.-", sep1) == NULL)
    return NULL;
  if (y < 100)
    y += 2000;
  if (y < 1000 || !g_date_valid_dmy (d, m, y))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", y, m, d);
}

/**
 * lt_date_check_iso:
 * @optional: whether %NULL or "" is accepted
 *
 * Returns: whether @iso is a date as stored, else LT_ERROR_INVALID_DATE
 *   (or LT_ERROR_DATE_OUT_OF_RANGE outside 1900–2199)
 */
gboolean
lt_date_check_iso (const char  *iso,
                   gboolean     optional,
                   GError     **error)
{
  if ((iso == NULL || *iso == '\0') && optional)
    return TRUE;

  if (!lt_date_from_iso (iso, NULL))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DATE,
                   _("“%s” is not a valid date: use the form YYYY-MM-DD."),
                   iso ? iso : "");
      return FALSE;
    }

  /* A date kept is a date of the years a cabinet works in, not a typo. */
  return lt_date_check_in_range (iso, error);
}

/**
 * lt_date_check_in_range:
 * @iso: a YYYY-MM-DD date
 *
 * Refuses a date outside LT_VALIDATE_FIRST_YEAR–LT_VALIDATE_LAST_YEAR
 * (LT_ERROR_DATE_OUT_OF_RANGE): a typo (0001, 9999) that would make a plan
 * of centuries; LT_ERROR_INVALID_DATE when @iso is no date at all.
 */
gboolean
lt_date_check_in_range (const char  *iso,
                        GError     **error)
{
  GDate date;
  g_autofree char *shown = NULL;

  if (!lt_date_from_iso_since (iso, 1, &date))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DATE,
                   _("“%s” is not a valid date: use the form YYYY-MM-DD."),
                   iso != NULL ? iso : "");
      return FALSE;
    }

  if (g_date_get_year (&date) >= LT_VALIDATE_FIRST_YEAR &&
      g_date_get_year (&date) <= LT_VALIDATE_LAST_YEAR)
    return TRUE;

  shown = lt_date_to_display (&date);
  g_set_error (error, LT_ERROR, LT_ERROR_DATE_OUT_OF_RANGE,
               _("The date %s is out of range: Lettrine keeps dates from %d to %d. Check the year typed."),
               shown, LT_VALIDATE_FIRST_YEAR, LT_VALIDATE_LAST_YEAR);
  return FALSE;
}

/**
 * lt_date_check_period:
 *
 * Returns: whether @start and @end are dates and @end is not before @start
 *   (LT_ERROR_INVALID_DATE, LT_ERROR_END_BEFORE_START)
 */
gboolean
lt_date_check_period (const char  *start,
                      const char  *end,
                      GError     **error)
{
  if (!lt_date_check_iso (start, FALSE, error) ||
      !lt_date_check_iso (end, FALSE, error))
    return FALSE;

  /* ISO dates compare as strings */
  if (strcmp (end, start) < 0)
    {
      g_autofree char *start_text = lt_date_iso_to_display (start);
      g_autofree char *end_text = lt_date_iso_to_display (end);

      g_set_error (error, LT_ERROR, LT_ERROR_END_BEFORE_START,
                   _("The end date (%s) is before the start date (%s): "
                     "move one of them."),
                   end_text, start_text);
      return FALSE;
    }

  return TRUE;
}

/**
 * lt_date_parse_month_day:
 * @month: (out) (optional):
 * @day: (out) (optional):
 *
 * Returns: whether @mmdd is exactly MM-DD, a day of some year (02-29 is)
 */
gboolean
lt_date_parse_month_day (const char *mmdd,
                         guint      *month,
                         guint      *day)
{
  guint m, d;

  if (mmdd == NULL || strlen (mmdd) != 5 || mmdd[2] != '-' ||
      !digits_at (mmdd, 0, 2) || !digits_at (mmdd, 3, 5))
    return FALSE;

  m = (guint) g_ascii_strtoull (mmdd, NULL, 10);
  d = (guint) g_ascii_strtoull (mmdd + 3, NULL, 10);
  if (!g_date_valid_dmy (d, m, ANY_LEAP_YEAR))
    return FALSE;

  if (month != NULL)
    *month = m;
  if (day != NULL)
    *day = d;

  return TRUE;
}

static const char * const french_months[] = {
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
  "août", "septembre", "octobre", "novembre", "décembre",
};

/**
 * lt_date_month_french:
 * @month: 1–12
 *
 * Returns: the French name of @month, whatever the locale: what reaches a
 *   client (a letter, a mail, a demande's title) is French.
 */
const char *
lt_date_month_french (guint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, "");

  return french_months[month - 1];
}

/**
 * lt_date_month_day_to_display:
 *
 * Returns: (transfer full): "12-31" as "31/12"; "" when @mmdd is not MM-DD
 */
char *
lt_date_month_day_to_display (const char *mmdd)
{
  guint m, d;

  if (!lt_date_parse_month_day (mmdd, &m, &d))
    return g_strdup ("");

  return g_strdup_printf ("%02u/%02u", d, m);
}

static gboolean
all_digits (const char *text,
            gsize       min_len,
            gsize       max_len)
{
  gsize len = strlen (text);

  return len >= min_len && len <= max_len && digits_at (text, 0, len);
}

/**
 * lt_date_month_day_from_display:
 *
 * Reads a date de clôture as users type it — « 31/12 », « 1/3 », « 30.06 »,
 * « 31/12/2025 » (the year is dropped), « 3112 » — or as stored, « 12-31 »;
 * spaces around ignored. The one parser of a clôture: the editor, the CLI
 * and the import read it here.
 *
 * Returns: (transfer full) (nullable): MM-DD, or %NULL when @text is not
 *   exactly one of those forms of a day of some year (29/02 is one)
 */
char *
lt_date_month_day_from_display (const char *text)
{
  g_autofree char *trimmed = NULL;
  g_auto(GStrv) parts = NULL;
  guint64 day, month;
  guint n;

  if (text == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (text));
  if (lt_date_parse_month_day (trimmed, NULL, NULL))
    return g_steal_pointer (&trimmed);

  if (all_digits (trimmed, 4, 4))
    {
      day = (trimmed[0] - '0') * 10 + (trimmed[1] - '0');
      month = (trimmed[2] - '0') * 10 + (trimmed[3] - '0');
    }
  else
    {
      parts = g_strsplit_set (trimmed, "/.", -1);
      n = g_strv_length (parts);
      if ((n != 2 && n != 3) ||
          !all_digits (parts[0], 1, 2) || !all_digits (parts[1], 1, 2) ||
          (n == 3 && !all_digits (parts[2], 4, 4)))
        return NULL;
      day = g_ascii_strtoull (parts[0], NULL, 10);
      month = g_ascii_strtoull (parts[1], NULL, 10);
    }

  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, ANY_LEAP_YEAR))
    return NULL;

  return g_strdup_printf ("%02u-%02u", (guint) month, (guint) day);
}

/**
 * lt_date_check_month_day:
 *
 * Returns: whether @mmdd is a closing date as stored, else
 *   LT_ERROR_INVALID_DATE
 */
gboolean
lt_date_check_month_day (const char  *mmdd,
                         GError     **error)
{
  if (!lt_date_parse_month_day (mmdd, NULL, NULL))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DATE,
                   _("“%s” is not a valid closing date: use the form MM-DD "
                     "(for example 12-31 for the 31st of December)."),
                   mmdd ? mmdd : "");
      return FALSE;
    }

  return TRUE;
}
