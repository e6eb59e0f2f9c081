/* lt-dependency-canvas.c: steps as boxes, dependencies as arrows drawn under them */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-dependency-canvas"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "lt-dependency-canvas.h"
#include "lt-step-box.h"

#define BOX_W LT_STEP_GRAPH_BOX_WIDTH
#define BOX_H LT_STEP_GRAPH_BOX_HEIGHT
#define MIN_ZOOM 0.25
#define MAX_ZOOM 3.0
#define KEY_STEP 16.0
#define CLICK_SLOP 3.0
#define ARROW_HIT 6.0

typedef enum {
  DRAG_NONE,
  DRAG_MOVE,
  DRAG_LINK,
  DRAG_PAN,
} DragMode;

struct _LtDependencyCanvas {
  GtkWidget        parent_instance;

  LtGraphCommands *commands;
  LtStepGraph     *graph;
  GHashTable      *boxes;          /* uid → LtStepBox */
  GtkWidget       *chooser;        /* « Lier à… » popover */
  GtkWidget       *chooser_list;
  GtkGesture      *drag;

  double           zoom;
  double           offset_x;
  double           offset_y;

  guint            selected_uid;
  gboolean         link_selected;
  guint            link_from;
  guint            link_to;

  DragMode         drag_mode;
  guint            drag_uid;
  double           drag_start_x;
  double           drag_start_y;
  double           drag_x;
  double           drag_y;
  double           drag_dx;        /* model units, while a box moves */
  double           drag_dy;
  double           pan_start_x;
  double           pan_start_y;
  guint            drop_uid;

  char            *last_message;
  gboolean         fit_pending;   /* zoom to fit at the next allocation */
};

G_DEFINE_FINAL_TYPE (LtDependencyCanvas, lt_dependency_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMMANDS,
  PROP_ZOOM,
  PROP_SELECTED_UID,
  N_PROPS
};

enum {
  MESSAGE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
say (LtDependencyCanvas *self,
     const char         *message)
{
  g_free (self->last_message);
  self->last_message = g_strdup (message);
  g_signal_emit (self, signals[MESSAGE], 0, message);
}

/* Where a box's top-left corner is, in model units, counting a drag. */
static void
node_origin (LtDependencyCanvas *self,
             const LtGraphNode  *node,
             double             *x,
             double             *y)
{
  *x = node->x;
  *y = node->y;
  if (self->drag_mode == DRAG_MOVE && node->uid == self->drag_uid)
    {
      *x += self->drag_dx;
      *y += self->drag_dy;
    }
}

void
lt_dependency_canvas_model_to_widget (LtDependencyCanvas *self,
                                      double              mx,
                                      double              my,
                                      double             *x,
                                      double             *y)
{
  *x = self->offset_x + mx * self->zoom;
  *y = self->offset_y + my * self->zoom;
}

/* The curve of a link, in widget coordinates: from the right side of its
 * source to the left side of its target. */
static void
link_curve (LtDependencyCanvas *self,
            const LtGraphLink  *link,
            double              p[8])
{
  const LtGraphNode *a = lt_step_graph_lookup (self->graph, link->from);
  const LtGraphNode *b = lt_step_graph_lookup (self->graph, link->to);
  double ax, ay, bx, by, bend;

  node_origin (self, a, &ax, &ay);
  node_origin (self, b, &bx, &by);
  lt_dependency_canvas_model_to_widget (self, ax + BOX_W, ay + BOX_H / 2, &p[0], &p[1]);
  lt_dependency_canvas_model_to_widget (self, bx, by + BOX_H / 2, &p[6], &p[7]);
  /* forward: a smooth S; backward (target left of source): a short hook
   * out of the source and into the target, not a loop across the canvas */
  if (p[6] >= p[0])
    bend = MAX (40.0 * self->zoom, (p[6] - p[0]) / 2);
  else
    bend = 60.0 * self->zoom;
  p[2] = p[0] + bend;
  p[3] = p[1];
  p[4] = p[6] - bend;
  p[5] = p[7];
}

static void
bezier_point (const double p[8],
              double       t,
              double      *x,
              double      *y)
{
  double u = 1 - t;

  *x = u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6];
  *y = u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5] + t * t * t * p[7];
}

