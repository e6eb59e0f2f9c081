/* lt-staff-preferences-page.h: the cabinet's intervenants, and who « I am » on this computer */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_STAFF_PREFERENCES_PAGE (lt_staff_preferences_page_get_type ())

G_DECLARE_FINAL_TYPE (LtStaffPreferencesPage, lt_staff_preferences_page, LT, STAFF_PREFERENCES_PAGE, AdwPreferencesPage)

GtkWidget  *lt_staff_preferences_page_new              (LtContext              *context);
gboolean    lt_staff_preferences_page_add              (LtStaffPreferencesPage *self,
                                                        const char             *name);
gboolean    lt_staff_preferences_page_update           (LtStaffPreferencesPage *self,
                                                        gint64                  staff_id,
                                                        const char             *name,
                                                        const char             *email,
                                                        int                     weekly_hours,
                                                        gboolean                active);
guint       lt_staff_preferences_page_get_n_staff      (LtStaffPreferencesPage *self);
const char *lt_staff_preferences_page_get_last_message (LtStaffPreferencesPage *self);

G_END_DECLS
