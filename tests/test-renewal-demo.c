/* test-renewal-demo.c: renewing the demo's clients — recurring scope only, current catalogue, archived prestations, a waiting draft, the letter's text */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <poppler.h>
#include <string.h>

#include <glib/gstdio.h>

#include "lt-document-rules.h"
#include "lt-pdf-renderer.h"
#include "lt-store-affaires.h"
#include "lt-store-catalogue-ops.h"
#include "lt-store-catalogue.h"
#include "lt-store-demo.h"
#include "lt-store-document-ops.h"
#include "lt-store-documents.h"
#include "lt-store-pdf.h"
#include "lt-store-renewal.h"

#include "pdf-text-fixtures.h"
#include "store-fixtures.h"

typedef struct {
  char    *dir;
  char    *path;
  LtStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->store = store_fixture_open_demo ("lettrine-renewal-demo-XXXXXX", &f->dir, &f->path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  store_fixture_close (f->store, f->dir, f->path);
}

static guint
count_drafts (Fixture *f,
              gint64   affaire)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = lt_store_load_affaire_documents (f->store, affaire, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < docs->len; i++)
    if (lt_document_get_state (g_ptr_array_index (docs, i)) == LT_DOCUMENT_STATE_DRAFT &&
        lt_document_get_kind (g_ptr_array_index (docs, i)) == LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE)
      n++;
  return n;
}

/* Cabinet Morel: « Entrée en relation » 350 € and « Reprise » 450 € were
 * billed once; only « Bilan annuel » 1 500 €/an is renewed (1 552,50 € at
 * 1,035), at the catalogue's current version, with the current conditions
 * générales. */
