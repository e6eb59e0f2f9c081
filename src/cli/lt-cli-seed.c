/* lt-cli-seed.c: lettrine-cli seed, check and export — filling, checking and dumping a database */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdio.h>

#include "lt-cli-commands.h"
#include "lt-store-check.h"
#include "lt-store-demo.h"
#include "lt-store-export.h"
#include "lt-store-seed.h"

/* stdout as a GOutputStream, without gio-unix. */
#define LT_TYPE_CLI_STDOUT (lt_cli_stdout_get_type ())
G_DECLARE_FINAL_TYPE (LtCliStdout, lt_cli_stdout, LT, CLI_STDOUT, GOutputStream)

struct _LtCliStdout {
  GOutputStream parent_instance;
};

G_DEFINE_FINAL_TYPE (LtCliStdout, lt_cli_stdout, G_TYPE_OUTPUT_STREAM)

static gssize
lt_cli_stdout_write_fn (GOutputStream  *stream,
                        const void     *buffer,
                        gsize           count,
                        GCancellable   *cancellable,
                        GError        **error)
{
  if (fwrite (buffer, 1, count, stdout) != count)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write to the standard output."));
      return -1;
    }
  return count;
}

static gboolean
lt_cli_stdout_flush (GOutputStream  *stream,
                     GCancellable   *cancellable,
                     GError        **error)
{
  if (fflush (stdout) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write to the standard output."));
      return FALSE;
    }
  return TRUE;
}

static void
lt_cli_stdout_class_init (LtCliStdoutClass *klass)
{
  GOutputStreamClass *stream_class = G_OUTPUT_STREAM_CLASS (klass);

  stream_class->write_fn = lt_cli_stdout_write_fn;
  stream_class->flush = lt_cli_stdout_flush;
}

static void
lt_cli_stdout_init (LtCliStdout *self)
{
}

static gboolean
seed (LtCli   *cli,
      int      argc,
      char   **argv,
      GError **error)
{
  gboolean demo = FALSE;
  int n_affaires = -1;
  int n_tasks = 0;
  const GOptionEntry entries[] = {
    { "demo", 0, 0, G_OPTION_ARG_NONE, &demo, N_("Load the demo cabinet (into an empty database)"), NULL },
    { "affaires", 0, 0, G_OPTION_ARG_INT, &n_affaires, N_("Add N synthetic affaires"), N_("N") },
    { "tasks", 0, 0, G_OPTION_ARG_INT, &n_tasks, N_("Add M tasks spread over the synthetic clients"), N_("M") },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GTimer) timer = NULL;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error))
    return FALSE;

  if (!demo && n_affaires < 0)
    return lt_cli_usage_error (error, _("Say what to seed: --demo, or --affaires N [--tasks M]."));
  if (n_affaires < -1 || n_tasks < 0)
    return lt_cli_usage_error (error, _("Sizes are positive whole numbers."));
  if (n_tasks > 0 && n_affaires <= 0)
    return lt_cli_usage_error (error, _("--tasks needs --affaires: tasks belong to affaires."));

  if (!(store = lt_cli_open_store_full (cli, LT_STORE_OPEN_CREATE | LT_STORE_OPEN_NEW_EMPTY, error)))
    return FALSE;

  timer = g_timer_new ();

  if (demo && !lt_store_load_demo (store, error))
    return FALSE;

  if (n_affaires > 0 && !lt_store_seed (store, n_affaires, n_tasks, error))
    return FALSE;

  if (demo)
    printf (_("Demo cabinet loaded.\n"));
  if (n_affaires > 0)
    printf (_("%d affaires and %d tasks added in %.2f s.\n"), n_affaires, n_tasks, g_timer_elapsed (timer, NULL));

  return TRUE;
}

static gboolean
check (LtCli   *cli,
       int      argc,
       char   **argv,
       GError **error)
{
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  if (!lt_cli_parse (cli, NULL, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error) ||
      !(store = lt_cli_open_existing_store (cli, error)) ||
      !(problems = lt_store_check (store, error)))
    return FALSE;

  if (problems->len == 0)
    {
      printf (_("The database is consistent.\n"));
      return TRUE;
    }

  for (guint i = 0; i < problems->len; i++)
    printf ("%s\n", (const char *) g_ptr_array_index (problems, i));

  g_set_error (error, LT_ERROR, LT_ERROR_CONSTRAINT,
               ngettext ("The check found %u problem (listed above).",
                         "The check found %u problems (listed above).", problems->len),
               problems->len);
  return FALSE;
}

static gboolean
export (LtCli   *cli,
        int      argc,
        char   **argv,
        GError **error)
{
  gboolean json = FALSE;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Write JSON (the only format)"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of the standard output"), N_("FILE") },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GOutputStream) out = NULL;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error))
    return FALSE;

  if (!json)
    return lt_cli_usage_error (error, _("Say the format: --json."));

  if (!(store = lt_cli_open_existing_store (cli, error)))
    return FALSE;

  if (output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      out = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                             NULL, error));
      if (out == NULL)
        return FALSE;
    }
  else
    out = g_object_new (LT_TYPE_CLI_STDOUT, NULL);

  return lt_store_export_json (store, out, NULL, error) &&
         g_output_stream_close (out, NULL, error);
}

static const LtCliCommand seed_commands[] = {
  { NULL, "seed", N_("--demo | --affaires N [--tasks M]"),
    N_("Fill the database: the demo cabinet, or a synthetic cabinet of any size"), seed },
  { NULL, "check", NULL,
    N_("Check the database: SQLite’s integrity and foreign keys, and the rules’ invariants"), check },
  { NULL, "export", N_("--json [-o FILE]"),
    N_("Write every table as JSON, in a stable order (PDFs as their SHA-256)"), export },
};

LT_CLI_REGISTER (seed_commands)
