/* test-ui-shell.c: the application shell — window, pages, actions, templates, dialogs */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lt-application.h"
#include "lt-context.h"
#include "lt-firm-preferences-page.h"
#include "lt-preferences-window.h"
#include "lt-staff-preferences-page.h"
#include "lt-store.h"
#include "lt-store-demo.h"
#include "lt-window.h"

static const char *page_names[] = { "affaires", "prestations", "projects", "tasks" };

typedef struct {
  char      *dir;
  char      *path;
  GSettings *settings;
  LtContext *context;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(LtStore) store = NULL;

  f->dir = g_dir_make_tmp ("lettrine-shell-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.db", NULL);

  store = lt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  f->settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  f->context = lt_context_new (store, f->settings);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      g_remove (child);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->context);
  g_clear_object (&f->settings);
  remove_dir (f->dir);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

static void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
wait_for_mapped (GtkWidget *widget)
{
  for (int i = 0; i < 2000 && !gtk_widget_get_mapped (widget); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  iterate (20);

  return gtk_widget_get_mapped (widget);
}

/* The first mapped descendant of @widget of type @type, depth first. */
static GtkWidget *
find_mapped (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_by_type (GtkWidget *widget,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A widget of the shell's templates, by its widget name. */
static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The sidebar: the list of places, styled navigation-sidebar. */
static GtkWidget *
find_sidebar (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX (widget) && gtk_widget_has_css_class (widget, "navigation-sidebar"))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_sidebar (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
destroy_and_finalize (GtkWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (window);
  iterate (10);
  g_assert_finalize_object (window);
}

static LtWindow *
new_window (Fixture *f)
{
  LtWindow *window = lt_window_new (NULL, f->context);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for_mapped (GTK_WIDGET (window)));

  return window;
}

static void
test_window_opens (Fixture       *f,
                   gconstpointer  data)
{
  LtWindow *window = new_window (f);
  GtkWidget *list;
  guint n_rows = 0;

  g_assert_true (lt_window_get_context (window) == f->context);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Lettrine");
  g_assert_cmpstr (lt_window_get_visible_page_name (window), ==, "affaires");

  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      GtkWidget *page = lt_window_get_page (window, page_names[i]);
      LtContext *context = NULL;

      g_assert_nonnull (page);
      g_object_get (page, "context", &context, NULL);
      g_assert_true (context == f->context);
      g_object_unref (context);
    }

  /* The sidebar names the four places. */
  list = find_sidebar (GTK_WIDGET (window));
  g_assert_nonnull (list);
  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n_rows) != NULL)
    n_rows++;
  g_assert_cmpuint (n_rows, ==, G_N_ELEMENTS (page_names));

  destroy_and_finalize (GTK_WINDOW (window));
}

