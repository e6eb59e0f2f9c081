/* lt-cli-project-edit.c: lettrine-cli project show|edit: a saved project read and edited again */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "lt-cli-commands.h"
#include "lt-date.h"
#include "lt-error.h"
#include "lt-money.h"
#include "lt-store-catalogue.h"
#include "lt-store-project-edit.h"
#include "lt-store-affaires.h"

/* The warnings before saving a project: a prestation assigned twice
 * (refused without --force), the tasks due after its end (listed). */
gboolean
lt_cli_project_warnings (LtStore    *store,
                         LtProject  *project,
                         GPtrArray  *assignments,
                         gboolean    force,
                         GError    **error)
{
  g_autoptr(GError) twice = NULL;
  g_autoptr(GArray) late = NULL;

  if (!lt_store_project_check_twice (store, assignments, &twice))
    {
      if (!g_error_matches (twice, LT_ERROR, LT_ERROR_PRESTATION_TWICE))
        {
          g_propagate_error (error, g_steal_pointer (&twice));
          return FALSE;
        }
      if (!force)
        {
          g_set_error (error, LT_ERROR, LT_ERROR_PRESTATION_TWICE, "%s %s", twice->message, _("Add --force to save anyway."));
          return FALSE;
        }
      g_printerr ("%s\n", twice->message);
    }

  if (!(late = lt_store_project_late_tasks (store, project, assignments, error)))
    return FALSE;
  if (late->len > 0)
    {
      g_autofree char *warning = lt_project_rules_late_warning ((const LtLateTask *) (gpointer) late->data, late->len,
                                                                lt_project_get_end_date (project));
      g_autofree char *extend = lt_project_rules_late_extend_to ((const LtLateTask *) (gpointer) late->data, late->len);
      g_autofree char *shown = lt_date_iso_to_display (extend);

      g_print ("%s\n", warning);
      /* Translators: the fix of tasks after the project's end, on the command line */
      g_print (_("Extend the project until %s (project edit ID --end %s), or shorten the assignment (project edit ID --move ASSIGNMENT,START,END).\n"),
               shown, shown);
    }

  return TRUE;
}

static gboolean
project_show (LtCli   *cli,
              int      argc,
              char   **argv,
              GError **error)
{
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtProject) project = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autoptr(LtStaff) staff = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  gint64 id = 0;

  if (!lt_cli_parse (cli, NULL, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &id, error) ||
      !(store = lt_cli_open_existing_store (cli, error)) ||
      !(project = lt_store_project_load (store, id, error)) ||
      !(assignments = lt_store_project_list_assignments (store, id, error)))
    return FALSE;

  start = lt_date_iso_to_display (lt_project_get_start_date (project));
  end = lt_date_iso_to_display (lt_project_get_end_date (project));
  staff = lt_project_get_staff_id (project) != 0 ? lt_store_get_staff (store, lt_project_get_staff_id (project), NULL) : NULL;
  g_print ("%s\t%s – %s\t%s\t%s\n", lt_project_get_name (project), start, end,
           staff != NULL ? lt_staff_get_name (staff) : _("no intervenant"),
           lt_project_get_generated (project) ? _("tasks created") : _("no task yet"));

  for (guint i = 0; i < assignments->len; i++)
    {
      LtAssignment *a = g_ptr_array_index (assignments, i);
      g_autoptr(LtPrestation) prestation = lt_store_get_prestation (store, lt_assignment_get_prestation_id (a), NULL);
      g_autofree char *a_start = lt_date_iso_to_display (lt_assignment_get_start_date (a));
      g_autofree char *a_end = lt_date_iso_to_display (lt_assignment_get_end_date (a));
      g_autofree char *price = lt_money_format_number (lt_assignment_get_price_cents (a));

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s – %s\t%s €\n", lt_assignment_get_id (a),
               prestation != NULL ? lt_prestation_get_name (prestation) : "", a_start, a_end, price);
    }

  return TRUE;
}

static LtAssignment *
find_assignment (GPtrArray  *assignments,
                 const char *text,
                 GError    **error)
{
  gint64 id = 0;

  if (!lt_cli_parse_id (text, &id, error))
    return NULL;
  for (guint i = 0; i < assignments->len; i++)
    if (lt_assignment_get_id (g_ptr_array_index (assignments, i)) == id)
      return g_ptr_array_index (assignments, i);

  g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
               _("The project has no assigned prestation %s: see them with « project show »."), text);
  return NULL;
}

/* « ID,START,END » or « ID,PRICE[,START,END] »: the parts, ID first. */
static char **
split_spec (const char  *spec,
            guint        min_parts,
            guint        max_parts,
            GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (spec, ",", -1);
  guint n = g_strv_length (parts);

  if (n < min_parts || n > max_parts)
    {
      lt_cli_usage_error (error, _("--add takes PRESTATION,PRICE[,START,END] and --move ASSIGNMENT,START,END"));
      return NULL;
    }

  return g_steal_pointer (&parts);
}

