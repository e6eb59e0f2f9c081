/* lt-email.h: whether an e-mail address is one */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean lt_email_check (const char  *email,
                         GError     **error);

G_END_DECLS
