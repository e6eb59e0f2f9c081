/* test-ui-catalogue.c: the dependency editor driven as a user would, on the demo cabinet */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lt-context.h"
#include "lt-error.h"
#include "lt-dependency-canvas.h"
#include "lt-prestation-editor.h"
#include "lt-prestations-page.h"
#include "lt-step-box.h"
#include "lt-store-catalogue-ops.h"
#include "lt-store-catalogue.h"
#include "lt-store-demo.h"

typedef struct {
  char               *dir;
  LtStore            *store;
  GSettings          *settings;
  LtContext          *context;
  GtkWidget          *window;
  LtPrestationsPage  *page;
  LtPrestationEditor *editor;
  LtDependencyCanvas *canvas;
  LtStepGraph        *graph;
  gint64              prestation_id;
} Fixture;

static void
wait_for (gboolean (*done) (Fixture *f), Fixture *f)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (f) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (done (f));
}

static gboolean
canvas_allocated (Fixture *f)
{
  GtkWidget *box;

  if (gtk_widget_get_width (GTK_WIDGET (f->canvas)) <= 0)
    return FALSE;
  box = lt_dependency_canvas_get_box (f->canvas, lt_step_graph_get_nth (f->graph, 0)->uid);
  return box != NULL && gtk_widget_get_width (box) > 0;
}

static void
settle (Fixture *f)
{
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static gint64
find_prestation (Fixture *f, const char *search)
{
  g_autoptr(GListModel) list = lt_store_list_prestations (f->store, 0, search, FALSE);
  g_autoptr(LtPrestation) p = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (list), >, 0);
  p = g_list_model_get_item (list, 0);
  return lt_prestation_get_id (p);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("lettrine-ui-catalogue-XXXXXX", &error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (lt_store_load_demo (f->store, &error));
  g_assert_no_error (error);
  f->settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  f->context = lt_context_new (f->store, f->settings);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  f->page = LT_PRESTATIONS_PAGE (lt_prestations_page_new (f->context));
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (GTK_WINDOW (f->window));

  /* open a demo prestation as a click in the list does */
  f->prestation_id = find_prestation (f, "Entrée en relation");
  g_assert_true (lt_prestations_page_open (f->page, f->prestation_id, &error));
  g_assert_no_error (error);
  f->editor = LT_PRESTATION_EDITOR (lt_prestations_page_get_editor (f->page));
  f->canvas = lt_prestation_editor_get_canvas (f->editor);
  f->graph = lt_graph_commands_get_graph (lt_prestation_editor_get_commands (f->editor));
  g_assert_cmpuint (lt_step_graph_get_n_nodes (f->graph), >=, 3);
  wait_for (canvas_allocated, f);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      g_remove (child);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  GtkWidget *canvas = g_object_ref (GTK_WIDGET (f->canvas));

  g_object_ref (f->window);
  gtk_window_destroy (GTK_WINDOW (f->window));
  settle (f);
  /* nothing of the page outlives the window: no cycle of references */
  g_assert_finalize_object (f->window);
  g_assert_finalize_object (canvas);
  g_clear_object (&f->context);
  g_clear_object (&f->settings);
  g_clear_object (&f->store);
  remove_dir (f->dir);
  g_free (f->dir);
}

/* The links stored for the prestation now shown in the editor. */
static guint
stored_links (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStepGraph) stored = NULL;

  stored = lt_store_catalogue_load_graph (f->store, lt_prestation_get_id (lt_prestation_editor_get_prestation (f->editor)), &error);
  g_assert_no_error (error);
  return lt_step_graph_get_n_links (stored);
}

