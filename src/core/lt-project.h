/* lt-project.h: a projet of a client: the prestations assigned and their suivi */
#pragma once

#include <glib-object.h>

#include "lt-model.h"

#include "lt-enums.h"

G_BEGIN_DECLS

#define LT_TYPE_PROJECT (lt_project_get_type ())

G_DECLARE_FINAL_TYPE (LtProject, lt_project, LT, PROJECT, LtModel)

/* Properties are the columns of the table "projects" (HACKING.md);
 */

LtProject  *lt_project_new            (void);
LtProject  *lt_project_copy           (LtProject *self);
gint64      lt_project_get_id         (LtProject *self);
void        lt_project_set_id         (LtProject *self,
                                       gint64     id);
gint64      lt_project_get_affaire_id (LtProject *self);
void        lt_project_set_affaire_id (LtProject *self,
                                       gint64     affaire_id);
const char *lt_project_get_name       (LtProject *self);
void        lt_project_set_name       (LtProject  *self,
                                       const char *name);
const char *lt_project_get_start_date (LtProject *self);
void        lt_project_set_start_date (LtProject  *self,
                                       const char *start_date);
const char *lt_project_get_end_date   (LtProject *self);
void        lt_project_set_end_date   (LtProject  *self,
                                       const char *end_date);
gint64      lt_project_get_staff_id   (LtProject *self);
void        lt_project_set_staff_id   (LtProject *self,
                                       gint64     staff_id);
gboolean    lt_project_get_generated  (LtProject *self);
void        lt_project_set_generated  (LtProject *self,
                                       gboolean   generated);
const char *lt_project_get_created_at (LtProject *self);
void        lt_project_set_created_at (LtProject  *self,
                                       const char *created_at);
gint64      lt_project_get_revision   (LtProject *self);
void        lt_project_set_revision   (LtProject *self,
                                       gint64     revision);

G_END_DECLS
