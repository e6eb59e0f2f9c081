/* lt-project-editor-private.h: the project editor's fields, shared by its files */
#pragma once

#include <adwaita.h>

#include "lt-client-filter.h"
#include "lt-context.h"
#include "lt-prestation.h"
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
  GtkDropDown        *prestation_dropdown;
  GtkBox             *rows_box;
};

G_END_DECLS
