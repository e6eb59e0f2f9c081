/* lt-affaire.c: an affaire — a prospect or a client of the cabinet */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-affaire"

#include "config.h"

#include "lt-affaire.h"

struct _LtAffaire
{
  LtModel         parent_instance;

  gint64          id;
  LtAffaireState  state;
  char           *name;
  char           *siren;
  char           *legal_form;
  char           *address;
  char           *postal_code;
  char           *city;
  char           *activity;
  char           *fiscal_year_end;
  char           *director;
  char           *lcbft_identified_on;
  gint64          lcbft_identified_by;
  char           *beneficial_owner;
  LtVigilance     vigilance;
  gboolean        consumer;
  char           *exercice_start;
  char           *exercice_end;
  char           *created_at;
  gint64          revision;
  char           *letter_outside_date;
  char           *letter_outside_reference;
};

G_DEFINE_FINAL_TYPE (LtAffaire, lt_affaire, LT_TYPE_MODEL)

enum {
  PROP_0,
  PROP_ID,
  PROP_STATE,
  PROP_NAME,
  PROP_SIREN,
  PROP_LEGAL_FORM,
  PROP_ADDRESS,
  PROP_POSTAL_CODE,
  PROP_CITY,
  PROP_ACTIVITY,
  PROP_FISCAL_YEAR_END,
  PROP_DIRECTOR,
  PROP_LCBFT_IDENTIFIED_ON,
  PROP_LCBFT_IDENTIFIED_BY,
  PROP_BENEFICIAL_OWNER,
  PROP_VIGILANCE,
  PROP_CONSUMER,
  PROP_EXERCICE_START,
  PROP_EXERCICE_END,
  PROP_CREATED_AT,
  PROP_REVISION,
  PROP_LETTER_OUTSIDE_DATE,
  PROP_LETTER_OUTSIDE_REFERENCE,
  N_PROPS
};

/* The columns of the table, in its order (HACKING.md, "Schema and models"). */
static const LtField fields[N_PROPS] = {
  [PROP_ID]                  = LT_FIELD_ID_COLUMN (LtAffaire, id, 0),
  [PROP_STATE]               = LT_FIELD_ENUM_COLUMN (LtAffaire, state, lt_affaire_state_get_type, LT_AFFAIRE_STATE_PROSPECT, 0),
  [PROP_NAME]                = LT_FIELD_TEXT_COLUMN (LtAffaire, name, "", 0),
  [PROP_SIREN]               = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtAffaire, siren, LT_FIELD_NULL_IF_ABSENT),
  [PROP_LEGAL_FORM]          = LT_FIELD_TEXT_COLUMN (LtAffaire, legal_form, "", 0),
  [PROP_ADDRESS]             = LT_FIELD_TEXT_COLUMN (LtAffaire, address, "", 0),
  [PROP_POSTAL_CODE]         = LT_FIELD_TEXT_COLUMN (LtAffaire, postal_code, "", 0),
  [PROP_CITY]                = LT_FIELD_TEXT_COLUMN (LtAffaire, city, "", 0),
  [PROP_ACTIVITY]            = LT_FIELD_TEXT_COLUMN (LtAffaire, activity, "", 0),
  [PROP_FISCAL_YEAR_END]     = LT_FIELD_TEXT_COLUMN (LtAffaire, fiscal_year_end, "12-31", 0),
  [PROP_DIRECTOR]            = LT_FIELD_TEXT_COLUMN (LtAffaire, director, "", 0),
  [PROP_LCBFT_IDENTIFIED_ON] = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtAffaire, lcbft_identified_on, LT_FIELD_NULL_IF_ABSENT),
  [PROP_LCBFT_IDENTIFIED_BY] = LT_FIELD_ID_COLUMN (LtAffaire, lcbft_identified_by, LT_FIELD_NULL_IF_ABSENT),
  [PROP_BENEFICIAL_OWNER]    = LT_FIELD_TEXT_COLUMN (LtAffaire, beneficial_owner, "", 0),
  [PROP_VIGILANCE]           = LT_FIELD_ENUM_COLUMN (LtAffaire, vigilance, lt_vigilance_get_type, LT_VIGILANCE_NOT_ASSESSED, 0),
  [PROP_CONSUMER]            = LT_FIELD_BOOLEAN_COLUMN (LtAffaire, consumer, FALSE, 0),
  [PROP_EXERCICE_START]      = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtAffaire, exercice_start, LT_FIELD_NULL_IF_ABSENT),
  [PROP_EXERCICE_END]        = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtAffaire, exercice_end, LT_FIELD_NULL_IF_ABSENT),
  [PROP_CREATED_AT]          = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtAffaire, created_at, LT_FIELD_DB_DEFAULT),
  [PROP_REVISION]            = LT_FIELD_ID_COLUMN (LtAffaire, revision, 0),
  [PROP_LETTER_OUTSIDE_DATE] = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtAffaire, letter_outside_date, LT_FIELD_NULL_IF_ABSENT),
  [PROP_LETTER_OUTSIDE_REFERENCE] = LT_FIELD_TEXT_COLUMN (LtAffaire, letter_outside_reference, "", 0),
};

