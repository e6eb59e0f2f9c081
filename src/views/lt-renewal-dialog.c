/* lt-renewal-dialog.c: renouvellement documentaire — coefficient, preview old → new, exclusions, overrides, progress */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-renewal-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-choice-button.h"
#include "lt-date.h"
#include "lt-error.h"
#include "lt-money.h"
#include "lt-renewal-dialog.h"
#include "lt-renewal-drafts-question.h"
#include "lt-store-renewal.h"

/* One row of the preview: a client (its totals) or one of its lines. */
#define LT_TYPE_RENEWAL_ROW (lt_renewal_row_get_type ())
G_DECLARE_FINAL_TYPE (LtRenewalRow, lt_renewal_row, LT, RENEWAL_ROW, GObject)

struct _LtRenewalRow
{
  GObject   parent_instance;
  gint64    affaire_id;
  int       line_index;     /* -1: the client's row */
  char     *text;
  char     *old_price;
  char     *new_price;
  gboolean  included;       /* a client renewed, or a line going into the letter */
  gboolean  overridden;
  gboolean  archived;       /* a line whose prestation was archived since */
};

G_DEFINE_FINAL_TYPE (LtRenewalRow, lt_renewal_row, G_TYPE_OBJECT)

static void
lt_renewal_row_finalize (GObject *object)
{
  LtRenewalRow *self = (LtRenewalRow *)object;

  g_free (self->text);
  g_free (self->old_price);
  g_free (self->new_price);
  G_OBJECT_CLASS (lt_renewal_row_parent_class)->finalize (object);
}

static void
lt_renewal_row_class_init (LtRenewalRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lt_renewal_row_finalize;
}

static void
lt_renewal_row_init (LtRenewalRow *self)
{
}

struct _LtRenewalDialog
{
  AdwWindow       parent_instance;

  LtContext      *context;
  GArray         *affaire_ids;
  LtRenewalPlan  *plan;
  GListStore     *rows;
  GCancellable   *cancellable;
  char           *totals_text;
  AdwMessageDialog *draft_dialog;   /* asking what to do with waiting drafts */

  GtkEntry       *coefficient_entry;
  GtkEntry       *effective_entry;
  LtChoiceButton *rounding_dropdown;
  GtkLabel       *message_label;
  GtkColumnView  *column_view;
  GtkLabel       *totals_label;
  GtkProgressBar *progress_bar;
  GtkButton      *apply_button;
};

G_DEFINE_FINAL_TYPE (LtRenewalDialog, lt_renewal_dialog, ADW_TYPE_WINDOW)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_message (LtRenewalDialog *self,
             const char      *message,
             gboolean         is_error)
{
  gtk_label_set_label (self->message_label, message != NULL ? message : "");
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
}

static void
fill_client_row (LtRenewalRow    *row,
                 LtRenewalClient *client)
{
  g_autofree char *old_yearly = lt_money_format (client->old_yearly_cents);
  g_autofree char *new_yearly = lt_money_format (client->new_yearly_cents);

  g_free (row->text);
  g_free (row->old_price);
  g_free (row->new_price);
  row->text = g_strdup (client->name);
  if (client->old_one_off_cents != 0 || client->new_one_off_cents != 0)
    {
      g_autofree char *old_one_off = lt_money_format (client->old_one_off_cents);
      g_autofree char *new_one_off = lt_money_format (client->new_one_off_cents);

      row->old_price = g_strdup_printf (_("%s a year + %s one-off"), old_yearly, old_one_off);
      row->new_price = g_strdup_printf (_("%s a year + %s one-off"), new_yearly, new_one_off);
    }
  else
    {
      row->old_price = g_strdup_printf (_("%s a year"), old_yearly);
      row->new_price = g_strdup_printf (_("%s a year"), new_yearly);
    }
  row->included = !client->excluded;
}

static void
fill_line_row (LtRenewalRow  *row,
               LtRenewalLine *line)
{
  g_free (row->text);
  g_free (row->old_price);
  g_free (row->new_price);
  if (g_strcmp0 (line->old_label, line->new_label) != 0)
    row->text = g_strdup_printf ("%s → %s (%s)", line->old_label, line->new_label,
                                 lt_enum_to_label (LT_TYPE_RECURRENCE, line->recurrence));
  else
    row->text = g_strdup_printf ("%s (%s)", line->new_label, lt_enum_to_label (LT_TYPE_RECURRENCE, line->recurrence));
  if (line->archived)
    {
      char *text = g_strdup_printf (line->kept ? _("%s — archived in the catalogue, kept")
                                               : _("%s — archived in the catalogue, left out"),
                                    row->text);
      g_free (row->text);
      row->text = text;
    }
  row->archived = line->archived;
  row->included = LT_RENEWAL_LINE_INCLUDED (line);
  row->old_price = lt_money_format (line->old_price_cents);
  row->new_price = lt_money_format_number (line->new_price_cents);
  row->overridden = line->overridden;
}

