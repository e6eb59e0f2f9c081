/* lt-store-projects.c: CRUD of projects, assigned prestations, tasks and their links */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lt-error.h"
#include "lt-query-model.h"
#include "lt-store-private.h"
#include "lt-store-task-status-private.h"
#include "lt-store-tasks-private.h"
#include "lt-store-projects.h"
#include "lt-text.h"

/* projects */

static gboolean
validate_project (LtStore  *store,
                  GObject  *object,
                  GError  **error)
{
  LtProject *project = LT_PROJECT (object);

  return lt_store_require_text (lt_project_get_name (project), LT_ERROR_NAME_REQUIRED,
                                _("The project’s name is required: type a name before saving."),
                                error) &&
         lt_store_check_period (lt_project_get_start_date (project),
                                lt_project_get_end_date (project), error);
}

const LtEntity lt_project_entity = {
  .table = "projects",
  .get_type = lt_project_get_type,
  .conflict_message = N_("This project was changed by someone else; reload it before saving."),
  .not_found_message = N_("This project no longer exists: someone else deleted it."),
  .validate = validate_project,
};

gboolean
lt_store_add_project (LtStore    *self,
                      LtProject  *project,
                      GError    **error)
{
  g_return_val_if_fail (LT_IS_PROJECT (project), FALSE);

  return lt_store_row_add (self, &lt_project_entity, G_OBJECT (project), error);
}

/**
 * lt_store_get_project:
 *
 * Returns: (transfer full): the project, or %NULL (LT_ERROR_NOT_FOUND)
 */
LtProject *
lt_store_get_project (LtStore  *self,
                      gint64    id,
                      GError  **error)
{
  return lt_store_row_get (self, &lt_project_entity, id, error);
}

gboolean
lt_store_update_project (LtStore    *self,
                         LtProject  *project,
                         GError    **error)
{
  g_return_val_if_fail (LT_IS_PROJECT (project), FALSE);

  return lt_store_row_update (self, &lt_project_entity, G_OBJECT (project), error);
}

gboolean
lt_store_delete_project (LtStore  *self,
                         gint64    id,
                         gint64    revision,
                         GError  **error)
{
  g_autoptr(GArray) outside = NULL;
  gboolean began;

  /* its tasks go with it: the others they held back are told */
  if (!lt_store_op_begin (self, FALSE, &began, error))
    return FALSE;
  if ((outside = lt_store_task_status_outside_successors (self, "project_id", id, error)) == NULL ||
      !lt_store_row_delete (self, &lt_project_entity, id, revision, error) ||
      !lt_store_task_status_refresh_others (self, (const gint64 *) (gpointer) outside->data, outside->len, error))
    {
      lt_store_op_rollback (self, began);
      return FALSE;
    }

  return lt_store_op_commit (self, began, error);
}

/* assignments */

static gboolean
validate_assignment (LtStore  *store,
                     GObject  *object,
                     GError  **error)
{
  LtAssignment *assignment = LT_ASSIGNMENT (object);

  if (!lt_store_check_period (lt_assignment_get_start_date (assignment),
                              lt_assignment_get_end_date (assignment), error))
    return FALSE;

  if (lt_assignment_get_price_cents (assignment) <= 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_PRICE_REQUIRED,
                   _("A price is required for a prestation assigned to a project, "
                     "even a symbolic one (1 €)."));
      return FALSE;
    }

  return TRUE;
}

const LtEntity lt_assignment_entity = {
  .table = "assignments",
  .get_type = lt_assignment_get_type,
  .conflict_message = N_("This prestation of the project was changed by someone else; reload it before saving."),
  .not_found_message = N_("This prestation of the project no longer exists: someone else deleted it."),
  .validate = validate_assignment,
};

gboolean
lt_store_add_assignment (LtStore       *self,
                         LtAssignment  *assignment,
                         GError       **error)
{
  g_return_val_if_fail (LT_IS_ASSIGNMENT (assignment), FALSE);

  return lt_store_row_add (self, &lt_assignment_entity, G_OBJECT (assignment), error);
}

/**
 * lt_store_get_assignment:
 *
 * Returns: (transfer full): the assignment, or %NULL (LT_ERROR_NOT_FOUND)
 */
LtAssignment *
lt_store_get_assignment (LtStore  *self,
                         gint64    id,
                         GError  **error)
{
  return lt_store_row_get (self, &lt_assignment_entity, id, error);
}

