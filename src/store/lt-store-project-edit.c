/* lt-store-project-edit.c: a saved project edited: only the difference applied, in one transaction */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-project-diff.h"
#include "lt-project-rules.h"
#include "lt-store-project-edit.h"
#include "lt-store-cross-links-private.h"
#include "lt-store-project-plan-private.h"
#include "lt-store-task-status-private.h"

static void
move_clear (gpointer data)
{
  LtProjectTaskMove *m = data;

  g_clear_pointer (&m->title, g_free);
}

void
lt_project_edit_free (LtProjectEdit *edit)
{
  if (edit == NULL)
    return;

  g_clear_pointer (&edit->diff, g_array_unref);
  g_clear_pointer (&edit->moves, g_array_unref);
  g_free (edit->client_name);
  g_free (edit);
}

/**
 * lt_project_edit_to_string:
 *
 * Returns: (transfer full): « 4 tasks created, 2 deleted, 3 moved »
 */
char *
lt_project_edit_to_string (LtProjectEdit *edit)
{
  g_return_val_if_fail (edit != NULL, NULL);

  return lt_project_rules_edit_summary (edit->n_created, edit->n_deleted, edit->moves->len, edit->client_name);
}

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

/* ---- what the rules need ------------------------------------------------ */

typedef struct {
  char *client_name;
  char *closing;
} Context;

static void
context_clear (Context *ctx)
{
  g_clear_pointer (&ctx->client_name, g_free);
  g_clear_pointer (&ctx->closing, g_free);
}

