/* lt-step-graph-links.c: the dependency links between steps, checked against cycles */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-step-graph"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-error.h"

#include "lt-step-graph-private.h"

/**
 * lt_step_graph_reaches:
 * @path: (out) (optional) (element-type guint): the uids from @from to @to
 *
 * Whether @to can be reached from @from following the links. O(V+E).
 */
gboolean
lt_step_graph_reaches (LtStepGraph  *self,
                       guint         from,
                       guint         to,
                       GArray      **path)
{
  g_autoptr(GPtrArray) stack = NULL;
  Node *start, *goal;
  guint gen;

  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), FALSE);

  start = lookup (self, from);
  goal = lookup (self, to);
  g_return_val_if_fail (start != NULL && goal != NULL, FALSE);

  gen = lt_step_graph_next_generation (self);
  stack = g_ptr_array_new ();
  start->mark = gen;
  start->parent = NULL;
  g_ptr_array_add (stack, start);

  while (stack->len > 0)
    {
      Node *node = g_ptr_array_steal_index_fast (stack, stack->len - 1);

      if (node == goal)
        {
          if (path != NULL)
            {
              GArray *result = g_array_new (FALSE, FALSE, sizeof (guint));

              for (Node *n = node; n != NULL; n = n->parent)
                g_array_prepend_val (result, n->pub.uid);
              *path = result;
            }
          return TRUE;
        }

      for (guint i = 0; i < node->out->len; i++)
        {
          Node *next = g_array_index (node->out, OutEdge, i).to;

          if (next->mark == gen)
            continue;
          next->mark = gen;
          next->parent = node;
          g_ptr_array_add (stack, next);
        }
    }

  return FALSE;
}

/**
 * lt_step_graph_check_link:
 *
 * Whether @to may depend on @from: not itself, not twice, no cycle. The
 * error names the steps and, for a cycle, its path (« T3 → T5 → T3 »).
 */
gboolean
lt_step_graph_check_link (LtStepGraph  *self,
                          guint         from,
                          guint         to,
                          int           lag_days,
                          GError      **error)
{
  g_autoptr(GArray) path = NULL;
  g_autofree char *from_label = NULL;
  g_autofree char *to_label = NULL;
  Node *a, *b;

  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), FALSE);

  a = lookup (self, from);
  b = lookup (self, to);
  if (a == NULL || b == NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_UNKNOWN_STEP,
                   _("This step no longer exists: reload the prestation."));
      return FALSE;
    }

  from_label = lt_step_graph_node_label (a);
  to_label = lt_step_graph_node_label (b);

  if (a == b)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_SELF_LINK,
                   _("%s cannot depend on itself: choose another step."),
                   from_label);
      return FALSE;
    }

  if (lag_days < 0 || lag_days > LT_STEP_GRAPH_MAX_LAG)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DEPENDENCY,
                   _("A lag of %d days is not possible: give a number of working days between 0 and %d."),
                   lag_days, LT_STEP_GRAPH_MAX_LAG);
      return FALSE;
    }

  if (find_out_edge (a, b) >= 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_DUPLICATE_LINK,
                   _("%s already depends on %s: change the lag of that link instead."),
                   to_label, from_label);
      return FALSE;
    }

  if (lt_step_graph_reaches (self, to, from, &path))
    {
      g_autofree char *cycle = NULL;

      g_array_prepend_val (path, from);
      cycle = lt_step_graph_format_path (self, path);
      g_set_error (error, LT_ERROR, LT_ERROR_CYCLE,
                   _("%s cannot depend on %s: that would make the cycle %s. Remove one of these dependencies first."),
                   to_label, from_label, cycle);
      return FALSE;
    }

  return TRUE;
}

void
lt_step_graph_add_link_unchecked (LtStepGraph *self,
                                  guint        from,
                                  guint        to,
                                  int          lag_days)
{
  OutEdge edge;
  Node *a, *b;

  g_return_if_fail (LT_IS_STEP_GRAPH (self));

  a = lookup (self, from);
  b = lookup (self, to);
  g_return_if_fail (a != NULL && b != NULL && a != b);

  edge.to = b;
  edge.lag_days = MAX (lag_days, 0);
  g_array_append_val (a->out, edge);
  g_ptr_array_add (b->in, a);
  self->n_links++;
  lt_step_graph_emit_changed (self);
}

gboolean
lt_step_graph_add_link (LtStepGraph  *self,
                        guint         from,
                        guint         to,
                        int           lag_days,
                        GError      **error)
{
  if (!lt_step_graph_check_link (self, from, to, lag_days, error))
    return FALSE;
  lt_step_graph_add_link_unchecked (self, from, to, lag_days);
  return TRUE;
}

gboolean
lt_step_graph_remove_link (LtStepGraph *self,
                           guint        from,
                           guint        to,
                           int         *lag_days)
{
  Node *a, *b;
  int e;

  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), FALSE);

  a = lookup (self, from);
  b = lookup (self, to);
  if (a == NULL || b == NULL)
    return FALSE;
  e = find_out_edge (a, b);
  if (e < 0)
    return FALSE;
  if (lag_days != NULL)
    *lag_days = g_array_index (a->out, OutEdge, e).lag_days;
  g_array_remove_index (a->out, e);
  g_ptr_array_remove (b->in, a);
  self->n_links--;
  lt_step_graph_emit_changed (self);
  return TRUE;
}

