/* lt-store-reader-private.h: the store's second, read-only connection, for list queries run off the main thread */
#pragma once

#include "lt-store-private.h"

G_BEGIN_DECLS

typedef struct _LtStoreReader LtStoreReader;

/* NULL unless lt_store_set_worker_lists() turned it on. Kept alive by the
 * store: hold a reference to the store while using it. */
LtStoreReader *lt_store_get_reader     (LtStore        *self);
/* From any thread: the connection, opened at the first call, for the
 * caller alone until lt_store_reader_unlock(); NULL with @error (and
 * unlocked) when it cannot be opened. */
sqlite3       *lt_store_reader_lock    (LtStoreReader  *reader,
                                        GError        **error);
void           lt_store_reader_unlock  (LtStoreReader  *reader);

G_END_DECLS
