/* test-project-edit.c: a saved project edited: only the difference, in one transaction; the rules of issue 14 */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lt-error.h"
#include "lt-store-private.h"
#include "lt-store-project-edit.h"
#include "lt-store-project-ops.h"
#include "store-fixtures.h"

typedef struct {
  char    *dir;
  LtStore *store;
} Fixture;

/* Everything an edit may touch, as one text. */
static char *
snapshot (LtStore *store)
{
  g_autofree char *tasks = query_text (store,
                                       "SELECT coalesce(group_concat(id || ':' || coalesce(assignment_id, '') || ':' || start_date || ':'"
                                       " || due_date || ':' || coalesce(send_on, '') || ':' || coalesce(staff_id, '') || ':' || status"
                                       " || ':' || revision, ','), '') FROM (SELECT * FROM tasks ORDER BY id)");
  g_autofree char *links = query_text (store, "SELECT coalesce(group_concat(from_task_id || '>' || to_task_id, ','), '')"
                                              " FROM (SELECT * FROM task_links ORDER BY id)");
  g_autofree char *assignments = query_text (store,
                                             "SELECT coalesce(group_concat(id || ':' || prestation_id || ':' || start_date || ':'"
                                             " || end_date || ':' || price_cents || ':' || revision, ','), '')"
                                             " FROM (SELECT * FROM assignments ORDER BY id)");
  g_autofree char *projects = query_text (store, "SELECT group_concat(id || ':' || name || ':' || start_date || ':' || end_date"
                                                 " || ':' || coalesce(staff_id, '') || ':' || generated || ':' || revision, ',')"
                                                 " FROM projects");

  return g_strjoin ("\n", tasks, links, assignments, projects, NULL);
}

