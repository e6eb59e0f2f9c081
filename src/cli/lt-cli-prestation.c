/* lt-cli-prestation.c: lettrine-cli prestation add|list|show, step add|edit, link add|remove */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdio.h>

#include "lt-cli-commands.h"
#include "lt-dependency-text.h"
#include "lt-enums.h"
#include "lt-graph-commands.h"
#include "lt-money.h"
#include "lt-store-catalogue-ops.h"
#include "lt-store-catalogue.h"
#include "lt-step-wording.h"
#include "lt-validate.h"

/* A catégorie by id or by name; a new name creates it. */
static gint64
resolve_category (LtStore     *store,
                  const char  *text,
                  GError     **error)
{
  g_autoptr(GListModel) categories = lt_store_list_categories (store);
  g_autoptr(LtCategory) created = NULL;
  guint n = g_list_model_get_n_items (categories);
  gint64 id = 0;

  if (g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &id, NULL))
    {
      g_autoptr(LtCategory) category = lt_store_get_category (store, id, error);
      return category != NULL ? id : 0;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LtCategory) category = g_list_model_get_item (categories, i);

      if (g_utf8_collate (lt_category_get_name (category), text) == 0)
        return lt_category_get_id (category);
    }

  created = lt_category_new ();
  lt_category_set_name (created, text);
  lt_category_set_position (created, (int) n);
  if (!lt_store_add_category (store, created, error))
    return 0;
  return lt_category_get_id (created);
}

static gboolean
prestation_add (LtCli   *cli,
                int      argc,
                char   **argv,
                GError **error)
{
  g_autofree char *name = NULL, *category = NULL, *price = NULL, *recurrence = NULL;
  g_autofree char *deliverable = NULL, *description = NULL, *mission = NULL;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Name of the prestation (required)"), N_("NAME") },
    { "category", 0, 0, G_OPTION_ARG_STRING, &category, N_("Catégorie: its id, or its name (created if new) (required)"), N_("CATEGORY") },
    { "price", 0, 0, G_OPTION_ARG_STRING, &price, N_("Tarif in euros (optional)"), N_("EUROS") },
    { "recurrence", 0, 0, G_OPTION_ARG_STRING, &recurrence, N_("none (default), monthly, quarterly or yearly"), N_("RECURRENCE") },
    { "deliverable", 0, 0, G_OPTION_ARG_STRING, &deliverable, N_("Type de livrable"), N_("TEXT") },
    { "description", 0, 0, G_OPTION_ARG_STRING, &description, N_("Description (optional)"), N_("TEXT") },
    { "mission", 0, 0, G_OPTION_ARG_STRING, &mission, N_("Kind of mission, which sets the norm the letter cites: presentation (default, NP 2300), review (NP 2400), agreed-procedures (NP 4400), attestation (NP 3100), social, tax, legal or advisory"), N_("TYPE") },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtPrestation) prestation = lt_prestation_new ();
  g_autoptr(LtStepGraph) graph = lt_step_graph_new ();
  gint64 cents = -1, category_id;
  int value;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error))
    return FALSE;
  if (name == NULL)
    return lt_cli_usage_error (error, _("--name is required."));
  if (category == NULL)
    return lt_cli_usage_error (error, _("--category is required."));

  if (price != NULL && !lt_cli_parse_euros (price, &cents, error))
    return FALSE;
  lt_prestation_set_price_cents (prestation, cents);
  if (recurrence != NULL)
    {
      if (!lt_cli_parse_enum (LT_TYPE_RECURRENCE, recurrence, &value, error))
        return FALSE;
      lt_prestation_set_recurrence (prestation, value);
    }
  if (mission != NULL)
    {
      if (!lt_cli_parse_enum (LT_TYPE_MISSION, mission, &value, error))
        return FALSE;
      lt_prestation_set_mission (prestation, value);
    }
  lt_prestation_set_name (prestation, name);
  if (deliverable != NULL)
    lt_prestation_set_deliverable (prestation, deliverable);
  if (description != NULL)
    lt_prestation_set_description (prestation, description);

  if (!(store = lt_cli_open_store (cli, error)) ||
      !(category_id = resolve_category (store, category, error)))
    return FALSE;
  lt_prestation_set_category_id (prestation, category_id);

  if (!lt_store_catalogue_save_prestation (store, prestation, graph, NULL, error))
    return FALSE;

  lt_cli_print_id (lt_prestation_get_id (prestation));
  return TRUE;
}