static gboolean
stored_has_link (Fixture *f, guint from, guint to)
{
  g_autoptr(LtStepGraph) stored = NULL;
  const LtGraphNode *a, *b;
  const LtGraphNode *sa, *sb;

  stored = lt_store_catalogue_load_graph (f->store, lt_prestation_get_id (lt_prestation_editor_get_prestation (f->editor)), NULL);
  a = lt_step_graph_lookup (f->graph, from);
  b = lt_step_graph_lookup (f->graph, to);
  sa = lt_step_graph_lookup_step_id (stored, a->step_id);
  sb = lt_step_graph_lookup_step_id (stored, b->step_id);
  return sa != NULL && sb != NULL && lt_step_graph_has_link (stored, sa->uid, sb->uid, NULL);
}

/* Two steps that may be linked (from → to). */
static void
valid_pair (Fixture *f, guint skip_from, guint *from, guint *to)
{
  for (guint i = 0; i < lt_step_graph_get_n_nodes (f->graph); i++)
    {
      guint uid = lt_step_graph_get_nth (f->graph, i)->uid;
      g_autoptr(GArray) targets = NULL;

      if (uid == skip_from)
        continue;
      targets = lt_step_graph_dup_valid_targets (f->graph, uid);
      if (targets->len > 0)
        {
          *from = uid;
          *to = g_array_index (targets, guint, 0);
          return;
        }
    }
  g_assert_not_reached ();
}

static void
center_of (Fixture *f, GtkWidget *widget, double *x, double *y)
{
  graphene_point_t p;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (f->canvas),
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0,
                                                                 gtk_widget_get_height (widget) / 2.0), &p));
  *x = p.x;
  *y = p.y;
}

/* What a pointer drag does: the gesture's own signals with coordinates. */
static void
drag (Fixture *f, double x, double y, double to_x, double to_y)
{
  GtkGesture *gesture = lt_dependency_canvas_get_drag_gesture (f->canvas);

  g_signal_emit_by_name (gesture, "drag-begin", x, y);
  g_signal_emit_by_name (gesture, "drag-update", (to_x - x) / 2, (to_y - y) / 2);
  g_signal_emit_by_name (gesture, "drag-update", to_x - x, to_y - y);
  g_signal_emit_by_name (gesture, "drag-end", to_x - x, to_y - y);
  settle (f);
}

static gboolean
press_key (Fixture *f, guint keyval, GdkModifierType state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->canvas));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  settle (f);
  return handled;
}

static void
save (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_prestation_editor_save (f->editor, &error));
  g_assert_no_error (error);
}

static void
write_png (GtkWidget *widget, const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".", name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static void
test_link_through_actions (Fixture *f, gconstpointer data)
{
  guint from, to, before = lt_step_graph_get_n_links (f->graph);

  valid_pair (f, 0, &from, &to);
  g_assert_false (stored_has_link (f, from, to));
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.add-link", "(uu)", from, to);
  g_assert_true (lt_step_graph_has_link (f->graph, from, to, NULL));
  g_assert_cmpuint (lt_step_graph_get_n_links (f->graph), ==, before + 1);

  /* the box's accessible description now names what it depends on */
  {
    GtkWidget *box = lt_dependency_canvas_get_box (f->canvas, to);
    g_autofree char *from_label = lt_step_graph_dup_label (f->graph, from);
    const char *tooltip = gtk_widget_get_tooltip_text (box);

    g_assert_nonnull (strstr (tooltip, from_label));
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         lt_step_graph_lookup (f->graph, to)->title);
    gtk_test_accessible_assert_role (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_ROLE_BUTTON);
  }

  {
    guint uses = lt_store_catalogue_count_uses (f->store, f->prestation_id);

    save (f);
    g_assert_true (stored_has_link (f, from, to));
    /* a prestation already in a letter or a project becomes a new version */
    g_test_message ("uses of the demo prestation: %u", uses);
    if (uses > 0)
      {
        g_assert_cmpint (lt_prestation_get_id (lt_prestation_editor_get_prestation (f->editor)), !=, f->prestation_id);
        g_assert_cmpint (lt_prestation_get_version (lt_prestation_editor_get_prestation (f->editor)), ==, 2);
      }
    else
      g_assert_cmpint (lt_prestation_get_id (lt_prestation_editor_get_prestation (f->editor)), ==, f->prestation_id);
  }
}