static void
test_morel (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtRenewalPlan) plan = NULL;
  g_autoptr(LtRenewalResult) result = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(LtPrestation) bilan = NULL;
  g_autoptr(LtStepGraph) graph = NULL;
  g_autoptr(LtTerms) terms = lt_terms_new ();
  g_autoptr(LtDocument) doc = NULL;
  gint64 morel = demo_client_id (f->store, "Cabinet dentaire du Dr Morel");
  gint64 old_bilan_id, oy, ny, oo, no;
  gboolean new_version = FALSE;
  LtRenewalClient *client;
  LtRenewalLine *line;

  plan = lt_store_renewal_prepare (f->store, &morel, 1, 1035000, LT_ROUNDING_CENT, NULL, &error);
  g_assert_no_error (error);
  client = lt_renewal_plan_get_client (plan, 0);
  g_assert_cmpuint (client->lines->len, ==, 1);
  line = g_ptr_array_index (client->lines, 0);
  g_assert_cmpstr (line->old_label, ==, "Bilan annuel");
  g_assert_cmpint (line->new_price_cents, ==, 155250);
  for (guint i = 0; i < client->lines->len; i++)
    {
      line = g_ptr_array_index (client->lines, i);
      g_assert_cmpstr (line->old_label, !=, "Entrée en relation");
      g_assert_cmpstr (line->old_label, !=, "Reprise du dossier comptable");
    }
  lt_renewal_plan_get_totals (plan, &oy, &ny, &oo, &no);
  g_assert_cmpint (oy, ==, 150000);
  g_assert_cmpint (ny, ==, 155250);
  g_assert_cmpint (oo, ==, 0);
  g_assert_cmpint (no, ==, 0);
  old_bilan_id = ((LtRenewalLine *) g_ptr_array_index (client->lines, 0))->old_prestation_id;
  g_clear_object (&plan);

  /* The catalogue moves on: the Bilan gets a version 2 under a new name,
   * new conditions générales apply. */
  bilan = lt_store_get_prestation (f->store, old_bilan_id, &error);
  g_assert_no_error (error);
  graph = lt_store_catalogue_load_graph (f->store, old_bilan_id, &error);
  g_assert_no_error (error);
  lt_prestation_set_name (bilan, "Comptes annuels et liasse fiscale");
  g_assert_true (lt_store_catalogue_save_prestation (f->store, bilan, graph, &new_version, &error));
  g_assert_no_error (error);
  g_assert_true (new_version);
  g_assert_cmpint (lt_prestation_get_id (bilan), !=, old_bilan_id);
  lt_terms_set_version (terms, "CG 2027");
  lt_terms_set_effective_on (terms, "2026-01-01");
  lt_terms_set_body (terms, "Conditions générales 2027.");
  g_assert_true (lt_store_add_terms (f->store, terms, &error));
  g_assert_no_error (error);

  plan = lt_store_renewal_prepare (f->store, &morel, 1, 1035000, LT_ROUNDING_CENT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_renewal_plan_get_terms_id (plan), ==, lt_terms_get_id (terms));
  result = lt_store_renewal_apply (f->store, plan, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->created_ids->len, ==, 1);

  doc = lt_store_get_document (f->store, g_array_index (result->created_ids, gint64, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_document_get_terms_id (doc), ==, lt_terms_get_id (terms));
  lines = lt_store_load_document_lines (f->store, lt_document_get_id (doc), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (lt_document_line_get_label (g_ptr_array_index (lines, 0)), ==, "Comptes annuels et liasse fiscale");
  g_assert_cmpint (lt_document_line_get_prestation_id (g_ptr_array_index (lines, 0)), ==, lt_prestation_get_id (bilan));
  g_assert_cmpint (lt_document_line_get_price_cents (g_ptr_array_index (lines, 0)), ==, 155250);
  g_assert_cmpint (lt_document_line_get_recurrence (g_ptr_array_index (lines, 0)), ==, LT_RECURRENCE_YEARLY);
}

/* Le Bistrot: « Tenue comptable » 200 €/mois and « Bilan annuel » 1 600 €;
 * the tenue is archived in the catalogue since: shown, left out, kept on
 * demand. */
static void
test_archived (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtRenewalPlan) plan = NULL;
  g_autoptr(LtRenewalResult) result = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  gint64 bistrot = demo_client_id (f->store, "Le Bistrot de la Croix-Rousse");
  LtRenewalClient *client;
  LtRenewalLine *tenue;

  plan = lt_store_renewal_prepare (f->store, &bistrot, 1, 1035000, LT_ROUNDING_CENT, NULL, &error);
  g_assert_no_error (error);
  client = lt_renewal_plan_get_client (plan, 0);
  tenue = g_ptr_array_index (client->lines, 0);
  g_assert_cmpstr (tenue->old_label, ==, "Tenue comptable mensuelle");
  g_assert_false (tenue->archived);
  g_assert_true (lt_store_catalogue_archive_prestation (f->store, tenue->new_prestation_id, TRUE, &error));
  g_assert_no_error (error);
  g_clear_object (&plan);

  plan = lt_store_renewal_prepare (f->store, &bistrot, 1, 1035000, LT_ROUNDING_CENT, NULL, &error);
  g_assert_no_error (error);
  client = lt_renewal_plan_get_client (plan, 0);
  g_assert_cmpuint (client->lines->len, ==, 2);
  tenue = g_ptr_array_index (client->lines, 0);
  g_assert_true (tenue->archived);
  g_assert_cmpint (client->new_yearly_cents, ==, 165600);

  result = lt_store_renewal_apply (f->store, plan, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->created_ids->len, ==, 1);
  lines = lt_store_load_document_lines (f->store, g_array_index (result->created_ids, gint64, 0), &error);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (lt_document_line_get_label (g_ptr_array_index (lines, 0)), ==, "Bilan annuel");
  g_clear_pointer (&lines, g_ptr_array_unref);
  g_clear_pointer (&result, lt_renewal_result_free);
  g_clear_object (&plan);

  /* Kept: both lines, and the waiting draft replaced. */
  plan = lt_store_renewal_prepare (f->store, &bistrot, 1, 1035000, LT_ROUNDING_CENT, NULL, &error);
  g_assert_no_error (error);
  lt_renewal_plan_set_line_kept (plan, bistrot, 0, TRUE);
  lt_renewal_plan_set_draft_choice (plan, bistrot, LT_RENEWAL_DRAFT_REPLACE);
  result = lt_store_renewal_apply (f->store, plan, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->created_ids->len, ==, 1);
  lines = lt_store_load_document_lines (f->store, g_array_index (result->created_ids, gint64, 0), &error);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpint (lt_document_line_get_price_cents (g_ptr_array_index (lines, 0)), ==, 20700);
  g_assert_cmpuint (count_drafts (f, bistrot), ==, 1);
}

