/* lt-step-graph-layout.c: whole-graph passes — cycles, order, layers, layout */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-step-graph"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-step-graph-private.h"

/* The graph copied into flat arrays indexed by list position (compressed
 * rows): the passes below then walk memory in order instead of chasing one
 * pointer per link, which keeps 100,000 steps as fast per step as 10,000. */
typedef struct {
  guint  n;
  guint *out_start;   /* n + 1 */
  guint *out;         /* successor indices */
  guint *in_start;    /* n + 1 */
  guint *in;          /* predecessor indices */
} Csr;

static void
csr_build (LtStepGraph *self,
           Csr         *csr,
           gboolean     with_in)
{
  guint n = self->nodes->len, k = 0;

  csr->n = n;
  csr->out_start = g_new (guint, n + 1);
  csr->out = g_new (guint, MAX (self->n_links, 1));
  for (guint i = 0; i < n; i++)
    {
      Node *node = g_ptr_array_index (self->nodes, i);

      csr->out_start[i] = k;
      for (guint j = 0; j < node->out->len; j++)
        csr->out[k++] = g_array_index (node->out, OutEdge, j).to->pub.index;
    }
  csr->out_start[n] = k;
  g_assert (k == self->n_links);

  csr->in_start = NULL;
  csr->in = NULL;
  if (!with_in)
    return;

  csr->in_start = g_new0 (guint, n + 1);
  csr->in = g_new (guint, MAX (k, 1));
  for (guint e = 0; e < k; e++)
    csr->in_start[csr->out[e] + 1]++;
  for (guint i = 0; i < n; i++)
    csr->in_start[i + 1] += csr->in_start[i];
  {
    g_autofree guint *fill = g_memdup2 (csr->in_start, sizeof (guint) * n);

    for (guint i = 0; i < n; i++)
      for (guint e = csr->out_start[i]; e < csr->out_start[i + 1]; e++)
        csr->in[fill[csr->out[e]]++] = i;
  }
}

static void
csr_clear (Csr *csr)
{
  g_free (csr->out_start);
  g_free (csr->out);
  g_free (csr->in_start);
  g_free (csr->in);
}

/* Kahn's algorithm: @order receives the indices, sources first and list
 * order among steps free to go. FALSE if a cycle leaves steps out. */
static gboolean
csr_topological (const Csr *csr,
                 guint     *order)
{
  g_autofree guint *indeg = g_new0 (guint, MAX (csr->n, 1));
  guint len = 0, head = 0;

  for (guint e = 0; e < csr->out_start[csr->n]; e++)
    indeg[csr->out[e]]++;
  for (guint i = 0; i < csr->n; i++)
    if (indeg[i] == 0)
      order[len++] = i;
  while (head < len)
    {
      guint v = order[head++];

      for (guint e = csr->out_start[v]; e < csr->out_start[v + 1]; e++)
        if (--indeg[csr->out[e]] == 0)
          order[len++] = csr->out[e];
    }
  return len == csr->n;
}

enum { WHITE, GREY, BLACK };

/* A depth-first search that names a cycle; only run once Kahn's algorithm
 * has found there is one. O(V+E). */
static gboolean
find_cycle (LtStepGraph  *self,
            GError      **error)
{
  g_autoptr(GPtrArray) stack = NULL;
  guint gen;

  gen = lt_step_graph_next_generation (self);
  stack = g_ptr_array_new ();

  for (guint i = 0; i < self->nodes->len; i++)
    {
      Node *root = g_ptr_array_index (self->nodes, i);

      if (root->mark == gen)
        continue;

      root->mark = gen;
      root->state = GREY;
      root->edge = 0;
      g_ptr_array_add (stack, root);

      while (stack->len > 0)
        {
          Node *node = g_ptr_array_index (stack, stack->len - 1);

          if (node->edge < node->out->len)
            {
              Node *next = g_array_index (node->out, OutEdge, node->edge).to;

              node->edge++;
              if (next->mark != gen)
                {
                  next->mark = gen;
                  next->state = GREY;
                  next->edge = 0;
                  g_ptr_array_add (stack, next);
                }
              else if (next->state == GREY)
                {
                  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (guint));
                  g_autofree char *cycle = NULL;
                  guint k = stack->len;

                  while (k > 0 && g_ptr_array_index (stack, k - 1) != next)
                    k--;
                  for (guint j = k - 1; j < stack->len; j++)
                    g_array_append_val (path, ((Node *) g_ptr_array_index (stack, j))->pub.uid);
                  g_array_append_val (path, next->pub.uid);
                  cycle = lt_step_graph_format_path (self, path);
                  g_set_error (error, LT_ERROR, LT_ERROR_CYCLE,
                               _("The dependencies go round in a cycle (%s): remove one of them."),
                               cycle);
                  return FALSE;
                }
            }
          else
            {
              node->state = BLACK;
              g_ptr_array_set_size (stack, stack->len - 1);
            }
        }
    }

  return TRUE;
}

