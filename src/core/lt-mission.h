/* lt-mission.h: the professional norm each kind of mission follows, as a letter cites it */
#pragma once

#include <glib.h>

#include "lt-enums.h"

G_BEGIN_DECLS

/* « NP 2300 » for a mission under a norme d'assurance of the Ordre, NULL
 * for a social, fiscal, juridique or conseil mission. (transfer none) */
const char *lt_mission_norm  (LtMission mission);

/* What the letter says of the mission, in French whatever the UI language:
 * « mission de présentation des comptes, conduite selon la norme
 * professionnelle NP 2300 » (transfer none) */
const char *lt_mission_words (LtMission mission);

G_END_DECLS