gboolean
lt_store_update_assignment (LtStore       *self,
                            LtAssignment  *assignment,
                            GError       **error)
{
  g_return_val_if_fail (LT_IS_ASSIGNMENT (assignment), FALSE);

  return lt_store_row_update (self, &lt_assignment_entity, G_OBJECT (assignment), error);
}

gboolean
lt_store_delete_assignment (LtStore  *self,
                            gint64    id,
                            gint64    revision,
                            GError  **error)
{
  return lt_store_row_delete (self, &lt_assignment_entity, id, revision, error);
}

/* tasks */

static gboolean
validate_task (LtStore  *store,
               GObject  *object,
               GError  **error)
{
  LtTask *task = LT_TASK (object);
  const char *start = lt_task_get_start_date (task);
  const char *due = lt_task_get_due_date (task);

  if (!lt_store_require_text (lt_task_get_title (task), LT_ERROR_NAME_REQUIRED,
                              _("The title of the tâche is required: type a title before saving."),
                              error) ||
      !lt_store_check_date (start, FALSE, error) ||
      !lt_store_check_date (due, FALSE, error) ||
      !lt_store_check_date (lt_task_get_done_on (task), TRUE, error) ||
      !lt_store_check_date (lt_task_get_sent_on (task), TRUE, error) ||
      !lt_store_check_date (lt_task_get_answered_on (task), TRUE, error))
    return FALSE;

  if (strcmp (due, start) < 0)
    {
      g_autofree char *start_text = lt_store_format_date (start);
      g_autofree char *due_text = lt_store_format_date (due);

      g_set_error (error, LT_ERROR, LT_ERROR_END_BEFORE_START,
                   _("The due date (%s) is before the start date (%s): move one of them."),
                   due_text, start_text);
      return FALSE;
    }

  if (lt_task_get_delay_days (task) < -1)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NEGATIVE_DELAY,
                   _("A délai cannot be negative: type a number of working days of 0 or more."));
      return FALSE;
    }

  return TRUE;
}

static char *
task_search_key (GObject *object)
{
  const char *title = lt_task_get_title (LT_TASK (object));

  return lt_text_fold (title ? title : "");
}

/* The status, as LtTaskStatus nicks, is stored and kept by the store
 * (lt-store-task-status.c): a demande that waits for the client keeps its
 * successors "waiting-client"; any other unfinished predecessor makes them
 * "blocked". */
#define TASK_DISPLAY \
  "t.status, a.name, pr.name, s.name, pj.name, coalesce (t.due_date > asg.end_date, 0)"

const LtEntity lt_task_entity = {
  .table = "tasks",
  .alias = "t",
  .from_sql = "tasks t "
              "LEFT JOIN affaires a ON a.id = t.affaire_id "
              "LEFT JOIN assignments asg ON asg.id = t.assignment_id "
              "LEFT JOIN steps st ON st.id = t.step_id "
              "LEFT JOIN prestations pr ON pr.id = coalesce (asg.prestation_id, st.prestation_id) "
              "LEFT JOIN staff s ON s.id = t.staff_id "
              "LEFT JOIN projects pj ON pj.id = t.project_id",
  .display_sql = TASK_DISPLAY,
  .get_type = lt_task_get_type,
  .conflict_message = N_("This tâche was changed by someone else; reload it before saving."),
  .not_found_message = N_("This tâche no longer exists: someone else deleted it."),
  .validate = validate_task,
  .search_key = task_search_key,
};

gboolean
lt_store_add_task (LtStore  *self,
                   LtTask   *task,
                   GError  **error)
{
  gint64 id;
  gboolean began;
  gboolean ok;

  g_return_val_if_fail (LT_IS_TASK (task), FALSE);

  if (!lt_store_op_begin (self, FALSE, &began, error))
    return FALSE;
  ok = lt_store_row_add (self, &lt_task_entity, G_OBJECT (task), error);
  id = lt_task_get_id (task);
  if (!ok || !lt_store_task_status_refresh (self, &id, 1, error))
    {
      lt_store_op_rollback (self, began);
      return FALSE;
    }

  return lt_store_op_commit (self, began, error);
}

/**
 * lt_store_get_task:
 *
 * Returns: (transfer full): the task with its status and display names, or
 *   %NULL (LT_ERROR_NOT_FOUND)
 */
LtTask *
lt_store_get_task (LtStore  *self,
                   gint64    id,
                   GError  **error)
{
  return lt_store_row_get (self, &lt_task_entity, id, error);
}

