/* lt-assignment.c: a prestation assigned to a projet, with its dates and price */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-assignment"

#include "config.h"

#include "lt-assignment.h"

struct _LtAssignment
{
  GObject parent_instance;

  gint64  id;
  gint64  project_id;
  gint64  prestation_id;
  char   *start_date;
  char   *end_date;
  gint64  price_cents;
  gint64  revision;
};

G_DEFINE_FINAL_TYPE (LtAssignment, lt_assignment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PROJECT_ID,
  PROP_PRESTATION_ID,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_PRICE_CENTS,
  PROP_REVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lt_assignment_finalize (GObject *object)
{
  LtAssignment *self = (LtAssignment *)object;

  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->end_date, g_free);

  G_OBJECT_CLASS (lt_assignment_parent_class)->finalize (object);
}

static void
lt_assignment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LtAssignment *self = LT_ASSIGNMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_PROJECT_ID:
      g_value_set_int64 (value, self->project_id);
      break;

    case PROP_PRESTATION_ID:
      g_value_set_int64 (value, self->prestation_id);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;

    case PROP_PRICE_CENTS:
      g_value_set_int64 (value, self->price_cents);
      break;

    case PROP_REVISION:
      g_value_set_int64 (value, self->revision);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_assignment_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LtAssignment *self = LT_ASSIGNMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      lt_assignment_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_PROJECT_ID:
      lt_assignment_set_project_id (self, g_value_get_int64 (value));
      break;

    case PROP_PRESTATION_ID:
      lt_assignment_set_prestation_id (self, g_value_get_int64 (value));
      break;

    case PROP_START_DATE:
      lt_assignment_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_END_DATE:
      lt_assignment_set_end_date (self, g_value_get_string (value));
      break;

    case PROP_PRICE_CENTS:
      lt_assignment_set_price_cents (self, g_value_get_int64 (value));
      break;

    case PROP_REVISION:
      lt_assignment_set_revision (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_assignment_class_init (LtAssignmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_assignment_finalize;
  object_class->get_property = lt_assignment_get_property;
  object_class->set_property = lt_assignment_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_PROJECT_ID] =
    g_param_spec_int64 ("project-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_PRESTATION_ID] =
    g_param_spec_int64 ("prestation-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PRICE_CENTS] =
    g_param_spec_int64 ("price-cents", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
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
lt_assignment_init (LtAssignment *self)
{
}

/**
 * lt_assignment_new:
 *
 * Returns: (transfer full): an empty LtAssignment (id 0, not stored yet)
 */
LtAssignment *
lt_assignment_new (void)
{
  return g_object_new (LT_TYPE_ASSIGNMENT, NULL);
}

/**
 * lt_assignment_copy:
 *
 * A copy to edit in a dialog without touching the object a list shows
 * (id and revision included, so that saving it names the revision read).
 *
 * Returns: (transfer full): a new LtAssignment with the values of @self
 */
LtAssignment *
lt_assignment_copy (LtAssignment *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  LtAssignment *copy;
  guint n_pspecs;

  g_return_val_if_fail (LT_IS_ASSIGNMENT (self), NULL);

  copy = lt_assignment_new ();
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
lt_assignment_get_id (LtAssignment *self)
{
  g_return_val_if_fail (LT_IS_ASSIGNMENT (self), 0);

  return self->id;
}

void
lt_assignment_set_id (LtAssignment *self,
                      gint64        id)
{
  g_return_if_fail (LT_IS_ASSIGNMENT (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
lt_assignment_get_project_id (LtAssignment *self)
{
  g_return_val_if_fail (LT_IS_ASSIGNMENT (self), 0);

  return self->project_id;
}

void
lt_assignment_set_project_id (LtAssignment *self,
                              gint64        project_id)
{
  g_return_if_fail (LT_IS_ASSIGNMENT (self));
  g_return_if_fail (project_id >= 0);

  if (self->project_id == project_id)
    return;

  self->project_id = project_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT_ID]);
}

gint64
lt_assignment_get_prestation_id (LtAssignment *self)
{
  g_return_val_if_fail (LT_IS_ASSIGNMENT (self), 0);

  return self->prestation_id;
}

void
lt_assignment_set_prestation_id (LtAssignment *self,
                                 gint64        prestation_id)
{
  g_return_if_fail (LT_IS_ASSIGNMENT (self));
  g_return_if_fail (prestation_id >= 0);

  if (self->prestation_id == prestation_id)
    return;

  self->prestation_id = prestation_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESTATION_ID]);
}

/**
 * lt_assignment_get_start_date:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_assignment_get_start_date (LtAssignment *self)
{
  g_return_val_if_fail (LT_IS_ASSIGNMENT (self), NULL);

  return self->start_date;
}

void
lt_assignment_set_start_date (LtAssignment *self,
                              const char   *start_date)
{
  g_return_if_fail (LT_IS_ASSIGNMENT (self));

  if (start_date != NULL && *start_date == '\0')
    start_date = NULL;

  if (g_strcmp0 (self->start_date, start_date) == 0)
    return;

  g_free (self->start_date);
  self->start_date = g_strdup (start_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

/**
 * lt_assignment_get_end_date:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_assignment_get_end_date (LtAssignment *self)
{
  g_return_val_if_fail (LT_IS_ASSIGNMENT (self), NULL);

  return self->end_date;
}

void
lt_assignment_set_end_date (LtAssignment *self,
                            const char   *end_date)
{
  g_return_if_fail (LT_IS_ASSIGNMENT (self));

  if (end_date != NULL && *end_date == '\0')
    end_date = NULL;

  if (g_strcmp0 (self->end_date, end_date) == 0)
    return;

  g_free (self->end_date);
  self->end_date = g_strdup (end_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
}

gint64
lt_assignment_get_price_cents (LtAssignment *self)
{
  g_return_val_if_fail (LT_IS_ASSIGNMENT (self), 0);

  return self->price_cents;
}

void
lt_assignment_set_price_cents (LtAssignment *self,
                               gint64        price_cents)
{
  g_return_if_fail (LT_IS_ASSIGNMENT (self));

  if (self->price_cents == price_cents)
    return;

  self->price_cents = price_cents;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRICE_CENTS]);
}

gint64
lt_assignment_get_revision (LtAssignment *self)
{
  g_return_val_if_fail (LT_IS_ASSIGNMENT (self), 0);

  return self->revision;
}

void
lt_assignment_set_revision (LtAssignment *self,
                            gint64        revision)
{
  g_return_if_fail (LT_IS_ASSIGNMENT (self));
  g_return_if_fail (revision >= 0);

  if (self->revision == revision)
    return;

  self->revision = revision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
}
