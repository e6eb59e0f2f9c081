/* lt-documents-view.c: the documents of an affaire, their lineage, lines and actions */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-documents-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-document-rules.h"
#include "lt-documents-view-private.h"
#include "lt-documents-view.h"
#include "lt-error.h"
#include "lt-money.h"
#include "lt-prestation.h"
#include "lt-store-catalogue.h"
#include "lt-store-document-ops.h"


G_DEFINE_FINAL_TYPE (LtDocumentsView, lt_documents_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
lt_documents_view_toast (LtDocumentsView *self,
                         const char      *message)
{
  g_signal_emit (self, signals[TOAST], 0, message);
}

LtStore *
lt_documents_view_get_store (LtDocumentsView *self)
{
  return lt_context_get_store (self->context);
}

LtDocument *
lt_documents_view_find_document (LtDocumentsView *self,
                                 gint64           id)
{
  for (guint i = 0; self->documents != NULL && i < self->documents->len; i++)
    {
      LtDocument *doc = g_ptr_array_index (self->documents, i);

      if (lt_document_get_id (doc) == id)
        return doc;
    }
  return NULL;
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
on_kind_clicked_cb (LtDocumentsView *self,
                    GtkButton       *button)
{
  LtDocumentKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kind"));
  g_autoptr(LtDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  gtk_popover_popdown (self->new_popover);

  doc = lt_store_document_create (lt_documents_view_get_store (self), self->affaire_id, kind, &error);
  if (doc == NULL)
    {
      lt_documents_view_toast (self, error->message);
      return;
    }

  message = g_strdup_printf (_("New draft: %s"), lt_enum_to_label (LT_TYPE_DOCUMENT_KIND, kind));
  lt_documents_view_toast (self, message);
  self->selected_id = lt_document_get_id (doc);
  lt_documents_view_reload (self);
}

/* « Nouveau document » lists every kind; the ones the rules refuse are
 * insensitive, with the reason beneath in full (lt_document_rules_kind_offered). */
static void
fill_kinds (LtDocumentsView *self)
{
  g_autoptr(LtAffaire) affaire = NULL;

  clear_box (self->kinds_box);
  affaire = lt_store_load_affaire (lt_documents_view_get_store (self), self->affaire_id, NULL);

  for (LtDocumentKind kind = LT_DOCUMENT_KIND_OFFRE_DE_SERVICE;
       kind <= LT_DOCUMENT_KIND_BON_D_INTERVENTION; kind++)
    {
      g_autofree char *why_not = NULL;
      gboolean allowed = affaire != NULL &&
                         lt_document_rules_kind_offered (affaire, self->documents, kind, &why_not);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *title = gtk_label_new (lt_enum_to_label (LT_TYPE_DOCUMENT_KIND, kind));

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "lt-kind-title");
      gtk_box_append (GTK_BOX (box), title);
      if (!allowed && why_not != NULL)
        {
          GtkWidget *reason = gtk_label_new (why_not);

          gtk_label_set_xalign (GTK_LABEL (reason), 0);
          gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (reason), PANGO_WRAP_WORD_CHAR);
          gtk_label_set_width_chars (GTK_LABEL (reason), 30);
          gtk_label_set_max_width_chars (GTK_LABEL (reason), 36);
          gtk_widget_add_css_class (reason, "caption");
          gtk_widget_add_css_class (reason, "lt-kind-reason");
          gtk_box_append (GTK_BOX (box), reason);
          gtk_widget_set_tooltip_text (button, why_not);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, why_not, -1);
        }
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "lt-kind");
      gtk_widget_set_sensitive (button, allowed);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      lt_enum_to_label (LT_TYPE_DOCUMENT_KIND, kind), -1);
      g_object_set_data (G_OBJECT (button), "kind", GINT_TO_POINTER (kind));
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_kind_clicked_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->kinds_box, button);
    }
}

