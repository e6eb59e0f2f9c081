/* lt-context.h: the services every widget reaches — the store and the settings */
#pragma once

#include <gio/gio.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_CONTEXT (lt_context_get_type ())

G_DECLARE_FINAL_TYPE (LtContext, lt_context, LT, CONTEXT, GObject)

LtContext *lt_context_new          (LtStore   *store,
                                    GSettings *settings);
LtStore   *lt_context_get_store    (LtContext *self);
GSettings *lt_context_get_settings (LtContext *self);

G_END_DECLS
