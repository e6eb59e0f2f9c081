/* lt-tasks-page.h: the suivi des tâches — every task by due date, filters, done/reopen/reassign/due date */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_TASKS_PAGE (lt_tasks_page_get_type ())

G_DECLARE_FINAL_TYPE (LtTasksPage, lt_tasks_page, LT, TASKS_PAGE, AdwBin)

GtkWidget  *lt_tasks_page_new              (LtContext   *context);
LtContext  *lt_tasks_page_get_context      (LtTasksPage *self);
GListModel *lt_tasks_page_get_tasks        (LtTasksPage *self);
gboolean    lt_tasks_page_select_task      (LtTasksPage *self,
                                            gint64       task_id);
void        lt_tasks_page_show_client      (LtTasksPage *self,
                                            gint64       affaire_id);
const char *lt_tasks_page_get_last_message (LtTasksPage *self);
GtkWidget  *lt_tasks_page_get_dialog       (LtTasksPage *self);

G_END_DECLS
