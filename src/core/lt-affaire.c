/* lt-affaire.c: an affaire — a prospect or a client of the cabinet */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-affaire"

#include "config.h"

#include "lt-affaire-private.h"
#include "lt-affaire.h"

G_DEFINE_FINAL_TYPE (LtAffaire, lt_affaire, G_TYPE_OBJECT)

GParamSpec *lt_affaire_properties[N_PROPS];

static void
lt_affaire_finalize (GObject *object)
{
  LtAffaire *self = (LtAffaire *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->siren, g_free);
  g_clear_pointer (&self->legal_form, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->postal_code, g_free);
  g_clear_pointer (&self->city, g_free);
  g_clear_pointer (&self->activity, g_free);
  g_clear_pointer (&self->fiscal_year_end, g_free);
  g_clear_pointer (&self->director, g_free);
  g_clear_pointer (&self->lcbft_identified_on, g_free);
  g_clear_pointer (&self->beneficial_owner, g_free);
  g_clear_pointer (&self->created_at, g_free);

  G_OBJECT_CLASS (lt_affaire_parent_class)->finalize (object);
}

static void
lt_affaire_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LtAffaire *self = LT_AFFAIRE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SIREN:
      g_value_set_string (value, self->siren);
      break;

    case PROP_LEGAL_FORM:
      g_value_set_string (value, self->legal_form);
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;

    case PROP_POSTAL_CODE:
      g_value_set_string (value, self->postal_code);
      break;

    case PROP_CITY:
      g_value_set_string (value, self->city);
      break;

    case PROP_ACTIVITY:
      g_value_set_string (value, self->activity);
      break;

    case PROP_FISCAL_YEAR_END:
      g_value_set_string (value, self->fiscal_year_end);
      break;

    case PROP_DIRECTOR:
      g_value_set_string (value, self->director);
      break;

    case PROP_LCBFT_IDENTIFIED_ON:
      g_value_set_string (value, self->lcbft_identified_on);
      break;

    case PROP_LCBFT_IDENTIFIED_BY:
      g_value_set_int64 (value, self->lcbft_identified_by);
      break;

    case PROP_BENEFICIAL_OWNER:
      g_value_set_string (value, self->beneficial_owner);
      break;

    case PROP_VIGILANCE:
      g_value_set_enum (value, self->vigilance);
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
lt_affaire_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  LtAffaire *self = LT_AFFAIRE (object);

  switch (prop_id)
    {
    case PROP_ID:
      lt_affaire_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_STATE:
      lt_affaire_set_state (self, g_value_get_enum (value));
      break;

    case PROP_NAME:
      lt_affaire_set_name (self, g_value_get_string (value));
      break;

    case PROP_SIREN:
      lt_affaire_set_siren (self, g_value_get_string (value));
      break;

    case PROP_LEGAL_FORM:
      lt_affaire_set_legal_form (self, g_value_get_string (value));
      break;

    case PROP_ADDRESS:
      lt_affaire_set_address (self, g_value_get_string (value));
      break;

    case PROP_POSTAL_CODE:
      lt_affaire_set_postal_code (self, g_value_get_string (value));
      break;

    case PROP_CITY:
      lt_affaire_set_city (self, g_value_get_string (value));
      break;

    case PROP_ACTIVITY:
      lt_affaire_set_activity (self, g_value_get_string (value));
      break;

    case PROP_FISCAL_YEAR_END:
      lt_affaire_set_fiscal_year_end (self, g_value_get_string (value));
      break;

    case PROP_DIRECTOR:
      lt_affaire_set_director (self, g_value_get_string (value));
      break;

    case PROP_LCBFT_IDENTIFIED_ON:
      lt_affaire_set_lcbft_identified_on (self, g_value_get_string (value));
      break;

    case PROP_LCBFT_IDENTIFIED_BY:
      lt_affaire_set_lcbft_identified_by (self, g_value_get_int64 (value));
      break;

    case PROP_BENEFICIAL_OWNER:
      lt_affaire_set_beneficial_owner (self, g_value_get_string (value));
      break;

    case PROP_VIGILANCE:
      lt_affaire_set_vigilance (self, g_value_get_enum (value));
      break;

    case PROP_CREATED_AT:
      lt_affaire_set_created_at (self, g_value_get_string (value));
      break;

    case PROP_REVISION:
      lt_affaire_set_revision (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_affaire_class_init (LtAffaireClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_affaire_finalize;
  object_class->get_property = lt_affaire_get_property;
  object_class->set_property = lt_affaire_set_property;

  lt_affaire_properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  lt_affaire_properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       LT_TYPE_AFFAIRE_STATE,
                       LT_AFFAIRE_STATE_PROSPECT,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  lt_affaire_properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_affaire_properties[PROP_SIREN] =
    g_param_spec_string ("siren", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_affaire_properties[PROP_LEGAL_FORM] =
    g_param_spec_string ("legal-form", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_affaire_properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_affaire_properties[PROP_POSTAL_CODE] =
    g_param_spec_string ("postal-code", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_affaire_properties[PROP_CITY] =
    g_param_spec_string ("city", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_affaire_properties[PROP_ACTIVITY] =
    g_param_spec_string ("activity", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_affaire_properties[PROP_FISCAL_YEAR_END] =
    g_param_spec_string ("fiscal-year-end", NULL, NULL,
                         "12-31",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_affaire_properties[PROP_DIRECTOR] =
    g_param_spec_string ("director", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_affaire_properties[PROP_LCBFT_IDENTIFIED_ON] =
    g_param_spec_string ("lcbft-identified-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_affaire_properties[PROP_LCBFT_IDENTIFIED_BY] =
    g_param_spec_int64 ("lcbft-identified-by", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  lt_affaire_properties[PROP_BENEFICIAL_OWNER] =
    g_param_spec_string ("beneficial-owner", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_affaire_properties[PROP_VIGILANCE] =
    g_param_spec_enum ("vigilance", NULL, NULL,
                       LT_TYPE_VIGILANCE,
                       LT_VIGILANCE_STANDARD,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  lt_affaire_properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  lt_affaire_properties[PROP_REVISION] =
    g_param_spec_int64 ("revision", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, lt_affaire_properties);
}

static void
lt_affaire_init (LtAffaire *self)
{
  self->name = g_strdup ("");
  self->legal_form = g_strdup ("");
  self->address = g_strdup ("");
  self->postal_code = g_strdup ("");
  self->city = g_strdup ("");
  self->activity = g_strdup ("");
  self->fiscal_year_end = g_strdup ("12-31");
  self->director = g_strdup ("");
  self->beneficial_owner = g_strdup ("");
  self->vigilance = LT_VIGILANCE_STANDARD;
}

/**
 * lt_affaire_new:
 *
 * Returns: (transfer full): an empty LtAffaire (id 0, not stored yet)
 */
LtAffaire *
lt_affaire_new (void)
{
  return g_object_new (LT_TYPE_AFFAIRE, NULL);
}

/**
 * lt_affaire_copy:
 *
 * A copy to edit in a dialog without touching the object a list shows
 * (id and revision included, so that saving it names the revision read).
 *
 * Returns: (transfer full): a new LtAffaire with the values of @self
 */
LtAffaire *
lt_affaire_copy (LtAffaire *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  LtAffaire *copy;
  guint n_pspecs;

  g_return_val_if_fail (LT_IS_AFFAIRE (self), NULL);

  copy = lt_affaire_new ();
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