static void
test_window_show_page (Fixture       *f,
                       gconstpointer  data)
{
  LtWindow *window = new_window (f);
  GtkWidget *list = find_sidebar (GTK_WIDGET (window));

  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      g_autoptr(GVariant) state = NULL;
      g_autofree char *last_page = NULL;
      GtkWidget *page;
      GtkWidget *status;
      GtkListBoxRow *row;

      g_action_group_activate_action (G_ACTION_GROUP (window), "show-page",
                                      g_variant_new_string (page_names[i]));
      iterate (50);

      g_assert_cmpstr (lt_window_get_visible_page_name (window), ==, page_names[i]);
      state = g_action_group_get_action_state (G_ACTION_GROUP (window), "show-page");
      g_assert_cmpstr (g_variant_get_string (state, NULL), ==, page_names[i]);
      last_page = g_settings_get_string (f->settings, "last-page");
      g_assert_cmpstr (last_page, ==, page_names[i]);

      /* On an empty database, the page shows its empty state: an icon, a
       * title and a description saying how to start. */
      page = lt_window_get_page (window, page_names[i]);
      g_assert_true (gtk_widget_get_mapped (page));
      status = find_mapped (page, ADW_TYPE_STATUS_PAGE);
      g_assert_nonnull (status);
      g_assert_nonnull (adw_status_page_get_icon_name (ADW_STATUS_PAGE (status)));
      g_assert_cmpuint (strlen (adw_status_page_get_title (ADW_STATUS_PAGE (status))), >, 0);
      g_assert_cmpuint (strlen (adw_status_page_get_description (ADW_STATUS_PAGE (status))), >, 0);

      /* The sidebar follows. */
      row = gtk_list_box_get_selected_row (GTK_LIST_BOX (list));
      g_assert_nonnull (row);
      g_assert_cmpint (gtk_list_box_row_get_index (row), ==, i);
    }

  /* A sidebar row goes to its page through the same action. */
  g_signal_emit_by_name (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1), "activate");
  iterate (50);
  g_assert_cmpstr (lt_window_get_visible_page_name (window), ==, "prestations");

  /* An unknown page is refused and changes nothing. */
  g_test_expect_message ("lt-window", G_LOG_LEVEL_CRITICAL, "*No page named “nowhere”*");
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page",
                                  g_variant_new_string ("nowhere"));
  g_test_assert_expected_messages ();
  g_assert_cmpstr (lt_window_get_visible_page_name (window), ==, "prestations");

  /* lt_window_show_page is the same action. */
  lt_window_show_page (window, "tasks");
  g_assert_cmpstr (lt_window_get_visible_page_name (window), ==, "tasks");

  destroy_and_finalize (GTK_WINDOW (window));
}

static void
test_window_state_kept (Fixture       *f,
                        gconstpointer  data)
{
  LtWindow *window;
  int width, height;

  /* What was saved is restored. */
  g_settings_set_string (f->settings, "last-page", "projects");
  g_settings_set_int (f->settings, "window-width", 1000);
  g_settings_set_int (f->settings, "window-height", 900);

  window = new_window (f);
  g_assert_cmpstr (lt_window_get_visible_page_name (window), ==, "projects");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 900);

  /* Closing saves the size and the page. */
  lt_window_show_page (window, "tasks");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 950);
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  iterate (10);
  g_assert_finalize_object (window);
  g_assert_cmpint (g_settings_get_int (f->settings, "window-width"), ==, 1100);
  g_assert_cmpint (g_settings_get_int (f->settings, "window-height"), ==, 950);
  g_assert_false (g_settings_get_boolean (f->settings, "window-maximized"));

  window = new_window (f);
  g_assert_cmpstr (lt_window_get_visible_page_name (window), ==, "tasks");
  destroy_and_finalize (GTK_WINDOW (window));

  /* Unless the user asked to start on Affaires. */
  g_settings_set_boolean (f->settings, "restore-last-page", FALSE);
  window = new_window (f);
  g_assert_cmpstr (lt_window_get_visible_page_name (window), ==, "affaires");
  destroy_and_finalize (GTK_WINDOW (window));
}

static void
test_window_folds (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GString) too_wide = g_string_new (NULL);
  LtWindow *window;
  AdwLeaflet *leaflet;

  g_settings_set_int (f->settings, "window-width", 360);
  g_settings_set_int (f->settings, "window-height", 600);
  window = lt_window_new (NULL, f->context);

  /* Each page fits a phone-sized window (360 px, less the window's frame):
   * a page that does not is named in the failure. */
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      GtkWidget *page = lt_window_get_page (window, page_names[i]);
      int minimum = 0;

      gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      if (minimum > 360)
        {
          g_autofree char *message =
            g_strdup_printf ("The %s page (%s) needs %d px of width: the window cannot fold to 360 px. "
                             "Let its content wrap, ellipsize or scroll.",
                             page_names[i], G_OBJECT_TYPE_NAME (page), minimum);

          g_string_append_printf (too_wide, "%s%s", too_wide->len ? " " : "", message);
        }
    }

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for_mapped (GTK_WIDGET (window)));
  iterate (100);

  leaflet = ADW_LEAFLET (find_by_type (GTK_WIDGET (window), ADW_TYPE_LEAFLET));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  g_assert_true (adw_leaflet_get_folded (leaflet));

  /* Folded, choosing a place shows its page; back shows the places again. */
  adw_leaflet_set_visible_child_name (leaflet, "sidebar");
  lt_window_show_page (window, "projects");
  iterate (50);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
  g_assert_true (adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK));
  iterate (50);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");

  destroy_and_finalize (GTK_WINDOW (window));

  /* Wide, both panes show. */
  g_settings_set_int (f->settings, "window-width", 1270);
  window = new_window (f);
  iterate (100);
  leaflet = ADW_LEAFLET (find_by_type (GTK_WIDGET (window), ADW_TYPE_LEAFLET));
  g_assert_false (adw_leaflet_get_folded (leaflet));
  destroy_and_finalize (GTK_WINDOW (window));

  g_assert_cmpstr (too_wide->str, ==, "");
}

