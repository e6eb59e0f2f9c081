/* test-store-crud-rules.c: every rule and CHECK refuses with its code, read-only refuses all */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "store-crud-fixtures.h"

/* Every rule of the models, broken through the CRUD: code and message. */
static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  LtStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  Cabinet c = { 0 };
  int before;

  cabinet_build (store, &c);
  before = count_rows (store, "SELECT (SELECT count(*) FROM affaires) + (SELECT count(*) FROM tasks) + "
                              "(SELECT count(*) FROM staff) + (SELECT count(*) FROM prestations)");

#define REFUSED(call, code, fragment) \
  G_STMT_START { \
    gboolean ok_ = (call); \
    assert_refused (ok_, error, code, fragment); \
    g_clear_error (&error); \
  } G_STMT_END

  {
    g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", "   ", NULL);

    REFUSED (lt_store_add_affaire (store, a, &error), LT_ERROR_NAME_REQUIRED, "name is required");
    g_assert_cmpint (lt_affaire_get_id (a), ==, 0);
    lt_affaire_set_name (a, "Éclair");
    lt_affaire_set_siren (a, "552100555");
    REFUSED (lt_store_add_affaire (store, a, &error), LT_ERROR_INVALID_SIREN, "check digit");
    lt_affaire_set_siren (a, "55210055A");
    REFUSED (lt_store_add_affaire (store, a, &error), LT_ERROR_INVALID_SIREN, "not a digit");
    lt_affaire_set_siren (a, "552100554");
    REFUSED (lt_store_add_affaire (store, a, &error), LT_ERROR_DUPLICATE_SIREN, "Boulangerie Dupré");
    lt_affaire_set_siren (a, NULL);
    lt_affaire_set_fiscal_year_end (a, "13-01");
    REFUSED (lt_store_add_affaire (store, a, &error), LT_ERROR_INVALID_DATE, "not a valid closing date");
    lt_affaire_set_fiscal_year_end (a, "02-29");
    lt_affaire_set_lcbft_identified_on (a, "2025-02-30");
    REFUSED (lt_store_add_affaire (store, a, &error), LT_ERROR_INVALID_DATE, "“2025-02-30” is not a valid date");
    lt_affaire_set_lcbft_identified_on (a, NULL);
    g_assert_true (lt_store_add_affaire (store, a, &error));
    g_assert_no_error (error);

    /* An update to another affaire's SIREN is refused the same way. */
    lt_affaire_set_siren (a, "552 100 554");
    REFUSED (lt_store_update_affaire (store, a, &error), LT_ERROR_DUPLICATE_SIREN, "552 100 554");
    g_assert_cmpint (lt_affaire_get_revision (a), ==, 1);
    before++;
  }
  {
    g_autoptr(LtStaff) s = g_object_new (LT_TYPE_STAFF, "name", "", NULL);

    REFUSED (lt_store_add_staff (store, s, &error), LT_ERROR_NAME_REQUIRED, "intervenant’s name is required");
    lt_staff_set_name (s, "Hugo");
    lt_staff_set_email (s, "hugo@");
    REFUSED (lt_store_add_staff (store, s, &error), LT_ERROR_INVALID_EMAIL, "not a valid e-mail address");
    lt_staff_set_email (s, "hugo bernard@cabinet.fr");
    REFUSED (lt_store_add_staff (store, s, &error), LT_ERROR_INVALID_EMAIL, "hugo bernard@cabinet.fr");
    lt_staff_set_email (s, "hugo@cabinet.fr");
    lt_staff_set_weekly_hours (s, 81);
    REFUSED (lt_store_add_staff (store, s, &error), LT_ERROR_INVALID_HOURS, "81 hours a week");
    lt_staff_set_weekly_hours (s, -1);
    REFUSED (lt_store_add_staff (store, s, &error), LT_ERROR_INVALID_HOURS, "between 0 and 80");
  }
  {
    g_autoptr(LtContact) ct = g_object_new (LT_TYPE_CONTACT, "affaire-id", lt_affaire_get_id (c.affaire), NULL);

    REFUSED (lt_store_add_contact (store, ct, &error), LT_ERROR_NAME_REQUIRED, "contact’s name is required");
    lt_contact_set_name (ct, "Julie");
    lt_contact_set_is_signatory (ct, TRUE);
    /* One signataire per affaire, said plainly before the unique index would. */
    REFUSED (lt_store_add_contact (store, ct, &error), LT_ERROR_SECOND_SIGNATORY, "one signatory");
    lt_contact_set_is_signatory (ct, FALSE);
    lt_contact_set_affaire_id (ct, 424242);
    REFUSED (lt_store_add_contact (store, ct, &error), LT_ERROR_NOT_FOUND, "Affaire 424242 does not exist");
  }
  {
    g_autoptr(LtCategory) cat = g_object_new (LT_TYPE_CATEGORY, "name", "", NULL);

    REFUSED (lt_store_add_category (store, cat, &error), LT_ERROR_NAME_REQUIRED, "catégorie’s name is required");
    lt_category_set_name (cat, "Comptabilité");
    REFUSED (lt_store_add_category (store, cat, &error), LT_ERROR_CONSTRAINT, "Another record already has this value");
  }
  {
    g_autoptr(LtPrestation) p = g_object_new (LT_TYPE_PRESTATION, "name", "\t", NULL);

    REFUSED (lt_store_add_prestation (store, p, &error), LT_ERROR_NAME_REQUIRED, "prestation’s name is required");
    lt_prestation_set_name (p, "Paie");
    lt_prestation_set_price_cents (p, -500);
    REFUSED (lt_store_add_prestation (store, p, &error), LT_ERROR_NEGATIVE_PRICE, "cannot be negative");
    lt_prestation_set_price_cents (p, -1);
    REFUSED (lt_store_add_prestation (store, p, &error), LT_ERROR_CONSTRAINT, "Choose the catégorie");
    lt_prestation_set_category_id (p, lt_category_get_id (c.category));
    g_assert_true (lt_store_add_prestation (store, p, &error));
    g_assert_no_error (error);
    before++;
  }
  {
    g_autoptr(LtStep) st = g_object_new (LT_TYPE_STEP, "prestation-id", lt_prestation_get_id (c.prestation), NULL);
    g_autoptr(LtStepLink) link = g_object_new (LT_TYPE_STEP_LINK,
                                               "from-step-id", lt_step_get_id (c.step_a),
                                               "to-step-id", lt_step_get_id (c.step_a), NULL);

    REFUSED (lt_store_add_step (store, st, &error), LT_ERROR_NAME_REQUIRED, "title of the tâche or demande");
    lt_step_set_title (st, "Révision");
    lt_step_set_delay_days (st, -3);
    REFUSED (lt_store_add_step (store, st, &error), LT_ERROR_NEGATIVE_DELAY, "délai cannot be negative");

    REFUSED (lt_store_add_step_link (store, link, &error), LT_ERROR_SELF_LINK, "cannot depend on itself");
    lt_step_link_set_to_step_id (link, lt_step_get_id (c.step_b));
    REFUSED (lt_store_add_step_link (store, link, &error), LT_ERROR_DUPLICATE_LINK, "already linked");
    lt_step_link_set_from_step_id (link, lt_step_get_id (c.step_b));
    lt_step_link_set_to_step_id (link, lt_step_get_id (c.step_a));
    lt_step_link_set_lag_days (link, -1);
    REFUSED (lt_store_add_step_link (store, link, &error), LT_ERROR_NEGATIVE_DELAY, "lag cannot be negative");
  }
  {
    g_autoptr(LtTerms) t = g_object_new (LT_TYPE_TERMS, "version", "", "effective-on", "2025-01-01", NULL);

    REFUSED (lt_store_add_terms (store, t, &error), LT_ERROR_NAME_REQUIRED, "version of the conditions générales");
    lt_terms_set_version (t, "2025-2");
    lt_terms_set_effective_on (t, "1er janvier");
    REFUSED (lt_store_add_terms (store, t, &error), LT_ERROR_INVALID_DATE, "YYYY-MM-DD");
    lt_terms_set_effective_on (t, NULL);
    REFUSED (lt_store_add_terms (store, t, &error), LT_ERROR_INVALID_DATE, "not a valid date");
    lt_terms_set_effective_on (t, "2025-06-01");
    lt_terms_set_version (t, "2025-1");
    REFUSED (lt_store_add_terms (store, t, &error), LT_ERROR_CONSTRAINT, "Another record already has this value");
  }
  {
    g_autoptr(LtDocument) d = g_object_new (LT_TYPE_DOCUMENT, "affaire-id", lt_affaire_get_id (c.affaire),
                                            "sent-on", "20/01/2025", NULL);
    g_autoptr(LtDocumentLine) l = g_object_new (LT_TYPE_DOCUMENT_LINE,
                                                "document-id", lt_document_get_id (c.document), NULL);

    REFUSED (lt_store_add_document (store, d, &error), LT_ERROR_INVALID_DATE, "20/01/2025");
    lt_document_set_sent_on (d, NULL);
    /* replaced without a replacement: the CHECK is the last guard */
    lt_document_set_state (d, LT_DOCUMENT_STATE_REPLACED);
    REFUSED (lt_store_add_document (store, d, &error), LT_ERROR_CONSTRAINT, "not allowed");

    REFUSED (lt_store_add_document_line (store, l, &error), LT_ERROR_NAME_REQUIRED, "label of the line");
    lt_document_line_set_label (l, "Paie");
    lt_document_line_set_price_cents (l, -1);
    REFUSED (lt_store_add_document_line (store, l, &error), LT_ERROR_NEGATIVE_PRICE, "cannot be negative");
  }
  {
    g_autoptr(LtProject) p = g_object_new (LT_TYPE_PROJECT, "affaire-id", lt_affaire_get_id (c.affaire),
                                           "name", "", "start-date", "2025-01-01", "end-date", "2025-12-31", NULL);
    g_autoptr(LtAssignment) a = g_object_new (LT_TYPE_ASSIGNMENT, "project-id", lt_project_get_id (c.project),
                                              "prestation-id", lt_prestation_get_id (c.prestation),
                                              "start-date", "2025-03-01", "end-date", "2025-02-28",
                                              "price-cents", (gint64)100, NULL);

    REFUSED (lt_store_add_project (store, p, &error), LT_ERROR_NAME_REQUIRED, "project’s name is required");
    lt_project_set_name (p, "2025");
    lt_project_set_end_date (p, "2024-12-31");
    REFUSED (lt_store_add_project (store, p, &error), LT_ERROR_END_BEFORE_START,
             "The end date (31/12/2024) is before the start date (01/01/2025)");
    lt_project_set_end_date (p, NULL);
    REFUSED (lt_store_add_project (store, p, &error), LT_ERROR_INVALID_DATE, "not a valid date");

    REFUSED (lt_store_add_assignment (store, a, &error), LT_ERROR_END_BEFORE_START, "28/02/2025");
    lt_assignment_set_end_date (a, "2025-03-31");
    lt_assignment_set_price_cents (a, 0);
    REFUSED (lt_store_add_assignment (store, a, &error), LT_ERROR_PRICE_REQUIRED, "symbolic one (1 €)");
  }
  {
    g_autoptr(LtTask) t = g_object_new (LT_TYPE_TASK, "affaire-id", lt_affaire_get_id (c.affaire),
                                        "title", " ", "start-date", "2025-03-10", "due-date", "2025-03-01", NULL);

    REFUSED (lt_store_add_task (store, t, &error), LT_ERROR_NAME_REQUIRED, "title of the tâche is required");
    lt_task_set_title (t, "Bilan");
    REFUSED (lt_store_add_task (store, t, &error), LT_ERROR_END_BEFORE_START,
             "The due date (01/03/2025) is before the start date (10/03/2025)");
    lt_task_set_due_date (t, "2025-03-20");
    lt_task_set_delay_days (t, -5);
    REFUSED (lt_store_add_task (store, t, &error), LT_ERROR_NEGATIVE_DELAY, "délai cannot be negative");
    lt_task_set_delay_days (t, -1);
    lt_task_set_done_on (t, "2025-13-01");
    REFUSED (lt_store_add_task (store, t, &error), LT_ERROR_INVALID_DATE, "2025-13-01");
    /* A tâche cannot be "sent": that is a demande's. */
    lt_task_set_done_on (t, NULL);
    lt_task_set_sent_on (t, "2025-03-11");
    REFUSED (lt_store_add_task (store, t, &error), LT_ERROR_CONSTRAINT, "not allowed");
  }
  {
    g_autoptr(LtFirm) f = lt_store_get_firm (store, NULL);

    lt_firm_set_siren (f, "123456789");
    REFUSED (lt_store_update_firm (store, f, &error), LT_ERROR_INVALID_SIREN, "check digit");
    lt_firm_set_siren (f, "");
    lt_firm_set_email (f, "@cabinet.fr");
    REFUSED (lt_store_update_firm (store, f, &error), LT_ERROR_INVALID_EMAIL, "@cabinet.fr");
  }

