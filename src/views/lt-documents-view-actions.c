/* lt-documents-view-actions.c: the documents view's actions — send, sign, refuse, delete, preview, add a line */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-documents-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-document-life.h"
#include "lt-document-preview.h"
#include "lt-documents-view-private.h"
#include "lt-documents-view.h"
#include "lt-error.h"
#include "lt-money.h"
#include "lt-prestation.h"
#include "lt-store-document-ops.h"

static void
announce (LtDocumentsView   *self,
          LtDocumentOutcome *outcome)
{
  for (guint i = 0; outcome->messages[i] != NULL; i++)
    lt_documents_view_toast (self, outcome->messages[i]);
  if (outcome->created_letter_id != 0)
    self->selected_id = outcome->created_letter_id;
  lt_documents_view_reload (self);
}

/* issue 12: signing asks for confirmation, with the day the client signed
 * (today unless changed), judged as it is typed by the rule of core. */
typedef struct {
  LtDocumentsView *self;
  gint64           document_id;
  GtkEditable     *date_entry;
  GtkLabel        *date_error;
} SignRequest;

static void
sign_request_free (gpointer data)
{
  SignRequest *request = data;

  g_object_unref (request->self);
  g_free (request);
}

/* The day typed, as YYYY-MM-DD, or NULL with the reason in @error. */
static char *
sign_request_date (SignRequest  *request,
                   GError      **error)
{
  LtDocument *doc = lt_documents_view_find_document (request->self, request->document_id);
  const char *text = gtk_editable_get_text (request->date_entry);
  g_autofree char *iso = lt_date_display_to_iso (text);
  g_autofree char *today = lt_date_today ();

  if (iso == NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DATE,
                   _("« %s » is not a date: type it as DD/MM/YYYY or YYYY-MM-DD."), text);
      return NULL;
    }
  if (doc != NULL && !lt_document_check_signed_on (doc, iso, today, error))
    return NULL;
  return g_steal_pointer (&iso);
}

static void
on_sign_date_changed_cb (GtkEditable      *entry,
                         AdwMessageDialog *dialog)
{
  SignRequest *request = g_object_get_data (G_OBJECT (dialog), "lt-sign-request");
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = sign_request_date (request, &error);

  adw_message_dialog_set_response_enabled (dialog, "sign", iso != NULL);
  gtk_label_set_label (request->date_error, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (request->date_error), error != NULL);
  if (error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
}

static void
on_sign_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  SignRequest *request = g_object_get_data (G_OBJECT (dialog), "lt-sign-request");
  g_autoptr(LtDocumentOutcome) outcome = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;

  if (!g_str_equal (response, "sign"))
    return;

  iso = sign_request_date (request, &error);
  if (iso != NULL)
    outcome = lt_store_document_sign_on (lt_documents_view_get_store (request->self), request->document_id, iso, &error);
  if (outcome == NULL)
    {
      lt_documents_view_toast (request->self, error->message);
      return;
    }
  announce (request->self, outcome);
}

static void
sign_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LtDocumentsView *self = LT_DOCUMENTS_VIEW (widget);
  LtDocument *doc = lt_documents_view_find_document (self, self->selected_id);
  g_autofree char *today = NULL;
  g_autofree char *body = NULL;
  SignRequest *request;
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *entry;
  GtkWidget *label;
  GtkWidget *error_label;
  GtkRoot *root;

  if (doc == NULL)
    return;

  root = gtk_widget_get_root (widget);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Record the Client’s Signature?"), NULL);
  body = g_strdup_printf (_("Once recorded, the signature of « %s %s » cannot be undone: the document can then only be amended or replaced."),
                          lt_enum_to_label (LT_TYPE_DOCUMENT_KIND, lt_document_get_kind (doc)),
                          lt_document_get_number (doc) != NULL ? lt_document_get_number (doc) : "");
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  label = gtk_label_new_with_mnemonic (_("Signed _on"));
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  entry = gtk_entry_new ();
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_widget_set_name (entry, "signed-on");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("DD/MM/YYYY"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (error_label), 0);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_set_visible (error_label, FALSE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), error_label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "sign", _("_Record Signature"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "sign", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "sign");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  request = g_new0 (SignRequest, 1);
  request->self = g_object_ref (self);
  request->document_id = self->selected_id;
  request->date_entry = GTK_EDITABLE (entry);
  request->date_error = GTK_LABEL (error_label);
  g_object_set_data_full (G_OBJECT (dialog), "lt-sign-request", request, sign_request_free);

  g_signal_connect_object (entry, "changed", G_CALLBACK (on_sign_date_changed_cb), dialog, 0);
  g_signal_connect (dialog, "response", G_CALLBACK (on_sign_response_cb), NULL);

  /* today, as the user reads dates */
  today = lt_date_today ();
  {
    g_autofree char *shown = lt_date_iso_to_display (today);

    gtk_editable_set_text (GTK_EDITABLE (entry), shown);
  }

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
transition_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  LtDocumentsView *self = LT_DOCUMENTS_VIEW (widget);
  g_autoptr(LtDocumentOutcome) outcome = NULL;
  g_autoptr(GError) error = NULL;

  if (g_str_equal (action_name, "documents.send"))
    outcome = lt_store_document_send (lt_documents_view_get_store (self), self->selected_id, &error);
  else
    outcome = lt_store_document_refuse (lt_documents_view_get_store (self), self->selected_id, &error);

  if (outcome == NULL)
    {
      lt_documents_view_refuse (self, error);
      return;
    }
  announce (self, outcome);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LtDocumentsView *self = LT_DOCUMENTS_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!lt_store_document_delete (lt_documents_view_get_store (self), self->selected_id, &error))
    {
      lt_documents_view_toast (self, error->message);
      return;
    }
  lt_documents_view_toast (self, _("Draft deleted"));
  self->selected_id = 0;
  lt_documents_view_reload (self);
}