static double
distance_to_segment (double px, double py,
                     double ax, double ay,
                     double bx, double by)
{
  double dx = bx - ax, dy = by - ay;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;

  t = CLAMP (t, 0, 1);
  return hypot (px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * lt_dependency_canvas_pick_link:
 *
 * The link whose curve passes within a few pixels of (@x, @y).
 */
gboolean
lt_dependency_canvas_pick_link (LtDependencyCanvas *self,
                                double              x,
                                double              y,
                                guint              *from,
                                guint              *to)
{
  g_autoptr(GArray) links = NULL;
  double best = ARROW_HIT;
  gboolean found = FALSE;

  g_return_val_if_fail (LT_IS_DEPENDENCY_CANVAS (self), FALSE);

  if (self->graph == NULL)
    return FALSE;

  links = lt_step_graph_dup_links (self->graph);
  for (guint i = 0; i < links->len; i++)
    {
      const LtGraphLink *l = &g_array_index (links, LtGraphLink, i);
      double p[8], px, py;

      link_curve (self, l, p);
      px = p[0];
      py = p[1];
      for (guint k = 1; k <= 24; k++)
        {
          double qx, qy, d;

          bezier_point (p, k / 24.0, &qx, &qy);
          d = distance_to_segment (x, y, px, py, qx, qy);
          if (d < best)
            {
              best = d;
              found = TRUE;
              *from = l->from;
              *to = l->to;
            }
          px = qx;
          py = qy;
        }
    }
  return found;
}

static void
update_actions (LtDependencyCanvas *self)
{
  gboolean has = self->commands != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "canvas.undo", has && lt_graph_commands_can_undo (self->commands));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "canvas.redo", has && lt_graph_commands_can_redo (self->commands));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "canvas.delete-link", has && self->link_selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "canvas.link-to", has && self->selected_uid != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "canvas.auto-layout", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "canvas.zoom-in", self->zoom < MAX_ZOOM);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "canvas.zoom-out", self->zoom > MIN_ZOOM);
}

static void
sync_boxes (LtDependencyCanvas *self)
{
  GHashTableIter iter;
  gpointer key, value;
  guint n;

  n = self->graph != NULL ? lt_step_graph_get_n_nodes (self->graph) : 0;

  /* drop the boxes of removed steps */
  g_hash_table_iter_init (&iter, self->boxes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (self->graph == NULL || lt_step_graph_lookup (self->graph, GPOINTER_TO_UINT (key)) == NULL)
      {
        gtk_widget_unparent (value);
        g_hash_table_iter_remove (&iter);
      }

  /* one box per step, in list order so that Tab follows the numbering */
  for (guint i = 0; i < n; i++)
    {
      const LtGraphNode *node = lt_step_graph_get_nth (self->graph, i);
      GtkWidget *box = g_hash_table_lookup (self->boxes, GUINT_TO_POINTER (node->uid));

      if (box == NULL)
        {
          box = lt_step_box_new (node->uid);
          g_hash_table_insert (self->boxes, GUINT_TO_POINTER (node->uid), box);
        }
      gtk_widget_insert_before (box, GTK_WIDGET (self), self->chooser);
      lt_step_box_sync (LT_STEP_BOX (box), self->graph);
      lt_step_box_set_selected (LT_STEP_BOX (box), node->uid == self->selected_uid);
    }

  if (self->selected_uid != 0 && (self->graph == NULL || lt_step_graph_lookup (self->graph, self->selected_uid) == NULL))
    self->selected_uid = 0;
  if (self->link_selected &&
      (self->graph == NULL || !lt_step_graph_has_link (self->graph, self->link_from, self->link_to, NULL)))
    self->link_selected = FALSE;

  update_actions (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_selected_uid (LtDependencyCanvas *self,
                  guint               uid)
{
  GtkWidget *box;

  if (self->selected_uid == uid)
    return;

  box = g_hash_table_lookup (self->boxes, GUINT_TO_POINTER (self->selected_uid));
  if (box != NULL)
    lt_step_box_set_selected (LT_STEP_BOX (box), FALSE);
  self->selected_uid = uid;
  box = g_hash_table_lookup (self->boxes, GUINT_TO_POINTER (uid));
  if (box != NULL)
    lt_step_box_set_selected (LT_STEP_BOX (box), TRUE);

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_UID]);
}

static LtStepBox *
box_at (LtDependencyCanvas *self,
        double              x,
        double              y,
        gboolean           *on_handle)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  GtkWidget *box;

  if (on_handle != NULL)
    *on_handle = FALSE;
  if (picked == NULL)
    return NULL;
  box = LT_IS_STEP_BOX (picked) ? picked : gtk_widget_get_ancestor (picked, LT_TYPE_STEP_BOX);
  if (box == NULL)
    return NULL;
  if (on_handle != NULL)
    {
      GtkWidget *handle = lt_step_box_get_handle (LT_STEP_BOX (box));
      *on_handle = picked == handle || gtk_widget_is_ancestor (picked, handle);
    }
  return LT_STEP_BOX (box);
}

static void
set_drop (LtDependencyCanvas *self,
          guint               uid,
          int                 state)
{
  GtkWidget *box;

  if (self->drop_uid != 0 && self->drop_uid != uid)
    {
      box = g_hash_table_lookup (self->boxes, GUINT_TO_POINTER (self->drop_uid));
      if (box != NULL)
        lt_step_box_set_drop (LT_STEP_BOX (box), 0);
    }
  self->drop_uid = uid;
  box = g_hash_table_lookup (self->boxes, GUINT_TO_POINTER (uid));
  if (box != NULL)
    lt_step_box_set_drop (LT_STEP_BOX (box), state);
}

