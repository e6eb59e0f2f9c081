/* lt-store-document-ops-private.h: what the document store files share — today's date, an enum column */
#pragma once

#include "lt-document.h"
#include "lt-store-private.h"

G_BEGIN_DECLS

int   lt_store_document_column_enum  (sqlite3_stmt *stmt,
                                      int           col,
                                      GType         type);

/* issue 12: inside the caller's transaction, the next number of the
 * document's kind in the year of @sent_on, without gap
 * (lt-store-document-number.c). */
gboolean lt_store_document_assign_number (LtStore      *self,
                                          LtDocument   *document,
                                          const char   *sent_on,
                                          GError      **error);

G_END_DECLS
