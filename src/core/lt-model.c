/* lt-model.c: one description per entity — properties, accessors, copy and equal driven by a table of fields */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-model"

#include "config.h"

#include <string.h>

#include "lt-model.h"

G_DEFINE_ABSTRACT_TYPE (LtModel, lt_model, G_TYPE_OBJECT)

#define FIELD_P(self, field, CType) ((CType *) G_STRUCT_MEMBER_P ((self), (field)->offset))

static const LtField *
get_field (LtModel *self,
           guint    prop_id)
{
  LtModelClass *klass = LT_MODEL_GET_CLASS (self);

  g_assert (prop_id > 0 && prop_id < klass->n_fields);

  return &klass->fields[prop_id];
}

/* The size of a number, flag or enum field; 0 for text and bytes. */
static gsize
scalar_size (const LtField *field)
{
  switch (field->type)
    {
    case LT_FIELD_INT64:
      return sizeof (gint64);
    case LT_FIELD_INT:
    case LT_FIELD_ENUM:
      return sizeof (int);
    case LT_FIELD_BOOLEAN:
      return sizeof (gboolean);
    case LT_FIELD_DOUBLE:
      return sizeof (double);
    default:
      return 0;
    }
}

static void
notify (LtModel *self,
        guint    prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), LT_MODEL_GET_CLASS (self)->pspecs[prop_id]);
}