static gboolean
prestation_list (LtCli   *cli,
                 int      argc,
                 char   **argv,
                 GError **error)
{
  g_autofree char *search = NULL, *category = NULL;
  gboolean json = FALSE, archived = FALSE;
  const GOptionEntry entries[] = {
    { "search", 's', 0, G_OPTION_ARG_STRING, &search, N_("Only prestations whose name contains TEXT (accents ignored)"), N_("TEXT") },
    { "category", 0, 0, G_OPTION_ARG_STRING, &category, N_("Only the catégorie ID"), N_("ID") },
    { "archived", 0, 0, G_OPTION_ARG_NONE, &archived, N_("Include archived prestations"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GListModel) list = NULL;
  gint64 category_id = 0;
  guint n;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error) ||
      (category != NULL && !lt_cli_parse_id (category, &category_id, error)) ||
      !lt_validate_search (search, error) ||
      !(store = lt_cli_open_existing_store (cli, error)))
    return FALSE;
  if (category_id != 0)
    {
      g_autoptr(LtCategory) known = lt_store_get_category (store, category_id, error);
      if (known == NULL)
        return FALSE;
    }

  list = lt_store_list_prestations (store, category_id, search, archived);
  if (json)
    {
      g_autoptr(JsonNode) node = lt_cli_list_to_json (list);
      lt_cli_print_json (node);
      return TRUE;
    }

  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LtPrestation) p = g_list_model_get_item (list, i);
      g_autofree char *price = lt_prestation_get_price_cents (p) >= 0
        ? lt_money_format (lt_prestation_get_price_cents (p)) : g_strdup ("");

      printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s%s\n",
              lt_prestation_get_id (p),
              lt_prestation_get_category_name (p) ? lt_prestation_get_category_name (p) : "",
              lt_prestation_get_name (p),
              price,
              lt_enum_to_label (LT_TYPE_RECURRENCE, lt_prestation_get_recurrence (p)),
              lt_prestation_get_archived (p) ? _("\t(archived)") : "");
    }
  return TRUE;
}

static JsonNode *
graph_to_json (LtStepGraph *graph)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GArray) links = lt_step_graph_dup_links (graph);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "steps");
  json_builder_begin_array (builder);
  for (guint i = 0; i < lt_step_graph_get_n_nodes (graph); i++)
    {
      const LtGraphNode *node = lt_step_graph_get_nth (graph, i);
      g_autofree char *deps = lt_dependency_text_format (graph, node->uid);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "number");
      json_builder_add_int_value (builder, i + 1);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, node->step_id);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, lt_enum_to_nick (LT_TYPE_STEP_KIND, node->kind));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, node->title);
      /* issue 12: as typed ("" = the default), and as the client reads it */
      json_builder_set_member_name (builder, "client_title");
      json_builder_add_string_value (builder, node->client_title != NULL ? node->client_title : "");
      json_builder_set_member_name (builder, "client_wording");
      {
        g_autofree char *wording = lt_step_client_wording (node->title, node->client_title);

        json_builder_add_string_value (builder, wording);
      }
      json_builder_set_member_name (builder, "delay_days");
      if (node->delay_days >= 0)
        json_builder_add_int_value (builder, node->delay_days);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "depends_on");
      json_builder_add_string_value (builder, deps);
      json_builder_set_member_name (builder, "x");
      json_builder_add_double_value (builder, node->x);
      json_builder_set_member_name (builder, "y");
      json_builder_add_double_value (builder, node->y);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "links");
  json_builder_begin_array (builder);
  for (guint i = 0; i < links->len; i++)
    {
      const LtGraphLink *l = &g_array_index (links, LtGraphLink, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "from");
      json_builder_add_int_value (builder, lt_step_graph_lookup (graph, l->from)->index + 1);
      json_builder_set_member_name (builder, "to");
      json_builder_add_int_value (builder, lt_step_graph_lookup (graph, l->to)->index + 1);
      json_builder_set_member_name (builder, "lag_days");
      json_builder_add_int_value (builder, l->lag_days);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static gboolean
prestation_show (LtCli   *cli,
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
  g_autoptr(LtPrestation) p = NULL;
  g_autoptr(LtStepGraph) graph = NULL;
  g_autofree char *price = NULL;
  gint64 id;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &id, error) ||
      !(store = lt_cli_open_existing_store (cli, error)) ||
      !(p = lt_store_get_prestation (store, id, error)) ||
      !(graph = lt_store_catalogue_load_graph (store, id, error)))
    return FALSE;

  if (json)
    {
      g_autoptr(JsonNode) node = lt_cli_object_to_json (G_OBJECT (p));
      g_autoptr(JsonNode) g = graph_to_json (graph);
      JsonObject *go = json_node_get_object (g);

      json_object_set_member (json_node_get_object (node), "steps", json_node_copy (json_object_get_member (go, "steps")));
      json_object_set_member (json_node_get_object (node), "links", json_node_copy (json_object_get_member (go, "links")));
      lt_cli_print_json (node);
      return TRUE;
    }

  price = lt_prestation_get_price_cents (p) >= 0 ? lt_money_format (lt_prestation_get_price_cents (p)) : g_strdup ("—");
  printf ("%s\n", lt_prestation_get_name (p));
  printf ("%s: %s\n", _("Category"), lt_prestation_get_category_name (p) ? lt_prestation_get_category_name (p) : "");
  printf ("%s: %s\n", _("Price"), price);
  printf ("%s: %s\n", _("Recurrence"), lt_enum_to_label (LT_TYPE_RECURRENCE, lt_prestation_get_recurrence (p)));
  printf ("%s: %d%s\n", _("Version"), lt_prestation_get_version (p),
          lt_prestation_get_is_current (p) ? "" : _(" (an earlier version, kept for the projects that use it)"));
  if (lt_prestation_get_archived (p))
    printf ("%s\n", _("Archived"));
  printf ("\n%s\t%s\t%s\t%s\t%s\n", _("No."), _("Type"), _("Délai (days)"), _("Depends on"), _("Title"));
  for (guint i = 0; i < lt_step_graph_get_n_nodes (graph); i++)
    {
      const LtGraphNode *node = lt_step_graph_get_nth (graph, i);
      g_autofree char *label = lt_step_graph_dup_label (graph, node->uid);
      g_autofree char *deps = lt_dependency_text_format (graph, node->uid);
      g_autofree char *delay = node->delay_days >= 0 ? g_strdup_printf ("%d", node->delay_days) : g_strdup ("");

      printf ("%s\t%s\t%s\t%s\t%s\n", label,
              lt_enum_to_label (LT_TYPE_STEP_KIND, node->kind), delay, deps, node->title);
    }
  return TRUE;
}

