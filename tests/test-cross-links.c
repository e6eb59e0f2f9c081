/* test-cross-links.c: which chains a link across prestations joins, the dates it pushes, a cycle named */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lt-cross-links.h"
#include "lt-date.h"
#include "lt-error.h"

static LtCrossTask
task (gint64      step_id,
      guint       group,
      const char *period,
      const char *title,
      const char *start,
      const char *due,
      const char *end,
      int         delay_days)
{
  LtCrossTask t = { .step_id = step_id, .group = group, .period = period, .title = title, .delay_days = delay_days };

  g_assert_true (lt_date_from_iso (start, &t.start));
  g_assert_true (lt_date_from_iso (due, &t.due));
  g_assert_true (lt_date_from_iso (end, &t.end));
  return t;
}

#define assert_date(date, iso) G_STMT_START {          \
  g_autofree char *__s = lt_date_to_iso (&(date));     \
  g_assert_cmpstr (__s, ==, (iso));                    \
} G_STMT_END

static void
test_period_end (void)
{
  GDate d;

  g_assert_true (lt_cross_links_period_end ("2027-02", &d));
  assert_date (d, "2027-02-28");
  g_assert_true (lt_cross_links_period_end ("2028-02", &d));
  assert_date (d, "2028-02-29");
  g_assert_true (lt_cross_links_period_end ("2027-Q3", &d));
  assert_date (d, "2027-09-30");
  g_assert_true (lt_cross_links_period_end ("2027-06-30", &d));
  assert_date (d, "2027-06-30");
  g_assert_true (lt_cross_links_period_end ("2026", &d));
  assert_date (d, "2026-12-31");
  g_assert_false (lt_cross_links_period_end ("", &d));
  g_assert_false (lt_cross_links_period_end (NULL, &d));
  g_assert_false (lt_cross_links_period_end ("2027-Q5", &d));
  g_assert_false (lt_cross_links_period_end ("2027-02-30", &d));
  g_assert_false (lt_cross_links_period_end ("2027-13", &d));
}

/* Two exercices of a bilan and of a secrétariat juridique: each PV waits on
 * the comptes of its own exercice, not on the other's. */
static void
test_match_same_exercice (void)
{
  LtCrossTask tasks[] = {
    task (10, 0, "2026-12-31", "Comptes 2026", "2027-01-04", "2027-02-03", "2028-03-31", 3),
    task (10, 0, "2027-12-31", "Comptes 2027", "2028-01-03", "2028-02-03", "2028-03-31", 3),
    task (20, 1, "2026-12-31", "PV 2026", "2027-01-04", "2027-01-05", "2028-03-31", 2),
    task (20, 1, "2027-12-31", "PV 2027", "2028-01-03", "2028-01-04", "2028-03-31", 2),
  };
  LtCrossLink links[] = { { 10, 20, 0 }, { 99, 20, 0 } };
  g_autoptr(GArray) edges = lt_cross_links_match (tasks, G_N_ELEMENTS (tasks), links, G_N_ELEMENTS (links));

  g_assert_cmpuint (edges->len, ==, 2);
  g_assert_cmpuint (g_array_index (edges, LtCrossEdge, 0).from, ==, 0);
  g_assert_cmpuint (g_array_index (edges, LtCrossEdge, 0).to, ==, 2);
  g_assert_cmpuint (g_array_index (edges, LtCrossEdge, 1).from, ==, 1);
  g_assert_cmpuint (g_array_index (edges, LtCrossEdge, 1).to, ==, 3);
}

/* A yearly step waiting on a monthly one waits on the month that closes the
 * exercice (December for 31/12, June for 30/06), not on every month; a
 * one-off step waits on every chain. */
static void
test_match_other_periods (void)
{
  LtCrossTask tasks[] = {
    task (1, 0, "2026-11", "TVA novembre", "2026-12-01", "2026-12-14", "2027-12-31", 1),
    task (1, 0, "2026-12", "TVA décembre", "2027-01-04", "2027-01-14", "2027-12-31", 1),
    task (1, 0, "2027-01", "TVA janvier", "2027-02-01", "2027-02-12", "2027-12-31", 1),
    task (2, 1, "2026-12-31", "Révision 2026", "2027-01-04", "2027-01-29", "2027-12-31", 10),
    task (3, 2, "", "Lettre de fin", "2026-12-01", "2026-12-02", "2027-12-31", 1),
  };
  LtCrossLink monthly_to_yearly[] = { { 1, 2, 0 } };
  LtCrossLink to_one_off[] = { { 1, 3, 0 } };
  g_autoptr(GArray) a = lt_cross_links_match (tasks, G_N_ELEMENTS (tasks), monthly_to_yearly, 1);
  g_autoptr(GArray) b = lt_cross_links_match (tasks, G_N_ELEMENTS (tasks), to_one_off, 1);

  g_assert_cmpuint (a->len, ==, 1);
  g_assert_cmpuint (g_array_index (a, LtCrossEdge, 0).from, ==, 1);
  g_assert_cmpuint (g_array_index (a, LtCrossEdge, 0).to, ==, 3);
  g_assert_cmpuint (b->len, ==, 3);
}

