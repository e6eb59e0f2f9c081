/* lt-document.c: a contract document of an affaire (offre, lettre de mission…) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-document"

#include "config.h"

#include "lt-document-private.h"
#include "lt-document.h"

G_DEFINE_FINAL_TYPE (LtDocument, lt_document, G_TYPE_OBJECT)

GParamSpec *lt_document_properties[N_PROPS];

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

  lt_document_properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  lt_document_properties[PROP_AFFAIRE_ID] =
    g_param_spec_int64 ("affaire-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  lt_document_properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       LT_TYPE_DOCUMENT_KIND,
                       LT_DOCUMENT_KIND_OFFRE_DE_SERVICE,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  lt_document_properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       LT_TYPE_DOCUMENT_STATE,
                       LT_DOCUMENT_STATE_DRAFT,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  lt_document_properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_document_properties[PROP_TERMS_ID] =
    g_param_spec_int64 ("terms-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  lt_document_properties[PROP_PARENT_ID] =
    g_param_spec_int64 ("parent-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  lt_document_properties[PROP_REPLACED_BY_ID] =
    g_param_spec_int64 ("replaced-by-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  lt_document_properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_document_properties[PROP_SENT_ON] =
    g_param_spec_string ("sent-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_document_properties[PROP_SIGNED_ON] =
    g_param_spec_string ("signed-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_document_properties[PROP_REFUSED_ON] =
    g_param_spec_string ("refused-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_document_properties[PROP_PDF] =
    g_param_spec_boxed ("pdf", NULL, NULL,
                        G_TYPE_BYTES,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  lt_document_properties[PROP_PDF_SHA256] =
    g_param_spec_string ("pdf-sha256", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_document_properties[PROP_REVISION] =
    g_param_spec_int64 ("revision", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  lt_document_properties[PROP_AFFAIRE_NAME] =
    g_param_spec_string ("affaire-name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, lt_document_properties);
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
