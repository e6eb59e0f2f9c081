/* lt-dependency-canvas.h: the graph editor of a prestation's steps */
#pragma once

#include <gtk/gtk.h>

#include "lt-graph-commands.h"

G_BEGIN_DECLS

#define LT_TYPE_DEPENDENCY_CANVAS (lt_dependency_canvas_get_type ())

G_DECLARE_FINAL_TYPE (LtDependencyCanvas, lt_dependency_canvas, LT, DEPENDENCY_CANVAS, GtkWidget)

GtkWidget       *lt_dependency_canvas_new               (void);
LtGraphCommands *lt_dependency_canvas_get_commands      (LtDependencyCanvas  *self);
void             lt_dependency_canvas_set_commands      (LtDependencyCanvas  *self,
                                                         LtGraphCommands     *commands);
GtkWidget       *lt_dependency_canvas_get_box           (LtDependencyCanvas  *self,
                                                         guint                uid);
guint            lt_dependency_canvas_get_selected_uid  (LtDependencyCanvas  *self);
void             lt_dependency_canvas_select_uid        (LtDependencyCanvas  *self,
                                                         guint                uid);
gboolean         lt_dependency_canvas_get_selected_link (LtDependencyCanvas  *self,
                                                         guint               *from,
                                                         guint               *to);
void             lt_dependency_canvas_select_link       (LtDependencyCanvas  *self,
                                                         guint                from,
                                                         guint                to);
gboolean         lt_dependency_canvas_pick_link         (LtDependencyCanvas  *self,
                                                         double               x,
                                                         double               y,
                                                         guint               *from,
                                                         guint               *to);
void             lt_dependency_canvas_model_to_widget   (LtDependencyCanvas  *self,
                                                         double               mx,
                                                         double               my,
                                                         double              *x,
                                                         double              *y);
double           lt_dependency_canvas_get_zoom          (LtDependencyCanvas  *self);
void             lt_dependency_canvas_set_zoom          (LtDependencyCanvas  *self,
                                                         double               zoom);
GtkGesture      *lt_dependency_canvas_get_drag_gesture  (LtDependencyCanvas  *self);
gboolean         lt_dependency_canvas_link              (LtDependencyCanvas  *self,
                                                         guint                from,
                                                         guint                to,
                                                         int                  lag_days);
const char      *lt_dependency_canvas_get_last_message  (LtDependencyCanvas  *self);

G_END_DECLS
