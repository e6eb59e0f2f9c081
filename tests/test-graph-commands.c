/* test-graph-commands.c: every edit of the graph, its undo and its redo */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lt-dependency-text.h"
#include "lt-error.h"
#include "lt-graph-commands.h"

/* A printable picture of the graph: steps in order with their dependencies
 * and positions, so that "undo gives back the same graph" is one compare. */
static char *
describe (LtStepGraph *graph)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < lt_step_graph_get_n_nodes (graph); i++)
    {
      const LtGraphNode *n = lt_step_graph_get_nth (graph, i);
      g_autofree char *deps = lt_dependency_text_format (graph, n->uid);

      g_string_append_printf (s, "%u:%u:%s:%s:%s:%d@%.0f,%.0f [%s]\n", n->index + 1, n->uid,
                              n->kind == LT_STEP_KIND_TASK ? "T" : "R", n->title,
                              n->description, n->delay_days, n->x, n->y, deps);
    }
  return g_string_free (s, FALSE);
}

typedef struct {
  LtStepGraph     *graph;
  LtGraphCommands *cmds;
  guint            u[4];
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->graph = lt_step_graph_new ();
  f->cmds = lt_graph_commands_new (f->graph);
  f->u[0] = lt_graph_commands_add_step (f->cmds, LT_STEP_KIND_TASK, "Lettre de mission", 10, 10);
  f->u[1] = lt_graph_commands_add_step (f->cmds, LT_STEP_KIND_REQUEST, "Pièces d’identité", 10, 100);
  f->u[2] = lt_graph_commands_add_step (f->cmds, LT_STEP_KIND_TASK, "Ouverture du dossier", 300, 10);
  f->u[3] = lt_graph_commands_add_step (f->cmds, LT_STEP_KIND_TASK, "Saisie", 600, 10);
  g_assert_true (lt_graph_commands_add_link (f->cmds, f->u[0], f->u[2], 0, NULL));
  g_assert_true (lt_graph_commands_add_link (f->cmds, f->u[1], f->u[2], 2, NULL));
  g_assert_true (lt_graph_commands_add_link (f->cmds, f->u[2], f->u[3], 0, NULL));
  lt_graph_commands_clear (f->cmds);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_assert_finalize_object (f->cmds);
  g_assert_finalize_object (f->graph);
}

/* Runs @edit, checks it changed the graph into something, that undo gives
 * back exactly the start and redo exactly the result. */
static void
check_undo_redo (Fixture *f,
                 gboolean (*edit) (Fixture *f))
{
  g_autofree char *before = describe (f->graph);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  g_assert_false (lt_graph_commands_can_undo (f->cmds));
  g_assert_false (lt_graph_commands_get_modified (f->cmds));
  g_assert_true (edit (f));
  after = describe (f->graph);
  g_assert_cmpstr (before, !=, after);
  g_assert_true (lt_graph_commands_can_undo (f->cmds));
  g_assert_true (lt_graph_commands_get_modified (f->cmds));

  g_assert_true (lt_graph_commands_undo (f->cmds));
  undone = describe (f->graph);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (lt_graph_commands_get_modified (f->cmds));
  g_assert_true (lt_graph_commands_can_redo (f->cmds));

  g_assert_true (lt_graph_commands_redo (f->cmds));
  redone = describe (f->graph);
  g_assert_cmpstr (redone, ==, after);
  g_assert_false (lt_graph_commands_can_redo (f->cmds));
  g_assert_false (lt_graph_commands_redo (f->cmds));
}

static gboolean
edit_add_step (Fixture *f)
{
  return lt_graph_commands_add_step (f->cmds, LT_STEP_KIND_REQUEST, "Relevés bancaires", 5, 5) != 0;
}

static gboolean
edit_remove_step (Fixture *f)
{
  /* the middle step: its three links go with it and come back */
  return lt_graph_commands_remove_step (f->cmds, f->u[2], NULL) &&
         lt_step_graph_get_n_links (f->graph) == 0;
}

static gboolean
edit_edit_step (Fixture *f)
{
  return lt_graph_commands_edit_step (f->cmds, f->u[1], LT_STEP_KIND_TASK, "  Kbis  ", "récent", 5, NULL) &&
         g_str_equal (lt_step_graph_lookup (f->graph, f->u[1])->title, "Kbis");
}

static gboolean
edit_add_link (Fixture *f)
{
  return lt_graph_commands_add_link (f->cmds, f->u[1], f->u[3], 3, NULL);
}

static gboolean
edit_remove_link (Fixture *f)
{
  return lt_graph_commands_remove_link (f->cmds, f->u[1], f->u[2], NULL);
}

static gboolean
edit_set_lag (Fixture *f)
{
  return lt_graph_commands_set_lag (f->cmds, f->u[1], f->u[2], 7, NULL);
}

static gboolean
edit_set_dependencies (Fixture *f)
{
  return lt_graph_commands_set_dependencies (f->cmds, f->u[3], "1+1, 2", NULL);
}

