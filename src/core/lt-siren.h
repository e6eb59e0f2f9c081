/* lt-siren.h: SIREN and SIRET numbers — normalizing, checking, formatting */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *lt_siren_normalize (const char  *text);
gboolean  lt_siren_validate  (const char  *siren,
                              GError     **error);
char     *lt_siren_format    (const char  *siren);

gboolean  lt_siret_validate  (const char  *siret,
                              GError     **error);
char     *lt_siret_format    (const char  *siret);
char     *lt_siret_get_siren (const char  *siret);

G_END_DECLS
