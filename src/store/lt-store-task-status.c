/* lt-store-task-status.c: the task's stored status, kept by the store and checked against the rule */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-enums.h"
#include "lt-project-rules.h"
#include "lt-store-task-status-private.h"

/* What the rule reads of a task: finished is « done » for a tâche and
 * « answered » for a demande (the schema forbids the other one). */
#define OWN_COLUMNS \
  "kind = 'request', (done_on IS NOT NULL OR answered_on IS NOT NULL), sent_on IS NOT NULL, status"

typedef struct {
  gint64        id;
  LtTaskStatus  status;
} Fix;

static LtStepKind
kind_of (sqlite3_stmt *stmt,
         int           col)
{
  return sqlite3_column_int (stmt, col) != 0 ? LT_STEP_KIND_REQUEST : LT_STEP_KIND_TASK;
}

static LtTaskStatus
status_of (sqlite3_stmt *stmt,
           int           col)
{
  int value = LT_TASK_STATUS_TODO;

  /* an unknown nick (the schema forbids it) reads as « to do » and is rewritten */
  lt_enum_from_nick (LT_TYPE_TASK_STATUS, (const char *) sqlite3_column_text (stmt, col), &value);
  return value;
}

static gboolean
write_status (LtStore       *self,
              gint64         id,
              LtTaskStatus   status,
              gboolean       notify,
              GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = lt_store_prepare (self, "UPDATE tasks SET status = ? WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, lt_enum_to_nick (LT_TYPE_TASK_STATUS, status), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, id);
  rc = lt_store_step (self, stmt);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;
  if (notify)
    lt_store_notify (self, "tasks", id, LT_STORE_CHANGE_UPDATE);

  return TRUE;
}

static gboolean
refresh_one (LtStore  *self,
             gint64    id,
             gboolean  notify,
             GError  **error)
{
  g_autoptr(GArray) preds = g_array_new (FALSE, TRUE, sizeof (LtTaskPredecessor));
  sqlite3_stmt *stmt;
  LtStepKind kind;
  gboolean finished, sent;
  LtTaskStatus stored, status;
  int rc;

  if (!(stmt = lt_store_prepare (self, "SELECT " OWN_COLUMNS " FROM tasks WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = lt_store_step (self, stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      /* deleted meanwhile: nothing to keep */
      return lt_store_check_step (self, rc, error);
    }
  kind = kind_of (stmt, 0);
  finished = sqlite3_column_int (stmt, 1) != 0;
  sent = sqlite3_column_int (stmt, 2) != 0;
  stored = status_of (stmt, 3);
  sqlite3_reset (stmt);

  if (!(stmt = lt_store_prepare (self,
                                 "SELECT p.kind = 'request', (p.done_on IS NOT NULL OR p.answered_on IS NOT NULL)"
                                 " FROM task_links l JOIN tasks p ON p.id = l.from_task_id WHERE l.to_task_id = ?",
                                 error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      LtTaskPredecessor p = { NULL, kind_of (stmt, 0), sqlite3_column_int (stmt, 1) != 0 };

      g_array_append_val (preds, p);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  status = lt_project_rules_task_status (kind, finished, sent,
                                         (const LtTaskPredecessor *) (gpointer) preds->data, preds->len);
  if (status == stored)
    return TRUE;

  return write_status (self, id, status, notify, error);
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static gboolean
contains (const gint64 *ids,
          guint         n_ids,
          gint64        id)
{
  for (guint i = 0; i < n_ids; i++)
    if (ids[i] == id)
      return TRUE;

  return FALSE;
}

static gboolean
refresh (LtStore       *self,
         const gint64  *ids,
         guint          n_ids,
         gboolean       notify_ids,
         GError       **error)
{
  g_autoptr(GArray) all = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids * 2 + 1);
  g_autoptr(GHashTable) named = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (lt_store_in_transaction (self), FALSE);

  if (n_ids == 0)
    return TRUE;

  g_array_append_vals (all, ids, n_ids);
  if (!(stmt = lt_store_prepare (self, "SELECT to_task_id FROM task_links WHERE from_task_id = ?", error)))
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    {
      int rc;

      sqlite3_bind_int64 (stmt, 1, ids[i]);
      while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
        {
          gint64 to = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (all, to);
        }
      sqlite3_reset (stmt);
      if (!lt_store_check_step (self, rc, error))
        return FALSE;
    }

  /* a project's tasks are many: look them up in a set, not a list */
  if (!notify_ids && n_ids > 16)
    {
      named = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint i = 0; i < n_ids; i++)
        g_hash_table_add (named, (gpointer) &ids[i]);
    }

  g_array_sort (all, compare_int64);
  for (guint i = 0; i < all->len; i++)
    {
      gint64 id = g_array_index (all, gint64, i);
      gboolean notify = notify_ids ||
                        !(named != NULL ? g_hash_table_contains (named, &id) : contains (ids, n_ids, id));

      if (i > 0 && id == g_array_index (all, gint64, i - 1))
        continue;
      if (!refresh_one (self, id, notify, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
lt_store_task_status_refresh (LtStore       *self,
                              const gint64  *ids,
                              guint          n_ids,
                              GError       **error)
{
  return refresh (self, ids, n_ids, FALSE, error);
}

gboolean
lt_store_task_status_refresh_others (LtStore       *self,
                                     const gint64  *ids,
                                     guint          n_ids,
                                     GError       **error)
{
  return refresh (self, ids, n_ids, TRUE, error);
}

GArray *
lt_store_task_status_outside_successors (LtStore     *self,
                                         const char  *column,
                                         gint64       value,
                                         GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);
  g_return_val_if_fail (g_strv_contains ((const char * const[]) { "project_id", "affaire_id", "assignment_id", NULL },
                                         column), NULL);

  /* a constant per column, never user text */
  sql = g_strdup_printf ("SELECT DISTINCT l.to_task_id FROM tasks f JOIN task_links l ON l.from_task_id = f.id"
                         " JOIN tasks t ON t.id = l.to_task_id"
                         " WHERE f.%s = ?1 AND t.%s IS NOT ?1", column, column);
  if (!(stmt = lt_store_prepare (self, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, value);
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

/* One pass over every task and every link, both in task order: the rule's
 * status of each task, handed to @func with the stored one. */
typedef gboolean (*WalkFunc) (sqlite3_stmt *task_row,
                              LtTaskStatus  stored,
                              LtTaskStatus  status,
                              gpointer      data);

static gboolean
walk_all (LtStore   *self,
          WalkFunc   func,
          gpointer   data,
          GError   **error)
{
  g_autoptr(sqlite3_stmt) tasks = NULL;
  g_autoptr(sqlite3_stmt) links = NULL;
  g_autoptr(GArray) preds = g_array_new (FALSE, TRUE, sizeof (LtTaskPredecessor));
  sqlite3 *db = lt_store_get_db (self);
  int rc_links;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT " OWN_COLUMNS ", id, title FROM tasks ORDER BY id", -1, &tasks, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "SELECT l.to_task_id, p.kind = 'request',"
                             " (p.done_on IS NOT NULL OR p.answered_on IS NOT NULL)"
                             " FROM task_links l JOIN tasks p ON p.id = l.from_task_id ORDER BY l.to_task_id",
                             -1, &links, NULL);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  rc_links = sqlite3_step (links);
  while ((rc = sqlite3_step (tasks)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (tasks, 4);
      LtTaskStatus status;

      g_array_set_size (preds, 0);
      while (rc_links == SQLITE_ROW && sqlite3_column_int64 (links, 0) <= id)
        {
          if (sqlite3_column_int64 (links, 0) == id)
            {
              LtTaskPredecessor p = { NULL, kind_of (links, 1), sqlite3_column_int (links, 2) != 0 };

              g_array_append_val (preds, p);
            }
          rc_links = sqlite3_step (links);
        }

      status = lt_project_rules_task_status (kind_of (tasks, 0), sqlite3_column_int (tasks, 1) != 0,
                                             sqlite3_column_int (tasks, 2) != 0,
                                             (const LtTaskPredecessor *) (gpointer) preds->data, preds->len);
      if (!func (tasks, status_of (tasks, 3), status, data))
        break;
    }

  return lt_store_check_step (self, rc, error) &&
         lt_store_check_step (self, rc_links == SQLITE_ROW ? SQLITE_DONE : rc_links, error);
}

static gboolean
collect_fix (sqlite3_stmt *task_row,
             LtTaskStatus  stored,
             LtTaskStatus  status,
             gpointer      data)
{
  if (stored != status)
    {
      Fix fix = { sqlite3_column_int64 (task_row, 4), status };

      g_array_append_val ((GArray *) data, fix);
    }

  return TRUE;
}

gboolean
lt_store_task_status_refresh_all (LtStore  *self,
                                  GError  **error)
{
  g_autoptr(GArray) fixes = g_array_new (FALSE, FALSE, sizeof (Fix));

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (lt_store_in_transaction (self), FALSE);

  /* written after the pass: no write under a running SELECT of the table */
  if (!walk_all (self, collect_fix, fixes, error))
    return FALSE;
  for (guint i = 0; i < fixes->len; i++)
    {
      const Fix *fix = &g_array_index (fixes, Fix, i);

      if (!write_status (self, fix->id, fix->status, TRUE, error))
        return FALSE;
    }

  return TRUE;
}

typedef struct {
  GPtrArray *problems;
  guint      max_listed;
  guint      n_wrong;
} CheckData;

static gboolean
check_one (sqlite3_stmt *task_row,
           LtTaskStatus  stored,
           LtTaskStatus  status,
           gpointer      data)
{
  CheckData *check = data;

  if (stored == status)
    return TRUE;

  if (++check->n_wrong <= check->max_listed)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (task_row, 4));

      g_ptr_array_add (check->problems,
                       g_strdup_printf (_("Task « %s » (%s) is stored as « %s » but its dates and predecessors "
                                          "make it « %s »: the suivi lists it wrongly until it or a task it "
                                          "depends on is changed again."),
                                        (const char *) sqlite3_column_text (task_row, 5), id,
                                        lt_enum_to_label (LT_TYPE_TASK_STATUS, stored),
                                        lt_enum_to_label (LT_TYPE_TASK_STATUS, status)));
    }

  return TRUE;
}

gboolean
lt_store_task_status_check (LtStore    *self,
                            GPtrArray  *problems,
                            guint       max_listed,
                            GError    **error)
{
  CheckData check = { problems, max_listed, 0 };

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!walk_all (self, check_one, &check, error))
    return FALSE;

  if (check.n_wrong > max_listed)
    g_ptr_array_add (problems,
                     g_strdup_printf (ngettext ("… and %u more problem of the same kind.",
                                                "… and %u more problems of the same kind.",
                                                check.n_wrong - max_listed),
                                      check.n_wrong - max_listed));

  return TRUE;
}