/* The case in small: the PV (and the dépôt after it) waited on
 * nothing and was due before the comptes annuels. Comptes due Wednesday
 * 3 February 2027: the PV starts then and takes its 2 days (Friday 5); the
 * dépôt, 1 day after the PV plus a lag of 1, starts Monday 8 and is due
 * Tuesday 9 February — after the assignment's end (8 February): late. */
static void
test_push (void)
{
  LtCrossTask tasks[] = {
    task (10, 0, "2026-12-31", "Comptes annuels", "2027-01-29", "2027-02-03", "2027-03-31", 3),
    task (20, 1, "2026-12-31", "PV", "2027-01-04", "2027-01-05", "2027-02-08", 2),
    task (30, 1, "2026-12-31", "Dépôt", "2027-01-06", "2027-01-07", "2027-02-08", 1),
    task (40, 1, "2026-12-31", "Registre", "2027-01-04", "2027-03-01", "2027-03-31", 1),
  };
  LtCrossEdge edges[] = { { 1, 2, 1 }, { 0, 1, 0 } };

  g_assert_true (lt_cross_links_push (tasks, G_N_ELEMENTS (tasks), edges, G_N_ELEMENTS (edges), NULL));
  assert_date (tasks[0].due, "2027-02-03");
  assert_date (tasks[1].start, "2027-02-03");
  assert_date (tasks[1].due, "2027-02-05");
  assert_date (tasks[2].start, "2027-02-08");
  assert_date (tasks[2].due, "2027-02-09");
  g_assert_false (tasks[1].late);
  g_assert_true (tasks[2].late);
  /* nothing moves earlier, nothing unlinked moves */
  assert_date (tasks[3].start, "2027-01-04");
  assert_date (tasks[3].due, "2027-03-01");
}

static void
test_cycle_named (void)
{
  LtCrossTask tasks[] = {
    task (10, 0, "", "Comptes annuels", "2027-01-04", "2027-01-05", "2027-03-31", 1),
    task (20, 1, "", "PV", "2027-01-04", "2027-01-05", "2027-03-31", 1),
    task (30, 1, "", "Dépôt", "2027-01-04", "2027-01-05", "2027-03-31", 1),
  };
  LtCrossEdge edges[] = { { 0, 1, 0 }, { 1, 2, 0 }, { 2, 0, 0 } };
  g_autoptr(GError) error = NULL;

  g_assert_false (lt_cross_links_push (tasks, G_N_ELEMENTS (tasks), edges, G_N_ELEMENTS (edges), &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CROSS_LINK_CYCLE);
  g_assert_nonnull (strstr (error->message, "PV → Dépôt → Comptes annuels → PV"));
}

static void
test_find_path (void)
{
  LtCrossLink links[] = { { 1, 2, 0 }, { 2, 3, 0 }, { 3, 4, 0 }, { 1, 5, 0 } };
  g_autoptr(GArray) path = lt_cross_links_find_path (links, G_N_ELEMENTS (links), 1, 4);
  g_autoptr(GArray) none = lt_cross_links_find_path (links, G_N_ELEMENTS (links), 4, 1);

  g_assert_nonnull (path);
  g_assert_cmpuint (path->len, ==, 4);
  g_assert_cmpint (g_array_index (path, gint64, 0), ==, 1);
  g_assert_cmpint (g_array_index (path, gint64, 3), ==, 4);
  g_assert_null (none);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cross-links/period-end", test_period_end);
  g_test_add_func ("/cross-links/match/same-exercice", test_match_same_exercice);
  g_test_add_func ("/cross-links/match/other-periods", test_match_other_periods);
  g_test_add_func ("/cross-links/push", test_push);
  g_test_add_func ("/cross-links/cycle-named", test_cycle_named);
  g_test_add_func ("/cross-links/find-path", test_find_path);

  return g_test_run ();
}
