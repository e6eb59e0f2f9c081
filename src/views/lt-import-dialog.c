/* lt-import-dialog.c: CSV import of affaires — choose a file, map its columns, preview, import */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-import-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-choice-button.h"
#include "lt-import-dialog.h"
#include "lt-store-import.h"

/* One line of the preview. */
#define LT_TYPE_IMPORT_ITEM (lt_import_item_get_type ())
G_DECLARE_FINAL_TYPE (LtImportItem, lt_import_item, LT, IMPORT_ITEM, GObject)

struct _LtImportItem
{
  GObject  parent_instance;
  char    *cells[4];   /* line, name, SIREN, status */
  gboolean refused;
};

G_DEFINE_FINAL_TYPE (LtImportItem, lt_import_item, G_TYPE_OBJECT)

static void
lt_import_item_finalize (GObject *object)
{
  LtImportItem *self = (LtImportItem *)object;

  for (guint i = 0; i < G_N_ELEMENTS (self->cells); i++)
    g_free (self->cells[i]);
  G_OBJECT_CLASS (lt_import_item_parent_class)->finalize (object);
}

static void
lt_import_item_class_init (LtImportItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lt_import_item_finalize;
}

static void
lt_import_item_init (LtImportItem *self)
{
}

struct _LtImportDialog
{
  AdwWindow             parent_instance;

  LtContext            *context;
  LtImport             *import;
  GListStore           *items;
  GtkFileChooserNative *chooser;

  GtkButton            *import_button;
  GtkLabel             *file_label;
  GtkBox               *mapping_box;
  GtkLabel             *summary_label;
  GtkColumnView        *column_view;
};

G_DEFINE_FINAL_TYPE (LtImportDialog, lt_import_dialog, ADW_TYPE_WINDOW)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_report (LtImportDialog *self,
             LtImportReport *report)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *summary = NULL;

  for (guint i = 0; i < report->rows->len; i++)
    {
      LtImportRow *row = g_ptr_array_index (report->rows, i);
      LtImportItem *item = g_object_new (LT_TYPE_IMPORT_ITEM, NULL);
      const char *siren = lt_affaire_get_siren (row->affaire);

      item->cells[0] = g_strdup_printf ("%u", row->line);
      item->cells[1] = g_strdup (lt_affaire_get_name (row->affaire) ? lt_affaire_get_name (row->affaire) : "");
      item->cells[2] = g_strdup (siren != NULL ? siren : "");
      item->cells[3] = g_strdup (row->error != NULL ? row->error
                                 : report->committed ? _("Imported") : _("Ready to import"));
      item->refused = row->error != NULL;
      g_ptr_array_add (items, item);
    }
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);

  if (report->committed)
    summary = g_strdup_printf (_("%u affaires imported, %u lines refused"), report->n_valid, report->n_refused);
  else
    summary = g_strdup_printf (_("%u lines can be imported, %u refused"), report->n_valid, report->n_refused);
  gtk_label_set_label (self->summary_label, summary);
  gtk_widget_remove_css_class (GTK_WIDGET (self->summary_label), "error");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), !report->committed && report->n_valid > 0);
}

static void
show_error (LtImportDialog *self,
            const char     *message)
{
  gtk_label_set_label (self->summary_label, message);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "error");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
}

static void
preview (LtImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtImportReport) report = NULL;

  if (self->import == NULL)
    return;

  report = lt_store_import_preview (lt_context_get_store (self->context), self->import, &error);
  if (report == NULL)
    {
      g_list_store_remove_all (self->items);
      show_error (self, error->message);
      return;
    }
  show_report (self, report);
}

static void
on_mapping_changed_cb (LtChoiceButton *dropdown,
                       GParamSpec     *pspec,
                       LtImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "column"));
  GtkWidget *child;
  guint i = 0;

  lt_import_set_mapping (self->import, column, lt_choice_button_get_selected (dropdown));

  /* A field taken by this column is no longer another's: show it. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->mapping_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      GtkWidget *other = gtk_widget_get_last_child (child);

      if (LT_CHOICE_BUTTON (other) != dropdown &&
          lt_choice_button_get_selected (LT_CHOICE_BUTTON (other)) != lt_import_get_mapping (self->import, i))
        {
          g_signal_handlers_block_by_func (other, on_mapping_changed_cb, self);
          lt_choice_button_set_selected (LT_CHOICE_BUTTON (other), lt_import_get_mapping (self->import, i));
          g_signal_handlers_unblock_by_func (other, on_mapping_changed_cb, self);
        }
    }

  preview (self);
}

static void
fill_mapping (LtImportDialog *self)
{
  g_autoptr(GtkStringList) fields = gtk_string_list_new (NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->mapping_box))) != NULL)
    gtk_box_remove (self->mapping_box, child);

  for (LtImportField f = LT_IMPORT_FIELD_IGNORE; f < LT_IMPORT_N_FIELDS; f++)
    gtk_string_list_append (fields, lt_import_field_label (f));

  for (guint i = 0; i < lt_import_get_n_columns (self->import); i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *header = gtk_label_new (lt_import_get_header (self->import, i));
      GtkWidget *dropdown = lt_choice_button_new (g_object_ref (G_LIST_MODEL (fields)));

      gtk_label_set_xalign (GTK_LABEL (header), 0);
      gtk_widget_add_css_class (header, "caption-heading");
      lt_choice_button_set_selected (LT_CHOICE_BUTTON (dropdown), lt_import_get_mapping (self->import, i));
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      lt_import_get_header (self->import, i), -1);
      g_object_set_data (G_OBJECT (dropdown), "column", GUINT_TO_POINTER (i));
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_mapping_changed_cb), self);
      gtk_box_append (GTK_BOX (box), header);
      gtk_box_append (GTK_BOX (box), dropdown);
      gtk_box_append (self->mapping_box, box);
    }
}

/**
 * lt_import_dialog_open_file:
 *
 * Reads @path, guesses the mapping and previews every line.
 */
