/* lt-affaire-private.h: the insides of LtAffaire, shared by its own files */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lt-affaire.h"

G_BEGIN_DECLS

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

extern GParamSpec *lt_affaire_properties[N_PROPS];

G_END_DECLS