static void
test_link_through_drag (Fixture *f, gconstpointer data)
{
  guint from, to;
  double hx, hy, tx, ty;
  GtkWidget *box;
  const LtGraphNode *node;
  double x0, y0;

  valid_pair (f, 0, &from, &to);
  box = lt_dependency_canvas_get_box (f->canvas, from);
  center_of (f, lt_step_box_get_handle (LT_STEP_BOX (box)), &hx, &hy);
  center_of (f, lt_dependency_canvas_get_box (f->canvas, to), &tx, &ty);

  drag (f, hx, hy, tx, ty);
  g_assert_true (lt_step_graph_has_link (f->graph, from, to, NULL));
  save (f);
  g_assert_true (stored_has_link (f, from, to));

  /* dragging the body of a box moves it, by the pointer's offset */
  node = lt_step_graph_lookup (f->graph, to);
  x0 = node->x;
  y0 = node->y;
  drag (f, tx - 40, ty, tx - 40 + 30, ty + 50);
  node = lt_step_graph_lookup (f->graph, to);
  g_assert_cmpfloat_with_epsilon (node->x, x0 + 30 / lt_dependency_canvas_get_zoom (f->canvas), 0.01);
  g_assert_cmpfloat_with_epsilon (node->y, y0 + 50 / lt_dependency_canvas_get_zoom (f->canvas), 0.01);
  g_assert_cmpuint (lt_dependency_canvas_get_selected_uid (f->canvas), ==, to);

  /* arrow keys move the selected box, undo puts it back */
  g_assert_true (press_key (f, GDK_KEY_Right, 0));
  g_assert_cmpfloat (lt_step_graph_lookup (f->graph, to)->x, >, node->x - 1);
  g_assert_true (press_key (f, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_true (press_key (f, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpfloat_with_epsilon (lt_step_graph_lookup (f->graph, to)->x, x0, 0.01);

  /* positions are saved with the prestation */
  lt_graph_commands_move_node (lt_prestation_editor_get_commands (f->editor), to, 777, 333);
  save (f);
  {
    g_autoptr(LtStepGraph) stored = lt_store_catalogue_load_graph (f->store, lt_prestation_get_id (lt_prestation_editor_get_prestation (f->editor)), NULL);
    const LtGraphNode *s = lt_step_graph_lookup_step_id (stored, lt_step_graph_lookup (f->graph, to)->step_id);
    g_assert_cmpfloat (s->x, ==, 777);
    g_assert_cmpfloat (s->y, ==, 333);
  }
}

static void
test_cycle_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GArray) links = lt_step_graph_dup_links (f->graph);
  const LtGraphLink *l;
  guint before = lt_step_graph_get_n_links (f->graph);
  guint stored_before = stored_links (f);
  double hx, hy, tx, ty;
  const char *message;

  g_assert_cmpuint (links->len, >, 0);
  l = &g_array_index (links, LtGraphLink, 0);

  /* drag from the target of a link back onto its source */
  center_of (f, lt_step_box_get_handle (LT_STEP_BOX (lt_dependency_canvas_get_box (f->canvas, l->to))), &hx, &hy);
  center_of (f, lt_dependency_canvas_get_box (f->canvas, l->from), &tx, &ty);
  {
    GtkWidget *ph = gtk_widget_pick (GTK_WIDGET (f->canvas), hx, hy, GTK_PICK_DEFAULT);
    GtkWidget *pt = gtk_widget_pick (GTK_WIDGET (f->canvas), tx, ty, GTK_PICK_DEFAULT);
    g_test_message ("handle %.0f,%.0f → %s; target %.0f,%.0f → %s", hx, hy, ph ? G_OBJECT_TYPE_NAME (ph) : "-",
                    tx, ty, pt ? G_OBJECT_TYPE_NAME (pt) : "-");
  }
  drag (f, hx, hy, tx, ty);

  message = lt_dependency_canvas_get_last_message (f->canvas);
  g_assert_nonnull (message);
  g_test_message ("refused: %s", message);
  g_assert_nonnull (strstr (message, "cycle"));
  g_assert_nonnull (strstr (message, " → "));
  g_assert_cmpuint (lt_step_graph_get_n_links (f->graph), ==, before);
  g_assert_false (lt_graph_commands_get_modified (lt_prestation_editor_get_commands (f->editor)));

  /* the same through the « Dépend de » column: refused, said, nothing changed */
  {
    g_autofree char *text = g_strdup_printf ("%u", lt_step_graph_lookup (f->graph, l->to)->index + 1);
    g_assert_false (lt_prestation_editor_set_dependencies (f->editor, l->from, text));
    g_assert_nonnull (strstr (lt_prestation_editor_get_error (f->editor), "cycle"));
    g_assert_cmpuint (lt_step_graph_get_n_links (f->graph), ==, before);
  }

  save (f);
  g_assert_cmpuint (stored_links (f), ==, stored_before);
}

static void
test_delete_and_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GArray) links = lt_step_graph_dup_links (f->graph);
  LtGraphLink l;
  guint before = lt_step_graph_get_n_links (f->graph);
  guint from = 0, to = 0;
  double p[2];
  const LtGraphNode *a, *b;

  g_assert_cmpuint (links->len, >, 0);
  l = g_array_index (links, LtGraphLink, 0);

  /* click on the arrow: halfway between the two boxes' sides */
  a = lt_step_graph_lookup (f->graph, l.from);
  b = lt_step_graph_lookup (f->graph, l.to);
  {
    double ax, ay, bx, by;
    lt_dependency_canvas_model_to_widget (f->canvas, a->x + LT_STEP_GRAPH_BOX_WIDTH, a->y + LT_STEP_GRAPH_BOX_HEIGHT / 2, &ax, &ay);
    lt_dependency_canvas_model_to_widget (f->canvas, b->x, b->y + LT_STEP_GRAPH_BOX_HEIGHT / 2, &bx, &by);
    p[0] = (ax + bx) / 2;
    p[1] = (ay + by) / 2;
  }
  g_assert_true (lt_dependency_canvas_pick_link (f->canvas, p[0], p[1], &from, &to));
  drag (f, p[0], p[1], p[0], p[1]);
  g_assert_true (lt_dependency_canvas_get_selected_link (f->canvas, &from, &to));

  g_assert_true (press_key (f, GDK_KEY_Delete, 0));
  g_assert_false (lt_step_graph_has_link (f->graph, from, to, NULL));
  g_assert_cmpuint (lt_step_graph_get_n_links (f->graph), ==, before - 1);

  g_assert_true (press_key (f, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_true (lt_step_graph_has_link (f->graph, from, to, NULL));
  g_assert_true (press_key (f, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_false (lt_step_graph_has_link (f->graph, from, to, NULL));
  g_assert_true (press_key (f, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_true (lt_step_graph_has_link (f->graph, from, to, NULL));
  g_assert_false (lt_graph_commands_get_modified (lt_prestation_editor_get_commands (f->editor)));
}

static void
test_zoom_layout_screenshot (Fixture *f, gconstpointer data)
{
  g_autoptr(GArray) links = NULL;
  double zoom = lt_dependency_canvas_get_zoom (f->canvas);

  g_assert_true (press_key (f, GDK_KEY_plus, 0));
  g_assert_cmpfloat (lt_dependency_canvas_get_zoom (f->canvas), >, zoom);
  g_assert_true (press_key (f, GDK_KEY_minus, 0));
  g_assert_cmpfloat_with_epsilon (lt_dependency_canvas_get_zoom (f->canvas), zoom, 0.001);

  gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.auto-layout", NULL);
  settle (f);
  links = lt_step_graph_dup_links (f->graph);
  for (guint i = 0; i < links->len; i++)
    {
      const LtGraphLink *l = &g_array_index (links, LtGraphLink, i);
      g_assert_cmpfloat (lt_step_graph_lookup (f->graph, l->from)->x, <, lt_step_graph_lookup (f->graph, l->to)->x);
    }

  /* a few more steps, one demande, for the picture */
  lt_graph_commands_add_step (lt_prestation_editor_get_commands (f->editor), LT_STEP_KIND_REQUEST, "Relevés bancaires", 0, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.auto-layout", NULL);
  {
    guint from, to;
    valid_pair (f, 0, &from, &to);
    lt_dependency_canvas_link (f->canvas, from, to, 2);
  }
  settle (f);
  gtk_widget_queue_draw (f->window);
  settle (f);
  write_png (GTK_WIDGET (f->canvas), "catalogue-canvas.png");
  write_png (GTK_WIDGET (f->page), "catalogue-page.png");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  settle (f);
  write_png (GTK_WIDGET (f->canvas), "catalogue-canvas-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static void
collect (GtkWidget *root, GType type, GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (out, child);
      collect (child, type, out);
    }
}

/* The @nth widget of @type under @root, in tree order. */
static GtkWidget *
find_widget (GtkWidget *root, GType type, guint nth)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (root, type, found);
  return nth < found->len ? g_ptr_array_index (found, nth) : NULL;
}

static void
test_delete_step_confirmed (Fixture *f, gconstpointer data)
{
  g_autoptr(GArray) links = lt_step_graph_dup_links (f->graph);
  guint uid, n_nodes = lt_step_graph_get_n_nodes (f->graph), n_links = lt_step_graph_get_n_links (f->graph);
  g_autofree char *label = NULL;
  AdwMessageDialog *dialog = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_assert_cmpuint (links->len, >, 0);
  uid = g_array_index (links, LtGraphLink, 0).to;
  label = lt_step_graph_dup_label (f->graph, uid);
  lt_dependency_canvas_select_uid (f->canvas, uid);
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.delete-step", NULL);
  settle (f);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w))
        dialog = ADW_MESSAGE_DIALOG (w);
    }
  g_assert_nonnull (dialog);
  /* the confirmation names the step and the links that go with it */
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), label));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), " → "));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), label));

  adw_message_dialog_response (dialog, "delete");
  settle (f);
  g_assert_null (lt_step_graph_lookup (f->graph, uid));
  g_assert_cmpuint (lt_step_graph_get_n_nodes (f->graph), ==, n_nodes - 1);
  g_assert_null (lt_dependency_canvas_get_box (f->canvas, uid));

  g_assert_true (press_key (f, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_nonnull (lt_step_graph_lookup (f->graph, uid));
  g_assert_cmpuint (lt_step_graph_get_n_links (f->graph), ==, n_links);
  g_assert_nonnull (lt_dependency_canvas_get_box (f->canvas, uid));
}

static gboolean
second_box_has_focus (Fixture *f)
{
  return gtk_widget_is_focus (lt_dependency_canvas_get_box (f->canvas, lt_step_graph_get_nth (f->graph, 1)->uid));
}

static void
test_keyboard (Fixture *f, gconstpointer data)
{
  guint first = lt_step_graph_get_nth (f->graph, 0)->uid;
  guint second = lt_step_graph_get_nth (f->graph, 1)->uid;
  GtkWidget *popover, *list, *row;
  g_autoptr(GArray) targets = NULL;
  guint target;
  int n_rows = 0;

  /* Tab goes from a box to the next one, and selects it (the window's focus
   * widget: whether Xvfb made the window active yet is not the question) */
  lt_dependency_canvas_select_uid (f->canvas, first);
  settle (f);
  g_assert_true (gtk_widget_is_focus (lt_dependency_canvas_get_box (f->canvas, first)));
  g_signal_emit_by_name (f->window, "move-focus", GTK_DIR_TAB_FORWARD);
  /* twenty idle turns are not always enough on a loaded machine */
  wait_for (second_box_has_focus, f);
  g_assert_cmpuint (lt_dependency_canvas_get_selected_uid (f->canvas), ==, second);

  /* L opens « Lier à… » with the valid targets only */
  targets = lt_step_graph_dup_valid_targets (f->graph, second);
  g_assert_cmpuint (targets->len, >, 0);
  g_assert_true (press_key (f, GDK_KEY_l, 0));
  popover = find_widget (GTK_WIDGET (f->canvas), GTK_TYPE_POPOVER, 0);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  list = find_widget (popover, GTK_TYPE_LIST_BOX, 0);
  for (GtkWidget *c = gtk_widget_get_first_child (list); c; c = gtk_widget_get_next_sibling (c))
    n_rows += GTK_IS_LIST_BOX_ROW (c);
  g_assert_cmpint (n_rows, ==, targets->len);

  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  target = g_array_index (targets, guint, 0);
  g_signal_emit_by_name (list, "row-activated", row);
  settle (f);
  g_assert_true (lt_step_graph_has_link (f->graph, second, target, NULL));
}

static void
test_new_prestation (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *name_entry;
  GtkListView *prestations_view;
  GListModel *model;
  guint before;

  prestations_view = GTK_LIST_VIEW (find_widget (GTK_WIDGET (f->page), GTK_TYPE_LIST_VIEW, 1));
  model = G_LIST_MODEL (gtk_list_view_get_model (prestations_view));
  before = g_list_model_get_n_items (model);

  gtk_widget_activate_action (GTK_WIDGET (f->page), "page.new-prestation", NULL);
  settle (f);
  g_assert_cmpint (lt_prestation_get_id (lt_prestation_editor_get_prestation (f->editor)), ==, 0);

  /* no name: refused at the field, nothing written */
  g_assert_false (lt_prestation_editor_save (f->editor, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NAME_REQUIRED);
  g_clear_error (&error);
  name_entry = find_widget (GTK_WIDGET (f->editor), GTK_TYPE_ENTRY, 0);
  g_assert_true (gtk_widget_has_css_class (name_entry, "error"));

  gtk_editable_set_text (GTK_EDITABLE (name_entry), "Bilan de clôture");
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.add-task", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.add-request", NULL);
  g_assert_true (lt_prestation_editor_save (f->editor, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lt_prestation_get_id (lt_prestation_editor_get_prestation (f->editor)), >, 0);

  /* the list of the catégorie shows it */
  for (int i = 0; i < 100 && g_list_model_get_n_items (model) == before; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, before + 1);

  /* reorder the steps from the list side: the second goes first */
  {
    LtStepGraph *graph = lt_graph_commands_get_graph (lt_prestation_editor_get_commands (f->editor));
    guint second = lt_step_graph_get_nth (graph, 1)->uid;

    lt_dependency_canvas_select_uid (lt_prestation_editor_get_canvas (f->editor), second);
    gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.move-step-up", NULL);
    g_assert_cmpuint (lt_step_graph_get_nth (graph, 0)->uid, ==, second);
  }
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *dialog = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        dialog = ADW_MESSAGE_DIALOG (w);
    }
  return dialog;
}

static void
test_unsaved_changes_kept (Fixture *f, gconstpointer data)
{
  GtkListView *prestations_view = GTK_LIST_VIEW (find_widget (GTK_WIDGET (f->page), GTK_TYPE_LIST_VIEW, 1));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (prestations_view));
  GtkWidget *name_entry = find_widget (GTK_WIDGET (f->editor), GTK_TYPE_ENTRY, 0);
  guint other = GTK_INVALID_LIST_POSITION;
  AdwMessageDialog *dialog;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr(LtPrestation) p = g_list_model_get_item (G_LIST_MODEL (selection), i);
      if (lt_prestation_get_id (p) != f->prestation_id)
        other = i;
    }
  g_assert_cmpuint (other, !=, GTK_INVALID_LIST_POSITION);

  g_assert_false (lt_prestation_editor_get_modified (f->editor));
  gtk_editable_set_text (GTK_EDITABLE (name_entry), "Entrée en relation (nouvelle formule)");
  g_assert_true (lt_prestation_editor_get_modified (f->editor));

  /* choosing another prestation asks first; Cancel keeps what was typed */
  gtk_single_selection_set_selected (selection, other);
  settle (f);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  settle (f);
  g_assert_cmpint (lt_prestation_get_id (lt_prestation_editor_get_prestation (f->editor)), ==, f->prestation_id);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_entry)), ==, "Entrée en relation (nouvelle formule)");

  /* a graph change counts too; Save writes both, then goes on */
  lt_graph_commands_move_node (lt_prestation_editor_get_commands (f->editor),
                               lt_step_graph_get_nth (f->graph, 0)->uid, 500, 500);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  gtk_single_selection_set_selected (selection, other);
  settle (f);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "save");
  settle (f);
  g_assert_cmpint (lt_prestation_get_id (lt_prestation_editor_get_prestation (f->editor)), !=, f->prestation_id);
  {
    g_autoptr(GListModel) found = lt_store_list_prestations (f->store, 0, "nouvelle formule", FALSE);
    g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  }
}