/* Renewing again while the first renewal's draft waits: refused until the
 * user chooses; replace deletes it in the same transaction; keep both
 * makes a second one. */
static void
test_waiting_draft (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtRenewalPlan) plan = NULL;
  g_autoptr(LtRenewalResult) result = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(LtDocumentOutcome) outcome = NULL;
  gint64 morel = demo_client_id (f->store, "Cabinet dentaire du Dr Morel");
  gint64 first;

  plan = lt_store_renewal_prepare (f->store, &morel, 1, 1035000, LT_ROUNDING_CENT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_renewal_plan_get_client (plan, 0)->draft_id, ==, 0);
  result = lt_store_renewal_apply (f->store, plan, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  first = g_array_index (result->created_ids, gint64, 0);
  g_clear_pointer (&result, lt_renewal_result_free);
  g_clear_object (&plan);

  plan = lt_store_renewal_prepare (f->store, &morel, 1, 1040000, LT_ROUNDING_CENT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_renewal_plan_get_client (plan, 0)->draft_id, ==, first);
  g_assert_cmpuint (lt_renewal_plan_get_n_drafts (plan), ==, 1);
  result = lt_store_renewal_apply (f->store, plan, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->created_ids->len, ==, 0);
  g_assert_cmpuint (result->failures->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (result->failures, 0), "Morel"));
  g_assert_cmpuint (count_drafts (f, morel), ==, 1);
  g_clear_pointer (&result, lt_renewal_result_free);

  /* Replace: the old draft is gone, one draft at the new coefficient. */
  lt_renewal_plan_set_draft_choice (plan, morel, LT_RENEWAL_DRAFT_REPLACE);
  result = lt_store_renewal_apply (f->store, plan, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->created_ids->len, ==, 1);
  g_assert_cmpuint (count_drafts (f, morel), ==, 1);
  lines = lt_store_load_document_lines (f->store, g_array_index (result->created_ids, gint64, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_document_line_get_price_cents (g_ptr_array_index (lines, 0)), ==, 156000);   /* × 1,04 */
  g_clear_pointer (&result, lt_renewal_result_free);

  /* Keep both: two drafts. */
  g_clear_object (&plan);
  plan = lt_store_renewal_prepare (f->store, &morel, 1, 1035000, LT_ROUNDING_CENT, NULL, &error);
  g_assert_no_error (error);
  lt_renewal_plan_set_draft_choice (plan, morel, LT_RENEWAL_DRAFT_KEEP_BOTH);
  result = lt_store_renewal_apply (f->store, plan, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->created_ids->len, ==, 1);
  g_assert_cmpuint (count_drafts (f, morel), ==, 2);
  g_clear_pointer (&result, lt_renewal_result_free);

  /* The draft to replace was sent since the preview: it is not deleted,
   * that client fails and nothing is written for it. */
  g_clear_object (&plan);
  plan = lt_store_renewal_prepare (f->store, &morel, 1, 1035000, LT_ROUNDING_CENT, NULL, &error);
  g_assert_no_error (error);
  lt_renewal_plan_set_draft_choice (plan, morel, LT_RENEWAL_DRAFT_REPLACE);
  outcome = lt_store_document_send (f->store, lt_renewal_plan_get_client (plan, 0)->draft_id, &error);
  g_assert_no_error (error);
  result = lt_store_renewal_apply (f->store, plan, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->created_ids->len, ==, 0);
  g_assert_cmpuint (result->failures->len, ==, 1);
  g_assert_cmpuint (count_drafts (f, morel), ==, 1);
}

