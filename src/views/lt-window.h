/* lt-window.h: the main window — sidebar of places, pages, toasts */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_WINDOW (lt_window_get_type ())

G_DECLARE_FINAL_TYPE (LtWindow, lt_window, LT, WINDOW, AdwApplicationWindow)

/* The names win.show-page takes: "affaires", "prestations", "projects", "tasks". */

LtWindow   *lt_window_new                   (GtkApplication *application,
                                             LtContext      *context);
LtContext  *lt_window_get_context           (LtWindow       *self);
void        lt_window_add_toast             (LtWindow       *self,
                                             AdwToast       *toast);
void        lt_window_show_page             (LtWindow       *self,
                                             const char     *name);
const char *lt_window_get_visible_page_name (LtWindow       *self);
GtkWidget  *lt_window_get_page              (LtWindow       *self,
                                             const char     *name);

G_END_DECLS
