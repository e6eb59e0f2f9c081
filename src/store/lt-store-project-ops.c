/* lt-store-project-ops.c: save a project and generate its tasks in one transaction; task and demande operations */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-project-diff.h"
#include "lt-project-rules.h"
#include "lt-store-document-ops.h"
#include "lt-store-project-ops.h"
#include "lt-store-cross-links-private.h"
#include "lt-store-project-plan-private.h"
#include "lt-store-task-status-private.h"
#include "lt-store-tasks-private.h"
#include "lt-text.h"
#include "lt-working-days.h"

void
lt_project_outcome_free (LtProjectOutcome *outcome)
{
  if (outcome == NULL)
    return;

  g_free (outcome->client_name);
  g_clear_pointer (&outcome->workload_tasks, g_array_unref);
  g_free (outcome);
}

/**
 * lt_project_outcome_to_string:
 *
 * Returns: (transfer full): « 14 tâches créées, 3 demandes envoyées à Dupont SARL ».
 */
char *
lt_project_outcome_to_string (LtProjectOutcome *outcome)
{
  g_return_val_if_fail (outcome != NULL, NULL);

  return lt_project_rules_generated_summary (outcome->n_tasks, outcome->n_requests, outcome->client_name);
}

/* Steps @stmt to its end. */
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

static sqlite3_stmt *
prepare (LtStore     *self,
         const char  *sql,
         GError     **error)
{
  return lt_store_prepare (self, sql, error);
}

/* ---- reading what the rules need ---------------------------------------- */

typedef struct {
  char           *client_name;
  LtAffaireState  state;
  char           *staff_name;
  gboolean        staff_active;
  char           *closing;       /* the client's clôture, MM-DD */
} ProjectContext;

static void
project_context_clear (ProjectContext *ctx)
{
  g_clear_pointer (&ctx->client_name, g_free);
  g_clear_pointer (&ctx->staff_name, g_free);
  g_clear_pointer (&ctx->closing, g_free);
}

