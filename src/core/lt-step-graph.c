/* lt-step-graph.c: the graph of a prestation's steps: the object and its nodes */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-step-graph"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-error.h"

#include "lt-step-graph-private.h"

G_DEFINE_FINAL_TYPE (LtStepGraph, lt_step_graph, G_TYPE_OBJECT)

enum {
  CHANGED,
  NODE_ADDED,
  NODE_REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
node_free (gpointer data)
{
  Node *node = data;

  g_free (node->pub.title);
  g_free (node->pub.description);
  g_free (node->pub.client_title);
  g_array_unref (node->out);
  g_ptr_array_unref (node->in);
  g_free (node);
}

static Node *
node_new (void)
{
  Node *node = g_new0 (Node, 1);

  node->pub.delay_days = -1;
  node->out = g_array_new (FALSE, FALSE, sizeof (OutEdge));
  node->in = g_ptr_array_new ();
  return node;
}


guint
lt_step_graph_next_generation (LtStepGraph *self)
{
  if (++self->generation == 0)
    {
      for (guint i = 0; i < self->nodes->len; i++)
        ((Node *) g_ptr_array_index (self->nodes, i))->mark = 0;
      self->generation = 1;
    }
  return self->generation;
}

static void
renumber (LtStepGraph *self,
          guint        from)
{
  for (guint i = from; i < self->nodes->len; i++)
    ((Node *) g_ptr_array_index (self->nodes, i))->pub.index = i;
}

void
lt_step_graph_emit_changed (LtStepGraph *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
lt_step_graph_finalize (GObject *object)
{
  LtStepGraph *self = (LtStepGraph *) object;

  g_clear_pointer (&self->by_uid, g_hash_table_unref);
  g_clear_pointer (&self->nodes, g_ptr_array_unref);

  G_OBJECT_CLASS (lt_step_graph_parent_class)->finalize (object);
}

static void
lt_step_graph_class_init (LtStepGraphClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_step_graph_finalize;

  /**
   * LtStepGraph::changed:
   *
   * Something in the graph changed: a node, a link, a position, the order.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
  signals[NODE_ADDED] = g_signal_new ("node-added", G_TYPE_FROM_CLASS (klass),
                                      G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                      G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[NODE_REMOVED] = g_signal_new ("node-removed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
lt_step_graph_init (LtStepGraph *self)
{
  self->nodes = g_ptr_array_new ();
  self->by_uid = g_hash_table_new_full (NULL, NULL, NULL, node_free);
  self->next_uid = 1;
}

LtStepGraph *
lt_step_graph_new (void)
{
  return g_object_new (LT_TYPE_STEP_GRAPH, NULL);
}

guint
lt_step_graph_get_n_nodes (LtStepGraph *self)
{
  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), 0);
  return self->nodes->len;
}

guint
lt_step_graph_get_n_links (LtStepGraph *self)
{
  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), 0);
  return self->n_links;
}

/**
 * lt_step_graph_lookup:
 *
 * Returns: (transfer none) (nullable): the node, valid until it is removed.
 */
const LtGraphNode *
lt_step_graph_lookup (LtStepGraph *self,
                      guint        uid)
{
  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), NULL);
  return (const LtGraphNode *) lookup (self, uid);
}

const LtGraphNode *
lt_step_graph_get_nth (LtStepGraph *self,
                       guint        index)
{
  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), NULL);

  if (index >= self->nodes->len)
    return NULL;
  return g_ptr_array_index (self->nodes, index);
}

const LtGraphNode *
lt_step_graph_lookup_step_id (LtStepGraph *self,
                              gint64       step_id)
{
  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), NULL);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      Node *node = g_ptr_array_index (self->nodes, i);
      if (node->pub.step_id == step_id)
        return &node->pub;
    }
  return NULL;
}

char *
lt_step_graph_node_label (const Node *node)
{
  /* TRANSLATORS: short name of a tâche in a cycle, e.g. "T3" */
  if (node->pub.kind == LT_STEP_KIND_REQUEST)
    return g_strdup_printf (_("R%u"), node->pub.index + 1);
  /* TRANSLATORS: short name of a demande d'information, e.g. "R2" */
  return g_strdup_printf (_("T%u"), node->pub.index + 1);
}

/**
 * lt_step_graph_dup_label:
 *
 * The short name of a step as users read it in messages: its kind's letter
 * and its number in the list (« T3 », « D2 »).
 *
 * Returns: (transfer full):
 */
char *
lt_step_graph_dup_label (LtStepGraph *self,
                         guint        uid)
{
  Node *node;

  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), NULL);

  node = lookup (self, uid);
  g_return_val_if_fail (node != NULL, NULL);
  return lt_step_graph_node_label (node);
}

