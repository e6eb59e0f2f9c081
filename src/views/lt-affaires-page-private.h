/* lt-affaires-page-private.h: what tests reach inside the affaires page */
#pragma once

#include "lt-affaire-editor.h"
#include "lt-affaires-page.h"
#include "lt-documents-view.h"

G_BEGIN_DECLS

GListModel      *lt_affaires_page_get_list          (LtAffairesPage *self);
GtkSearchEntry  *lt_affaires_page_get_search_entry  (LtAffairesPage *self);
LtAffaireEditor *lt_affaires_page_get_editor        (LtAffairesPage *self);
LtDocumentsView *lt_affaires_page_get_documents_view (LtAffairesPage *self);
/* The messages toasted so far, oldest first (transfer none). */
GPtrArray       *lt_affaires_page_get_toasts        (LtAffairesPage *self);
/* The dialog last opened by affaires.renew / affaires.import (transfer none). */
GtkWindow       *lt_affaires_page_get_dialog        (LtAffairesPage *self);

G_END_DECLS
