/* lt-requests-view.c: a client's unanswered demandes; « Envoyer » composes the e-mail, « Reçue » marks the answer, a mail « à vérifier » is settled */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-requests-view"

#include "config.h"

#include <glib/gi18n.h>

#include "lt-accessible.h"
#include "lt-date.h"
#include "lt-error.h"
#include "lt-request-mail-state.h"
#include "lt-request-mail.h"
#include "lt-requests-view.h"
#include "lt-reschedule-dialog.h"
#include "lt-store-mail.h"
#include "lt-store-project-ops.h"
#include "lt-task.h"
#include "lt-working-days.h"

struct _LtRequestsView
{
  GtkBox              parent_instance;

  LtStore            *store;
  gint64              affaire_id;
  GListModel         *requests;
  GtkSingleSelection *selection;
  GtkListView        *list;
  GtkLabel           *status;
  GtkWidget          *send_button;
  GtkWidget          *received_button;
  /* issue 14: the mails « à vérifier » of the client, by task id */
  GHashTable         *to_check;
  GtkWidget          *check_box;
  GtkLabel           *check_label;
};

G_DEFINE_FINAL_TYPE (LtRequestsView, lt_requests_view, GTK_TYPE_BOX)

static LtRequestMail *
mail_to_check (LtRequestsView *self,
               LtTask         *task)
{
  gint64 id = task != NULL ? lt_task_get_id (task) : 0;

  return task != NULL ? g_hash_table_lookup (self->to_check, &id) : NULL;
}

static LtTask *
selected_task (LtRequestsView *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

/* The selected demande's mail « à vérifier »: said, with its two ways out;
 * « Envoyer » waits until it is settled. */
static void
update_selected (LtRequestsView *self)
{
  LtTask *task = selected_task (self);
  LtRequestMail *mail = mail_to_check (self, task);

  gtk_widget_set_visible (self->check_box, mail != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "requests.mail-went", mail != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "requests.send-again", mail != NULL);
  gtk_widget_set_sensitive (self->send_button, task != NULL && mail == NULL);
  if (mail != NULL)
    {
      g_autofree char *text = lt_request_mail_to_check_explanation (mail->recipient, mail->message_id, mail->began_at);

      gtk_label_set_text (self->check_label, text);
    }
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 4);
  gtk_widget_set_margin_bottom (label, 4);
  gtk_list_item_set_child (item, label);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  LtRequestsView *self = user_data;
  LtTask *task = gtk_list_item_get_item (item);
  g_autofree char *sent = lt_date_iso_to_display (lt_task_get_sent_on (task));
  g_autofree char *text = NULL;

  if (mail_to_check (self, task) != NULL)
    text = g_strdup_printf (_("%s — to check: its mail may have gone"), lt_task_get_title (task));
  else if (lt_task_get_sent_on (task) != NULL)
    text = g_strdup_printf (_("%s — sent on %s"), lt_task_get_title (task), sent);
  else
    text = g_strdup_printf (_("%s — not sent yet"), lt_task_get_title (task));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  lt_accessible_name_list_row (gtk_list_item_get_child (item), text, NULL);
}

static void
reload (LtRequestsView *self)
{
  /* one client at a time: « Envoyer » writes to that client */
  g_autoptr(GListModel) requests = self->affaire_id != 0
                                   ? lt_store_list_pending_requests (self->store, self->affaire_id)
                                   : G_LIST_MODEL (g_list_store_new (LT_TYPE_TASK));
  guint n = g_list_model_get_n_items (requests);
  g_autofree char *status = NULL;
  g_autoptr(GPtrArray) unconfirmed = NULL;

  /* before the model: the rows are bound as it is set */
  g_hash_table_remove_all (self->to_check);
  if (self->affaire_id != 0 && (unconfirmed = lt_store_list_request_mails (self->store, 0, "sending", NULL)) != NULL)
    for (guint i = 0; i < unconfirmed->len; i++)
      {
        LtRequestMail *mail = g_ptr_array_index (unconfirmed, i);

        g_hash_table_insert (self->to_check, &mail->task_id, mail);
        unconfirmed->pdata[i] = NULL;
      }

  g_set_object (&self->requests, requests);
  gtk_single_selection_set_model (self->selection, requests);

  status = self->affaire_id == 0
           ? g_strdup (_("Choose a client to see its demandes."))
           : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u demande waiting for the client", "%u demandes waiting for the client", n), n);
  gtk_label_set_text (self->status, status);
  gtk_widget_set_sensitive (self->received_button, n > 0);
  update_selected (self);
}

