/* lt-document.c: a contract document of an affaire (offre, lettre de mission…) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-document"

#include "config.h"

#include "lt-document.h"

struct _LtDocument
{
  LtModel          parent_instance;

  gint64           id;
  gint64           affaire_id;
  LtDocumentKind   kind;
  LtDocumentState  state;
  char            *title;
  gint64           terms_id;
  gint64           parent_id;
  gint64           replaced_by_id;
  char            *created_at;
  char            *sent_on;
  char            *signed_on;
  char            *refused_on;
  GBytes          *pdf;
  char            *pdf_sha256;
  gint64           revision;
  char            *number;
  char            *affaire_name;
};

G_DEFINE_FINAL_TYPE (LtDocument, lt_document, LT_TYPE_MODEL)

enum {
  PROP_0,
  PROP_ID,
  PROP_AFFAIRE_ID,
  PROP_KIND,
  PROP_STATE,
  PROP_TITLE,
  PROP_TERMS_ID,
  PROP_PARENT_ID,
  PROP_REPLACED_BY_ID,
  PROP_CREATED_AT,
  PROP_SENT_ON,
  PROP_SIGNED_ON,
  PROP_REFUSED_ON,
  PROP_PDF,
  PROP_PDF_SHA256,
  PROP_REVISION,
  PROP_NUMBER,
  PROP_AFFAIRE_NAME,
  N_PROPS
};

/* The columns of the table, in its order (HACKING.md, "Schema and models"). */
static const LtField fields[N_PROPS] = {
  [PROP_ID]             = LT_FIELD_ID_COLUMN (LtDocument, id, 0),
  [PROP_AFFAIRE_ID]     = LT_FIELD_ID_COLUMN (LtDocument, affaire_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_KIND]           = LT_FIELD_ENUM_COLUMN (LtDocument, kind, lt_document_kind_get_type, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, 0),
  [PROP_STATE]          = LT_FIELD_ENUM_COLUMN (LtDocument, state, lt_document_state_get_type, LT_DOCUMENT_STATE_DRAFT, 0),
  [PROP_TITLE]          = LT_FIELD_TEXT_COLUMN (LtDocument, title, "", 0),
  [PROP_TERMS_ID]       = LT_FIELD_ID_COLUMN (LtDocument, terms_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_PARENT_ID]      = LT_FIELD_ID_COLUMN (LtDocument, parent_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_REPLACED_BY_ID] = LT_FIELD_ID_COLUMN (LtDocument, replaced_by_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_CREATED_AT]     = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtDocument, created_at, LT_FIELD_DB_DEFAULT),
  [PROP_SENT_ON]        = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtDocument, sent_on, LT_FIELD_NULL_IF_ABSENT),
  [PROP_SIGNED_ON]      = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtDocument, signed_on, LT_FIELD_NULL_IF_ABSENT),
  [PROP_REFUSED_ON]     = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtDocument, refused_on, LT_FIELD_NULL_IF_ABSENT),
  [PROP_PDF]            = LT_FIELD_BYTES_COLUMN (LtDocument, pdf, 0),
  [PROP_PDF_SHA256]     = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtDocument, pdf_sha256, LT_FIELD_NULL_IF_ABSENT),
  [PROP_REVISION]       = LT_FIELD_ID_COLUMN (LtDocument, revision, 0),
  /* given by the store when the document is sent (LM-2026-0001), never written from the model */
  [PROP_NUMBER]         = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtDocument, number, LT_FIELD_DB_DEFAULT),
  [PROP_AFFAIRE_NAME]   = LT_FIELD_TEXT_COLUMN (LtDocument, affaire_name, "", LT_FIELD_DISPLAY),
};

static void
lt_document_class_init (LtDocumentClass *klass)
{
  lt_model_class_install (LT_MODEL_CLASS (klass), fields, N_PROPS);
}

static void
lt_document_init (LtDocument *self)
{
}

/* lt_document_new (): an empty LtDocument (id 0, not stored yet); lt_document_copy (): see lt_model_copy () */
LT_MODEL_DEFINE_NEW_AND_COPY (LtDocument, lt_document, LT_TYPE_DOCUMENT)

LT_MODEL_DEFINE_INT64_ACCESSORS (LtDocument, lt_document, id, PROP_ID)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtDocument, lt_document, affaire_id, PROP_AFFAIRE_ID)
LT_MODEL_DEFINE_ENUM_ACCESSORS (LtDocument, lt_document, kind, PROP_KIND, LtDocumentKind)
LT_MODEL_DEFINE_ENUM_ACCESSORS (LtDocument, lt_document, state, PROP_STATE, LtDocumentState)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtDocument, lt_document, title, PROP_TITLE)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtDocument, lt_document, terms_id, PROP_TERMS_ID)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtDocument, lt_document, parent_id, PROP_PARENT_ID)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtDocument, lt_document, replaced_by_id, PROP_REPLACED_BY_ID)
/**
 * lt_document_get_created_at:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtDocument, lt_document, created_at, PROP_CREATED_AT)
/**
 * lt_document_get_sent_on:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtDocument, lt_document, sent_on, PROP_SENT_ON)
/**
 * lt_document_get_signed_on:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtDocument, lt_document, signed_on, PROP_SIGNED_ON)
/**
 * lt_document_get_refused_on:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtDocument, lt_document, refused_on, PROP_REFUSED_ON)
/**
 * lt_document_get_pdf:
 *
 * Returns: (nullable) (transfer none): the bytes, NULL when absent
 */
LT_MODEL_DEFINE_BYTES_ACCESSORS (LtDocument, lt_document, pdf, PROP_PDF)
/**
 * lt_document_get_pdf_sha256:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtDocument, lt_document, pdf_sha256, PROP_PDF_SHA256)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtDocument, lt_document, revision, PROP_REVISION)
/**
 * lt_document_get_number:
 *
 * Returns: (nullable) (transfer none): « LM-2026-0001 », NULL for a draft
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtDocument, lt_document, number, PROP_NUMBER)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtDocument, lt_document, affaire_name, PROP_AFFAIRE_NAME)

/**
 * lt_document_is_draft:
 *
 * Returns: whether the document can still be edited
 */
gboolean
lt_document_is_draft (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), FALSE);

  return self->state == LT_DOCUMENT_STATE_DRAFT;
}

/**
 * lt_document_has_pdf:
 *
 * Returns: whether a frozen PDF is kept with the document
 */
gboolean
lt_document_has_pdf (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), FALSE);

  return self->pdf != NULL;
}
