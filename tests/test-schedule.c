/* test-schedule.c: forward pass, recurring chains and rescheduling on hand-checked calendars */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "lt-date.h"
#include "lt-error.h"
#include "lt-schedule.h"
#include "lt-working-days.h"

static GDate
d (const char *iso)
{
  GDate date;

  g_assert_true (lt_date_from_iso (iso, &date));
  return date;
}

#define assert_date(date, expected) G_STMT_START {                 \
  g_autofree char *__iso = lt_date_to_iso (date);          \
  g_assert_cmpstr (__iso, ==, expected);                           \
} G_STMT_END

static GArray *
plan (const LtScheduleStep *steps, guint n_steps,
      const LtScheduleLink *links, guint n_links,
      LtRecurrence recurrence, const char *start, const char *end)
{
  GDate s = d (start), e = d (end);
  g_autoptr(GError) error = NULL;
  GArray *tasks = lt_schedule_plan (steps, n_steps, links, n_links, recurrence, &s, &e, &error);

  g_assert_no_error (error);
  g_assert_nonnull (tasks);
  return tasks;
}

#define TASK(a, i) (&g_array_index ((a), LtScheduledTask, (i)))

/* A (3 days) → B (2 days) → lag 1 → C (no délai), from Monday 4 May 2026:
 * A is due Thursday 7; B starts that day and is due Tuesday 12 (8 mai is a
 * Friday); C starts one working day later, Wednesday 13, and is due then. */
static void
test_chain_with_lag_and_holiday (void)
{
  const LtScheduleStep steps[] = { { 10, 3 }, { 11, 2 }, { 12, -1 } };
  const LtScheduleLink links[] = { { 10, 11, 0 }, { 11, 12, 1 } };
  g_autoptr(GArray) tasks = plan (steps, 3, links, 2, LT_RECURRENCE_NONE, "2026-05-04", "2026-06-30");

  g_assert_cmpuint (tasks->len, ==, 3);
  assert_date (&TASK (tasks, 0)->start, "2026-05-04");
  assert_date (&TASK (tasks, 0)->due, "2026-05-07");
  assert_date (&TASK (tasks, 1)->start, "2026-05-07");
  assert_date (&TASK (tasks, 1)->due, "2026-05-12");
  assert_date (&TASK (tasks, 2)->start, "2026-05-13");
  assert_date (&TASK (tasks, 2)->due, "2026-05-13");
  g_assert_cmpstr (TASK (tasks, 2)->period, ==, "");
  g_assert_false (TASK (tasks, 2)->late);
}

/* Steps given in an order that is not the dependency order. */
static void
test_order_independent (void)
{
  const LtScheduleStep steps[] = { { 12, -1 }, { 11, 2 }, { 10, 3 } };
  const LtScheduleLink links[] = { { 11, 12, 1 }, { 10, 11, 0 } };
  g_autoptr(GArray) tasks = plan (steps, 3, links, 2, LT_RECURRENCE_NONE, "2026-05-04", "2026-06-30");

  g_assert_cmpuint (TASK (tasks, 0)->step_index, ==, 0);
  assert_date (&TASK (tasks, 0)->due, "2026-05-13");
  assert_date (&TASK (tasks, 2)->due, "2026-05-07");
}

/* Diamond from Monday 11 May 2026: A (2) → B (5) and A → C (1); B → D and
 * C → D with lag 2. A due Wed 13; B starts 13, due Thu 21 (Ascension on 14);
 * C due Fri 15; D waits for the later of B (21) and C + 2 (Tue 19): 21.
 * With the assignment ending on 20 May, B and D are flagged late. */
static void
test_diamond_and_late (void)
{
  const LtScheduleStep steps[] = { { 1, 2 }, { 2, 5 }, { 3, 1 }, { 4, 0 } };
  const LtScheduleLink links[] = { { 1, 2, 0 }, { 1, 3, 0 }, { 2, 4, 0 }, { 3, 4, 2 } };
  g_autoptr(GArray) tasks = plan (steps, 4, links, 4, LT_RECURRENCE_NONE, "2026-05-11", "2026-05-20");

  g_assert_cmpuint (tasks->len, ==, 4);
  assert_date (&TASK (tasks, 0)->due, "2026-05-13");
  assert_date (&TASK (tasks, 1)->start, "2026-05-13");
  assert_date (&TASK (tasks, 1)->due, "2026-05-21");
  assert_date (&TASK (tasks, 2)->due, "2026-05-15");
  assert_date (&TASK (tasks, 3)->start, "2026-05-21");
  assert_date (&TASK (tasks, 3)->due, "2026-05-21");
  g_assert_false (TASK (tasks, 0)->late);
  g_assert_true (TASK (tasks, 1)->late);
  g_assert_false (TASK (tasks, 2)->late);
  g_assert_true (TASK (tasks, 3)->late);
}

