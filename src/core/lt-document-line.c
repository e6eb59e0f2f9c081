/* lt-document-line.c: a ligne de mission of a document: a prestation and its honoraires */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-document-line"

#include "config.h"

#include "lt-document-line.h"

struct _LtDocumentLine
{
  LtModel       parent_instance;

  gint64        id;
  gint64        document_id;
  int           position;
  gint64        prestation_id;
  char         *label;
  gint64        price_cents;
  LtRecurrence  recurrence;
  gint64        revision;
  char         *ends_on;
};

G_DEFINE_FINAL_TYPE (LtDocumentLine, lt_document_line, LT_TYPE_MODEL)

enum {
  PROP_0,
  PROP_ID,
  PROP_DOCUMENT_ID,
  PROP_POSITION,
  PROP_PRESTATION_ID,
  PROP_LABEL,
  PROP_PRICE_CENTS,
  PROP_RECURRENCE,
  PROP_REVISION,
  PROP_ENDS_ON,
  N_PROPS
};

/* The columns of the table, in its order (HACKING.md, "Schema and models"). */
static const LtField fields[N_PROPS] = {
  [PROP_ID]            = LT_FIELD_ID_COLUMN (LtDocumentLine, id, 0),
  [PROP_DOCUMENT_ID]   = LT_FIELD_ID_COLUMN (LtDocumentLine, document_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_POSITION]      = LT_FIELD_INT_COLUMN (LtDocumentLine, position, 0, 0),
  [PROP_PRESTATION_ID] = LT_FIELD_ID_COLUMN (LtDocumentLine, prestation_id, LT_FIELD_NULL_IF_ABSENT),
  [PROP_LABEL]         = LT_FIELD_TEXT_COLUMN (LtDocumentLine, label, "", 0),
  [PROP_PRICE_CENTS]   = LT_FIELD_INT64_COLUMN (LtDocumentLine, price_cents, 0, 0),
  [PROP_RECURRENCE]    = LT_FIELD_ENUM_COLUMN (LtDocumentLine, recurrence, lt_recurrence_get_type, LT_RECURRENCE_NONE, 0),
  [PROP_REVISION]      = LT_FIELD_ID_COLUMN (LtDocumentLine, revision, 0),
  [PROP_ENDS_ON]       = LT_FIELD_OPTIONAL_TEXT_COLUMN (LtDocumentLine, ends_on, LT_FIELD_NULL_IF_ABSENT),
};

static void
lt_document_line_class_init (LtDocumentLineClass *klass)
{
  lt_model_class_install (LT_MODEL_CLASS (klass), fields, N_PROPS);
}

static void
lt_document_line_init (LtDocumentLine *self)
{
}

/* lt_document_line_new (): an empty LtDocumentLine (id 0, not stored yet); lt_document_line_copy (): see lt_model_copy () */
LT_MODEL_DEFINE_NEW_AND_COPY (LtDocumentLine, lt_document_line, LT_TYPE_DOCUMENT_LINE)

LT_MODEL_DEFINE_INT64_ACCESSORS (LtDocumentLine, lt_document_line, id, PROP_ID)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtDocumentLine, lt_document_line, document_id, PROP_DOCUMENT_ID)
LT_MODEL_DEFINE_INT_ACCESSORS (LtDocumentLine, lt_document_line, position, PROP_POSITION)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtDocumentLine, lt_document_line, prestation_id, PROP_PRESTATION_ID)
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtDocumentLine, lt_document_line, label, PROP_LABEL)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtDocumentLine, lt_document_line, price_cents, PROP_PRICE_CENTS)
LT_MODEL_DEFINE_ENUM_ACCESSORS (LtDocumentLine, lt_document_line, recurrence, PROP_RECURRENCE, LtRecurrence)
LT_MODEL_DEFINE_INT64_ACCESSORS (LtDocumentLine, lt_document_line, revision, PROP_REVISION)
/**
 * lt_document_line_get_ends_on:
 *
 * Returns: (nullable) (transfer none): on an avenant, the date from which the
 *   recurring prestation of this line ends (ISO); NULL for a line that adds
 *   or changes one.
 */
LT_MODEL_DEFINE_TEXT_ACCESSORS (LtDocumentLine, lt_document_line, ends_on, PROP_ENDS_ON)
