/* lt-document.c: a contract document of an affaire (offre, lettre de mission…) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-document"

#include "config.h"

#include "lt-document.h"

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

G_DEFINE_FINAL_TYPE (LtDocument, lt_document, G_TYPE_OBJECT)

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

static GParamSpec *properties[N_PROPS];

static void
lt_document_finalize (GObject *object)
{
  LtDocument *self = (LtDocument *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->sent_on, g_free);
  g_clear_pointer (&self->signed_on, g_free);
  g_clear_pointer (&self->refused_on, g_free);
  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_clear_pointer (&self->pdf_sha256, g_free);
  g_clear_pointer (&self->affaire_name, g_free);

  G_OBJECT_CLASS (lt_document_parent_class)->finalize (object);
}

static void
lt_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LtDocument *self = LT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_AFFAIRE_ID:
      g_value_set_int64 (value, self->affaire_id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_TERMS_ID:
      g_value_set_int64 (value, self->terms_id);
      break;

    case PROP_PARENT_ID:
      g_value_set_int64 (value, self->parent_id);
      break;

    case PROP_REPLACED_BY_ID:
      g_value_set_int64 (value, self->replaced_by_id);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    case PROP_SENT_ON:
      g_value_set_string (value, self->sent_on);
      break;

    case PROP_SIGNED_ON:
      g_value_set_string (value, self->signed_on);
      break;

    case PROP_REFUSED_ON:
      g_value_set_string (value, self->refused_on);
      break;

    case PROP_PDF:
      g_value_set_boxed (value, self->pdf);
      break;

    case PROP_PDF_SHA256:
      g_value_set_string (value, self->pdf_sha256);
      break;

    case PROP_REVISION:
      g_value_set_int64 (value, self->revision);
      break;

    case PROP_AFFAIRE_NAME:
      g_value_set_string (value, self->affaire_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LtDocument *self = LT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      lt_document_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_AFFAIRE_ID:
      lt_document_set_affaire_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      lt_document_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_STATE:
      lt_document_set_state (self, g_value_get_enum (value));
      break;

    case PROP_TITLE:
      lt_document_set_title (self, g_value_get_string (value));
      break;

    case PROP_TERMS_ID:
      lt_document_set_terms_id (self, g_value_get_int64 (value));
      break;

    case PROP_PARENT_ID:
      lt_document_set_parent_id (self, g_value_get_int64 (value));
      break;

    case PROP_REPLACED_BY_ID:
      lt_document_set_replaced_by_id (self, g_value_get_int64 (value));
      break;

    case PROP_CREATED_AT:
      lt_document_set_created_at (self, g_value_get_string (value));
      break;

    case PROP_SENT_ON:
      lt_document_set_sent_on (self, g_value_get_string (value));
      break;

    case PROP_SIGNED_ON:
      lt_document_set_signed_on (self, g_value_get_string (value));
      break;

    case PROP_REFUSED_ON:
      lt_document_set_refused_on (self, g_value_get_string (value));
      break;

    case PROP_PDF:
      lt_document_set_pdf (self, g_value_get_boxed (value));
      break;

    case PROP_PDF_SHA256:
      lt_document_set_pdf_sha256 (self, g_value_get_string (value));
      break;

    case PROP_REVISION:
      lt_document_set_revision (self, g_value_get_int64 (value));
      break;

    case PROP_AFFAIRE_NAME:
      lt_document_set_affaire_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_document_class_init (LtDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_document_finalize;
  object_class->get_property = lt_document_get_property;
  object_class->set_property = lt_document_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_AFFAIRE_ID] =
    g_param_spec_int64 ("affaire-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       LT_TYPE_DOCUMENT_KIND,
                       LT_DOCUMENT_KIND_OFFRE_DE_SERVICE,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       LT_TYPE_DOCUMENT_STATE,
                       LT_DOCUMENT_STATE_DRAFT,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TERMS_ID] =
    g_param_spec_int64 ("terms-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_PARENT_ID] =
    g_param_spec_int64 ("parent-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_REPLACED_BY_ID] =
    g_param_spec_int64 ("replaced-by-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SENT_ON] =
    g_param_spec_string ("sent-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SIGNED_ON] =
    g_param_spec_string ("signed-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_REFUSED_ON] =
    g_param_spec_string ("refused-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PDF] =
    g_param_spec_boxed ("pdf", NULL, NULL,
                        G_TYPE_BYTES,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_PDF_SHA256] =
    g_param_spec_string ("pdf-sha256", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_REVISION] =
    g_param_spec_int64 ("revision", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_AFFAIRE_NAME] =
    g_param_spec_string ("affaire-name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_document_init (LtDocument *self)
{
  self->title = g_strdup ("");
  self->affaire_name = g_strdup ("");
}

/**
 * lt_document_new:
 *
 * Returns: (transfer full): an empty LtDocument (id 0, not stored yet)
 */
LtDocument *
lt_document_new (void)
{
  return g_object_new (LT_TYPE_DOCUMENT, NULL);
}

/**
 * lt_document_copy:
 *
 * A copy to edit in a dialog without touching the object a list shows
 * (id and revision included, so that saving it names the revision read).
 *
 * Returns: (transfer full): a new LtDocument with the values of @self
 */
LtDocument *
lt_document_copy (LtDocument *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  LtDocument *copy;
  guint n_pspecs;

  g_return_val_if_fail (LT_IS_DOCUMENT (self), NULL);

  copy = lt_document_new ();
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (self), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);
    }

  return copy;
}

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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AFFAIRE_ID]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERMS_ID]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_ID]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPLACED_BY_ID]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENT_ON]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNED_ON]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFUSED_ON]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PDF]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PDF_SHA256]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AFFAIRE_NAME]);
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
