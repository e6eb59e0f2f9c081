/* lt-graph-commands-private.h: the commands of lt-graph-commands.c, for the files that add one */
#pragma once

#include "lt-graph-commands.h"

G_BEGIN_DECLS

typedef enum {
  CMD_ADD_STEP,
  CMD_REMOVE_STEP,
  CMD_EDIT_STEP,
  CMD_ADD_LINK,
  CMD_REMOVE_LINK,
  CMD_SET_LAG,
  CMD_SET_DEPENDENCIES,
  CMD_MOVE,
  CMD_REORDER,
} CommandType;

typedef struct {
  guint  uid;
  double old_x, old_y;
  double new_x, new_y;
} Move;

typedef struct {
  CommandType  type;
  guint        uid;
  guint        index;        /* REMOVE_STEP: where it was; REORDER: from */
  guint        new_index;    /* REORDER: to */
  LtGraphLink  link;         /* ADD/REMOVE_LINK; SET_LAG: lag is the new one */
  int          old_lag;      /* SET_LAG */
  LtGraphNode  node;         /* ADD/REMOVE_STEP: the step; EDIT_STEP: new fields */
  LtGraphNode  old_node;     /* EDIT_STEP: old fields */
  GArray      *links;        /* REMOVE_STEP: links gone with it; SET_DEPENDENCIES: old */
  GArray      *new_links;    /* SET_DEPENDENCIES: new */
  GArray      *moves;        /* MOVE, auto-layout: Move */
} Command;
/* lt_graph_node_copy: @dest gets copies of @src's strings */
void lt_graph_node_copy   (LtGraphNode       *dest,
                           const LtGraphNode *src);
/* Applies @cmd (allocated with g_new0) and records it for undo. */
void lt_graph_commands_do (LtGraphCommands   *self,
                           Command           *cmd);

G_END_DECLS
