/* lt-exercice.c: the client's exercice as a letter states it — a regular year, or a first or long one */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-exercice"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-exercice.h"

gboolean
lt_exercice_months (const char *start_iso,
                    const char *end_iso,
                    guint      *months)
{
  GDate start, after_end;
  int n, days;

  g_return_val_if_fail (months != NULL, FALSE);

  if (!lt_date_from_iso (start_iso, &start) || !lt_date_from_iso (end_iso, &after_end) ||
      g_date_compare (&after_end, &start) < 0)
    return FALSE;

  /* the day after the end: 01/07/2025 → 01/01/2027 is 18 months exactly */
  g_date_add_days (&after_end, 1);
  n = (g_date_get_year (&after_end) - g_date_get_year (&start)) * 12 +
      (int) g_date_get_month (&after_end) - (int) g_date_get_month (&start);
  days = (int) g_date_get_day (&after_end) - (int) g_date_get_day (&start);
  if (days >= 15)
    n++;
  else if (days <= -15)
    n--;
  if (n < 1)
    n = 1;

  *months = (guint) n;
  return TRUE;
}

/* the letter is French whatever the interface's language */
static const char * const number_words[] = {
  NULL, "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
  "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
  "dix-neuf", "vingt", "vingt et un", "vingt-deux", "vingt-trois", "vingt-quatre",
  "vingt-cinq", "vingt-six", "vingt-sept", "vingt-huit", "vingt-neuf", "trente", "trente et un",
};

char *
lt_exercice_months_words (guint months)
{
  if (months >= 1 && months < G_N_ELEMENTS (number_words))
    return g_strdup (number_words[months]);
  return g_strdup_printf ("%u", months);
}

char *
lt_exercice_length_words (const char *start_iso,
                          const char *end_iso)
{
  GDate start, after_end, mark;
  guint months = 0;
  int days;
  g_autofree char *month_words = NULL;

  if (!lt_date_from_iso (start_iso, &start) || !lt_date_from_iso (end_iso, &after_end) ||
      g_date_compare (&after_end, &start) < 0)
    return NULL;
  g_date_add_days (&after_end, 1);

  /* whole months from the start, then the days left */
  for (;;)
    {
      mark = start;
      g_date_add_months (&mark, months + 1);
      if (g_date_compare (&mark, &after_end) > 0)
        break;
      months++;
    }
  mark = start;
  g_date_add_months (&mark, months);
  days = g_date_days_between (&mark, &after_end);

  month_words = lt_exercice_months_words (months);
  if (days == 0)
    return g_strdup_printf ("%s mois", month_words);
  if (months == 0)
    return g_strdup_printf ("%s jour%s", (guint) days < G_N_ELEMENTS (number_words) ? number_words[days] : "", days > 1 ? "s" : "");
  return g_strdup_printf ("%s mois et %s jour%s", month_words,
                          (guint) days < G_N_ELEMENTS (number_words) ? number_words[days] : "", days > 1 ? "s" : "");
}

gboolean
lt_exercice_validate (LtAffaire  *affaire,
                      GError    **error)
{
  const char *start, *end;
  guint months, month, day;
  GDate end_date;

  g_return_val_if_fail (LT_IS_AFFAIRE (affaire), FALSE);

  start = lt_affaire_get_exercice_start (affaire);
  end = lt_affaire_get_exercice_end (affaire);
  if (start == NULL && end == NULL)
    return TRUE;

  if (!lt_date_check_iso (start, TRUE, error) || !lt_date_check_iso (end, TRUE, error))
    return FALSE;

  if (start == NULL || end == NULL)
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_EXERCICE_INVALID,
                           _("The current fiscal year needs both its first and its last day: enter both, or neither for a regular twelve-month year."));
      return FALSE;
    }
  if (!lt_exercice_months (start, end, &months) || g_strcmp0 (end, start) <= 0)
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_EXERCICE_INVALID,
                           _("The current fiscal year ends before it starts: correct its first or its last day."));
      return FALSE;
    }
  if (months > LT_EXERCICE_MAX_MONTHS)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_EXERCICE_INVALID,
                   _("The current fiscal year lasts %u months, more than %d: correct its first or its last day."),
                   months, LT_EXERCICE_MAX_MONTHS);
      return FALSE;
    }
  if (lt_date_from_iso (end, &end_date) &&
      lt_date_parse_month_day (lt_affaire_get_fiscal_year_end (affaire), &month, &day) &&
      (g_date_get_month (&end_date) != month || g_date_get_day (&end_date) != day))
    {
      g_autofree char *closing = lt_date_month_day_to_display (lt_affaire_get_fiscal_year_end (affaire));

      g_set_error (error, LT_ERROR, LT_ERROR_EXERCICE_INVALID,
                   _("The current fiscal year must end on the closing date (%s): correct its last day or the closing date."),
                   closing);
      return FALSE;
    }

  return TRUE;
}
