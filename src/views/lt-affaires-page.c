/* lt-affaires-page.c: the affaires page — the lazy list of prospects and clients, their file and documents */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-affaires-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-accessible.h"
#include "lt-affaire.h"
#include "lt-affaires-page-private.h"
#include "lt-choice-button.h"
#include "lt-import-dialog.h"
#include "lt-project-rules.h"
#include "lt-projects-page.h"
#include "lt-query-model.h"
#include "lt-renewal-dialog.h"
#include "lt-siren.h"
#include "lt-store-affaires.h"
#include "lt-terms-dialog.h"
#include "lt-window.h"

struct _LtAffairesPage
{
  AdwBin              parent_instance;

  LtContext          *context;
  GtkSingleSelection *selection;
  GListModel         *list;
  GPtrArray          *toasts;
  GtkWindow          *dialog;
  /* the affaire shown, kept across the list's refreshes: a saved or signed
   * affaire's row is a new object, which GtkSingleSelection drops */
  gint64              shown_id;
  gboolean            list_changing;

  AdwToastOverlay    *toast_overlay;
  GtkSearchEntry     *search_entry;
  LtChoiceButton     *state_dropdown;
  LtChoiceButton     *sort_dropdown;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;
  GtkStack           *detail_stack;
  AdwViewStack       *view_stack;
  AdwViewSwitcher    *view_switcher;
  LtAffaireEditor    *editor;
  LtDocumentsView    *documents_view;
};

