/* lt-store-task-list.c: the suivi des tâches — one constant query of ids, filters bound as parameters */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include "lt-date.h"
#include "lt-store-project-ops.h"
#include "lt-store-task-list.h"
#include "lt-store-tasks-private.h"
#include "lt-task.h"
#include "lt-text.h"
#include "lt-working-days.h"

/* ?1 staff, ?2 affaire, ?3 status nick, ?4 today (overdue), ?5 ?6 week,
 * ?7 ?8 ?9 search words. An unset filter binds NULL and costs a comparison. */
#define SUIVI_WHERE \
  "SELECT t.id FROM tasks t" \
  " WHERE (?1 IS NULL OR t.staff_id = ?1)" \
  " AND (?2 IS NULL OR t.affaire_id = ?2)" \
  " AND (?3 IS NULL OR (" LT_TASK_STATUS_SQL ") = ?3" \
  "      OR (?3 = 'open' AND (" LT_TASK_STATUS_SQL ") <> 'done'))" \
  " AND (?4 IS NULL OR (t.due_date < ?4 AND CASE t.kind WHEN 'task' THEN t.done_on IS NULL ELSE t.answered_on IS NULL END))" \
  " AND (?5 IS NULL OR t.due_date BETWEEN ?5 AND ?6)" \
  " AND (?7 IS NULL OR instr (t.search_key, ?7) > 0)" \
  " AND (?8 IS NULL OR instr (t.search_key, ?8) > 0)" \
  " AND (?9 IS NULL OR instr (t.search_key, ?9) > 0)"

/* Without search, walking the due-date index gives the order for free.
 * A search reads search_key of every row: the table in storage order then
 * a sort of the matches is 3 to 7 times faster than the index's random
 * reads (200,000 tasks: 35–100 ms instead of 200–250 ms), hence « + ». */
static const char suivi_sql[] = SUIVI_WHERE " ORDER BY t.due_date, t.id";
static const char suivi_search_sql[] = SUIVI_WHERE " ORDER BY +t.due_date, t.id";

/**
 * lt_store_suivi_sql:
 * @search: whether the filter has words to find
 *
 * Returns: the query of ids the suivi runs (for benchmarks)
 */
const char *
lt_store_suivi_sql (gboolean search)
{
  return search ? suivi_search_sql : suivi_sql;
}

static gboolean
filter_has_search (const LtTaskFilter *filter)
{
  g_autofree char *folded = NULL;

  if (filter == NULL || filter->search == NULL)
    return FALSE;

  folded = g_strstrip (lt_text_fold (filter->search));
  return folded != NULL && *folded != '\0';
}

static GVariant *
maybe_int64 (gint64 value)
{
  return g_variant_new_maybe (G_VARIANT_TYPE_INT64, value != 0 ? g_variant_new_int64 (value) : NULL);
}

static GVariant *
maybe_string (const char *value)
{
  return g_variant_new_maybe (G_VARIANT_TYPE_STRING, value != NULL ? g_variant_new_string (value) : NULL);
}

/**
 * lt_store_suivi_params:
 *
 * Returns: (transfer floating): the values bound to lt_store_suivi_sql().
 */
