/* lt-graph-commands.h: the edits of a prestation's graph, with undo/redo */
#pragma once

#include "lt-step-graph.h"

G_BEGIN_DECLS

#define LT_TYPE_GRAPH_COMMANDS (lt_graph_commands_get_type ())

G_DECLARE_FINAL_TYPE (LtGraphCommands, lt_graph_commands, LT, GRAPH_COMMANDS, GObject)

LtGraphCommands *lt_graph_commands_new              (LtStepGraph      *graph);
LtStepGraph     *lt_graph_commands_get_graph        (LtGraphCommands  *self);

guint            lt_graph_commands_add_step         (LtGraphCommands  *self,
                                                     LtStepKind        kind,
                                                     const char       *title,
                                                     double            x,
                                                     double            y);
gboolean         lt_graph_commands_remove_step      (LtGraphCommands  *self,
                                                     guint             uid,
                                                     GError          **error);
gboolean         lt_graph_commands_edit_step        (LtGraphCommands  *self,
                                                     guint             uid,
                                                     LtStepKind        kind,
                                                     const char       *title,
                                                     const char       *description,
                                                     int               delay_days,
                                                     GError          **error);
gboolean         lt_graph_commands_add_link         (LtGraphCommands  *self,
                                                     guint             from,
                                                     guint             to,
                                                     int               lag_days,
                                                     GError          **error);
gboolean         lt_graph_commands_remove_link      (LtGraphCommands  *self,
                                                     guint             from,
                                                     guint             to,
                                                     GError          **error);
gboolean         lt_graph_commands_set_lag          (LtGraphCommands  *self,
                                                     guint             from,
                                                     guint             to,
                                                     int               lag_days,
                                                     GError          **error);
gboolean         lt_graph_commands_set_dependencies (LtGraphCommands  *self,
                                                     guint             uid,
                                                     const char       *text,
                                                     GError          **error);
void             lt_graph_commands_move_node        (LtGraphCommands  *self,
                                                     guint             uid,
                                                     double            x,
                                                     double            y);
gboolean         lt_graph_commands_auto_layout      (LtGraphCommands  *self,
                                                     GError          **error);
void             lt_graph_commands_reorder          (LtGraphCommands  *self,
                                                     guint             uid,
                                                     guint             index);

gboolean         lt_graph_commands_can_undo         (LtGraphCommands  *self);
gboolean         lt_graph_commands_can_redo         (LtGraphCommands  *self);
gboolean         lt_graph_commands_undo             (LtGraphCommands  *self);
gboolean         lt_graph_commands_redo             (LtGraphCommands  *self);
gboolean         lt_graph_commands_get_modified     (LtGraphCommands  *self);
void             lt_graph_commands_set_unmodified   (LtGraphCommands  *self);
void             lt_graph_commands_clear            (LtGraphCommands  *self);

/* issue 12: the client's wording of a step, undoable */
gboolean         lt_graph_commands_edit_client_title (LtGraphCommands  *self,
                                                      guint             uid,
                                                      const char       *client_title,
                                                      GError          **error);

G_END_DECLS
