/* test-project-diff.c: what an edit of a saved project changes; the rules and warnings of issue 14 */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "lt-error.h"
#include "lt-project-diff.h"

static LtAssignment *
assignment (gint64      id,
            gint64      prestation_id,
            const char *start,
            const char *end,
            gint64      price)
{
  LtAssignment *a = lt_assignment_new ();

  lt_assignment_set_id (a, id);
  lt_assignment_set_prestation_id (a, prestation_id);
  lt_assignment_set_start_date (a, start);
  lt_assignment_set_end_date (a, end);
  lt_assignment_set_price_cents (a, price);

  return a;
}

static void
test_diff (void)
{
  g_autoptr(GPtrArray) stored = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) edited = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) diff = NULL;
  g_autoptr(GError) error = NULL;
  const LtAssignmentDiff *d;

  g_ptr_array_add (stored, assignment (1, 10, "2027-01-04", "2027-06-30", 100));
  g_ptr_array_add (stored, assignment (2, 20, "2027-01-04", "2027-06-30", 100));
  g_ptr_array_add (stored, assignment (3, 30, "2027-01-04", "2027-06-30", 100));
  g_ptr_array_add (stored, assignment (4, 40, "2027-01-04", "2027-06-30", 100));

  /* 1 kept, 2 moved, 3 removed, 4 repriced, one added */
  g_ptr_array_add (edited, assignment (1, 10, "2027-01-04", "2027-06-30", 100));
  g_ptr_array_add (edited, assignment (4, 40, "2027-01-04", "2027-06-30", 250));
  g_ptr_array_add (edited, assignment (0, 50, "2027-02-01", "2027-03-31", 100));
  g_ptr_array_add (edited, assignment (2, 20, "2027-01-04", "2027-05-31", 100));

  diff = lt_project_diff_assignments (stored, edited, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (diff->len, ==, 5);
  g_assert_false (lt_project_diff_is_empty (diff));

  d = &g_array_index (diff, LtAssignmentDiff, 0);
  g_assert_cmpint (d->change, ==, LT_ASSIGNMENT_KEPT);
  g_assert_cmpuint (d->old_index, ==, 0);
  g_assert_cmpuint (d->new_index, ==, 0);
  d = &g_array_index (diff, LtAssignmentDiff, 1);
  g_assert_cmpint (d->change, ==, LT_ASSIGNMENT_REPRICED);
  g_assert_cmpuint (d->old_index, ==, 3);
  d = &g_array_index (diff, LtAssignmentDiff, 2);
  g_assert_cmpint (d->change, ==, LT_ASSIGNMENT_ADDED);
  g_assert_cmpuint (d->old_index, ==, G_MAXUINT);
  g_assert_cmpuint (d->new_index, ==, 2);
  d = &g_array_index (diff, LtAssignmentDiff, 3);
  g_assert_cmpint (d->change, ==, LT_ASSIGNMENT_MOVED);
  g_assert_cmpuint (d->old_index, ==, 1);
  d = &g_array_index (diff, LtAssignmentDiff, 4);
  g_assert_cmpint (d->change, ==, LT_ASSIGNMENT_REMOVED);
  g_assert_cmpuint (d->old_index, ==, 2);
  g_assert_cmpuint (d->new_index, ==, G_MAXUINT);

  /* the same list is no change */
  g_clear_pointer (&diff, g_array_unref);
  diff = lt_project_diff_assignments (stored, stored, &error);
  g_assert_no_error (error);
  g_assert_true (lt_project_diff_is_empty (diff));
}

static void
test_diff_refused (void)
{
  g_autoptr(GPtrArray) stored = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) edited = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) diff = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (stored, assignment (1, 10, "2027-01-04", "2027-06-30", 100));

  /* another project's assignment */
  g_ptr_array_add (edited, assignment (9, 10, "2027-01-04", "2027-06-30", 100));
  diff = lt_project_diff_assignments (stored, edited, &error);
  g_assert_null (diff);
  g_assert_error (error, LT_ERROR, LT_ERROR_CONFLICT);
  g_clear_error (&error);

  /* one id twice */
  g_ptr_array_set_size (edited, 0);
  g_ptr_array_add (edited, assignment (1, 10, "2027-01-04", "2027-06-30", 100));
  g_ptr_array_add (edited, assignment (1, 10, "2027-01-04", "2027-06-30", 100));
  diff = lt_project_diff_assignments (stored, edited, &error);
  g_assert_null (diff);
  g_assert_error (error, LT_ERROR, LT_ERROR_CONFLICT);
  g_clear_error (&error);

  /* a kept assignment given another prestation */
  g_ptr_array_set_size (edited, 0);
  g_ptr_array_add (edited, assignment (1, 11, "2027-01-04", "2027-06-30", 100));
  diff = lt_project_diff_assignments (stored, edited, &error);
  g_assert_null (diff);
  g_assert_error (error, LT_ERROR, LT_ERROR_CONFLICT);
}

