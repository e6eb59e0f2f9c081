/* lt-project-diff.c: what changes when a saved project is edited; the warnings before saving a project */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-core"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-project-diff.h"

static void
append (GArray             *diff,
        LtAssignmentChange  change,
        guint               old_index,
        guint               new_index)
{
  LtAssignmentDiff d = { change, old_index, new_index };

  g_array_append_val (diff, d);
}

/**
 * lt_project_diff_assignments:
 * @stored: (element-type LtAssignment): the project's assignments as saved
 * @edited: (element-type LtAssignment): as the user left them; a new one has
 *   id 0, a kept one the id it was read with
 *
 * Compares the two by id: the edited ones in their order (kept, moved,
 * repriced or added), then the stored ones that are gone (removed). An
 * edited id the project does not have, an id given twice, or a kept
 * assignment given another prestation is refused (LT_ERROR_CONFLICT): the
 * caller's copy is not the project's.
 *
 * Returns: (transfer full) (element-type LtAssignmentDiff) (nullable): the changes
 */
GArray *
lt_project_diff_assignments (GPtrArray  *stored,
                             GPtrArray  *edited,
                             GError    **error)
{
  g_autoptr(GArray) diff = g_array_new (FALSE, FALSE, sizeof (LtAssignmentDiff));
  g_autofree gboolean *seen = g_new0 (gboolean, stored->len + 1);

  for (guint n = 0; n < edited->len; n++)
    {
      LtAssignment *e = g_ptr_array_index (edited, n);
      gint64 id = lt_assignment_get_id (e);
      guint o;

      if (id == 0)
        {
          append (diff, LT_ASSIGNMENT_ADDED, G_MAXUINT, n);
          continue;
        }

      for (o = 0; o < stored->len; o++)
        if (lt_assignment_get_id (g_ptr_array_index (stored, o)) == id)
          break;
      if (o == stored->len || seen[o] ||
          lt_assignment_get_prestation_id (g_ptr_array_index (stored, o)) != lt_assignment_get_prestation_id (e))
        {
          g_set_error_literal (error, LT_ERROR, LT_ERROR_CONFLICT,
                               _("The prestations of this project changed meanwhile: reopen it to see them."));
          return NULL;
        }
      seen[o] = TRUE;

      {
        LtAssignment *s = g_ptr_array_index (stored, o);
        gboolean dates = g_strcmp0 (lt_assignment_get_start_date (s), lt_assignment_get_start_date (e)) != 0 ||
                         g_strcmp0 (lt_assignment_get_end_date (s), lt_assignment_get_end_date (e)) != 0;
        gboolean price = lt_assignment_get_price_cents (s) != lt_assignment_get_price_cents (e);

        append (diff, dates ? LT_ASSIGNMENT_MOVED : price ? LT_ASSIGNMENT_REPRICED : LT_ASSIGNMENT_KEPT, o, n);
      }
    }

  for (guint o = 0; o < stored->len; o++)
    if (!seen[o])
      append (diff, LT_ASSIGNMENT_REMOVED, o, G_MAXUINT);

  return g_steal_pointer (&diff);
}

/**
 * lt_project_diff_is_empty:
 *
 * Returns: %TRUE when every assignment is kept as it was
 */
gboolean
lt_project_diff_is_empty (GArray *diff)
{
  for (guint i = 0; i < diff->len; i++)
    if (g_array_index (diff, LtAssignmentDiff, i).change != LT_ASSIGNMENT_KEPT)
      return FALSE;

  return TRUE;
}

/**
 * lt_project_rules_check_staff_chosen:
 *
 * A project is done by someone: its tasks go to its intervenant.
 */
gboolean
lt_project_rules_check_staff_chosen (gint64   staff_id,
                                     GError **error)
{
  if (staff_id > 0)
    return TRUE;

  g_set_error_literal (error, LT_ERROR, LT_ERROR_STAFF_REQUIRED,
                       _("The project has no intervenant: choose who does its tasks."));
  return FALSE;
}

