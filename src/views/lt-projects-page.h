/* lt-projects-page.h: the projects page of the window */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_PROJECTS_PAGE (lt_projects_page_get_type ())

G_DECLARE_FINAL_TYPE (LtProjectsPage, lt_projects_page, LT, PROJECTS_PAGE, AdwBin)

GtkWidget *lt_projects_page_new         (LtContext *context);
LtContext *lt_projects_page_get_context (LtProjectsPage *self);

G_END_DECLS
