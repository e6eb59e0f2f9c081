/* test-ui-canvas-a11y.c: the dependency canvas's hint, renaming from the keyboard, readable zoom, and arrows as accessible objects */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "lt-dependency-canvas.h"
#include "lt-step-box.h"

typedef struct {
  GtkWidget          *window;
  LtDependencyCanvas *canvas;
  LtStepGraph        *graph;
  LtGraphCommands    *commands;
} Fixture;

/* Lets the frame clock lay the canvas out (a few frames, even on a busy
 * machine). */
static void
settle (void)
{
  gint64 end = g_get_monotonic_time () + 500 * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

/* Runs the main loop until @widget has been given a width (5 s at most:
 * a loaded machine draws late). */
static void
wait_allocated (GtkWidget *widget)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (gtk_widget_get_width (widget) == 0 && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->graph = lt_step_graph_new ();
  f->commands = lt_graph_commands_new (f->graph);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), GPOINTER_TO_INT (data) ? GPOINTER_TO_INT (data) : 900, 500);
  f->canvas = LT_DEPENDENCY_CANVAS (lt_dependency_canvas_new ());
  lt_dependency_canvas_set_commands (f->canvas, f->commands);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->canvas));
  gtk_window_present (GTK_WINDOW (f->window));
  wait_allocated (GTK_WIDGET (f->canvas));
  settle ();
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  GtkWidget *canvas = g_object_ref (GTK_WIDGET (f->canvas));

  gtk_window_destroy (GTK_WINDOW (f->window));
  settle ();
  g_assert_finalize_object (canvas);
  g_clear_object (&f->commands);
  g_clear_object (&f->graph);
}

/* The canvas's children with CSS class @class. */
static GPtrArray *
children_with (Fixture *f, const char *class)
{
  GPtrArray *found = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (f->canvas)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, class))
      g_ptr_array_add (found, child);

  return found;
}

/* The window's focus widget (has-focus also wants the window active,
 * which parallel tests under one X server do not promise). */
static gboolean
is_focus (Fixture *f, GtkWidget *widget)
{
  return gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (f->canvas))) == widget;
}

static GtkWidget *
hint (Fixture *f)
{
  g_autoptr(GPtrArray) hints = children_with (f, "hint");

  g_assert_cmpuint (hints->len, ==, 1);
  return g_ptr_array_index (hints, 0);
}

static gboolean
press_key (Fixture *f, guint keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->canvas));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }

  return handled;
}

/* An empty canvas says what to do; so does one with a single step; with
 * two, the hint goes. */
static void
test_hint (Fixture *f, gconstpointer data)
{
  GtkWidget *label = hint (f);

  g_assert_true (gtk_widget_get_visible (label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "add"));
  wait_allocated (label);
  g_assert_cmpint (gtk_widget_get_width (label), >, 100);

  lt_graph_commands_add_step (f->commands, LT_STEP_KIND_REQUEST, "Demander les statuts", 20, 20);
  settle ();
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "handle"));

  lt_graph_commands_add_step (f->commands, LT_STEP_KIND_TASK, "Saisir", 300, 20);
  settle ();
  g_assert_false (gtk_widget_get_visible (label));
}

/* Enter and F2 on the selected box put its title in an entry; Enter
 * there renames the step (undoably). */
static void
test_rename (Fixture *f, gconstpointer data)
{
  guint uid = lt_graph_commands_add_step (f->commands, LT_STEP_KIND_TASK, "Saisir", 20, 20);
  guint keys[] = { GDK_KEY_Return, GDK_KEY_F2 };

  settle ();
  g_assert_false (press_key (f, GDK_KEY_F2));   /* nothing selected: not ours */
  lt_dependency_canvas_select_uid (f->canvas, uid);

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      g_autofree char *title = g_strdup_printf ("Saisir les pièces %u", k);
      GtkWidget *entry;
      GtkRoot *root;

      g_assert_true (press_key (f, keys[k]));
      settle ();
      root = gtk_widget_get_root (GTK_WIDGET (f->canvas));
      entry = gtk_root_get_focus (root);
      g_assert_true (GTK_IS_TEXT (entry) || GTK_IS_ENTRY (entry));
      if (GTK_IS_TEXT (entry))
        entry = gtk_widget_get_ancestor (entry, GTK_TYPE_ENTRY);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, k == 0 ? "Saisir" : "Saisir les pièces 0");
      gtk_editable_set_text (GTK_EDITABLE (entry), title);
      g_signal_emit_by_name (entry, "activate");
      settle ();
      g_assert_cmpstr (lt_step_graph_lookup (f->graph, uid)->title, ==, title);
      /* back on the box */
      g_assert_true (is_focus (f, lt_dependency_canvas_get_box (f->canvas, uid)));
    }

  g_assert_true (lt_graph_commands_undo (f->commands));
  g_assert_cmpstr (lt_step_graph_lookup (f->graph, uid)->title, ==, "Saisir les pièces 0");
}

/* « Disposer automatiquement » on a long chain in a small canvas keeps the
 * titles readable (11 px at least) and leaves the rest to scrolling. */