/* Gestures: thin, they call the commands the tests drive. */

static void
on_drag_begin_cb (GtkGestureDrag     *gesture,
                  double              x,
                  double              y,
                  LtDependencyCanvas *self)
{
  gboolean on_handle = FALSE;
  LtStepBox *box;
  guint from, to;

  self->drag_start_x = self->drag_x = x;
  self->drag_start_y = self->drag_y = y;
  self->drag_dx = self->drag_dy = 0;
  self->drag_mode = DRAG_NONE;

  if (self->graph == NULL)
    return;

  box = box_at (self, x, y, &on_handle);
  if (box != NULL)
    {
      self->drag_uid = lt_step_box_get_uid (box);
      self->drag_mode = on_handle ? DRAG_LINK : DRAG_MOVE;
      self->link_selected = FALSE;
      set_selected_uid (self, self->drag_uid);
      gtk_widget_grab_focus (GTK_WIDGET (box));
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
  else if (lt_dependency_canvas_pick_link (self, x, y, &from, &to))
    {
      lt_dependency_canvas_select_link (self, from, to);
      gtk_widget_grab_focus (GTK_WIDGET (self));
    }
  else
    {
      self->drag_mode = DRAG_PAN;
      self->pan_start_x = self->offset_x;
      self->pan_start_y = self->offset_y;
      self->link_selected = FALSE;
      set_selected_uid (self, 0);
      gtk_widget_grab_focus (GTK_WIDGET (self));
    }
  update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_update_cb (GtkGestureDrag     *gesture,
                   double              offset_x,
                   double              offset_y,
                   LtDependencyCanvas *self)
{
  self->drag_x = self->drag_start_x + offset_x;
  self->drag_y = self->drag_start_y + offset_y;

  switch (self->drag_mode)
    {
    case DRAG_MOVE:
      self->drag_dx = offset_x / self->zoom;
      self->drag_dy = offset_y / self->zoom;
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      break;

    case DRAG_LINK:
      {
        LtStepBox *target = box_at (self, self->drag_x, self->drag_y, NULL);
        guint uid = target != NULL ? lt_step_box_get_uid (target) : 0;

        if (uid != 0 && uid != self->drag_uid)
          set_drop (self, uid, lt_step_graph_check_link (self->graph, self->drag_uid, uid, 0, NULL) ? 1 : -1);
        else
          set_drop (self, 0, 0);
      }
      break;

    case DRAG_PAN:
      self->offset_x = self->pan_start_x + offset_x;
      self->offset_y = self->pan_start_y + offset_y;
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      break;

    case DRAG_NONE:
    default:
      break;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_end_cb (GtkGestureDrag     *gesture,
                double              offset_x,
                double              offset_y,
                LtDependencyCanvas *self)
{
  DragMode mode = self->drag_mode;
  guint uid = self->drag_uid;

  self->drag_x = self->drag_start_x + offset_x;
  self->drag_y = self->drag_start_y + offset_y;
  self->drag_mode = DRAG_NONE;
  set_drop (self, 0, 0);

  if (mode == DRAG_MOVE && hypot (offset_x, offset_y) >= CLICK_SLOP)
    {
      const LtGraphNode *node = lt_step_graph_lookup (self->graph, uid);

      if (node != NULL)
        lt_graph_commands_move_node (self->commands, uid,
                                     MAX (0, node->x + offset_x / self->zoom),
                                     MAX (0, node->y + offset_y / self->zoom));
    }
  else if (mode == DRAG_LINK)
    {
      LtStepBox *target = box_at (self, self->drag_x, self->drag_y, NULL);

      if (target != NULL && lt_step_box_get_uid (target) != uid)
        lt_dependency_canvas_link (self, uid, lt_step_box_get_uid (target), 0);
      else if (target != NULL)
        lt_dependency_canvas_link (self, uid, uid, 0);
    }

  self->drag_dx = self->drag_dy = 0;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_around (LtDependencyCanvas *self,
             double              zoom,
             double              cx,
             double              cy)
{
  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  if (zoom == self->zoom)
    return;
  self->offset_x = cx - (cx - self->offset_x) * zoom / self->zoom;
  self->offset_y = cy - (cy - self->offset_y) * zoom / self->zoom;
  self->zoom = zoom;
  update_actions (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              LtDependencyCanvas       *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (state & GDK_CONTROL_MASK)
    {
      int w = gtk_widget_get_width (GTK_WIDGET (self));
      int h = gtk_widget_get_height (GTK_WIDGET (self));

      zoom_around (self, self->zoom * (dy < 0 ? 1.1 : 1 / 1.1), w / 2.0, h / 2.0);
      return TRUE;
    }

  self->offset_x -= dx * 32;
  self->offset_y -= dy * 32;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
move_selected_by (LtDependencyCanvas *self,
                  double              dx,
                  double              dy)
{
  const LtGraphNode *node = lt_step_graph_lookup (self->graph, self->selected_uid);

  if (node != NULL)
    lt_graph_commands_move_node (self->commands, node->uid, MAX (0, node->x + dx), MAX (0, node->y + dy));
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   LtDependencyCanvas    *self)
{
  gboolean ctrl = (state & GDK_CONTROL_MASK) != 0;
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;

  if (self->commands == NULL)
    return FALSE;

  if (ctrl && (keyval == GDK_KEY_z || keyval == GDK_KEY_Z))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), shift ? "canvas.redo" : "canvas.undo", NULL);
      return TRUE;
    }
  if (ctrl && (keyval == GDK_KEY_y || keyval == GDK_KEY_Y))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "canvas.redo", NULL);
      return TRUE;
    }
  if (ctrl)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      if (!self->link_selected)
        return FALSE;
      gtk_widget_activate_action (GTK_WIDGET (self), "canvas.delete-link", NULL);
      return TRUE;
    case GDK_KEY_Left:
      if (self->selected_uid == 0) return FALSE;
      move_selected_by (self, -KEY_STEP, 0);
      return TRUE;
    case GDK_KEY_Right:
      if (self->selected_uid == 0) return FALSE;
      move_selected_by (self, KEY_STEP, 0);
      return TRUE;
    case GDK_KEY_Up:
      if (self->selected_uid == 0) return FALSE;
      move_selected_by (self, 0, -KEY_STEP);
      return TRUE;
    case GDK_KEY_Down:
      if (self->selected_uid == 0) return FALSE;
      move_selected_by (self, 0, KEY_STEP);
      return TRUE;
    case GDK_KEY_l:
    case GDK_KEY_L:
      gtk_widget_activate_action (GTK_WIDGET (self), "canvas.link-to", NULL);
      return TRUE;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      gtk_widget_activate_action (GTK_WIDGET (self), "canvas.zoom-in", NULL);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      gtk_widget_activate_action (GTK_WIDGET (self), "canvas.zoom-out", NULL);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_focus_enter_cb (LtDependencyCanvas *self,
                   GParamSpec         *pspec,
                   GtkWidget          *unused)
{
  GtkWidget *focus;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (root == NULL)
    return;
  focus = gtk_root_get_focus (root);
  if (focus != NULL && LT_IS_STEP_BOX (focus) && gtk_widget_get_parent (focus) == GTK_WIDGET (self))
    set_selected_uid (self, lt_step_box_get_uid (LT_STEP_BOX (focus)));
}

static void
on_chooser_row_activated_cb (GtkListBox         *list,
                             GtkListBoxRow      *row,
                             LtDependencyCanvas *self)
{
  guint to = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "uid"));

  gtk_popover_popdown (GTK_POPOVER (self->chooser));
  lt_dependency_canvas_link (self, self->selected_uid, to, 0);
}

/* Actions */

static void
action_undo (GtkWidget *widget, const char *name, GVariant *param)
{
  LtDependencyCanvas *self = LT_DEPENDENCY_CANVAS (widget);
  lt_graph_commands_undo (self->commands);
}

static void
action_redo (GtkWidget *widget, const char *name, GVariant *param)
{
  LtDependencyCanvas *self = LT_DEPENDENCY_CANVAS (widget);
  lt_graph_commands_redo (self->commands);
}

static void
action_zoom_in (GtkWidget *widget, const char *name, GVariant *param)
{
  LtDependencyCanvas *self = LT_DEPENDENCY_CANVAS (widget);
  zoom_around (self, self->zoom * 1.25, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
}

static void
action_zoom_out (GtkWidget *widget, const char *name, GVariant *param)
{
  LtDependencyCanvas *self = LT_DEPENDENCY_CANVAS (widget);
  zoom_around (self, self->zoom / 1.25, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
}

static void
action_auto_layout (GtkWidget *widget, const char *name, GVariant *param)
{
  LtDependencyCanvas *self = LT_DEPENDENCY_CANVAS (widget);
  g_autoptr(GError) error = NULL;

  if (!lt_graph_commands_auto_layout (self->commands, &error))
    say (self, error->message);
  self->fit_pending = TRUE;
  gtk_widget_queue_allocate (widget);
}

static void
action_delete_link (GtkWidget *widget, const char *name, GVariant *param)
{
  LtDependencyCanvas *self = LT_DEPENDENCY_CANVAS (widget);
  g_autoptr(GError) error = NULL;

  if (!self->link_selected)
    return;
  self->link_selected = FALSE;
  if (!lt_graph_commands_remove_link (self->commands, self->link_from, self->link_to, &error))
    say (self, error->message);
  update_actions (self);
}

static void
action_add_link (GtkWidget *widget, const char *name, GVariant *param)
{
  guint from, to;

  g_variant_get (param, "(uu)", &from, &to);
  lt_dependency_canvas_link (LT_DEPENDENCY_CANVAS (widget), from, to, 0);
}

static void
action_link_to (GtkWidget *widget, const char *name, GVariant *param)
{
  LtDependencyCanvas *self = LT_DEPENDENCY_CANVAS (widget);
  g_autoptr(GArray) targets = NULL;
  g_autofree char *label = NULL;
  GtkWidget *child;
  GtkWidget *box;
  GdkRectangle rect = { 0, 0, 1, 1 };
  graphene_point_t p;

  if (self->selected_uid == 0 || self->graph == NULL)
    return;

  label = lt_step_graph_dup_label (self->graph, self->selected_uid);
  targets = lt_step_graph_dup_valid_targets (self->graph, self->selected_uid);
  if (targets->len == 0)
    {
      g_autofree char *msg = g_strdup_printf (_("No other step can depend on %s without making a cycle."), label);
      say (self, msg);
      return;
    }

  while ((child = gtk_widget_get_first_child (self->chooser_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->chooser_list), child);
  for (guint i = 0; i < targets->len; i++)
    {
      guint uid = g_array_index (targets, guint, i);
      const LtGraphNode *node = lt_step_graph_lookup (self->graph, uid);
      g_autofree char *target_label = lt_step_graph_dup_label (self->graph, uid);
      g_autofree char *text = g_strdup_printf ("%s — %s", target_label, node->title);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *row_label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (row_label), 0);
      gtk_widget_set_margin_start (row_label, 6);
      gtk_widget_set_margin_end (row_label, 6);
      gtk_widget_set_margin_top (row_label, 6);
      gtk_widget_set_margin_bottom (row_label, 6);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), row_label);
      g_object_set_data (G_OBJECT (row), "uid", GUINT_TO_POINTER (uid));
      gtk_list_box_append (GTK_LIST_BOX (self->chooser_list), row);
    }

  box = g_hash_table_lookup (self->boxes, GUINT_TO_POINTER (self->selected_uid));
  if (box != NULL && gtk_widget_compute_point (box, widget, &GRAPHENE_POINT_INIT (BOX_W, BOX_H / 2), &p))
    {
      rect.x = (int) p.x;
      rect.y = (int) p.y;
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->chooser), &rect);
  gtk_popover_popup (GTK_POPOVER (self->chooser));
}

