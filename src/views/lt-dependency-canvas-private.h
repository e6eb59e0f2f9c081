/* lt-dependency-canvas-private.h: the insides of the canvas, shared with its drawing */
#pragma once

#include "lt-dependency-canvas.h"

G_BEGIN_DECLS

#define BOX_W LT_STEP_GRAPH_BOX_WIDTH
#define BOX_H LT_STEP_GRAPH_BOX_HEIGHT
#define MIN_ZOOM 0.25
#define MAX_ZOOM 3.0
#define KEY_STEP 16.0
#define CLICK_SLOP 3.0
#define ARROW_HIT 6.0

typedef enum {
  DRAG_NONE,
  DRAG_MOVE,
  DRAG_LINK,
  DRAG_PAN,
} DragMode;

struct _LtDependencyCanvas {
  GtkWidget        parent_instance;

  LtGraphCommands *commands;
  LtStepGraph     *graph;
  GHashTable      *boxes;          /* uid → LtStepBox */
  GtkWidget       *chooser;        /* « Lier à… » popover */
  GtkWidget       *chooser_list;
  GtkGesture      *drag;

  double           zoom;
  double           offset_x;
  double           offset_y;

  guint            selected_uid;
  gboolean         link_selected;
  guint            link_from;
  guint            link_to;

  DragMode         drag_mode;
  guint            drag_uid;
  double           drag_start_x;
  double           drag_start_y;
  double           drag_x;
  double           drag_y;
  double           drag_dx;        /* model units, while a box moves */
  double           drag_dy;
  double           pan_start_x;
  double           pan_start_y;
  guint            drop_uid;

  char            *last_message;
  gboolean         fit_pending;   /* zoom to fit at the next allocation */

  /* issue 16 */
  GHashTable      *arrows;        /* "from:to" → its GtkButton */
  GtkWidget       *hint;          /* what to do on an empty canvas */
  GtkWidget       *rename;        /* popover with an entry, on the selected box */
  GtkWidget       *rename_entry;
  guint            rename_uid;
};

/* lt-dependency-canvas.c */
void lt_dependency_canvas_update_actions (LtDependencyCanvas *self);
void lt_dependency_canvas_set_selected   (LtDependencyCanvas *self,
                                          guint               uid);
void lt_dependency_canvas_zoom_around    (LtDependencyCanvas *self,
                                          double              zoom,
                                          double              cx,
                                          double              cy);

/* lt-dependency-canvas-input.c */
void lt_dependency_canvas_add_controllers (LtDependencyCanvas *self);

/* lt-dependency-canvas-draw.c: geometry of boxes and arrows, and drawing */
void lt_dependency_canvas_node_origin  (LtDependencyCanvas *self,
                                        const LtGraphNode  *node,
                                        double             *x,
                                        double             *y);
void lt_dependency_canvas_link_curve   (LtDependencyCanvas *self,
                                        const LtGraphLink  *link,
                                        double              p[8]);
void lt_dependency_canvas_bezier_point (const double        p[8],
                                        double              t,
                                        double             *x,
                                        double             *y);
void lt_dependency_canvas_snapshot     (GtkWidget          *widget,
                                        GtkSnapshot        *snapshot);
/* issue 16: arrows round the boxes they would cross (LtRoutePoint) */
gboolean lt_dependency_canvas_link_path   (LtDependencyCanvas *self,
                                           const LtGraphLink  *link,
                                           GArray             *points);
void     lt_dependency_canvas_path_middle (GArray             *points,
                                           double             *x,
                                           double             *y);

/* lt-dependency-canvas-children.c (issue 16): a focusable button per arrow
 * (its accessible object, activated: deleted), the hint of an empty
 * canvas, renaming the selected box */
void lt_dependency_canvas_init_children     (LtDependencyCanvas *self);
void lt_dependency_canvas_dispose_children  (LtDependencyCanvas *self);
void lt_dependency_canvas_sync_children     (LtDependencyCanvas *self);
void lt_dependency_canvas_allocate_children (LtDependencyCanvas *self,
                                             int                 width,
                                             int                 height);
void lt_dependency_canvas_rename_selected   (LtDependencyCanvas *self);
double lt_dependency_canvas_readable_zoom   (LtDependencyCanvas *self);
gboolean lt_dependency_canvas_focus_arrows  (LtDependencyCanvas *self,
                                             GtkWidget          *focus_child,
                                             GtkDirectionType    direction,
                                             gboolean           *result);

G_END_DECLS
