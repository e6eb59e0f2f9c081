/* lt-accessible.h: names for the controls GTK 4.8 leaves unnamed or names twice */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void  lt_accessible_install          (void);
void  lt_accessible_name_tree        (GtkWidget  *root);
char *lt_accessible_strip_mnemonic   (const char *label);

G_END_DECLS
