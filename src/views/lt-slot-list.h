/* lt-slot-list.h: a list whose rows stay while what they show changes */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LT_TYPE_SLOT (lt_slot_get_type ())
G_DECLARE_FINAL_TYPE (LtSlot, lt_slot, LT, SLOT, GObject)

GObject    *lt_slot_get_item       (LtSlot     *self);

#define LT_TYPE_SLOT_LIST (lt_slot_list_get_type ())
G_DECLARE_FINAL_TYPE (LtSlotList, lt_slot_list, LT, SLOT_LIST, GObject)

LtSlotList *lt_slot_list_new       (GListModel *model);
void        lt_slot_list_set_model (LtSlotList *self,
                                    GListModel *model);
void        lt_slot_list_grow_on   (LtSlotList *self,
                                    GtkWidget  *view);
gboolean    lt_slot_list_grow      (LtSlotList *self);

G_END_DECLS
