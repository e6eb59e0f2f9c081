/* lt-store-task-list.c: the suivi des tâches — one constant query of ids, filters bound as parameters */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <string.h>

#include "lt-date.h"
#include "lt-store-project-ops.h"
#include "lt-store-task-list.h"
#include "lt-store-tasks-private.h"
#include "lt-task.h"
#include "lt-text.h"
#include "lt-working-days.h"

/* ?1 staff, ?2 affaire, ?3 status nick ("open": all but done), ?4 today
 * (overdue), ?5 ?6 week, ?7 ?8 ?9 words of one or two characters (looked
 * for in search_key and the intervenant's: trigrams need three), ?10 the
 * longer words as an FTS5 query of the trigram index (task and
 * intervenant), ?11 ?12 ?13 the same longer words one by one (up to
 * three) for the first-window walk. The query holds only the clauses of
 * the filters set (its « shape »), so that SQLite picks the index that
 * serves them: the default view (open tasks by due date) walks
 * tasks_open_due in order, with no sort; a status walks tasks_status_due.
 *
 * A word of three letters or more goes through the trigram index, which
 * must find every match and sort them before the first row: « dec »
 * matches 8,400 open tâches of 200,000, read and sorted in 20–25 ms, more
 * than a frame. So the list first runs a « first window » walk
 * (lt_query_model_set_first_window_query()): the same filters, each long
 * word looked for as a short one (SHORT_KEY: the same meaning as the
 * trigram index), on the index in the list's order, cut to the first 256
 * rows. A common word fills them within a millisecond, shown at once; the
 * full query then gives the rest, its first rows the same. A rare word
 * makes the walk read the whole index: past its budget (4 ms) it is
 * stopped and the trigram query, fast for few matches, runs (the rows the
 * walk found shown first when they fill a screen); a walk that ends in
 * time with fewer than 256 rows is the whole list. */
enum {
  SHAPE_STAFF   = 1 << 0,
  SHAPE_AFFAIRE = 1 << 1,
  SHAPE_OPEN    = 1 << 2,
  SHAPE_STATUS  = 1 << 3,
  SHAPE_OVERDUE = 1 << 4,
  SHAPE_WEEK    = 1 << 5,
  SHAPE_SHORT1  = 1 << 6,
  SHAPE_SHORT2  = 1 << 7,
  SHAPE_SHORT3  = 1 << 8,
  SHAPE_FTS     = 1 << 9,
  /* the first-window walk's, never the full query's */
  SHAPE_LONG1   = 1 << 10,
  SHAPE_LONG2   = 1 << 11,
  SHAPE_LONG3   = 1 << 12,
};

/* A short word is looked for in the task's key and its intervenant's name
 * (apart: a word never spans both), as the trigram index does. The
 * intervenants whose name holds it are found once per query (a handful of
 * rows), not per task; the key and the intervenant are in the index the
 * query walks (migration 014), so the walk reads no row of the table. */
#define SHORT_KEY(param) \
  "(instr (t.search_key, " param ") > 0 OR t.staff_id IN (SELECT s.id FROM staff s" \
  " WHERE instr (s.search_key, " param ") > 0))"

static const struct {
  guint       bit;
  const char *clause;
} shape_clauses[] = {
  { SHAPE_STAFF,   "t.staff_id = ?1" },
  { SHAPE_AFFAIRE, "t.affaire_id = ?2" },
  { SHAPE_OPEN,    "t.status <> 'done'" },
  { SHAPE_STATUS,  "t.status = ?3" },
  { SHAPE_OVERDUE, "t.due_date < ?4 AND t.status <> 'done'" },
  { SHAPE_WEEK,    "t.due_date BETWEEN ?5 AND ?6" },
  { SHAPE_SHORT1,  SHORT_KEY ("?7") },
  { SHAPE_SHORT2,  SHORT_KEY ("?8") },
  { SHAPE_SHORT3,  SHORT_KEY ("?9") },
  { SHAPE_FTS,     "t.id IN (SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH ?10)" },
  { SHAPE_LONG1,   SHORT_KEY ("?11") },
  { SHAPE_LONG2,   SHORT_KEY ("?12") },
  { SHAPE_LONG3,   SHORT_KEY ("?13") },
};

