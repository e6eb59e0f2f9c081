/* lt-cli-planning.c: lettrine-cli request due (the demandes whose day has come), firm holidays (Alsace-Moselle) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include "lt-cli-commands.h"
#include "lt-date.h"
#include "lt-store-affaires.h"
#include "lt-store-project-ops.h"

static gboolean
request_due (LtCli   *cli,
             int      argc,
             char   **argv,
             GError **error)
{
  g_autofree char *on = NULL;
  g_autofree char *on_iso = NULL;
  g_autofree char *today = lt_date_today ();
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("The day (default: today)"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GPtrArray) due = NULL;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error) ||
      (on != NULL && !lt_cli_parse_date (on, &on_iso, error)) ||
      !(store = lt_cli_open_existing_store (cli, error)) ||
      !(due = lt_store_list_requests_due (store, on_iso != NULL ? on_iso : today, error)))
    return FALSE;

  if (json)
    {
      g_autoptr(GListStore) list = g_list_store_new (LT_TYPE_TASK);
      g_autoptr(JsonNode) node = NULL;

      g_list_store_splice (list, 0, 0, due->pdata, due->len);
      node = lt_cli_list_to_json (G_LIST_MODEL (list));
      lt_cli_print_json (node);
      return TRUE;
    }

  for (guint i = 0; i < due->len; i++)
    {
      LtTask *task = g_ptr_array_index (due, i);

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n",
               lt_task_get_id (task),
               lt_task_get_send_on (task),
               lt_task_get_due_date (task),
               lt_task_get_title (task),
               lt_task_get_affaire_name (task) != NULL ? lt_task_get_affaire_name (task) : "");
    }

  return TRUE;
}

static gboolean
firm_holidays (LtCli   *cli,
               int      argc,
               char   **argv,
               GError **error)
{
  const GOptionEntry entries[] = { { NULL } };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtFirm) firm = NULL;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 1, error))
    return FALSE;

  if (argc == 2 && !g_str_equal (argv[1], "france") && !g_str_equal (argv[1], "alsace-moselle"))
    {
      return lt_cli_usage_error (error, _("« %s » is no calendar: type france (the national holidays) or "
                                          "alsace-moselle (with Good Friday and 26 December)."), argv[1]);
    }

  if (!(store = argc == 2 ? lt_cli_open_store (cli, error) : lt_cli_open_existing_store (cli, error)) ||
      !(firm = lt_store_get_firm (store, error)))
    return FALSE;

  if (argc == 2)
    {
      lt_firm_set_alsace_moselle (firm, g_str_equal (argv[1], "alsace-moselle"));
      if (!lt_store_update_firm (store, firm, error))
        return FALSE;
    }

  g_print ("%s\n", lt_firm_get_alsace_moselle (firm) ? "alsace-moselle" : "france");
  return TRUE;
}

static const LtCliCommand planning_commands[] = {
  { "request", "due", N_("[--on DATE] [--json]"), N_("List the demandes due to go to the client (their day has come, not sent yet)"), request_due },
  { "firm", "holidays", N_("[france|alsace-moselle]"), N_("Show or set the cabinet’s public holidays (Alsace-Moselle adds Good Friday and 26 December)"), firm_holidays },
};
LT_CLI_REGISTER (planning_commands)