G_DEFINE_FINAL_TYPE (LtAffairesPage, lt_affaires_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_toast (LtAffairesPage *self,
            const char     *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  g_ptr_array_add (self->toasts, g_strdup (message));
}

static void
on_toast_cb (LtAffairesPage *self,
             const char     *message,
             GtkWidget      *source)
{
  show_toast (self, message);
}

static int
selected_state (LtAffairesPage *self)
{
  switch (lt_choice_button_get_selected (self->state_dropdown))
    {
    case 1:  return LT_AFFAIRE_STATE_PROSPECT;
    case 2:  return LT_AFFAIRE_STATE_CLIENT;
    default: return -1;
    }
}

static void
update_list_stack (LtAffairesPage *self)
{
  gboolean empty = g_list_model_get_n_items (self->list) == 0;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (empty && (*search != '\0' || selected_state (self) >= 0))
    {
      adw_status_page_set_title (self->empty_page, _("No Match"));
      adw_status_page_set_description (self->empty_page, _("No affaire matches this search."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Prospects or Clients Yet"));
      adw_status_page_set_description (self->empty_page, _("Add a prospect or import your clients from a CSV file."));
    }
  gtk_stack_set_visible_child_name (self->list_stack, empty ? "empty" : "list");
}

static void
on_items_changed_cb (LtAffairesPage *self)
{
  self->list_changing = TRUE;
  update_list_stack (self);
}

static void
on_items_changed_after_cb (LtAffairesPage *self)
{
  self->list_changing = FALSE;
}

/* Search, filter and order are done by SQL: a new lazy list each time. */
static void
on_filter_changed_cb (LtAffairesPage *self)
{
  const char *search;
  LtAffaireSort sort;

  if (self->context == NULL)
    return;

  search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  sort = lt_choice_button_get_selected (self->sort_dropdown);
  if (sort > LT_AFFAIRE_SORT_CITY)
    sort = LT_AFFAIRE_SORT_NAME;

  if (self->list != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->list, on_items_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->list, on_items_changed_after_cb, self);
    }
  g_clear_object (&self->list);
  self->list = lt_store_list_affaires (lt_context_get_store (self->context),
                                       *search != '\0' ? search : NULL,
                                       selected_state (self), sort);
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_items_changed_after_cb),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_single_selection_set_model (self->selection, self->list);
  update_list_stack (self);
}

static void ensure_detail (LtAffairesPage *self);

static void
on_selection_changed_cb (LtAffairesPage *self)
{
  LtAffaire *affaire = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(LtAffaire) fresh = NULL;

  if (affaire == NULL && self->editor == NULL)
    return;
  ensure_detail (self);

  if (affaire == NULL && self->list_changing && self->shown_id != 0 && LT_IS_QUERY_MODEL (self->list))
    {
      guint position;

      /* The shown affaire's row was rewritten (saved, signed): it is still
       * there, so it stays selected and its file stays open. */
      if (lt_query_model_find (LT_QUERY_MODEL (self->list), self->shown_id, &position))
        {
          gtk_single_selection_set_selected (self->selection, position);
          return;
        }
    }

  if (affaire == NULL)
    {
      self->shown_id = 0;
      /* A new prospect being typed stays on screen. */
      if (lt_affaire_editor_get_affaire_id (self->editor) != 0)
        gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  if (lt_affaire_editor_get_affaire_id (self->editor) == lt_affaire_get_id (affaire) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "detail") == 0)
    {
      self->shown_id = lt_affaire_get_id (affaire);
      lt_documents_view_set_affaire_id (self->documents_view, lt_affaire_get_id (affaire));
      return;
    }

  self->shown_id = lt_affaire_get_id (affaire);
  fresh = lt_store_get_affaire (lt_context_get_store (self->context), lt_affaire_get_id (affaire), NULL);
  lt_affaire_editor_set_affaire (self->editor, fresh != NULL ? fresh : affaire);
  lt_documents_view_set_affaire_id (self->documents_view, lt_affaire_get_id (affaire));
  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
}

static void
on_editor_saved_cb (LtAffairesPage *self,
                    gint64          affaire_id)
{
  lt_documents_view_set_affaire_id (self->documents_view, affaire_id);
  lt_affaires_page_select_affaire (self, affaire_id);
}

/* The file and documents are built when first shown: a page opened on an
 * empty selection costs nothing, and holds no list box of its own yet. */
static void
ensure_detail (LtAffairesPage *self)
{
  AdwViewStackPage *page;

  if (self->editor != NULL)
    return;

  self->editor = LT_AFFAIRE_EDITOR (lt_affaire_editor_new (self->context));
  g_signal_connect_object (self->editor, "saved", G_CALLBACK (on_editor_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "toast", G_CALLBACK (on_toast_cb), self, G_CONNECT_SWAPPED);
  page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (self->editor), "file", _("Company File"));
  adw_view_stack_page_set_icon_name (page, "x-office-address-book-symbolic");

  self->documents_view = LT_DOCUMENTS_VIEW (lt_documents_view_new (self->context));
  g_signal_connect_object (self->documents_view, "toast", G_CALLBACK (on_toast_cb), self, G_CONNECT_SWAPPED);
  page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (self->documents_view), "documents", _("Documents"));
  adw_view_stack_page_set_icon_name (page, "x-office-document-symbolic");
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (details, "caption");
  gtk_widget_add_css_class (details, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), details);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  LtAffaire *affaire = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *details = gtk_widget_get_next_sibling (name);
  g_autoptr(GString) text = g_string_new (lt_enum_to_label (LT_TYPE_AFFAIRE_STATE, lt_affaire_get_state (affaire)));
  const char *siren = lt_affaire_get_siren (affaire);
  const char *city = lt_affaire_get_city (affaire);

  if (siren != NULL && *siren != '\0')
    {
      g_autofree char *formatted = lt_siren_format (siren);
      g_string_append_printf (text, " · %s", formatted);
    }
  if (city != NULL && *city != '\0')
    g_string_append_printf (text, " · %s", city);

  gtk_label_set_label (GTK_LABEL (name), lt_affaire_get_name (affaire));
  gtk_label_set_label (GTK_LABEL (details), text->str);
  lt_accessible_name_list_row (box, lt_affaire_get_name (affaire), text->str);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  LtAffairesPage *self = LT_AFFAIRES_PAGE (widget);

  ensure_detail (self);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  lt_affaire_editor_set_affaire (self->editor, NULL);
  lt_documents_view_set_affaire_id (self->documents_view, 0);
  adw_view_stack_set_visible_child_name (self->view_stack, "file");
  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
}

static void
on_dialog_destroy_cb (LtAffairesPage *self,
                      GtkWindow      *dialog)
{
  if (self->dialog == dialog)
    self->dialog = NULL;
}

