/* lt-documents-view.h: the documents of an affaire, their lineage, lines and actions */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_DOCUMENTS_VIEW (lt_documents_view_get_type ())

G_DECLARE_FINAL_TYPE (LtDocumentsView, lt_documents_view, LT, DOCUMENTS_VIEW, AdwBin)

/* Signal "toast" (const char *message): what the page should announce. */

GtkWidget *lt_documents_view_new             (LtContext       *context);
void       lt_documents_view_set_context     (LtDocumentsView *self,
                                              LtContext       *context);
void       lt_documents_view_set_affaire_id  (LtDocumentsView *self,
                                              gint64           affaire_id);
gint64     lt_documents_view_get_affaire_id  (LtDocumentsView *self);
void       lt_documents_view_select_document (LtDocumentsView *self,
                                              gint64           document_id);
gint64     lt_documents_view_get_selected_id (LtDocumentsView *self);

G_END_DECLS
