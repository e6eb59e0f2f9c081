/* lt-assignment.c: a prestation assigned to a projet, with its dates and price */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-assignment"

#include "config.h"

#include "lt-assignment.h"

struct _LtAssignment
{
  LtModel  parent_instance;

  gint64   id;
  gint64   project_id;
  gint64   prestation_id;
  char    *start_date;
  char    *end_date;
  gint64   price_cents;
  gint64   revision;
};

G_DEFINE_FINAL_TYPE (LtAssignment, lt_assignment, LT_TYPE_MODEL)

enum {
  PROP_0,
  PROP_ID,
  PROP_PROJECT_ID,
  PROP_PRESTATION_ID,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_PRICE_CENTS,
  PROP_REVISION,
  N_PROPS
};

/* The columns of the table, in its order (HACKING.md, "Schema and models"). */
static const LtField fields[N_PROPS] = {
  [PROP_ID]            = LT_FIELD_ID_COLUMN (LtAssignment, id, 0),
  [PROP_PROJECT_ID]    = LT_FIELD_ID_COLUMN (LtAssignment, project_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_PRESTATION_ID] = LT_FIELD_ID_COLUMN (LtAssignment, prestation_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_START_DATE]    = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtAssignment, start_date, 0),
  [PROP_END_DATE]      = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtAssignment, end_date, 0),
  [PROP_PRICE_CENTS]   = LT_FIELD_INT64_COLUMN (LtAssignment, price_cents, 0, 0),
  [PROP_REVISION]      = LT_FIELD_ID_COLUMN (LtAssignment, revision, 0),
};

static void
lt_assignment_class_init (LtAssignmentClass *klass)
{
  lt_model_class_install (LT_MODEL_CLASS (klass), fields, N_PROPS);
}

static void
lt_assignment_init (LtAssignment *self)
{
}

/* lt_assignment_new (): an empty LtAssignment (id 0, not stored yet); lt_assignment_copy (): see lt_model_copy () */
LT_MODEL_DEFINE_NEW_AND_COPY (LtAssignment, lt_assignment, LT_TYPE_ASSIGNMENT)

LT_MODEL_DEFINE_INT64_ACCESSORS (LtAssignment, lt_assignment, id, PROP_ID)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtAssignment, lt_assignment, project_id, PROP_PROJECT_ID)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtAssignment, lt_assignment, prestation_id, PROP_PRESTATION_ID)
/**
 * lt_assignment_get_start_date:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAssignment, lt_assignment, start_date, PROP_START_DATE)
/**
 * lt_assignment_get_end_date:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAssignment, lt_assignment, end_date, PROP_END_DATE)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtAssignment, lt_assignment, price_cents, PROP_PRICE_CENTS)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtAssignment, lt_assignment, revision, PROP_REVISION)
