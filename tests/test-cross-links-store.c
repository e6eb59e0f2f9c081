/* test-cross-links-store.c: a step of one prestation waits on a step of another — catalogue rule, project links, dates saved */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "lt-error.h"
#include "lt-store-catalogue-ops.h"
#include "lt-store-catalogue.h"
#include "lt-store-cross-links.h"
#include "lt-store-demo.h"
#include "lt-store-private.h"
#include "lt-store-project-ops.h"
#include "store-fixtures.h"

typedef struct {
  char    *dir;
  LtStore *store;
} Fixture;

/* The due date of the task titled @title (exactly), or "" */
static char *
due_of (LtStore    *store,
        const char *title)
{
  sqlite3_stmt *stmt = lt_store_prepare (store, "SELECT due_date FROM tasks WHERE title = ?1", NULL);
  char *value = g_strdup ("");

  g_assert_nonnull (stmt);
  sqlite3_bind_text (stmt, 1, title, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_free (value);
      value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_reset (stmt);

  return value;
}

#define assert_due(store, title, expected) G_STMT_START { \
  g_autofree char *__due = due_of ((store), (title));      \
  g_assert_cmpstr (__due, ==, (expected));                 \
} G_STMT_END

/* Bilan annuel (400) as the demo's, and a Secrétariat juridique (500):
 * PV 2 days, signature (demande) 10 days, dépôt au greffe 1 day, in a row.
 * Dupont closes on 31/12. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("lt-cross-links-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = lt_store_open (path, &error);
  g_assert_no_error (error);

  lt_store_exec (f->store,
                 "INSERT INTO staff (id, name, email, weekly_hours) VALUES (1, 'Claire Dubois', 'claire@lemaire.fr', 35);"
                 "INSERT INTO affaires (id, state, name, fiscal_year_end) VALUES (1, 'client', 'Dupont SARL', '12-31');"
                 "UPDATE affaires SET letter_outside_date = '2020-01-02', letter_outside_reference = 'LM-2020-1';"
                 "INSERT INTO categories (id, name) VALUES (1, 'Comptabilité');"
                 "INSERT INTO prestations (id, family_id, category_id, name, price_cents, recurrence) VALUES"
                 "  (400, 400, 1, 'Bilan annuel', 180000, 'yearly'),"
                 "  (500, 500, 1, 'Secrétariat juridique', 45000, 'yearly');"
                 "INSERT INTO steps (id, prestation_id, kind, title, delay_days, position) VALUES"
                 "  (4001, 400, 'request', 'Inventaire', 10, 0),"
                 "  (4002, 400, 'request', 'Attestations bancaires', 10, 1),"
                 "  (4003, 400, 'task', 'Révision', 10, 2),"
                 "  (4004, 400, 'task', 'Comptes annuels', 3, 3),"
                 "  (4005, 400, 'task', 'Liasse', 2, 4),"
                 "  (4006, 400, 'task', 'Présentation', 1, 5),"
                 "  (5001, 500, 'task', 'PV', 2, 0),"
                 "  (5002, 500, 'request', 'Signature du PV', 10, 1),"
                 "  (5003, 500, 'task', 'Dépôt au greffe', 1, 2);"
                 "INSERT INTO step_links (from_step_id, to_step_id, lag_days) VALUES"
                 "  (4001, 4003, 0), (4002, 4003, 0), (4003, 4004, 0), (4003, 4005, 0), (4004, 4006, 2),"
                 "  (5001, 5002, 0), (5002, 5003, 0);",
                 &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  g_assert_finalize_object (f->store);
  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static LtProject *
new_project (void)
{
  LtProject *project = lt_project_new ();

  lt_project_set_affaire_id (project, 1);
  lt_project_set_name (project, "Clôture 2026");
  lt_project_set_start_date (project, "2026-12-15");
  lt_project_set_end_date (project, "2027-03-31");
  lt_project_set_staff_id (project, 1);
  return project;
}

/* Both prestations assigned from 15/12/2026 to 31/03/2027. */
static GPtrArray *
both_assigned (void)
{
  GPtrArray *assignments = g_ptr_array_new_with_free_func (g_object_unref);
  const gint64 ids[] = { 400, 500 };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      LtAssignment *a = lt_assignment_new ();

      lt_assignment_set_prestation_id (a, ids[i]);
      lt_assignment_set_start_date (a, "2026-12-15");
      lt_assignment_set_end_date (a, "2027-03-31");
      lt_assignment_set_price_cents (a, 100);
      g_ptr_array_add (assignments, a);
    }
  return assignments;
}

