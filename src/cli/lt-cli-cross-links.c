/* lt-cli-cross-links.c: lettrine-cli step link|unlink|links — a step that waits on another prestation's */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdio.h>

#include "lt-cli-commands.h"
#include "lt-store-catalogue-ops.h"
#include "lt-store-cross-links.h"

/* The row of step @number (1-based, as `prestation show` numbers them). */
static gint64
step_id_of (LtStore     *store,
            gint64       prestation_id,
            gint64       number,
            GError     **error)
{
  g_autoptr(LtStepGraph) graph = lt_store_catalogue_load_graph (store, prestation_id, error);
  guint n;

  if (graph == NULL)
    return 0;
  n = lt_step_graph_get_n_nodes (graph);
  if (number < 1 || number > n)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_UNKNOWN_STEP,
                   g_dngettext (GETTEXT_PACKAGE,
                                "There is no step %u: this prestation has %u step.",
                                "There is no step %u: this prestation has %u steps.",
                                n),
                   (guint) MIN (number, G_MAXUINT), n);
      return 0;
    }
  return lt_step_graph_get_nth (graph, (guint) number - 1)->step_id;
}

/* « PRESTATION:STEP », both numbers. */
static gboolean
parse_waits_on (const char  *text,
                gint64      *prestation_id,
                gint64      *number,
                GError     **error)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return lt_cli_usage_error (error, _("--waits-on PRESTATION:STEP is required."));
  parts = g_strsplit (text, ":", 2);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_signed (parts[0], 10, 1, G_MAXINT64, prestation_id, NULL) ||
      !g_ascii_string_to_signed (parts[1], 10, 1, G_MAXINT64, number, NULL))
    return lt_cli_usage_error (error, _("“%s” is not PRESTATION:STEP: give the prestation’s id and the step’s number, e.g. 4:4."),
                               text);
  return TRUE;
}

static gboolean
link_run (LtCli    *cli,
          int       argc,
          char    **argv,
          gboolean  remove,
          GError  **error)
{
  g_autofree char *waits_on = NULL;
  int lag = 0;
  const GOptionEntry entries[] = {
    { "waits-on", 0, 0, G_OPTION_ARG_STRING, &waits_on, N_("The step waited on: another prestation’s id and the step’s number"), N_("PRESTATION:STEP") },
    { "lag", 0, 0, G_OPTION_ARG_INT, &lag, N_("Working days between the end of the step waited on and the start of STEP"), N_("DAYS") },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  gint64 prestation_id, number, other_id, other_number, to_step, from_step;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 2, 2, error) ||
      !lt_cli_parse_id (argv[1], &prestation_id, error) ||
      !lt_cli_parse_id (argv[2], &number, error) ||
      !parse_waits_on (waits_on, &other_id, &other_number, error) ||
      !(store = lt_cli_open_store (cli, error)) ||
      !(to_step = step_id_of (store, prestation_id, number, error)) ||
      !(from_step = step_id_of (store, other_id, other_number, error)))
    return FALSE;

  if (remove)
    return lt_store_cross_link_remove (store, from_step, to_step, error);
  return lt_store_cross_link_add (store, from_step, to_step, lag, error);
}

static gboolean
step_link (LtCli *cli, int argc, char **argv, GError **error)
{
  return link_run (cli, argc, argv, FALSE, error);
}

static gboolean
step_unlink (LtCli *cli, int argc, char **argv, GError **error)
{
  return link_run (cli, argc, argv, TRUE, error);
}

static gboolean
step_links (LtCli   *cli,
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
  g_autoptr(GPtrArray) links = NULL;
  gint64 prestation_id = 0;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 1, error) ||
      (argc > 1 && !lt_cli_parse_id (argv[1], &prestation_id, error)) ||
      !(store = lt_cli_open_existing_store (cli, error)) ||
      !(links = lt_store_cross_links_list (store, prestation_id, error)))
    return FALSE;

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < links->len; i++)
        {
          const LtCrossLinkInfo *l = g_ptr_array_index (links, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "prestation_id");
          json_builder_add_int_value (builder, l->to_prestation_id);
          json_builder_set_member_name (builder, "prestation");
          json_builder_add_string_value (builder, l->to_prestation);
          json_builder_set_member_name (builder, "step_id");
          json_builder_add_int_value (builder, l->to_step_id);
          json_builder_set_member_name (builder, "step");
          json_builder_add_string_value (builder, l->to_step);
          json_builder_set_member_name (builder, "waits_on_prestation_id");
          json_builder_add_int_value (builder, l->from_prestation_id);
          json_builder_set_member_name (builder, "waits_on_prestation");
          json_builder_add_string_value (builder, l->from_prestation);
          json_builder_set_member_name (builder, "waits_on_step_id");
          json_builder_add_int_value (builder, l->from_step_id);
          json_builder_set_member_name (builder, "waits_on_step");
          json_builder_add_string_value (builder, l->from_step);
          json_builder_set_member_name (builder, "lag_days");
          json_builder_add_int_value (builder, l->lag_days);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      node = json_builder_get_root (builder);
      lt_cli_print_json (node);
      return TRUE;
    }

  for (guint i = 0; i < links->len; i++)
    {
      const LtCrossLinkInfo *l = g_ptr_array_index (links, i);

      /* TRANSLATORS: « Secrétariat juridique : Rédiger le PV — waits on Bilan annuel : Établir les comptes annuels (+2) » */
      printf (_("%s : %s — waits on %s : %s (+%d)\n"), l->to_prestation, l->to_step,
              l->from_prestation, l->from_step, l->lag_days);
    }
  return TRUE;
}

static const LtCliCommand cross_link_commands[] = {
  { "step", "link", N_("PRESTATION STEP --waits-on PRESTATION:STEP [--lag DAYS]"), N_("Make a step wait on a step of another prestation, whenever both are assigned in a project"), step_link },
  { "step", "unlink", N_("PRESTATION STEP --waits-on PRESTATION:STEP"), N_("Remove a step’s wait on a step of another prestation"), step_unlink },
  { "step", "links", N_("[PRESTATION] [--json]"), N_("List the steps that wait on a step of another prestation"), step_links },
};
LT_CLI_REGISTER (cross_link_commands)
