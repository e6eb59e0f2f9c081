/* lt-cli-renew.c: lettrine-cli renew — renouvellement documentaire for some clients */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdio.h>

#include "lt-cli-commands.h"
#include "lt-money.h"
#include "lt-store-renewal.h"

static gboolean
renew (LtCli   *cli,
       int      argc,
       char   **argv,
       GError **error)
{
  g_autofree char *coefficient_text = NULL;
  g_autofree char *rounding_text = NULL;
  g_autofree char *effective_text = NULL;
  g_autofree char *effective_on = NULL;
  gboolean dry_run = FALSE;
  gboolean keep_archived = FALSE;
  gboolean replace_draft = FALSE;
  gboolean keep_draft = FALSE;
  const GOptionEntry entries[] = {
    { "coefficient", 0, 0, G_OPTION_ARG_STRING, &coefficient_text, N_("Coefficient de réévaluation, e.g. 1,035 (required)"), N_("C") },
    { "rounding", 0, 0, G_OPTION_ARG_STRING, &rounding_text, N_("cent (default) or euro"), N_("ROUNDING") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Print the preview and write nothing"), NULL },
    { "effective", 0, 0, G_OPTION_ARG_STRING, &effective_text, N_("Date the revalued fees apply from (default: the first of next month)"), N_("DATE") },
    { "keep-archived", 0, 0, G_OPTION_ARG_NONE, &keep_archived, N_("Keep the prestations archived in the catalogue since the letter"), NULL },
    { "replace-draft", 0, 0, G_OPTION_ARG_NONE, &replace_draft, N_("Replace a replacement letter draft the client already has"), NULL },
    { "keep-draft", 0, 0, G_OPTION_ARG_NONE, &keep_draft, N_("Keep a waiting replacement letter draft and draft another"), NULL },
    { NULL }
  };
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtRenewalPlan) plan = NULL;
  g_autoptr(GPtrArray) refused = NULL;
  g_autoptr(LtRenewalResult) result = NULL;
  gint64 ppm;
  int rounding = LT_ROUNDING_CENT;
  gint64 oy, ny, oo, no;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, -1, error))
    return FALSE;
  if (coefficient_text == NULL)
    return lt_cli_usage_error (error, _("--coefficient is required."));
  if (!lt_coefficient_parse (coefficient_text, &ppm, error))
    return FALSE;
  if (rounding_text != NULL &&
      !lt_cli_parse_enum (LT_TYPE_ROUNDING, rounding_text, &rounding, error))
    return FALSE;
  if (effective_text != NULL &&
      !lt_cli_parse_date (effective_text, &effective_on, error))
    return FALSE;
  if (replace_draft && keep_draft)
    return lt_cli_usage_error (error, _("--replace-draft and --keep-draft exclude each other."));

  for (int i = 1; i < argc; i++)
    {
      gint64 id;

      if (!lt_cli_parse_id (argv[i], &id, error))
        return FALSE;
      g_array_append_val (ids, id);
    }

  if (!(store = lt_cli_open_store (cli, error)))
    return FALSE;

  plan = lt_store_renewal_prepare (store, (const gint64 *) ids->data, ids->len, ppm, rounding, &refused, error);
  if (plan == NULL)
    return FALSE;
  if (effective_on != NULL &&
      !lt_renewal_plan_set_effective_on (plan, effective_on, error))
    return FALSE;
  lt_renewal_plan_keep_archived (plan, keep_archived);

  for (guint i = 0; i < lt_renewal_plan_get_n_clients (plan); i++)
    {
      LtRenewalClient *client = lt_renewal_plan_get_client (plan, i);
      g_autofree char *old_total = lt_money_format (client->old_yearly_cents);
      g_autofree char *new_total = lt_money_format (client->new_yearly_cents);

      g_print ("%s\n", client->name);
      for (guint j = 0; j < client->lines->len; j++)
        {
          LtRenewalLine *line = g_ptr_array_index (client->lines, j);
          g_autofree char *old_price = lt_money_format (line->old_price_cents);
          g_autofree char *new_price = lt_money_format (line->new_price_cents);

          g_print ("  %s → %s\t%s → %s\t%s", line->old_label, line->new_label,
                   old_price, new_price, lt_enum_to_label (LT_TYPE_RECURRENCE, line->recurrence));
          if (line->archived)
            g_print ("\t%s", line->kept ? _("(archived, kept)") : _("(archived, left out; --keep-archived keeps it)"));
          g_print ("\n");
        }
      g_print (_("  Yearly fees: %s → %s\n"), old_total, new_total);
    }

  for (guint i = 0; refused != NULL && i < refused->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (refused, i));

  if (lt_renewal_plan_get_n_clients (plan) == 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NO_LETTER,
                   _("None of these affaires has an engagement letter to renew."));
      return FALSE;
    }

  lt_renewal_plan_get_totals (plan, &oy, &ny, &oo, &no);
  {
    g_autofree char *a = lt_money_format (oy);
    g_autofree char *b = lt_money_format (ny);
    g_print (_("Total yearly fees: %s → %s\n"), a, b);
  }

  /* A waiting draft is never doubled behind the user's back. */
  for (guint i = 0; i < lt_renewal_plan_get_n_clients (plan); i++)
    {
      LtRenewalClient *client = lt_renewal_plan_get_client (plan, i);

      if (client->draft_id == 0)
        continue;
      lt_renewal_plan_set_draft_choice (plan, client->affaire_id,
                                        replace_draft ? LT_RENEWAL_DRAFT_REPLACE :
                                        keep_draft ? LT_RENEWAL_DRAFT_KEEP_BOTH : LT_RENEWAL_DRAFT_ASK);
      if (!replace_draft && !keep_draft)
        {
          g_autoptr(GError) draft_error = NULL;

          lt_renewal_client_check_draft (client, &draft_error);
          g_printerr ("%s\n", draft_error->message);
        }
    }

  if (dry_run)
    return TRUE;

  if (lt_renewal_plan_get_n_drafts (plan) > 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_RENEWAL_DRAFT_EXISTS,
                   _("Nothing was written: run again with --replace-draft to replace the waiting drafts, or --keep-draft to keep them beside the new ones."));
      return FALSE;
    }

  result = lt_store_renewal_apply (store, plan, NULL, NULL, NULL, error);
  if (result == NULL)
    return FALSE;

  for (guint i = 0; i < result->created_ids->len; i++)
    lt_cli_print_id (g_array_index (result->created_ids, gint64, i));
  for (guint i = 0; i < result->failures->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (result->failures, i));

  if (result->failures->len > 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_FAILED,
                   g_dngettext (GETTEXT_PACKAGE, "%u client was not renewed.", "%u clients were not renewed.",
                                result->failures->len),
                   result->failures->len);
      return FALSE;
    }

  return TRUE;
}

static const LtCliCommand renew_commands[] = {
  { NULL, "renew", N_("--coefficient C [--rounding cent|euro] [--effective DATE] [--keep-archived] [--replace-draft|--keep-draft] [--dry-run] AFFAIRE_ID…"),
    N_("Draft a replacement engagement letter with revalued fees for each client"), renew },
};
LT_CLI_REGISTER (renew_commands)
