/* lt-cli-bench.c: lettrine-cli bench — the store's benchmarks, printed beside their baselines */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "lt-cli-commands.h"
#include "lt-store-bench.h"

static gboolean
bench (LtCli   *cli,
       int      argc,
       char   **argv,
       GError **error)
{
  int n_affaires = 10000;
  int n_tasks = 200000;
  g_autofree char *dir = NULL;
  const GOptionEntry entries[] = {
    { "affaires", 0, 0, G_OPTION_ARG_INT, &n_affaires, N_("Affaires of the big database (default 10000)"), N_("N") },
    { "tasks", 0, 0, G_OPTION_ARG_INT, &n_tasks, N_("Tâches of the big database (default 200000)"), N_("M") },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, N_("Keep the benchmark’s databases in DIR (default: a temporary folder, removed)"), N_("DIR") },
    { NULL }
  };
  g_autoptr(GString) report = g_string_new (NULL);
  g_autofree char *tmp = NULL;
  gboolean ok;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error))
    return FALSE;

  if (n_affaires < 1 || n_tasks < 0)
    return lt_cli_usage_error (error, _("Sizes are positive whole numbers."));

  /* The benchmark makes its own databases: --database is not used. */
  if (dir == NULL && !(tmp = g_dir_make_tmp ("lettrine-bench-XXXXXX", error)))
    return FALSE;

  ok = lt_store_bench (dir != NULL ? dir : tmp, "/proc/self/exe", n_affaires, n_tasks, report, error);
  fputs (report->str, stdout);

  if (tmp != NULL)
    {
      const char *names[] = { "insert-store.db", "insert-raw.db", "big.db", "empty.db" };

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        for (guint s = 0; s < 3; s++)
          {
            g_autofree char *path = g_strconcat (tmp, "/", names[i], (const char *[]) { "", "-wal", "-shm" }[s], NULL);
            g_unlink (path);
          }
      g_rmdir (tmp);
    }

  return ok;
}

static const LtCliCommand bench_commands[] = {
  { NULL, "bench", N_("[--affaires N] [--tasks M] [--dir DIR]"),
    N_("Measure the store beside raw SQLite and an empty database; print the ratios"), bench },
};

LT_CLI_REGISTER (bench_commands)
