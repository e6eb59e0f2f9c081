/* pdf-fixtures.h: a demo-like document content for the PDF and checker tests (issue 6) */
#pragma once

#include "lettrine-core.h"
#include "lt-document-content.h"

/* A complete lettre de mission: every mandatory item present. */
static inline LtDocumentContent *
fixture_content (LtDocumentKind kind,
                 guint          n_lines)
{
  static const struct { const char *label; gint64 cents; LtRecurrence rec; } demo[] = {
    { "Tenue de la comptabilité", 32000, LT_RECURRENCE_MONTHLY },
    { "Établissement des comptes annuels et de la liasse fiscale", 180000, LT_RECURRENCE_YEARLY },
    { "Déclarations de TVA", 9000, LT_RECURRENCE_QUARTERLY },
    { "Reprise du dossier et lettre au confrère", 45000, LT_RECURRENCE_NONE },
  };
  LtDocumentContent *content = lt_document_content_new ();
  LtFirm *firm = lt_firm_new ();
  LtAffaire *affaire = lt_affaire_new ();
  LtDocument *document = lt_document_new ();
  LtContact *signatory = lt_contact_new ();
  LtStaff *staff = lt_staff_new ();
  LtTerms *terms = lt_terms_new ();

  lt_firm_set_name (firm, "Cabinet Lemoine & Associés");
  lt_firm_set_legal_form (firm, "SAS d’expertise comptable au capital de 50 000 €");
  lt_firm_set_address (firm, "12 rue des Tanneurs");
  lt_firm_set_postal_code (firm, "69002");
  lt_firm_set_city (firm, "Lyon");
  lt_firm_set_phone (firm, "04 78 00 00 00");
  lt_firm_set_email (firm, "contact@lemoine-associes.fr");
  lt_firm_set_siren (firm, "732829320");
  lt_firm_set_rcs (firm, "Lyon 732 829 320");
  lt_firm_set_ordre (firm, "conseil régional Auvergne-Rhône-Alpes, n° 14-000123");
  lt_firm_set_vat_number (firm, "FR40732829320");
  lt_firm_set_insurance (firm, "MMA IARD, contrat n° 123456789");
  lt_firm_set_signatory_name (firm, "Claire Lemoine");

  lt_affaire_set_id (affaire, 7);
  lt_affaire_set_state (affaire, LT_AFFAIRE_STATE_CLIENT);
  lt_affaire_set_name (affaire, "Dupont & Fils <SARL>");
  lt_affaire_set_siren (affaire, "552100554");
  lt_affaire_set_legal_form (affaire, "SARL");
  lt_affaire_set_address (affaire, "3 place Bellecour");
  lt_affaire_set_postal_code (affaire, "69002");
  lt_affaire_set_city (affaire, "Lyon");
  lt_affaire_set_activity (affaire, "Boulangerie-pâtisserie");
  lt_affaire_set_fiscal_year_end (affaire, "12-31");
  lt_affaire_set_director (affaire, "Jean Dupont");
  lt_affaire_set_lcbft_identified_on (affaire, "2026-02-20");
  lt_affaire_set_lcbft_identified_by (affaire, 3);
  lt_affaire_set_beneficial_owner (affaire, "Jean Dupont (100 %)");
  lt_affaire_set_vigilance (affaire, LT_VIGILANCE_STANDARD);

  lt_document_set_id (document, 42);
  lt_document_set_affaire_id (document, 7);
  lt_document_set_kind (document, kind);
  lt_document_set_title (document, "Mission de présentation 2026");
  lt_document_set_created_at (document, "2026-03-02T10:00:00Z");
  /* the letter carries the day it is sent (issue 12): a draft would carry today */
  lt_document_set_sent_on (document, "2026-03-02");

  lt_contact_set_name (signatory, "Jean Dupont");
  lt_contact_set_role (signatory, "gérant");
  lt_contact_set_is_signatory (signatory, TRUE);

  lt_staff_set_name (staff, "Sophie Martin");

  lt_terms_set_version (terms, "CG-2026.1");
  lt_terms_set_effective_on (terms, "2026-01-01");
  lt_terms_set_body (terms,
                     "Article 1 — Objet. Les présentes conditions générales s’appliquent à toutes les missions du cabinet.\n\n"
                     "Article 2 — Secret professionnel. Le cabinet est tenu au secret professionnel.\n\n"
                     "- Les documents originaux sont restitués en fin de mission.\n"
                     "- Les travaux sont conservés dix ans.");

  for (guint i = 0; i < n_lines; i++)
    {
      LtDocumentLine *line = lt_document_line_new ();
      g_autofree char *label = NULL;

      if (n_lines <= G_N_ELEMENTS (demo))
        {
          label = g_strdup (demo[i].label);
          lt_document_line_set_price_cents (line, demo[i].cents);
          lt_document_line_set_recurrence (line, demo[i].rec);
        }
      else
        {
          label = g_strdup_printf ("Prestation numéro %02u du périmètre étendu", i + 1);
          lt_document_line_set_price_cents (line, 10000 + 125 * i);
          lt_document_line_set_recurrence (line, i % 4);
        }
      lt_document_line_set_id (line, 100 + i);
      lt_document_line_set_position (line, i);
      lt_document_line_set_label (line, label);
      g_ptr_array_add (content->lines, line);
    }

  lt_document_content_add_obligation (content, "Tenue de la comptabilité", "Saisie des pièces comptables", LT_STEP_KIND_TASK, 10);
  lt_document_content_add_obligation (content, "Tenue de la comptabilité", "Relevés bancaires du mois", LT_STEP_KIND_REQUEST, 5);
  lt_document_content_add_obligation (content, "Établissement des comptes annuels", "Inventaire des stocks au 31 décembre", LT_STEP_KIND_REQUEST, -1);
  lt_document_content_add_obligation (content, "Établissement des comptes annuels", "Révision des comptes et liasse fiscale", LT_STEP_KIND_TASK, 30);

  content->firm = firm;
  content->affaire = affaire;
  content->document = document;
  content->signatory = signatory;
  content->intervenant = staff;
  content->terms = terms;

  if (kind == LT_DOCUMENT_KIND_AVENANT || kind == LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE)
    {
      LtDocument *letter = lt_document_new ();

      lt_document_set_id (letter, 40);
      lt_document_set_kind (letter, LT_DOCUMENT_KIND_LETTRE_DE_MISSION);
      lt_document_set_title (letter, "Mission initiale");
      lt_document_set_created_at (letter, "2025-01-10T09:00:00Z");
      lt_document_set_signed_on (letter, "2025-01-15");
      if (kind == LT_DOCUMENT_KIND_AVENANT)
        content->parent = letter;
      else
        {
          LtDocument *avenant = lt_document_new ();

          lt_document_set_id (avenant, 41);
          lt_document_set_kind (avenant, LT_DOCUMENT_KIND_AVENANT);
          lt_document_set_title (avenant, "Ajout de la paie");
          lt_document_set_created_at (avenant, "2025-06-01T09:00:00Z");
          lt_document_set_signed_on (avenant, "2025-06-03");
          g_ptr_array_add (content->replaced, letter);
          g_ptr_array_add (content->replaced, avenant);
        }
    }

  return content;
}
