/* lt-category.c: a catégorie of prestations in the catalogue */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-category"

#include "config.h"

#include "lt-category.h"

struct _LtCategory
{
  GObject parent_instance;

  gint64  id;
  char   *name;
  int     position;
  gint64  revision;
};

G_DEFINE_FINAL_TYPE (LtCategory, lt_category, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_POSITION,
  PROP_REVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lt_category_finalize (GObject *object)
{
  LtCategory *self = (LtCategory *)object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (lt_category_parent_class)->finalize (object);
}

static void
lt_category_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LtCategory *self = LT_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_REVISION:
      g_value_set_int64 (value, self->revision);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_category_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LtCategory *self = LT_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      lt_category_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      lt_category_set_name (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      lt_category_set_position (self, g_value_get_int (value));
      break;

    case PROP_REVISION:
      lt_category_set_revision (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_category_class_init (LtCategoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_category_finalize;
  object_class->get_property = lt_category_get_property;
  object_class->set_property = lt_category_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
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

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
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
lt_category_init (LtCategory *self)
{
  self->name = g_strdup ("");
}

/**
 * lt_category_new:
 *
 * Returns: (transfer full): an empty LtCategory (id 0, not stored yet)
 */
LtCategory *
lt_category_new (void)
{
  return g_object_new (LT_TYPE_CATEGORY, NULL);
}

/**
 * lt_category_copy:
 *
 * A copy to edit in a dialog without touching the object a list shows
 * (id and revision included, so that saving it names the revision read).
 *
 * Returns: (transfer full): a new LtCategory with the values of @self
 */
LtCategory *
lt_category_copy (LtCategory *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  LtCategory *copy;
  guint n_pspecs;

  g_return_val_if_fail (LT_IS_CATEGORY (self), NULL);

  copy = lt_category_new ();
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
lt_category_get_id (LtCategory *self)
{
  g_return_val_if_fail (LT_IS_CATEGORY (self), 0);

  return self->id;
}

void
lt_category_set_id (LtCategory *self,
                    gint64      id)
{
  g_return_if_fail (LT_IS_CATEGORY (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
lt_category_get_name (LtCategory *self)
{
  g_return_val_if_fail (LT_IS_CATEGORY (self), NULL);

  return self->name;
}

void
lt_category_set_name (LtCategory *self,
                      const char *name)
{
  g_return_if_fail (LT_IS_CATEGORY (self));

  if (g_strcmp0 (self->name, name != NULL ? name : "") == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name != NULL ? name : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

int
lt_category_get_position (LtCategory *self)
{
  g_return_val_if_fail (LT_IS_CATEGORY (self), 0);

  return self->position;
}

void
lt_category_set_position (LtCategory *self,
                          int         position)
{
  g_return_if_fail (LT_IS_CATEGORY (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

gint64
lt_category_get_revision (LtCategory *self)
{
  g_return_val_if_fail (LT_IS_CATEGORY (self), 0);

  return self->revision;
}

void
lt_category_set_revision (LtCategory *self,
                          gint64      revision)
{
  g_return_if_fail (LT_IS_CATEGORY (self));
  g_return_if_fail (revision >= 0);

  if (self->revision == revision)
    return;

  self->revision = revision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
}
