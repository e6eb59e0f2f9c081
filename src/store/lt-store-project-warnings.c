/* lt-store-project-warnings.c: what to warn about before saving a project: a prestation twice, tasks after its end */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-project-diff.h"
#include "lt-store-project-edit.h"
#include "lt-store-project-plan-private.h"

static int
compare_late (gconstpointer a,
              gconstpointer b)
{
  return g_date_compare (&((const LtLateTask *) a)->due, &((const LtLateTask *) b)->due);
}

/**
 * lt_store_project_late_tasks:
 *
 * Plans the project's assignments as saving would (nothing written) and
 * keeps the tasks due after the project's end.
 *
 * Returns: (transfer full) (element-type LtLateTask): by due date, or %NULL
 */
GArray *
lt_store_project_late_tasks (LtStore    *self,
                             LtProject  *project,
                             GPtrArray  *assignments,
                             GError    **error)
{
  g_autoptr(GArray) late = g_array_new (FALSE, TRUE, sizeof (LtLateTask));
  g_autofree char *client = NULL;
  g_autofree char *closing = NULL;
  sqlite3_stmt *stmt;
  GDate end;
  Plan plan;
  gboolean ok = TRUE;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  g_array_set_clear_func (late, lt_late_task_clear);
  if (!lt_date_from_iso (lt_project_get_end_date (project), &end))
    return g_steal_pointer (&late);

  if (!(stmt = lt_store_prepare (self, "SELECT name, fiscal_year_end FROM affaires WHERE id = ?", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, lt_project_get_affaire_id (project));
  if ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      client = lt_store_column_text (stmt, 0);
      closing = lt_store_column_text (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return NULL;

  lt_store_plan_init (&plan);
  for (guint i = 0; ok && i < assignments->len; i++)
    ok = lt_store_plan_assignment (self, g_ptr_array_index (assignments, i), i, client, closing, &plan, error);

  for (guint i = 0; ok && i < plan.tasks->len; i++)
    {
      const Planned *p = &g_array_index (plan.tasks, Planned, i);
      LtLateTask t = { p->assignment };

      if (g_date_compare (&p->due, &end) <= 0)
        continue;
      t.title = g_strdup (p->period_title);
      t.due = p->due;
      lt_late_task_chain_start (p->period, &t.chain_start);
      g_array_append_val (late, t);
    }
  lt_store_plan_clear (&plan);
  if (ok)
    g_array_sort (late, compare_late);

  return ok ? g_steal_pointer (&late) : NULL;
}

/**
 * lt_store_project_check_twice:
 * @assignments: (element-type LtAssignment)
 *
 * Returns: %FALSE with LT_ERROR_PRESTATION_TWICE when one prestation is
 *   assigned twice over overlapping periods (its tasks would be made twice)
 */
gboolean
lt_store_project_check_twice (LtStore    *self,
                              GPtrArray  *assignments,
                              GError    **error)
{
  g_autoptr(GArray) pairs = lt_project_rules_find_duplicates (assignments);
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  LtAssignment *a, *b;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (pairs->len == 0)
    return TRUE;

  a = g_ptr_array_index (assignments, g_array_index (pairs, LtAssignmentPair, 0).first);
  b = g_ptr_array_index (assignments, g_array_index (pairs, LtAssignmentPair, 0).second);
  if (!(name = lt_store_project_prestation_name (self, lt_assignment_get_prestation_id (a), error)))
    return FALSE;

  message = lt_project_rules_duplicate_warning (name, lt_assignment_get_start_date (a), lt_assignment_get_end_date (a),
                                                lt_assignment_get_start_date (b), lt_assignment_get_end_date (b));
  g_set_error_literal (error, LT_ERROR, LT_ERROR_PRESTATION_TWICE, message);
  return FALSE;
}