static gboolean
read_project_context (LtStore         *self,
                      LtProject       *project,
                      ProjectContext  *ctx,
                      GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  memset (ctx, 0, sizeof *ctx);

  if (!(stmt = prepare (self, "SELECT name, state, fiscal_year_end FROM affaires WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_project_get_affaire_id (project));
  rc = lt_store_step (self, stmt);
  if (rc != SQLITE_ROW)
    {
      if (lt_store_check_step (self, rc, error) &&
          !lt_store_set_never_existed_error (self, "affaires", lt_project_get_affaire_id (project), error))
        g_set_error_literal (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                             _("The client of this project no longer exists: choose another one."));
      return FALSE;
    }
  ctx->client_name = lt_store_column_text (stmt, 0);
  ctx->state = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "client") == 0
               ? LT_AFFAIRE_STATE_CLIENT : LT_AFFAIRE_STATE_PROSPECT;
  ctx->closing = lt_store_column_text (stmt, 2);
  sqlite3_reset (stmt);

  ctx->staff_active = TRUE;
  if (lt_project_get_staff_id (project) != 0)
    {
      if (!(stmt = prepare (self, "SELECT name, active FROM staff WHERE id = ?", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, lt_project_get_staff_id (project));
      rc = lt_store_step (self, stmt);
      if (rc != SQLITE_ROW)
        {
          if (lt_store_check_step (self, rc, error) &&
              !lt_store_set_never_existed_error (self, "staff", lt_project_get_staff_id (project), error))
            g_set_error_literal (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                                 _("The intervenant of this project no longer exists: choose another one."));
          return FALSE;
        }
      ctx->staff_name = lt_store_column_text (stmt, 0);
      ctx->staff_active = sqlite3_column_int (stmt, 1) != 0;
      sqlite3_reset (stmt);
    }

  return TRUE;
}

/* issue 13: a client exists through its first signed letter, in Lettrine
 * or recorded outside it (lt_document_rules_check_client_letter()). */
static gboolean
check_client_letter (LtStore  *self,
                     gint64    affaire_id,
                     GError  **error)
{
  g_autoptr(LtAffaire) affaire = NULL;
  g_autoptr(GPtrArray) docs = NULL;

  return (affaire = lt_store_load_affaire (self, affaire_id, error)) != NULL &&
         (docs = lt_store_load_affaire_documents (self, affaire_id, error)) != NULL &&
         lt_document_rules_check_client_letter (affaire, docs, error);
}

static gboolean
check_project (LtStore         *self,
               LtProject       *project,
               ProjectContext  *ctx,
               GError         **error)
{
  if (!lt_project_rules_check_project (lt_project_get_name (project),
                                       lt_project_get_start_date (project),
                                       lt_project_get_end_date (project),
                                       error))
    return FALSE;

  if (!read_project_context (self, project, ctx, error))
    return FALSE;

  return lt_project_rules_check_client (ctx->client_name, ctx->state, error) &&
         check_client_letter (self, lt_project_get_affaire_id (project), error) &&
         lt_project_rules_check_staff (ctx->staff_name, ctx->staff_active, error);
}

static gboolean
check_assignment (LtStore       *self,
                  LtProject     *project,
                  LtAssignment  *assignment,
                  GError       **error)
{
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = prepare (self, "SELECT name FROM prestations WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_assignment_get_prestation_id (assignment));
  rc = lt_store_step (self, stmt);
  if (rc != SQLITE_ROW)
    {
      if (lt_store_check_step (self, rc, error))
        g_set_error_literal (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                             _("This prestation no longer exists in the catalogue: remove it from the project."));
      return FALSE;
    }
  name = lt_store_column_text (stmt, 0);
  sqlite3_reset (stmt);

  return lt_project_rules_check_assignment (name,
                                            lt_project_get_start_date (project),
                                            lt_project_get_end_date (project),
                                            lt_assignment_get_start_date (assignment),
                                            lt_assignment_get_end_date (assignment),
                                            lt_assignment_get_price_cents (assignment),
                                            error);
}

/* ---- projects ----------------------------------------------------------- */

/**
 * lt_store_project_load:
 *
 * Returns: (transfer full): the project, or %NULL with %LT_ERROR_NOT_FOUND.
 */
LtProject *
lt_store_project_load (LtStore  *self,
                       gint64    project_id,
                       GError  **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  rows = lt_store_rows_select (self, &lt_project_entity, "WHERE id = ?1", project_id, error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      if (!lt_store_set_never_existed_error (self, "projects", project_id, error))
        g_set_error_literal (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                             _("This project no longer exists: it may have been deleted meanwhile."));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (rows, 0));
}

/**
 * lt_store_project_list:
 * @affaire_id: a client, or 0 for every project
 *
 * Returns: (transfer full) (element-type LtProject): newest start first.
 */
GPtrArray *
lt_store_project_list (LtStore  *self,
                       gint64    affaire_id,
                       GError  **error)
{
  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  return lt_store_rows_select (self, &lt_project_entity,
                               "WHERE ?1 = 0 OR affaire_id = ?1 ORDER BY start_date DESC, id DESC",
                               affaire_id, error);
}

static gboolean
insert_project (LtStore    *self,
                LtProject  *project,
                GError    **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = prepare (self,
                        "INSERT INTO projects (affaire_id, name, start_date, end_date, staff_id)"
                        " VALUES (?, ?, ?, ?, ?)", error)))
    return FALSE;
  g_autofree char *name = g_strstrip (g_strdup (lt_project_get_name (project)));

  sqlite3_bind_int64 (stmt, 1, lt_project_get_affaire_id (project));
  lt_store_bind_text (stmt, 2, name);
  lt_store_bind_text (stmt, 3, lt_project_get_start_date (project));
  lt_store_bind_text (stmt, 4, lt_project_get_end_date (project));
  lt_store_bind_id (stmt, 5, lt_project_get_staff_id (project));
  if (!run (self, stmt, error))
    return FALSE;

  lt_project_set_id (project, sqlite3_last_insert_rowid (lt_store_get_db (self)));
  lt_project_set_revision (project, 1);
  lt_store_notify (self, "projects", lt_project_get_id (project), LT_STORE_CHANGE_INSERT);

  return TRUE;
}

static gboolean
update_project (LtStore    *self,
                LtProject  *project,
                GError    **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = prepare (self,
                        "UPDATE projects SET name = ?, start_date = ?, end_date = ?, staff_id = ?,"
                        " revision = revision + 1 WHERE id = ? AND revision = ? AND generated = 0", error)))
    return FALSE;
  g_autofree char *name = g_strstrip (g_strdup (lt_project_get_name (project)));

  lt_store_bind_text (stmt, 1, name);
  lt_store_bind_text (stmt, 2, lt_project_get_start_date (project));
  lt_store_bind_text (stmt, 3, lt_project_get_end_date (project));
  lt_store_bind_id (stmt, 4, lt_project_get_staff_id (project));
  sqlite3_bind_int64 (stmt, 5, lt_project_get_id (project));
  sqlite3_bind_int64 (stmt, 6, lt_project_get_revision (project));
  if (!run (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (lt_store_get_db (self)) == 0)
    {
      g_autoptr(LtProject) current = lt_store_project_load (self, lt_project_get_id (project), error);

      if (current == NULL)
        return FALSE;
      if (!lt_project_rules_check_not_generated (lt_project_get_generated (current), error))
        return FALSE;
      g_set_error_literal (error, LT_ERROR, LT_ERROR_CONFLICT,
                           _("Someone else changed this project meanwhile: reopen it to see their changes."));
      return FALSE;
    }

  lt_project_set_revision (project, lt_project_get_revision (project) + 1);
  lt_store_notify (self, "projects", lt_project_get_id (project), LT_STORE_CHANGE_UPDATE);

  return TRUE;
}

/**
 * lt_store_project_create:
 *
 * Adds a project (no task yet) for a client, with an active intervenant;
 * sets its id and revision.
 */
gboolean
lt_store_project_create (LtStore    *self,
                         LtProject  *project,
                         GError    **error)
{
  ProjectContext ctx = { 0 };
  gboolean ok;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (LT_IS_PROJECT (project), FALSE);

  if (!lt_store_begin (self, error))
    return FALSE;

  ok = check_project (self, project, &ctx, error) && insert_project (self, project, error);
  project_context_clear (&ctx);

  if (!ok)
    {
      lt_store_rollback (self);
      return FALSE;
    }

  return lt_store_commit (self, error);
}

static gboolean
insert_assignment (LtStore       *self,
                   LtAssignment  *assignment,
                   GError       **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = prepare (self,
                        "INSERT INTO assignments (project_id, prestation_id, start_date, end_date, price_cents)"
                        " VALUES (?, ?, ?, ?, ?)", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_assignment_get_project_id (assignment));
  sqlite3_bind_int64 (stmt, 2, lt_assignment_get_prestation_id (assignment));
  lt_store_bind_text (stmt, 3, lt_assignment_get_start_date (assignment));
  lt_store_bind_text (stmt, 4, lt_assignment_get_end_date (assignment));
  sqlite3_bind_int64 (stmt, 5, lt_assignment_get_price_cents (assignment));
  if (!run (self, stmt, error))
    return FALSE;

  lt_assignment_set_id (assignment, sqlite3_last_insert_rowid (lt_store_get_db (self)));
  lt_assignment_set_revision (assignment, 1);
  lt_store_notify (self, "assignments", lt_assignment_get_id (assignment), LT_STORE_CHANGE_INSERT);

  return TRUE;
}

/**
 * lt_store_project_assign:
 *
 * Assigns a prestation (the version @assignment names) to a project whose
 * tasks are not generated yet, after the rules of price and dates.
 */
gboolean
lt_store_project_assign (LtStore       *self,
                         LtAssignment  *assignment,
                         GError       **error)
{
  g_autoptr(LtProject) project = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (LT_IS_ASSIGNMENT (assignment), FALSE);

  if (!lt_store_begin (self, error))
    return FALSE;

  project = lt_store_project_load (self, lt_assignment_get_project_id (assignment), error);
  if (project == NULL ||
      !lt_project_rules_check_not_generated (lt_project_get_generated (project), error) ||
      !check_assignment (self, project, assignment, error) ||
      !insert_assignment (self, assignment, error))
    {
      lt_store_rollback (self);
      return FALSE;
    }

  return lt_store_commit (self, error);
}

/**
 * lt_store_project_list_assignments:
 *
 * Returns: (transfer full) (element-type LtAssignment): in the order added.
 */
GPtrArray *
lt_store_project_list_assignments (LtStore  *self,
                                   gint64    project_id,
                                   GError  **error)
{
  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  return lt_store_rows_select (self, &lt_assignment_entity, "WHERE project_id = ?1 ORDER BY id",
                               project_id, error);
}

/* Checks the project and each assignment (reporting which one failed), then
 * plans every task; writes nothing. */
static gboolean
check_and_plan (LtStore         *self,
                LtProject       *project,
                GPtrArray       *assignments,
                int             *failed_index,
                ProjectContext  *ctx,
                Plan            *plan,
                GError         **error)
{
  if (failed_index != NULL)
    *failed_index = -1;

  if (!check_project (self, project, ctx, error) ||
      !lt_project_rules_check_staff_chosen (lt_project_get_staff_id (project), error))
    return FALSE;

  for (guint i = 0; i < assignments->len; i++)
    {
      LtAssignment *a = g_ptr_array_index (assignments, i);

      if (!check_assignment (self, project, a, error) ||
          !lt_store_plan_assignment (self, a, i, ctx->client_name, ctx->closing, plan, error))
        {
          if (failed_index != NULL)
            *failed_index = i;
          return FALSE;
        }
    }

  /* issue 14: steps that wait on steps of another assigned prestation */
  return lt_store_plan_cross_links (self, project, assignments, plan, error);
}

/**
 * lt_store_project_generate:
 *
 * Creates, in one transaction, every task and link of every prestation
 * assigned to the project (at the version assigned), scheduled on working
 * days and given to the project's intervenant; demandes are sent (dated
 * today). All or nothing.
 *
 * Returns: (transfer full): what was created, or %NULL.
 */
LtProjectOutcome *
lt_store_project_generate (LtStore  *self,
                           gint64    project_id,
                           GError  **error)
{
  g_autoptr(LtProject) project = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autofree char *today = lt_date_today ();
  ProjectContext ctx = { 0 };
  Plan plan;
  LtProjectOutcome *outcome = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (!lt_store_begin (self, error))
    return NULL;

  lt_store_plan_init (&plan);
  if ((project = lt_store_project_load (self, project_id, error)) != NULL &&
      lt_project_rules_check_not_generated (lt_project_get_generated (project), error) &&
      (assignments = lt_store_project_list_assignments (self, project_id, error)) != NULL &&
      check_and_plan (self, project, assignments, NULL, &ctx, &plan, error) &&
      lt_store_plan_write (self, project, assignments, &plan, today, error))
    outcome = lt_store_plan_outcome (project, ctx.client_name, &plan);

  project_context_clear (&ctx);
  lt_store_plan_clear (&plan);

  if (outcome == NULL)
    {
      lt_store_rollback (self);
      return NULL;
    }
  if (!lt_store_commit (self, error))
    {
      lt_project_outcome_free (outcome);
      return NULL;
    }

  return outcome;
}

/**
 * lt_store_project_save:
 * @project: a new project (id 0) or one not generated yet
 * @assignments: (element-type LtAssignment): every prestation assigned;
 *   replaces those stored
 * @failed_index: (out) (optional): the assignment refused, or -1
 *
 * Saves the project and its assignments and generates the tasks, all in
 * one transaction: on any refusal or failure nothing is stored.
 *
 * Returns: (transfer full): what was created, or %NULL.
 */
LtProjectOutcome *
lt_store_project_save (LtStore    *self,
                       LtProject  *project,
                       GPtrArray  *assignments,
                       int        *failed_index,
                       GError    **error)
{
  g_autofree char *today = lt_date_today ();
  ProjectContext ctx = { 0 };
  Plan plan;
  LtProjectOutcome *outcome = NULL;
  g_autoptr(GArray) outside = NULL;
  gint64 old_id = lt_project_get_id (project);
  gint64 old_revision = lt_project_get_revision (project);
  gboolean ok;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);
  g_return_val_if_fail (LT_IS_PROJECT (project), NULL);
  g_return_val_if_fail (assignments != NULL, NULL);

  if (failed_index != NULL)
    *failed_index = -1;
  if (!lt_store_begin (self, error))
    return NULL;

  lt_store_plan_init (&plan);
  ok = check_and_plan (self, project, assignments, failed_index, &ctx, &plan, error);

  if (ok && old_id == 0)
    ok = insert_project (self, project, error);
  else if (ok)
    {
      sqlite3_stmt *stmt;

      ok = update_project (self, project, error) &&
           (outside = lt_store_task_status_outside_successors (self, "project_id", old_id, error)) != NULL &&
           (stmt = prepare (self, "DELETE FROM assignments WHERE project_id = ?", error)) != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, old_id);
          ok = run (self, stmt, error);
        }
    }

  for (guint i = 0; ok && i < assignments->len; i++)
    {
      LtAssignment *a = g_ptr_array_index (assignments, i);

      lt_assignment_set_project_id (a, lt_project_get_id (project));
      ok = insert_assignment (self, a, error);
    }

  if (ok)
    ok = lt_store_plan_write (self, project, assignments, &plan, today, error);
  if (ok)
    ok = lt_store_project_links_write (self, project, error);
  if (ok && outside != NULL)
    ok = lt_store_task_status_refresh_others (self, (const gint64 *) (gpointer) outside->data, outside->len, error);
  if (ok)
    outcome = lt_store_plan_outcome (project, ctx.client_name, &plan);

  project_context_clear (&ctx);
  lt_store_plan_clear (&plan);

  if (ok && lt_store_commit (self, error))
    return outcome;

  if (ok)
    lt_project_outcome_free (outcome);
  else
    lt_store_rollback (self);

  /* nothing was stored: the objects say so again */
  lt_project_set_id (project, old_id);
  lt_project_set_revision (project, old_revision);
  lt_project_set_generated (project, FALSE);
  for (guint i = 0; i < assignments->len; i++)
    {
      lt_assignment_set_id (g_ptr_array_index (assignments, i), 0);
      lt_assignment_set_project_id (g_ptr_array_index (assignments, i), old_id);
    }

  return NULL;
}