/* Drawing */

static void
draw_arrow (cairo_t     *cr,
            const double p[8],
            double       width,
            double       zoom)
{
  double angle = atan2 (p[7] - p[5], p[6] - p[4]);
  double head = 10 * zoom;

  cairo_set_line_width (cr, width);
  cairo_move_to (cr, p[0], p[1]);
  /* stop the line at the arrowhead's base so its tip stays sharp */
  cairo_curve_to (cr, p[2], p[3], p[4], p[5],
                  p[6] - head * 0.8 * cos (angle), p[7] - head * 0.8 * sin (angle));
  cairo_stroke (cr);

  cairo_move_to (cr, p[6], p[7]);
  cairo_line_to (cr, p[6] - head * cos (angle - 0.4), p[7] - head * sin (angle - 0.4));
  cairo_line_to (cr, p[6] - head * cos (angle + 0.4), p[7] - head * sin (angle + 0.4));
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
lt_dependency_canvas_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  LtDependencyCanvas *self = LT_DEPENDENCY_CANVAS (widget);
  g_autoptr(GArray) links = NULL;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA fg, accent;
  cairo_t *cr;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* libadwaita's accent colour, lighter on a dark background */
  gdk_rgba_parse (&accent, dark ? "#78aeed" : "#1c71d8");

  if (self->graph != NULL && width > 0 && height > 0)
    {
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

      links = lt_step_graph_dup_links (self->graph);
      for (guint i = 0; i < links->len; i++)
        {
          const LtGraphLink *l = &g_array_index (links, LtGraphLink, i);
          gboolean selected = self->link_selected && l->from == self->link_from && l->to == self->link_to;
          double p[8];

          link_curve (self, l, p);
          if (selected)
            gdk_cairo_set_source_rgba (cr, &accent);
          else
            cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.55);
          draw_arrow (cr, p, (selected ? 3.5 : 2.0) * MAX (self->zoom, 0.5), self->zoom);

          if (l->lag_days > 0)
            {
              /* TRANSLATORS: the lag written on an arrow, in working days */
              g_autofree char *text = g_strdup_printf (_("+%d d"), l->lag_days);
              PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
              int tw, th;
              double mx, my;

              bezier_point (p, 0.5, &mx, &my);
              pango_layout_get_pixel_size (layout, &tw, &th);
              cairo_save (cr);
              cairo_translate (cr, mx, my);
              cairo_scale (cr, MAX (self->zoom, 0.6), MAX (self->zoom, 0.6));
              cairo_rectangle (cr, -tw / 2.0 - 4, -th / 2.0 - 1, tw + 8, th + 2);
              if (dark)
                cairo_set_source_rgba (cr, 0.19, 0.19, 0.21, 0.95);
              else
                cairo_set_source_rgba (cr, 1, 1, 1, 0.95);
              cairo_fill_preserve (cr);
              cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, selected ? 1 : 0.55);
              cairo_set_line_width (cr, 1);
              cairo_stroke (cr);
              gdk_cairo_set_source_rgba (cr, &fg);
              cairo_move_to (cr, -tw / 2.0, -th / 2.0);
              pango_cairo_show_layout (cr, layout);
              cairo_restore (cr);
              g_object_unref (layout);
            }
        }

      /* the arrow being drawn follows the pointer */
      if (self->drag_mode == DRAG_LINK)
        {
          const LtGraphNode *a = lt_step_graph_lookup (self->graph, self->drag_uid);

          if (a != NULL)
            {
              double p[8];
              double dashes[] = { 6, 4 };

              lt_dependency_canvas_model_to_widget (self, a->x + BOX_W, a->y + BOX_H / 2, &p[0], &p[1]);
              p[6] = self->drag_x;
              p[7] = self->drag_y;
              p[2] = p[0] + 40 * self->zoom;
              p[3] = p[1];
              p[4] = p[6] - 40 * self->zoom;
              p[5] = p[7];
              gdk_cairo_set_source_rgba (cr, &accent);
              cairo_set_dash (cr, dashes, 2, 0);
              draw_arrow (cr, p, 2.5, self->zoom);
            }
        }

      cairo_destroy (cr);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}