/* A task's successors derive their status from it: they changed too. */
static GArray *
get_successors (LtStore *self,
                gint64   task_id)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = lt_store_prepare (self, "SELECT to_task_id FROM task_links WHERE from_task_id = ? ORDER BY to_task_id", NULL);
  if (stmt == NULL)
    return ids;
  sqlite3_bind_int64 (stmt, 1, task_id);
  while (lt_store_step (self, stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  return ids;
}

/* Its successors whose status changed are notified by the refresh. */
gboolean
lt_store_update_task (LtStore  *self,
                      LtTask   *task,
                      GError  **error)
{
  gint64 id;
  gboolean began;

  g_return_val_if_fail (LT_IS_TASK (task), FALSE);

  if (!lt_store_op_begin (self, FALSE, &began, error))
    return FALSE;
  id = lt_task_get_id (task);
  if (!lt_store_row_update (self, &lt_task_entity, G_OBJECT (task), error) ||
      !lt_store_task_status_refresh (self, &id, 1, error))
    {
      lt_store_op_rollback (self, began);
      return FALSE;
    }

  return lt_store_op_commit (self, began, error);
}

gboolean
lt_store_delete_task (LtStore  *self,
                      gint64    id,
                      gint64    revision,
                      GError  **error)
{
  g_autoptr(GArray) successors = NULL;
  gboolean began;

  if (!lt_store_op_begin (self, FALSE, &began, error))
    return FALSE;
  successors = get_successors (self, id);
  if (!lt_store_row_delete (self, &lt_task_entity, id, revision, error) ||
      !lt_store_task_status_refresh_others (self, (const gint64 *) (gpointer) successors->data, successors->len,
                                            error))
    {
      lt_store_op_rollback (self, began);
      return FALSE;
    }

  return lt_store_op_commit (self, began, error);
}

/* task links */

gboolean
lt_store_add_task_link (LtStore  *self,
                        gint64    from_task_id,
                        gint64    to_task_id,
                        int       lag_days,
                        gint64   *out_id,
                        GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 id;
  gboolean began;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (from_task_id == to_task_id)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_SELF_LINK,
                   _("A tâche cannot depend on itself: choose another tâche to link to."));
      return FALSE;
    }
  if (lag_days < 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NEGATIVE_DELAY,
                   _("A lag cannot be negative: type a number of working days of 0 or more."));
      return FALSE;
    }

  if (!lt_store_op_begin (self, FALSE, &began, error))
    return FALSE;

  stmt = lt_store_prepare (self,
                           "INSERT INTO task_links (from_task_id, to_task_id, lag_days) "
                           "VALUES (?, ?, ?)",
                           error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, from_task_id);
  sqlite3_bind_int64 (stmt, 2, to_task_id);
  sqlite3_bind_int (stmt, 3, lag_days);
  rc = lt_store_step (self, stmt);
  /* The UNIQUE (from, to) constraint finds the duplicate: no query before. */
  if (rc == SQLITE_CONSTRAINT_UNIQUE)
    {
      sqlite3_reset (stmt);
      g_set_error (error, LT_ERROR, LT_ERROR_DUPLICATE_LINK,
                   _("These two tâches are already linked: the dependency exists."));
      goto failed;
    }
  if (!lt_store_check_step (self, rc, error))
    {
      sqlite3_reset (stmt);
      goto failed;
    }
  sqlite3_reset (stmt);
  id = sqlite3_last_insert_rowid (lt_store_get_db (self));

  /* The successor's status may change with its new predecessor. */
  if (!lt_store_task_status_refresh (self, &to_task_id, 1, error))
    goto failed;
  lt_store_notify (self, "task_links", id, LT_STORE_CHANGE_INSERT);
  lt_store_notify (self, "tasks", to_task_id, LT_STORE_CHANGE_UPDATE);
  if (!lt_store_op_commit (self, began, error))
    return FALSE;

  if (out_id != NULL)
    *out_id = id;

  return TRUE;

failed:
  lt_store_op_rollback (self, began);
  return FALSE;
}

gboolean
lt_store_get_task_link (LtStore  *self,
                        gint64    id,
                        gint64   *from_task_id,
                        gint64   *to_task_id,
                        int      *lag_days,
                        GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  stmt = lt_store_prepare (self, "SELECT from_task_id, to_task_id, lag_days FROM task_links WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = lt_store_step (self, stmt);
  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                           _("This dependency between tâches no longer exists: someone else deleted it."));
      return FALSE;
    }
  if (!lt_store_check_step (self, rc, error))
    {
      sqlite3_reset (stmt);
      return FALSE;
    }

  if (from_task_id != NULL)
    *from_task_id = sqlite3_column_int64 (stmt, 0);
  if (to_task_id != NULL)
    *to_task_id = sqlite3_column_int64 (stmt, 1);
  if (lag_days != NULL)
    *lag_days = sqlite3_column_int (stmt, 2);
  sqlite3_reset (stmt);

  return TRUE;
}

