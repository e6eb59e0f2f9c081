/* lt-step.c: a tâche or demande d’information inside a prestation */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-step"

#include "config.h"

#include "lt-step.h"

struct _LtStep
{
  LtModel     parent_instance;

  gint64      id;
  gint64      prestation_id;
  LtStepKind  kind;
  char       *title;
  char       *description;
  int         delay_days;
  int         position;
  double      x;
  double      y;
  gint64      revision;
  char       *client_title;
  gboolean    from_period_end;
};

G_DEFINE_FINAL_TYPE (LtStep, lt_step, LT_TYPE_MODEL)

enum {
  PROP_0,
  PROP_ID,
  PROP_PRESTATION_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_DELAY_DAYS,
  PROP_POSITION,
  PROP_X,
  PROP_Y,
  PROP_REVISION,
  PROP_CLIENT_TITLE,
  PROP_FROM_PERIOD_END,
  N_PROPS
};

/* The columns of the table, in its order (HACKING.md, "Schema and models"). */
static const LtField fields[N_PROPS] = {
  [PROP_ID]            = LT_FIELD_ID_COLUMN (LtStep, id, 0),
  [PROP_PRESTATION_ID] = LT_FIELD_ID_COLUMN (LtStep, prestation_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_KIND]          = LT_FIELD_ENUM_COLUMN (LtStep, kind, lt_step_kind_get_type, LT_STEP_KIND_TASK, 0),
  [PROP_TITLE]         = LT_FIELD_TEXT_COLUMN (LtStep, title, "", 0),
  [PROP_DESCRIPTION]   = LT_FIELD_TEXT_COLUMN (LtStep, description, "", 0),
  [PROP_DELAY_DAYS]    = LT_FIELD_INT_COLUMN (LtStep, delay_days, -1, LT_FIELD_NULL_IF_ABSENT),
  [PROP_POSITION]      = LT_FIELD_INT_COLUMN (LtStep, position, 0, 0),
  [PROP_X]             = LT_FIELD_DOUBLE_COLUMN (LtStep, x, 0),
  [PROP_Y]             = LT_FIELD_DOUBLE_COLUMN (LtStep, y, 0),
  [PROP_REVISION]      = LT_FIELD_ID_COLUMN (LtStep, revision, 0),
  /* the client's wording (« Transmettre les statuts »); "" = derived from the title */
  [PROP_CLIENT_TITLE]  = LT_FIELD_TEXT_COLUMN (LtStep, client_title, "", 0),
  [PROP_FROM_PERIOD_END] = LT_FIELD_BOOLEAN_COLUMN (LtStep, from_period_end, FALSE, 0),
};

static void
lt_step_class_init (LtStepClass *klass)
{
  lt_model_class_install (LT_MODEL_CLASS (klass), fields, N_PROPS);
}

static void
lt_step_init (LtStep *self)
{
}

/* lt_step_new (): an empty LtStep (id 0, not stored yet); lt_step_copy (): see lt_model_copy () */
LT_MODEL_DEFINE_NEW_AND_COPY (LtStep, lt_step, LT_TYPE_STEP)

LT_MODEL_DEFINE_INT64_ACCESSORS (LtStep, lt_step, id, PROP_ID)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtStep, lt_step, prestation_id, PROP_PRESTATION_ID)
LT_MODEL_DEFINE_ENUM_ACCESSORS (LtStep, lt_step, kind, PROP_KIND, LtStepKind)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtStep, lt_step, title, PROP_TITLE)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtStep, lt_step, description, PROP_DESCRIPTION)
LT_MODEL_DEFINE_INT_ACCESSORS (LtStep, lt_step, delay_days, PROP_DELAY_DAYS)
LT_MODEL_DEFINE_INT_ACCESSORS (LtStep, lt_step, position, PROP_POSITION)
LT_MODEL_DEFINE_DOUBLE_ACCESSORS (LtStep, lt_step, x, PROP_X)
LT_MODEL_DEFINE_DOUBLE_ACCESSORS (LtStep, lt_step, y, PROP_Y)
LT_MODEL_DEFINE_BOOLEAN_ACCESSORS (LtStep, lt_step, from_period_end, PROP_FROM_PERIOD_END)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtStep, lt_step, revision, PROP_REVISION)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtStep, lt_step, client_title, PROP_CLIENT_TITLE)

/**
 * lt_step_has_delay:
 *
 * Returns: whether the step has a delay in working days (-1 otherwise)
 */
gboolean
lt_step_has_delay (LtStep *self)
{
  g_return_val_if_fail (LT_IS_STEP (self), FALSE);

  return self->delay_days >= 0;
}
