/* lt-affaire.c: an affaire — a prospect or a client of the cabinet */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-affaire"

#include "config.h"

#include "lt-affaire.h"

struct _LtAffaire
{
  GObject parent_instance;

  gint64          id;
  LtAffaireState  state;
  char           *name;
  char           *siren;
  char           *legal_form;
  char           *address;
  char           *postal_code;
  char           *city;
  char           *activity;
  char           *fiscal_year_end;
  char           *director;
  char           *lcbft_identified_on;
  gint64          lcbft_identified_by;
  char           *beneficial_owner;
  LtVigilance     vigilance;
  char           *created_at;
  gint64          revision;
};

G_DEFINE_FINAL_TYPE (LtAffaire, lt_affaire, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STATE,
  PROP_NAME,
  PROP_SIREN,
  PROP_LEGAL_FORM,
  PROP_ADDRESS,
  PROP_POSTAL_CODE,
  PROP_CITY,
  PROP_ACTIVITY,
  PROP_FISCAL_YEAR_END,
  PROP_DIRECTOR,
  PROP_LCBFT_IDENTIFIED_ON,
  PROP_LCBFT_IDENTIFIED_BY,
  PROP_BENEFICIAL_OWNER,
  PROP_VIGILANCE,
  PROP_CREATED_AT,
  PROP_REVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       LT_TYPE_AFFAIRE_STATE,
                       LT_AFFAIRE_STATE_PROSPECT,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SIREN] =
    g_param_spec_string ("siren", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_LEGAL_FORM] =
    g_param_spec_string ("legal-form", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_POSTAL_CODE] =
    g_param_spec_string ("postal-code", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_CITY] =
    g_param_spec_string ("city", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ACTIVITY] =
    g_param_spec_string ("activity", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_FISCAL_YEAR_END] =
    g_param_spec_string ("fiscal-year-end", NULL, NULL,
                         "12-31",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_DIRECTOR] =
    g_param_spec_string ("director", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_LCBFT_IDENTIFIED_ON] =
    g_param_spec_string ("lcbft-identified-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_LCBFT_IDENTIFIED_BY] =
    g_param_spec_int64 ("lcbft-identified-by", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_BENEFICIAL_OWNER] =
    g_param_spec_string ("beneficial-owner", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_VIGILANCE] =
    g_param_spec_enum ("vigilance", NULL, NULL,
                       LT_TYPE_VIGILANCE,
                       LT_VIGILANCE_STANDARD,
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

gint64
lt_affaire_get_id (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), 0);

  return self->id;
}

void
lt_affaire_set_id (LtAffaire *self,
                   gint64     id)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

LtAffaireState
lt_affaire_get_state (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), 0);

  return self->state;
}

void
lt_affaire_set_state (LtAffaire      *self,
                      LtAffaireState  state)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));

  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

const char *
lt_affaire_get_name (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), NULL);

  return self->name;
}

void
lt_affaire_set_name (LtAffaire  *self,
                     const char *name)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));

  if (g_strcmp0 (self->name, name != NULL ? name : "") == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name != NULL ? name : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * lt_affaire_get_siren:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_affaire_get_siren (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), NULL);

  return self->siren;
}

void
lt_affaire_set_siren (LtAffaire  *self,
                      const char *siren)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));

  if (siren != NULL && *siren == '\0')
    siren = NULL;

  if (g_strcmp0 (self->siren, siren) == 0)
    return;

  g_free (self->siren);
  self->siren = g_strdup (siren);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIREN]);
}

const char *
lt_affaire_get_legal_form (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), NULL);

  return self->legal_form;
}

void
lt_affaire_set_legal_form (LtAffaire  *self,
                           const char *legal_form)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));

  if (g_strcmp0 (self->legal_form, legal_form != NULL ? legal_form : "") == 0)
    return;

  g_free (self->legal_form);
  self->legal_form = g_strdup (legal_form != NULL ? legal_form : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_FORM]);
}

const char *
lt_affaire_get_address (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), NULL);

  return self->address;
}

void
lt_affaire_set_address (LtAffaire  *self,
                        const char *address)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));

  if (g_strcmp0 (self->address, address != NULL ? address : "") == 0)
    return;

  g_free (self->address);
  self->address = g_strdup (address != NULL ? address : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
lt_affaire_get_postal_code (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), NULL);

  return self->postal_code;
}

void
lt_affaire_set_postal_code (LtAffaire  *self,
                            const char *postal_code)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));

  if (g_strcmp0 (self->postal_code, postal_code != NULL ? postal_code : "") == 0)
    return;

  g_free (self->postal_code);
  self->postal_code = g_strdup (postal_code != NULL ? postal_code : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTAL_CODE]);
}

const char *
lt_affaire_get_city (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), NULL);

  return self->city;
}

void
lt_affaire_set_city (LtAffaire  *self,
                     const char *city)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));

  if (g_strcmp0 (self->city, city != NULL ? city : "") == 0)
    return;

  g_free (self->city);
  self->city = g_strdup (city != NULL ? city : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CITY]);
}

const char *
lt_affaire_get_activity (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), NULL);

  return self->activity;
}

