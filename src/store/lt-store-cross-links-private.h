/* lt-store-cross-links-private.h: the hooks of the links across prestations in project saves and prestation versions */
#pragma once

#include "lt-step-graph.h"
#include "lt-store-project-plan-private.h"

G_BEGIN_DECLS

gboolean  lt_store_plan_cross_links       (LtStore      *self,
                                           LtProject    *project,
                                           GPtrArray    *assignments,
                                           Plan         *plan,
                                           GError      **error);
gboolean  lt_store_project_links_write    (LtStore      *self,
                                           LtProject    *project,
                                           GError      **error);
gboolean  lt_store_project_cross_links_apply (LtStore   *self,
                                              gint64     project_id,
                                              GError   **error);
gboolean  lt_store_cross_links_copy_graph (LtStore      *self,
                                           LtStepGraph  *graph,
                                           GArray       *new_step_ids,
                                           GError      **error);

G_END_DECLS
