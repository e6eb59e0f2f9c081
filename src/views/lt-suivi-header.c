/* lt-suivi-header.c: the suivi's column titles, above its list and scrolled sideways with it */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The titles stay above the list's scrolled window when the list scrolls
 * down. In a window narrower than the columns' least widths the list
 * scrolls sideways: its rows are then as wide as their least width, moved
 * left by its horizontal adjustment; the titles row is laid out and drawn
 * the same way here, so that each title stays above its column. The header asks
 * for no width of its own: the window can be as narrow as the list. */

#define G_LOG_DOMAIN "lt-views"

#include "config.h"

#include "lt-suivi-row.h"

struct _LtSuiviHeader
{
  GtkWidget      parent_instance;
  GtkWidget     *titles;
  GtkAdjustment *hadjustment;
};

G_DEFINE_FINAL_TYPE (LtSuiviHeader, lt_suivi_header, GTK_TYPE_WIDGET)

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
  double offset = self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-(float) offset, 0));
  gtk_widget_snapshot_child (widget, self->titles, snapshot);
  gtk_snapshot_restore (snapshot);
}

static void
lt_suivi_header_dispose (GObject *object)
{
  LtSuiviHeader *self = LT_SUIVI_HEADER (object);

  g_clear_pointer (&self->titles, gtk_widget_unparent);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, gtk_widget_queue_draw, self);
  g_clear_object (&self->hadjustment);

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
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  self->titles = lt_suivi_row_new_titles ();
  gtk_widget_set_parent (self->titles, GTK_WIDGET (self));
}

/**
 * lt_suivi_header_new:
 * @hadjustment: (nullable): the horizontal adjustment of the list's
 *   scrolled window
 *
 * Returns: (transfer floating): the column titles, moved sideways with the list
 */
GtkWidget *
lt_suivi_header_new (GtkAdjustment *hadjustment)
{
  LtSuiviHeader *self = g_object_new (LT_TYPE_SUIVI_HEADER, NULL);

  g_return_val_if_fail (hadjustment == NULL || GTK_IS_ADJUSTMENT (hadjustment), NULL);

  if (hadjustment != NULL)
    {
      self->hadjustment = g_object_ref (hadjustment);
      g_signal_connect_swapped (hadjustment, "value-changed", G_CALLBACK (gtk_widget_queue_draw), self);
    }

  return GTK_WIDGET (self);
}
