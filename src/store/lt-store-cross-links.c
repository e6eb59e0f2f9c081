/* lt-store-cross-links.c: links between steps of different prestations — catalogue rule, project links, planning */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-store-cross-links-private.h"
#include "lt-store-cross-links.h"
#include "lt-store-task-status-private.h"

#define INFO_SELECT \
  "SELECT l.from_step_id, l.to_step_id, l.lag_days, fp.id, tp.id, fp.name, fs.title, tp.name, ts.title" \
  " FROM step_cross_links l" \
  " JOIN steps fs ON fs.id = l.from_step_id JOIN prestations fp ON fp.id = fs.prestation_id" \
  " JOIN steps ts ON ts.id = l.to_step_id JOIN prestations tp ON tp.id = ts.prestation_id"

void
lt_cross_link_info_free (LtCrossLinkInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->from_prestation);
  g_free (info->from_step);
  g_free (info->to_prestation);
  g_free (info->to_step);
  g_free (info);
}

static gboolean
run (LtStore       *self,
     sqlite3_stmt  *stmt,
     GError       **error)
{
  int rc;

  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    ;
  sqlite3_reset (stmt);
  return lt_store_check_step (self, rc, error);
}

/* Appends the rows of @stmt (from, to, lag) to @links. */
static gboolean
read_links (LtStore       *self,
            sqlite3_stmt  *stmt,
            GArray        *links,
            GError       **error)
{
  int rc;

  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      LtCrossLink l = {
        .from_step_id = sqlite3_column_int64 (stmt, 0),
        .to_step_id = sqlite3_column_int64 (stmt, 1),
        .lag_days = sqlite3_column_int (stmt, 2),
      };
      g_array_append_val (links, l);
    }
  sqlite3_reset (stmt);
  return lt_store_check_step (self, rc, error);
}

/**
 * lt_store_cross_links_list:
 * @prestation_id: a prestation (either side of the link), or 0 for all
 *
 * Returns: (transfer full) (element-type LtCrossLinkInfo): the catalogue's
 *   links across prestations, by the waiting step's prestation and step
 */
GPtrArray *
lt_store_cross_links_list (LtStore  *self,
                           gint64    prestation_id,
                           GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) lt_cross_link_info_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  stmt = lt_store_prepare (self, INFO_SELECT " WHERE ?1 = 0 OR fp.id = ?1 OR tp.id = ?1"
                                 " ORDER BY tp.name, ts.position, fp.name, fs.position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, prestation_id);
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      LtCrossLinkInfo *info = g_new0 (LtCrossLinkInfo, 1);

      info->from_step_id = sqlite3_column_int64 (stmt, 0);
      info->to_step_id = sqlite3_column_int64 (stmt, 1);
      info->lag_days = sqlite3_column_int (stmt, 2);
      info->from_prestation_id = sqlite3_column_int64 (stmt, 3);
      info->to_prestation_id = sqlite3_column_int64 (stmt, 4);
      info->from_prestation = lt_store_column_text (stmt, 5);
      info->from_step = lt_store_column_text (stmt, 6);
      info->to_prestation = lt_store_column_text (stmt, 7);
      info->to_step = lt_store_column_text (stmt, 8);
      g_ptr_array_add (list, info);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return NULL;

  return g_steal_pointer (&list);
}

/* « Bilan annuel : Établir les comptes annuels » for a step, and its prestation. */
static char *
step_name (LtStore  *self,
           gint64    step_id,
           gint64   *prestation_id)
{
  sqlite3_stmt *stmt = lt_store_prepare (self, "SELECT p.name, s.title, p.id FROM steps s"
                                               " JOIN prestations p ON p.id = s.prestation_id WHERE s.id = ?", NULL);
  char *name = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, step_id);
  if (lt_store_step (self, stmt) == SQLITE_ROW)
    {
      name = g_strdup_printf ("%s : %s", sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1));
      if (prestation_id != NULL)
        *prestation_id = sqlite3_column_int64 (stmt, 2);
    }
  sqlite3_reset (stmt);
  return name;
}

