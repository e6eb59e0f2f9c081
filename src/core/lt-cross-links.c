/* lt-cross-links.c: which chains a link across prestations joins, and the dates it pushes */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cross-links"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "lt-cross-links.h"
#include "lt-error.h"
#include "lt-working-days.h"

/**
 * lt_cross_links_period_end:
 * @period: a chain's period: "2027-03", "2027-Q1", "2027-06-30" (an
 *   exercice's clôture) or "2027" (older rows); "" for no period
 * @end: (out): its last day
 *
 * Returns: whether @period names a period
 */
gboolean
lt_cross_links_period_end (const char *period,
                           GDate      *end)
{
  guint64 year = 0, month = 0, day = 0;
  size_t len = period != NULL ? strlen (period) : 0;
  char year_text[5] = { 0 }, month_text[3] = { 0 };

  g_date_clear (end, 1);

  if (len >= 4)
    memcpy (year_text, period, 4);
  if (len >= 7)
    memcpy (month_text, period + 5, 2);
  if (len < 4 || !g_ascii_string_to_unsigned (year_text, 10, 1, 9999, &year, NULL))
    return FALSE;

  if (len == 4)
    month = 12;
  else if (len == 7 && period[4] == '-' && period[5] == 'Q' &&
           period[6] >= '1' && period[6] <= '4')
    month = (guint64) (period[6] - '0') * 3;
  else if ((len == 7 || len == 10) && period[4] == '-' &&
           g_ascii_string_to_unsigned (month_text, 10, 1, 12, &month, NULL))
    {
      if (len == 10 &&
          (period[7] != '-' ||
           !g_ascii_string_to_unsigned (period + 8, 10, 1, 31, &day, NULL) ||
           !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year)))
        return FALSE;
    }
  else
    return FALSE;

  if (day == 0)
    day = g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
  g_date_set_dmy (end, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* Which tasks of @from a task of period @to_period waits on: every one
 * when either has no period; else those of the same period, or failing
 * that those of the latest period that ends by the end of @to_period. */
static void
match_one (const LtCrossTask *tasks,
           GArray            *from,
           guint              to,
           int                lag,
           GArray            *edges)
{
  const LtCrossTask *t = &tasks[to];
  GDate to_end, best;
  gboolean to_has_period = lt_cross_links_period_end (t->period, &to_end);
  gboolean same = FALSE;

  g_date_clear (&best, 1);

  for (guint k = 0; k < from->len; k++)
    {
      const LtCrossTask *f = &tasks[g_array_index (from, guint, k)];
      GDate f_end;

      if (!to_has_period || !lt_cross_links_period_end (f->period, &f_end))
        continue;
      if (g_strcmp0 (f->period, t->period) == 0)
        same = TRUE;
      else if (g_date_compare (&f_end, &to_end) <= 0 &&
               (!g_date_valid (&best) || g_date_compare (&f_end, &best) > 0))
        best = f_end;
    }

  for (guint k = 0; k < from->len; k++)
    {
      guint i = g_array_index (from, guint, k);
      const LtCrossTask *f = &tasks[i];
      GDate f_end;
      gboolean take;

      if (i == to)
        continue;
      if (!to_has_period || !lt_cross_links_period_end (f->period, &f_end))
        take = TRUE;
      else if (same)
        take = g_strcmp0 (f->period, t->period) == 0;
      else
        take = g_date_valid (&best) && g_date_compare (&f_end, &best) == 0;

      if (take)
        {
          LtCrossEdge e = { .from = i, .to = to, .lag = MAX (lag, 0) };
          g_array_append_val (edges, e);
        }
    }
}

/**
 * lt_cross_links_match:
 * @tasks: (array length=n_tasks): the tasks a project will create
 * @links: (array length=n_links): links between steps of different prestations
 *
 * A yearly chain waits on the chain of the same exercice; a chain of a
 * shorter or different period waits on the latest chain of the other
 * prestation whose period ends by the end of its own; a prestation that
 * does not recur waits on (or is waited on by) every chain of the other.
 * A link whose steps are not both in @tasks joins nothing.
 *
 * Returns: (transfer full) (element-type LtCrossEdge): the links between tasks
 */
GArray *
lt_cross_links_match (const LtCrossTask *tasks,
                      guint              n_tasks,
                      const LtCrossLink *links,
                      guint              n_links)
{
  g_autoptr(GHashTable) by_step = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                         (GDestroyNotify) g_array_unref);
  GArray *edges = g_array_new (FALSE, FALSE, sizeof (LtCrossEdge));

  g_return_val_if_fail (tasks != NULL || n_tasks == 0, edges);

  for (guint i = 0; i < n_tasks; i++)
    {
      GArray *list = g_hash_table_lookup (by_step, &tasks[i].step_id);

      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (by_step, (gpointer) &tasks[i].step_id, list);
        }
      g_array_append_val (list, i);
    }

  for (guint l = 0; l < n_links; l++)
    {
      GArray *from = g_hash_table_lookup (by_step, &links[l].from_step_id);
      GArray *to = g_hash_table_lookup (by_step, &links[l].to_step_id);

      if (from == NULL || to == NULL)
        continue;
      for (guint k = 0; k < to->len; k++)
        match_one (tasks, from, g_array_index (to, guint, k), links[l].lag_days, edges);
    }

  return edges;
}