/**
 * lt_step_graph_check_acyclic:
 *
 * Whether the graph has no cycle; otherwise the error names one
 * (LT_ERROR_CYCLE). O(V+E).
 */
gboolean
lt_step_graph_check_acyclic (LtStepGraph  *self,
                             GError      **error)
{
  g_autofree guint *order = NULL;
  gboolean ok;
  Csr csr;

  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), FALSE);

  csr_build (self, &csr, FALSE);
  order = g_new (guint, MAX (csr.n, 1));
  ok = csr_topological (&csr, order);
  csr_clear (&csr);

  if (!ok)
    {
      if (!find_cycle (self, error))
        return FALSE;
      g_assert_not_reached ();
    }
  return TRUE;
}

/**
 * lt_step_graph_topological_order:
 *
 * Steps so that each comes after every step it depends on; among steps free
 * to go, list order wins. O(V+E).
 *
 * Returns: (transfer full) (element-type guint) (nullable): uids, or %NULL
 *   with LT_ERROR_CYCLE
 */
GArray *
lt_step_graph_topological_order (LtStepGraph  *self,
                                 GError      **error)
{
  g_autofree guint *order = NULL;
  GArray *uids;
  gboolean ok;
  Csr csr;

  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), NULL);

  csr_build (self, &csr, FALSE);
  order = g_new (guint, MAX (csr.n, 1));
  ok = csr_topological (&csr, order);
  csr_clear (&csr);

  if (!ok)
    {
      if (!find_cycle (self, error))
        return NULL;
      g_assert_not_reached ();
    }

  uids = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->nodes->len);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      Node *node = g_ptr_array_index (self->nodes, order[i]);
      g_array_append_val (uids, node->pub.uid);
    }
  return uids;
}

/* Longest path from a source: each step one layer after its deepest
 * predecessor, so every link goes from a lower layer to a higher one. */
static guint *
csr_layers (LtStepGraph  *self,
            const Csr    *csr,
            guint        *n_layers,
            GError      **error)
{
  g_autofree guint *order = g_new (guint, MAX (csr->n, 1));
  g_autofree guint *layer = g_new0 (guint, MAX (csr->n, 1));
  guint max = 0;

  if (!csr_topological (csr, order))
    {
      if (!find_cycle (self, error))
        return NULL;
      g_assert_not_reached ();
    }

  for (guint i = 0; i < csr->n; i++)
    {
      guint v = order[i];

      max = MAX (max, layer[v]);
      for (guint e = csr->out_start[v]; e < csr->out_start[v + 1]; e++)
        layer[csr->out[e]] = MAX (layer[csr->out[e]], layer[v] + 1);
    }
  *n_layers = csr->n > 0 ? max + 1 : 0;
  return g_steal_pointer (&layer);
}

/**
 * lt_step_graph_compute_layers:
 *
 * Returns: (transfer full) (nullable): the layer of each step, indexed by
 *   its position in the list; %NULL with LT_ERROR_CYCLE
 */
guint *
lt_step_graph_compute_layers (LtStepGraph  *self,
                              guint        *n_layers,
                              GError      **error)
{
  guint *layers;
  guint n = 0;
  Csr csr;

  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), NULL);

  csr_build (self, &csr, FALSE);
  layers = csr_layers (self, &csr, &n, error);
  csr_clear (&csr);
  if (n_layers != NULL)
    *n_layers = n;
  return layers;
}

typedef struct {
  double bary;
  guint  place;
  guint  node;
} Slot;

