/* lt-query-model-worker.c: a query model's ids read on the store's worker connection, off the main thread */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-query-model"

#include "config.h"

#include "lt-query-model-private.h"
#include "lt-store-reader-private.h"

/* SQLite calls the progress handler every this many virtual machine
 * instructions: a cancelled query stops within a fraction of a millisecond. */
#define PROGRESS_STEPS 1000

/* What became of a job's first-window walk. */
typedef enum {
  WALK_NONE,
  WALK_WINDOW,      /* its rows shown at once, then the full query */
  WALK_WHOLE,       /* fewer than a window: the whole result */
  WALK_PART,        /* over its budget, its rows so far shown, then the full query */
  WALK_ABANDONED,   /* over its budget with less than a screen: the full query alone */
} Walk;

typedef struct {
  LtStoreReader *reader;
  char          *sql;
  char          *walk_sql;   /* the first-window walk, cut to FIRST_WINDOW */
  gint64         walk_budget;
  guint          walk_budget_rows;
  Walk           walk;
  GVariant      *params;
  guint          generation;
  gboolean       first_window_first;
  GMainContext  *context;
  /* borrowed: the main thread holds a reference until job_done_cb, which
   * comes after the thread's last use (the model is never let go of in
   * the thread, where it could be finalized) */
  LtQueryModel  *model;
} Job;

typedef struct {
  LtQueryModel *model;
  GArray       *ids;
  guint         generation;
} Window;

/* What the progress handler checks: a query stops when its job is
 * cancelled, a walk also at its deadline. */
typedef struct {
  GCancellable *cancellable;
  gint64        deadline;   /* monotonic µs; G_MAXINT64 for none */
  GArray       *ids;        /* the rows read, and how many may be (tests) */
  guint         max_rows;
} Progress;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->sql);
  g_free (job->walk_sql);
  g_clear_pointer (&job->params, g_variant_unref);
  g_main_context_unref (job->context);
  g_free (job);
}

static void
window_free (gpointer data)
{
  Window *window = data;

  g_object_unref (window->model);
  g_array_unref (window->ids);
  g_free (window);
}

static int
progress_cb (gpointer data)
{
  Progress *progress = data;

  if (g_cancellable_is_cancelled (progress->cancellable))
    return 1;

  if (progress->deadline == G_MAXINT64)
    return 0;

  return g_get_monotonic_time () >= progress->deadline || progress->ids->len >= progress->max_rows ? 1 : 0;
}

/* In the main loop: the first rows, unless a newer query began. */
static gboolean
apply_window_cb (gpointer data)
{
  Window *window = data;
  LtQueryModel *self = window->model;

  if (window->generation == self->generation && self->job != NULL)
    {
      lt_query_model_apply_ids (self, g_steal_pointer (&window->ids));
      lt_query_model_set_partial (self, TRUE);
      window->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  return G_SOURCE_REMOVE;
}

/* Sends the first rows to the main loop, to be shown before the rest. */
static void
post_window (Job    *job,
             GArray *ids)
{
  Window *window = g_new0 (Window, 1);
  /* a source, never g_main_context_invoke (): that one may call back in
   * this thread when the main loop is not running */
  g_autoptr(GSource) source = g_idle_source_new ();

  window->model = g_object_ref (job->model);
  window->ids = g_array_copy (ids);
  window->generation = job->generation;
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, apply_window_cb, window, window_free);
  g_source_attach (source, job->context);
}

/* Appends the ids @sql reads to @ids; with @post, sends the first window
 * as soon as it is read. Returns the last step's code (SQLITE_DONE, or
 * SQLITE_INTERRUPT when the progress handler stopped it), with @error
 * set for any other. */
static int
read_ids (sqlite3     *db,
          Job         *job,
          const char  *sql,
          GArray      *ids,
          gboolean     post,
          GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      lt_query_model_bind_params (stmt, job->params);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (ids, id);
          if (post && ids->len == FIRST_WINDOW)
            post_window (job, ids);
        }
    }
  if (rc != SQLITE_DONE && rc != SQLITE_INTERRUPT)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", sqlite3_errmsg (db));
  sqlite3_finalize (stmt);

  return rc;
}

/* The first-window walk, within its budget: its rows in @ids when it
 * ended in time (all of them: the whole result, or a window, posted).
 * Stopped by its budget, the rows it found are still the list's first
 * ones (an index read in the list's order; a plan that sorts gives none
 * before its end): more than a screen of them is shown. */
