/* lt-task-accessors.c: LtTask's getters and setters, and what its dates say of it */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-task"

#include "config.h"

#include "lt-task-private.h"
#include "lt-task.h"

gint64
lt_task_get_id (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), 0);

  return self->id;
}

void
lt_task_set_id (LtTask *self,
                gint64  id)
{
  g_return_if_fail (LT_IS_TASK (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_ID]);
}

gint64
lt_task_get_affaire_id (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), 0);

  return self->affaire_id;
}

void
lt_task_set_affaire_id (LtTask *self,
                        gint64  affaire_id)
{
  g_return_if_fail (LT_IS_TASK (self));
  g_return_if_fail (affaire_id >= 0);

  if (self->affaire_id == affaire_id)
    return;

  self->affaire_id = affaire_id;
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_AFFAIRE_ID]);
}

gint64
lt_task_get_project_id (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), 0);

  return self->project_id;
}

void
lt_task_set_project_id (LtTask *self,
                        gint64  project_id)
{
  g_return_if_fail (LT_IS_TASK (self));
  g_return_if_fail (project_id >= 0);

  if (self->project_id == project_id)
    return;

  self->project_id = project_id;
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_PROJECT_ID]);
}

gint64
lt_task_get_assignment_id (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), 0);

  return self->assignment_id;
}

void
lt_task_set_assignment_id (LtTask *self,
                           gint64  assignment_id)
{
  g_return_if_fail (LT_IS_TASK (self));
  g_return_if_fail (assignment_id >= 0);

  if (self->assignment_id == assignment_id)
    return;

  self->assignment_id = assignment_id;
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_ASSIGNMENT_ID]);
}

gint64
lt_task_get_step_id (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), 0);

  return self->step_id;
}

void
lt_task_set_step_id (LtTask *self,
                     gint64  step_id)
{
  g_return_if_fail (LT_IS_TASK (self));
  g_return_if_fail (step_id >= 0);

  if (self->step_id == step_id)
    return;

  self->step_id = step_id;
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_STEP_ID]);
}

LtStepKind
lt_task_get_kind (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), 0);

  return self->kind;
}

void
lt_task_set_kind (LtTask     *self,
                  LtStepKind  kind)
{
  g_return_if_fail (LT_IS_TASK (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_KIND]);
}

const char *
lt_task_get_title (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), NULL);

  return self->title;
}

void
lt_task_set_title (LtTask     *self,
                   const char *title)
{
  g_return_if_fail (LT_IS_TASK (self));

  if (g_strcmp0 (self->title, title != NULL ? title : "") == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title != NULL ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_TITLE]);
}

const char *
lt_task_get_period (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), NULL);

  return self->period;
}

void
lt_task_set_period (LtTask     *self,
                    const char *period)
{
  g_return_if_fail (LT_IS_TASK (self));

  if (g_strcmp0 (self->period, period != NULL ? period : "") == 0)
    return;

  g_free (self->period);
  self->period = g_strdup (period != NULL ? period : "");
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_PERIOD]);
}

gint64
lt_task_get_staff_id (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), 0);

  return self->staff_id;
}

void
lt_task_set_staff_id (LtTask *self,
                      gint64  staff_id)
{
  g_return_if_fail (LT_IS_TASK (self));
  g_return_if_fail (staff_id >= 0);

  if (self->staff_id == staff_id)
    return;

  self->staff_id = staff_id;
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_STAFF_ID]);
}

int
lt_task_get_delay_days (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), 0);

  return self->delay_days;
}

void
lt_task_set_delay_days (LtTask *self,
                        int     delay_days)
{
  g_return_if_fail (LT_IS_TASK (self));

  if (self->delay_days == delay_days)
    return;

  self->delay_days = delay_days;
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_DELAY_DAYS]);
}