static void
save (Fixture   *f,
      LtProject *project)
{
  g_autoptr(GPtrArray) assignments = both_assigned ();
  g_autoptr(LtProjectOutcome) outcome = NULL;
  g_autoptr(GError) error = NULL;

  outcome = lt_store_project_save (f->store, project, assignments, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (outcome);
}

/* Without a link the PV is due 5 January 2027 (two working days after the
 * clôture, 1er janvier off) and the dépôt 20 January, before the comptes
 * annuels (3 February): the case. */
static void
test_without_link (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(LtProject) project = new_project ();

  save (f, project);
  assert_due (f->store, "Comptes annuels — exercice clos le 31/12/2026", "2027-02-03");
  assert_due (f->store, "Dépôt au greffe — exercice clos le 31/12/2026", "2027-01-20");
}

/* The catalogue says the PV waits on the comptes annuels: PV from Wednesday
 * 3 February, due Friday 5; signature due Friday 19; dépôt due Monday 22
 * February, after the comptes. The link is in the suivi too. */
static void
test_catalogue_rule (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LtProject) project = new_project ();
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_store_cross_link_add (f->store, 4004, 5001, 0, &error));
  g_assert_no_error (error);
  list = lt_store_cross_links_list (f->store, 500, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((LtCrossLinkInfo *) g_ptr_array_index (list, 0))->from_prestation, ==, "Bilan annuel");
  g_assert_cmpstr (((LtCrossLinkInfo *) g_ptr_array_index (list, 0))->to_step, ==, "PV");

  save (f, project);
  assert_due (f->store, "Comptes annuels — exercice clos le 31/12/2026", "2027-02-03");
  assert_due (f->store, "PV — exercice clos le 31/12/2026", "2027-02-05");
  assert_due (f->store, "Signature du PV — exercice clos le 31/12/2026", "2027-02-19");
  assert_due (f->store, "Dépôt au greffe — exercice clos le 31/12/2026", "2027-02-22");
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM task_links l JOIN tasks a ON a.id = l.from_task_id"
                              " JOIN tasks b ON b.id = l.to_task_id WHERE a.step_id = 4004 AND b.step_id = 5001"), ==, 1);
  /* the PV waits on the comptes: blocked until they are done */
  g_assert_cmpint (query_int (f->store, "SELECT status = 'blocked' FROM tasks WHERE step_id = 5001"), ==, 1);
}

/* Refusals: a circle through both prestations (named), two steps of one
 * prestation, a lag out of range; removing a link that is not there. */
