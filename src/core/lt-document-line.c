/* lt-document-line.c: a ligne de mission of a document: a prestation and its honoraires */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-document-line"

#include "config.h"

#include "lt-document-line.h"

struct _LtDocumentLine
{
  GObject parent_instance;

  gint64        id;
  gint64        document_id;
  int           position;
  gint64        prestation_id;
  char         *label;
  gint64        price_cents;
  LtRecurrence  recurrence;
  gint64        revision;
};

G_DEFINE_FINAL_TYPE (LtDocumentLine, lt_document_line, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DOCUMENT_ID,
  PROP_POSITION,
  PROP_PRESTATION_ID,
  PROP_LABEL,
  PROP_PRICE_CENTS,
  PROP_RECURRENCE,
  PROP_REVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lt_document_line_finalize (GObject *object)
{
  LtDocumentLine *self = (LtDocumentLine *)object;

  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (lt_document_line_parent_class)->finalize (object);
}

static void
lt_document_line_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LtDocumentLine *self = LT_DOCUMENT_LINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_DOCUMENT_ID:
      g_value_set_int64 (value, self->document_id);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_PRESTATION_ID:
      g_value_set_int64 (value, self->prestation_id);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_PRICE_CENTS:
      g_value_set_int64 (value, self->price_cents);
      break;

    case PROP_RECURRENCE:
      g_value_set_enum (value, self->recurrence);
      break;

    case PROP_REVISION:
      g_value_set_int64 (value, self->revision);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_document_line_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LtDocumentLine *self = LT_DOCUMENT_LINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      lt_document_line_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_DOCUMENT_ID:
      lt_document_line_set_document_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      lt_document_line_set_position (self, g_value_get_int (value));
      break;

    case PROP_PRESTATION_ID:
      lt_document_line_set_prestation_id (self, g_value_get_int64 (value));
      break;

    case PROP_LABEL:
      lt_document_line_set_label (self, g_value_get_string (value));
      break;

    case PROP_PRICE_CENTS:
      lt_document_line_set_price_cents (self, g_value_get_int64 (value));
      break;

    case PROP_RECURRENCE:
      lt_document_line_set_recurrence (self, g_value_get_enum (value));
      break;

    case PROP_REVISION:
      lt_document_line_set_revision (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_document_line_class_init (LtDocumentLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_document_line_finalize;
  object_class->get_property = lt_document_line_get_property;
  object_class->set_property = lt_document_line_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_DOCUMENT_ID] =
    g_param_spec_int64 ("document-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_PRESTATION_ID] =
    g_param_spec_int64 ("prestation-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PRICE_CENTS] =
    g_param_spec_int64 ("price-cents", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
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

  properties[PROP_REVISION] =
    g_param_spec_int64 ("revision", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_document_line_init (LtDocumentLine *self)
{
  self->label = g_strdup ("");
}

/**
 * lt_document_line_new:
 *
 * Returns: (transfer full): an empty LtDocumentLine (id 0, not stored yet)
 */
LtDocumentLine *
lt_document_line_new (void)
{
  return g_object_new (LT_TYPE_DOCUMENT_LINE, NULL);
}

/**
 * lt_document_line_copy:
 *
 * A copy to edit in a dialog without touching the object a list shows
 * (id and revision included, so that saving it names the revision read).
 *
 * Returns: (transfer full): a new LtDocumentLine with the values of @self
 */
LtDocumentLine *
lt_document_line_copy (LtDocumentLine *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  LtDocumentLine *copy;
  guint n_pspecs;

  g_return_val_if_fail (LT_IS_DOCUMENT_LINE (self), NULL);

  copy = lt_document_line_new ();
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
lt_document_line_get_id (LtDocumentLine *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_LINE (self), 0);

  return self->id;
}

void
lt_document_line_set_id (LtDocumentLine *self,
                         gint64          id)
{
  g_return_if_fail (LT_IS_DOCUMENT_LINE (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
lt_document_line_get_document_id (LtDocumentLine *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_LINE (self), 0);

  return self->document_id;
}

void
lt_document_line_set_document_id (LtDocumentLine *self,
                                  gint64          document_id)
{
  g_return_if_fail (LT_IS_DOCUMENT_LINE (self));
  g_return_if_fail (document_id >= 0);

  if (self->document_id == document_id)
    return;

  self->document_id = document_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_ID]);
}

int
lt_document_line_get_position (LtDocumentLine *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_LINE (self), 0);

  return self->position;
}

void
lt_document_line_set_position (LtDocumentLine *self,
                               int             position)
{
  g_return_if_fail (LT_IS_DOCUMENT_LINE (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

gint64
lt_document_line_get_prestation_id (LtDocumentLine *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_LINE (self), 0);

  return self->prestation_id;
}

void
lt_document_line_set_prestation_id (LtDocumentLine *self,
                                    gint64          prestation_id)
{
  g_return_if_fail (LT_IS_DOCUMENT_LINE (self));
  g_return_if_fail (prestation_id >= 0);

  if (self->prestation_id == prestation_id)
    return;

  self->prestation_id = prestation_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESTATION_ID]);
}

const char *
lt_document_line_get_label (LtDocumentLine *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_LINE (self), NULL);

  return self->label;
}

void
lt_document_line_set_label (LtDocumentLine *self,
                            const char     *label)
{
  g_return_if_fail (LT_IS_DOCUMENT_LINE (self));

  if (g_strcmp0 (self->label, label != NULL ? label : "") == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label != NULL ? label : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

gint64
lt_document_line_get_price_cents (LtDocumentLine *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_LINE (self), 0);

  return self->price_cents;
}

void
lt_document_line_set_price_cents (LtDocumentLine *self,
                                  gint64          price_cents)
{
  g_return_if_fail (LT_IS_DOCUMENT_LINE (self));

  if (self->price_cents == price_cents)
    return;

  self->price_cents = price_cents;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRICE_CENTS]);
}

LtRecurrence
lt_document_line_get_recurrence (LtDocumentLine *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_LINE (self), 0);

  return self->recurrence;
}

void
lt_document_line_set_recurrence (LtDocumentLine *self,
                                 LtRecurrence    recurrence)
{
  g_return_if_fail (LT_IS_DOCUMENT_LINE (self));

  if (self->recurrence == recurrence)
    return;

  self->recurrence = recurrence;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECURRENCE]);
}

gint64
lt_document_line_get_revision (LtDocumentLine *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_LINE (self), 0);

  return self->revision;
}

void
lt_document_line_set_revision (LtDocumentLine *self,
                               gint64          revision)
{
  g_return_if_fail (LT_IS_DOCUMENT_LINE (self));
  g_return_if_fail (revision >= 0);

  if (self->revision == revision)
    return;

  self->revision = revision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
}
