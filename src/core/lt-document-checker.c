/* lt-document-checker.c: what a document still lacks before it can be sent */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-document-checker"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-document-checker.h"
#include "lt-error.h"
#include "lt-parties.h"

/* The mandatory content of art. 151 of the code de déontologie and of the
 * Code de la consommation (DOMAIN.md, « What a lettre de mission contains »)
 * that only the user can supply. */

static void
missing_item_free (LtMissingItem *item)
{
  g_free (item->what);
  g_free (item->fix);
  g_free (item);
}

static void
add_item (GPtrArray     *items,
          LtMissingKind  kind,
          gint64         line_id,
          char          *what,
          const char    *fix)
{
  LtMissingItem *item = g_new0 (LtMissingItem, 1);

  item->kind = kind;
  item->what = what;
  item->fix = g_strdup (fix);
  item->line_id = line_id;
  g_ptr_array_add (items, item);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

GPtrArray *
lt_document_checker_check (const LtDocumentContent *content)
{
  GPtrArray *items;
  LtDocumentKind kind;

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (content->firm != NULL, NULL);
  g_return_val_if_fail (content->affaire != NULL, NULL);
  g_return_val_if_fail (content->document != NULL, NULL);

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) missing_item_free);
  kind = lt_document_get_kind (content->document);

  if (is_blank (lt_firm_get_name (content->firm)))
    add_item (items, LT_MISSING_FIRM_NAME, 0,
              g_strdup (_("The cabinet’s name is missing from the letterhead.")),
              _("Enter it in Preferences › Cabinet."));
  if (is_blank (lt_firm_get_rcs (content->firm)))
    add_item (items, LT_MISSING_FIRM_RCS, 0,
              g_strdup (_("The cabinet’s RCS registration is missing.")),
              _("Enter the RCS city and number in Preferences › Cabinet."));
  if (is_blank (lt_firm_get_ordre (content->firm)))
    add_item (items, LT_MISSING_FIRM_ORDRE, 0,
              g_strdup (_("The cabinet’s registration with the Ordre des experts-comptables is missing.")),
              _("Enter the conseil régional and the registration number in Preferences › Cabinet."));
  if (is_blank (lt_firm_get_insurance (content->firm)))
    add_item (items, LT_MISSING_FIRM_INSURANCE, 0,
              g_strdup (_("The cabinet’s professional liability insurance is missing.")),
              _("Enter the insurer and the policy number in Preferences › Cabinet."));
  /* what the letterhead and the clauses print (issue 12: nothing is sent
   * with « Siège : , ») */
  if (is_blank (lt_firm_get_address (content->firm)) || is_blank (lt_firm_get_postal_code (content->firm)) ||
      is_blank (lt_firm_get_city (content->firm)))
    add_item (items, LT_MISSING_FIRM_ADDRESS, 0,
              g_strdup (_("The cabinet’s address (street, postal code and city) is incomplete.")),
              _("Enter it in Preferences › Cabinet."));
  if (is_blank (lt_firm_get_vat_number (content->firm)))
    add_item (items, LT_MISSING_FIRM_VAT_NUMBER, 0,
              g_strdup (_("The cabinet’s intra-community VAT number is missing.")),
              _("Enter it in Preferences › Cabinet."));
  if (is_blank (lt_firm_get_email (content->firm)))
    add_item (items, LT_MISSING_FIRM_EMAIL, 0,
              g_strdup (_("The cabinet’s e-mail address is missing (the letter gives it for personal-data requests).")),
              _("Enter it in Preferences › Cabinet."));
  if (is_blank (lt_firm_get_signatory_name (content->firm)))
    add_item (items, LT_MISSING_FIRM_SIGNATORY, 0,
              g_strdup (_("The expert-comptable who signs for the cabinet is not named.")),
              _("Enter the signing expert-comptable in Preferences › Cabinet."));

  /* C. consom. L111-1 6°, L616-1 and R616-1: a consumer is told, before
   * the contract and in it, the name, coordinates and website of the
   * médiateur de la consommation the cabinet belongs to. */
  if (lt_affaire_get_consumer (content->affaire) &&
      (is_blank (lt_firm_get_mediator_name (content->firm)) ||
       is_blank (lt_firm_get_mediator_website (content->firm))))
    add_item (items, LT_MISSING_FIRM_MEDIATOR, 0,
              g_strdup_printf (_("« %s » is a consumer: the letter must name the cabinet’s médiateur de la consommation, with its address and website."),
                               lt_affaire_get_name (content->affaire)),
              _("Enter the médiateur’s name, address and website in Preferences › Cabinet."));

  /* a natural person has no SIREN: only a professional's is required */
  if (!lt_affaire_get_consumer (content->affaire) &&
      is_blank (lt_affaire_get_siren (content->affaire)))
    add_item (items, LT_MISSING_CLIENT_SIREN, 0,
              g_strdup_printf (_("The SIREN of « %s » is missing."), lt_affaire_get_name (content->affaire)),
              _("Enter the company’s 9-digit SIREN in the affaire’s file."));

  if (is_blank (lt_affaire_get_address (content->affaire)) || is_blank (lt_affaire_get_postal_code (content->affaire)) ||
      is_blank (lt_affaire_get_city (content->affaire)))
    add_item (items, LT_MISSING_CLIENT_ADDRESS, 0,
              g_strdup_printf (_("The address of « %s » (street, postal code and city) is incomplete."),
                               lt_affaire_get_name (content->affaire)),
              _("Enter it in the affaire’s file."));
  if (!lt_affaire_get_consumer (content->affaire) && is_blank (lt_affaire_get_legal_form (content->affaire)))
    add_item (items, LT_MISSING_CLIENT_LEGAL_FORM, 0,
              g_strdup_printf (_("The legal form of « %s » is missing."), lt_affaire_get_name (content->affaire)),
              _("Choose the forme juridique in the affaire’s file."));

  /* a contact signs in the quality the letter prints: its role, or the
   * dirigeant's title when the contact is the dirigeant */
  if (content->signatory != NULL && is_blank (lt_contact_get_role (content->signatory)) &&
      !(lt_parties_same_person (lt_contact_get_name (content->signatory), lt_affaire_get_director (content->affaire)) &&
        lt_parties_director_quality (lt_affaire_get_legal_form (content->affaire)) != NULL))
    add_item (items, LT_MISSING_SIGNATORY_ROLE, 0,
              g_strdup_printf (_("The quality in which %s signs for « %s » is missing."),
                               lt_contact_get_name (content->signatory), lt_affaire_get_name (content->affaire)),
              _("Enter the contact’s role (gérant, président, directeur financier…) in the affaire’s contacts."));

  if (content->signatory == NULL && is_blank (lt_affaire_get_director (content->affaire)))
    add_item (items, LT_MISSING_SIGNATORY, 0,
              g_strdup_printf (_("No one is named to sign for « %s »."), lt_affaire_get_name (content->affaire)),
              _("Mark a contact of the affaire as signataire, or enter its dirigeant."));

  if (content->lines->len == 0)
    add_item (items, LT_MISSING_LINES, 0,
              g_strdup (_("The document has no prestation.")),
              _("Add at least one prestation with its price to the document."));

  for (guint i = 0; i < content->lines->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (content->lines, i);

      if (lt_document_line_get_price_cents (line) <= 0)
        add_item (items, LT_MISSING_LINE_PRICE, lt_document_line_get_id (line),
                  g_strdup_printf (_("The prestation « %s » has no price."), lt_document_line_get_label (line)),
                  _("Enter its fee excluding VAT, even a symbolic 1 €."));
    }

  /* LCB-FT: the client is identified before the business relationship
   * begins; a mere offre de service does not begin it yet. */
  if (kind != LT_DOCUMENT_KIND_OFFRE_DE_SERVICE &&
      is_blank (lt_affaire_get_lcbft_identified_on (content->affaire)))
    add_item (items, LT_MISSING_LCBFT, 0,
              g_strdup_printf (_("The anti-money-laundering identification (LCB-FT) of « %s » is not done."),
                               lt_affaire_get_name (content->affaire)),
              _("Identify the client and its bénéficiaire effectif, then record the date in the affaire’s LCB-FT section."));
  else if (kind != LT_DOCUMENT_KIND_OFFRE_DE_SERVICE)
    {
      /* the same gate as sending (lt_document_rules_check_lcbft) */
      if (lt_affaire_get_lcbft_identified_by (content->affaire) <= 0)
        add_item (items, LT_MISSING_LCBFT, 0,
                  g_strdup_printf (_("The LCB-FT identification of « %s » does not say who made it."),
                                   lt_affaire_get_name (content->affaire)),
                  _("Choose who identified the client in the affaire’s LCB-FT section."));
      if (is_blank (lt_affaire_get_beneficial_owner (content->affaire)))
        add_item (items, LT_MISSING_LCBFT, 0,
                  g_strdup_printf (_("The bénéficiaire effectif of « %s » is not recorded."),
                                   lt_affaire_get_name (content->affaire)),
                  _("Enter the bénéficiaire effectif in the affaire’s LCB-FT section."));
      if (lt_affaire_get_vigilance (content->affaire) == LT_VIGILANCE_NOT_ASSESSED)
        add_item (items, LT_MISSING_LCBFT, 0,
                  g_strdup_printf (_("The LCB-FT vigilance level of « %s » has not been assessed."),
                                   lt_affaire_get_name (content->affaire)),
                  _("Choose simplified, standard or reinforced vigilance in the affaire’s LCB-FT section (it is never printed in the letter)."));
    }

  return items;
}

gboolean
lt_document_checker_validate (const LtDocumentContent  *content,
                              GError                  **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GString) message = NULL;

  g_return_val_if_fail (content != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  items = lt_document_checker_check (content);
  if (items->len == 0)
    return TRUE;

  message = g_string_new (g_dngettext (GETTEXT_PACKAGE,
                                       "The document cannot be sent, an item is missing:",
                                       "The document cannot be sent, items are missing:",
                                       items->len));
  for (guint i = 0; i < items->len; i++)
    {
      LtMissingItem *item = g_ptr_array_index (items, i);

      g_string_append_printf (message, "\n• %s %s", item->what, item->fix);
    }

  g_set_error_literal (error, LT_ERROR, LT_ERROR_CONTENT_MISSING, message->str);

  return FALSE;
}