/* A project that starts on a Saturday starts its work on Monday. */
static void
test_weekend_start (void)
{
  const LtScheduleStep steps[] = { { 1, 1 } };
  g_autoptr(GArray) tasks = plan (steps, 1, NULL, 0, LT_RECURRENCE_NONE, "2026-05-09", "2026-05-31");

  assert_date (&TASK (tasks, 0)->start, "2026-05-11");
  assert_date (&TASK (tasks, 0)->due, "2026-05-12");
}

/* Monthly over 2027: twelve chains, one per month that ends in the
 * assignment, each starting once its month is over. January's starts on
 * Monday 1 February (31 January is a Sunday) and its first step is due
 * Monday 8; April's starts Monday 3 May (1er mai is a Saturday) and is due
 * Tuesday 11 (Ascension, Thursday 6 May, skipped); November's starts on
 * Wednesday 1 December; December's on Monday 3 January 2028, its last step
 * (25 days) due Monday 14 February 2028, after the end: late. */
static void
test_monthly_over_a_year (void)
{
  const LtScheduleStep steps[] = { { 1, 5 }, { 2, 25 } };
  const LtScheduleLink links[] = { { 1, 2, 0 } };
  g_autoptr(GArray) tasks = plan (steps, 2, links, 1, LT_RECURRENCE_MONTHLY, "2027-01-01", "2027-12-31");

  g_assert_cmpuint (tasks->len, ==, 24);
  g_assert_cmpstr (TASK (tasks, 0)->period, ==, "2027-01");
  assert_date (&TASK (tasks, 0)->start, "2027-02-01");
  assert_date (&TASK (tasks, 0)->due, "2027-02-08");
  assert_date (&TASK (tasks, 1)->due, "2027-03-15");
  g_assert_cmpstr (TASK (tasks, 6)->period, ==, "2027-04");
  assert_date (&TASK (tasks, 6)->start, "2027-05-03");
  assert_date (&TASK (tasks, 6)->due, "2027-05-11");
  g_assert_cmpuint (TASK (tasks, 11)->chain, ==, 5);

  for (guint c = 0; c < 12; c++)
    {
      /* the second step follows the first of the same month */
      g_assert_cmpint (g_date_compare (&TASK (tasks, 2 * c + 1)->start, &TASK (tasks, 2 * c)->due), ==, 0);
    }

  g_assert_cmpstr (TASK (tasks, 20)->period, ==, "2027-11");
  assert_date (&TASK (tasks, 20)->start, "2027-12-01");
  assert_date (&TASK (tasks, 20)->due, "2027-12-08");
  g_assert_cmpstr (TASK (tasks, 22)->period, ==, "2027-12");
  assert_date (&TASK (tasks, 22)->start, "2028-01-03");
  assert_date (&TASK (tasks, 22)->due, "2028-01-10");
  assert_date (&TASK (tasks, 23)->due, "2028-02-14");
  g_assert_true (TASK (tasks, 23)->late);
  g_assert_false (TASK (tasks, 19)->late);
}

/* Quarterly from 15 February 2027 to the end of the year: Q1 (in progress
 * on the 15th) to Q4, each after its quarter: Q1 on Thursday 1 April, Q2
 * on Thursday 1 July, Q3 on Friday 1 October, Q4 on Monday 3 January 2028.
 * Yearly from 1 June 2026 to 31 December 2027, clôture 31/12: the
 * exercices 2026 and 2027, after each clôture (4 January 2027, 3 January
 * 2028). */
