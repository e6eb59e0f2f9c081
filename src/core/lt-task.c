/* lt-task.c: a tâche of the suivi, or a demande d’information sent to the client */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-task"

#include "config.h"

#include "lt-task-private.h"
#include "lt-task.h"

G_DEFINE_FINAL_TYPE (LtTask, lt_task, G_TYPE_OBJECT)

GParamSpec *lt_task_properties[N_PROPS];

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

  lt_task_properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_AFFAIRE_ID] =
    g_param_spec_int64 ("affaire-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_PROJECT_ID] =
    g_param_spec_int64 ("project-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_ASSIGNMENT_ID] =
    g_param_spec_int64 ("assignment-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_STEP_ID] =
    g_param_spec_int64 ("step-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       LT_TYPE_STEP_KIND,
                       LT_STEP_KIND_TASK,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_PERIOD] =
    g_param_spec_string ("period", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_DELAY_DAYS] =
    g_param_spec_int ("delay-days", NULL, NULL,
                      G_MININT, G_MAXINT, -1,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_DONE_ON] =
    g_param_spec_string ("done-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_SENT_ON] =
    g_param_spec_string ("sent-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_ANSWERED_ON] =
    g_param_spec_string ("answered-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_REVISION] =
    g_param_spec_int64 ("revision", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       LT_TYPE_TASK_STATUS,
                       LT_TASK_STATUS_TODO,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_AFFAIRE_NAME] =
    g_param_spec_string ("affaire-name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_PRESTATION_NAME] =
    g_param_spec_string ("prestation-name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_STAFF_NAME] =
    g_param_spec_string ("staff-name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_PROJECT_NAME] =
    g_param_spec_string ("project-name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_task_properties[PROP_LATE] =
    g_param_spec_boolean ("late", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, lt_task_properties);
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