static int
compare_slots (const void *a,
               const void *b)
{
  const Slot *sa = a, *sb = b;

  if (sa->bary < sb->bary)
    return -1;
  if (sa->bary > sb->bary)
    return 1;
  return (int) sa->place - (int) sb->place;
}

/* One barycentre sweep: in each layer, a step's new place is the mean place
 * of its neighbours (predecessors going down, successors going up). */
static void
barycentre_sweep (const Csr   *csr,
                  const guint *layer_start,
                  guint       *by_layer,
                  guint        n_layers,
                  guint       *place,
                  Slot        *slots,
                  gboolean     down)
{
  const guint *start = down ? csr->in_start : csr->out_start;
  const guint *adj = down ? csr->in : csr->out;

  for (guint k = 0; k < n_layers; k++)
    {
      guint l = down ? k : n_layers - 1 - k;
      guint first = layer_start[l], len = layer_start[l + 1] - first;

      for (guint i = 0; i < len; i++)
        {
          guint v = by_layer[first + i];
          guint count = start[v + 1] - start[v];
          double sum = 0;

          for (guint e = start[v]; e < start[v + 1]; e++)
            sum += place[adj[e]];
          slots[i].bary = count > 0 ? sum / count : place[v];
          slots[i].place = place[v];
          slots[i].node = v;
        }
      qsort (slots, len, sizeof (Slot), compare_slots);
      for (guint i = 0; i < len; i++)
        {
          by_layer[first + i] = slots[i].node;
          place[slots[i].node] = i;
        }
    }
}

/**
 * lt_step_graph_layout:
 *
 * Places every step: columns by longest path from the start, and within a
 * column an order that reduces crossings (barycentre sweeps down and up).
 * Emits ::changed once. O(V log V + E).
 */
gboolean
lt_step_graph_layout (LtStepGraph  *self,
                      GError      **error)
{
  g_autofree guint *layer = NULL;
  g_autofree guint *layer_start = NULL;
  g_autofree guint *by_layer = NULL;
  g_autofree guint *place = NULL;
  g_autofree Slot *slots = NULL;
  guint n_layers = 0, widest = 0, n;
  Csr csr;

  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), FALSE);

  csr_build (self, &csr, TRUE);
  n = csr.n;
  layer = csr_layers (self, &csr, &n_layers, error);
  if (layer == NULL)
    {
      csr_clear (&csr);
      return FALSE;
    }
  if (n == 0)
    {
      csr_clear (&csr);
      return TRUE;
    }

  /* bucket the steps by layer, in list order: the first places */
  layer_start = g_new0 (guint, n_layers + 1);
  by_layer = g_new (guint, n);
  place = g_new (guint, n);
  for (guint v = 0; v < n; v++)
    layer_start[layer[v] + 1]++;
  for (guint l = 0; l < n_layers; l++)
    {
      widest = MAX (widest, layer_start[l + 1]);
      layer_start[l + 1] += layer_start[l];
    }
  {
    g_autofree guint *fill = g_memdup2 (layer_start, sizeof (guint) * n_layers);

    for (guint v = 0; v < n; v++)
      {
        place[v] = fill[layer[v]] - layer_start[layer[v]];
        by_layer[fill[layer[v]]++] = v;
      }
  }

  slots = g_new (Slot, widest);
  for (guint sweep = 0; sweep < 4; sweep++)
    barycentre_sweep (&csr, layer_start, by_layer, n_layers, place, slots, sweep % 2 == 0);
  csr_clear (&csr);

  for (guint v = 0; v < n; v++)
    {
      Node *node = g_ptr_array_index (self->nodes, v);
      guint l = layer[v];
      guint len = layer_start[l + 1] - layer_start[l];
      double offset = (widest - len) * (LT_STEP_GRAPH_BOX_HEIGHT + LT_STEP_GRAPH_GAP_Y) / 2.0;

      node->pub.x = LT_STEP_GRAPH_GAP_Y + l * (LT_STEP_GRAPH_BOX_WIDTH + LT_STEP_GRAPH_GAP_X);
      node->pub.y = LT_STEP_GRAPH_GAP_Y + offset + place[v] * (LT_STEP_GRAPH_BOX_HEIGHT + LT_STEP_GRAPH_GAP_Y);
    }

  lt_step_graph_emit_changed (self);
  return TRUE;
}