/* Loads, lets @edit change the graph through the same commands as the
 * editor, then saves (a new version when the prestation is in use). */
static gboolean
edit_graph (LtCli     *cli,
            gint64     prestation_id,
            gboolean (*edit) (LtGraphCommands *cmds, gpointer data, GError **error),
            gpointer   data,
            LtStepGraph **graph_out,
            GError   **error)
{
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtPrestation) p = NULL;
  g_autoptr(LtStepGraph) graph = NULL;
  g_autoptr(LtGraphCommands) cmds = NULL;
  gboolean versioned = FALSE;

  if (!(store = lt_cli_open_store (cli, error)) ||
      !(p = lt_store_get_prestation (store, prestation_id, error)) ||
      !(graph = lt_store_catalogue_load_graph (store, prestation_id, error)))
    return FALSE;

  cmds = lt_graph_commands_new (graph);
  if (!edit (cmds, data, error))
    return FALSE;
  if (!lt_store_catalogue_save_prestation (store, p, graph, &versioned, error))
    return FALSE;
  if (versioned)
    {
      g_autofree char *new_id = g_strdup_printf ("%" G_GINT64_FORMAT, lt_prestation_get_id (p));

      fprintf (stderr, _("Saved as version %d of the prestation (id %s): the projects and documents already made keep the earlier one.\n"),
               lt_prestation_get_version (p), new_id);
    }
  if (graph_out != NULL)
    *graph_out = g_steal_pointer (&graph);
  return TRUE;
}

typedef struct {
  const char *title;
  gboolean    request;
  int         delay;
  const char *after;
  guint       uid;
  const char *client_title;
  gboolean    from_period_end;
} StepAdd;

static gboolean
do_step_add (LtGraphCommands *cmds, gpointer data, GError **error)
{
  StepAdd *add = data;
  LtStepGraph *graph = lt_graph_commands_get_graph (cmds);
  double y = 0;

  for (guint i = 0; i < lt_step_graph_get_n_nodes (graph); i++)
    y = MAX (y, lt_step_graph_get_nth (graph, i)->y + LT_STEP_GRAPH_BOX_HEIGHT + LT_STEP_GRAPH_GAP_Y);
  add->uid = lt_graph_commands_add_step (cmds, add->request ? LT_STEP_KIND_REQUEST : LT_STEP_KIND_TASK,
                                         add->title, LT_STEP_GRAPH_GAP_Y, MAX (y, LT_STEP_GRAPH_GAP_Y));
  if (!lt_graph_commands_edit_step (cmds, add->uid, add->request ? LT_STEP_KIND_REQUEST : LT_STEP_KIND_TASK,
                                    add->title, "", add->delay, error))
    return FALSE;
  if (add->client_title != NULL &&
      !lt_graph_commands_edit_client_title (cmds, add->uid, add->client_title, error))
    return FALSE;
  lt_step_graph_set_from_period_end (graph, add->uid, add->from_period_end);
  return add->after == NULL || lt_graph_commands_set_dependencies (cmds, add->uid, add->after, error);
}

