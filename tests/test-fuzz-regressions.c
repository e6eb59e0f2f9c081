/* test-fuzz-regressions.c: inputs found by the fuzzers (tests/fuzz) and issue 10's crashes, kept as tests */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lettrine-core.h"
#include "lt-dependency-text.h"
#include "lt-document-content.h"
#include "lt-project-rules.h"
#include "lt-schedule.h"
#include "lt-working-days.h"

/* Invalid UTF-8 ending in a lead byte (issue 10, base64
 * MdkwMzQ3MzIgODIpINk=): the lead byte 0xD9 made the loop skip the byte
 * after it, and at the end skip the NUL and read past the string. */
static void
test_siren_lead_byte (void)
{
  gsize len = 0;
  g_autofree guchar *input = g_base64_decode ("MdkwMzQ3MzIgODIpINk=", &len);
  g_autofree char *text = g_strndup ((const char *) input, len);
  g_autofree char *normalized = lt_siren_normalize (text);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (normalized, ==, "1\xd9" "03473282)\xd9");
  g_assert_false (lt_siren_validate (text, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_SIREN);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);
  g_assert_false (lt_siret_validate (text, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_SIRET);

  /* a lead byte alone at the very end */
  g_clear_pointer (&normalized, g_free);
  normalized = lt_siren_normalize ("552 100 55\xf0");
  g_assert_cmpstr (normalized, ==, "55210055\xf0");
}

/* `--line 3:92233720368547758,07` twice rendered « Total HT −0,02 € »:
 * amounts are bounded where they are parsed… */
static void
test_amount_bound (void)
{
  g_autoptr(GError) error = NULL;
  gint64 cents = 0;

  g_assert_false (lt_money_parse ("92233720368547758,07", &cents, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_AMOUNT);
  g_assert_nonnull (strstr (error->message, "1 000 000 000,00"));
  g_clear_error (&error);
  g_assert_false (lt_money_parse ("1 000 000 000,01 €", &cents, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_AMOUNT);
  g_clear_error (&error);
  g_assert_false (lt_money_parse ("-1000000000,01", &cents, &error));
  g_clear_error (&error);

  g_assert_true (lt_money_parse ("1 000 000 000,00 €", &cents, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cents, ==, LT_MONEY_MAX_CENTS);
  g_assert_true (lt_money_parse ("-1000000000", &cents, &error));
  g_assert_cmpint (cents, ==, -LT_MONEY_MAX_CENTS);
}

static LtDocumentLine *
line_of (gint64 cents, LtRecurrence recurrence)
{
  LtDocumentLine *line = lt_document_line_new ();

  lt_document_line_set_label (line, "Mission");
  lt_document_line_set_price_cents (line, cents);
  lt_document_line_set_recurrence (line, recurrence);
  return line;
}

/* …and totals of whatever a database holds saturate instead of wrapping. */
static void
test_totals_do_not_wrap (void)
{
  g_autoptr(LtDocumentContent) content = lt_document_content_new ();
  gint64 ht = 0, tva = 0, ttc = 0, yearly = 0;

  g_ptr_array_add (content->lines, line_of (9223372036854775807 / 2 + 1, LT_RECURRENCE_MONTHLY));
  g_ptr_array_add (content->lines, line_of (9223372036854775807 / 2 + 1, LT_RECURRENCE_NONE));
  lt_document_content_get_totals (content, &ht, &tva, &ttc, &yearly);
  g_assert_cmpint (ht, ==, G_MAXINT64);
  g_assert_cmpint (tva, ==, G_GINT64_CONSTANT (1844674407370955161));   /* 20 % of it */
  g_assert_cmpint (ttc, ==, G_MAXINT64);
  g_assert_cmpint (yearly, ==, G_MAXINT64);

  /* the largest amounts the parser accepts add up exactly */
  g_ptr_array_set_size (content->lines, 0);
  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (content->lines, line_of (LT_MONEY_MAX_CENTS, LT_RECURRENCE_MONTHLY));
  lt_document_content_get_totals (content, &ht, &tva, &ttc, &yearly);
  g_assert_cmpint (ht, ==, 3 * LT_MONEY_MAX_CENTS);
  g_assert_cmpint (tva, ==, 3 * LT_MONEY_MAX_CENTS / 5);
  g_assert_cmpint (ttc, ==, 3 * LT_MONEY_MAX_CENTS + 3 * LT_MONEY_MAX_CENTS / 5);
  g_assert_cmpint (yearly, ==, 36 * LT_MONEY_MAX_CENTS);
}

/* fuzz-dependency-text: bytes that are not UTF-8 made the grammar step
 * past the end and quote them in a message that was not UTF-8 either. */
static void
test_dependency_not_utf8 (void)
{
  g_autoptr(LtStepGraph) graph = lt_step_graph_new ();
  guint uid = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "Un");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) links = NULL;

  lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "Deux");
  links = lt_dependency_text_parse (graph, uid, "\x85", &error);
  g_assert_null (links);
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_DEPENDENCY);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);

  links = lt_dependency_text_parse (graph, uid, "2 \xf0", &error);
  g_assert_null (links);
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_DEPENDENCY);
}

/* fuzz-values: sscanf's %4u skips spaces and takes a sign, so
 * "\n024-02-29" and "+024-02-29" were the 29 February of year 24. */
static void
test_iso_date_digits_only (void)
{
  const char *bad[] = { "\n024-02-29", " 024-02-29", "+024-02-29", "2024-+2-29", "2024-02- 9", "2024-02-2\n" };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *shown = lt_date_iso_to_display (bad[i]);

      g_assert_false (lt_date_from_iso (bad[i], &date));
      g_assert_cmpstr (shown, ==, bad[i]);
    }
  g_assert_true (lt_date_from_iso ("2024-02-29", &date));
  g_assert_false (lt_date_from_iso ("2023-02-29", &date));
}

/* Built with clang, g_string_free (g_steal_pointer (&s), s->len == 0)
 * read s after it was stolen: any task with open predecessors crashed. */
static void
test_can_finish_titles (void)
{
  const LtTaskPredecessor preds[] = {
    { "Relevés", LT_STEP_KIND_REQUEST, FALSE },
    { "Saisie", LT_STEP_KIND_TASK, TRUE },
  };
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_project_rules_check_can_finish ("Bilan", preds + 1, 1, &error));
  g_assert_no_error (error);
  g_assert_false (lt_project_rules_check_can_finish ("Bilan", preds, 2, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_TASK_BLOCKED);
  g_assert_nonnull (strstr (error->message, "« Relevés »"));
  g_assert_null (strstr (error->message, "Saisie"));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fuzz-regressions/siren-lead-byte", test_siren_lead_byte);
  g_test_add_func ("/fuzz-regressions/amount-bound", test_amount_bound);
  g_test_add_func ("/fuzz-regressions/totals-do-not-wrap", test_totals_do_not_wrap);
  g_test_add_func ("/fuzz-regressions/dependency-not-utf8", test_dependency_not_utf8);
  g_test_add_func ("/fuzz-regressions/iso-date-digits-only", test_iso_date_digits_only);
  g_test_add_func ("/fuzz-regressions/can-finish-titles", test_can_finish_titles);

  return g_test_run ();
}