static void
test_window_toast (Fixture       *f,
                   gconstpointer  data)
{
  LtWindow *window = new_window (f);
  GtkWidget *page = lt_window_get_page (window, "affaires");
  AdwToast *toast = adw_toast_new ("Saved");
  GtkWidget *ancestor;

  /* A page finds the window to toast through its ancestors. */
  ancestor = gtk_widget_get_ancestor (page, LT_TYPE_WINDOW);
  g_assert_true (ancestor == GTK_WIDGET (window));

  g_object_ref (toast);
  lt_window_add_toast (LT_WINDOW (ancestor), toast);
  iterate (50);
  /* The overlay shows it: a label with its title is mapped. */
  {
    GtkWidget *overlay = find_by_type (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY);
    gboolean shown = FALSE;

    for (GtkWidget *child = gtk_widget_get_first_child (overlay);
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      {
        GtkWidget *label = find_by_type (child, GTK_TYPE_LABEL);

        if (label != NULL && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), "Saved") == 0)
          shown = TRUE;
      }
    g_assert_true (shown);
  }
  adw_toast_dismiss (toast);
  g_object_unref (toast);

  destroy_and_finalize (GTK_WINDOW (window));
}

/* A store whose schema is newer than this Lettrine: open read-only. */
static void
test_window_read_only (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtContext) context = NULL;
  g_autofree char *path = g_build_filename (f->dir, "newer.db", NULL);
  const guint8 newer[4] = { 0, 0, 0x03, 0xe7 }; /* user_version 999, big-endian */
  LtWindow *window;
  GtkWidget *revealer;
  GtkWidget *label;
  FILE *file;

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  /* The SQLite header keeps user_version at offset 60. */
  file = g_fopen (path, "r+b");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, 60, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (newer, 1, 4, file), ==, 4);
  fclose (file);

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (lt_store_is_read_only (store));

  context = lt_context_new (store, f->settings);
  window = lt_window_new (NULL, context);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for_mapped (GTK_WIDGET (window)));
  iterate (300);

  revealer = find_named (GTK_WIDGET (window), "read-only-revealer");
  g_assert_nonnull (revealer);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  label = find_by_type (revealer, GTK_TYPE_LABEL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, lt_store_get_read_only_reason (store));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "read-only"));
  g_assert_true (gtk_widget_get_mapped (label));

  destroy_and_finalize (GTK_WINDOW (window));

  /* A writable store shows no such notice. */
  window = new_window (f);
  revealer = find_named (GTK_WIDGET (window), "read-only-revealer");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  destroy_and_finalize (GTK_WINDOW (window));
}

static void
test_accessibility (Fixture       *f,
                    gconstpointer  data)
{
  LtWindow *window = new_window (f);
  GtkWidget *list = find_sidebar (GTK_WIDGET (window));
  GtkWidget *menu_button = find_named (GTK_WIDGET (window), "primary-menu-button");
  GtkWidget *status;

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_ROLE_LIST);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, "Places");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0)),
                                   GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (menu_button), ==, "Main Menu");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_ROLE_BUTTON);

  status = find_mapped (lt_window_get_page (window, "affaires"), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (status), GTK_ACCESSIBLE_ROLE_GROUP);

  destroy_and_finalize (GTK_WINDOW (window));
}

