/* lt-cli-document.c: lettrine-cli document add|send|sign|refuse|delete|list */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "lt-cli-commands.h"
#include "lt-date.h"
#include "lt-error.h"
#include "lt-money.h"
#include "lt-store-document-ops.h"

/* PRESTATION_ID or PRESTATION_ID:PRICE (euros, French or dotted). */
static LtDocumentLine *
parse_line_spec (const char  *spec,
                 GError     **error)
{
  g_autoptr(LtDocumentLine) line = lt_document_line_new ();
  g_autofree char *id_text = g_strdup (spec);
  char *colon = strchr (id_text, ':');
  gint64 id = 0;
  gint64 cents = -1;

  if (colon != NULL)
    {
      *colon = '\0';
      if (!lt_cli_parse_euros (colon + 1, &cents, error))
        return NULL;
    }
  if (!lt_cli_parse_id (id_text, &id, error))
    return NULL;

  lt_document_line_set_prestation_id (line, id);
  lt_document_line_set_price_cents (line, cents);
  return g_steal_pointer (&line);
}

/* PRESTATION_ID:DATE — an avenant's line that ends a recurring prestation
 * from DATE (issue 13). */
static LtDocumentLine *
parse_end_spec (const char  *spec,
                GError     **error)
{
  g_autoptr(LtDocumentLine) line = lt_document_line_new ();
  g_autofree char *id_text = g_strdup (spec);
  g_autofree char *iso = NULL;
  char *colon = strchr (id_text, ':');
  gint64 id = 0;

  if (colon == NULL)
    {
      lt_cli_usage_error (error, _("--end takes PRESTATION_ID:DATE, for example 3:31/12/2026."));
      return NULL;
    }
  *colon = '\0';
  if (!lt_cli_parse_id (id_text, &id, error) ||
      !lt_cli_parse_date (colon + 1, &iso, error))
    return NULL;

  lt_document_line_set_prestation_id (line, id);
  lt_document_line_set_price_cents (line, -1);
  lt_document_line_set_ends_on (line, iso);
  return g_steal_pointer (&line);
}

static gboolean
document_add (LtCli   *cli,
              int      argc,
              char   **argv,
              GError **error)
{
  g_autofree char *affaire_text = NULL;
  g_autofree char *kind_text = NULL;
  g_auto(GStrv) line_specs = NULL;
  g_auto(GStrv) end_specs = NULL;
  const GOptionEntry entries[] = {
    { "affaire", 0, 0, G_OPTION_ARG_STRING, &affaire_text, N_("The affaire (required)"), N_("ID") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text,
      N_("offre-de-service, lettre-de-mission, avenant, lettre-de-mission-substitutive or bon-d-intervention"), N_("KIND") },
    { "line", 0, 0, G_OPTION_ARG_STRING_ARRAY, &line_specs,
      N_("A line from the catalogue, at its tarif or at PRICE euros (repeatable)"), N_("PRESTATION_ID[:PRICE]") },
    { "end", 0, 0, G_OPTION_ARG_STRING_ARRAY, &end_specs,
      N_("An avenant's line ending the recurring prestation from DATE (repeatable)"), N_("PRESTATION_ID:DATE") },
    { NULL }
  };
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtDocument) doc = NULL;
  gint64 affaire_id;
  int kind;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error))
    return FALSE;

  if (affaire_text == NULL || kind_text == NULL)
    return lt_cli_usage_error (error, _("--affaire and --kind are required."));

  if (!lt_cli_parse_id (affaire_text, &affaire_id, error) ||
      !lt_cli_parse_enum (LT_TYPE_DOCUMENT_KIND, kind_text, &kind, error))
    return FALSE;

  for (guint i = 0; line_specs != NULL && line_specs[i] != NULL; i++)
    {
      LtDocumentLine *line = parse_line_spec (line_specs[i], error);

      if (line == NULL)
        return FALSE;
      g_ptr_array_add (lines, line);
    }
  for (guint i = 0; end_specs != NULL && end_specs[i] != NULL; i++)
    {
      LtDocumentLine *line = parse_end_spec (end_specs[i], error);

      if (line == NULL)
        return FALSE;
      g_ptr_array_add (lines, line);
    }

  if (!(store = lt_cli_open_store (cli, error)))
    return FALSE;

  doc = lt_store_document_create_with_lines (store, affaire_id, kind, lines, error);
  if (doc == NULL)
    return FALSE;

  lt_cli_print_id (lt_document_get_id (doc));
  return TRUE;
}

static void
print_outcome (LtDocumentOutcome *outcome)
{
  for (guint i = 0; outcome->messages[i] != NULL; i++)
    g_print ("%s\n", outcome->messages[i]);
}

