/* lt-firm.c: the cabinet itself: its legal details, printed on every letter */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-firm"

#include "config.h"

#include "lt-firm.h"

struct _LtFirm
{
  GObject parent_instance;

  gint64  id;
  char   *name;
  char   *legal_form;
  char   *address;
  char   *postal_code;
  char   *city;
  char   *phone;
  char   *email;
  char   *siren;
  char   *rcs;
  char   *ordre;
  char   *vat_number;
  char   *insurance;
  char   *signatory_name;
  gint64  revision;
};

G_DEFINE_FINAL_TYPE (LtFirm, lt_firm, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_LEGAL_FORM,
  PROP_ADDRESS,
  PROP_POSTAL_CODE,
  PROP_CITY,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_SIREN,
  PROP_RCS,
  PROP_ORDRE,
  PROP_VAT_NUMBER,
  PROP_INSURANCE,
  PROP_SIGNATORY_NAME,
  PROP_REVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lt_firm_finalize (GObject *object)
{
  LtFirm *self = (LtFirm *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->legal_form, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->postal_code, g_free);
  g_clear_pointer (&self->city, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->siren, g_free);
  g_clear_pointer (&self->rcs, g_free);
  g_clear_pointer (&self->ordre, g_free);
  g_clear_pointer (&self->vat_number, g_free);
  g_clear_pointer (&self->insurance, g_free);
  g_clear_pointer (&self->signatory_name, g_free);

  G_OBJECT_CLASS (lt_firm_parent_class)->finalize (object);
}

static void
lt_firm_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  LtFirm *self = LT_FIRM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
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

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_SIREN:
      g_value_set_string (value, self->siren);
      break;

    case PROP_RCS:
      g_value_set_string (value, self->rcs);
      break;

    case PROP_ORDRE:
      g_value_set_string (value, self->ordre);
      break;

    case PROP_VAT_NUMBER:
      g_value_set_string (value, self->vat_number);
      break;

    case PROP_INSURANCE:
      g_value_set_string (value, self->insurance);
      break;

    case PROP_SIGNATORY_NAME:
      g_value_set_string (value, self->signatory_name);
      break;

    case PROP_REVISION:
      g_value_set_int64 (value, self->revision);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_firm_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  LtFirm *self = LT_FIRM (object);

  switch (prop_id)
    {
    case PROP_ID:
      lt_firm_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      lt_firm_set_name (self, g_value_get_string (value));
      break;

    case PROP_LEGAL_FORM:
      lt_firm_set_legal_form (self, g_value_get_string (value));
      break;

    case PROP_ADDRESS:
      lt_firm_set_address (self, g_value_get_string (value));
      break;

    case PROP_POSTAL_CODE:
      lt_firm_set_postal_code (self, g_value_get_string (value));
      break;

    case PROP_CITY:
      lt_firm_set_city (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      lt_firm_set_phone (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      lt_firm_set_email (self, g_value_get_string (value));
      break;

    case PROP_SIREN:
      lt_firm_set_siren (self, g_value_get_string (value));
      break;

    case PROP_RCS:
      lt_firm_set_rcs (self, g_value_get_string (value));
      break;

    case PROP_ORDRE:
      lt_firm_set_ordre (self, g_value_get_string (value));
      break;

    case PROP_VAT_NUMBER:
      lt_firm_set_vat_number (self, g_value_get_string (value));
      break;

    case PROP_INSURANCE:
      lt_firm_set_insurance (self, g_value_get_string (value));
      break;

    case PROP_SIGNATORY_NAME:
      lt_firm_set_signatory_name (self, g_value_get_string (value));
      break;

    case PROP_REVISION:
      lt_firm_set_revision (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_firm_class_init (LtFirmClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_firm_finalize;
  object_class->get_property = lt_firm_get_property;
  object_class->set_property = lt_firm_set_property;

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

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
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

  properties[PROP_SIREN] =
    g_param_spec_string ("siren", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_RCS] =
    g_param_spec_string ("rcs", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ORDRE] =
    g_param_spec_string ("ordre", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_VAT_NUMBER] =
    g_param_spec_string ("vat-number", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_INSURANCE] =
    g_param_spec_string ("insurance", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SIGNATORY_NAME] =
    g_param_spec_string ("signatory-name", NULL, NULL,
                         "",
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
lt_firm_init (LtFirm *self)
{
  self->name = g_strdup ("");
  self->legal_form = g_strdup ("");
  self->address = g_strdup ("");
  self->postal_code = g_strdup ("");
  self->city = g_strdup ("");
  self->phone = g_strdup ("");
  self->email = g_strdup ("");
  self->siren = g_strdup ("");
  self->rcs = g_strdup ("");
  self->ordre = g_strdup ("");
  self->vat_number = g_strdup ("");
  self->insurance = g_strdup ("");
  self->signatory_name = g_strdup ("");
}

/**
 * lt_firm_new:
 *
 * Returns: (transfer full): an empty LtFirm (id 0, not stored yet)
 */
LtFirm *
lt_firm_new (void)
{
  return g_object_new (LT_TYPE_FIRM, NULL);
}

/**
 * lt_firm_copy:
 *
 * A copy to edit in a dialog without touching the object a list shows
 * (id and revision included, so that saving it names the revision read).
 *
 * Returns: (transfer full): a new LtFirm with the values of @self
 */
LtFirm *
lt_firm_copy (LtFirm *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  LtFirm *copy;
  guint n_pspecs;

  g_return_val_if_fail (LT_IS_FIRM (self), NULL);

  copy = lt_firm_new ();
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
lt_firm_get_id (LtFirm *self)
{
  g_return_val_if_fail (LT_IS_FIRM (self), 0);

  return self->id;
}

void
lt_firm_set_id (LtFirm *self,
                gint64  id)
{
  g_return_if_fail (LT_IS_FIRM (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
lt_firm_get_name (LtFirm *self)
{
  g_return_val_if_fail (LT_IS_FIRM (self), NULL);

  return self->name;
}

void
lt_firm_set_name (LtFirm     *self,
                  const char *name)
{
  g_return_if_fail (LT_IS_FIRM (self));

  if (g_strcmp0 (self->name, name != NULL ? name : "") == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name != NULL ? name : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
lt_firm_get_legal_form (LtFirm *self)
{
  g_return_val_if_fail (LT_IS_FIRM (self), NULL);

  return self->legal_form;
}

void
lt_firm_set_legal_form (LtFirm     *self,
                        const char *legal_form)
{
  g_return_if_fail (LT_IS_FIRM (self));

  if (g_strcmp0 (self->legal_form, legal_form != NULL ? legal_form : "") == 0)
    return;

  g_free (self->legal_form);
  self->legal_form = g_strdup (legal_form != NULL ? legal_form : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_FORM]);
}

const char *
lt_firm_get_address (LtFirm *self)
{
  g_return_val_if_fail (LT_IS_FIRM (self), NULL);

  return self->address;
}

void
lt_firm_set_address (LtFirm     *self,
                     const char *address)
{
  g_return_if_fail (LT_IS_FIRM (self));

  if (g_strcmp0 (self->address, address != NULL ? address : "") == 0)
    return;

  g_free (self->address);
  self->address = g_strdup (address != NULL ? address : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
lt_firm_get_postal_code (LtFirm *self)
{
  g_return_val_if_fail (LT_IS_FIRM (self), NULL);

  return self->postal_code;
}

void
lt_firm_set_postal_code (LtFirm     *self,
                         const char *postal_code)
{
  g_return_if_fail (LT_IS_FIRM (self));

  if (g_strcmp0 (self->postal_code, postal_code != NULL ? postal_code : "") == 0)
    return;

  g_free (self->postal_code);
  self->postal_code = g_strdup (postal_code != NULL ? postal_code : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTAL_CODE]);
}

const char *
lt_firm_get_city (LtFirm *self)
{
  g_return_val_if_fail (LT_IS_FIRM (self), NULL);

  return self->city;
}

void
lt_firm_set_city (LtFirm     *self,
                  const char *city)
{
  g_return_if_fail (LT_IS_FIRM (self));

  if (g_strcmp0 (self->city, city != NULL ? city : "") == 0)
    return;

  g_free (self->city);
  self->city = g_strdup (city != NULL ? city : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CITY]);
}

const char *
lt_firm_get_phone (LtFirm *self)
{
  g_return_val_if_fail (LT_IS_FIRM (self), NULL);

  return self->phone;
}

void
lt_firm_set_phone (LtFirm     *self,
                   const char *phone)
{
  g_return_if_fail (LT_IS_FIRM (self));

  if (g_strcmp0 (self->phone, phone != NULL ? phone : "") == 0)
    return;

  g_free (self->phone);
  self->phone = g_strdup (phone != NULL ? phone : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
lt_firm_get_email (LtFirm *self)
{
  g_return_val_if_fail (LT_IS_FIRM (self), NULL);

  return self->email;
}

void
lt_firm_set_email (LtFirm     *self,
                   const char *email)
{
  g_return_if_fail (LT_IS_FIRM (self));

  if (g_strcmp0 (self->email, email != NULL ? email : "") == 0)
    return;

  g_free (self->email);
  self->email = g_strdup (email != NULL ? email : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
lt_firm_get_siren (LtFirm *self)
{
  g_return_val_if_fail (LT_IS_FIRM (self), NULL);

  return self->siren;
}

void
lt_firm_set_siren (LtFirm     *self,
                   const char *siren)
{
  g_return_if_fail (LT_IS_FIRM (self));

  if (g_strcmp0 (self->siren, siren != NULL ? siren : "") == 0)
    return;

  g_free (self->siren);
  self->siren = g_strdup (siren != NULL ? siren : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIREN]);
}

const char *
lt_firm_get_rcs (LtFirm *self)
{
  g_return_val_if_fail (LT_IS_FIRM (self), NULL);

  return self->rcs;
}

void
lt_firm_set_rcs (LtFirm     *self,
                 const char *rcs)
{
  g_return_if_fail (LT_IS_FIRM (self));

  if (g_strcmp0 (self->rcs, rcs != NULL ? rcs : "") == 0)
    return;

  g_free (self->rcs);
  self->rcs = g_strdup (rcs != NULL ? rcs : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RCS]);
}

const char *
lt_firm_get_ordre (LtFirm *self)
{
  g_return_val_if_fail (LT_IS_FIRM (self), NULL);

  return self->ordre;
}

void
lt_firm_set_ordre (LtFirm     *self,
                   const char *ordre)
{
  g_return_if_fail (LT_IS_FIRM (self));

  if (g_strcmp0 (self->ordre, ordre != NULL ? ordre : "") == 0)
    return;

  g_free (self->ordre);
  self->ordre = g_strdup (ordre != NULL ? ordre : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORDRE]);
}

const char *
lt_firm_get_vat_number (LtFirm *self)
{
  g_return_val_if_fail (LT_IS_FIRM (self), NULL);

  return self->vat_number;
}

void
lt_firm_set_vat_number (LtFirm     *self,
                        const char *vat_number)
{
  g_return_if_fail (LT_IS_FIRM (self));

  if (g_strcmp0 (self->vat_number, vat_number != NULL ? vat_number : "") == 0)
    return;

  g_free (self->vat_number);
  self->vat_number = g_strdup (vat_number != NULL ? vat_number : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VAT_NUMBER]);
}

const char *
lt_firm_get_insurance (LtFirm *self)
{
  g_return_val_if_fail (LT_IS_FIRM (self), NULL);

  return self->insurance;
}

void
lt_firm_set_insurance (LtFirm     *self,
                       const char *insurance)
{
  g_return_if_fail (LT_IS_FIRM (self));

  if (g_strcmp0 (self->insurance, insurance != NULL ? insurance : "") == 0)
    return;

  g_free (self->insurance);
  self->insurance = g_strdup (insurance != NULL ? insurance : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSURANCE]);
}

const char *
lt_firm_get_signatory_name (LtFirm *self)
{
  g_return_val_if_fail (LT_IS_FIRM (self), NULL);

  return self->signatory_name;
}

void
lt_firm_set_signatory_name (LtFirm     *self,
                            const char *signatory_name)
{
  g_return_if_fail (LT_IS_FIRM (self));

  if (g_strcmp0 (self->signatory_name, signatory_name != NULL ? signatory_name : "") == 0)
    return;

  g_free (self->signatory_name);
  self->signatory_name = g_strdup (signatory_name != NULL ? signatory_name : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNATORY_NAME]);
}

gint64
lt_firm_get_revision (LtFirm *self)
{
  g_return_val_if_fail (LT_IS_FIRM (self), 0);

  return self->revision;
}

void
lt_firm_set_revision (LtFirm *self,
                      gint64  revision)
{
  g_return_if_fail (LT_IS_FIRM (self));
  g_return_if_fail (revision >= 0);

  if (self->revision == revision)
    return;

  self->revision = revision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
}
