/* lt-prestations-page.c: the catalogue — catégories, prestations and the editor */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-prestations-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-accessible.h"
#include "lt-prestation-editor.h"
#include "lt-prestations-page.h"
#include "lt-store-catalogue-ops.h"
#include "lt-store-catalogue.h"

struct _LtPrestationsPage
{
  AdwBin              parent_instance;

  LtContext          *context;
  GtkSingleSelection *category_selection;
  GtkSingleSelection *prestation_selection;
  GtkWidget          *editor;

  AdwToastOverlay    *toasts;
  AdwStatusPage      *empty_page;
  GtkListView        *categories_view;
  GtkListView        *prestations_view;
  GtkSearchEntry     *search_entry;
  GtkCheckButton     *archived_check;
  GtkStack           *stack;
  AdwBin             *editor_bin;

  /* where to go once the user answered about unsaved changes: a prestation
   * id, or -category id for a new prestation */
  gint64              pending;
};

G_DEFINE_FINAL_TYPE (LtPrestationsPage, lt_prestations_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
toast (LtPrestationsPage *self,
       const char        *message)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

static LtStore *
get_store (LtPrestationsPage *self)
{
  return lt_context_get_store (self->context);
}

static LtCategory *
selected_category (LtPrestationsPage *self)
{
  return gtk_single_selection_get_selected_item (self->category_selection);
}

static void
update_stack (LtPrestationsPage *self)
{
  guint n = g_list_model_get_n_items (gtk_single_selection_get_model (self->category_selection));
  gboolean has_category = selected_category (self) != NULL;
  gboolean editing = gtk_single_selection_get_selected_item (self->prestation_selection) != NULL ||
                     g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "editor") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.rename-category", has_category);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete-category", has_category);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.move-category-up", has_category);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.move-category-down", has_category);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new-prestation", has_category);

  if (n == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (!editing)
    gtk_stack_set_visible_child_name (self->stack, "none");
}

static void
reload_prestations (LtPrestationsPage *self)
{
  LtCategory *category = selected_category (self);
  g_autoptr(GListModel) model = NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  model = lt_store_list_prestations (get_store (self),
                                     category != NULL ? lt_category_get_id (category) : 0,
                                     search[0] != '\0' ? search : NULL,
                                     gtk_check_button_get_active (self->archived_check));
  gtk_single_selection_set_model (self->prestation_selection, model);
  gtk_single_selection_set_selected (self->prestation_selection, GTK_INVALID_LIST_POSITION);
  update_stack (self);
}

static void
on_category_selected_cb (LtPrestationsPage *self)
{
  reload_prestations (self);
}

/* Opens @target (> 0 a prestation, < 0 a new one in catégorie -@target). */
static void
go_to (LtPrestationsPage *self,
       gint64             target)
{
  g_autoptr(GError) error = NULL;

  if (target < 0)
    lt_prestation_editor_new_prestation (LT_PRESTATION_EDITOR (self->editor), -target);
  else if (!lt_prestation_editor_load (LT_PRESTATION_EDITOR (self->editor), target, &error))
    {
      toast (self, error->message);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "editor");
}

static void
on_leave_response_cb (AdwMessageDialog  *dialog,
                      const char        *response,
                      LtPrestationsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") == 0)
    {
      if (!lt_prestation_editor_save (LT_PRESTATION_EDITOR (self->editor), &error))
        {
          /* stay on what was typed, with the reason beside it */
          toast (self, error->message);
          return;
        }
      go_to (self, self->pending);
    }
  else if (g_strcmp0 (response, "discard") == 0)
    go_to (self, self->pending);
}

/* Goes to @target, first asking what to do with unsaved changes. */
static void
leave_for (LtPrestationsPage *self,
           gint64             target)
{
  LtPrestationEditor *editor = LT_PRESTATION_EDITOR (self->editor);
  const char *name = lt_prestation_get_name (lt_prestation_editor_get_prestation (editor));
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (!lt_prestation_editor_get_modified (editor) ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "editor") != 0)
    {
      go_to (self, target);
      return;
    }

  self->pending = target;
  heading = name != NULL && name[0] != '\0'
            ? g_strdup_printf (_("Save the changes to “%s”?"), name)
            : g_strdup (_("Save the new prestation?"));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading,
                                   _("Its fields or its steps were changed. Without saving, those changes are lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_leave_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_prestation_selected_cb (LtPrestationsPage *self)
{
  LtPrestation *prestation = gtk_single_selection_get_selected_item (self->prestation_selection);

  if (prestation == NULL)
    return;
  if (lt_prestation_get_id (prestation) ==
      lt_prestation_get_id (lt_prestation_editor_get_prestation (LT_PRESTATION_EDITOR (self->editor))))
    {
      gtk_stack_set_visible_child_name (self->stack, "editor");
      return;
    }
  leave_for (self, lt_prestation_get_id (prestation));
}

static void
on_list_changed_cb (LtPrestationsPage *self)
{
  update_stack (self);
}

/* Rows */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_category_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  LtCategory *category = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), lt_category_get_name (category));
  lt_accessible_name_list_row (gtk_list_item_get_child (item), lt_category_get_name (category), NULL);
}