/* The words of a search, folded: those of three characters or more as one
 * FTS5 query (each a quoted string: all must be found), and one by one
 * when there are three at most (for the walk), the shorter ones apart (a
 * fourth and beyond joined to the third, matched together). */
typedef struct {
  char  *short_words[3];
  char  *fts;
  char  *long_words[3];
  guint  n_long;
} SearchWords;

static void
search_words_clear (SearchWords *w)
{
  for (guint i = 0; i < G_N_ELEMENTS (w->short_words); i++)
    g_clear_pointer (&w->short_words[i], g_free);
  for (guint i = 0; i < G_N_ELEMENTS (w->long_words); i++)
    g_clear_pointer (&w->long_words[i], g_free);
  g_clear_pointer (&w->fts, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SearchWords, search_words_clear)

static void
split_search (const char  *search,
              SearchWords *w)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) fts = NULL;
  guint n = 0;

  memset (w, 0, sizeof *w);
  if (search == NULL)
    return;

  folded = lt_text_fold (search);
  words = g_strsplit_set (folded != NULL ? folded : "", " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];

      if (*word == '\0')
        continue;
      if (g_utf8_strlen (word, -1) >= 3)
        {
          g_auto(GStrv) parts = g_strsplit (word, "\"", -1);
          g_autofree char *quoted = g_strjoinv ("\"\"", parts);

          if (fts == NULL)
            fts = g_string_new (NULL);
          else
            g_string_append_c (fts, ' ');
          g_string_append_printf (fts, "\"%s\"", quoted);
          if (w->n_long < G_N_ELEMENTS (w->long_words))
            w->long_words[w->n_long] = g_strdup (word);
          w->n_long++;
        }
      else if (n < 2)
        w->short_words[n++] = g_strdup (word);
      else
        {
          char *joined = w->short_words[2] != NULL ? g_strconcat (w->short_words[2], " ", word, NULL) : g_strdup (word);

          g_free (w->short_words[2]);
          w->short_words[2] = joined;
        }
    }
  if (fts != NULL)
    w->fts = g_string_free (g_steal_pointer (&fts), FALSE);
  /* more long words than the walk has parameters: no walk */
  if (w->n_long > G_N_ELEMENTS (w->long_words))
    for (guint i = 0; i < G_N_ELEMENTS (w->long_words); i++)
      g_clear_pointer (&w->long_words[i], g_free);
}

/* The clauses of @filter; with @walk, those of the first-window walk
 * instead (0 when the query needs none: no word for the trigram index, or
 * too many). */
static guint
filter_shape (const LtTaskFilter *filter,
              gboolean            walk)
{
  g_auto(SearchWords) words = { { NULL } };
  guint shape = 0;

  if (filter == NULL)
    return 0;

  split_search (filter->search, &words);
  if (walk && (words.fts == NULL || words.long_words[0] == NULL))
    return 0;
  if (filter->staff_id != 0)
    shape |= SHAPE_STAFF;
  if (filter->affaire_id != 0)
    shape |= SHAPE_AFFAIRE;
  if (filter->status == LT_TASK_FILTER_OPEN)
    shape |= SHAPE_OPEN;
  else if (filter->status >= 0)
    shape |= SHAPE_STATUS;
  if (filter->overdue)
    shape |= SHAPE_OVERDUE;
  if (filter->this_week)
    shape |= SHAPE_WEEK;
  for (guint i = 0; i < G_N_ELEMENTS (words.short_words); i++)
    if (words.short_words[i] != NULL)
      shape |= SHAPE_SHORT1 << i;
  if (walk)
    for (guint i = 0; i < G_N_ELEMENTS (words.long_words); i++)
      shape |= words.long_words[i] != NULL ? SHAPE_LONG1 << i : 0;
  else if (words.fts != NULL)
    shape |= SHAPE_FTS;

  return shape;
}