gboolean
lt_step_graph_has_link (LtStepGraph *self,
                        guint        from,
                        guint        to,
                        int         *lag_days)
{
  Node *a, *b;
  int e;

  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), FALSE);

  a = lookup (self, from);
  b = lookup (self, to);
  if (a == NULL || b == NULL)
    return FALSE;
  e = find_out_edge (a, b);
  if (e >= 0 && lag_days != NULL)
    *lag_days = g_array_index (a->out, OutEdge, e).lag_days;
  return e >= 0;
}

void
lt_step_graph_set_lag (LtStepGraph *self,
                       guint        from,
                       guint        to,
                       int          lag_days)
{
  Node *a, *b;
  int e;

  g_return_if_fail (LT_IS_STEP_GRAPH (self));

  a = lookup (self, from);
  b = lookup (self, to);
  g_return_if_fail (a != NULL && b != NULL);
  e = find_out_edge (a, b);
  g_return_if_fail (e >= 0);
  if (g_array_index (a->out, OutEdge, e).lag_days == lag_days)
    return;
  g_array_index (a->out, OutEdge, e).lag_days = lag_days;
  lt_step_graph_emit_changed (self);
}

/**
 * lt_step_graph_dup_links:
 *
 * Returns: (transfer full) (element-type LtGraphLink): every link, by the
 *   order of their source step
 */
GArray *
lt_step_graph_dup_links (LtStepGraph *self)
{
  GArray *links;

  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), NULL);

  links = g_array_sized_new (FALSE, FALSE, sizeof (LtGraphLink), self->n_links);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      Node *node = g_ptr_array_index (self->nodes, i);

      for (guint j = 0; j < node->out->len; j++)
        {
          OutEdge *edge = &g_array_index (node->out, OutEdge, j);
          LtGraphLink link = { node->pub.uid, edge->to->pub.uid, edge->lag_days };

          g_array_append_val (links, link);
        }
    }
  return links;
}

static int
compare_link_by_from_index (gconstpointer a,
                            gconstpointer b,
                            gpointer      user_data)
{
  LtStepGraph *self = user_data;
  Node *na = lookup (self, ((const LtGraphLink *) a)->from);
  Node *nb = lookup (self, ((const LtGraphLink *) b)->from);

  return (int) na->pub.index - (int) nb->pub.index;
}

/**
 * lt_step_graph_dup_predecessors:
 *
 * Returns: (transfer full) (element-type LtGraphLink): the links into @uid,
 *   by the order of their source step
 */
GArray *
lt_step_graph_dup_predecessors (LtStepGraph *self,
                                guint        uid)
{
  GArray *links;
  Node *node;

  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), NULL);

  node = lookup (self, uid);
  g_return_val_if_fail (node != NULL, NULL);

  links = g_array_sized_new (FALSE, FALSE, sizeof (LtGraphLink), node->in->len);
  for (guint i = 0; i < node->in->len; i++)
    {
      Node *pred = g_ptr_array_index (node->in, i);
      int e = find_out_edge (pred, node);
      LtGraphLink link = { pred->pub.uid, uid, g_array_index (pred->out, OutEdge, e).lag_days };

      g_array_append_val (links, link);
    }
  g_array_sort_with_data (links, compare_link_by_from_index, self);
  return links;
}

/**
 * lt_step_graph_dup_valid_targets:
 *
 * The steps that may depend on @from: neither itself, nor one already
 * depending on it, nor one it depends on (directly or not). O(V+E).
 *
 * Returns: (transfer full) (element-type guint): uids in step order
 */
GArray *
lt_step_graph_dup_valid_targets (LtStepGraph *self,
                                 guint        from)
{
  g_autoptr(GPtrArray) stack = NULL;
  GArray *targets;
  Node *start;
  guint gen;

  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), NULL);

  start = lookup (self, from);
  g_return_val_if_fail (start != NULL, NULL);

  /* Mark every step that reaches @from: linking to it would close a cycle. */
  gen = lt_step_graph_next_generation (self);
  stack = g_ptr_array_new ();
  start->mark = gen;
  g_ptr_array_add (stack, start);
  while (stack->len > 0)
    {
      Node *node = g_ptr_array_steal_index_fast (stack, stack->len - 1);

      for (guint i = 0; i < node->in->len; i++)
        {
          Node *pred = g_ptr_array_index (node->in, i);

          if (pred->mark != gen)
            {
              pred->mark = gen;
              g_ptr_array_add (stack, pred);
            }
        }
    }
  for (guint i = 0; i < start->out->len; i++)
    g_array_index (start->out, OutEdge, i).to->mark = gen;

  targets = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < self->nodes->len; i++)
    {
      Node *node = g_ptr_array_index (self->nodes, i);

      if (node->mark != gen)
        g_array_append_val (targets, node->pub.uid);
    }
  return targets;
}

