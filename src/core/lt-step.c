/* lt-step.c: a tâche or demande d’information inside a prestation */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-step"

#include "config.h"

#include "lt-step.h"

struct _LtStep
{
  GObject parent_instance;

  gint64      id;
  gint64      prestation_id;
  LtStepKind  kind;
  char       *title;
  char       *description;
  int         delay_days;
  int         position;
  double      x;
  double      y;
  gint64      revision;
};

G_DEFINE_FINAL_TYPE (LtStep, lt_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PRESTATION_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_DELAY_DAYS,
  PROP_POSITION,
  PROP_X,
  PROP_Y,
  PROP_REVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lt_step_finalize (GObject *object)
{
  LtStep *self = (LtStep *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (lt_step_parent_class)->finalize (object);
}

static void
lt_step_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  LtStep *self = LT_STEP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_PRESTATION_ID:
      g_value_set_int64 (value, self->prestation_id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_DELAY_DAYS:
      g_value_set_int (value, self->delay_days);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_X:
      g_value_set_double (value, self->x);
      break;

    case PROP_Y:
      g_value_set_double (value, self->y);
      break;

    case PROP_REVISION:
      g_value_set_int64 (value, self->revision);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_step_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  LtStep *self = LT_STEP (object);

  switch (prop_id)
    {
    case PROP_ID:
      lt_step_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_PRESTATION_ID:
      lt_step_set_prestation_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      lt_step_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_TITLE:
      lt_step_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      lt_step_set_description (self, g_value_get_string (value));
      break;

    case PROP_DELAY_DAYS:
      lt_step_set_delay_days (self, g_value_get_int (value));
      break;

    case PROP_POSITION:
      lt_step_set_position (self, g_value_get_int (value));
      break;

    case PROP_X:
      lt_step_set_x (self, g_value_get_double (value));
      break;

    case PROP_Y:
      lt_step_set_y (self, g_value_get_double (value));
      break;

    case PROP_REVISION:
      lt_step_set_revision (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_step_class_init (LtStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_step_finalize;
  object_class->get_property = lt_step_get_property;
  object_class->set_property = lt_step_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
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

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       LT_TYPE_STEP_KIND,
                       LT_STEP_KIND_TASK,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
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

  properties[PROP_DELAY_DAYS] =
    g_param_spec_int ("delay-days", NULL, NULL,
                      G_MININT, G_MAXINT, -1,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_X] =
    g_param_spec_double ("x", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_Y] =
    g_param_spec_double ("y", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
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
lt_step_init (LtStep *self)
{
  self->title = g_strdup ("");
  self->description = g_strdup ("");
  self->delay_days = -1;
}

/**
 * lt_step_new:
 *
 * Returns: (transfer full): an empty LtStep (id 0, not stored yet)
 */
LtStep *
lt_step_new (void)
{
  return g_object_new (LT_TYPE_STEP, NULL);
}

/**
 * lt_step_copy:
 *
 * A copy to edit in a dialog without touching the object a list shows
 * (id and revision included, so that saving it names the revision read).
 *
 * Returns: (transfer full): a new LtStep with the values of @self
 */
LtStep *
lt_step_copy (LtStep *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  LtStep *copy;
  guint n_pspecs;

  g_return_val_if_fail (LT_IS_STEP (self), NULL);

  copy = lt_step_new ();
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
lt_step_get_id (LtStep *self)
{
  g_return_val_if_fail (LT_IS_STEP (self), 0);

  return self->id;
}

void
lt_step_set_id (LtStep *self,
                gint64  id)
{
  g_return_if_fail (LT_IS_STEP (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
lt_step_get_prestation_id (LtStep *self)
{
  g_return_val_if_fail (LT_IS_STEP (self), 0);

  return self->prestation_id;
}

void
lt_step_set_prestation_id (LtStep *self,
                           gint64  prestation_id)
{
  g_return_if_fail (LT_IS_STEP (self));
  g_return_if_fail (prestation_id >= 0);

  if (self->prestation_id == prestation_id)
    return;

  self->prestation_id = prestation_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESTATION_ID]);
}

LtStepKind
lt_step_get_kind (LtStep *self)
{
  g_return_val_if_fail (LT_IS_STEP (self), 0);

  return self->kind;
}

void
lt_step_set_kind (LtStep     *self,
                  LtStepKind  kind)
{
  g_return_if_fail (LT_IS_STEP (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
lt_step_get_title (LtStep *self)
{
  g_return_val_if_fail (LT_IS_STEP (self), NULL);

  return self->title;
}

void
lt_step_set_title (LtStep     *self,
                   const char *title)
{
  g_return_if_fail (LT_IS_STEP (self));

  if (g_strcmp0 (self->title, title != NULL ? title : "") == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title != NULL ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
lt_step_get_description (LtStep *self)
{
  g_return_val_if_fail (LT_IS_STEP (self), NULL);

  return self->description;
}

void
lt_step_set_description (LtStep     *self,
                         const char *description)
{
  g_return_if_fail (LT_IS_STEP (self));

  if (g_strcmp0 (self->description, description != NULL ? description : "") == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description != NULL ? description : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

int
lt_step_get_delay_days (LtStep *self)
{
  g_return_val_if_fail (LT_IS_STEP (self), 0);

  return self->delay_days;
}

void
lt_step_set_delay_days (LtStep *self,
                        int     delay_days)
{
  g_return_if_fail (LT_IS_STEP (self));

  if (self->delay_days == delay_days)
    return;

  self->delay_days = delay_days;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELAY_DAYS]);
}

int
lt_step_get_position (LtStep *self)
{
  g_return_val_if_fail (LT_IS_STEP (self), 0);

  return self->position;
}

void
lt_step_set_position (LtStep *self,
                      int     position)
{
  g_return_if_fail (LT_IS_STEP (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

double
lt_step_get_x (LtStep *self)
{
  g_return_val_if_fail (LT_IS_STEP (self), 0.0);

  return self->x;
}

void
lt_step_set_x (LtStep *self,
               double  x)
{
  g_return_if_fail (LT_IS_STEP (self));

  if (self->x == x)
    return;

  self->x = x;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_X]);
}

double
lt_step_get_y (LtStep *self)
{
  g_return_val_if_fail (LT_IS_STEP (self), 0.0);

  return self->y;
}

void
lt_step_set_y (LtStep *self,
               double  y)
{
  g_return_if_fail (LT_IS_STEP (self));

  if (self->y == y)
    return;

  self->y = y;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_Y]);
}

gint64
lt_step_get_revision (LtStep *self)
{
  g_return_val_if_fail (LT_IS_STEP (self), 0);

  return self->revision;
}

void
lt_step_set_revision (LtStep *self,
                      gint64  revision)
{
  g_return_if_fail (LT_IS_STEP (self));
  g_return_if_fail (revision >= 0);

  if (self->revision == revision)
    return;

  self->revision = revision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
}

/**
 * lt_step_has_delay:
 *
 * Returns: whether the step has a delay in working days (-1 otherwise)
 */
gboolean
lt_step_has_delay (LtStep *self)
{
  g_return_val_if_fail (LT_IS_STEP (self), FALSE);

  return self->delay_days >= 0;
}
