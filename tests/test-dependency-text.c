/* test-dependency-text.c: the « Dépend de » grammar, valid and invalid */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "lt-dependency-text.h"
#include "lt-error.h"

static LtStepGraph *
make_graph (guint *u)
{
  LtStepGraph *graph = lt_step_graph_new ();

  u[0] = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "Un");
  u[1] = lt_step_graph_add_node (graph, LT_STEP_KIND_REQUEST, "Deux");
  u[2] = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "Trois");
  u[3] = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "Quatre");
  u[4] = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "Cinq");
  return graph;
}

static void
test_valid (void)
{
  struct { const char *text; guint n; guint from[3]; int lag[3]; } cases[] = {
    { "", 0, { 0 }, { 0 } },
    { "   ", 0, { 0 }, { 0 } },
    { "2", 1, { 2 }, { 0 } },
    { "2, 3+2", 2, { 2, 3 }, { 0, 2 } },
    { "2,3+2", 2, { 2, 3 }, { 0, 2 } },
    { " 2 ; 3 + 2 ", 2, { 2, 3 }, { 0, 2 } },
    { "3+2j, 1", 2, { 3, 1 }, { 2, 0 } },
    { "T1, D2+5, 3", 3, { 1, 2, 3 }, { 0, 5, 0 } },
    { "2,", 1, { 2 }, { 0 } },
    { "1+0", 1, { 1 }, { 0 } },
  };
  guint u[5];
  g_autoptr(LtStepGraph) graph = make_graph (u);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) links = lt_dependency_text_parse (graph, u[3], cases[i].text, &error);

      g_test_message ("« %s »", cases[i].text);
      g_assert_no_error (error);
      g_assert_cmpuint (links->len, ==, cases[i].n);
      for (guint j = 0; j < links->len; j++)
        {
          const LtGraphLink *l = &g_array_index (links, LtGraphLink, j);
          g_assert_cmpuint (l->from, ==, u[cases[i].from[j] - 1]);
          g_assert_cmpuint (l->to, ==, u[3]);
          g_assert_cmpint (l->lag_days, ==, cases[i].lag[j]);
        }
    }
}

static void
test_invalid (void)
{
  struct { const char *text; int code; const char *message; } cases[] = {
    { "deux", LT_ERROR_INVALID_DEPENDENCY, "“deux” is not a dependency" },
    { "2+", LT_ERROR_INVALID_DEPENDENCY, "“2+” is not a dependency" },
    { "2-1", LT_ERROR_INVALID_DEPENDENCY, "“2-1” is not a dependency" },
    { "3 2", LT_ERROR_INVALID_DEPENDENCY, "“3 2” is not a dependency" },
    { "+2", LT_ERROR_INVALID_DEPENDENCY, "“+2” is not a dependency" },
    { "2.5", LT_ERROR_INVALID_DEPENDENCY, "“2.5” is not a dependency" },
    { "99999999999", LT_ERROR_INVALID_DEPENDENCY, "is not a dependency" },
    { "0", LT_ERROR_UNKNOWN_STEP, "There is no step 0: this prestation has 5 steps." },
    { "6", LT_ERROR_UNKNOWN_STEP, "There is no step 6: this prestation has 5 steps." },
    { "4", LT_ERROR_SELF_LINK, "T4 cannot depend on itself" },
    { "2, 2+1", LT_ERROR_DUPLICATE_LINK, "Step 2 is named twice" },
    { "5", LT_ERROR_CYCLE, "T5 → T4 → T5" },
    { "1, 3+1001", LT_ERROR_INVALID_DEPENDENCY, "A lag of 1001 days is not possible" },
  };
  guint u[5];
  g_autoptr(LtStepGraph) graph = make_graph (u);

  /* T4 → T5 exists: "5" as a dependency of T4 closes a cycle */
  g_assert_true (lt_step_graph_add_link (graph, u[3], u[4], 0, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) links = lt_dependency_text_parse (graph, u[3], cases[i].text, &error);

      g_test_message ("« %s » → %s", cases[i].text, error ? error->message : "(accepted)");
      g_assert_null (links);
      g_assert_error (error, LT_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }
  g_assert_cmpuint (lt_step_graph_get_n_links (graph), ==, 1);
}

static void
test_existing_link_lag (void)
{
  guint u[5];
  g_autoptr(LtStepGraph) graph = make_graph (u);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) links = NULL;

  /* an existing dependency named again is not a duplicate: its lag may change */
  g_assert_true (lt_step_graph_add_link (graph, u[1], u[3], 1, NULL));
  links = lt_dependency_text_parse (graph, u[3], "2+4", &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (links, LtGraphLink, 0).lag_days, ==, 4);
}