static void
lt_affaire_class_init (LtAffaireClass *klass)
{
  lt_model_class_install (LT_MODEL_CLASS (klass), fields, N_PROPS);
}

static void
lt_affaire_init (LtAffaire *self)
{
}

/* lt_affaire_new (): an empty LtAffaire (id 0, not stored yet); lt_affaire_copy (): see lt_model_copy () */
LT_MODEL_DEFINE_NEW_AND_COPY (LtAffaire, lt_affaire, LT_TYPE_AFFAIRE)

LT_MODEL_DEFINE_INT64_ACCESSORS (LtAffaire, lt_affaire, id, PROP_ID)
LT_MODEL_DEFINE_ENUM_ACCESSORS (LtAffaire, lt_affaire, state, PROP_STATE, LtAffaireState)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAffaire, lt_affaire, name, PROP_NAME)
/**
 * lt_affaire_get_siren:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAffaire, lt_affaire, siren, PROP_SIREN)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAffaire, lt_affaire, legal_form, PROP_LEGAL_FORM)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAffaire, lt_affaire, address, PROP_ADDRESS)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAffaire, lt_affaire, postal_code, PROP_POSTAL_CODE)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAffaire, lt_affaire, city, PROP_CITY)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAffaire, lt_affaire, activity, PROP_ACTIVITY)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAffaire, lt_affaire, fiscal_year_end, PROP_FISCAL_YEAR_END)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAffaire, lt_affaire, director, PROP_DIRECTOR)
/**
 * lt_affaire_get_lcbft_identified_on:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAffaire, lt_affaire, lcbft_identified_on, PROP_LCBFT_IDENTIFIED_ON)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtAffaire, lt_affaire, lcbft_identified_by, PROP_LCBFT_IDENTIFIED_BY)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAffaire, lt_affaire, beneficial_owner, PROP_BENEFICIAL_OWNER)
LT_MODEL_DEFINE_ENUM_ACCESSORS (LtAffaire, lt_affaire, vigilance, PROP_VIGILANCE, LtVigilance)
/**
 * lt_affaire_get_consumer:
 *
 * Returns: whether the client is a consumer or a non-professional (a
 *   natural person, an SCI familiale…): its letters follow the Code de la
 *   consommation
 */
LT_MODEL_DEFINE_BOOLEAN_ACCESSORS (LtAffaire, lt_affaire, consumer, PROP_CONSUMER)
/**
 * lt_affaire_get_exercice_start:
 *
 * The first day of the current exercice when it is not a regular year of
 * twelve months (a first or a long exercice); with lt_affaire_get_exercice_end().
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAffaire, lt_affaire, exercice_start, PROP_EXERCICE_START)
/**
 * lt_affaire_get_exercice_end:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAffaire, lt_affaire, exercice_end, PROP_EXERCICE_END)
/**
 * lt_affaire_get_created_at:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAffaire, lt_affaire, created_at, PROP_CREATED_AT)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtAffaire, lt_affaire, revision, PROP_REVISION)

/**
 * lt_affaire_is_client:
 *
 * Returns: whether the affaire is a client (a signed lettre de mission),
 *   not a prospect
 */
gboolean
lt_affaire_is_client (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), FALSE);

  return self->state == LT_AFFAIRE_STATE_CLIENT;
}

/**
 * lt_affaire_is_lcbft_done:
 *
 * LCB-FT: the client has been identified (a date) and its bénéficiaire
 * effectif is known. A lettre de mission cannot be sent before.
 *
 * Returns: whether the identification of the client is recorded
 */
gboolean
lt_affaire_is_lcbft_done (LtAffaire *self)
{
  g_autofree char *owner = NULL;

  g_return_val_if_fail (LT_IS_AFFAIRE (self), FALSE);

  if (self->lcbft_identified_on == NULL)
    return FALSE;

  owner = g_strstrip (g_strdup (self->beneficial_owner));
  return owner[0] != '\0';
}

/**
 * lt_affaire_get_letter_outside_date:
 *
 * A client whose lettre de mission was signed outside Lettrine (an
 * imported client base): the date of that letter (ISO), NULL otherwise.
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAffaire, lt_affaire, letter_outside_date, PROP_LETTER_OUTSIDE_DATE)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtAffaire, lt_affaire, letter_outside_reference, PROP_LETTER_OUTSIDE_REFERENCE)

/**
 * lt_affaire_has_letter_outside:
 *
 * Returns: whether the affaire's lettre de mission is recorded as signed
 *   outside Lettrine (a date)
 */
gboolean
lt_affaire_has_letter_outside (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), FALSE);

  return self->letter_outside_date != NULL && self->letter_outside_date[0] != '\0';
}