static void
update_totals (LtRenewalDialog *self)
{
  gint64 oy = 0, ny = 0, oo = 0, no = 0;
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL;
  guint n;

  if (self->plan == NULL)
    {
      gtk_label_set_label (self->totals_label, "");
      gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), FALSE);
      return;
    }

  lt_renewal_plan_get_totals (self->plan, &oy, &ny, &oo, &no);
  a = lt_money_format (oy);
  b = lt_money_format (ny);
  c = lt_money_format (oo);
  d = lt_money_format (no);
  n = lt_renewal_plan_get_n_included (self->plan);

  g_free (self->totals_text);
  self->totals_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u client — yearly fees %s → %s, one-off %s → %s",
                                                    "%u clients — yearly fees %s → %s, one-off %s → %s", n),
                                       n, a, b, c, d);
  gtk_label_set_label (self->totals_label, self->totals_text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), n > 0);
}

/* Re-reads the client's row and the line's from the plan and makes the
 * view bind them again. */
static void
refresh_client (LtRenewalDialog *self,
                gint64           affaire_id)
{
  LtRenewalClient *client = lt_renewal_plan_find_client (self->plan, affaire_id);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LtRenewalRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      if (row->affaire_id != affaire_id)
        continue;
      if (row->line_index < 0)
        fill_client_row (row, client);
      else
        fill_line_row (row, g_ptr_array_index (client->lines, row->line_index));
      g_list_store_splice (self->rows, i, 1, (gpointer *) &row, 1);
    }
  update_totals (self);
}

typedef struct {
  LtRenewalDialog *self;
  gint64           affaire_id;
} RefreshData;

static gboolean
refresh_idle_cb (gpointer user_data)
{
  RefreshData *data = user_data;

  if (data->self->plan != NULL)
    refresh_client (data->self, data->affaire_id);
  g_object_unref (data->self);
  g_free (data);
  return G_SOURCE_REMOVE;
}

/* Not from inside the cell's own signal: the cell is rebound. */
static void
queue_refresh (LtRenewalDialog *self,
               gint64           affaire_id)
{
  RefreshData *data = g_new0 (RefreshData, 1);

  data->self = g_object_ref (self);
  data->affaire_id = affaire_id;
  g_idle_add (refresh_idle_cb, data);
}

static void
on_include_toggled_cb (GtkCheckButton *check,
                       GtkListItem    *item)
{
  LtRenewalDialog *self = g_object_get_data (G_OBJECT (check), "dialog");
  LtRenewalRow *row = gtk_list_item_get_item (item);

  if (row == NULL || self->plan == NULL || row->included == gtk_check_button_get_active (check))
    return;

  row->included = gtk_check_button_get_active (check);
  if (row->line_index >= 0)
    lt_renewal_plan_set_line_kept (self->plan, row->affaire_id, row->line_index, row->included);
  else
    lt_renewal_plan_set_excluded (self->plan, row->affaire_id, !row->included);
  queue_refresh (self, row->affaire_id);
}