static void
lt_dependency_canvas_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  LtDependencyCanvas *self = LT_DEPENDENCY_CANVAS (widget);
  double extent = 0;

  if (self->graph != NULL)
    for (guint i = 0; i < lt_step_graph_get_n_nodes (self->graph); i++)
      {
        const LtGraphNode *node = lt_step_graph_get_nth (self->graph, i);
        double end = orientation == GTK_ORIENTATION_HORIZONTAL ? node->x + BOX_W : node->y + BOX_H;
        extent = MAX (extent, end);
      }

  *minimum = 200;
  *natural = MAX (200, (int) ((extent + LT_STEP_GRAPH_GAP_Y) * self->zoom));
}

static void
lt_dependency_canvas_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  LtDependencyCanvas *self = LT_DEPENDENCY_CANVAS (widget);
  GHashTableIter iter;
  gpointer key, value;

  if (self->fit_pending && width > 0 && height > 0 && self->graph != NULL)
    {
      double max_x = 0, max_y = 0, zoom;

      self->fit_pending = FALSE;
      for (guint i = 0; i < lt_step_graph_get_n_nodes (self->graph); i++)
        {
          const LtGraphNode *node = lt_step_graph_get_nth (self->graph, i);
          max_x = MAX (max_x, node->x + BOX_W + LT_STEP_GRAPH_GAP_Y);
          max_y = MAX (max_y, node->y + BOX_H + LT_STEP_GRAPH_GAP_Y);
        }
      /* a prestation opens whole when it can, never smaller than half size */
      zoom = max_x > 0 ? MIN (1.0, MIN (width / max_x, height / max_y)) : 1.0;
      self->zoom = CLAMP (zoom, 0.5, 1.0);
      self->offset_x = self->offset_y = 0;
      update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }

  g_hash_table_iter_init (&iter, self->boxes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const LtGraphNode *node = lt_step_graph_lookup (self->graph, GPOINTER_TO_UINT (key));
      GskTransform *transform;
      double x, y, wx, wy;

      if (node == NULL)
        continue;
      node_origin (self, node, &x, &y);
      lt_dependency_canvas_model_to_widget (self, x, y, &wx, &wy);
      transform = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (wx, wy));
      transform = gsk_transform_scale (transform, self->zoom, self->zoom);
      gtk_widget_allocate (value, (int) BOX_W, (int) BOX_H, -1, transform);
    }

  gtk_popover_present (GTK_POPOVER (self->chooser));
}

