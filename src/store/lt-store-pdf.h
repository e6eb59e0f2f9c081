/* lt-store-pdf.h: what a document's PDF needs, gathered from the store; frozen PDFs of signed documents */
#pragma once

#include "lt-document-content.h"
#include "lt-store.h"

G_BEGIN_DECLS

/* Everything the checker and the renderer read for @document_id: the
 * document, its affaire, the firm, the signataire, the lines, the terms, the
 * letter an avenant amends, the documents a substitutive replaces, the main
 * intervenant, and the annex « répartition des obligations » from the steps
 * of each line's prestation. (transfer full) */
LtDocumentContent *lt_store_get_document_content (LtStore     *self,
                                                  gint64       document_id,
                                                  GError     **error);

/* Stores @pdf and its SHA-256 with the document (nested in the caller's
 * transaction when there is one, e.g. the sign operation). A document is
 * frozen once: freezing again with other bytes fails with
 * LT_ERROR_INVALID_TRANSITION. */
gboolean           lt_store_freeze_document_pdf  (LtStore     *self,
                                                  gint64       document_id,
                                                  GBytes      *pdf,
                                                  GError     **error);

/* The frozen PDF of @document_id after checking its SHA-256: NULL without
 * error when the document was never frozen; NULL with LT_ERROR_PDF_TAMPERED
 * when the bytes no longer match their hash. (transfer full) */
GBytes            *lt_store_get_frozen_pdf       (LtStore     *self,
                                                  gint64       document_id,
                                                  GError     **error);

/* The renderer is in src/pdf, above the store: the application and the CLI
 * install it once at start, and the sign operation freezes through it. */
typedef GBytes *(*LtStorePdfRenderer) (const LtDocumentContent  *content,
                                       GError                  **error);

void               lt_store_set_pdf_renderer     (LtStorePdfRenderer renderer);
gboolean           lt_store_has_pdf_renderer     (void);

/* Gathers, renders with the installed renderer and freezes @document_id, in
 * one transaction (or inside the caller's): for lt_store_document_sign ().
 * LT_ERROR_RENDER when no renderer is installed. */
gboolean           lt_store_freeze_document      (LtStore     *self,
                                                  gint64       document_id,
                                                  GError     **error);

/* Lowercase hex SHA-256 of @bytes. (transfer full) */
char              *lt_store_pdf_checksum         (GBytes      *bytes);

G_END_DECLS
