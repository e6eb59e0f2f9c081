/* lt-window.c: the main window — sidebar of places, pages, toasts */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lt-accessible.h"
#include "lt-affaires-page.h"
#include "lt-prestations-page.h"
#include "lt-projects-page.h"
#include "lt-tasks-page.h"
#include "lt-window.h"

struct _LtWindow
{
  AdwApplicationWindow  parent_instance;

  LtContext            *context;

  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar_list;
  AdwWindowTitle       *page_title;
  GtkRevealer          *read_only_revealer;
  GtkLabel             *read_only_label;
  GtkStack             *stack;

  /* Each place is an AdwBin in the stack, given its page the first time
   * it is shown (lt_window_get_page () too): a start on one page builds
   * that one only. */
  gboolean              pages_ready;
};

G_DEFINE_FINAL_TYPE (LtWindow, lt_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The four places, in sidebar order (the rows of ui/lt-window.ui). */
static const struct {
  const char  *name;
  const char  *title;
  const char  *icon_name;
  GtkWidget *(*new_page) (LtContext *context);
} places[] = {
  { "affaires", N_("Affaires"), "x-office-address-book-symbolic", lt_affaires_page_new },
  { "prestations", N_("Prestations"), "view-list-bullet-symbolic", lt_prestations_page_new },
  { "projects", N_("Projects"), "folder-documents-symbolic", lt_projects_page_new },
  { "tasks", N_("Task Tracking"), "task-due-symbolic", lt_tasks_page_new },
};

static int
place_index (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    if (g_strcmp0 (places[i].name, name) == 0)
      return i;

  return -1;
}

/* The place's page, built now if it was not yet. */
static GtkWidget *
ensure_page (LtWindow *self,
             int       index)
{
  AdwBin *bin = ADW_BIN (gtk_stack_get_child_by_name (self->stack, places[index].name));
  GtkWidget *page = adw_bin_get_child (bin);

  if (page == NULL)
    {
      page = places[index].new_page (self->context);
      adw_bin_set_child (bin, page);
    }

  return page;
}

static void
show_page_change_state (GSimpleAction *action,
                        GVariant      *state,
                        gpointer       user_data)
{
  LtWindow *self = user_data;
  const char *name = g_variant_get_string (state, NULL);

  if (place_index (name) < 0)
    {
      g_critical ("No page named “%s”", name);
      return;
    }

  g_simple_action_set_state (action, state);
  gtk_stack_set_visible_child_name (self->stack, name);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

/* The shortcuts window is built the first time it is asked for, not with
 * the main window (GtkApplication would build it for every window at
 * start-up if it were at gtk/help-overlay.ui): the action is ours, so
 * gtk_application_window_set_help_overlay () adds none. */
static void
show_help_overlay_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  GtkApplicationWindow *window = user_data;
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static const GActionEntry win_entries[] = {
  { "show-page", NULL, "s", "'affaires'", show_page_change_state },
  { "show-help-overlay", show_help_overlay_activated },
};

static void
on_back_button_clicked_cb (LtWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* A place selected without being activated (through AT-SPI's selection,
 * which is how assistive technologies choose in a list) shows its page. */
static void
on_sidebar_row_selected_cb (LtWindow      *self,
                            GtkListBoxRow *row)
{
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  if (!self->pages_ready || index < 0 || index >= (int) G_N_ELEMENTS (places))
    return;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), places[index].name) != 0)
    gtk_stack_set_visible_child_name (self->stack, places[index].name);
}

static void
on_stack_visible_child_cb (LtWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);
  int index = place_index (name);
  GAction *action;

  if (index < 0)
    return;

  /* not while the places are added: the first one added shows first */
  if (!self->pages_ready)
    return;
  ensure_page (self, index);

  adw_window_title_set_title (self->page_title, _(places[index].title));
  gtk_list_box_select_row (self->sidebar_list,
                           gtk_list_box_get_row_at_index (self->sidebar_list, index));

  /* Keep the action's state right when the stack is changed directly. */
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "show-page");
  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (name));

  if (self->context != NULL)
    g_settings_set_string (lt_context_get_settings (self->context), "last-page", name);
}

static gboolean
lt_window_close_request (GtkWindow *window)
{
  LtWindow *self = LT_WINDOW (window);
  GSettings *settings = lt_context_get_settings (self->context);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);

  g_settings_delay (settings);
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (settings);

  return GTK_WINDOW_CLASS (lt_window_parent_class)->close_request (window);
}

