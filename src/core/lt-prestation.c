/* lt-prestation.c: one version of a prestation of the catalogue */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-prestation"

#include "config.h"

#include "lt-prestation.h"

struct _LtPrestation
{
  GObject parent_instance;

  gint64        id;
  gint64        family_id;
  int           version;
  guint         is_current : 1;
  gint64        category_id;
  char         *name;
  char         *description;
  gint64        price_cents;
  char         *deliverable;
  LtRecurrence  recurrence;
  guint         archived : 1;
  gint64        revision;
  char         *category_name;
};

G_DEFINE_FINAL_TYPE (LtPrestation, lt_prestation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FAMILY_ID,
  PROP_VERSION,
  PROP_IS_CURRENT,
  PROP_CATEGORY_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_PRICE_CENTS,
  PROP_DELIVERABLE,
  PROP_RECURRENCE,
  PROP_ARCHIVED,
  PROP_REVISION,
  PROP_CATEGORY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lt_prestation_finalize (GObject *object)
{
  LtPrestation *self = (LtPrestation *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->deliverable, g_free);
  g_clear_pointer (&self->category_name, g_free);

  G_OBJECT_CLASS (lt_prestation_parent_class)->finalize (object);
}

static void
lt_prestation_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LtPrestation *self = LT_PRESTATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_FAMILY_ID:
      g_value_set_int64 (value, self->family_id);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    case PROP_IS_CURRENT:
      g_value_set_boolean (value, self->is_current);
      break;

    case PROP_CATEGORY_ID:
      g_value_set_int64 (value, self->category_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_PRICE_CENTS:
      g_value_set_int64 (value, self->price_cents);
      break;

    case PROP_DELIVERABLE:
      g_value_set_string (value, self->deliverable);
      break;

    case PROP_RECURRENCE:
      g_value_set_enum (value, self->recurrence);
      break;

    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;

    case PROP_REVISION:
      g_value_set_int64 (value, self->revision);
      break;

    case PROP_CATEGORY_NAME:
      g_value_set_string (value, self->category_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_prestation_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LtPrestation *self = LT_PRESTATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      lt_prestation_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_FAMILY_ID:
      lt_prestation_set_family_id (self, g_value_get_int64 (value));
      break;

    case PROP_VERSION:
      lt_prestation_set_version (self, g_value_get_int (value));
      break;

    case PROP_IS_CURRENT:
      lt_prestation_set_is_current (self, g_value_get_boolean (value));
      break;

    case PROP_CATEGORY_ID:
      lt_prestation_set_category_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      lt_prestation_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      lt_prestation_set_description (self, g_value_get_string (value));
      break;

    case PROP_PRICE_CENTS:
      lt_prestation_set_price_cents (self, g_value_get_int64 (value));
      break;

    case PROP_DELIVERABLE:
      lt_prestation_set_deliverable (self, g_value_get_string (value));
      break;

    case PROP_RECURRENCE:
      lt_prestation_set_recurrence (self, g_value_get_enum (value));
      break;

    case PROP_ARCHIVED:
      lt_prestation_set_archived (self, g_value_get_boolean (value));
      break;

    case PROP_REVISION:
      lt_prestation_set_revision (self, g_value_get_int64 (value));
      break;

    case PROP_CATEGORY_NAME:
      lt_prestation_set_category_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_prestation_class_init (LtPrestationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_prestation_finalize;
  object_class->get_property = lt_prestation_get_property;
  object_class->set_property = lt_prestation_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_FAMILY_ID] =
    g_param_spec_int64 ("family-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int ("version", NULL, NULL,
                      G_MININT, G_MAXINT, 1,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_IS_CURRENT] =
    g_param_spec_boolean ("is-current", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_CATEGORY_ID] =
    g_param_spec_int64 ("category-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PRICE_CENTS] =
    g_param_spec_int64 ("price-cents", NULL, NULL,
                        G_MININT64, G_MAXINT64, -1,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_DELIVERABLE] =
    g_param_spec_string ("deliverable", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_RECURRENCE] =
    g_param_spec_enum ("recurrence", NULL, NULL,
                       LT_TYPE_RECURRENCE,
                       LT_RECURRENCE_NONE,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_REVISION] =
    g_param_spec_int64 ("revision", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_CATEGORY_NAME] =
    g_param_spec_string ("category-name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_prestation_init (LtPrestation *self)
{
  self->version = 1;
  self->is_current = TRUE;
  self->name = g_strdup ("");
  self->description = g_strdup ("");
  self->price_cents = -1;
  self->deliverable = g_strdup ("");
  self->category_name = g_strdup ("");
}

/**
 * lt_prestation_new:
 *
 * Returns: (transfer full): an empty LtPrestation (id 0, not stored yet)
 */
LtPrestation *
lt_prestation_new (void)
{
  return g_object_new (LT_TYPE_PRESTATION, NULL);
}

/**
 * lt_prestation_copy:
 *
 * A copy to edit in a dialog without touching the object a list shows
 * (id and revision included, so that saving it names the revision read).
 *
 * Returns: (transfer full): a new LtPrestation with the values of @self
 */
LtPrestation *
lt_prestation_copy (LtPrestation *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  LtPrestation *copy;
  guint n_pspecs;

  g_return_val_if_fail (LT_IS_PRESTATION (self), NULL);

  copy = lt_prestation_new ();
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
lt_prestation_get_id (LtPrestation *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION (self), 0);

  return self->id;
}

void
lt_prestation_set_id (LtPrestation *self,
                      gint64        id)
{
  g_return_if_fail (LT_IS_PRESTATION (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
lt_prestation_get_family_id (LtPrestation *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION (self), 0);

  return self->family_id;
}

void
lt_prestation_set_family_id (LtPrestation *self,
                             gint64        family_id)
{
  g_return_if_fail (LT_IS_PRESTATION (self));
  g_return_if_fail (family_id >= 0);

  if (self->family_id == family_id)
    return;

  self->family_id = family_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_ID]);
}

int
lt_prestation_get_version (LtPrestation *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION (self), 0);

  return self->version;
}

void
lt_prestation_set_version (LtPrestation *self,
                           int           version)
{
  g_return_if_fail (LT_IS_PRESTATION (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

gboolean
lt_prestation_get_is_current (LtPrestation *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION (self), FALSE);

  return self->is_current;
}

void
lt_prestation_set_is_current (LtPrestation *self,
                              gboolean      is_current)
{
  g_return_if_fail (LT_IS_PRESTATION (self));

  is_current = !!is_current;
  if (self->is_current == is_current)
    return;

  self->is_current = is_current;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_CURRENT]);
}

gint64
lt_prestation_get_category_id (LtPrestation *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION (self), 0);

  return self->category_id;
}

void
lt_prestation_set_category_id (LtPrestation *self,
                               gint64        category_id)
{
  g_return_if_fail (LT_IS_PRESTATION (self));
  g_return_if_fail (category_id >= 0);

  if (self->category_id == category_id)
    return;

  self->category_id = category_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY_ID]);
}

const char *
lt_prestation_get_name (LtPrestation *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION (self), NULL);

  return self->name;
}

