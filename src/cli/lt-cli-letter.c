/* lt-cli-letter.c: lettrine-cli affaire edit, firm show|set — what the letters say of the client and of the cabinet (issue 12) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdio.h>

#include "lt-affaire.h"
#include "lt-cli-commands.h"
#include "lt-enums.h"
#include "lt-firm.h"
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
  gboolean consumer = FALSE, professional = FALSE;
  const GOptionEntry entries[] = {
    { "vigilance", 0, 0, G_OPTION_ARG_STRING, &vigilance, N_("LCB-FT vigilance: not-assessed, simplified, standard or reinforced"), N_("LEVEL") },
    { "consumer", 0, 0, G_OPTION_ARG_NONE, &consumer, N_("The client is a consumer or a non-professional (its letters follow the Code de la consommation)"), NULL },
    { "no-consumer", 0, 0, G_OPTION_ARG_NONE, &professional, N_("The client is a professional"), NULL },
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
  if (consumer && professional)
    return lt_cli_usage_error (error, _("--consumer and --no-consumer cannot be given together."));

  if (!(store = lt_cli_open_store (cli, error)) ||
      !(affaire = lt_store_get_affaire (store, id, error)))
    return FALSE;

  if (vigilance != NULL)
    lt_affaire_set_vigilance (affaire, value);
  if (consumer || professional)
    lt_affaire_set_consumer (affaire, consumer);

  return lt_store_update_affaire (store, affaire, error);
}

/* The firm settings the letters print: `firm show` prints them all,
 * `firm set` changes those given. */
static gboolean
firm_show (LtCli   *cli,
           int      argc,
           char   **argv,
           GError **error)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtFirm) firm = NULL;
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error) ||
      !(store = lt_cli_open_existing_store (cli, error)) ||
      !(firm = lt_store_get_firm (store, error)))
    return FALSE;

  if (json)
    {
      g_autoptr(JsonNode) node = lt_cli_object_to_json (G_OBJECT (firm));

      lt_cli_print_json (node);
      return TRUE;
    }

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (firm), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_auto(GValue) text = G_VALUE_INIT;

      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspecs[i]));
      g_object_get_property (G_OBJECT (firm), pspecs[i]->name, &value);
      g_value_init (&text, G_TYPE_STRING);
      if (g_value_transform (&value, &text))
        printf ("%s: %s\n", pspecs[i]->name, g_value_get_string (&text) != NULL ? g_value_get_string (&text) : "");
    }

  return TRUE;
}

static gboolean
firm_set (LtCli   *cli,
          int      argc,
          char   **argv,
          GError **error)
{
  g_autofree char *mediator_name = NULL, *mediator_address = NULL, *mediator_website = NULL;
  const GOptionEntry entries[] = {
    { "mediator-name", 0, 0, G_OPTION_ARG_STRING, &mediator_name, N_("The médiateur de la consommation the cabinet belongs to (required before a letter goes to a consumer)"), N_("NAME") },
    { "mediator-address", 0, 0, G_OPTION_ARG_STRING, &mediator_address, N_("The médiateur’s postal address"), N_("ADDRESS") },
    { "mediator-website", 0, 0, G_OPTION_ARG_STRING, &mediator_website, N_("The médiateur’s website (required with its name)"), N_("URL") },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtFirm) firm = NULL;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error) ||
      !(store = lt_cli_open_store (cli, error)) ||
      !(firm = lt_store_get_firm (store, error)))
    return FALSE;

  if (mediator_name != NULL)
    lt_firm_set_mediator_name (firm, g_strstrip (mediator_name));
  if (mediator_address != NULL)
    lt_firm_set_mediator_address (firm, g_strstrip (mediator_address));
  if (mediator_website != NULL)
    lt_firm_set_mediator_website (firm, g_strstrip (mediator_website));

  return lt_store_update_firm (store, firm, error);
}

static const LtCliCommand letter_commands[] = {
  { "affaire", "edit", N_("ID [--vigilance LEVEL] [--consumer|--no-consumer]"), N_("Change what the letters say about an affaire"), affaire_edit },
  { "firm", "show", N_("[--json]"), N_("Print the cabinet’s settings"), firm_show },
  { "firm", "set", N_("[--mediator-name NAME] [--mediator-address ADDRESS] [--mediator-website URL]"), N_("Change the cabinet’s settings"), firm_set },
};
LT_CLI_REGISTER (letter_commands)
