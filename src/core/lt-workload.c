/* lt-workload.c: load per intervenant and week, and the weeks a new project overloads */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-workload"

#include "config.h"

#include "lt-working-days.h"
#include "lt-workload.h"

/**
 * lt_workload_task_hours:
 *
 * A task weighs its délai in working days of %LT_WORKLOAD_HOURS_PER_DAY
 * hours; one without délai weighs %LT_WORKLOAD_MINIMUM_HOURS.
 */
int
lt_workload_task_hours (int delay_days)
{
  if (delay_days <= 0)
    return LT_WORKLOAD_MINIMUM_HOURS;

  return delay_days * LT_WORKLOAD_HOURS_PER_DAY;
}

static int
compare_weeks (gconstpointer a,
               gconstpointer b)
{
  const LtWorkloadWeek *wa = a;
  const LtWorkloadWeek *wb = b;

  if (wa->staff_id != wb->staff_id)
    return wa->staff_id < wb->staff_id ? -1 : 1;

  return g_date_compare (&wa->week, &wb->week);
}

/**
 * lt_workload_compute:
 * @tasks: (array length=n_tasks): open tasks with their intervenant and due date
 * @capacities: (array length=n_capacities): weekly hours per intervenant
 *
 * Sums, per intervenant and per week of the due date, the tasks' hours.
 * The capacity of a week is the intervenant's weekly hours prorated to the
 * working days of that week (a week with a public holiday holds less). An
 * intervenant missing from @capacities has no capacity. Tasks without
 * intervenant are left out.
 *
 * Returns: (transfer full) (element-type LtWorkloadWeek): weeks sorted by
 *   intervenant then date.
 */
GArray *
lt_workload_compute (const LtWorkloadTask     *tasks,
                     guint                     n_tasks,
                     const LtWorkloadCapacity *capacities,
                     guint                     n_capacities)
{
  g_autoptr(GHashTable) capacity = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) weeks = g_array_new (FALSE, TRUE, sizeof (LtWorkloadWeek));

  for (guint i = 0; i < n_capacities; i++)
    g_hash_table_insert (capacity, (gpointer) &capacities[i].staff_id,
                         GINT_TO_POINTER (capacities[i].weekly_hours + 1));

  for (guint i = 0; i < n_tasks; i++)
    {
      const LtWorkloadTask *task = &tasks[i];
      g_autofree char *key = NULL;
      LtWorkloadWeek *week;
      GDate monday;
      gpointer found;

      if (task->staff_id == 0 || !g_date_valid (&task->due))
        continue;

      lt_working_days_week_start (&task->due, &monday);
      key = g_strdup_printf ("%" G_GINT64_FORMAT ":%u", task->staff_id, g_date_get_julian (&monday));

      if (g_hash_table_lookup_extended (index, key, NULL, &found))
        week = &g_array_index (weeks, LtWorkloadWeek, GPOINTER_TO_UINT (found));
      else
        {
          LtWorkloadWeek w = { 0 };
          GDate friday = monday;
          int hours = GPOINTER_TO_INT (g_hash_table_lookup (capacity, &task->staff_id)) - 1;

          g_date_add_days (&friday, 4);
          w.staff_id = task->staff_id;
          w.week = monday;
          w.capacity_hours = MAX (hours, 0) * lt_working_days_in_range (&monday, &friday) / 5;
          g_hash_table_insert (index, g_steal_pointer (&key), GUINT_TO_POINTER (weeks->len));
          g_array_append_val (weeks, w);
          week = &g_array_index (weeks, LtWorkloadWeek, weeks->len - 1);
        }

      week->n_tasks++;
      if (task->is_new)
        week->n_new_tasks++;
      week->load_hours += lt_workload_task_hours (task->delay_days);
    }

  g_array_sort (weeks, compare_weeks);

  return g_steal_pointer (&weeks);
}

gboolean
lt_workload_week_is_overloaded (const LtWorkloadWeek *week)
{
  g_return_val_if_fail (week != NULL, FALSE);

  return week->load_hours > week->capacity_hours;
}

/**
 * lt_workload_new_overloads:
 * @weeks: (element-type LtWorkloadWeek): from lt_workload_compute()
 *
 * Returns: (transfer full) (element-type LtWorkloadWeek): the overloaded
 *   weeks that hold tasks of the project about to be saved — what to warn
 *   about before saving.
 */
GArray *
lt_workload_new_overloads (const GArray *weeks)
{
  GArray *result = g_array_new (FALSE, FALSE, sizeof (LtWorkloadWeek));

  g_return_val_if_fail (weeks != NULL, result);

  for (guint i = 0; i < weeks->len; i++)
    {
      const LtWorkloadWeek *w = &g_array_index (weeks, LtWorkloadWeek, i);

      if (w->n_new_tasks > 0 && lt_workload_week_is_overloaded (w))
        g_array_append_val (result, *w);
    }

  return result;
}
