/* lt-project-rules.h: what a project, an assignment and a task may be */
#pragma once

#include <glib.h>

#include "lt-enums.h"

G_BEGIN_DECLS

/* A predecessor of a task, as the rule for « terminée » sees it. */
typedef struct {
  const char *title;
  LtStepKind  kind;
  gboolean    finished;   /* tâche done, or demande answered */
} LtTaskPredecessor;

gboolean  lt_project_rules_check_project     (const char              *name,
                                              const char              *start,
                                              const char              *end,
                                              GError                 **error);
gboolean  lt_project_rules_check_client      (const char              *affaire_name,
                                              LtAffaireState           state,
                                              GError                 **error);
gboolean  lt_project_rules_check_staff       (const char              *staff_name,
                                              gboolean                 active,
                                              GError                 **error);
gboolean  lt_project_rules_check_assignment  (const char              *prestation_name,
                                              const char              *project_start,
                                              const char              *project_end,
                                              const char              *start,
                                              const char              *end,
                                              gint64                   price_cents,
                                              GError                 **error);
gboolean  lt_project_rules_check_not_generated (gboolean               generated,
                                              GError                 **error);
LtTaskStatus lt_project_rules_task_status    (LtStepKind               kind,
                                              gboolean                 finished,
                                              gboolean                 sent,
                                              const LtTaskPredecessor *predecessors,
                                              guint                    n_predecessors);
gboolean  lt_project_rules_check_can_finish  (const char              *title,
                                              const LtTaskPredecessor *predecessors,
                                              guint                    n_predecessors,
                                              GError                 **error);
char     *lt_project_rules_requests_mailto   (const char              *to,
                                              const char              *client_name,
                                              const char              *firm_name,
                                              const char * const      *titles);
char     *lt_project_rules_generated_summary (guint                    n_tasks,
                                              guint                    n_requests,
                                              const char              *client_name);

gboolean  lt_project_rules_check_client_chosen (gint64             affaire_id,
                                                GError           **error);

G_END_DECLS
