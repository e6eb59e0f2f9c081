/* lt-store-task-ops.c: the suivi's operations — done, reopen, reassign, due dates with rescheduling, demandes */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-mail-message.h"
#include "lt-project-rules.h"
#include "lt-store-project-ops.h"
#include "lt-store-task-status-private.h"
#include "lt-store-tasks-private.h"
#include "lt-validate.h"
#include "lt-working-days.h"

static gboolean
run (LtStore       *self,
     sqlite3_stmt  *stmt,
     GError       **error)
{
  int rc;

  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    ;

  return lt_store_check_step (self, rc, error);
}

/**
 * lt_store_task_read_row:
 * @stmt: standing on a row of lt_store_entity_select (&lt_task_entity)
 *
 * Returns: (transfer full): the task with its status and names.
 */
LtTask *
lt_store_task_read_row (sqlite3_stmt *stmt)
{
  LtTask *task = lt_task_new ();

  lt_store_row_read (&lt_task_entity, stmt, G_OBJECT (task));

  return task;
}

/**
 * lt_store_task_load:
 *
 * Returns: (transfer full): the task with its derived status and names, or
 *   %NULL with %LT_ERROR_NOT_FOUND.
 */
LtTask *
lt_store_task_load (LtStore  *self,
                    gint64    task_id,
                    GError  **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  rows = lt_store_rows_select (self, &lt_task_entity, "WHERE t.id = ?1", task_id, error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      if (!lt_store_set_never_existed_error (self, "tasks", task_id, error))
        g_set_error_literal (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                             _("This task no longer exists: reload the suivi des tâches."));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (rows, 0));
}

/* The revision read, 0 for « whatever it is now » (command line). */
static gboolean
check_revision (LtStore  *self,
                LtTask   *task,
                gint64    revision,
                GError  **error)
{
  if (revision == 0 || revision == lt_task_get_revision (task))
    return TRUE;

  g_set_error (error, LT_ERROR, LT_ERROR_CONFLICT,
               _("Someone else changed « %s » meanwhile: look at it again before changing it."),
               lt_task_get_title (task));
  return FALSE;
}

static GArray *
load_predecessors (LtStore    *self,
                   gint64      task_id,
                   GPtrArray  *titles,
                   GError    **error)
{
  g_autoptr(GArray) preds = g_array_new (FALSE, TRUE, sizeof (LtTaskPredecessor));
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = lt_store_prepare (self,
                                 "SELECT p.title, p.kind, (p.done_on IS NOT NULL OR p.answered_on IS NOT NULL)"
                                 " FROM task_links l JOIN tasks p ON p.id = l.from_task_id"
                                 " WHERE l.to_task_id = ? ORDER BY p.due_date, p.id", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, task_id);
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      char *title = lt_store_column_text (stmt, 0);
      LtTaskPredecessor p = {
        .title = title,
        .kind = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "request") == 0
                ? LT_STEP_KIND_REQUEST : LT_STEP_KIND_TASK,
        .finished = sqlite3_column_int (stmt, 2) != 0,
      };

      g_ptr_array_add (titles, title);
      g_array_append_val (preds, p);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return NULL;

  return g_steal_pointer (&preds);
}

/* The tasks linked to @task (its project's) and their links, for rescheduling. */
static gboolean
load_network (LtStore  *self,
              LtTask   *task,
              GArray   *tasks,
              GArray   *links,
              GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = lt_store_prepare (self,
                                 "SELECT id, start_date, due_date, (done_on IS NOT NULL OR answered_on IS NOT NULL)"
                                 " FROM tasks WHERE (?1 <> 0 AND project_id = ?1) OR id = ?2", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_task_get_project_id (task));
  sqlite3_bind_int64 (stmt, 2, lt_task_get_id (task));
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      LtScheduleTask t = { 0 };

      t.id = sqlite3_column_int64 (stmt, 0);
      lt_date_from_iso ((const char *) sqlite3_column_text (stmt, 1), &t.start);
      lt_date_from_iso ((const char *) sqlite3_column_text (stmt, 2), &t.due);
      t.done = sqlite3_column_int (stmt, 3) != 0;
      g_array_append_val (tasks, t);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  if (!(stmt = lt_store_prepare (self,
                                 "SELECT l.from_task_id, l.to_task_id, l.lag_days FROM task_links l"
                                 " JOIN tasks f ON f.id = l.from_task_id JOIN tasks t ON t.id = l.to_task_id"
                                 " WHERE ?1 <> 0 AND f.project_id = ?1 AND t.project_id = ?1", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_task_get_project_id (task));
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      LtScheduleLink l = {
        sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), sqlite3_column_int (stmt, 2)
      };
      g_array_append_val (links, l);
    }
  sqlite3_reset (stmt);

  return lt_store_check_step (self, rc, error);
}