/**
 * lt_cross_links_set_cycle_error:
 * @names: (array length=n_names): the steps of the cycle, in order
 *
 * Sets %LT_ERROR_CYCLE naming the cycle « A → B → A ».
 */
void
lt_cross_links_set_cycle_error (GError             **error,
                                const char * const  *names,
                                guint                n_names)
{
  g_autoptr(GString) path = g_string_new (NULL);

  for (guint i = 0; i < n_names; i++)
    {
      if (i > 0)
        g_string_append (path, " → ");
      g_string_append (path, names[i]);
    }
  if (n_names > 0)
    g_string_append_printf (path, " → %s", names[0]);

  g_set_error (error, LT_ERROR, LT_ERROR_CROSS_LINK_CYCLE,
               _("These links between prestations go round in a circle (%s): remove one of them."),
               path->str);
}

/* Some cycle among the nodes left by Kahn's order (in-degree > 0): walk
 * back along predecessors that are left until a node comes again. */
static void
cycle_error (const LtCrossTask *tasks,
             guint              n_tasks,
             const LtCrossEdge *edges,
             guint              n_edges,
             const guint       *in_degree,
             GError           **error)
{
  g_autofree guint *seen_at = g_new (guint, n_tasks);
  g_autoptr(GArray) walk = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint v = 0, start;

  for (guint i = 0; i < n_tasks; i++)
    seen_at[i] = G_MAXUINT;
  while (v < n_tasks && in_degree[v] == 0)
    v++;
  g_assert (v < n_tasks);

  while (seen_at[v] == G_MAXUINT)
    {
      seen_at[v] = walk->len;
      g_array_append_val (walk, v);
      for (guint j = 0; j < n_edges; j++)
        if (edges[j].to == v && in_degree[edges[j].from] > 0)
          {
            v = edges[j].from;
            break;
          }
    }

  /* the walk went backwards: name the cycle forwards */
  start = seen_at[v];
  for (guint k = walk->len; k > start; k--)
    g_ptr_array_add (names, (gpointer) tasks[g_array_index (walk, guint, k - 1)].title);
  lt_cross_links_set_cycle_error (error, (const char * const *) names->pdata, names->len);
}

/**
 * lt_cross_links_push:
 * @tasks: (array length=n_tasks): the tasks planned chain by chain; their
 *   dates change in place
 * @edges: (array length=n_edges): every link between them, those inside a
 *   chain and those across prestations
 *
 * Each task starts no earlier than its predecessors' due dates plus lag; one
 * that must start later moves, taking its délai (its planned length when
 * it has none) from its new start, and so do the tasks after it. Nothing moves earlier: the chains were planned
 * before. A task then due after its assignment's end is late.
 *
 * Returns: %FALSE with %LT_ERROR_CROSS_LINK_CYCLE when the links go round
 */
