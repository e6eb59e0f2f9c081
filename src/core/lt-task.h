/* lt-task.h: a tâche of the suivi, or a demande d’information sent to the client */
#pragma once

#include <glib-object.h>

#include "lt-model.h"

#include "lt-enums.h"

G_BEGIN_DECLS

#define LT_TYPE_TASK (lt_task_get_type ())

G_DECLARE_FINAL_TYPE (LtTask, lt_task, LT, TASK, LtModel)

/* Properties are the columns of the table "tasks" (HACKING.md);
 * not columns, set by the store for display: "status", "affaire-name", "prestation-name", "staff-name", "project-name", "late".
 */

LtTask       *lt_task_new                 (void);
LtTask       *lt_task_copy                (LtTask *self);
gint64        lt_task_get_id              (LtTask *self);
void          lt_task_set_id              (LtTask *self,
                                           gint64  id);
gint64        lt_task_get_affaire_id      (LtTask *self);
void          lt_task_set_affaire_id      (LtTask *self,
                                           gint64  affaire_id);
gint64        lt_task_get_project_id      (LtTask *self);
void          lt_task_set_project_id      (LtTask *self,
                                           gint64  project_id);
gint64        lt_task_get_assignment_id   (LtTask *self);
void          lt_task_set_assignment_id   (LtTask *self,
                                           gint64  assignment_id);
gint64        lt_task_get_step_id         (LtTask *self);
void          lt_task_set_step_id         (LtTask *self,
                                           gint64  step_id);
LtStepKind    lt_task_get_kind            (LtTask *self);
void          lt_task_set_kind            (LtTask     *self,
                                           LtStepKind  kind);
const char   *lt_task_get_title           (LtTask *self);
void          lt_task_set_title           (LtTask     *self,
                                           const char *title);
const char   *lt_task_get_period          (LtTask *self);
void          lt_task_set_period          (LtTask     *self,
                                           const char *period);
gint64        lt_task_get_staff_id        (LtTask *self);
void          lt_task_set_staff_id        (LtTask *self,
                                           gint64  staff_id);
int           lt_task_get_delay_days      (LtTask *self);
void          lt_task_set_delay_days      (LtTask *self,
                                           int     delay_days);
const char   *lt_task_get_start_date      (LtTask *self);
void          lt_task_set_start_date      (LtTask     *self,
                                           const char *start_date);
const char   *lt_task_get_due_date        (LtTask *self);
void          lt_task_set_due_date        (LtTask     *self,
                                           const char *due_date);
const char   *lt_task_get_done_on         (LtTask *self);
void          lt_task_set_done_on         (LtTask     *self,
                                           const char *done_on);
const char   *lt_task_get_send_on         (LtTask *self);
void          lt_task_set_send_on         (LtTask     *self,
                                           const char *send_on);
const char   *lt_task_get_sent_on         (LtTask *self);
void          lt_task_set_sent_on         (LtTask     *self,
                                           const char *sent_on);
const char   *lt_task_get_answered_on     (LtTask *self);
void          lt_task_set_answered_on     (LtTask     *self,
                                           const char *answered_on);
gint64        lt_task_get_revision        (LtTask *self);
void          lt_task_set_revision        (LtTask *self,
                                           gint64  revision);
LtTaskStatus  lt_task_get_status          (LtTask *self);
void          lt_task_set_status          (LtTask       *self,
                                           LtTaskStatus  status);
const char   *lt_task_get_affaire_name    (LtTask *self);
void          lt_task_set_affaire_name    (LtTask     *self,
                                           const char *affaire_name);
const char   *lt_task_get_prestation_name (LtTask *self);
void          lt_task_set_prestation_name (LtTask     *self,
                                           const char *prestation_name);
const char   *lt_task_get_staff_name      (LtTask *self);
void          lt_task_set_staff_name      (LtTask     *self,
                                           const char *staff_name);
const char   *lt_task_get_project_name    (LtTask *self);
void          lt_task_set_project_name    (LtTask     *self,
                                           const char *project_name);
gboolean      lt_task_get_late            (LtTask *self);
void          lt_task_set_late            (LtTask   *self,
                                           gboolean  late);

gboolean      lt_task_is_done             (LtTask *self);
LtTaskStatus  lt_task_get_own_status      (LtTask *self);

G_END_DECLS
