/* lt-firm.c: the cabinet itself: its legal details, printed on every letter */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-firm"

#include "config.h"

#include "lt-firm.h"

struct _LtFirm
{
  LtModel  parent_instance;

  gint64   id;
  char    *name;
  char    *legal_form;
  char    *address;
  char    *postal_code;
  char    *city;
  char    *phone;
  char    *email;
  char    *siren;
  char    *rcs;
  char    *ordre;
  char    *vat_number;
  char    *insurance;
  char    *signatory_name;
  char    *mediator_name;
  char    *mediator_address;
  char    *mediator_website;
  gint64   revision;
  gboolean alsace_moselle;
};

G_DEFINE_FINAL_TYPE (LtFirm, lt_firm, LT_TYPE_MODEL)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_LEGAL_FORM,
  PROP_ADDRESS,
  PROP_POSTAL_CODE,
  PROP_CITY,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_SIREN,
  PROP_RCS,
  PROP_ORDRE,
  PROP_VAT_NUMBER,
  PROP_INSURANCE,
  PROP_SIGNATORY_NAME,
  PROP_MEDIATOR_NAME,
  PROP_MEDIATOR_ADDRESS,
  PROP_MEDIATOR_WEBSITE,
  PROP_REVISION,
  PROP_ALSACE_MOSELLE,
  N_PROPS
};

/* The columns of the table, in its order (HACKING.md, "Schema and models"). */
static const LtField fields[N_PROPS] = {
  [PROP_ID]             = LT_FIELD_ID_COLUMN (LtFirm, id, 0),
  [PROP_NAME]           = LT_FIELD_TEXT_COLUMN (LtFirm, name, "", 0),
  [PROP_LEGAL_FORM]     = LT_FIELD_TEXT_COLUMN (LtFirm, legal_form, "", 0),
  [PROP_ADDRESS]        = LT_FIELD_TEXT_COLUMN (LtFirm, address, "", 0),
  [PROP_POSTAL_CODE]    = LT_FIELD_TEXT_COLUMN (LtFirm, postal_code, "", 0),
  [PROP_CITY]           = LT_FIELD_TEXT_COLUMN (LtFirm, city, "", 0),
  [PROP_PHONE]          = LT_FIELD_TEXT_COLUMN (LtFirm, phone, "", 0),
  [PROP_EMAIL]          = LT_FIELD_TEXT_COLUMN (LtFirm, email, "", 0),
  [PROP_SIREN]          = LT_FIELD_TEXT_COLUMN (LtFirm, siren, "", 0),
  [PROP_RCS]            = LT_FIELD_TEXT_COLUMN (LtFirm, rcs, "", 0),
  [PROP_ORDRE]          = LT_FIELD_TEXT_COLUMN (LtFirm, ordre, "", 0),
  [PROP_VAT_NUMBER]     = LT_FIELD_TEXT_COLUMN (LtFirm, vat_number, "", 0),
  [PROP_INSURANCE]      = LT_FIELD_TEXT_COLUMN (LtFirm, insurance, "", 0),
  [PROP_SIGNATORY_NAME] = LT_FIELD_TEXT_COLUMN (LtFirm, signatory_name, "", 0),
  [PROP_MEDIATOR_NAME]    = LT_FIELD_TEXT_COLUMN (LtFirm, mediator_name, "", 0),
  [PROP_MEDIATOR_ADDRESS] = LT_FIELD_TEXT_COLUMN (LtFirm, mediator_address, "", 0),
  [PROP_MEDIATOR_WEBSITE] = LT_FIELD_TEXT_COLUMN (LtFirm, mediator_website, "", 0),
  [PROP_REVISION]       = LT_FIELD_ID_COLUMN (LtFirm, revision, 0),
  [PROP_ALSACE_MOSELLE] = LT_FIELD_BOOLEAN_COLUMN (LtFirm, alsace_moselle, FALSE, 0),
};

static void
lt_firm_class_init (LtFirmClass *klass)
{
  lt_model_class_install (LT_MODEL_CLASS (klass), fields, N_PROPS);
}

static void
lt_firm_init (LtFirm *self)
{
}

/* lt_firm_new (): an empty LtFirm (id 0, not stored yet); lt_firm_copy (): see lt_model_copy () */
LT_MODEL_DEFINE_NEW_AND_COPY (LtFirm, lt_firm, LT_TYPE_FIRM)

LT_MODEL_DEFINE_INT64_ACCESSORS (LtFirm, lt_firm, id, PROP_ID)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtFirm, lt_firm, name, PROP_NAME)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtFirm, lt_firm, legal_form, PROP_LEGAL_FORM)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtFirm, lt_firm, address, PROP_ADDRESS)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtFirm, lt_firm, postal_code, PROP_POSTAL_CODE)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtFirm, lt_firm, city, PROP_CITY)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtFirm, lt_firm, phone, PROP_PHONE)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtFirm, lt_firm, email, PROP_EMAIL)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtFirm, lt_firm, siren, PROP_SIREN)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtFirm, lt_firm, rcs, PROP_RCS)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtFirm, lt_firm, ordre, PROP_ORDRE)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtFirm, lt_firm, vat_number, PROP_VAT_NUMBER)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtFirm, lt_firm, insurance, PROP_INSURANCE)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtFirm, lt_firm, signatory_name, PROP_SIGNATORY_NAME)
/* the médiateur de la consommation the cabinet belongs to (C. consom.
 * L616-1, R616-1): named in every letter to a consumer */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtFirm, lt_firm, mediator_name, PROP_MEDIATOR_NAME)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtFirm, lt_firm, mediator_address, PROP_MEDIATOR_ADDRESS)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtFirm, lt_firm, mediator_website, PROP_MEDIATOR_WEBSITE)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtFirm, lt_firm, revision, PROP_REVISION)
/**
 * lt_firm_get_alsace_moselle:
 *
 * Returns: whether the cabinet works under the local law of Alsace-Moselle
 *   (Vendredi saint and 26 décembre are public holidays)
 */
LT_MODEL_DEFINE_BOOLEAN_ACCESSORS (LtFirm, lt_firm, alsace_moselle, PROP_ALSACE_MOSELLE)
