/* lt-store-project-ops.h: projects that create the work, the suivi's operations, demandes */
#pragma once

#include "lt-assignment.h"
#include "lt-project.h"
#include "lt-schedule.h"
#include "lt-store.h"
#include "lt-task.h"
#include "lt-workload.h"

G_BEGIN_DECLS

/* What saving (or previewing) a project creates. */
typedef struct {
  gint64   project_id;
  guint    n_tasks;          /* tâches */
  guint    n_requests;       /* demandes d'information */
  guint    n_late;           /* due after their assignment's end: flagged */
  char    *client_name;
  GArray  *workload_tasks;   /* (element-type LtWorkloadTask), is_new set */
} LtProjectOutcome;

void               lt_project_outcome_free          (LtProjectOutcome *outcome);
char              *lt_project_outcome_to_string     (LtProjectOutcome *outcome);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtProjectOutcome, lt_project_outcome_free)

/* Projects */
gboolean           lt_store_project_create          (LtStore          *self,
                                                     LtProject        *project,
                                                     GError          **error);
LtProject         *lt_store_project_load            (LtStore          *self,
                                                     gint64            project_id,
                                                     GError          **error);
GPtrArray         *lt_store_project_list            (LtStore          *self,
                                                     gint64            affaire_id,
                                                     GError          **error);
gboolean           lt_store_project_assign          (LtStore          *self,
                                                     LtAssignment     *assignment,
                                                     GError          **error);
GPtrArray         *lt_store_project_list_assignments (LtStore         *self,
                                                     gint64            project_id,
                                                     GError          **error);
LtProjectOutcome  *lt_store_project_generate        (LtStore          *self,
                                                     gint64            project_id,
                                                     GError          **error);
LtProjectOutcome  *lt_store_project_save            (LtStore          *self,
                                                     LtProject        *project,
                                                     GPtrArray        *assignments,
                                                     int              *failed_index,
                                                     GError          **error);
LtProjectOutcome  *lt_store_project_preview         (LtStore          *self,
                                                     LtProject        *project,
                                                     GPtrArray        *assignments,
                                                     int              *failed_index,
                                                     GError          **error);
GArray            *lt_store_workload                (LtStore          *self,
                                                     const char       *from,
                                                     const char       *to,
                                                     LtProjectOutcome *preview,
                                                     GError          **error);

/* Tasks of the suivi */
LtTask            *lt_store_task_load               (LtStore          *self,
                                                     gint64            task_id,
                                                     GError          **error);
gboolean           lt_store_task_mark_done          (LtStore          *self,
                                                     gint64            task_id,
                                                     gint64            revision,
                                                     const char       *done_on,
                                                     gboolean          move_successors,
                                                     GError          **error);
gboolean           lt_store_task_reopen             (LtStore          *self,
                                                     gint64            task_id,
                                                     gint64            revision,
                                                     GError          **error);
gboolean           lt_store_task_reassign           (LtStore          *self,
                                                     gint64            task_id,
                                                     gint64            revision,
                                                     gint64            staff_id,
                                                     GError          **error);
GArray            *lt_store_task_preview_reschedule (LtStore          *self,
                                                     gint64            task_id,
                                                     const char       *new_due,
                                                     GError          **error);
gboolean           lt_store_task_change_due_date    (LtStore          *self,
                                                     gint64            task_id,
                                                     gint64            revision,
                                                     const char       *new_due,
                                                     gboolean          move_successors,
                                                     GError          **error);

/* Demandes d'information */
GListModel        *lt_store_list_pending_requests   (LtStore          *self,
                                                     gint64            affaire_id);
gboolean           lt_store_requests_mark_sent      (LtStore          *self,
                                                     const gint64     *ids,
                                                     guint             n_ids,
                                                     const char       *date,
                                                     GError          **error);
gboolean           lt_store_request_mark_answered   (LtStore          *self,
                                                     gint64            task_id,
                                                     const char       *date,
                                                     GError          **error);
char              *lt_store_requests_mailto         (LtStore          *self,
                                                     gint64            affaire_id,
                                                     const gint64     *ids,
                                                     guint             n_ids,
                                                     GError          **error);

/* --- issue 14, planning --- */
GPtrArray         *lt_store_list_requests_due       (LtStore          *self,
                                                     const char       *iso_date,
                                                     GError          **error);

G_END_DECLS
