/* lt-task.c: a tâche of the suivi, or a demande d’information sent to the client */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-task"

#include "config.h"

#include "lt-task.h"

struct _LtTask
{
  GObject parent_instance;

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
  guint         late : 1;
};

G_DEFINE_FINAL_TYPE (LtTask, lt_task, G_TYPE_OBJECT)

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
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lt_task_finalize (GObject *object)
{
  LtTask *self = (LtTask *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->due_date, g_free);
  g_clear_pointer (&self->done_on, g_free);
  g_clear_pointer (&self->sent_on, g_free);
  g_clear_pointer (&self->answered_on, g_free);
  g_clear_pointer (&self->affaire_name, g_free);
  g_clear_pointer (&self->prestation_name, g_free);
  g_clear_pointer (&self->staff_name, g_free);
  g_clear_pointer (&self->project_name, g_free);

  G_OBJECT_CLASS (lt_task_parent_class)->finalize (object);
}

static void
lt_task_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  LtTask *self = LT_TASK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_AFFAIRE_ID:
      g_value_set_int64 (value, self->affaire_id);
      break;

    case PROP_PROJECT_ID:
      g_value_set_int64 (value, self->project_id);
      break;

    case PROP_ASSIGNMENT_ID:
      g_value_set_int64 (value, self->assignment_id);
      break;

    case PROP_STEP_ID:
      g_value_set_int64 (value, self->step_id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PERIOD:
      g_value_set_string (value, self->period);
      break;

    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_DELAY_DAYS:
      g_value_set_int (value, self->delay_days);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;

    case PROP_DONE_ON:
      g_value_set_string (value, self->done_on);
      break;

    case PROP_SENT_ON:
      g_value_set_string (value, self->sent_on);
      break;

    case PROP_ANSWERED_ON:
      g_value_set_string (value, self->answered_on);
      break;

    case PROP_REVISION:
      g_value_set_int64 (value, self->revision);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_AFFAIRE_NAME:
      g_value_set_string (value, self->affaire_name);
      break;

    case PROP_PRESTATION_NAME:
      g_value_set_string (value, self->prestation_name);
      break;

    case PROP_STAFF_NAME:
      g_value_set_string (value, self->staff_name);
      break;

    case PROP_PROJECT_NAME:
      g_value_set_string (value, self->project_name);
      break;

    case PROP_LATE:
      g_value_set_boolean (value, self->late);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_task_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  LtTask *self = LT_TASK (object);

  switch (prop_id)
    {
    case PROP_ID:
      lt_task_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_AFFAIRE_ID:
      lt_task_set_affaire_id (self, g_value_get_int64 (value));
      break;

    case PROP_PROJECT_ID:
      lt_task_set_project_id (self, g_value_get_int64 (value));
      break;

    case PROP_ASSIGNMENT_ID:
      lt_task_set_assignment_id (self, g_value_get_int64 (value));
      break;

    case PROP_STEP_ID:
      lt_task_set_step_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      lt_task_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_TITLE:
      lt_task_set_title (self, g_value_get_string (value));
      break;

    case PROP_PERIOD:
      lt_task_set_period (self, g_value_get_string (value));
      break;

    case PROP_STAFF_ID:
      lt_task_set_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_DELAY_DAYS:
      lt_task_set_delay_days (self, g_value_get_int (value));
      break;

    case PROP_START_DATE:
      lt_task_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_DUE_DATE:
      lt_task_set_due_date (self, g_value_get_string (value));
      break;

    case PROP_DONE_ON:
      lt_task_set_done_on (self, g_value_get_string (value));
      break;

    case PROP_SENT_ON:
      lt_task_set_sent_on (self, g_value_get_string (value));
      break;

    case PROP_ANSWERED_ON:
      lt_task_set_answered_on (self, g_value_get_string (value));
      break;

    case PROP_REVISION:
      lt_task_set_revision (self, g_value_get_int64 (value));
      break;

    case PROP_STATUS:
      lt_task_set_status (self, g_value_get_enum (value));
      break;

    case PROP_AFFAIRE_NAME:
      lt_task_set_affaire_name (self, g_value_get_string (value));
      break;

    case PROP_PRESTATION_NAME:
      lt_task_set_prestation_name (self, g_value_get_string (value));
      break;

    case PROP_STAFF_NAME:
      lt_task_set_staff_name (self, g_value_get_string (value));
      break;

    case PROP_PROJECT_NAME:
      lt_task_set_project_name (self, g_value_get_string (value));
      break;

    case PROP_LATE:
      lt_task_set_late (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_task_class_init (LtTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_task_finalize;
  object_class->get_property = lt_task_get_property;
  object_class->set_property = lt_task_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_AFFAIRE_ID] =
    g_param_spec_int64 ("affaire-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_PROJECT_ID] =
    g_param_spec_int64 ("project-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_ASSIGNMENT_ID] =
    g_param_spec_int64 ("assignment-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_STEP_ID] =
    g_param_spec_int64 ("step-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       LT_TYPE_STEP_KIND,
                       LT_STEP_KIND_TASK,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PERIOD] =
    g_param_spec_string ("period", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_DELAY_DAYS] =
    g_param_spec_int ("delay-days", NULL, NULL,
                      G_MININT, G_MAXINT, -1,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_DONE_ON] =
    g_param_spec_string ("done-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SENT_ON] =
    g_param_spec_string ("sent-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ANSWERED_ON] =
    g_param_spec_string ("answered-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_REVISION] =
    g_param_spec_int64 ("revision", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       LT_TYPE_TASK_STATUS,
                       LT_TASK_STATUS_TODO,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_AFFAIRE_NAME] =
    g_param_spec_string ("affaire-name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PRESTATION_NAME] =
    g_param_spec_string ("prestation-name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_STAFF_NAME] =
    g_param_spec_string ("staff-name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PROJECT_NAME] =
    g_param_spec_string ("project-name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_LATE] =
    g_param_spec_boolean ("late", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_task_init (LtTask *self)
{
  self->title = g_strdup ("");
  self->period = g_strdup ("");
  self->delay_days = -1;
  self->affaire_name = g_strdup ("");
  self->prestation_name = g_strdup ("");
  self->staff_name = g_strdup ("");
  self->project_name = g_strdup ("");
}

/**
 * lt_task_new:
 *
 * Returns: (transfer full): an empty LtTask (id 0, not stored yet)
 */
LtTask *
lt_task_new (void)
{
  return g_object_new (LT_TYPE_TASK, NULL);
}

/**
 * lt_task_copy:
 *
 * A copy to edit in a dialog without touching the object a list shows
 * (id and revision included, so that saving it names the revision read).
 *
 * Returns: (transfer full): a new LtTask with the values of @self
 */
LtTask *
lt_task_copy (LtTask *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  LtTask *copy;
  guint n_pspecs;

  g_return_val_if_fail (LT_IS_TASK (self), NULL);

  copy = lt_task_new ();
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (self), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);
    }

  return copy;
}

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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AFFAIRE_ID]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT_ID]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSIGNMENT_ID]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP_ID]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELAY_DAYS]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_DATE]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE_ON]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENT_ON]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERED_ON]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AFFAIRE_NAME]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESTATION_NAME]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_NAME]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT_NAME]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATE]);
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
