/* test-document-store.c: the life of a prospect's documents, each step one transaction */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lt-error.h"
#include "lt-store-document-ops.h"
#include "lt-store-private.h"
#include "lt-store-documents.h"
#include "lt-store-renewal.h"

#include "store-fixtures.h"

typedef struct {
  char    *dir;
  LtStore *store;
  guint    n_changes;
} Fixture;

static void
on_changed (LtStore       *store,
            const char    *table,
            gint64         id,
            LtStoreChange  change,
            Fixture       *f)
{
  f->n_changes++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = store_fixture_open ("lt-document-store-XXXXXX", &f->dir, NULL);

  /* Catalogue and conditions générales the documents point at. */
  lt_store_exec (f->store,
                 "INSERT INTO categories (id, name) VALUES (1, 'Comptabilité');"
                 "INSERT INTO prestations (id, family_id, category_id, name, price_cents, recurrence)"
                 "  VALUES (10, 10, 1, 'Tenue comptable', 25000, 'monthly'),"
                 "         (11, 11, 1, 'Bilan annuel', 180000, 'yearly'),"
                 "         (12, 12, 1, 'Conseil', NULL, 'none'),"
                 "         (13, 13, 1, 'Déclarations de TVA', 12000, 'quarterly');"
                 "INSERT INTO terms (id, version, effective_on, body) VALUES (1, 'CG 2025', '2025-01-01', 'Conditions 2025');"
                 "INSERT INTO affaires (id, name, siren, director, legal_form, address, postal_code, city)"
                 "  VALUES (1, 'Dupont SARL', '732829320', 'Jean Dupont', 'SARL', '3 place Bellecour', '69002', 'Lyon');"
                 "UPDATE firm SET name = 'Cabinet Test', rcs = 'RCS Lyon 123 456 789', ordre = 'CROEC Auvergne-Rhône-Alpes',"
                 "  insurance = 'MMA, contrat 42', signatory_name = 'Anne Expert', address = '1 quai de Saône',"
                 "  postal_code = '69005', city = 'Lyon', vat_number = 'FR40123456789', email = 'contact@cabinet-test.fr' WHERE id = 1;",
                 &error);
  g_assert_no_error (error);

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  store_fixture_close (f->store, f->dir, NULL);
}

