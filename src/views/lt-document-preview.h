/* lt-document-preview.h: a document of an affaire as its PDF — preview, print, export, what is missing */
#pragma once

#include <adwaita.h>

#include "lt-context.h"
#include "lt-pdf-view.h"

G_BEGIN_DECLS

#define LT_TYPE_DOCUMENT_PREVIEW (lt_document_preview_get_type ())

G_DECLARE_FINAL_TYPE (LtDocumentPreview, lt_document_preview, LT, DOCUMENT_PREVIEW, AdwWindow)

/* A window showing @document_id: a draft is generated from the current
 * data (and again when it changes), with the list of what it still lacks;
 * a signed document shows its frozen PDF, or says plainly that the stored
 * bytes no longer match their hash. Present it with gtk_window_present (). */
GtkWidget  *lt_document_preview_new            (LtContext         *context,
                                                gint64             document_id);

LtPdfView  *lt_document_preview_get_view       (LtDocumentPreview *self);
/* The PDF shown, NULL until generated or when it cannot be shown. (transfer none) */
GBytes     *lt_document_preview_get_pdf        (LtDocumentPreview *self);
/* How many items the checker lists (0 for a complete or a signed document). */
guint       lt_document_preview_get_n_missing  (LtDocumentPreview *self);
/* TRUE when a signed document's stored PDF fails its hash check. */
gboolean    lt_document_preview_is_tampered    (LtDocumentPreview *self);

/* Prints without a dialog to a PDF at @path, through the same drawing as
 * the Print… button (GTK_PRINT_OPERATION_ACTION_EXPORT). */
gboolean    lt_document_preview_print_to_file  (LtDocumentPreview *self,
                                                const char        *path,
                                                GError           **error);

/* Writes the PDF shown to @file, as the Save As… button does after its
 * file chooser. */
gboolean    lt_document_preview_save_to_file   (LtDocumentPreview *self,
                                                GFile             *file,
                                                GError           **error);
/* The page indicator's text, « 2 / 6 » (empty before the PDF is shown). */
const char *lt_document_preview_get_page_indicator (LtDocumentPreview *self);

/* Makes @store's sign operation freeze PDFs with src/pdf's renderer: for
 * whoever opens the store the views show (the application, tests). */
void        lt_document_preview_install_renderer (LtStore *store);

G_END_DECLS
