/* test-store-crash.c: a writer killed at chosen points of its work leaves a sound database, all or nothing */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lettrine-core.h"
#include "lt-store-affaires.h"
#include "lt-store-private.h"
#include "lt-store-projects.h"

#define N_KILLS         120
#define TASKS_PER_BATCH 5
/* Points a batch reports: after BEGIN, after the affaire, after each task,
 * after the firm's update (all inside the transaction), after COMMIT. */
#define POINTS_PER_BATCH (TASKS_PER_BATCH + 4)
#define LAST_POINT       (POINTS_PER_BATCH - 1)
#define MAX_BATCHES_RUN  4

/* The writer's progress, in the child: when it reaches point @target it
 * writes a byte on @fd, then either stops there for the kill (@stop) or
 * goes on, so that the kill lands somewhere later (inside COMMIT's writes
 * and fsyncs too). Kills land where the work is, however slow the run
 * (ASan, valgrind), instead of after a wall-clock delay. */
typedef struct {
  guint    point;
  guint    target;
  int      fd;
  gboolean stop;
} Progress;

static void
progress (Progress *p)
{
  if (p->point++ != p->target)
    return;
  if (write (p->fd, "!", 1) != 1)
    _exit (4);
  if (p->stop)
    for (;;)
      pause ();
}

/* One user operation of several rows: an affaire, its chain of tasks, and
 * the firm's name naming the last batch (an update in the same transaction). */
static gboolean
write_batch (LtStore   *store,
             guint      batch,
             Progress  *p,
             GError   **error)
{
  g_autofree char *name = g_strdup_printf ("Batch %u", batch);
  g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", name, NULL);
  g_autoptr(LtFirm) firm = NULL;
  gint64 previous = 0;

  if (!lt_store_begin (store, error))
    return FALSE;
  progress (p);

  if (!lt_store_add_affaire (store, a, error))
    goto failed;
  progress (p);

  for (guint i = 0; i < TASKS_PER_BATCH; i++)
    {
      g_autofree char *title = g_strdup_printf ("Batch %u tâche %u", batch, i);
      g_autoptr(LtTask) t = g_object_new (LT_TYPE_TASK, "affaire-id", lt_affaire_get_id (a),
                                          "title", title, "start-date", "2025-01-01",
                                          "due-date", "2025-02-01", NULL);

      if (!lt_store_add_task (store, t, error))
        goto failed;
      if (previous != 0 && !lt_store_add_task_link (store, previous, lt_task_get_id (t), 1, NULL, error))
        goto failed;
      previous = lt_task_get_id (t);
      progress (p);
    }

  firm = lt_store_get_firm (store, error);
  if (firm == NULL)
    goto failed;
  lt_firm_set_name (firm, name);
  if (!lt_store_update_firm (store, firm, error))
    goto failed;
  progress (p);

  if (!lt_store_commit (store, error))
    return FALSE;
  progress (p);

  return TRUE;

failed:
  lt_store_rollback (store);
  return FALSE;
}

G_GNUC_NORETURN static void
run_writer (const char *path,
            guint       first_batch,
            Progress   *p)
{
  g_autoptr(GError) error = NULL;
  LtStore *store = lt_store_open (path, &error);

  if (store == NULL)
    {
      g_printerr ("writer: %s\n", error->message);
      _exit (2);
    }

  for (guint batch = first_batch; ; batch++)
    if (!write_batch (store, batch, p, &error))
      {
        g_printerr ("writer: %s\n", error->message);
        _exit (3);
      }
}

static int
query_int (LtStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = lt_store_prepare (store, sql, NULL);
  int value;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return value;
}

