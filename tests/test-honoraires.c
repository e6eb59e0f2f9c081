/* test-honoraires.c: the honoraires by periodicity (lt_honoraires_compute) — arithmetic, cents, saturation */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "lettrine-core.h"
#include "lt-document-content.h"

static void
add_line (GPtrArray    *lines,
          gint64        cents,
          LtRecurrence  recurrence)
{
  LtDocumentLine *line = lt_document_line_new ();

  lt_document_line_set_label (line, "Prestation");
  lt_document_line_set_price_cents (line, cents);
  lt_document_line_set_recurrence (line, recurrence);
  g_ptr_array_add (lines, line);
}

static void
assert_amount (const LtAmount *amount,
               gint64          ht,
               gint64          tva,
               gint64          ttc)
{
  g_assert_cmpint (amount->ht, ==, ht);
  g_assert_cmpint (amount->tva, ==, tva);
  g_assert_cmpint (amount->ttc, ==, ttc);
}

/* The letter: 350 € one-off, 180 € monthly, 1 800 € yearly is
 * 3 960 € a year and 350 € once, never « 2 330 € ». */
static void
test_by_periodicity (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  LtHonoraires h;

  add_line (lines, 35000, LT_RECURRENCE_NONE);
  add_line (lines, 18000, LT_RECURRENCE_MONTHLY);
  add_line (lines, 180000, LT_RECURRENCE_YEARLY);
  lt_honoraires_compute (lines, &h);

  assert_amount (&h.instalment[LT_RECURRENCE_MONTHLY], 18000, 3600, 21600);
  assert_amount (&h.annual[LT_RECURRENCE_MONTHLY], 216000, 43200, 259200);
  assert_amount (&h.annual[LT_RECURRENCE_YEARLY], 180000, 36000, 216000);
  assert_amount (&h.annual[LT_RECURRENCE_QUARTERLY], 0, 0, 0);
  g_assert_cmpuint (h.n_lines[LT_RECURRENCE_QUARTERLY], ==, 0);
  assert_amount (&h.recurring, 396000, 79200, 475200);
  assert_amount (&h.one_off, 35000, 7000, 42000);
  g_assert_cmpuint (h.n_lines[LT_RECURRENCE_NONE], ==, 1);
  g_assert_cmpuint (h.n_lines[LT_RECURRENCE_MONTHLY], ==, 1);
  g_assert_cmpuint (h.n_lines[LT_RECURRENCE_YEARLY], ==, 1);

  /* quarterly × 4; two lines of one periodicity add up per échéance */
  add_line (lines, 9000, LT_RECURRENCE_QUARTERLY);
  add_line (lines, 2000, LT_RECURRENCE_MONTHLY);
  lt_honoraires_compute (lines, &h);
  assert_amount (&h.instalment[LT_RECURRENCE_QUARTERLY], 9000, 1800, 10800);
  assert_amount (&h.annual[LT_RECURRENCE_QUARTERLY], 36000, 7200, 43200);
  assert_amount (&h.instalment[LT_RECURRENCE_MONTHLY], 20000, 4000, 24000);
  assert_amount (&h.recurring, 20000 * 12 + 36000 + 180000, 91200, 547200);
  g_assert_cmpuint (h.n_lines[LT_RECURRENCE_MONTHLY], ==, 2);
}

/* TVA is rounded half up to the cent on each figure it is printed for. */
static void
test_rounding (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  LtHonoraires h;

  add_line (lines, 3, LT_RECURRENCE_MONTHLY);      /* 0,6 cent of TVA: 1 */
  add_line (lines, 1233, LT_RECURRENCE_QUARTERLY); /* 246,6 cents: 247 */
  add_line (lines, 2, LT_RECURRENCE_NONE);         /* 0,4 cent: 0 */
  lt_honoraires_compute (lines, &h);

  assert_amount (&h.instalment[LT_RECURRENCE_MONTHLY], 3, 1, 4);
  assert_amount (&h.annual[LT_RECURRENCE_MONTHLY], 36, 7, 43);         /* 7,2 */
  assert_amount (&h.instalment[LT_RECURRENCE_QUARTERLY], 1233, 247, 1480);
  assert_amount (&h.annual[LT_RECURRENCE_QUARTERLY], 4932, 986, 5918); /* 986,4 */
  assert_amount (&h.recurring, 4968, 994, 5962);                       /* 993,6 */
  assert_amount (&h.one_off, 2, 0, 2);
}

/* A line without a price counts nothing; nothing at all is all zeros. */
static void
test_empty_and_unpriced (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  LtHonoraires h;

  lt_honoraires_compute (lines, &h);
  assert_amount (&h.recurring, 0, 0, 0);
  assert_amount (&h.one_off, 0, 0, 0);

  add_line (lines, -1, LT_RECURRENCE_MONTHLY);
  add_line (lines, -1, LT_RECURRENCE_NONE);
  lt_honoraires_compute (lines, &h);
  assert_amount (&h.recurring, 0, 0, 0);
  assert_amount (&h.one_off, 0, 0, 0);
  g_assert_cmpuint (h.n_lines[LT_RECURRENCE_MONTHLY], ==, 1);
  g_assert_cmpuint (h.n_lines[LT_RECURRENCE_NONE], ==, 1);
}

/* Amounts near the limit of gint64 saturate instead of wrapping negative. */
static void
test_saturates (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  LtHonoraires h;
  gint64 big = G_MAXINT64 / 10;

  add_line (lines, big, LT_RECURRENCE_MONTHLY);
  add_line (lines, big, LT_RECURRENCE_YEARLY);
  add_line (lines, G_MAXINT64, LT_RECURRENCE_NONE);
  add_line (lines, G_MAXINT64, LT_RECURRENCE_NONE);
  lt_honoraires_compute (lines, &h);

  g_assert_cmpint (h.instalment[LT_RECURRENCE_MONTHLY].ht, ==, big);
  g_assert_cmpint (h.instalment[LT_RECURRENCE_MONTHLY].tva, ==, (big * 2 + 5) / 10);
  g_assert_cmpint (h.annual[LT_RECURRENCE_MONTHLY].ht, ==, G_MAXINT64);
  g_assert_cmpint (h.annual[LT_RECURRENCE_MONTHLY].ttc, ==, G_MAXINT64);
  g_assert_cmpint (h.recurring.ht, ==, G_MAXINT64);
  g_assert_cmpint (h.recurring.tva, >, 0);
  g_assert_cmpint (h.recurring.ttc, ==, G_MAXINT64);
  g_assert_cmpint (h.one_off.ht, ==, G_MAXINT64);
  g_assert_cmpint (h.one_off.ttc, ==, G_MAXINT64);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/honoraires/by-periodicity", test_by_periodicity);
  g_test_add_func ("/honoraires/rounding", test_rounding);
  g_test_add_func ("/honoraires/empty-and-unpriced", test_empty_and_unpriced);
  g_test_add_func ("/honoraires/saturates", test_saturates);

  return g_test_run ();
}
