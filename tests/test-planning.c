/* test-planning.c: what a project's dates are computed from — the client's exercice, the month of the work, the day a demande goes out, a late answer */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "lt-error.h"
#include "lt-schedule.h"
#include "lt-store-private.h"
#include "lt-store-affaires.h"
#include "lt-store-project-ops.h"
#include "lt-working-days.h"

#include "store-fixtures.h"

typedef struct {
  char    *dir;
  LtStore *store;
} Fixture;

/* The due date of the task titled @title (exactly), or "" */
static char *
due_of (LtStore    *store,
        gint64      affaire_id,
        const char *title)
{
  sqlite3_stmt *stmt = lt_store_prepare (store, "SELECT due_date FROM tasks WHERE affaire_id = ?1 AND title = ?2", NULL);
  char *value = g_strdup ("");

  g_assert_nonnull (stmt);
  sqlite3_bind_int64 (stmt, 1, affaire_id);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_free (value);
      value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_reset (stmt);

  return value;
}

#define assert_due(store, affaire, title, expected) G_STMT_START { \
  g_autofree char *__due = due_of ((store), (affaire), (title));     \
  g_assert_cmpstr (__due, ==, (expected));                           \
} G_STMT_END

/* The demo's catalogue: « Tenue comptable mensuelle » (300) and « Bilan
 * annuel » (400) with their délais and links; Dupont closes on 31/12, Le
 * Bistrot on 30/06. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = store_fixture_open ("lt-planning-XXXXXX", &f->dir, NULL);

  lt_store_exec (f->store,
                 "INSERT INTO staff (id, name, email, weekly_hours) VALUES (1, 'Claire Dubois', 'claire@lemaire.fr', 35);"
                 "INSERT INTO affaires (id, state, name, fiscal_year_end) VALUES"
                 "  (1, 'client', 'Dupont SARL', '12-31'), (2, 'client', 'Le Bistrot', '06-30');"
                 "UPDATE affaires SET letter_outside_date = '2020-01-02', letter_outside_reference = 'LM-2020-1';"
                 "INSERT INTO categories (id, name) VALUES (1, 'Comptabilité');"
                 "INSERT INTO prestations (id, family_id, category_id, name, price_cents, recurrence) VALUES"
                 "  (300, 300, 1, 'Tenue comptable mensuelle', 32000, 'monthly'),"
                 "  (400, 400, 1, 'Bilan annuel', 180000, 'yearly');"
                 "INSERT INTO steps (id, prestation_id, kind, title, delay_days, position) VALUES"
                 "  (3001, 300, 'request', 'Relevés bancaires', 5, 0),"
                 "  (3002, 300, 'request', 'Factures', 5, 1),"
                 "  (3003, 300, 'task', 'Saisie', 3, 2),"
                 "  (3004, 300, 'task', 'Rapprochement', 1, 3),"
                 "  (3005, 300, 'task', 'TVA', 1, 4),"
                 "  (4001, 400, 'request', 'Inventaire', 10, 0),"
                 "  (4002, 400, 'request', 'Attestations bancaires', 10, 1),"
                 "  (4003, 400, 'task', 'Révision', 10, 2),"
                 "  (4004, 400, 'task', 'Comptes annuels', 3, 3),"
                 "  (4005, 400, 'task', 'Liasse', 2, 4),"
                 "  (4006, 400, 'task', 'Présentation', 1, 5);"
                 "INSERT INTO step_links (from_step_id, to_step_id, lag_days) VALUES"
                 "  (3002, 3003, 0), (3001, 3004, 0), (3003, 3004, 0), (3003, 3005, 0),"
                 "  (4001, 4003, 0), (4002, 4003, 0), (4003, 4004, 0), (4003, 4005, 0), (4004, 4006, 2);",
                 &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  store_fixture_close (f->store, f->dir, NULL);
}

static LtProjectOutcome *
save (Fixture    *f,
      gint64      affaire_id,
      gint64      prestation_id,
      const char *start,
      const char *end)
{
  g_autoptr(LtProject) project = lt_project_new ();
  g_autoptr(GPtrArray) assignments = g_ptr_array_new_with_free_func (g_object_unref);
  LtAssignment *a = lt_assignment_new ();
  g_autoptr(GError) error = NULL;
  LtProjectOutcome *outcome;

  lt_project_set_affaire_id (project, affaire_id);
  lt_project_set_name (project, "Mission");
  lt_project_set_start_date (project, start);
  lt_project_set_end_date (project, end);
  lt_project_set_staff_id (project, 1);
  lt_assignment_set_prestation_id (a, prestation_id);
  lt_assignment_set_start_date (a, start);
  lt_assignment_set_end_date (a, end);
  lt_assignment_set_price_cents (a, 100);
  g_ptr_array_add (assignments, a);

  outcome = lt_store_project_save (f->store, project, assignments, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (outcome);

  return outcome;
}

/* The case: Bilan annuel assigned from 15/12/2026 to 15/02/2027.
 * Dupont (31/12) gets one bilan, the exercice closed on 31/12/2026's:
 * demandes due Friday 15 January 2027 (10 working days after the clôture,
 * 1er janvier off), révision Friday 29 January, comptes annuels Wednesday
 * 3 February, liasse Tuesday 2, présentation Monday 8 February. Le Bistrot
 * (30/06) gets one bilan, after its clôture of 30/06/2027 — none in January:
 * demandes Thursday 15 July (14 juillet off), comptes annuels Tuesday 3
 * August, présentation Friday 6 August, all after the assignment (late). */
