/* lt-cli-affaire.c: lettrine-cli affaire add|list|show, contact add|list */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli"

#include "config.h"

#include <stdio.h>

#include "lt-affaire.h"
#include "lt-cli-commands.h"
#include "lt-contact.h"
#include "lt-date.h"
#include "lt-enums.h"
#include "lt-error.h"
#include "lt-siren.h"
#include "lt-store-affaires.h"
#include "lt-validate.h"

static gboolean
affaire_add (LtCli   *cli,
             int      argc,
             char   **argv,
             GError **error)
{
  g_autofree char *name = NULL, *siren = NULL, *state = NULL, *legal_form = NULL;
  g_autofree char *address = NULL, *postal_code = NULL, *city = NULL, *activity = NULL;
  g_autofree char *fiscal_year_end = NULL, *director = NULL, *lcbft_on = NULL;
  g_autofree char *lcbft_by = NULL, *beneficial_owner = NULL, *vigilance = NULL;
  gboolean consumer = FALSE;
  g_autofree char *letter_outside = NULL, *letter_reference = NULL;
  g_autofree char *exercice_start = NULL, *exercice_end = NULL;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Raison sociale (required)"), N_("NAME") },
    { "siren", 0, 0, G_OPTION_ARG_STRING, &siren, N_("SIREN, nine digits (spaces allowed)"), N_("SIREN") },
    { "state", 0, 0, G_OPTION_ARG_STRING, &state, N_("prospect (default) or client"), N_("STATE") },
    { "legal-form", 0, 0, G_OPTION_ARG_STRING, &legal_form, N_("Forme juridique (SARL, SAS…)"), N_("FORM") },
    { "address", 0, 0, G_OPTION_ARG_STRING, &address, N_("Street address"), N_("ADDRESS") },
    { "postal-code", 0, 0, G_OPTION_ARG_STRING, &postal_code, N_("Postal code"), N_("CODE") },
    { "city", 0, 0, G_OPTION_ARG_STRING, &city, N_("City"), N_("CITY") },
    { "activity", 0, 0, G_OPTION_ARG_STRING, &activity, N_("Activity"), N_("TEXT") },
    { "fiscal-year-end", 0, 0, G_OPTION_ARG_STRING, &fiscal_year_end, N_("Date de clôture as MM-DD (default 12-31)"), N_("MM-DD") },
    { "director", 0, 0, G_OPTION_ARG_STRING, &director, N_("Dirigeant"), N_("NAME") },
    { "lcbft-on", 0, 0, G_OPTION_ARG_STRING, &lcbft_on, N_("LCB-FT identification done on DATE"), N_("DATE") },
    { "lcbft-by", 0, 0, G_OPTION_ARG_STRING, &lcbft_by, N_("LCB-FT identification done by the intervenant ID"), N_("ID") },
    { "beneficial-owner", 0, 0, G_OPTION_ARG_STRING, &beneficial_owner, N_("Bénéficiaire effectif"), N_("TEXT") },
    { "vigilance", 0, 0, G_OPTION_ARG_STRING, &vigilance, N_("LCB-FT vigilance: not-assessed (default), simplified, standard or reinforced"), N_("LEVEL") },
    { "exercice-start", 0, 0, G_OPTION_ARG_STRING, &exercice_start, N_("First day of the current fiscal year, when it is not twelve months (with --exercice-end)"), N_("DATE") },
    { "exercice-end", 0, 0, G_OPTION_ARG_STRING, &exercice_end, N_("Last day of the current fiscal year, on the closing date"), N_("DATE") },
    { "consumer", 0, 0, G_OPTION_ARG_NONE, &consumer, N_("The client is a consumer or a non-professional (its letters follow the Code de la consommation)"), NULL },
    { "letter-outside", 0, 0, G_OPTION_ARG_STRING, &letter_outside,
      N_("A client whose engagement letter was signed outside Lettrine, on DATE"), N_("DATE") },
    { "letter-reference", 0, 0, G_OPTION_ARG_STRING, &letter_reference,
      N_("The reference of that letter"), N_("REF") },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtAffaire) affaire = lt_affaire_new ();
  int value;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error))
    return FALSE;

  if (name == NULL)
    return lt_cli_usage_error (error, _("--name is required."));

  lt_affaire_set_name (affaire, name);
  lt_affaire_set_consumer (affaire, consumer);
  if (!lt_cli_set_exercice (affaire, exercice_start, exercice_end, error))
    return FALSE;
  if (siren != NULL)
    {
      g_autofree char *normal = lt_siren_normalize (siren);

      /* The same check and message as the editor, before opening anything. */
      if (!lt_siren_validate (normal, error))
        return FALSE;
      lt_affaire_set_siren (affaire, normal);
    }
  if (state != NULL)
    {
      if (!lt_cli_parse_enum (LT_TYPE_AFFAIRE_STATE, state, &value, error))
        return FALSE;
      lt_affaire_set_state (affaire, value);
    }
  if (vigilance != NULL)
    {
      if (!lt_cli_parse_enum (LT_TYPE_VIGILANCE, vigilance, &value, error))
        return FALSE;
      lt_affaire_set_vigilance (affaire, value);
    }
  if (lcbft_on != NULL)
    {
      g_autofree char *iso = NULL;

      if (!lt_cli_parse_date (lcbft_on, &iso, error))
        return FALSE;
      lt_affaire_set_lcbft_identified_on (affaire, iso);
    }
  if (lcbft_by != NULL)
    {
      gint64 staff_id;

      if (!lt_cli_parse_id (lcbft_by, &staff_id, error))
        return FALSE;
      lt_affaire_set_lcbft_identified_by (affaire, staff_id);
    }
  if (letter_outside != NULL)
    {
      g_autofree char *iso = NULL;

      if (!lt_cli_parse_date (letter_outside, &iso, error))
        return FALSE;
      lt_affaire_set_letter_outside_date (affaire, iso);
    }
  if (letter_reference != NULL)
    lt_affaire_set_letter_outside_reference (affaire, letter_reference);
  if (letter_reference != NULL && letter_outside == NULL)
    return lt_cli_usage_error (error, _("--letter-reference needs --letter-outside DATE, the date of that letter."));
  if (legal_form != NULL)
    lt_affaire_set_legal_form (affaire, legal_form);
  if (address != NULL)
    lt_affaire_set_address (affaire, address);
  if (postal_code != NULL)
    lt_affaire_set_postal_code (affaire, postal_code);
  if (city != NULL)
    lt_affaire_set_city (affaire, city);
  if (activity != NULL)
    lt_affaire_set_activity (affaire, activity);
  if (fiscal_year_end != NULL)
    {
      /* « 31/12 » as typed in the app; anything else is left for the
       * store to refuse with its message. */
      g_autofree char *mmdd = lt_date_month_day_from_display (fiscal_year_end);

      lt_affaire_set_fiscal_year_end (affaire, mmdd != NULL ? mmdd : fiscal_year_end);
    }
  if (director != NULL)
    lt_affaire_set_director (affaire, director);
  if (beneficial_owner != NULL)
    lt_affaire_set_beneficial_owner (affaire, beneficial_owner);

  if (!(store = lt_cli_open_store (cli, error)))
    return FALSE;

  if (!lt_store_add_affaire (store, affaire, error))
    {
      if (error != NULL && g_error_matches (*error, LT_ERROR, LT_ERROR_CLIENT_WITHOUT_LETTER))
        g_prefix_error (error, "%s\n", _("A client is added with its letter signed outside Lettrine: --letter-outside DATE --letter-reference REF."));
      return FALSE;
    }

  lt_cli_print_id (lt_affaire_get_id (affaire));
  return TRUE;
}