/* Prestation 100: a demande then two tâches; 101 the same; 200 monthly TVA (2 tâches). */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("lt-project-edit-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = lt_store_open (path, &error);
  g_assert_no_error (error);

  lt_store_exec (f->store,
                 "UPDATE firm SET name = 'Cabinet Lemaire' WHERE id = 1;"
                 "INSERT INTO staff (id, name, email, weekly_hours) VALUES (1, 'Claire Dubois', 'claire@lemaire.fr', 35),"
                 "  (3, 'Nadia Benali', 'nadia@lemaire.fr', 35);"
                 "INSERT INTO affaires (id, state, name, letter_outside_date) VALUES (1, 'client', 'Dupont SARL', '2024-01-02');"
                 "INSERT INTO contacts (affaire_id, name, email, is_signatory) VALUES (1, 'Jean Dupont', 'jean@dupont.fr', 1);"
                 "INSERT INTO categories (id, name) VALUES (1, 'Administratif');"
                 "INSERT INTO prestations (id, family_id, category_id, name, price_cents, recurrence) VALUES"
                 "  (100, 100, 1, 'Juridique', 50000, 'none'), (101, 101, 1, 'Social', 40000, 'none'),"
                 "  (200, 200, 1, 'Déclaration de TVA', 9000, 'monthly');"
                 "INSERT INTO steps (id, prestation_id, kind, title, delay_days, position) VALUES"
                 "  (1001, 100, 'request', 'Statuts à jour', 2, 0), (1002, 100, 'task', 'Rédiger le PV', 2, 1),"
                 "  (1003, 100, 'task', 'Déposer au greffe', 2, 2),"
                 "  (1011, 101, 'request', 'Contrats de travail', 2, 0), (1012, 101, 'task', 'DPAE', 1, 1),"
                 "  (1013, 101, 'task', 'Bulletins', 3, 2),"
                 "  (2001, 200, 'task', 'Préparer la TVA', 3, 0), (2002, 200, 'task', 'Télédéclarer', 1, 1);"
                 "INSERT INTO step_links (from_step_id, to_step_id, lag_days) VALUES (1001, 1002, 0), (1002, 1003, 0),"
                 "  (1011, 1012, 0), (1012, 1013, 0), (2001, 2002, 0);",
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

static LtAssignment *
new_assignment (gint64      prestation_id,
                const char *start,
                const char *end)
{
  LtAssignment *a = lt_assignment_new ();

  lt_assignment_set_prestation_id (a, prestation_id);
  lt_assignment_set_start_date (a, start);
  lt_assignment_set_end_date (a, end);
  lt_assignment_set_price_cents (a, 10000);

  return a;
}

/* A saved project: 100 over January, TVA January–June 2027. */
static LtProject *
save_project (Fixture *f)
{
  LtProject *project = lt_project_new ();
  g_autoptr(GPtrArray) assignments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LtProjectOutcome) outcome = NULL;
  g_autoptr(GError) error = NULL;

  lt_project_set_affaire_id (project, 1);
  lt_project_set_name (project, "Entrée en relation");
  lt_project_set_start_date (project, "2027-01-04");
  lt_project_set_end_date (project, "2027-12-31");
  lt_project_set_staff_id (project, 1);
  g_ptr_array_add (assignments, new_assignment (100, "2027-01-04", "2027-01-29"));
  g_ptr_array_add (assignments, new_assignment (200, "2027-01-04", "2027-06-30"));
  outcome = lt_store_project_save (f->store, project, assignments, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (outcome);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks"), ==, 3 + 6 * 2);

  return project;
}

/* The project as the editor reads it again. */
static void
reopen (Fixture     *f,
        gint64       project_id,
        LtProject  **project,
        GPtrArray  **assignments)
{
  g_autoptr(GError) error = NULL;

  *project = lt_store_project_load (f->store, project_id, &error);
  g_assert_no_error (error);
  *assignments = lt_store_project_list_assignments (f->store, project_id, &error);
  g_assert_no_error (error);
}

static LtAssignment *
find (GPtrArray *assignments,
      gint64     prestation_id)
{
  for (guint i = 0; i < assignments->len; i++)
    if (lt_assignment_get_prestation_id (g_ptr_array_index (assignments, i)) == prestation_id)
      return g_ptr_array_index (assignments, i);

  g_assert_not_reached ();
}

/* Remove 100, add 101, end the TVA in March: only that changes. */
static void
make_edit (GPtrArray *assignments)
{
  g_ptr_array_remove (assignments, find (assignments, 100));
  g_ptr_array_add (assignments, new_assignment (101, "2027-02-01", "2027-02-26"));
  lt_assignment_set_end_date (find (assignments, 200), "2027-03-31");
}

static void
test_difference (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LtProject) saved = save_project (f);
  g_autoptr(LtProject) project = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autoptr(LtProjectEdit) preview = NULL;
  g_autoptr(LtProjectEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (f->store);
  g_autofree char *after = NULL;
  g_autofree char *summary = NULL;
  gint64 kept_tva = query_int (f->store, "SELECT id FROM tasks WHERE period = '2027-02' AND step_id = 2002");
  int failed = 0;

  reopen (f, lt_project_get_id (saved), &project, &assignments);
  make_edit (assignments);

  /* the preview stores nothing */
  preview = lt_store_project_edit_preview (f->store, project, assignments, &failed, &error);
  g_assert_no_error (error);
  g_assert_cmpint (failed, ==, -1);
  after = snapshot (f->store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (preview->n_created, ==, 3);
  g_assert_cmpuint (preview->n_deleted, ==, 3 + 3 * 2);
  g_assert_cmpuint (preview->moves->len, ==, 0);

  edit = lt_store_project_edit_apply (f->store, project, assignments, &failed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (edit->n_created, ==, 3);
  g_assert_cmpuint (edit->n_deleted, ==, 9);
  summary = lt_project_edit_to_string (edit);
  g_assert_cmpstr (summary, ==, "Dupont SARL: 3 tasks created, 9 deleted, 0 moved");

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE step_id BETWEEN 1001 AND 1003"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE step_id BETWEEN 1011 AND 1013 AND staff_id = 1"), ==, 3);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM task_links l JOIN tasks t ON t.id = l.to_task_id"
                                        " WHERE t.step_id BETWEEN 1011 AND 1013"), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE step_id IN (2001, 2002)"), ==, 3 * 2);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE step_id = 2002 AND period > '2027-03'"), ==, 0);
  /* the TVA of February is the same task as before */
  g_assert_cmpint (query_int (f->store, "SELECT id FROM tasks WHERE period = '2027-02' AND step_id = 2002"), ==, kept_tva);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM assignments"), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT generated FROM projects"), ==, 1);
  g_assert_cmpint (lt_assignment_get_id (find (assignments, 101)), >, 0);
  /* the object is the stored project: it edits again */
  g_assert_cmpint (lt_project_get_revision (project), ==, query_int (f->store, "SELECT revision FROM projects"));

  /* an old copy is a conflict */
  g_clear_pointer (&edit, lt_project_edit_free);
  lt_project_set_revision (project, lt_project_get_revision (project) - 1);
  edit = lt_store_project_edit_apply (f->store, project, assignments, NULL, &error);
  g_assert_null (edit);
  g_assert_error (error, LT_ERROR, LT_ERROR_CONFLICT);
}

