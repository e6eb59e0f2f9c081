/* lt-schedule-period.c: a chain's period in words — the user's, and the French that reaches a client */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-schedule.h"

/**
 * lt_schedule_period_to_display:
 * @period: (nullable): a period as lt_schedule_plan() names it
 *
 * Returns: (transfer full): the period for a user: « mars 2027 »,
 *   « T1 2027 », « exercice clos le 30/06/2027 » (« 2027 » for rows
 *   written before exercices); "" for none.
 */
char *
lt_schedule_period_to_display (const char *period)
{
  unsigned year, part;
  char tail;

  if (period == NULL || *period == '\0')
    return g_strdup ("");

  if (strlen (period) == 10)
    {
      GDate closing;

      if (lt_date_from_iso (period, &closing))
        {
          g_autofree char *day = lt_date_to_display (&closing);

          /* Translators: a yearly period, named after its clôture, e.g. « exercice clos le 30/06/2027 » */
          return g_strdup_printf (_("fiscal year ended %s"), day);
        }
    }

  if (sscanf (period, "%4u-Q%1u%c", &year, &part, &tail) == 2 && part >= 1 && part <= 4)
    /* Translators: a quarter of a year, e.g. « T1 2027 » */
    return g_strdup_printf (_("Q%u %u"), part, year);

  if (sscanf (period, "%4u-%2u%c", &year, &part, &tail) == 2 && part >= 1 && part <= 12)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_utc (year, part, 1, 0, 0, 0);

      if (dt != NULL)
        return g_date_time_format (dt, "%B %Y");
    }

  return g_strdup (period);
}

/**
 * lt_schedule_period_to_french:
 * @period: (nullable): a period as lt_schedule_plan() names it
 *
 * The period in the words a client reads, French whatever the locale: it
 * goes into a demande's title and mail.
 *
 * Returns: (transfer full): « novembre 2027 », « 1er trimestre 2027 »,
 *   « exercice clos le 30/06/2027 » (« exercice 2027 » for rows written
 *   before exercices); "" for none; an unknown form as it is.
 */
char *
lt_schedule_period_to_french (const char *period)
{
  unsigned year, part;
  char tail;
  GDate closing;

  if (period == NULL || *period == '\0')
    return g_strdup ("");

  if (strlen (period) == 10 && lt_date_from_iso (period, &closing))
    {
      g_autofree char *day = lt_date_to_display (&closing);

      return g_strdup_printf ("exercice clos le %s", day);
    }

  if (sscanf (period, "%4u-Q%1u%c", &year, &part, &tail) == 2 && part >= 1 && part <= 4)
    return g_strdup_printf ("%u%s trimestre %u", part, part == 1 ? "er" : "e", year);

  if (sscanf (period, "%4u-%2u%c", &year, &part, &tail) == 2 && part >= 1 && part <= 12)
    return g_strdup_printf ("%s %u", lt_date_month_french (part), year);

  if (sscanf (period, "%4u%c", &year, &tail) == 1)
    return g_strdup_printf ("exercice %u", year);

  return g_strdup (period);
}

/**
 * lt_schedule_title_with_period:
 * @title: a step's title
 * @period: (nullable): the period of its chain
 *
 * A task's title as stored: French whatever the locale of the process that
 * plans it (a CLI run without LANG must not write « November 2027 »).
 *
 * Returns: (transfer full): « Demander les relevés bancaires du mois —
 *   novembre 2027 », or @title alone outside recurring chains.
 */
char *
lt_schedule_title_with_period (const char *title,
                               const char *period)
{
  g_autofree char *words = lt_schedule_period_to_french (period);

  g_return_val_if_fail (title != NULL, NULL);

  if (*words == '\0')
    return g_strdup (title);

  return g_strdup_printf ("%s — %s", title, words);
}

static gboolean
ends_with_period (const char *title,
                  const char *words)
{
  g_autofree char *suffix = g_strconcat (" — ", words, NULL);

  return g_str_has_suffix (title, suffix);
}

/**
 * lt_schedule_title_names_period:
 * @title: a task's title as stored
 * @period: (nullable): its period
 *
 * Whether @title already ends with its period — in French as written since
 * issue 14's fix, or in the user's words as written before — so that a view
 * adds it only to the titles that lack it.
 */
gboolean
lt_schedule_title_names_period (const char *title,
                                const char *period)
{
  g_autofree char *words = lt_schedule_period_to_french (period);
  g_autofree char *shown = lt_schedule_period_to_display (period);

  g_return_val_if_fail (title != NULL, FALSE);

  if (*words == '\0')
    return TRUE;

  return ends_with_period (title, words) || ends_with_period (title, shown);
}