static void
test_quarterly_and_yearly (void)
{
  const LtScheduleStep steps[] = { { 1, 0 } };
  g_autoptr(GArray) q = plan (steps, 1, NULL, 0, LT_RECURRENCE_QUARTERLY, "2027-02-15", "2027-12-31");
  g_autoptr(GArray) y = plan (steps, 1, NULL, 0, LT_RECURRENCE_YEARLY, "2026-06-01", "2027-12-31");
  g_autofree char *label = NULL;
  g_autofree char *closing = NULL;

  g_assert_cmpuint (q->len, ==, 4);
  g_assert_cmpstr (TASK (q, 0)->period, ==, "2027-Q1");
  assert_date (&TASK (q, 0)->start, "2027-04-01");
  assert_date (&TASK (q, 1)->start, "2027-07-01");
  assert_date (&TASK (q, 2)->start, "2027-10-01");
  assert_date (&TASK (q, 3)->start, "2028-01-03");
  g_assert_cmpstr (TASK (q, 3)->period, ==, "2027-Q4");

  g_assert_cmpuint (y->len, ==, 2);
  g_assert_cmpstr (TASK (y, 0)->period, ==, "2026-12-31");
  assert_date (&TASK (y, 0)->start, "2027-01-04");
  g_assert_cmpstr (TASK (y, 1)->period, ==, "2027-12-31");
  assert_date (&TASK (y, 1)->start, "2028-01-03");

  label = lt_schedule_period_to_display ("2027-Q3");
  g_assert_cmpstr (label, ==, "Q3 2027");
  closing = lt_schedule_period_to_display ("2027-06-30");
  g_assert_cmpstr (closing, ==, "fiscal year ended 30/06/2027");
}

/* The demo's « Bilan annuel »: two demandes due 10 working days after the
 * clôture, the révision 10 days after them, comptes annuels 3 days, liasse
 * 2, présentation 1 day after a lag of 2. */
static const LtScheduleStep bilan_steps[] = {
  { 1, 10, TRUE }, { 2, 10, TRUE }, { 3, 10, FALSE }, { 4, 3, FALSE }, { 5, 2, FALSE }, { 6, 1, FALSE },
};
static const LtScheduleLink bilan_links[] = {
  { 1, 3, 0 }, { 2, 3, 0 }, { 3, 4, 0 }, { 3, 5, 0 }, { 4, 6, 2 },
};

static GArray *
plan_bilan (const char *closing,
            const char *start,
            const char *end)
{
  GDate s = d (start), e = d (end);
  g_autoptr(GError) error = NULL;
  GArray *tasks = lt_schedule_plan_for_client (bilan_steps, 6, bilan_links, 5, LT_RECURRENCE_YEARLY,
                                               closing, &s, &e, &error);

  g_assert_no_error (error);
  g_assert_nonnull (tasks);
  return tasks;
}

/* Assigned from 15/12/2026 to 15/02/2027. Clôture 31/12: one bilan, for
 * the exercice closed on 31/12/2026 (not a second one for 2027, which
 * closes after the assignment): demandes due Friday 15 January 2027 (1er
 * janvier off; 4–8, 11–15), révision Friday 29, comptes annuels Wednesday
 * 3 February, liasse Tuesday 2, présentation Monday 8.
 * Clôture 30/06 (Le Bistrot): no exercice closes in the assignment, the one
 * in progress does on 30/06/2027: one bilan after it, demandes due Thursday
 * 15 July (14 juillet off), révision Thursday 29 July, comptes annuels
 * Tuesday 3 August, présentation Friday 6 August. */
static void
test_yearly_follows_the_closing (void)
{
  g_autoptr(GArray) dec = plan_bilan ("12-31", "2026-12-15", "2027-02-15");
  g_autoptr(GArray) jun = plan_bilan ("06-30", "2026-12-15", "2027-02-15");

  g_assert_cmpuint (dec->len, ==, 6);
  g_assert_cmpstr (TASK (dec, 0)->period, ==, "2026-12-31");
  assert_date (&TASK (dec, 0)->start, "2027-01-04");
  assert_date (&TASK (dec, 0)->due, "2027-01-15");
  assert_date (&TASK (dec, 1)->due, "2027-01-15");
  assert_date (&TASK (dec, 2)->due, "2027-01-29");
  assert_date (&TASK (dec, 3)->due, "2027-02-03");
  assert_date (&TASK (dec, 4)->due, "2027-02-02");
  assert_date (&TASK (dec, 5)->start, "2027-02-05");
  assert_date (&TASK (dec, 5)->due, "2027-02-08");
  g_assert_false (TASK (dec, 5)->late);

  g_assert_cmpuint (jun->len, ==, 6);
  g_assert_cmpstr (TASK (jun, 0)->period, ==, "2027-06-30");
  assert_date (&TASK (jun, 0)->start, "2027-07-01");
  assert_date (&TASK (jun, 0)->due, "2027-07-15");
  assert_date (&TASK (jun, 2)->due, "2027-07-29");
  assert_date (&TASK (jun, 3)->due, "2027-08-03");
  assert_date (&TASK (jun, 5)->due, "2027-08-06");
  g_assert_true (TASK (jun, 5)->late);
}

