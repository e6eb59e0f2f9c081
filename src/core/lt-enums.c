/* lt-enums.c: GTypes of the glossary's enumerations, nicks and labels */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-enums.h"

G_DEFINE_ENUM_TYPE (LtAffaireState, lt_affaire_state,
  G_DEFINE_ENUM_VALUE (LT_AFFAIRE_STATE_PROSPECT, "prospect"),
  G_DEFINE_ENUM_VALUE (LT_AFFAIRE_STATE_CLIENT, "client"))

G_DEFINE_ENUM_TYPE (LtRecurrence, lt_recurrence,
  G_DEFINE_ENUM_VALUE (LT_RECURRENCE_NONE, "none"),
  G_DEFINE_ENUM_VALUE (LT_RECURRENCE_MONTHLY, "monthly"),
  G_DEFINE_ENUM_VALUE (LT_RECURRENCE_QUARTERLY, "quarterly"),
  G_DEFINE_ENUM_VALUE (LT_RECURRENCE_YEARLY, "yearly"))

G_DEFINE_ENUM_TYPE (LtStepKind, lt_step_kind,
  G_DEFINE_ENUM_VALUE (LT_STEP_KIND_TASK, "task"),
  G_DEFINE_ENUM_VALUE (LT_STEP_KIND_REQUEST, "request"))

G_DEFINE_ENUM_TYPE (LtTaskStatus, lt_task_status,
  G_DEFINE_ENUM_VALUE (LT_TASK_STATUS_TODO, "todo"),
  G_DEFINE_ENUM_VALUE (LT_TASK_STATUS_BLOCKED, "blocked"),
  G_DEFINE_ENUM_VALUE (LT_TASK_STATUS_WAITING_CLIENT, "waiting-client"),
  G_DEFINE_ENUM_VALUE (LT_TASK_STATUS_SENT, "sent"),
  G_DEFINE_ENUM_VALUE (LT_TASK_STATUS_DONE, "done"))

G_DEFINE_ENUM_TYPE (LtDocumentKind, lt_document_kind,
  G_DEFINE_ENUM_VALUE (LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, "offre-de-service"),
  G_DEFINE_ENUM_VALUE (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, "lettre-de-mission"),
  G_DEFINE_ENUM_VALUE (LT_DOCUMENT_KIND_AVENANT, "avenant"),
  G_DEFINE_ENUM_VALUE (LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE, "lettre-de-mission-substitutive"),
  G_DEFINE_ENUM_VALUE (LT_DOCUMENT_KIND_BON_D_INTERVENTION, "bon-d-intervention"))

G_DEFINE_ENUM_TYPE (LtDocumentState, lt_document_state,
  G_DEFINE_ENUM_VALUE (LT_DOCUMENT_STATE_DRAFT, "draft"),
  G_DEFINE_ENUM_VALUE (LT_DOCUMENT_STATE_SENT, "sent"),
  G_DEFINE_ENUM_VALUE (LT_DOCUMENT_STATE_SIGNED, "signed"),
  G_DEFINE_ENUM_VALUE (LT_DOCUMENT_STATE_REFUSED, "refused"),
  G_DEFINE_ENUM_VALUE (LT_DOCUMENT_STATE_REPLACED, "replaced"))

G_DEFINE_ENUM_TYPE (LtVigilance, lt_vigilance,
  G_DEFINE_ENUM_VALUE (LT_VIGILANCE_NOT_ASSESSED, "not-assessed"),
  G_DEFINE_ENUM_VALUE (LT_VIGILANCE_SIMPLIFIED, "simplified"),
  G_DEFINE_ENUM_VALUE (LT_VIGILANCE_STANDARD, "standard"),
  G_DEFINE_ENUM_VALUE (LT_VIGILANCE_REINFORCED, "reinforced"))

G_DEFINE_ENUM_TYPE (LtRounding, lt_rounding,
  G_DEFINE_ENUM_VALUE (LT_ROUNDING_CENT, "cent"),
  G_DEFINE_ENUM_VALUE (LT_ROUNDING_EURO, "euro"))

G_DEFINE_ENUM_TYPE (LtMission, lt_mission,
  G_DEFINE_ENUM_VALUE (LT_MISSION_PRESENTATION, "presentation"),
  G_DEFINE_ENUM_VALUE (LT_MISSION_REVIEW, "review"),
  G_DEFINE_ENUM_VALUE (LT_MISSION_AGREED_PROCEDURES, "agreed-procedures"),
  G_DEFINE_ENUM_VALUE (LT_MISSION_ATTESTATION, "attestation"),
  G_DEFINE_ENUM_VALUE (LT_MISSION_SOCIAL, "social"),
  G_DEFINE_ENUM_VALUE (LT_MISSION_TAX, "tax"),
  G_DEFINE_ENUM_VALUE (LT_MISSION_LEGAL, "legal"),
  G_DEFINE_ENUM_VALUE (LT_MISSION_ADVISORY, "advisory"))

/**
 * lt_enum_to_nick:
 *
 * Returns: (transfer none) (nullable): the nick stored in SQL for @value.
 */
const char *
lt_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
lt_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  g_return_val_if_fail (value != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;

  *value = ev->value;
  return TRUE;
}

/**
 * lt_enum_to_label:
 *
 * Returns: (transfer none): what users see for @value, translated.
 */
