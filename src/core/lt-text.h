/* lt-text.h: text folded for accent- and case-insensitive search */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *lt_text_fold    (const char *text);
int   lt_text_compare (const char *a,
                       gssize      len_a,
                       const char *b,
                       gssize      len_b);

G_END_DECLS