static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_store_cross_link_add (f->store, 4004, 5001, 0, NULL));

  g_assert_false (lt_store_cross_link_add (f->store, 5003, 4003, 0, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CROSS_LINK_CYCLE);
  g_assert_nonnull (strstr (error->message, "Secrétariat juridique : Dépôt au greffe → Bilan annuel : Révision"));
  g_clear_error (&error);

  g_assert_false (lt_store_cross_link_add (f->store, 4001, 4006, 0, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CROSS_LINK_SAME_PRESTATION);
  g_clear_error (&error);

  g_assert_false (lt_store_cross_link_add (f->store, 4006, 5003, -1, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_DEPENDENCY);
  g_clear_error (&error);

  g_assert_false (lt_store_cross_link_remove (f->store, 4006, 5003, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM step_cross_links"), ==, 1);
  g_assert_true (lt_store_cross_link_remove (f->store, 4004, 5001, NULL));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM step_cross_links"), ==, 0);
}

/* A change to a prestation in use makes a new version: it keeps the link. */
static void
test_new_version_keeps_links (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(LtProject) project = new_project ();
  g_autoptr(LtPrestation) prestation = NULL;
  g_autoptr(LtStepGraph) graph = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gboolean versioned = FALSE;

  g_assert_true (lt_store_cross_link_add (f->store, 4004, 5001, 0, NULL));
  save (f, project);

  prestation = lt_store_get_prestation (f->store, 500, &error);
  g_assert_no_error (error);
  graph = lt_store_catalogue_load_graph (f->store, 500, &error);
  g_assert_no_error (error);
  lt_prestation_set_description (prestation, "Approbation des comptes");
  g_assert_true (lt_store_catalogue_save_prestation (f->store, prestation, graph, &versioned, &error));
  g_assert_no_error (error);
  g_assert_true (versioned);

  list = lt_store_cross_links_list (f->store, lt_prestation_get_id (prestation), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((LtCrossLinkInfo *) g_ptr_array_index (list, 0))->to_step_id, ==,
                   lt_step_graph_get_nth (graph, 0)->step_id);
  g_assert_cmpint (((LtCrossLinkInfo *) g_ptr_array_index (list, 0))->to_step_id, !=, 5001);
}

/* A project's own link, saved with it: the dépôt waits on the présentation
 * (Monday 8 February) plus 1 day: it starts Tuesday 9 and is due Wednesday
 * 10 February. The preview plans with it too. */
static void
test_project_links (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LtProject) project = new_project ();
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (LtCrossLink));
  g_autoptr(GArray) stored = NULL;
  g_autoptr(GPtrArray) assignments = both_assigned ();
  g_autoptr(LtProjectOutcome) preview = NULL;
  g_autoptr(GError) error = NULL;
  LtCrossLink link = { 4006, 5003, 1 };

  g_array_append_val (links, link);
  lt_project_set_step_links (project, links);

  /* planned late: the preview sees the link (without it nothing is late) */
  lt_project_set_end_date (project, "2027-02-09");
  for (guint i = 0; i < assignments->len; i++)
    lt_assignment_set_end_date (g_ptr_array_index (assignments, i), "2027-02-09");
  preview = lt_store_project_preview (f->store, project, assignments, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->n_late, ==, 1);
  lt_project_set_end_date (project, "2027-03-31");

  save (f, project);
  assert_due (f->store, "Présentation — exercice clos le 31/12/2026", "2027-02-08");
  assert_due (f->store, "Dépôt au greffe — exercice clos le 31/12/2026", "2027-02-10");

  stored = lt_store_project_step_links (f->store, lt_project_get_id (project), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpint (g_array_index (stored, LtCrossLink, 0).from_step_id, ==, 4006);
  g_assert_cmpint (g_array_index (stored, LtCrossLink, 0).to_step_id, ==, 5003);
  g_assert_cmpint (g_array_index (stored, LtCrossLink, 0).lag_days, ==, 1);
}

/* The demo: Le Bistrot's secrétariat juridique follows its comptes annuels. */
static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "demo.db", NULL);
  g_autoptr(LtStore) demo = lt_store_open (path, &error);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_assert_no_error (error);
  g_assert_true (lt_store_load_demo (demo, &error));
  g_assert_no_error (error);

  g_assert_cmpint (query_int (demo, "SELECT count(*) FROM step_cross_links"), ==, 1);
  g_assert_cmpint (query_int (demo,
                              "SELECT count(*) FROM tasks c JOIN tasks d ON d.project_id = c.project_id AND d.period = c.period"
                              " WHERE c.title LIKE 'Établir les comptes annuels%' AND d.title LIKE 'Déposer les comptes au greffe%'"), >, 0);
  g_assert_cmpint (query_int (demo,
                              "SELECT count(*) FROM tasks c JOIN tasks d ON d.project_id = c.project_id AND d.period = c.period"
                              " WHERE c.title LIKE 'Établir les comptes annuels%' AND d.title LIKE 'Déposer les comptes au greffe%'"
                              " AND d.due_date <= c.due_date"), ==, 0);

  g_clear_object (&demo);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cross-links-store/without-link", test_without_link);
  ADD ("/cross-links-store/catalogue-rule", test_catalogue_rule);
  ADD ("/cross-links-store/refusals", test_refusals);
  ADD ("/cross-links-store/new-version", test_new_version_keeps_links);
  ADD ("/cross-links-store/project-links", test_project_links);
  ADD ("/cross-links-store/demo", test_demo);
#undef ADD

  return g_test_run ();
}