/* A step counted from the period's end keeps its deadline even when its
 * predecessor is due earlier: « Déposer les comptes » 40 working days after
 * a clôture on 31/03/2027 (Wednesday; Easter Monday 29 March is before it,
 * Ascension 6 May and Whit Monday 17 May are inside: 22 days in April, 18
 * in May) is due Friday 28 May, not 40 days after its predecessor; pushed later by a late
 * predecessor it is due the day it can start. A clôture on 29 February
 * falls on the 28th in other years. */
static void
test_from_period_end (void)
{
  const LtScheduleStep steps[] = { { 1, 5, FALSE }, { 2, 40, TRUE } };
  const LtScheduleLink links[] = { { 1, 2, 0 } };
  const LtScheduleStep slow[] = { { 1, 60, FALSE }, { 2, 40, TRUE } };
  GDate s = d ("2027-01-10"), e = d ("2027-12-31"), first, last;
  g_autoptr(GArray) tasks = lt_schedule_plan_for_client (steps, 2, links, 1, LT_RECURRENCE_YEARLY, "03-31", &s, &e, NULL);
  g_autoptr(GArray) late = lt_schedule_plan_for_client (slow, 2, links, 1, LT_RECURRENCE_YEARLY, "03-31", &s, &e, NULL);

  g_assert_cmpuint (tasks->len, ==, 2);
  assert_date (&TASK (tasks, 0)->start, "2027-04-01");
  assert_date (&TASK (tasks, 0)->due, "2027-04-08");
  assert_date (&TASK (tasks, 1)->start, "2027-04-08");
  assert_date (&TASK (tasks, 1)->due, "2027-05-28");

  /* 60 days from 1 April: 28 June; the deposit cannot be due before */
  assert_date (&TASK (late, 0)->due, "2027-06-28");
  assert_date (&TASK (late, 1)->start, "2027-06-28");
  assert_date (&TASK (late, 1)->due, "2027-06-28");

  s = d ("2027-01-10");
  lt_schedule_period_bounds (LT_RECURRENCE_YEARLY, "02-29", &s, &first, &last);
  assert_date (&first, "2026-03-01");
  assert_date (&last, "2027-02-28");
  s = d ("2028-02-29");
  lt_schedule_period_bounds (LT_RECURRENCE_YEARLY, "02-29", &s, &first, &last);
  assert_date (&first, "2027-03-01");
  assert_date (&last, "2028-02-29");
}

static void
test_cycle_refused (void)
{
  const LtScheduleStep steps[] = { { 1, 1 }, { 2, 1 }, { 3, 1 } };
  const LtScheduleLink links[] = { { 1, 2, 0 }, { 2, 3, 0 }, { 3, 2, 0 } };
  const LtScheduleLink unknown[] = { { 1, 99, 0 } };
  GDate s = d ("2026-05-04"), e = d ("2026-06-30");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) tasks = NULL;

  tasks = lt_schedule_plan (steps, 3, links, 3, LT_RECURRENCE_NONE, &s, &e, &error);
  g_assert_null (tasks);
  g_assert_error (error, LT_ERROR, LT_ERROR_CYCLE);
  g_clear_error (&error);

  tasks = lt_schedule_plan (steps, 3, unknown, 1, LT_RECURRENCE_NONE, &s, &e, &error);
  g_assert_null (tasks);
  g_assert_error (error, LT_ERROR, LT_ERROR_UNKNOWN_STEP);
}

/* The suivi of test_chain_with_lag_and_holiday plus an unrelated task X. */
static void
fill_suivi (LtScheduleTask tasks[4])
{
  tasks[0] = (LtScheduleTask) { 100, d ("2026-05-04"), d ("2026-05-07"), FALSE };
  tasks[1] = (LtScheduleTask) { 101, d ("2026-05-07"), d ("2026-05-12"), FALSE };
  tasks[2] = (LtScheduleTask) { 102, d ("2026-05-13"), d ("2026-05-13"), FALSE };
  tasks[3] = (LtScheduleTask) { 103, d ("2026-05-04"), d ("2026-05-06"), FALSE };
}

