/* lt-store-task-status-private.h: the task's stored status, kept by the store and checked against the rule */
#pragma once

#include "lt-store-private.h"

G_BEGIN_DECLS

/* Recomputes, with lt_project_rules_task_status(), the stored status of the
 * tasks @ids (those that still exist) and of their successors, and writes
 * the ones that changed (notified as updates of "tasks"). Call it inside
 * the transaction of every write that can change a status: a tâche done or
 * reopened, a demande sent or answered, a task added or updated, a link
 * added or removed (the successor), a task deleted (its successors, read
 * before). The revision is not bumped: the status is derived. The caller
 * has notified @ids; the successors whose status changed are notified here. */
gboolean  lt_store_task_status_refresh         (LtStore       *self,
                                                const gint64  *ids,
                                                guint          n_ids,
                                                GError       **error);
/* The same for tasks the caller did not write (the others a cascade
 * touched): each one whose status changed is notified. */
gboolean  lt_store_task_status_refresh_others  (LtStore       *self,
                                                const gint64  *ids,
                                                guint          n_ids,
                                                GError       **error);

/* The successors of the tasks "WHERE <column> = @value" (column: one of
 * "project_id", "affaire_id", "assignment_id", never user text) that lie
 * outside that set: read before a delete that cascades, refreshed after. */
GArray   *lt_store_task_status_outside_successors (LtStore     *self,
                                                const char    *column,
                                                gint64         value,
                                                GError       **error);

/* Every task at once (a bulk insert: seeds, the demo): writes the statuses
 * that differ from the rule. */
gboolean  lt_store_task_status_refresh_all     (LtStore       *self,
                                                GError       **error);

/* For lt_store_check(): one sentence per task whose stored status is not
 * the rule's (at most @max_listed, then a count). */
gboolean  lt_store_task_status_check           (LtStore       *self,
                                                GPtrArray     *problems,
                                                guint          max_listed,
                                                GError       **error);

G_END_DECLS
