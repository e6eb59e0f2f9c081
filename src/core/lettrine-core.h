/* lettrine-core.h: every header of src/core (others append theirs below) */
#pragma once

#include "lt-enums.h"
#include "lt-error.h"

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
