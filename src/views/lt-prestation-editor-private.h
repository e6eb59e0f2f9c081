/* lt-prestation-editor-private.h: the insides of the editor, shared with its steps list */
#pragma once

#include "lt-choice-button.h"
#include "lt-prestation-editor.h"

G_BEGIN_DECLS

/* One row of the steps list: only the uid, the rest is read from the graph. */
#define LT_TYPE_EDITOR_STEP (lt_editor_step_get_type ())
G_DECLARE_FINAL_TYPE (LtEditorStep, lt_editor_step, LT, EDITOR_STEP, GObject)

struct _LtEditorStep {
  GObject parent_instance;
  guint   uid;
};

LtEditorStep *lt_editor_step_new (guint uid);

struct _LtPrestationEditor {
  AdwBin              parent_instance;

  LtContext          *context;
  LtPrestation       *prestation;
  LtStepGraph        *graph;
  LtGraphCommands    *commands;
  GListStore         *steps;
  GtkSingleSelection *selection;
  GListModel         *categories;
  char               *error;
  gboolean            syncing;

  AdwToastOverlay    *toasts;
  GtkLabel           *heading;
  GtkLabel           *version_label;
  GtkButton          *archive_button;
  GtkEntry           *name_entry;
  LtChoiceButton     *category_dropdown;
  GtkEntry           *price_entry;
  LtChoiceButton     *recurrence_dropdown;
  LtChoiceButton     *mission_dropdown;     /* in the order of LtMission */
  GtkEntry           *deliverable_entry;
  GtkTextView        *description_entry;
  GtkLabel           *error_label;
  GtkColumnView      *steps_view;
  LtDependencyCanvas *canvas;
};

char *lt_prestation_editor_dup_description (LtPrestationEditor *self);
void lt_prestation_editor_show_error  (LtPrestationEditor *self,
                                       const char         *message);
void lt_prestation_editor_add_columns (LtPrestationEditor *self);

G_END_DECLS