static void
test_about (Fixture       *f,
            gconstpointer  data)
{
  GtkWindow *about = lt_application_create_about_window ();

  g_assert_true (ADW_IS_ABOUT_WINDOW (about));
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==, "Lettrine");
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_application_icon (ADW_ABOUT_WINDOW (about)), ==, APPLICATION_ID);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);

  gtk_window_present (about);
  g_assert_true (wait_for_mapped (GTK_WIDGET (about)));
  destroy_and_finalize (about);
}

static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  GtkWindow *preferences = lt_preferences_window_new (f->context);
  AdwComboRow *style_row;
  GtkWidget *first_switch;
  g_autofree char *scheme = NULL;

  gtk_window_present (preferences);
  g_assert_true (wait_for_mapped (GTK_WIDGET (preferences)));
  g_assert_true (lt_preferences_window_get_context (LT_PREFERENCES_WINDOW (preferences)) == f->context);

  /* General first, then the cabinet and its intervenants. */
  {
    GtkWidget *firm = find_by_type (GTK_WIDGET (preferences), LT_TYPE_FIRM_PREFERENCES_PAGE);
    GtkWidget *staff = find_by_type (GTK_WIDGET (preferences), LT_TYPE_STAFF_PREFERENCES_PAGE);

    g_assert_nonnull (firm);
    g_assert_nonnull (staff);
    AdwPreferencesPage *visible = adw_preferences_window_get_visible_page (ADW_PREFERENCES_WINDOW (preferences));

    g_assert_false (LT_IS_FIRM_PREFERENCES_PAGE (visible));
    g_assert_false (LT_IS_STAFF_PREFERENCES_PAGE (visible));
    g_assert_true (gtk_widget_is_ancestor (find_named (GTK_WIDGET (preferences), "style-row"), GTK_WIDGET (visible)));
    adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (preferences), ADW_PREFERENCES_PAGE (staff));
    iterate (50);
    g_assert_true (gtk_widget_get_mapped (staff));
    adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (preferences), ADW_PREFERENCES_PAGE (firm));
    iterate (50);
    g_assert_true (gtk_widget_get_mapped (firm));
  }

  /* The style row writes the setting, and the application follows it. */
  style_row = ADW_COMBO_ROW (find_named (GTK_WIDGET (preferences), "style-row"));
  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 0);
  adw_combo_row_set_selected (style_row, 2);
  scheme = g_settings_get_string (f->settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "dark");
  g_settings_set_string (f->settings, "color-scheme", "light");
  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 1);

  /* The first switch is “Reopen the last page”. */
  first_switch = find_named (GTK_WIDGET (preferences), "restore-page-switch");
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (first_switch)));
  gtk_switch_set_active (GTK_SWITCH (first_switch), FALSE);
  g_assert_false (g_settings_get_boolean (f->settings, "restore-last-page"));

  destroy_and_finalize (preferences);
}

static void
test_shortcuts (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/gtk/help-overlay.ui");
  GObject *overlay = gtk_builder_get_object (builder, "help_overlay");

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_present (GTK_WINDOW (overlay));
  g_assert_true (wait_for_mapped (GTK_WIDGET (overlay)));
  gtk_window_destroy (GTK_WINDOW (overlay));
  iterate (10);
}

/* Every lt-*.ui template of the bundle instantiates without a warning (the
 * test runs with warnings and criticals fatal), given a context. */
static char *
template_class (const char *resource)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, NULL);
  g_autoptr(GRegex) regex = g_regex_new ("<template\\s+class=\"([A-Za-z0-9_]+)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (bytes);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (!g_regex_match (regex, text, 0, &match))
    return NULL;

  return g_match_info_fetch (match, 1);
}