static void
on_store_changed_cb (LtRequestsView *self,
                     const char     *table)
{
  if (g_strcmp0 (table, "tasks") == 0)
    reload (self);
}

/* issue 14: what became of a demande's mail, said under the list */
static void
on_mail_done_cb (gpointer    data,
                 const char *message)
{
  LtRequestsView *self = data;

  gtk_label_set_text (self->status, message);
}

static void
on_send_clicked_cb (LtRequestsView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) selected = self->requests != NULL
                               ? g_list_model_get_item (self->requests, gtk_single_selection_get_selected (self->selection))
                               : NULL;
  g_autofree char *uri = NULL;

  /* issue 14: the selected demande « à envoyer » reaches the client by mail,
   * the way Préférences › Courriel says */
  if (selected != NULL && lt_task_get_sent_on (selected) == NULL)
    {
      lt_request_mail_send (GTK_WIDGET (self), self->store, lt_task_get_id (selected),
                            on_mail_done_cb, g_object_ref (self), g_object_unref);
      return;
    }

  uri = lt_requests_view_send (self, TRUE, &error);

  if (uri == NULL)
    gtk_label_set_text (self->status, error->message);
}

static void
on_reschedule_response_cb (LtRescheduleDialog *dialog,
                           const char         *response,
                           LtRequestsView     *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "cancel") &&
      !lt_reschedule_dialog_apply (dialog, g_str_equal (response, "apply"), &error))
    gtk_label_set_text (self->status, error->message);
}

/* Answered after its due date: first the preview of the tâches that move
 * with it (lt-reschedule-dialog), applied on « Move ». */
static gboolean
answer_late (LtRequestsView  *self,
             LtTask          *task,
             const char      *today,
             GError         **error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = lt_reschedule_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                                lt_task_get_id (task), LT_RESCHEDULE_DONE_LATE, today, error);
  gboolean ok;

  if (dialog == NULL)
    return FALSE;

  if (g_list_model_get_n_items (lt_reschedule_dialog_get_moves (LT_RESCHEDULE_DIALOG (dialog))) > 0)
    {
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_reschedule_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }

  g_object_ref_sink (dialog);
  ok = lt_reschedule_dialog_apply (LT_RESCHEDULE_DIALOG (dialog), FALSE, error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);

  return ok;
}

static void
on_received_clicked_cb (LtRequestsView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) task = gtk_single_selection_get_selected_item (self->selection) != NULL
                           ? g_object_ref (gtk_single_selection_get_selected_item (self->selection)) : NULL;
  g_autofree char *today = lt_date_today ();

  if (task != NULL && g_strcmp0 (today, lt_task_get_due_date (task)) > 0)
    {
      if (!answer_late (self, task, today, &error))
        gtk_label_set_text (self->status, error->message);
      return;
    }

  if (!lt_requests_view_mark_received (self, gtk_single_selection_get_selected (self->selection), &error))
    gtk_label_set_text (self->status, error->message);
}

/* « Le courriel est parti » (requests.mail-went) or « Renvoyer » (requests.send-again) */
static void
settle_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LtRequestsView *self = LT_REQUESTS_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!lt_requests_view_settle_selected (self, g_str_equal (action_name, "requests.mail-went"), &error))
    gtk_label_set_text (self->status, error->message);
}

static void
lt_requests_view_dispose (GObject *object)
{
  LtRequestsView *self = (LtRequestsView *) object;

  g_clear_object (&self->requests);
  g_clear_object (&self->store);
  g_clear_pointer (&self->to_check, g_hash_table_unref);

  G_OBJECT_CLASS (lt_requests_view_parent_class)->dispose (object);
}

