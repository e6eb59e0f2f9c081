/* lt-application.h: the application — options, actions, accelerators, the store */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_APPLICATION (lt_application_get_type ())

G_DECLARE_FINAL_TYPE (LtApplication, lt_application, LT, APPLICATION, AdwApplication)

LtApplication *lt_application_new         (void);
LtContext     *lt_application_get_context (LtApplication *self);
GtkWindow     *lt_application_create_about_window (void);

G_END_DECLS