/* A draft line is edited in its expander: label, fee, recurrence. */
static void
on_line_apply_clicked_cb (LtDocumentsView *self,
                          GtkButton       *button)
{
  LtDocumentLine *line = g_object_get_data (G_OBJECT (button), "line");
  AdwEntryRow *label_row = g_object_get_data (G_OBJECT (button), "label-row");
  AdwEntryRow *price_row = g_object_get_data (G_OBJECT (button), "price-row");
  LtChoiceRow *recurrence_row = g_object_get_data (G_OBJECT (button), "recurrence-row");
  g_autoptr(LtDocumentLine) edited = lt_document_line_new ();
  g_autoptr(GError) error = NULL;
  gint64 cents;

  gtk_widget_remove_css_class (GTK_WIDGET (price_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (label_row), "error");

  if (!lt_money_parse (gtk_editable_get_text (GTK_EDITABLE (price_row)), &cents, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (price_row), "error");
      lt_documents_view_toast (self, error->message);
      return;
    }

  /* A copy: a refused edit leaves the line as stored. */
  lt_document_line_set_id (edited, lt_document_line_get_id (line));
  lt_document_line_set_revision (edited, lt_document_line_get_revision (line));
  lt_document_line_set_document_id (edited, lt_document_line_get_document_id (line));
  lt_document_line_set_prestation_id (edited, lt_document_line_get_prestation_id (line));
  lt_document_line_set_label (edited, gtk_editable_get_text (GTK_EDITABLE (label_row)));
  lt_document_line_set_price_cents (edited, cents);
  lt_document_line_set_recurrence (edited, lt_choice_row_get_selected (recurrence_row));

  if (!lt_store_document_update_line (lt_documents_view_get_store (self), edited, &error))
    {
      if (g_error_matches (error, LT_ERROR, LT_ERROR_NAME_REQUIRED))
        gtk_widget_add_css_class (GTK_WIDGET (label_row), "error");
      else
        gtk_widget_add_css_class (GTK_WIDGET (price_row), "error");
      lt_documents_view_toast (self, error->message);
      return;
    }
  lt_documents_view_reload (self);
}

static void
on_line_remove_clicked_cb (LtDocumentsView *self,
                           GtkButton       *button)
{
  LtDocumentLine *line = g_object_get_data (G_OBJECT (button), "line");
  g_autoptr(GError) error = NULL;

  if (!lt_store_document_remove_line (lt_documents_view_get_store (self), lt_document_line_get_id (line), &error))
    lt_documents_view_toast (self, error->message);
  lt_documents_view_reload (self);
}

static void
fill_lines (LtDocumentsView *self,
            LtDocument      *doc)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = lt_store_load_document_lines (lt_documents_view_get_store (self), lt_document_get_id (doc), &error);
  gboolean draft = lt_document_get_state (doc) == LT_DOCUMENT_STATE_DRAFT;
  g_autofree char *yearly = NULL;
  g_autofree char *one_off = NULL;
  g_autofree char *description = NULL;
  gint64 one_off_cents = 0;

  for (guint i = 0; i < self->line_rows->len; i++)
    adw_preferences_group_remove (self->lines_group, g_ptr_array_index (self->line_rows, i));
  g_ptr_array_set_size (self->line_rows, 0);

  if (lines == NULL)
    {
      lt_documents_view_toast (self, error->message);
      return;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (lines, i);
      g_autofree char *price = lt_money_format (lt_document_line_get_price_cents (line));
      g_autofree char *title = g_strdup_printf ("%s — %s", lt_document_line_get_label (line),
                                                lt_enum_to_label (LT_TYPE_RECURRENCE, lt_document_line_get_recurrence (line)));
      GtkWidget *row;

      if (draft)
        {
          g_autofree char *number = lt_money_format_number (lt_document_line_get_price_cents (line));
          g_autoptr(GtkStringList) recurrences = gtk_string_list_new (NULL);
          GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
          GtkWidget *label_row = adw_entry_row_new ();
          GtkWidget *price_row = adw_entry_row_new ();
          GtkWidget *recurrence_row = lt_choice_row_new ();
          GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
          GtkWidget *apply = gtk_button_new_with_mnemonic (_("_Apply"));

          row = adw_expander_row_new ();
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), price);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (label_row), _("Label"));
          gtk_editable_set_text (GTK_EDITABLE (label_row), lt_document_line_get_label (line));
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (price_row), _("Fee excluding VAT"));
          gtk_editable_set_text (GTK_EDITABLE (price_row), number);
          for (int r = LT_RECURRENCE_NONE; r <= LT_RECURRENCE_YEARLY; r++)
            gtk_string_list_append (recurrences, lt_enum_to_label (LT_TYPE_RECURRENCE, r));
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (recurrence_row), _("Recurrence"));
          lt_choice_row_set_model (LT_CHOICE_ROW (recurrence_row), G_LIST_MODEL (recurrences));
          lt_choice_row_set_selected (LT_CHOICE_ROW (recurrence_row), lt_document_line_get_recurrence (line));

          gtk_widget_add_css_class (remove, "flat");
          gtk_widget_set_tooltip_text (remove, _("Remove this line"));
          g_object_set_data_full (G_OBJECT (remove), "line", g_object_ref (line), g_object_unref);
          g_signal_connect_object (remove, "clicked", G_CALLBACK (on_line_remove_clicked_cb), self, G_CONNECT_SWAPPED);

          g_object_set_data_full (G_OBJECT (apply), "line", g_object_ref (line), g_object_unref);
          g_object_set_data (G_OBJECT (apply), "label-row", label_row);
          g_object_set_data (G_OBJECT (apply), "price-row", price_row);
          g_object_set_data (G_OBJECT (apply), "recurrence-row", recurrence_row);
          g_signal_connect_object (apply, "clicked", G_CALLBACK (on_line_apply_clicked_cb), self, G_CONNECT_SWAPPED);

          gtk_widget_set_halign (buttons, GTK_ALIGN_END);
          gtk_widget_set_margin_top (buttons, 6);
          gtk_widget_set_margin_bottom (buttons, 6);
          gtk_widget_set_margin_end (buttons, 6);
          gtk_box_append (GTK_BOX (buttons), remove);
          gtk_box_append (GTK_BOX (buttons), apply);

          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), label_row);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), price_row);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), recurrence_row);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), buttons);
        }
      else
        {
          row = adw_action_row_new ();
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (price));
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_group_add (self->lines_group, row);
      g_ptr_array_add (self->line_rows, row);
    }

  yearly = lt_money_format (lt_document_lines_yearly_cents (lines, &one_off_cents));
  one_off = lt_money_format (one_off_cents);
  description = g_strdup_printf (_("Yearly fees %s · one-off %s"), yearly, one_off);
  adw_preferences_group_set_description (self->lines_group, description);
}

