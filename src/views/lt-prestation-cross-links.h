/* lt-prestation-cross-links.h: in the prestation editor, the steps that wait on another prestation's */
#pragma once

#include "lt-prestation-editor.h"

G_BEGIN_DECLS

void       lt_prestation_cross_links_install (LtPrestationEditor  *editor);
gboolean   lt_prestation_cross_links_add     (LtPrestationEditor  *editor,
                                              gint64               to_step_id,
                                              gint64               from_step_id,
                                              int                  lag_days,
                                              GError             **error);
GtkWidget *lt_prestation_cross_links_get_button (LtPrestationEditor *editor);

G_END_DECLS
