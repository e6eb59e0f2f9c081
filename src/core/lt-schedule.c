/* lt-schedule.c: forward pass over the links, recurring chains, rescheduling */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-schedule"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-schedule.h"
#include "lt-working-days.h"

/* A link between node indices. */
typedef struct {
  guint from;
  guint to;
  int   lag;
} Edge;

/* The links grouped by the node they lead to, built once (compressed rows):
 * the predecessors of node i are edges[first[i]] … edges[first[i + 1] - 1].
 * Scheduling then reads each link once instead of every link per node. */
typedef struct {
  guint *first;   /* n + 1 offsets */
  Edge  *edges;   /* sorted by .to */
} Predecessors;

static void
predecessors_clear (Predecessors *p)
{
  g_clear_pointer (&p->first, g_free);
  g_clear_pointer (&p->edges, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Predecessors, predecessors_clear)

static void
predecessors_init (Predecessors *p,
                   guint         n,
                   const GArray *edges)
{
  g_autofree guint *fill = g_new0 (guint, n + 1);

  p->first = g_new0 (guint, n + 1);
  p->edges = g_new (Edge, MAX (edges->len, 1));

  for (guint i = 0; i < edges->len; i++)
    p->first[g_array_index (edges, Edge, i).to + 1]++;
  for (guint i = 0; i < n; i++)
    p->first[i + 1] += p->first[i];
  for (guint i = 0; i < edges->len; i++)
    {
      const Edge *e = &g_array_index (edges, Edge, i);
      p->edges[p->first[e->to] + fill[e->to]++] = *e;
    }
}

/* The same rows, numbered by topological position: row k holds the
 * predecessors of node order[k], each as its own position. A pass in
 * order then reads only recent positions (a step's predecessors are close
 * before it in the order), whatever the order the steps were given in. */
static void
predecessors_init_ordered (Predecessors *p,
                           guint         n,
                           const GArray *edges,
                           const GArray *order)
{
  g_autofree guint *pos = g_new (guint, MAX (n, 1));
  g_autoptr(GArray) renumbered = g_array_sized_new (FALSE, FALSE, sizeof (Edge), edges->len);

  for (guint k = 0; k < n; k++)
    pos[g_array_index (order, guint, k)] = k;
  for (guint i = 0; i < edges->len; i++)
    {
      Edge e = g_array_index (edges, Edge, i);

      e.from = pos[e.from];
      e.to = pos[e.to];
      g_array_append_val (renumbered, e);
    }
  predecessors_init (p, n, renumbered);
}

/* Maps ids to indices: a direct table when the ids are dense (database
 * ids of one prestation's steps or one project's tasks usually are), a hash
 * table otherwise. */
typedef struct {
  gint64      min;
  guint64     span;
  guint      *direct;   /* index + 1 per id - min, 0 for none */
  GHashTable *hash;
} IdIndex;

static void
id_index_clear (IdIndex *x)
{
  g_clear_pointer (&x->direct, g_free);
  g_clear_pointer (&x->hash, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (IdIndex, id_index_clear)

static void
id_index_init (IdIndex      *x,
               const gint64 *ids,
               gsize         stride,
               guint         n)
{
  gint64 min = G_MAXINT64, max = G_MININT64;

  memset (x, 0, sizeof *x);
  for (guint i = 0; i < n; i++)
    {
      gint64 id = *(const gint64 *) ((const char *) ids + i * stride);
      min = MIN (min, id);
      max = MAX (max, id);
    }

  if (n > 0 && (guint64) (max - min) < 8 * (guint64) n + 1024)
    {
      x->min = min;
      x->span = (guint64) (max - min) + 1;
      x->direct = g_new0 (guint, x->span);
      for (guint i = 0; i < n; i++)
        x->direct[*(const gint64 *) ((const char *) ids + i * stride) - min] = i + 1;
      return;
    }

  x->hash = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < n; i++)
    g_hash_table_insert (x->hash, (gpointer) ((const char *) ids + i * stride), GUINT_TO_POINTER (i + 1));
}

/* index + 1, or 0 for an unknown id */
static inline guint
id_index_lookup (const IdIndex *x,
                 gint64         id)
{
  if (x->direct != NULL)
    return id >= x->min && (guint64) (id - x->min) < x->span ? x->direct[id - x->min] : 0;
  if (x->hash != NULL)
    return GPOINTER_TO_UINT (g_hash_table_lookup (x->hash, &id));
  return 0;
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
  g_auto(IdIndex) index = { 0, };
  g_autoptr(GArray) edges = g_array_sized_new (FALSE, FALSE, sizeof (Edge), n_links);

  id_index_init (&index, ids, stride, n);

  for (guint i = 0; i < n_links; i++)
    {
      guint from = id_index_lookup (&index, links[i].from_id);
      guint to = id_index_lookup (&index, links[i].to_id);
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

/* Kahn's algorithm; stable (input order among ready nodes). O(V + E):
 * successors in compressed rows, a ring of ready nodes. */
static GArray *
topological_order (guint          n,
                   const GArray  *edges,
                   GError       **error)
{
  g_autofree guint *in_degree = g_new0 (guint, n);
  g_autofree guint *first = g_new0 (guint, n + 1);
  g_autofree guint *fill = g_new0 (guint, n + 1);
  g_autofree guint *succ = g_new (guint, MAX (edges->len, 1));
  g_autoptr(GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  guint head = 0;

  for (guint i = 0; i < edges->len; i++)
    {
      const Edge *e = &g_array_index (edges, Edge, i);

      first[e->from + 1]++;
      in_degree[e->to]++;
    }
  for (guint i = 0; i < n; i++)
    first[i + 1] += first[i];
  for (guint i = 0; i < edges->len; i++)
    {
      const Edge *e = &g_array_index (edges, Edge, i);
      succ[first[e->from] + fill[e->from]++] = e->to;
    }

  /* @order doubles as the queue: nodes are appended when ready */
  for (guint i = 0; i < n; i++)
    if (in_degree[i] == 0)
      g_array_append_val (order, i);

  while (head < order->len)
    {
      guint v = g_array_index (order, guint, head++);

      for (guint j = first[v]; j < first[v + 1]; j++)
        if (--in_degree[succ[j]] == 0)
          g_array_append_val (order, succ[j]);
    }

  if (order->len < n)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_CYCLE,
                   _("The dependencies of these steps go round in a circle: remove one of them in the catalogue."));
      return NULL;
    }

  return g_steal_pointer (&order);
}

/* The day @month/@day of @year; 29 February is the 28th in other years. */
static void
closing_in_year (guint    month,
                 guint    day,
                 guint    year,
                 GDate   *date)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, MIN (day, g_date_get_days_in_month (month, year)), month, year);
}

/**
 * lt_schedule_period_bounds:
 * @recurrence: a périodicité other than %LT_RECURRENCE_NONE
 * @closing: (nullable): the client's clôture "MM-DD" for yearly periods;
 *   %NULL or unreadable: "12-31"
 * @inside: a day
 * @first: (out caller-allocates): the period's first day
 * @last: (out caller-allocates): the period's last day
 *
 * The period that contains @inside: its calendar month or quarter, or its
 * exercice (the day after a clôture to the next clôture).
 */
void
lt_schedule_period_bounds (LtRecurrence  recurrence,
                           const char   *closing,
                           const GDate  *inside,
                           GDate        *first,
                           GDate        *last)
{
  GDateYear year = g_date_get_year (inside);
  GDateMonth month = g_date_get_month (inside);
  guint close_month = 12, close_day = 31;

  g_return_if_fail (inside != NULL && g_date_valid (inside));
  g_return_if_fail (first != NULL && last != NULL);

  g_date_clear (first, 1);
  switch (recurrence)
    {
    case LT_RECURRENCE_MONTHLY:
      g_date_set_dmy (first, 1, month, year);
      *last = *first;
      g_date_add_months (last, 1);
      g_date_subtract_days (last, 1);
      break;

    case LT_RECURRENCE_QUARTERLY:
      g_date_set_dmy (first, 1, ((month - 1) / 3) * 3 + 1, year);
      *last = *first;
      g_date_add_months (last, 3);
      g_date_subtract_days (last, 1);
      break;

    case LT_RECURRENCE_YEARLY:
      if (!lt_date_parse_month_day (closing, &close_month, &close_day))
        close_month = 12, close_day = 31;
      closing_in_year (close_month, close_day, year, last);
      if (g_date_compare (inside, last) > 0)
        closing_in_year (close_month, close_day, year + 1, last);
      closing_in_year (close_month, close_day, g_date_get_year (last) - 1, first);
      g_date_add_days (first, 1);
      break;

    case LT_RECURRENCE_NONE:
    default:
      g_return_if_reached ();
    }
}

static char *
period_name (LtRecurrence  recurrence,
             const GDate  *first,
             const GDate  *last)
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
      return lt_date_to_iso (last);
    case LT_RECURRENCE_NONE:
    default:
      return g_strdup ("");
    }
}