static void
test_format (void)
{
  guint u[5];
  g_autoptr(LtStepGraph) graph = make_graph (u);
  g_autofree char *empty = NULL;
  g_autofree char *text = NULL;
  g_autofree char *moved = NULL;

  empty = lt_dependency_text_format (graph, u[3]);
  g_assert_cmpstr (empty, ==, "");

  /* added out of order, written in list order */
  lt_step_graph_add_link (graph, u[2], u[3], 2, NULL);
  lt_step_graph_add_link (graph, u[1], u[3], 0, NULL);
  text = lt_dependency_text_format (graph, u[3]);
  g_assert_cmpstr (text, ==, "2, 3+2");

  /* numbers follow the list when a step moves */
  lt_step_graph_move_to_index (graph, u[2], 0);
  moved = lt_dependency_text_format (graph, u[3]);
  g_assert_cmpstr (moved, ==, "1+2, 3");
}

static void
test_round_trip (void)
{
  guint u[5];
  g_autoptr(LtStepGraph) graph = make_graph (u);
  g_autoptr(GArray) links = NULL;
  g_autofree char *text = NULL;

  links = lt_dependency_text_parse (graph, u[4], "1+3, 2, 4+10", NULL);
  g_assert_nonnull (links);
  for (guint i = 0; i < links->len; i++)
    {
      const LtGraphLink *l = &g_array_index (links, LtGraphLink, i);
      lt_step_graph_add_link (graph, l->from, l->to, l->lag_days, NULL);
    }
  text = lt_dependency_text_format (graph, u[4]);
  g_assert_cmpstr (text, ==, "1+3, 2, 4+10");
}

/* The refusals as a French user reads them (the catalogue of the build
 * directory, in a subprocess so that the language is set first). */
static void
test_french (void)
{
  const char *build_dir = g_getenv ("LETTRINE_BUILD_DIR");
  g_autofree char *po_dir = NULL;
  g_autofree char *mo = NULL;

  if (build_dir == NULL)
    {
      g_test_skip ("LETTRINE_BUILD_DIR is not set");
      return;
    }
  po_dir = g_build_filename (build_dir, "po", NULL);
  mo = g_build_filename (po_dir, "fr", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (mo, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the French catalogue is not built");
      return;
    }

  if (g_test_subprocess ())
    {
      guint u[5];
      g_autoptr(LtStepGraph) graph = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) links = NULL;

      g_setenv ("LANGUAGE", "fr", TRUE);
      bindtextdomain (GETTEXT_PACKAGE, po_dir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

      graph = make_graph (u);
      g_assert_true (lt_step_graph_add_link (graph, u[3], u[4], 0, NULL));

      links = lt_dependency_text_parse (graph, u[3], "5", &error);
      g_assert_error (error, LT_ERROR, LT_ERROR_CYCLE);
      g_assert_cmpstr (error->message, ==,
                       "T4 ne peut pas dépendre de T5\u202f: cela formerait le cycle T5 → T4 → T5. "
                       "Retirez d’abord l’une de ces dépendances.");
      g_clear_error (&error);

      links = lt_dependency_text_parse (graph, u[3], "2x", &error);
      g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_DEPENDENCY);
      g_assert_nonnull (strstr (error->message, "« 2x » n’est pas une dépendance"));
      g_clear_error (&error);

      links = lt_dependency_text_parse (graph, u[3], "9", &error);
      g_assert_cmpstr (error->message, ==, "Il n’y a pas d’étape 9\u202f: cette prestation en compte 5.");
      g_clear_error (&error);

      g_assert_false (lt_step_graph_add_link (graph, u[1], u[1], 0, &error));
      g_assert_cmpstr (error->message, ==, "D2 ne peut pas dépendre d’elle-même\u202f: choisissez une autre étape.");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dependency-text/valid", test_valid);
  g_test_add_func ("/dependency-text/invalid", test_invalid);
  g_test_add_func ("/dependency-text/existing-link-lag", test_existing_link_lag);
  g_test_add_func ("/dependency-text/format", test_format);
  g_test_add_func ("/dependency-text/round-trip", test_round_trip);
  g_test_add_func ("/dependency-text/french", test_french);

  return g_test_run ();
}
