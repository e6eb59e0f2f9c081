/* lt-terms-dialog.h: the versions of the conditions générales — list and add */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_TERMS_DIALOG (lt_terms_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LtTermsDialog, lt_terms_dialog, LT, TERMS_DIALOG, AdwWindow)

/* Signal "toast" (const char *message). */

GtkWidget *lt_terms_dialog_new (LtContext *context);
gboolean   lt_terms_dialog_add (LtTermsDialog *self);

GtkWindow *lt_terms_dialog_show_version (LtTermsDialog *self,
                                         guint          index);

G_END_DECLS
