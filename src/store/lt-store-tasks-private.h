/* lt-store-tasks-private.h: how a task row and its derived status are read (issue 7's store files) */
#pragma once

#include "lt-store-private.h"
#include "lt-task.h"

G_BEGIN_DECLS

/* A task's status (see LtTaskStatus) is the column "status", kept by the
 * store (lt-store-task-status-private.h). */

/* "late" is the scheduler's flag: due after its assignment's end.
 * Reads a row of lt_store_entity_select (&lt_task_entity). */
LtTask  *lt_store_task_read_row  (sqlite3_stmt *stmt);

G_END_DECLS
