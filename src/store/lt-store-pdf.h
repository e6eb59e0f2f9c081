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

/* The renderer is in src/pdf, above the store: whoever opens a store (the
 * application, lettrine-cli, a test) gives it one, and the sign operation
 * freezes through it. A store without one signs without freezing.
 * lt_store_set_pdf_renderer () is in lt-store.c, with the store's fields;
 * @user_data must outlive the store and its copies (a renewal's worker
 * connection renders with its store's renderer, in its thread). */
typedef GBytes *(*LtStorePdfRenderer) (const LtDocumentContent  *content,
                                       gpointer                  user_data,
                                       GError                  **error);

void               lt_store_set_pdf_renderer     (LtStore            *self,
                                                  LtStorePdfRenderer  renderer,
                                                  gpointer            user_data);
LtStorePdfRenderer lt_store_get_pdf_renderer     (LtStore            *self,
                                                  gpointer           *user_data);
gboolean           lt_store_has_pdf_renderer     (LtStore            *self);

/* Gathers, renders with the store's renderer and freezes @document_id, in
 * one transaction (or inside the caller's): for lt_store_document_sign ().
 * LT_ERROR_RENDER when the store has no renderer. */
gboolean           lt_store_freeze_document      (LtStore     *self,
                                                  gint64       document_id,
                                                  GError     **error);

/* Lowercase hex SHA-256 of @bytes. (transfer full) */
char              *lt_store_pdf_checksum         (GBytes      *bytes);

G_END_DECLS