static void
test_yearly_follows_the_closing (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(LtProjectOutcome) dupont = save (f, 1, 400, "2026-12-15", "2027-02-15");
  g_autoptr(LtProjectOutcome) bistrot = save (f, 2, 400, "2026-12-15", "2027-02-15");

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE affaire_id = 1"), ==, 6);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE affaire_id = 2"), ==, 6);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE period = '2026-12-31'"), ==, 6);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE period = '2027-06-30'"), ==, 6);

  assert_due (f->store, 1, "Inventaire — exercice clos le 31/12/2026", "2027-01-15");
  assert_due (f->store, 1, "Révision — exercice clos le 31/12/2026", "2027-01-29");
  assert_due (f->store, 1, "Comptes annuels — exercice clos le 31/12/2026", "2027-02-03");
  assert_due (f->store, 1, "Liasse — exercice clos le 31/12/2026", "2027-02-02");
  assert_due (f->store, 1, "Présentation — exercice clos le 31/12/2026", "2027-02-08");
  g_assert_cmpuint (dupont->n_late, ==, 0);

  assert_due (f->store, 2, "Inventaire — exercice clos le 30/06/2027", "2027-07-15");
  assert_due (f->store, 2, "Comptes annuels — exercice clos le 30/06/2027", "2027-08-03");
  assert_due (f->store, 2, "Présentation — exercice clos le 30/06/2027", "2027-08-06");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE affaire_id = 2 AND due_date < '2027-07-01'"), ==, 0);
  g_assert_cmpuint (bistrot->n_late, ==, 6);
}

/* A year of monthly work from 1 January 2027: twelve chains, each once its
 * month is over, titled after the month. November's demandes go out on
 * Wednesday 1 December and are due Wednesday 8; its TVA is due Tuesday 14
 * December. October's demandes go on Tuesday 2 November (1er novembre
 * off), its TVA is due Tuesday 16 (11 novembre off). April's TVA: Tuesday
 * 18 May (Ascension 6 May, Whit Monday 17 May). */
static void
test_monthly_after_the_month (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(LtProjectOutcome) outcome = save (f, 1, 300, "2027-01-01", "2027-12-31");
  const char * const tva[] = {
    "2027-02-12", "2027-03-12", "2027-04-14", "2027-05-18", "2027-06-14", "2027-07-15",
    "2027-08-13", "2027-09-14", "2027-10-14", "2027-11-16", "2027-12-14", "2028-01-14",
  };

  g_assert_cmpuint (outcome->n_tasks, ==, 36);
  g_assert_cmpuint (outcome->n_requests, ==, 24);

  for (guint m = 0; m < 12; m++)
    {
      g_autofree char *title = g_strdup_printf ("TVA — %s 2027", lt_date_month_french (m + 1));

      assert_due (f->store, 1, title, tva[m]);
    }

  assert_due (f->store, 1, "Relevés bancaires — novembre 2027", "2027-12-08");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE period = '2027-11' AND kind = 'request'"
                                        " AND start_date = '2027-12-01' AND send_on = '2027-12-01'"), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE period = '2027-10' AND kind = 'request'"
                                        " AND send_on = '2027-11-02'"), ==, 2);
  /* nothing of a month is due before the month is over */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE start_date <= date (period || '-01', '+1 month', '-1 day')"), ==, 0);
}

/* Saving sends nothing: each demande is « à envoyer » until its date, and
 * only those whose date has come are due to send; one sent or answered no
 * longer is. */
