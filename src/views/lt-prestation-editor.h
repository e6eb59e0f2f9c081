/* lt-prestation-editor.h: one prestation — its fields, its steps and their graph */
#pragma once

#include <adwaita.h>

#include "lt-context.h"
#include "lt-dependency-canvas.h"
#include "lt-prestation.h"

G_BEGIN_DECLS

#define LT_TYPE_PRESTATION_EDITOR (lt_prestation_editor_get_type ())

G_DECLARE_FINAL_TYPE (LtPrestationEditor, lt_prestation_editor, LT, PRESTATION_EDITOR, AdwBin)

GtkWidget          *lt_prestation_editor_new            (LtContext           *context);
gboolean            lt_prestation_editor_load           (LtPrestationEditor  *self,
                                                         gint64               prestation_id,
                                                         GError             **error);
void                lt_prestation_editor_new_prestation (LtPrestationEditor  *self,
                                                         gint64               category_id);
gboolean            lt_prestation_editor_save           (LtPrestationEditor  *self,
                                                         GError             **error);
LtPrestation       *lt_prestation_editor_get_prestation (LtPrestationEditor  *self);
LtDependencyCanvas *lt_prestation_editor_get_canvas     (LtPrestationEditor  *self);
LtGraphCommands    *lt_prestation_editor_get_commands   (LtPrestationEditor  *self);
gboolean            lt_prestation_editor_set_dependencies (LtPrestationEditor *self,
                                                         guint                uid,
                                                         const char          *text);
gboolean            lt_prestation_editor_get_modified   (LtPrestationEditor  *self);
const char         *lt_prestation_editor_get_error      (LtPrestationEditor  *self);

G_END_DECLS
