/* lt-affaire.h: an affaire — a prospect or a client of the cabinet */
#pragma once

#include <glib-object.h>

#include "lt-model.h"

#include "lt-enums.h"

G_BEGIN_DECLS

#define LT_TYPE_AFFAIRE (lt_affaire_get_type ())

G_DECLARE_FINAL_TYPE (LtAffaire, lt_affaire, LT, AFFAIRE, LtModel)

/* Properties are the columns of the table "affaires" (HACKING.md);
 */

LtAffaire      *lt_affaire_new                     (void);
LtAffaire      *lt_affaire_copy                    (LtAffaire *self);
gint64          lt_affaire_get_id                  (LtAffaire *self);
void            lt_affaire_set_id                  (LtAffaire *self,
                                                    gint64     id);
LtAffaireState  lt_affaire_get_state               (LtAffaire *self);
void            lt_affaire_set_state               (LtAffaire      *self,
                                                    LtAffaireState  state);
const char     *lt_affaire_get_name                (LtAffaire *self);
void            lt_affaire_set_name                (LtAffaire  *self,
                                                    const char *name);
const char     *lt_affaire_get_siren               (LtAffaire *self);
void            lt_affaire_set_siren               (LtAffaire  *self,
                                                    const char *siren);
const char     *lt_affaire_get_legal_form          (LtAffaire *self);
void            lt_affaire_set_legal_form          (LtAffaire  *self,
                                                    const char *legal_form);
const char     *lt_affaire_get_address             (LtAffaire *self);
void            lt_affaire_set_address             (LtAffaire  *self,
                                                    const char *address);
const char     *lt_affaire_get_postal_code         (LtAffaire *self);
void            lt_affaire_set_postal_code         (LtAffaire  *self,
                                                    const char *postal_code);
const char     *lt_affaire_get_city                (LtAffaire *self);
void            lt_affaire_set_city                (LtAffaire  *self,
                                                    const char *city);
const char     *lt_affaire_get_activity            (LtAffaire *self);
void            lt_affaire_set_activity            (LtAffaire  *self,
                                                    const char *activity);
const char     *lt_affaire_get_fiscal_year_end     (LtAffaire *self);
void            lt_affaire_set_fiscal_year_end     (LtAffaire  *self,
                                                    const char *fiscal_year_end);
const char     *lt_affaire_get_director            (LtAffaire *self);
void            lt_affaire_set_director            (LtAffaire  *self,
                                                    const char *director);
const char     *lt_affaire_get_lcbft_identified_on (LtAffaire *self);
void            lt_affaire_set_lcbft_identified_on (LtAffaire  *self,
                                                    const char *lcbft_identified_on);
gint64          lt_affaire_get_lcbft_identified_by (LtAffaire *self);
void            lt_affaire_set_lcbft_identified_by (LtAffaire *self,
                                                    gint64     lcbft_identified_by);
const char     *lt_affaire_get_beneficial_owner    (LtAffaire *self);
void            lt_affaire_set_beneficial_owner    (LtAffaire  *self,
                                                    const char *beneficial_owner);
LtVigilance     lt_affaire_get_vigilance           (LtAffaire *self);
void            lt_affaire_set_vigilance           (LtAffaire   *self,
                                                    LtVigilance  vigilance);
gboolean        lt_affaire_get_consumer            (LtAffaire *self);
void            lt_affaire_set_consumer            (LtAffaire *self,
                                                    gboolean   consumer);
const char     *lt_affaire_get_exercice_start      (LtAffaire *self);
void            lt_affaire_set_exercice_start      (LtAffaire  *self,
                                                    const char *exercice_start);
const char     *lt_affaire_get_exercice_end        (LtAffaire *self);
void            lt_affaire_set_exercice_end        (LtAffaire  *self,
                                                    const char *exercice_end);
const char     *lt_affaire_get_created_at          (LtAffaire *self);
void            lt_affaire_set_created_at          (LtAffaire  *self,
                                                    const char *created_at);
gint64          lt_affaire_get_revision            (LtAffaire *self);
void            lt_affaire_set_revision            (LtAffaire *self,
                                                    gint64     revision);

gboolean        lt_affaire_is_client               (LtAffaire *self);
gboolean        lt_affaire_is_lcbft_done           (LtAffaire *self);

/* issue 13: a client whose lettre de mission is outside Lettrine */
const char     *lt_affaire_get_letter_outside_date      (LtAffaire  *self);
void            lt_affaire_set_letter_outside_date      (LtAffaire  *self,
                                                         const char *letter_outside_date);
const char     *lt_affaire_get_letter_outside_reference (LtAffaire  *self);
void            lt_affaire_set_letter_outside_reference (LtAffaire  *self,
                                                         const char *letter_outside_reference);
gboolean        lt_affaire_has_letter_outside           (LtAffaire  *self);

G_END_DECLS
