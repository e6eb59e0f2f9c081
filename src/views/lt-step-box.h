/* lt-step-box.h: one step of the dependency canvas, an accessible child widget */
#pragma once

#include <gtk/gtk.h>

#include "lt-step-graph.h"

G_BEGIN_DECLS

#define LT_TYPE_STEP_BOX (lt_step_box_get_type ())

G_DECLARE_FINAL_TYPE (LtStepBox, lt_step_box, LT, STEP_BOX, GtkWidget)

GtkWidget *lt_step_box_new          (guint        uid);
guint      lt_step_box_get_uid      (LtStepBox   *self);
void       lt_step_box_sync         (LtStepBox   *self,
                                     LtStepGraph *graph);
GtkWidget *lt_step_box_get_handle   (LtStepBox   *self);
void       lt_step_box_set_selected (LtStepBox   *self,
                                     gboolean     selected);
void       lt_step_box_set_drop     (LtStepBox   *self,
                                     int          drop);

G_END_DECLS