/* "2026-11-23" → "23/11/2026", as French users read dates. */
static char *
display_date (const char *iso)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *full = NULL;

  if (iso == NULL)
    return g_strdup ("");
  full = g_strconcat (iso, "T00:00:00Z", NULL);
  dt = g_date_time_new_from_iso8601 (full, NULL);
  return dt != NULL ? g_date_time_format (dt, "%d/%m/%Y") : g_strdup (iso);
}

static void
show_document (LtDocumentsView *self)
{
  LtDocument *doc = lt_documents_view_find_document (self, self->selected_id);
  LtDocumentState state;
  g_autofree char *state_text = NULL;
  g_autofree char *date = NULL;
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean feminine;

  if (doc == NULL)
    {
      gtk_stack_set_visible_child_name (self->doc_stack, "none");
      gtk_widget_action_set_enabled (widget, "documents.send", FALSE);
      gtk_widget_action_set_enabled (widget, "documents.sign", FALSE);
      gtk_widget_action_set_enabled (widget, "documents.refuse", FALSE);
      gtk_widget_action_set_enabled (widget, "documents.delete", FALSE);
      gtk_widget_action_set_enabled (widget, "documents.add-line", FALSE);
      gtk_widget_action_set_enabled (widget, "documents.preview", FALSE);
      return;
    }

  state = lt_document_get_state (doc);
  feminine = lt_document_kind_is_feminine (lt_document_get_kind (doc));
  gtk_stack_set_visible_child_name (self->doc_stack, "document");
  gtk_label_set_label (self->doc_title, lt_enum_to_label (LT_TYPE_DOCUMENT_KIND, lt_document_get_kind (doc)));

  switch (state)
    {
    case LT_DOCUMENT_STATE_SENT:
      date = display_date (lt_document_get_sent_on (doc));
      state_text = g_strdup_printf (feminine ? C_("feminine document", "Sent on %s") : C_("masculine document", "Sent on %s"), date);
      break;
    case LT_DOCUMENT_STATE_SIGNED:
      date = display_date (lt_document_get_signed_on (doc));
      state_text = g_strdup_printf (feminine ? C_("feminine document", "Signed on %s") : C_("masculine document", "Signed on %s"), date);
      break;
    case LT_DOCUMENT_STATE_REFUSED:
      date = display_date (lt_document_get_refused_on (doc));
      state_text = g_strdup_printf (feminine ? C_("feminine document", "Refused on %s") : C_("masculine document", "Refused on %s"), date);
      break;
    case LT_DOCUMENT_STATE_REPLACED:
      state_text = g_strdup (feminine ? C_("feminine document", "Replaced by a replacement engagement letter") : C_("masculine document", "Replaced by a replacement engagement letter"));
      break;
    case LT_DOCUMENT_STATE_DRAFT:
    default:
      state_text = g_strdup (_("Draft: lines can still be changed"));
      break;
    }
  /* the number given when it was sent (issue 12) */
  if (lt_document_get_number (doc) != NULL)
    {
      g_autofree char *with_number = g_strdup_printf ("%s · %s", state_text, lt_document_get_number (doc));

      g_free (state_text);
      state_text = g_steal_pointer (&with_number);
    }
  gtk_label_set_label (self->doc_state, state_text);

  /* Offered by state; the store still applies every rule and says why. */
  gtk_widget_action_set_enabled (widget, "documents.send", state == LT_DOCUMENT_STATE_DRAFT);
  gtk_widget_action_set_enabled (widget, "documents.sign", state == LT_DOCUMENT_STATE_SENT);
  gtk_widget_action_set_enabled (widget, "documents.refuse", state == LT_DOCUMENT_STATE_SENT);
  gtk_widget_action_set_enabled (widget, "documents.delete", state == LT_DOCUMENT_STATE_DRAFT);
  gtk_widget_action_set_enabled (widget, "documents.add-line", state == LT_DOCUMENT_STATE_DRAFT);
  gtk_widget_action_set_enabled (widget, "documents.preview", TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->add_line_group), state == LT_DOCUMENT_STATE_DRAFT);

  fill_lines (self, doc);
}

