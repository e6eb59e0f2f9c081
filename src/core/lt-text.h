/* lt-text.h: text folded for accent- and case-insensitive search */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *lt_text_fold (const char *text);

G_END_DECLS