static void
present_dialog (LtAffairesPage *self,
                GtkWindow      *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
  gtk_window_set_modal (dialog, TRUE);
  self->dialog = dialog;
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_dialog_destroy_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "toast", G_CALLBACK (on_toast_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

/* Renewal for the clients of the list as searched: search to narrow it,
 * or select one client to renew it alone. */
static void
renew_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  LtAffairesPage *self = LT_AFFAIRES_PAGE (widget);
  LtAffaire *selected = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (selected != NULL && lt_affaire_get_state (selected) == LT_AFFAIRE_STATE_CLIENT &&
      gtk_widget_get_visible (GTK_WIDGET (self->detail_stack)) &&
      *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) == '\0' &&
      selected_state (self) != LT_AFFAIRE_STATE_CLIENT)
    {
      gint64 id = lt_affaire_get_id (selected);
      g_array_append_val (ids, id);
    }
  else
    {
      const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
      g_autoptr(GListModel) clients = lt_store_list_affaires (lt_context_get_store (self->context),
                                                              *search != '\0' ? search : NULL,
                                                              LT_AFFAIRE_STATE_CLIENT,
                                                              LT_AFFAIRE_SORT_NAME);
      guint n = g_list_model_get_n_items (clients);

      for (guint i = 0; i < n; i++)
        {
          gint64 id = LT_IS_QUERY_MODEL (clients)
                      ? lt_query_model_get_id (LT_QUERY_MODEL (clients), i)
                      : 0;
          if (id == 0)
            {
              g_autoptr(LtAffaire) a = g_list_model_get_item (clients, i);
              id = lt_affaire_get_id (a);
            }
          g_array_append_val (ids, id);
        }
    }

  if (ids->len == 0)
    {
      show_toast (self, _("No client to renew: only clients with a signed engagement letter can be renewed."));
      return;
    }

  present_dialog (self, GTK_WINDOW (lt_renewal_dialog_new (self->context, (const gint64 *) ids->data, ids->len)));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LtAffairesPage *self = LT_AFFAIRES_PAGE (widget);

  present_dialog (self, GTK_WINDOW (lt_import_dialog_new (self->context)));
}

static void
terms_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  LtAffairesPage *self = LT_AFFAIRES_PAGE (widget);

  present_dialog (self, GTK_WINDOW (lt_terms_dialog_new (self->context)));
}

static void
lt_affaires_page_constructed (GObject *object)
{
  LtAffairesPage *self = (LtAffairesPage *)object;

  G_OBJECT_CLASS (lt_affaires_page_parent_class)->constructed (object);

  on_filter_changed_cb (self);
}

static void
lt_affaires_page_dispose (GObject *object)
{
  LtAffairesPage *self = (LtAffairesPage *) object;

  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  /* libadwaita 1.2's switcher must let go of its stack before both go. */
  if (self->view_switcher != NULL)
    adw_view_switcher_set_stack (self->view_switcher, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_AFFAIRES_PAGE);
  self->editor = NULL;            /* children of the view stack, gone with it */
  self->documents_view = NULL;
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->context);
  g_clear_pointer (&self->toasts, g_ptr_array_unref);

  G_OBJECT_CLASS (lt_affaires_page_parent_class)->dispose (object);
}

static void
lt_affaires_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LtAffairesPage *self = (LtAffairesPage *) object;

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
lt_affaires_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LtAffairesPage *self = (LtAffairesPage *) object;

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A project for the selected client: the Projets page opens its editor,
 * the prospect's refusal is the rule's own message. */
static void
new_project_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  LtAffairesPage *self = LT_AFFAIRES_PAGE (widget);
  LtAffaire *selected = gtk_single_selection_get_selected_item (self->selection);
  GtkWidget *window = gtk_widget_get_ancestor (widget, LT_TYPE_WINDOW);
  g_autoptr(GError) error = NULL;
  GtkWidget *projects;

  if (selected == NULL)
    {
      show_toast (self, _("Choose a client in the list first."));
      return;
    }

  if (!lt_project_rules_check_client (lt_affaire_get_name (selected), lt_affaire_get_state (selected), &error))
    {
      show_toast (self, error->message);
      return;
    }

  if (window == NULL)
    return;

  lt_window_show_page (LT_WINDOW (window), "projects");
  projects = lt_window_get_page (LT_WINDOW (window), "projects");
  lt_projects_page_new_project (LT_PROJECTS_PAGE (projects), lt_affaire_get_id (selected));
}

