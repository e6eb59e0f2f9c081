/* lt-store-project-edit.h: a saved project edited: only the difference applied, in one transaction */
#pragma once

#include "lt-project-diff.h"
#include "lt-store-project-ops.h"

G_BEGIN_DECLS

/* A task whose dates an edit changes. */
typedef struct {
  gint64  task_id;
  char   *title;
  GDate   old_due;
  GDate   new_due;
} LtProjectTaskMove;

/* What an edit of a saved project does (or would do). */
typedef struct {
  GArray  *diff;        /* LtAssignmentDiff */
  guint    n_created;   /* tasks and demandes */
  guint    n_deleted;
  GArray  *moves;       /* LtProjectTaskMove, by new due date */
  char    *client_name;
} LtProjectEdit;

void            lt_project_edit_free       (LtProjectEdit *edit);
char           *lt_project_edit_to_string  (LtProjectEdit *edit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtProjectEdit, lt_project_edit_free)

LtProjectEdit  *lt_store_project_edit_preview (LtStore    *self,
                                               LtProject  *project,
                                               GPtrArray  *assignments,
                                               int        *failed_index,
                                               GError    **error);
LtProjectEdit  *lt_store_project_edit_apply   (LtStore    *self,
                                               LtProject  *project,
                                               GPtrArray  *assignments,
                                               int        *failed_index,
                                               GError    **error);

/* The tasks a project (saved or not) would have due after its end. */
GArray         *lt_store_project_late_tasks   (LtStore    *self,
                                               LtProject  *project,
                                               GPtrArray  *assignments,
                                               GError    **error);

/* LT_ERROR_PRESTATION_TWICE naming the first prestation assigned twice
 * over the same days: a warning the user confirms. */
gboolean        lt_store_project_check_twice  (LtStore    *self,
                                               GPtrArray  *assignments,
                                               GError    **error);

G_END_DECLS
