/* lt-affaire-accessors.c: LtAffaire's getters and setters, and whether it is a client with its LCB-FT done */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-affaire"

#include "config.h"

#include "lt-affaire-private.h"
#include "lt-affaire.h"

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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_ID]);
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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_STATE]);
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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_NAME]);
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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_SIREN]);
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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_LEGAL_FORM]);
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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_ADDRESS]);
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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_POSTAL_CODE]);
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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_CITY]);
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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_ACTIVITY]);
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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_FISCAL_YEAR_END]);
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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_DIRECTOR]);
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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_LCBFT_IDENTIFIED_ON]);
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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_LCBFT_IDENTIFIED_BY]);
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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_BENEFICIAL_OWNER]);
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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_VIGILANCE]);
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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_CREATED_AT]);
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
  g_object_notify_by_pspec (G_OBJECT (self), lt_affaire_properties[PROP_REVISION]);
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