static gboolean
edit_move (Fixture *f)
{
  return lt_graph_commands_move_node (f->cmds, f->u[3], 42, 84), TRUE;
}

static gboolean
edit_auto_layout (Fixture *f)
{
  return lt_graph_commands_auto_layout (f->cmds, NULL);
}

static gboolean
edit_reorder (Fixture *f)
{
  return lt_graph_commands_reorder (f->cmds, f->u[3], 0), TRUE;
}

#define UNDO_TEST(name) \
  static void test_##name (Fixture *f, gconstpointer d) { check_undo_redo (f, edit_##name); }

UNDO_TEST (add_step)
UNDO_TEST (remove_step)
UNDO_TEST (edit_step)
UNDO_TEST (add_link)
UNDO_TEST (remove_link)
UNDO_TEST (set_lag)
UNDO_TEST (set_dependencies)
UNDO_TEST (move)
UNDO_TEST (auto_layout)
UNDO_TEST (reorder)

static void
test_refusals_change_nothing (Fixture *f, gconstpointer d)
{
  g_autofree char *before = describe (f->graph);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (lt_graph_commands_add_link (f->cmds, f->u[3], f->u[0], 0, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CYCLE);
  g_assert_nonnull (strstr (error->message, "T4 → T1 → T3 → T4"));
  g_clear_error (&error);

  g_assert_false (lt_graph_commands_add_link (f->cmds, f->u[0], f->u[0], 0, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_SELF_LINK);
  g_clear_error (&error);

  g_assert_false (lt_graph_commands_add_link (f->cmds, f->u[0], f->u[2], 0, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DUPLICATE_LINK);
  g_clear_error (&error);

  g_assert_false (lt_graph_commands_set_dependencies (f->cmds, f->u[0], "4", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CYCLE);
  g_assert_nonnull (strstr (error->message, "T4 → T1 → T3 → T4"));
  g_clear_error (&error);

  g_assert_false (lt_graph_commands_set_dependencies (f->cmds, f->u[0], "2, x", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_DEPENDENCY);
  g_clear_error (&error);

  g_assert_false (lt_graph_commands_edit_step (f->cmds, f->u[0], LT_STEP_KIND_TASK, "   ", "", -1, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NAME_REQUIRED);
  g_clear_error (&error);

  g_assert_false (lt_graph_commands_remove_link (f->cmds, f->u[0], f->u[3], &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (lt_graph_commands_set_lag (f->cmds, f->u[0], f->u[2], -3, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_DEPENDENCY);
  g_clear_error (&error);

  after = describe (f->graph);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (lt_graph_commands_can_undo (f->cmds));
}

static void
test_history (Fixture *f, gconstpointer d)
{
  g_autofree char *start = describe (f->graph);
  g_autofree char *end = NULL;
  g_autofree char *back = NULL;
  g_autofree char *again = NULL;
  guint extra;

  extra = lt_graph_commands_add_step (f->cmds, LT_STEP_KIND_TASK, "Bilan", 900, 10);
  g_assert_true (lt_graph_commands_add_link (f->cmds, f->u[3], extra, 1, NULL));
  lt_graph_commands_move_node (f->cmds, extra, 950, 50);
  g_assert_true (lt_graph_commands_remove_step (f->cmds, f->u[2], NULL));
  g_assert_true (lt_graph_commands_auto_layout (f->cmds, NULL));
  end = describe (f->graph);

  lt_graph_commands_set_unmodified (f->cmds);
  g_assert_false (lt_graph_commands_get_modified (f->cmds));

  while (lt_graph_commands_undo (f->cmds))
    ;
  back = describe (f->graph);
  g_assert_cmpstr (back, ==, start);
  g_assert_true (lt_graph_commands_get_modified (f->cmds));

  while (lt_graph_commands_redo (f->cmds))
    ;
  again = describe (f->graph);
  g_assert_cmpstr (again, ==, end);
  g_assert_false (lt_graph_commands_get_modified (f->cmds));

  /* a new edit after undo forgets the redo, and the saved state is lost */
  lt_graph_commands_undo (f->cmds);
  lt_graph_commands_move_node (f->cmds, extra, 0, 0);
  g_assert_false (lt_graph_commands_can_redo (f->cmds));
  g_assert_true (lt_graph_commands_get_modified (f->cmds));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add ("/graph-commands/" path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("add-step", test_add_step);
  ADD ("remove-step", test_remove_step);
  ADD ("edit-step", test_edit_step);
  ADD ("add-link", test_add_link);
  ADD ("remove-link", test_remove_link);
  ADD ("set-lag", test_set_lag);
  ADD ("set-dependencies", test_set_dependencies);
  ADD ("move", test_move);
  ADD ("auto-layout", test_auto_layout);
  ADD ("reorder", test_reorder);
  ADD ("refusals-change-nothing", test_refusals_change_nothing);
  ADD ("history", test_history);
#undef ADD

  return g_test_run ();
}
