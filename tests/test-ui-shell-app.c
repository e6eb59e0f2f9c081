/* test-ui-shell-app.c: the application shell — about, preferences, shortcuts, templates, the application */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "lt-store-backup.h"

#include "ui-shell-fixtures.h"

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
  LtChoiceRow *style_row;
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
  style_row = LT_CHOICE_ROW (find_named (GTK_WIDGET (preferences), "style-row"));
  g_assert_cmpuint (lt_choice_row_get_selected (style_row), ==, 0);
  lt_choice_row_set_selected (style_row, 2);
  scheme = g_settings_get_string (f->settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "dark");
  g_settings_set_string (f->settings, "color-scheme", "light");
  g_assert_cmpuint (lt_choice_row_get_selected (style_row), ==, 1);

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
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/help-overlay.ui");
  GObject *overlay = gtk_builder_get_object (builder, "help_overlay");

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_present (GTK_WINDOW (overlay));
  g_assert_true (wait_for_mapped (GTK_WIDGET (overlay)));
  gtk_window_destroy (GTK_WINDOW (overlay));
  iterate (10);
}

/* The main window does not build its shortcuts window: win.show-help-overlay
 * builds it the first time, and shows the same one again. */
static void
test_shortcuts_built_when_asked (Fixture       *f,
                                 gconstpointer  data)
{
  LtWindow *window = lt_window_new (NULL, f->context);
  GtkShortcutsWindow *overlay;

  /* GtkApplication builds gtk/help-overlay.ui for every window it adds */
  g_assert_false (g_resources_get_info (RESOURCE_PREFIX "/gtk/help-overlay.ui", 0, NULL, NULL, NULL));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for_mapped (GTK_WIDGET (window)));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  g_assert_true (wait_for_mapped (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));

  gtk_window_close (GTK_WINDOW (overlay));
  iterate (10);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) == overlay);
  g_assert_true (wait_for_mapped (GTK_WIDGET (overlay)));

  destroy_and_finalize (GTK_WINDOW (window));
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
  GApplication *app;
  guint       safety_id;       /* quits if pressing Quit did not */
  gboolean    timed_out;
  guint       backups_at_quit; /* in the backups folder when Quit was asked */
} RunData;

static gboolean
safety_quit_cb (gpointer data)
{
  RunData *run = data;

  run->safety_id = 0;
  run->timed_out = TRUE;
  g_application_quit (run->app);
  return G_SOURCE_REMOVE;
}

static gboolean
quit_idle (gpointer app)
{
  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

static guint
count_backups (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = lt_store_backup_list (db_path, &error);

  return list != NULL ? list->len : 0;
}

/* Quits the window's application, after noting the backups made so far. */
static gboolean
look_and_quit (gpointer data)
{
  RunData *run = data;

  run->backups_at_quit = count_backups (run->path);
  g_application_quit (run->app);
  return G_SOURCE_REMOVE;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

/* The dialog's Quit pressed: closing it, the only window, ends the
 * application (a safety timeout quits otherwise, and the test fails). */
static gboolean
press_quit_cb (gpointer dialog)
{
  GtkWidget *button = find_button (dialog, "_Quit");

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_object_unref (dialog);
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
      run->app = G_APPLICATION (app);
      g_timeout_add (200, look_and_quit, run);
      return;
    }
  else if (ADW_IS_MESSAGE_DIALOG (window))
    {
      run->saw_dialog = TRUE;
      run->dialog_body = g_strdup (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (window)));
      g_timeout_add (200, press_quit_cb, g_object_ref (window));
      run->app = G_APPLICATION (app);
      run->safety_id = g_timeout_add_seconds (30, safety_quit_cb, run);
      return;
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
  g_clear_handle_id (&run->safety_id, g_source_remove);

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
  /* the day's backups wait for the start to settle (not made 200 ms after
   * the window), and a session that short still gets them, when it ends */
  g_assert_cmpuint (run.backups_at_quit, ==, 0);
  g_assert_cmpuint (count_backups (f->path), ==, 2);
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
  g_assert_false (run.timed_out);
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

  ADD ("/shell/about", test_about);
  ADD ("/shell/preferences", test_preferences);
  ADD ("/shell/shortcuts", test_shortcuts);
  ADD ("/shell/shortcuts/built-when-asked", test_shortcuts_built_when_asked);
  ADD ("/shell/templates", test_templates);
  ADD ("/shell/application/database", test_application_database);
  g_test_add_func ("/shell/application/accels", test_application_accels);

#undef ADD

  return g_test_run ();
}
