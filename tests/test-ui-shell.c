/* test-ui-shell.c: the application shell — its window: pages, state, folding, toasts, read-only */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "ui-shell-fixtures.h"

static const char *page_names[] = { "affaires", "prestations", "projects", "tasks" };

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

#undef ADD

  return g_test_run ();
}
