/* lt-workload-view.c: bars per week — hours due against capacity, overloaded weeks in red */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-workload-view"

#include "config.h"

#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-working-days.h"
#include "lt-workload.h"
#include "lt-workload-view.h"

#define BAR_WIDTH   14
#define BAR_GAP      4
#define CHART_HEIGHT 72
#define LABEL_HEIGHT 18   /* the weeks' dates under the bars */
#define LEGEND_HEIGHT 20  /* what the colours mean */
#define HEIGHT      (CHART_HEIGHT + LABEL_HEIGHT + LEGEND_HEIGHT)

struct _LtWorkloadView
{
  GtkWidget  parent_instance;

  GArray    *weeks;   /* LtWorkloadWeek of one intervenant */
  GDate      first;   /* with a span: the weeks drawn, empty ones too */
  guint      n_span;
  int        weekly_hours;
  gboolean   no_legend;
};

G_DEFINE_FINAL_TYPE (LtWorkloadView, lt_workload_view, GTK_TYPE_WIDGET)

static void
lt_workload_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  LtWorkloadView *self = LT_WORKLOAD_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 0;
      *natural = MAX ((self->n_span > 0 ? self->n_span : self->weeks->len) * (BAR_WIDTH + BAR_GAP), 320);
    }
  else
    *minimum = *natural = HEIGHT - (self->no_legend ? LEGEND_HEIGHT : 0);
}

/* The week to draw in slot @i: from the data, or an empty week of the span. */
static LtWorkloadWeek
week_at (LtWorkloadView *self,
         guint           i)
{
  LtWorkloadWeek empty = { 0 };

  if (self->n_span == 0)
    return g_array_index (self->weeks, LtWorkloadWeek, i);

  empty.week = self->first;
  g_date_add_days (&empty.week, 7 * i);
  empty.capacity_hours = self->weekly_hours;
  for (guint j = 0; j < self->weeks->len; j++)
    {
      const LtWorkloadWeek *w = &g_array_index (self->weeks, LtWorkloadWeek, j);

      if (g_date_compare (&w->week, &empty.week) == 0)
        return *w;
    }

  return empty;
}

static void
draw_text (GtkWidget   *widget,
           GtkSnapshot *snapshot,
           const char  *text,
           int          x,
           int          y,
           const GdkRGBA *color,
           int         *width)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();
  int w, h;

  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_get_pixel_size (layout, &w, &h);
  if (width != NULL)
    *width = w;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* One entry of the legend: a swatch and what it means; returns the x after it. */
static int
draw_legend_entry (GtkWidget     *widget,
                   GtkSnapshot   *snapshot,
                   int            x,
                   int            y,
                   const GdkRGBA *swatch,
                   gboolean       thin,
                   const char    *text,
                   const GdkRGBA *color)
{
  int w = 0;

  gtk_snapshot_append_color (snapshot, swatch,
                             &GRAPHENE_RECT_INIT (x, thin ? y + 7 : y + 3, 10, thin ? 2 : 10));
  draw_text (widget, snapshot, text, x + 14, y, color, &w);
  return x + 14 + w + 12;
}

static void
lt_workload_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  LtWorkloadView *self = LT_WORKLOAD_VIEW (widget);
  guint n = self->n_span > 0 ? self->n_span : self->weeks->len;
  int height = gtk_widget_get_height (widget) - LABEL_HEIGHT - (self->no_legend ? 0 : LEGEND_HEIGHT);
  int width = gtk_widget_get_width (widget);
  int max_hours = 1;
  int label_every = 1, label_width = 0, x;
  GdkRGBA normal, over, line, text;

  gdk_rgba_parse (&normal, "#3584e4");
  gdk_rgba_parse (&over, "#e01b24");
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &text);
  G_GNUC_END_IGNORE_DEPRECATIONS
  line = text;
  line.alpha = 0.45f;

  for (guint i = 0; i < n; i++)
    {
      LtWorkloadWeek w = week_at (self, i);
      max_hours = MAX (max_hours, MAX (w.load_hours, w.capacity_hours));
    }

  /* a date under every bar that has room for one: « 07/12 » is the week of
   * Monday 7 December */
  {
    g_autoptr(PangoLayout) probe = gtk_widget_create_pango_layout (widget, "00/00");
    PangoAttrList *attrs = pango_attr_list_new ();

    pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
    pango_layout_set_attributes (probe, attrs);
    pango_attr_list_unref (attrs);
    pango_layout_get_pixel_size (probe, &label_width, NULL);
    label_every = (label_width + 6) / (BAR_WIDTH + BAR_GAP) + 1;
  }

  for (guint i = 0; i < n; i++)
    {
      LtWorkloadWeek w = week_at (self, i);
      int bar = (int) ((double) w.load_hours / max_hours * (height - 2));
      int cap = height - (int) ((double) w.capacity_hours / max_hours * (height - 2));

      x = i * (BAR_WIDTH + BAR_GAP);
      if (x + BAR_WIDTH > width)
        break;

      if (bar > 0)
        gtk_snapshot_append_color (snapshot, lt_workload_week_is_overloaded (&w) ? &over : &normal,
                                   &GRAPHENE_RECT_INIT (x, height - bar, BAR_WIDTH, bar));
      gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (x - 1, cap, BAR_WIDTH + 2, 1));

      if (i % label_every == 0 && g_date_valid (&w.week) && x + label_width <= width)
        {
          char day[16];

          g_date_strftime (day, sizeof day, "%d/%m", &w.week);
          draw_text (widget, snapshot, day, x, height + 2, &text, NULL);
        }
    }

  /* the legend */
  if (self->no_legend)
    return;
  x = 0;
  x = draw_legend_entry (widget, snapshot, x, height + LABEL_HEIGHT, &normal, FALSE, _("Hours due"), &text);
  x = draw_legend_entry (widget, snapshot, x, height + LABEL_HEIGHT, &over, FALSE, _("Overloaded"), &text);
  draw_legend_entry (widget, snapshot, x, height + LABEL_HEIGHT, &line, TRUE, _("Capacity"), &text);
}