/* The database is sound and holds whole batches only. Returns how many. */
static guint
check_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) store = lt_store_open (path, &error);
  g_autofree char *expected_name = NULL;
  g_autoptr(LtFirm) firm = NULL;
  sqlite3_stmt *stmt;
  int n_batches;
  int last;

  g_assert_no_error (error);

  stmt = lt_store_prepare (store, "PRAGMA integrity_check", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_reset (stmt);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* No batch is half-present: each affaire has all its tasks and links. */
  g_assert_cmpint (query_int (store,
                              "SELECT count(*) FROM affaires a WHERE "
                              "(SELECT count(*) FROM tasks t WHERE t.affaire_id = a.id) <> 5 OR "
                              "(SELECT count(*) FROM task_links l JOIN tasks t ON t.id = l.to_task_id "
                              " WHERE t.affaire_id = a.id) <> 4"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM tasks WHERE affaire_id NOT IN (SELECT id FROM affaires)"), ==, 0);

  /* The update of the same transaction is there exactly when its rows are. */
  n_batches = query_int (store, "SELECT count(*) FROM affaires");
  firm = lt_store_get_firm (store, &error);
  g_assert_no_error (error);
  if (n_batches == 0)
    {
      g_assert_cmpstr (lt_firm_get_name (firm), ==, "");
      return 0;
    }
  last = query_int (store, "SELECT max(CAST(substr(name, 7) AS INTEGER)) FROM affaires");
  expected_name = g_strdup_printf ("Batch %d", last);
  g_assert_cmpstr (lt_firm_get_name (firm), ==, expected_name);
  g_assert_cmpint (lt_firm_get_revision (firm), ==, n_batches + 1);

  return n_batches;
}

static void
test_kill_writer (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lt-store-crash-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "crash.db", NULL);
  g_autoptr(GRand) rand = g_rand_new ();
  guint committed = 0;
  guint kills = 0;
  guint mid_transaction = 0;
  guint after_commit = 0;
  guint free_running = 0;

  g_assert_no_error (error);

  /* Migrations done once, outside the loop. */
  g_object_unref (lt_store_open (path, &error));
  g_assert_no_error (error);

  for (kills = 0; kills < N_KILLS; kills++)
    {
      Progress p = { 0, g_rand_int_range (rand, 0, POINTS_PER_BATCH * MAX_BATCHES_RUN), -1,
                     kills % 2 == 0 };
      guint batches_before_target = p.target / POINTS_PER_BATCH;
      guint phase = p.target % POINTS_PER_BATCH;
      int status = 0;
      guint before = committed;
      int fds[2];
      char byte;
      pid_t pid;

      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          p.fd = fds[1];
          run_writer (path, 1000 * (kills + 1), &p);
        }
      close (fds[1]);

      /* Blocks until the writer reached its point, however slow it is. */
      if (read (fds[0], &byte, 1) != 1)
        g_error ("the writer stopped before point %u (kill %u)", p.target, kills);
      close (fds[0]);
      if (!p.stop)
        g_usleep (g_rand_int_range (rand, 0, 3000));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (!WIFSIGNALED (status))
        g_error ("the writer stopped by itself (status %d) after kill %u", status, kills);

      committed = check_database (path);
      if (p.stop)
        {
          /* Killed at a known point: exactly the batches whose COMMIT returned. */
          guint expected = before + batches_before_target + (phase == LAST_POINT ? 1 : 0);

          g_assert_cmpuint (committed, ==, expected);
          if (phase == LAST_POINT)
            after_commit++;
          else
            mid_transaction++;
        }
      else
        {
          g_assert_cmpuint (committed, >=, before + batches_before_target);
          free_running++;
        }
    }

  g_test_message ("%u kills: %u stopped inside a transaction, %u right after a commit, "
                  "%u while running on; %u whole batches committed",
                  kills, mid_transaction, after_commit, free_running, committed);
  /* Half the kills stop at a point drawn among 36, 32 of them inside a
   * transaction: far more than 20 land there (the odds of fewer are nil). */
  g_assert_cmpuint (mid_transaction, >=, 20);
  g_assert_cmpuint (free_running, ==, N_KILLS / 2);

  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_remove (path);
    g_remove (wal);
    g_remove (shm);
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/crash/kill-writer", test_kill_writer);

  return g_test_run ();
}
