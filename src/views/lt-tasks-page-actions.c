/* lt-tasks-page-actions.c: the suivi's actions on the selected task — done, reopen, due date, reassign */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-tasks-page"

#include "config.h"


#include <glib/gi18n.h>

#include "lt-date-button.h"
#include "lt-date.h"
#include "lt-reschedule-dialog.h"
#include "lt-staff.h"
#include "lt-store-affaires.h"
#include "lt-store-project-ops.h"
#include "lt-task.h"
#include "lt-tasks-page-private.h"
#include "lt-working-days.h"

void
lt_tasks_page_set_dialog (LtTasksPage *self,
                          GtkWidget   *dialog)
{
  if (self->dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
  self->dialog = dialog;
  if (dialog != NULL)
    g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->dialog);
}

static void
on_reschedule_response_cb (LtRescheduleDialog *dialog,
                           const char         *response,
                           LtTasksPage        *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "cancel"))
    return;

  if (!lt_reschedule_dialog_apply (dialog, g_str_equal (response, "apply"), &error))
    lt_tasks_page_show_error (self, error);
  else
    lt_tasks_page_show_message (self, g_str_equal (response, "apply")
                        ? _("Dates changed, with the tasks after it")
                        : _("Date changed; the tasks after it keep theirs"));
}

/* Opens the dialog listing the successors that move; applies directly when
 * none does. */
static void
reschedule (LtTasksPage      *self,
            LtTask           *task,
            LtRescheduleKind  kind,
            const char       *date)
{
  LtStore *store = lt_context_get_store (self->context);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  dialog = lt_reschedule_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     store, lt_task_get_id (task), kind, date, &error);
  if (dialog == NULL)
    {
      lt_tasks_page_show_error (self, error);
      return;
    }

  if (g_list_model_get_n_items (lt_reschedule_dialog_get_moves (LT_RESCHEDULE_DIALOG (dialog))) == 0)
    {
      g_object_ref_sink (dialog);
      if (!lt_reschedule_dialog_apply (LT_RESCHEDULE_DIALOG (dialog), FALSE, &error))
        lt_tasks_page_show_error (self, error);
      else
        lt_tasks_page_show_message (self, kind != LT_RESCHEDULE_DONE_LATE ? _("Due date changed")
                                          : lt_task_get_kind (task) == LT_STEP_KIND_REQUEST ? _("Answer received")
                                          : _("Task done"));
      gtk_window_destroy (GTK_WINDOW (dialog));
      g_object_unref (dialog);
      return;
    }

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reschedule_response_cb), self, 0);
  lt_tasks_page_set_dialog (self, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LtTasksPage *self = LT_TASKS_PAGE (widget);
  LtStore *store = lt_context_get_store (self->context);
  g_autoptr(LtTask) task = lt_tasks_page_dup_selected_task (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = lt_date_today ();

  if (task == NULL)
    return;

  /* a tâche done late, or a demande answered late, shows what moves */
  if (((lt_task_get_kind (task) == LT_STEP_KIND_TASK && lt_task_get_status (task) == LT_TASK_STATUS_TODO) ||
       (lt_task_get_kind (task) == LT_STEP_KIND_REQUEST && lt_task_get_answered_on (task) == NULL)) &&
      g_strcmp0 (today, lt_task_get_due_date (task)) > 0)
    {
      reschedule (self, task, LT_RESCHEDULE_DONE_LATE, today);
      return;
    }

  /* a blocked task is refused here, with what it waits on */
  if (!lt_store_task_mark_done (store, lt_task_get_id (task), lt_task_get_revision (task), today, FALSE, &error))
    lt_tasks_page_show_error (self, error);
  else
    lt_tasks_page_show_message (self, lt_task_get_kind (task) == LT_STEP_KIND_REQUEST ? _("Answer received") : _("Task done"));
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LtTasksPage *self = LT_TASKS_PAGE (widget);
  g_autoptr(LtTask) task = lt_tasks_page_dup_selected_task (self);
  g_autoptr(GError) error = NULL;

  if (task == NULL)
    return;

  if (!lt_store_task_reopen (lt_context_get_store (self->context), lt_task_get_id (task),
                             lt_task_get_revision (task), &error))
    lt_tasks_page_show_error (self, error);
  else
    lt_tasks_page_show_message (self, _("Task reopened"));
}

static void
on_due_dialog_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           LtTasksPage      *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(LtTask) task = NULL;
  g_autofree char *iso = NULL;

  if (!g_str_equal (response, "change"))
    return;

  task = lt_store_task_load (lt_context_get_store (self->context),
                             GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "task-id")), NULL);
  if (task == NULL)
    return;

  iso = lt_date_display_to_iso (gtk_editable_get_text (entry));
  if (iso == NULL)
    {
      lt_tasks_page_show_message (self, _("This is not a date: write it as DD/MM/YYYY."));
      return;
    }

  reschedule (self, task, LT_RESCHEDULE_DUE_DATE, iso);
}