/* Refuses the link when @to already leads to @from through the links of
 * every prestation and the links across them, naming the circle. */
static gboolean
check_no_cycle (LtStore  *self,
                gint64    from_step_id,
                gint64    to_step_id,
                GError  **error)
{
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (LtCrossLink));
  g_autoptr(GArray) path = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  if (!(stmt = lt_store_prepare (self, "SELECT from_step_id, to_step_id, lag_days FROM step_links", error)) ||
      !read_links (self, stmt, links, error) ||
      !(stmt = lt_store_prepare (self, "SELECT from_step_id, to_step_id, lag_days FROM step_cross_links", error)) ||
      !read_links (self, stmt, links, error))
    return FALSE;

  path = lt_cross_links_find_path ((const LtCrossLink *) (gpointer) links->data, links->len, to_step_id, from_step_id);
  if (path == NULL)
    return TRUE;

  /* the circle: from → to → … → from */
  g_ptr_array_add (names, step_name (self, from_step_id, NULL));
  for (guint i = 0; i + 1 < path->len; i++)
    g_ptr_array_add (names, step_name (self, g_array_index (path, gint64, i), NULL));
  lt_cross_links_set_cycle_error (error, (const char * const *) names->pdata, names->len);
  return FALSE;
}

/**
 * lt_store_cross_link_add:
 * @from_step_id: the step waited on
 * @to_step_id: the step that waits, of another prestation
 * @lag_days: working days between them
 *
 * Makes the catalogue say that @to_step_id waits on @from_step_id whenever
 * both prestations are assigned in one project (a link already there gets
 * the new lag). Refused for steps of one prestation, and when the links
 * would go round in a circle.
 */
gboolean
lt_store_cross_link_add (LtStore   *self,
                         gint64     from_step_id,
                         gint64     to_step_id,
                         int        lag_days,
                         GError   **error)
{
  g_autofree char *from_name = NULL;
  g_autofree char *to_name = NULL;
  gint64 from_prestation = 0, to_prestation = 0, id = 0;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (lag_days < 0 || lag_days > LT_STEP_GRAPH_MAX_LAG)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DEPENDENCY,
                   _("A lag of %d days is not possible: give a number of working days between 0 and %d."),
                   lag_days, LT_STEP_GRAPH_MAX_LAG);
      return FALSE;
    }

  if (!lt_store_begin (self, error))
    return FALSE;

  from_name = step_name (self, from_step_id, &from_prestation);
  to_name = step_name (self, to_step_id, &to_prestation);
  if (from_name == NULL || to_name == NULL)
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_UNKNOWN_STEP,
                           _("This step is no longer in the catalogue: reload the prestation."));
      goto failed;
    }
  if (from_prestation == to_prestation)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_CROSS_LINK_SAME_PRESTATION,
                   _("« %s » and « %s » are steps of the same prestation: link them in the prestation’s own dependencies."),
                   from_name, to_name);
      goto failed;
    }
  if (!check_no_cycle (self, from_step_id, to_step_id, error))
    goto failed;

  stmt = lt_store_prepare (self, "INSERT INTO step_cross_links (from_step_id, to_step_id, lag_days) VALUES (?, ?, ?)"
                                 " ON CONFLICT (from_step_id, to_step_id) DO UPDATE SET lag_days = excluded.lag_days"
                                 " RETURNING id", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, from_step_id);
  sqlite3_bind_int64 (stmt, 2, to_step_id);
  sqlite3_bind_int (stmt, 3, lag_days);
  rc = lt_store_step (self, stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    goto failed;

  lt_store_notify (self, "step_cross_links", id, LT_STORE_CHANGE_INSERT);
  return lt_store_commit (self, error);

failed:
  lt_store_rollback (self);
  return FALSE;
}

/**
 * lt_store_cross_link_remove:
 *
 * Removes the catalogue's link: @to_step_id no longer waits on @from_step_id.
 */