static void
on_price_changed_cb (GtkEditableLabel *label,
                     GParamSpec       *pspec,
                     GtkListItem      *item)
{
  LtRenewalDialog *self = g_object_get_data (G_OBJECT (label), "dialog");
  LtRenewalRow *row = gtk_list_item_get_item (item);
  g_autoptr(GError) error = NULL;
  gint64 cents;

  if (gtk_editable_label_get_editing (label) || row == NULL || row->line_index < 0 || self->plan == NULL)
    return;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (label)), row->new_price) == 0)
    return;

  if (!lt_money_parse (gtk_editable_get_text (GTK_EDITABLE (label)), &cents, &error) ||
      !lt_renewal_plan_override_line (self->plan, row->affaire_id, row->line_index, cents, &error))
    {
      set_message (self, error->message, TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
  set_message (self, NULL, FALSE);
  queue_refresh (self, row->affaire_id);
}

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (check, _("Renew this client"));
  g_object_set_data (G_OBJECT (check), "dialog", user_data);
  g_signal_connect (check, "toggled", G_CALLBACK (on_include_toggled_cb), item);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
bind_text_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  LtRenewalRow *row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *check = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (check);
  gboolean client = row->line_index < 0;

  /* A client is renewed or not; an archived line is kept or not. */
  gtk_widget_set_visible (check, client || row->archived);
  gtk_widget_set_tooltip_text (check, client ? _("Renew this client") : _("Keep this archived prestation"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), row->included);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, row->text, -1);
  gtk_label_set_label (GTK_LABEL (label), row->text);
  gtk_widget_set_margin_start (label, client ? 0 : (row->archived ? 0 : 30));
  gtk_widget_set_margin_start (check, client ? 0 : 6);
  if (client)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
  if (!row->included)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
setup_old_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_old_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  LtRenewalRow *row = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), row->old_price);
}

static void
setup_new_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *editable = gtk_editable_label_new ("");

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "heading");
  gtk_editable_set_alignment (GTK_EDITABLE (editable), 1);
  gtk_widget_set_tooltip_text (editable, _("Click to set this fee by hand"));
  g_object_set_data (G_OBJECT (editable), "dialog", user_data);
  g_signal_connect (editable, "notify::editing", G_CALLBACK (on_price_changed_cb), item);
  gtk_stack_add_named (GTK_STACK (stack), label, "total");
  gtk_stack_add_named (GTK_STACK (stack), editable, "line");
  gtk_list_item_set_child (item, stack);
}

static void
bind_new_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  LtRenewalRow *row = gtk_list_item_get_item (item);
  GtkStack *stack = GTK_STACK (gtk_list_item_get_child (item));

  if (row->line_index < 0)
    {
      gtk_label_set_label (GTK_LABEL (gtk_stack_get_child_by_name (stack, "total")), row->new_price);
      gtk_stack_set_visible_child_name (stack, "total");
    }
  else
    {
      GtkWidget *editable = gtk_stack_get_child_by_name (stack, "line");

      gtk_editable_set_text (GTK_EDITABLE (editable), row->new_price);
      gtk_accessible_update_property (GTK_ACCESSIBLE (editable), GTK_ACCESSIBLE_PROPERTY_LABEL, row->text, -1);
      if (row->overridden)
        gtk_widget_add_css_class (editable, "accent");
      else
        gtk_widget_remove_css_class (editable, "accent");
      gtk_stack_set_visible_child_name (stack, "line");
    }
}

static void
add_column (LtRenewalDialog *self,
            const char      *title,
            GCallback        setup,
            GCallback        bind,
            gboolean         expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", setup, self);
  g_signal_connect (factory, "bind", bind, self);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
}

/**
 * lt_renewal_dialog_preview:
 *
 * Builds the plan from the coefficient and rounding typed and shows every
 * line old → new with each client's totals; writes nothing.
 */
