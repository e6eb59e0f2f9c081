/* lt-dependency-route.c: the path of an arrow of the dependency canvas, around the boxes it would cross */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-dependency-route"

#include "config.h"

#include "lt-dependency-route.h"

#define MARGIN 10.0   /* the room left between an arrow and a box */
#define SAMPLES 40

static gboolean
inside (const LtRouteBox *box,
        double            x,
        double            y,
        double            margin)
{
  return x > box->x - margin && x < box->x + box->w + margin &&
         y > box->y - margin && y < box->y + box->h + margin;
}

void
lt_dependency_route_curve (double x0,
                           double y0,
                           double x1,
                           double y1,
                           double p[8])
{
  double bend;

  /* forward: a smooth S; backward (target left of source): a short hook
   * out of the source and into the target, not a loop across the canvas */
  if (x1 >= x0)
    bend = MAX (40.0, (x1 - x0) / 2);
  else
    bend = 60.0;
  p[0] = x0;
  p[1] = y0;
  p[2] = x0 + bend;
  p[3] = y0;
  p[4] = x1 - bend;
  p[5] = y1;
  p[6] = x1;
  p[7] = y1;
}

static gboolean
curve_crosses (const double      p[8],
               const LtRouteBox *boxes,
               guint             n_boxes,
               guint             source,
               guint             target)
{
  for (guint k = 1; k < SAMPLES; k++)
    {
      double t = (double) k / SAMPLES, u = 1 - t;
      double x = u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6];
      double y = u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5] + t * t * t * p[7];

      for (guint b = 0; b < n_boxes; b++)
        if (b != source && b != target && inside (&boxes[b], x, y, 2.0))
          return TRUE;
    }

  return FALSE;
}

/* Whether a horizontal run at @y from @xa to @xb stays clear of every box. */
static gboolean
run_is_clear (double            y,
              double            xa,
              double            xb,
              const LtRouteBox *boxes,
              guint             n_boxes)
{
  double lo = MIN (xa, xb), hi = MAX (xa, xb);

  for (guint b = 0; b < n_boxes; b++)
    {
      const LtRouteBox *box = &boxes[b];

      if (box->x + box->w + MARGIN / 2 > lo && box->x - MARGIN / 2 < hi &&
          y > box->y - MARGIN / 2 && y < box->y + box->h + MARGIN / 2)
        return FALSE;
    }

  return TRUE;
}

static void
add_point (GArray *points,
           double  x,
           double  y)
{
  if (points->len > 0)
    {
      const LtRoutePoint *last = &g_array_index (points, LtRoutePoint, points->len - 1);

      if (ABS (last->x - x) < 0.01 && ABS (last->y - y) < 0.01)
        return;
    }
  g_array_append_val (points, ((LtRoutePoint) { x, y }));
}

GArray *
lt_dependency_route (double            x0,
                     double            y0,
                     double            x1,
                     double            y1,
                     const LtRouteBox *boxes,
                     guint             n_boxes,
                     guint             source,
                     guint             target,
                     double            gap)
{
  double p[8];
  double xa, xb, best_y, best_cost = G_MAXDOUBLE;
  GArray *points;

  lt_dependency_route_curve (x0, y0, x1, y1, p);
  if (!curve_crosses (p, boxes, n_boxes, source, target))
    return NULL;

  /* out of the source into the gap after it, along a clear corridor, and
   * into the target from the gap before it */
  xa = x0 + gap / 2;
  xb = x1 - gap / 2;
  if (x1 > x0 && xb < xa)
    xa = xb = (x0 + x1) / 2;

  /* the corridor: level with either end, or just above or below a box in
   * the way, whichever makes the shortest detour */
  best_y = y0;
  for (guint c = 0; c < 2 + 2 * n_boxes; c++)
    {
      double y, cost;

      if (c == 0)
        y = y0;
      else if (c == 1)
        y = y1;
      else if (c % 2 == 0)
        y = boxes[(c - 2) / 2].y - MARGIN;
      else
        y = boxes[(c - 2) / 2].y + boxes[(c - 2) / 2].h + MARGIN;

      if (!run_is_clear (y, xa, xb, boxes, n_boxes))
        continue;
      /* the vertical legs in the gaps must be clear too; above the top
       * of the canvas is out of sight */
      cost = ABS (y - y0) + ABS (y - y1);
      if (y < MARGIN / 2)
        cost += 5000;
      for (guint b = 0; b < n_boxes; b++)
        if (b != source && b != target &&
            ((boxes[b].x - MARGIN / 2 < xa && boxes[b].x + boxes[b].w + MARGIN / 2 > xa &&
              boxes[b].y < MAX (y, y0) && boxes[b].y + boxes[b].h > MIN (y, y0)) ||
             (boxes[b].x - MARGIN / 2 < xb && boxes[b].x + boxes[b].w + MARGIN / 2 > xb &&
              boxes[b].y < MAX (y, y1) && boxes[b].y + boxes[b].h > MIN (y, y1))))
          cost += 10000;
      if (cost < best_cost)
        {
          best_cost = cost;
          best_y = y;
        }
    }

  points = g_array_new (FALSE, FALSE, sizeof (LtRoutePoint));
  add_point (points, x0, y0);
  add_point (points, xa, y0);
  add_point (points, xa, best_y);
  add_point (points, xb, best_y);
  add_point (points, xb, y1);
  add_point (points, x1, y1);

  return points;
}

gboolean
lt_dependency_route_crosses (const GArray     *points,
                             const LtRouteBox *boxes,
                             guint             n_boxes,
                             guint             source,
                             guint             target)
{
  for (guint i = 0; i + 1 < points->len; i++)
    {
      const LtRoutePoint *a = &g_array_index (points, LtRoutePoint, i);
      const LtRoutePoint *b = &g_array_index (points, LtRoutePoint, i + 1);

      for (guint k = 0; k <= SAMPLES; k++)
        {
          double t = (double) k / SAMPLES;

          for (guint n = 0; n < n_boxes; n++)
            if (n != source && n != target && inside (&boxes[n], a->x + t * (b->x - a->x), a->y + t * (b->y - a->y), 0))
              return TRUE;
        }
    }

  return FALSE;
}
