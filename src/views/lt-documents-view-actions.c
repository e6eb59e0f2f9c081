/* lt-documents-view-actions.c: the documents view's actions — send, sign, refuse, delete, preview, add a line */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-documents-view"

#include "config.h"

#include <glib/gi18n-lib.h>

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
  else if (g_str_equal (action_name, "documents.sign"))
    outcome = lt_store_document_sign (lt_documents_view_get_store (self), self->selected_id, &error);
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
  gpointer item = adw_combo_row_get_selected_item (self->prestation_row);

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
  adw_combo_row_set_selected (self->recurrence_row, lt_prestation_get_recurrence (prestation));
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
  lt_document_line_set_recurrence (line, adw_combo_row_get_selected (self->recurrence_row));

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
  gtk_widget_class_install_action (widget_class, "documents.sign", NULL, transition_action);
  gtk_widget_class_install_action (widget_class, "documents.refuse", NULL, transition_action);
  gtk_widget_class_install_action (widget_class, "documents.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "documents.preview", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "documents.add-line", NULL, add_line_action);
}
