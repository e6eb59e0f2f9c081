/* lt-project-editor-edit.c: a saved project edited again (the reschedule preview, only the difference saved); the warnings before saving */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-project-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-project-diff.h"
#include "lt-project-editor-private.h"
#include "lt-store-project-edit.h"

typedef enum {
  FIX_NONE,
  FIX_EXTEND,
  FIX_SHORTEN,
} Fix;

/* What a warning's buttons do, once the dialog has closed. */
typedef struct {
  LtProjectEditor *self;
  char            *response;
  char            *extend_to;    /* YYYY-MM-DD */
  char            *shorten_to;
  guint            shorten_row;
} Answer;

static void
answer_free (gpointer data)
{
  Answer *a = data;

  g_object_unref (a->self);
  g_free (a->response);
  g_free (a->extend_to);
  g_free (a->shorten_to);
  g_free (a);
}

static void
set_entry_date (GtkEditable *editable,
                const char  *iso)
{
  g_autofree char *shown = lt_date_iso_to_display (iso);

  gtk_editable_set_text (editable, shown);
}

/* Saving closes the editor, the dialog's parent: the answer waits until the
 * dialog has closed (as the overload warning does). */
static gboolean
answer_idle (gpointer data)
{
  Answer *a = data;
  LtProjectEditor *self = a->self;

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return G_SOURCE_REMOVE;

  if (g_str_equal (a->response, "extend"))
    {
      g_autofree char *end = lt_date_display_to_iso (gtk_editable_get_text (GTK_EDITABLE (self->end_row)));

      /* the prestations that ended with the project keep their end */
      for (guint i = 0; end != NULL && i < self->rows->len; i++)
        {
          Row *row = g_ptr_array_index (self->rows, i);

          if (*gtk_editable_get_text (GTK_EDITABLE (row->end)) == '\0')
            set_entry_date (GTK_EDITABLE (row->end), end);
        }
      set_entry_date (GTK_EDITABLE (self->end_row), a->extend_to);
    }
  else if (g_str_equal (a->response, "shorten") && a->shorten_row < self->rows->len)
    set_entry_date (GTK_EDITABLE (((Row *) g_ptr_array_index (self->rows, a->shorten_row))->end), a->shorten_to);
  else if (g_str_equal (a->response, "twice"))
    self->twice_confirmed = TRUE;
  else if (g_str_equal (a->response, "late"))
    self->late_confirmed = TRUE;
  else if (g_str_equal (a->response, "apply"))
    self->moves_confirmed = TRUE;
  else
    return G_SOURCE_REMOVE;   /* « change the project »: the user edits on */

  lt_project_editor_save (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                Answer           *answer)
{
  /* the first answer only: closing after it answers « cancel » again */
  g_signal_handlers_disconnect_by_data (dialog, answer);
  g_object_steal_data (G_OBJECT (dialog), "lt-answer");
  g_free (answer->response);
  answer->response = g_strdup (response);
  g_idle_add_full (G_PRIORITY_DEFAULT, answer_idle, answer, answer_free);
}

static AdwMessageDialog *
question (LtProjectEditor *self,
          const char      *heading,
          const char      *body,
          Answer         **answer)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  *answer = g_new0 (Answer, 1);
  (*answer)->self = g_object_ref (self);
  /* freed with the dialog unless answered (then by the idle) */
  g_object_set_data_full (G_OBJECT (dialog), "lt-answer", *answer, answer_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response_cb), *answer);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_set_weak_pointer (&self->question, dialog);

  return ADW_MESSAGE_DIALOG (dialog);
}

static GtkWidget *
list_label (const char *text)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);

  return scrolled;
}

