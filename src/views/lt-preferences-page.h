/* lt-preferences-page.h: a page of Préférences that works on the context's database and speaks through the window's toasts */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_PREFERENCES_PAGE (lt_preferences_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (LtPreferencesPage, lt_preferences_page, LT, PREFERENCES_PAGE, AdwPreferencesPage)

struct _LtPreferencesPageClass
{
  AdwPreferencesPageClass parent_class;
};

LtContext *lt_preferences_page_get_context (LtPreferencesPage *self);
/* The context's store: NULL when no database is open. */
LtStore   *lt_preferences_page_get_store   (LtPreferencesPage *self);
/* @message as a toast of the preferences window the page is in. */
void       lt_preferences_page_toast       (LtPreferencesPage *self,
                                            const char        *message);

G_END_DECLS
