/* test-project-store.c: saving a project generates its tasks and links in one transaction; the suivi's operations */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lt-error.h"
#include "lt-store-private.h"
#include "lt-store-project-ops.h"
#include "lt-store-task-list.h"
#include "lt-working-days.h"

#include "store-fixtures.h"

typedef struct {
  char    *dir;
  LtStore *store;
  guint    n_task_changes;
} Fixture;

static void
on_changed (LtStore       *store,
            const char    *table,
            gint64         id,
            LtStoreChange  change,
            Fixture       *f)
{
  if (g_str_equal (table, "tasks"))
    f->n_task_changes++;
}

/* 20 prestations (ids 100…119) of 10 steps each: the first a demande
 * d'information, then tâches of 2 days chained one after the other. One
 * monthly prestation (200) of 2 steps. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;

  f->store = store_fixture_open ("lt-project-store-XXXXXX", &f->dir, NULL);

  lt_store_exec (f->store,
                 "UPDATE firm SET name = 'Cabinet Lemaire' WHERE id = 1;"
                 "INSERT INTO staff (id, name, email, weekly_hours) VALUES (1, 'Claire Dubois', 'claire@lemaire.fr', 35);"
                 "INSERT INTO staff (id, name, active) VALUES (2, 'Paul Ancien', 0);"
                 "INSERT INTO affaires (id, state, name, letter_outside_date) VALUES (1, 'client', 'Dupont SARL', '2024-01-02'), (2, 'prospect', 'Martin SAS', NULL);"
                 "INSERT INTO contacts (affaire_id, name, email, is_signatory) VALUES (1, 'Jean Dupont', 'jean@dupont.fr', 1);"
                 "INSERT INTO categories (id, name) VALUES (1, 'Administratif');"
                 "INSERT INTO prestations (id, family_id, category_id, name, price_cents, recurrence)"
                 "  VALUES (200, 200, 1, 'Déclaration de TVA', 9000, 'monthly');"
                 "INSERT INTO steps (id, prestation_id, kind, title, delay_days, position)"
                 "  VALUES (2001, 200, 'task', 'Préparer la TVA', 3, 0), (2002, 200, 'task', 'Télédéclarer', 1, 1);"
                 "INSERT INTO step_links (from_step_id, to_step_id, lag_days) VALUES (2001, 2002, 0);",
                 &error);
  g_assert_no_error (error);

  g_assert_true (lt_store_begin (f->store, NULL));
  for (int p = 0; p < 20; p++)
    {
      stmt = lt_store_prepare (f->store, "INSERT INTO prestations (id, family_id, category_id, name, price_cents) VALUES (?1, ?1, 1, ?2, 50000)", NULL);
      sqlite3_bind_int (stmt, 1, 100 + p);
      sqlite3_bind_text (stmt, 2, g_strdup_printf ("Prestation %02d", p), -1, g_free);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);

      for (int s = 0; s < 10; s++)
        {
          stmt = lt_store_prepare (f->store, "INSERT INTO steps (id, prestation_id, kind, title, delay_days, position) VALUES (?, ?, ?, ?, ?, ?)", NULL);
          sqlite3_bind_int (stmt, 1, (100 + p) * 100 + s);
          sqlite3_bind_int (stmt, 2, 100 + p);
          sqlite3_bind_text (stmt, 3, s == 0 ? "request" : "task", -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 4, s == 0 ? g_strdup_printf ("Statuts à jour %02d", p) : g_strdup_printf ("Étape %d de %02d", s, p), -1, g_free);
          sqlite3_bind_int (stmt, 5, 2);
          sqlite3_bind_int (stmt, 6, s);
          g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);

          if (s > 0)
            {
              stmt = lt_store_prepare (f->store, "INSERT INTO step_links (from_step_id, to_step_id, lag_days) VALUES (?, ?, 0)", NULL);
              sqlite3_bind_int (stmt, 1, (100 + p) * 100 + s - 1);
              sqlite3_bind_int (stmt, 2, (100 + p) * 100 + s);
              g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
            }
        }
    }
  g_assert_true (lt_store_commit (f->store, NULL));

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  store_fixture_close (f->store, f->dir, NULL);
}

static LtProject *
new_project (gint64 affaire_id,
             gint64 staff_id)
{
  LtProject *project = lt_project_new ();

  lt_project_set_affaire_id (project, affaire_id);
  lt_project_set_name (project, "Entrée en relation");
  lt_project_set_start_date (project, "2027-01-04");
  lt_project_set_end_date (project, "2027-12-31");
  lt_project_set_staff_id (project, staff_id);

  return project;
}

static LtAssignment *
new_assignment (gint64      prestation_id,
                const char *start,
                const char *end,
                gint64      price_cents)
{
  LtAssignment *a = lt_assignment_new ();

  lt_assignment_set_prestation_id (a, prestation_id);
  lt_assignment_set_start_date (a, start);
  lt_assignment_set_end_date (a, end);
  lt_assignment_set_price_cents (a, price_cents);

  return a;
}

static GPtrArray *
twenty_assignments (void)
{
  GPtrArray *assignments = g_ptr_array_new_with_free_func (g_object_unref);

  for (int p = 0; p < 20; p++)
    g_ptr_array_add (assignments, new_assignment (100 + p, "2027-01-04", "2027-12-31", 50000));

  return assignments;
}

static gint64
task_id_of_step (Fixture *f,
                 int      step_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM tasks WHERE step_id = %d", step_id);

  return query_int (f->store, sql);
}

static void
test_two_hundred_tasks (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(LtProject) project = new_project (1, 1);
  g_autoptr(GPtrArray) assignments = twenty_assignments ();
  g_autoptr(LtProjectOutcome) outcome = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *due = NULL;
  int failed = 0;

  outcome = lt_store_project_save (f->store, project, assignments, &failed, &error);
  g_assert_no_error (error);
  g_assert_nonnull (outcome);
  g_assert_cmpint (failed, ==, -1);

  g_assert_cmpuint (outcome->n_tasks, ==, 180);
  g_assert_cmpuint (outcome->n_requests, ==, 20);
  g_assert_cmpuint (outcome->n_late, ==, 0);
  summary = lt_project_outcome_to_string (outcome);
  g_assert_cmpstr (summary, ==, "180 tasks created, 20 demandes to send to Dupont SARL, each on its date");

  g_assert_cmpint (lt_project_get_id (project), >, 0);
  g_assert_true (lt_project_get_generated (project));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks"), ==, 200);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM task_links"), ==, 180);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM assignments"), ==, 20);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE staff_id = 1 AND affaire_id = 1"), ==, 200);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE kind = 'request' AND sent_on IS NULL"
                                            " AND send_on = start_date"), ==, 20);
  g_assert_cmpint (query_int (f->store, "SELECT generated FROM projects"), ==, 1);
  g_assert_cmpuint (f->n_task_changes, ==, 200);

  /* Links follow the steps': every task but the demande has one predecessor
   * of the same prestation. */
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM task_links l JOIN tasks a ON a.id = l.from_task_id"
                              " JOIN tasks b ON b.id = l.to_task_id WHERE a.assignment_id = b.assignment_id"
                              " AND b.step_id = a.step_id + 1"), ==, 180);

  /* Scheduled on working days from Monday 4 January 2027: the demande is
   * due on the 6th, step 9 eighteen working days later, on 1 February. */
  due = query_text (f->store, "SELECT due_date FROM tasks WHERE step_id = 10000");
  g_assert_cmpstr (due, ==, "2027-01-06");
  g_clear_pointer (&due, g_free);
  due = query_text (f->store, "SELECT due_date FROM tasks WHERE step_id = 10009");
  g_assert_cmpstr (due, ==, "2027-02-01");

  /* saving it again is refused: its tasks exist */
  g_clear_pointer (&outcome, lt_project_outcome_free);
  outcome = lt_store_project_generate (f->store, lt_project_get_id (project), &error);
  g_assert_null (outcome);
  g_assert_error (error, LT_ERROR, LT_ERROR_ALREADY_GENERATED);
}

