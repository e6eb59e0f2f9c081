/* lt-document-accessors.c: LtDocument's getters and setters, and whether it is a draft with a PDF */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-document"

#include "config.h"

#include "lt-document-private.h"
#include "lt-document.h"

gint64
lt_document_get_id (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), 0);

  return self->id;
}

void
lt_document_set_id (LtDocument *self,
                    gint64      id)
{
  g_return_if_fail (LT_IS_DOCUMENT (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), lt_document_properties[PROP_ID]);
}

gint64
lt_document_get_affaire_id (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), 0);

  return self->affaire_id;
}

void
lt_document_set_affaire_id (LtDocument *self,
                            gint64      affaire_id)
{
  g_return_if_fail (LT_IS_DOCUMENT (self));
  g_return_if_fail (affaire_id >= 0);

  if (self->affaire_id == affaire_id)
    return;

  self->affaire_id = affaire_id;
  g_object_notify_by_pspec (G_OBJECT (self), lt_document_properties[PROP_AFFAIRE_ID]);
}

LtDocumentKind
lt_document_get_kind (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), 0);

  return self->kind;
}

void
lt_document_set_kind (LtDocument     *self,
                      LtDocumentKind  kind)
{
  g_return_if_fail (LT_IS_DOCUMENT (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), lt_document_properties[PROP_KIND]);
}

LtDocumentState
lt_document_get_state (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), 0);

  return self->state;
}

void
lt_document_set_state (LtDocument      *self,
                       LtDocumentState  state)
{
  g_return_if_fail (LT_IS_DOCUMENT (self));

  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), lt_document_properties[PROP_STATE]);
}

const char *
lt_document_get_title (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), NULL);

  return self->title;
}

void
lt_document_set_title (LtDocument *self,
                       const char *title)
{
  g_return_if_fail (LT_IS_DOCUMENT (self));

  if (g_strcmp0 (self->title, title != NULL ? title : "") == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title != NULL ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), lt_document_properties[PROP_TITLE]);
}

gint64
lt_document_get_terms_id (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), 0);

  return self->terms_id;
}

void
lt_document_set_terms_id (LtDocument *self,
                          gint64      terms_id)
{
  g_return_if_fail (LT_IS_DOCUMENT (self));
  g_return_if_fail (terms_id >= 0);

  if (self->terms_id == terms_id)
    return;

  self->terms_id = terms_id;
  g_object_notify_by_pspec (G_OBJECT (self), lt_document_properties[PROP_TERMS_ID]);
}

gint64
lt_document_get_parent_id (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), 0);

  return self->parent_id;
}

void
lt_document_set_parent_id (LtDocument *self,
                           gint64      parent_id)
{
  g_return_if_fail (LT_IS_DOCUMENT (self));
  g_return_if_fail (parent_id >= 0);

  if (self->parent_id == parent_id)
    return;

  self->parent_id = parent_id;
  g_object_notify_by_pspec (G_OBJECT (self), lt_document_properties[PROP_PARENT_ID]);
}

gint64
lt_document_get_replaced_by_id (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), 0);

  return self->replaced_by_id;
}

void
lt_document_set_replaced_by_id (LtDocument *self,
                                gint64      replaced_by_id)
{
  g_return_if_fail (LT_IS_DOCUMENT (self));
  g_return_if_fail (replaced_by_id >= 0);

  if (self->replaced_by_id == replaced_by_id)
    return;

  self->replaced_by_id = replaced_by_id;
  g_object_notify_by_pspec (G_OBJECT (self), lt_document_properties[PROP_REPLACED_BY_ID]);
}

