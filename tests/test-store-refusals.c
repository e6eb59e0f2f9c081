/* test-store-refusals.c: the refusals of issue 10 through the store API, on the demo cabinet */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "lt-store-catalogue-ops.h"
#include "lt-store-demo.h"
#include "lt-store-project-ops.h"
#include "store-crud-fixtures.h"

static gint64
query_id (LtStore    *store,
          const char *sql)
{
  sqlite3_stmt *stmt = lt_store_prepare (store, sql, NULL);
  gint64 id;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  g_assert_cmpint (id, >, 0);

  return id;
}

static void
demo_set_up (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture_set_up (fixture, data);
  g_assert_true (lt_store_load_demo (fixture->store, &error));
  g_assert_no_error (error);
}

#define TOTAL_SQL "SELECT (SELECT count(*) FROM affaires) + (SELECT count(*) FROM contacts) + " \
                  "(SELECT count(*) FROM projects) + (SELECT count(*) FROM steps)"

#define REFUSED(call, code, fragment) \
  G_STMT_START { \
    g_autoptr(GError) error_ = NULL; \
    gboolean ok_ = (call); \
    assert_refused (ok_, error_, code, fragment); \
  } G_STMT_END

static void
test_names (Fixture       *fixture,
            gconstpointer  data)
{
  LtStore *store = fixture->store;
  const char *blank[] = { "\u00a0", "\u200b", " \u202f\ufeff " };
  gint64 client = query_id (store, "SELECT min(id) FROM affaires WHERE state = 'client'");

  for (guint i = 0; i < G_N_ELEMENTS (blank); i++)
    {
      g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", blank[i], NULL);
      g_autoptr(LtContact) c = g_object_new (LT_TYPE_CONTACT, "affaire-id", client, "name", blank[i], NULL);
      g_autoptr(LtProject) p = g_object_new (LT_TYPE_PROJECT, "affaire-id", client, "name", blank[i],
                                             "start-date", "2026-01-01", "end-date", "2026-12-31", NULL);

      REFUSED (lt_store_add_affaire (store, a, &error_), LT_ERROR_NAME_REQUIRED, "name is required");
      REFUSED (lt_store_add_contact (store, c, &error_), LT_ERROR_NAME_REQUIRED, "name is required");
      REFUSED (lt_store_project_create (store, p, &error_), LT_ERROR_NAME_REQUIRED, "no name");
    }

  {
    g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", "Evil\x1b[2J", NULL);

    REFUSED (lt_store_add_affaire (store, a, &error_), LT_ERROR_CONTROL_CHARACTER, "\\u001B[2J");
    lt_affaire_set_name (a, "Honnête SARL");
    lt_affaire_set_city (a, "Lyon\xc2\x9b" "31m");
    REFUSED (lt_store_add_affaire (store, a, &error_), LT_ERROR_CONTROL_CHARACTER, "control character");
    /* an address keeps its lines */
    lt_affaire_set_city (a, "Lyon");
    lt_affaire_set_address (a, "Bâtiment B\n4 place Sathonay");
    g_assert_true (lt_store_add_affaire (store, a, NULL));
  }
}

static void
test_affaire_values (Fixture       *fixture,
                     gconstpointer  data)
{
  LtStore *store = fixture->store;
  gint64 with_signatory = query_id (store, "SELECT min(affaire_id) FROM contacts WHERE is_signatory = 1");
  g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", "Valeurs SARL", NULL);
  g_autoptr(LtContact) c = g_object_new (LT_TYPE_CONTACT, "affaire-id", with_signatory,
                                         "name", "Second signataire", "is-signatory", TRUE, NULL);
  g_autoptr(LtContact) lost = g_object_new (LT_TYPE_CONTACT, "affaire-id", (gint64) 999999,
                                            "name", "Perdu", NULL);

  lt_affaire_set_lcbft_identified_on (a, "2099-01-01");
  REFUSED (lt_store_add_affaire (store, a, &error_), LT_ERROR_DATE_IN_FUTURE, "01/01/2099");
  lt_affaire_set_lcbft_identified_on (a, "2025-01-06");
  lt_affaire_set_lcbft_identified_by (a, 999999);
  REFUSED (lt_store_add_affaire (store, a, &error_), LT_ERROR_NOT_FOUND, "Intervenant 999999 does not exist");
  lt_affaire_set_lcbft_identified_by (a, 0);
  lt_affaire_set_siren (a, "000000000");
  REFUSED (lt_store_add_affaire (store, a, &error_), LT_ERROR_INVALID_SIREN, "000 000 000");
  lt_affaire_set_siren (a, NULL);
  lt_affaire_set_fiscal_year_end (a, "31/12/garbage");
  REFUSED (lt_store_add_affaire (store, a, &error_), LT_ERROR_INVALID_DATE, "closing date");
  lt_affaire_set_fiscal_year_end (a, "31/12");  /* the form typed, not the one kept */
  REFUSED (lt_store_add_affaire (store, a, &error_), LT_ERROR_INVALID_DATE, "closing date");
  lt_affaire_set_fiscal_year_end (a, "12-31");
  g_assert_true (lt_store_add_affaire (store, a, NULL));

  REFUSED (lt_store_add_contact (store, c, &error_), LT_ERROR_SECOND_SIGNATORY, "one signatory");
  REFUSED (lt_store_add_contact (store, lost, &error_), LT_ERROR_NOT_FOUND, "Affaire 999999 does not exist");
}

static void
test_projects (Fixture       *fixture,
               gconstpointer  data)
{
  LtStore *store = fixture->store;
  gint64 client = query_id (store, "SELECT min(id) FROM affaires WHERE state = 'client'");
  g_autoptr(LtProject) p = g_object_new (LT_TYPE_PROJECT, "affaire-id", client, "name", "",
                                         "start-date", "2026-12-31", "end-date", "2026-01-01", NULL);
  g_autoptr(LtProject) q = g_object_new (LT_TYPE_PROJECT, "affaire-id", client, "name", "Siècles",
                                         "start-date", "0001-01-01", "end-date", "9999-12-31", NULL);
  int before = count_rows (store, TOTAL_SQL);

  /* Refused before its context was read: nothing of it to free (was a crash). */
  REFUSED (lt_store_project_create (store, p, &error_), LT_ERROR_NAME_REQUIRED, "no name");
  lt_project_set_name (p, "À l’envers");
  REFUSED (lt_store_project_create (store, p, &error_), LT_ERROR_END_BEFORE_START, "before it starts");
  REFUSED (lt_store_project_create (store, q, &error_), LT_ERROR_DATE_OUT_OF_RANGE, "01/01/0001");
  lt_project_set_start_date (q, "1789-07-14");
  REFUSED (lt_store_add_project (store, q, &error_), LT_ERROR_DATE_OUT_OF_RANGE, "from 1900 to 2199");
  lt_project_set_start_date (q, "2026-01-01");
  REFUSED (lt_store_project_create (store, q, &error_), LT_ERROR_DATE_OUT_OF_RANGE, "31/12/9999");
  g_assert_cmpint (count_rows (store, TOTAL_SQL), ==, before);
}

static void
test_tasks (Fixture       *fixture,
            gconstpointer  data)
{
  LtStore *store = fixture->store;
  /* a tâche nothing blocks: the date is the only thing wrong */
  gint64 task = query_id (store, "SELECT min(t.id) FROM tasks t WHERE t.kind = 'task' AND t.done_on IS NULL "
                                 "AND NOT EXISTS (SELECT 1 FROM task_links l JOIN tasks p ON p.id = l.from_task_id "
                                 "WHERE l.to_task_id = t.id AND p.done_on IS NULL AND p.answered_on IS NULL)");
  gint64 request = query_id (store, "SELECT min(id) FROM tasks WHERE kind = 'request' AND answered_on IS NULL");
  g_autoptr(LtTask) t = lt_store_task_load (store, task, NULL);
  g_autoptr(LtTask) r = lt_store_task_load (store, request, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (t);
  /* a demande goes out on its date (send-on), not on the project's save */
  if (lt_task_get_sent_on (r) == NULL)
    {
      g_assert_nonnull (lt_task_get_send_on (r));
      g_assert_true (lt_store_requests_mark_sent (store, &request, 1, lt_task_get_send_on (r), &error));
      g_assert_no_error (error);
      g_clear_object (&r);
      r = lt_store_task_load (store, request, NULL);
    }
  g_assert_nonnull (lt_task_get_sent_on (r));
  REFUSED (lt_store_task_mark_done (store, task, lt_task_get_revision (t), "1990-01-01", FALSE, &error_),
           LT_ERROR_DATE_TOO_EARLY, "before its project starts");
  REFUSED (lt_store_request_mark_answered (store, request, "2000-01-03", &error_),
           LT_ERROR_DATE_TOO_EARLY, "before the demande was sent");
  g_assert_true (lt_store_request_mark_answered (store, request, lt_task_get_sent_on (r), &error));
  g_assert_no_error (error);
}

static void
test_never_existed (Fixture       *fixture,
                    gconstpointer  data)
{
  LtStore *store = fixture->store;
  g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", "Éphémère", NULL);
  g_autoptr(LtAffaire) next = g_object_new (LT_TYPE_AFFAIRE, "name", "Suivante", NULL);
  g_autoptr(LtAffaire) none = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  none = lt_store_get_affaire (store, 999999, &error);
  g_assert_null (none);
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "Affaire 999999 does not exist: check the number.");
  g_clear_error (&error);
  REFUSED (lt_store_project_load (store, 999999, &error_) != NULL, LT_ERROR_NOT_FOUND, "Project 999999 does not exist");
  REFUSED (lt_store_task_load (store, 999999, &error_) != NULL, LT_ERROR_NOT_FOUND, "Tâche 999999 does not exist");

  /* One that was there, then deleted. (Ids are not AUTOINCREMENT: once the
   * highest is deleted, the next affaire takes it again, so « does not
   * exist » is what is true of it then.) */
  g_assert_true (lt_store_add_affaire (store, a, NULL));
  g_assert_true (lt_store_add_affaire (store, next, NULL));
  id = lt_affaire_get_id (a);
  g_assert_true (lt_store_delete_affaire (store, id, lt_affaire_get_revision (a), NULL));
  REFUSED (lt_store_get_affaire (store, id, &error_) != NULL, LT_ERROR_NOT_FOUND, "no longer exists");
}

static void
test_search_and_steps (Fixture       *fixture,
                       gconstpointer  data)
{
  LtStore *store = fixture->store;
  g_autofree char *huge = g_strnfill (128 * 1024, 'a');
  g_autoptr(GListModel) list = lt_store_list_affaires (store, huge, -1, LT_AFFAIRE_SORT_NAME);
  gint64 prestation_id = query_id (store, "SELECT min(id) FROM prestations");
  g_autoptr(LtPrestation) prestation = lt_store_get_prestation (store, prestation_id, NULL);
  g_autoptr(LtStepGraph) graph = lt_store_catalogue_load_graph (store, prestation_id, NULL);
  const char *titles[] = { "\u00a0", "\u200b", "Titre\x1b[31m" };
  int before = count_rows (store, TOTAL_SQL);

  /* No « LIKE pattern too complex » warning (fatal in tests): nothing found. */
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);

  g_assert_nonnull (graph);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      guint uid = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, titles[i]);
      gboolean new_version = FALSE;

      REFUSED (lt_store_catalogue_save_prestation (store, prestation, graph, &new_version, &error_),
               i < 2 ? LT_ERROR_NAME_REQUIRED : LT_ERROR_CONTROL_CHARACTER, i < 2 ? "no title" : "\\u001B");
      lt_step_graph_remove_node (graph, uid, NULL);
    }
  g_assert_cmpint (count_rows (store, TOTAL_SQL), ==, before);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, demo_set_up, func, fixture_tear_down)
  ADD ("/store-refusals/names", test_names);
  ADD ("/store-refusals/affaire-values", test_affaire_values);
  ADD ("/store-refusals/projects", test_projects);
  ADD ("/store-refusals/tasks", test_tasks);
  ADD ("/store-refusals/never-existed", test_never_existed);
  ADD ("/store-refusals/search-and-steps", test_search_and_steps);

  return g_test_run ();
}
