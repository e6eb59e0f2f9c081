/* lt-step-link.h: a dépendance between two steps of a prestation (from → to) */
#pragma once

#include <glib-object.h>

#include "lt-model.h"

#include "lt-enums.h"

G_BEGIN_DECLS

#define LT_TYPE_STEP_LINK (lt_step_link_get_type ())

G_DECLARE_FINAL_TYPE (LtStepLink, lt_step_link, LT, STEP_LINK, LtModel)

/* Properties are the columns of the table "step_links" (HACKING.md);
 */

LtStepLink *lt_step_link_new              (void);
LtStepLink *lt_step_link_copy             (LtStepLink *self);
gint64      lt_step_link_get_id           (LtStepLink *self);
void        lt_step_link_set_id           (LtStepLink *self,
                                           gint64      id);
gint64      lt_step_link_get_from_step_id (LtStepLink *self);
void        lt_step_link_set_from_step_id (LtStepLink *self,
                                           gint64      from_step_id);
gint64      lt_step_link_get_to_step_id   (LtStepLink *self);
void        lt_step_link_set_to_step_id   (LtStepLink *self,
                                           gint64      to_step_id);
int         lt_step_link_get_lag_days     (LtStepLink *self);
void        lt_step_link_set_lag_days     (LtStepLink *self,
                                           int         lag_days);
gint64      lt_step_link_get_revision     (LtStepLink *self);
void        lt_step_link_set_revision     (LtStepLink *self,
                                           gint64      revision);

G_END_DECLS
