/* lt-enums.h: the enumerations of the glossary, registered as GTypes */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Stored in SQL as their nick (see data/sql/001-initial.sql). */

typedef enum {
  LT_AFFAIRE_STATE_PROSPECT,
  LT_AFFAIRE_STATE_CLIENT,
} LtAffaireState;

typedef enum {
  LT_RECURRENCE_NONE,
  LT_RECURRENCE_MONTHLY,
  LT_RECURRENCE_QUARTERLY,
  LT_RECURRENCE_YEARLY,
} LtRecurrence;

typedef enum {
  LT_STEP_KIND_TASK,
  LT_STEP_KIND_REQUEST,
} LtStepKind;

/* Derived, never stored: TODO, BLOCKED (a predecessor is not done),
 * WAITING_CLIENT (a predecessor is an unanswered demande), SENT (a demande
 * sent and not answered yet), DONE (tâche done or demande answered). */
typedef enum {
  LT_TASK_STATUS_TODO,
  LT_TASK_STATUS_BLOCKED,
  LT_TASK_STATUS_WAITING_CLIENT,
  LT_TASK_STATUS_SENT,
  LT_TASK_STATUS_DONE,
} LtTaskStatus;

typedef enum {
  LT_DOCUMENT_KIND_OFFRE_DE_SERVICE,
  LT_DOCUMENT_KIND_LETTRE_DE_MISSION,
  LT_DOCUMENT_KIND_AVENANT,
  LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE,
  LT_DOCUMENT_KIND_BON_D_INTERVENTION,
} LtDocumentKind;

typedef enum {
  LT_DOCUMENT_STATE_DRAFT,
  LT_DOCUMENT_STATE_SENT,
  LT_DOCUMENT_STATE_SIGNED,
  LT_DOCUMENT_STATE_REFUSED,
  LT_DOCUMENT_STATE_REPLACED,
} LtDocumentState;

/* NOT_ASSESSED: no level chosen yet; nothing is sent or signed so. */
typedef enum {
  LT_VIGILANCE_NOT_ASSESSED,
  LT_VIGILANCE_SIMPLIFIED,
  LT_VIGILANCE_STANDARD,
  LT_VIGILANCE_REINFORCED,
} LtVigilance;

typedef enum {
  LT_ROUNDING_CENT,
  LT_ROUNDING_EURO,
} LtRounding;

/* The kind of mission a prestation is, which sets the professional norm of
 * the Ordre it follows (lt-mission.h): présentation des comptes (NP 2300),
 * examen limité (NP 2400), procédures convenues (NP 4400), attestation
 * particulière (NP 3100); social, fiscal, juridique and conseil missions
 * follow no norme d'assurance. */
typedef enum {
  LT_MISSION_PRESENTATION,
  LT_MISSION_REVIEW,
  LT_MISSION_AGREED_PROCEDURES,
  LT_MISSION_ATTESTATION,
  LT_MISSION_SOCIAL,
  LT_MISSION_TAX,
  LT_MISSION_LEGAL,
  LT_MISSION_ADVISORY,
} LtMission;

#define LT_TYPE_AFFAIRE_STATE  (lt_affaire_state_get_type ())
#define LT_TYPE_RECURRENCE     (lt_recurrence_get_type ())
#define LT_TYPE_STEP_KIND      (lt_step_kind_get_type ())
#define LT_TYPE_TASK_STATUS    (lt_task_status_get_type ())
#define LT_TYPE_DOCUMENT_KIND  (lt_document_kind_get_type ())
#define LT_TYPE_DOCUMENT_STATE (lt_document_state_get_type ())
#define LT_TYPE_VIGILANCE      (lt_vigilance_get_type ())
#define LT_TYPE_ROUNDING       (lt_rounding_get_type ())
#define LT_TYPE_MISSION        (lt_mission_get_type ())

GType        lt_affaire_state_get_type  (void) G_GNUC_CONST;
GType        lt_recurrence_get_type     (void) G_GNUC_CONST;
GType        lt_step_kind_get_type      (void) G_GNUC_CONST;
GType        lt_task_status_get_type    (void) G_GNUC_CONST;
GType        lt_document_kind_get_type  (void) G_GNUC_CONST;
GType        lt_document_state_get_type (void) G_GNUC_CONST;
GType        lt_vigilance_get_type      (void) G_GNUC_CONST;
GType        lt_rounding_get_type       (void) G_GNUC_CONST;
GType        lt_mission_get_type        (void) G_GNUC_CONST;

const char  *lt_enum_to_nick            (GType        enum_type,
                                         int          value);
gboolean     lt_enum_from_nick          (GType        enum_type,
                                         const char  *nick,
                                         int         *value);
/* A document's state worded to agree with its kind's noun: « Offre de
 * service signée », « Avenant signé ». */
gboolean     lt_document_kind_is_feminine (LtDocumentKind  kind);
const char  *lt_document_state_label      (LtDocumentKind  kind,
                                           LtDocumentState state);
const char  *lt_enum_to_label           (GType        enum_type,
                                         int          value);

G_END_DECLS