/**
 * lt_store_project_preview:
 *
 * What lt_store_project_save() would create, checked and scheduled but not
 * written — for the workload warning before saving.
 *
 * Returns: (transfer full): the outcome, or %NULL with the refusal.
 */
LtProjectOutcome *
lt_store_project_preview (LtStore    *self,
                          LtProject  *project,
                          GPtrArray  *assignments,
                          int        *failed_index,
                          GError    **error)
{
  ProjectContext ctx = { 0 };
  Plan plan;
  LtProjectOutcome *outcome = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);
  g_return_val_if_fail (LT_IS_PROJECT (project), NULL);
  g_return_val_if_fail (assignments != NULL, NULL);

  lt_store_plan_init (&plan);
  if (check_and_plan (self, project, assignments, failed_index, &ctx, &plan, error))
    outcome = lt_store_plan_outcome (project, ctx.client_name, &plan);
  project_context_clear (&ctx);
  lt_store_plan_clear (&plan);

  return outcome;
}

/**
 * lt_store_workload:
 * @from: first day, YYYY-MM-DD
 * @to: last day, YYYY-MM-DD
 * @preview: (nullable): tasks of a project about to be saved, counted as new
 *
 * Returns: (transfer full) (element-type LtWorkloadWeek): the open tasks
 *   due between @from and @to per intervenant and week, against capacity.
 */