gboolean
lt_store_delete_task_link (LtStore  *self,
                           gint64    id,
                           GError  **error)
{
  gint64 to_task_id = 0;
  sqlite3_stmt *stmt;
  gboolean began;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_op_begin (self, FALSE, &began, error))
    return FALSE;

  if (!lt_store_get_task_link (self, id, NULL, &to_task_id, NULL, error) ||
      (stmt = lt_store_prepare (self, "DELETE FROM task_links WHERE id = ?", error)) == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!lt_store_check_step (self, lt_store_step (self, stmt), error))
    {
      sqlite3_reset (stmt);
      goto failed;
    }
  sqlite3_reset (stmt);
  if (!lt_store_task_status_refresh (self, &to_task_id, 1, error))
    goto failed;

  lt_store_notify (self, "task_links", id, LT_STORE_CHANGE_DELETE);
  lt_store_notify (self, "tasks", to_task_id, LT_STORE_CHANGE_UPDATE);

  return lt_store_op_commit (self, began, error);

failed:
  lt_store_op_rollback (self, began);
  return FALSE;
}

/**
 * lt_store_get_task_link_ids:
 *
 * Returns: (transfer full) (element-type gint64): link ids, or %NULL with
 *   @error set
 */
GArray *
lt_store_get_task_link_ids (LtStore   *self,
                            gint64     task_id,
                            gboolean   as_predecessor,
                            GError   **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  stmt = lt_store_prepare (self,
                           as_predecessor
                             ? "SELECT id FROM task_links WHERE from_task_id = ? ORDER BY id"
                             : "SELECT id FROM task_links WHERE to_task_id = ? ORDER BY id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, task_id);
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return NULL;

  return g_steal_pointer (&ids);
}

/* lists */

/**
 * lt_store_list_projects:
 *
 * Returns: (transfer full): a lazy list of LtProject
 */
GListModel *
lt_store_list_projects (LtStore *self,
                        gint64   affaire_id)
{
  static const char * const dependencies[] = { "affaires", NULL };

  return lt_store_row_list (self, &lt_project_entity,
                            "SELECT id FROM projects WHERE (?1 = 0 OR affaire_id = ?1) "
                            "ORDER BY start_date DESC, id DESC",
                            g_variant_new ("(x)", affaire_id), dependencies);
}

/**
 * lt_store_list_assignments:
 *
 * Returns: (transfer full): a lazy list of LtAssignment
 */
GListModel *
lt_store_list_assignments (LtStore *self,
                           gint64   project_id)
{
  static const char * const dependencies[] = { "projects", "affaires", NULL };

  return lt_store_row_list (self, &lt_assignment_entity,
                            "SELECT id FROM assignments WHERE project_id = ?1 ORDER BY start_date, id",
                            g_variant_new ("(x)", project_id), dependencies);
}

/**
 * lt_store_list_tasks:
 *
 * Returns: (transfer full): a lazy list of LtTask, by due date
 */
GListModel *
lt_store_list_tasks (LtStore    *self,
                     gint64      affaire_id,
                     gint64      project_id,
                     gint64      staff_id,
                     const char *search)
{
  /* The status and the names shown come from these tables. */
  static const char * const dependencies[] = {
    "task_links", "affaires", "staff", "projects", "assignments", "prestations", NULL
  };
  g_autofree char *pattern = lt_store_search_pattern (search);
  g_autofree char *sql = lt_store_compose_query ("SELECT id FROM tasks", "ORDER BY due_date, id", 4,
                                                 affaire_id != 0 ? "affaire_id = ?1" : NULL,
                                                 project_id != 0 ? "project_id = ?2" : NULL,
                                                 staff_id != 0 ? "staff_id = ?3" : NULL,
                                                 pattern != NULL
                                                   ? "search_key LIKE '%' || ?4 || '%' ESCAPE '\\'"
                                                   : NULL);

  return lt_store_row_list (self, &lt_task_entity, sql,
                            g_variant_new ("(xxxms)", affaire_id, project_id, staff_id, pattern),
                            dependencies);
}
