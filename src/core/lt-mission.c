/* lt-mission.c: the professional norm each kind of mission follows, as a letter cites it */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-mission"

#include "config.h"

#include "lt-mission.h"

/* The norms of the Ordre des experts-comptables (arrêtés d'agrément):
 * NP 2300 présentation des comptes, NP 2400 examen limité, NP 4400
 * procédures convenues, NP 3100 missions d'assurance sur des informations
 * autres que des comptes complets historiques (attestations particulières).
 * Social, fiscal, juridique and conseil missions are « autres prestations »
 * without a norme d'assurance. The letter's text is French whatever the
 * language of the interface: no gettext here. */

const char *
lt_mission_norm (LtMission mission)
{
  switch (mission)
    {
    case LT_MISSION_PRESENTATION:      return "NP 2300";
    case LT_MISSION_REVIEW:            return "NP 2400";
    case LT_MISSION_AGREED_PROCEDURES: return "NP 4400";
    case LT_MISSION_ATTESTATION:       return "NP 3100";
    case LT_MISSION_SOCIAL:
    case LT_MISSION_TAX:
    case LT_MISSION_LEGAL:
    case LT_MISSION_ADVISORY:
    default:                           return NULL;
    }
}

const char *
lt_mission_words (LtMission mission)
{
  switch (mission)
    {
    case LT_MISSION_PRESENTATION:
      return "mission de présentation des comptes, conduite selon la norme professionnelle NP 2300";
    case LT_MISSION_REVIEW:
      return "mission d’examen limité des comptes, conduite selon la norme professionnelle NP 2400";
    case LT_MISSION_AGREED_PROCEDURES:
      return "mission de procédures convenues, conduite selon la norme professionnelle NP 4400";
    case LT_MISSION_ATTESTATION:
      return "mission d’attestation particulière, conduite selon la norme professionnelle NP 3100";
    case LT_MISSION_SOCIAL:
      return "mission sociale, qui ne relève d’aucune norme d’assurance";
    case LT_MISSION_TAX:
      return "mission fiscale, qui ne relève d’aucune norme d’assurance";
    case LT_MISSION_LEGAL:
      return "mission juridique, qui ne relève d’aucune norme d’assurance";
    case LT_MISSION_ADVISORY:
    default:
      return "mission de conseil, qui ne relève d’aucune norme d’assurance";
    }
}