gboolean
lt_import_dialog_open_file (LtImportDialog *self,
                            const char     *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtImport) import = lt_import_new_from_file (path, &error);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *text = NULL;

  if (import == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  g_set_object (&self->import, import);
  text = g_strdup_printf (_("%s — %u lines, %s, separated by « %c »"), basename,
                          lt_import_get_n_rows (import), lt_import_get_encoding (import),
                          lt_import_get_separator (import));
  gtk_label_set_label (self->file_label, text);
  fill_mapping (self);
  preview (self);
  return TRUE;
}

/**
 * lt_import_dialog_run:
 *
 * Imports the valid lines in one transaction; the refused ones stay listed
 * with their reason.
 */
gboolean
lt_import_dialog_run (LtImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtImportReport) report = NULL;
  g_autofree char *message = NULL;

  if (self->import == NULL)
    return FALSE;

  report = lt_store_import_run (lt_context_get_store (self->context), self->import, &error);
  if (report == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  show_report (self, report);
  message = g_strdup_printf (_("%u affaires imported, %u lines refused"), report->n_valid, report->n_refused);
  g_signal_emit (self, signals[TOAST], 0, message);
  return TRUE;
}

const char *
lt_import_dialog_get_summary (LtImportDialog *self)
{
  return gtk_label_get_label (self->summary_label);
}

static void
on_chooser_response_cb (LtImportDialog       *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        lt_import_dialog_open_file (self, path);
    }
  g_clear_object (&self->chooser);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LtImportDialog *self = LT_IMPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Choose a CSV File"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_pattern (filter, "*.txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  lt_import_dialog_run (LT_IMPORT_DIALOG (widget));
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  LtImportItem *row = gtk_list_item_get_item (item);
  guint column = GPOINTER_TO_UINT (user_data);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_label (GTK_LABEL (label), row->cells[column]);
  if (column == 3 && row->refused)
    gtk_widget_add_css_class (label, "error");
  else
    gtk_widget_remove_css_class (label, "error");
}

static void
lt_import_dialog_dispose (GObject *object)
{
  LtImportDialog *self = (LtImportDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->context);
  g_clear_object (&self->import);
  g_clear_object (&self->items);
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (lt_import_dialog_parent_class)->dispose (object);
}

static void
lt_import_dialog_class_init (LtImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_import_dialog_dispose;

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LtImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, LtImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, LtImportDialog, mapping_box);
  gtk_widget_class_bind_template_child (widget_class, LtImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LtImportDialog, column_view);

  gtk_widget_class_install_action (widget_class, "import.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "import.run", NULL, run_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lt_import_dialog_init (LtImportDialog *self)
{
  const char *titles[] = { N_("Line"), N_("Company name"), N_("SIREN"), N_("Result") };
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* until a file is chosen, say what will appear under « Colonnes » */
  {
    GtkWidget *hint = gtk_label_new (_("Choose a CSV file: each of its columns appears here with the field it fills, which you can change."));

    gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
    gtk_label_set_xalign (GTK_LABEL (hint), 0);
    gtk_widget_add_css_class (hint, "dim-label");
    gtk_box_append (self->mapping_box, hint);
  }

  self->items = g_list_store_new (LT_TYPE_IMPORT_ITEM);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(titles[i]), factory);
      gtk_column_view_column_set_expand (column, i == 3);
      gtk_column_view_append_column (self->column_view, column);
      g_object_unref (column);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
}

GtkWidget *
lt_import_dialog_new (LtContext *context)
{
  LtImportDialog *self = g_object_new (LT_TYPE_IMPORT_DIALOG, NULL);

  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}