gboolean
lt_store_cross_link_remove (LtStore   *self,
                            gint64     from_step_id,
                            gint64     to_step_id,
                            GError   **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  stmt = lt_store_prepare (self, "DELETE FROM step_cross_links WHERE from_step_id = ? AND to_step_id = ? RETURNING id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, from_step_id);
  sqlite3_bind_int64 (stmt, 2, to_step_id);
  rc = lt_store_step (self, stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;
  if (id == 0)
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                           _("These steps are not linked across prestations."));
      return FALSE;
    }

  lt_store_notify (self, "step_cross_links", id, LT_STORE_CHANGE_DELETE);
  return TRUE;
}

/**
 * lt_store_project_step_links:
 *
 * Returns: (transfer full) (element-type LtCrossLink): the links the
 *   project adds between steps of its assigned prestations
 */
GArray *
lt_store_project_step_links (LtStore  *self,
                             gint64    project_id,
                             GError  **error)
{
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (LtCrossLink));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  stmt = lt_store_prepare (self, "SELECT from_step_id, to_step_id, lag_days FROM project_step_links"
                                 " WHERE project_id = ? ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, project_id);
  if (!read_links (self, stmt, links, error))
    return NULL;

  return g_steal_pointer (&links);
}

/* ---- hooks -------------------------------------------------------------- */

static guint64
edge_key (guint from,
          guint to)
{
  return ((guint64) from << 32) | to;
}

/**
 * lt_store_plan_cross_links:
 *
 * Joins the chains of @plan by the catalogue's links across prestations
 * and the project's own, then pushes what must wait: called once every
 * assignment is planned, before anything is written.
 */
gboolean
lt_store_plan_cross_links (LtStore    *self,
                           LtProject  *project,
                           GPtrArray  *assignments,
                           Plan       *plan,
                           GError    **error)
{
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (LtCrossLink));
  g_autoptr(GArray) tasks = NULL;
  g_autoptr(GArray) cross = NULL;
  g_autoptr(GArray) edges = NULL;
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GArray *project_links = lt_project_get_step_links (project);
  sqlite3_stmt *stmt;
  guint n = plan->tasks->len;

  if (n == 0)
    return TRUE;

  if (!(stmt = lt_store_prepare (self, "SELECT from_step_id, to_step_id, lag_days FROM step_cross_links", error)) ||
      !read_links (self, stmt, links, error))
    return FALSE;
  if (project_links != NULL)
    g_array_append_vals (links, project_links->data, project_links->len);
  else if (lt_project_get_id (project) > 0)
    {
      g_autoptr(GArray) stored = lt_store_project_step_links (self, lt_project_get_id (project), error);

      if (stored == NULL)
        return FALSE;
      g_array_append_vals (links, stored->data, stored->len);
    }
  if (links->len == 0)
    return TRUE;

  tasks = g_array_sized_new (FALSE, TRUE, sizeof (LtCrossTask), n);
  for (guint i = 0; i < n; i++)
    {
      const Planned *p = &g_array_index (plan->tasks, Planned, i);
      LtAssignment *a = g_ptr_array_index (assignments, p->assignment);
      LtCrossTask t = {
        .step_id = p->step_id,
        .group = p->assignment,
        .period = p->period,
        .title = p->period_title,
        .start = p->start,
        .due = p->due,
        .late = p->late,
        .delay_days = p->delay_days,
      };

      if (!lt_date_from_iso (lt_assignment_get_end_date (a), &t.end))
        g_date_clear (&t.end, 1);
      g_array_append_val (tasks, t);
    }

  cross = lt_cross_links_match ((const LtCrossTask *) (gpointer) tasks->data, n,
                                (const LtCrossLink *) (gpointer) links->data, links->len);
  if (cross->len == 0)
    return TRUE;

  edges = g_array_new (FALSE, FALSE, sizeof (LtCrossEdge));
  for (guint i = 0; i < plan->links->len; i++)
    {
      const PlannedLink *pl = &g_array_index (plan->links, PlannedLink, i);
      LtCrossEdge e = { pl->from, pl->to, pl->lag };
      guint64 key = edge_key (e.from, e.to);

      g_hash_table_add (known, g_memdup2 (&key, sizeof key));
      g_array_append_val (edges, e);
    }
  for (guint i = 0; i < cross->len; i++)
    {
      const LtCrossEdge *e = &g_array_index (cross, LtCrossEdge, i);
      guint64 key = edge_key (e->from, e->to);
      PlannedLink pl = { e->from, e->to, e->lag };

      /* one task link per pair: the catalogue and the project may say it both */
      if (g_hash_table_contains (known, &key))
        continue;
      g_hash_table_add (known, g_memdup2 (&key, sizeof key));
      g_array_append_val (edges, *e);
      g_array_append_val (plan->links, pl);
    }

  if (!lt_cross_links_push ((LtCrossTask *) (gpointer) tasks->data, n,
                            (const LtCrossEdge *) (gpointer) edges->data, edges->len, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      Planned *p = &g_array_index (plan->tasks, Planned, i);
      const LtCrossTask *t = &g_array_index (tasks, LtCrossTask, i);

      p->start = t->start;
      p->due = t->due;
      p->late = t->late;
    }

  return TRUE;
}

