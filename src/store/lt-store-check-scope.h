/* lt-store-check-scope.h: lettrine-cli check — the scope in force and the documents' dates (issue 13) */
#pragma once

#include <gio/gio.h>

#include "lt-store.h"

G_BEGIN_DECLS

gboolean lt_store_check_scope (LtStore    *self,
                               GPtrArray  *problems,
                               GError    **error);

G_END_DECLS
