/* lt-dependency-canvas-input.c: pointer, scroll and keys, mapped to the canvas's commands */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-dependency-canvas"

#include "config.h"

#include <math.h>

#include "lt-dependency-canvas-private.h"
#include "lt-step-box.h"

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
      lt_dependency_canvas_set_selected (self, self->drag_uid);
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
      lt_dependency_canvas_set_selected (self, 0);
      gtk_widget_grab_focus (GTK_WIDGET (self));
    }
  lt_dependency_canvas_update_actions (self);
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

      lt_dependency_canvas_zoom_around (self, self->zoom * (dy < 0 ? 1.1 : 1 / 1.1), w / 2.0, h / 2.0);
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
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_F2:
      if (self->selected_uid == 0) return FALSE;
      gtk_widget_activate_action (GTK_WIDGET (self), "canvas.rename", NULL);
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
    lt_dependency_canvas_set_selected (self, lt_step_box_get_uid (LT_STEP_BOX (focus)));
}

/* One drag gesture decides on drag-begin what the drag does; the handlers
 * use the signals' coordinates so that a test can emit them itself. */
void
lt_dependency_canvas_add_controllers (LtDependencyCanvas *self)
{
  GtkEventController *controller;

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
}