/* The PDF's text, pages joined, blanks (no-break ones too) made one space. */
static char *
pdf_text (LtStore *store,
          gint64   document_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocumentContent) content = lt_store_get_document_content (store, document_id, &error);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *all = NULL;
  gboolean blank = FALSE;

  g_assert_no_error (error);
  all = pdf_fixture_content_text (content);
  for (const char *p = all; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        {
          blank = TRUE;
          continue;
        }
      if (blank && out->len > 0)
        g_string_append_c (out, ' ');
      blank = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_in (const char *text,
           const char *needle,
           gboolean    present)
{
  if ((strstr (text, needle) != NULL) != present)
    g_error ("« %s » %s the letter:\n%s", needle, present ? "missing from" : "found in", text);
}

/* Morel's renewal letter says it revalues the honoraires (+3,5 % from
 * 1 January 2027) and prints the client's LCB-FT data as it is when the
 * letter is rendered, not as it was when the first letter was signed. */
static void
test_letter (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtRenewalPlan) plan = NULL;
  g_autoptr(LtRenewalResult) result = NULL;
  g_autoptr(LtAffaire) affaire = NULL;
  g_autoptr(LtDocument) plain = NULL;
  g_autofree char *text = NULL;
  g_autofree char *plain_text = NULL;
  gint64 morel = demo_client_id (f->store, "Cabinet dentaire du Dr Morel");
  gint64 bistrot = demo_client_id (f->store, "Le Bistrot de la Croix-Rousse");
  gint64 ppm = 0;
  g_autofree char *effective = NULL;

  plan = lt_store_renewal_prepare (f->store, &morel, 1, 1035000, LT_ROUNDING_CENT, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (lt_renewal_plan_set_effective_on (plan, "2027-01-01", &error));
  result = lt_store_renewal_apply (f->store, plan, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->created_ids->len, ==, 1);
  g_assert_true (lt_store_renewal_get_info (f->store, g_array_index (result->created_ids, gint64, 0),
                                            &ppm, &effective, &error));
  g_assert_cmpint (ppm, ==, 1035000);
  g_assert_cmpstr (effective, ==, "2027-01-01");

  /* The client's file changes after the renewal was drafted. */
  affaire = lt_store_get_affaire (f->store, morel, &error);
  g_assert_no_error (error);
  lt_affaire_set_beneficial_owner (affaire, "Claire Morel (60 %), Paul Morel (40 %)");
  lt_affaire_set_lcbft_identified_on (affaire, "2026-11-20");
  g_assert_true (lt_store_update_affaire (f->store, affaire, &error));
  g_assert_no_error (error);

  text = pdf_text (f->store, g_array_index (result->created_ids, gint64, 0));
  assert_in (text, "revalorise nos honoraires", TRUE);
  assert_in (text, "majoré de 3,5 %", TRUE);
  assert_in (text, "coefficient de réévaluation 1,035", TRUE);
  assert_in (text, "à compter du 1er janvier 2027", TRUE);
  assert_in (text, "Claire Morel (60 %), Paul Morel (40 %)", TRUE);
  assert_in (text, "20 novembre 2026", TRUE);
  assert_in (text, "Claire Morel (100 %)", FALSE);
  assert_in (text, "17 mars 2025", FALSE);
  assert_in (text, "Entrée en relation", FALSE);
  assert_in (text, "Bilan annuel", TRUE);

  /* A substitutive drafted by hand is no renewal: no such paragraph. */
  plain = lt_store_document_create (f->store, bistrot, LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE, &error);
  g_assert_no_error (error);
  plain_text = pdf_text (f->store, lt_document_get_id (plain));
  assert_in (plain_text, "revalorise", FALSE);
  assert_in (plain_text, "coefficient de réévaluation", FALSE);
  g_clear_pointer (&effective, g_free);
  g_assert_false (lt_store_renewal_get_info (f->store, lt_document_get_id (plain), &ppm, &effective, &error));
  g_assert_null (effective);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/renewal-demo/morel", Fixture, NULL, fixture_setup, test_morel, fixture_teardown);
  g_test_add ("/renewal-demo/archived", Fixture, NULL, fixture_setup, test_archived, fixture_teardown);
  g_test_add ("/renewal-demo/waiting-draft", Fixture, NULL, fixture_setup, test_waiting_draft, fixture_teardown);
  g_test_add ("/renewal-demo/letter", Fixture, NULL, fixture_setup, test_letter, fixture_teardown);

  return g_test_run ();
}
