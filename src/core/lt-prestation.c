/* lt-prestation.c: one version of a prestation of the catalogue */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-prestation"

#include "config.h"

#include "lt-prestation.h"

struct _LtPrestation
{
  LtModel       parent_instance;

  gint64        id;
  gint64        family_id;
  int           version;
  gboolean      is_current;
  gint64        category_id;
  char         *name;
  char         *description;
  gint64        price_cents;
  char         *deliverable;
  LtRecurrence  recurrence;
  LtMission     mission;
  gboolean      archived;
  gint64        revision;
  char         *category_name;
};

G_DEFINE_FINAL_TYPE (LtPrestation, lt_prestation, LT_TYPE_MODEL)

enum {
  PROP_0,
  PROP_ID,
  PROP_FAMILY_ID,
  PROP_VERSION,
  PROP_IS_CURRENT,
  PROP_CATEGORY_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_PRICE_CENTS,
  PROP_DELIVERABLE,
  PROP_RECURRENCE,
  PROP_ARCHIVED,
  PROP_MISSION,
  PROP_REVISION,
  PROP_CATEGORY_NAME,
  N_PROPS
};

/* The columns of the table, in its order (HACKING.md, "Schema and models"). */
static const LtField fields[N_PROPS] = {
  [PROP_ID]            = LT_FIELD_ID_COLUMN (LtPrestation, id, 0),
  [PROP_FAMILY_ID]     = LT_FIELD_ID_COLUMN (LtPrestation, family_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_VERSION]       = LT_FIELD_INT_COLUMN (LtPrestation, version, 1, 0),
  [PROP_IS_CURRENT]    = LT_FIELD_BOOLEAN_COLUMN (LtPrestation, is_current, TRUE, 0),
  [PROP_CATEGORY_ID]   = LT_FIELD_ID_COLUMN (LtPrestation, category_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_NAME]          = LT_FIELD_TEXT_COLUMN (LtPrestation, name, "", 0),
  [PROP_DESCRIPTION]   = LT_FIELD_TEXT_COLUMN (LtPrestation, description, "", 0),
  [PROP_PRICE_CENTS]   = LT_FIELD_INT64_COLUMN (LtPrestation, price_cents, -1, LT_FIELD_NULL_IF_ABSENT),
  [PROP_DELIVERABLE]   = LT_FIELD_TEXT_COLUMN (LtPrestation, deliverable, "", 0),
  [PROP_RECURRENCE]    = LT_FIELD_ENUM_COLUMN (LtPrestation, recurrence, lt_recurrence_get_type, LT_RECURRENCE_NONE, 0),
  [PROP_ARCHIVED]      = LT_FIELD_BOOLEAN_COLUMN (LtPrestation, archived, FALSE, 0),
  [PROP_MISSION]       = LT_FIELD_ENUM_COLUMN (LtPrestation, mission, lt_mission_get_type, LT_MISSION_PRESENTATION, 0),
  [PROP_REVISION]      = LT_FIELD_ID_COLUMN (LtPrestation, revision, 0),
  [PROP_CATEGORY_NAME] = LT_FIELD_TEXT_COLUMN (LtPrestation, category_name, "", LT_FIELD_DISPLAY),
};

static void
lt_prestation_class_init (LtPrestationClass *klass)
{
  lt_model_class_install (LT_MODEL_CLASS (klass), fields, N_PROPS);
}

static void
lt_prestation_init (LtPrestation *self)
{
}

/* lt_prestation_new (): an empty LtPrestation (id 0, not stored yet); lt_prestation_copy (): see lt_model_copy () */
LT_MODEL_DEFINE_NEW_AND_COPY (LtPrestation, lt_prestation, LT_TYPE_PRESTATION)

LT_MODEL_DEFINE_INT64_ACCESSORS (LtPrestation, lt_prestation, id, PROP_ID)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtPrestation, lt_prestation, family_id, PROP_FAMILY_ID)
LT_MODEL_DEFINE_INT_ACCESSORS (LtPrestation, lt_prestation, version, PROP_VERSION)
LT_MODEL_DEFINE_BOOLEAN_ACCESSORS (LtPrestation, lt_prestation, is_current, PROP_IS_CURRENT)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtPrestation, lt_prestation, category_id, PROP_CATEGORY_ID)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtPrestation, lt_prestation, name, PROP_NAME)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtPrestation, lt_prestation, description, PROP_DESCRIPTION)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtPrestation, lt_prestation, price_cents, PROP_PRICE_CENTS)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtPrestation, lt_prestation, deliverable, PROP_DELIVERABLE)
LT_MODEL_DEFINE_ENUM_ACCESSORS (LtPrestation, lt_prestation, recurrence, PROP_RECURRENCE, LtRecurrence)
LT_MODEL_DEFINE_BOOLEAN_ACCESSORS (LtPrestation, lt_prestation, archived, PROP_ARCHIVED)
/* the kind of mission, which sets the norm the letter cites (lt-mission.h) */
LT_MODEL_DEFINE_ENUM_ACCESSORS (LtPrestation, lt_prestation, mission, PROP_MISSION, LtMission)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtPrestation, lt_prestation, revision, PROP_REVISION)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtPrestation, lt_prestation, category_name, PROP_CATEGORY_NAME)

/**
 * lt_prestation_has_price:
 *
 * Returns: whether the catalogue gives a price (price-cents is -1 otherwise)
 */
gboolean
lt_prestation_has_price (LtPrestation *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION (self), FALSE);

  return self->price_cents >= 0;
}