gboolean
lt_renewal_dialog_preview (LtRenewalDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) refused = NULL;
  g_autoptr(LtRenewalPlan) plan = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 ppm;

  g_return_val_if_fail (LT_IS_RENEWAL_DIALOG (self), FALSE);

  gtk_widget_remove_css_class (GTK_WIDGET (self->coefficient_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->effective_entry), "error");

  if (!lt_coefficient_parse (gtk_editable_get_text (GTK_EDITABLE (self->coefficient_entry)), &ppm, &error) ||
      !(plan = lt_store_renewal_prepare (lt_context_get_store (self->context),
                                         (const gint64 *) self->affaire_ids->data, self->affaire_ids->len,
                                         ppm, lt_choice_button_get_selected (self->rounding_dropdown),
                                         &refused, &error)))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->coefficient_entry), "error");
      set_message (self, error->message, TRUE);
      return FALSE;
    }

  {
    g_autofree char *effective = lt_date_display_to_iso (gtk_editable_get_text (GTK_EDITABLE (self->effective_entry)));

    if (effective == NULL ||
        !lt_renewal_plan_set_effective_on (plan, effective, &error))
      {
        gtk_widget_add_css_class (GTK_WIDGET (self->effective_entry), "error");
        set_message (self, error != NULL ? error->message
                                         : _("The effective date is not a date: type it as DD/MM/YYYY."), TRUE);
        return FALSE;
      }
  }

  g_set_object (&self->plan, plan);
  g_signal_connect_object (plan, "changed", G_CALLBACK (update_totals), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < lt_renewal_plan_get_n_clients (plan); i++)
    {
      LtRenewalClient *client = lt_renewal_plan_get_client (plan, i);
      LtRenewalRow *row = g_object_new (LT_TYPE_RENEWAL_ROW, NULL);

      row->affaire_id = client->affaire_id;
      row->line_index = -1;
      fill_client_row (row, client);
      g_ptr_array_add (items, row);

      for (guint j = 0; j < client->lines->len; j++)
        {
          row = g_object_new (LT_TYPE_RENEWAL_ROW, NULL);
          row->affaire_id = client->affaire_id;
          row->line_index = j;
          fill_line_row (row, g_ptr_array_index (client->lines, j));
          g_ptr_array_add (items, row);
        }
    }

  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);

  for (guint i = 0; i < lt_renewal_plan_get_n_clients (plan); i++)
    {
      LtRenewalClient *client = lt_renewal_plan_get_client (plan, i);
      g_autoptr(GError) draft_error = NULL;

      if (!lt_renewal_client_check_draft (client, &draft_error))
        g_ptr_array_add (refused, g_strdup (draft_error->message));
    }

  if (refused->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (refused, NULL);
      joined = g_strjoinv ("\n", (char **) refused->pdata);
      set_message (self, joined, FALSE);
    }
  else
    set_message (self, NULL, FALSE);

  update_totals (self);
  return TRUE;
}

static void
on_preview_cb (LtRenewalDialog *self)
{
  lt_renewal_dialog_preview (self);
}

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  LtRenewalDialog *self = user_data;
  g_autofree char *text = g_strdup_printf (_("%u of %u"), done, total);

  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) done / total : 1.0);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
on_applied_cb (GObject      *source,
               GAsyncResult *res,
               gpointer      user_data)
{
  g_autoptr(LtRenewalDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LtRenewalResult) result = NULL;
  g_autofree char *message = NULL;

  result = lt_store_renewal_apply_finish (LT_STORE (source), res, &error);
  g_clear_object (&self->cancellable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->coefficient_entry), TRUE);

  if (result == NULL)
    {
      set_message (self, error->message, TRUE);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u replacement engagement letter drafted",
                                          "%u replacement engagement letters drafted",
                                          result->created_ids->len),
                             result->created_ids->len);
  if (result->cancelled)
    g_signal_emit (self, signals[TOAST], 0, _("Renewal stopped: no replacement letter was drafted."));
  else
    g_signal_emit (self, signals[TOAST], 0, message);

  if (result->failures->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (result->failures, NULL);
      joined = g_strjoinv ("\n", (char **) result->failures->pdata);
      set_message (self, joined, TRUE);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void start_apply (LtRenewalDialog *self);

static void
on_draft_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      LtRenewalDialog  *self)
{
  self->draft_dialog = NULL;
  if (self->plan != NULL && lt_renewal_drafts_apply_response (self->plan, response))
    start_apply (self);
}

/**
 * lt_renewal_dialog_apply:
 *
 * Writes one substitutive draft per included client off the main thread,
 * with progress; the Cancel button stops it between clients. When a client
 * already has a replacement letter draft, asks first (replace, keep both,
 * cancel).
 */
void
lt_renewal_dialog_apply (LtRenewalDialog *self)
{
  g_return_if_fail (LT_IS_RENEWAL_DIALOG (self));

  if (self->plan == NULL || self->cancellable != NULL || self->draft_dialog != NULL)
    return;

  if (lt_renewal_plan_get_n_drafts (self->plan) > 0)
    {
      self->draft_dialog = lt_renewal_drafts_question_new (GTK_WINDOW (self), self->plan);
      g_signal_connect_object (self->draft_dialog, "response", G_CALLBACK (on_draft_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (self->draft_dialog));
      return;
    }

  start_apply (self);
}

/* Returns: (transfer none) (nullable): the question about waiting drafts, while shown. */
AdwMessageDialog *
lt_renewal_dialog_get_draft_dialog (LtRenewalDialog *self)
{
  g_return_val_if_fail (LT_IS_RENEWAL_DIALOG (self), NULL);
  return self->draft_dialog;
}

static void
start_apply (LtRenewalDialog *self)
{

  self->cancellable = g_cancellable_new ();
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->coefficient_entry), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);

  lt_store_renewal_apply_async (lt_context_get_store (self->context), self->plan, self->cancellable,
                                on_progress, self, on_applied_cb, g_object_ref (self));
}

