/* lt-project-links.h: « Links Between Prestations » — the project editor's dependency canvas over its steps */
#pragma once

#include "lt-project-editor.h"
#include "lt-project.h"

G_BEGIN_DECLS

void       lt_project_links_install  (LtProjectEditor  *editor);
void       lt_project_links_apply    (LtProjectEditor  *editor,
                                      LtProject        *project);
GtkWindow *lt_project_links_open     (LtProjectEditor  *editor);
gboolean   lt_project_links_link     (LtProjectEditor  *editor,
                                      gint64            from_step_id,
                                      gint64            to_step_id,
                                      int               lag_days,
                                      GError          **error);
GArray    *lt_project_links_get      (LtProjectEditor  *editor);

G_END_DECLS
