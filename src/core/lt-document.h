/* lt-document.h: a contract document of an affaire (offre, lettre de mission…) */
#pragma once

#include <glib-object.h>

#include "lt-model.h"

#include "lt-enums.h"

G_BEGIN_DECLS

#define LT_TYPE_DOCUMENT (lt_document_get_type ())

G_DECLARE_FINAL_TYPE (LtDocument, lt_document, LT, DOCUMENT, LtModel)

/* Properties are the columns of the table "documents" (HACKING.md);
 * not columns, set by the store for display: "affaire-name".
 */

LtDocument      *lt_document_new                (void);
LtDocument      *lt_document_copy               (LtDocument *self);
gint64           lt_document_get_id             (LtDocument *self);
void             lt_document_set_id             (LtDocument *self,
                                                 gint64      id);
gint64           lt_document_get_affaire_id     (LtDocument *self);
void             lt_document_set_affaire_id     (LtDocument *self,
                                                 gint64      affaire_id);
LtDocumentKind   lt_document_get_kind           (LtDocument *self);
void             lt_document_set_kind           (LtDocument     *self,
                                                 LtDocumentKind  kind);
LtDocumentState  lt_document_get_state          (LtDocument *self);
void             lt_document_set_state          (LtDocument      *self,
                                                 LtDocumentState  state);
const char      *lt_document_get_title          (LtDocument *self);
void             lt_document_set_title          (LtDocument *self,
                                                 const char *title);
gint64           lt_document_get_terms_id       (LtDocument *self);
void             lt_document_set_terms_id       (LtDocument *self,
                                                 gint64      terms_id);
gint64           lt_document_get_parent_id      (LtDocument *self);
void             lt_document_set_parent_id      (LtDocument *self,
                                                 gint64      parent_id);
gint64           lt_document_get_replaced_by_id (LtDocument *self);
void             lt_document_set_replaced_by_id (LtDocument *self,
                                                 gint64      replaced_by_id);
const char      *lt_document_get_created_at     (LtDocument *self);
void             lt_document_set_created_at     (LtDocument *self,
                                                 const char *created_at);
const char      *lt_document_get_sent_on        (LtDocument *self);
void             lt_document_set_sent_on        (LtDocument *self,
                                                 const char *sent_on);
const char      *lt_document_get_signed_on      (LtDocument *self);
void             lt_document_set_signed_on      (LtDocument *self,
                                                 const char *signed_on);
const char      *lt_document_get_refused_on     (LtDocument *self);
void             lt_document_set_refused_on     (LtDocument *self,
                                                 const char *refused_on);
GBytes          *lt_document_get_pdf            (LtDocument *self);
void             lt_document_set_pdf            (LtDocument *self,
                                                 GBytes     *pdf);
const char      *lt_document_get_pdf_sha256     (LtDocument *self);
void             lt_document_set_pdf_sha256     (LtDocument *self,
                                                 const char *pdf_sha256);
gint64           lt_document_get_revision       (LtDocument *self);
void             lt_document_set_revision       (LtDocument *self,
                                                 gint64      revision);
const char      *lt_document_get_number         (LtDocument *self);
void             lt_document_set_number         (LtDocument *self,
                                                 const char *number);
const char      *lt_document_get_affaire_name   (LtDocument *self);
void             lt_document_set_affaire_name   (LtDocument *self,
                                                 const char *affaire_name);

gboolean         lt_document_is_draft           (LtDocument *self);
gboolean         lt_document_has_pdf            (LtDocument *self);

G_END_DECLS