static GArray *
plan_moves (LtStore     *self,
            LtTask      *task,
            const GDate *new_due,
            GError     **error)
{
  g_autoptr(GArray) tasks = g_array_new (FALSE, TRUE, sizeof (LtScheduleTask));
  g_autoptr(GArray) links = g_array_new (FALSE, TRUE, sizeof (LtScheduleLink));

  if (!load_network (self, task, tasks, links, error))
    return NULL;

  return lt_schedule_reschedule ((const LtScheduleTask *) (gpointer) tasks->data, tasks->len,
                                 (const LtScheduleLink *) (gpointer) links->data, links->len,
                                 lt_task_get_id (task), new_due, error);
}

static gboolean
apply_moves (LtStore  *self,
             GArray   *moves,
             GError  **error)
{
  sqlite3_stmt *stmt;

  if (moves->len == 0)
    return TRUE;

  if (!(stmt = lt_store_prepare (self,
                                 "UPDATE tasks SET start_date = ?, due_date = ?, revision = revision + 1 WHERE id = ?",
                                 error)))
    return FALSE;

  for (guint i = 0; i < moves->len; i++)
    {
      const LtScheduleMove *m = &g_array_index (moves, LtScheduleMove, i);
      g_autofree char *start = lt_date_to_iso (&m->new_start);
      g_autofree char *due = lt_date_to_iso (&m->new_due);

      lt_store_bind_text (stmt, 1, start);
      lt_store_bind_text (stmt, 2, due);
      sqlite3_bind_int64 (stmt, 3, m->id);
      if (!run (self, stmt, error))
        return FALSE;
      sqlite3_reset (stmt);
      lt_store_notify (self, "tasks", m->id, LT_STORE_CHANGE_UPDATE);
    }

  return TRUE;
}

static gboolean
update_task (LtStore     *self,
             const char  *sql,
             gint64       task_id,
             const char  *value,
             GError     **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = lt_store_prepare (self, sql, error)))
    return FALSE;
  lt_store_bind_text (stmt, 1, value);
  sqlite3_bind_int64 (stmt, 2, task_id);
  if (!run (self, stmt, error))
    return FALSE;
  lt_store_notify (self, "tasks", task_id, LT_STORE_CHANGE_UPDATE);

  return TRUE;
}

/* The rule for the day a tâche is done or a demande answered: a tâche not
 * before its project starts (nothing of the project was done before it
 * began); an answer not before its demande was sent, or, while it waits
 * for its date to go out, not before its project was saved. */
