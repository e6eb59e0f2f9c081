/* test-renewal.c: the renewal plan — coefficient, rounding, current labels, exclusions, overrides, totals */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "lt-error.h"
#include "lt-renewal.h"

#include <string.h>

static LtAffaire *
make_client (gint64      id,
             const char *name)
{
  LtAffaire *affaire = lt_affaire_new ();

  lt_affaire_set_id (affaire, id);
  lt_affaire_set_name (affaire, name);
  lt_affaire_set_state (affaire, LT_AFFAIRE_STATE_CLIENT);
  return affaire;
}

static void
scope_add (LtScope      *scope,
           gint64        line_id,
           gint64        prestation_id,
           const char   *label,
           gint64        cents,
           LtRecurrence  recurrence)
{
  LtDocumentLine *line = lt_document_line_new ();

  lt_document_line_set_id (line, line_id);
  lt_document_line_set_prestation_id (line, prestation_id);
  lt_document_line_set_label (line, label);
  lt_document_line_set_price_cents (line, cents);
  lt_document_line_set_recurrence (line, recurrence);
  g_ptr_array_add (scope->lines, line);
}

static LtScope *
make_scope (gint64 letter_id)
{
  LtScope *scope = g_new0 (LtScope, 1);

  scope->letter_id = letter_id;
  scope->documents = g_ptr_array_new_with_free_func (g_object_unref);
  scope->lines = g_ptr_array_new_with_free_func (g_object_unref);
  return scope;
}