/* Tab and Shift+Tab walk the boxes in the order of the list (the numbers
 * users read), whatever their place on the canvas. */
static gboolean
lt_dependency_canvas_focus (GtkWidget        *widget,
                            GtkDirectionType  direction)
{
  LtDependencyCanvas *self = LT_DEPENDENCY_CANVAS (widget);
  GtkWidget *focus_child = gtk_widget_get_focus_child (widget);
  guint n = self->graph != NULL ? lt_step_graph_get_n_nodes (self->graph) : 0;
  int next;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return FALSE;
  if (n == 0)
    {
      if (gtk_widget_has_focus (widget))
        return FALSE;
      return gtk_widget_grab_focus (widget);
    }

  if (focus_child != NULL && LT_IS_STEP_BOX (focus_child))
    {
      const LtGraphNode *node = lt_step_graph_lookup (self->graph, lt_step_box_get_uid (LT_STEP_BOX (focus_child)));

      if (node == NULL)
        return FALSE;
      next = (int) node->index + (direction == GTK_DIR_TAB_FORWARD ? 1 : -1);
      if (next < 0 || next >= (int) n)
        return FALSE;
    }
  else
    next = direction == GTK_DIR_TAB_FORWARD ? 0 : (int) n - 1;

  lt_dependency_canvas_select_uid (self, lt_step_graph_get_nth (self->graph, next)->uid);
  return TRUE;
}

