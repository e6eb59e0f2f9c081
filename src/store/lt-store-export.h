/* lt-store-export.h: every table of the database as one JSON document, in a stable order */
#pragma once

#include <gio/gio.h>

#include "lt-store.h"

G_BEGIN_DECLS

/* The tables in the order export writes them (the glossary's). */
const char * const *lt_store_export_tables (void);

/* Writes one JSON object with one array per table (lt_store_export_tables),
 * rows ordered by id, keys the columns in the schema's order, NULL as null.
 * A frozen PDF is written as the SHA-256 of its bytes ("pdf": "<hex>"),
 * never the bytes. Reads in one transaction, so the export is a consistent
 * snapshot. One row per line: two exports of the same data are identical
 * byte for byte and diff line by line. */
gboolean  lt_store_export_json      (LtStore       *self,
                                     GOutputStream *out,
                                     GCancellable  *cancellable,
                                     GError       **error);

/* The same into a string (transfer full), for tests. */
char     *lt_store_export_to_string (LtStore       *self,
                                     GError       **error);

G_END_DECLS
