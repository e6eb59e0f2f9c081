/* lt-schedule.c: forward pass over the links, recurring chains, rescheduling */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-schedule"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-schedule.h"
#include "lt-working-days.h"

/* A link between node indices. */
typedef struct {
  guint from;
  guint to;
  int   lag;
} Edge;

static void
scheduled_task_clear (gpointer data)
{
  LtScheduledTask *task = data;

  g_clear_pointer (&task->period, g_free);
}

/* Maps the links' ids to indices of @ids; refuses unknown ids. */
static GArray *
edges_from_links (const gint64         *ids,
                  gsize                 stride,
                  guint                 n,
                  const LtScheduleLink *links,
                  guint                 n_links,
                  GError              **error)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) edges = g_array_sized_new (FALSE, FALSE, sizeof (Edge), n_links);

  for (guint i = 0; i < n; i++)
    {
      const gint64 *id = (const gint64 *) ((const char *) ids + i * stride);
      g_hash_table_insert (index, (gpointer) id, GUINT_TO_POINTER (i + 1));
    }

  for (guint i = 0; i < n_links; i++)
    {
      guint from = GPOINTER_TO_UINT (g_hash_table_lookup (index, &links[i].from_id));
      guint to = GPOINTER_TO_UINT (g_hash_table_lookup (index, &links[i].to_id));
      Edge e;

      if (from == 0 || to == 0)
        {
          g_set_error (error, LT_ERROR, LT_ERROR_UNKNOWN_STEP,
                       _("A dependency points at a step that is not part of this prestation: check its dependencies in the catalogue."));
          return NULL;
        }

      e.from = from - 1;
      e.to = to - 1;
      e.lag = MAX (links[i].lag_days, 0);
      g_array_append_val (edges, e);
    }

  return g_steal_pointer (&edges);
}

/* Kahn's algorithm; stable (input order among ready nodes). */
static GArray *
topological_order (guint          n,
                   const GArray  *edges,
                   GError       **error)
{
  g_autofree guint *in_degree = g_new0 (guint, n);
  g_autoptr(GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  g_autoptr(GPtrArray) out = g_ptr_array_new_full (n, (GDestroyNotify) g_array_unref);
  g_autoptr(GQueue) ready = g_queue_new ();

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (out, g_array_new (FALSE, FALSE, sizeof (guint)));

  for (guint i = 0; i < edges->len; i++)
    {
      const Edge *e = &g_array_index (edges, Edge, i);

      g_array_append_val (g_ptr_array_index (out, e->from), e->to);
      in_degree[e->to]++;
    }

  for (guint i = 0; i < n; i++)
    if (in_degree[i] == 0)
      g_queue_push_tail (ready, GUINT_TO_POINTER (i));

  while (!g_queue_is_empty (ready))
    {
      guint v = GPOINTER_TO_UINT (g_queue_pop_head (ready));
      GArray *succ = g_ptr_array_index (out, v);

      g_array_append_val (order, v);
      for (guint j = 0; j < succ->len; j++)
        {
          guint w = g_array_index (succ, guint, j);

          if (--in_degree[w] == 0)
            g_queue_push_tail (ready, GUINT_TO_POINTER (w));
        }
    }

  if (order->len < n)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_CYCLE,
                   _("The dependencies of these steps go round in a circle: remove one of them in the catalogue."));
      return NULL;
    }

  return g_steal_pointer (&order);
}

static void
period_bounds (LtRecurrence  recurrence,
               const GDate  *inside,
               GDate        *first,
               GDate        *next)
{
  GDateYear year = g_date_get_year (inside);
  GDateMonth month = g_date_get_month (inside);

  g_date_clear (first, 1);
  switch (recurrence)
    {
    case LT_RECURRENCE_MONTHLY:
      g_date_set_dmy (first, 1, month, year);
      *next = *first;
      g_date_add_months (next, 1);
      break;

    case LT_RECURRENCE_QUARTERLY:
      g_date_set_dmy (first, 1, ((month - 1) / 3) * 3 + 1, year);
      *next = *first;
      g_date_add_months (next, 3);
      break;

    case LT_RECURRENCE_YEARLY:
      g_date_set_dmy (first, 1, G_DATE_JANUARY, year);
      *next = *first;
      g_date_add_years (next, 1);
      break;

    case LT_RECURRENCE_NONE:
    default:
      g_assert_not_reached ();
    }
}

static char *
period_name (LtRecurrence  recurrence,
             const GDate  *first)
{
  guint year = g_date_get_year (first);
  guint month = g_date_get_month (first);

  switch (recurrence)
    {
    case LT_RECURRENCE_MONTHLY:
      return g_strdup_printf ("%04u-%02u", year, month);
    case LT_RECURRENCE_QUARTERLY:
      return g_strdup_printf ("%04u-Q%u", year, (month - 1) / 3 + 1);
    case LT_RECURRENCE_YEARLY:
      return g_strdup_printf ("%04u", year);
    case LT_RECURRENCE_NONE:
    default:
      return g_strdup ("");
    }
}

