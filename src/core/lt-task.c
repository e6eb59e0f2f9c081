/* lt-task.c: a tâche of the suivi, or a demande d’information sent to the client */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-task"

#include "config.h"

#include "lt-task.h"

struct _LtTask
{
  LtModel       parent_instance;

  gint64        id;
  gint64        affaire_id;
  gint64        project_id;
  gint64        assignment_id;
  gint64        step_id;
  LtStepKind    kind;
  char         *title;
  char         *period;
  gint64        staff_id;
  int           delay_days;
  char         *start_date;
  char         *due_date;
  char         *done_on;
  char         *sent_on;
  char         *answered_on;
  gint64        revision;
  LtTaskStatus  status;
  char         *affaire_name;
  char         *prestation_name;
  char         *staff_name;
  char         *project_name;
  gboolean      late;
  char         *send_on;
};

G_DEFINE_FINAL_TYPE (LtTask, lt_task, LT_TYPE_MODEL)

enum {
  PROP_0,
  PROP_ID,
  PROP_AFFAIRE_ID,
  PROP_PROJECT_ID,
  PROP_ASSIGNMENT_ID,
  PROP_STEP_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_PERIOD,
  PROP_STAFF_ID,
  PROP_DELAY_DAYS,
  PROP_START_DATE,
  PROP_DUE_DATE,
  PROP_DONE_ON,
  PROP_SENT_ON,
  PROP_ANSWERED_ON,
  PROP_REVISION,
  PROP_STATUS,
  PROP_AFFAIRE_NAME,
  PROP_PRESTATION_NAME,
  PROP_STAFF_NAME,
  PROP_PROJECT_NAME,
  PROP_LATE,
  PROP_SEND_ON,
  N_PROPS
};

/* The columns of the table, in its order (HACKING.md, "Schema and models"). */
static const LtField fields[N_PROPS] = {
  [PROP_ID]              = LT_FIELD_ID_COLUMN (LtTask, id, 0),
  [PROP_AFFAIRE_ID]      = LT_FIELD_ID_COLUMN (LtTask, affaire_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_PROJECT_ID]      = LT_FIELD_ID_COLUMN (LtTask, project_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_ASSIGNMENT_ID]   = LT_FIELD_ID_COLUMN (LtTask, assignment_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_STEP_ID]         = LT_FIELD_ID_COLUMN (LtTask, step_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_KIND]            = LT_FIELD_ENUM_COLUMN (LtTask, kind, lt_step_kind_get_type, LT_STEP_KIND_TASK, 0),
  [PROP_TITLE]           = LT_FIELD_TEXT_COLUMN (LtTask, title, "", 0),
  [PROP_PERIOD]          = LT_FIELD_TEXT_COLUMN (LtTask, period, "", 0),
  [PROP_STAFF_ID]        = LT_FIELD_ID_COLUMN (LtTask, staff_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_DELAY_DAYS]      = LT_FIELD_INT_COLUMN (LtTask, delay_days, -1, LT_FIELD_NULL_IF_ABSENT),
  [PROP_START_DATE]      = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtTask, start_date, 0),
  [PROP_DUE_DATE]        = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtTask, due_date, 0),
  [PROP_DONE_ON]         = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtTask, done_on, LT_FIELD_NULL_IF_ABSENT),
  [PROP_SENT_ON]         = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtTask, sent_on, LT_FIELD_NULL_IF_ABSENT),
  [PROP_ANSWERED_ON]     = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtTask, answered_on, LT_FIELD_NULL_IF_ABSENT),
  [PROP_REVISION]        = LT_FIELD_ID_COLUMN (LtTask, revision, 0),
  [PROP_STATUS]          = LT_FIELD_ENUM_COLUMN (LtTask, status, lt_task_status_get_type, LT_TASK_STATUS_TODO, LT_FIELD_DISPLAY),
  [PROP_AFFAIRE_NAME]    = LT_FIELD_TEXT_COLUMN (LtTask, affaire_name, "", LT_FIELD_DISPLAY),
  [PROP_PRESTATION_NAME] = LT_FIELD_TEXT_COLUMN (LtTask, prestation_name, "", LT_FIELD_DISPLAY),
  [PROP_STAFF_NAME]      = LT_FIELD_TEXT_COLUMN (LtTask, staff_name, "", LT_FIELD_DISPLAY),
  [PROP_PROJECT_NAME]    = LT_FIELD_TEXT_COLUMN (LtTask, project_name, "", LT_FIELD_DISPLAY),
  [PROP_LATE]            = LT_FIELD_BOOLEAN_COLUMN (LtTask, late, FALSE, LT_FIELD_DISPLAY),
  [PROP_SEND_ON]         = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtTask, send_on, LT_FIELD_NULL_IF_ABSENT),
};

static void
lt_task_class_init (LtTaskClass *klass)
{
  lt_model_class_install (LT_MODEL_CLASS (klass), fields, N_PROPS);
}

static void
lt_task_init (LtTask *self)
{
}

/* lt_task_new (): an empty LtTask (id 0, not stored yet); lt_task_copy (): see lt_model_copy () */
LT_MODEL_DEFINE_NEW_AND_COPY (LtTask, lt_task, LT_TYPE_TASK)

LT_MODEL_DEFINE_INT64_ACCESSORS (LtTask, lt_task, id, PROP_ID)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtTask, lt_task, affaire_id, PROP_AFFAIRE_ID)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtTask, lt_task, project_id, PROP_PROJECT_ID)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtTask, lt_task, assignment_id, PROP_ASSIGNMENT_ID)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtTask, lt_task, step_id, PROP_STEP_ID)
LT_MODEL_DEFINE_ENUM_ACCESSORS (LtTask, lt_task, kind, PROP_KIND, LtStepKind)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtTask, lt_task, title, PROP_TITLE)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtTask, lt_task, period, PROP_PERIOD)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtTask, lt_task, staff_id, PROP_STAFF_ID)
LT_MODEL_DEFINE_INT_ACCESSORS (LtTask, lt_task, delay_days, PROP_DELAY_DAYS)
/**
 * lt_task_get_start_date:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtTask, lt_task, start_date, PROP_START_DATE)
/**
 * lt_task_get_due_date:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtTask, lt_task, due_date, PROP_DUE_DATE)
/**
 * lt_task_get_done_on:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtTask, lt_task, done_on, PROP_DONE_ON)
/**
 * lt_task_get_sent_on:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtTask, lt_task, sent_on, PROP_SENT_ON)
/**
 * lt_task_get_answered_on:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtTask, lt_task, answered_on, PROP_ANSWERED_ON)
/**
 * lt_task_get_send_on:
 *
 * Returns: (nullable) (transfer none): the day a demande is planned to go
 *   to the client (« à envoyer » until then), NULL for a tâche
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtTask, lt_task, send_on, PROP_SEND_ON)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtTask, lt_task, revision, PROP_REVISION)
LT_MODEL_DEFINE_ENUM_ACCESSORS (LtTask, lt_task, status, PROP_STATUS, LtTaskStatus)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtTask, lt_task, affaire_name, PROP_AFFAIRE_NAME)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtTask, lt_task, prestation_name, PROP_PRESTATION_NAME)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtTask, lt_task, staff_name, PROP_STAFF_NAME)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtTask, lt_task, project_name, PROP_PROJECT_NAME)
LT_MODEL_DEFINE_BOOLEAN_ACCESSORS (LtTask, lt_task, late, PROP_LATE)

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
