/* lt-store-document-ops-private.h: what the document store files share — today's date, an enum column */
#pragma once

#include "lt-store-private.h"

G_BEGIN_DECLS

int   lt_store_document_column_enum  (sqlite3_stmt *stmt,
                                      int           col,
                                      GType         type);

G_END_DECLS