gboolean
lt_renewal_dialog_is_running (LtRenewalDialog *self)
{
  return self->cancellable != NULL;
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  lt_renewal_dialog_apply (LT_RENEWAL_DIALOG (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LtRenewalDialog *self = LT_RENEWAL_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
lt_renewal_dialog_dispose (GObject *object)
{
  LtRenewalDialog *self = (LtRenewalDialog *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->draft_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->draft_dialog)));
  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_RENEWAL_DIALOG);
  g_clear_object (&self->context);
  g_clear_object (&self->plan);
  g_clear_object (&self->rows);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->affaire_ids, g_array_unref);
  g_clear_pointer (&self->totals_text, g_free);

  G_OBJECT_CLASS (lt_renewal_dialog_parent_class)->dispose (object);
}

static void
lt_renewal_dialog_class_init (LtRenewalDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_renewal_dialog_dispose;

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (LT_TYPE_CHOICE_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-renewal-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LtRenewalDialog, coefficient_entry);
  gtk_widget_class_bind_template_child (widget_class, LtRenewalDialog, effective_entry);
  gtk_widget_class_bind_template_child (widget_class, LtRenewalDialog, rounding_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LtRenewalDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, LtRenewalDialog, column_view);
  gtk_widget_class_bind_template_child (widget_class, LtRenewalDialog, totals_label);
  gtk_widget_class_bind_template_child (widget_class, LtRenewalDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LtRenewalDialog, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, on_preview_cb);

  gtk_widget_class_install_action (widget_class, "renewal.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "renewal.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "renewal.cancel", NULL);
}

static void
lt_renewal_dialog_init (LtRenewalDialog *self)
{
  const char *roundings[] = { _("To the cent"), _("To the euro"), NULL };
  g_autoptr(GtkStringList) rounding_list = gtk_string_list_new (roundings);
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  lt_choice_button_set_model (self->rounding_dropdown, G_LIST_MODEL (rounding_list));
  {
    g_autofree char *iso = lt_renewal_default_effective_on (NULL);
    g_autofree char *display = lt_date_iso_to_display (iso);

    gtk_editable_set_text (GTK_EDITABLE (self->effective_entry), display);
  }
  self->rows = g_list_store_new (LT_TYPE_RENEWAL_ROW);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  add_column (self, _("Client and prestations"), G_CALLBACK (setup_text_cb), G_CALLBACK (bind_text_cb), TRUE);
  add_column (self, _("Current fees"), G_CALLBACK (setup_old_cb), G_CALLBACK (bind_old_cb), FALSE);
  add_column (self, _("New fees"), G_CALLBACK (setup_new_cb), G_CALLBACK (bind_new_cb), FALSE);

  update_totals (self);
}

/**
 * lt_renewal_dialog_new:
 * @affaire_ids: (array length=n_affaires): the clients to renew
 *
 * Returns: (transfer floating): a new dialog, previewed with the default
 *   coefficient
 */
GtkWidget *
lt_renewal_dialog_new (LtContext    *context,
                       const gint64 *affaire_ids,
                       guint         n_affaires)
{
  LtRenewalDialog *self = g_object_new (LT_TYPE_RENEWAL_DIALOG, NULL);

  self->context = g_object_ref (context);
  self->affaire_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_affaires);
  g_array_append_vals (self->affaire_ids, affaire_ids, n_affaires);
  lt_renewal_dialog_preview (self);

  return GTK_WIDGET (self);
}

LtRenewalPlan *
lt_renewal_dialog_get_plan (LtRenewalDialog *self)
{
  return self->plan;
}

GListModel *
lt_renewal_dialog_get_rows (LtRenewalDialog *self)
{
  return G_LIST_MODEL (self->rows);
}

const char *
lt_renewal_dialog_get_totals_text (LtRenewalDialog *self)
{
  return self->totals_text;
}

const char *
lt_renewal_dialog_get_message (LtRenewalDialog *self)
{
  return gtk_label_get_label (self->message_label);
}

void
lt_renewal_dialog_set_coefficient (LtRenewalDialog *self,
                                   const char      *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->coefficient_entry), text);
}

void
lt_renewal_dialog_set_effective_on (LtRenewalDialog *self,
                                    const char      *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->effective_entry), text);
}
