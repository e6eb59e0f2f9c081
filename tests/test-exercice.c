/* test-exercice.c: a first or long exercice — its length in months, in words, and its rules (issue 12) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "lt-error.h"
#include "lt-exercice.h"

static void
test_months (void)
{
  static const struct { const char *start; const char *end; guint months; } cases[] = {
    { "2026-01-01", "2026-12-31", 12 },
    { "2025-07-01", "2026-12-31", 18 },
    { "2026-03-01", "2026-12-31", 10 },
    { "2026-03-15", "2026-12-31", 10 },   /* 9 months and a half: the nearest */
    { "2026-03-20", "2026-12-31", 9 },
    { "2025-10-01", "2026-09-30", 12 },
    { "2024-03-01", "2025-02-28", 12 },
    { "2024-12-01", "2026-11-30", 24 },
    { "2026-12-01", "2026-12-31", 1 },
    { "2026-12-31", "2026-12-31", 1 },
  };
  guint months;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (lt_exercice_months (cases[i].start, cases[i].end, &months));
      g_assert_cmpuint (months, ==, cases[i].months);
    }

  g_assert_false (lt_exercice_months ("2026-12-31", "2026-01-01", &months));
  g_assert_false (lt_exercice_months (NULL, "2026-12-31", &months));
  g_assert_false (lt_exercice_months ("2026-02-30", "2026-12-31", &months));
}

static void
test_words (void)
{
  static const struct { guint months; const char *words; } cases[] = {
    { 1, "un" }, { 9, "neuf" }, { 10, "dix" }, { 12, "douze" }, { 17, "dix-sept" },
    { 18, "dix-huit" }, { 21, "vingt et un" }, { 24, "vingt-quatre" }, { 30, "trente" }, { 40, "40" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *words = lt_exercice_months_words (cases[i].months);

      g_assert_cmpstr (words, ==, cases[i].words);
    }
}

static void
test_length_words (void)
{
  static const struct { const char *start; const char *end; const char *words; } cases[] = {
    { "2026-01-01", "2026-12-31", "douze mois" },
    { "2025-07-01", "2026-12-31", "dix-huit mois" },
    { "2026-03-16", "2026-06-30", "trois mois et quinze jours" },
    { "2026-12-31", "2026-12-31", "un jour" },
    { "2026-12-20", "2026-12-31", "douze jours" },
    { "2024-03-01", "2025-02-28", "douze mois" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *words = lt_exercice_length_words (cases[i].start, cases[i].end);

      g_assert_cmpstr (words, ==, cases[i].words);
    }
  g_assert_null (lt_exercice_length_words ("2026-12-31", "2026-01-01"));
  g_assert_null (lt_exercice_length_words (NULL, NULL));
}

static void
test_validate (void)
{
  static const struct { const char *start; const char *end; const char *fye; gboolean ok; } cases[] = {
    { NULL, NULL, "12-31", TRUE },
    { "2025-07-01", "2026-12-31", "12-31", TRUE },
    { "2026-03-01", "2026-12-31", "12-31", TRUE },
    { "2025-07-01", NULL, "12-31", FALSE },           /* both or neither */
    { NULL, "2026-12-31", "12-31", FALSE },
    { "2026-12-31", "2026-03-01", "12-31", FALSE },   /* ends before it starts */
    { "2024-01-01", "2026-12-31", "12-31", FALSE },   /* 36 months */
    { "2025-07-01", "2026-06-30", "12-31", FALSE },   /* not on the clôture */
    { "2025-07-01", "2026-06-30", "06-30", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LtAffaire) affaire = lt_affaire_new ();
      g_autoptr(GError) error = NULL;

      lt_affaire_set_exercice_start (affaire, cases[i].start);
      lt_affaire_set_exercice_end (affaire, cases[i].end);
      lt_affaire_set_fiscal_year_end (affaire, cases[i].fye);
      g_assert_cmpint (lt_exercice_validate (affaire, &error), ==, cases[i].ok);
      if (cases[i].ok)
        g_assert_no_error (error);
      else
        g_assert_error (error, LT_ERROR, LT_ERROR_EXERCICE_INVALID);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exercice/months", test_months);
  g_test_add_func ("/exercice/words", test_words);
  g_test_add_func ("/exercice/length-words", test_length_words);
  g_test_add_func ("/exercice/validate", test_validate);

  return g_test_run ();
}