/* The document's preview window: zoom, pages, print, save as, what is
 * still missing before it can be sent. */
static void
preview_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  LtDocumentsView *self = LT_DOCUMENTS_VIEW (widget);
  GtkWidget *preview;
  GtkRoot *root;

  if (self->context == NULL || lt_documents_view_find_document (self, self->selected_id) == NULL)
    return;

  preview = lt_document_preview_new (self->context, self->selected_id);
  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (preview), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (preview));
}

static LtPrestation *
selected_prestation (LtDocumentsView *self)
{
  gpointer item = lt_choice_row_get_selected_item (self->prestation_row);

  return item != NULL ? LT_PRESTATION (item) : NULL;
}

/* The label, fee and recurrence follow the prestation chosen; the user may
 * change them before adding the line. */
static void
on_prestation_row_selected_cb (LtDocumentsView *self)
{
  LtPrestation *prestation = selected_prestation (self);

  if (prestation == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->label_row), lt_prestation_get_name (prestation));
  if (lt_prestation_get_price_cents (prestation) >= 0)
    {
      g_autofree char *number = lt_money_format_number (lt_prestation_get_price_cents (prestation));
      gtk_editable_set_text (GTK_EDITABLE (self->price_row), number);
    }
  else
    gtk_editable_set_text (GTK_EDITABLE (self->price_row), "");
  lt_choice_row_set_selected (self->recurrence_row, lt_prestation_get_recurrence (prestation));
}

static void
add_line_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  LtDocumentsView *self = LT_DOCUMENTS_VIEW (widget);
  LtPrestation *prestation = selected_prestation (self);
  g_autoptr(LtDocumentLine) line = lt_document_line_new ();
  g_autoptr(GError) error = NULL;
  const char *price_text = gtk_editable_get_text (GTK_EDITABLE (self->price_row));
  gint64 cents = -1;

  gtk_widget_remove_css_class (GTK_WIDGET (self->price_row), "error");

  if (*price_text != '\0' && !lt_money_parse (price_text, &cents, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->price_row), "error");
      lt_documents_view_toast (self, error->message);
      return;
    }

  lt_document_line_set_document_id (line, self->selected_id);
  lt_document_line_set_prestation_id (line, prestation != NULL ? lt_prestation_get_id (prestation) : 0);
  lt_document_line_set_label (line, gtk_editable_get_text (GTK_EDITABLE (self->label_row)));
  lt_document_line_set_price_cents (line, cents);
  lt_document_line_set_recurrence (line, lt_choice_row_get_selected (self->recurrence_row));

  if (!lt_store_document_add_line (lt_documents_view_get_store (self), line, &error))
    {
      if (g_error_matches (error, LT_ERROR, LT_ERROR_PRICE_REQUIRED) ||
          g_error_matches (error, LT_ERROR, LT_ERROR_NEGATIVE_PRICE))
        gtk_widget_add_css_class (GTK_WIDGET (self->price_row), "error");
      lt_documents_view_toast (self, error->message);
      return;
    }

  lt_documents_view_reload (self);
}

/* The template callback belongs with the line it prepares; the template must
 * be set before this is called. */
void
lt_documents_view_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_prestation_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "documents.send", NULL, transition_action);
  gtk_widget_class_install_action (widget_class, "documents.sign", NULL, sign_action);
  gtk_widget_class_install_action (widget_class, "documents.refuse", NULL, transition_action);
  gtk_widget_class_install_action (widget_class, "documents.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "documents.preview", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "documents.add-line", NULL, add_line_action);
}
