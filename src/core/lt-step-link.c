/* lt-step-link.c: a dépendance between two steps of a prestation (from → to) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-step-link"

#include "config.h"

#include "lt-step-link.h"

struct _LtStepLink
{
  GObject parent_instance;

  gint64  id;
  gint64  from_step_id;
  gint64  to_step_id;
  int     lag_days;
  gint64  revision;
};

G_DEFINE_FINAL_TYPE (LtStepLink, lt_step_link, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FROM_STEP_ID,
  PROP_TO_STEP_ID,
  PROP_LAG_DAYS,
  PROP_REVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lt_step_link_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LtStepLink *self = LT_STEP_LINK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_FROM_STEP_ID:
      g_value_set_int64 (value, self->from_step_id);
      break;

    case PROP_TO_STEP_ID:
      g_value_set_int64 (value, self->to_step_id);
      break;

    case PROP_LAG_DAYS:
      g_value_set_int (value, self->lag_days);
      break;

    case PROP_REVISION:
      g_value_set_int64 (value, self->revision);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_step_link_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LtStepLink *self = LT_STEP_LINK (object);

  switch (prop_id)
    {
    case PROP_ID:
      lt_step_link_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_FROM_STEP_ID:
      lt_step_link_set_from_step_id (self, g_value_get_int64 (value));
      break;

    case PROP_TO_STEP_ID:
      lt_step_link_set_to_step_id (self, g_value_get_int64 (value));
      break;

    case PROP_LAG_DAYS:
      lt_step_link_set_lag_days (self, g_value_get_int (value));
      break;

    case PROP_REVISION:
      lt_step_link_set_revision (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_step_link_class_init (LtStepLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = lt_step_link_get_property;
  object_class->set_property = lt_step_link_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_FROM_STEP_ID] =
    g_param_spec_int64 ("from-step-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_TO_STEP_ID] =
    g_param_spec_int64 ("to-step-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_LAG_DAYS] =
    g_param_spec_int ("lag-days", NULL, NULL,
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
lt_step_link_init (LtStepLink *self)
{
}

/**
 * lt_step_link_new:
 *
 * Returns: (transfer full): an empty LtStepLink (id 0, not stored yet)
 */
LtStepLink *
lt_step_link_new (void)
{
  return g_object_new (LT_TYPE_STEP_LINK, NULL);
}

/**
 * lt_step_link_copy:
 *
 * A copy to edit in a dialog without touching the object a list shows
 * (id and revision included, so that saving it names the revision read).
 *
 * Returns: (transfer full): a new LtStepLink with the values of @self
 */
LtStepLink *
lt_step_link_copy (LtStepLink *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  LtStepLink *copy;
  guint n_pspecs;

  g_return_val_if_fail (LT_IS_STEP_LINK (self), NULL);

  copy = lt_step_link_new ();
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
lt_step_link_get_id (LtStepLink *self)
{
  g_return_val_if_fail (LT_IS_STEP_LINK (self), 0);

  return self->id;
}

void
lt_step_link_set_id (LtStepLink *self,
                     gint64      id)
{
  g_return_if_fail (LT_IS_STEP_LINK (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
lt_step_link_get_from_step_id (LtStepLink *self)
{
  g_return_val_if_fail (LT_IS_STEP_LINK (self), 0);

  return self->from_step_id;
}

void
lt_step_link_set_from_step_id (LtStepLink *self,
                               gint64      from_step_id)
{
  g_return_if_fail (LT_IS_STEP_LINK (self));
  g_return_if_fail (from_step_id >= 0);

  if (self->from_step_id == from_step_id)
    return;

  self->from_step_id = from_step_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM_STEP_ID]);
}

gint64
lt_step_link_get_to_step_id (LtStepLink *self)
{
  g_return_val_if_fail (LT_IS_STEP_LINK (self), 0);

  return self->to_step_id;
}

void
lt_step_link_set_to_step_id (LtStepLink *self,
                             gint64      to_step_id)
{
  g_return_if_fail (LT_IS_STEP_LINK (self));
  g_return_if_fail (to_step_id >= 0);

  if (self->to_step_id == to_step_id)
    return;

  self->to_step_id = to_step_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TO_STEP_ID]);
}

int
lt_step_link_get_lag_days (LtStepLink *self)
{
  g_return_val_if_fail (LT_IS_STEP_LINK (self), 0);

  return self->lag_days;
}

void
lt_step_link_set_lag_days (LtStepLink *self,
                           int         lag_days)
{
  g_return_if_fail (LT_IS_STEP_LINK (self));

  if (self->lag_days == lag_days)
    return;

  self->lag_days = lag_days;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAG_DAYS]);
}

gint64
lt_step_link_get_revision (LtStepLink *self)
{
  g_return_val_if_fail (LT_IS_STEP_LINK (self), 0);

  return self->revision;
}

void
lt_step_link_set_revision (LtStepLink *self,
                           gint64      revision)
{
  g_return_if_fail (LT_IS_STEP_LINK (self));
  g_return_if_fail (revision >= 0);

  if (self->revision == revision)
    return;

  self->revision = revision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
}