static void
test_all_or_nothing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LtProject) project = new_project (1, 1);
  g_autoptr(GPtrArray) assignments = twenty_assignments ();
  g_autoptr(LtProjectOutcome) outcome = NULL;
  g_autoptr(GError) error = NULL;

  /* the disk goes away half-way through the tasks */
  lt_store_set_fail_after_statements (f->store, 150);
  outcome = lt_store_project_save (f->store, project, assignments, NULL, &error);
  lt_store_set_fail_after_statements (f->store, -1);

  g_assert_null (outcome);
  g_assert_error (error, LT_ERROR, LT_ERROR_IO);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM task_links"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM assignments"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM projects"), ==, 0);
  g_assert_cmpuint (f->n_task_changes, ==, 0);
  g_assert_cmpint (lt_project_get_id (project), ==, 0);
  g_assert_false (lt_project_get_generated (project));
  g_clear_error (&error);

  /* and the same objects save once the disk is back */
  outcome = lt_store_project_save (f->store, project, assignments, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks"), ==, 200);
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) assignments = twenty_assignments ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LtProjectOutcome) outcome = NULL;
  int failed = -1;

  {
    g_autoptr(LtProject) prospect = new_project (2, 1);

    outcome = lt_store_project_save (f->store, prospect, assignments, &failed, &error);
    g_assert_error (error, LT_ERROR, LT_ERROR_NOT_A_CLIENT);
    g_assert_nonnull (strstr (error->message, "Martin SAS"));
    g_assert_cmpint (failed, ==, -1);
    g_clear_error (&error);
  }

  {
    g_autoptr(LtProject) gone = new_project (1, 2);

    outcome = lt_store_project_save (f->store, gone, assignments, &failed, &error);
    g_assert_error (error, LT_ERROR, LT_ERROR_STAFF_INACTIVE);
    g_assert_nonnull (strstr (error->message, "Paul Ancien"));
    g_clear_error (&error);
  }

  {
    g_autoptr(LtProject) project = new_project (1, 1);

    lt_assignment_set_price_cents (g_ptr_array_index (assignments, 3), 0);
    outcome = lt_store_project_save (f->store, project, assignments, &failed, &error);
    g_assert_error (error, LT_ERROR, LT_ERROR_PRICE_REQUIRED);
    g_assert_nonnull (strstr (error->message, "Prestation 03"));
    g_assert_cmpint (failed, ==, 3);
    g_clear_error (&error);
    lt_assignment_set_price_cents (g_ptr_array_index (assignments, 3), 100);

    lt_project_set_end_date (project, "2027-03-31");
    lt_assignment_set_end_date (g_ptr_array_index (assignments, 0), "2027-03-31");
    outcome = lt_store_project_save (f->store, project, assignments, &failed, &error);
    g_assert_error (error, LT_ERROR, LT_ERROR_DATE_AFTER_PROJECT_END);
    g_assert_cmpint (failed, ==, 1);
    g_assert_nonnull (strstr (error->message, "31/12/2027"));
    g_assert_nonnull (strstr (error->message, "31/03/2027"));
    g_clear_error (&error);
  }

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM projects"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks"), ==, 0);
}

