/* lt-firm.h: the cabinet itself: its legal details, printed on every letter */
#pragma once

#include <glib-object.h>

#include "lt-model.h"

#include "lt-enums.h"

G_BEGIN_DECLS

#define LT_TYPE_FIRM (lt_firm_get_type ())

G_DECLARE_FINAL_TYPE (LtFirm, lt_firm, LT, FIRM, LtModel)

/* Properties are the columns of the table "firm" (HACKING.md);
 */

LtFirm     *lt_firm_new                (void);
LtFirm     *lt_firm_copy               (LtFirm *self);
gint64      lt_firm_get_id             (LtFirm *self);
void        lt_firm_set_id             (LtFirm *self,
                                        gint64  id);
const char *lt_firm_get_name           (LtFirm *self);
void        lt_firm_set_name           (LtFirm     *self,
                                        const char *name);
const char *lt_firm_get_legal_form     (LtFirm *self);
void        lt_firm_set_legal_form     (LtFirm     *self,
                                        const char *legal_form);
const char *lt_firm_get_address        (LtFirm *self);
void        lt_firm_set_address        (LtFirm     *self,
                                        const char *address);
const char *lt_firm_get_postal_code    (LtFirm *self);
void        lt_firm_set_postal_code    (LtFirm     *self,
                                        const char *postal_code);
const char *lt_firm_get_city           (LtFirm *self);
void        lt_firm_set_city           (LtFirm     *self,
                                        const char *city);
const char *lt_firm_get_phone          (LtFirm *self);
void        lt_firm_set_phone          (LtFirm     *self,
                                        const char *phone);
const char *lt_firm_get_email          (LtFirm *self);
void        lt_firm_set_email          (LtFirm     *self,
                                        const char *email);
const char *lt_firm_get_siren          (LtFirm *self);
void        lt_firm_set_siren          (LtFirm     *self,
                                        const char *siren);
const char *lt_firm_get_rcs            (LtFirm *self);
void        lt_firm_set_rcs            (LtFirm     *self,
                                        const char *rcs);
const char *lt_firm_get_ordre          (LtFirm *self);
void        lt_firm_set_ordre          (LtFirm     *self,
                                        const char *ordre);
const char *lt_firm_get_vat_number     (LtFirm *self);
void        lt_firm_set_vat_number     (LtFirm     *self,
                                        const char *vat_number);
const char *lt_firm_get_insurance      (LtFirm *self);
void        lt_firm_set_insurance      (LtFirm     *self,
                                        const char *insurance);
const char *lt_firm_get_signatory_name (LtFirm *self);
void        lt_firm_set_signatory_name (LtFirm     *self,
                                        const char *signatory_name);
const char *lt_firm_get_mediator_name    (LtFirm *self);
void        lt_firm_set_mediator_name    (LtFirm     *self,
                                          const char *mediator_name);
const char *lt_firm_get_mediator_address (LtFirm *self);
void        lt_firm_set_mediator_address (LtFirm     *self,
                                          const char *mediator_address);
const char *lt_firm_get_mediator_website (LtFirm *self);
void        lt_firm_set_mediator_website (LtFirm     *self,
                                          const char *mediator_website);
gint64      lt_firm_get_revision       (LtFirm *self);
void        lt_firm_set_revision       (LtFirm *self,
                                        gint64  revision);
gboolean    lt_firm_get_alsace_moselle (LtFirm   *self);
void        lt_firm_set_alsace_moselle (LtFirm   *self,
                                        gboolean  alsace_moselle);

G_END_DECLS