/* A refusal in the documents asks for the company file: it opens at the
 * first empty field the letter needs. */
static void
show_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  LtAffairesPage *self = LT_AFFAIRES_PAGE (widget);

  if (self->editor == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "file");
  lt_affaire_editor_focus_missing (self->editor);
}

static void
lt_affaires_page_class_init (LtAffairesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lt_affaires_page_constructed;
  object_class->dispose = lt_affaires_page_dispose;
  object_class->get_property = lt_affaires_page_get_property;
  object_class->set_property = lt_affaires_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         LT_TYPE_CONTEXT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LT_TYPE_CHOICE_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-affaires-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LtAffairesPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LtAffairesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LtAffairesPage, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LtAffairesPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LtAffairesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, LtAffairesPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, LtAffairesPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, LtAffairesPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, LtAffairesPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, LtAffairesPage, view_switcher);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "affaires.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "affaires.renew", NULL, renew_action);
  gtk_widget_class_install_action (widget_class, "affaires.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "affaires.terms", NULL, terms_action);
  gtk_widget_class_install_action (widget_class, "affaires.new-project", NULL, new_project_action);
  gtk_widget_class_install_action (widget_class, "affaires.show-file", NULL, show_file_action);
}

static void
lt_affaires_page_init (LtAffairesPage *self)
{
  const char *states[] = { _("All"), _("Prospects"), _("Clients"), NULL };
  const char *sorts[] = { _("By name"), _("Newest first"), _("By city"), NULL };
  g_autoptr(GtkStringList) state_list = NULL;
  g_autoptr(GtkStringList) sort_list = NULL;
  GtkListItemFactory *factory;

  self->toasts = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  state_list = gtk_string_list_new (states);
  sort_list = gtk_string_list_new (sorts);
  lt_choice_button_set_model (self->state_dropdown, G_LIST_MODEL (state_list));
  lt_choice_button_set_model (self->sort_dropdown, G_LIST_MODEL (sort_list));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}

/**
 * lt_affaires_page_new:
 * @context: the services of the window
 *
 * Returns: (transfer floating): a new page
 */
GtkWidget *
lt_affaires_page_new (LtContext *context)
{
  g_return_val_if_fail (LT_IS_CONTEXT (context), NULL);

  return g_object_new (LT_TYPE_AFFAIRES_PAGE, "context", context, NULL);
}

/**
 * lt_affaires_page_get_context:
 *
 * Returns: (transfer none): the page's context
 */
LtContext *
lt_affaires_page_get_context (LtAffairesPage *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRES_PAGE (self), NULL);

  return self->context;
}

/**
 * lt_affaires_page_select_affaire:
 *
 * Selects @affaire_id in the list (clearing a search that hides it) and
 * shows its file.
 */
void
lt_affaires_page_select_affaire (LtAffairesPage *self,
                                 gint64          affaire_id)
{
  guint position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (LT_IS_AFFAIRES_PAGE (self));

  if (!LT_IS_QUERY_MODEL (self->list) ||
      !lt_query_model_find (LT_QUERY_MODEL (self->list), affaire_id, &position))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      lt_choice_button_set_selected (self->state_dropdown, 0);
      on_filter_changed_cb (self);
      if (LT_IS_QUERY_MODEL (self->list))
        lt_query_model_find (LT_QUERY_MODEL (self->list), affaire_id, &position);
    }

  if (position != GTK_INVALID_LIST_POSITION)
    {
      gtk_single_selection_set_selected (self->selection, position);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
    }
}

GListModel *
lt_affaires_page_get_list (LtAffairesPage *self)
{
  return self->list;
}

GtkSearchEntry *
lt_affaires_page_get_search_entry (LtAffairesPage *self)
{
  return self->search_entry;
}

LtAffaireEditor *
lt_affaires_page_get_editor (LtAffairesPage *self)
{
  ensure_detail (self);
  return self->editor;
}

LtDocumentsView *
lt_affaires_page_get_documents_view (LtAffairesPage *self)
{
  ensure_detail (self);
  return self->documents_view;
}

GPtrArray *
lt_affaires_page_get_toasts (LtAffairesPage *self)
{
  return self->toasts;
}

GtkWindow *
lt_affaires_page_get_dialog (LtAffairesPage *self)
{
  return self->dialog;
}