void
lt_documents_view_reload (LtDocumentsView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtScope) scope = NULL;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_pointer (&self->documents, g_ptr_array_unref);

  gtk_widget_set_sensitive (GTK_WIDGET (self->new_button), self->context != NULL && self->affaire_id != 0);

  if (self->context == NULL || self->affaire_id == 0)
    {
      self->documents = g_ptr_array_new_with_free_func (g_object_unref);
      clear_box (self->chains_box);
      lt_documents_view_fill_scope (self, NULL);
      show_document (self);
      return;
    }

  self->documents = lt_store_load_affaire_documents (lt_documents_view_get_store (self), self->affaire_id, &error);
  if (self->documents == NULL)
    {
      self->documents = g_ptr_array_new_with_free_func (g_object_unref);
      lt_documents_view_toast (self, error->message);
    }

  if (lt_documents_view_find_document (self, self->selected_id) == NULL)
    self->selected_id = self->documents->len > 0
                        ? lt_document_get_id (g_ptr_array_index (self->documents, self->documents->len - 1))
                        : 0;

  scope = lt_store_get_scope (lt_documents_view_get_store (self), self->affaire_id, NULL);
  if (scope != NULL && scope->letter_id != 0)
    {
      g_autofree char *yearly = lt_money_format (scope->yearly_cents);
      g_autofree char *one_off = lt_money_format (scope->one_off_cents);
      g_autofree char *text = g_strdup_printf (_("Current scope: %s a year, %s one-off"), yearly, one_off);

      gtk_label_set_label (self->scope_label, text);
    }
  else
    gtk_label_set_label (self->scope_label, _("No engagement letter in force yet."));

  fill_kinds (self);
  lt_documents_view_fill_scope (self, scope);
  lt_documents_view_fill_lineage (self);
  show_document (self);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  LtDocumentsView *self = user_data;

  self->reload_source = 0;
  lt_documents_view_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (LtDocumentsView *self,
                     const char      *table,
                     gint64           id,
                     LtStoreChange    change)
{
  if (self->affaire_id == 0 || self->reload_source != 0)
    return;
  if (g_str_equal (table, "documents") || g_str_equal (table, "document_lines") ||
      g_str_equal (table, "affaires"))
    self->reload_source = g_idle_add (reload_idle_cb, self);
}