static void
on_graph_changed_cb (LtDependencyCanvas *self)
{
  sync_boxes (self);
}

static void
on_commands_notify_cb (LtDependencyCanvas *self)
{
  update_actions (self);
}

static void
lt_dependency_canvas_dispose (GObject *object)
{
  LtDependencyCanvas *self = (LtDependencyCanvas *) object;

  lt_dependency_canvas_set_commands (self, NULL);
  g_clear_pointer (&self->chooser, gtk_widget_unparent);

  G_OBJECT_CLASS (lt_dependency_canvas_parent_class)->dispose (object);
}

static void
lt_dependency_canvas_finalize (GObject *object)
{
  LtDependencyCanvas *self = (LtDependencyCanvas *) object;

  g_clear_pointer (&self->boxes, g_hash_table_unref);
  g_clear_pointer (&self->last_message, g_free);

  G_OBJECT_CLASS (lt_dependency_canvas_parent_class)->finalize (object);
}

static void
lt_dependency_canvas_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LtDependencyCanvas *self = LT_DEPENDENCY_CANVAS (object);

  switch (prop_id)
    {
    case PROP_COMMANDS:
      g_value_set_object (value, self->commands);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_SELECTED_UID:
      g_value_set_uint (value, self->selected_uid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_dependency_canvas_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LtDependencyCanvas *self = LT_DEPENDENCY_CANVAS (object);

  switch (prop_id)
    {
    case PROP_COMMANDS:
      lt_dependency_canvas_set_commands (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      lt_dependency_canvas_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_dependency_canvas_class_init (LtDependencyCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  object_class->dispose = lt_dependency_canvas_dispose;
  object_class->finalize = lt_dependency_canvas_finalize;
  object_class->get_property = lt_dependency_canvas_get_property;
  object_class->set_property = lt_dependency_canvas_set_property;

  widget_class->snapshot = lt_dependency_canvas_snapshot;
  widget_class->measure = lt_dependency_canvas_measure;
  widget_class->size_allocate = lt_dependency_canvas_size_allocate;
  widget_class->focus = lt_dependency_canvas_focus;

  properties[PROP_COMMANDS] =
    g_param_spec_object ("commands", NULL, NULL, LT_TYPE_GRAPH_COMMANDS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_UID] =
    g_param_spec_uint ("selected-uid", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LtDependencyCanvas::message:
   *
   * Something to tell the user: a refused link and why (shown in a toast).
   */
  signals[MESSAGE] = g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "canvas.undo", NULL, action_undo);
  gtk_widget_class_install_action (widget_class, "canvas.redo", NULL, action_redo);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-in", NULL, action_zoom_in);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-out", NULL, action_zoom_out);
  gtk_widget_class_install_action (widget_class, "canvas.auto-layout", NULL, action_auto_layout);
  gtk_widget_class_install_action (widget_class, "canvas.delete-link", NULL, action_delete_link);
  gtk_widget_class_install_action (widget_class, "canvas.link-to", NULL, action_link_to);
  gtk_widget_class_install_action (widget_class, "canvas.add-link", "(uu)", action_add_link);

  gtk_widget_class_set_css_name (widget_class, "ltdependencycanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/ui/lt-dependency-canvas.css");
  if (gdk_display_get_default () != NULL)
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
lt_dependency_canvas_init (LtDependencyCanvas *self)
{
  GtkEventController *controller;
  GtkWidget *scroller;

  self->zoom = 1.0;
  self->boxes = g_hash_table_new (NULL, NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Dependencies"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Tab moves between steps, arrow keys move the selected step, L links it to another, Delete removes the selected arrow."),
                                  -1);

  self->drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (self->drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (self->drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (self->drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drag));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (on_focus_enter_cb), self);
  g_signal_connect_swapped (controller, "notify::contains-focus", G_CALLBACK (on_focus_enter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  /* « Lier à… »: the steps that may depend on the selected one */
  self->chooser = gtk_popover_new ();
  self->chooser_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->chooser_list), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chooser_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Link to…"), -1);
  g_signal_connect (self->chooser_list, "row-activated", G_CALLBACK (on_chooser_row_activated_cb), self);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->chooser_list);
  gtk_popover_set_child (GTK_POPOVER (self->chooser), scroller);
  gtk_widget_set_parent (self->chooser, GTK_WIDGET (self));

  update_actions (self);
}

GtkWidget *
lt_dependency_canvas_new (void)
{
  return g_object_new (LT_TYPE_DEPENDENCY_CANVAS, NULL);
}

/**
 * lt_dependency_canvas_get_commands:
 *
 * Returns: (transfer none) (nullable):
 */
LtGraphCommands *
lt_dependency_canvas_get_commands (LtDependencyCanvas *self)
{
  g_return_val_if_fail (LT_IS_DEPENDENCY_CANVAS (self), NULL);
  return self->commands;
}

void
lt_dependency_canvas_set_commands (LtDependencyCanvas *self,
                                   LtGraphCommands    *commands)
{
  g_return_if_fail (LT_IS_DEPENDENCY_CANVAS (self));
  g_return_if_fail (commands == NULL || LT_IS_GRAPH_COMMANDS (commands));

  if (self->commands == commands)
    return;

  if (self->commands != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->graph, self);
      g_signal_handlers_disconnect_by_data (self->commands, self);
    }
  g_clear_object (&self->graph);
  g_set_object (&self->commands, commands);
  self->selected_uid = 0;
  self->link_selected = FALSE;
  self->drag_mode = DRAG_NONE;
  self->offset_x = self->offset_y = 0;
  self->fit_pending = commands != NULL;

  if (commands != NULL)
    {
      self->graph = g_object_ref (lt_graph_commands_get_graph (commands));
      g_signal_connect_swapped (self->graph, "changed", G_CALLBACK (on_graph_changed_cb), self);
      g_signal_connect_swapped (self->commands, "notify::can-undo", G_CALLBACK (on_commands_notify_cb), self);
      g_signal_connect_swapped (self->commands, "notify::can-redo", G_CALLBACK (on_commands_notify_cb), self);
    }

  sync_boxes (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMANDS]);
}

/**
 * lt_dependency_canvas_get_box:
 *
 * Returns: (transfer none) (nullable): the box of step @uid
 */
GtkWidget *
lt_dependency_canvas_get_box (LtDependencyCanvas *self,
                              guint               uid)
{
  g_return_val_if_fail (LT_IS_DEPENDENCY_CANVAS (self), NULL);
  return g_hash_table_lookup (self->boxes, GUINT_TO_POINTER (uid));
}

guint
lt_dependency_canvas_get_selected_uid (LtDependencyCanvas *self)
{
  g_return_val_if_fail (LT_IS_DEPENDENCY_CANVAS (self), 0);
  return self->selected_uid;
}

void
lt_dependency_canvas_select_uid (LtDependencyCanvas *self,
                                 guint               uid)
{
  GtkWidget *box;

  g_return_if_fail (LT_IS_DEPENDENCY_CANVAS (self));

  set_selected_uid (self, uid);
  box = g_hash_table_lookup (self->boxes, GUINT_TO_POINTER (uid));
  if (box != NULL)
    gtk_widget_grab_focus (box);
}

gboolean
lt_dependency_canvas_get_selected_link (LtDependencyCanvas *self,
                                        guint              *from,
                                        guint              *to)
{
  g_return_val_if_fail (LT_IS_DEPENDENCY_CANVAS (self), FALSE);

  if (self->link_selected)
    {
      *from = self->link_from;
      *to = self->link_to;
    }
  return self->link_selected;
}

void
lt_dependency_canvas_select_link (LtDependencyCanvas *self,
                                  guint               from,
                                  guint               to)
{
  g_return_if_fail (LT_IS_DEPENDENCY_CANVAS (self));

  self->link_selected = self->graph != NULL && lt_step_graph_has_link (self->graph, from, to, NULL);
  self->link_from = from;
  self->link_to = to;
  set_selected_uid (self, 0);
  update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
lt_dependency_canvas_get_zoom (LtDependencyCanvas *self)
{
  g_return_val_if_fail (LT_IS_DEPENDENCY_CANVAS (self), 1.0);
  return self->zoom;
}

void
lt_dependency_canvas_set_zoom (LtDependencyCanvas *self,
                               double              zoom)
{
  g_return_if_fail (LT_IS_DEPENDENCY_CANVAS (self));
  zoom_around (self, zoom, 0, 0);
}

/**
 * lt_dependency_canvas_get_drag_gesture:
 *
 * Returns: (transfer none): the one drag gesture (tests emit its signals)
 */
GtkGesture *
lt_dependency_canvas_get_drag_gesture (LtDependencyCanvas *self)
{
  g_return_val_if_fail (LT_IS_DEPENDENCY_CANVAS (self), NULL);
  return self->drag;
}

/**
 * lt_dependency_canvas_link:
 *
 * Makes @to depend on @from through the commands (undoable); a refusal is
 * said through LtDependencyCanvas::message, naming the cycle.
 */
gboolean
lt_dependency_canvas_link (LtDependencyCanvas *self,
                           guint               from,
                           guint               to,
                           int                 lag_days)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LT_IS_DEPENDENCY_CANVAS (self), FALSE);

  if (self->commands == NULL)
    return FALSE;
  if (!lt_graph_commands_add_link (self->commands, from, to, lag_days, &error))
    {
      say (self, error->message);
      return FALSE;
    }
  lt_dependency_canvas_select_link (self, from, to);
  return TRUE;
}

const char *
lt_dependency_canvas_get_last_message (LtDependencyCanvas *self)
{
  g_return_val_if_fail (LT_IS_DEPENDENCY_CANVAS (self), NULL);
  return self->last_message;
}