void
lt_affaire_set_activity (LtAffaire  *self,
                         const char *activity)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));

  if (g_strcmp0 (self->activity, activity != NULL ? activity : "") == 0)
    return;

  g_free (self->activity);
  self->activity = g_strdup (activity != NULL ? activity : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVITY]);
}

const char *
lt_affaire_get_fiscal_year_end (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), NULL);

  return self->fiscal_year_end;
}

void
lt_affaire_set_fiscal_year_end (LtAffaire  *self,
                                const char *fiscal_year_end)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));

  if (g_strcmp0 (self->fiscal_year_end, fiscal_year_end != NULL ? fiscal_year_end : "") == 0)
    return;

  g_free (self->fiscal_year_end);
  self->fiscal_year_end = g_strdup (fiscal_year_end != NULL ? fiscal_year_end : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FISCAL_YEAR_END]);
}

const char *
lt_affaire_get_director (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), NULL);

  return self->director;
}

void
lt_affaire_set_director (LtAffaire  *self,
                         const char *director)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));

  if (g_strcmp0 (self->director, director != NULL ? director : "") == 0)
    return;

  g_free (self->director);
  self->director = g_strdup (director != NULL ? director : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTOR]);
}

/**
 * lt_affaire_get_lcbft_identified_on:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_affaire_get_lcbft_identified_on (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), NULL);

  return self->lcbft_identified_on;
}

void
lt_affaire_set_lcbft_identified_on (LtAffaire  *self,
                                    const char *lcbft_identified_on)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));

  if (lcbft_identified_on != NULL && *lcbft_identified_on == '\0')
    lcbft_identified_on = NULL;

  if (g_strcmp0 (self->lcbft_identified_on, lcbft_identified_on) == 0)
    return;

  g_free (self->lcbft_identified_on);
  self->lcbft_identified_on = g_strdup (lcbft_identified_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LCBFT_IDENTIFIED_ON]);
}

gint64
lt_affaire_get_lcbft_identified_by (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), 0);

  return self->lcbft_identified_by;
}

void
lt_affaire_set_lcbft_identified_by (LtAffaire *self,
                                    gint64     lcbft_identified_by)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));
  g_return_if_fail (lcbft_identified_by >= 0);

  if (self->lcbft_identified_by == lcbft_identified_by)
    return;

  self->lcbft_identified_by = lcbft_identified_by;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LCBFT_IDENTIFIED_BY]);
}

const char *
lt_affaire_get_beneficial_owner (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), NULL);

  return self->beneficial_owner;
}

void
lt_affaire_set_beneficial_owner (LtAffaire  *self,
                                 const char *beneficial_owner)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));

  if (g_strcmp0 (self->beneficial_owner, beneficial_owner != NULL ? beneficial_owner : "") == 0)
    return;

  g_free (self->beneficial_owner);
  self->beneficial_owner = g_strdup (beneficial_owner != NULL ? beneficial_owner : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BENEFICIAL_OWNER]);
}

LtVigilance
lt_affaire_get_vigilance (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), 0);

  return self->vigilance;
}

void
lt_affaire_set_vigilance (LtAffaire   *self,
                          LtVigilance  vigilance)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));

  if (self->vigilance == vigilance)
    return;

  self->vigilance = vigilance;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIGILANCE]);
}

/**
 * lt_affaire_get_created_at:
 *
 * Returns: (nullable) (transfer none): the value, NULL when absent
 */
const char *
lt_affaire_get_created_at (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), NULL);

  return self->created_at;
}

void
lt_affaire_set_created_at (LtAffaire  *self,
                           const char *created_at)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));

  if (created_at != NULL && *created_at == '\0')
    created_at = NULL;

  if (g_strcmp0 (self->created_at, created_at) == 0)
    return;

  g_free (self->created_at);
  self->created_at = g_strdup (created_at);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

gint64
lt_affaire_get_revision (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), 0);

  return self->revision;
}

void
lt_affaire_set_revision (LtAffaire *self,
                         gint64     revision)
{
  g_return_if_fail (LT_IS_AFFAIRE (self));
  g_return_if_fail (revision >= 0);

  if (self->revision == revision)
    return;

  self->revision = revision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
}

/**
 * lt_affaire_is_client:
 *
 * Returns: whether the affaire is a client (a signed lettre de mission),
 *   not a prospect
 */
gboolean
lt_affaire_is_client (LtAffaire *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (self), FALSE);

  return self->state == LT_AFFAIRE_STATE_CLIENT;
}

/**
 * lt_affaire_is_lcbft_done:
 *
 * LCB-FT: the client has been identified (a date) and its bénéficiaire
 * effectif is known. A lettre de mission cannot be sent before.
 *
 * Returns: whether the identification of the client is recorded
 */
gboolean
lt_affaire_is_lcbft_done (LtAffaire *self)
{
  g_autofree char *owner = NULL;

  g_return_val_if_fail (LT_IS_AFFAIRE (self), FALSE);

  if (self->lcbft_identified_on == NULL)
    return FALSE;

  owner = g_strstrip (g_strdup (self->beneficial_owner));
  return owner[0] != '\0';
}