static gboolean
document_transition (LtCli   *cli,
                     int      argc,
                     char   **argv,
                     GError **error)
{
  g_autofree char *on_text = NULL;
  g_autofree char *on = NULL;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text,
      N_("The day it was sent or signed, DD/MM/YYYY or YYYY-MM-DD (default: today)"), N_("DATE") },
    { NULL }
  };
  const GOptionEntry no_entries[] = { { NULL } };
  const char *name = lt_cli_get_command (cli)->name;
  gboolean dated = g_str_equal (name, "send") || g_str_equal (name, "sign");
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtDocumentOutcome) outcome = NULL;
  gint64 id;

  if (!lt_cli_parse (cli, dated ? entries : no_entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &id, error))
    return FALSE;

  if (on_text != NULL && (on = lt_date_display_to_iso (on_text)) == NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DATE,
                   _("« %s » is not a date: type it as DD/MM/YYYY or YYYY-MM-DD."), on_text);
      return FALSE;
    }

  if (!(store = lt_cli_open_store (cli, error)))
    return FALSE;

  if (g_str_equal (name, "send"))
    outcome = lt_store_document_send_on (store, id, on, error);
  else if (g_str_equal (name, "sign"))
    outcome = lt_store_document_sign_on (store, id, on, error);
  else if (g_str_equal (name, "refuse"))
    outcome = lt_store_document_refuse (store, id, error);
  else
    g_assert_not_reached ();

  if (outcome == NULL)
    return FALSE;

  print_outcome (outcome);
  return TRUE;
}

static gboolean
document_delete (LtCli   *cli,
                 int      argc,
                 char   **argv,
                 GError **error)
{
  const GOptionEntry entries[] = { { NULL } };
  g_autoptr(LtStore) store = NULL;
  gint64 id;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &id, error) ||
      !(store = lt_cli_open_store (cli, error)))
    return FALSE;

  return lt_store_document_delete (store, id, error);
}

static gboolean
document_list (LtCli   *cli,
               int      argc,
               char   **argv,
               GError **error)
{
  g_autofree char *affaire_text = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "affaire", 0, 0, G_OPTION_ARG_STRING, &affaire_text, N_("The affaire (required)"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(LtScope) scope = NULL;
  gint64 affaire_id;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error))
    return FALSE;
  if (affaire_text == NULL)
    return lt_cli_usage_error (error, _("--affaire is required."));
  if (!lt_cli_parse_id (affaire_text, &affaire_id, error) ||
      !(store = lt_cli_open_existing_store (cli, error)))
    return FALSE;

  {
    g_autoptr(LtAffaire) affaire = lt_store_load_affaire (store, affaire_id, error);
    if (affaire == NULL)
      return FALSE;
  }

  if (!(docs = lt_store_load_affaire_documents (store, affaire_id, error)) ||
      !(scope = lt_store_get_scope (store, affaire_id, error)))
    return FALSE;

  if (json)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < docs->len; i++)
        {
          LtDocument *doc = g_ptr_array_index (docs, i);
          g_autoptr(GPtrArray) lines = lt_store_load_document_lines (store, lt_document_get_id (doc), error);
          JsonNode *node;
          JsonArray *line_array;

          if (lines == NULL)
            return FALSE;

          node = lt_cli_object_to_json (G_OBJECT (doc));
          line_array = json_array_new ();
          for (guint j = 0; j < lines->len; j++)
            json_array_add_element (line_array, lt_cli_object_to_json (g_ptr_array_index (lines, j)));
          json_object_set_array_member (json_node_get_object (node), "lines", line_array);
          json_object_set_boolean_member (json_node_get_object (node), "in_scope",
                                          g_ptr_array_find (scope->documents, doc, NULL) ||
                                          lt_document_get_id (doc) == scope->letter_id);
          json_array_add_element (array, node);
        }
      json_node_take_array (root, array);
      lt_cli_print_json (root);
      return TRUE;
    }

  for (guint i = 0; i < docs->len; i++)
    {
      LtDocument *doc = g_ptr_array_index (docs, i);

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n",
               lt_document_get_id (doc),
               lt_enum_to_nick (LT_TYPE_DOCUMENT_KIND, lt_document_get_kind (doc)),
               lt_enum_to_nick (LT_TYPE_DOCUMENT_STATE, lt_document_get_state (doc)),
               lt_document_get_title (doc) != NULL ? lt_document_get_title (doc) : "",
               /* the number given on sending; a draft has none */
               lt_document_get_number (doc) != NULL ? lt_document_get_number (doc) : "-");
    }
  if (scope->letter_id != 0)
    {
      g_autofree char *yearly = lt_money_format (scope->yearly_cents);
      g_autofree char *one_off = lt_money_format (scope->one_off_cents);

      g_print (_("Current scope: %s a year, %s one-off\n"), yearly, one_off);
    }
  return TRUE;
}

static const LtCliCommand document_commands[] = {
  { "document", "add", N_("--affaire ID --kind KIND [--line PRESTATION_ID[:PRICE]]… [--end PRESTATION_ID:DATE]…"), N_("Draft a document for an affaire"), document_add },
  { "document", "send", N_("ID [--on DATE]"), N_("Mark a draft as sent to the client: it takes its number and its PDF is frozen"), document_transition },
  { "document", "sign", N_("ID [--on DATE]"), N_("Record the client’s signature on DATE (default today), with all it implies"), document_transition },
  { "document", "refuse", N_("ID"), N_("Record that the client refused a sent document"), document_transition },
  { "document", "delete", N_("ID"), N_("Delete a draft"), document_delete },
  { "document", "list", N_("--affaire ID [--json]"), N_("List the documents of an affaire"), document_list },
};
LT_CLI_REGISTER (document_commands)