static gboolean
check_done_day (LtStore     *self,
                LtTask      *task,
                const char  *day,
                GError     **error)
{
  g_autofree char *start = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (lt_task_get_kind (task) == LT_STEP_KIND_REQUEST && lt_task_get_sent_on (task) != NULL)
    return lt_validate_not_before (day, lt_task_get_sent_on (task),
                                   _("The answer cannot be dated %s, before the demande was sent on %s: "
                                     "type the day the client answered, or date the sending first."),
                                   error);

  if (lt_task_get_project_id (task) == 0)
    return TRUE;

  if (!(stmt = lt_store_prepare (self, lt_task_get_kind (task) == LT_STEP_KIND_REQUEST
                                       ? "SELECT substr (created_at, 1, 10) FROM projects WHERE id = ?"
                                       : "SELECT start_date FROM projects WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_task_get_project_id (task));
  rc = lt_store_step (self, stmt);
  if (rc == SQLITE_ROW)
    start = lt_store_column_text (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && !lt_store_check_step (self, rc, error))
    return FALSE;

  /* a demande not sent yet (it goes on its date) may be answered early,
   * but not before its project was saved */
  if (lt_task_get_kind (task) == LT_STEP_KIND_REQUEST)
    return lt_validate_not_before (day, start,
                                   _("The answer cannot be dated %s, before its project was saved on %s: "
                                     "type the day the client answered."),
                                   error);

  return lt_validate_not_before (day, start,
                                 _("The tâche cannot be done on %s, before its project starts on %s: "
                                   "type the day it was done."),
                                 error);
}

static gboolean
finish (LtStore  *self,
        gboolean  ok,
        GError  **error)
{
  if (!ok)
    {
      lt_store_rollback (self);
      return FALSE;
    }

  return lt_store_commit (self, error);
}

/**
 * lt_store_task_mark_done:
 * @revision: the revision read, or 0
 * @done_on: (nullable): the day it was done, today when %NULL
 * @move_successors: when done after its due date, move the successors
 *   (what lt_store_task_preview_reschedule() listed)
 *
 * Marks a tâche « terminée » — refused, naming what it waits on, while a
 * predecessor is open. For a demande, marks the client's answer received;
 * answered after its due date, it moves its successors as a tâche done
 * late does.
 */
gboolean
lt_store_task_mark_done (LtStore     *self,
                         gint64       task_id,
                         gint64       revision,
                         const char  *done_on,
                         gboolean     move_successors,
                         GError     **error)
{
  g_autofree char *today = lt_date_today ();
  g_autoptr(LtTask) task = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) preds = NULL;
  g_autoptr(GArray) moves = NULL;
  const char *day = done_on != NULL ? done_on : today;
  GDate done;
  gboolean ok;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_check_date (day, FALSE, error))
    return FALSE;
  lt_date_from_iso (day, &done);

  if (!lt_store_begin (self, error))
    return FALSE;

  ok = (task = lt_store_task_load (self, task_id, error)) != NULL &&
       check_revision (self, task, revision, error);

  if (ok && lt_task_get_kind (task) == LT_STEP_KIND_REQUEST)
    {
      ok = check_done_day (self, task, day, error) &&
           update_task (self, "UPDATE tasks SET answered_on = ?1, sent_on = COALESCE (sent_on, ?1),"
                              " revision = revision + 1 WHERE id = ?2", task_id, day, error);
      /* a late answer pushes what waits on it, in the same transaction */
      if (ok && move_successors && g_strcmp0 (day, lt_task_get_due_date (task)) > 0)
        ok = (moves = plan_moves (self, task, &done, error)) != NULL && apply_moves (self, moves, error);
      ok = ok && lt_store_task_status_refresh (self, &task_id, 1, error);
      return finish (self, ok, error);
    }

  ok = ok &&
       (preds = load_predecessors (self, task_id, titles, error)) != NULL &&
       lt_project_rules_check_can_finish (lt_task_get_title (task),
                                          (const LtTaskPredecessor *) (gpointer) preds->data, preds->len,
                                          error) &&
       check_done_day (self, task, day, error) &&
       update_task (self, "UPDATE tasks SET done_on = ?, revision = revision + 1 WHERE id = ?", task_id, day, error) &&
       lt_store_task_status_refresh (self, &task_id, 1, error);

  if (ok && move_successors && g_strcmp0 (day, lt_task_get_due_date (task)) > 0)
    ok = (moves = plan_moves (self, task, &done, error)) != NULL && apply_moves (self, moves, error);

  return finish (self, ok, error);
}

/**
 * lt_store_task_reopen:
 *
 * Undoes « terminée » (or a demande's answer).
 */
gboolean
lt_store_task_reopen (LtStore  *self,
                      gint64    task_id,
                      gint64    revision,
                      GError  **error)
{
  g_autoptr(LtTask) task = NULL;
  gboolean ok;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_begin (self, error))
    return FALSE;

  ok = (task = lt_store_task_load (self, task_id, error)) != NULL &&
       check_revision (self, task, revision, error) &&
       update_task (self, "UPDATE tasks SET done_on = ?1, answered_on = ?1, revision = revision + 1 WHERE id = ?2",
                    task_id, NULL, error) &&
       lt_store_task_status_refresh (self, &task_id, 1, error);

  return finish (self, ok, error);
}

/**
 * lt_store_task_reassign:
 * @staff_id: an active intervenant, or 0 for nobody
 */
gboolean
lt_store_task_reassign (LtStore  *self,
                        gint64    task_id,
                        gint64    revision,
                        gint64    staff_id,
                        GError  **error)
{
  g_autoptr(LtTask) task = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_begin (self, error))
    return FALSE;

  ok = (task = lt_store_task_load (self, task_id, error)) != NULL &&
       check_revision (self, task, revision, error);

  if (ok && staff_id != 0)
    {
      int rc;

      ok = (stmt = lt_store_prepare (self, "SELECT name, active FROM staff WHERE id = ?", error)) != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, staff_id);
          rc = lt_store_step (self, stmt);
          if (rc == SQLITE_ROW)
            ok = lt_project_rules_check_staff ((const char *) sqlite3_column_text (stmt, 0),
                                               sqlite3_column_int (stmt, 1) != 0, error);
          else
            {
              ok = FALSE;
              if (lt_store_check_step (self, rc, error))
                g_set_error_literal (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                                     _("This intervenant no longer exists: choose another one."));
            }
          sqlite3_reset (stmt);
        }
    }

  if (ok)
    {
      ok = (stmt = lt_store_prepare (self, "UPDATE tasks SET staff_id = ?, revision = revision + 1 WHERE id = ?", error)) != NULL;
      if (ok)
        {
          lt_store_bind_id (stmt, 1, staff_id);
          sqlite3_bind_int64 (stmt, 2, task_id);
          ok = run (self, stmt, error);
          if (ok)
            lt_store_notify (self, "tasks", task_id, LT_STORE_CHANGE_UPDATE);
        }
    }

  return finish (self, ok, error);
}