static void
test_rules (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (lt_project_rules_check_staff_chosen (0, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_STAFF_REQUIRED);
  g_assert_cmpstr (error->message, ==, "The project has no intervenant: choose who does its tasks.");
  g_clear_error (&error);
  g_assert_true (lt_project_rules_check_staff_chosen (3, &error));
  g_assert_no_error (error);

  g_assert_true (lt_project_rules_check_removable ("Bilan annuel", NULL, &error));
  g_assert_false (lt_project_rules_check_removable ("Bilan annuel", "Révision des comptes", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_ASSIGNMENT_STARTED);
  g_assert_nonnull (strstr (error->message, "« Révision des comptes »"));
  g_assert_nonnull (strstr (error->message, "« Bilan annuel »"));
}

static void
test_duplicates (void)
{
  g_autoptr(GPtrArray) assignments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) pairs = NULL;
  g_autofree char *warning = NULL;

  g_ptr_array_add (assignments, assignment (0, 10, "2027-01-04", "2027-06-30", 100));
  g_ptr_array_add (assignments, assignment (0, 20, "2027-01-04", "2027-06-30", 100));
  g_ptr_array_add (assignments, assignment (0, 10, "2027-07-01", "2027-12-31", 100));   /* after: fine */
  g_ptr_array_add (assignments, assignment (0, 10, "2027-06-30", "2027-09-30", 100));   /* overlaps both */

  pairs = lt_project_rules_find_duplicates (assignments);
  g_assert_cmpuint (pairs->len, ==, 2);
  g_assert_cmpuint (g_array_index (pairs, LtAssignmentPair, 0).first, ==, 0);
  g_assert_cmpuint (g_array_index (pairs, LtAssignmentPair, 0).second, ==, 3);
  g_assert_cmpuint (g_array_index (pairs, LtAssignmentPair, 1).first, ==, 2);
  g_assert_cmpuint (g_array_index (pairs, LtAssignmentPair, 1).second, ==, 3);

  warning = lt_project_rules_duplicate_warning ("TVA", "2027-01-04", "2027-06-30", "2027-06-30", "2027-09-30");
  g_assert_cmpstr (warning, ==, "The prestation « TVA » is assigned twice over the same days (04/01/2027–30/06/2027 and"
                                " 30/06/2027–30/09/2027): its tasks would be made twice. Remove one, or give them periods"
                                " that do not overlap.");
}

static void
test_late (void)
{
  LtLateTask tasks[3] = { { 0 } };
  g_autofree char *extend = NULL;
  g_autofree char *shorten = NULL;
  g_autofree char *none = NULL;
  g_autofree char *warning = NULL;
  GDate first;

  tasks[0].assignment = 0;
  tasks[0].title = (char *) "TVA — décembre 2027";
  g_date_set_dmy (&tasks[0].due, 14, 1, 2028);
  g_assert_true (lt_late_task_chain_start ("2027-12", &tasks[0].chain_start));
  tasks[1].assignment = 0;
  tasks[1].title = (char *) "TVA — novembre 2027";
  g_date_set_dmy (&tasks[1].due, 2, 1, 2028);
  g_assert_true (lt_late_task_chain_start ("2027-11", &tasks[1].chain_start));
  tasks[2].assignment = 1;
  tasks[2].title = (char *) "Bilan";
  g_date_set_dmy (&tasks[2].due, 4, 2, 2027);
  g_assert_true (lt_late_task_chain_start ("2026-12-31", &tasks[2].chain_start));

  g_assert_true (lt_late_task_chain_start ("2027-Q4", &first));
  g_assert_cmpint (g_date_get_month (&first), ==, 10);
  g_assert_cmpint (g_date_get_day (&tasks[2].chain_start), ==, 1);
  g_assert_cmpint (g_date_get_year (&tasks[2].chain_start), ==, 2026);
  g_assert_false (lt_late_task_chain_start ("", &first));

  extend = lt_project_rules_late_extend_to (tasks, 3);
  g_assert_cmpstr (extend, ==, "2028-01-14");
  shorten = lt_project_rules_late_shorten_to (tasks, 3, 0, "2027-01-04");
  g_assert_cmpstr (shorten, ==, "2027-10-31");
  /* the bilan's first exercice is late: only extending helps */
  none = lt_project_rules_late_shorten_to (tasks, 3, 1, "2026-12-02");
  g_assert_null (none);

  warning = lt_project_rules_late_warning (tasks, 1, "2027-12-31");
  g_assert_cmpstr (warning, ==, "1 task is due after the end of the project (31/12/2027):\n14/01/2028\tTVA — décembre 2027");
}

static void
test_summary (void)
{
  g_autofree char *a = lt_project_rules_edit_summary (3, 9, 1, "Dupont SARL");
  g_autofree char *b = lt_project_rules_edit_summary (0, 0, 0, "Dupont SARL");

  g_assert_cmpstr (a, ==, "Dupont SARL: 3 tasks created, 9 deleted, 1 moved");
  g_assert_cmpstr (b, ==, "Dupont SARL: project saved, its tasks are unchanged");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/project-diff/diff", test_diff);
  g_test_add_func ("/project-diff/diff-refused", test_diff_refused);
  g_test_add_func ("/project-diff/rules", test_rules);
  g_test_add_func ("/project-diff/duplicates", test_duplicates);
  g_test_add_func ("/project-diff/late", test_late);
  g_test_add_func ("/project-diff/summary", test_summary);

  return g_test_run ();
}
