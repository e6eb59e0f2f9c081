/* lt-assignment.h: a prestation assigned to a projet, with its dates and price */
#pragma once

#include <glib-object.h>

#include "lt-model.h"

#include "lt-enums.h"

G_BEGIN_DECLS

#define LT_TYPE_ASSIGNMENT (lt_assignment_get_type ())

G_DECLARE_FINAL_TYPE (LtAssignment, lt_assignment, LT, ASSIGNMENT, LtModel)

/* Properties are the columns of the table "assignments" (HACKING.md);
 */

LtAssignment *lt_assignment_new               (void);
LtAssignment *lt_assignment_copy              (LtAssignment *self);
gint64        lt_assignment_get_id            (LtAssignment *self);
void          lt_assignment_set_id            (LtAssignment *self,
                                               gint64        id);
gint64        lt_assignment_get_project_id    (LtAssignment *self);
void          lt_assignment_set_project_id    (LtAssignment *self,
                                               gint64        project_id);
gint64        lt_assignment_get_prestation_id (LtAssignment *self);
void          lt_assignment_set_prestation_id (LtAssignment *self,
                                               gint64        prestation_id);
const char   *lt_assignment_get_start_date    (LtAssignment *self);
void          lt_assignment_set_start_date    (LtAssignment *self,
                                               const char   *start_date);
const char   *lt_assignment_get_end_date      (LtAssignment *self);
void          lt_assignment_set_end_date      (LtAssignment *self,
                                               const char   *end_date);
gint64        lt_assignment_get_price_cents   (LtAssignment *self);
void          lt_assignment_set_price_cents   (LtAssignment *self,
                                               gint64        price_cents);
gint64        lt_assignment_get_revision      (LtAssignment *self);
void          lt_assignment_set_revision      (LtAssignment *self,
                                               gint64        revision);

G_END_DECLS
