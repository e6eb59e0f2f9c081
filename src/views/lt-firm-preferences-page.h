/* lt-firm-preferences-page.h: the cabinet's letterhead details, in Préférences */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_FIRM_PREFERENCES_PAGE (lt_firm_preferences_page_get_type ())

G_DECLARE_FINAL_TYPE (LtFirmPreferencesPage, lt_firm_preferences_page, LT, FIRM_PREFERENCES_PAGE, AdwPreferencesPage)

/* A page for AdwPreferencesWindow: one row per detail of the firm (name,
 * legal form, address, SIREN, RCS, Ordre, VAT number, insurance, signing
 * expert-comptable), each saved when applied. */
GtkWidget   *lt_firm_preferences_page_new       (LtContext             *context);

/* The row of a firm property ("rcs", "signatory-name"…), for tests. (transfer none) */
AdwEntryRow *lt_firm_preferences_page_get_row   (LtFirmPreferencesPage *self,
                                                 const char            *property);
/* The message of the last refused change, or NULL. */
const char  *lt_firm_preferences_page_get_error (LtFirmPreferencesPage *self);

G_END_DECLS
