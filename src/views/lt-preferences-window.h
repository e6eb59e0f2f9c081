/* lt-preferences-window.h: the preferences — general settings, then the firm's pages */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_PREFERENCES_WINDOW (lt_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (LtPreferencesWindow, lt_preferences_window, LT, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWindow *lt_preferences_window_new         (LtContext           *context);
LtContext *lt_preferences_window_get_context (LtPreferencesWindow *self);

G_END_DECLS