static gboolean
read_context (LtStore    *self,
              LtProject  *project,
              Context    *ctx,
              GError    **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *staff_name = NULL;
  gboolean staff_active = FALSE;
  int rc;

  if (!(stmt = lt_store_prepare (self, "SELECT name, fiscal_year_end FROM affaires WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_project_get_affaire_id (project));
  if ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      ctx->client_name = lt_store_column_text (stmt, 0);
      ctx->closing = lt_store_column_text (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  if (!(stmt = lt_store_prepare (self, "SELECT name, active FROM staff WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_project_get_staff_id (project));
  if ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      staff_name = lt_store_column_text (stmt, 0);
      staff_active = sqlite3_column_int (stmt, 1) != 0;
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  return lt_project_rules_check_project (lt_project_get_name (project), lt_project_get_start_date (project),
                                         lt_project_get_end_date (project), error) &&
         lt_project_rules_check_staff_chosen (staff_name != NULL ? lt_project_get_staff_id (project) : 0, error) &&
         lt_project_rules_check_staff (staff_name, staff_active, error);
}

/* The prestation's name, or a NOT_FOUND error naming the fix (an edit and
 * its warnings). */
char *
lt_store_project_prestation_name (LtStore  *self,
                                  gint64    prestation_id,
                                  GError  **error)
{
  sqlite3_stmt *stmt;
  char *name = NULL;
  int rc;

  if (!(stmt = lt_store_prepare (self, "SELECT name FROM prestations WHERE id = ?", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, prestation_id);
  if ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    name = lt_store_column_text (stmt, 0);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return NULL;
  if (name == NULL)
    g_set_error_literal (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                         _("This prestation no longer exists in the catalogue: remove it from the project."));

  return name;
}

static gboolean
check_assignments (LtStore    *self,
                   LtProject  *project,
                   GPtrArray  *assignments,
                   int        *failed_index,
                   GError    **error)
{
  for (guint i = 0; i < assignments->len; i++)
    {
      LtAssignment *a = g_ptr_array_index (assignments, i);
      g_autofree char *name = lt_store_project_prestation_name (self, lt_assignment_get_prestation_id (a), error);

      if (name == NULL ||
          !lt_project_rules_check_assignment (name, lt_project_get_start_date (project), lt_project_get_end_date (project),
                                              lt_assignment_get_start_date (a), lt_assignment_get_end_date (a),
                                              lt_assignment_get_price_cents (a), error))
        {
          if (failed_index != NULL)
            *failed_index = i;
          return FALSE;
        }
    }

  return TRUE;
}

/* ---- the writes --------------------------------------------------------- */

static gboolean
update_project (LtStore    *self,
                LtProject  *project,
                LtProject  *stored,
                GError    **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *name = g_strstrip (g_strdup (lt_project_get_name (project)));

  if (lt_project_get_revision (project) != lt_project_get_revision (stored))
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_CONFLICT,
                           _("Someone else changed this project meanwhile: reopen it to see their changes."));
      return FALSE;
    }

  if (!(stmt = lt_store_prepare (self,
                                 "UPDATE projects SET name = ?, start_date = ?, end_date = ?, staff_id = ?,"
                                 " revision = revision + 1 WHERE id = ?", error)))
    return FALSE;
  lt_store_bind_text (stmt, 1, name);
  lt_store_bind_text (stmt, 2, lt_project_get_start_date (project));
  lt_store_bind_text (stmt, 3, lt_project_get_end_date (project));
  lt_store_bind_id (stmt, 4, lt_project_get_staff_id (project));
  sqlite3_bind_int64 (stmt, 5, lt_project_get_id (project));
  if (!run (self, stmt, error))
    return FALSE;
  lt_project_set_revision (project, lt_project_get_revision (project) + 1);
  lt_project_set_generated (project, TRUE);
  lt_store_notify (self, "projects", lt_project_get_id (project), LT_STORE_CHANGE_UPDATE);

  if (lt_project_get_staff_id (project) == lt_project_get_staff_id (stored))
    return TRUE;

  /* the open tasks go to the new intervenant; finished ones keep who did them */
  if (!(stmt = lt_store_prepare (self,
                                 "UPDATE tasks SET staff_id = ?, revision = revision + 1 WHERE project_id = ?"
                                 " AND done_on IS NULL AND answered_on IS NULL RETURNING id", error)))
    return FALSE;
  lt_store_bind_id (stmt, 1, lt_project_get_staff_id (project));
  sqlite3_bind_int64 (stmt, 2, lt_project_get_id (project));
  {
    int rc;

    while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
      lt_store_notify (self, "tasks", sqlite3_column_int64 (stmt, 0), LT_STORE_CHANGE_UPDATE);
    sqlite3_reset (stmt);
    return lt_store_check_step (self, rc, error);
  }
}

static gboolean
write_assignment (LtStore       *self,
                  LtAssignment  *a,
                  gboolean       insert,
                  GError       **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = lt_store_prepare (self, insert
                                 ? "INSERT INTO assignments (project_id, prestation_id, start_date, end_date, price_cents, id)"
                                   " VALUES (?, ?, ?, ?, ?, NULL)"
                                 : "UPDATE assignments SET project_id = ?, prestation_id = ?, start_date = ?, end_date = ?,"
                                   " price_cents = ?, revision = revision + 1 WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_assignment_get_project_id (a));
  sqlite3_bind_int64 (stmt, 2, lt_assignment_get_prestation_id (a));
  lt_store_bind_text (stmt, 3, lt_assignment_get_start_date (a));
  lt_store_bind_text (stmt, 4, lt_assignment_get_end_date (a));
  sqlite3_bind_int64 (stmt, 5, lt_assignment_get_price_cents (a));
  if (!insert)
    sqlite3_bind_int64 (stmt, 6, lt_assignment_get_id (a));
  if (!run (self, stmt, error))
    return FALSE;

  if (insert)
    {
      lt_assignment_set_id (a, sqlite3_last_insert_rowid (lt_store_get_db (self)));
      lt_assignment_set_revision (a, 1);
    }
  lt_store_notify (self, "assignments", lt_assignment_get_id (a),
                   insert ? LT_STORE_CHANGE_INSERT : LT_STORE_CHANGE_UPDATE);

  return TRUE;
}

/* One stored task of an assignment. */
typedef struct {
  gint64      id;
  gint64      step_id;
  char       *period;
  char       *title;
  char       *start;
  char       *due;
  gboolean    started;    /* done or answered */
  gboolean    request_unsent;
  gboolean    matched;
} Stored;

static void
stored_clear (gpointer data)
{
  Stored *s = data;

  g_free (s->period);
  g_free (s->title);
  g_free (s->start);
  g_free (s->due);
}

static GArray *
read_tasks (LtStore  *self,
            gint64    assignment_id,
            GError  **error)
{
  g_autoptr(GArray) tasks = g_array_new (FALSE, TRUE, sizeof (Stored));
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (tasks, stored_clear);
  if (!(stmt = lt_store_prepare (self,
                                 "SELECT id, step_id, period, title, start_date, due_date,"
                                 " done_on IS NOT NULL OR answered_on IS NOT NULL, kind = 'request' AND sent_on IS NULL"
                                 " FROM tasks WHERE assignment_id = ? ORDER BY due_date, id", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, assignment_id);
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      Stored s = {
        .id = sqlite3_column_int64 (stmt, 0),
        .step_id = sqlite3_column_int64 (stmt, 1),
        .period = lt_store_column_text (stmt, 2),
        .title = lt_store_column_text (stmt, 3),
        .start = lt_store_column_text (stmt, 4),
        .due = lt_store_column_text (stmt, 5),
        .started = sqlite3_column_int (stmt, 6) != 0,
        .request_unsent = sqlite3_column_int (stmt, 7) != 0,
      };
      g_array_append_val (tasks, s);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return NULL;

  return g_steal_pointer (&tasks);
}

static gboolean
delete_task (LtStore       *self,
             gint64         id,
             LtProjectEdit *edit,
             GError       **error)
{
  g_autoptr(GArray) outside = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  /* its successors, whose status may change once it is gone */
  if (!(stmt = lt_store_prepare (self, "SELECT to_task_id FROM task_links WHERE from_task_id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      gint64 successor = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (outside, successor);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error) ||
      !(stmt = lt_store_prepare (self, "DELETE FROM tasks WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!run (self, stmt, error))
    return FALSE;
  lt_store_notify (self, "tasks", id, LT_STORE_CHANGE_DELETE);
  edit->n_deleted++;

  return lt_store_task_status_refresh_others (self, (const gint64 *) (gpointer) outside->data, outside->len, error);
}

/* Removed: its tasks go if none is started, then the assignment. */
static gboolean
remove_assignment (LtStore       *self,
                   LtAssignment  *a,
                   LtProjectEdit *edit,
                   GError       **error)
{
  g_autoptr(GArray) tasks = read_tasks (self, lt_assignment_get_id (a), error);
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;

  if (tasks == NULL || !(name = lt_store_project_prestation_name (self, lt_assignment_get_prestation_id (a), error)))
    return FALSE;
  for (guint i = 0; i < tasks->len; i++)
    if (!lt_project_rules_check_removable (name, g_array_index (tasks, Stored, i).started
                                           ? g_array_index (tasks, Stored, i).title : NULL, error))
      return FALSE;

  for (guint i = 0; i < tasks->len; i++)
    if (!delete_task (self, g_array_index (tasks, Stored, i).id, edit, error))
      return FALSE;

  if (!(stmt = lt_store_prepare (self, "DELETE FROM assignments WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_assignment_get_id (a));
  if (!run (self, stmt, error))
    return FALSE;
  lt_store_notify (self, "assignments", lt_assignment_get_id (a), LT_STORE_CHANGE_DELETE);

  return TRUE;
}

static int
compare_moves (gconstpointer a,
               gconstpointer b)
{
  const LtProjectTaskMove *ma = a, *mb = b;
  int c = g_date_compare (&ma->new_due, &mb->new_due);

  return c != 0 ? c : (ma->task_id > mb->task_id) - (ma->task_id < mb->task_id);
}

/* Appends a copy of planned task @p to @plan for assignment @index. */
static void
copy_planned (Plan          *plan,
              const Planned *p,
              guint          index)
{
  Planned copy = *p;

  copy.assignment = index;
  copy.title = g_strdup (p->title);
  copy.period = g_strdup (p->period);
  copy.search_key = g_strdup (p->search_key);
  copy.period_title = g_strdup (p->period_title);
  g_array_append_val (plan->tasks, copy);
}

/* Moved: re-planned over its new dates. A task of the same step and
 * period keeps its id and takes the new dates (a started one keeps its
 * own); a chain the new dates add is created; a task they leave out is
 * deleted, refused when started. */
static gboolean
move_assignment (LtStore       *self,
                 LtAssignment  *a,
                 guint          index,
                 Context       *ctx,
                 Plan          *plan,
                 LtProjectEdit *edit,
                 GError       **error)
{
  g_autoptr(GArray) tasks = read_tasks (self, lt_assignment_get_id (a), error);
  g_autoptr(GArray) map = NULL;
  g_autofree char *name = NULL;
  Plan fresh;
  gboolean ok = FALSE;

  if (tasks == NULL || !(name = lt_store_project_prestation_name (self, lt_assignment_get_prestation_id (a), error)))
    return FALSE;

  lt_store_plan_init (&fresh);
  if (!lt_store_plan_assignment (self, a, 0, ctx->client_name, ctx->closing, &fresh, error))
    goto out;

  map = g_array_sized_new (FALSE, FALSE, sizeof (guint), fresh.tasks->len);
  for (guint i = 0; i < fresh.tasks->len; i++)
    {
      const Planned *p = &g_array_index (fresh.tasks, Planned, i);
      Stored *match = NULL;
      guint to = G_MAXUINT;

      for (guint j = 0; j < tasks->len && match == NULL; j++)
        {
          Stored *s = &g_array_index (tasks, Stored, j);

          if (!s->matched && s->step_id == p->step_id && g_strcmp0 (s->period, p->period) == 0)
            match = s;
        }

      if (match == NULL)
        {
          to = plan->tasks->len;
          copy_planned (plan, p, index);
        }
      else
        {
          g_autofree char *start = lt_date_to_iso (&p->start);
          g_autofree char *due = lt_date_to_iso (&p->due);
          sqlite3_stmt *stmt;

          match->matched = TRUE;
          if (!match->started && (g_strcmp0 (start, match->start) != 0 || g_strcmp0 (due, match->due) != 0))
            {
              LtProjectTaskMove m = { match->id, g_strdup (match->title) };

              lt_date_from_iso (match->due, &m.old_due);
              m.new_due = p->due;
              g_array_append_val (edit->moves, m);

              if (!(stmt = lt_store_prepare (self,
                                             "UPDATE tasks SET start_date = ?1, due_date = ?2,"
                                             " send_on = CASE WHEN ?3 THEN ?1 ELSE send_on END,"
                                             " revision = revision + 1 WHERE id = ?4", error)))
                goto out;
              sqlite3_bind_text (stmt, 1, start, -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (stmt, 2, due, -1, SQLITE_TRANSIENT);
              sqlite3_bind_int (stmt, 3, match->request_unsent);
              sqlite3_bind_int64 (stmt, 4, match->id);
              if (!run (self, stmt, error))
                goto out;
              lt_store_notify (self, "tasks", match->id, LT_STORE_CHANGE_UPDATE);
            }
        }
      g_array_append_val (map, to);
    }

  /* the links of the chains created, between their own tasks */
  for (guint i = 0; i < fresh.links->len; i++)
    {
      const PlannedLink *l = &g_array_index (fresh.links, PlannedLink, i);
      PlannedLink copy = { g_array_index (map, guint, l->from), g_array_index (map, guint, l->to), l->lag };

      if (copy.from != G_MAXUINT && copy.to != G_MAXUINT)
        g_array_append_val (plan->links, copy);
    }

  /* what the new dates leave out */
  for (guint j = 0; j < tasks->len; j++)
    {
      Stored *s = &g_array_index (tasks, Stored, j);

      if (s->matched)
        continue;
      if (!lt_project_rules_check_removable (name, s->started ? s->title : NULL, error) ||
          !delete_task (self, s->id, edit, error))
        goto out;
    }

  ok = TRUE;

out:
  lt_store_plan_clear (&fresh);
  return ok;
}

/* Everything, inside the caller's transaction. */
static LtProjectEdit *
edit_project (LtStore    *self,
              LtProject  *project,
              GPtrArray  *assignments,
              int        *failed_index,
              GError    **error)
{
  g_autoptr(LtProjectEdit) edit = g_new0 (LtProjectEdit, 1);
  g_autoptr(LtProject) stored = NULL;
  g_autoptr(GPtrArray) stored_assignments = NULL;
  g_autoptr(GPtrArray) written = g_ptr_array_new ();
  g_autofree char *today = lt_date_today ();
  Context ctx = { 0 };
  Plan plan;
  gboolean ok = FALSE;

  edit->moves = g_array_new (FALSE, TRUE, sizeof (LtProjectTaskMove));
  g_array_set_clear_func (edit->moves, move_clear);
  lt_store_plan_init (&plan);

  if (!(stored = lt_store_project_load (self, lt_project_get_id (project), error)) ||
      !read_context (self, project, &ctx, error) ||
      !check_assignments (self, project, assignments, failed_index, error) ||
      !(stored_assignments = lt_store_project_list_assignments (self, lt_project_get_id (project), error)) ||
      !(edit->diff = lt_project_diff_assignments (stored_assignments, assignments, error)))
    goto out;
  if (!lt_project_get_generated (stored))
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_CONFLICT,
                           _("The tasks of this project are not created yet: save the project to create them."));
      goto out;
    }
  edit->client_name = g_strdup (ctx.client_name);

  if (!update_project (self, project, stored, error))
    goto out;

  for (guint i = 0; i < edit->diff->len; i++)
    {
      const LtAssignmentDiff *d = &g_array_index (edit->diff, LtAssignmentDiff, i);
      LtAssignment *a = d->new_index != G_MAXUINT ? g_ptr_array_index (assignments, d->new_index) : NULL;

      if (a != NULL)
        lt_assignment_set_project_id (a, lt_project_get_id (project));

      switch (d->change)
        {
        case LT_ASSIGNMENT_KEPT:
          break;
        case LT_ASSIGNMENT_REPRICED:
          if (!write_assignment (self, a, FALSE, error))
            goto out;
          break;
        case LT_ASSIGNMENT_REMOVED:
          if (!remove_assignment (self, g_ptr_array_index (stored_assignments, d->old_index), edit, error))
            goto out;
          break;
        case LT_ASSIGNMENT_MOVED:
          g_ptr_array_add (written, a);
          if (!write_assignment (self, a, FALSE, error) ||
              !move_assignment (self, a, written->len - 1, &ctx, &plan, edit, error))
            {
              if (failed_index != NULL)
                *failed_index = d->new_index;
              goto out;
            }
          break;
        case LT_ASSIGNMENT_ADDED:
          g_ptr_array_add (written, a);
          if (!write_assignment (self, a, TRUE, error) ||
              !lt_store_plan_assignment (self, a, written->len - 1, ctx.client_name, ctx.closing, &plan, error))
            {
              if (failed_index != NULL)
                *failed_index = d->new_index;
              goto out;
            }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (plan.tasks->len > 0)
    {
      sqlite3_stmt *stmt;

      /* lt_store_plan_write() writes the tasks of a project it marks
       * generated; this one already is: it is marked again in the same
       * transaction, its revision bumped once more */
      if (!(stmt = lt_store_prepare (self, "UPDATE projects SET generated = 0 WHERE id = ?", error)))
        goto out;
      sqlite3_bind_int64 (stmt, 1, lt_project_get_id (project));
      /* issue 14: the chains created here are joined by the links across
       * prestations among themselves before they are written … */
      if (!run (self, stmt, error) ||
          !lt_store_plan_cross_links (self, project, written, &plan, error) ||
          !lt_store_plan_write (self, project, written, &plan, today, error))
        goto out;
      edit->n_created = plan.tasks->len;
    }
  /* … then, with the links drawn in the editor saved as with a first save,
   * to the chains the edit kept or moved */
  if (!lt_store_project_links_write (self, project, error) ||
      !lt_store_project_cross_links_apply (self, lt_project_get_id (project), error))
    goto out;

  g_array_sort (edit->moves, compare_moves);
  ok = TRUE;

out:
  context_clear (&ctx);
  lt_store_plan_clear (&plan);
  return ok ? g_steal_pointer (&edit) : NULL;
}

static LtProjectEdit *
edit_in_transaction (LtStore    *self,
                     LtProject  *project,
                     GPtrArray  *assignments,
                     int        *failed_index,
                     gboolean    keep,
                     GError    **error)
{
  LtProjectEdit *edit;
  gint64 old_revision = lt_project_get_revision (project);
  g_autofree gint64 *old_ids = g_new0 (gint64, assignments->len + 1);

  g_return_val_if_fail (LT_IS_STORE (self), NULL);
  g_return_val_if_fail (LT_IS_PROJECT (project), NULL);
  g_return_val_if_fail (assignments != NULL, NULL);

  if (failed_index != NULL)
    *failed_index = -1;
  for (guint i = 0; i < assignments->len; i++)
    old_ids[i] = lt_assignment_get_id (g_ptr_array_index (assignments, i));

  if (!lt_store_begin (self, error))
    return NULL;

  edit = edit_project (self, project, assignments, failed_index, error);
  if (edit != NULL && keep && lt_store_commit (self, error))
    return edit;

  if (edit != NULL && keep)
    g_clear_pointer (&edit, lt_project_edit_free);   /* the commit failed */
  else
    lt_store_rollback (self);

  /* nothing was stored: the objects say so again */
  lt_project_set_revision (project, old_revision);
  for (guint i = 0; i < assignments->len; i++)
    lt_assignment_set_id (g_ptr_array_index (assignments, i), old_ids[i]);

  return edit;
}

/**
 * lt_store_project_edit_preview:
 *
 * What lt_store_project_edit_apply() would do, worked out inside a
 * transaction that is rolled back: nothing is stored, nothing notified.
 *
 * Returns: (transfer full): the edit, or %NULL with the refusal
 */
LtProjectEdit *
lt_store_project_edit_preview (LtStore    *self,
                               LtProject  *project,
                               GPtrArray  *assignments,
                               int        *failed_index,
                               GError    **error)
{
  return edit_in_transaction (self, project, assignments, failed_index, FALSE, error);
}

/**
 * lt_store_project_edit_apply:
 * @project: a saved project whose tasks exist, at the revision read
 * @assignments: (element-type LtAssignment): every prestation it keeps
 *   (with the id read) or gains (id 0)
 * @failed_index: (out) (optional): the assignment refused, or -1
 *
 * Applies only the difference with what is stored, in one transaction:
 * the chains of a new assignment are created; a removed one's tasks are
 * deleted, refused while one is done or answered; a moved one's tasks are
 * rescheduled over its new dates. On any refusal or failure nothing is
 * stored.
 *
 * Returns: (transfer full): what was done, or %NULL
 */
LtProjectEdit *
lt_store_project_edit_apply (LtStore    *self,
                             LtProject  *project,
                             GPtrArray  *assignments,
                             int        *failed_index,
                             GError    **error)
{
  return edit_in_transaction (self, project, assignments, failed_index, TRUE, error);
}