/**
 * lt_task_get_start_date:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_task_get_start_date (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), NULL);

  return self->start_date;
}

void
lt_task_set_start_date (LtTask     *self,
                        const char *start_date)
{
  g_return_if_fail (LT_IS_TASK (self));

  if (start_date != NULL && *start_date == '\0')
    start_date = NULL;

  if (g_strcmp0 (self->start_date, start_date) == 0)
    return;

  g_free (self->start_date);
  self->start_date = g_strdup (start_date);
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_START_DATE]);
}

/**
 * lt_task_get_due_date:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_task_get_due_date (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), NULL);

  return self->due_date;
}

void
lt_task_set_due_date (LtTask     *self,
                      const char *due_date)
{
  g_return_if_fail (LT_IS_TASK (self));

  if (due_date != NULL && *due_date == '\0')
    due_date = NULL;

  if (g_strcmp0 (self->due_date, due_date) == 0)
    return;

  g_free (self->due_date);
  self->due_date = g_strdup (due_date);
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_DUE_DATE]);
}

/**
 * lt_task_get_done_on:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_task_get_done_on (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), NULL);

  return self->done_on;
}

void
lt_task_set_done_on (LtTask     *self,
                     const char *done_on)
{
  g_return_if_fail (LT_IS_TASK (self));

  if (done_on != NULL && *done_on == '\0')
    done_on = NULL;

  if (g_strcmp0 (self->done_on, done_on) == 0)
    return;

  g_free (self->done_on);
  self->done_on = g_strdup (done_on);
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_DONE_ON]);
}

/**
 * lt_task_get_sent_on:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_task_get_sent_on (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), NULL);

  return self->sent_on;
}

void
lt_task_set_sent_on (LtTask     *self,
                     const char *sent_on)
{
  g_return_if_fail (LT_IS_TASK (self));

  if (sent_on != NULL && *sent_on == '\0')
    sent_on = NULL;

  if (g_strcmp0 (self->sent_on, sent_on) == 0)
    return;

  g_free (self->sent_on);
  self->sent_on = g_strdup (sent_on);
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_SENT_ON]);
}

/**
 * lt_task_get_answered_on:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_task_get_answered_on (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), NULL);

  return self->answered_on;
}

void
lt_task_set_answered_on (LtTask     *self,
                         const char *answered_on)
{
  g_return_if_fail (LT_IS_TASK (self));

  if (answered_on != NULL && *answered_on == '\0')
    answered_on = NULL;

  if (g_strcmp0 (self->answered_on, answered_on) == 0)
    return;

  g_free (self->answered_on);
  self->answered_on = g_strdup (answered_on);
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_ANSWERED_ON]);
}

gint64
lt_task_get_revision (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), 0);

  return self->revision;
}

void
lt_task_set_revision (LtTask *self,
                      gint64  revision)
{
  g_return_if_fail (LT_IS_TASK (self));
  g_return_if_fail (revision >= 0);

  if (self->revision == revision)
    return;

  self->revision = revision;
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_REVISION]);
}

LtTaskStatus
lt_task_get_status (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), 0);

  return self->status;
}

void
lt_task_set_status (LtTask       *self,
                    LtTaskStatus  status)
{
  g_return_if_fail (LT_IS_TASK (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_STATUS]);
}

const char *
lt_task_get_affaire_name (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), NULL);

  return self->affaire_name;
}

void
lt_task_set_affaire_name (LtTask     *self,
                          const char *affaire_name)
{
  g_return_if_fail (LT_IS_TASK (self));

  if (g_strcmp0 (self->affaire_name, affaire_name != NULL ? affaire_name : "") == 0)
    return;

  g_free (self->affaire_name);
  self->affaire_name = g_strdup (affaire_name != NULL ? affaire_name : "");
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_AFFAIRE_NAME]);
}

const char *
lt_task_get_prestation_name (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), NULL);

  return self->prestation_name;
}

void
lt_task_set_prestation_name (LtTask     *self,
                             const char *prestation_name)
{
  g_return_if_fail (LT_IS_TASK (self));

  if (g_strcmp0 (self->prestation_name, prestation_name != NULL ? prestation_name : "") == 0)
    return;

  g_free (self->prestation_name);
  self->prestation_name = g_strdup (prestation_name != NULL ? prestation_name : "");
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_PRESTATION_NAME]);
}

const char *
lt_task_get_staff_name (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), NULL);

  return self->staff_name;
}

void
lt_task_set_staff_name (LtTask     *self,
                        const char *staff_name)
{
  g_return_if_fail (LT_IS_TASK (self));

  if (g_strcmp0 (self->staff_name, staff_name != NULL ? staff_name : "") == 0)
    return;

  g_free (self->staff_name);
  self->staff_name = g_strdup (staff_name != NULL ? staff_name : "");
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_STAFF_NAME]);
}

const char *
lt_task_get_project_name (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), NULL);

  return self->project_name;
}

void
lt_task_set_project_name (LtTask     *self,
                          const char *project_name)
{
  g_return_if_fail (LT_IS_TASK (self));

  if (g_strcmp0 (self->project_name, project_name != NULL ? project_name : "") == 0)
    return;

  g_free (self->project_name);
  self->project_name = g_strdup (project_name != NULL ? project_name : "");
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_PROJECT_NAME]);
}

gboolean
lt_task_get_late (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), FALSE);

  return self->late;
}

void
lt_task_set_late (LtTask   *self,
                  gboolean  late)
{
  g_return_if_fail (LT_IS_TASK (self));

  late = !!late;
  if (self->late == late)
    return;

  self->late = late;
  g_object_notify_by_pspec (G_OBJECT (self), lt_task_properties[PROP_LATE]);
}

/**
 * lt_task_is_done:
 *
 * Returns: whether a tâche is done (done-on set) or a demande answered
 *   (answered-on set)
 */
gboolean
lt_task_is_done (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), FALSE);

  if (self->kind == LT_STEP_KIND_REQUEST)
    return self->answered_on != NULL;

  return self->done_on != NULL;
}

/**
 * lt_task_get_own_status:
 *
 * The status that follows from the task's own dates only: DONE, SENT (a
 * demande sent and not answered) or TODO. The store refines TODO into
 * BLOCKED or WAITING_CLIENT from the task's predecessors.
 *
 * Returns: the status before dependencies are considered
 */
LtTaskStatus
lt_task_get_own_status (LtTask *self)
{
  g_return_val_if_fail (LT_IS_TASK (self), LT_TASK_STATUS_TODO);

  if (lt_task_is_done (self))
    return LT_TASK_STATUS_DONE;

  if (self->kind == LT_STEP_KIND_REQUEST && self->sent_on != NULL)
    return LT_TASK_STATUS_SENT;

  return LT_TASK_STATUS_TODO;
}