static void
test_statuses_follow_links (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(LtProject) project = new_project (1, 1);
  g_autoptr(GPtrArray) assignments = twenty_assignments ();
  g_autoptr(LtProjectOutcome) outcome = lt_store_project_save (f->store, project, assignments, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) request = NULL;
  g_autoptr(LtTask) first = NULL;
  g_autoptr(LtTask) second = NULL;
  gint64 request_id = task_id_of_step (f, 10000);
  gint64 first_id = task_id_of_step (f, 10001);
  gint64 second_id = task_id_of_step (f, 10002);

  g_assert_nonnull (outcome);
  request = lt_store_task_load (f->store, request_id, NULL);
  first = lt_store_task_load (f->store, first_id, NULL);
  second = lt_store_task_load (f->store, second_id, NULL);
  /* « à envoyer » until its date: not sent on save */
  g_assert_cmpint (lt_task_get_status (request), ==, LT_TASK_STATUS_TODO);
  g_assert_null (lt_task_get_sent_on (request));
  g_assert_cmpstr (lt_task_get_send_on (request), ==, lt_task_get_start_date (request));
  g_assert_true (lt_store_requests_mark_sent (f->store, &request_id, 1, lt_task_get_send_on (request), &error));
  g_assert_no_error (error);
  g_clear_object (&request);
  request = lt_store_task_load (f->store, request_id, NULL);
  g_assert_cmpint (lt_task_get_status (request), ==, LT_TASK_STATUS_SENT);
  g_assert_cmpint (lt_task_get_status (first), ==, LT_TASK_STATUS_WAITING_CLIENT);
  g_assert_cmpint (lt_task_get_status (second), ==, LT_TASK_STATUS_BLOCKED);
  g_assert_cmpstr (lt_task_get_affaire_name (first), ==, "Dupont SARL");
  g_assert_cmpstr (lt_task_get_prestation_name (first), ==, "Prestation 00");
  g_assert_cmpstr (lt_task_get_staff_name (first), ==, "Claire Dubois");

  /* the tâche waiting on the client refuses « terminée », naming the demande */
  g_assert_false (lt_store_task_mark_done (f->store, first_id, 0, "2027-01-05", FALSE, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_TASK_BLOCKED);
  g_assert_nonnull (strstr (error->message, "« Statuts à jour 00 »"));
  g_clear_error (&error);

  /* the next one is blocked by the first */
  g_assert_false (lt_store_task_mark_done (f->store, second_id, 0, NULL, FALSE, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_TASK_BLOCKED);
  g_assert_nonnull (strstr (error->message, "« Étape 1 de 00 »"));
  g_clear_error (&error);

  /* the client answers: the first can be done, which frees the second */
  g_assert_true (lt_store_request_mark_answered (f->store, request_id, "2027-01-05", &error));
  g_assert_no_error (error);
  g_clear_object (&first);
  first = lt_store_task_load (f->store, first_id, NULL);
  g_assert_cmpint (lt_task_get_status (first), ==, LT_TASK_STATUS_TODO);
  g_assert_true (lt_store_task_mark_done (f->store, first_id, lt_task_get_revision (first), "2027-01-06", FALSE, &error));
  g_assert_no_error (error);
  g_clear_object (&second);
  second = lt_store_task_load (f->store, second_id, NULL);
  g_assert_cmpint (lt_task_get_status (second), ==, LT_TASK_STATUS_TODO);

  /* a stale revision is refused */
  g_assert_false (lt_store_task_reopen (f->store, first_id, lt_task_get_revision (first), &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONFLICT);
  g_clear_error (&error);

  /* reopened, the second is blocked again */
  g_assert_true (lt_store_task_reopen (f->store, first_id, 0, &error));
  g_clear_object (&second);
  second = lt_store_task_load (f->store, second_id, NULL);
  g_assert_cmpint (lt_task_get_status (second), ==, LT_TASK_STATUS_BLOCKED);

  /* reassign: not to a deactivated intervenant */
  g_assert_false (lt_store_task_reassign (f->store, second_id, 0, 2, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_STAFF_INACTIVE);
  g_clear_error (&error);
  g_assert_true (lt_store_task_reassign (f->store, second_id, 0, 0, &error));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE staff_id IS NULL"), ==, 1);
}

static void
test_reschedule (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LtProject) project = new_project (1, 1);
  g_autoptr(GPtrArray) assignments = twenty_assignments ();
  g_autoptr(LtProjectOutcome) outcome = lt_store_project_save (f->store, project, assignments, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) moves = NULL;
  g_autofree char *due = NULL;
  gint64 step1 = task_id_of_step (f, 10101);

  g_assert_nonnull (outcome);
  lt_store_request_mark_answered (f->store, task_id_of_step (f, 10100), NULL, NULL);

  /* step 1 of prestation 01: 6 → 8 January; moved to Tuesday 12 the eight
   * tâches after it move two working days */
  moves = lt_store_task_preview_reschedule (f->store, step1, "2027-01-12", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (moves->len, ==, 8);
  for (guint i = 0; i < moves->len; i++)
    g_assert_cmpint (g_array_index (moves, LtScheduleMove, i).shift_days, ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE step_id = 10109 AND due_date = '2027-02-01'"), ==, 1);

  g_assert_true (lt_store_task_change_due_date (f->store, step1, 0, "2027-01-12", TRUE, &error));
  g_assert_no_error (error);
  due = query_text (f->store, "SELECT due_date FROM tasks WHERE step_id = 10109");
  g_assert_cmpstr (due, ==, "2027-02-03");
  g_clear_pointer (&due, g_free);

  /* done three working days late: its successors move when asked */
  g_assert_true (lt_store_task_mark_done (f->store, step1, 0, "2027-01-15", TRUE, &error));
  g_assert_no_error (error);
  due = query_text (f->store, "SELECT due_date FROM tasks WHERE step_id = 10109");
  g_assert_cmpstr (due, ==, "2027-02-08");
  g_clear_pointer (&due, g_free);

  /* other prestations did not move */
  due = query_text (f->store, "SELECT due_date FROM tasks WHERE step_id = 10209");
  g_assert_cmpstr (due, ==, "2027-02-01");
}

static void
test_requests (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LtProject) project = new_project (1, 1);
  g_autoptr(GPtrArray) assignments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LtProjectOutcome) outcome = NULL;
  g_autoptr(GListModel) pending = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *body = NULL;
  g_autofree char *sent = NULL;
  gint64 ids[1];

  g_ptr_array_add (assignments, new_assignment (100, "2027-01-04", "2027-06-30", 100));
  g_ptr_array_add (assignments, new_assignment (101, "2027-01-04", "2027-06-30", 100));
  outcome = lt_store_project_save (f->store, project, assignments, NULL, &error);
  g_assert_no_error (error);

  pending = lt_store_list_pending_requests (f->store, 1);
  g_assert_cmpuint (g_list_model_get_n_items (pending), ==, 2);

  uri = lt_store_requests_mailto (f->store, 1, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (uri, "mailto:jean@dupont.fr?subject="));
  body = g_uri_unescape_string (strstr (uri, "body=") + 5, NULL);
  g_assert_nonnull (strstr (body, "- Statuts à jour 00"));
  g_assert_nonnull (strstr (body, "- Statuts à jour 01"));
  g_assert_nonnull (strstr (body, "Cabinet Lemaire"));

  ids[0] = task_id_of_step (f, 10000);
  g_assert_true (lt_store_requests_mark_sent (f->store, ids, 1, "2027-01-08", &error));
  g_assert_no_error (error);
  sent = query_text (f->store, "SELECT sent_on FROM tasks WHERE step_id = 10000");
  g_assert_cmpstr (sent, ==, "2027-01-08");

  g_assert_true (lt_store_request_mark_answered (f->store, ids[0], "2027-01-09", &error));
  g_clear_object (&pending);
  pending = lt_store_list_pending_requests (f->store, 1);
  g_assert_cmpuint (g_list_model_get_n_items (pending), ==, 1);

  /* a tâche is not a demande */
  g_assert_false (lt_store_request_mark_answered (f->store, task_id_of_step (f, 10001), NULL, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_TRANSITION);
}

/* The command line's path: create, assign one by one, then generate. */
static void
test_create_assign_generate (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(LtProject) project = new_project (1, 1);
  g_autoptr(LtAssignment) tva = new_assignment (200, "2027-01-04", "2027-03-31", 9000);
  g_autoptr(LtAssignment) late = new_assignment (200, "2027-01-04", "2028-01-31", 9000);
  g_autoptr(LtProjectOutcome) outcome = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) weeks = NULL;

  lt_project_set_end_date (project, "2027-03-31");
  g_assert_true (lt_store_project_create (f->store, project, &error));
  g_assert_no_error (error);

  lt_assignment_set_project_id (late, lt_project_get_id (project));
  g_assert_false (lt_store_project_assign (f->store, late, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DATE_AFTER_PROJECT_END);
  g_clear_error (&error);

  lt_assignment_set_project_id (tva, lt_project_get_id (project));
  g_assert_true (lt_store_project_assign (f->store, tva, &error));
  g_assert_no_error (error);

  outcome = lt_store_project_generate (f->store, lt_project_get_id (project), &error);
  g_assert_no_error (error);
  /* monthly: January, February, March — two tâches each */
  g_assert_cmpuint (outcome->n_tasks, ==, 6);
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT period) FROM tasks"), ==, 3);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM task_links"), ==, 3);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE period = '2027-02' AND start_date = '2027-03-01'"), ==, 1);

  g_assert_false (lt_store_project_assign (f->store, tva, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_ALREADY_GENERATED);
  g_clear_error (&error);

  weeks = lt_store_workload (f->store, "2027-01-01", "2027-12-31", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (weeks->len, >=, 3);
  g_assert_cmpint (g_array_index (weeks, LtWorkloadWeek, 0).capacity_hours, ==, 35);
}

static guint
count_suivi (LtStore            *store,
             const LtTaskFilter *filter)
{
  g_autoptr(LtQueryModel) model = lt_store_list_suivi (store, filter);

  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

/* The suivi's filters, all in SQL. */
static void
test_suivi_filters (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LtProject) project = new_project (1, 1);
  g_autoptr(GPtrArray) assignments = twenty_assignments ();
  g_autoptr(LtProjectOutcome) outcome = lt_store_project_save (f->store, project, assignments, NULL, NULL);
  g_autoptr(LtQueryModel) model = NULL;
  g_autoptr(LtTask) first = NULL;
  g_autoptr(GError) error = NULL;
  LtTaskFilter filter = LT_TASK_FILTER_INIT;

  g_assert_nonnull (outcome);
  g_assert_cmpuint (count_suivi (f->store, NULL), ==, 200);

  /* sorted by due date: the demandes (6 January) come first */
  model = lt_store_list_suivi (f->store, &filter);
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpint (lt_task_get_kind (first), ==, LT_STEP_KIND_REQUEST);
  g_assert_cmpstr (lt_task_get_due_date (first), ==, "2027-01-06");
  g_assert_cmpstr (lt_task_get_affaire_name (first), ==, "Dupont SARL");

  filter.status = LT_TASK_STATUS_WAITING_CLIENT;
  g_assert_cmpuint (count_suivi (f->store, &filter), ==, 20);
  filter.status = LT_TASK_STATUS_BLOCKED;
  g_assert_cmpuint (count_suivi (f->store, &filter), ==, 160);
  /* the demandes are « à envoyer » (to do) until their date, none sent */
  filter.status = LT_TASK_STATUS_SENT;
  g_assert_cmpuint (count_suivi (f->store, &filter), ==, 0);
  filter.status = LT_TASK_STATUS_TODO;
  g_assert_cmpuint (count_suivi (f->store, &filter), ==, 20);
  filter.status = LT_TASK_STATUS_DONE;
  g_assert_cmpuint (count_suivi (f->store, &filter), ==, 0);
  filter.status = -1;

  filter.search = "ÉTAPE 3 de 07";
  g_assert_cmpuint (count_suivi (f->store, &filter), ==, 1);
  filter.search = "dupont etape";
  g_assert_cmpuint (count_suivi (f->store, &filter), ==, 180);
  filter.search = NULL;

  filter.affaire_id = 2;
  g_assert_cmpuint (count_suivi (f->store, &filter), ==, 0);
  filter.affaire_id = 1;
  filter.staff_id = 1;
  g_assert_cmpuint (count_suivi (f->store, &filter), ==, 200);
  filter.staff_id = 3;
  g_assert_cmpuint (count_suivi (f->store, &filter), ==, 0);
  filter.staff_id = 0;

  /* on Thursday 7 January the 20 demandes (due the 6th) are overdue; this
   * week holds them and the first tâches (due Friday 8) */
  filter.today = "2027-01-07";
  filter.overdue = TRUE;
  g_assert_cmpuint (count_suivi (f->store, &filter), ==, 20);
  filter.overdue = FALSE;
  filter.this_week = TRUE;
  g_assert_cmpuint (count_suivi (f->store, &filter), ==, 40);

  /* the list follows the store: a demande answered leaves « overdue » */
  filter.this_week = FALSE;
  filter.overdue = TRUE;
  g_assert_true (lt_store_suivi_set_filter (model, &filter, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 20);
  lt_store_request_mark_answered (f->store, task_id_of_step (f, 10000), NULL, NULL);
  g_assert_true (lt_query_model_refresh (model, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 19);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/project-store/two-hundred-tasks", test_two_hundred_tasks);
  ADD ("/project-store/all-or-nothing", test_all_or_nothing);
  ADD ("/project-store/refusals", test_refusals);
  ADD ("/project-store/statuses-follow-links", test_statuses_follow_links);
  ADD ("/project-store/reschedule", test_reschedule);
  ADD ("/project-store/requests", test_requests);
  ADD ("/project-store/create-assign-generate", test_create_assign_generate);
  ADD ("/project-store/suivi-filters", test_suivi_filters);
#undef ADD

  return g_test_run ();
}