/**
 * lt_step_graph_format_path:
 * @path: (element-type guint): uids
 *
 * Returns: (transfer full): « T3 → T5 → T3 »
 */
char *
lt_step_graph_format_path (LtStepGraph *self,
                           GArray      *path)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < path->len; i++)
    {
      Node *node = lookup (self, g_array_index (path, guint, i));
      g_autofree char *label = NULL;

      if (node == NULL)
        continue;
      label = lt_step_graph_node_label (node);
      if (str->len > 0)
        g_string_append (str, " → ");
      g_string_append (str, label);
    }
  return g_string_free (str, FALSE);
}

/* Nodes */

guint
lt_step_graph_add_node (LtStepGraph *self,
                        LtStepKind   kind,
                        const char  *title)
{
  Node *node;

  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), 0);

  node = node_new ();
  node->pub.uid = self->next_uid++;
  node->pub.kind = kind;
  node->pub.title = g_strdup (title != NULL ? title : "");
  node->pub.description = g_strdup ("");
  node->pub.client_title = g_strdup ("");
  node->pub.index = self->nodes->len;
  g_ptr_array_add (self->nodes, node);
  g_hash_table_insert (self->by_uid, GUINT_TO_POINTER (node->pub.uid), node);

  g_signal_emit (self, signals[NODE_ADDED], 0, node->pub.uid);
  lt_step_graph_emit_changed (self);
  return node->pub.uid;
}

/**
 * lt_step_graph_insert_node:
 * @uid: a uid not in use (one given back by undo)
 * @index: where it goes in the list
 * @data: the fields to copy (uid and index are ignored)
 *
 * Puts back a node that was removed, without its links.
 */
void
lt_step_graph_insert_node (LtStepGraph       *self,
                           guint              uid,
                           guint              index,
                           const LtGraphNode *data)
{
  Node *node;

  g_return_if_fail (LT_IS_STEP_GRAPH (self));
  g_return_if_fail (uid != 0 && lookup (self, uid) == NULL);

  node = node_new ();
  node->pub = *data;
  node->pub.uid = uid;
  node->pub.title = g_strdup (data->title != NULL ? data->title : "");
  node->pub.description = g_strdup (data->description != NULL ? data->description : "");
  node->pub.client_title = g_strdup (data->client_title != NULL ? data->client_title : "");
  index = MIN (index, self->nodes->len);
  g_ptr_array_insert (self->nodes, index, node);
  g_hash_table_insert (self->by_uid, GUINT_TO_POINTER (uid), node);
  renumber (self, index);
  self->next_uid = MAX (self->next_uid, uid + 1);

  g_signal_emit (self, signals[NODE_ADDED], 0, uid);
  lt_step_graph_emit_changed (self);
}

/**
 * lt_step_graph_remove_node:
 * @removed_links: (out) (optional) (element-type LtGraphLink): the links
 *   that went with it
 *
 * Removes a step and every link to or from it.
 */
gboolean
lt_step_graph_remove_node (LtStepGraph  *self,
                           guint         uid,
                           GArray      **removed_links)
{
  g_autoptr(GArray) links = NULL;
  Node *node;
  guint index;

  g_return_val_if_fail (LT_IS_STEP_GRAPH (self), FALSE);

  node = lookup (self, uid);
  if (node == NULL)
    return FALSE;

  links = g_array_new (FALSE, FALSE, sizeof (LtGraphLink));

  for (guint i = 0; i < node->in->len; i++)
    {
      Node *pred = g_ptr_array_index (node->in, i);
      int e = find_out_edge (pred, node);
      LtGraphLink link = { pred->pub.uid, uid, 0 };

      g_assert (e >= 0);
      link.lag_days = g_array_index (pred->out, OutEdge, e).lag_days;
      g_array_append_val (links, link);
      g_array_remove_index (pred->out, e);
    }
  for (guint i = 0; i < node->out->len; i++)
    {
      OutEdge *edge = &g_array_index (node->out, OutEdge, i);
      LtGraphLink link = { uid, edge->to->pub.uid, edge->lag_days };

      g_array_append_val (links, link);
      g_ptr_array_remove (edge->to->in, node);
    }
  self->n_links -= links->len;

  index = node->pub.index;
  g_ptr_array_remove_index (self->nodes, index);
  renumber (self, index);
  g_hash_table_remove (self->by_uid, GUINT_TO_POINTER (uid));

  g_signal_emit (self, signals[NODE_REMOVED], 0, uid);
  lt_step_graph_emit_changed (self);

  if (removed_links != NULL)
    *removed_links = g_steal_pointer (&links);
  return TRUE;
}

