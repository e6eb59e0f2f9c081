/* lt-date.h: dates as stored (ISO YYYY-MM-DD, a clôture MM-DD) and as French users type and read them */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  lt_date_from_iso             (const char  *iso,
                                        GDate       *date);
gboolean  lt_date_from_iso_since       (const char  *iso,
                                        guint        first_year,
                                        GDate       *date);
char     *lt_date_to_iso               (const GDate *date);
char     *lt_date_to_display           (const GDate *date);
char     *lt_date_today                (void);
void      lt_date_set_today            (GDate       *date);
char     *lt_date_iso_to_display       (const char  *iso);
const char *lt_date_month_french       (guint        month);
char     *lt_date_display_to_iso       (const char  *text);
gboolean  lt_date_check_iso            (const char  *iso,
                                        gboolean     optional,
                                        GError     **error);
gboolean  lt_date_check_in_range       (const char  *iso,
                                        GError     **error);
gboolean  lt_date_check_period         (const char  *start,
                                        const char  *end,
                                        GError     **error);

gboolean  lt_date_parse_month_day      (const char  *mmdd,
                                        guint       *month,
                                        guint       *day);
char     *lt_date_month_day_to_display (const char  *mmdd);
char     *lt_date_month_day_from_display (const char *text);
gboolean  lt_date_check_month_day      (const char  *mmdd,
                                        GError     **error);

G_END_DECLS
