/* lt-accessible.h: names for the controls GTK 4.8 leaves unnamed or names twice */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void  lt_accessible_install          (void);
void  lt_accessible_name_tree        (GtkWidget  *root);
char *lt_accessible_strip_mnemonic   (const char *label);
void  lt_accessible_name_list_row    (GtkWidget  *child,
                                      const char *name,
                                      const char *description);

void  lt_accessible_offer_apply      (AdwEntryRow *row);

G_END_DECLS
