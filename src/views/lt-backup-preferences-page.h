/* lt-backup-preferences-page.h: the last backup, « Back Up Now… » and « Restore… » */
#pragma once

#include <adwaita.h>

#include "lt-context.h"
#include "lt-preferences-page.h"

G_BEGIN_DECLS

#define LT_TYPE_BACKUP_PREFERENCES_PAGE (lt_backup_preferences_page_get_type ())

G_DECLARE_FINAL_TYPE (LtBackupPreferencesPage, lt_backup_preferences_page, LT, BACKUP_PREFERENCES_PAGE, LtPreferencesPage)

GtkWidget  *lt_backup_preferences_page_new              (LtContext               *context);
/* What the file choosers lead to, callable with a path of one's own. */
gboolean    lt_backup_preferences_page_back_up_to       (LtBackupPreferencesPage *self,
                                                         const char              *path,
                                                         GError                 **error);
gboolean    lt_backup_preferences_page_restore_from     (LtBackupPreferencesPage *self,
                                                         const char              *path,
                                                         GError                 **error);
/* Re-reads the backups folder into the « Last Backup » row. */
void        lt_backup_preferences_page_refresh          (LtBackupPreferencesPage *self);
const char *lt_backup_preferences_page_get_last_backup  (LtBackupPreferencesPage *self);

G_END_DECLS
