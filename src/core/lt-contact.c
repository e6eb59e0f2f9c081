/* lt-contact.c: a contact person of an affaire (dirigeant, signataire…) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-contact"

#include "config.h"

#include "lt-contact.h"

struct _LtContact
{
  GObject parent_instance;

  gint64  id;
  gint64  affaire_id;
  char   *name;
  char   *role;
  char   *email;
  char   *phone;
  guint   is_signatory : 1;
  gint64  revision;
};

G_DEFINE_FINAL_TYPE (LtContact, lt_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_AFFAIRE_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_IS_SIGNATORY,
  PROP_REVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lt_contact_finalize (GObject *object)
{
  LtContact *self = (LtContact *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);

  G_OBJECT_CLASS (lt_contact_parent_class)->finalize (object);
}

static void
lt_contact_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LtContact *self = LT_CONTACT (object);

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

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_IS_SIGNATORY:
      g_value_set_boolean (value, self->is_signatory);
      break;

    case PROP_REVISION:
      g_value_set_int64 (value, self->revision);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_contact_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  LtContact *self = LT_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      lt_contact_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_AFFAIRE_ID:
      lt_contact_set_affaire_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      lt_contact_set_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      lt_contact_set_role (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      lt_contact_set_email (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      lt_contact_set_phone (self, g_value_get_string (value));
      break;

    case PROP_IS_SIGNATORY:
      lt_contact_set_is_signatory (self, g_value_get_boolean (value));
      break;

    case PROP_REVISION:
      lt_contact_set_revision (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_contact_class_init (LtContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_contact_finalize;
  object_class->get_property = lt_contact_get_property;
  object_class->set_property = lt_contact_set_property;

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

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
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

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_IS_SIGNATORY] =
    g_param_spec_boolean ("is-signatory", NULL, NULL,
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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_contact_init (LtContact *self)
{
  self->name = g_strdup ("");
  self->role = g_strdup ("");
  self->email = g_strdup ("");
  self->phone = g_strdup ("");
}

/**
 * lt_contact_new:
 *
 * Returns: (transfer full): an empty LtContact (id 0, not stored yet)
 */
LtContact *
lt_contact_new (void)
{
  return g_object_new (LT_TYPE_CONTACT, NULL);
}

/**
 * lt_contact_copy:
 *
 * A copy to edit in a dialog without touching the object a list shows
 * (id and revision included, so that saving it names the revision read).
 *
 * Returns: (transfer full): a new LtContact with the values of @self
 */
LtContact *
lt_contact_copy (LtContact *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  LtContact *copy;
  guint n_pspecs;

  g_return_val_if_fail (LT_IS_CONTACT (self), NULL);

  copy = lt_contact_new ();
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
lt_contact_get_id (LtContact *self)
{
  g_return_val_if_fail (LT_IS_CONTACT (self), 0);

  return self->id;
}

void
lt_contact_set_id (LtContact *self,
                   gint64     id)
{
  g_return_if_fail (LT_IS_CONTACT (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
lt_contact_get_affaire_id (LtContact *self)
{
  g_return_val_if_fail (LT_IS_CONTACT (self), 0);

  return self->affaire_id;
}

void
lt_contact_set_affaire_id (LtContact *self,
                           gint64     affaire_id)
{
  g_return_if_fail (LT_IS_CONTACT (self));
  g_return_if_fail (affaire_id >= 0);

  if (self->affaire_id == affaire_id)
    return;

  self->affaire_id = affaire_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AFFAIRE_ID]);
}

const char *
lt_contact_get_name (LtContact *self)
{
  g_return_val_if_fail (LT_IS_CONTACT (self), NULL);

  return self->name;
}

void
lt_contact_set_name (LtContact  *self,
                     const char *name)
{
  g_return_if_fail (LT_IS_CONTACT (self));

  if (g_strcmp0 (self->name, name != NULL ? name : "") == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name != NULL ? name : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
lt_contact_get_role (LtContact *self)
{
  g_return_val_if_fail (LT_IS_CONTACT (self), NULL);

  return self->role;
}

void
lt_contact_set_role (LtContact  *self,
                     const char *role)
{
  g_return_if_fail (LT_IS_CONTACT (self));

  if (g_strcmp0 (self->role, role != NULL ? role : "") == 0)
    return;

  g_free (self->role);
  self->role = g_strdup (role != NULL ? role : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
lt_contact_get_email (LtContact *self)
{
  g_return_val_if_fail (LT_IS_CONTACT (self), NULL);

  return self->email;
}

void
lt_contact_set_email (LtContact  *self,
                      const char *email)
{
  g_return_if_fail (LT_IS_CONTACT (self));

  if (g_strcmp0 (self->email, email != NULL ? email : "") == 0)
    return;

  g_free (self->email);
  self->email = g_strdup (email != NULL ? email : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
lt_contact_get_phone (LtContact *self)
{
  g_return_val_if_fail (LT_IS_CONTACT (self), NULL);

  return self->phone;
}

void
lt_contact_set_phone (LtContact  *self,
                      const char *phone)
{
  g_return_if_fail (LT_IS_CONTACT (self));

  if (g_strcmp0 (self->phone, phone != NULL ? phone : "") == 0)
    return;

  g_free (self->phone);
  self->phone = g_strdup (phone != NULL ? phone : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

gboolean
lt_contact_get_is_signatory (LtContact *self)
{
  g_return_val_if_fail (LT_IS_CONTACT (self), FALSE);

  return self->is_signatory;
}

void
lt_contact_set_is_signatory (LtContact *self,
                             gboolean   is_signatory)
{
  g_return_if_fail (LT_IS_CONTACT (self));

  is_signatory = !!is_signatory;
  if (self->is_signatory == is_signatory)
    return;

  self->is_signatory = is_signatory;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_SIGNATORY]);
}

gint64
lt_contact_get_revision (LtContact *self)
{
  g_return_val_if_fail (LT_IS_CONTACT (self), 0);

  return self->revision;
}

void
lt_contact_set_revision (LtContact *self,
                         gint64     revision)
{
  g_return_if_fail (LT_IS_CONTACT (self));
  g_return_if_fail (revision >= 0);

  if (self->revision == revision)
    return;

  self->revision = revision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
}
