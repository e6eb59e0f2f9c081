/* lt-choice-popover.h: the choices of a list as buttons assistive technologies can press */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LT_TYPE_CHOICE_POPOVER (lt_choice_popover_get_type ())

G_DECLARE_FINAL_TYPE (LtChoicePopover, lt_choice_popover, LT, CHOICE_POPOVER, GtkPopover)

GtkWidget     *lt_choice_popover_new               (void);
GListModel    *lt_choice_popover_get_model         (LtChoicePopover *self);
void           lt_choice_popover_set_model         (LtChoicePopover *self,
                                                    GListModel      *model);
guint          lt_choice_popover_get_selected      (LtChoicePopover *self);
void           lt_choice_popover_set_selected      (LtChoicePopover *self,
                                                    guint            position);
gpointer       lt_choice_popover_get_selected_item (LtChoicePopover *self);
GtkExpression *lt_choice_popover_get_expression    (LtChoicePopover *self);
void           lt_choice_popover_set_expression    (LtChoicePopover *self,
                                                    GtkExpression   *expression);
char          *lt_choice_popover_dup_selected_text (LtChoicePopover *self);
void           lt_choice_popover_open              (LtChoicePopover *self);
void           lt_choice_popover_renotify          (GObject         *owner,
                                                    GParamSpec      *pspec);

G_END_DECLS
