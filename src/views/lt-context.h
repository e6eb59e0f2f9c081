/* lt-context.h: the services every widget reaches — the store and the settings */
#pragma once

#include <gio/gio.h>

#include "lt-store.h"
#include "lt-store-backup.h"

G_BEGIN_DECLS

#define LT_TYPE_CONTEXT (lt_context_get_type ())

G_DECLARE_FINAL_TYPE (LtContext, lt_context, LT, CONTEXT, GObject)

LtContext *lt_context_new          (LtStore   *store,
                                    GSettings *settings);
LtStore   *lt_context_get_store    (LtContext *self);
GSettings *lt_context_get_settings (LtContext *self);

/* --- issue 10, backups: the application's lock on "<db>.lock", which a
 * restore from this process needs (transfer full; NULL when none). --- */
void            lt_context_set_app_lock (LtContext      *self,
                                         LtStoreAppLock *lock);
LtStoreAppLock *lt_context_get_app_lock (LtContext      *self);

G_END_DECLS