#undef REFUSED

  /* Nothing refused was written. */
  g_assert_cmpint (count_rows (store, "SELECT (SELECT count(*) FROM affaires) + (SELECT count(*) FROM tasks) + "
                                      "(SELECT count(*) FROM staff) + (SELECT count(*) FROM prestations)"),
                   ==, before);

  cabinet_clear (&c);
}

/* The schema's CHECKs, FOREIGN KEYs and UNIQUEs stay as the last guard even
 * for a writer that skips the rules: each one refuses a row that breaks it. */
static void
test_checks (Fixture       *fixture,
             gconstpointer  data)
{
  static const char *broken[] = {
    "INSERT INTO firm (id) VALUES (2)",
    "UPDATE firm SET revision = 0",
    "INSERT INTO staff (name) VALUES ('')",
    "INSERT INTO staff (name, weekly_hours) VALUES ('A', 81)",
    "INSERT INTO staff (name, active) VALUES ('A', 2)",
    "INSERT INTO affaires (name, state) VALUES ('A', 'lead')",
    "INSERT INTO affaires (name) VALUES (' ')",
    "INSERT INTO affaires (name, siren) VALUES ('A', '12345678')",
    "INSERT INTO affaires (name, siren) VALUES ('A', '12345678A')",
    "INSERT INTO affaires (name, siren) VALUES ('B', '552100554')",
    "INSERT INTO affaires (name, fiscal_year_end) VALUES ('A', '31/12')",
    "INSERT INTO affaires (name, lcbft_identified_on) VALUES ('A', '2025-02-30')",
    "INSERT INTO affaires (name, lcbft_identified_by) VALUES ('A', 999)",
    "INSERT INTO affaires (name, vigilance) VALUES ('A', 'none')",
    "INSERT INTO contacts (affaire_id, name) VALUES (999, 'A')",
    "INSERT INTO contacts (affaire_id, name) VALUES (1, '')",
    "INSERT INTO contacts (affaire_id, name, is_signatory) VALUES (1, 'A', 1)",
    "INSERT INTO categories (name) VALUES ('')",
    "INSERT INTO categories (name) VALUES ('Comptabilité')",
    "INSERT INTO prestations (category_id, name, price_cents) VALUES (1, 'A', -1)",
    "INSERT INTO prestations (category_id, name) VALUES (999, 'A')",
    "INSERT INTO prestations (category_id, name, recurrence) VALUES (1, 'A', 'weekly')",
    "INSERT INTO prestations (category_id, name, version) VALUES (1, 'A', 0)",
    "INSERT INTO steps (prestation_id, title) VALUES (1, '')",
    "INSERT INTO steps (prestation_id, title, delay_days) VALUES (1, 'A', -1)",
    "INSERT INTO steps (prestation_id, title, kind) VALUES (1, 'A', 'meeting')",
    "INSERT INTO step_links (from_step_id, to_step_id) VALUES (1, 1)",
    "INSERT INTO step_links (from_step_id, to_step_id) VALUES (1, 2)",
    "INSERT INTO step_links (from_step_id, to_step_id, lag_days) VALUES (2, 1, -1)",
    "INSERT INTO terms (version, effective_on) VALUES ('X', 'demain')",
    "INSERT INTO terms (version, effective_on) VALUES ('', '2025-01-01')",
    "INSERT INTO documents (affaire_id, kind) VALUES (1, 'facture')",
    "INSERT INTO documents (affaire_id, kind, state) VALUES (1, 'avenant', 'replaced')",
    "INSERT INTO documents (affaire_id, kind, pdf) VALUES (1, 'avenant', x'00')",
    "INSERT INTO documents (affaire_id, kind, sent_on) VALUES (1, 'avenant', '2025-1-1')",
    "UPDATE documents SET parent_id = id",
    "INSERT INTO document_lines (document_id, label, price_cents) VALUES (1, 'A', -1)",
    "INSERT INTO document_lines (document_id, label, price_cents) VALUES (1, '', 1)",
    "INSERT INTO projects (affaire_id, name, start_date, end_date) VALUES (1, 'A', '2025-02-01', '2025-01-31')",
    "INSERT INTO assignments (project_id, prestation_id, start_date, end_date, price_cents) "
      "VALUES (1, 1, '2025-01-01', '2025-12-31', 0)",
    "INSERT INTO assignments (project_id, prestation_id, start_date, end_date, price_cents) "
      "VALUES (1, 1, '2025-12-31', '2025-01-01', 100)",
    "INSERT INTO tasks (affaire_id, title, start_date, due_date) VALUES (1, 'A', '2025-02-01', '2025-01-01')",
    "INSERT INTO tasks (affaire_id, title, start_date, due_date, sent_on) "
      "VALUES (1, 'A', '2025-01-01', '2025-01-02', '2025-01-01')",
    "INSERT INTO tasks (affaire_id, kind, title, start_date, due_date, done_on) "
      "VALUES (1, 'request', 'A', '2025-01-01', '2025-01-02', '2025-01-01')",
    "INSERT INTO task_links (from_task_id, to_task_id) VALUES (1, 1)",
    "INSERT INTO task_links (from_task_id, to_task_id) VALUES (1, 999)",
  };
  LtStore *store = fixture->store;
  Cabinet c = { 0 };

  cabinet_build (store, &c);
  g_assert_cmpint (lt_affaire_get_id (c.affaire), ==, 1);
  g_assert_cmpint (lt_document_get_id (c.document), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GError) error = NULL;

      if (lt_store_exec (store, broken[i], &error))
        g_error ("not refused: %s", broken[i]);
      g_assert_error (error, LT_ERROR, LT_ERROR_CONSTRAINT);
      g_assert_nonnull (strstr (error->message, "nothing was saved"));
    }

  cabinet_clear (&c);
}

static void
test_read_only_refuses (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(LtStore) newer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", "Éclair", NULL);
  g_autoptr(LtFirm) firm = NULL;

  g_assert_true (lt_store_exec (fixture->store, "PRAGMA user_version = 42", &error));
  newer = lt_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (lt_store_is_read_only (newer));

  g_assert_false (lt_store_add_affaire (newer, a, &error));
  assert_refused (FALSE, error, LT_ERROR_READ_ONLY, "schema 42");
  g_clear_error (&error);
  firm = lt_store_get_firm (newer, &error);
  g_assert_no_error (error);
  lt_firm_set_name (firm, "X");
  g_assert_false (lt_store_update_firm (newer, firm, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (lt_store_delete_staff (newer, 1, 1, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_READ_ONLY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/crud/validation", test_validation);
  ADD ("/store/crud/checks", test_checks);
  ADD ("/store/crud/read-only", test_read_only_refuses);

#undef ADD

  return g_test_run ();
}
