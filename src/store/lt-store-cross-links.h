/* lt-store-cross-links.h: links between steps of different prestations, in the catalogue and in a project */
#pragma once

#include "lt-cross-links.h"
#include "lt-store.h"

G_BEGIN_DECLS

/* A link of the catalogue, with the names a user reads. */
typedef struct {
  gint64  from_step_id;
  gint64  to_step_id;
  int     lag_days;
  gint64  from_prestation_id;
  gint64  to_prestation_id;
  char   *from_prestation;
  char   *from_step;
  char   *to_prestation;
  char   *to_step;
} LtCrossLinkInfo;

void        lt_cross_link_info_free           (LtCrossLinkInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtCrossLinkInfo, lt_cross_link_info_free)

GPtrArray  *lt_store_cross_links_list         (LtStore   *self,
                                               gint64     prestation_id,
                                               GError   **error);
gboolean    lt_store_cross_link_add           (LtStore   *self,
                                               gint64     from_step_id,
                                               gint64     to_step_id,
                                               int        lag_days,
                                               GError   **error);
gboolean    lt_store_cross_link_remove        (LtStore   *self,
                                               gint64     from_step_id,
                                               gint64     to_step_id,
                                               GError   **error);
GArray     *lt_store_project_step_links       (LtStore   *self,
                                               gint64     project_id,
                                               GError   **error);

G_END_DECLS
