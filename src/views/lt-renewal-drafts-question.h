/* lt-renewal-drafts-question.h: renewing clients whose replacement letter draft waits — replace, keep both, or cancel */
#pragma once

#include <adwaita.h>

#include "lt-renewal.h"

G_BEGIN_DECLS

AdwMessageDialog *lt_renewal_drafts_question_new   (GtkWindow     *parent,
                                                    LtRenewalPlan *plan);
gboolean          lt_renewal_drafts_apply_response (LtRenewalPlan *plan,
                                                    const char    *response);

G_END_DECLS
