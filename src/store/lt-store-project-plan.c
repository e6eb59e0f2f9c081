/* lt-store-project-plan.c: every task and link of a project's assigned prestations, scheduled, then written */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-project-rules.h"
#include "lt-schedule.h"
#include "lt-store-project-plan-private.h"
#include "lt-store-task-status-private.h"
#include "lt-text.h"
#include "lt-working-days.h"

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

static void
planned_clear (gpointer data)
{
  Planned *p = data;

  g_free (p->title);
  g_free (p->period_title);
  g_free (p->period);
  g_free (p->search_key);
}

void
lt_store_plan_init (Plan *plan)
{
  plan->tasks = g_array_new (FALSE, TRUE, sizeof (Planned));
  g_array_set_clear_func (plan->tasks, planned_clear);
  plan->links = g_array_new (FALSE, FALSE, sizeof (PlannedLink));
}

void
lt_store_plan_clear (Plan *plan)
{
  g_clear_pointer (&plan->tasks, g_array_unref);
  g_clear_pointer (&plan->links, g_array_unref);
}

gboolean
lt_store_plan_assignment (LtStore       *self,
                 LtAssignment  *assignment,
                 guint          assignment_index,
                 const char    *client_name,
                 const char    *closing,
                 Plan          *plan,
                 GError       **error)
{
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (LtScheduleStep));
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (LtScheduleLink));
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (LtStepKind));
  g_autoptr(GHashTable) index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) scheduled = NULL;
  g_autofree char *prestation_name = NULL;
  LtRecurrence recurrence = LT_RECURRENCE_NONE;
  gint64 prestation_id = lt_assignment_get_prestation_id (assignment);
  sqlite3_stmt *stmt;
  GDate start, end;
  guint base, n;
  int rc;

  if (!lt_date_from_iso (lt_assignment_get_start_date (assignment), &start) ||
      !lt_date_from_iso (lt_assignment_get_end_date (assignment), &end))
    return lt_project_rules_check_assignment ("", "", "", lt_assignment_get_start_date (assignment),
                                              lt_assignment_get_end_date (assignment), 1, error);

  if (!(stmt = prepare (self, "SELECT name, recurrence FROM prestations WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, prestation_id);
  rc = lt_store_step (self, stmt);
  if (rc != SQLITE_ROW)
    {
      if (lt_store_check_step (self, rc, error))
        g_set_error_literal (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                             _("This prestation no longer exists in the catalogue: remove it from the project."));
      return FALSE;
    }
  prestation_name = lt_store_column_text (stmt, 0);
  {
    int value;
    if (lt_enum_from_nick (LT_TYPE_RECURRENCE, (const char *) sqlite3_column_text (stmt, 1), &value))
      recurrence = value;
  }
  sqlite3_reset (stmt);

  if (!(stmt = prepare (self, "SELECT id, kind, title, delay_days, from_period_end FROM steps WHERE prestation_id = ? ORDER BY position, id", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, prestation_id);
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      LtScheduleStep step = {
        .id = sqlite3_column_int64 (stmt, 0),
        .delay_days = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 3),
        .from_period_end = sqlite3_column_int (stmt, 4) != 0,
      };
      LtStepKind kind = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "request") == 0
                        ? LT_STEP_KIND_REQUEST : LT_STEP_KIND_TASK;

      g_array_append_val (steps, step);
      g_array_append_val (kinds, kind);
      g_ptr_array_add (titles, lt_store_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  if (!(stmt = prepare (self,
                        "SELECT l.from_step_id, l.to_step_id, l.lag_days FROM step_links l"
                        " JOIN steps s ON s.id = l.from_step_id WHERE s.prestation_id = ? ORDER BY l.id", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, prestation_id);
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      LtScheduleLink link = {
        .from_id = sqlite3_column_int64 (stmt, 0),
        .to_id = sqlite3_column_int64 (stmt, 1),
        .lag_days = sqlite3_column_int (stmt, 2),
      };
      g_array_append_val (links, link);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  /* The first steps of a yearly chain count from the clôture. */
  if (recurrence == LT_RECURRENCE_YEARLY)
    for (guint i = 0; i < steps->len; i++)
      {
        LtScheduleStep *step = &g_array_index (steps, LtScheduleStep, i);
        gboolean has_predecessor = FALSE;

        for (guint j = 0; j < links->len && !has_predecessor; j++)
          has_predecessor = g_array_index (links, LtScheduleLink, j).to_id == step->id;
        if (!has_predecessor)
          step->from_period_end = TRUE;
      }

  scheduled = lt_schedule_plan_for_client ((const LtScheduleStep *) (gpointer) steps->data, steps->len,
                                           (const LtScheduleLink *) (gpointer) links->data, links->len,
                                           recurrence, closing, &start, &end, error);
  if (scheduled == NULL)
    return FALSE;

  n = steps->len;
  base = plan->tasks->len;
  for (guint i = 0; i < n; i++)
    g_hash_table_insert (index, &g_array_index (steps, LtScheduleStep, i).id, GUINT_TO_POINTER (i));

  for (guint k = 0; k < scheduled->len; k++)
    {
      const LtScheduledTask *s = &g_array_index (scheduled, LtScheduledTask, k);
      g_autofree char *key_text = NULL;
      Planned p = { 0 };

      p.assignment = assignment_index;
      p.step_id = g_array_index (steps, LtScheduleStep, s->step_index).id;
      p.kind = g_array_index (kinds, LtStepKind, s->step_index);
      p.title = g_strdup (g_ptr_array_index (titles, s->step_index));
      p.period = g_strdup (s->period);
      p.period_title = lt_schedule_title_with_period (p.title, p.period);
      p.delay_days = g_array_index (steps, LtScheduleStep, s->step_index).delay_days;
      p.start = s->start;
      p.due = s->due;
      p.late = s->late;
      key_text = g_strjoin (" ", p.period_title, client_name != NULL ? client_name : "", prestation_name, NULL);
      p.search_key = lt_text_fold (key_text);
      g_array_append_val (plan->tasks, p);
    }

  for (guint c = 0; c * n < scheduled->len; c++)
    for (guint j = 0; j < links->len; j++)
      {
        const LtScheduleLink *l = &g_array_index (links, LtScheduleLink, j);
        PlannedLink pl = {
          .from = base + c * n + GPOINTER_TO_UINT (g_hash_table_lookup (index, &l->from_id)),
          .to = base + c * n + GPOINTER_TO_UINT (g_hash_table_lookup (index, &l->to_id)),
          .lag = l->lag_days,
        };
        g_array_append_val (plan->links, pl);
      }

  return TRUE;
}

gboolean
lt_store_plan_write (LtStore       *self,
            LtProject     *project,
            GPtrArray     *assignments,
            Plan          *plan,
            const char    *today,
            GError       **error)
{
  g_autofree gint64 *ids = g_new0 (gint64, MAX (plan->tasks->len, 1));
  sqlite3 *db = lt_store_get_db (self);
  sqlite3_stmt *stmt;

  if (!(stmt = prepare (self,
                        "INSERT INTO tasks (affaire_id, project_id, assignment_id, step_id, kind, title, period,"
                        " staff_id, delay_days, start_date, due_date, send_on, search_key)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error)))
    return FALSE;

  for (guint i = 0; i < plan->tasks->len; i++)
    {
      const Planned *p = &g_array_index (plan->tasks, Planned, i);
      LtAssignment *a = g_ptr_array_index (assignments, p->assignment);
      g_autofree char *start = lt_date_to_iso (&p->start);
      g_autofree char *due = lt_date_to_iso (&p->due);

      sqlite3_bind_int64 (stmt, 1, lt_project_get_affaire_id (project));
      sqlite3_bind_int64 (stmt, 2, lt_project_get_id (project));
      sqlite3_bind_int64 (stmt, 3, lt_assignment_get_id (a));
      sqlite3_bind_int64 (stmt, 4, p->step_id);
      sqlite3_bind_text (stmt, 5, p->kind == LT_STEP_KIND_REQUEST ? "request" : "task", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, p->period_title, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, p->period, -1, SQLITE_STATIC);
      lt_store_bind_id (stmt, 8, lt_project_get_staff_id (project));
      if (p->delay_days >= 0)
        sqlite3_bind_int (stmt, 9, p->delay_days);
      else
        sqlite3_bind_null (stmt, 9);
      sqlite3_bind_text (stmt, 10, start, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 11, due, -1, SQLITE_TRANSIENT);
      /* a demande d'information is « à envoyer » until its start: it goes
       * to the client then (lt_store_list_requests_due()), not on save */
      if (p->kind == LT_STEP_KIND_REQUEST)
        sqlite3_bind_text (stmt, 12, start, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, 12);
      sqlite3_bind_text (stmt, 13, p->search_key, -1, SQLITE_STATIC);

      if (!run (self, stmt, error))
        return FALSE;
      sqlite3_reset (stmt);
      ids[i] = sqlite3_last_insert_rowid (db);
      lt_store_notify (self, "tasks", ids[i], LT_STORE_CHANGE_INSERT);
    }

  if (!(stmt = prepare (self, "INSERT INTO task_links (from_task_id, to_task_id, lag_days) VALUES (?, ?, ?)", error)))
    return FALSE;

  for (guint i = 0; i < plan->links->len; i++)
    {
      const PlannedLink *l = &g_array_index (plan->links, PlannedLink, i);

      sqlite3_bind_int64 (stmt, 1, ids[l->from]);
      sqlite3_bind_int64 (stmt, 2, ids[l->to]);
      sqlite3_bind_int (stmt, 3, l->lag);
      if (!run (self, stmt, error))
        return FALSE;
      sqlite3_reset (stmt);
    }

  /* the new tasks' statuses, now that their links are there */
  if (!lt_store_task_status_refresh (self, ids, plan->tasks->len, error))
    return FALSE;

  if (!(stmt = prepare (self, "UPDATE projects SET generated = 1, revision = revision + 1 WHERE id = ? AND generated = 0", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_project_get_id (project));
  if (!run (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (db) == 0)
    return lt_project_rules_check_not_generated (TRUE, error);

  lt_project_set_generated (project, TRUE);
  lt_project_set_revision (project, lt_project_get_revision (project) + 1);
  lt_store_notify (self, "projects", lt_project_get_id (project), LT_STORE_CHANGE_UPDATE);

  return TRUE;
}

LtProjectOutcome *
lt_store_plan_outcome (LtProject  *project,
                   const char *client_name,
                   Plan       *plan)
{
  LtProjectOutcome *outcome = g_new0 (LtProjectOutcome, 1);

  outcome->project_id = lt_project_get_id (project);
  outcome->client_name = g_strdup (client_name);
  outcome->workload_tasks = g_array_sized_new (FALSE, TRUE, sizeof (LtWorkloadTask), plan->tasks->len);

  for (guint i = 0; i < plan->tasks->len; i++)
    {
      const Planned *p = &g_array_index (plan->tasks, Planned, i);

      if (p->kind == LT_STEP_KIND_REQUEST)
        outcome->n_requests++;
      else
        {
          LtWorkloadTask w = {
            .staff_id = lt_project_get_staff_id (project),
            .due = p->due,
            .delay_days = p->delay_days,
            .is_new = TRUE,
          };

          outcome->n_tasks++;
          g_array_append_val (outcome->workload_tasks, w);
        }
      if (p->late)
        outcome->n_late++;
    }

  return outcome;
}
