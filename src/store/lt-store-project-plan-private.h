/* lt-store-project-plan-private.h: the tasks and links a project will create, planned before any write */
#pragma once

#include "lt-assignment.h"
#include "lt-project.h"
#include "lt-store-private.h"
#include "lt-store-project-ops.h"

G_BEGIN_DECLS

/* One task about to be written. */
typedef struct {
  guint       assignment;   /* index into the assignments */
  gint64      step_id;
  LtStepKind  kind;
  char       *title;
  char       *period;
  char       *search_key;
  int         delay_days;
  GDate       start;
  GDate       due;
  gboolean    late;
  char       *period_title;   /* the title naming the period, « … — novembre 2027 » */
} Planned;

typedef struct {
  guint from;
  guint to;
  int   lag;
} PlannedLink;

typedef struct {
  GArray *tasks;   /* Planned */
  GArray *links;   /* PlannedLink */
} Plan;

void               lt_store_plan_init       (Plan          *plan);
void               lt_store_plan_clear      (Plan          *plan);
gboolean           lt_store_plan_assignment (LtStore       *self,
                                             LtAssignment  *assignment,
                                             guint          assignment_index,
                                             const char    *client_name,
                                             const char    *closing,
                                             Plan          *plan,
                                             GError       **error);
gboolean           lt_store_plan_write      (LtStore       *self,
                                             LtProject     *project,
                                             GPtrArray     *assignments,
                                             Plan          *plan,
                                             const char    *today,
                                             GError       **error);
char              *lt_store_project_prestation_name (LtStore  *self,
                                                     gint64    prestation_id,
                                                     GError  **error);
LtProjectOutcome  *lt_store_plan_outcome    (LtProject     *project,
                                             const char    *client_name,
                                             Plan          *plan);

G_END_DECLS