static gboolean
affaire_list (LtCli   *cli,
              int      argc,
              char   **argv,
              GError **error)
{
  g_autofree char *search = NULL, *state = NULL, *sort = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "search", 's', 0, G_OPTION_ARG_STRING, &search, N_("Only affaires whose name, SIREN or city contain TEXT (accents ignored)"), N_("TEXT") },
    { "state", 0, 0, G_OPTION_ARG_STRING, &state, N_("Only prospects or only clients"), N_("STATE") },
    { "sort", 0, 0, G_OPTION_ARG_STRING, &sort, N_("name (default), created or city"), N_("ORDER") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GListModel) list = NULL;
  LtAffaireSort order = LT_AFFAIRE_SORT_NAME;
  int state_value = -1;
  guint n;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error))
    return FALSE;

  if ((state != NULL && !lt_cli_parse_enum (LT_TYPE_AFFAIRE_STATE, state, &state_value, error)) ||
      !lt_validate_search (search, error))
    return FALSE;

  if (sort == NULL || g_str_equal (sort, "name"))
    order = LT_AFFAIRE_SORT_NAME;
  else if (g_str_equal (sort, "created"))
    order = LT_AFFAIRE_SORT_CREATED;
  else if (g_str_equal (sort, "city"))
    order = LT_AFFAIRE_SORT_CITY;
  else
    return lt_cli_usage_error (error, _("« %s » is not one of: %s"), sort, "name, created, city");

  if (!(store = lt_cli_open_existing_store (cli, error)))
    return FALSE;

  list = lt_store_list_affaires (store, search, state_value, order);

  if (json)
    {
      g_autoptr(JsonNode) node = lt_cli_list_to_json (list);

      lt_cli_print_json (node);
      return TRUE;
    }

  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LtAffaire) affaire = g_list_model_get_item (list, i);
      g_autofree char *siren = lt_affaire_get_siren (affaire) != NULL
        ? lt_siren_format (lt_affaire_get_siren (affaire)) : g_strdup ("");

      printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n",
              lt_affaire_get_id (affaire),
              lt_enum_to_label (LT_TYPE_AFFAIRE_STATE, lt_affaire_get_state (affaire)),
              siren,
              lt_affaire_get_name (affaire),
              lt_affaire_get_city (affaire) != NULL ? lt_affaire_get_city (affaire) : "");
    }

  return TRUE;
}

