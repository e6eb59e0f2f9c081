/* lt-pdf-signature.h: the signature date stamped on a PDF frozen as sent, as an incremental update that keeps its bytes */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @frozen (the PDF as sent, unchanged) followed by an incremental update
 * that prints « Signé le 20 janvier 2025 » (@signed_on, YYYY-MM-DD) under
 * the client's signature block of its last page that has one: the first
 * g_bytes_get_size (@frozen) bytes of the result are @frozen, so its
 * SHA-256 still verifies. LT_ERROR_RENDER when it cannot be done.
 * (transfer full) */
GBytes *lt_pdf_stamp_signature (GBytes      *frozen,
                                const char  *signed_on,
                                GError     **error);

/* @frozen stamped with @signed_on when it is set and the stamp can be
 * made; else @frozen itself (a warning says why). (transfer full) */
GBytes *lt_pdf_signed_or_frozen (GBytes      *frozen,
                                 const char  *signed_on);

/* Whether @bytes starts with @frozen. */
gboolean lt_pdf_starts_with    (GBytes      *bytes,
                                GBytes      *frozen);

G_END_DECLS