/**
 * lt_store_task_preview_reschedule:
 * @new_due: the new due date (or the day it was done late)
 *
 * Returns: (transfer full) (element-type LtScheduleMove): the successors
 *   that would move and by how much; nothing is written.
 */
GArray *
lt_store_task_preview_reschedule (LtStore     *self,
                                  gint64       task_id,
                                  const char  *new_due,
                                  GError     **error)
{
  g_autoptr(LtTask) task = NULL;
  GDate due;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (!lt_store_check_date (new_due, FALSE, error))
    return NULL;
  lt_date_from_iso (new_due, &due);

  if ((task = lt_store_task_load (self, task_id, error)) == NULL)
    return NULL;

  return plan_moves (self, task, &due, error);
}

/**
 * lt_store_task_change_due_date:
 * @move_successors: also move the successors as
 *   lt_store_task_preview_reschedule() listed them
 *
 * Moves a task's due date (its start too when the new date is before it),
 * in one transaction with its successors.
 */
gboolean
lt_store_task_change_due_date (LtStore     *self,
                               gint64       task_id,
                               gint64       revision,
                               const char  *new_due,
                               gboolean     move_successors,
                               GError     **error)
{
  g_autoptr(LtTask) task = NULL;
  g_autoptr(GArray) moves = NULL;
  sqlite3_stmt *stmt;
  GDate due;
  gboolean ok;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_check_date (new_due, FALSE, error))
    return FALSE;
  lt_date_from_iso (new_due, &due);

  if (!lt_store_begin (self, error))
    return FALSE;

  ok = (task = lt_store_task_load (self, task_id, error)) != NULL &&
       check_revision (self, task, revision, error);

  if (ok && move_successors)
    ok = (moves = plan_moves (self, task, &due, error)) != NULL;

  if (ok)
    ok = (stmt = lt_store_prepare (self,
                                   "UPDATE tasks SET due_date = ?1, start_date = min (start_date, ?1),"
                                   " revision = revision + 1 WHERE id = ?2", error)) != NULL;
  if (ok)
    {
      lt_store_bind_text (stmt, 1, new_due);
      sqlite3_bind_int64 (stmt, 2, task_id);
      ok = run (self, stmt, error);
      if (ok)
        lt_store_notify (self, "tasks", task_id, LT_STORE_CHANGE_UPDATE);
    }

  if (ok && moves != NULL)
    ok = apply_moves (self, moves, error);

  return finish (self, ok, error);
}

/* ---- demandes d'information ------------------------------------------- */

/**
 * lt_store_list_pending_requests:
 * @affaire_id: a client, or 0 for every client
 *
 * Returns: (transfer full): the demandes not answered yet (LtTask), by due date.
 */
GListModel *
lt_store_list_pending_requests (LtStore *self,
                                gint64   affaire_id)
{
  GListStore *store = g_list_store_new (LT_TYPE_TASK);
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), G_LIST_MODEL (store));

  rows = lt_store_rows_select (self, &lt_task_entity,
                               "WHERE (?1 = 0 OR t.affaire_id = ?1) AND t.kind = 'request' "
                               "AND t.answered_on IS NULL ORDER BY t.due_date, t.id",
                               affaire_id, NULL);
  if (rows != NULL)
    g_list_store_splice (store, 0, 0, rows->pdata, rows->len);

  return G_LIST_MODEL (store);
}

/**
 * lt_store_requests_mark_sent:
 * @date: (nullable): the day sent, today when %NULL
 */
