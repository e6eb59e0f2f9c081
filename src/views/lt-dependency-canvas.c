/* lt-dependency-canvas.c: steps as boxes, dependencies as arrows drawn under them */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-dependency-canvas"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "lt-dependency-canvas-private.h"
#include "lt-step-box.h"

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

void
lt_dependency_canvas_update_actions (LtDependencyCanvas *self)
{
  gboolean has = self->commands != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "canvas.undo", has && lt_graph_commands_can_undo (self->commands));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "canvas.redo", has && lt_graph_commands_can_redo (self->commands));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "canvas.delete-link", has && self->link_selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "canvas.link-to", has && self->selected_uid != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "canvas.rename", has && self->selected_uid != 0);
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

  lt_dependency_canvas_sync_children (self);
  lt_dependency_canvas_update_actions (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
lt_dependency_canvas_set_selected (LtDependencyCanvas *self,
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

  lt_dependency_canvas_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_UID]);
}

void
lt_dependency_canvas_zoom_around (LtDependencyCanvas *self,
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
  lt_dependency_canvas_update_actions (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
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
  lt_dependency_canvas_zoom_around (self, self->zoom * 1.25, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
}

static void
action_zoom_out (GtkWidget *widget, const char *name, GVariant *param)
{
  LtDependencyCanvas *self = LT_DEPENDENCY_CANVAS (widget);
  lt_dependency_canvas_zoom_around (self, self->zoom / 1.25, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
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
  lt_dependency_canvas_update_actions (self);
}

static void
action_rename (GtkWidget *widget, const char *name, GVariant *param)
{
  lt_dependency_canvas_rename_selected (LT_DEPENDENCY_CANVAS (widget));
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

  /* small enough that the paned below the steps list can give the canvas
   * what is left of an 800 px window: a larger minimum was allocated
   * anyway and pushed its buttons under the window's edge */
  *minimum = 120;
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
      /* a prestation opens whole when it can, never smaller than its
       * titles can be read: the canvas scrolls instead */
      zoom = max_x > 0 ? MIN (1.0, MIN (width / max_x, height / max_y)) : 1.0;
      self->zoom = CLAMP (zoom, lt_dependency_canvas_readable_zoom (self), 1.0);
      self->offset_x = self->offset_y = 0;
      lt_dependency_canvas_update_actions (self);
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
      lt_dependency_canvas_node_origin (self, node, &x, &y);
      lt_dependency_canvas_model_to_widget (self, x, y, &wx, &wy);
      transform = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (wx, wy));
      transform = gsk_transform_scale (transform, self->zoom, self->zoom);
      gtk_widget_allocate (value, (int) BOX_W, (int) BOX_H, -1, transform);
    }

  lt_dependency_canvas_allocate_children (self, width, height);
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
  gboolean result;
  int next;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return FALSE;
  if (lt_dependency_canvas_focus_arrows (self, focus_child, direction, &result))
    return result;
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
  lt_dependency_canvas_update_actions (self);
}

static void
lt_dependency_canvas_dispose (GObject *object)
{
  LtDependencyCanvas *self = (LtDependencyCanvas *) object;

  lt_dependency_canvas_set_commands (self, NULL);
  g_clear_pointer (&self->chooser, gtk_widget_unparent);
  lt_dependency_canvas_dispose_children (self);

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
  gtk_widget_class_install_action (widget_class, "canvas.rename", NULL, action_rename);

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
                                  _("Tab moves between steps, then the arrows; arrow keys move the selected step, L links it to another, Enter or F2 renames it, Delete removes the selected arrow."),
                                  -1);

  lt_dependency_canvas_add_controllers (self);

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
  lt_dependency_canvas_init_children (self);

  lt_dependency_canvas_update_actions (self);
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

  lt_dependency_canvas_set_selected (self, uid);
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
  lt_dependency_canvas_set_selected (self, 0);
  lt_dependency_canvas_sync_children (self);
  lt_dependency_canvas_update_actions (self);
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
  lt_dependency_canvas_zoom_around (self, zoom, 0, 0);
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
