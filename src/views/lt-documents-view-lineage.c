/* lt-documents-view-lineage.c: the documents view's lineage tree and the scope in force, each line with the document it comes from */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-documents-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-document-rules.h"
#include "lt-documents-view-private.h"
#include "lt-money.h"

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/**
 * lt_documents_view_document_name:
 *
 * Returns: (transfer full): « Avenant AV-2026-0001 » (a draft: « Avenant n° 10 »), as the view names a document
 */
char *
lt_documents_view_document_name (LtDocument *doc)
{
  g_autofree char *number = NULL;

  /* a sent document has its number (LM-2026-0001); a draft, its id */
  if (lt_document_get_number (doc) != NULL && *lt_document_get_number (doc) != '\0')
    return g_strdup_printf ("%s %s", lt_enum_to_label (LT_TYPE_DOCUMENT_KIND, lt_document_get_kind (doc)),
                            lt_document_get_number (doc));
  number = g_strdup_printf ("%" G_GINT64_FORMAT, lt_document_get_id (doc));
  /* Translators: a document kind, then its number */
  return g_strdup_printf (_("%s n° %s"), lt_enum_to_label (LT_TYPE_DOCUMENT_KIND, lt_document_get_kind (doc)), number);
}

/* « signé le 24/03/2025 », « brouillon »… */
static char *
state_words (LtDocument *doc)
{
  const char *iso = NULL;
  g_autofree char *date = NULL;

  switch (lt_document_get_state (doc))
    {
    case LT_DOCUMENT_STATE_SENT:
      iso = lt_document_get_sent_on (doc);
      break;
    case LT_DOCUMENT_STATE_SIGNED:
      iso = lt_document_get_signed_on (doc);
      break;
    case LT_DOCUMENT_STATE_REFUSED:
      iso = lt_document_get_refused_on (doc);
      break;
    case LT_DOCUMENT_STATE_DRAFT:
    case LT_DOCUMENT_STATE_REPLACED:
    default:
      break;
    }

  if (iso == NULL)
    return g_strdup (lt_document_state_label (lt_document_get_kind (doc), lt_document_get_state (doc)));

  date = lt_date_iso_to_display (iso);
  /* Translators: a document state, then the day it happened */
  return g_strdup_printf (_("%s on %s"), lt_document_state_label (lt_document_get_kind (doc), lt_document_get_state (doc)), date);
}

static void
on_document_clicked_cb (LtDocumentsView *self,
                        GtkButton       *button)
{
  lt_documents_view_select_document (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "id")));
}

/* A button that selects @doc, named after it. */
static GtkWidget *
document_button (LtDocumentsView *self,
                 LtDocument      *doc,
                 const char      *text)
{
  GtkWidget *button = gtk_button_new_with_label (text);
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  g_object_set_data (G_OBJECT (button), "id", GSIZE_TO_POINTER ((gsize) lt_document_get_id (doc)));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_document_clicked_cb), self, G_CONNECT_SWAPPED);
  return button;
}

static GtkWidget *
make_chip (LtDocumentsView *self,
           LtDocument      *doc)
{
  LtDocumentState state = lt_document_get_state (doc);
  g_autofree char *name = lt_documents_view_document_name (doc);
  g_autofree char *when = state_words (doc);
  g_autofree char *text = g_strdup_printf ("%s · %s", name, when);
  GtkWidget *button = document_button (self, doc, text);

  gtk_widget_add_css_class (button, "lt-document-chip");
  gtk_widget_add_css_class (button, lt_enum_to_nick (LT_TYPE_DOCUMENT_STATE, state));
  if (state == LT_DOCUMENT_STATE_SIGNED)
    gtk_widget_add_css_class (button, "success");
  else if (state == LT_DOCUMENT_STATE_REFUSED)
    gtk_widget_add_css_class (button, "error");
  else if (state == LT_DOCUMENT_STATE_REPLACED)
    gtk_widget_add_css_class (button, "dim-label");
  if (lt_document_get_id (doc) == self->selected_id)
    gtk_widget_add_css_class (button, "suggested-action");
  else
    gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Show this document"));
  return button;
}

/* One row of the tree: the branch drawn from the ancestors (« │ » where an
 * ancestor has a later sibling), the connector to the parent (├ or └, then
 * → for what follows from it, ⇒ for what replaces it) and the chip, in one
 * box so the arrow stays with its document. */
static GtkWidget *
make_row (LtDocumentsView *self,
          LtDocument      *doc,
          LtDocument      *parent,
          const char      *branch,
          gboolean         last)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (row, "lt-lineage-row");
  if (parent != NULL)
    {
      gboolean replaces = lt_document_get_replaced_by_id (parent) == lt_document_get_id (doc) ||
                          lt_document_get_kind (doc) == LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE;
      const char *words = replaces ? _("replaces") : _("follows from");
      g_autofree char *text = g_strdup_printf ("%s%s%s", branch, last ? "└─" : "├─", replaces ? "⇒" : "→");
      g_autofree char *parent_name = lt_documents_view_document_name (parent);
      g_autofree char *description = g_strdup_printf ("%s %s", words, parent_name);
      GtkWidget *connector = gtk_label_new (text);

      gtk_widget_add_css_class (connector, "monospace");
      gtk_widget_add_css_class (connector, "dim-label");
      gtk_widget_add_css_class (connector, "lt-lineage-arrow");
      gtk_widget_set_tooltip_text (connector, description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (connector), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
      gtk_box_append (GTK_BOX (row), connector);
    }
  gtk_box_append (GTK_BOX (row), make_chip (self, doc));
  return row;
}