GArray *
lt_store_workload (LtStore           *self,
                   const char        *from,
                   const char        *to,
                   LtProjectOutcome  *preview,
                   GError           **error)
{
  g_autoptr(GArray) tasks = g_array_new (FALSE, TRUE, sizeof (LtWorkloadTask));
  g_autoptr(GArray) capacities = g_array_new (FALSE, TRUE, sizeof (LtWorkloadCapacity));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (!(stmt = prepare (self,
                        "SELECT staff_id, due_date, delay_days FROM tasks"
                        " WHERE staff_id IS NOT NULL AND kind = 'task' AND done_on IS NULL"
                        " AND due_date BETWEEN ? AND ?", error)))
    return NULL;
  lt_store_bind_text (stmt, 1, from);
  lt_store_bind_text (stmt, 2, to);
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      LtWorkloadTask w = { 0 };

      w.staff_id = sqlite3_column_int64 (stmt, 0);
      lt_date_from_iso ((const char *) sqlite3_column_text (stmt, 1), &w.due);
      w.delay_days = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 2);
      g_array_append_val (tasks, w);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return NULL;

  if (preview != NULL && preview->workload_tasks != NULL)
    g_array_append_vals (tasks, preview->workload_tasks->data, preview->workload_tasks->len);

  if (!(stmt = prepare (self, "SELECT id, weekly_hours FROM staff", error)))
    return NULL;
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      LtWorkloadCapacity c = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1) };
      g_array_append_val (capacities, c);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return NULL;

  return lt_workload_compute ((const LtWorkloadTask *) (gpointer) tasks->data, tasks->len,
                              (const LtWorkloadCapacity *) (gpointer) capacities->data, capacities->len);
}