gboolean
lt_store_requests_mark_sent (LtStore       *self,
                             const gint64  *ids,
                             guint          n_ids,
                             const char    *date,
                             GError       **error)
{
  g_autofree char *today = lt_date_today ();
  const char *day = date != NULL ? date : today;
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_check_date (day, FALSE, error) || !lt_store_begin (self, error))
    return FALSE;

  ok = (stmt = lt_store_prepare (self, "UPDATE tasks SET sent_on = ?, revision = revision + 1"
                                       " WHERE id = ? AND kind = 'request'", error)) != NULL;
  for (guint i = 0; ok && i < n_ids; i++)
    {
      lt_store_bind_text (stmt, 1, day);
      sqlite3_bind_int64 (stmt, 2, ids[i]);
      ok = run (self, stmt, error);
      sqlite3_reset (stmt);
      if (ok && sqlite3_changes (lt_store_get_db (self)) == 0)
        {
          ok = FALSE;
          if (!lt_store_set_never_existed_error (self, "tasks", ids[i], error))
            g_set_error_literal (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                                 _("This demande no longer exists: reload the list of demandes."));
        }
      if (ok)
        lt_store_notify (self, "tasks", ids[i], LT_STORE_CHANGE_UPDATE);
    }
  if (ok)
    ok = lt_store_task_status_refresh (self, ids, n_ids, error);

  return finish (self, ok, error);
}

/**
 * lt_store_request_mark_answered:
 * @date: (nullable): the day the answer came, today when %NULL
 *
 * The tâches waiting on it are no longer « en attente client ». Answered
 * after its due date, the tâches after it move by as many working days
 * (what lt_store_task_preview_reschedule() lists), in the same transaction.
 */
gboolean
lt_store_request_mark_answered (LtStore     *self,
                                gint64       task_id,
                                const char  *date,
                                GError     **error)
{
  g_autoptr(LtTask) task = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if ((task = lt_store_task_load (self, task_id, error)) == NULL)
    return FALSE;

  if (lt_task_get_kind (task) != LT_STEP_KIND_REQUEST)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_TRANSITION,
                   _("« %s » is a tâche, not a demande to the client: mark it done instead."),
                   lt_task_get_title (task));
      return FALSE;
    }

  return lt_store_task_mark_done (self, task_id, 0, date, TRUE, error);
}

/**
 * lt_store_requests_mailto:
 * @ids: (array length=n_ids): the demandes to list; all pending ones of the
 *   client when @n_ids is 0
 *
 * Returns: (transfer full): the mailto: URI to the client's contact (the
 *   signatory first) with the demandes in the body.
 */
char *
lt_store_requests_mailto (LtStore       *self,
                          gint64         affaire_id,
                          const gint64  *ids,
                          guint          n_ids,
                          GError       **error)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *to = NULL;
  g_autofree char *client = NULL;
  g_autofree char *firm = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (!(stmt = lt_store_prepare (self, "SELECT name FROM affaires WHERE id = ?", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, affaire_id);
  if (lt_store_step (self, stmt) == SQLITE_ROW)
    client = lt_store_column_text (stmt, 0);
  sqlite3_reset (stmt);

  if (!(stmt = lt_store_prepare (self, "SELECT email FROM contacts WHERE affaire_id = ? AND email <> ''"
                                       " ORDER BY is_signatory DESC, id LIMIT 1", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, affaire_id);
  if (lt_store_step (self, stmt) == SQLITE_ROW)
    to = lt_store_column_text (stmt, 0);
  sqlite3_reset (stmt);

  if (!(stmt = lt_store_prepare (self, "SELECT name FROM firm WHERE id = 1", error)))
    return NULL;
  if (lt_store_step (self, stmt) == SQLITE_ROW)
    firm = lt_store_column_text (stmt, 0);
  sqlite3_reset (stmt);

  /* issue 14: each in the client's words, with its period and due date */
  if (!(stmt = lt_store_prepare (self,
                                 "SELECT t.id, t.title, s.title, s.client_title, t.period, t.due_date"
                                 " FROM tasks t LEFT JOIN steps s ON s.id = t.step_id WHERE t.affaire_id = ?"
                                 " AND t.kind = 'request' AND t.answered_on IS NULL ORDER BY t.due_date, t.id", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, affaire_id);
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gboolean wanted = n_ids == 0;

      for (guint i = 0; !wanted && i < n_ids; i++)
        wanted = ids[i] == id;
      if (wanted)
        {
          g_autofree char *what = lt_mail_request_what ((const char *) sqlite3_column_text (stmt, 1),
                                                        (const char *) sqlite3_column_text (stmt, 2),
                                                        (const char *) sqlite3_column_text (stmt, 3));

          g_ptr_array_add (titles, lt_mail_request_line (what, (const char *) sqlite3_column_text (stmt, 4),
                                                         (const char *) sqlite3_column_text (stmt, 5)));
        }
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return NULL;
  g_ptr_array_add (titles, NULL);

  return lt_project_rules_requests_mailto (to, client, firm, (const char * const *) titles->pdata);
}
