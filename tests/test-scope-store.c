/* test-scope-store.c: the scope in force and the kinds' limits, applied by the store on the demo cabinet (issue 13) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "lt-error.h"
#include "lt-store-check.h"
#include "lt-store-demo.h"
#include "lt-store-document-ops.h"
#include "lt-store-affaires.h"
#include "lt-store-import.h"
#include "lt-store-private.h"
#include "lt-store-project-ops.h"

#include "store-fixtures.h"

typedef struct {
  char    *dir;
  LtStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = store_fixture_open_demo ("lt-scope-store-XXXXXX", &f->dir, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  store_fixture_close (f->store, f->dir, NULL);
}

static GPtrArray *
one_line (gint64 prestation_id,
          gint64 cents)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_object_unref);
  LtDocumentLine *line = lt_document_line_new ();

  lt_document_line_set_prestation_id (line, prestation_id);
  lt_document_line_set_price_cents (line, cents);
  g_ptr_array_add (lines, line);
  return lines;
}

static void
send_and_sign (LtStore *store,
               gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocumentOutcome) sent = lt_store_document_send (store, id, &error);
  g_autoptr(LtDocumentOutcome) signed_ = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (sent);
  signed_ = lt_store_document_sign (store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (signed_);
}

/* The first bullet: Garage Dufour (affaire 2, 5 490 €/an) signs a
 * second offre (situation trimestrielle, 600 € × 4), then its lettre de
 * mission: both letters stay in force, 5 490 + 2 400. */
static void
test_garage_dufour (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtScope) before = NULL;
  g_autoptr(LtScope) after = NULL;
  g_autoptr(GPtrArray) lines = one_line (6, -1);
  g_autoptr(LtDocument) offre = NULL;
  g_autoptr(LtDocumentOutcome) sent = NULL;
  g_autoptr(LtDocumentOutcome) signed_ = NULL;
  gint64 lm_id;

  before = lt_store_get_scope (f->store, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (before->yearly_cents, ==, 549000);

  offre = lt_store_document_create_with_lines (f->store, 2, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, lines, &error);
  g_assert_no_error (error);
  sent = lt_store_document_send (f->store, lt_document_get_id (offre), &error);
  g_assert_no_error (error);
  signed_ = lt_store_document_sign (f->store, lt_document_get_id (offre), &error);
  g_assert_no_error (error);
  lm_id = signed_->created_letter_id;
  g_assert_cmpint (lm_id, >, 0);
  send_and_sign (f->store, lm_id);

  after = lt_store_get_scope (f->store, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (after->yearly_cents, ==, 549000 + 240000);
  g_assert_cmpuint (after->letters->len, ==, 2);
  g_assert_cmpint (after->letter_id, ==, lm_id);
  g_assert_cmpint (lt_scope_find_prestation (after, 6, NULL)->source_document_id, ==, lm_id);
  g_assert_cmpint (lt_scope_find_prestation (after, 3, NULL)->source_document_id, ==, 2);
  /* the older letter stays signed */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents WHERE affaire_id = 2 AND state = 'signed'"
                                        " AND kind = 'lettre-de-mission'"), ==, 2);
  assert_check_clean (f->store);
}

/* Boulangerie Martin (affaire 1): tenue 180 → 200 €/mois by avenant:
 * 3 960 → 4 200 €/an, not 6 360; then an avenant ends the bilan. */
