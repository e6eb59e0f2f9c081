/* lt-document-private.h: the insides of LtDocument, shared by its own files */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lt-document.h"

G_BEGIN_DECLS

struct _LtDocument
{
  GObject parent_instance;

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
  char            *affaire_name;
};

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
  PROP_AFFAIRE_NAME,
  N_PROPS
};

extern GParamSpec *lt_document_properties[N_PROPS];

G_END_DECLS