/**
 * lt_project_rules_check_removable:
 * @started_title: (nullable): a task of the assignment already done or
 *   answered, or %NULL when none is
 *
 * An assigned prestation leaves a project with its tasks only while none
 * of them is started.
 */
gboolean
lt_project_rules_check_removable (const char  *prestation_name,
                                  const char  *started_title,
                                  GError     **error)
{
  if (started_title == NULL)
    return TRUE;

  g_set_error (error, LT_ERROR, LT_ERROR_ASSIGNMENT_STARTED,
               _("The prestation « %s » cannot leave the project: its task « %s » is already done or answered. Keep the prestation, or reopen that task in the suivi first."),
               prestation_name, started_title);
  return FALSE;
}

/**
 * lt_project_rules_find_duplicates:
 * @assignments: (element-type LtAssignment)
 *
 * Returns: (transfer full) (element-type LtAssignmentPair): each pair of
 *   assignments of one prestation whose periods overlap (their tasks would
 *   be made twice)
 */
GArray *
lt_project_rules_find_duplicates (GPtrArray *assignments)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (LtAssignmentPair));

  for (guint i = 0; i < assignments->len; i++)
    for (guint j = i + 1; j < assignments->len; j++)
      {
        LtAssignment *a = g_ptr_array_index (assignments, i);
        LtAssignment *b = g_ptr_array_index (assignments, j);

        if (lt_assignment_get_prestation_id (a) == lt_assignment_get_prestation_id (b) &&
            g_strcmp0 (lt_assignment_get_start_date (a), lt_assignment_get_end_date (b)) <= 0 &&
            g_strcmp0 (lt_assignment_get_start_date (b), lt_assignment_get_end_date (a)) <= 0)
          {
            LtAssignmentPair p = { i, j };
            g_array_append_val (pairs, p);
          }
      }

  return pairs;
}

/**
 * lt_project_rules_duplicate_warning:
 *
 * Returns: (transfer full): the warning, dates as the user reads them
 */
char *
lt_project_rules_duplicate_warning (const char *prestation_name,
                                    const char *first_start,
                                    const char *first_end,
                                    const char *second_start,
                                    const char *second_end)
{
  g_autofree char *fs = lt_date_iso_to_display (first_start);
  g_autofree char *fe = lt_date_iso_to_display (first_end);
  g_autofree char *ss = lt_date_iso_to_display (second_start);
  g_autofree char *se = lt_date_iso_to_display (second_end);

  return g_strdup_printf (_("The prestation « %s » is assigned twice over the same days (%s–%s and %s–%s): its tasks would be made twice. Remove one, or give them periods that do not overlap."),
                          prestation_name, fs, fe, ss, se);
}

void
lt_late_task_clear (gpointer data)
{
  LtLateTask *t = data;

  g_clear_pointer (&t->title, g_free);
}

/**
 * lt_late_task_chain_start:
 * @period: "" (not recurring), "2027-03", "2027-Q1", an exercice's clôture
 *   "2027-06-30", or an older "2027"
 *
 * The first day of a chain's period, %FALSE for a chain without one.
 */
gboolean
lt_late_task_chain_start (const char *period,
                          GDate      *first_day)
{
  guint year, month, day;
  char quarter;

  g_date_clear (first_day, 1);
  if (period == NULL || *period == '\0')
    return FALSE;

  if (lt_date_from_iso (period, first_day))
    {
      /* an exercice: the day after the clôture a year before */
      g_date_subtract_years (first_day, 1);
      g_date_add_days (first_day, 1);
      return TRUE;
    }
  if (sscanf (period, "%4u-Q%c", &year, &quarter) == 2 && quarter >= '1' && quarter <= '4')
    month = 1 + 3 * (quarter - '1'), day = 1;
  else if (sscanf (period, "%4u-%2u", &year, &month) == 2 && month >= 1 && month <= 12)
    day = 1;
  else if (sscanf (period, "%4u", &year) == 1)
    month = 1, day = 1;
  else
    return FALSE;
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (first_day, day, month, year);
  return TRUE;
}