static gboolean
warn_twice (LtProjectEditor *self,
            GPtrArray       *assignments)
{
  LtStore *store = lt_context_get_store (self->context);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  Answer *answer;

  if (self->twice_confirmed || lt_store_project_check_twice (store, assignments, &error))
    return FALSE;
  if (!g_error_matches (error, LT_ERROR, LT_ERROR_PRESTATION_TWICE))
    {
      lt_project_editor_show_error (self, error->message);
      return TRUE;
    }

  dialog = question (self, _("A Prestation Assigned Twice"), error->message, &answer);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Change the Project"),
                                    "twice", _("_Save Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "twice", ADW_RESPONSE_DESTRUCTIVE);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static gboolean
warn_late (LtProjectEditor *self,
           LtProject       *project,
           GPtrArray       *assignments)
{
  LtStore *store = lt_context_get_store (self->context);
  g_autoptr(GArray) late = NULL;
  g_autofree char *body = NULL;
  g_autofree char *extend_label = NULL;
  g_autofree char *extend_shown = NULL;
  AdwMessageDialog *dialog;
  const LtLateTask *tasks;
  Answer *answer;

  if (self->late_confirmed)
    return FALSE;
  late = lt_store_project_late_tasks (store, project, assignments, NULL);
  if (late == NULL || late->len == 0)
    return FALSE;

  tasks = (const LtLateTask *) (gpointer) late->data;
  body = lt_project_rules_late_warning (tasks, late->len, lt_project_get_end_date (project));
  dialog = question (self, _("Tasks After the End of the Project"), NULL, &answer);
  adw_message_dialog_set_body (dialog, _("Extend the project until its last task, shorten the prestation so that its last periods are left out, or save anyway."));
  adw_message_dialog_set_extra_child (dialog, list_label (body));

  answer->extend_to = lt_project_rules_late_extend_to (tasks, late->len);
  answer->shorten_row = tasks[0].assignment;
  answer->shorten_to = lt_project_rules_late_shorten_to (tasks, late->len, tasks[0].assignment,
                                                         lt_assignment_get_start_date (g_ptr_array_index (assignments, tasks[0].assignment)));
  extend_shown = lt_date_iso_to_display (answer->extend_to);
  /* Translators: a button: « Prolonger le projet jusqu’au 14/01/2028 » */
  extend_label = g_strdup_printf (_("_Extend the Project Until %s"), extend_shown);

  adw_message_dialog_add_response (dialog, "cancel", _("_Change the Project"));
  if (answer->shorten_to != NULL)
    adw_message_dialog_add_response (dialog, "shorten", _("Sh_orten the Prestation"));
  adw_message_dialog_add_response (dialog, "extend", extend_label);
  adw_message_dialog_add_response (dialog, "late", _("_Save Anyway"));
  adw_message_dialog_set_response_appearance (dialog, "extend", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "extend");
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/**
 * lt_project_editor_warn:
 *
 * The warnings before saving: a prestation assigned twice over the same
 * days, tasks due after the project's end (with the fixes). Each asks
 * once; its answer saves again.
 *
 * Returns: %TRUE when a warning is shown: the save waits for it
 */
gboolean
lt_project_editor_warn (LtProjectEditor *self,
                        LtProject       *project,
                        GPtrArray       *assignments)
{
  return warn_twice (self, assignments) || warn_late (self, project, assignments);
}

static void
show_refusal (LtProjectEditor *self,
              int              failed,
              const GError    *error)
{
  if (failed >= 0)
    lt_project_editor_show_row_error (self, failed, error->message);
  else
    lt_project_editor_show_error (self, error->message);
}

/**
 * lt_project_editor_save_edit:
 *
 * A saved project whose tasks exist: shows first what moves (the
 * reschedule preview), then applies only the difference in one
 * transaction; emits LtProjectEditor::saved and closes.
 */
gboolean
lt_project_editor_save_edit (LtProjectEditor *self,
                             LtProject       *project,
                             GPtrArray       *assignments)
{
  LtStore *store = lt_context_get_store (self->context);
  g_autoptr(LtProjectEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  int failed = -1;

  edit = lt_store_project_edit_preview (store, project, assignments, &failed, &error);
  if (edit == NULL)
    {
      show_refusal (self, failed, error);
      return FALSE;
    }

  if (!self->moves_confirmed && (edit->moves->len > 0 || edit->n_deleted > 0))
    {
      GString *lines = g_string_new (NULL);
      g_autofree char *text = NULL;
      AdwMessageDialog *dialog;
      Answer *answer;

      for (guint i = 0; i < edit->moves->len; i++)
        {
          const LtProjectTaskMove *m = &g_array_index (edit->moves, LtProjectTaskMove, i);
          g_autofree char *from = lt_date_to_display (&m->old_due);
          g_autofree char *to = lt_date_to_display (&m->new_due);

          /* Translators: « Saisir les pièces » : 14/01/2027 → 18/01/2027 */
          g_string_append_printf (lines, _("« %s »: %s → %s"), m->title, from, to);
          g_string_append_c (lines, '\n');
        }
      text = g_string_free (g_steal_pointer (&lines), FALSE);
      summary = lt_project_edit_to_string (edit);

      dialog = question (self, _("Change the Project"), summary, &answer);
      if (edit->moves->len > 0)
        adw_message_dialog_set_extra_child (dialog, list_label (g_strchomp (text)));
      adw_message_dialog_add_responses (dialog,
                                        "cancel", _("_Cancel"),
                                        "apply", _("_Apply"),
                                        NULL);
      adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "apply");
      gtk_window_present (GTK_WINDOW (dialog));
      return FALSE;
    }

  g_clear_pointer (&edit, lt_project_edit_free);
  edit = lt_store_project_edit_apply (store, project, assignments, &failed, &error);
  if (edit == NULL)
    {
      self->moves_confirmed = FALSE;
      show_refusal (self, failed, error);
      return FALSE;
    }

  g_clear_pointer (&summary, g_free);
  summary = lt_project_edit_to_string (edit);
  g_signal_emit_by_name (self, "saved", summary, lt_project_get_id (project));
  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

/**
 * lt_project_editor_remove_row:
 *
 * Removes an assigned prestation, as its trash button does.
 */
void
lt_project_editor_remove_row (LtProjectEditor *self,
                              guint            index)
{
  Row *row;

  g_return_if_fail (LT_IS_PROJECT_EDITOR (self));
  g_return_if_fail (index < self->rows->len);

  row = g_ptr_array_index (self->rows, index);
  gtk_box_remove (self->rows_box, row->box);
  g_ptr_array_remove_index (self->rows, index);
}

/**
 * lt_project_editor_get_question:
 *
 * Returns: (transfer none) (nullable): the warning or preview the last save
 *   showed, while it is open
 */
GtkWidget *
lt_project_editor_get_question (LtProjectEditor *self)
{
  g_return_val_if_fail (LT_IS_PROJECT_EDITOR (self), NULL);

  return self->question;
}

gboolean
lt_project_editor_is_generated (LtProjectEditor *self)
{
  g_return_val_if_fail (LT_IS_PROJECT_EDITOR (self), FALSE);

  return self->generated;
}

/**
 * lt_project_editor_select_staff:
 * @staff_id: an intervenant offered, or 0 for « Nobody yet »
 *
 * Chooses the intervenant, as a user would.
 */
void
lt_project_editor_select_staff (LtProjectEditor *self,
                                gint64           staff_id)
{
  g_return_if_fail (LT_IS_PROJECT_EDITOR (self));

  for (guint i = 0; i < self->staff_ids->len; i++)
    if (g_array_index (self->staff_ids, gint64, i) == staff_id)
      lt_choice_row_set_selected (self->staff_row, i);
}
