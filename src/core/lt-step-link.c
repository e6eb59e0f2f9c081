/* lt-step-link.c: a dépendance between two steps of a prestation (from → to) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-step-link"

#include "config.h"

#include "lt-step-link.h"

struct _LtStepLink
{
  LtModel  parent_instance;

  gint64   id;
  gint64   from_step_id;
  gint64   to_step_id;
  int      lag_days;
  gint64   revision;
};

G_DEFINE_FINAL_TYPE (LtStepLink, lt_step_link, LT_TYPE_MODEL)

enum {
  PROP_0,
  PROP_ID,
  PROP_FROM_STEP_ID,
  PROP_TO_STEP_ID,
  PROP_LAG_DAYS,
  PROP_REVISION,
  N_PROPS
};

/* The columns of the table, in its order (HACKING.md, "Schema and models"). */
static const LtField fields[N_PROPS] = {
  [PROP_ID]           = LT_FIELD_ID_COLUMN (LtStepLink, id, 0),
  [PROP_FROM_STEP_ID] = LT_FIELD_ID_COLUMN (LtStepLink, from_step_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_TO_STEP_ID]   = LT_FIELD_ID_COLUMN (LtStepLink, to_step_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_LAG_DAYS]     = LT_FIELD_INT_COLUMN (LtStepLink, lag_days, 0, 0),
  [PROP_REVISION]     = LT_FIELD_ID_COLUMN (LtStepLink, revision, 0),
};

static void
lt_step_link_class_init (LtStepLinkClass *klass)
{
  lt_model_class_install (LT_MODEL_CLASS (klass), fields, N_PROPS);
}

static void
lt_step_link_init (LtStepLink *self)
{
}

/* lt_step_link_new (): an empty LtStepLink (id 0, not stored yet); lt_step_link_copy (): see lt_model_copy () */
LT_MODEL_DEFINE_NEW_AND_COPY (LtStepLink, lt_step_link, LT_TYPE_STEP_LINK)

LT_MODEL_DEFINE_INT64_ACCESSORS (LtStepLink, lt_step_link, id, PROP_ID)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtStepLink, lt_step_link, from_step_id, PROP_FROM_STEP_ID)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtStepLink, lt_step_link, to_step_id, PROP_TO_STEP_ID)
LT_MODEL_DEFINE_INT_ACCESSORS (LtStepLink, lt_step_link, lag_days, PROP_LAG_DAYS)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtStepLink, lt_step_link, revision, PROP_REVISION)
