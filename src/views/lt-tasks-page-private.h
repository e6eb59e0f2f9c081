/* lt-tasks-page-private.h: what the suivi page's files share — its instance and helpers */
#pragma once

#include "lt-choice-button.h"
#include "lt-client-filter.h"
#include "lt-store-task-list.h"
#include "lt-task.h"
#include "lt-tasks-page.h"
#include "lt-slot-list.h"
#include "lt-suivi-row.h"

G_BEGIN_DECLS

struct _LtTasksPage
{
  AdwBin              parent_instance;

  LtContext          *context;
  LtQueryModel       *tasks;
  GtkSingleSelection *selection;
  LtSlotList         *rows;        /* over tasks: what the column view shows */
  GArray             *staff_ids;    /* gint64, parallel to staff_dropdown's items */
  char               *last_message;
  GtkWidget          *dialog;       /* weak */
  gboolean            filling;

  AdwToastOverlay    *toast_overlay;
  GtkSearchEntry     *search_entry;
  GtkToggleButton    *mine_button;
  LtChoiceButton     *staff_dropdown;
  LtClientFilter     *client_filter;
  LtChoiceButton     *status_dropdown;
  GtkToggleButton    *overdue_button;
  GtkToggleButton    *week_button;
  GtkStack           *stack;
  GtkBox             *list_box;      /* the header, then the list */
  GtkListView        *list_view;
  LtSuiviColumns     *columns;       /* the widths dragged in the header */
  GtkLabel           *count_label;
  AdwStatusPage      *empty_page;
};

void    lt_tasks_page_show_message          (LtTasksPage    *self,
                                             const char     *message);
void    lt_tasks_page_show_error            (LtTasksPage    *self,
                                             const GError   *error);
/* The selected task read again from the store, or NULL. (transfer full) */
LtTask *lt_tasks_page_dup_selected_task     (LtTasksPage    *self);
/* The id in @ids at @dropdown's selected position, 0 when none. */
gint64  lt_tasks_page_selected_id           (LtChoiceButton *dropdown,
                                             GArray         *ids);
/* Remembers @dialog weakly, for lt_tasks_page_get_dialog(). */
void    lt_tasks_page_set_dialog            (LtTasksPage    *self,
                                             GtkWidget      *dialog);

void    lt_tasks_page_class_install_actions (GtkWidgetClass *widget_class);

G_END_DECLS