/**
 * lt_project_rules_late_extend_to:
 *
 * Returns: (transfer full) (nullable): the last due date, YYYY-MM-DD: the
 *   project's end that holds every task
 */
char *
lt_project_rules_late_extend_to (const LtLateTask *tasks,
                                 guint             n_tasks)
{
  const GDate *last = NULL;

  for (guint i = 0; i < n_tasks; i++)
    if (last == NULL || g_date_compare (&tasks[i].due, last) > 0)
      last = &tasks[i].due;

  return last != NULL ? lt_date_to_iso (last) : NULL;
}

/**
 * lt_project_rules_late_shorten_to:
 * @assignment: the assignment to shorten
 *
 * Returns: (transfer full) (nullable): the end that leaves out the chains
 *   of @assignment whose tasks fall late (the day before the first of their
 *   periods), or %NULL when that would end it before it starts (its first
 *   chain is late: only extending the project helps)
 */
char *
lt_project_rules_late_shorten_to (const LtLateTask *tasks,
                                  guint             n_tasks,
                                  guint             assignment,
                                  const char       *assignment_start)
{
  GDate start, first;
  gboolean any = FALSE;

  if (!lt_date_from_iso (assignment_start, &start))
    return NULL;

  g_date_clear (&first, 1);
  for (guint i = 0; i < n_tasks; i++)
    {
      if (tasks[i].assignment != assignment || !g_date_valid (&tasks[i].chain_start))
        {
          if (tasks[i].assignment == assignment)
            return NULL;   /* a chain without a period: the assignment is the chain */
          continue;
        }
      if (!any || g_date_compare (&tasks[i].chain_start, &first) < 0)
        first = tasks[i].chain_start;
      any = TRUE;
    }
  if (!any)
    return NULL;

  g_date_subtract_days (&first, 1);
  if (g_date_compare (&first, &start) < 0)
    return NULL;

  return lt_date_to_iso (&first);
}

/**
 * lt_project_rules_late_warning:
 *
 * Returns: (transfer full): « 3 tasks are due after the end of the project
 *   (31/12/2026): » then one line per task, its due date and title
 */
char *
lt_project_rules_late_warning (const LtLateTask *tasks,
                               guint             n_tasks,
                               const char       *project_end)
{
  g_autofree char *end = lt_date_iso_to_display (project_end);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u task is due after the end of the project (%s):",
                                       "%u tasks are due after the end of the project (%s):", n_tasks),
                          n_tasks, end);
  for (guint i = 0; i < n_tasks; i++)
    {
      g_autofree char *due = lt_date_to_display (&tasks[i].due);

      g_string_append_printf (text, "\n%s\t%s", due, tasks[i].title);
    }

  return g_string_free (text, FALSE);
}

/**
 * lt_project_rules_edit_summary:
 *
 * Returns: (transfer full): « Dupont SARL: 4 tasks created, 2 deleted, 3 moved »
 */
char *
lt_project_rules_edit_summary (guint       n_created,
                               guint       n_deleted,
                               guint       n_moved,
                               const char *client_name)
{
  g_autofree char *created = NULL;
  g_autofree char *deleted = NULL;
  g_autofree char *moved = NULL;

  if (n_created == 0 && n_deleted == 0 && n_moved == 0)
    return g_strdup_printf (_("%s: project saved, its tasks are unchanged"), client_name != NULL ? client_name : "");

  created = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task created", "%u tasks created", n_created), n_created);
  deleted = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deleted", "%u deleted", n_deleted), n_deleted);
  moved = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u moved", "%u moved", n_moved), n_moved);

  /* Translators: « Dupont SARL : 4 tâches créées, 2 supprimées, 3 déplacées » */
  return g_strdup_printf (_("%s: %s, %s, %s"), client_name != NULL ? client_name : "", created, deleted, moved);
}
