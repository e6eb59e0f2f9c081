/* lt-cli-project.c: lettrine-cli project add|assign|save, task list|done, request send|answer */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdio.h>

#include "lt-cli-commands.h"
#include "lt-enums.h"
#include "lt-store-affaires.h"
#include "lt-store-project-ops.h"
#include "lt-store-task-list.h"
#include "lt-validate.h"

static gboolean
project_add (LtCli   *cli,
             int      argc,
             char   **argv,
             GError **error)
{
  g_autofree char *affaire = NULL;
  g_autofree char *name = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *staff = NULL;
  g_autofree char *start_iso = NULL;
  g_autofree char *end_iso = NULL;
  const GOptionEntry entries[] = {
    { "affaire", 0, 0, G_OPTION_ARG_STRING, &affaire, N_("The client"), N_("ID") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The project’s name"), N_("NAME") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, N_("First day"), N_("DATE") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end, N_("Last day"), N_("DATE") },
    { "staff", 0, 0, G_OPTION_ARG_STRING, &staff, N_("The intervenant"), N_("ID") },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtProject) project = lt_project_new ();
  gint64 affaire_id = 0, staff_id = 0;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error))
    return FALSE;
  if (affaire == NULL || name == NULL || start == NULL || end == NULL)
    return lt_cli_usage_error (error, _("--affaire, --name, --start and --end are required"));
  if (!lt_cli_parse_id (affaire, &affaire_id, error) ||
      (staff != NULL && !lt_cli_parse_id (staff, &staff_id, error)) ||
      !lt_cli_parse_date (start, &start_iso, error) ||
      !lt_cli_parse_date (end, &end_iso, error) ||
      !(store = lt_cli_open_store (cli, error)))
    return FALSE;

  lt_project_set_affaire_id (project, affaire_id);
  lt_project_set_name (project, name);
  lt_project_set_start_date (project, start_iso);
  lt_project_set_end_date (project, end_iso);
  lt_project_set_staff_id (project, staff_id);
  if (!lt_store_project_create (store, project, error))
    return FALSE;

  lt_cli_print_id (lt_project_get_id (project));
  return TRUE;
}

static gboolean
project_assign (LtCli   *cli,
                int      argc,
                char   **argv,
                GError **error)
{
  g_autofree char *prestation = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *price = NULL;
  g_autofree char *start_iso = NULL;
  g_autofree char *end_iso = NULL;
  const GOptionEntry entries[] = {
    { "prestation", 0, 0, G_OPTION_ARG_STRING, &prestation, N_("The prestation (its current version)"), N_("ID") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, N_("First day (default: the project’s)"), N_("DATE") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end, N_("Last day (default: the project’s)"), N_("DATE") },
    { "price", 0, 0, G_OPTION_ARG_STRING, &price, N_("Price in euros"), N_("EUR") },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtProject) project = NULL;
  g_autoptr(LtAssignment) assignment = lt_assignment_new ();
  gint64 project_id = 0, prestation_id = 0, cents = -1;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &project_id, error))
    return FALSE;
  if (prestation == NULL)
    return lt_cli_usage_error (error, _("--prestation is required"));
  if (!lt_cli_parse_id (prestation, &prestation_id, error) ||
      (price != NULL && !lt_cli_parse_euros (price, &cents, error)) ||
      (start != NULL && !lt_cli_parse_date (start, &start_iso, error)) ||
      (end != NULL && !lt_cli_parse_date (end, &end_iso, error)) ||
      !(store = lt_cli_open_store (cli, error)) ||
      !(project = lt_store_project_load (store, project_id, error)))
    return FALSE;

  lt_assignment_set_project_id (assignment, project_id);
  lt_assignment_set_prestation_id (assignment, prestation_id);
  lt_assignment_set_start_date (assignment, start_iso != NULL ? start_iso : lt_project_get_start_date (project));
  lt_assignment_set_end_date (assignment, end_iso != NULL ? end_iso : lt_project_get_end_date (project));
  lt_assignment_set_price_cents (assignment, cents);
  if (!lt_store_project_assign (store, assignment, error))
    return FALSE;

  lt_cli_print_id (lt_assignment_get_id (assignment));
  return TRUE;
}

static gboolean
project_save (LtCli   *cli,
              int      argc,
              char   **argv,
              GError **error)
{
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtProjectOutcome) outcome = NULL;
  g_autoptr(LtProject) project = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autofree char *summary = NULL;
  gint64 project_id = 0;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Save even with a prestation assigned twice"), NULL },
    { NULL }
  };

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &project_id, error) ||
      !(store = lt_cli_open_store (cli, error)) ||
      !(project = lt_store_project_load (store, project_id, error)) ||
      !(assignments = lt_store_project_list_assignments (store, project_id, error)) ||
      (!lt_project_get_generated (project) && !lt_cli_project_warnings (store, project, assignments, force, error)) ||
      !(outcome = lt_store_project_generate (store, project_id, error)))
    return FALSE;

  summary = lt_project_outcome_to_string (outcome);
  g_print ("%s\n", summary);
  if (outcome->n_late > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u task is due after the end of its prestation\n",
                          "%u tasks are due after the end of their prestation\n", outcome->n_late),
             outcome->n_late);

  return TRUE;
}