static void
test_moved (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(LtProject) saved = save_project (f);
  g_autoptr(LtProject) project = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autoptr(LtProjectEdit) preview = NULL;
  g_autoptr(LtProjectEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due = NULL;
  g_autofree char *send_on = NULL;
  gint64 request = query_int (f->store, "SELECT id FROM tasks WHERE step_id = 1001");

  reopen (f, lt_project_get_id (saved), &project, &assignments);
  /* the prestation 100 starts a week later: its three tasks move */
  lt_assignment_set_start_date (find (assignments, 100), "2027-01-11");

  preview = lt_store_project_edit_preview (f->store, project, assignments, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->moves->len, ==, 3);
  g_assert_cmpint (g_array_index (preview->moves, LtProjectTaskMove, 0).task_id, ==, request);
  g_assert_cmpstr (g_array_index (preview->moves, LtProjectTaskMove, 0).title, ==, "Statuts à jour");
  g_assert_cmpint (g_date_get_day (&g_array_index (preview->moves, LtProjectTaskMove, 0).old_due), ==, 6);
  g_assert_cmpint (g_date_get_day (&g_array_index (preview->moves, LtProjectTaskMove, 0).new_due), ==, 13);

  edit = lt_store_project_edit_apply (f->store, project, assignments, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (edit->moves->len, ==, 3);
  g_assert_cmpuint (edit->n_created, ==, 0);
  g_assert_cmpuint (edit->n_deleted, ==, 0);
  due = query_text (f->store, "SELECT due_date FROM tasks WHERE step_id = 1001");
  g_assert_cmpstr (due, ==, "2027-01-13");
  /* a demande not sent yet goes on its new start */
  send_on = query_text (f->store, "SELECT send_on FROM tasks WHERE step_id = 1001");
  g_assert_cmpstr (send_on, ==, "2027-01-11");
  g_assert_cmpint (query_int (f->store, "SELECT id FROM tasks WHERE step_id = 1001"), ==, request);
}

static void
test_started_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(LtProject) saved = save_project (f);
  g_autoptr(LtProject) project = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autoptr(LtProjectEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 request = query_int (f->store, "SELECT id FROM tasks WHERE step_id = 1001");

  g_assert_true (lt_store_requests_mark_sent (f->store, &request, 1, "2026-11-02", NULL));
  g_assert_true (lt_store_request_mark_answered (f->store, request, "2026-11-03", &error));
  g_assert_no_error (error);
  before = snapshot (f->store);

  reopen (f, lt_project_get_id (saved), &project, &assignments);
  make_edit (assignments);
  edit = lt_store_project_edit_apply (f->store, project, assignments, NULL, &error);
  g_assert_null (edit);
  g_assert_error (error, LT_ERROR, LT_ERROR_ASSIGNMENT_STARTED);
  g_assert_nonnull (strstr (error->message, "« Statuts à jour »"));
  g_assert_nonnull (strstr (error->message, "« Juridique »"));
  after = snapshot (f->store);
  g_assert_cmpstr (after, ==, before);
  /* the objects are as read: the user changes the edit and saves again */
  g_assert_cmpint (lt_assignment_get_id (g_ptr_array_index (assignments, assignments->len - 1)), ==, 0);
}

/* The disk goes away after 0, 1, 2… statements: each time nothing of the
 * edit is stored, then it goes through. */
static void
test_one_transaction (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(LtProject) saved = save_project (f);
  g_autofree char *before = snapshot (f->store);
  guint n_failures = 0;

  for (int n = 0; ; n++)
    {
      g_autoptr(LtProject) project = NULL;
      g_autoptr(GPtrArray) assignments = NULL;
      g_autoptr(LtProjectEdit) edit = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      reopen (f, lt_project_get_id (saved), &project, &assignments);
      make_edit (assignments);
      lt_assignment_set_start_date (find (assignments, 200), "2027-01-11");
      lt_project_set_staff_id (project, 3);

      lt_store_set_fail_after_statements (f->store, n);
      edit = lt_store_project_edit_apply (f->store, project, assignments, NULL, &error);
      lt_store_set_fail_after_statements (f->store, -1);
      if (edit != NULL)
        break;

      g_assert_error (error, LT_ERROR, LT_ERROR_IO);
      after = snapshot (f->store);
      g_assert_cmpstr (after, ==, before);
      n_failures++;
    }

  /* the edit runs many statements; each one was a place to fail */
  g_assert_cmpuint (n_failures, >, 20);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE done_on IS NULL AND staff_id <> 3"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks"), ==, 3 + 3 * 2);
}