/* The periods an assignment covers: the one in progress on @start, then
 * every following one that has ended by @end. The work of a period is
 * done once it is over, so a period belongs to the assignment in which it
 * ends; the period in progress at the start always counts, so that a bilan
 * assigned in December for a clôture in June is that exercice's bilan.
 * Returns the last days of the periods (GDate). */
static GArray *
covered_periods (LtRecurrence  recurrence,
                 const char   *closing,
                 const GDate  *start,
                 const GDate  *end)
{
  GArray *lasts = g_array_new (FALSE, FALSE, sizeof (GDate));
  GDate first, last;

  if (g_date_compare (end, start) < 0)
    return lasts;

  lt_schedule_period_bounds (recurrence, closing, start, &first, &last);
  do
    {
      GDate next = last;

      g_array_append_val (lasts, last);
      g_date_add_days (&next, 1);
      lt_schedule_period_bounds (recurrence, closing, &next, &first, &last);
    }
  while (g_date_compare (&last, end) <= 0);

  return lasts;
}

/**
 * lt_schedule_count_periods:
 *
 * Returns: how many chains a prestation of @recurrence assigned from
 *   @start to @end yields (see lt_schedule_plan_for_client()), for a clôture
 *   on 31/12.
 */
guint
lt_schedule_count_periods (LtRecurrence  recurrence,
                           const GDate  *start,
                           const GDate  *end)
{
  g_autoptr(GArray) lasts = NULL;

  g_return_val_if_fail (start != NULL && g_date_valid (start), 0);
  g_return_val_if_fail (end != NULL && g_date_valid (end), 0);

  if (g_date_compare (end, start) < 0)
    return 0;
  if (recurrence == LT_RECURRENCE_NONE)
    return 1;

  lasts = covered_periods (recurrence, NULL, start, end);
  return lasts->len;
}

