/* lt-affaires-page.h: the affaires page of the window */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_AFFAIRES_PAGE (lt_affaires_page_get_type ())

G_DECLARE_FINAL_TYPE (LtAffairesPage, lt_affaires_page, LT, AFFAIRES_PAGE, AdwBin)

GtkWidget *lt_affaires_page_new         (LtContext *context);
LtContext *lt_affaires_page_get_context (LtAffairesPage *self);
void       lt_affaires_page_select_affaire (LtAffairesPage *self,
                                            gint64          affaire_id);

G_END_DECLS
