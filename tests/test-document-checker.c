/* test-document-checker.c: each missing mandatory item refused with its message */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "lt-document-checker.h"
#include "pdf-fixtures.h"

static void
test_complete (void)
{
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autoptr(GPtrArray) items = lt_document_checker_check (content);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (items->len, ==, 0);
  g_assert_true (lt_document_checker_validate (content, &error));
  g_assert_no_error (error);
}

typedef void (*Breaker) (LtDocumentContent *content);

static void break_firm_name (LtDocumentContent *c)      { lt_firm_set_name (c->firm, "  "); }
static void break_rcs (LtDocumentContent *c)            { lt_firm_set_rcs (c->firm, ""); }
static void break_ordre (LtDocumentContent *c)          { lt_firm_set_ordre (c->firm, ""); }
static void break_insurance (LtDocumentContent *c)      { lt_firm_set_insurance (c->firm, ""); }
static void break_firm_signatory (LtDocumentContent *c) { lt_firm_set_signatory_name (c->firm, ""); }
static void break_siren (LtDocumentContent *c)          { lt_affaire_set_siren (c->affaire, NULL); }
static void break_signatory (LtDocumentContent *c)
{
  g_clear_object (&c->signatory);
  lt_affaire_set_director (c->affaire, "");
}
static void break_lines (LtDocumentContent *c)          { g_ptr_array_set_size (c->lines, 0); }
static void break_price (LtDocumentContent *c)
{
  lt_document_line_set_price_cents (g_ptr_array_index (c->lines, 2), 0);
}
static void break_lcbft (LtDocumentContent *c)          { lt_affaire_set_lcbft_identified_on (c->affaire, NULL); }
static void break_lcbft_by (LtDocumentContent *c)       { lt_affaire_set_lcbft_identified_by (c->affaire, 0); }
static void break_owner (LtDocumentContent *c)          { lt_affaire_set_beneficial_owner (c->affaire, " "); }
static void break_firm_address (LtDocumentContent *c)   { lt_firm_set_postal_code (c->firm, ""); }
static void break_vat (LtDocumentContent *c)            { lt_firm_set_vat_number (c->firm, " "); }
static void break_firm_email (LtDocumentContent *c)     { lt_firm_set_email (c->firm, ""); }
static void break_address (LtDocumentContent *c)        { lt_affaire_set_address (c->affaire, ""); }
static void break_city (LtDocumentContent *c)           { lt_affaire_set_city (c->affaire, " "); }
static void break_legal_form (LtDocumentContent *c)     { lt_affaire_set_legal_form (c->affaire, ""); }
static void break_role (LtDocumentContent *c)
{
  /* a contact who is not the dirigeant, without a role */
  lt_contact_set_name (c->signatory, "Élise Lenoir");
  lt_contact_set_role (c->signatory, "");
}
static void break_vigilance (LtDocumentContent *c)      { lt_affaire_set_vigilance (c->affaire, LT_VIGILANCE_NOT_ASSESSED); }

