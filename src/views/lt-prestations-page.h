/* lt-prestations-page.h: the prestations page of the window */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_PRESTATIONS_PAGE (lt_prestations_page_get_type ())

G_DECLARE_FINAL_TYPE (LtPrestationsPage, lt_prestations_page, LT, PRESTATIONS_PAGE, AdwBin)

GtkWidget *lt_prestations_page_new         (LtContext *context);
LtContext *lt_prestations_page_get_context (LtPrestationsPage *self);
GtkWidget *lt_prestations_page_get_editor  (LtPrestationsPage *self);
gboolean   lt_prestations_page_open        (LtPrestationsPage  *self,
                                            gint64              prestation_id,
                                            GError            **error);

G_END_DECLS
