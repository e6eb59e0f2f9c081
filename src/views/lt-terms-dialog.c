/* lt-terms-dialog.c: the versions of the conditions générales — list and add */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-terms-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date-button.h"
#include "lt-date.h"
#include "lt-error.h"
#include "lt-store-documents.h"
#include "lt-terms-dialog.h"

struct _LtTermsDialog
{
  AdwWindow    parent_instance;

  LtContext   *context;
  GListModel  *versions;

  GtkListBox  *versions_list;
  AdwEntryRow *version_row;
  AdwEntryRow *date_row;
  GtkTextView *body_view;
  GtkLabel    *message_label;
};

G_DEFINE_FINAL_TYPE (LtTermsDialog, lt_terms_dialog, ADW_TYPE_WINDOW)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  LtTerms *terms = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;
  g_autofree char *day = lt_date_iso_to_display (lt_terms_get_effective_on (terms));

  if (*day != '\0')
    subtitle = g_strdup_printf (_("In force from %s"), day);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lt_terms_get_version (terms));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  /* every version, older ones too, can be read as documents cite it */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Read this version"));
  return row;
}

/**
 * lt_terms_dialog_show_version:
 *
 * Opens the text of the @index-th version, read-only.
 *
 * Returns: (transfer none): the window
 */
GtkWindow *
lt_terms_dialog_show_version (LtTermsDialog *self,
                              guint          index)
{
  g_autoptr(LtTerms) terms = g_list_model_get_item (self->versions, index);
  g_autofree char *title = NULL;
  GtkWidget *window, *toolbar, *header, *scrolled, *view;

  g_return_val_if_fail (terms != NULL, NULL);

  title = g_strdup_printf (_("Conditions générales — %s"), lt_terms_get_version (terms));
  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 560);

  view = gtk_text_view_new ();
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), lt_terms_get_body (terms), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  header = adw_header_bar_new ();
  toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (toolbar), header);
  gtk_box_append (GTK_BOX (toolbar), scrolled);
  adw_window_set_content (ADW_WINDOW (window), toolbar);
  gtk_window_present (GTK_WINDOW (window));

  return GTK_WINDOW (window);
}

static void
on_version_activated_cb (LtTermsDialog *self,
                         GtkListBoxRow *row)
{
  lt_terms_dialog_show_version (self, gtk_list_box_row_get_index (row));
}

/**
 * lt_terms_dialog_add:
 *
 * Adds the version typed; a refused one is explained and nothing typed is lost.
 */
gboolean
lt_terms_dialog_add (LtTermsDialog *self)
{
  g_autoptr(LtTerms) terms = lt_terms_new ();
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter start, end;
  g_autofree char *body = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *message = NULL;
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));

  gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->version_row), "error");

  iso = lt_date_display_to_iso (date);
  if (iso == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
      gtk_label_set_label (self->message_label, _("Type the date from which this version applies, e.g. 01/01/2027."));
      return FALSE;
    }

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  body = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  lt_terms_set_version (terms, gtk_editable_get_text (GTK_EDITABLE (self->version_row)));
  lt_terms_set_effective_on (terms, iso);
  lt_terms_set_body (terms, body);

  if (!lt_store_add_terms (lt_context_get_store (self->context), terms, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->version_row), "error");
      gtk_label_set_label (self->message_label, error->message);
      return FALSE;
    }

  gtk_label_set_label (self->message_label, "");
  gtk_editable_set_text (GTK_EDITABLE (self->version_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), "");
  gtk_text_buffer_set_text (buffer, "", -1);
  message = g_strdup_printf (_("Conditions générales %s added"), lt_terms_get_version (terms));
  g_signal_emit (self, signals[TOAST], 0, message);
  return TRUE;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  lt_terms_dialog_add (LT_TERMS_DIALOG (widget));
}

static void
lt_terms_dialog_dispose (GObject *object)
{
  LtTermsDialog *self = (LtTermsDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_TERMS_DIALOG);
  g_clear_object (&self->context);
  g_clear_object (&self->versions);

  G_OBJECT_CLASS (lt_terms_dialog_parent_class)->dispose (object);
}

static void
lt_terms_dialog_class_init (LtTermsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_terms_dialog_dispose;

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-terms-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LtTermsDialog, versions_list);
  gtk_widget_class_bind_template_child (widget_class, LtTermsDialog, version_row);
  gtk_widget_class_bind_template_child (widget_class, LtTermsDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, LtTermsDialog, body_view);
  gtk_widget_class_bind_template_child (widget_class, LtTermsDialog, message_label);

  gtk_widget_class_bind_template_callback (widget_class, on_version_activated_cb);
  gtk_widget_class_install_action (widget_class, "terms.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lt_terms_dialog_init (LtTermsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  lt_date_button_attach (GTK_WIDGET (self->date_row));
}

GtkWidget *
lt_terms_dialog_new (LtContext *context)
{
  LtTermsDialog *self = g_object_new (LT_TYPE_TERMS_DIALOG, NULL);

  self->context = g_object_ref (context);
  /* A few versions over the years: a list box bound to the lazy list. */
  self->versions = lt_store_list_terms (lt_context_get_store (context));
  gtk_list_box_bind_model (self->versions_list, self->versions, create_row_cb, NULL, NULL);
  return GTK_WIDGET (self);
}
