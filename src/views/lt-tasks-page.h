/* lt-tasks-page.h: the tasks page of the window */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_TASKS_PAGE (lt_tasks_page_get_type ())

G_DECLARE_FINAL_TYPE (LtTasksPage, lt_tasks_page, LT, TASKS_PAGE, AdwBin)

GtkWidget *lt_tasks_page_new         (LtContext *context);
LtContext *lt_tasks_page_get_context (LtTasksPage *self);

G_END_DECLS