const char *
lt_enum_to_label (GType enum_type,
                  int   value)
{
  if (enum_type == LT_TYPE_AFFAIRE_STATE)
    switch ((LtAffaireState) value)
      {
      case LT_AFFAIRE_STATE_PROSPECT: return _("Prospect");
      case LT_AFFAIRE_STATE_CLIENT: return _("Client");
      default: break;
      }
  else if (enum_type == LT_TYPE_RECURRENCE)
    switch ((LtRecurrence) value)
      {
      case LT_RECURRENCE_NONE: return _("Never");
      case LT_RECURRENCE_MONTHLY: return _("Monthly");
      case LT_RECURRENCE_QUARTERLY: return _("Quarterly");
      case LT_RECURRENCE_YEARLY: return _("Yearly");
      default: break;
      }
  else if (enum_type == LT_TYPE_STEP_KIND)
    switch ((LtStepKind) value)
      {
      case LT_STEP_KIND_TASK: return _("Task");
      case LT_STEP_KIND_REQUEST: return _("Information request");
      default: break;
      }
  else if (enum_type == LT_TYPE_TASK_STATUS)
    switch ((LtTaskStatus) value)
      {
      case LT_TASK_STATUS_TODO: return _("To do");
      case LT_TASK_STATUS_BLOCKED: return _("Blocked");
      case LT_TASK_STATUS_WAITING_CLIENT: return _("Waiting for client");
      /* only an information request (« demande », feminine) is sent */
      case LT_TASK_STATUS_SENT: return C_("information request", "Sent");
      case LT_TASK_STATUS_DONE: return _("Done");
      default: break;
      }
  else if (enum_type == LT_TYPE_DOCUMENT_KIND)
    switch ((LtDocumentKind) value)
      {
      case LT_DOCUMENT_KIND_OFFRE_DE_SERVICE: return _("Service offer");
      case LT_DOCUMENT_KIND_LETTRE_DE_MISSION: return _("Engagement letter");
      case LT_DOCUMENT_KIND_AVENANT: return _("Amendment");
      case LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE: return _("Replacement engagement letter");
      case LT_DOCUMENT_KIND_BON_D_INTERVENTION: return _("Work order");
      default: break;
      }
  else if (enum_type == LT_TYPE_DOCUMENT_STATE)
    switch ((LtDocumentState) value)
      {
      case LT_DOCUMENT_STATE_DRAFT: return _("Draft");
      case LT_DOCUMENT_STATE_SENT: return _("Sent");
      case LT_DOCUMENT_STATE_SIGNED: return _("Signed");
      case LT_DOCUMENT_STATE_REFUSED: return _("Refused");
      case LT_DOCUMENT_STATE_REPLACED: return _("Replaced");
      default: break;
      }
  else if (enum_type == LT_TYPE_VIGILANCE)
    switch ((LtVigilance) value)
      {
      case LT_VIGILANCE_NOT_ASSESSED: return _("Not assessed");
      case LT_VIGILANCE_SIMPLIFIED: return _("Simplified");
      case LT_VIGILANCE_STANDARD: return _("Standard");
      case LT_VIGILANCE_REINFORCED: return _("Reinforced");
      default: break;
      }
  else if (enum_type == LT_TYPE_ROUNDING)
    switch ((LtRounding) value)
      {
      case LT_ROUNDING_CENT: return _("To the cent");
      case LT_ROUNDING_EURO: return _("To the euro");
      default: break;
      }

  else if (enum_type == LT_TYPE_MISSION)
    switch ((LtMission) value)
      {
      case LT_MISSION_PRESENTATION: return _("Presentation of the accounts (NP 2300)");
      case LT_MISSION_REVIEW: return _("Limited review (NP 2400)");
      case LT_MISSION_AGREED_PROCEDURES: return _("Agreed-upon procedures (NP 4400)");
      case LT_MISSION_ATTESTATION: return _("Special attestation (NP 3100)");
      case LT_MISSION_SOCIAL: return _("Payroll and social (no assurance norm)");
      case LT_MISSION_TAX: return _("Tax (no assurance norm)");
      case LT_MISSION_LEGAL: return _("Legal (no assurance norm)");
      case LT_MISSION_ADVISORY: return _("Advisory (no assurance norm)");
      default: break;
      }

  g_return_val_if_reached ("");
}

/**
 * lt_document_kind_is_feminine:
 *
 * Whether the French noun of @kind is feminine (offre, lettre) rather than
 * masculine (avenant, bon): what its state's adjective agrees with.
 */
gboolean
lt_document_kind_is_feminine (LtDocumentKind kind)
{
  return kind != LT_DOCUMENT_KIND_AVENANT && kind != LT_DOCUMENT_KIND_BON_D_INTERVENTION;
}

/**
 * lt_document_state_label:
 *
 * Returns: (transfer none): @state as users read it beside the noun of
 * @kind, translated with the noun's gender as context.
 */
const char *
lt_document_state_label (LtDocumentKind  kind,
                         LtDocumentState state)
{
  if (lt_document_kind_is_feminine (kind))
    switch (state)
      {
      case LT_DOCUMENT_STATE_DRAFT: return C_("state of a feminine document", "Draft");
      case LT_DOCUMENT_STATE_SENT: return C_("state of a feminine document", "Sent");
      case LT_DOCUMENT_STATE_SIGNED: return C_("state of a feminine document", "Signed");
      case LT_DOCUMENT_STATE_REFUSED: return C_("state of a feminine document", "Refused");
      case LT_DOCUMENT_STATE_REPLACED: return C_("state of a feminine document", "Replaced");
      default: break;
      }
  else
    switch (state)
      {
      case LT_DOCUMENT_STATE_DRAFT: return C_("state of a masculine document", "Draft");
      case LT_DOCUMENT_STATE_SENT: return C_("state of a masculine document", "Sent");
      case LT_DOCUMENT_STATE_SIGNED: return C_("state of a masculine document", "Signed");
      case LT_DOCUMENT_STATE_REFUSED: return C_("state of a masculine document", "Refused");
      case LT_DOCUMENT_STATE_REPLACED: return C_("state of a masculine document", "Replaced");
      default: break;
      }

  g_return_val_if_reached ("");
}
