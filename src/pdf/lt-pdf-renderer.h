/* lt-pdf-renderer.h: a document of an affaire rendered as a PDF */
#pragma once

#include <glib.h>

#include "lt-document-content.h"

G_BEGIN_DECLS

/* Expands the template of the document's kind, lays it out on A4 with the
 * cabinet's letterhead, the honoraires table, the annexes and the signature
 * blocks, and returns the PDF bytes. @n_pages (optional) receives the page
 * count. NULL with LT_ERROR_RENDER on failure. (transfer full) */
GBytes *lt_pdf_render_document (const LtDocumentContent  *content,
                                guint                    *n_pages,
                                GError                  **error);

G_END_DECLS
