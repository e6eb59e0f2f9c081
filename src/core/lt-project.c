/* lt-project.c: a projet of a client: the prestations assigned and their suivi */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-project"

#include "config.h"

#include "lt-project.h"

struct _LtProject
{
  GObject parent_instance;

  gint64  id;
  gint64  affaire_id;
  char   *name;
  char   *start_date;
  char   *end_date;
  gint64  staff_id;
  guint   generated : 1;
  char   *created_at;
  gint64  revision;
};

G_DEFINE_FINAL_TYPE (LtProject, lt_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_AFFAIRE_ID,
  PROP_NAME,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_STAFF_ID,
  PROP_GENERATED,
  PROP_CREATED_AT,
  PROP_REVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lt_project_finalize (GObject *object)
{
  LtProject *self = (LtProject *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->end_date, g_free);
  g_clear_pointer (&self->created_at, g_free);

  G_OBJECT_CLASS (lt_project_parent_class)->finalize (object);
}

static void
lt_project_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LtProject *self = LT_PROJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_AFFAIRE_ID:
      g_value_set_int64 (value, self->affaire_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;

    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_GENERATED:
      g_value_set_boolean (value, self->generated);
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
lt_project_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  LtProject *self = LT_PROJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      lt_project_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_AFFAIRE_ID:
      lt_project_set_affaire_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      lt_project_set_name (self, g_value_get_string (value));
      break;

    case PROP_START_DATE:
      lt_project_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_END_DATE:
      lt_project_set_end_date (self, g_value_get_string (value));
      break;

    case PROP_STAFF_ID:
      lt_project_set_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_GENERATED:
      lt_project_set_generated (self, g_value_get_boolean (value));
      break;

    case PROP_CREATED_AT:
      lt_project_set_created_at (self, g_value_get_string (value));
      break;

    case PROP_REVISION:
      lt_project_set_revision (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_project_class_init (LtProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_project_finalize;
  object_class->get_property = lt_project_get_property;
  object_class->set_property = lt_project_set_property;

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

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
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

  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_GENERATED] =
    g_param_spec_boolean ("generated", NULL, NULL,
                          FALSE,
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
lt_project_init (LtProject *self)
{
  self->name = g_strdup ("");
}

/**
 * lt_project_new:
 *
 * Returns: (transfer full): an empty LtProject (id 0, not stored yet)
 */
LtProject *
lt_project_new (void)
{
  return g_object_new (LT_TYPE_PROJECT, NULL);
}

/**
 * lt_project_copy:
 *
 * A copy to edit in a dialog without touching the object a list shows
 * (id and revision included, so that saving it names the revision read).
 *
 * Returns: (transfer full): a new LtProject with the values of @self
 */
LtProject *
lt_project_copy (LtProject *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  LtProject *copy;
  guint n_pspecs;

  g_return_val_if_fail (LT_IS_PROJECT (self), NULL);

  copy = lt_project_new ();
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
lt_project_get_id (LtProject *self)
{
  g_return_val_if_fail (LT_IS_PROJECT (self), 0);

  return self->id;
}

void
lt_project_set_id (LtProject *self,
                   gint64     id)
{
  g_return_if_fail (LT_IS_PROJECT (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
lt_project_get_affaire_id (LtProject *self)
{
  g_return_val_if_fail (LT_IS_PROJECT (self), 0);

  return self->affaire_id;
}

void
lt_project_set_affaire_id (LtProject *self,
                           gint64     affaire_id)
{
  g_return_if_fail (LT_IS_PROJECT (self));
  g_return_if_fail (affaire_id >= 0);

  if (self->affaire_id == affaire_id)
    return;

  self->affaire_id = affaire_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AFFAIRE_ID]);
}

const char *
lt_project_get_name (LtProject *self)
{
  g_return_val_if_fail (LT_IS_PROJECT (self), NULL);

  return self->name;
}

void
lt_project_set_name (LtProject  *self,
                     const char *name)
{
  g_return_if_fail (LT_IS_PROJECT (self));

  if (g_strcmp0 (self->name, name != NULL ? name : "") == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name != NULL ? name : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * lt_project_get_start_date:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_project_get_start_date (LtProject *self)
{
  g_return_val_if_fail (LT_IS_PROJECT (self), NULL);

  return self->start_date;
}

void
lt_project_set_start_date (LtProject  *self,
                           const char *start_date)
{
  g_return_if_fail (LT_IS_PROJECT (self));

  if (start_date != NULL && *start_date == '\0')
    start_date = NULL;

  if (g_strcmp0 (self->start_date, start_date) == 0)
    return;

  g_free (self->start_date);
  self->start_date = g_strdup (start_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

/**
 * lt_project_get_end_date:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_project_get_end_date (LtProject *self)
{
  g_return_val_if_fail (LT_IS_PROJECT (self), NULL);

  return self->end_date;
}

void
lt_project_set_end_date (LtProject  *self,
                         const char *end_date)
{
  g_return_if_fail (LT_IS_PROJECT (self));

  if (end_date != NULL && *end_date == '\0')
    end_date = NULL;

  if (g_strcmp0 (self->end_date, end_date) == 0)
    return;

  g_free (self->end_date);
  self->end_date = g_strdup (end_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
}

gint64
lt_project_get_staff_id (LtProject *self)
{
  g_return_val_if_fail (LT_IS_PROJECT (self), 0);

  return self->staff_id;
}

void
lt_project_set_staff_id (LtProject *self,
                         gint64     staff_id)
{
  g_return_if_fail (LT_IS_PROJECT (self));
  g_return_if_fail (staff_id >= 0);

  if (self->staff_id == staff_id)
    return;

  self->staff_id = staff_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

gboolean
lt_project_get_generated (LtProject *self)
{
  g_return_val_if_fail (LT_IS_PROJECT (self), FALSE);

  return self->generated;
}

void
lt_project_set_generated (LtProject *self,
                          gboolean   generated)
{
  g_return_if_fail (LT_IS_PROJECT (self));

  generated = !!generated;
  if (self->generated == generated)
    return;

  self->generated = generated;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENERATED]);
}

/**
 * lt_project_get_created_at:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_project_get_created_at (LtProject *self)
{
  g_return_val_if_fail (LT_IS_PROJECT (self), NULL);

  return self->created_at;
}

void
lt_project_set_created_at (LtProject  *self,
                           const char *created_at)
{
  g_return_if_fail (LT_IS_PROJECT (self));

  if (created_at != NULL && *created_at == '\0')
    created_at = NULL;

  if (g_strcmp0 (self->created_at, created_at) == 0)
    return;

  g_free (self->created_at);
  self->created_at = g_strdup (created_at);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

gint64
lt_project_get_revision (LtProject *self)
{
  g_return_val_if_fail (LT_IS_PROJECT (self), 0);

  return self->revision;
}

void
lt_project_set_revision (LtProject *self,
                         gint64     revision)
{
  g_return_if_fail (LT_IS_PROJECT (self));
  g_return_if_fail (revision >= 0);

  if (self->revision == revision)
    return;

  self->revision = revision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
}