static gboolean
task_list (LtCli   *cli,
           int      argc,
           char   **argv,
           GError **error)
{
  g_autofree char *affaire = NULL;
  g_autofree char *status = NULL;
  g_autofree char *staff = NULL;
  g_autofree char *search = NULL;
  gboolean json = FALSE;
  gboolean overdue = FALSE;
  const GOptionEntry entries[] = {
    { "affaire", 0, 0, G_OPTION_ARG_STRING, &affaire, N_("Only this client’s tasks"), N_("ID") },
    { "staff", 0, 0, G_OPTION_ARG_STRING, &staff, N_("Only this intervenant’s tasks"), N_("ID") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status, N_("todo, blocked, waiting-client, sent or done"), N_("STATUS") },
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &overdue, N_("Only tasks past their due date"), NULL },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search, N_("Words to find"), N_("TEXT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtQueryModel) model = NULL;
  LtTaskFilter filter = LT_TASK_FILTER_INIT;
  int value;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error) ||
      (affaire != NULL && !lt_cli_parse_id (affaire, &filter.affaire_id, error)) ||
      (staff != NULL && !lt_cli_parse_id (staff, &filter.staff_id, error)) ||
      !lt_validate_search (search, error))
    return FALSE;
  if (status != NULL)
    {
      if (!lt_cli_parse_enum (LT_TYPE_TASK_STATUS, status, &value, error))
        return FALSE;
      filter.status = value;
    }
  filter.overdue = overdue;
  filter.search = search;

  if (!(store = lt_cli_open_existing_store (cli, error)))
    return FALSE;
  /* A filter on a number that is nobody is a typo, not an empty list. */
  if (filter.affaire_id != 0)
    {
      g_autoptr(LtAffaire) affaire = lt_store_get_affaire (store, filter.affaire_id, error);
      if (affaire == NULL)
        return FALSE;
    }
  if (filter.staff_id != 0)
    {
      g_autoptr(LtStaff) staff = lt_store_get_staff (store, filter.staff_id, error);
      if (staff == NULL)
        return FALSE;
    }
  model = lt_store_list_suivi (store, &filter);

  if (json)
    {
      g_autoptr(JsonNode) node = lt_cli_list_to_json (G_LIST_MODEL (model));
      lt_cli_print_json (node);
      return TRUE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(LtTask) task = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n",
               lt_task_get_id (task),
               lt_task_get_due_date (task),
               lt_enum_to_label (LT_TYPE_TASK_STATUS, lt_task_get_status (task)),
               lt_task_get_title (task),
               lt_task_get_affaire_name (task) != NULL ? lt_task_get_affaire_name (task) : "");
    }

  return TRUE;
}

static gboolean
task_done (LtCli   *cli,
           int      argc,
           char   **argv,
           GError **error)
{
  g_autofree char *on = NULL;
  g_autofree char *on_iso = NULL;
  gboolean keep = FALSE;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("The day it was done (default: today)"), N_("DATE") },
    { "keep-dates", 0, 0, G_OPTION_ARG_NONE, &keep, N_("Done late: do not move the tasks after it"), NULL },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  gint64 id = 0;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &id, error) ||
      (on != NULL && !lt_cli_parse_date (on, &on_iso, error)) ||
      !(store = lt_cli_open_store (cli, error)))
    return FALSE;

  return lt_store_task_mark_done (store, id, 0, on_iso, !keep, error);
}

static gboolean
request_send (LtCli   *cli,
              int      argc,
              char   **argv,
              GError **error)
{
  g_autofree char *on = NULL;
  g_autofree char *on_iso = NULL;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("The day it was sent (default: today)"), N_("DATE") },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtTask) task = NULL;
  g_autofree char *uri = NULL;
  gint64 id = 0;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &id, error) ||
      (on != NULL && !lt_cli_parse_date (on, &on_iso, error)) ||
      !(store = lt_cli_open_store (cli, error)) ||
      !(task = lt_store_task_load (store, id, error)))
    return FALSE;

  if (lt_task_get_kind (task) != LT_STEP_KIND_REQUEST)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_TRANSITION,
                   _("« %s » is a tâche, not a demande to the client: mark it done instead."),
                   lt_task_get_title (task));
      return FALSE;
    }

  if (!lt_store_requests_mark_sent (store, &id, 1, on_iso, error) ||
      !(uri = lt_store_requests_mailto (store, lt_task_get_affaire_id (task), &id, 1, error)))
    return FALSE;

  /* the e-mail to send, for a mail client */
  g_print ("%s\n", uri);
  return TRUE;
}

static gboolean
request_answer (LtCli   *cli,
                int      argc,
                char   **argv,
                GError **error)
{
  g_autofree char *on = NULL;
  g_autofree char *on_iso = NULL;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("The day the answer came (default: today)"), N_("DATE") },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  gint64 id = 0;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &id, error) ||
      (on != NULL && !lt_cli_parse_date (on, &on_iso, error)) ||
      !(store = lt_cli_open_store (cli, error)))
    return FALSE;

  return lt_store_request_mark_answered (store, id, on_iso, error);
}

static const LtCliCommand project_commands[] = {
  { "project", "add", N_("--affaire ID --name NAME --start DATE --end DATE [--staff ID]"), N_("Open a project for a client"), project_add },
  { "project", "assign", N_("PROJECT_ID --prestation ID [--start DATE] [--end DATE] --price EUR"), N_("Assign a prestation to a project"), project_assign },
  { "project", "save", N_("PROJECT_ID [--force]"), N_("Create the project’s tâches and demandes"), project_save },
  { "task", "list", N_("[--affaire ID] [--staff ID] [--status STATUS] [--overdue] [--search TEXT] [--json]"), N_("List the suivi des tâches by due date"), task_list },
  { "task", "done", N_("ID [--on DATE] [--keep-dates]"), N_("Mark a tâche done"), task_done },
  { "request", "send", N_("ID [--on DATE]"), N_("Mark a demande sent and print its e-mail"), request_send },
  { "request", "answer", N_("ID [--on DATE]"), N_("Mark a demande answered by the client"), request_answer },
};
LT_CLI_REGISTER (project_commands)
