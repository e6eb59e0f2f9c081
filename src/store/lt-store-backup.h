/* lt-store-backup.h: copies of the database through SQLite's online backup API, daily rotation, restore */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

typedef enum {
  LT_STORE_BACKUP_DAILY,
  LT_STORE_BACKUP_WEEKLY,
  LT_STORE_BACKUP_BEFORE_RESTORE,
} LtStoreBackupKind;

/* One copy found in the backups folder. */
typedef struct {
  char              *path;
  LtStoreBackupKind  kind;
  GDateTime         *taken;   /* the file's modification time, local */
  goffset            size;
} LtStoreBackupInfo;

void               lt_store_backup_info_free      (LtStoreBackupInfo  *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtStoreBackupInfo, lt_store_backup_info_free)

#define LT_STORE_BACKUP_KEEP_DAILY  7
#define LT_STORE_BACKUP_KEEP_WEEKLY 4

/* "<folder of the database>/backups" (mode 0700 when created). */
char              *lt_store_backup_dir            (const char         *db_path);

/* A consistent copy of @store (one read transaction) to @dest: written to a
 * temporary name beside it, mode 0600 whatever the umask, synced, then
 * renamed over @dest. */
gboolean           lt_store_backup_to_file        (LtStore            *store,
                                                   const char         *dest,
                                                   GError            **error);

/* The copies of the database at @db_path in its backups folder, newest
 * first (transfer full: a GPtrArray of LtStoreBackupInfo). */
GPtrArray         *lt_store_backup_list           (const char         *db_path,
                                                   GError            **error);

/* The automatic copies: a daily copy unless one of @now's day exists, a
 * weekly one unless one of @now's ISO week exists, then only the newest
 * LT_STORE_BACKUP_KEEP_DAILY daily and LT_STORE_BACKUP_KEEP_WEEKLY weekly
 * copies are kept. Reads through a connection of its own (safe in a
 * thread). @made: (out) (optional): the daily copy written, or NULL when
 * there was one already. */
gboolean           lt_store_backup_daily          (const char         *db_path,
                                                   GDateTime          *now,
                                                   char              **made,
                                                   GError            **error);

/* Checks that @path is a Lettrine database this version can open, without
 * writing to it (LT_ERROR_NOT_A_BACKUP, LT_ERROR_NEWER_DATABASE,
 * LT_ERROR_CORRUPT_DATABASE, LT_ERROR_IO). */
gboolean           lt_store_backup_check_file     (const char         *path,
                                                   int                *schema_version,
                                                   GError            **error);

/* The application holds a shared lock on "<db>.lock" for as long as it has
 * the database open (never a lock on the database or its -wal/-shm:
 * closing that descriptor would drop SQLite's own locks). */
typedef struct _LtStoreAppLock LtStoreAppLock;

LtStoreAppLock    *lt_store_app_lock_new          (const char         *db_path,
                                                   GError            **error);
void               lt_store_app_lock_free         (LtStoreAppLock     *lock);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtStoreAppLock, lt_store_app_lock_free)

/* Replaces the content of @store's database by the Lettrine database
 * @source, through the backup API into the live file. Refused with
 * LT_ERROR_DATABASE_IN_USE while another program (the application) holds
 * the lock; @own_lock is the caller's own lock, if it holds one. The
 * current content is first copied into the backups folder
 * (@safety_copy: (out) (optional)). */
gboolean           lt_store_backup_restore        (LtStore            *store,
                                                   const char         *source,
                                                   LtStoreAppLock     *own_lock,
                                                   GDateTime          *now,
                                                   char              **safety_copy,
                                                   GError            **error);

G_END_DECLS
