/* lt-validate.h: value rules shared by every entity — names, text, dates, amounts, search */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The dates Lettrine keeps: a cabinet's work, not history or science fiction. */
#define LT_VALIDATE_FIRST_YEAR 1900
#define LT_VALIDATE_LAST_YEAR  2199
/* The longest text a search box or --search takes, in characters. */
#define LT_VALIDATE_SEARCH_MAX 200
/* A name fits a letter's heading; any text fits a page or two. */
#define LT_VALIDATE_NAME_MAX   500
#define LT_VALIDATE_TEXT_MAX   100000

gboolean  lt_text_is_blank            (const char  *text);
gboolean  lt_text_has_control         (const char  *text,
                                       gboolean     multiline);
char     *lt_text_escape_controls     (const char  *text,
                                       gsize        len);

gboolean  lt_validate_name            (const char  *text,
                                       int          blank_code,
                                       const char  *blank_message,
                                       GError     **error);
gboolean  lt_validate_text            (const char  *text,
                                       gboolean     multiline,
                                       GError     **error);
gboolean  lt_validate_search          (const char  *text,
                                       GError     **error);
gboolean  lt_validate_not_future      (const char  *iso,
                                       const char  *today,
                                       const char  *what,
                                       GError     **error);
gboolean  lt_validate_not_before      (const char  *iso,
                                       const char  *earliest,
                                       const char  *message_format,
                                       GError     **error);
gboolean  lt_validate_price_cents     (gint64       cents,
                                       GError     **error);
gboolean  lt_validate_delay_days      (gint64       days,
                                       GError     **error);

G_END_DECLS
