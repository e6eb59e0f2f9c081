/* lt-step-graph.h: the steps of a prestation and their dependency links */
#pragma once

#include <glib-object.h>

#include "lt-enums.h"

G_BEGIN_DECLS

#define LT_TYPE_STEP_GRAPH (lt_step_graph_get_type ())

G_DECLARE_FINAL_TYPE (LtStepGraph, lt_step_graph, LT, STEP_GRAPH, GObject)

/* A node is known by its uid, given by the graph and stable for the life of
 * the graph (undo brings a removed node back with the same uid). step_id is
 * the row it came from (0 for a step not saved yet). Read-only for callers:
 * change it through the setters so that LtStepGraph::changed is emitted. */
typedef struct {
  guint       uid;
  guint       index;        /* 0-based position in the list of steps */
  gint64      step_id;
  LtStepKind  kind;
  char       *title;
  char       *description;
  int         delay_days;   /* -1 when none */
  double      x;
  double      y;
  char       *client_title; /* the client's wording; "" = derived from the title (issue 12) */
  gboolean    from_period_end;  /* recurring chains: délai counted from the period's end */
} LtGraphNode;

/* A dependency: @to starts once @from is done, plus @lag_days working days. */
typedef struct {
  guint from;
  guint to;
  int   lag_days;
} LtGraphLink;

/* Box size used by the automatic layout (the canvas draws boxes this big). */
#define LT_STEP_GRAPH_BOX_WIDTH   180.0
#define LT_STEP_GRAPH_BOX_HEIGHT   64.0
#define LT_STEP_GRAPH_GAP_X        80.0
#define LT_STEP_GRAPH_GAP_Y        32.0

/* Largest lag a user may type, in working days (about four years). */
#define LT_STEP_GRAPH_MAX_LAG    1000

LtStepGraph       *lt_step_graph_new               (void);

guint              lt_step_graph_get_n_nodes       (LtStepGraph  *self);
guint              lt_step_graph_get_n_links       (LtStepGraph  *self);
const LtGraphNode *lt_step_graph_lookup            (LtStepGraph  *self,
                                                    guint         uid);
const LtGraphNode *lt_step_graph_get_nth           (LtStepGraph  *self,
                                                    guint         index);
const LtGraphNode *lt_step_graph_lookup_step_id    (LtStepGraph  *self,
                                                    gint64        step_id);
char              *lt_step_graph_dup_label         (LtStepGraph  *self,
                                                    guint         uid);

/* Nodes */
guint              lt_step_graph_add_node          (LtStepGraph  *self,
                                                    LtStepKind    kind,
                                                    const char   *title);
void               lt_step_graph_insert_node       (LtStepGraph  *self,
                                                    guint         uid,
                                                    guint         index,
                                                    const LtGraphNode *data);
gboolean           lt_step_graph_remove_node       (LtStepGraph  *self,
                                                    guint         uid,
                                                    GArray      **removed_links);
void               lt_step_graph_set_position      (LtStepGraph  *self,
                                                    guint         uid,
                                                    double        x,
                                                    double        y);
void               lt_step_graph_set_title         (LtStepGraph  *self,
                                                    guint         uid,
                                                    const char   *title);
void               lt_step_graph_set_client_title  (LtStepGraph  *self,
                                                    guint         uid,
                                                    const char   *client_title);
void               lt_step_graph_set_description   (LtStepGraph  *self,
                                                    guint         uid,
                                                    const char   *description);
void               lt_step_graph_set_kind          (LtStepGraph  *self,
                                                    guint         uid,
                                                    LtStepKind    kind);
void               lt_step_graph_set_from_period_end (LtStepGraph *self,
                                                      guint        uid,
                                                      gboolean     from_period_end);
void               lt_step_graph_set_delay_days    (LtStepGraph  *self,
                                                    guint         uid,
                                                    int           delay_days);
void               lt_step_graph_set_step_id       (LtStepGraph  *self,
                                                    guint         uid,
                                                    gint64        step_id);
void               lt_step_graph_move_to_index     (LtStepGraph  *self,
                                                    guint         uid,
                                                    guint         index);

/* Links */
gboolean           lt_step_graph_check_link        (LtStepGraph  *self,
                                                    guint         from,
                                                    guint         to,
                                                    int           lag_days,
                                                    GError      **error);
gboolean           lt_step_graph_add_link          (LtStepGraph  *self,
                                                    guint         from,
                                                    guint         to,
                                                    int           lag_days,
                                                    GError      **error);
void               lt_step_graph_add_link_unchecked (LtStepGraph *self,
                                                    guint         from,
                                                    guint         to,
                                                    int           lag_days);
gboolean           lt_step_graph_remove_link       (LtStepGraph  *self,
                                                    guint         from,
                                                    guint         to,
                                                    int          *lag_days);
gboolean           lt_step_graph_has_link          (LtStepGraph  *self,
                                                    guint         from,
                                                    guint         to,
                                                    int          *lag_days);
void               lt_step_graph_set_lag           (LtStepGraph  *self,
                                                    guint         from,
                                                    guint         to,
                                                    int           lag_days);
GArray            *lt_step_graph_dup_links         (LtStepGraph  *self);
GArray            *lt_step_graph_dup_predecessors  (LtStepGraph  *self,
                                                    guint         uid);
gboolean           lt_step_graph_reaches           (LtStepGraph  *self,
                                                    guint         from,
                                                    guint         to,
                                                    GArray      **path);
GArray            *lt_step_graph_dup_valid_targets (LtStepGraph  *self,
                                                    guint         from);

/* Whole graph */
gboolean           lt_step_graph_check_acyclic     (LtStepGraph  *self,
                                                    GError      **error);
GArray            *lt_step_graph_topological_order (LtStepGraph  *self,
                                                    GError      **error);
guint             *lt_step_graph_compute_layers    (LtStepGraph  *self,
                                                    guint        *n_layers,
                                                    GError      **error);
gboolean           lt_step_graph_layout            (LtStepGraph  *self,
                                                    GError      **error);
char              *lt_step_graph_format_path       (LtStepGraph  *self,
                                                    GArray       *path);

G_END_DECLS
