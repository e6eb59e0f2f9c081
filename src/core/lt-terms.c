/* lt-terms.c: one version of the conditions générales */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-terms"

#include "config.h"

#include "lt-terms.h"

struct _LtTerms
{
  LtModel  parent_instance;

  gint64   id;
  char    *version;
  char    *effective_on;
  char    *body;
  char    *created_at;
  gint64   revision;
};

G_DEFINE_FINAL_TYPE (LtTerms, lt_terms, LT_TYPE_MODEL)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_EFFECTIVE_ON,
  PROP_BODY,
  PROP_CREATED_AT,
  PROP_REVISION,
  N_PROPS
};

/* The columns of the table, in its order (HACKING.md, "Schema and models"). */
static const LtField fields[N_PROPS] = {
  [PROP_ID]           = LT_FIELD_ID_COLUMN (LtTerms, id, 0),
  [PROP_VERSION]      = LT_FIELD_TEXT_COLUMN (LtTerms, version, "", 0),
  [PROP_EFFECTIVE_ON] = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtTerms, effective_on, 0),
  [PROP_BODY]         = LT_FIELD_TEXT_COLUMN (LtTerms, body, "", 0),
  [PROP_CREATED_AT]   = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtTerms, created_at, LT_FIELD_DB_DEFAULT),
  [PROP_REVISION]     = LT_FIELD_ID_COLUMN (LtTerms, revision, 0),
};

static void
lt_terms_class_init (LtTermsClass *klass)
{
  lt_model_class_install (LT_MODEL_CLASS (klass), fields, N_PROPS);
}

static void
lt_terms_init (LtTerms *self)
{
}

/* lt_terms_new (): an empty LtTerms (id 0, not stored yet); lt_terms_copy (): see lt_model_copy () */
LT_MODEL_DEFINE_NEW_AND_COPY (LtTerms, lt_terms, LT_TYPE_TERMS)

LT_MODEL_DEFINE_INT64_ACCESSORS (LtTerms, lt_terms, id, PROP_ID)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtTerms, lt_terms, version, PROP_VERSION)
/**
 * lt_terms_get_effective_on:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtTerms, lt_terms, effective_on, PROP_EFFECTIVE_ON)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtTerms, lt_terms, body, PROP_BODY)
/**
 * lt_terms_get_created_at:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtTerms, lt_terms, created_at, PROP_CREATED_AT)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtTerms, lt_terms, revision, PROP_REVISION)