/* One chain: the steps in @order from @chain_start (Julian days, a working
 * day); a step counted from the period's end is due its délai after
 * @period_last (0: none), not before its start. @due is scratch space for
 * the chain's due dates. */
static void
plan_chain (LtScheduledTask      *chain,
            const LtScheduleStep *steps,
            const Predecessors   *preds,
            const GArray         *order,
            guint                 c,
            const char           *period,
            guint32               chain_start,
            guint32               period_last,
            guint32               end,
            guint32              *due)
{
  for (guint k = 0; k < order->len; k++)
    {
      guint i = g_array_index (order, guint, k);
      LtScheduledTask *task = &chain[i];
      guint32 start = chain_start;

      /* Predecessors come earlier in the topological order: done. Rows
       * and @due are by position in the order. */
      for (guint j = preds->first[k]; j < preds->first[k + 1]; j++)
        {
          const Edge *e = &preds->edges[j];
          guint32 candidate = e->lag > 0 ? lt_working_days_add_julian (due[e->from], e->lag) : due[e->from];

          start = MAX (start, candidate);
        }

      if (steps[i].from_period_end && period_last != 0)
        {
          guint32 d = lt_working_days_next_julian (period_last);

          for (int n = steps[i].delay_days; n > 1; n--)
            d = lt_working_days_next_julian (d);
          due[k] = MAX (d, start);
        }
      else
        due[k] = steps[i].delay_days > 0 ? lt_working_days_add_julian (start, steps[i].delay_days) : start;

      task->step_index = i;
      task->chain = c;
      task->period = period;
      g_date_clear (&task->start, 1);
      g_date_set_julian (&task->start, start);
      g_date_clear (&task->due, 1);
      g_date_set_julian (&task->due, due[k]);
      task->late = due[k] > end;
    }
}

