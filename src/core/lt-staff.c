/* lt-staff.c: an intervenant (collaborateur) of the cabinet */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-staff"

#include "config.h"

#include "lt-staff.h"

struct _LtStaff
{
  LtModel   parent_instance;

  gint64    id;
  char     *name;
  char     *email;
  int       weekly_hours;
  gboolean  active;
  gint64    revision;
};

G_DEFINE_FINAL_TYPE (LtStaff, lt_staff, LT_TYPE_MODEL)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_EMAIL,
  PROP_WEEKLY_HOURS,
  PROP_ACTIVE,
  PROP_REVISION,
  N_PROPS
};

/* The columns of the table, in its order (HACKING.md, "Schema and models"). */
static const LtField fields[N_PROPS] = {
  [PROP_ID]           = LT_FIELD_ID_COLUMN (LtStaff, id, 0),
  [PROP_NAME]         = LT_FIELD_TEXT_COLUMN (LtStaff, name, "", 0),
  [PROP_EMAIL]        = LT_FIELD_TEXT_COLUMN (LtStaff, email, "", 0),
  [PROP_WEEKLY_HOURS] = LT_FIELD_INT_COLUMN (LtStaff, weekly_hours, 35, 0),
  [PROP_ACTIVE]       = LT_FIELD_BOOLEAN_COLUMN (LtStaff, active, TRUE, 0),
  [PROP_REVISION]     = LT_FIELD_ID_COLUMN (LtStaff, revision, 0),
};

static void
lt_staff_class_init (LtStaffClass *klass)
{
  lt_model_class_install (LT_MODEL_CLASS (klass), fields, N_PROPS);
}

static void
lt_staff_init (LtStaff *self)
{
}

/* lt_staff_new (): an empty LtStaff (id 0, not stored yet); lt_staff_copy (): see lt_model_copy () */
LT_MODEL_DEFINE_NEW_AND_COPY (LtStaff, lt_staff, LT_TYPE_STAFF)

LT_MODEL_DEFINE_INT64_ACCESSORS (LtStaff, lt_staff, id, PROP_ID)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtStaff, lt_staff, name, PROP_NAME)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtStaff, lt_staff, email, PROP_EMAIL)
LT_MODEL_DEFINE_INT_ACCESSORS (LtStaff, lt_staff, weekly_hours, PROP_WEEKLY_HOURS)
LT_MODEL_DEFINE_BOOLEAN_ACCESSORS (LtStaff, lt_staff, active, PROP_ACTIVE)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtStaff, lt_staff, revision, PROP_REVISION)
