/* lt-working-days.h: French working days (Monday–Friday minus public holidays) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void      lt_working_days_easter          (guint16      year,
                                           GDate       *easter);
gboolean  lt_working_days_is_holiday      (const GDate *date);
gboolean  lt_working_days_is_working_day  (const GDate *date);
void      lt_working_days_roll_forward    (GDate       *date);
void      lt_working_days_next            (GDate       *date);
void      lt_working_days_add             (GDate       *date,
                                           int          n);
int       lt_working_days_count           (const GDate *from,
                                           const GDate *to);
int       lt_working_days_in_range        (const GDate *first,
                                           const GDate *last);
void      lt_working_days_week_start      (const GDate *date,
                                           GDate       *monday);
guint32   lt_working_days_add_julian      (guint32      jd,
                                           int          n);
guint32   lt_working_days_next_julian     (guint32      jd);
void      lt_working_days_set_alsace_moselle (gboolean  enabled);
gboolean  lt_working_days_get_alsace_moselle (void);

G_END_DECLS