/**
 * lt_document_get_created_at:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_document_get_created_at (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), NULL);

  return self->created_at;
}

void
lt_document_set_created_at (LtDocument *self,
                            const char *created_at)
{
  g_return_if_fail (LT_IS_DOCUMENT (self));

  if (created_at != NULL && *created_at == '\0')
    created_at = NULL;

  if (g_strcmp0 (self->created_at, created_at) == 0)
    return;

  g_free (self->created_at);
  self->created_at = g_strdup (created_at);
  g_object_notify_by_pspec (G_OBJECT (self), lt_document_properties[PROP_CREATED_AT]);
}

/**
 * lt_document_get_sent_on:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_document_get_sent_on (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), NULL);

  return self->sent_on;
}

void
lt_document_set_sent_on (LtDocument *self,
                         const char *sent_on)
{
  g_return_if_fail (LT_IS_DOCUMENT (self));

  if (sent_on != NULL && *sent_on == '\0')
    sent_on = NULL;

  if (g_strcmp0 (self->sent_on, sent_on) == 0)
    return;

  g_free (self->sent_on);
  self->sent_on = g_strdup (sent_on);
  g_object_notify_by_pspec (G_OBJECT (self), lt_document_properties[PROP_SENT_ON]);
}

/**
 * lt_document_get_signed_on:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_document_get_signed_on (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), NULL);

  return self->signed_on;
}

void
lt_document_set_signed_on (LtDocument *self,
                           const char *signed_on)
{
  g_return_if_fail (LT_IS_DOCUMENT (self));

  if (signed_on != NULL && *signed_on == '\0')
    signed_on = NULL;

  if (g_strcmp0 (self->signed_on, signed_on) == 0)
    return;

  g_free (self->signed_on);
  self->signed_on = g_strdup (signed_on);
  g_object_notify_by_pspec (G_OBJECT (self), lt_document_properties[PROP_SIGNED_ON]);
}

/**
 * lt_document_get_refused_on:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_document_get_refused_on (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), NULL);

  return self->refused_on;
}

void
lt_document_set_refused_on (LtDocument *self,
                            const char *refused_on)
{
  g_return_if_fail (LT_IS_DOCUMENT (self));

  if (refused_on != NULL && *refused_on == '\0')
    refused_on = NULL;

  if (g_strcmp0 (self->refused_on, refused_on) == 0)
    return;

  g_free (self->refused_on);
  self->refused_on = g_strdup (refused_on);
  g_object_notify_by_pspec (G_OBJECT (self), lt_document_properties[PROP_REFUSED_ON]);
}

/**
 * lt_document_get_pdf:
 *
 * Returns: (nullable) (transfer none): the bytes, NULL when absent
 */
GBytes *
lt_document_get_pdf (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), NULL);

  return self->pdf;
}

void
lt_document_set_pdf (LtDocument *self,
                     GBytes     *pdf)
{
  g_return_if_fail (LT_IS_DOCUMENT (self));

  if (self->pdf == pdf ||
      (self->pdf != NULL && pdf != NULL && g_bytes_equal (self->pdf, pdf)))
    return;

  g_clear_pointer (&self->pdf, g_bytes_unref);
  self->pdf = pdf != NULL ? g_bytes_ref (pdf) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), lt_document_properties[PROP_PDF]);
}

/**
 * lt_document_get_pdf_sha256:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_document_get_pdf_sha256 (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), NULL);

  return self->pdf_sha256;
}

void
lt_document_set_pdf_sha256 (LtDocument *self,
                            const char *pdf_sha256)
{
  g_return_if_fail (LT_IS_DOCUMENT (self));

  if (pdf_sha256 != NULL && *pdf_sha256 == '\0')
    pdf_sha256 = NULL;

  if (g_strcmp0 (self->pdf_sha256, pdf_sha256) == 0)
    return;

  g_free (self->pdf_sha256);
  self->pdf_sha256 = g_strdup (pdf_sha256);
  g_object_notify_by_pspec (G_OBJECT (self), lt_document_properties[PROP_PDF_SHA256]);
}

gint64
lt_document_get_revision (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), 0);

  return self->revision;
}

void
lt_document_set_revision (LtDocument *self,
                          gint64      revision)
{
  g_return_if_fail (LT_IS_DOCUMENT (self));
  g_return_if_fail (revision >= 0);

  if (self->revision == revision)
    return;

  self->revision = revision;
  g_object_notify_by_pspec (G_OBJECT (self), lt_document_properties[PROP_REVISION]);
}

const char *
lt_document_get_affaire_name (LtDocument *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (self), NULL);

  return self->affaire_name;
}

void
lt_document_set_affaire_name (LtDocument *self,
                              const char *affaire_name)
{
  g_return_if_fail (LT_IS_DOCUMENT (self));

  if (g_strcmp0 (self->affaire_name, affaire_name != NULL ? affaire_name : "") == 0)
    return;

  g_free (self->affaire_name);
  self->affaire_name = g_strdup (affaire_name != NULL ? affaire_name : "");
  g_object_notify_by_pspec (G_OBJECT (self), lt_document_properties[PROP_AFFAIRE_NAME]);
}

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