static gboolean
step_add (LtCli   *cli,
          int      argc,
          char   **argv,
          GError **error)
{
  g_autofree char *title = NULL, *after = NULL, *client_title = NULL;
  gboolean request = FALSE;
  gboolean from_period_end = FALSE;
  int delay = G_MININT;  /* not given: no délai */
  const GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("What is done or asked (required)"), N_("TITLE") },
    { "client-title", 0, 0, G_OPTION_ARG_STRING, &client_title,
      N_("How the client reads it in the annex (default: « Demander X » becomes « Transmettre X »)"), N_("TITLE") },
    { "request", 0, 0, G_OPTION_ARG_NONE, &request, N_("A demande d’information sent to the client (default: a tâche)"), NULL },
    { "delay", 0, 0, G_OPTION_ARG_INT, &delay, N_("Délai in working days"), N_("DAYS") },
    { "after", 0, 0, G_OPTION_ARG_STRING, &after, N_("What it depends on, as in the « Dépend de » column: “2, 3+2”"), N_("STEPS") },
    { "from-period-end", 0, 0, G_OPTION_ARG_NONE, &from_period_end,
      N_("Recurring prestation: the délai counts from the end of the period (e.g. after the clôture)"), NULL },
    { NULL }
  };
  g_autoptr(LtStepGraph) graph = NULL;
  StepAdd add = { 0 };
  gint64 id;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &id, error))
    return FALSE;
  if (title == NULL)
    return lt_cli_usage_error (error, _("--title is required."));
  /* The graph reads a negative délai as « none »: a typed -5 is a mistake. */
  if (delay != G_MININT && !lt_validate_delay_days (delay, error))
    return FALSE;

  add.title = title;
  add.request = request;
  add.delay = delay != G_MININT ? delay : -1;
  add.after = after;
  add.client_title = client_title;
  add.from_period_end = from_period_end;
  if (!edit_graph (cli, id, do_step_add, &add, &graph, error))
    return FALSE;
  lt_cli_print_id (lt_step_graph_lookup (graph, add.uid)->step_id);
  return TRUE;
}

/* issue 12: step edit PRESTATION N — its title, délai or client's wording */
typedef struct {
  guint       number;
  const char *title;
  const char *client_title;
  int         delay;          /* G_MININT: unchanged */
} StepEdit;

static gboolean
do_step_edit (LtGraphCommands *cmds, gpointer data, GError **error)
{
  StepEdit *edit = data;
  LtStepGraph *graph = lt_graph_commands_get_graph (cmds);
  guint n = lt_step_graph_get_n_nodes (graph);
  const LtGraphNode *node;

  if (edit->number < 1 || edit->number > n)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_UNKNOWN_STEP,
                   g_dngettext (GETTEXT_PACKAGE,
                                "There is no step %u: this prestation has %u step.",
                                "There is no step %u: this prestation has %u steps.",
                                n),
                   edit->number, n);
      return FALSE;
    }
  node = lt_step_graph_get_nth (graph, edit->number - 1);

  if ((edit->title != NULL || edit->delay != G_MININT) &&
      !lt_graph_commands_edit_step (cmds, node->uid, node->kind,
                                    edit->title != NULL ? edit->title : node->title, node->description,
                                    edit->delay != G_MININT ? edit->delay : node->delay_days, error))
    return FALSE;
  return edit->client_title == NULL ||
         lt_graph_commands_edit_client_title (cmds, node->uid, edit->client_title, error);
}

static gboolean
step_edit (LtCli   *cli,
           int      argc,
           char   **argv,
           GError **error)
{
  g_autofree char *title = NULL, *client_title = NULL;
  int delay = G_MININT;
  const GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("What is done or asked"), N_("TITLE") },
    { "client-title", 0, 0, G_OPTION_ARG_STRING, &client_title,
      N_("How the client reads it in the annex (\"\": back to the default)"), N_("TITLE") },
    { "delay", 0, 0, G_OPTION_ARG_INT, &delay, N_("Délai in working days"), N_("DAYS") },
    { NULL }
  };
  StepEdit edit = { 0 };
  gint64 id, number;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 2, 2, error) ||
      !lt_cli_parse_id (argv[1], &id, error) ||
      !lt_cli_parse_id (argv[2], &number, error))
    return FALSE;
  if (title == NULL && client_title == NULL && delay == G_MININT)
    return lt_cli_usage_error (error, _("Say what changes: --title, --client-title or --delay."));
  if (delay != G_MININT && !lt_validate_delay_days (delay, error))
    return FALSE;

  edit.number = (guint) MIN (number, G_MAXUINT);
  edit.title = title;
  edit.client_title = client_title;
  edit.delay = delay;
  return edit_graph (cli, id, do_step_edit, &edit, NULL, error);
}

