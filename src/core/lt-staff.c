/* lt-staff.c: an intervenant (collaborateur) of the cabinet */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-staff"

#include "config.h"

#include "lt-staff.h"

struct _LtStaff
{
  GObject parent_instance;

  gint64  id;
  char   *name;
  char   *email;
  int     weekly_hours;
  guint   active : 1;
  gint64  revision;
};

G_DEFINE_FINAL_TYPE (LtStaff, lt_staff, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_EMAIL,
  PROP_WEEKLY_HOURS,
  PROP_ACTIVE,
  PROP_REVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lt_staff_finalize (GObject *object)
{
  LtStaff *self = (LtStaff *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->email, g_free);

  G_OBJECT_CLASS (lt_staff_parent_class)->finalize (object);
}

static void
lt_staff_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  LtStaff *self = LT_STAFF (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_WEEKLY_HOURS:
      g_value_set_int (value, self->weekly_hours);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    case PROP_REVISION:
      g_value_set_int64 (value, self->revision);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_staff_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  LtStaff *self = LT_STAFF (object);

  switch (prop_id)
    {
    case PROP_ID:
      lt_staff_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      lt_staff_set_name (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      lt_staff_set_email (self, g_value_get_string (value));
      break;

    case PROP_WEEKLY_HOURS:
      lt_staff_set_weekly_hours (self, g_value_get_int (value));
      break;

    case PROP_ACTIVE:
      lt_staff_set_active (self, g_value_get_boolean (value));
      break;

    case PROP_REVISION:
      lt_staff_set_revision (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_staff_class_init (LtStaffClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_staff_finalize;
  object_class->get_property = lt_staff_get_property;
  object_class->set_property = lt_staff_set_property;

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

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_WEEKLY_HOURS] =
    g_param_spec_int ("weekly-hours", NULL, NULL,
                      G_MININT, G_MAXINT, 35,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL,
                          TRUE,
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
lt_staff_init (LtStaff *self)
{
  self->name = g_strdup ("");
  self->email = g_strdup ("");
  self->weekly_hours = 35;
  self->active = TRUE;
}

/**
 * lt_staff_new:
 *
 * Returns: (transfer full): an empty LtStaff (id 0, not stored yet)
 */
LtStaff *
lt_staff_new (void)
{
  return g_object_new (LT_TYPE_STAFF, NULL);
}

/**
 * lt_staff_copy:
 *
 * A copy to edit in a dialog without touching the object a list shows
 * (id and revision included, so that saving it names the revision read).
 *
 * Returns: (transfer full): a new LtStaff with the values of @self
 */
LtStaff *
lt_staff_copy (LtStaff *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  LtStaff *copy;
  guint n_pspecs;

  g_return_val_if_fail (LT_IS_STAFF (self), NULL);

  copy = lt_staff_new ();
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
lt_staff_get_id (LtStaff *self)
{
  g_return_val_if_fail (LT_IS_STAFF (self), 0);

  return self->id;
}

void
lt_staff_set_id (LtStaff *self,
                 gint64   id)
{
  g_return_if_fail (LT_IS_STAFF (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
lt_staff_get_name (LtStaff *self)
{
  g_return_val_if_fail (LT_IS_STAFF (self), NULL);

  return self->name;
}

void
lt_staff_set_name (LtStaff    *self,
                   const char *name)
{
  g_return_if_fail (LT_IS_STAFF (self));

  if (g_strcmp0 (self->name, name != NULL ? name : "") == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name != NULL ? name : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
lt_staff_get_email (LtStaff *self)
{
  g_return_val_if_fail (LT_IS_STAFF (self), NULL);

  return self->email;
}

void
lt_staff_set_email (LtStaff    *self,
                    const char *email)
{
  g_return_if_fail (LT_IS_STAFF (self));

  if (g_strcmp0 (self->email, email != NULL ? email : "") == 0)
    return;

  g_free (self->email);
  self->email = g_strdup (email != NULL ? email : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

int
lt_staff_get_weekly_hours (LtStaff *self)
{
  g_return_val_if_fail (LT_IS_STAFF (self), 0);

  return self->weekly_hours;
}

void
lt_staff_set_weekly_hours (LtStaff *self,
                           int      weekly_hours)
{
  g_return_if_fail (LT_IS_STAFF (self));

  if (self->weekly_hours == weekly_hours)
    return;

  self->weekly_hours = weekly_hours;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEKLY_HOURS]);
}

gboolean
lt_staff_get_active (LtStaff *self)
{
  g_return_val_if_fail (LT_IS_STAFF (self), FALSE);

  return self->active;
}

void
lt_staff_set_active (LtStaff  *self,
                     gboolean  active)
{
  g_return_if_fail (LT_IS_STAFF (self));

  active = !!active;
  if (self->active == active)
    return;

  self->active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

gint64
lt_staff_get_revision (LtStaff *self)
{
  g_return_val_if_fail (LT_IS_STAFF (self), 0);

  return self->revision;
}

void
lt_staff_set_revision (LtStaff *self,
                       gint64   revision)
{
  g_return_if_fail (LT_IS_STAFF (self));
  g_return_if_fail (revision >= 0);

  if (self->revision == revision)
    return;

  self->revision = revision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
}
