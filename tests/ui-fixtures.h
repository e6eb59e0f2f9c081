/* ui-fixtures.h: the main loop run for a while, widgets found in a tree, screenshots, for the UI tests */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*Condition) (gpointer data);

void       iterate         (guint       ms);
void       collect         (GtkWidget  *widget,
                            GType       type,
                            GPtrArray  *found);
GtkWidget *find_row        (GtkWidget  *root,
                            GType       type,
                            const char *title);
void       save_screenshot (GtkWidget  *widget,
                            const char *name);
void       wait_for        (Condition   condition,
                            gpointer    data,
                            const char *what);

G_END_DECLS
