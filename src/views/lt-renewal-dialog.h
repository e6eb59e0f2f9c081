/* lt-renewal-dialog.h: renouvellement documentaire — coefficient, preview old → new, exclusions, overrides, progress */
#pragma once

#include <adwaita.h>

#include "lt-context.h"
#include "lt-renewal.h"

G_BEGIN_DECLS

#define LT_TYPE_RENEWAL_DIALOG (lt_renewal_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LtRenewalDialog, lt_renewal_dialog, LT, RENEWAL_DIALOG, AdwWindow)

/* Signal "toast" (const char *message). */

GtkWidget     *lt_renewal_dialog_new             (LtContext       *context,
                                                  const gint64    *affaire_ids,
                                                  guint            n_affaires);
gboolean       lt_renewal_dialog_preview         (LtRenewalDialog *self);
LtRenewalPlan *lt_renewal_dialog_get_plan        (LtRenewalDialog *self);
GListModel    *lt_renewal_dialog_get_rows        (LtRenewalDialog *self);
const char    *lt_renewal_dialog_get_totals_text (LtRenewalDialog *self);
const char    *lt_renewal_dialog_get_message     (LtRenewalDialog *self);
void           lt_renewal_dialog_set_coefficient (LtRenewalDialog *self,
                                                  const char      *text);
void           lt_renewal_dialog_set_effective_on (LtRenewalDialog *self,
                                                  const char      *text);
void           lt_renewal_dialog_apply           (LtRenewalDialog *self);
gboolean       lt_renewal_dialog_is_running      (LtRenewalDialog *self);
AdwMessageDialog *lt_renewal_dialog_get_draft_dialog (LtRenewalDialog *self);

G_END_DECLS
