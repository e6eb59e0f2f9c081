/* lt-store.h: the database — one LtStore owns one SQLite connection */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LT_TYPE_STORE        (lt_store_get_type ())
#define LT_TYPE_STORE_CHANGE (lt_store_change_get_type ())

G_DECLARE_FINAL_TYPE (LtStore, lt_store, LT, STORE, GObject)

/* What a write touched; list models listen to LtStore::changed
 * (const char *table, gint64 id, LtStoreChange change), emitted after the
 * transaction that made the change commits (never for a rolled-back one). */
typedef enum {
  LT_STORE_CHANGE_INSERT,
  LT_STORE_CHANGE_UPDATE,
  LT_STORE_CHANGE_DELETE,
} LtStoreChange;

GType       lt_store_change_get_type           (void) G_GNUC_CONST;

/* How lt_store_open_full () may treat what is at the path. Whatever the
 * flags, the file is only ever opened through SQLite. */
typedef enum {
  LT_STORE_OPEN_EXISTING  = 0,      /* must already be a Lettrine database */
  LT_STORE_OPEN_CREATE    = 1 << 0, /* a missing file (and its folders) becomes a new database */
  LT_STORE_OPEN_NEW_EMPTY = 1 << 1, /* so does an empty (0-byte) file: the user named it as new */
  LT_STORE_OPEN_READ_ONLY = 1 << 2, /* never written: no journal switch, no upgrade */
} LtStoreOpenFlags;

char       *lt_store_default_path              (void);
LtStore    *lt_store_open                      (const char  *path,
                                                GError     **error);
LtStore    *lt_store_open_full                 (const char        *path,
                                                LtStoreOpenFlags   flags,
                                                GError           **error);
const char *lt_store_get_path                  (LtStore     *self);
gboolean    lt_store_is_read_only              (LtStore     *self);
void        lt_store_set_incremental_lists     (LtStore     *self,
                                                gboolean     incremental);
gboolean    lt_store_get_incremental_lists     (LtStore     *self);
void        lt_store_set_worker_lists          (LtStore     *self,
                                                gboolean     worker);
gboolean    lt_store_get_worker_lists          (LtStore     *self);
const char *lt_store_get_read_only_reason      (LtStore     *self);
int         lt_store_get_schema_version        (LtStore     *self);
int         lt_store_get_latest_schema_version (void);

G_END_DECLS
