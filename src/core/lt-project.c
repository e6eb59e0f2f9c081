/* lt-project.c: a projet of a client: the prestations assigned and their suivi */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-project"

#include "config.h"

#include "lt-project.h"

struct _LtProject
{
  LtModel   parent_instance;

  gint64    id;
  gint64    affaire_id;
  char     *name;
  char     *start_date;
  char     *end_date;
  gint64    staff_id;
  gboolean  generated;
  char     *created_at;
  gint64    revision;
};

G_DEFINE_FINAL_TYPE (LtProject, lt_project, LT_TYPE_MODEL)

enum {
  PROP_0,
  PROP_ID,
  PROP_AFFAIRE_ID,
  PROP_NAME,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_STAFF_ID,
  PROP_GENERATED,
  PROP_CREATED_AT,
  PROP_REVISION,
  N_PROPS
};

/* The columns of the table, in its order (HACKING.md, "Schema and models"). */
static const LtField fields[N_PROPS] = {
  [PROP_ID]         = LT_FIELD_ID_COLUMN (LtProject, id, 0),
  [PROP_AFFAIRE_ID] = LT_FIELD_ID_COLUMN (LtProject, affaire_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_NAME]       = LT_FIELD_TEXT_COLUMN (LtProject, name, "", 0),
  [PROP_START_DATE] = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtProject, start_date, 0),
  [PROP_END_DATE]   = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtProject, end_date, 0),
  [PROP_STAFF_ID]   = LT_FIELD_ID_COLUMN (LtProject, staff_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_GENERATED]  = LT_FIELD_BOOLEAN_COLUMN (LtProject, generated, FALSE, 0),
  [PROP_CREATED_AT] = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtProject, created_at, LT_FIELD_DB_DEFAULT),
  [PROP_REVISION]   = LT_FIELD_ID_COLUMN (LtProject, revision, 0),
};

static void
lt_project_class_init (LtProjectClass *klass)
{
  lt_model_class_install (LT_MODEL_CLASS (klass), fields, N_PROPS);
}

static void
lt_project_init (LtProject *self)
{
}

/* lt_project_new (): an empty LtProject (id 0, not stored yet); lt_project_copy (): see lt_model_copy () */
LT_MODEL_DEFINE_NEW_AND_COPY (LtProject, lt_project, LT_TYPE_PROJECT)

LT_MODEL_DEFINE_INT64_ACCESSORS (LtProject, lt_project, id, PROP_ID)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtProject, lt_project, affaire_id, PROP_AFFAIRE_ID)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtProject, lt_project, name, PROP_NAME)
/**
 * lt_project_get_start_date:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtProject, lt_project, start_date, PROP_START_DATE)
/**
 * lt_project_get_end_date:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtProject, lt_project, end_date, PROP_END_DATE)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtProject, lt_project, staff_id, PROP_STAFF_ID)
LT_MODEL_DEFINE_BOOLEAN_ACCESSORS (LtProject, lt_project, generated, PROP_GENERATED)
/**
 * lt_project_get_created_at:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtProject, lt_project, created_at, PROP_CREATED_AT)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtProject, lt_project, revision, PROP_REVISION)