static void
change_due_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  LtTasksPage *self = LT_TASKS_PAGE (widget);
  g_autoptr(LtTask) task = lt_tasks_page_dup_selected_task (self);
  g_autofree char *current = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (task == NULL)
    return;

  current = lt_date_iso_to_display (lt_task_get_due_date (task));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Change the Due Date"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), _("New due date of « %s »:"), lt_task_get_title (task));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), current);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("New due date"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  lt_date_button_attach (entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "change", _("C_hange"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "change", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "change");
  g_object_set_data (G_OBJECT (dialog), "task-id", GSIZE_TO_POINTER (lt_task_get_id (task)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_due_dialog_response_cb), self, 0);
  lt_tasks_page_set_dialog (self, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_reassign_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         LtTasksPage      *self)
{
  LtChoiceButton *dropdown = LT_CHOICE_BUTTON (adw_message_dialog_get_extra_child (dialog));
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "staff-ids");
  g_autoptr(GError) error = NULL;
  gint64 task_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "task-id"));

  if (!g_str_equal (response, "reassign"))
    return;

  if (!lt_store_task_reassign (lt_context_get_store (self->context), task_id, 0,
                               lt_tasks_page_selected_id (dropdown, ids), &error))
    lt_tasks_page_show_error (self, error);
  else
    lt_tasks_page_show_message (self, _("Task reassigned"));
}

static void
reassign_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  LtTasksPage *self = LT_TASKS_PAGE (widget);
  g_autoptr(LtTask) task = lt_tasks_page_dup_selected_task (self);
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog, *dropdown;
  gint64 none = 0;
  guint current = 0;

  if (task == NULL)
    {
      g_array_unref (ids);
      return;
    }

  /* a deactivated intervenant is no longer offered */
  staff = lt_store_list_staff (lt_context_get_store (self->context), TRUE);
  g_array_append_val (ids, none);
  gtk_string_list_append (names, _("Nobody"));
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(LtStaff) s = g_list_model_get_item (staff, i);
      gint64 id = lt_staff_get_id (s);

      if (id == lt_task_get_staff_id (task))
        current = ids->len;
      g_array_append_val (ids, id);
      gtk_string_list_append (names, lt_staff_get_name (s));
    }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Reassign the Task"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), _("Who does « %s »?"), lt_task_get_title (task));
  dropdown = lt_choice_button_new (G_LIST_MODEL (g_steal_pointer (&names)));
  lt_choice_button_set_selected (LT_CHOICE_BUTTON (dropdown), current);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Intervenant"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), dropdown);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reassign", _("_Reassign"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reassign", ADW_RESPONSE_SUGGESTED);
  g_object_set_data_full (G_OBJECT (dialog), "staff-ids", ids, (GDestroyNotify) g_array_unref);
  g_object_set_data (G_OBJECT (dialog), "task-id", GSIZE_TO_POINTER (lt_task_get_id (task)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reassign_response_cb), self, 0);
  lt_tasks_page_set_dialog (self, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
lt_tasks_page_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "tasks.done", NULL, done_action);
  gtk_widget_class_install_action (widget_class, "tasks.reopen", NULL, reopen_action);
  gtk_widget_class_install_action (widget_class, "tasks.change-due", NULL, change_due_action);
  gtk_widget_class_install_action (widget_class, "tasks.reassign", NULL, reassign_action);
}