static void
test_staff_required (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LtProject) project = lt_project_new ();
  g_autoptr(GPtrArray) assignments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LtProjectOutcome) outcome = NULL;
  g_autoptr(GError) error = NULL;

  lt_project_set_affaire_id (project, 1);
  lt_project_set_name (project, "Welyb");
  lt_project_set_start_date (project, "2027-01-04");
  lt_project_set_end_date (project, "2027-12-31");
  g_ptr_array_add (assignments, new_assignment (100, "2027-01-04", "2027-01-29"));

  outcome = lt_store_project_save (f->store, project, assignments, NULL, &error);
  g_assert_null (outcome);
  g_assert_error (error, LT_ERROR, LT_ERROR_STAFF_REQUIRED);
  g_assert_cmpstr (error->message, ==, "The project has no intervenant: choose who does its tasks.");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM projects"), ==, 0);
}

static void
test_late_tasks (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LtProject) project = lt_project_new ();
  g_autoptr(GPtrArray) assignments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) late = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *extend = NULL;
  g_autofree char *shorten = NULL;
  g_autofree char *warning = NULL;

  lt_project_set_affaire_id (project, 1);
  lt_project_set_name (project, "TVA");
  lt_project_set_start_date (project, "2027-01-04");
  lt_project_set_end_date (project, "2027-12-31");
  lt_project_set_staff_id (project, 1);
  g_ptr_array_add (assignments, new_assignment (200, "2027-01-04", "2027-12-31"));

  /* December's TVA is done in January 2028 */
  late = lt_store_project_late_tasks (f->store, project, assignments, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (late->len, ==, 2);
  g_assert_cmpstr (g_array_index (late, LtLateTask, 0).title, ==, "Préparer la TVA — décembre 2027");
  extend = lt_project_rules_late_extend_to ((LtLateTask *) (gpointer) late->data, late->len);
  g_assert_cmpstr (extend, ==, "2028-01-07");
  shorten = lt_project_rules_late_shorten_to ((LtLateTask *) (gpointer) late->data, late->len, 0, "2027-01-04");
  g_assert_cmpstr (shorten, ==, "2027-11-30");
  warning = lt_project_rules_late_warning ((LtLateTask *) (gpointer) late->data, late->len, "2027-12-31");
  g_assert_true (g_str_has_prefix (warning, "2 tasks are due after the end of the project (31/12/2027):\n"));

  /* shortened, nothing is late any more */
  g_clear_pointer (&late, g_array_unref);
  lt_assignment_set_end_date (g_ptr_array_index (assignments, 0), shorten);
  late = lt_store_project_late_tasks (f->store, project, assignments, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (late->len, ==, 0);
}

/* Prestations added by an edit are joined by the catalogue's links across
 * prestations, and the project's own links are kept with it. */
static void
test_cross_links_added (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(LtProject) saved = save_project (f);
  g_autoptr(LtProject) project = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autoptr(LtProjectEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *depot_due = NULL;
  g_autofree char *contrats_start = NULL;

  /* Social's first demande waits on Juridique's dépôt */
  lt_store_exec (f->store, "INSERT INTO step_cross_links (from_step_id, to_step_id, lag_days) VALUES (1003, 1011, 0)", &error);
  g_assert_no_error (error);

  reopen (f, lt_project_get_id (saved), &project, &assignments);
  g_ptr_array_remove (assignments, find (assignments, 100));
  edit = lt_store_project_edit_apply (f->store, project, assignments, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&edit, lt_project_edit_free);
  g_clear_object (&project);
  g_clear_pointer (&assignments, g_ptr_array_unref);

  /* both added again in one edit, starting the same day */
  reopen (f, lt_project_get_id (saved), &project, &assignments);
  g_ptr_array_add (assignments, new_assignment (100, "2027-02-01", "2027-02-26"));
  g_ptr_array_add (assignments, new_assignment (101, "2027-02-01", "2027-02-26"));
  edit = lt_store_project_edit_apply (f->store, project, assignments, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM task_links l JOIN tasks a ON a.id = l.from_task_id"
                                        " JOIN tasks b ON b.id = l.to_task_id WHERE a.step_id = 1003 AND b.step_id = 1011"), ==, 1);
  depot_due = query_text (f->store, "SELECT due_date FROM tasks WHERE step_id = 1003");
  contrats_start = query_text (f->store, "SELECT start_date FROM tasks WHERE step_id = 1011");
  g_assert_cmpstr (contrats_start, >=, depot_due);
}

/* A prestation added to a project that keeps the one it waits on is joined
 * to it; so is one whose dates an edit moves. */
static void
test_cross_links_kept (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(LtProject) saved = save_project (f);
  g_autoptr(LtProject) project = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autoptr(LtProjectEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *depot_due = NULL;
  g_autofree char *contrats_start = NULL;
  g_autofree char *dpae_start = NULL;

  /* Social's first demande waits on Juridique's dépôt (kept, due in January) */
  lt_store_exec (f->store, "INSERT INTO step_cross_links (from_step_id, to_step_id, lag_days) VALUES (1003, 1011, 0)", &error);
  g_assert_no_error (error);

  reopen (f, lt_project_get_id (saved), &project, &assignments);
  g_ptr_array_add (assignments, new_assignment (101, "2027-01-04", "2027-01-29"));
  edit = lt_store_project_edit_apply (f->store, project, assignments, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM task_links l JOIN tasks a ON a.id = l.from_task_id"
                                        " JOIN tasks b ON b.id = l.to_task_id WHERE a.step_id = 1003 AND b.step_id = 1011"), ==, 1);
  depot_due = query_text (f->store, "SELECT due_date FROM tasks WHERE step_id = 1003");
  contrats_start = query_text (f->store, "SELECT start_date FROM tasks WHERE step_id = 1011");
  g_assert_cmpstr (contrats_start, >=, depot_due);
  /* what follows the demande is pushed with it */
  dpae_start = query_text (f->store, "SELECT start_date FROM tasks WHERE step_id = 1012");
  g_assert_cmpstr (dpae_start, >, contrats_start);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE step_id = 1011 AND send_on = start_date"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/project-edit/difference", test_difference);
  ADD ("/project-edit/moved", test_moved);
  ADD ("/project-edit/started-refused", test_started_refused);
  ADD ("/project-edit/one-transaction", test_one_transaction);
  ADD ("/project-edit/staff-required", test_staff_required);
  ADD ("/project-edit/late-tasks", test_late_tasks);
  ADD ("/project-edit/cross-links-added", test_cross_links_added);
  ADD ("/project-edit/cross-links-kept", test_cross_links_kept);
#undef ADD

  return g_test_run ();
}
