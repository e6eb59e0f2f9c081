/* lt-projects-page.h: the projects of the clients, their demandes, and the editor that creates them */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_PROJECTS_PAGE (lt_projects_page_get_type ())

G_DECLARE_FINAL_TYPE (LtProjectsPage, lt_projects_page, LT, PROJECTS_PAGE, AdwBin)

GtkWidget  *lt_projects_page_new              (LtContext      *context);
LtContext  *lt_projects_page_get_context      (LtProjectsPage *self);
void        lt_projects_page_show_client      (LtProjectsPage *self,
                                               gint64          affaire_id);
GtkWindow  *lt_projects_page_new_project      (LtProjectsPage *self,
                                               gint64          affaire_id);
GListModel *lt_projects_page_get_projects     (LtProjectsPage *self);
const char *lt_projects_page_get_last_message (LtProjectsPage *self);

G_END_DECLS
