/* lt-store-requests-due.c: the demandes d'information whose day to go to the client has come */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include "lt-store-project-ops.h"
#include "lt-store-tasks-private.h"

/**
 * lt_store_list_requests_due:
 * @iso_date: the day (YYYY-MM-DD), usually today
 *
 * A demande is « à envoyer » from its project's save until it is sent;
 * it is due to go once its planned day (send-on) has come. Those not sent
 * yet and not answered (the client may have answered before it went) are
 * listed, earliest day first.
 *
 * Returns: (transfer full) (element-type LtTask): the demandes due to be
 *   sent on @iso_date, or %NULL with @error set.
 */
GPtrArray *
lt_store_list_requests_due (LtStore     *self,
                            const char  *iso_date,
                            GError     **error)
{
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (!lt_store_check_date (iso_date, FALSE, error))
    return NULL;

  sql = g_strconcat (lt_store_entity_select (&lt_task_entity),
                     " WHERE t.kind = 'request' AND t.sent_on IS NULL AND t.answered_on IS NULL"
                     " AND t.send_on <= ?1 ORDER BY t.send_on, t.id", NULL);
  if (!(stmt = lt_store_prepare (self, sql, error)))
    return NULL;
  lt_store_bind_text (stmt, 1, iso_date);
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    g_ptr_array_add (tasks, lt_store_task_read_row (stmt));
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return NULL;

  return g_steal_pointer (&tasks);
}
