/* bench-store.c: the store's benchmarks (inserts, opening a big database, search) beside their baselines */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "lt-store-bench.h"

/* Printed, never asserted: each line gives our figure, the baseline
 * measured in the same run and the ratio against the goal.
 * LETTRINE_BENCH_AFFAIRES / LETTRINE_BENCH_TASKS change the big database. */
int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  g_autofree char *dir = NULL;
  const char *a = g_getenv ("LETTRINE_BENCH_AFFAIRES");
  const char *t = g_getenv ("LETTRINE_BENCH_TASKS");
  const char *names[] = { "insert-store.db", "insert-raw.db", "big.db", "empty.db" };
  gboolean ok;

  /* Opening is measured in a fresh process: this one, run again. */
  if (argc == 3 && g_str_equal (argv[1], LT_STORE_BENCH_PROBE_ARG))
    return lt_store_bench_probe (argv[2]);

  dir = g_dir_make_tmp ("bench-store-XXXXXX", &error);
  if (dir == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  ok = lt_store_bench (dir, "/proc/self/exe", a != NULL ? atoi (a) : 10000, t != NULL ? atoi (t) : 200000, report, &error);
  fputs (report->str, stdout);
  if (!ok)
    fprintf (stderr, "%s\n", error->message);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
    }
  g_rmdir (dir);

  return ok ? 0 : 1;
}
