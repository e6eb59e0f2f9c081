/* lt-workload-view.h: a small bar chart of one intervenant's hours per week against capacity */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LT_TYPE_WORKLOAD_VIEW (lt_workload_view_get_type ())

G_DECLARE_FINAL_TYPE (LtWorkloadView, lt_workload_view, LT, WORKLOAD_VIEW, GtkWidget)

GtkWidget *lt_workload_view_new          (void);
void       lt_workload_view_set_weeks    (LtWorkloadView *self,
                                          const GArray   *weeks,
                                          gint64          staff_id);
void       lt_workload_view_set_span     (LtWorkloadView *self,
                                          const GDate    *first_monday,
                                          guint           n_weeks,
                                          int             weekly_hours);
guint      lt_workload_view_get_n_weeks  (LtWorkloadView *self);
guint      lt_workload_view_get_n_overloaded (LtWorkloadView *self);

void       lt_workload_view_set_legend   (LtWorkloadView *self,
                                          gboolean        legend);

G_END_DECLS