guint
lt_schedule_count_periods (LtRecurrence  recurrence,
                           const GDate  *start,
                           const GDate  *end)
{
  GDate first, next;
  guint n = 0;

  g_return_val_if_fail (start != NULL && g_date_valid (start), 0);
  g_return_val_if_fail (end != NULL && g_date_valid (end), 0);

  if (g_date_compare (end, start) < 0)
    return 0;
  if (recurrence == LT_RECURRENCE_NONE)
    return 1;

  period_bounds (recurrence, start, &first, &next);
  while (g_date_compare (&first, end) <= 0)
    {
      n++;
      period_bounds (recurrence, &next, &first, &next);
    }

  return n;
}

/**
 * lt_schedule_plan:
 * @steps: (array length=n_steps): the steps of one prestation
 * @links: (array length=n_links): their dependencies
 * @recurrence: the prestation's périodicité
 * @start: the assignment's start
 * @end: the assignment's end
 *
 * Schedules the steps of one assigned prestation. A step without
 * predecessor starts on the chain's start (rolled to a working day); one
 * with predecessors starts on the latest of their due dates plus the
 * link's lag; a step is due its délai after its start (no délai: the day
 * it starts). A recurring prestation yields one chain per period (month,
 * quarter, year) that meets [@start, @end], starting on the later of the
 * period's first day and @start; links stay inside each chain.
 *
 * Returns: (transfer full) (element-type LtScheduledTask): the tasks, chain
 *   after chain, steps in the order given: task `chain * n_steps + i` is
 *   step `i` of that chain. %NULL with %LT_ERROR_CYCLE or
 *   %LT_ERROR_UNKNOWN_STEP.
 */
GArray *
lt_schedule_plan (const LtScheduleStep *steps,
                  guint                 n_steps,
                  const LtScheduleLink *links,
                  guint                 n_links,
                  LtRecurrence          recurrence,
                  const GDate          *start,
                  const GDate          *end,
                  GError              **error)
{
  g_autoptr(GArray) edges = NULL;
  g_autoptr(GArray) order = NULL;
  g_autoptr(GArray) result = NULL;
  guint n_chains;
  GDate first, next;

  g_return_val_if_fail (steps != NULL || n_steps == 0, NULL);
  g_return_val_if_fail (links != NULL || n_links == 0, NULL);
  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);
  g_return_val_if_fail (end != NULL && g_date_valid (end), NULL);

  edges = edges_from_links (n_steps > 0 ? &steps[0].id : NULL, sizeof (LtScheduleStep), n_steps, links, n_links, error);
  if (edges == NULL)
    return NULL;
  order = topological_order (n_steps, edges, error);
  if (order == NULL)
    return NULL;

  n_chains = lt_schedule_count_periods (recurrence, start, end);
  result = g_array_sized_new (FALSE, TRUE, sizeof (LtScheduledTask), n_chains * n_steps);
  g_array_set_clear_func (result, scheduled_task_clear);
  g_array_set_size (result, n_chains * n_steps);

  if (recurrence != LT_RECURRENCE_NONE)
    period_bounds (recurrence, start, &first, &next);

  for (guint c = 0; c < n_chains; c++)
    {
      LtScheduledTask *chain = &g_array_index (result, LtScheduledTask, c * n_steps);
      g_autofree char *period = NULL;
      GDate chain_start = *start;

      if (recurrence != LT_RECURRENCE_NONE)
        {
          if (g_date_compare (&first, start) > 0)
            chain_start = first;
          period = period_name (recurrence, &first);
          period_bounds (recurrence, &next, &first, &next);
        }
      lt_working_days_roll_forward (&chain_start);

      for (guint k = 0; k < order->len; k++)
        {
          guint i = g_array_index (order, guint, k);
          LtScheduledTask *task = &chain[i];

          task->step_index = i;
          task->chain = c;
          task->period = g_strdup (period != NULL ? period : "");
          task->start = chain_start;

          /* Predecessors come earlier in the topological order: done. */
          for (guint j = 0; j < edges->len; j++)
            {
              const Edge *e = &g_array_index (edges, Edge, j);
              GDate candidate;

              if (e->to != i)
                continue;
              candidate = chain[e->from].due;
              lt_working_days_add (&candidate, e->lag);
              if (g_date_compare (&candidate, &task->start) > 0)
                task->start = candidate;
            }

          task->due = task->start;
          lt_working_days_add (&task->due, MAX (steps[i].delay_days, 0));
          task->late = g_date_compare (&task->due, end) > 0;
        }
    }

  return g_steal_pointer (&result);
}

/**
 * lt_schedule_period_to_display:
 * @period: (nullable): a period as lt_schedule_plan() names it
 *
 * Returns: (transfer full): the period for a user: « mars 2027 »,
 *   « T1 2027 », « 2027 »; "" for none.
 */