static void
lt_workload_view_finalize (GObject *object)
{
  LtWorkloadView *self = (LtWorkloadView *) object;

  g_clear_pointer (&self->weeks, g_array_unref);

  G_OBJECT_CLASS (lt_workload_view_parent_class)->finalize (object);
}

static void
lt_workload_view_class_init (LtWorkloadViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = lt_workload_view_finalize;
  widget_class->measure = lt_workload_view_measure;
  widget_class->snapshot = lt_workload_view_snapshot;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "workloadview");
}

static void
lt_workload_view_init (LtWorkloadView *self)
{
  self->weeks = g_array_new (FALSE, FALSE, sizeof (LtWorkloadWeek));
  g_date_clear (&self->first, 1);
}

GtkWidget *
lt_workload_view_new (void)
{
  return g_object_new (LT_TYPE_WORKLOAD_VIEW, NULL);
}

/**
 * lt_workload_view_set_weeks:
 * @weeks: (element-type LtWorkloadWeek): from lt_workload_compute()
 * @staff_id: the intervenant to draw
 *
 * Draws the weeks of @staff_id; the accessible description says how many
 * weeks are overloaded and the worst one.
 */
void
lt_workload_view_set_weeks (LtWorkloadView *self,
                            const GArray   *weeks,
                            gint64          staff_id)
{
  g_autofree char *description = NULL;
  const LtWorkloadWeek *worst = NULL;
  guint n_over = 0;

  g_return_if_fail (LT_IS_WORKLOAD_VIEW (self));

  g_array_set_size (self->weeks, 0);
  for (guint i = 0; weeks != NULL && i < weeks->len; i++)
    {
      const LtWorkloadWeek *w = &g_array_index (weeks, LtWorkloadWeek, i);

      if (w->staff_id != staff_id)
        continue;
      g_array_append_val (self->weeks, *w);
      if (lt_workload_week_is_overloaded (w))
        {
          n_over++;
          if (worst == NULL || w->load_hours - w->capacity_hours > worst->load_hours - worst->capacity_hours)
            worst = w;
        }
    }

  if (worst != NULL)
    {
      g_autofree char *monday = lt_date_to_display (&worst->week);
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%u week overloaded; the worst, week of %s: %d h for %d h",
                                                  "%u weeks overloaded; the worst, week of %s: %d h for %d h",
                                                  n_over),
                                     n_over, monday, worst->load_hours, worst->capacity_hours);
    }
  else
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week, none overloaded", "%u weeks, none overloaded",
                                                self->weeks->len),
                                   self->weeks->len);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Workload per week"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * lt_workload_view_set_span:
 * @first_monday: the first week drawn
 * @n_weeks: how many weeks, those without task included
 * @weekly_hours: the capacity drawn for a week without task
 */
void
lt_workload_view_set_span (LtWorkloadView *self,
                           const GDate    *first_monday,
                           guint           n_weeks,
                           int             weekly_hours)
{
  g_return_if_fail (LT_IS_WORKLOAD_VIEW (self));
  g_return_if_fail (first_monday != NULL && g_date_valid (first_monday));

  self->first = *first_monday;
  self->n_span = n_weeks;
  self->weekly_hours = weekly_hours;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
lt_workload_view_get_n_weeks (LtWorkloadView *self)
{
  g_return_val_if_fail (LT_IS_WORKLOAD_VIEW (self), 0);

  return self->weeks->len;
}

guint
lt_workload_view_get_n_overloaded (LtWorkloadView *self)
{
  guint n = 0;

  g_return_val_if_fail (LT_IS_WORKLOAD_VIEW (self), 0);

  for (guint i = 0; i < self->weeks->len; i++)
    if (lt_workload_week_is_overloaded (&g_array_index (self->weeks, LtWorkloadWeek, i)))
      n++;

  return n;
}

/**
 * lt_workload_view_set_legend:
 *
 * Whether the chart says what its colours mean under it (the default): a
 * column of charts shows it under the first one only.
 */
void
lt_workload_view_set_legend (LtWorkloadView *self,
                             gboolean        legend)
{
  g_return_if_fail (LT_IS_WORKLOAD_VIEW (self));

  self->no_legend = !legend;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