static void
test_readable_zoom (Fixture *f, gconstpointer data)
{
  const PangoFontDescription *desc;
  double px;
  guint prev = 0;

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *title = g_strdup_printf ("Étape %u", i + 1);
      guint uid = lt_graph_commands_add_step (f->commands, LT_STEP_KIND_TASK, title, 0, 0);

      if (prev != 0)
        g_assert_true (lt_graph_commands_add_link (f->commands, prev, uid, 0, NULL));
      prev = uid;
    }
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.auto-layout", NULL);
  settle ();

  desc = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (f->canvas)));
  px = pango_font_description_get_size (desc) / (double) PANGO_SCALE;
  if (!pango_font_description_get_size_is_absolute (desc))
    px *= 96.0 / 72.0;
  g_assert_cmpfloat (px * lt_dependency_canvas_get_zoom (f->canvas), >=, 11.0 - 0.01);
  /* it did not fit: the last step is beyond the right edge, to scroll to */
  {
    double x, y;
    const LtGraphNode *last = lt_step_graph_lookup (f->graph, prev);

    lt_dependency_canvas_model_to_widget (f->canvas, last->x, last->y, &x, &y);
    g_assert_cmpfloat (x, >, gtk_widget_get_width (GTK_WIDGET (f->canvas)));
  }
}

/* Each arrow is an accessible object named « T1 → T2 » (with its lag),
 * reached by Tab after the boxes; activating it deletes the dependency.
 * The link handle has a name. */
static void
test_arrows_accessible (Fixture *f, gconstpointer data)
{
  guint a = lt_graph_commands_add_step (f->commands, LT_STEP_KIND_REQUEST, "Demander les statuts", 20, 20);
  guint b = lt_graph_commands_add_step (f->commands, LT_STEP_KIND_TASK, "Saisir", 300, 20);
  guint c = lt_graph_commands_add_step (f->commands, LT_STEP_KIND_TASK, "Réviser", 300, 200);
  g_autofree char *la = lt_step_graph_dup_label (f->graph, a);
  g_autofree char *lb = lt_step_graph_dup_label (f->graph, b);
  g_autofree char *lc = lt_step_graph_dup_label (f->graph, c);
  g_autofree char *name_ab = g_strdup_printf ("%s → %s", la, lb);
  g_autofree char *name_ac = g_strdup_printf ("%s → %s, lag 2 days", la, lc);
  g_autoptr(GPtrArray) arrows = NULL;
  GtkWidget *handle;
  char *failure;

  g_assert_true (lt_graph_commands_add_link (f->commands, a, b, 0, NULL));
  g_assert_true (lt_graph_commands_add_link (f->commands, a, c, 2, NULL));
  settle ();

  handle = lt_step_box_get_handle (LT_STEP_BOX (lt_dependency_canvas_get_box (f->canvas, a)));
  failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (handle), GTK_ACCESSIBLE_PROPERTY_LABEL, "Link handle");
  g_assert_null (failure);

  arrows = children_with (f, "arrow");
  g_assert_cmpuint (arrows->len, ==, 2);
  failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (g_ptr_array_index (arrows, 0)),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, name_ab);
  g_assert_null (failure);
  failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (g_ptr_array_index (arrows, 1)),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, name_ac);
  g_assert_null (failure);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (g_ptr_array_index (arrows, 0)), GTK_ACCESSIBLE_ROLE_BUTTON));
  /* placed on the canvas, at a size one can point at */
  wait_allocated (g_ptr_array_index (arrows, 0));
  g_assert_cmpint (gtk_widget_get_width (g_ptr_array_index (arrows, 0)), >=, 16);

  /* Tab from the last box reaches the first arrow and selects it */
  lt_dependency_canvas_select_uid (f->canvas, c);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->canvas), GTK_DIR_TAB_FORWARD));
  g_assert_true (is_focus (f, g_ptr_array_index (arrows, 0)));
  {
    guint from = 0, to = 0;

    g_assert_true (lt_dependency_canvas_get_selected_link (f->canvas, &from, &to));
    g_assert_cmpuint (from, ==, a);
    g_assert_cmpuint (to, ==, b);
  }
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->canvas), GTK_DIR_TAB_FORWARD));
  g_assert_true (is_focus (f, g_ptr_array_index (arrows, 1)));
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (f->canvas), GTK_DIR_TAB_FORWARD));

  /* its action (what AT-SPI's « click » does) deletes the dependency */
  gtk_widget_activate (g_ptr_array_index (arrows, 1));
  {
    /* a button shows itself pressed a moment before it is clicked */
    gint64 end = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

    while (lt_step_graph_has_link (f->graph, a, c, NULL) && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
    settle ();
  }
  g_assert_false (lt_step_graph_has_link (f->graph, a, c, NULL));
  g_assert_true (lt_step_graph_has_link (f->graph, a, b, NULL));
  g_ptr_array_unref (g_steal_pointer (&arrows));
  arrows = children_with (f, "arrow");
  g_assert_cmpuint (arrows->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/canvas/hint", Fixture, NULL, fixture_set_up, test_hint, fixture_tear_down);
  g_test_add ("/canvas/rename", Fixture, NULL, fixture_set_up, test_rename, fixture_tear_down);
  g_test_add ("/canvas/readable-zoom", Fixture, GINT_TO_POINTER (500), fixture_set_up, test_readable_zoom, fixture_tear_down);
  g_test_add ("/canvas/arrows-accessible", Fixture, NULL, fixture_set_up, test_arrows_accessible, fixture_tear_down);

  return g_test_run ();
}