static void
lt_requests_view_class_init (LtRequestsViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lt_requests_view_dispose;

  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "requests.mail-went", NULL, settle_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "requests.send-again", NULL, settle_action);
}

static void
lt_requests_view_init (LtRequestsView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkWidget *buttons, *heading, *scrolled;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);

  heading = gtk_label_new (_("Demandes d’information"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (self), heading);

  self->status = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->status, 0);
  gtk_label_set_wrap (self->status, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->status), "dim-label");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->status));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  self->to_check = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) lt_request_mail_free);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  self->selection = gtk_single_selection_new (NULL);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (update_selected), self);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (self->selection), g_steal_pointer (&factory)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pending demandes"), -1);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (self), scrolled);

  /* issue 14: a mail « à vérifier », said and settled here */
  {
    GtkWidget *heading2 = gtk_label_new (_("Did This Mail Go?"));
    GtkWidget *went = gtk_button_new_with_mnemonic (_("The _Mail Went"));
    GtkWidget *again = gtk_button_new_with_mnemonic (_("Send _Again"));
    GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

    self->check_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
    gtk_widget_add_css_class (self->check_box, "card");
    gtk_label_set_xalign (GTK_LABEL (heading2), 0);
    gtk_widget_add_css_class (heading2, "heading");
    gtk_widget_set_margin_start (heading2, 12);
    gtk_widget_set_margin_top (heading2, 12);
    self->check_label = GTK_LABEL (gtk_label_new (NULL));
    gtk_label_set_xalign (self->check_label, 0);
    gtk_label_set_wrap (self->check_label, TRUE);
    gtk_label_set_selectable (self->check_label, TRUE);
    gtk_widget_set_margin_start (GTK_WIDGET (self->check_label), 12);
    gtk_widget_set_margin_end (GTK_WIDGET (self->check_label), 12);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (went), "requests.mail-went");
    gtk_widget_set_tooltip_text (went, _("It arrived: record the demande sent, with the Message-ID shown"));
    gtk_actionable_set_action_name (GTK_ACTIONABLE (again), "requests.send-again");
    gtk_widget_set_tooltip_text (again, _("It did not leave: send a new mail now"));
    gtk_widget_set_margin_start (row, 12);
    gtk_widget_set_margin_bottom (row, 12);
    gtk_box_append (GTK_BOX (row), went);
    gtk_box_append (GTK_BOX (row), again);
    gtk_box_append (GTK_BOX (self->check_box), heading2);
    gtk_box_append (GTK_BOX (self->check_box), GTK_WIDGET (self->check_label));
    gtk_box_append (GTK_BOX (self->check_box), row);
    gtk_widget_set_visible (self->check_box, FALSE);
    gtk_box_append (GTK_BOX (self), self->check_box);
  }

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->send_button = gtk_button_new_with_mnemonic (_("_Send"));
  gtk_widget_set_tooltip_text (self->send_button, _("Write the e-mail listing these demandes to the client’s contact, and mark them sent today"));
  gtk_widget_add_css_class (self->send_button, "suggested-action");
  g_signal_connect_swapped (self->send_button, "clicked", G_CALLBACK (on_send_clicked_cb), self);
  self->received_button = gtk_button_new_with_mnemonic (_("_Received"));
  gtk_widget_set_tooltip_text (self->received_button, _("The client answered the selected demande"));
  g_signal_connect_swapped (self->received_button, "clicked", G_CALLBACK (on_received_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), self->send_button);
  gtk_box_append (GTK_BOX (buttons), self->received_button);
  gtk_box_append (GTK_BOX (self), buttons);
}

/**
 * lt_requests_view_new:
 *
 * Returns: (transfer floating): a new view, showing no client yet
 */
GtkWidget *
lt_requests_view_new (LtStore *store)
{
  LtRequestsView *self = g_object_new (LT_TYPE_REQUESTS_VIEW, NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self);

  return GTK_WIDGET (self);
}

