/* lt-terms.h: one version of the conditions générales */
#pragma once

#include <glib-object.h>

#include "lt-model.h"

#include "lt-enums.h"

G_BEGIN_DECLS

#define LT_TYPE_TERMS (lt_terms_get_type ())

G_DECLARE_FINAL_TYPE (LtTerms, lt_terms, LT, TERMS, LtModel)

/* Properties are the columns of the table "terms" (HACKING.md);
 */

LtTerms    *lt_terms_new              (void);
LtTerms    *lt_terms_copy             (LtTerms *self);
gint64      lt_terms_get_id           (LtTerms *self);
void        lt_terms_set_id           (LtTerms *self,
                                       gint64   id);
const char *lt_terms_get_version      (LtTerms *self);
void        lt_terms_set_version      (LtTerms    *self,
                                       const char *version);
const char *lt_terms_get_effective_on (LtTerms *self);
void        lt_terms_set_effective_on (LtTerms    *self,
                                       const char *effective_on);
const char *lt_terms_get_body         (LtTerms *self);
void        lt_terms_set_body         (LtTerms    *self,
                                       const char *body);
const char *lt_terms_get_created_at   (LtTerms *self);
void        lt_terms_set_created_at   (LtTerms    *self,
                                       const char *created_at);
gint64      lt_terms_get_revision     (LtTerms *self);
void        lt_terms_set_revision     (LtTerms *self,
                                       gint64   revision);

G_END_DECLS
