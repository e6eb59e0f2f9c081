/* lt-dependency-canvas-draw.c: where boxes and arrows are, and how they are drawn */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-dependency-canvas"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "lt-dependency-canvas-private.h"
#include "lt-dependency-route.h"

/* Where a box's top-left corner is, in model units, counting a drag. */
void
lt_dependency_canvas_node_origin (LtDependencyCanvas *self,
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
void
lt_dependency_canvas_link_curve (LtDependencyCanvas *self,
            const LtGraphLink  *link,
            double              p[8])
{
  const LtGraphNode *a = lt_step_graph_lookup (self->graph, link->from);
  const LtGraphNode *b = lt_step_graph_lookup (self->graph, link->to);
  double ax, ay, bx, by, bend;

  lt_dependency_canvas_node_origin (self, a, &ax, &ay);
  lt_dependency_canvas_node_origin (self, b, &bx, &by);
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

/* The path of a link, in widget coordinates, as points: round the boxes
 * its curve would cross (then TRUE), or along the curve (FALSE). */
gboolean
lt_dependency_canvas_link_path (LtDependencyCanvas *self,
                                const LtGraphLink  *link,
                                GArray             *points)
{
  guint n = lt_step_graph_get_n_nodes (self->graph);
  g_autofree LtRouteBox *boxes = g_new (LtRouteBox, n);
  guint source = G_MAXUINT, target = G_MAXUINT;
  g_autoptr(GArray) route = NULL;
  double ax = 0, ay = 0, bx = 0, by = 0;

  g_array_set_size (points, 0);
  for (guint i = 0; i < n; i++)
    {
      const LtGraphNode *node = lt_step_graph_get_nth (self->graph, i);

      lt_dependency_canvas_node_origin (self, node, &boxes[i].x, &boxes[i].y);
      boxes[i].w = BOX_W;
      boxes[i].h = BOX_H;
      if (node->uid == link->from)
        {
          source = i;
          ax = boxes[i].x + BOX_W;
          ay = boxes[i].y + BOX_H / 2;
        }
      if (node->uid == link->to)
        {
          target = i;
          bx = boxes[i].x;
          by = boxes[i].y + BOX_H / 2;
        }
    }

  route = lt_dependency_route (ax, ay, bx, by, boxes, n, source, target, LT_STEP_GRAPH_GAP_X);
  if (route != NULL)
    {
      for (guint i = 0; i < route->len; i++)
        {
          LtRoutePoint *q = &g_array_index (route, LtRoutePoint, i);
          LtRoutePoint w;

          lt_dependency_canvas_model_to_widget (self, q->x, q->y, &w.x, &w.y);
          g_array_append_val (points, w);
        }
      return TRUE;
    }
  else
    {
      double p[8];

      lt_dependency_canvas_link_curve (self, link, p);
      for (guint k = 0; k <= 24; k++)
        {
          LtRoutePoint w;

          lt_dependency_canvas_bezier_point (p, k / 24.0, &w.x, &w.y);
          g_array_append_val (points, w);
        }
      return FALSE;
    }
}

/* The middle of a path, by length: where the lag is written. */
void
lt_dependency_canvas_path_middle (GArray *points,
                                  double *x,
                                  double *y)
{
  double total = 0, run = 0;

  for (guint i = 0; i + 1 < points->len; i++)
    {
      LtRoutePoint *a = &g_array_index (points, LtRoutePoint, i), *b = a + 1;
      total += hypot (b->x - a->x, b->y - a->y);
    }
  *x = g_array_index (points, LtRoutePoint, 0).x;
  *y = g_array_index (points, LtRoutePoint, 0).y;
  for (guint i = 0; i + 1 < points->len; i++)
    {
      LtRoutePoint *a = &g_array_index (points, LtRoutePoint, i), *b = a + 1;
      double len = hypot (b->x - a->x, b->y - a->y);

      if (run + len >= total / 2 && len > 0)
        {
          double t = (total / 2 - run) / len;

          *x = a->x + t * (b->x - a->x);
          *y = a->y + t * (b->y - a->y);
          return;
        }
      run += len;
    }
}

void
lt_dependency_canvas_bezier_point (const double p[8],
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
      g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (LtRoutePoint));

      lt_dependency_canvas_link_path (self, l, points);
      for (guint k = 1; k < points->len; k++)
        {
          LtRoutePoint *a = &g_array_index (points, LtRoutePoint, k - 1), *b = a + 1;
          double d = distance_to_segment (x, y, a->x, a->y, b->x, b->y);

          if (d < best)
            {
              best = d;
              found = TRUE;
              *from = l->from;
              *to = l->to;
            }
        }
    }
  return found;
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

/* A routed arrow: straight runs joined by rounded corners. */
static void
draw_routed_arrow (cairo_t *cr,
                   GArray  *points,
                   double   width,
                   double   zoom)
{
  LtRoutePoint *end = &g_array_index (points, LtRoutePoint, points->len - 1);
  LtRoutePoint *before = end - 1;
  double angle = atan2 (end->y - before->y, end->x - before->x);
  double head = 10 * zoom;
  double radius = 8 * zoom;

  cairo_set_line_width (cr, width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to (cr, g_array_index (points, LtRoutePoint, 0).x, g_array_index (points, LtRoutePoint, 0).y);
  for (guint i = 1; i + 1 < points->len; i++)
    {
      LtRoutePoint *a = &g_array_index (points, LtRoutePoint, i - 1), *b = a + 1, *c = a + 2;
      double l1 = hypot (b->x - a->x, b->y - a->y), l2 = hypot (c->x - b->x, c->y - b->y);
      double r = MIN (radius, MIN (l1, l2) / 2);

      if (l1 <= 0 || l2 <= 0)
        continue;
      cairo_line_to (cr, b->x - r * (b->x - a->x) / l1, b->y - r * (b->y - a->y) / l1);
      cairo_curve_to (cr, b->x, b->y, b->x, b->y, b->x + r * (c->x - b->x) / l2, b->y + r * (c->y - b->y) / l2);
    }
  cairo_line_to (cr, end->x - head * 0.8 * cos (angle), end->y - head * 0.8 * sin (angle));
  cairo_stroke (cr);

  cairo_move_to (cr, end->x, end->y);
  cairo_line_to (cr, end->x - head * cos (angle - 0.4), end->y - head * sin (angle - 0.4));
  cairo_line_to (cr, end->x - head * cos (angle + 0.4), end->y - head * sin (angle + 0.4));
  cairo_close_path (cr);
  cairo_fill (cr);
}

void
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
          g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (LtRoutePoint));
          double p[8];

          lt_dependency_canvas_link_curve (self, l, p);
          if (selected)
            gdk_cairo_set_source_rgba (cr, &accent);
          else
            cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.55);
          if (lt_dependency_canvas_link_path (self, l, points))
            draw_routed_arrow (cr, points, (selected ? 3.5 : 2.0) * MAX (self->zoom, 0.5), self->zoom);
          else
            draw_arrow (cr, p, (selected ? 3.5 : 2.0) * MAX (self->zoom, 0.5), self->zoom);

          if (l->lag_days > 0)
            {
              /* TRANSLATORS: the lag written on an arrow, in working days */
              g_autofree char *text = g_strdup_printf (_("+%d d"), l->lag_days);
              PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
              int tw, th;
              double mx, my;

              lt_dependency_canvas_path_middle (points, &mx, &my);
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
