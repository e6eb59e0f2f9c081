/* lt-graph-commands.c: every edit of a step graph as a command, undoable */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-graph-commands"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-dependency-text.h"
#include "lt-error.h"
#include "lt-graph-commands-private.h"
#include "lt-graph-commands.h"

struct _LtGraphCommands {
  GObject      parent_instance;
  LtStepGraph *graph;
  GPtrArray   *undo;         /* Command *, oldest first */
  GPtrArray   *redo;         /* Command *, next redo last */
  int          clean_depth;  /* undo->len when saved; -1 if unreachable */
};

G_DEFINE_FINAL_TYPE (LtGraphCommands, lt_graph_commands, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_GRAPH,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
lt_graph_node_copy (LtGraphNode       *dest,
           const LtGraphNode *src)
{
  *dest = *src;
  dest->title = g_strdup (src->title);
  dest->description = g_strdup (src->description);
  dest->client_title = g_strdup (src->client_title);
}

static void
command_free (gpointer data)
{
  Command *cmd = data;

  g_free (cmd->node.title);
  g_free (cmd->node.description);
  g_free (cmd->old_node.title);
  g_free (cmd->old_node.description);
  g_free (cmd->node.client_title);
  g_free (cmd->old_node.client_title);
  g_clear_pointer (&cmd->links, g_array_unref);
  g_clear_pointer (&cmd->new_links, g_array_unref);
  g_clear_pointer (&cmd->moves, g_array_unref);
  g_free (cmd);
}

static void
notify_state (LtGraphCommands *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Records a command that was just applied; a new edit forgets the redos. */
static void
push (LtGraphCommands *self,
      Command         *cmd)
{
  if (self->clean_depth > (int) self->undo->len)
    self->clean_depth = -1;
  g_ptr_array_set_size (self->redo, 0);
  g_ptr_array_add (self->undo, cmd);
  notify_state (self);
}

static void
apply_node_fields (LtStepGraph       *graph,
                   const LtGraphNode *fields)
{
  lt_step_graph_set_kind (graph, fields->uid, fields->kind);
  lt_step_graph_set_title (graph, fields->uid, fields->title);
  lt_step_graph_set_description (graph, fields->uid, fields->description);
  lt_step_graph_set_delay_days (graph, fields->uid, fields->delay_days);
  lt_step_graph_set_client_title (graph, fields->uid, fields->client_title);
}

static void
add_links (LtStepGraph *graph,
           GArray      *links)
{
  for (guint i = 0; i < links->len; i++)
    {
      const LtGraphLink *l = &g_array_index (links, LtGraphLink, i);
      lt_step_graph_add_link_unchecked (graph, l->from, l->to, l->lag_days);
    }
}

static void
remove_links (LtStepGraph *graph,
              GArray      *links)
{
  for (guint i = 0; i < links->len; i++)
    {
      const LtGraphLink *l = &g_array_index (links, LtGraphLink, i);
      lt_step_graph_remove_link (graph, l->from, l->to, NULL);
    }
}

static void
apply_moves (LtStepGraph *graph,
             GArray      *moves,
             gboolean     forward)
{
  for (guint i = 0; i < moves->len; i++)
    {
      const Move *m = &g_array_index (moves, Move, i);

      if (forward)
        lt_step_graph_set_position (graph, m->uid, m->new_x, m->new_y);
      else
        lt_step_graph_set_position (graph, m->uid, m->old_x, m->old_y);
    }
}

static void
command_redo (LtGraphCommands *self,
              Command         *cmd)
{
  LtStepGraph *graph = self->graph;

  switch (cmd->type)
    {
    case CMD_ADD_STEP:
      lt_step_graph_insert_node (graph, cmd->uid, cmd->node.index, &cmd->node);
      break;
    case CMD_REMOVE_STEP:
      lt_step_graph_remove_node (graph, cmd->uid, NULL);
      break;
    case CMD_EDIT_STEP:
      apply_node_fields (graph, &cmd->node);
      break;
    case CMD_ADD_LINK:
      lt_step_graph_add_link_unchecked (graph, cmd->link.from, cmd->link.to, cmd->link.lag_days);
      break;
    case CMD_REMOVE_LINK:
      lt_step_graph_remove_link (graph, cmd->link.from, cmd->link.to, NULL);
      break;
    case CMD_SET_LAG:
      lt_step_graph_set_lag (graph, cmd->link.from, cmd->link.to, cmd->link.lag_days);
      break;
    case CMD_SET_DEPENDENCIES:
      remove_links (graph, cmd->links);
      add_links (graph, cmd->new_links);
      break;
    case CMD_MOVE:
      apply_moves (graph, cmd->moves, TRUE);
      break;
    case CMD_REORDER:
      lt_step_graph_move_to_index (graph, cmd->uid, cmd->new_index);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
command_undo (LtGraphCommands *self,
              Command         *cmd)
{
  LtStepGraph *graph = self->graph;

  switch (cmd->type)
    {
    case CMD_ADD_STEP:
      lt_step_graph_remove_node (graph, cmd->uid, NULL);
      break;
    case CMD_REMOVE_STEP:
      lt_step_graph_insert_node (graph, cmd->uid, cmd->index, &cmd->node);
      add_links (graph, cmd->links);
      break;
    case CMD_EDIT_STEP:
      apply_node_fields (graph, &cmd->old_node);
      break;
    case CMD_ADD_LINK:
      lt_step_graph_remove_link (graph, cmd->link.from, cmd->link.to, NULL);
      break;
    case CMD_REMOVE_LINK:
      lt_step_graph_add_link_unchecked (graph, cmd->link.from, cmd->link.to, cmd->link.lag_days);
      break;
    case CMD_SET_LAG:
      lt_step_graph_set_lag (graph, cmd->link.from, cmd->link.to, cmd->old_lag);
      break;
    case CMD_SET_DEPENDENCIES:
      remove_links (graph, cmd->new_links);
      add_links (graph, cmd->links);
      break;
    case CMD_MOVE:
      apply_moves (graph, cmd->moves, FALSE);
      break;
    case CMD_REORDER:
      lt_step_graph_move_to_index (graph, cmd->uid, cmd->index);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
lt_graph_commands_dispose (GObject *object)
{
  LtGraphCommands *self = (LtGraphCommands *) object;

  g_clear_object (&self->graph);

  G_OBJECT_CLASS (lt_graph_commands_parent_class)->dispose (object);
}

static void
lt_graph_commands_finalize (GObject *object)
{
  LtGraphCommands *self = (LtGraphCommands *) object;

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);

  G_OBJECT_CLASS (lt_graph_commands_parent_class)->finalize (object);
}

static void
lt_graph_commands_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LtGraphCommands *self = LT_GRAPH_COMMANDS (object);

  switch (prop_id)
    {
    case PROP_GRAPH:
      g_value_set_object (value, self->graph);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, lt_graph_commands_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, lt_graph_commands_can_redo (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, lt_graph_commands_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_graph_commands_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LtGraphCommands *self = LT_GRAPH_COMMANDS (object);

  switch (prop_id)
    {
    case PROP_GRAPH:
      self->graph = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_graph_commands_class_init (LtGraphCommandsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lt_graph_commands_dispose;
  object_class->finalize = lt_graph_commands_finalize;
  object_class->get_property = lt_graph_commands_get_property;
  object_class->set_property = lt_graph_commands_set_property;

  properties[PROP_GRAPH] =
    g_param_spec_object ("graph", NULL, NULL, LT_TYPE_STEP_GRAPH,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_graph_commands_init (LtGraphCommands *self)
{
  self->undo = g_ptr_array_new_with_free_func (command_free);
  self->redo = g_ptr_array_new_with_free_func (command_free);
}

/**
 * lt_graph_commands_new:
 *
 * Returns: (transfer full): the history of edits of @graph, empty
 */
LtGraphCommands *
lt_graph_commands_new (LtStepGraph *graph)
{
  g_return_val_if_fail (LT_IS_STEP_GRAPH (graph), NULL);

  return g_object_new (LT_TYPE_GRAPH_COMMANDS, "graph", graph, NULL);
}

/**
 * lt_graph_commands_get_graph:
 *
 * Returns: (transfer none):
 */
LtStepGraph *
lt_graph_commands_get_graph (LtGraphCommands *self)
{
  g_return_val_if_fail (LT_IS_GRAPH_COMMANDS (self), NULL);
  return self->graph;
}

guint
lt_graph_commands_add_step (LtGraphCommands *self,
                            LtStepKind       kind,
                            const char      *title,
                            double           x,
                            double           y)
{
  Command *cmd;
  guint uid;

  g_return_val_if_fail (LT_IS_GRAPH_COMMANDS (self), 0);

  uid = lt_step_graph_add_node (self->graph, kind, title);
  lt_step_graph_set_position (self->graph, uid, x, y);

  cmd = g_new0 (Command, 1);
  cmd->type = CMD_ADD_STEP;
  cmd->uid = uid;
  lt_graph_node_copy (&cmd->node, lt_step_graph_lookup (self->graph, uid));
  push (self, cmd);
  return uid;
}

/* Applies @cmd, built by the caller, and records it (lt-graph-commands-private.h). */
void
lt_graph_commands_do (LtGraphCommands *self,
                      Command         *cmd)
{
  command_redo (self, cmd);
  push (self, cmd);
}

static gboolean
require_node (LtGraphCommands    *self,
              guint               uid,
              const LtGraphNode **node,
              GError            **error)
{
  *node = lt_step_graph_lookup (self->graph, uid);
  if (*node == NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_UNKNOWN_STEP,
                   _("This step no longer exists: reload the prestation."));
      return FALSE;
    }
  return TRUE;
}

/**
 * lt_graph_commands_remove_step:
 *
 * Removes a step and its links; undo puts back both.
 */
gboolean
lt_graph_commands_remove_step (LtGraphCommands  *self,
                               guint             uid,
                               GError          **error)
{
  const LtGraphNode *node;
  Command *cmd;

  g_return_val_if_fail (LT_IS_GRAPH_COMMANDS (self), FALSE);

  if (!require_node (self, uid, &node, error))
    return FALSE;

  cmd = g_new0 (Command, 1);
  cmd->type = CMD_REMOVE_STEP;
  cmd->uid = uid;
  cmd->index = node->index;
  lt_graph_node_copy (&cmd->node, node);
  lt_step_graph_remove_node (self->graph, uid, &cmd->links);
  push (self, cmd);
  return TRUE;
}

gboolean
lt_graph_commands_edit_step (LtGraphCommands  *self,
                             guint             uid,
                             LtStepKind        kind,
                             const char       *title,
                             const char       *description,
                             int               delay_days,
                             GError          **error)
{
  g_autofree char *stripped = NULL;
  const LtGraphNode *node;
  Command *cmd;

  g_return_val_if_fail (LT_IS_GRAPH_COMMANDS (self), FALSE);

  if (!require_node (self, uid, &node, error))
    return FALSE;

  stripped = g_strstrip (g_strdup (title != NULL ? title : ""));
  if (stripped[0] == '\0')
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NAME_REQUIRED,
                   _("A step needs a title: say in a few words what is done or asked."));
      return FALSE;
    }
  if (delay_days < 0)
    delay_days = -1;
  if (description == NULL)
    description = "";

  if (node->kind == kind && g_strcmp0 (node->title, stripped) == 0 &&
      g_strcmp0 (node->description, description) == 0 && node->delay_days == delay_days)
    return TRUE;

  cmd = g_new0 (Command, 1);
  cmd->type = CMD_EDIT_STEP;
  cmd->uid = uid;
  lt_graph_node_copy (&cmd->old_node, node);
  lt_graph_node_copy (&cmd->node, node);
  cmd->node.kind = kind;
  g_free (cmd->node.title);
  cmd->node.title = g_strdup (stripped);
  g_free (cmd->node.description);
  cmd->node.description = g_strdup (description);
  cmd->node.delay_days = delay_days;
  command_redo (self, cmd);
  push (self, cmd);
  return TRUE;
}

gboolean
lt_graph_commands_add_link (LtGraphCommands  *self,
                            guint             from,
                            guint             to,
                            int               lag_days,
                            GError          **error)
{
  Command *cmd;

  g_return_val_if_fail (LT_IS_GRAPH_COMMANDS (self), FALSE);

  if (!lt_step_graph_add_link (self->graph, from, to, lag_days, error))
    return FALSE;

  cmd = g_new0 (Command, 1);
  cmd->type = CMD_ADD_LINK;
  cmd->link.from = from;
  cmd->link.to = to;
  cmd->link.lag_days = lag_days;
  push (self, cmd);
  return TRUE;
}

gboolean
lt_graph_commands_remove_link (LtGraphCommands  *self,
                               guint             from,
                               guint             to,
                               GError          **error)
{
  Command *cmd;
  int lag = 0;

  g_return_val_if_fail (LT_IS_GRAPH_COMMANDS (self), FALSE);

  if (!lt_step_graph_remove_link (self->graph, from, to, &lag))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                   _("This dependency no longer exists."));
      return FALSE;
    }

  cmd = g_new0 (Command, 1);
  cmd->type = CMD_REMOVE_LINK;
  cmd->link.from = from;
  cmd->link.to = to;
  cmd->link.lag_days = lag;
  push (self, cmd);
  return TRUE;
}

gboolean
lt_graph_commands_set_lag (LtGraphCommands  *self,
                           guint             from,
                           guint             to,
                           int               lag_days,
                           GError          **error)
{
  Command *cmd;
  int old = 0;

  g_return_val_if_fail (LT_IS_GRAPH_COMMANDS (self), FALSE);

  if (!lt_step_graph_has_link (self->graph, from, to, &old))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                   _("This dependency no longer exists."));
      return FALSE;
    }
  if (lag_days < 0 || lag_days > LT_STEP_GRAPH_MAX_LAG)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DEPENDENCY,
                   _("A lag of %d days is not possible: give a number of working days between 0 and %d."),
                   lag_days, LT_STEP_GRAPH_MAX_LAG);
      return FALSE;
    }
  if (old == lag_days)
    return TRUE;

  cmd = g_new0 (Command, 1);
  cmd->type = CMD_SET_LAG;
  cmd->link.from = from;
  cmd->link.to = to;
  cmd->link.lag_days = lag_days;
  cmd->old_lag = old;
  command_redo (self, cmd);
  push (self, cmd);
  return TRUE;
}

/**
 * lt_graph_commands_set_dependencies:
 * @text: the « Dépend de » text, « 2, 3+2 »
 *
 * Replaces what @uid depends on. Nothing changes when @text is refused.
 */
gboolean
lt_graph_commands_set_dependencies (LtGraphCommands  *self,
                                    guint             uid,
                                    const char       *text,
                                    GError          **error)
{
  g_autoptr(GArray) links = NULL;
  const LtGraphNode *node;
  Command *cmd;

  g_return_val_if_fail (LT_IS_GRAPH_COMMANDS (self), FALSE);

  if (!require_node (self, uid, &node, error))
    return FALSE;

  links = lt_dependency_text_parse (self->graph, uid, text, error);
  if (links == NULL)
    return FALSE;

  cmd = g_new0 (Command, 1);
  cmd->type = CMD_SET_DEPENDENCIES;
  cmd->uid = uid;
  cmd->links = lt_step_graph_dup_predecessors (self->graph, uid);
  cmd->new_links = g_steal_pointer (&links);

  /* Same set, same lags: nothing to record. */
  if (cmd->links->len == cmd->new_links->len)
    {
      gboolean same = TRUE;

      for (guint i = 0; i < cmd->new_links->len && same; i++)
        {
          const LtGraphLink *l = &g_array_index (cmd->new_links, LtGraphLink, i);
          int lag;

          same = lt_step_graph_has_link (self->graph, l->from, l->to, &lag) && lag == l->lag_days;
        }
      if (same)
        {
          command_free (cmd);
          return TRUE;
        }
    }

  command_redo (self, cmd);
  push (self, cmd);
  return TRUE;
}

void
lt_graph_commands_move_node (LtGraphCommands *self,
                             guint            uid,
                             double           x,
                             double           y)
{
  const LtGraphNode *node;
  Command *cmd;
  Move move;

  g_return_if_fail (LT_IS_GRAPH_COMMANDS (self));

  node = lt_step_graph_lookup (self->graph, uid);
  g_return_if_fail (node != NULL);
  if (node->x == x && node->y == y)
    return;

  move.uid = uid;
  move.old_x = node->x;
  move.old_y = node->y;
  move.new_x = x;
  move.new_y = y;

  cmd = g_new0 (Command, 1);
  cmd->type = CMD_MOVE;
  cmd->moves = g_array_new (FALSE, FALSE, sizeof (Move));
  g_array_append_val (cmd->moves, move);
  command_redo (self, cmd);
  push (self, cmd);
}

/**
 * lt_graph_commands_auto_layout:
 *
 * « Disposer automatiquement »: one command, undone as one.
 */
gboolean
lt_graph_commands_auto_layout (LtGraphCommands  *self,
                               GError          **error)
{
  g_autoptr(GArray) moves = NULL;
  guint n;
  Command *cmd;

  g_return_val_if_fail (LT_IS_GRAPH_COMMANDS (self), FALSE);

  n = lt_step_graph_get_n_nodes (self->graph);
  moves = g_array_sized_new (FALSE, FALSE, sizeof (Move), n);
  for (guint i = 0; i < n; i++)
    {
      const LtGraphNode *node = lt_step_graph_get_nth (self->graph, i);
      Move move = { node->uid, node->x, node->y, 0, 0 };

      g_array_append_val (moves, move);
    }

  if (!lt_step_graph_layout (self->graph, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      Move *move = &g_array_index (moves, Move, i);
      const LtGraphNode *node = lt_step_graph_lookup (self->graph, move->uid);

      move->new_x = node->x;
      move->new_y = node->y;
    }

  cmd = g_new0 (Command, 1);
  cmd->type = CMD_MOVE;
  cmd->moves = g_steal_pointer (&moves);
  push (self, cmd);
  return TRUE;
}

void
lt_graph_commands_reorder (LtGraphCommands *self,
                           guint            uid,
                           guint            index)
{
  const LtGraphNode *node;
  Command *cmd;

  g_return_if_fail (LT_IS_GRAPH_COMMANDS (self));

  node = lt_step_graph_lookup (self->graph, uid);
  g_return_if_fail (node != NULL);
  index = MIN (index, lt_step_graph_get_n_nodes (self->graph) - 1);
  if (node->index == index)
    return;

  cmd = g_new0 (Command, 1);
  cmd->type = CMD_REORDER;
  cmd->uid = uid;
  cmd->index = node->index;
  cmd->new_index = index;
  command_redo (self, cmd);
  push (self, cmd);
}

gboolean
lt_graph_commands_can_undo (LtGraphCommands *self)
{
  g_return_val_if_fail (LT_IS_GRAPH_COMMANDS (self), FALSE);
  return self->undo->len > 0;
}

gboolean
lt_graph_commands_can_redo (LtGraphCommands *self)
{
  g_return_val_if_fail (LT_IS_GRAPH_COMMANDS (self), FALSE);
  return self->redo->len > 0;
}

gboolean
lt_graph_commands_undo (LtGraphCommands *self)
{
  Command *cmd;

  g_return_val_if_fail (LT_IS_GRAPH_COMMANDS (self), FALSE);

  if (self->undo->len == 0)
    return FALSE;
  cmd = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  command_undo (self, cmd);
  g_ptr_array_add (self->redo, cmd);
  notify_state (self);
  return TRUE;
}

gboolean
lt_graph_commands_redo (LtGraphCommands *self)
{
  Command *cmd;

  g_return_val_if_fail (LT_IS_GRAPH_COMMANDS (self), FALSE);

  if (self->redo->len == 0)
    return FALSE;
  cmd = g_ptr_array_steal_index (self->redo, self->redo->len - 1);
  command_redo (self, cmd);
  g_ptr_array_add (self->undo, cmd);
  notify_state (self);
  return TRUE;
}

/* Whether the graph differs from when it was last saved (or loaded). */
gboolean
lt_graph_commands_get_modified (LtGraphCommands *self)
{
  g_return_val_if_fail (LT_IS_GRAPH_COMMANDS (self), FALSE);
  return self->clean_depth != (int) self->undo->len;
}

void
lt_graph_commands_set_unmodified (LtGraphCommands *self)
{
  g_return_if_fail (LT_IS_GRAPH_COMMANDS (self));

  self->clean_depth = self->undo->len;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

void
lt_graph_commands_clear (LtGraphCommands *self)
{
  g_return_if_fail (LT_IS_GRAPH_COMMANDS (self));

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->clean_depth = 0;
  notify_state (self);
}
