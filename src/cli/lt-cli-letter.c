/* lt-cli-letter.c: lettrine-cli affaire edit — what an engagement letter says about its client (issue 12) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include "lt-affaire.h"
#include "lt-cli-commands.h"
#include "lt-enums.h"
#include "lt-store-affaires.h"

/* Changes only what is given; the store refuses what a rule forbids and a
 * concurrent change (the revision read here). */
static gboolean
affaire_edit (LtCli   *cli,
              int      argc,
              char   **argv,
              GError **error)
{
  g_autofree char *vigilance = NULL;
  const GOptionEntry entries[] = {
    { "vigilance", 0, 0, G_OPTION_ARG_STRING, &vigilance, N_("LCB-FT vigilance: not-assessed, simplified, standard or reinforced"), N_("LEVEL") },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtAffaire) affaire = NULL;
  gint64 id;
  int value = 0;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &id, error))
    return FALSE;
  if (vigilance != NULL && !lt_cli_parse_enum (LT_TYPE_VIGILANCE, vigilance, &value, error))
    return FALSE;

  if (!(store = lt_cli_open_store (cli, error)) ||
      !(affaire = lt_store_get_affaire (store, id, error)))
    return FALSE;

  if (vigilance != NULL)
    lt_affaire_set_vigilance (affaire, value);

  return lt_store_update_affaire (store, affaire, error);
}

static const LtCliCommand letter_commands[] = {
  { "affaire", "edit", N_("ID [--vigilance LEVEL]"), N_("Change what the letters say about an affaire"), affaire_edit },
};
LT_CLI_REGISTER (letter_commands)
