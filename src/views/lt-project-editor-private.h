/* lt-project-editor-private.h: the project editor's fields, shared by its files */
#pragma once

#include <adwaita.h>

#include "lt-choice-button.h"
#include "lt-client-filter.h"
#include "lt-context.h"
#include "lt-prestation.h"
#include "lt-project.h"
#include "lt-project-editor.h"
#include "lt-workload-view.h"
#include "lt-choice-row.h"

G_BEGIN_DECLS

/* One assigned prestation. */
typedef struct {
  LtPrestation *prestation;
  GtkWidget    *box;
  GtkEntry     *start;
  GtkEntry     *end;
  GtkEntry     *price;
  GtkLabel     *error;
  char         *error_text;
  gint64        assignment_id;   /* issue 14: the stored assignment, 0 for a new one */
} Row;

struct _LtProjectEditor
{
  AdwWindow           parent_instance;

  LtContext          *context;
  gint64              affaire_id;
  gint64              project_id;    /* editing a saved project without tasks yet; 0 for a new one */
  gint64              revision;
  GPtrArray          *rows;          /* Row */
  GListModel         *prestations;   /* current versions offered */
  GArray             *staff_ids;     /* gint64, parallel to staff_row */
  char               *error_text;
  LtWorkloadView     *workload;

  AdwToastOverlay    *toast_overlay;
  AdwPreferencesGroup *project_group;
  AdwPreferencesGroup *workload_group;
  AdwActionRow       *client_row;    /* shown when the project's client is to be chosen */
  LtClientFilter     *client_filter;
  AdwEntryRow        *name_row;
  AdwEntryRow        *start_row;
  AdwEntryRow        *end_row;
  LtChoiceRow        *staff_row;
  GtkLabel           *error_label;
  LtChoiceButton     *prestation_dropdown;
  GtkBox             *rows_box;

  /* --- issue 14, projects that stay editable (lt-project-editor-edit.c) --- */
  gboolean            generated;         /* a saved project whose tasks exist: saving applies the difference */
  gboolean            twice_confirmed;   /* « save anyway » with a prestation assigned twice */
  gboolean            late_confirmed;    /* « save anyway » with tasks after the end */
  gboolean            moves_confirmed;   /* the reschedule preview accepted */
  GtkWidget          *question;          /* (weak) the warning shown, for tests */
  GtkButton          *save_button;       /* « Save Changes » once the tasks exist */
};

/* lt-project-editor.c */
void      lt_project_editor_show_error     (LtProjectEditor *self,
                                            const char      *message);
void      lt_project_editor_show_row_error (LtProjectEditor *self,
                                            guint            index,
                                            const char      *message);
/* lt-project-editor-edit.c: TRUE when a warning is shown (the save waits for it) */
gboolean  lt_project_editor_warn           (LtProjectEditor *self,
                                            LtProject       *project,
                                            GPtrArray       *assignments);
gboolean  lt_project_editor_save_edit      (LtProjectEditor *self,
                                            LtProject       *project,
                                            GPtrArray       *assignments);

G_END_DECLS