/**
 * lt_schedule_plan_for_client:
 * @steps: (array length=n_steps): the steps of one prestation
 * @links: (array length=n_links): their dependencies
 * @recurrence: the prestation's périodicité
 * @closing: (nullable): the client's clôture "MM-DD" (%NULL: 31/12)
 * @start: the assignment's start
 * @end: the assignment's end
 *
 * Schedules the steps of one assigned prestation. A prestation that does
 * not recur makes one chain from @start (rolled to a working day). A
 * recurring one makes one chain per period it covers: the period (month,
 * quarter, or exercice closing on @closing) in progress on @start, then
 * each following one that ends by @end; a period's chain starts on the
 * first working day after the period is over.
 *
 * In a chain, a step without predecessor starts on the chain's start; one
 * with predecessors on the latest of their due dates plus the link's lag. A
 * step is due its délai after its start (no délai: the day it starts);
 * in a recurring chain, a step marked from_period_end is due its délai in
 * working days after the period's last day (the comptes annuels N days
 * after the clôture), or on its start if that is later.
 *
 * Returns: (transfer full) (element-type LtScheduledTask): the tasks, chain
 *   after chain, steps in the order given: task `chain * n_steps + i` is
 *   step `i` of that chain. %NULL with %LT_ERROR_CYCLE or
 *   %LT_ERROR_UNKNOWN_STEP.
 */
GArray *
lt_schedule_plan_for_client (const LtScheduleStep *steps,
                             guint                 n_steps,
                             const LtScheduleLink *links,
                             guint                 n_links,
                             LtRecurrence          recurrence,
                             const char           *closing,
                             const GDate          *start,
                             const GDate          *end,
                             GError              **error)
{
  g_autoptr(GArray) edges = NULL;
  g_autoptr(GArray) order = NULL;
  g_autoptr(GArray) result = NULL;
  g_autoptr(GArray) lasts = NULL;
  g_auto(Predecessors) preds = { NULL, NULL };
  g_autofree guint32 *due = NULL;
  guint n_chains;

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
  predecessors_init_ordered (&preds, n_steps, edges, order);

  if (g_date_compare (end, start) < 0)
    n_chains = 0;
  else if (recurrence == LT_RECURRENCE_NONE)
    n_chains = 1;
  else
    {
      lasts = covered_periods (recurrence, closing, start, end);
      n_chains = lasts->len;
    }

  result = g_array_sized_new (FALSE, FALSE, sizeof (LtScheduledTask), n_chains * n_steps);
  g_array_set_size (result, n_chains * n_steps);
  due = g_new (guint32, MAX (n_steps, 1));

  for (guint c = 0; c < n_chains; c++)
    {
      LtScheduledTask *chain = &g_array_index (result, LtScheduledTask, c * n_steps);
      g_autofree char *period = NULL;
      GDate chain_start = *start;
      const GDate *last = NULL;

      if (recurrence != LT_RECURRENCE_NONE)
        {
          GDate first, period_last;

          last = &g_array_index (lasts, GDate, c);
          lt_schedule_period_bounds (recurrence, closing, last, &first, &period_last);
          period = period_name (recurrence, &first, last);
          chain_start = *last;
          lt_working_days_next (&chain_start);
        }
      else
        lt_working_days_roll_forward (&chain_start);

      plan_chain (chain, steps, &preds, order, c, period != NULL ? g_intern_string (period) : "",
                  g_date_get_julian (&chain_start), last != NULL ? g_date_get_julian (last) : 0,
                  g_date_get_julian (end), due);
    }

  return g_steal_pointer (&result);
}

/**
 * lt_schedule_plan:
 *
 * lt_schedule_plan_for_client() for a client whose exercice closes on 31/12.
 *
 * Returns: (transfer full) (element-type LtScheduledTask): the tasks
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
  return lt_schedule_plan_for_client (steps, n_steps, links, n_links, recurrence, NULL, start, end, error);
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
  g_auto(Predecessors) preds = { NULL, NULL };
  guint changed = G_MAXUINT;

  g_return_val_if_fail (tasks != NULL || n_tasks == 0, NULL);
  g_return_val_if_fail (new_due != NULL && g_date_valid (new_due), NULL);

  for (guint i = 0; i < n_tasks && changed == G_MAXUINT; i++)
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
  predecessors_init (&preds, n_tasks, edges);

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

      for (guint j = preds.first[i]; j < preds.first[i + 1] && !downstream[i]; j++)
        if (downstream[preds.edges[j].from])
          downstream[i] = TRUE;
      if (!downstream[i])
        continue;

      g_date_clear (&old_constraint, 1);
      g_date_clear (&new_constraint, 1);
      for (guint j = preds.first[i]; j < preds.first[i + 1]; j++)
        {
          const Edge *e = &preds.edges[j];
          GDate candidate;

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