static gboolean
project_edit (LtCli   *cli,
              int      argc,
              char   **argv,
              GError **error)
{
  g_autofree char *name = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *staff = NULL;
  g_auto(GStrv) adds = NULL;
  g_auto(GStrv) removes = NULL;
  g_auto(GStrv) moves = NULL;
  gboolean force = FALSE, dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The project’s name"), N_("NAME") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, N_("First day"), N_("DATE") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end, N_("Last day"), N_("DATE") },
    { "staff", 0, 0, G_OPTION_ARG_STRING, &staff, N_("The intervenant"), N_("ID") },
    { "add", 0, 0, G_OPTION_ARG_STRING_ARRAY, &adds, N_("Assign a prestation (dates: the project’s)"), N_("PRESTATION,PRICE[,START,END]") },
    { "remove", 0, 0, G_OPTION_ARG_STRING_ARRAY, &removes, N_("Remove an assigned prestation and its tasks"), N_("ASSIGNMENT") },
    { "move", 0, 0, G_OPTION_ARG_STRING_ARRAY, &moves, N_("New dates of an assigned prestation"), N_("ASSIGNMENT,START,END") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Save even with a prestation assigned twice"), NULL },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Print what would change, store nothing"), NULL },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtProject) project = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autoptr(LtProjectEdit) edit = NULL;
  g_autofree char *summary = NULL;
  gint64 id = 0;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &id, error) ||
      !(store = lt_cli_open_store (cli, error)) ||
      !(project = lt_store_project_load (store, id, error)) ||
      !(assignments = lt_store_project_list_assignments (store, id, error)))
    return FALSE;

  if (name != NULL)
    lt_project_set_name (project, name);
  if (start != NULL)
    {
      g_autofree char *iso = NULL;
      if (!lt_cli_parse_date (start, &iso, error))
        return FALSE;
      lt_project_set_start_date (project, iso);
    }
  if (end != NULL)
    {
      g_autofree char *iso = NULL;
      if (!lt_cli_parse_date (end, &iso, error))
        return FALSE;
      lt_project_set_end_date (project, iso);
    }
  if (staff != NULL)
    {
      gint64 staff_id = 0;
      if (!lt_cli_parse_id (staff, &staff_id, error))
        return FALSE;
      lt_project_set_staff_id (project, staff_id);
    }

  for (guint i = 0; moves != NULL && moves[i] != NULL; i++)
    {
      g_auto(GStrv) parts = split_spec (moves[i], 3, 3, error);
      g_autofree char *s = NULL, *e = NULL;
      LtAssignment *a;

      if (parts == NULL || !(a = find_assignment (assignments, parts[0], error)) ||
          !lt_cli_parse_date (parts[1], &s, error) || !lt_cli_parse_date (parts[2], &e, error))
        return FALSE;
      lt_assignment_set_start_date (a, s);
      lt_assignment_set_end_date (a, e);
    }
  for (guint i = 0; removes != NULL && removes[i] != NULL; i++)
    {
      LtAssignment *a = find_assignment (assignments, removes[i], error);

      if (a == NULL)
        return FALSE;
      g_ptr_array_remove (assignments, a);
    }
  for (guint i = 0; adds != NULL && adds[i] != NULL; i++)
    {
      g_auto(GStrv) parts = split_spec (adds[i], 2, 4, error);
      g_autoptr(LtAssignment) a = lt_assignment_new ();
      g_autofree char *s = NULL, *e = NULL;
      gint64 prestation_id = 0, cents = -1;

      if (parts == NULL || g_strv_length (parts) == 3 ||
          !lt_cli_parse_id (parts[0], &prestation_id, error) ||
          !lt_cli_parse_euros (parts[1], &cents, error) ||
          (parts[2] != NULL && (!lt_cli_parse_date (parts[2], &s, error) || !lt_cli_parse_date (parts[3], &e, error))))
        return parts != NULL && g_strv_length (parts) == 3
               ? lt_cli_usage_error (error, _("--add takes PRESTATION,PRICE[,START,END] and --move ASSIGNMENT,START,END"))
               : FALSE;
      lt_assignment_set_project_id (a, id);
      lt_assignment_set_prestation_id (a, prestation_id);
      lt_assignment_set_price_cents (a, cents);
      lt_assignment_set_start_date (a, s != NULL ? s : lt_project_get_start_date (project));
      lt_assignment_set_end_date (a, e != NULL ? e : lt_project_get_end_date (project));
      g_ptr_array_add (assignments, g_steal_pointer (&a));
    }

  if (!lt_cli_project_warnings (store, project, assignments, force, error))
    return FALSE;

  edit = dry_run ? lt_store_project_edit_preview (store, project, assignments, NULL, error)
                 : lt_store_project_edit_apply (store, project, assignments, NULL, error);
  if (edit == NULL)
    return FALSE;

  /* the reschedule preview: what moves */
  for (guint i = 0; i < edit->moves->len; i++)
    {
      const LtProjectTaskMove *m = &g_array_index (edit->moves, LtProjectTaskMove, i);
      g_autofree char *from = lt_date_to_display (&m->old_due);
      g_autofree char *to = lt_date_to_display (&m->new_due);

      g_print ("%" G_GINT64_FORMAT "\t%s → %s\t%s\n", m->task_id, from, to, m->title);
    }
  summary = lt_project_edit_to_string (edit);
  g_print ("%s%s\n", summary, dry_run ? _(" (nothing stored: --dry-run)") : "");

  return TRUE;
}

static const LtCliCommand project_edit_commands[] = {
  { "project", "show", N_("PROJECT_ID"), N_("Print a project, its intervenant and its assigned prestations"), project_show },
  { "project", "edit", N_("PROJECT_ID [--name NAME] [--start DATE] [--end DATE] [--staff ID] [--add PRESTATION,PRICE[,START,END]]… [--remove ASSIGNMENT]… [--move ASSIGNMENT,START,END]… [--force] [--dry-run]"),
    N_("Change a saved project: only the difference is applied to its tasks"), project_edit },
};
LT_CLI_REGISTER (project_edit_commands)
