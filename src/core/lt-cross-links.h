/* lt-cross-links.h: steps of one prestation that wait on steps of another, in a project */
#pragma once

#include <glib-object.h>

#include "lt-project.h"

G_BEGIN_DECLS

/* Step @to_step_id waits on step @from_step_id (of another prestation),
 * plus @lag_days working days. */
typedef struct {
  gint64  from_step_id;
  gint64  to_step_id;
  int     lag_days;
} LtCrossLink;

/* A task about to be created, as the cross links see it. */
typedef struct {
  gint64      step_id;
  guint       group;      /* the assignment it comes from */
  const char *period;     /* as LtScheduledTask's: "", "2027-03", "2027-Q1", "2027-06-30", "2027" */
  const char *title;      /* for messages */
  GDate       start;
  GDate       due;
  GDate       end;        /* the assignment's end: a task due after it is late */
  int         delay_days; /* working days it takes when it moves; -1: its planned length */
  gboolean    late;
} LtCrossTask;

/* A link between task indices. */
typedef struct {
  guint  from;
  guint  to;
  int    lag;
} LtCrossEdge;

gboolean  lt_cross_links_period_end   (const char         *period,
                                       GDate              *end);
GArray   *lt_cross_links_match        (const LtCrossTask  *tasks,
                                       guint               n_tasks,
                                       const LtCrossLink  *links,
                                       guint               n_links);
gboolean  lt_cross_links_push         (LtCrossTask        *tasks,
                                       guint               n_tasks,
                                       const LtCrossEdge  *edges,
                                       guint               n_edges,
                                       GError            **error);
GArray   *lt_cross_links_find_path    (const LtCrossLink  *links,
                                       guint               n_links,
                                       gint64              from_step_id,
                                       gint64              to_step_id);
void      lt_cross_links_set_cycle_error (GError          **error,
                                       const char * const *names,
                                       guint               n_names);

/* The links a project adds, carried by the project object until it is saved. */
void      lt_project_set_step_links   (LtProject          *project,
                                       GArray             *links);
GArray   *lt_project_get_step_links   (LtProject          *project);

G_END_DECLS
