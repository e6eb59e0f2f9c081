/* lt-prestation.h: one version of a prestation of the catalogue */
#pragma once

#include <glib-object.h>

#include "lt-model.h"

#include "lt-enums.h"

G_BEGIN_DECLS

#define LT_TYPE_PRESTATION (lt_prestation_get_type ())

G_DECLARE_FINAL_TYPE (LtPrestation, lt_prestation, LT, PRESTATION, LtModel)

/* Properties are the columns of the table "prestations" (HACKING.md);
 * not columns, set by the store for display: "category-name".
 */

LtPrestation *lt_prestation_new               (void);
LtPrestation *lt_prestation_copy              (LtPrestation *self);
gint64        lt_prestation_get_id            (LtPrestation *self);
void          lt_prestation_set_id            (LtPrestation *self,
                                               gint64        id);
gint64        lt_prestation_get_family_id     (LtPrestation *self);
void          lt_prestation_set_family_id     (LtPrestation *self,
                                               gint64        family_id);
int           lt_prestation_get_version       (LtPrestation *self);
void          lt_prestation_set_version       (LtPrestation *self,
                                               int           version);
gboolean      lt_prestation_get_is_current    (LtPrestation *self);
void          lt_prestation_set_is_current    (LtPrestation *self,
                                               gboolean      is_current);
gint64        lt_prestation_get_category_id   (LtPrestation *self);
void          lt_prestation_set_category_id   (LtPrestation *self,
                                               gint64        category_id);
const char   *lt_prestation_get_name          (LtPrestation *self);
void          lt_prestation_set_name          (LtPrestation *self,
                                               const char   *name);
const char   *lt_prestation_get_description   (LtPrestation *self);
void          lt_prestation_set_description   (LtPrestation *self,
                                               const char   *description);
gint64        lt_prestation_get_price_cents   (LtPrestation *self);
void          lt_prestation_set_price_cents   (LtPrestation *self,
                                               gint64        price_cents);
const char   *lt_prestation_get_deliverable   (LtPrestation *self);
void          lt_prestation_set_deliverable   (LtPrestation *self,
                                               const char   *deliverable);
LtRecurrence  lt_prestation_get_recurrence    (LtPrestation *self);
void          lt_prestation_set_recurrence    (LtPrestation *self,
                                               LtRecurrence  recurrence);
gboolean      lt_prestation_get_archived      (LtPrestation *self);
void          lt_prestation_set_archived      (LtPrestation *self,
                                               gboolean      archived);
LtMission     lt_prestation_get_mission       (LtPrestation *self);
void          lt_prestation_set_mission       (LtPrestation *self,
                                               LtMission     mission);
gint64        lt_prestation_get_revision      (LtPrestation *self);
void          lt_prestation_set_revision      (LtPrestation *self,
                                               gint64        revision);
const char   *lt_prestation_get_category_name (LtPrestation *self);
void          lt_prestation_set_category_name (LtPrestation *self,
                                               const char   *category_name);

gboolean      lt_prestation_has_price         (LtPrestation *self);

G_END_DECLS
