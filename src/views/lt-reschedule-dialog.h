/* lt-reschedule-dialog.h: what moves, and by how much, before a due date changes */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_RESCHEDULE_DIALOG (lt_reschedule_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LtRescheduleDialog, lt_reschedule_dialog, LT, RESCHEDULE_DIALOG, AdwMessageDialog)

/* What the user is doing to the task. */
typedef enum {
  LT_RESCHEDULE_DUE_DATE,     /* its due date moves to @date */
  LT_RESCHEDULE_DONE_LATE,    /* marked done on @date, after its due date */
} LtRescheduleKind;

GtkWidget  *lt_reschedule_dialog_new          (GtkWindow          *parent,
                                               LtStore            *store,
                                               gint64              task_id,
                                               LtRescheduleKind    kind,
                                               const char         *date,
                                               GError            **error);
GListModel *lt_reschedule_dialog_get_moves    (LtRescheduleDialog *self);
gboolean    lt_reschedule_dialog_apply        (LtRescheduleDialog *self,
                                               gboolean            move_successors,
                                               GError            **error);

G_END_DECLS