static void
add_line (LtStore    *store,
          gint64      document_id,
          gint64      prestation_id,
          gint64      price_cents)
{
  g_autoptr(LtDocumentLine) line = lt_document_line_new ();
  g_autoptr(GError) error = NULL;

  lt_document_line_set_document_id (line, document_id);
  lt_document_line_set_prestation_id (line, prestation_id);
  lt_document_line_set_price_cents (line, price_cents);
  g_assert_true (lt_store_document_add_line (store, line, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lt_document_line_get_id (line), >, 0);
}

static void
identify (LtStore *store)
{
  g_autoptr(GError) error = NULL;

  lt_store_exec (store,
                 "INSERT OR IGNORE INTO staff (id, name) VALUES (1, 'Claire Dubois');"
                 "UPDATE affaires SET lcbft_identified_on = '2026-01-05', lcbft_identified_by = 1,"
                 " beneficial_owner = 'Jean Dupont', vigilance = 'standard' WHERE id = 1", &error);
  g_assert_no_error (error);
}

static gboolean
strv_has (GStrv strv, const char *text)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    if (strstr (strv[i], text) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_full_life (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocument) offre = NULL;
  g_autoptr(LtDocument) lm = NULL;
  g_autoptr(LtDocument) avenant = NULL;
  g_autoptr(LtDocument) sub = NULL;
  g_autoptr(LtDocument) bon = NULL;
  g_autoptr(LtDocumentOutcome) outcome = NULL;
  g_autoptr(GPtrArray) lm_lines = NULL;
  g_autoptr(LtScope) scope = NULL;
  g_autofree char *state = NULL;
  gint64 lm_id;

  /* A prospect: an offre is allowed, an avenant is not. */
  g_assert_null (lt_store_document_create (f->store, 1, LT_DOCUMENT_KIND_AVENANT, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_KIND_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents"), ==, 0);

  offre = lt_store_document_create (f->store, 1, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_document_get_state (offre), ==, LT_DOCUMENT_STATE_DRAFT);
  g_assert_cmpint (lt_document_get_terms_id (offre), ==, 1);

  /* Sending an empty offre is refused; lines default to the tarif. */
  g_assert_null (lt_store_document_send (f->store, lt_document_get_id (offre), &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NO_LINES);
  g_clear_error (&error);

  add_line (f->store, lt_document_get_id (offre), 10, -1);
  add_line (f->store, lt_document_get_id (offre), 11, 150000);
  g_assert_cmpint (query_int (f->store, "SELECT price_cents FROM document_lines WHERE prestation_id = 10"), ==, 25000);

  /* Signing a draft is refused: send first. */
  g_assert_null (lt_store_document_sign (f->store, lt_document_get_id (offre), &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_TRANSITION);
  g_clear_error (&error);

  outcome = lt_store_document_send (f->store, lt_document_get_id (offre), &error);
  g_assert_no_error (error);
  g_clear_pointer (&outcome, lt_document_outcome_free);

  /* A sent offre is no longer edited nor deleted. */
  {
    g_autoptr(LtDocumentLine) line = lt_document_line_new ();
    lt_document_line_set_document_id (line, lt_document_get_id (offre));
    lt_document_line_set_label (line, "Extra");
    lt_document_line_set_price_cents (line, 100);
    g_assert_false (lt_store_document_add_line (f->store, line, &error));
    g_assert_error (error, LT_ERROR, LT_ERROR_NOT_A_DRAFT);
    g_clear_error (&error);
    g_assert_false (lt_store_document_delete (f->store, lt_document_get_id (offre), &error));
    g_assert_error (error, LT_ERROR, LT_ERROR_NOT_A_DRAFT);
    g_clear_error (&error);
  }

  /* Signing the offre drafts the lettre de mission with the same lines. */
  outcome = lt_store_document_sign (f->store, lt_document_get_id (offre), &error);
  g_assert_no_error (error);
  g_assert_cmpint (outcome->created_letter_id, >, 0);
  g_assert_false (outcome->became_client);
  g_assert_true (strv_has (outcome->messages, "Engagement letter created") ||
                 strv_has (outcome->messages, "Lettre de mission créée"));
  lm_id = outcome->created_letter_id;
  g_clear_pointer (&outcome, lt_document_outcome_free);

  lm = lt_store_load_document (f->store, lm_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_document_get_kind (lm), ==, LT_DOCUMENT_KIND_LETTRE_DE_MISSION);
  g_assert_cmpint (lt_document_get_state (lm), ==, LT_DOCUMENT_STATE_DRAFT);
  g_assert_cmpint (lt_document_get_parent_id (lm), ==, lt_document_get_id (offre));
  lm_lines = lt_store_load_document_lines (f->store, lm_id, &error);
  g_assert_cmpuint (lm_lines->len, ==, 2);
  g_assert_cmpstr (lt_document_line_get_label (g_ptr_array_index (lm_lines, 0)), ==, "Tenue comptable");
  g_assert_cmpint (lt_document_line_get_price_cents (g_ptr_array_index (lm_lines, 1)), ==, 150000);
  state = query_text (f->store, "SELECT state FROM affaires WHERE id = 1");
  g_assert_cmpstr (state, ==, "prospect");
  g_clear_pointer (&state, g_free);

  /* The letter is not sent before the LCB-FT identification. */
  g_assert_null (lt_store_document_send (f->store, lm_id, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_LCBFT_MISSING);
  g_assert_nonnull (strstr (error->message, "Dupont SARL"));
  g_clear_error (&error);
  identify (f->store);

  outcome = lt_store_document_send (f->store, lm_id, &error);
  g_assert_no_error (error);
  g_clear_pointer (&outcome, lt_document_outcome_free);

  /* Signing the letter makes a client. */
  outcome = lt_store_document_sign (f->store, lm_id, &error);
  g_assert_no_error (error);
  g_assert_true (outcome->became_client);
  g_assert_true (strv_has (outcome->messages, "Dupont SARL"));
  g_clear_pointer (&outcome, lt_document_outcome_free);
  state = query_text (f->store, "SELECT state FROM affaires WHERE id = 1");
  g_assert_cmpstr (state, ==, "client");
  g_clear_pointer (&state, g_free);

  /* The scope: 250 × 12 + 1 500. */
  scope = lt_store_get_scope (f->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (scope->letter_id, ==, lm_id);
  g_assert_cmpint (scope->yearly_cents, ==, 300000 + 150000);
  g_clear_pointer (&scope, lt_scope_free);

  /* An avenant adds TVA to the scope. */
  avenant = lt_store_document_create (f->store, 1, LT_DOCUMENT_KIND_AVENANT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_document_get_parent_id (avenant), ==, lm_id);
  add_line (f->store, lt_document_get_id (avenant), 13, -1);
  g_clear_pointer (&outcome, lt_document_outcome_free);
  outcome = lt_store_document_send (f->store, lt_document_get_id (avenant), &error);
  g_assert_no_error (error);
  g_clear_pointer (&outcome, lt_document_outcome_free);
  outcome = lt_store_document_sign (f->store, lt_document_get_id (avenant), &error);
  g_assert_no_error (error);
  g_assert_false (outcome->became_client);
  g_clear_pointer (&outcome, lt_document_outcome_free);

  /* A bon d'intervention leaves the recurring scope alone: its line is one-off scope (issue 13). */
  bon = lt_store_document_create (f->store, 1, LT_DOCUMENT_KIND_BON_D_INTERVENTION, &error);
  g_assert_no_error (error);
  add_line (f->store, lt_document_get_id (bon), 12, 40000);
  outcome = lt_store_document_send (f->store, lt_document_get_id (bon), &error);
  g_clear_pointer (&outcome, lt_document_outcome_free);
  outcome = lt_store_document_sign (f->store, lt_document_get_id (bon), &error);
  g_assert_no_error (error);
  g_clear_pointer (&outcome, lt_document_outcome_free);

  scope = lt_store_get_scope (f->store, 1, &error);
  g_assert_cmpuint (scope->lines->len, ==, 4);
  g_assert_cmpuint (scope->recurring->len, ==, 3);
  g_assert_cmpint (scope->one_off_cents, ==, 40000);
  g_assert_cmpint (scope->yearly_cents, ==, 300000 + 150000 + 48000);
  g_clear_pointer (&scope, lt_scope_free);

  /* The substitutive starts with the whole scope and replaces both. */
  sub = lt_store_document_create (f->store, 1, LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM document_lines WHERE document_id = (SELECT max(id) FROM documents)"), ==, 3);
  outcome = lt_store_document_send (f->store, lt_document_get_id (sub), &error);
  g_assert_no_error (error);
  g_clear_pointer (&outcome, lt_document_outcome_free);
  outcome = lt_store_document_sign (f->store, lt_document_get_id (sub), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (outcome->n_replaced, ==, 2);
  g_clear_pointer (&outcome, lt_document_outcome_free);

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents WHERE state = 'replaced'"), ==, 2);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM documents WHERE replaced_by_id = %" G_GINT64_FORMAT
                                            " AND id IN (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                                            lt_document_get_id (sub), lm_id, lt_document_get_id (avenant));
    g_assert_cmpint (query_int (f->store, sql), ==, 2);
  }
  /* The bon and the offre keep their state. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents WHERE state = 'signed'"), ==, 3);

  scope = lt_store_get_scope (f->store, 1, &error);
  g_assert_cmpint (scope->letter_id, ==, lt_document_get_id (sub));
  g_assert_cmpint (scope->yearly_cents, ==, 300000 + 150000 + 48000);
  g_assert_cmpuint (scope->documents->len, ==, 1);
}

static void
test_refuse_and_delete (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocument) offre = NULL;
  g_autoptr(LtDocument) draft = NULL;
  g_autoptr(LtDocumentOutcome) outcome = NULL;

  offre = lt_store_document_create (f->store, 1, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, &error);
  add_line (f->store, lt_document_get_id (offre), 11, -1);
  outcome = lt_store_document_send (f->store, lt_document_get_id (offre), &error);
  g_clear_pointer (&outcome, lt_document_outcome_free);
  outcome = lt_store_document_refuse (f->store, lt_document_get_id (offre), &error);
  g_assert_no_error (error);
  g_clear_pointer (&outcome, lt_document_outcome_free);
  g_assert_cmpint (query_int (f->store, "SELECT refused_on IS NOT NULL FROM documents WHERE state = 'refused'"), ==, 1);

  /* A refused offre is not signed later, and creates nothing. */
  g_assert_null (lt_store_document_sign (f->store, lt_document_get_id (offre), &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_TRANSITION);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents"), ==, 1);

  /* A draft is deleted with its lines. */
  draft = lt_store_document_create (f->store, 1, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, &error);
  add_line (f->store, lt_document_get_id (draft), 10, -1);
  g_assert_true (lt_store_document_delete (f->store, lt_document_get_id (draft), &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM document_lines"), ==, 1);
}

static void
test_line_rules (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocument) offre = lt_store_document_create (f->store, 1, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, NULL);
  g_autoptr(LtDocumentLine) line = lt_document_line_new ();
  g_autoptr(GPtrArray) lines = NULL;

  /* A prestation without tarif needs a typed price. */
  lt_document_line_set_document_id (line, lt_document_get_id (offre));
  lt_document_line_set_prestation_id (line, 12);
  lt_document_line_set_price_cents (line, -1);
  g_assert_false (lt_store_document_add_line (f->store, line, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_PRICE_REQUIRED);
  g_assert_nonnull (strstr (error->message, "Conseil"));
  g_clear_error (&error);

  lt_document_line_set_price_cents (line, 0);
  lt_document_line_set_label (line, NULL);
  g_assert_true (lt_store_document_add_line (f->store, line, &error));
  g_assert_cmpstr (lt_document_line_get_label (line), ==, "Conseil");

  /* Edit while a draft, with the revision read. */
  lt_document_line_set_price_cents (line, 9900);
  lt_document_line_set_label (line, "Conseil de gestion");
  g_assert_true (lt_store_document_update_line (f->store, line, &error));
  g_assert_no_error (error);
  lt_document_line_set_revision (line, 1);
  g_assert_false (lt_store_document_update_line (f->store, line, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONFLICT);
  g_clear_error (&error);

  lines = lt_store_load_document_lines (f->store, lt_document_get_id (offre), &error);
  g_assert_cmpstr (lt_document_line_get_label (g_ptr_array_index (lines, 0)), ==, "Conseil de gestion");
  g_assert_cmpint (lt_document_line_get_price_cents (g_ptr_array_index (lines, 0)), ==, 9900);

  g_assert_true (lt_store_document_remove_line (f->store, lt_document_line_get_id (line), &error));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM document_lines"), ==, 0);
}

static void
test_all_or_nothing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocument) offre = lt_store_document_create (f->store, 1, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, NULL);
  g_autoptr(LtDocumentOutcome) outcome = NULL;
  guint changes_before;

  add_line (f->store, lt_document_get_id (offre), 10, -1);
  add_line (f->store, lt_document_get_id (offre), 11, -1);
  outcome = lt_store_document_send (f->store, lt_document_get_id (offre), &error);
  g_clear_pointer (&outcome, lt_document_outcome_free);

  /* The disk goes away while the letter's second line is written: the
   * offre stays « envoyé », no letter, no line, no notification. */
  changes_before = f->n_changes;
  lt_store_set_fail_after_statements (f->store, 5);
  outcome = lt_store_document_sign (f->store, lt_document_get_id (offre), &error);
  lt_store_set_fail_after_statements (f->store, -1);
  g_assert_null (outcome);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_cmpint (f->n_changes, ==, changes_before);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents WHERE state = 'sent'"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM document_lines"), ==, 2);

  /* And it works once the disk is back. */
  outcome = lt_store_document_sign (f->store, lt_document_get_id (offre), &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM document_lines"), ==, 4);
  g_assert_cmpint (f->n_changes, >, changes_before);
}

/* Three clients with a signed letter (ids 1–3) and a prospect (4). The
 * catalogue's « Tenue comptable » has a version 2 under a new name. Client
 * 1's one-off « Reprise » is not billed again by a renewal. */
static void
renewal_setup (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  lt_store_exec (f->store,
                 "UPDATE affaires SET state = 'client', lcbft_identified_on = '2025-01-01' WHERE id = 1;"
                 "INSERT INTO affaires (id, name, state, lcbft_identified_on) VALUES"
                 "  (2, 'Martin & Fils', 'client', '2025-01-01'),"
                 "  (3, 'Zoé Lefèvre EI', 'client', '2025-01-01'),"
                 "  (4, 'Prospect SAS', 'prospect', NULL);"
                 "UPDATE prestations SET is_current = 0 WHERE id = 10;"
                 "INSERT INTO prestations (id, family_id, version, category_id, name, price_cents, recurrence)"
                 "  VALUES (20, 10, 2, 1, 'Tenue de la comptabilité', 26000, 'monthly');"
                 "INSERT INTO documents (id, affaire_id, kind, state, signed_on, sent_on, terms_id) VALUES"
                 "  (101, 1, 'lettre-de-mission', 'signed', '2025-01-10', '2025-01-05', 1),"
                 "  (102, 2, 'lettre-de-mission', 'signed', '2025-01-10', '2025-01-05', 1),"
                 "  (103, 3, 'lettre-de-mission', 'signed', '2025-01-10', '2025-01-05', 1);"
                 "INSERT INTO document_lines (document_id, position, prestation_id, label, price_cents, recurrence) VALUES"
                 "  (101, 0, 10, 'Tenue comptable', 12345, 'monthly'),"
                 "  (101, 1, 11, 'Bilan annuel', 99999, 'yearly'),"
                 "  (101, 2, NULL, 'Reprise du dossier', 45000, 'none'),"
                 "  (102, 0, 13, 'Déclarations de TVA', 4830, 'quarterly'),"
                 "  (103, 0, NULL, 'Mission sur mesure', 33333, 'yearly');"
                 "INSERT INTO terms (id, version, effective_on, body) VALUES (2, 'CG 2026', '2026-01-01', 'Conditions 2026');",
                 &error);
  g_assert_no_error (error);
}

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  GArray *seen = user_data;

  g_array_append_val (seen, done);
  g_assert_cmpuint (total, ==, 2);
}

static void
on_applied (GObject      *source,
            GAsyncResult *res,
            gpointer      user_data)
{
  LtRenewalResult **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = lt_store_renewal_apply_finish (LT_STORE (source), res, &error);
  g_assert_no_error (error);
}

static void
test_renewal (Fixture       *f,
              gconstpointer  data)
{
  const gint64 ids[] = { 1, 2, 3, 4 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) refused = NULL;
  g_autoptr(LtRenewalPlan) plan = NULL;
  g_autoptr(LtRenewalResult) result = NULL;
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) lines = NULL;
  LtRenewalClient *client;
  LtRenewalLine *line;
  gint64 oy, ny;
  guint changes_before;

  renewal_setup (f);

  plan = lt_store_renewal_prepare (f->store, ids, G_N_ELEMENTS (ids), 1035000, LT_ROUNDING_CENT, &refused, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lt_renewal_plan_get_n_clients (plan), ==, 3);
  g_assert_cmpuint (refused->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (refused, 0), "Prospect SAS"));
  g_assert_cmpint (lt_renewal_plan_get_terms_id (plan), ==, 2);

  client = lt_renewal_plan_find_client (plan, 1);
  line = g_ptr_array_index (client->lines, 0);
  g_assert_cmpstr (line->old_label, ==, "Tenue comptable");
  g_assert_cmpstr (line->new_label, ==, "Tenue de la comptabilité");
  g_assert_cmpint (line->new_prestation_id, ==, 20);
  g_assert_cmpint (line->new_price_cents, ==, 12777);
  line = g_ptr_array_index (client->lines, 1);
  g_assert_cmpint (line->new_price_cents, ==, 103499);   /* 1 034,989 65 */
  g_assert_cmpint (client->old_yearly_cents, ==, 12345 * 12 + 99999);
  g_assert_cmpint (client->new_yearly_cents, ==, 12777 * 12 + 103499);
  g_assert_cmpuint (client->lines->len, ==, 2);   /* not the one-off « Reprise » */
  g_assert_cmpint (client->new_one_off_cents, ==, 0);

  /* Exclude client 3; nothing is written by the preview. */
  lt_renewal_plan_set_excluded (plan, 3, TRUE);
  lt_renewal_plan_get_totals (plan, &oy, &ny, NULL, NULL);
  g_assert_cmpint (oy, ==, 12345 * 12 + 99999 + 4830 * 4);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents"), ==, 3);

  changes_before = f->n_changes;
  lt_store_renewal_apply_async (f->store, plan, NULL, on_progress, seen, on_applied, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* The worker thread lets go of its task (and the store) just after. */
  for (int i = 0; i < 2000 && G_OBJECT (f->store)->ref_count > 1; i++)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  g_assert_cmpuint (result->created_ids->len, ==, 2);
  g_assert_cmpuint (result->failures->len, ==, 0);
  g_assert_false (result->cancelled);
  g_assert_cmpuint (seen->len, ==, 2);
  g_assert_cmpuint (g_array_index (seen, guint, 1), ==, 2);
  g_assert_cmpuint (f->n_changes, >=, changes_before + 2);

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents WHERE kind = 'lettre-de-mission-substitutive'"
                                        " AND state = 'draft' AND terms_id = 2"), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents WHERE affaire_id = 3"), ==, 1);
  /* The signed letters are untouched until the substitutive is signed. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents WHERE state = 'signed'"), ==, 3);

  lines = lt_store_load_document_lines (f->store, g_array_index (result->created_ids, gint64, 0), &error);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpstr (lt_document_line_get_label (g_ptr_array_index (lines, 0)), ==, "Tenue de la comptabilité");
  g_assert_cmpint (lt_document_line_get_prestation_id (g_ptr_array_index (lines, 0)), ==, 20);
  g_assert_cmpint (lt_document_line_get_price_cents (g_ptr_array_index (lines, 0)), ==, 12777);
  g_assert_cmpint (lt_document_line_get_recurrence (g_ptr_array_index (lines, 0)), ==, LT_RECURRENCE_MONTHLY);
  g_assert_cmpint (query_int (f->store, "SELECT parent_id FROM documents WHERE affaire_id = 2 AND state = 'draft'"), ==, 102);
}

static void
cancel_after_first (guint    done,
                    guint    total,
                    gpointer user_data)
{
  if (done == 1)
    g_cancellable_cancel (user_data);
}

static void
test_renewal_cancel_and_conflict (Fixture       *f,
                                  gconstpointer  data)
{
  const gint64 ids[] = { 1, 2, 3 };
  g_autoptr(GError) error = NULL;
  g_autoptr(LtRenewalPlan) plan = NULL;
  g_autoptr(LtRenewalResult) result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  renewal_setup (f);

  plan = lt_store_renewal_prepare (f->store, ids, G_N_ELEMENTS (ids), 1020000, LT_ROUNDING_EURO, NULL, &error);
  g_assert_no_error (error);

  /* Cancelled after the first client: the renewal is all or nothing, so
   * the first client's draft is undone too. */
  result = lt_store_renewal_apply (f->store, plan, cancellable, cancel_after_first, cancellable, &error);
  g_assert_no_error (error);
  g_assert_true (result->cancelled);
  g_assert_cmpuint (result->created_ids->len, ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents WHERE state = 'draft'"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM document_lines WHERE document_id NOT IN"
                                        " (SELECT id FROM documents)"), ==, 0);
  g_clear_pointer (&result, lt_renewal_result_free);

  /* Run to the end, only the first client: to the euro, 123,45 × 1,02 =
   * 125,919 → 126,00. */
  lt_renewal_plan_set_excluded (plan, 2, TRUE);
  lt_renewal_plan_set_excluded (plan, 3, TRUE);
  result = lt_store_renewal_apply (f->store, plan, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->created_ids->len, ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM document_lines WHERE document_id ="
                                        " (SELECT id FROM documents WHERE state = 'draft')"), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT price_cents FROM document_lines WHERE document_id ="
                                        " (SELECT id FROM documents WHERE state = 'draft') AND position = 0"), ==, 12600);
  g_clear_pointer (&result, lt_renewal_result_free);
  lt_renewal_plan_set_excluded (plan, 2, FALSE);
  lt_renewal_plan_set_excluded (plan, 3, FALSE);

  /* Client 2's letter is replaced meanwhile: its renewal fails with the
   * reason, client 3's goes through. */
  lt_store_exec (f->store,
                 "INSERT INTO documents (id, affaire_id, kind, state, signed_on, sent_on) VALUES"
                 "  (200, 2, 'lettre-de-mission-substitutive', 'signed', '2026-02-01', '2026-01-20');"
                 "UPDATE documents SET state = 'replaced', replaced_by_id = 200 WHERE id = 102;",
                 &error);
  g_assert_no_error (error);
  lt_renewal_plan_set_excluded (plan, 1, TRUE);
  result = lt_store_renewal_apply (f->store, plan, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->created_ids->len, ==, 1);
  g_assert_cmpuint (result->failures->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (result->failures, 0), "Martin & Fils"));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents WHERE affaire_id = 3 AND state = 'draft'"), ==, 1);
}

/* A new version of the conditions générales goes to new drafts only. */
static void
test_terms_versions (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocument) offre = NULL;
  g_autoptr(LtDocument) later = NULL;
  g_autoptr(LtDocument) signed_doc = NULL;
  g_autoptr(LtDocumentOutcome) outcome = NULL;
  g_autoptr(LtTerms) terms = lt_terms_new ();

  offre = lt_store_document_create (f->store, 1, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, &error);
  g_assert_cmpint (lt_document_get_terms_id (offre), ==, 1);
  add_line (f->store, lt_document_get_id (offre), 10, -1);
  outcome = lt_store_document_send (f->store, lt_document_get_id (offre), &error);
  g_assert_no_error (error);
  g_clear_pointer (&outcome, lt_document_outcome_free);
  outcome = lt_store_document_sign (f->store, lt_document_get_id (offre), &error);
  g_assert_no_error (error);

  lt_terms_set_version (terms, "CG 2026");
  lt_terms_set_effective_on (terms, "2026-01-01");
  lt_terms_set_body (terms, "Conditions 2026");
  g_assert_true (lt_store_add_terms (f->store, terms, &error));
  g_assert_no_error (error);

  signed_doc = lt_store_load_document (f->store, lt_document_get_id (offre), &error);
  g_assert_cmpint (lt_document_get_terms_id (signed_doc), ==, 1);
  g_assert_cmpint (lt_store_current_terms_id (f->store, NULL), ==, lt_terms_get_id (terms));
  later = lt_store_document_create (f->store, 1, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, &error);
  g_assert_cmpint (lt_document_get_terms_id (later), ==, lt_terms_get_id (terms));

  /* A version that applies only later is not the current one yet. */
  {
    g_autoptr(LtTerms) future = lt_terms_new ();
    lt_terms_set_version (future, "CG 2099");
    lt_terms_set_effective_on (future, "2099-01-01");
    g_assert_true (lt_store_add_terms (f->store, future, &error));
    g_assert_cmpint (lt_store_current_terms_id (f->store, NULL), ==, lt_terms_get_id (terms));
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/document-store/full-life", Fixture, NULL, fixture_set_up, test_full_life, fixture_tear_down);
  g_test_add ("/document-store/refuse-delete", Fixture, NULL, fixture_set_up, test_refuse_and_delete, fixture_tear_down);
  g_test_add ("/document-store/lines", Fixture, NULL, fixture_set_up, test_line_rules, fixture_tear_down);
  g_test_add ("/document-store/renewal", Fixture, NULL, fixture_set_up, test_renewal, fixture_tear_down);
  g_test_add ("/document-store/renewal-cancel", Fixture, NULL, fixture_set_up, test_renewal_cancel_and_conflict, fixture_tear_down);
  g_test_add ("/document-store/terms", Fixture, NULL, fixture_set_up, test_terms_versions, fixture_tear_down);
  g_test_add ("/document-store/all-or-nothing", Fixture, NULL, fixture_set_up, test_all_or_nothing, fixture_tear_down);

  return g_test_run ();
}