static void
lt_documents_view_dispose (GObject *object)
{
  LtDocumentsView *self = (LtDocumentsView *)object;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_DOCUMENTS_VIEW);
  g_clear_object (&self->context);
  g_clear_object (&self->prestations);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->line_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (lt_documents_view_parent_class)->dispose (object);
}

static void
lt_documents_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LtDocumentsView *self = LT_DOCUMENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_documents_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LtDocumentsView *self = LT_DOCUMENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      lt_documents_view_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_documents_view_class_init (LtDocumentsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_documents_view_dispose;
  object_class->get_property = lt_documents_view_get_property;
  object_class->set_property = lt_documents_view_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, LT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (LT_TYPE_CHOICE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-documents-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, scope_label);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, new_button);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, new_popover);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, kinds_box);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, chains_box);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, scope_box);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, doc_stack);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, none_label);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, doc_title);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, doc_state);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, preview_button);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, lines_group);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, add_line_group);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, prestation_row);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, label_row);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, price_row);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentsView, recurrence_row);

  lt_documents_view_class_install_actions (widget_class);
}

static void
lt_documents_view_init (LtDocumentsView *self)
{
  g_autoptr(GtkStringList) recurrences = gtk_string_list_new (NULL);
  /* the combo row takes a reference of its own */
  g_autoptr(GtkExpression) name = gtk_property_expression_new (LT_TYPE_PRESTATION, NULL, "name");

  self->line_rows = g_ptr_array_new ();
  self->documents = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int r = LT_RECURRENCE_NONE; r <= LT_RECURRENCE_YEARLY; r++)
    gtk_string_list_append (recurrences, lt_enum_to_label (LT_TYPE_RECURRENCE, r));
  lt_choice_row_set_model (self->recurrence_row, G_LIST_MODEL (recurrences));
  lt_choice_row_set_expression (self->prestation_row, name);

  show_document (self);
}

GtkWidget *
lt_documents_view_new (LtContext *context)
{
  return g_object_new (LT_TYPE_DOCUMENTS_VIEW, "context", context, NULL);
}

void
lt_documents_view_set_context (LtDocumentsView *self,
                               LtContext       *context)
{
  g_return_if_fail (LT_IS_DOCUMENTS_VIEW (self));

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (lt_context_get_store (self->context), self);

  if (!g_set_object (&self->context, context))
    return;

  g_clear_object (&self->prestations);
  if (context != NULL)
    {
      self->prestations = lt_store_list_prestations (lt_documents_view_get_store (self), 0, NULL, FALSE);
      lt_choice_row_set_model (self->prestation_row, self->prestations);
      g_signal_connect_object (lt_documents_view_get_store (self), "changed", G_CALLBACK (on_store_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  lt_documents_view_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

void
lt_documents_view_set_affaire_id (LtDocumentsView *self,
                                  gint64           affaire_id)
{
  g_return_if_fail (LT_IS_DOCUMENTS_VIEW (self));

  if (self->affaire_id != affaire_id)
    self->selected_id = 0;
  self->affaire_id = affaire_id;
  lt_documents_view_reload (self);
}

gint64
lt_documents_view_get_affaire_id (LtDocumentsView *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENTS_VIEW (self), 0);
  return self->affaire_id;
}

void
lt_documents_view_select_document (LtDocumentsView *self,
                                   gint64           document_id)
{
  g_return_if_fail (LT_IS_DOCUMENTS_VIEW (self));

  self->selected_id = document_id;
  lt_documents_view_fill_lineage (self);
  show_document (self);
}

gint64
lt_documents_view_get_selected_id (LtDocumentsView *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENTS_VIEW (self), 0);
  return self->selected_id;
}