static void
append_children (LtDocumentsView *self,
                 LtDocument      *parent,
                 const char      *branch)
{
  g_autoptr(GPtrArray) children = g_ptr_array_new ();

  for (guint i = 0; i < self->documents->len; i++)
    {
      LtDocument *doc = g_ptr_array_index (self->documents, i);

      if (lt_document_get_parent_id (doc) == lt_document_get_id (parent))
        g_ptr_array_add (children, doc);
    }

  for (guint i = 0; i < children->len; i++)
    {
      LtDocument *doc = g_ptr_array_index (children, i);
      gboolean last = i + 1 == children->len;
      g_autofree char *deeper = g_strconcat (branch, last ? "   " : "│  ", NULL);

      gtk_box_append (self->chains_box, make_row (self, doc, parent, branch, last));
      append_children (self, doc, deeper);
    }
}

/**
 * lt_documents_view_fill_lineage:
 *
 * The lineage as a tree, one document a line: each root (an offre, a
 * lettre de mission) then what follows from it, indented, each with the
 * arrow that ties it to its parent.
 */
void
lt_documents_view_fill_lineage (LtDocumentsView *self)
{
  clear_box (self->chains_box);
  gtk_box_set_spacing (self->chains_box, 0);

  for (guint i = 0; i < self->documents->len; i++)
    {
      LtDocument *doc = g_ptr_array_index (self->documents, i);

      if (lt_document_get_parent_id (doc) != 0 &&
          lt_documents_view_find_document (self, lt_document_get_parent_id (doc)) != NULL)
        continue;

      gtk_box_append (self->chains_box, make_row (self, doc, NULL, "", TRUE));
      append_children (self, doc, "");
    }
}

static GtkWidget *
scope_row (LtDocumentsView *self,
           LtDocumentLine  *line)
{
  LtRecurrence recurrence = lt_document_line_get_recurrence (line);
  int times = lt_recurrence_times_per_year (recurrence);
  gint64 cents = lt_document_line_get_price_cents (line);
  g_autofree char *price = lt_money_format (cents);
  g_autofree char *subtitle = NULL;
  LtDocument *source = lt_documents_view_find_document (self, lt_document_line_get_document_id (line));
  GtkWidget *row = adw_action_row_new ();

  if (times > 0)
    {
      g_autofree char *annual = lt_money_format (cents * times);

      /* Translators: the fee per period, its periodicity, the fee over a year */
      subtitle = times == 1 ? g_strdup_printf (_("%s a year"), annual)
                            : g_strdup_printf (_("%s (%s) · %s a year"), price,
                                               lt_enum_to_label (LT_TYPE_RECURRENCE, recurrence), annual);
    }
  else
    subtitle = g_strdup_printf (_("%s once"), price);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lt_document_line_get_label (line));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (source != NULL)
    {
      g_autofree char *name = lt_documents_view_document_name (source);
      g_autofree char *tooltip = g_strdup_printf (_("This line comes from %s: show it"), name);
      GtkWidget *button = document_button (self, source, name);

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

/**
 * lt_documents_view_fill_scope:
 * @scope: (nullable): the affaire's scope in force
 *
 * The scope in force: recurring lines with their annual figure, one-off
 * lines apart, each with the document it comes from (a click selects it).
 */
void
lt_documents_view_fill_scope (LtDocumentsView *self,
                              LtScope         *scope)
{
  GtkWidget *recurring = NULL;
  GtkWidget *one_off = NULL;

  clear_box (self->scope_box);
  gtk_widget_set_visible (GTK_WIDGET (self->scope_box), scope != NULL && scope->lines->len > 0);
  if (scope == NULL || scope->lines->len == 0)
    return;

  for (guint i = 0; i < scope->lines->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (scope->lines, i);
      gboolean recurs = lt_recurrence_times_per_year (lt_document_line_get_recurrence (line)) > 0;
      GtkWidget **group = recurs ? &recurring : &one_off;

      if (*group == NULL)
        {
          g_autofree char *total = lt_money_format (recurs ? scope->yearly_cents : scope->one_off_cents);
          g_autofree char *description = g_strdup_printf (recurs ? _("%s a year") : _("%s in all"), total);

          *group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (*group),
                                           recurs ? _("Recurring scope in force") : _("One-off work in force"));
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (*group), description);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (*group), scope_row (self, line));
    }

  if (recurring != NULL)
    gtk_box_append (self->scope_box, recurring);
  if (one_off != NULL)
    gtk_box_append (self->scope_box, one_off);
}