static void
walk_first_window (sqlite3  *db,
                   Job      *job,
                   Progress *progress,
                   GArray   *ids)
{
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_monotonic_time ();
  int rc;

  /* past G_MAXINT64 - 1: the clock never stops it, the rows may */
  progress->deadline = job->walk_budget < G_MAXINT64 - 1 - now ? now + job->walk_budget : G_MAXINT64 - 1;
  progress->ids = ids;
  progress->max_rows = job->walk_budget_rows;
  rc = read_ids (db, job, job->walk_sql, ids, FALSE, &error);
  progress->deadline = G_MAXINT64;

  if (rc == SQLITE_DONE && ids->len < FIRST_WINDOW)
    job->walk = WALK_WHOLE;
  else if (rc == SQLITE_DONE)
    {
      job->walk = WALK_WINDOW;
      post_window (job, ids);
    }
  else if (g_cancellable_is_cancelled (progress->cancellable))
    job->walk = WALK_NONE;
  else if (error == NULL && ids->len >= WINDOW_SIZE)
    {
      job->walk = WALK_PART;
      post_window (job, ids);
    }
  else
    {
      /* an error is the walk's alone: the full query still gives the list */
      if (error != NULL)
        g_warning ("The first rows of %s could not be read: %s", job->model->table, error->message);
      job->walk = WALK_ABANDONED;
    }
  if (job->walk != WALK_WHOLE)
    g_array_set_size (ids, 0);
}

static void
run_job (GTask        *task,
         gpointer      source_object,
         gpointer      task_data,
         GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  Progress progress = { cancellable, G_MAXINT64, NULL, G_MAXUINT };
  sqlite3 *db;

  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if ((db = lt_store_reader_lock (job->reader, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  sqlite3_progress_handler (db, PROGRESS_STEPS, progress_cb, &progress);
  if (job->walk_sql != NULL)
    walk_first_window (db, job, &progress, ids);
  if (job->walk != WALK_WHOLE && !g_cancellable_is_cancelled (cancellable))
    read_ids (db, job, job->sql, ids, job->first_window_first && job->walk != WALK_WINDOW && job->walk != WALK_PART,
              &error);
  sqlite3_progress_handler (db, 0, NULL, NULL);
  lt_store_reader_unlock (job->reader);

  if (g_cancellable_set_error_if_cancelled (cancellable, &error) || error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&ids), (GDestroyNotify) g_array_unref);
}

static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(LtQueryModel) self = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  GArray *ids;

  ids = g_task_propagate_pointer (G_TASK (result), &error);
  self->n_walks_window += job->walk == WALK_WINDOW;
  self->n_walks_whole += job->walk == WALK_WHOLE;
  self->n_walks_part += job->walk == WALK_PART;
  self->n_walks_abandoned += job->walk == WALK_ABANDONED;
  if (job->generation != self->generation)
    {
      /* superseded: a newer query is on its way (or was read at once) */
      self->n_superseded++;
      g_clear_pointer (&ids, g_array_unref);
      return;
    }

  g_clear_object (&self->job);
  if (ids == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("The list of %s could not be read again: %s", self->table, error->message);
      return;
    }

  self->n_queries++;
  lt_query_model_apply_ids (self, ids);
  /* told after the rows: a view reads the whole count then */
  lt_query_model_set_partial (self, FALSE);
}

void
lt_query_model_cancel_job (LtQueryModel *self)
{
  if (self->job == NULL)
    return;

  self->generation++;
  g_cancellable_cancel (self->job);
  g_clear_object (&self->job);
}

void
lt_query_model_start_job (LtQueryModel *self,
                          gboolean      first_window_first)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  lt_query_model_cancel_job (self);
  self->generation++;
  self->job = g_cancellable_new ();

  job = g_new0 (Job, 1);
  job->reader = lt_store_get_reader (self->store);
  job->sql = g_strdup (self->sql);
  job->params = self->params != NULL ? g_variant_ref (self->params) : NULL;
  job->generation = self->generation;
  job->first_window_first = first_window_first;
  /* the walk serves only the first rows of a new filter */
  if (first_window_first && self->first_window_sql != NULL)
    {
      job->walk_sql = g_strdup_printf ("%s LIMIT %u", self->first_window_sql, (guint) FIRST_WINDOW);
      job->walk_budget = self->first_window_budget;
      job->walk_budget_rows = self->first_window_budget_rows;
    }
  job->context = g_main_context_ref_thread_default ();
  job->model = self;

  /* no source object: the task may be finalized in the thread */
  task = g_task_new (NULL, self->job, job_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, lt_query_model_start_job);
  g_task_set_task_data (task, job, job_free);
  /* the result is dropped when superseded: no need to return it cancelled */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, run_job);
}

/**
 * lt_query_model_is_loading:
 *
 * Returns: whether a query of the list runs on the worker connection, or
 *   only the first window was read yet
 */
gboolean
lt_query_model_is_loading (LtQueryModel *self)
{
  g_return_val_if_fail (LT_IS_QUERY_MODEL (self), FALSE);

  return self->job != NULL || self->partial || self->refresh_source != 0;
}