static void
test_avenant (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = one_line (3, 20000);
  g_autoptr(LtDocument) avenant = NULL;
  g_autoptr(LtDocument) end = NULL;
  g_autoptr(LtScope) scope = NULL;
  g_autoptr(LtDocumentLine) end_line = lt_document_line_new ();
  LtScopeEntry *entry;

  scope = lt_store_get_scope (f->store, 1, &error);
  g_assert_cmpint (scope->yearly_cents, ==, 396000);
  g_clear_pointer (&scope, lt_scope_free);

  avenant = lt_store_document_create_with_lines (f->store, 1, LT_DOCUMENT_KIND_AVENANT, lines, &error);
  g_assert_no_error (error);
  send_and_sign (f->store, lt_document_get_id (avenant));

  scope = lt_store_get_scope (f->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (scope->yearly_cents, ==, 420000);
  g_assert_cmpuint (scope->recurring->len, ==, 2);
  entry = lt_scope_find_prestation (scope, 3, NULL);
  g_assert_cmpint (entry->previous_price_cents, ==, 18000);
  g_assert_cmpint (entry->source_document_id, ==, lt_document_get_id (avenant));
  g_clear_pointer (&scope, lt_scope_free);
  assert_check_clean (f->store);

  /* An avenant ends the bilan from 2027-01-01. */
  end = lt_store_document_create (f->store, 1, LT_DOCUMENT_KIND_AVENANT, &error);
  g_assert_no_error (error);
  lt_document_line_set_document_id (end_line, lt_document_get_id (end));
  lt_document_line_set_prestation_id (end_line, 4);
  lt_document_line_set_price_cents (end_line, -1);
  lt_document_line_set_ends_on (end_line, "2027-01-01");
  g_assert_true (lt_store_document_add_line (f->store, end_line, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lt_document_line_get_recurrence (end_line), ==, LT_RECURRENCE_YEARLY);
  send_and_sign (f->store, lt_document_get_id (end));

  scope = lt_store_get_scope_full (f->store, 1, "2026-12-31", NULL, &error);
  g_assert_cmpint (scope->yearly_cents, ==, 420000);
  g_assert_cmpstr (lt_scope_find_prestation (scope, 4, NULL)->ends_on, ==, "2027-01-01");
  g_clear_pointer (&scope, lt_scope_free);
  scope = lt_store_get_scope_full (f->store, 1, "2027-01-01", NULL, &error);
  g_assert_cmpint (scope->yearly_cents, ==, 240000);
  g_assert_null (lt_scope_find_prestation (scope, 4, NULL));
}

static void
test_kind_limits (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reprise = one_line (2, -1);
  g_autoptr(GPtrArray) bilan = one_line (4, -1);
  g_autoptr(GPtrArray) tenue = one_line (3, 25000);
  g_autoptr(LtDocument) letter = NULL;
  g_autoptr(LtDocumentOutcome) sent = NULL;
  gint64 n_docs = query_int (f->store, "SELECT count(*) FROM documents");
  gint64 n_lines = query_int (f->store, "SELECT count(*) FROM document_lines");

  /* An avenant with a one-off line: refused, nothing written. */
  g_assert_null (lt_store_document_create_with_lines (f->store, 1, LT_DOCUMENT_KIND_AVENANT, reprise, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_LINE_KIND);
  g_assert_nonnull (strstr (error->message, "Reprise du dossier comptable"));
  g_clear_error (&error);

  /* A bon d'intervention with a recurring line: refused. */
  g_assert_null (lt_store_document_create_with_lines (f->store, 1, LT_DOCUMENT_KIND_BON_D_INTERVENTION, bilan, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_LINE_KIND);
  g_assert_nonnull (strstr (error->message, "Bilan annuel"));
  g_clear_error (&error);

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents"), ==, n_docs);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM document_lines"), ==, n_lines);

  /* A second letter carrying the tenue already in force: not sent. */
  letter = lt_store_document_create_with_lines (f->store, 1, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, tenue, &error);
  g_assert_no_error (error);
  g_assert_null (lt_store_document_send (f->store, lt_document_get_id (letter), &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_SCOPE_DUPLICATE);
  g_clear_error (&error);
  g_assert_null (sent);

  /* An avenant ending a prestation the client does not hold: not sent. */
  {
    g_autoptr(LtDocument) avenant = lt_store_document_create (f->store, 1, LT_DOCUMENT_KIND_AVENANT, &error);
    g_autoptr(LtDocumentLine) line = lt_document_line_new ();

    g_assert_no_error (error);
    lt_document_line_set_document_id (line, lt_document_get_id (avenant));
    lt_document_line_set_prestation_id (line, 6);
    lt_document_line_set_price_cents (line, 0);
    lt_document_line_set_ends_on (line, "2027-01-01");
    g_assert_true (lt_store_document_add_line (f->store, line, &error));
    g_assert_null (lt_store_document_send (f->store, lt_document_get_id (avenant), &error));
    g_assert_error (error, LT_ERROR, LT_ERROR_NOT_IN_SCOPE);
    g_clear_error (&error);
  }
}

/* `--line 2:-10`: a negative price is refused, never the tarif (450 €). */
static void
test_negative_price (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = one_line (2, -1000);
  gint64 n_docs = query_int (f->store, "SELECT count(*) FROM documents");

  g_assert_null (lt_store_document_create_with_lines (f->store, 8, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, lines, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NEGATIVE_PRICE);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents"), ==, n_docs);
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *a,
             const char *b)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const char *text = g_ptr_array_index (problems, i);

      if (strstr (text, a) != NULL && (b == NULL || strstr (text, b) != NULL))
        return TRUE;
    }
  return FALSE;
}

/* lettrine-cli check sees what the rules would have refused, written
 * behind their back. */
static void
test_check_sees (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  assert_check_clean (f->store);

  lt_store_exec (f->store,
                 "INSERT INTO documents (id, affaire_id, kind, state, title, sent_on, signed_on, created_at)"
                 "  VALUES (901, 1, 'lettre-de-mission', 'signed', 'LM bis', '2026-01-05', '2026-01-06', '2026-01-04T09:00:00Z');"
                 "INSERT INTO document_lines (document_id, prestation_id, label, price_cents, recurrence)"
                 "  VALUES (901, 3, 'Tenue comptable mensuelle', 19000, 'monthly');"
                 "INSERT INTO documents (id, affaire_id, kind, state, title, parent_id, sent_on, signed_on, created_at)"
                 "  VALUES (902, 1, 'bon-d-intervention', 'signed', 'Bon', 1, '2026-02-05', '2026-02-06', '2026-02-07T09:00:00Z');"
                 "INSERT INTO document_lines (document_id, prestation_id, label, price_cents, recurrence)"
                 "  VALUES (902, 4, 'Bilan annuel', 180000, 'yearly');"
                 "INSERT INTO affaires (id, name, state) VALUES (950, 'Client Sans Lettre', 'client');",
                 &error);
  g_assert_no_error (error);

  problems = lt_store_check (f->store, &error);
  g_assert_no_error (error);
  g_assert_true (has_problem (problems, "901", "Tenue comptable mensuelle"));
  g_assert_true (has_problem (problems, "Bilan annuel", "bon d"));
  /* a record made after its letter was sent is not a problem: letters
   * sent before they were typed in keep their real dates */
  g_assert_false (has_problem (problems, "902", "2026-02-07"));
  g_assert_true (has_problem (problems, "Client Sans Lettre", NULL));
}

/* A client exists through its first signed letter: in Lettrine, or
 * recorded outside it (an imported client base). */
static void
test_client_letter (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtAffaire) direct = lt_affaire_new ();
  g_autoptr(LtAffaire) imported = lt_affaire_new ();
  g_autoptr(LtProject) project = lt_project_new ();
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(LtImport) import = NULL;
  g_autoptr(LtImportReport) report = NULL;
  static const char text[] =
    "Nom;Statut;Lettre de mission;Réf. lettre\n"
    "Alpha SARL;client;;\n"
    "Beta SARL;client;15/03/2021;LM-2021-08\n"
    "Gamma SARL;prospect;;\n";

  lt_affaire_set_name (direct, "Client Direct SARL");
  lt_affaire_set_state (direct, LT_AFFAIRE_STATE_CLIENT);
  g_assert_false (lt_store_add_affaire (f->store, direct, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CLIENT_WITHOUT_LETTER);
  g_clear_error (&error);

  /* A prospect made a client by hand, without a letter: refused too. */
  lt_affaire_set_state (direct, LT_AFFAIRE_STATE_PROSPECT);
  g_assert_true (lt_store_add_affaire (f->store, direct, &error));
  lt_affaire_set_state (direct, LT_AFFAIRE_STATE_CLIENT);
  g_assert_false (lt_store_update_affaire (f->store, direct, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CLIENT_WITHOUT_LETTER);
  g_clear_error (&error);

  lt_affaire_set_name (imported, "Client Importé SARL");
  lt_affaire_set_state (imported, LT_AFFAIRE_STATE_CLIENT);
  lt_affaire_set_letter_outside_date (imported, "2019-04-01");
  lt_affaire_set_letter_outside_reference (imported, "LM-2019-17");
  g_assert_true (lt_store_add_affaire (f->store, imported, &error));
  g_assert_no_error (error);

  /* The CSV import of a client base takes the letter's columns; a client
   * line without them is refused. */
  csv = g_bytes_new_static (text, sizeof text - 1);
  import = lt_import_new_from_bytes (csv, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_import_get_mapping (import, 2), ==, LT_IMPORT_FIELD_LETTER_DATE);
  g_assert_cmpint (lt_import_get_mapping (import, 3), ==, LT_IMPORT_FIELD_LETTER_REFERENCE);
  report = lt_store_import_run (f->store, import, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_valid, ==, 2);
  g_assert_nonnull (((LtImportRow *) g_ptr_array_index (report->rows, 0))->error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM affaires WHERE name = 'Beta SARL'"
                                        " AND letter_outside_date = '2021-03-15' AND letter_outside_reference = 'LM-2021-08'"), ==, 1);

  /* A project for a client without any letter (written behind the rules'
   * back) is refused; for the imported client it is fine. */
  lt_store_exec (f->store, "INSERT INTO affaires (id, name, state) VALUES (960, 'Sans Lettre SARL', 'client');", &error);
  g_assert_no_error (error);
  lt_project_set_affaire_id (project, 960);
  lt_project_set_name (project, "Bilan 2026");
  lt_project_set_start_date (project, "2026-01-01");
  lt_project_set_end_date (project, "2026-12-31");
  g_assert_false (lt_store_project_create (f->store, project, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CLIENT_WITHOUT_LETTER);
  g_assert_nonnull (strstr (error->message, "Sans Lettre SARL"));
  g_clear_error (&error);
  lt_project_set_affaire_id (project, lt_affaire_get_id (imported));
  g_assert_true (lt_store_project_create (f->store, project, &error));
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/scope-store/garage-dufour", Fixture, NULL, fixture_set_up, test_garage_dufour, fixture_tear_down);
  g_test_add ("/scope-store/avenant", Fixture, NULL, fixture_set_up, test_avenant, fixture_tear_down);
  g_test_add ("/scope-store/kind-limits", Fixture, NULL, fixture_set_up, test_kind_limits, fixture_tear_down);
  g_test_add ("/scope-store/check-sees", Fixture, NULL, fixture_set_up, test_check_sees, fixture_tear_down);
  g_test_add ("/scope-store/client-letter", Fixture, NULL, fixture_set_up, test_client_letter, fixture_tear_down);
  g_test_add ("/scope-store/negative-price", Fixture, NULL, fixture_set_up, test_negative_price, fixture_tear_down);

  return g_test_run ();
}
