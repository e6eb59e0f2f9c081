/* lt-store-catalogue.h: CRUD of catégories, prestations, their steps and links */
#pragma once

#include "lt-category.h"
#include "lt-prestation.h"
#include "lt-step.h"
#include "lt-step-link.h"
#include "lt-store.h"

G_BEGIN_DECLS

gboolean      lt_store_add_category      (LtStore       *self,
                                          LtCategory    *category,
                                          GError       **error);
LtCategory   *lt_store_get_category      (LtStore       *self,
                                          gint64         id,
                                          GError       **error);
gboolean      lt_store_update_category   (LtStore       *self,
                                          LtCategory    *category,
                                          GError       **error);
gboolean      lt_store_delete_category   (LtStore       *self,
                                          gint64         id,
                                          gint64         revision,
                                          GError       **error);
/* Every catégorie by position, then name. */
GListModel   *lt_store_list_categories   (LtStore       *self);

/* A new prestation with family-id 0 starts its own family (family-id = id). */
gboolean      lt_store_add_prestation    (LtStore       *self,
                                          LtPrestation  *prestation,
                                          GError       **error);
LtPrestation *lt_store_get_prestation    (LtStore       *self,
                                          gint64         id,
                                          GError       **error);
gboolean      lt_store_update_prestation (LtStore       *self,
                                          LtPrestation  *prestation,
                                          GError       **error);
gboolean      lt_store_delete_prestation (LtStore       *self,
                                          gint64         id,
                                          gint64         revision,
                                          GError       **error);
/* The current versions, by name; @category_id 0 for every catégorie;
 * @search NULL or accent-insensitive text in the name; archived ones only
 * when @include_archived. */
GListModel   *lt_store_list_prestations  (LtStore       *self,
                                          gint64         category_id,
                                          const char    *search,
                                          gboolean       include_archived);

gboolean      lt_store_add_step          (LtStore       *self,
                                          LtStep        *step,
                                          GError       **error);
LtStep       *lt_store_get_step          (LtStore       *self,
                                          gint64         id,
                                          GError       **error);
gboolean      lt_store_update_step       (LtStore       *self,
                                          LtStep        *step,
                                          GError       **error);
gboolean      lt_store_delete_step       (LtStore       *self,
                                          gint64         id,
                                          gint64         revision,
                                          GError       **error);
/* The steps of one prestation, by position. */
GListModel   *lt_store_list_steps        (LtStore       *self,
                                          gint64         prestation_id);

/* Plain CRUD: a self-link and a duplicate are refused here; cycles are the
 * catalogue operations' business (lt-step-graph). */
gboolean      lt_store_add_step_link     (LtStore       *self,
                                          LtStepLink    *link,
                                          GError       **error);
LtStepLink   *lt_store_get_step_link     (LtStore       *self,
                                          gint64         id,
                                          GError       **error);
gboolean      lt_store_update_step_link  (LtStore       *self,
                                          LtStepLink    *link,
                                          GError       **error);
gboolean      lt_store_delete_step_link  (LtStore       *self,
                                          gint64         id,
                                          gint64         revision,
                                          GError       **error);
/* The links between the steps of one prestation. */
GListModel   *lt_store_list_step_links   (LtStore       *self,
                                          gint64         prestation_id);

G_END_DECLS
