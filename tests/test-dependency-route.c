/* test-dependency-route.c: arrows of the dependency canvas go round the boxes they would cross (the geometry alone) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "lt-dependency-route.h"
#include "lt-step-graph.h"

#define W LT_STEP_GRAPH_BOX_WIDTH
#define H LT_STEP_GRAPH_BOX_HEIGHT
#define COL(i) ((i) * (W + LT_STEP_GRAPH_GAP_X))
#define ROW(j) ((j) * (H + LT_STEP_GRAPH_GAP_Y))

/* The path an arrow takes, as the canvas draws it: the route when there
 * is one, else the curve sampled. */
static GArray *
path_of (const LtRouteBox *boxes,
         guint             n,
         guint             a,
         guint             b,
         gboolean         *routed)
{
  double x0 = boxes[a].x + W, y0 = boxes[a].y + H / 2, x1 = boxes[b].x, y1 = boxes[b].y + H / 2;
  GArray *route = lt_dependency_route (x0, y0, x1, y1, boxes, n, a, b, LT_STEP_GRAPH_GAP_X);
  double p[8];

  *routed = route != NULL;
  if (route != NULL)
    return route;

  route = g_array_new (FALSE, FALSE, sizeof (LtRoutePoint));
  lt_dependency_route_curve (x0, y0, x1, y1, p);
  for (guint k = 0; k <= 40; k++)
    {
      double t = k / 40.0, u = 1 - t;
      LtRoutePoint q = {
        u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6],
        u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5] + t * t * t * p[7],
      };
      g_array_append_val (route, q);
    }

  return route;
}

/* D1 → T3 across T2 in one row: the straight arrow would pass behind T2
 * (and read as D1 → T2); the route bends round it, square, and still
 * starts and ends where the arrow does. */
static void
test_bends_round_a_box (void)
{
  const LtRouteBox boxes[] = {
    { COL (0), ROW (0), W, H },
    { COL (1), ROW (0), W, H },
    { COL (2), ROW (0), W, H },
  };
  g_autoptr(GArray) route = NULL;
  gboolean routed;

  route = path_of (boxes, 3, 0, 2, &routed);
  g_assert_true (routed);
  g_assert_false (lt_dependency_route_crosses (route, boxes, 3, 0, 2));
  g_assert_cmpuint (route->len, >=, 4);
  g_assert_cmpfloat (g_array_index (route, LtRoutePoint, 0).x, ==, COL (0) + W);
  g_assert_cmpfloat (g_array_index (route, LtRoutePoint, route->len - 1).x, ==, COL (2));
  g_assert_cmpfloat (g_array_index (route, LtRoutePoint, route->len - 1).y, ==, ROW (0) + H / 2);
  /* orthogonal: each run horizontal or vertical, the last one into the
   * target from its left */
  for (guint i = 0; i + 1 < route->len; i++)
    {
      LtRoutePoint *a = &g_array_index (route, LtRoutePoint, i), *b = a + 1;

      g_assert_true (a->x == b->x || a->y == b->y);
    }
  g_assert_cmpfloat (g_array_index (route, LtRoutePoint, route->len - 2).x, <, COL (2));
  /* below the row, not above the top of the canvas where it would be lost */
  for (guint i = 0; i < route->len; i++)
    g_assert_cmpfloat (g_array_index (route, LtRoutePoint, i).y, >=, 0);

  /* the same without the box in the way: the plain curve, no route */
  {
    const LtRouteBox two[] = { boxes[0], boxes[2] };

    g_assert_null (lt_dependency_route (COL (0) + W, ROW (0) + H / 2, COL (2), ROW (0) + H / 2,
                                        two, 2, 0, 1, LT_STEP_GRAPH_GAP_X));
  }
}

/* Neighbours keep their smooth curve. */
static void
test_neighbours_keep_the_curve (void)
{
  const LtRouteBox boxes[] = {
    { COL (0), ROW (0), W, H },
    { COL (1), ROW (1), W, H },
  };

  g_assert_null (lt_dependency_route (COL (0) + W, ROW (0) + H / 2, COL (1), ROW (1) + H / 2,
                                      boxes, 2, 0, 1, LT_STEP_GRAPH_GAP_X));
}

/* A grid of three columns of three boxes: no arrow between any two boxes,
 * forward or backward, passes through a third. */
static void
test_grid_no_arrow_behind_a_box (void)
{
  LtRouteBox boxes[9];
  guint n_routed = 0;

  for (guint i = 0; i < 3; i++)
    for (guint j = 0; j < 3; j++)
      boxes[i * 3 + j] = (LtRouteBox) { COL (i), ROW (j), W, H };

  for (guint a = 0; a < 9; a++)
    for (guint b = 0; b < 9; b++)
      {
        g_autoptr(GArray) path = NULL;
        gboolean routed;

        if (a == b || boxes[b].x <= boxes[a].x)
          continue;
        path = path_of (boxes, 9, a, b, &routed);
        n_routed += routed;
        if (lt_dependency_route_crosses (path, boxes, 9, a, b))
          g_error ("the arrow from box %u to box %u passes behind another box", a, b);
      }

  /* some did need a route */
  g_assert_cmpuint (n_routed, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dependency-route/bends-round-a-box", test_bends_round_a_box);
  g_test_add_func ("/dependency-route/neighbours-keep-the-curve", test_neighbours_keep_the_curve);
  g_test_add_func ("/dependency-route/grid", test_grid_no_arrow_behind_a_box);

  return g_test_run ();
}
