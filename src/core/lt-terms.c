/* lt-terms.c: one version of the conditions générales */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-terms"

#include "config.h"

#include "lt-terms.h"

struct _LtTerms
{
  GObject parent_instance;

  gint64  id;
  char   *version;
  char   *effective_on;
  char   *body;
  char   *created_at;
  gint64  revision;
};

G_DEFINE_FINAL_TYPE (LtTerms, lt_terms, G_TYPE_OBJECT)

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

static GParamSpec *properties[N_PROPS];

static void
lt_terms_finalize (GObject *object)
{
  LtTerms *self = (LtTerms *)object;

  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->effective_on, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->created_at, g_free);

  G_OBJECT_CLASS (lt_terms_parent_class)->finalize (object);
}

static void
lt_terms_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  LtTerms *self = LT_TERMS (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_VERSION:
      g_value_set_string (value, self->version);
      break;

    case PROP_EFFECTIVE_ON:
      g_value_set_string (value, self->effective_on);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    case PROP_REVISION:
      g_value_set_int64 (value, self->revision);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_terms_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  LtTerms *self = LT_TERMS (object);

  switch (prop_id)
    {
    case PROP_ID:
      lt_terms_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_VERSION:
      lt_terms_set_version (self, g_value_get_string (value));
      break;

    case PROP_EFFECTIVE_ON:
      lt_terms_set_effective_on (self, g_value_get_string (value));
      break;

    case PROP_BODY:
      lt_terms_set_body (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      lt_terms_set_created_at (self, g_value_get_string (value));
      break;

    case PROP_REVISION:
      lt_terms_set_revision (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_terms_class_init (LtTermsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_terms_finalize;
  object_class->get_property = lt_terms_get_property;
  object_class->set_property = lt_terms_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_string ("version", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_EFFECTIVE_ON] =
    g_param_spec_string ("effective-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_terms_init (LtTerms *self)
{
  self->version = g_strdup ("");
  self->body = g_strdup ("");
}

/**
 * lt_terms_new:
 *
 * Returns: (transfer full): an empty LtTerms (id 0, not stored yet)
 */
LtTerms *
lt_terms_new (void)
{
  return g_object_new (LT_TYPE_TERMS, NULL);
}

/**
 * lt_terms_copy:
 *
 * A copy to edit in a dialog without touching the object a list shows
 * (id and revision included, so that saving it names the revision read).
 *
 * Returns: (transfer full): a new LtTerms with the values of @self
 */
LtTerms *
lt_terms_copy (LtTerms *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  LtTerms *copy;
  guint n_pspecs;

  g_return_val_if_fail (LT_IS_TERMS (self), NULL);

  copy = lt_terms_new ();
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
lt_terms_get_id (LtTerms *self)
{
  g_return_val_if_fail (LT_IS_TERMS (self), 0);

  return self->id;
}

void
lt_terms_set_id (LtTerms *self,
                 gint64   id)
{
  g_return_if_fail (LT_IS_TERMS (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
lt_terms_get_version (LtTerms *self)
{
  g_return_val_if_fail (LT_IS_TERMS (self), NULL);

  return self->version;
}

void
lt_terms_set_version (LtTerms    *self,
                      const char *version)
{
  g_return_if_fail (LT_IS_TERMS (self));

  if (g_strcmp0 (self->version, version != NULL ? version : "") == 0)
    return;

  g_free (self->version);
  self->version = g_strdup (version != NULL ? version : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

/**
 * lt_terms_get_effective_on:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_terms_get_effective_on (LtTerms *self)
{
  g_return_val_if_fail (LT_IS_TERMS (self), NULL);

  return self->effective_on;
}

void
lt_terms_set_effective_on (LtTerms    *self,
                           const char *effective_on)
{
  g_return_if_fail (LT_IS_TERMS (self));

  if (effective_on != NULL && *effective_on == '\0')
    effective_on = NULL;

  if (g_strcmp0 (self->effective_on, effective_on) == 0)
    return;

  g_free (self->effective_on);
  self->effective_on = g_strdup (effective_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EFFECTIVE_ON]);
}

const char *
lt_terms_get_body (LtTerms *self)
{
  g_return_val_if_fail (LT_IS_TERMS (self), NULL);

  return self->body;
}

void
lt_terms_set_body (LtTerms    *self,
                   const char *body)
{
  g_return_if_fail (LT_IS_TERMS (self));

  if (g_strcmp0 (self->body, body != NULL ? body : "") == 0)
    return;

  g_free (self->body);
  self->body = g_strdup (body != NULL ? body : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

/**
 * lt_terms_get_created_at:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_terms_get_created_at (LtTerms *self)
{
  g_return_val_if_fail (LT_IS_TERMS (self), NULL);

  return self->created_at;
}

void
lt_terms_set_created_at (LtTerms    *self,
                         const char *created_at)
{
  g_return_if_fail (LT_IS_TERMS (self));

  if (created_at != NULL && *created_at == '\0')
    created_at = NULL;

  if (g_strcmp0 (self->created_at, created_at) == 0)
    return;

  g_free (self->created_at);
  self->created_at = g_strdup (created_at);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

gint64
lt_terms_get_revision (LtTerms *self)
{
  g_return_val_if_fail (LT_IS_TERMS (self), 0);

  return self->revision;
}

void
lt_terms_set_revision (LtTerms *self,
                       gint64   revision)
{
  g_return_if_fail (LT_IS_TERMS (self));
  g_return_if_fail (revision >= 0);

  if (self->revision == revision)
    return;

  self->revision = revision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
}
