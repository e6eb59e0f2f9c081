/* lt-store-documents.h: CRUD of documents, their lines, and the conditions générales */
#pragma once

#include "lt-document.h"
#include "lt-document-line.h"
#include "lt-store.h"
#include "lt-terms.h"

G_BEGIN_DECLS

gboolean        lt_store_add_terms            (LtStore         *self,
                                               LtTerms         *terms,
                                               GError         **error);
LtTerms        *lt_store_get_terms            (LtStore         *self,
                                               gint64           id,
                                               GError         **error);
gboolean        lt_store_update_terms         (LtStore         *self,
                                               LtTerms         *terms,
                                               GError         **error);
gboolean        lt_store_delete_terms         (LtStore         *self,
                                               gint64           id,
                                               gint64           revision,
                                               GError         **error);
/* Every version, the newest (effective-on) first. */
GListModel     *lt_store_list_terms           (LtStore         *self);

/* The document's PDF and its SHA-256 are plain columns here; freezing a
 * signed document's PDF is lt-store-pdf's business. */
gboolean        lt_store_add_document         (LtStore         *self,
                                               LtDocument      *document,
                                               GError         **error);
LtDocument     *lt_store_get_document         (LtStore         *self,
                                               gint64           id,
                                               GError         **error);
gboolean        lt_store_update_document      (LtStore         *self,
                                               LtDocument      *document,
                                               GError         **error);
gboolean        lt_store_delete_document      (LtStore         *self,
                                               gint64           id,
                                               gint64           revision,
                                               GError         **error);
/* The documents of one affaire (0: of every affaire), oldest first. */
GListModel     *lt_store_list_documents       (LtStore         *self,
                                               gint64           affaire_id);

gboolean        lt_store_add_document_line    (LtStore         *self,
                                               LtDocumentLine  *line,
                                               GError         **error);
LtDocumentLine *lt_store_get_document_line    (LtStore         *self,
                                               gint64           id,
                                               GError         **error);
gboolean        lt_store_update_document_line (LtStore         *self,
                                               LtDocumentLine  *line,
                                               GError         **error);
gboolean        lt_store_delete_document_line (LtStore         *self,
                                               gint64           id,
                                               gint64           revision,
                                               GError         **error);
/* The lines of one document, by position. */
GListModel     *lt_store_list_document_lines  (LtStore         *self,
                                               gint64           document_id);

G_END_DECLS