static void
test_each_item (void)
{
  static const struct {
    Breaker        breaker;
    LtMissingKind  kind;
    const char    *what;
    const char    *fix;
  } cases[] = {
    { break_firm_name, LT_MISSING_FIRM_NAME, "name is missing", "Preferences › Cabinet" },
    { break_rcs, LT_MISSING_FIRM_RCS, "RCS registration is missing", "RCS city and number" },
    { break_ordre, LT_MISSING_FIRM_ORDRE, "Ordre des experts-comptables is missing", "conseil régional" },
    { break_insurance, LT_MISSING_FIRM_INSURANCE, "liability insurance is missing", "insurer and the policy number" },
    { break_firm_signatory, LT_MISSING_FIRM_SIGNATORY, "signs for the cabinet is not named", "signing expert-comptable" },
    { break_siren, LT_MISSING_CLIENT_SIREN, "The SIREN of « Dupont & Fils <SARL> » is missing.", "9-digit SIREN" },
    { break_signatory, LT_MISSING_SIGNATORY, "No one is named to sign for « Dupont & Fils <SARL> »", "signataire" },
    { break_lines, LT_MISSING_LINES, "has no prestation", "at least one prestation" },
    { break_price, LT_MISSING_LINE_PRICE, "« Déclarations de TVA » has no price", "symbolic 1 €" },
    { break_lcbft, LT_MISSING_LCBFT, "(LCB-FT) of « Dupont & Fils <SARL> » is not done", "bénéficiaire effectif" },
    { break_lcbft_by, LT_MISSING_LCBFT, "identification of « Dupont & Fils <SARL> » does not say who made it", "who identified the client" },
    { break_owner, LT_MISSING_LCBFT, "bénéficiaire effectif of « Dupont & Fils <SARL> » is not recorded", "Enter the bénéficiaire effectif" },
    { break_firm_address, LT_MISSING_FIRM_ADDRESS, "cabinet’s address (street, postal code and city) is incomplete", "Preferences › Cabinet" },
    { break_vat, LT_MISSING_FIRM_VAT_NUMBER, "intra-community VAT number is missing", "Preferences › Cabinet" },
    { break_firm_email, LT_MISSING_FIRM_EMAIL, "cabinet’s e-mail address is missing", "Preferences › Cabinet" },
    { break_address, LT_MISSING_CLIENT_ADDRESS, "The address of « Dupont & Fils <SARL> » (street, postal code and city) is incomplete", "affaire’s file" },
    { break_city, LT_MISSING_CLIENT_ADDRESS, "The address of « Dupont & Fils <SARL> »", "affaire’s file" },
    { break_legal_form, LT_MISSING_CLIENT_LEGAL_FORM, "The legal form of « Dupont & Fils <SARL> » is missing", "forme juridique" },
    { break_role, LT_MISSING_SIGNATORY_ROLE, "The quality in which Élise Lenoir signs for « Dupont & Fils <SARL> » is missing", "contact’s role" },
    { break_vigilance, LT_MISSING_LCBFT, "vigilance level of « Dupont & Fils <SARL> » has not been assessed", "simplified, standard or reinforced" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
      g_autoptr(GPtrArray) items = NULL;
      g_autoptr(GError) error = NULL;
      LtMissingItem *item;

      cases[i].breaker (content);
      items = lt_document_checker_check (content);
      g_assert_cmpuint (items->len, ==, 1);
      item = g_ptr_array_index (items, 0);
      g_assert_cmpint (item->kind, ==, cases[i].kind);
      g_assert_nonnull (strstr (item->what, cases[i].what));
      g_assert_nonnull (strstr (item->fix, cases[i].fix));
      if (cases[i].kind == LT_MISSING_LINE_PRICE)
        g_assert_cmpint (item->line_id, ==, 102);

      g_assert_false (lt_document_checker_validate (content, &error));
      g_assert_error (error, LT_ERROR, LT_ERROR_CONTENT_MISSING);
      g_assert_nonnull (strstr (error->message, item->what));
      g_assert_nonnull (strstr (error->message, item->fix));
    }
}

static void
test_everything_missing (void)
{
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 0);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&content->firm);
  content->firm = lt_firm_new ();
  g_clear_object (&content->signatory);
  lt_affaire_set_director (content->affaire, NULL);
  lt_affaire_set_siren (content->affaire, NULL);
  lt_affaire_set_lcbft_identified_on (content->affaire, NULL);

  items = lt_document_checker_check (content);
  g_assert_cmpuint (items->len, ==, 12);   /* issue 12: + the firm's address, VAT number, e-mail */
  g_assert_false (lt_document_checker_validate (content, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONTENT_MISSING);
  g_assert_nonnull (strstr (error->message, "items are missing"));
}

static void
test_offre_needs_no_lcbft (void)
{
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, 2);
  g_autoptr(GPtrArray) items = NULL;

  /* a prospect's quote does not begin the business relationship yet */
  lt_affaire_set_lcbft_identified_on (content->affaire, NULL);
  items = lt_document_checker_check (content);
  g_assert_cmpuint (items->len, ==, 0);

  /* the director may sign when no contact is marked signataire */
  g_clear_object (&content->signatory);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = lt_document_checker_check (content);
  g_assert_cmpuint (items->len, ==, 0);
}

/* issue 12: the dirigeant who signs as a contact without a role signs in
 * the quality of his forme juridique; a consumer needs no legal form. */
static void
test_quality_from_legal_form (void)
{
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autoptr(GPtrArray) items = NULL;

  lt_contact_set_role (content->signatory, "");   /* Jean Dupont, the SARL's dirigeant */
  items = lt_document_checker_check (content);
  g_assert_cmpuint (items->len, ==, 0);
  g_clear_pointer (&items, g_ptr_array_unref);

  lt_affaire_set_legal_form (content->affaire, "Autre");   /* no title known: the role is needed */
  items = lt_document_checker_check (content);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpint (((LtMissingItem *) g_ptr_array_index (items, 0))->kind, ==, LT_MISSING_SIGNATORY_ROLE);
  g_clear_pointer (&items, g_ptr_array_unref);

  lt_contact_set_role (content->signatory, "Gérant");
  lt_affaire_set_legal_form (content->affaire, "");
  lt_affaire_set_consumer (content->affaire, TRUE);
  lt_firm_set_mediator_name (content->firm, "CNPM Médiation Consommation");
  lt_firm_set_mediator_website (content->firm, "www.cnpm-mediation-consommation.eu");
  items = lt_document_checker_check (content);
  g_assert_cmpuint (items->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document-checker/complete", test_complete);
  g_test_add_func ("/document-checker/each-item", test_each_item);
  g_test_add_func ("/document-checker/everything", test_everything_missing);
  g_test_add_func ("/document-checker/offre", test_offre_needs_no_lcbft);
  g_test_add_func ("/document-checker/quality-from-legal-form", test_quality_from_legal_form);

  return g_test_run ();
}