gboolean
lt_cross_links_push (LtCrossTask        *tasks,
                     guint               n_tasks,
                     const LtCrossEdge  *edges,
                     guint               n_edges,
                     GError            **error)
{
  g_autofree guint *in_degree = g_new0 (guint, n_tasks + 1);
  g_autofree guint *first = g_new0 (guint, n_tasks + 1);
  g_autofree guint *succ = g_new (guint, n_edges + 1);
  g_autofree guint *fill = NULL;
  g_autofree guint *pred_first = g_new0 (guint, n_tasks + 1);
  g_autofree guint *preds = g_new (guint, n_edges + 1);
  g_autoptr(GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_tasks);

  g_return_val_if_fail (tasks != NULL || n_tasks == 0, FALSE);

  /* successors and predecessors as compressed rows */
  for (guint j = 0; j < n_edges; j++)
    {
      g_return_val_if_fail (edges[j].from < n_tasks && edges[j].to < n_tasks, FALSE);
      first[edges[j].from + 1]++;
      pred_first[edges[j].to + 1]++;
      in_degree[edges[j].to]++;
    }
  for (guint i = 0; i < n_tasks; i++)
    {
      first[i + 1] += first[i];
      pred_first[i + 1] += pred_first[i];
    }
  fill = g_new0 (guint, 2 * (n_tasks + 1));
  for (guint j = 0; j < n_edges; j++)
    {
      succ[first[edges[j].from] + fill[edges[j].from]++] = j;
      preds[pred_first[edges[j].to] + fill[n_tasks + 1 + edges[j].to]++] = j;
    }

  for (guint i = 0; i < n_tasks; i++)
    if (in_degree[i] == 0)
      g_array_append_val (order, i);
  for (guint k = 0; k < order->len; k++)
    {
      guint v = g_array_index (order, guint, k);

      for (guint j = first[v]; j < first[v + 1]; j++)
        if (--in_degree[edges[succ[j]].to] == 0)
          g_array_append_val (order, edges[succ[j]].to);
    }

  if (order->len < n_tasks)
    {
      cycle_error (tasks, n_tasks, edges, n_edges, in_degree, error);
      return FALSE;
    }

  for (guint k = 0; k < order->len; k++)
    {
      guint v = g_array_index (order, guint, k);
      LtCrossTask *t = &tasks[v];
      GDate constraint;
      int length;

      g_date_clear (&constraint, 1);
      for (guint j = pred_first[v]; j < pred_first[v + 1]; j++)
        {
          const LtCrossEdge *e = &edges[preds[j]];
          GDate candidate = tasks[e->from].due;

          if (e->lag > 0)
            lt_working_days_add (&candidate, e->lag);
          if (!g_date_valid (&constraint) || g_date_compare (&candidate, &constraint) > 0)
            constraint = candidate;
        }

      if (!g_date_valid (&constraint) || g_date_compare (&constraint, &t->start) <= 0)
        continue;

      length = t->delay_days >= 0 ? t->delay_days : lt_working_days_count (&t->start, &t->due);
      t->start = constraint;
      t->due = constraint;
      if (length > 0)
        lt_working_days_add (&t->due, length);
      t->late = g_date_valid (&t->end) && g_date_compare (&t->due, &t->end) > 0;
    }

  return TRUE;
}

/**
 * lt_cross_links_find_path:
 * @links: (array length=n_links): every link between steps
 *
 * Returns: (transfer full) (nullable) (element-type gint64): the steps of a
 *   path from @from_step_id to @to_step_id, both included, or %NULL
 */
GArray *
lt_cross_links_find_path (const LtCrossLink *links,
                          guint              n_links,
                          gint64             from_step_id,
                          gint64             to_step_id)
{
  g_autoptr(GHashTable) parent = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *path;
  gint64 v;

  g_array_append_val (queue, from_step_id);
  g_hash_table_insert (parent, g_memdup2 (&from_step_id, sizeof (gint64)), g_memdup2 (&from_step_id, sizeof (gint64)));

  for (guint k = 0; k < queue->len; k++)
    {
      v = g_array_index (queue, gint64, k);
      if (v == to_step_id)
        break;
      for (guint j = 0; j < n_links; j++)
        if (links[j].from_step_id == v && !g_hash_table_contains (parent, &links[j].to_step_id))
          {
            g_hash_table_insert (parent, g_memdup2 (&links[j].to_step_id, sizeof (gint64)), g_memdup2 (&v, sizeof (gint64)));
            g_array_append_val (queue, links[j].to_step_id);
          }
    }

  if (!g_hash_table_contains (parent, &to_step_id))
    return NULL;

  path = g_array_new (FALSE, FALSE, sizeof (gint64));
  v = to_step_id;
  g_array_prepend_val (path, v);
  while (v != from_step_id)
    {
      v = *(gint64 *) g_hash_table_lookup (parent, &v);
      g_array_prepend_val (path, v);
    }

  return path;
}

/* ---- the links a project adds, until it is saved ------------------------ */

G_DEFINE_QUARK (lt-project-step-links, project_step_links)

/**
 * lt_project_set_step_links:
 * @links: (nullable) (element-type LtCrossLink): the links the project
 *   adds between steps of its assigned prestations; %NULL: those stored
 *
 * Saving the project (lt_store_project_save()) stores them in place of the
 * project's links and plans with them.
 */
void
lt_project_set_step_links (LtProject *project,
                           GArray    *links)
{
  g_return_if_fail (LT_IS_PROJECT (project));

  g_object_set_qdata_full (G_OBJECT (project), project_step_links_quark (),
                           links != NULL ? g_array_ref (links) : NULL,
                           (GDestroyNotify) g_array_unref);
}

/**
 * lt_project_get_step_links:
 *
 * Returns: (transfer none) (nullable) (element-type LtCrossLink): the links
 *   set on this object, or %NULL when the stored ones apply
 */
GArray *
lt_project_get_step_links (LtProject *project)
{
  g_return_val_if_fail (LT_IS_PROJECT (project), NULL);

  return g_object_get_qdata (G_OBJECT (project), project_step_links_quark ());
}
