/* lt-store-catalogue-ops.h: catalogue operations — each one transaction */
#pragma once

#include "lt-category.h"
#include "lt-prestation.h"
#include "lt-step-graph.h"
#include "lt-store.h"

G_BEGIN_DECLS

/* Catégories */
gboolean     lt_store_catalogue_delete_category     (LtStore       *self,
                                                     gint64         category_id,
                                                     GError       **error);
gboolean     lt_store_catalogue_rename_category     (LtStore       *self,
                                                     gint64         category_id,
                                                     const char    *name,
                                                     GError       **error);
gboolean     lt_store_catalogue_move_category       (LtStore       *self,
                                                     gint64         category_id,
                                                     guint          position,
                                                     GError       **error);
guint        lt_store_catalogue_count_prestations   (LtStore       *self,
                                                     gint64         category_id);

/* Prestations */
guint        lt_store_catalogue_count_uses          (LtStore       *self,
                                                     gint64         prestation_id);
LtStepGraph *lt_store_catalogue_load_graph          (LtStore       *self,
                                                     gint64         prestation_id,
                                                     GError       **error);
gboolean     lt_store_catalogue_save_prestation     (LtStore       *self,
                                                     LtPrestation  *prestation,
                                                     LtStepGraph   *graph,
                                                     gboolean      *new_version,
                                                     GError       **error);
gint64       lt_store_catalogue_duplicate_prestation (LtStore      *self,
                                                     gint64         prestation_id,
                                                     GError       **error);
gboolean     lt_store_catalogue_archive_prestation  (LtStore       *self,
                                                     gint64         prestation_id,
                                                     gboolean       archived,
                                                     GError       **error);

G_END_DECLS
