/* lt-reschedule-dialog.c: lists the successors that would move before a task's date changes */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-reschedule-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-reschedule-dialog.h"
#include "lt-store-project-ops.h"
#include "lt-working-days.h"

struct _LtRescheduleDialog
{
  AdwMessageDialog  parent_instance;

  LtStore          *store;
  gint64            task_id;
  LtRescheduleKind  kind;
  char             *date;
  GtkStringList    *moves;
  GtkListView      *list;
};

G_DEFINE_FINAL_TYPE (LtRescheduleDialog, lt_reschedule_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkStringObject *line = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (line));
}

static void
lt_reschedule_dialog_dispose (GObject *object)
{
  LtRescheduleDialog *self = (LtRescheduleDialog *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->moves);
  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (lt_reschedule_dialog_parent_class)->dispose (object);
}

static void
lt_reschedule_dialog_class_init (LtRescheduleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lt_reschedule_dialog_dispose;
}

static void
lt_reschedule_dialog_init (LtRescheduleDialog *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled;

  self->moves = gtk_string_list_new (NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->moves)))),
                                                 g_steal_pointer (&factory)));
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Tasks that move"),
                                  -1);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), scrolled);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "keep", _("_Keep Their Dates"),
                                    "apply", _("_Move Them"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
}

static char *
describe_move (LtStore              *store,
               const LtScheduleMove *move)
{
  g_autoptr(LtTask) task = lt_store_task_load (store, move->id, NULL);
  g_autofree char *from = lt_date_to_display (&move->old_due);
  g_autofree char *to = lt_date_to_display (&move->new_due);
  g_autofree char *shift = NULL;
  const char *title = task != NULL ? lt_task_get_title (task) : "";

  if (move->shift_days >= 0)
    shift = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d working day later", "%d working days later", move->shift_days),
                             move->shift_days);
  else
    shift = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d working day earlier", "%d working days earlier", -move->shift_days),
                             -move->shift_days);

  /* Translators: « Saisir les pièces » : 14/01/2027 → 18/01/2027 (2 jours ouvrés plus tard) */
  return g_strdup_printf (_("« %s »: %s → %s (%s)"), title, from, to, shift);
}

/**
 * lt_reschedule_dialog_new:
 * @kind: a new due date, or done late
 * @date: the new due date, or the day it was done (YYYY-MM-DD)
 *
 * Computes, without writing anything, which successors would move.
 *
 * Returns: (transfer floating): the dialog, or %NULL with @error set.
 */
GtkWidget *
lt_reschedule_dialog_new (GtkWindow         *parent,
                          LtStore           *store,
                          gint64             task_id,
                          LtRescheduleKind   kind,
                          const char        *date,
                          GError           **error)
{
  g_autoptr(GArray) moves = NULL;
  g_autoptr(LtTask) task = NULL;
  g_autofree char *shown = NULL;
  LtRescheduleDialog *self;

  g_return_val_if_fail (LT_IS_STORE (store), NULL);

  if ((task = lt_store_task_load (store, task_id, error)) == NULL ||
      (moves = lt_store_task_preview_reschedule (store, task_id, date, error)) == NULL)
    return NULL;

  self = g_object_new (LT_TYPE_RESCHEDULE_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->store = g_object_ref (store);
  self->task_id = task_id;
  self->kind = kind;
  self->date = g_strdup (date);

  for (guint i = 0; i < moves->len; i++)
    {
      g_autofree char *line = describe_move (store, &g_array_index (moves, LtScheduleMove, i));
      gtk_string_list_append (self->moves, line);
    }

  shown = lt_date_iso_to_display (date);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self),
                                  kind != LT_RESCHEDULE_DONE_LATE ? _("Change the Due Date")
                                  : lt_task_get_kind (task) == LT_STEP_KIND_REQUEST ? _("Answered Late")
                                  : _("Done Late"));
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "« %s » on %s: %u task after it moves with it.",
                                               "« %s » on %s: %u tasks after it move with it.",
                                               moves->len),
                                  lt_task_get_title (task), shown, moves->len);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->list)), moves->len > 0);

  return GTK_WIDGET (self);
}

/**
 * lt_reschedule_dialog_get_moves:
 *
 * Returns: (transfer none): one line per successor that moves
 *   (GtkStringObject).
 */
GListModel *
lt_reschedule_dialog_get_moves (LtRescheduleDialog *self)
{
  g_return_val_if_fail (LT_IS_RESCHEDULE_DIALOG (self), NULL);

  return G_LIST_MODEL (self->moves);
}

/**
 * lt_reschedule_dialog_apply:
 * @move_successors: %FALSE to change only the task itself
 *
 * Writes the change (one transaction).
 */
gboolean
lt_reschedule_dialog_apply (LtRescheduleDialog  *self,
                            gboolean             move_successors,
                            GError             **error)
{
  g_return_val_if_fail (LT_IS_RESCHEDULE_DIALOG (self), FALSE);

  if (self->kind == LT_RESCHEDULE_DONE_LATE)
    return lt_store_task_mark_done (self->store, self->task_id, 0, self->date, move_successors, error);

  return lt_store_task_change_due_date (self->store, self->task_id, 0, self->date, move_successors, error);
}
