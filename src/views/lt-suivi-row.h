/* lt-suivi-row.h: a row of the suivi des tâches — a tâche's six cells, and the header that names them */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lt-task.h"

G_BEGIN_DECLS

/* The widths a user gave the columns by dragging their titles' edges,
 * shared by the header and every row of one list. */
#define LT_TYPE_SUIVI_COLUMNS (lt_suivi_columns_get_type ())
G_DECLARE_FINAL_TYPE (LtSuiviColumns, lt_suivi_columns, LT, SUIVI_COLUMNS, GObject)

LtSuiviColumns *lt_suivi_columns_new       (void);
int             lt_suivi_columns_get_width (LtSuiviColumns *self,
                                            guint           column);
void            lt_suivi_columns_set_width (LtSuiviColumns *self,
                                            guint           column,
                                            int             width);

#define LT_TYPE_SUIVI_ROW (lt_suivi_row_get_type ())
G_DECLARE_FINAL_TYPE (LtSuiviRow, lt_suivi_row, LT, SUIVI_ROW, GtkWidget)

GtkWidget *lt_suivi_row_new        (LtSuiviColumns *columns);
GtkWidget *lt_suivi_row_new_titles (LtSuiviColumns *columns);
void       lt_suivi_row_set_task   (LtSuiviRow     *self,
                                    LtTask         *task);

#define LT_TYPE_SUIVI_HEADER (lt_suivi_header_get_type ())
G_DECLARE_FINAL_TYPE (LtSuiviHeader, lt_suivi_header, LT, SUIVI_HEADER, GtkWidget)

GtkWidget *lt_suivi_header_new       (LtSuiviColumns *columns,
                                      GtkAdjustment  *hadjustment);
int        lt_suivi_header_column_at (LtSuiviHeader  *self,
                                      double          x);

G_END_DECLS
