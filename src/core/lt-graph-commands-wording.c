/* lt-graph-commands-wording.c: the client's wording of a step, an undoable command (issue 12) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-graph-commands"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-graph-commands-private.h"

/**
 * lt_graph_commands_edit_client_title:
 * @client_title: (nullable): the client's wording; %NULL or "" for the
 *   default derived from the title (lt_step_default_client_title ())
 *
 * How the client reads the step, undoable like any edit.
 */
gboolean
lt_graph_commands_edit_client_title (LtGraphCommands  *self,
                                     guint             uid,
                                     const char       *client_title,
                                     GError          **error)
{
  g_autofree char *stripped = NULL;
  const LtGraphNode *node;
  Command *cmd;

  g_return_val_if_fail (LT_IS_GRAPH_COMMANDS (self), FALSE);

  node = lt_step_graph_lookup (lt_graph_commands_get_graph (self), uid);
  if (node == NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_UNKNOWN_STEP,
                   _("This step no longer exists: reload the prestation."));
      return FALSE;
    }

  stripped = g_strstrip (g_strdup (client_title != NULL ? client_title : ""));
  if (g_strcmp0 (node->client_title, stripped) == 0)
    return TRUE;

  cmd = g_new0 (Command, 1);
  cmd->type = CMD_EDIT_STEP;
  cmd->uid = uid;
  lt_graph_node_copy (&cmd->old_node, node);
  lt_graph_node_copy (&cmd->node, node);
  g_free (cmd->node.client_title);
  cmd->node.client_title = g_steal_pointer (&stripped);
  lt_graph_commands_do (self, cmd);
  return TRUE;
}