static void
test_rounding (void)
{
  /* Awkward prices, × 1,035, to the cent and to the euro. */
  struct { gint64 old; gint64 cent; gint64 euro; } cases[] = {
    { 12345, 12777, 12800 },   /* 127,77075 */
    { 9999,  10349, 10300 },   /* 103,48965 */
    { 1,     1,     0 },       /* 0,01035 */
    { 1449,  1500,  1500 },    /* 14,99715 */
    { 4830,  4999,  5000 },    /* 49,9905 */
    { 0,     0,     0 },
    { 10000, 10350, 10400 },   /* 103,50: half away from zero */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (LtRounding r = LT_ROUNDING_CENT; r <= LT_ROUNDING_EURO; r++)
      {
        g_autoptr(LtRenewalPlan) plan = lt_renewal_plan_new (1035000, r, NULL);
        g_autoptr(LtAffaire) client = make_client (1, "Dupont SARL");
        g_autoptr(LtScope) scope = make_scope (5);
        LtRenewalLine *line;

        scope_add (scope, 1, 0, "Tenue", cases[i].old, LT_RECURRENCE_MONTHLY);
        g_assert_true (lt_renewal_plan_add_client (plan, client, scope, NULL, NULL));
        line = g_ptr_array_index (lt_renewal_plan_get_client (plan, 0)->lines, 0);
        g_assert_cmpint (line->old_price_cents, ==, cases[i].old);
        g_assert_cmpint (line->new_price_cents, ==, r == LT_ROUNDING_CENT ? cases[i].cent : cases[i].euro);
      }
}

static void
test_plan (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtRenewalPlan) plan = lt_renewal_plan_new (1035000, LT_ROUNDING_CENT, &error);
  g_autoptr(LtAffaire) dupont = make_client (1, "Dupont SARL");
  g_autoptr(LtAffaire) martin = make_client (2, "Martin & Fils");
  g_autoptr(LtAffaire) prospect = make_client (3, "Prospect SAS");
  g_autoptr(LtScope) s1 = make_scope (10);
  g_autoptr(LtScope) s2 = make_scope (20);
  g_autoptr(LtScope) s3 = make_scope (0);
  g_autoptr(GHashTable) current = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(LtPrestation) v2 = lt_prestation_new ();
  LtRenewalClient *c1, *c2;
  LtRenewalLine *line;
  gint64 oy, ny, oo, no;
  gint64 key = 100;
  guint n_changed = 0;

  g_assert_no_error (error);
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (g_atomic_int_inc), &n_changed);

  /* Prestation 100 has a newer version 101 with a new name. */
  lt_prestation_set_id (v2, 101);
  lt_prestation_set_name (v2, "Tenue de la comptabilité");
  g_hash_table_insert (current, g_memdup2 (&key, sizeof key), g_object_ref (v2));

  scope_add (s1, 1, 100, "Tenue comptable", 25000, LT_RECURRENCE_MONTHLY);    /* 3 000,00/an → 258,75 × 12 = 3 105,00 */
  scope_add (s1, 2, 200, "Bilan", 180000, LT_RECURRENCE_YEARLY);              /* 1 800,00 → 1 863,00 */
  scope_add (s1, 3, 0, "Reprise", 33333, LT_RECURRENCE_NONE);                 /* one-off 333,33 → 344,99655 → 345,00 */
  scope_add (s2, 4, 300, "TVA", 12345, LT_RECURRENCE_QUARTERLY);              /* 493,80 → 127,77 × 4 = 511,08 */

  g_assert_true (lt_renewal_plan_add_client (plan, dupont, s1, current, &error));
  g_assert_no_error (error);
  g_assert_true (lt_renewal_plan_add_client (plan, martin, s2, current, &error));
  g_assert_true (lt_renewal_plan_add_client (plan, martin, s2, current, &error)); /* once only */
  g_assert_cmpuint (lt_renewal_plan_get_n_clients (plan), ==, 2);

  /* No letter in force: refused with the reason. A prospect too. */
  g_assert_false (lt_renewal_plan_add_client (plan, prospect, s3, current, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NO_LETTER);
  g_assert_nonnull (strstr (error->message, "Prospect SAS"));
  g_clear_error (&error);
  lt_affaire_set_state (prospect, LT_AFFAIRE_STATE_PROSPECT);
  g_assert_false (lt_renewal_plan_add_client (plan, prospect, s1, current, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_A_CLIENT);
  g_clear_error (&error);

  c1 = lt_renewal_plan_find_client (plan, 1);
  line = g_ptr_array_index (c1->lines, 0);
  g_assert_cmpstr (line->old_label, ==, "Tenue comptable");
  g_assert_cmpstr (line->new_label, ==, "Tenue de la comptabilité");
  g_assert_cmpint (line->new_prestation_id, ==, 101);
  g_assert_cmpint (line->new_price_cents, ==, 25875);
  line = g_ptr_array_index (c1->lines, 1);
  g_assert_cmpstr (line->new_label, ==, "Bilan");
  g_assert_cmpint (line->new_prestation_id, ==, 200);

  g_assert_cmpint (c1->old_yearly_cents, ==, 480000);
  g_assert_cmpint (c1->new_yearly_cents, ==, 310500 + 186300);
  /* The one-off « Reprise » was billed once: not billed again. */
  g_assert_cmpuint (c1->lines->len, ==, 2);
  g_assert_cmpint (c1->old_one_off_cents, ==, 0);
  g_assert_cmpint (c1->new_one_off_cents, ==, 0);

  c2 = lt_renewal_plan_find_client (plan, 2);
  g_assert_cmpint (c2->new_yearly_cents, ==, 12777 * 4);

  lt_renewal_plan_get_totals (plan, &oy, &ny, &oo, &no);
  g_assert_cmpint (oy, ==, 480000 + 49380);
  g_assert_cmpint (ny, ==, 496800 + 51108);
  g_assert_cmpint (oo, ==, 0);
  g_assert_cmpint (no, ==, 0);

  /* Exclude Martin: the totals drop its lines. */
  n_changed = 0;
  g_assert_true (lt_renewal_plan_set_excluded (plan, 2, TRUE));
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (lt_renewal_plan_get_n_included (plan), ==, 1);
  lt_renewal_plan_get_totals (plan, &oy, &ny, NULL, NULL);
  g_assert_cmpint (oy, ==, 480000);
  g_assert_cmpint (ny, ==, 496800);
  g_assert_false (lt_renewal_plan_set_excluded (plan, 99, TRUE));

  /* Override the Bilan at 1 900,00; a negative price is refused. */
  g_assert_false (lt_renewal_plan_override_line (plan, 1, 1, -5, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NEGATIVE_PRICE);
  g_clear_error (&error);
  g_assert_false (lt_renewal_plan_override_line (plan, 1, 7, 100, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (lt_renewal_plan_override_line (plan, 1, 1, 190000, &error));
  g_assert_true (((LtRenewalLine *) g_ptr_array_index (c1->lines, 1))->overridden);
  lt_renewal_plan_get_totals (plan, NULL, &ny, NULL, NULL);
  g_assert_cmpint (ny, ==, 310500 + 190000);

  g_assert_true (lt_renewal_plan_clear_override (plan, 1, 1));
  lt_renewal_plan_get_totals (plan, NULL, &ny, NULL, NULL);
  g_assert_cmpint (ny, ==, 496800);
}

static void
test_coefficient (void)
{
  g_autoptr(GError) error = NULL;
  LtRenewalPlan *plan;

  plan = lt_renewal_plan_new (0, LT_ROUNDING_CENT, &error);
  g_assert_null (plan);
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_COEFFICIENT);
  g_clear_error (&error);
  plan = lt_renewal_plan_new (3500000, LT_ROUNDING_CENT, &error);
  g_assert_null (plan);
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_COEFFICIENT);
  g_clear_error (&error);

  plan = lt_renewal_plan_new (1000000, LT_ROUNDING_EURO, &error);
  g_assert_cmpint (lt_renewal_plan_get_coefficient_ppm (plan), ==, 1000000);
  g_assert_cmpint (lt_renewal_plan_get_rounding (plan), ==, LT_ROUNDING_EURO);
  lt_renewal_plan_set_terms_id (plan, 4);
  g_assert_cmpint (lt_renewal_plan_get_terms_id (plan), ==, 4);
  g_assert_finalize_object (plan);
}

/* Cabinet Morel's letter (demo): « Entrée en relation » 350 €, « Reprise »
 * 450 € (one-off), « Bilan annuel » 1 500 €/an, plus « Ouverture du
 * dossier » 250 € (Jamais). Only the Bilan is renewed: 1 552,50 €. */
static void
test_recurring_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtRenewalPlan) plan = lt_renewal_plan_new (1035000, LT_ROUNDING_EURO, NULL);
  g_autoptr(LtAffaire) morel = make_client (5, "Cabinet dentaire du Dr Morel");
  g_autoptr(LtAffaire) only_once = make_client (6, "Ponctuel SAS");
  g_autoptr(LtScope) scope = make_scope (40);
  g_autoptr(LtScope) one_off = make_scope (41);
  LtRenewalClient *client;
  LtRenewalLine *line;

  scope_add (scope, 1, 1, "Entrée en relation", 35000, LT_RECURRENCE_NONE);
  scope_add (scope, 2, 2, "Reprise du dossier comptable", 45000, LT_RECURRENCE_NONE);
  scope_add (scope, 3, 3, "Bilan annuel", 150000, LT_RECURRENCE_YEARLY);
  scope_add (scope, 4, 4, "Ouverture du dossier", 25000, LT_RECURRENCE_NONE);
  g_assert_true (lt_renewal_plan_add_client (plan, morel, scope, NULL, &error));
  g_assert_no_error (error);

  client = lt_renewal_plan_get_client (plan, 0);
  g_assert_cmpuint (client->lines->len, ==, 1);
  line = g_ptr_array_index (client->lines, 0);
  g_assert_cmpstr (line->new_label, ==, "Bilan annuel");
  g_assert_cmpint (line->new_price_cents, ==, 155300);      /* 1 552,50 → 1 553 to the euro */
  g_assert_cmpint (client->new_yearly_cents, ==, 155300);
  g_assert_cmpint (client->new_one_off_cents, ==, 0);

  /* A letter of one-off lines only has nothing to renew. */
  scope_add (one_off, 5, 1, "Entrée en relation", 35000, LT_RECURRENCE_NONE);
  g_assert_false (lt_renewal_plan_add_client (plan, only_once, one_off, NULL, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NO_LETTER);
}

/* A prestation archived since the letter is shown, left out, and can be kept. */
static void
test_archived (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtRenewalPlan) plan = lt_renewal_plan_new (1035000, LT_ROUNDING_CENT, NULL);
  g_autoptr(LtAffaire) client_affaire = make_client (1, "Dupont SARL");
  g_autoptr(LtScope) scope = make_scope (10);
  g_autoptr(GHashTable) current = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  LtPrestation *archived = lt_prestation_new ();
  LtRenewalClient *client;
  LtRenewalLine *line;
  gint64 key = 300, ny;

  lt_prestation_set_id (archived, 300);
  lt_prestation_set_name (archived, "Déclarations de TVA");
  lt_prestation_set_archived (archived, TRUE);
  g_hash_table_insert (current, g_memdup2 (&key, sizeof key), archived);

  scope_add (scope, 1, 100, "Tenue", 20000, LT_RECURRENCE_MONTHLY);
  scope_add (scope, 2, 300, "Déclarations de TVA", 10000, LT_RECURRENCE_QUARTERLY);
  g_assert_true (lt_renewal_plan_add_client (plan, client_affaire, scope, current, &error));
  client = lt_renewal_plan_get_client (plan, 0);
  line = g_ptr_array_index (client->lines, 1);
  g_assert_true (line->archived);
  g_assert_false (LT_RENEWAL_LINE_INCLUDED (line));
  g_assert_cmpint (client->old_yearly_cents, ==, 240000 + 40000);   /* the whole scope renewed from */
  g_assert_cmpint (client->new_yearly_cents, ==, 20700 * 12);
  g_assert_true (lt_renewal_client_check_lines (client, NULL));

  g_assert_true (lt_renewal_plan_set_line_kept (plan, 1, 1, TRUE));
  lt_renewal_plan_get_totals (plan, NULL, &ny, NULL, NULL);
  g_assert_cmpint (ny, ==, 20700 * 12 + 10350 * 4);
  g_assert_false (lt_renewal_plan_set_line_kept (plan, 1, 9, TRUE));

  /* Every line archived and none kept: nothing to renew. */
  lt_renewal_plan_keep_archived (plan, FALSE);
  ((LtRenewalLine *) g_ptr_array_index (client->lines, 0))->archived = TRUE;
  g_assert_false (lt_renewal_client_check_lines (client, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOTHING_TO_RENEW);
  g_clear_error (&error);
  lt_renewal_plan_keep_archived (plan, TRUE);
  g_assert_true (lt_renewal_client_check_lines (client, NULL));
}

static void
test_draft_and_date (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtRenewalPlan) plan = lt_renewal_plan_new (1020000, LT_ROUNDING_CENT, NULL);
  g_autoptr(LtAffaire) affaire = make_client (1, "Dupont SARL");
  g_autoptr(LtScope) scope = make_scope (10);
  g_autofree char *next = NULL;
  LtRenewalClient *client;
  GDate today;

  scope_add (scope, 1, 100, "Tenue", 20000, LT_RECURRENCE_MONTHLY);
  g_assert_true (lt_renewal_plan_add_client (plan, affaire, scope, NULL, NULL));
  client = lt_renewal_plan_get_client (plan, 0);
  g_assert_true (lt_renewal_client_check_draft (client, NULL));

  g_assert_true (lt_renewal_plan_set_draft (plan, 1, 77));
  g_assert_cmpuint (lt_renewal_plan_get_n_drafts (plan), ==, 1);
  g_assert_false (lt_renewal_client_check_draft (client, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_RENEWAL_DRAFT_EXISTS);
  g_assert_nonnull (strstr (error->message, "77"));
  g_clear_error (&error);
  g_assert_true (lt_renewal_plan_set_draft_choice (plan, 1, LT_RENEWAL_DRAFT_REPLACE));
  g_assert_true (lt_renewal_client_check_draft (client, NULL));
  g_assert_cmpuint (lt_renewal_plan_get_n_drafts (plan), ==, 0);
  g_assert_false (lt_renewal_plan_set_draft (plan, 2, 78));

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_DECEMBER, 2026);
  next = lt_renewal_default_effective_on (&today);
  g_assert_cmpstr (next, ==, "2027-01-01");
  g_assert_true (lt_renewal_plan_set_effective_on (plan, "2027-03-01", NULL));
  g_assert_cmpstr (lt_renewal_plan_get_effective_on (plan), ==, "2027-03-01");
  g_assert_false (lt_renewal_plan_set_effective_on (plan, "2027-02-30", &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (lt_renewal_plan_get_effective_on (plan), ==, "2027-03-01");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/renewal/rounding", test_rounding);
  g_test_add_func ("/renewal/plan", test_plan);
  g_test_add_func ("/renewal/coefficient", test_coefficient);
  g_test_add_func ("/renewal/recurring-only", test_recurring_only);
  g_test_add_func ("/renewal/archived", test_archived);
  g_test_add_func ("/renewal/draft-and-date", test_draft_and_date);

  return g_test_run ();
}