char *
lt_schedule_period_to_display (const char *period)
{
  unsigned year, part;
  char tail;

  if (period == NULL || *period == '\0')
    return g_strdup ("");

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
 * lt_schedule_reschedule:
 * @tasks: (array length=n_tasks): tasks of the suivi with their current dates
 * @links: (array length=n_links): their dependencies
 * @changed_id: the task whose due date moves (done late, or moved by hand)
 * @new_due: its new due date
 *
 * Computes which successors of @changed_id move, and by how much, without
 * changing anything: each task downstream that is not done starts on the
 * latest of its predecessors' due dates plus lag (their new dates for those
 * that move) and keeps its length in working days. Successors move earlier
 * too when the date moves earlier. Done tasks never move.
 *
 * Returns: (transfer full) (element-type LtScheduleMove): the successors
 *   that move, in dependency order; the changed task is not listed.
 */
GArray *
lt_schedule_reschedule (const LtScheduleTask *tasks,
                        guint                 n_tasks,
                        const LtScheduleLink *links,
                        guint                 n_links,
                        gint64                changed_id,
                        const GDate          *new_due,
                        GError              **error)
{
  g_autoptr(GArray) edges = NULL;
  g_autoptr(GArray) order = NULL;
  g_autoptr(GArray) moves = NULL;
  g_autofree GDate *start = NULL;
  g_autofree GDate *due = NULL;
  g_autofree gboolean *downstream = NULL;
  guint changed = G_MAXUINT;

  g_return_val_if_fail (tasks != NULL || n_tasks == 0, NULL);
  g_return_val_if_fail (new_due != NULL && g_date_valid (new_due), NULL);

  for (guint i = 0; i < n_tasks; i++)
    if (tasks[i].id == changed_id)
      changed = i;

  if (changed == G_MAXUINT)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                   _("This task no longer exists: reload the suivi des tâches."));
      return NULL;
    }

  edges = edges_from_links (&tasks[0].id, sizeof (LtScheduleTask), n_tasks, links, n_links, error);
  if (edges == NULL)
    return NULL;
  order = topological_order (n_tasks, edges, error);
  if (order == NULL)
    return NULL;

  start = g_new (GDate, n_tasks);
  due = g_new (GDate, n_tasks);
  downstream = g_new0 (gboolean, n_tasks);
  for (guint i = 0; i < n_tasks; i++)
    {
      start[i] = tasks[i].start;
      due[i] = tasks[i].due;
    }
  due[changed] = *new_due;
  downstream[changed] = TRUE;

  moves = g_array_new (FALSE, FALSE, sizeof (LtScheduleMove));

  for (guint k = 0; k < order->len; k++)
    {
      guint i = g_array_index (order, guint, k);
      GDate old_constraint, new_constraint, new_start;
      int length;

      if (i == changed || tasks[i].done)
        continue;

      for (guint j = 0; j < edges->len; j++)
        {
          const Edge *e = &g_array_index (edges, Edge, j);
          if (e->to == i && downstream[e->from])
            downstream[i] = TRUE;
        }
      if (!downstream[i])
        continue;

      g_date_clear (&old_constraint, 1);
      g_date_clear (&new_constraint, 1);
      for (guint j = 0; j < edges->len; j++)
        {
          const Edge *e = &g_array_index (edges, Edge, j);
          GDate candidate;

          if (e->to != i)
            continue;

          candidate = tasks[e->from].due;
          lt_working_days_add (&candidate, e->lag);
          if (!g_date_valid (&old_constraint) || g_date_compare (&candidate, &old_constraint) > 0)
            old_constraint = candidate;

          candidate = due[e->from];
          lt_working_days_add (&candidate, e->lag);
          if (!g_date_valid (&new_constraint) || g_date_compare (&candidate, &new_constraint) > 0)
            new_constraint = candidate;
        }
      g_assert (g_date_valid (&new_constraint));

      /* A task that waited exactly on its predecessors follows them both
       * ways; one given slack by hand only moves when pushed. */
      if (g_date_compare (&tasks[i].start, &old_constraint) == 0 ||
          g_date_compare (&new_constraint, &tasks[i].start) > 0)
        new_start = new_constraint;
      else
        new_start = tasks[i].start;

      if (g_date_compare (&new_start, &start[i]) == 0)
        continue;

      length = lt_working_days_count (&tasks[i].start, &tasks[i].due);
      start[i] = new_start;
      due[i] = new_start;
      lt_working_days_add (&due[i], MAX (length, 0));

      {
        LtScheduleMove move = {
          .id = tasks[i].id,
          .index = i,
          .old_start = tasks[i].start,
          .old_due = tasks[i].due,
          .new_start = start[i],
          .new_due = due[i],
          .shift_days = lt_working_days_count (&tasks[i].due, &due[i]),
        };
        g_array_append_val (moves, move);
      }
    }

  return g_steal_pointer (&moves);
}
