/* lt-cli-letter.c: lettrine-cli affaire edit, prestation edit, firm show|set — what the letters say (issue 12) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdio.h>

#include "lt-affaire.h"
#include "lt-cli-commands.h"
#include "lt-enums.h"
#include "lt-firm.h"
#include "lt-prestation.h"
#include "lt-store-catalogue.h"
#include "lt-store-catalogue-ops.h"
#include "lt-store-affaires.h"

/* --exercice-start / --exercice-end: dates as typed (ISO or DD/MM/YYYY),
 * "" to clear; the store judges the exercice they make. */
gboolean
lt_cli_set_exercice (LtAffaire   *affaire,
                     const char  *start,
                     const char  *end,
                     GError     **error)
{
  const char *given[] = { start, end };

  for (guint i = 0; i < G_N_ELEMENTS (given); i++)
    {
      g_autofree char *iso = NULL;

      if (given[i] == NULL)
        continue;
      if (*given[i] != '\0' && !lt_cli_parse_date (given[i], &iso, error))
        return FALSE;
      g_object_set (affaire, i == 0 ? "exercice-start" : "exercice-end", iso, NULL);
    }

  return TRUE;
}

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
  g_autofree char *exercice_start = NULL, *exercice_end = NULL;
  const GOptionEntry entries[] = {
    { "vigilance", 0, 0, G_OPTION_ARG_STRING, &vigilance, N_("LCB-FT vigilance: not-assessed, simplified, standard or reinforced"), N_("LEVEL") },
    { "consumer", 0, 0, G_OPTION_ARG_NONE, &consumer, N_("The client is a consumer or a non-professional (its letters follow the Code de la consommation)"), NULL },
    { "no-consumer", 0, 0, G_OPTION_ARG_NONE, &professional, N_("The client is a professional"), NULL },
    { "exercice-start", 0, 0, G_OPTION_ARG_STRING, &exercice_start, N_("First day of the current fiscal year, when it is not twelve months (\"\" to clear)"), N_("DATE") },
    { "exercice-end", 0, 0, G_OPTION_ARG_STRING, &exercice_end, N_("Last day of the current fiscal year, on the closing date (\"\" to clear)"), N_("DATE") },
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
  if (!lt_cli_set_exercice (affaire, exercice_start, exercice_end, error))
    return FALSE;

  return lt_store_update_affaire (store, affaire, error);
}

/* The kind of mission of a prestation (the norm its letters cite); a
 * prestation already in a document gets a new version, as in the app. */
static gboolean
prestation_edit (LtCli   *cli,
                 int      argc,
                 char   **argv,
                 GError **error)
{
  g_autofree char *mission = NULL;
  const GOptionEntry entries[] = {
    { "mission", 0, 0, G_OPTION_ARG_STRING, &mission, N_("Kind of mission, which sets the norm the letter cites: presentation (NP 2300), review (NP 2400), agreed-procedures (NP 4400), attestation (NP 3100), social, tax, legal or advisory"), N_("TYPE") },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtPrestation) prestation = NULL;
  g_autoptr(LtStepGraph) graph = NULL;
  gboolean new_version = FALSE;
  gint64 id;
  int value = 0;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &id, error))
    return FALSE;
  if (mission != NULL && !lt_cli_parse_enum (LT_TYPE_MISSION, mission, &value, error))
    return FALSE;

  if (!(store = lt_cli_open_store (cli, error)) ||
      !(prestation = lt_store_get_prestation (store, id, error)) ||
      !(graph = lt_store_catalogue_load_graph (store, id, error)))
    return FALSE;

  if (mission != NULL)
    lt_prestation_set_mission (prestation, value);

  if (!lt_store_catalogue_save_prestation (store, prestation, graph, &new_version, error))
    return FALSE;

  /* the id of the version saved: a new one when the old was in use */
  lt_cli_print_id (lt_prestation_get_id (prestation));
  return TRUE;
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
  { "affaire", "edit", N_("ID [--vigilance LEVEL] [--consumer|--no-consumer] [--exercice-start DATE --exercice-end DATE]"), N_("Change what the letters say about an affaire"), affaire_edit },
  { "prestation", "edit", N_("ID [--mission TYPE]"), N_("Change a prestation of the catalogue (a new version when it is in use)"), prestation_edit },
  { "firm", "show", N_("[--json]"), N_("Print the cabinet’s settings"), firm_show },
  { "firm", "set", N_("[--mediator-name NAME] [--mediator-address ADDRESS] [--mediator-website URL]"), N_("Change the cabinet’s settings"), firm_set },
};
LT_CLI_REGISTER (letter_commands)
