/* lettrine-core.h: every header of src/core (others append theirs below) */
#pragma once

#include "lt-enums.h"
#include "lt-error.h"
#include "lt-model.h"

#include "lt-affaire.h"
#include "lt-assignment.h"
#include "lt-category.h"
#include "lt-contact.h"
#include "lt-document.h"
#include "lt-document-line.h"
#include "lt-firm.h"
#include "lt-money.h"
#include "lt-prestation.h"
#include "lt-project.h"
#include "lt-siren.h"
#include "lt-staff.h"
#include "lt-step.h"
#include "lt-step-link.h"
#include "lt-task.h"
#include "lt-terms.h"
#include "lt-text.h"

/* the rules of the later issues */
#include "lt-dependency-text.h"
#include "lt-document-checker.h"
#include "lt-document-content.h"
#include "lt-document-rules.h"
#include "lt-forme-juridique.h"
#include "lt-graph-commands.h"
#include "lt-project-rules.h"
#include "lt-renewal.h"
#include "lt-schedule.h"
#include "lt-step-graph.h"
#include "lt-working-days.h"
#include "lt-workload.h"

/* issue 11 */
#include "lt-date.h"
#include "lt-email.h"

/* issue 12, the life of a document */
#include "lt-document-life.h"
#include "lt-step-wording.h"
/* issue 14, mail */
#include "lt-mail-message.h"
#include "lt-mail-settings.h"
#include "lt-request-mail-state.h"
#include "lt-mission.h"
#include "lt-parties.h"
#include "lt-exercice.h"