static void
lt_model_constructed (GObject *object)
{
  LtModelClass *klass = LT_MODEL_GET_CLASS (object);

  G_OBJECT_CLASS (lt_model_parent_class)->constructed (object);

  /* The defaults, before g_object_new () sets the properties it was given. */
  for (guint i = 1; i < klass->n_fields; i++)
    {
      const LtField *field = &klass->fields[i];

      switch (field->type)
        {
        case LT_FIELD_INT64:
          *FIELD_P (object, field, gint64) = field->default_value;
          break;
        case LT_FIELD_INT:
        case LT_FIELD_ENUM:
          *FIELD_P (object, field, int) = (int) field->default_value;
          break;
        case LT_FIELD_BOOLEAN:
          *FIELD_P (object, field, gboolean) = field->default_value != 0;
          break;
        case LT_FIELD_TEXT:
          *FIELD_P (object, field, char *) = g_strdup (field->default_text);
          break;
        case LT_FIELD_DOUBLE:
        case LT_FIELD_OPTIONAL_TEXT:
        case LT_FIELD_BYTES:
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
lt_model_finalize (GObject *object)
{
  LtModelClass *klass = LT_MODEL_GET_CLASS (object);

  for (guint i = 1; i < klass->n_fields; i++)
    {
      const LtField *field = &klass->fields[i];

      if (field->type == LT_FIELD_TEXT || field->type == LT_FIELD_OPTIONAL_TEXT)
        g_clear_pointer (FIELD_P (object, field, char *), g_free);
      else if (field->type == LT_FIELD_BYTES)
        g_clear_pointer (FIELD_P (object, field, GBytes *), g_bytes_unref);
    }

  G_OBJECT_CLASS (lt_model_parent_class)->finalize (object);
}

static void
lt_model_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  LtModel *self = LT_MODEL (object);
  const LtField *field = get_field (self, prop_id);

  switch (field->type)
    {
    case LT_FIELD_INT64:
      g_value_set_int64 (value, *FIELD_P (self, field, gint64));
      break;
    case LT_FIELD_INT:
      g_value_set_int (value, *FIELD_P (self, field, int));
      break;
    case LT_FIELD_BOOLEAN:
      g_value_set_boolean (value, *FIELD_P (self, field, gboolean));
      break;
    case LT_FIELD_DOUBLE:
      g_value_set_double (value, *FIELD_P (self, field, double));
      break;
    case LT_FIELD_ENUM:
      g_value_set_enum (value, *FIELD_P (self, field, int));
      break;
    case LT_FIELD_TEXT:
    case LT_FIELD_OPTIONAL_TEXT:
      g_value_set_string (value, *FIELD_P (self, field, char *));
      break;
    case LT_FIELD_BYTES:
      g_value_set_boxed (value, *FIELD_P (self, field, GBytes *));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_model_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  LtModel *self = LT_MODEL (object);

  switch (get_field (self, prop_id)->type)
    {
    case LT_FIELD_INT64:
      {
        gint64 n = g_value_get_int64 (value);
        lt_model_set_value (self, prop_id, &n, sizeof n);
      }
      break;
    case LT_FIELD_INT:
    case LT_FIELD_ENUM:
      {
        int n = G_VALUE_HOLDS_ENUM (value) ? g_value_get_enum (value) : g_value_get_int (value);
        lt_model_set_value (self, prop_id, &n, sizeof n);
      }
      break;
    case LT_FIELD_BOOLEAN:
      {
        gboolean b = !!g_value_get_boolean (value);
        lt_model_set_value (self, prop_id, &b, sizeof b);
      }
      break;
    case LT_FIELD_DOUBLE:
      {
        double d = g_value_get_double (value);
        lt_model_set_value (self, prop_id, &d, sizeof d);
      }
      break;
    case LT_FIELD_TEXT:
    case LT_FIELD_OPTIONAL_TEXT:
      lt_model_set_text (self, prop_id, g_value_get_string (value));
      break;
    case LT_FIELD_BYTES:
      lt_model_set_bytes (self, prop_id, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_model_class_init (LtModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = lt_model_constructed;
  object_class->finalize = lt_model_finalize;
}

static void
lt_model_init (LtModel *self)
{
}

/**
 * lt_model_field_get_property:
 *
 * Returns: the name of @field's property: its column's with '_' written '-'
 *   (an interned string)
 */
const char *
lt_model_field_get_property (const LtField *field)
{
  char name[64];

  g_return_val_if_fail (field != NULL && strlen (field->column) < sizeof name, NULL);

  g_strlcpy (name, field->column, sizeof name);
  g_strdelimit (name, "_", '-');

  return g_intern_string (name);
}

static GParamSpec *
field_pspec (const LtField *field)
{
  const char *name = lt_model_field_get_property (field);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  switch (field->type)
    {
    case LT_FIELD_INT64:
      return g_param_spec_int64 (name, field->nick, NULL, field->minimum, G_MAXINT64,
                                 field->default_value, flags);
    case LT_FIELD_INT:
      return g_param_spec_int (name, field->nick, NULL, G_MININT, G_MAXINT,
                               (int) field->default_value, flags);
    case LT_FIELD_BOOLEAN:
      return g_param_spec_boolean (name, field->nick, NULL, field->default_value != 0, flags);
    case LT_FIELD_DOUBLE:
      return g_param_spec_double (name, field->nick, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);
    case LT_FIELD_ENUM:
      return g_param_spec_enum (name, field->nick, NULL, field->enum_type (),
                                (int) field->default_value, flags);
    case LT_FIELD_TEXT:
      return g_param_spec_string (name, field->nick, NULL, field->default_text, flags);
    case LT_FIELD_OPTIONAL_TEXT:
      return g_param_spec_string (name, field->nick, NULL, NULL, flags);
    case LT_FIELD_BYTES:
      return g_param_spec_boxed (name, field->nick, NULL, G_TYPE_BYTES, flags);
    default:
      g_assert_not_reached ();
    }
}

/**
 * lt_model_class_install:
 * @fields: the model's description, indexed by property id ([0] unused)
 * @n_fields: N_PROPS
 *
 * Installs one property per field. Called from the model's class_init.
 */
void
lt_model_class_install (LtModelClass  *klass,
                        const LtField *fields,
                        guint          n_fields)
{
  g_return_if_fail (LT_IS_MODEL_CLASS (klass));
  g_return_if_fail (fields != NULL && n_fields > 1);

  /* GObject does not inherit these two: each class sets its own. */
  G_OBJECT_CLASS (klass)->get_property = lt_model_get_property;
  G_OBJECT_CLASS (klass)->set_property = lt_model_set_property;
  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->pspecs = g_new0 (GParamSpec *, n_fields);
  for (guint i = 1; i < n_fields; i++)
    klass->pspecs[i] = field_pspec (&fields[i]);

  g_object_class_install_properties (G_OBJECT_CLASS (klass), n_fields, klass->pspecs);
}

/**
 * lt_model_class_get_fields:
 * @n_fields: (out): N_PROPS; the fields are [1, N_PROPS)
 *
 * Returns: the description of the model, indexed by property id
 */
const LtField *
lt_model_class_get_fields (LtModelClass *klass,
                           guint        *n_fields)
{
  g_return_val_if_fail (LT_IS_MODEL_CLASS (klass), NULL);

  if (n_fields != NULL)
    *n_fields = klass->n_fields;

  return klass->fields;
}

/**
 * lt_model_copy:
 *
 * A copy to edit in a dialog without touching the object a list shows
 * (id and revision included, so that saving it names the revision read).
 *
 * Returns: (transfer full) (type LtModel): a new object of @self's type with its values
 */
gpointer
lt_model_copy (LtModel *self)
{
  LtModelClass *klass;
  LtModel *copy;

  g_return_val_if_fail (LT_IS_MODEL (self), NULL);

  klass = LT_MODEL_GET_CLASS (self);
  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  for (guint i = 1; i < klass->n_fields; i++)
    {
      const LtField *field = &klass->fields[i];

      if (field->type == LT_FIELD_TEXT || field->type == LT_FIELD_OPTIONAL_TEXT)
        {
          g_free (*FIELD_P (copy, field, char *));
          *FIELD_P (copy, field, char *) = g_strdup (*FIELD_P (self, field, char *));
        }
      else if (field->type == LT_FIELD_BYTES)
        {
          GBytes *bytes = *FIELD_P (self, field, GBytes *);

          g_clear_pointer (FIELD_P (copy, field, GBytes *), g_bytes_unref);
          *FIELD_P (copy, field, GBytes *) = bytes != NULL ? g_bytes_ref (bytes) : NULL;
        }
      else
        memcpy (FIELD_P (copy, field, char), FIELD_P (self, field, char), scalar_size (field));
    }

  return copy;
}

static gboolean
field_equal (LtModel       *a,
             LtModel       *b,
             const LtField *field)
{
  if (field->type == LT_FIELD_TEXT || field->type == LT_FIELD_OPTIONAL_TEXT)
    return g_strcmp0 (*FIELD_P (a, field, char *), *FIELD_P (b, field, char *)) == 0;

  if (field->type == LT_FIELD_BYTES)
    {
      GBytes *x = *FIELD_P (a, field, GBytes *);
      GBytes *y = *FIELD_P (b, field, GBytes *);

      return x == y || (x != NULL && y != NULL && g_bytes_equal (x, y));
    }

  /* Flags are kept 0 or 1 by their setter. */
  return memcmp (FIELD_P (a, field, char), FIELD_P (b, field, char), scalar_size (field)) == 0;
}

/**
 * lt_model_equal:
 *
 * Returns: whether @a and @b are of one type and hold the same values
 */
gboolean
lt_model_equal (LtModel *a,
                LtModel *b)
{
  LtModelClass *klass;

  g_return_val_if_fail (LT_IS_MODEL (a), FALSE);
  g_return_val_if_fail (LT_IS_MODEL (b), FALSE);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  klass = LT_MODEL_GET_CLASS (a);
  for (guint i = 1; i < klass->n_fields; i++)
    if (!field_equal (a, b, &klass->fields[i]))
      return FALSE;

  return TRUE;
}

/* The generic accessors: each setter notifies only on a change. */

/**
 * lt_model_peek:
 *
 * Returns: the address of the field of @prop_id in @self, to read it
 */
gconstpointer
lt_model_peek (LtModel *self,
               guint    prop_id)
{
  return G_STRUCT_MEMBER_P (self, get_field (self, prop_id)->offset);
}

/**
 * lt_model_set_value:
 * @value: the address of a value of the field's C type (gint64, int,
 *   gboolean, double or an enum)
 *
 * Sets a number, a flag or an enum, and notifies if it changed.
 */
void
lt_model_set_value (LtModel       *self,
                    guint          prop_id,
                    gconstpointer  value,
                    gsize          size)
{
  const LtField *field = get_field (self, prop_id);
  gpointer p = G_STRUCT_MEMBER_P (self, field->offset);

  g_return_if_fail (field->type != LT_FIELD_INT64 || *(const gint64 *) value >= field->minimum);

  if (memcmp (p, value, size) == 0)
    return;

  memcpy (p, value, size);
  notify (self, prop_id);
}

void
lt_model_set_text (LtModel    *self,
                   guint       prop_id,
                   const char *value)
{
  const LtField *field = get_field (self, prop_id);
  char **p = FIELD_P (self, field, char *);

  if (field->type == LT_FIELD_TEXT && value == NULL)
    value = "";
  else if (field->type == LT_FIELD_OPTIONAL_TEXT && value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*p, value) == 0)
    return;

  g_free (*p);
  *p = g_strdup (value);
  notify (self, prop_id);
}

void
lt_model_set_bytes (LtModel *self,
                    guint    prop_id,
                    GBytes  *value)
{
  GBytes **p = FIELD_P (self, get_field (self, prop_id), GBytes *);

  if (*p == value || (*p != NULL && value != NULL && g_bytes_equal (*p, value)))
    return;

  g_clear_pointer (p, g_bytes_unref);
  *p = value != NULL ? g_bytes_ref (value) : NULL;
  notify (self, prop_id);
}
