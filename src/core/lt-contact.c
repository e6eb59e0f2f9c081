/* lt-contact.c: a contact person of an affaire (dirigeant, signataire…) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-contact"

#include "config.h"

#include "lt-contact.h"

struct _LtContact
{
  LtModel   parent_instance;

  gint64    id;
  gint64    affaire_id;
  char     *name;
  char     *role;
  char     *email;
  char     *phone;
  gboolean  is_signatory;
  gint64    revision;
};

G_DEFINE_FINAL_TYPE (LtContact, lt_contact, LT_TYPE_MODEL)

enum {
  PROP_0,
  PROP_ID,
  PROP_AFFAIRE_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_IS_SIGNATORY,
  PROP_REVISION,
  N_PROPS
};

/* The columns of the table, in its order (HACKING.md, "Schema and models"). */
static const LtField fields[N_PROPS] = {
  [PROP_ID]           = LT_FIELD_ID_COLUMN (LtContact, id, 0),
  [PROP_AFFAIRE_ID]   = LT_FIELD_ID_COLUMN (LtContact, affaire_id, 0),
  [PROP_NAME]         = LT_FIELD_TEXT_COLUMN (LtContact, name, "", 0),
  [PROP_ROLE]         = LT_FIELD_TEXT_COLUMN (LtContact, role, "", 0),
  [PROP_EMAIL]        = LT_FIELD_TEXT_COLUMN (LtContact, email, "", 0),
  [PROP_PHONE]        = LT_FIELD_TEXT_COLUMN (LtContact, phone, "", 0),
  [PROP_IS_SIGNATORY] = LT_FIELD_BOOLEAN_COLUMN (LtContact, is_signatory, FALSE, 0),
  [PROP_REVISION]     = LT_FIELD_ID_COLUMN (LtContact, revision, 0),
};

static void
lt_contact_class_init (LtContactClass *klass)
{
  lt_model_class_install (LT_MODEL_CLASS (klass), fields, N_PROPS);
}

static void
lt_contact_init (LtContact *self)
{
}

/* lt_contact_new (): an empty LtContact (id 0, not stored yet); lt_contact_copy (): see lt_model_copy () */
LT_MODEL_DEFINE_NEW_AND_COPY (LtContact, lt_contact, LT_TYPE_CONTACT)

LT_MODEL_DEFINE_INT64_ACCESSORS (LtContact, lt_contact, id, PROP_ID)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtContact, lt_contact, affaire_id, PROP_AFFAIRE_ID)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtContact, lt_contact, name, PROP_NAME)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtContact, lt_contact, role, PROP_ROLE)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtContact, lt_contact, email, PROP_EMAIL)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtContact, lt_contact, phone, PROP_PHONE)
LT_MODEL_DEFINE_BOOLEAN_ACCESSORS (LtContact, lt_contact, is_signatory, PROP_IS_SIGNATORY)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtContact, lt_contact, revision, PROP_REVISION)
