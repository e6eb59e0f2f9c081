/* lt-choice-row.h: a row with a value chosen among a list, every choice a button assistive technologies can press */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LT_TYPE_CHOICE_ROW (lt_choice_row_get_type ())

G_DECLARE_FINAL_TYPE (LtChoiceRow, lt_choice_row, LT, CHOICE_ROW, AdwActionRow)

GtkWidget     *lt_choice_row_new               (void);
GListModel    *lt_choice_row_get_model         (LtChoiceRow   *self);
void           lt_choice_row_set_model         (LtChoiceRow   *self,
                                                GListModel    *model);
guint          lt_choice_row_get_selected      (LtChoiceRow   *self);
void           lt_choice_row_set_selected      (LtChoiceRow   *self,
                                                guint          position);
gpointer       lt_choice_row_get_selected_item (LtChoiceRow   *self);
void           lt_choice_row_set_expression    (LtChoiceRow   *self,
                                                GtkExpression *expression);
void           lt_choice_row_set_use_subtitle  (LtChoiceRow   *self,
                                                gboolean       use_subtitle);
GtkPopover    *lt_choice_row_get_popover       (LtChoiceRow   *self);

G_END_DECLS
