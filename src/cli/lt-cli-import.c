/* lt-cli-import.c: lettrine-cli import --csv — affaires from a CSV file */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdio.h>

#include "lt-cli-commands.h"
#include "lt-store-import.h"

static gboolean
import_csv (LtCli   *cli,
            int      argc,
            char   **argv,
            GError **error)
{
  g_autofree char *path = NULL;
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &path, N_("The CSV file (required)"), N_("FILE") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Check every line and write nothing"), NULL },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtImport) import = NULL;
  g_autoptr(LtImportReport) report = NULL;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error))
    return FALSE;
  if (path == NULL)
    return lt_cli_usage_error (error, _("--csv is required."));

  if (!(import = lt_import_new_from_file (path, error)) ||
      !(store = dry_run ? lt_cli_open_existing_store (cli, error) : lt_cli_open_store (cli, error)))
    return FALSE;

  report = dry_run ? lt_store_import_preview (store, import, error)
                   : lt_store_import_run (store, import, error);
  if (report == NULL)
    return FALSE;

  for (guint i = 0; i < report->rows->len; i++)
    {
      LtImportRow *row = g_ptr_array_index (report->rows, i);

      if (row->error != NULL)
        g_printerr (_("Line %u: %s\n"), row->line, row->error);
    }

  g_print (dry_run ? _("%u lines can be imported, %u refused\n")
                   : _("%u affaires imported, %u lines refused\n"),
           report->n_valid, report->n_refused);
  return TRUE;
}

static const LtCliCommand import_commands[] = {
  { NULL, "import", N_("--csv FILE [--dry-run]"), N_("Import affaires from a CSV file (; or , — UTF-8 or Windows-1252)"), import_csv },
};
LT_CLI_REGISTER (import_commands)
