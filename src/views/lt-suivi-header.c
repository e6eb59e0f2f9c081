/* lt-suivi-header.c: the suivi's column titles, above its list and scrolled sideways with it */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The titles stay above the list's scrolled window when the list scrolls
 * down. In a window narrower than the columns' least widths the list
 * scrolls sideways: its rows are then as wide as their least width, moved
 * left by its horizontal adjustment; the titles row is laid out and drawn
 * the same way here, so that each title stays above its column. The header asks
 * for no width of its own: the window can be as narrow as the list.
 *
 * A column is made wider or narrower by dragging the edge at the left of
 * its title, as in a column view: the title, which takes the room left,
 * gives or takes it. The widths are the list's LtSuiviColumns. */

#define G_LOG_DOMAIN "lt-views"

#include "config.h"

#include <math.h>

#include "lt-suivi-row.h"

/* a column's edge is the left of its title's cell, gripped from the
 * spacing before it (12 px, lt-suivi-row.c) to as far into the cell, where
 * its text begins */
#define EDGE_REACH 12

struct _LtSuiviHeader
{
  GtkWidget       parent_instance;
  GtkWidget      *titles;
  GtkAdjustment  *hadjustment;
  LtSuiviColumns *columns;
  int             dragged;        /* the column being resized, or -1 */
  int             drag_width;     /* its width when the drag began */
};

G_DEFINE_FINAL_TYPE (LtSuiviHeader, lt_suivi_header, GTK_TYPE_WIDGET)

static double
scroll_offset (LtSuiviHeader *self)
{
  return self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

static void
lt_suivi_header_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  LtSuiviHeader *self = LT_SUIVI_HEADER (widget);

  gtk_widget_measure (self->titles, orientation, orientation == GTK_ORIENTATION_VERTICAL ? -1 : for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = 0;
}

static void
lt_suivi_header_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  LtSuiviHeader *self = LT_SUIVI_HEADER (widget);
  int least;

  gtk_widget_measure (self->titles, GTK_ORIENTATION_HORIZONTAL, -1, &least, NULL, NULL, NULL);
  gtk_widget_allocate (self->titles, MAX (width, least), height, baseline, NULL);
}

/* Moved when drawn, not when allocated: the list's adjustment changes
 * while the list is allocated, after the header above it. */
static void
lt_suivi_header_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  LtSuiviHeader *self = LT_SUIVI_HEADER (widget);
  double offset = scroll_offset (self);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-(float) offset, 0));
  gtk_widget_snapshot_child (widget, self->titles, snapshot);
  gtk_snapshot_restore (snapshot);
}

/**
 * lt_suivi_header_column_at:
 * @x: a position in the header, as the pointer gives it
 *
 * Returns: the column whose title's left edge (the gap before it) is
 *   within reach of @x (it is resized by dragging that edge), or -1;
 *   never the first (the title).
 */
int
lt_suivi_header_column_at (LtSuiviHeader *self,
                           double         x)
{
  int column = 1;

  g_return_val_if_fail (LT_IS_SUIVI_HEADER (self), -1);

  x += scroll_offset (self);
  for (GtkWidget *cell = gtk_widget_get_next_sibling (gtk_widget_get_first_child (self->titles));
       cell != NULL;
       cell = gtk_widget_get_next_sibling (cell), column++)
    {
      graphene_point_t left;

      if (!gtk_widget_compute_point (cell, self->titles, &GRAPHENE_POINT_INIT (0, 0), &left))
        continue;
      if (fabs (x - left.x) <= EDGE_REACH)
        return column;
    }

  return -1;
}

static GtkWidget *
title_cell (LtSuiviHeader *self,
            int            column)
{
  GtkWidget *cell = gtk_widget_get_first_child (self->titles);

  for (int i = 0; i < column && cell != NULL; i++)
    cell = gtk_widget_get_next_sibling (cell);

  return cell;
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  LtSuiviHeader  *self)
{
  self->dragged = self->columns != NULL ? lt_suivi_header_column_at (self, x) : -1;
  if (self->dragged < 0)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->drag_width = gtk_widget_get_width (title_cell (self, self->dragged));
}

/* the edge follows the pointer: to the left, the column grows */
static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          dx,
                   double          dy,
                   LtSuiviHeader  *self)
{
  if (self->dragged >= 0)
    lt_suivi_columns_set_width (self->columns, self->dragged, self->drag_width - (int) round (dx));
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              LtSuiviHeader            *self)
{
  gboolean at_edge = self->columns != NULL && (self->dragged >= 0 || lt_suivi_header_column_at (self, x) >= 0);

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), at_edge ? "col-resize" : NULL);
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                LtSuiviHeader  *self)
{
  self->dragged = -1;
}

static void
lt_suivi_header_dispose (GObject *object)
{
  LtSuiviHeader *self = LT_SUIVI_HEADER (object);

  g_clear_pointer (&self->titles, gtk_widget_unparent);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, gtk_widget_queue_draw, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->columns);

  G_OBJECT_CLASS (lt_suivi_header_parent_class)->dispose (object);
}

static void
lt_suivi_header_class_init (LtSuiviHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_suivi_header_dispose;
  widget_class->measure = lt_suivi_header_measure;
  widget_class->size_allocate = lt_suivi_header_size_allocate;
  widget_class->snapshot = lt_suivi_header_snapshot;
}

static void
lt_suivi_header_init (LtSuiviHeader *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->dragged = -1;
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}

/**
 * lt_suivi_header_new:
 * @columns: (nullable): the widths of the list's columns, changed by
 *   dragging the titles' edges
 * @hadjustment: (nullable): the horizontal adjustment of the list's
 *   scrolled window
 *
 * Returns: (transfer floating): the column titles, moved sideways with the list
 */
GtkWidget *
lt_suivi_header_new (LtSuiviColumns *columns,
                     GtkAdjustment  *hadjustment)
{
  LtSuiviHeader *self = g_object_new (LT_TYPE_SUIVI_HEADER, NULL);

  g_return_val_if_fail (columns == NULL || LT_IS_SUIVI_COLUMNS (columns), NULL);
  g_return_val_if_fail (hadjustment == NULL || GTK_IS_ADJUSTMENT (hadjustment), NULL);

  if (columns != NULL)
    self->columns = g_object_ref (columns);
  self->titles = lt_suivi_row_new_titles (columns);
  gtk_widget_set_parent (self->titles, GTK_WIDGET (self));

  if (hadjustment != NULL)
    {
      self->hadjustment = g_object_ref (hadjustment);
      g_signal_connect_swapped (hadjustment, "value-changed", G_CALLBACK (gtk_widget_queue_draw), self);
    }

  return GTK_WIDGET (self);
}