static void
bind_prestation_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  LtPrestation *prestation = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  if (lt_prestation_get_archived (prestation))
    {
      g_autofree char *text = g_strdup_printf (_("%s (archived)"), lt_prestation_get_name (prestation));
      gtk_label_set_text (GTK_LABEL (label), text);
      gtk_widget_add_css_class (label, "dim-label");
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (label), lt_prestation_get_name (prestation));
      gtk_widget_remove_css_class (label, "dim-label");
    }
  lt_accessible_name_list_row (label, gtk_label_get_text (GTK_LABEL (label)), NULL);
}

static GtkListItemFactory *
row_factory (GCallback bind)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", bind, NULL);
  return factory;
}

/* Catégorie dialogs */

static void
on_name_response_cb (AdwMessageDialog  *dialog,
                     const char        *response,
                     LtPrestationsPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "category-id"));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "ok") != 0)
    return;

  if (id == 0)
    {
      g_autoptr(LtCategory) category = lt_category_new ();
      guint n = g_list_model_get_n_items (gtk_single_selection_get_model (self->category_selection));

      lt_category_set_name (category, gtk_editable_get_text (entry));
      lt_category_set_position (category, (int) n);
      if (!lt_store_add_category (get_store (self), category, &error))
        toast (self, error->message);
    }
  else if (!lt_store_catalogue_rename_category (get_store (self), id, gtk_editable_get_text (entry), &error))
    toast (self, error->message);
}