static void
test_templates (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_auto(GStrv) children = NULL;
  guint n_instantiated = 0;

  children = g_resources_enumerate_children (RESOURCE_PREFIX "/ui/", 0, &error);
  g_assert_no_error (error);

  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *resource = NULL;
      g_autofree char *class_name = NULL;
      GObject *object;
      GType type;

      if (!g_str_has_prefix (children[i], "lt-") || !g_str_has_suffix (children[i], ".ui"))
        continue;

      resource = g_strconcat (RESOURCE_PREFIX "/ui/", children[i], NULL);
      class_name = template_class (resource);

      /* Row templates of a GtkBuilderListItemFactory have no class of ours. */
      if (class_name == NULL || !g_str_has_prefix (class_name, "Lt"))
        continue;

      /* Looks up lt_thing_get_type () in the test binary when needed. */
      type = gtk_builder_get_type_from_name (builder, class_name);
      if (type == G_TYPE_INVALID)
        g_error ("%s declares the template class %s, which the views library does not define",
                 children[i], class_name);
      if (G_TYPE_IS_ABSTRACT (type) || !g_type_is_a (type, GTK_TYPE_WIDGET))
        continue;

      g_test_message ("instantiating %s from %s", class_name, children[i]);

      if (g_object_class_find_property (g_type_class_peek (type) ? g_type_class_peek (type) : g_type_class_ref (type), "context"))
        object = g_object_new (type, "context", f->context, NULL);
      else
        object = g_object_new (type, NULL);

      if (GTK_IS_WINDOW (object))
        {
          gtk_window_present (GTK_WINDOW (object));
          wait_for_mapped (GTK_WIDGET (object));
          gtk_window_destroy (GTK_WINDOW (object));
        }
      else
        {
          GtkWidget *window = gtk_window_new ();

          gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (object));
          gtk_window_present (GTK_WINDOW (window));
          wait_for_mapped (window);
          gtk_window_destroy (GTK_WINDOW (window));
        }
      iterate (10);
      n_instantiated++;
    }

  /* At least the shell's own: the window, the preferences and four pages. */
  g_assert_cmpuint (n_instantiated, >=, 6);
}

/* The application: accelerators in one place, --database, a database that
 * cannot open. */