static void
test_requests_due (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(LtProjectOutcome) outcome = save (f, 1, 300, "2027-01-01", "2027-12-31");
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) january = NULL;
  g_autoptr(GPtrArray) december = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 first_id;

  g_assert_cmpuint (outcome->n_requests, ==, 24);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE sent_on IS NOT NULL"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE kind = 'request' AND send_on IS NULL"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE kind = 'task' AND send_on IS NOT NULL"), ==, 0);

  none = lt_store_list_requests_due (f->store, "2027-01-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);

  /* January's two demandes go on Monday 1 February */
  january = lt_store_list_requests_due (f->store, "2027-02-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (january->len, ==, 2);
  g_assert_cmpstr (lt_task_get_send_on (g_ptr_array_index (january, 0)), ==, "2027-02-01");
  g_assert_cmpstr (lt_task_get_period (g_ptr_array_index (january, 0)), ==, "2027-01");
  g_assert_null (lt_task_get_sent_on (g_ptr_array_index (january, 0)));
  g_assert_cmpint (lt_task_get_status (g_ptr_array_index (january, 0)), ==, LT_TASK_STATUS_TODO);

  /* one sent, one answered before it went: neither is due any more */
  first_id = lt_task_get_id (g_ptr_array_index (january, 0));
  g_assert_true (lt_store_requests_mark_sent (f->store, &first_id, 1, "2027-02-01", &error));
  g_assert_no_error (error);
  g_assert_true (lt_store_request_mark_answered (f->store, lt_task_get_id (g_ptr_array_index (january, 1)), "2027-01-29", &error));
  g_assert_no_error (error);

  /* by 1 December, eleven months' demandes are due, January's gone */
  december = lt_store_list_requests_due (f->store, "2027-12-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (december->len, ==, 20);
  g_assert_cmpstr (lt_task_get_period (g_ptr_array_index (december, 0)), ==, "2027-02");
  g_assert_cmpstr (lt_task_get_period (g_ptr_array_index (december, 19)), ==, "2027-11");
  for (guint i = 1; i < december->len; i++)
    g_assert_cmpstr (lt_task_get_send_on (g_ptr_array_index (december, i - 1)), <=,
                     lt_task_get_send_on (g_ptr_array_index (december, i)));

  after = lt_store_list_requests_due (f->store, "2028-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, 22);

  g_assert_null (lt_store_list_requests_due (f->store, "1er décembre", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_DATE);
}

/* The case: a demande due Friday 2 April 2027 (4 working days from
 * Friday 26 March, Easter Monday 29 March off) answered Thursday 8 April,
 * 4 working days late. The tâche after it (6 days: due Monday 12 April)
 * becomes due Friday 16 April, and the next one (1 day after it) Monday 19
 * instead of Tuesday 13 — shown first, then written with the answer. */
static void
test_late_answer_moves_successors (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(LtProjectOutcome) outcome = NULL;
  g_autoptr(GArray) moves = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) request = NULL;
  gint64 request_id;

  lt_store_exec (f->store,
                 "INSERT INTO prestations (id, family_id, category_id, name, price_cents) VALUES (500, 500, 1, 'Reprise', 1000);"
                 "INSERT INTO steps (id, prestation_id, kind, title, delay_days, position) VALUES"
                 "  (5001, 500, 'request', 'Grand livre', 4, 0), (5002, 500, 'task', 'À-nouveaux', 6, 1),"
                 "  (5003, 500, 'task', 'Contrôle', 1, 2);"
                 "INSERT INTO step_links (from_step_id, to_step_id, lag_days) VALUES (5001, 5002, 0), (5002, 5003, 0);",
                 &error);
  g_assert_no_error (error);
  outcome = save (f, 1, 500, "2027-03-26", "2027-06-30");
  request_id = query_int (f->store, "SELECT id FROM tasks WHERE step_id = 5001");

  assert_due (f->store, 1, "Grand livre", "2027-04-02");
  assert_due (f->store, 1, "À-nouveaux", "2027-04-12");
  assert_due (f->store, 1, "Contrôle", "2027-04-13");

  moves = lt_store_task_preview_reschedule (f->store, request_id, "2027-04-08", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (moves->len, ==, 2);
  g_assert_cmpint (g_array_index (moves, LtScheduleMove, 0).shift_days, ==, 4);

  /* sent on its date, answered late: both successors move, in one go */
  g_assert_true (lt_store_requests_mark_sent (f->store, &request_id, 1, "2027-03-26", &error));
  g_assert_no_error (error);
  g_assert_true (lt_store_request_mark_answered (f->store, request_id, "2027-04-08", &error));
  g_assert_no_error (error);
  assert_due (f->store, 1, "À-nouveaux", "2027-04-16");
  assert_due (f->store, 1, "Contrôle", "2027-04-19");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE start_date = '2027-04-08' AND step_id = 5002"), ==, 1);

  /* answered on time, nothing moves */
  g_assert_true (lt_store_task_reopen (f->store, request_id, 0, &error));
  g_assert_no_error (error);
  lt_store_exec (f->store, "UPDATE tasks SET start_date = '2027-04-02', due_date = '2027-04-12' WHERE step_id = 5002;"
                           "UPDATE tasks SET start_date = '2027-04-12', due_date = '2027-04-13' WHERE step_id = 5003;", &error);
  g_assert_no_error (error);
  g_assert_true (lt_store_request_mark_answered (f->store, request_id, "2027-04-02", &error));
  g_assert_no_error (error);
  assert_due (f->store, 1, "À-nouveaux", "2027-04-12");

  /* the answer refused (before the project) moves nothing either */
  g_assert_true (lt_store_task_reopen (f->store, request_id, 0, &error));
  request = lt_store_task_load (f->store, request_id, NULL);
  g_assert_nonnull (request);
  g_assert_false (lt_store_request_mark_answered (f->store, request_id, "2027-03-01", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DATE_TOO_EARLY);
  assert_due (f->store, 1, "Contrôle", "2027-04-13");
}

/* The cabinet in Alsace-Moselle: its setting is stored, read again when the
 * database opens, and the due dates count Vendredi saint (26 March 2027):
 * a one-day tâche from Thursday 25 March is due Tuesday 30 (Easter Monday
 * off), Friday 26 elsewhere. Another database has its own setting. */
static void
test_alsace_moselle (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LtFirm) firm = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "test.db", NULL);
  g_autofree char *other_path = g_build_filename (f->dir, "other.db", NULL);
  g_autoptr(LtProjectOutcome) france = NULL;
  g_autoptr(LtProjectOutcome) alsace = NULL;
  g_autoptr(LtStore) other = NULL;

  lt_store_exec (f->store,
                 "INSERT INTO prestations (id, family_id, category_id, name, price_cents) VALUES (600, 600, 1, 'Inventaire', 1000);"
                 "INSERT INTO steps (id, prestation_id, kind, title, delay_days, position) VALUES (6001, 600, 'task', 'Compter', 1, 0);",
                 &error);
  g_assert_no_error (error);
  g_assert_false (lt_working_days_get_alsace_moselle ());
  france = save (f, 1, 600, "2027-03-25", "2027-04-30");
  assert_due (f->store, 1, "Compter", "2027-03-26");

  firm = lt_store_get_firm (f->store, &error);
  g_assert_no_error (error);
  lt_firm_set_alsace_moselle (firm, TRUE);
  g_assert_true (lt_store_update_firm (f->store, firm, &error));
  g_assert_no_error (error);
  g_assert_true (lt_working_days_get_alsace_moselle ());

  /* read again on opening: a fresh connection of the same file */
  g_clear_object (&f->store);
  other = lt_store_open (other_path, &error);
  g_assert_no_error (error);
  g_assert_false (lt_working_days_get_alsace_moselle ());
  g_clear_object (&other);
  f->store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (lt_working_days_get_alsace_moselle ());

  alsace = save (f, 2, 600, "2027-03-25", "2027-04-30");
  assert_due (f->store, 2, "Compter", "2027-03-30");

  lt_working_days_set_alsace_moselle (FALSE);
  {
    g_autofree char *wal = g_strconcat (other_path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (other_path, "-shm", NULL);
    g_unlink (other_path);
    g_unlink (wal);
    g_unlink (shm);
  }
}

int
main (int argc, char **argv)
{
  /* month names as the C locale writes them */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/planning/yearly-closing", Fixture, NULL, fixture_set_up, test_yearly_follows_the_closing, fixture_tear_down);
  g_test_add ("/planning/monthly-after-month", Fixture, NULL, fixture_set_up, test_monthly_after_the_month, fixture_tear_down);
  g_test_add ("/planning/requests-due", Fixture, NULL, fixture_set_up, test_requests_due, fixture_tear_down);
  g_test_add ("/planning/alsace-moselle", Fixture, NULL, fixture_set_up, test_alsace_moselle, fixture_tear_down);
  g_test_add ("/planning/late-answer", Fixture, NULL, fixture_set_up, test_late_answer_moves_successors, fixture_tear_down);

  return g_test_run ();
}
