/* lt-step-graph-private.h: the insides of LtStepGraph, for its own files */
#pragma once

#include "lt-step-graph.h"

G_BEGIN_DECLS

typedef struct _Node Node;

typedef struct {
  Node *to;
  int   lag_days;
} OutEdge;

/* The public part comes first so that a Node * is an LtGraphNode *. */
struct _Node {
  LtGraphNode  pub;
  GArray      *out;       /* OutEdge, in the order the links were made */
  GPtrArray   *in;        /* Node *, predecessors */
  /* scratch for the traversals, valid while mark == self->generation */
  guint        mark;
  guint        state;
  guint        edge;
  guint        value;
  double       bary;
  Node        *parent;
};

struct _LtStepGraph {
  GObject     parent_instance;
  GPtrArray  *nodes;        /* Node *, in step order */
  GHashTable *by_uid;       /* uid → Node * */
  guint       next_uid;
  guint       n_links;
  guint       generation;
};

static inline Node *
lookup (LtStepGraph *self,
        guint        uid)
{
  return g_hash_table_lookup (self->by_uid, GUINT_TO_POINTER (uid));
}

static inline int
find_out_edge (Node *from,
               Node *to)
{
  for (guint i = 0; i < from->out->len; i++)
    if (g_array_index (from->out, OutEdge, i).to == to)
      return (int) i;
  return -1;
}

guint  lt_step_graph_next_generation (LtStepGraph *self);
void   lt_step_graph_emit_changed    (LtStepGraph *self);
char  *lt_step_graph_node_label      (const Node  *node);

G_END_DECLS