static gboolean
affaire_show (LtCli   *cli,
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
  g_autoptr(GListModel) contacts = NULL;
  gint64 id;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &id, error) ||
      !(store = lt_cli_open_existing_store (cli, error)) ||
      !(affaire = lt_store_get_affaire (store, id, error)))
    return FALSE;

  contacts = lt_store_list_contacts (store, id);

  if (json)
    {
      g_autoptr(JsonNode) node = lt_cli_object_to_json (G_OBJECT (affaire));

      json_object_set_member (json_node_get_object (node), "contacts", lt_cli_list_to_json (contacts));
      lt_cli_print_json (node);
      return TRUE;
    }

  {
    g_autofree GParamSpec **pspecs = NULL;
    guint n_pspecs, n;

    /* Every column, as `key: value`, in the model's order. */
    pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (affaire), &n_pspecs);
    for (guint i = 0; i < n_pspecs; i++)
      {
        g_auto(GValue) value = G_VALUE_INIT;
        g_auto(GValue) text = G_VALUE_INIT;
        GType type = G_PARAM_SPEC_VALUE_TYPE (pspecs[i]);

        g_value_init (&value, type);
        g_object_get_property (G_OBJECT (affaire), pspecs[i]->name, &value);
        if (G_TYPE_IS_ENUM (type))
          {
            printf ("%s: %s\n", pspecs[i]->name, lt_enum_to_label (type, g_value_get_enum (&value)));
            continue;
          }
        g_value_init (&text, G_TYPE_STRING);
        if (g_value_transform (&value, &text))
          printf ("%s: %s\n", pspecs[i]->name, g_value_get_string (&text) != NULL ? g_value_get_string (&text) : "");
      }

    n = g_list_model_get_n_items (contacts);
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(LtContact) contact = g_list_model_get_item (contacts, i);

        printf ("contact: %s%s%s%s%s\n",
                lt_contact_get_name (contact),
                *lt_contact_get_role (contact) ? ", " : "", lt_contact_get_role (contact),
                *lt_contact_get_email (contact) ? ", " : "", lt_contact_get_email (contact));
      }
  }

  return TRUE;
}