static void
test_application_accels (void)
{
  g_autoptr(LtApplication) app = lt_application_new ();
  g_autoptr(GError) error = NULL;
  static const struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.quit", "<Control>q" },
    { "app.preferences", "<Control>comma" },
    { "win.show-help-overlay", "<Control>question" },
    { "win.show-page::affaires", "<Control>1" },
    { "win.show-page::prestations", "<Control>2" },
    { "win.show-page::projects", "<Control>3" },
    { "win.show-page::tasks", "<Control>4" },
  };

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), expected[i].action);

      g_assert_nonnull (accels);
      g_assert_cmpstr (accels[0], ==, expected[i].accel);
    }

  /* The style follows the system unless the preference says otherwise. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
    AdwStyleManager *style = adw_style_manager_get_default ();

    g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
    g_settings_set_string (settings, "color-scheme", "dark");
    g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
    g_assert_true (adw_style_manager_get_dark (style));
    g_settings_set_string (settings, "color-scheme", "light");
    g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
    g_settings_reset (settings, "color-scheme");
    g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
  }

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));
}

typedef struct {
  const char *path;
  gboolean    saw_window;
  gboolean    saw_dialog;
  char       *dialog_body;
} RunData;

static gboolean
quit_idle (gpointer app)
{
  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window,
                 RunData        *run)
{
  if (LT_IS_WINDOW (window))
    {
      LtStore *store = lt_context_get_store (lt_window_get_context (LT_WINDOW (window)));

      g_assert_cmpstr (lt_store_get_path (store), ==, run->path);
      run->saw_window = TRUE;
    }
  else if (ADW_IS_MESSAGE_DIALOG (window))
    {
      run->saw_dialog = TRUE;
      run->dialog_body = g_strdup (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (window)));
    }

  g_timeout_add (200, quit_idle, app);
}

static int
run_app (const char *option_path,
         RunData    *run)
{
  g_autoptr(LtApplication) app = lt_application_new ();
  const char *argv_with[] = { "lettrine", "--database", option_path, NULL };
  const char *argv_without[] = { "lettrine", NULL };
  int status;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), run);
  if (option_path != NULL)
    status = g_application_run (G_APPLICATION (app), 3, (char **) argv_with);
  else
    status = g_application_run (G_APPLICATION (app), 1, (char **) argv_without);

  return status;
}

static void
test_application_database (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *env_path = g_build_filename (f->dir, "from-env.db", NULL);
  g_autofree char *bad_path = g_build_filename (f->dir, "not-a-database.db", NULL);
  RunData run = { 0 };

  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *no_demo_path = g_build_filename (f->dir, "no-demo.db", NULL);
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* --database PATH; the database is empty, so the demo cabinet is loaded. */
  g_assert_true (lt_store_is_empty (lt_context_get_store (f->context)));
  g_clear_object (&f->context);
  run.path = f->path;
  g_assert_cmpint (run_app (f->path, &run), ==, 0);
  g_assert_true (run.saw_window);
  g_assert_false (run.saw_dialog);
  store = lt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (lt_store_is_empty (store));
  g_clear_object (&store);

  /* Unless the preference says not to. */
  g_settings_set_boolean (settings, "load-demo", FALSE);
  memset (&run, 0, sizeof run);
  run.path = no_demo_path;
  g_assert_cmpint (run_app (no_demo_path, &run), ==, 0);
  g_settings_reset (settings, "load-demo");
  g_assert_true (run.saw_window);
  store = lt_store_open (no_demo_path, &error);
  g_assert_no_error (error);
  g_assert_true (lt_store_is_empty (store));
  g_clear_object (&store);

  /* LETTRINE_DATABASE */
  memset (&run, 0, sizeof run);
  run.path = env_path;
  g_setenv ("LETTRINE_DATABASE", env_path, TRUE);
  g_assert_cmpint (run_app (NULL, &run), ==, 0);
  g_unsetenv ("LETTRINE_DATABASE");
  g_assert_true (run.saw_window);
  g_assert_true (g_file_test (env_path, G_FILE_TEST_EXISTS));

  /* A file that is not a Lettrine database: a dialog says so, and the
   * application ends without touching the file. */
  g_assert_true (g_file_set_contents (bad_path, "Ceci n’est pas une base de données.\n", -1, NULL));
  memset (&run, 0, sizeof run);
  run.path = bad_path;
  g_assert_cmpint (run_app (bad_path, &run), ==, 0);
  g_assert_false (run.saw_window);
  g_assert_true (run.saw_dialog);
  g_assert_nonnull (run.dialog_body);
  g_assert_cmpuint (strlen (run.dialog_body), >, 0);
  g_test_message ("dialog: %s", run.dialog_body);
  g_free (run.dialog_body);
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (bad_path, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "Ceci n’est pas une base de données.\n");
  }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/shell/window/opens", test_window_opens);
  ADD ("/shell/window/show-page", test_window_show_page);
  ADD ("/shell/window/state-kept", test_window_state_kept);
  ADD ("/shell/window/folds", test_window_folds);
  ADD ("/shell/window/toast", test_window_toast);
  ADD ("/shell/window/read-only", test_window_read_only);
  ADD ("/shell/window/accessibility", test_accessibility);
  ADD ("/shell/about", test_about);
  ADD ("/shell/preferences", test_preferences);
  ADD ("/shell/shortcuts", test_shortcuts);
  ADD ("/shell/templates", test_templates);
  ADD ("/shell/application/database", test_application_database);
  g_test_add_func ("/shell/application/accels", test_application_accels);

#undef ADD

  return g_test_run ();
}
