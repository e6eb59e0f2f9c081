/* lt-project-editor.h: a project of a client — name, dates, intervenant, assigned prestations — saved with its tasks */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_PROJECT_EDITOR (lt_project_editor_get_type ())

G_DECLARE_FINAL_TYPE (LtProjectEditor, lt_project_editor, LT, PROJECT_EDITOR, AdwWindow)

LtProjectEditor *lt_project_editor_new               (GtkWindow       *parent,
                                                      LtContext       *context,
                                                      gint64           affaire_id);
LtProjectEditor *lt_project_editor_new_for_project   (GtkWindow       *parent,
                                                      LtContext       *context,
                                                      gint64           project_id,
                                                      GError         **error);
gboolean         lt_project_editor_add_prestation    (LtProjectEditor *self,
                                                      gint64           prestation_id);
void             lt_project_editor_set_fields        (LtProjectEditor *self,
                                                      const char      *name,
                                                      const char      *start,
                                                      const char      *end,
                                                      gint64           staff_id);
guint            lt_project_editor_get_n_rows        (LtProjectEditor *self);
void             lt_project_editor_set_row           (LtProjectEditor *self,
                                                      guint            index,
                                                      const char      *start,
                                                      const char      *end,
                                                      const char      *price);
const char      *lt_project_editor_get_row_error     (LtProjectEditor *self,
                                                      guint            index);
const char      *lt_project_editor_get_error         (LtProjectEditor *self);
gboolean         lt_project_editor_save              (LtProjectEditor *self,
                                                      gboolean         confirm_overload);

/* --- issue 14, projects that stay editable --- */
void             lt_project_editor_remove_row        (LtProjectEditor *self,
                                                      guint            index);
GtkWidget       *lt_project_editor_get_question      (LtProjectEditor *self);
gboolean         lt_project_editor_is_generated      (LtProjectEditor *self);
void             lt_project_editor_select_staff      (LtProjectEditor *self,
                                                      gint64           staff_id);

G_END_DECLS
