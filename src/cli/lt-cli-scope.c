/* lt-cli-scope.c: lettrine-cli affaire scope — the scope in force and where each line comes from (issue 13) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdio.h>

#include "lt-cli-commands.h"
#include "lt-date.h"
#include "lt-money.h"
#include "lt-store-document-ops.h"

static JsonNode *
entry_to_json (LtScopeEntry *entry)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  LtDocumentLine *line = entry->line;
  gint64 prestation_id = lt_document_line_get_prestation_id (line);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "prestation_id");
  if (prestation_id > 0)
    json_builder_add_int_value (builder, prestation_id);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, lt_document_line_get_label (line));
  json_builder_set_member_name (builder, "price_cents");
  json_builder_add_int_value (builder, lt_document_line_get_price_cents (line));
  json_builder_set_member_name (builder, "periodicity");
  json_builder_add_string_value (builder, lt_enum_to_nick (LT_TYPE_RECURRENCE, lt_document_line_get_recurrence (line)));
  json_builder_set_member_name (builder, "document_id");
  json_builder_add_int_value (builder, entry->source_document_id);
  json_builder_set_member_name (builder, "document_kind");
  json_builder_add_string_value (builder, lt_enum_to_nick (LT_TYPE_DOCUMENT_KIND, entry->source_kind));
  json_builder_set_member_name (builder, "line_id");
  json_builder_add_int_value (builder, lt_document_line_get_id (line));
  if (entry->previous_price_cents >= 0)
    {
      json_builder_set_member_name (builder, "previous_price_cents");
      json_builder_add_int_value (builder, entry->previous_price_cents);
      json_builder_set_member_name (builder, "previous_periodicity");
      json_builder_add_string_value (builder, lt_enum_to_nick (LT_TYPE_RECURRENCE, entry->previous_recurrence));
      json_builder_set_member_name (builder, "previous_document_id");
      json_builder_add_int_value (builder, entry->previous_document_id);
    }
  if (entry->ends_on != NULL)
    {
      json_builder_set_member_name (builder, "ends_on");
      json_builder_add_string_value (builder, entry->ends_on);
      json_builder_set_member_name (builder, "ended_by_document_id");
      json_builder_add_int_value (builder, entry->ended_by_document_id);
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_entry (LtScopeEntry *entry)
{
  LtDocumentLine *line = entry->line;
  g_autofree char *price = lt_money_format (lt_document_line_get_price_cents (line));

  g_print ("%s\t%s\t%s\t", lt_document_line_get_label (line), price,
           lt_enum_to_label (LT_TYPE_RECURRENCE, lt_document_line_get_recurrence (line)));
  g_print ("%s %" G_GINT64_FORMAT, lt_enum_to_label (LT_TYPE_DOCUMENT_KIND, entry->source_kind),
           entry->source_document_id);
  if (entry->previous_price_cents >= 0)
    {
      g_autofree char *old = lt_money_format (entry->previous_price_cents);

      /* Translators: an amendment changed the line: the price before it */
      g_print (_(" (was %s)"), old);
    }
  if (entry->ends_on != NULL)
    {
      g_autofree char *date = lt_date_iso_to_display (entry->ends_on);

      g_print (_(" (ends on %s)"), date);
    }
  g_print ("\n");
}

static gboolean
affaire_scope (LtCli   *cli,
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
  g_autoptr(LtAffaire) affaire = NULL;
  g_autoptr(LtScope) scope = NULL;
  gint64 id;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &id, error) ||
      !(store = lt_cli_open_existing_store (cli, error)) ||
      !(affaire = lt_store_load_affaire (store, id, error)) ||
      !(scope = lt_store_get_scope (store, id, error)))
    return FALSE;

  if (json)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
      JsonObject *object = json_object_new ();
      JsonArray *recurring = json_array_new ();
      JsonArray *one_off = json_array_new ();

      for (guint i = 0; i < scope->entries->len; i++)
        {
          LtScopeEntry *entry = g_ptr_array_index (scope->entries, i);
          gboolean recurs = g_ptr_array_find (scope->recurring, entry->line, NULL);

          json_array_add_element (recurs ? recurring : one_off, entry_to_json (entry));
        }
      json_object_set_array_member (object, "recurring", recurring);
      json_object_set_array_member (object, "one_off", one_off);
      json_object_set_int_member (object, "yearly_cents", scope->yearly_cents);
      json_object_set_int_member (object, "one_off_cents", scope->one_off_cents);
      json_node_take_object (root, object);
      lt_cli_print_json (root);
      return TRUE;
    }

  if (scope->letters->len == 0)
    {
      if (lt_affaire_has_letter_outside (affaire))
        {
          g_autofree char *date = lt_date_iso_to_display (lt_affaire_get_letter_outside_date (affaire));

          g_print (_("Engagement letter outside Lettrine (ref. %s, %s): no scope recorded here.\n"),
                   lt_affaire_get_letter_outside_reference (affaire), date);
        }
      else
        g_print (_("No engagement letter in force.\n"));
      return TRUE;
    }

  g_print (_("Recurring scope in force:\n"));
  for (guint i = 0; i < scope->entries->len; i++)
    {
      LtScopeEntry *entry = g_ptr_array_index (scope->entries, i);

      if (g_ptr_array_find (scope->recurring, entry->line, NULL))
        print_entry (entry);
    }
  if (scope->one_off->len > 0)
    {
      g_print (_("One-off scope:\n"));
      for (guint i = 0; i < scope->entries->len; i++)
        {
          LtScopeEntry *entry = g_ptr_array_index (scope->entries, i);

          if (g_ptr_array_find (scope->one_off, entry->line, NULL))
            print_entry (entry);
        }
    }
  {
    g_autofree char *yearly = lt_money_format (scope->yearly_cents);
    g_autofree char *once = lt_money_format (scope->one_off_cents);

    g_print (_("Current scope: %s a year, %s one-off\n"), yearly, once);
  }
  return TRUE;
}

static const LtCliCommand scope_commands[] = {
  { "affaire", "scope", N_("ID [--json]"),
    N_("Show the scope in force of an affaire and the document each line comes from"), affaire_scope },
};
LT_CLI_REGISTER (scope_commands)
