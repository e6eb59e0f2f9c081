/* lt-date-button.h: a calendar beside a date typed as DD/MM/YYYY */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LT_TYPE_DATE_BUTTON (lt_date_button_get_type ())

G_DECLARE_FINAL_TYPE (LtDateButton, lt_date_button, LT, DATE_BUTTON, AdwBin)

GtkWidget *lt_date_button_new        (void);
void       lt_date_button_attach     (GtkWidget    *editable);
GtkCalendar *lt_date_button_get_calendar (LtDateButton *self);

G_END_DECLS
