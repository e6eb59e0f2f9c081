/* lt-choice-button.h: a drop-down whose choices assistive technologies can press */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LT_TYPE_CHOICE_BUTTON (lt_choice_button_get_type ())

G_DECLARE_FINAL_TYPE (LtChoiceButton, lt_choice_button, LT, CHOICE_BUTTON, GtkButton)

GtkWidget     *lt_choice_button_new               (GListModel     *model);
GListModel    *lt_choice_button_get_model         (LtChoiceButton *self);
void           lt_choice_button_set_model         (LtChoiceButton *self,
                                                   GListModel     *model);
guint          lt_choice_button_get_selected      (LtChoiceButton *self);
void           lt_choice_button_set_selected      (LtChoiceButton *self,
                                                   guint           position);
gpointer       lt_choice_button_get_selected_item (LtChoiceButton *self);
void           lt_choice_button_set_expression    (LtChoiceButton *self,
                                                   GtkExpression  *expression);
GtkPopover    *lt_choice_button_get_popover       (LtChoiceButton *self);

G_END_DECLS