static void
lt_window_constructed (GObject *object)
{
  LtWindow *self = LT_WINDOW (object);
  GSettings *settings;
  LtStore *store;
  g_autofree char *last_page = NULL;

  G_OBJECT_CLASS (lt_window_parent_class)->constructed (object);

  g_assert (LT_IS_CONTEXT (self->context));
  settings = lt_context_get_settings (self->context);
  store = lt_context_get_store (self->context);

  /* Remember the page to restore before adding pages changes it. */
  last_page = g_settings_get_string (settings, "last-page");

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      GtkStackPage *page;

      page = gtk_stack_add_titled (self->stack,
                                   adw_bin_new (),
                                   places[i].name,
                                   _(places[i].title));
      gtk_stack_page_set_icon_name (page, places[i].icon_name);
    }

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if (!g_settings_get_boolean (settings, "restore-last-page") || place_index (last_page) < 0)
    {
      g_free (last_page);
      last_page = g_strdup (places[0].name);
    }
  gtk_stack_set_visible_child_name (self->stack, last_page);
  self->pages_ready = TRUE;
  on_stack_visible_child_cb (self);

  if (store != NULL && lt_store_is_read_only (store))
    {
      const char *reason = lt_store_get_read_only_reason (store);

      if (reason == NULL || reason[0] == '\0')
        reason = _("This database is open read-only: changes cannot be saved.");
      gtk_label_set_text (self->read_only_label, reason);
      gtk_widget_set_visible (GTK_WIDGET (self->read_only_revealer), TRUE);
      gtk_revealer_set_reveal_child (self->read_only_revealer, TRUE);
    }

  /* the pages not shown yet are read by assistive technologies too */
  lt_accessible_name_tree (GTK_WIDGET (self));
}

static void
lt_window_dispose (GObject *object)
{
  LtWindow *self = LT_WINDOW (object);

  g_clear_object (&self->context);

  G_OBJECT_CLASS (lt_window_parent_class)->dispose (object);
}

static void
lt_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LtWindow *self = LT_WINDOW (object);

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
lt_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LtWindow *self = LT_WINDOW (object);

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
lt_window_class_init (LtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = lt_window_constructed;
  object_class->dispose = lt_window_dispose;
  object_class->get_property = lt_window_get_property;
  object_class->set_property = lt_window_set_property;

  window_class->close_request = lt_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         LT_TYPE_CONTEXT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, LtWindow, stack);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_cb);
}

static void
lt_window_init (LtWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   win_entries, G_N_ELEMENTS (win_entries),
                                   self);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->sidebar_list, "row-selected", G_CALLBACK (on_sidebar_row_selected_cb), self);
}

/**
 * lt_window_new:
 * @application: (nullable): the application, %NULL in tests
 * @context: the store and settings the pages use
 *
 * Returns: (transfer none): a new window (owned by GTK's window list)
 */
LtWindow *
lt_window_new (GtkApplication *application,
               LtContext      *context)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (LT_IS_CONTEXT (context), NULL);

  return g_object_new (LT_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

/**
 * lt_window_get_context:
 *
 * Returns: (transfer none): the window's context
 */
LtContext *
lt_window_get_context (LtWindow *self)
{
  g_return_val_if_fail (LT_IS_WINDOW (self), NULL);

  return self->context;
}

/**
 * lt_window_add_toast:
 * @self: the window
 * @toast: (transfer full): the toast to show
 *
 * Shows @toast over the whole window. Pages reach it with
 * `gtk_widget_get_ancestor (widget, LT_TYPE_WINDOW)`.
 */
void
lt_window_add_toast (LtWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (LT_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * lt_window_show_page:
 * @name: "affaires", "prestations", "projects" or "tasks"
 *
 * Same as activating `win.show-page`.
 */
void
lt_window_show_page (LtWindow   *self,
                     const char *name)
{
  g_return_if_fail (LT_IS_WINDOW (self));
  g_return_if_fail (place_index (name) >= 0);

  g_action_group_activate_action (G_ACTION_GROUP (self), "show-page",
                                  g_variant_new_string (name));
}

const char *
lt_window_get_visible_page_name (LtWindow *self)
{
  g_return_val_if_fail (LT_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * lt_window_get_page:
 * @name: a page name
 *
 * Returns: (transfer none) (nullable): the page widget, built now if it
 *   was never shown
 */
GtkWidget *
lt_window_get_page (LtWindow   *self,
                    const char *name)
{
  int index = place_index (name);

  g_return_val_if_fail (LT_IS_WINDOW (self), NULL);

  return index >= 0 ? ensure_page (self, index) : NULL;
}