static void
test_categories (Fixture *f, gconstpointer data)
{
  GtkListView *categories_view = GTK_LIST_VIEW (find_widget (GTK_WIDGET (f->page), GTK_TYPE_LIST_VIEW, 0));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (categories_view));
  GListModel *model = G_LIST_MODEL (selection);
  guint before = g_list_model_get_n_items (model);
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  /* a new catégorie through the page's dialog */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "page.add-category", NULL);
  settle (f);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  entry = adw_message_dialog_get_extra_child (dialog);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Social");
  adw_message_dialog_response (dialog, "ok");
  for (int i = 0; i < 100 && g_list_model_get_n_items (model) == before; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, before + 1);

  /* a catégorie that holds prestations is not deleted */
  gtk_single_selection_set_selected (selection, 0);
  settle (f);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "page.delete-category", NULL);
  settle (f);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, before + 1);

  /* the empty one is, once chosen */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LtCategory) c = g_list_model_get_item (model, i);
      if (g_str_equal (lt_category_get_name (c), "Social"))
        gtk_single_selection_set_selected (selection, i);
    }
  settle (f);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "page.delete-category", NULL);
  for (int i = 0; i < 100 && g_list_model_get_n_items (model) != before; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, before);
}

static void
test_fits_narrow_window (Fixture *f, gconstpointer data)
{
  int minimum = 0;

  /* the shell folds the window to 360 px: the page must allow it */
  gtk_widget_measure (GTK_WIDGET (f->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("minimum width of the page: %d px", minimum);
  g_assert_cmpint (minimum, <=, 360);
}

int
main (int argc, char **argv)
{
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, fn) g_test_add ("/ui-catalogue/" path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("link-through-actions", test_link_through_actions);
  ADD ("link-through-drag", test_link_through_drag);
  ADD ("cycle-refused", test_cycle_refused);
  ADD ("delete-and-undo", test_delete_and_undo);
  ADD ("delete-step-confirmed", test_delete_step_confirmed);
  ADD ("keyboard", test_keyboard);
  ADD ("new-prestation", test_new_prestation);
  ADD ("unsaved-changes-kept", test_unsaved_changes_kept);
  ADD ("categories", test_categories);
  ADD ("fits-narrow-window", test_fits_narrow_window);
  ADD ("zoom-layout-screenshot", test_zoom_layout_screenshot);
#undef ADD

  return g_test_run ();
}
