/* lt-category.c: a catégorie of prestations in the catalogue */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-category"

#include "config.h"

#include "lt-category.h"

struct _LtCategory
{
  LtModel  parent_instance;

  gint64   id;
  char    *name;
  int      position;
  gint64   revision;
};

G_DEFINE_FINAL_TYPE (LtCategory, lt_category, LT_TYPE_MODEL)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_POSITION,
  PROP_REVISION,
  N_PROPS
};

/* The columns of the table, in its order (HACKING.md, "Schema and models"). */
static const LtField fields[N_PROPS] = {
  [PROP_ID]       = LT_FIELD_ID_COLUMN (LtCategory, id, 0),
  [PROP_NAME]     = LT_FIELD_TEXT_COLUMN (LtCategory, name, "", 0),
  [PROP_POSITION] = LT_FIELD_INT_COLUMN (LtCategory, position, 0, 0),
  [PROP_REVISION] = LT_FIELD_ID_COLUMN (LtCategory, revision, 0),
};

static void
lt_category_class_init (LtCategoryClass *klass)
{
  lt_model_class_install (LT_MODEL_CLASS (klass), fields, N_PROPS);
}

static void
lt_category_init (LtCategory *self)
{
}

/* lt_category_new (): an empty LtCategory (id 0, not stored yet); lt_category_copy (): see lt_model_copy () */
LT_MODEL_DEFINE_NEW_AND_COPY (LtCategory, lt_category, LT_TYPE_CATEGORY)

LT_MODEL_DEFINE_INT64_ACCESSORS (LtCategory, lt_category, id, PROP_ID)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtCategory, lt_category, name, PROP_NAME)
LT_MODEL_DEFINE_INT_ACCESSORS (LtCategory, lt_category, position, PROP_POSITION)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtCategory, lt_category, revision, PROP_REVISION)