void
lt_requests_view_set_affaire (LtRequestsView *self,
                              gint64          affaire_id)
{
  g_return_if_fail (LT_IS_REQUESTS_VIEW (self));

  self->affaire_id = affaire_id;
  reload (self);
}

/**
 * lt_requests_view_get_requests:
 *
 * Returns: (transfer none): the pending demandes (LtTask)
 */
GListModel *
lt_requests_view_get_requests (LtRequestsView *self)
{
  g_return_val_if_fail (LT_IS_REQUESTS_VIEW (self), NULL);

  return self->requests;
}

/**
 * lt_requests_view_send:
 * @open_mail: open the URI in the user's mail client
 *
 * Marks every pending demande sent today and composes the e-mail.
 *
 * Returns: (transfer full): the mailto: URI, or %NULL
 */
char *
lt_requests_view_send (LtRequestsView  *self,
                       gboolean         open_mail,
                       GError         **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *uri = NULL;

  g_return_val_if_fail (LT_IS_REQUESTS_VIEW (self), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (self->requests); i++)
    {
      g_autoptr(LtTask) task = g_list_model_get_item (self->requests, i);
      gint64 id = lt_task_get_id (task);

      g_array_append_val (ids, id);
    }

  if (ids->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("No demande is waiting for this client."));
      return NULL;
    }

  uri = lt_store_requests_mailto (self->store, self->affaire_id, (const gint64 *) (gpointer) ids->data, ids->len, error);
  if (uri == NULL ||
      !lt_store_requests_mark_sent (self->store, (const gint64 *) (gpointer) ids->data, ids->len, NULL, error))
    return NULL;

  if (open_mail)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
    }

  return g_steal_pointer (&uri);
}

gboolean
lt_requests_view_mark_received (LtRequestsView  *self,
                                guint            position,
                                GError         **error)
{
  g_autoptr(LtTask) task = NULL;

  g_return_val_if_fail (LT_IS_REQUESTS_VIEW (self), FALSE);

  task = g_list_model_get_item (self->requests, position);
  if (task == NULL)
    return TRUE;

  return lt_store_request_mark_answered (self->store, lt_task_get_id (task), NULL, error);
}

const char *
lt_requests_view_get_status (LtRequestsView *self)
{
  g_return_val_if_fail (LT_IS_REQUESTS_VIEW (self), NULL);

  return gtk_label_get_text (self->status);
}

/**
 * lt_requests_view_settle_selected:
 * @went: the user checked that the mail arrived; %FALSE: it did not leave,
 *   and a new one is sent now
 *
 * Settles the selected demande's mail « à vérifier » (the one shown, by its
 * Message-ID). Sending again reports through the status line, as « Envoyer ».
 */
gboolean
lt_requests_view_settle_selected (LtRequestsView  *self,
                                  gboolean         went,
                                  GError         **error)
{
  LtTask *task;
  LtRequestMail *mail;
  g_autofree char *message_id = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  gint64 task_id;

  g_return_val_if_fail (LT_IS_REQUESTS_VIEW (self), FALSE);

  task = selected_task (self);
  if ((mail = mail_to_check (self, task)) == NULL)
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_NOT_FOUND, _("Choose a demande whose mail is to check."));
      return FALSE;
    }
  /* the store's change reloads the list, and with it @task and @mail */
  task_id = lt_task_get_id (task);
  title = g_strdup (lt_task_get_title (task));
  message_id = g_strdup (mail->message_id);
  if (!lt_store_request_mail_settle (self->store, task_id, message_id, went, error))
    return FALSE;

  if (went)
    {
      message = g_strdup_printf (_("« %s » is recorded sent (%s)"), title, message_id);
      gtk_label_set_text (self->status, message);
      return TRUE;
    }

  gtk_label_set_text (self->status, _("Sending again…"));
  lt_request_mail_send (GTK_WIDGET (self), self->store, task_id, on_mail_done_cb, g_object_ref (self), g_object_unref);
  return TRUE;
}