GVariant *
lt_store_suivi_params (const LtTaskFilter *filter)
{
  LtTaskFilter all = LT_TASK_FILTER_INIT;
  g_autofree char *today = NULL;
  g_autofree char *monday = NULL;
  g_autofree char *sunday = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  const char *w[3] = { NULL, NULL, NULL };
  g_autofree char *rest = NULL;
  GDate date, start;
  guint n = 0;

  if (filter == NULL)
    filter = &all;

  today = filter->today != NULL ? g_strdup (filter->today) : lt_date_today ();
  if (filter->this_week && lt_date_from_iso (today, &date))
    {
      GDate end;

      lt_working_days_week_start (&date, &start);
      end = start;
      g_date_add_days (&end, 6);
      monday = lt_date_to_iso (&start);
      sunday = lt_date_to_iso (&end);
    }

  if (filter->search != NULL)
    {
      folded = lt_text_fold (filter->search);
      words = g_strsplit_set (folded != NULL ? folded : "", " \t", -1);
      for (guint i = 0; words[i] != NULL; i++)
        {
          if (*words[i] == '\0')
            continue;
          if (n < 2)
            w[n++] = words[i];
          else
            {
              /* a third word and beyond: matched together, in order */
              char *joined = rest != NULL ? g_strconcat (rest, " ", words[i], NULL) : g_strdup (words[i]);
              g_free (rest);
              rest = joined;
            }
        }
      w[2] = rest;
    }

  return g_variant_new ("(@mx@mx@ms@ms@ms@ms@ms@ms@ms)",
                        maybe_int64 (filter->staff_id),
                        maybe_int64 (filter->affaire_id),
                        maybe_string (filter->status == LT_TASK_FILTER_OPEN ? "open"
                                      : filter->status >= 0 ? lt_enum_to_nick (LT_TYPE_TASK_STATUS, filter->status)
                                      : NULL),
                        maybe_string (filter->overdue ? today : NULL),
                        maybe_string (monday),
                        maybe_string (sunday),
                        maybe_string (w[0]),
                        maybe_string (w[1]),
                        maybe_string (w[2]));
}

/* One query for a window of rows, ids passed as a JSON array. */
static gboolean
build_tasks (LtStore      *store,
             const gint64 *ids,
             guint         n_ids,
             GPtrArray    *out,
             gpointer      user_data)
{
  g_autoptr(GString) json = g_string_new ("[");
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append_c (json, ']');

  sql = g_strconcat (lt_store_entity_select (&lt_task_entity), " WHERE t.id IN (SELECT value FROM json_each (?))", NULL);
  stmt = lt_store_prepare (store, sql, NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, json->str, (int) json->len, SQLITE_TRANSIENT);
  while ((rc = lt_store_step (store, stmt)) == SQLITE_ROW)
    g_ptr_array_add (out, lt_store_task_read_row (stmt));
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE;
}

/**
 * lt_store_list_suivi:
 * @filter: (nullable): what to show; %NULL for every task
 *
 * Returns: (transfer full): the tasks (LtTask with status and names) by
 *   due date, built only when shown; follows the store's writes.
 */
LtQueryModel *
lt_store_list_suivi (LtStore            *self,
                     const LtTaskFilter *filter)
{
  LtQueryModel *model;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  model = lt_query_model_new (self, "tasks", LT_TYPE_TASK, lt_store_suivi_sql (filter_has_search (filter)),
                              lt_store_suivi_params (filter), build_tasks, NULL, NULL);
  g_object_set_data (G_OBJECT (model), "lt-suivi-search", GINT_TO_POINTER (filter_has_search (filter)));
  lt_query_model_add_dependency (model, "task_links");
  lt_query_model_add_dependency (model, "staff");
  lt_query_model_add_dependency (model, "affaires");

  return model;
}

/**
 * lt_store_suivi_needs_new_model:
 *
 * Returns: %TRUE when @filter needs the other query (search or not): make
 *   a new list with lt_store_list_suivi() instead of
 *   lt_store_suivi_set_filter().
 */
gboolean
lt_store_suivi_needs_new_model (LtQueryModel       *model,
                                const LtTaskFilter *filter)
{
  g_return_val_if_fail (LT_IS_QUERY_MODEL (model), TRUE);

  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (model), "lt-suivi-search")) != filter_has_search (filter);
}

/**
 * lt_store_suivi_set_filter:
 *
 * Filters the list again in place (same query shape: see
 * lt_store_suivi_needs_new_model()).
 */
gboolean
lt_store_suivi_set_filter (LtQueryModel        *model,
                           const LtTaskFilter  *filter,
                           GError             **error)
{
  g_return_val_if_fail (LT_IS_QUERY_MODEL (model), FALSE);
  g_return_val_if_fail (!lt_store_suivi_needs_new_model (model, filter), FALSE);

  return lt_query_model_set_params (model, lt_store_suivi_params (filter), error);
}
