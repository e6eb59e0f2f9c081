/* lt-contact.h: a contact person of an affaire (dirigeant, signataire…) */
#pragma once

#include <glib-object.h>

#include "lt-model.h"

#include "lt-enums.h"

G_BEGIN_DECLS

#define LT_TYPE_CONTACT (lt_contact_get_type ())

G_DECLARE_FINAL_TYPE (LtContact, lt_contact, LT, CONTACT, LtModel)

/* Properties are the columns of the table "contacts" (HACKING.md);
 */

LtContact  *lt_contact_new              (void);
LtContact  *lt_contact_copy             (LtContact *self);
gint64      lt_contact_get_id           (LtContact *self);
void        lt_contact_set_id           (LtContact *self,
                                         gint64     id);
gint64      lt_contact_get_affaire_id   (LtContact *self);
void        lt_contact_set_affaire_id   (LtContact *self,
                                         gint64     affaire_id);
const char *lt_contact_get_name         (LtContact *self);
void        lt_contact_set_name         (LtContact  *self,
                                         const char *name);
const char *lt_contact_get_role         (LtContact *self);
void        lt_contact_set_role         (LtContact  *self,
                                         const char *role);
const char *lt_contact_get_email        (LtContact *self);
void        lt_contact_set_email        (LtContact  *self,
                                         const char *email);
const char *lt_contact_get_phone        (LtContact *self);
void        lt_contact_set_phone        (LtContact  *self,
                                         const char *phone);
gboolean    lt_contact_get_is_signatory (LtContact *self);
void        lt_contact_set_is_signatory (LtContact *self,
                                         gboolean   is_signatory);
gint64      lt_contact_get_revision     (LtContact *self);
void        lt_contact_set_revision     (LtContact *self,
                                         gint64     revision);

G_END_DECLS
