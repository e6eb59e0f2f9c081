/* lt-suivi-row.h: a row of the suivi des tâches — a tâche's six cells, and the header that names them */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lt-task.h"

G_BEGIN_DECLS

#define LT_TYPE_SUIVI_ROW (lt_suivi_row_get_type ())
G_DECLARE_FINAL_TYPE (LtSuiviRow, lt_suivi_row, LT, SUIVI_ROW, GtkWidget)

GtkWidget *lt_suivi_row_new        (void);
GtkWidget *lt_suivi_row_new_titles (void);
void       lt_suivi_row_set_task   (LtSuiviRow *self,
                                    LtTask     *task);

#define LT_TYPE_SUIVI_HEADER (lt_suivi_header_get_type ())
G_DECLARE_FINAL_TYPE (LtSuiviHeader, lt_suivi_header, LT, SUIVI_HEADER, GtkWidget)

GtkWidget *lt_suivi_header_new     (GtkAdjustment *hadjustment);

G_END_DECLS
