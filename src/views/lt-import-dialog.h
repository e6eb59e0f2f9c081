/* lt-import-dialog.h: CSV import of affaires — choose a file, map its columns, preview, import */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_IMPORT_DIALOG (lt_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LtImportDialog, lt_import_dialog, LT, IMPORT_DIALOG, AdwWindow)

/* Signal "toast" (const char *message). */

GtkWidget  *lt_import_dialog_new          (LtContext      *context);
gboolean    lt_import_dialog_open_file    (LtImportDialog *self,
                                           const char     *path);
gboolean    lt_import_dialog_run          (LtImportDialog *self);
const char *lt_import_dialog_get_summary  (LtImportDialog *self);

G_END_DECLS
