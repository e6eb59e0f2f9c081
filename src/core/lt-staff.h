/* lt-staff.h: an intervenant (collaborateur) of the cabinet */
#pragma once

#include <glib-object.h>

#include "lt-model.h"

#include "lt-enums.h"

G_BEGIN_DECLS

#define LT_TYPE_STAFF (lt_staff_get_type ())

G_DECLARE_FINAL_TYPE (LtStaff, lt_staff, LT, STAFF, LtModel)

/* Properties are the columns of the table "staff" (HACKING.md);
 */

LtStaff    *lt_staff_new              (void);
LtStaff    *lt_staff_copy             (LtStaff *self);
gint64      lt_staff_get_id           (LtStaff *self);
void        lt_staff_set_id           (LtStaff *self,
                                       gint64   id);
const char *lt_staff_get_name         (LtStaff *self);
void        lt_staff_set_name         (LtStaff    *self,
                                       const char *name);
const char *lt_staff_get_email        (LtStaff *self);
void        lt_staff_set_email        (LtStaff    *self,
                                       const char *email);
int         lt_staff_get_weekly_hours (LtStaff *self);
void        lt_staff_set_weekly_hours (LtStaff *self,
                                       int      weekly_hours);
gboolean    lt_staff_get_active       (LtStaff *self);
void        lt_staff_set_active       (LtStaff  *self,
                                       gboolean  active);
gint64      lt_staff_get_revision     (LtStaff *self);
void        lt_staff_set_revision     (LtStaff *self,
                                       gint64   revision);

G_END_DECLS