void
lt_prestation_set_name (LtPrestation *self,
                        const char   *name)
{
  g_return_if_fail (LT_IS_PRESTATION (self));

  if (g_strcmp0 (self->name, name != NULL ? name : "") == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name != NULL ? name : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
lt_prestation_get_description (LtPrestation *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION (self), NULL);

  return self->description;
}

void
lt_prestation_set_description (LtPrestation *self,
                               const char   *description)
{
  g_return_if_fail (LT_IS_PRESTATION (self));

  if (g_strcmp0 (self->description, description != NULL ? description : "") == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description != NULL ? description : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

gint64
lt_prestation_get_price_cents (LtPrestation *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION (self), 0);

  return self->price_cents;
}

void
lt_prestation_set_price_cents (LtPrestation *self,
                               gint64        price_cents)
{
  g_return_if_fail (LT_IS_PRESTATION (self));

  if (self->price_cents == price_cents)
    return;

  self->price_cents = price_cents;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRICE_CENTS]);
}

const char *
lt_prestation_get_deliverable (LtPrestation *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION (self), NULL);

  return self->deliverable;
}

void
lt_prestation_set_deliverable (LtPrestation *self,
                               const char   *deliverable)
{
  g_return_if_fail (LT_IS_PRESTATION (self));

  if (g_strcmp0 (self->deliverable, deliverable != NULL ? deliverable : "") == 0)
    return;

  g_free (self->deliverable);
  self->deliverable = g_strdup (deliverable != NULL ? deliverable : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELIVERABLE]);
}

LtRecurrence
lt_prestation_get_recurrence (LtPrestation *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION (self), 0);

  return self->recurrence;
}

void
lt_prestation_set_recurrence (LtPrestation *self,
                              LtRecurrence  recurrence)
{
  g_return_if_fail (LT_IS_PRESTATION (self));

  if (self->recurrence == recurrence)
    return;

  self->recurrence = recurrence;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECURRENCE]);
}

gboolean
lt_prestation_get_archived (LtPrestation *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION (self), FALSE);

  return self->archived;
}

void
lt_prestation_set_archived (LtPrestation *self,
                            gboolean      archived)
{
  g_return_if_fail (LT_IS_PRESTATION (self));

  archived = !!archived;
  if (self->archived == archived)
    return;

  self->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

gint64
lt_prestation_get_revision (LtPrestation *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION (self), 0);

  return self->revision;
}

void
lt_prestation_set_revision (LtPrestation *self,
                            gint64        revision)
{
  g_return_if_fail (LT_IS_PRESTATION (self));
  g_return_if_fail (revision >= 0);

  if (self->revision == revision)
    return;

  self->revision = revision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
}

const char *
lt_prestation_get_category_name (LtPrestation *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION (self), NULL);

  return self->category_name;
}

void
lt_prestation_set_category_name (LtPrestation *self,
                                 const char   *category_name)
{
  g_return_if_fail (LT_IS_PRESTATION (self));

  if (g_strcmp0 (self->category_name, category_name != NULL ? category_name : "") == 0)
    return;

  g_free (self->category_name);
  self->category_name = g_strdup (category_name != NULL ? category_name : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY_NAME]);
}

/**
 * lt_prestation_has_price:
 *
 * Returns: whether the catalogue gives a price (price-cents is -1 otherwise)
 */
gboolean
lt_prestation_has_price (LtPrestation *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION (self), FALSE);

  return self->price_cents >= 0;
}