void
lt_step_graph_set_position (LtStepGraph *self,
                            guint        uid,
                            double       x,
                            double       y)
{
  Node *node;

  g_return_if_fail (LT_IS_STEP_GRAPH (self));

  node = lookup (self, uid);
  g_return_if_fail (node != NULL);
  if (node->pub.x == x && node->pub.y == y)
    return;
  node->pub.x = x;
  node->pub.y = y;
  lt_step_graph_emit_changed (self);
}

void
lt_step_graph_set_title (LtStepGraph *self,
                         guint        uid,
                         const char  *title)
{
  Node *node;

  g_return_if_fail (LT_IS_STEP_GRAPH (self));

  node = lookup (self, uid);
  g_return_if_fail (node != NULL);
  if (g_strcmp0 (node->pub.title, title) == 0)
    return;
  g_free (node->pub.title);
  node->pub.title = g_strdup (title != NULL ? title : "");
  lt_step_graph_emit_changed (self);
}

void
lt_step_graph_set_description (LtStepGraph *self,
                               guint        uid,
                               const char  *description)
{
  Node *node;

  g_return_if_fail (LT_IS_STEP_GRAPH (self));

  node = lookup (self, uid);
  g_return_if_fail (node != NULL);
  if (g_strcmp0 (node->pub.description, description) == 0)
    return;
  g_free (node->pub.description);
  node->pub.description = g_strdup (description != NULL ? description : "");
  lt_step_graph_emit_changed (self);
}

/* issue 12: the client's wording of a step (« Transmettre les statuts ») */
void
lt_step_graph_set_client_title (LtStepGraph *self,
                                guint        uid,
                                const char  *client_title)
{
  Node *node;

  g_return_if_fail (LT_IS_STEP_GRAPH (self));

  node = lookup (self, uid);
  g_return_if_fail (node != NULL);
  if (g_strcmp0 (node->pub.client_title, client_title != NULL ? client_title : "") == 0)
    return;
  g_free (node->pub.client_title);
  node->pub.client_title = g_strdup (client_title != NULL ? client_title : "");
  lt_step_graph_emit_changed (self);
}

void
lt_step_graph_set_kind (LtStepGraph *self,
                        guint        uid,
                        LtStepKind   kind)
{
  Node *node;

  g_return_if_fail (LT_IS_STEP_GRAPH (self));

  node = lookup (self, uid);
  g_return_if_fail (node != NULL);
  if (node->pub.kind == kind)
    return;
  node->pub.kind = kind;
  lt_step_graph_emit_changed (self);
}

void
lt_step_graph_set_delay_days (LtStepGraph *self,
                              guint        uid,
                              int          delay_days)
{
  Node *node;

  g_return_if_fail (LT_IS_STEP_GRAPH (self));

  node = lookup (self, uid);
  g_return_if_fail (node != NULL);
  if (delay_days < 0)
    delay_days = -1;
  if (node->pub.delay_days == delay_days)
    return;
  node->pub.delay_days = delay_days;
  lt_step_graph_emit_changed (self);
}

/**
 * lt_step_graph_set_from_period_end:
 *
 * In a recurring prestation, whether the step's délai counts from the end
 * of its period (the comptes annuels N working days after the clôture)
 * rather than from its start.
 */
void
lt_step_graph_set_from_period_end (LtStepGraph *self,
                                   guint        uid,
                                   gboolean     from_period_end)
{
  Node *node;

  g_return_if_fail (LT_IS_STEP_GRAPH (self));

  node = lookup (self, uid);
  g_return_if_fail (node != NULL);
  if (node->pub.from_period_end == !!from_period_end)
    return;
  node->pub.from_period_end = !!from_period_end;
  lt_step_graph_emit_changed (self);
}

void
lt_step_graph_set_step_id (LtStepGraph *self,
                           guint        uid,
                           gint64       step_id)
{
  Node *node;

  g_return_if_fail (LT_IS_STEP_GRAPH (self));

  node = lookup (self, uid);
  g_return_if_fail (node != NULL);
  node->pub.step_id = step_id;
}

void
lt_step_graph_move_to_index (LtStepGraph *self,
                             guint        uid,
                             guint        index)
{
  Node *node;
  guint old;

  g_return_if_fail (LT_IS_STEP_GRAPH (self));

  node = lookup (self, uid);
  g_return_if_fail (node != NULL);

  index = MIN (index, self->nodes->len - 1);
  old = node->pub.index;
  if (old == index)
    return;
  g_ptr_array_remove_index (self->nodes, old);
  g_ptr_array_insert (self->nodes, index, node);
  renumber (self, MIN (old, index));
  lt_step_graph_emit_changed (self);
}
