/* lt-mail-preferences-page.h: Préférences › Courriel — the user's mail application, or the cabinet's SMTP server with its password in the keyring */
#pragma once

#include <adwaita.h>

#include "lt-context.h"
#include "lt-preferences-page.h"

G_BEGIN_DECLS

#define LT_TYPE_MAIL_PREFERENCES_PAGE (lt_mail_preferences_page_get_type ())

G_DECLARE_FINAL_TYPE (LtMailPreferencesPage, lt_mail_preferences_page, LT, MAIL_PREFERENCES_PAGE, LtPreferencesPage)

GtkWidget  *lt_mail_preferences_page_new       (LtContext             *context);
/* What « Save » does (the password, when typed, goes to the keyring in a
 * worker thread; the toast says how it went). */
gboolean    lt_mail_preferences_page_save      (LtMailPreferencesPage *self,
                                                GError               **error);
/* What « Test » does: connects and logs in off the main thread, with what
 * the rows say now; the toast says how it went. */
void        lt_mail_preferences_page_test      (LtMailPreferencesPage *self);
/* The last toast, for the tests. */
const char *lt_mail_preferences_page_get_last_message (LtMailPreferencesPage *self);

G_END_DECLS