static void
ask_category_name (LtPrestationsPage *self,
                   LtCategory        *category)
{
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   category != NULL ? _("Rename Category") : _("New Category"), NULL);
  if (category != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), lt_category_get_name (category));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "ok", category != NULL ? _("_Rename") : _("_Create"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "category-id",
                     GSIZE_TO_POINTER ((gsize) (category != NULL ? lt_category_get_id (category) : 0)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_name_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
action_add_category (GtkWidget *widget, const char *name, GVariant *param)
{
  ask_category_name (LT_PRESTATIONS_PAGE (widget), NULL);
}

static void
action_rename_category (GtkWidget *widget, const char *name, GVariant *param)
{
  LtPrestationsPage *self = LT_PRESTATIONS_PAGE (widget);

  if (selected_category (self) != NULL)
    ask_category_name (self, selected_category (self));
}

static void
action_delete_category (GtkWidget *widget, const char *name, GVariant *param)
{
  LtPrestationsPage *self = LT_PRESTATIONS_PAGE (widget);
  LtCategory *category = selected_category (self);
  g_autoptr(GError) error = NULL;

  if (category == NULL)
    return;
  if (!lt_store_catalogue_delete_category (get_store (self), lt_category_get_id (category), &error))
    toast (self, error->message);
}

static void
move_category (LtPrestationsPage *self,
               int                delta)
{
  LtCategory *category = selected_category (self);
  guint position = gtk_single_selection_get_selected (self->category_selection);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (category == NULL || (delta < 0 && position == 0))
    return;
  id = lt_category_get_id (category);
  if (!lt_store_catalogue_move_category (get_store (self), id, position + delta, &error))
    toast (self, error->message);
}

static void
action_move_category (GtkWidget *widget, const char *name, GVariant *param)
{
  move_category (LT_PRESTATIONS_PAGE (widget), g_str_has_suffix (name, "up") ? -1 : 1);
}

static void
action_new_prestation (GtkWidget *widget, const char *name, GVariant *param)
{
  LtPrestationsPage *self = LT_PRESTATIONS_PAGE (widget);
  LtCategory *category = selected_category (self);

  if (category == NULL)
    return;
  gtk_single_selection_set_selected (self->prestation_selection, GTK_INVALID_LIST_POSITION);
  leave_for (self, -lt_category_get_id (category));
}

/* GObject */

static void
lt_prestations_page_dispose (GObject *object)
{
  LtPrestationsPage *self = (LtPrestationsPage *) object;

  g_clear_object (&self->category_selection);
  g_clear_object (&self->prestation_selection);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lt_prestations_page_parent_class)->dispose (object);
}

static void
lt_prestations_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LtPrestationsPage *self = (LtPrestationsPage *) object;

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
lt_prestations_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LtPrestationsPage *self = (LtPrestationsPage *) object;

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_prestations_page_constructed (GObject *object)
{
  LtPrestationsPage *self = (LtPrestationsPage *) object;
  g_autoptr(GtkListItemFactory) category_factory = row_factory (G_CALLBACK (bind_category_cb));
  g_autoptr(GtkListItemFactory) prestation_factory = row_factory (G_CALLBACK (bind_prestation_cb));
  GListModel *categories;

  G_OBJECT_CLASS (lt_prestations_page_parent_class)->constructed (object);

  categories = lt_store_list_categories (get_store (self));
  self->category_selection = gtk_single_selection_new (categories);
  self->prestation_selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->prestation_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->prestation_selection, TRUE);

  gtk_list_view_set_factory (self->categories_view, category_factory);
  gtk_list_view_set_model (self->categories_view, GTK_SELECTION_MODEL (self->category_selection));
  gtk_list_view_set_factory (self->prestations_view, prestation_factory);
  gtk_list_view_set_model (self->prestations_view, GTK_SELECTION_MODEL (self->prestation_selection));

  g_signal_connect_swapped (self->category_selection, "notify::selected-item", G_CALLBACK (on_category_selected_cb), self);
  g_signal_connect_swapped (self->category_selection, "items-changed", G_CALLBACK (on_list_changed_cb), self);
  g_signal_connect_swapped (self->prestation_selection, "notify::selected-item", G_CALLBACK (on_prestation_selected_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (reload_prestations), self);
  g_signal_connect_swapped (self->archived_check, "toggled", G_CALLBACK (reload_prestations), self);

  self->editor = lt_prestation_editor_new (self->context);
  adw_bin_set_child (self->editor_bin, self->editor);

  reload_prestations (self);
}

static void
lt_prestations_page_class_init (LtPrestationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_prestations_page_dispose;
  object_class->get_property = lt_prestations_page_get_property;
  object_class->set_property = lt_prestations_page_set_property;
  object_class->constructed = lt_prestations_page_constructed;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         LT_TYPE_CONTEXT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-prestations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LtPrestationsPage, toasts);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationsPage, categories_view);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationsPage, prestations_view);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationsPage, archived_check);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationsPage, editor_bin);

  gtk_widget_class_install_action (widget_class, "page.add-category", NULL, action_add_category);
  gtk_widget_class_install_action (widget_class, "page.rename-category", NULL, action_rename_category);
  gtk_widget_class_install_action (widget_class, "page.delete-category", NULL, action_delete_category);
  gtk_widget_class_install_action (widget_class, "page.move-category-up", NULL, action_move_category);
  gtk_widget_class_install_action (widget_class, "page.move-category-down", NULL, action_move_category);
  gtk_widget_class_install_action (widget_class, "page.new-prestation", NULL, action_new_prestation);
}

static void
lt_prestations_page_init (LtPrestationsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * lt_prestations_page_new:
 * @context: the services of the window
 *
 * Returns: (transfer floating): a new page
 */
GtkWidget *
lt_prestations_page_new (LtContext *context)
{
  g_return_val_if_fail (LT_IS_CONTEXT (context), NULL);

  return g_object_new (LT_TYPE_PRESTATIONS_PAGE, "context", context, NULL);
}

/**
 * lt_prestations_page_get_context:
 *
 * Returns: (transfer none): the page's context
 */
LtContext *
lt_prestations_page_get_context (LtPrestationsPage *self)
{
  g_return_val_if_fail (LT_IS_PRESTATIONS_PAGE (self), NULL);

  return self->context;
}

/**
 * lt_prestations_page_get_editor:
 *
 * Returns: (transfer none): the prestation editor of the page
 */
GtkWidget *
lt_prestations_page_get_editor (LtPrestationsPage *self)
{
  g_return_val_if_fail (LT_IS_PRESTATIONS_PAGE (self), NULL);

  return self->editor;
}

/* Opens a prestation in the editor, as a click in the list does. */
gboolean
lt_prestations_page_open (LtPrestationsPage  *self,
                          gint64              prestation_id,
                          GError            **error)
{
  g_return_val_if_fail (LT_IS_PRESTATIONS_PAGE (self), FALSE);

  if (!lt_prestation_editor_load (LT_PRESTATION_EDITOR (self->editor), prestation_id, error))
    return FALSE;
  gtk_stack_set_visible_child_name (self->stack, "editor");
  return TRUE;
}