typedef struct {
  guint    from;
  guint    to;
  int      lag;
  gboolean remove;
} LinkEdit;

static gboolean
do_link (LtGraphCommands *cmds, gpointer data, GError **error)
{
  LinkEdit *edit = data;
  LtStepGraph *graph = lt_graph_commands_get_graph (cmds);
  guint n = lt_step_graph_get_n_nodes (graph);
  guint numbers[2] = { edit->from, edit->to };

  for (guint i = 0; i < 2; i++)
    if (numbers[i] < 1 || numbers[i] > n)
      {
        g_set_error (error, LT_ERROR, LT_ERROR_UNKNOWN_STEP,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "There is no step %u: this prestation has %u step.",
                                  "There is no step %u: this prestation has %u steps.",
                                  n),
                     numbers[i], n);
        return FALSE;
      }

  if (edit->remove)
    return lt_graph_commands_remove_link (cmds, lt_step_graph_get_nth (graph, edit->from - 1)->uid,
                                          lt_step_graph_get_nth (graph, edit->to - 1)->uid, error);
  return lt_graph_commands_add_link (cmds, lt_step_graph_get_nth (graph, edit->from - 1)->uid,
                                     lt_step_graph_get_nth (graph, edit->to - 1)->uid, edit->lag, error);
}

static gboolean
link_run (LtCli    *cli,
          int       argc,
          char    **argv,
          gboolean  remove,
          GError  **error)
{
  int lag = 0;
  const GOptionEntry add_entries[] = {
    { "lag", 0, 0, G_OPTION_ARG_INT, &lag, N_("Working days between the end of FROM and the start of TO"), N_("DAYS") },
    { NULL }
  };
  const GOptionEntry remove_entries[] = { { NULL } };
  LinkEdit edit = { 0 };
  gint64 id, from, to;

  if (!lt_cli_parse (cli, remove ? remove_entries : add_entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 3, 3, error) ||
      !lt_cli_parse_id (argv[1], &id, error) ||
      !lt_cli_parse_id (argv[2], &from, error) ||
      !lt_cli_parse_id (argv[3], &to, error))
    return FALSE;

  edit.from = (guint) MIN (from, G_MAXUINT);
  edit.to = (guint) MIN (to, G_MAXUINT);
  edit.lag = lag;
  edit.remove = remove;
  return edit_graph (cli, id, do_link, &edit, NULL, error);
}

static gboolean
link_add (LtCli *cli, int argc, char **argv, GError **error)
{
  return link_run (cli, argc, argv, FALSE, error);
}

static gboolean
link_remove (LtCli *cli, int argc, char **argv, GError **error)
{
  return link_run (cli, argc, argv, TRUE, error);
}

static const LtCliCommand prestation_commands[] = {
  { "prestation", "add", N_("--name NAME --category CATEGORY [--price EUROS] [--recurrence R]"), N_("Add a prestation to the catalogue"), prestation_add },
  { "prestation", "list", N_("[--category ID] [--search TEXT] [--archived] [--json]"), N_("List the prestations of the catalogue"), prestation_list },
  { "prestation", "show", N_("[--json] ID"), N_("Show a prestation with its steps and dependencies"), prestation_show },
  { "step", "add", N_("PRESTATION --title TITLE [--client-title TITLE] [--request] [--delay DAYS] [--after “2, 3+2”] [--from-period-end]"), N_("Add a tâche or a demande d’information to a prestation"), step_add },
  { "step", "edit", N_("PRESTATION STEP [--title TITLE] [--client-title TITLE] [--delay DAYS]"), N_("Change a step: its title, its délai, how the client reads it"), step_edit },
  { "link", "add", N_("PRESTATION FROM TO [--lag DAYS]"), N_("Make step TO depend on step FROM (step numbers)"), link_add },
  { "link", "remove", N_("PRESTATION FROM TO"), N_("Remove the dependency of step TO on step FROM"), link_remove },
};
LT_CLI_REGISTER (prestation_commands)