static char *
shape_sql (guint shape)
{
  GString *sql = g_string_new ("SELECT t.id FROM tasks t");
  gboolean first = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (shape_clauses); i++)
    if (shape & shape_clauses[i].bit)
      {
        g_string_append_printf (sql, "%s%s", first ? " WHERE " : " AND ", shape_clauses[i].clause);
        first = FALSE;
      }
  g_string_append (sql, " ORDER BY t.due_date, t.id");

  return g_string_free (sql, FALSE);
}

/**
 * lt_store_suivi_sql:
 * @filter: (nullable): what the list shows
 *
 * Returns: (transfer full): the query of ids the suivi runs for @filter,
 *   with lt_store_suivi_params() (for benchmarks and tests)
 */
char *
lt_store_suivi_sql (const LtTaskFilter *filter)
{
  return shape_sql (filter_shape (filter, FALSE));
}

/**
 * lt_store_suivi_first_window_sql:
 * @filter: (nullable): what the list shows
 *
 * Returns: (transfer full) (nullable): the walk whose first rows are those
 *   of lt_store_suivi_sql(), sooner, with the same lt_store_suivi_params()
 *   (see the top of this file); %NULL when the query walks its index
 *   already, or the search has more than three long words
 */
char *
lt_store_suivi_first_window_sql (const LtTaskFilter *filter)
{
  guint shape = filter_shape (filter, TRUE);

  return shape != 0 ? shape_sql (shape) : NULL;
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
  g_auto(SearchWords) words = { { NULL } };
  GDate date, start;

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

  split_search (filter->search, &words);

  return g_variant_new ("(@mx@mx@ms@ms@ms@ms@ms@ms@ms@ms@ms@ms@ms)",
                        maybe_int64 (filter->staff_id),
                        maybe_int64 (filter->affaire_id),
                        maybe_string (filter->status == LT_TASK_FILTER_OPEN ? "open"
                                      : filter->status >= 0 ? lt_enum_to_nick (LT_TYPE_TASK_STATUS, filter->status)
                                      : NULL),
                        maybe_string (filter->overdue ? today : NULL),
                        maybe_string (monday),
                        maybe_string (sunday),
                        maybe_string (words.short_words[0]),
                        maybe_string (words.short_words[1]),
                        maybe_string (words.short_words[2]),
                        maybe_string (words.fts),
                        maybe_string (words.long_words[0]),
                        maybe_string (words.long_words[1]),
                        maybe_string (words.long_words[2]));
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
  g_autofree char *sql = lt_store_suivi_sql (filter);
  g_autofree char *walk = lt_store_suivi_first_window_sql (filter);
  LtQueryModel *model;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  model = lt_query_model_new (self, "tasks", LT_TYPE_TASK, sql, lt_store_suivi_params (filter), build_tasks, NULL, NULL);
  lt_query_model_set_first_window_query (model, walk);
  lt_query_model_add_dependency (model, "task_links");
  lt_query_model_add_dependency (model, "staff");
  lt_query_model_add_dependency (model, "affaires");

  return model;
}

/**
 * lt_store_suivi_needs_new_model:
 *
 * Returns: %FALSE: any filter is set in place by lt_store_suivi_set_filter()
 *   (kept for callers written when a search needed another list)
 */
gboolean
lt_store_suivi_needs_new_model (LtQueryModel       *model,
                                const LtTaskFilter *filter)
{
  g_return_val_if_fail (LT_IS_QUERY_MODEL (model), TRUE);

  return FALSE;
}

/**
 * lt_store_suivi_set_filter:
 *
 * Filters the list again in place: the query of the filters now set, and
 * the least items-changed.
 */
gboolean
lt_store_suivi_set_filter (LtQueryModel        *model,
                           const LtTaskFilter  *filter,
                           GError             **error)
{
  g_autofree char *sql = lt_store_suivi_sql (filter);
  g_autofree char *walk = lt_store_suivi_first_window_sql (filter);

  g_return_val_if_fail (LT_IS_QUERY_MODEL (model), FALSE);

  lt_query_model_set_first_window_query (model, walk);
  return lt_query_model_set_query (model, sql, lt_store_suivi_params (filter), error);
}
