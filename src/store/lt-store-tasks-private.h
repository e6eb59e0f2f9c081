/* lt-store-tasks-private.h: how a task row and its derived status are read (issue 7's store files) */
#pragma once

#include "lt-store-private.h"
#include "lt-task.h"

G_BEGIN_DECLS

/* The derived status of "t" (see LtTaskStatus): done, sent, waiting on an
 * unanswered demande, blocked by an open tâche, else to do. */
#define LT_TASK_STATUS_SQL \
  "CASE" \
  " WHEN (t.kind = 'task' AND t.done_on IS NOT NULL) OR (t.kind = 'request' AND t.answered_on IS NOT NULL) THEN 'done'" \
  " WHEN t.kind = 'request' AND t.sent_on IS NOT NULL THEN 'sent'" \
  " WHEN EXISTS (SELECT 1 FROM task_links l JOIN tasks p ON p.id = l.from_task_id" \
  "              WHERE l.to_task_id = t.id AND p.kind = 'request' AND p.answered_on IS NULL) THEN 'waiting-client'" \
  " WHEN EXISTS (SELECT 1 FROM task_links l JOIN tasks p ON p.id = l.from_task_id" \
  "              WHERE l.to_task_id = t.id AND p.kind = 'task' AND p.done_on IS NULL) THEN 'blocked'" \
  " ELSE 'todo' END"

/* "late" is the scheduler's flag: due after its assignment's end.
 * Reads a row of lt_store_entity_select (&lt_task_entity). */
LtTask  *lt_store_task_read_row  (sqlite3_stmt *stmt);

G_END_DECLS
