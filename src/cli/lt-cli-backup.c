/* lt-cli-backup.c: lettrine-cli backup and restore — copies of the whole database */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include "lt-cli-commands.h"
#include "lt-store-backup.h"

static gboolean
list_backups (LtCli   *cli,
              GError **error)
{
  g_autoptr(LtStore) store = lt_cli_open_existing_store (cli, error);
  g_autoptr(GPtrArray) list = NULL;

  if (store == NULL)
    return FALSE;
  list = lt_store_backup_list (lt_store_get_path (store), error);
  if (list == NULL)
    return FALSE;

  for (guint i = 0; i < list->len; i++)
    {
      LtStoreBackupInfo *info = g_ptr_array_index (list, i);
      g_autofree char *taken = g_date_time_format (info->taken, "%Y-%m-%d %H:%M");

      g_print ("%s\t%" G_GOFFSET_FORMAT "\t%s\n", taken, info->size, info->path);
    }

  return TRUE;
}

static gboolean
backup (LtCli   *cli,
        int      argc,
        char   **argv,
        GError **error)
{
  g_autofree char *output = NULL;
  gboolean list = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the copy to FILE (mode 0600)"), N_("FILE") },
    { "list", 0, 0, G_OPTION_ARG_NONE, &list, N_("List the automatic copies kept beside the database"), NULL },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error))
    return FALSE;
  if (list && output == NULL)
    return list_backups (cli, error);
  if (list || output == NULL || output[0] == '\0')
    return lt_cli_usage_error (error, _("Give either -o FILE or --list."));

  store = lt_cli_open_existing_store (cli, error);
  if (store == NULL || !lt_store_backup_to_file (store, output, error))
    return FALSE;

  g_print (_("Backup written to “%s”\n"), output);
  return TRUE;
}

static gboolean
restore (LtCli   *cli,
         int      argc,
         char   **argv,
         GError **error)
{
  const GOptionEntry entries[] = {
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *safety_copy = NULL;
  int version = 0;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error))
    return FALSE;

  /* A bad file is refused before any database is opened or created. */
  if (!lt_store_backup_check_file (argv[1], &version, error))
    return FALSE;

  store = lt_cli_open_store (cli, error);
  if (store == NULL)
    return FALSE;
  now = g_date_time_new_now_local ();
  if (!lt_store_backup_restore (store, argv[1], NULL, now, &safety_copy, error))
    return FALSE;

  g_print (_("Restored “%s” into “%s”.\n"), argv[1], lt_store_get_path (store));
  g_print (_("What the database held before is kept in “%s”.\n"), safety_copy);
  if (version < lt_store_get_latest_schema_version ())
    g_print (_("The backup is of an older schema (%d): it is updated the next time the database is opened.\n"),
             version);
  return TRUE;
}

static const LtCliCommand backup_commands[] = {
  { NULL, "backup", N_("-o FILE | --list"), N_("Copy the whole database to a file, consistent while others write"), backup },
  { NULL, "restore", N_("FILE"), N_("Replace the database by a backup (the current content is kept in the backups folder)"), restore },
};
LT_CLI_REGISTER (backup_commands)
