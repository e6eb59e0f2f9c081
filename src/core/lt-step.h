/* lt-step.h: a tâche or demande d’information inside a prestation */
#pragma once

#include <glib-object.h>

#include "lt-model.h"

#include "lt-enums.h"

G_BEGIN_DECLS

#define LT_TYPE_STEP (lt_step_get_type ())

G_DECLARE_FINAL_TYPE (LtStep, lt_step, LT, STEP, LtModel)

/* Properties are the columns of the table "steps" (HACKING.md);
 */

LtStep     *lt_step_new               (void);
LtStep     *lt_step_copy              (LtStep *self);
gint64      lt_step_get_id            (LtStep *self);
void        lt_step_set_id            (LtStep *self,
                                       gint64  id);
gint64      lt_step_get_prestation_id (LtStep *self);
void        lt_step_set_prestation_id (LtStep *self,
                                       gint64  prestation_id);
LtStepKind  lt_step_get_kind          (LtStep *self);
void        lt_step_set_kind          (LtStep     *self,
                                       LtStepKind  kind);
const char *lt_step_get_title         (LtStep *self);
void        lt_step_set_title         (LtStep     *self,
                                       const char *title);
const char *lt_step_get_description   (LtStep *self);
void        lt_step_set_description   (LtStep     *self,
                                       const char *description);
int         lt_step_get_delay_days    (LtStep *self);
void        lt_step_set_delay_days    (LtStep *self,
                                       int     delay_days);
int         lt_step_get_position      (LtStep *self);
void        lt_step_set_position      (LtStep *self,
                                       int     position);
double      lt_step_get_x             (LtStep *self);
void        lt_step_set_x             (LtStep *self,
                                       double  x);
double      lt_step_get_y             (LtStep *self);
void        lt_step_set_y             (LtStep *self,
                                       double  y);
gint64      lt_step_get_revision      (LtStep *self);
void        lt_step_set_revision      (LtStep *self,
                                       gint64  revision);
const char *lt_step_get_client_title  (LtStep     *self);
void        lt_step_set_client_title  (LtStep     *self,
                                       const char *client_title);

gboolean    lt_step_has_delay         (LtStep *self);
gboolean    lt_step_get_from_period_end (LtStep *self);
void        lt_step_set_from_period_end (LtStep   *self,
                                         gboolean  from_period_end);

G_END_DECLS