static const LtScheduleLink suivi_links[] = { { 100, 101, 0 }, { 101, 102, 1 } };

#define MOVE(a, i) (&g_array_index ((a), LtScheduleMove, (i)))

/* A done late on Monday 11 (one working day late): B moves from 7–12 to
 * 11–13, C from 13 to 15 (Ascension on 14); X does not move. */
static void
test_reschedule_later (void)
{
  LtScheduleTask tasks[4];
  GDate late = d ("2026-05-11");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) moves = NULL;

  fill_suivi (tasks);
  moves = lt_schedule_reschedule (tasks, 4, suivi_links, 2, 100, &late, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (moves->len, ==, 2);

  g_assert_cmpint (MOVE (moves, 0)->id, ==, 101);
  assert_date (&MOVE (moves, 0)->new_start, "2026-05-11");
  assert_date (&MOVE (moves, 0)->new_due, "2026-05-13");
  assert_date (&MOVE (moves, 0)->old_due, "2026-05-12");
  g_assert_cmpint (MOVE (moves, 0)->shift_days, ==, 1);

  g_assert_cmpint (MOVE (moves, 1)->id, ==, 102);
  assert_date (&MOVE (moves, 1)->new_start, "2026-05-15");
  assert_date (&MOVE (moves, 1)->new_due, "2026-05-15");
  g_assert_cmpint (MOVE (moves, 1)->shift_days, ==, 1);
}

/* A's due date brought forward to Wednesday 6: B and C follow it. */
static void
test_reschedule_earlier (void)
{
  LtScheduleTask tasks[4];
  GDate earlier = d ("2026-05-06");
  g_autoptr(GArray) moves = NULL;

  fill_suivi (tasks);
  moves = lt_schedule_reschedule (tasks, 4, suivi_links, 2, 100, &earlier, NULL);
  g_assert_cmpuint (moves->len, ==, 2);
  assert_date (&MOVE (moves, 0)->new_start, "2026-05-06");
  assert_date (&MOVE (moves, 0)->new_due, "2026-05-11");
  g_assert_cmpint (MOVE (moves, 0)->shift_days, ==, -1);
  assert_date (&MOVE (moves, 1)->new_due, "2026-05-12");
}

/* A done task does not move, and nothing moves through it; a task given
 * slack by hand moves only when pushed past it. */
static void
test_reschedule_done_and_slack (void)
{
  LtScheduleTask tasks[4];
  GDate late = d ("2026-05-11");
  g_autoptr(GArray) moves = NULL;

  fill_suivi (tasks);
  tasks[1].done = TRUE;
  moves = lt_schedule_reschedule (tasks, 4, suivi_links, 2, 100, &late, NULL);
  g_assert_cmpuint (moves->len, ==, 0);
  g_clear_pointer (&moves, g_array_unref);

  fill_suivi (tasks);
  tasks[2].start = d ("2026-05-20");
  tasks[2].due = d ("2026-05-20");
  moves = lt_schedule_reschedule (tasks, 4, suivi_links, 2, 100, &late, NULL);
  g_assert_cmpuint (moves->len, ==, 1);
  g_assert_cmpint (MOVE (moves, 0)->id, ==, 101);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schedule/chain-lag-holiday", test_chain_with_lag_and_holiday);
  g_test_add_func ("/schedule/order-independent", test_order_independent);
  g_test_add_func ("/schedule/diamond-late", test_diamond_and_late);
  g_test_add_func ("/schedule/weekend-start", test_weekend_start);
  g_test_add_func ("/schedule/monthly-year", test_monthly_over_a_year);
  g_test_add_func ("/schedule/quarterly-yearly", test_quarterly_and_yearly);
  g_test_add_func ("/schedule/yearly-closing", test_yearly_follows_the_closing);
  g_test_add_func ("/schedule/from-period-end", test_from_period_end);
  g_test_add_func ("/schedule/cycle", test_cycle_refused);
  g_test_add_func ("/schedule/reschedule-later", test_reschedule_later);
  g_test_add_func ("/schedule/reschedule-earlier", test_reschedule_earlier);
  g_test_add_func ("/schedule/reschedule-done-slack", test_reschedule_done_and_slack);

  return g_test_run ();
}