/**
 * lt_store_project_links_write:
 *
 * Stores the links set on @project (lt_project_set_step_links()) in place
 * of its stored ones; nothing when none were set.
 */
gboolean
lt_store_project_links_write (LtStore    *self,
                              LtProject  *project,
                              GError    **error)
{
  GArray *links = lt_project_get_step_links (project);
  sqlite3_stmt *stmt;

  if (links == NULL)
    return TRUE;

  stmt = lt_store_prepare (self, "DELETE FROM project_step_links WHERE project_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_project_get_id (project));
  if (!run (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < links->len; i++)
    {
      const LtCrossLink *l = &g_array_index (links, LtCrossLink, i);

      stmt = lt_store_prepare (self, "INSERT OR IGNORE INTO project_step_links"
                                     " (project_id, from_step_id, to_step_id, lag_days) VALUES (?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, lt_project_get_id (project));
      sqlite3_bind_int64 (stmt, 2, l->from_step_id);
      sqlite3_bind_int64 (stmt, 3, l->to_step_id);
      sqlite3_bind_int (stmt, 4, MAX (l->lag_days, 0));
      if (!run (self, stmt, error))
        return FALSE;
    }

  lt_store_notify (self, "projects", lt_project_get_id (project), LT_STORE_CHANGE_UPDATE);
  return TRUE;
}

/**
 * lt_store_cross_links_copy_graph:
 * @graph: a prestation's graph whose nodes still carry the old step ids
 * @new_step_ids: (element-type gint64): the rows of the new version, in node order
 *
 * A new version of a prestation keeps the links across prestations of the
 * one it replaces (the old version keeps them too, for those who use it).
 */
gboolean
lt_store_cross_links_copy_graph (LtStore      *self,
                                 LtStepGraph  *graph,
                                 GArray       *new_step_ids,
                                 GError      **error)
{
  static const char *const copies[] = {
    "INSERT OR IGNORE INTO step_cross_links (from_step_id, to_step_id, lag_days)"
    " SELECT ?2, to_step_id, lag_days FROM step_cross_links WHERE from_step_id = ?1",
    "INSERT OR IGNORE INTO step_cross_links (from_step_id, to_step_id, lag_days)"
    " SELECT from_step_id, ?2, lag_days FROM step_cross_links WHERE to_step_id = ?1",
  };

  for (guint i = 0; i < lt_step_graph_get_n_nodes (graph) && i < new_step_ids->len; i++)
    {
      gint64 old_id = lt_step_graph_get_nth (graph, i)->step_id;
      gint64 new_id = g_array_index (new_step_ids, gint64, i);

      if (old_id <= 0 || old_id == new_id)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (copies); k++)
        {
          sqlite3_stmt *stmt = lt_store_prepare (self, copies[k], error);

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, old_id);
          sqlite3_bind_int64 (stmt, 2, new_id);
          if (!run (self, stmt, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* One stored task of a project, for lt_store_project_cross_links_apply(). */
typedef struct {
  gint64   id;
  gboolean fixed;   /* done, or a demande sent: it does not move */
  char    *period;
  char    *title;
  char    *start;
  char    *due;
} StoredTask;

static void
stored_task_clear (gpointer data)
{
  StoredTask *s = data;

  g_free (s->period);
  g_free (s->title);
  g_free (s->start);
  g_free (s->due);
}

/**
 * lt_store_project_cross_links_apply:
 * @project_id: a project whose tasks are written
 *
 * Joins the stored chains of a project by the catalogue's links across
 * prestations and the project's own (the link rows a chain misses are
 * added), and pushes the open tasks that must wait, with what follows them:
 * what an edit keeps and what it adds or moves are joined alike. Nothing
 * moves earlier; a task done, or a demande sent, does not move. Call it
 * inside the edit's transaction, after its writes.
 */
gboolean
lt_store_project_cross_links_apply (LtStore  *self,
                                    gint64    project_id,
                                    GError  **error)
{
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (LtCrossLink));
  g_autoptr(GArray) stored = g_array_new (FALSE, TRUE, sizeof (StoredTask));
  g_autoptr(GArray) tasks = g_array_new (FALSE, TRUE, sizeof (LtCrossTask));
  g_autoptr(GArray) edges = g_array_new (FALSE, FALSE, sizeof (LtCrossEdge));
  g_autoptr(GArray) cross = NULL;
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) index_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (stored, stored_task_clear);

  if (!(stmt = lt_store_prepare (self, "SELECT from_step_id, to_step_id, lag_days FROM step_cross_links"
                                       " UNION ALL SELECT from_step_id, to_step_id, lag_days FROM project_step_links"
                                       " WHERE project_id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  if (!read_links (self, stmt, links, error))
    return FALSE;
  if (links->len == 0)
    return TRUE;

  if (!(stmt = lt_store_prepare (self,
                                 "SELECT t.id, t.step_id, t.assignment_id, coalesce (t.period, ''), t.title,"
                                 " t.start_date, t.due_date, a.end_date, t.status IN ('done', 'sent')"
                                 " FROM tasks t JOIN assignments a ON a.id = t.assignment_id"
                                 " WHERE a.project_id = ? AND t.step_id IS NOT NULL ORDER BY t.id", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      StoredTask s = {
        .id = sqlite3_column_int64 (stmt, 0),
        .period = g_strdup ((const char *) sqlite3_column_text (stmt, 3)),
        .title = g_strdup ((const char *) sqlite3_column_text (stmt, 4)),
        .start = g_strdup ((const char *) sqlite3_column_text (stmt, 5)),
        .due = g_strdup ((const char *) sqlite3_column_text (stmt, 6)),
        .fixed = sqlite3_column_int (stmt, 8),
      };
      gint64 assignment_id = sqlite3_column_int64 (stmt, 2);
      gpointer group = g_hash_table_lookup (groups, &assignment_id);
      LtCrossTask t = { .step_id = sqlite3_column_int64 (stmt, 1), .delay_days = -1 };

      if (group == NULL)
        {
          group = GUINT_TO_POINTER (g_hash_table_size (groups) + 1);
          g_hash_table_insert (groups, g_memdup2 (&assignment_id, sizeof assignment_id), group);
        }
      t.group = GPOINTER_TO_UINT (group) - 1;
      if (!lt_date_from_iso (s.start, &t.start) || !lt_date_from_iso (s.due, &t.due))
        {
          stored_task_clear (&s);
          continue;
        }
      if (!lt_date_from_iso ((const char *) sqlite3_column_text (stmt, 7), &t.end))
        g_date_clear (&t.end, 1);
      t.late = g_date_valid (&t.end) && g_date_compare (&t.due, &t.end) > 0;
      g_hash_table_insert (index_of, g_memdup2 (&s.id, sizeof s.id), GUINT_TO_POINTER (stored->len + 1));
      g_array_append_val (stored, s);
      g_array_append_val (tasks, t);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;
  /* the titles and periods as the cross tasks see them (the arrays no longer grow) */
  for (guint i = 0; i < tasks->len; i++)
    {
      g_array_index (tasks, LtCrossTask, i).period = g_array_index (stored, StoredTask, i).period;
      g_array_index (tasks, LtCrossTask, i).title = g_array_index (stored, StoredTask, i).title;
    }

  if (!(stmt = lt_store_prepare (self,
                                 "SELECT l.from_task_id, l.to_task_id, l.lag_days FROM task_links l"
                                 " JOIN tasks t ON t.id = l.to_task_id JOIN assignments a ON a.id = t.assignment_id"
                                 " WHERE a.project_id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      gint64 from = sqlite3_column_int64 (stmt, 0), to = sqlite3_column_int64 (stmt, 1);
      guint f = GPOINTER_TO_UINT (g_hash_table_lookup (index_of, &from));
      guint t = GPOINTER_TO_UINT (g_hash_table_lookup (index_of, &to));
      LtCrossEdge e = { f - 1, t - 1, sqlite3_column_int (stmt, 2) };
      guint64 key;

      if (f == 0 || t == 0)
        continue;
      key = edge_key (e.from, e.to);
      g_hash_table_add (known, g_memdup2 (&key, sizeof key));
      if (!g_array_index (stored, StoredTask, e.to).fixed)
        g_array_append_val (edges, e);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  cross = lt_cross_links_match ((const LtCrossTask *) (gpointer) tasks->data, tasks->len,
                                (const LtCrossLink *) (gpointer) links->data, links->len);
  for (guint i = 0; i < cross->len; i++)
    {
      const LtCrossEdge *e = &g_array_index (cross, LtCrossEdge, i);
      guint64 key = edge_key (e->from, e->to);
      gint64 to_id = g_array_index (stored, StoredTask, e->to).id;

      if (g_hash_table_contains (known, &key))
        continue;
      g_hash_table_add (known, g_memdup2 (&key, sizeof key));
      if (!(stmt = lt_store_prepare (self, "INSERT INTO task_links (from_task_id, to_task_id, lag_days) VALUES (?, ?, ?)",
                                     error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (stored, StoredTask, e->from).id);
      sqlite3_bind_int64 (stmt, 2, to_id);
      sqlite3_bind_int (stmt, 3, MAX (e->lag, 0));
      if (!run (self, stmt, error))
        return FALSE;
      g_array_append_val (changed, to_id);
      if (!g_array_index (stored, StoredTask, e->to).fixed)
        g_array_append_val (edges, *e);
    }

  if (!lt_cross_links_push ((LtCrossTask *) (gpointer) tasks->data, tasks->len,
                            (const LtCrossEdge *) (gpointer) edges->data, edges->len, error))
    return FALSE;

  for (guint i = 0; i < tasks->len; i++)
    {
      const LtCrossTask *t = &g_array_index (tasks, LtCrossTask, i);
      const StoredTask *s = &g_array_index (stored, StoredTask, i);
      g_autofree char *start = lt_date_to_iso (&t->start);
      g_autofree char *due = lt_date_to_iso (&t->due);

      if (s->fixed || (g_strcmp0 (start, s->start) == 0 && g_strcmp0 (due, s->due) == 0))
        continue;
      if (!(stmt = lt_store_prepare (self,
                                     "UPDATE tasks SET start_date = ?1, due_date = ?2,"
                                     " send_on = CASE WHEN send_on IS NOT NULL AND kind = 'request' THEN ?1 ELSE send_on END,"
                                     " revision = revision + 1 WHERE id = ?3", error)))
        return FALSE;
      sqlite3_bind_text (stmt, 1, start, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, due, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, s->id);
      if (!run (self, stmt, error))
        return FALSE;
      g_array_append_val (changed, s->id);
    }

  if (changed->len == 0)
    return TRUE;
  for (guint i = 0; i < changed->len; i++)
    lt_store_notify (self, "tasks", g_array_index (changed, gint64, i), LT_STORE_CHANGE_UPDATE);

  return lt_store_task_status_refresh (self, (const gint64 *) (gpointer) changed->data, changed->len, error);
}
