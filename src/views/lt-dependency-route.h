/* lt-dependency-route.h: the path of an arrow of the dependency canvas, around the boxes it would cross */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double x, y, w, h;
} LtRouteBox;

typedef struct {
  double x, y;
} LtRoutePoint;

/* The plain arrow from (@x0, @y0) (the right side of its source) to
 * (@x1, @y1) (the left side of its target): a cubic Bézier, p[0..7]. */
void      lt_dependency_route_curve   (double            x0,
                                       double            y0,
                                       double            x1,
                                       double            y1,
                                       double            p[8]);

/* NULL when the plain curve crosses no box but its own two (@source and
 * @target, indices into @boxes; G_MAXUINT for none); otherwise the points
 * (LtRoutePoint) of an orthogonal path that goes round: out of the source
 * into the gap after its column (@gap wide), along a corridor clear of the
 * boxes, into the target from the gap before it. (transfer full) */
GArray   *lt_dependency_route         (double            x0,
                                       double            y0,
                                       double            x1,
                                       double            y1,
                                       const LtRouteBox *boxes,
                                       guint             n_boxes,
                                       guint             source,
                                       guint             target,
                                       double            gap);

/* Whether a path of LtRoutePoint passes through a box but its own two. */
gboolean  lt_dependency_route_crosses (const GArray     *points,
                                       const LtRouteBox *boxes,
                                       guint             n_boxes,
                                       guint             source,
                                       guint             target);

G_END_DECLS
