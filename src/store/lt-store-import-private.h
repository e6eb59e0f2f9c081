/* lt-store-import-private.h: CSV reading shared by the import and its fuzzer */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The separator (`;`, `,` or tab) that splits the first line of @text best. */
char     lt_import_csv_guess_separator (const char  *text,
                                        gsize        len);

/* Reads @text (UTF-8, @len bytes, no NUL needed) into @rows (GStrv each),
 * @lines (guint: the line where each row begins) and @refusals (char *:
 * why a row is not CSV, or NULL). A line that is not CSV is refused on its
 * own and reading goes on; FALSE only when memory runs out. */
gboolean lt_import_csv_read            (const char  *text,
                                        gsize        len,
                                        char         separator,
                                        GPtrArray   *rows,
                                        GArray      *lines,
                                        GPtrArray   *refusals,
                                        GError     **error);

G_END_DECLS