static gboolean
contact_add (LtCli   *cli,
             int      argc,
             char   **argv,
             GError **error)
{
  g_autofree char *affaire = NULL, *name = NULL, *role = NULL, *email = NULL, *phone = NULL;
  gboolean signatory = FALSE;
  const GOptionEntry entries[] = {
    { "affaire", 0, 0, G_OPTION_ARG_STRING, &affaire, N_("The affaire’s id (required)"), N_("ID") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The contact’s name (required)"), N_("NAME") },
    { "role", 0, 0, G_OPTION_ARG_STRING, &role, N_("Role (gérant, président…)"), N_("TEXT") },
    { "email", 0, 0, G_OPTION_ARG_STRING, &email, N_("E-mail address"), N_("EMAIL") },
    { "phone", 0, 0, G_OPTION_ARG_STRING, &phone, N_("Phone number"), N_("PHONE") },
    { "signatory", 0, 0, G_OPTION_ARG_NONE, &signatory, N_("The contact signs for the affaire"), NULL },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtContact) contact = lt_contact_new ();
  gint64 affaire_id;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error))
    return FALSE;

  if (affaire == NULL || name == NULL)
    return lt_cli_usage_error (error, _("--affaire and --name are required."));
  if (!lt_cli_parse_id (affaire, &affaire_id, error))
    return FALSE;

  lt_contact_set_affaire_id (contact, affaire_id);
  lt_contact_set_name (contact, name);
  lt_contact_set_is_signatory (contact, signatory);
  if (role != NULL)
    lt_contact_set_role (contact, role);
  if (email != NULL)
    lt_contact_set_email (contact, email);
  if (phone != NULL)
    lt_contact_set_phone (contact, phone);

  if (!(store = lt_cli_open_existing_store (cli, error)) ||
      !lt_store_add_contact (store, contact, error))
    return FALSE;

  lt_cli_print_id (lt_contact_get_id (contact));
  return TRUE;
}

static gboolean
contact_list (LtCli   *cli,
              int      argc,
              char   **argv,
              GError **error)
{
  g_autofree char *affaire = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "affaire", 0, 0, G_OPTION_ARG_STRING, &affaire, N_("The affaire’s id (required)"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtAffaire) owner = NULL;
  g_autoptr(GListModel) contacts = NULL;
  gint64 affaire_id;
  guint n;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 0, 0, error))
    return FALSE;

  if (affaire == NULL)
    return lt_cli_usage_error (error, _("--affaire is required."));
  if (!lt_cli_parse_id (affaire, &affaire_id, error) ||
      !(store = lt_cli_open_existing_store (cli, error)) ||
      !(owner = lt_store_get_affaire (store, affaire_id, error)))
    return FALSE;

  contacts = lt_store_list_contacts (store, affaire_id);

  if (json)
    {
      g_autoptr(JsonNode) node = lt_cli_list_to_json (contacts);

      lt_cli_print_json (node);
      return TRUE;
    }

  n = g_list_model_get_n_items (contacts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LtContact) contact = g_list_model_get_item (contacts, i);

      printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\n",
              lt_contact_get_id (contact),
              lt_contact_get_is_signatory (contact) ? _("signatory") : "",
              lt_contact_get_name (contact),
              lt_contact_get_role (contact),
              lt_contact_get_email (contact),
              lt_contact_get_phone (contact));
    }

  return TRUE;
}

static const LtCliCommand affaire_commands[] = {
  { "affaire", "add", N_("--name NAME [--siren SIREN] [--state prospect|client [--letter-outside DATE --letter-reference REF]] [OPTION…]"),
    N_("Add an affaire; prints its id"), affaire_add },
  { "affaire", "list", N_("[--search TEXT] [--state STATE] [--sort ORDER] [--json]"),
    N_("List the affaires"), affaire_list },
  { "affaire", "show", N_("ID [--json]"),
    N_("Show an affaire and its contacts"), affaire_show },
  { "contact", "add", N_("--affaire ID --name NAME [--role TEXT] [--email EMAIL] [--phone PHONE] [--signatory]"),
    N_("Add a contact to an affaire; prints its id"), contact_add },
  { "contact", "list", N_("--affaire ID [--json]"),
    N_("List the contacts of an affaire, signatory first"), contact_list },
};

LT_CLI_REGISTER (affaire_commands)
