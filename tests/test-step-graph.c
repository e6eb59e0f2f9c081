/* test-step-graph.c: links, refusals, cycles, topological order, layout */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lt-error.h"
#include "lt-step-graph.h"

/* A chain T1 → T2 → … → Tn of tâches. */
static LtStepGraph *
make_chain (guint  n,
            guint *uids)
{
  LtStepGraph *graph = lt_step_graph_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Étape %u", i + 1);
      uids[i] = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, title);
      if (i > 0)
        g_assert_true (lt_step_graph_add_link (graph, uids[i - 1], uids[i], 0, NULL));
    }
  return graph;
}

static void
test_add_remove_link (void)
{
  g_autoptr(LtStepGraph) graph = lt_step_graph_new ();
  g_autoptr(GError) error = NULL;
  guint a, b, c;
  int lag = -1;
  a = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "Collecter les statuts");
  b = lt_step_graph_add_node (graph, LT_STEP_KIND_REQUEST, "Demander le Kbis");
  c = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "Saisir le dossier");

  g_assert_cmpuint (lt_step_graph_get_n_nodes (graph), ==, 3);
  g_assert_true (lt_step_graph_add_link (graph, a, c, 2, &error));
  g_assert_no_error (error);
  g_assert_true (lt_step_graph_add_link (graph, b, c, 0, &error));
  g_assert_cmpuint (lt_step_graph_get_n_links (graph), ==, 2);
  g_assert_true (lt_step_graph_has_link (graph, a, c, &lag));
  g_assert_cmpint (lag, ==, 2);
  g_assert_false (lt_step_graph_has_link (graph, c, a, NULL));

  g_assert_true (lt_step_graph_remove_link (graph, a, c, &lag));
  g_assert_cmpint (lag, ==, 2);
  g_assert_false (lt_step_graph_remove_link (graph, a, c, NULL));
  g_assert_cmpuint (lt_step_graph_get_n_links (graph), ==, 1);

  /* labels: kind letter and number in the list */
  {
    g_autofree char *la = lt_step_graph_dup_label (graph, a);
    g_autofree char *lb = lt_step_graph_dup_label (graph, b);
    g_assert_cmpstr (la, ==, "T1");
    g_assert_cmpstr (lb, ==, "R2");
  }
}

static void
test_refusals (void)
{
  g_autoptr(LtStepGraph) graph = NULL;
  g_autoptr(GError) error = NULL;
  guint u[5];

  graph = make_chain (5, u);

  /* self-link */
  g_assert_false (lt_step_graph_add_link (graph, u[2], u[2], 0, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_SELF_LINK);
  g_assert_nonnull (strstr (error->message, "T3"));
  g_clear_error (&error);

  /* duplicate */
  g_assert_false (lt_step_graph_add_link (graph, u[0], u[1], 3, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DUPLICATE_LINK);
  g_assert_nonnull (strstr (error->message, "T2 already depends on T1"));
  g_clear_error (&error);

  /* negative lag */
  g_assert_false (lt_step_graph_add_link (graph, u[0], u[3], -1, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_DEPENDENCY);
  g_clear_error (&error);

  /* cycle: T5 → T3 while T3 → T4 → T5 */
  g_assert_false (lt_step_graph_add_link (graph, u[4], u[2], 0, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CYCLE);
  g_assert_nonnull (strstr (error->message, "T5 → T3 → T4 → T5"));
  g_clear_error (&error);

  /* the shortest example of the issue: T3 → T5 → T3 */
  {
    g_autoptr(LtStepGraph) g2 = lt_step_graph_new ();
    guint v[5];

    for (guint i = 0; i < 5; i++)
      v[i] = lt_step_graph_add_node (g2, LT_STEP_KIND_TASK, "x");
    g_assert_true (lt_step_graph_add_link (g2, v[4], v[2], 0, NULL));
    g_assert_false (lt_step_graph_add_link (g2, v[2], v[4], 0, &error));
    g_assert_error (error, LT_ERROR, LT_ERROR_CYCLE);
    g_assert_nonnull (strstr (error->message, "T3 → T5 → T3"));
    g_clear_error (&error);
  }

  /* nothing was added by the refusals */
  g_assert_cmpuint (lt_step_graph_get_n_links (graph), ==, 4);
  g_assert_true (lt_step_graph_check_acyclic (graph, NULL));
}

static void
test_remove_node (void)
{
  g_autoptr(LtStepGraph) graph = NULL;
  g_autoptr(GArray) removed = NULL;
  guint u[4];

  graph = make_chain (4, u);
  g_assert_true (lt_step_graph_add_link (graph, u[0], u[2], 1, NULL));
  g_assert_true (lt_step_graph_remove_node (graph, u[1], &removed));
  g_assert_cmpuint (removed->len, ==, 2);
  g_assert_cmpuint (lt_step_graph_get_n_nodes (graph), ==, 3);
  g_assert_cmpuint (lt_step_graph_get_n_links (graph), ==, 2);
  g_assert_null (lt_step_graph_lookup (graph, u[1]));
  /* numbering follows the list */
  g_assert_cmpuint (lt_step_graph_lookup (graph, u[2])->index, ==, 1);
  g_assert_cmpuint (lt_step_graph_lookup (graph, u[3])->index, ==, 2);
}

static void
test_topological_order (void)
{
  g_autoptr(LtStepGraph) graph = lt_step_graph_new ();
  g_autoptr(GArray) order = NULL;
  g_autoptr(GError) error = NULL;
  guint u[4], pos[4];

  for (guint i = 0; i < 4; i++)
    u[i] = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "x");
  /* 4 → 1, 3 → 2, 1 → 2 */
  lt_step_graph_add_link (graph, u[3], u[0], 0, NULL);
  lt_step_graph_add_link (graph, u[2], u[1], 0, NULL);
  lt_step_graph_add_link (graph, u[0], u[1], 0, NULL);

  order = lt_step_graph_topological_order (graph, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (order->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    for (guint j = 0; j < 4; j++)
      if (g_array_index (order, guint, i) == u[j])
        pos[j] = i;
  g_assert_cmpuint (pos[3], <, pos[0]);
  g_assert_cmpuint (pos[2], <, pos[1]);
  g_assert_cmpuint (pos[0], <, pos[1]);

  /* a cycle loaded from bad data is reported with its path */
  lt_step_graph_add_link_unchecked (graph, u[1], u[3], 0);
  g_clear_pointer (&order, g_array_unref);
  order = lt_step_graph_topological_order (graph, &error);
  g_assert_null (order);
  g_assert_error (error, LT_ERROR, LT_ERROR_CYCLE);
  g_assert_nonnull (strstr (error->message, "T1 → T2 → T4 → T1"));
  g_clear_error (&error);
  g_assert_false (lt_step_graph_layout (graph, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CYCLE);
}

static void
test_valid_targets (void)
{
  g_autoptr(LtStepGraph) graph = NULL;
  g_autoptr(GArray) targets = NULL;
  guint u[5];

  graph = make_chain (4, u);
  u[4] = lt_step_graph_add_node (graph, LT_STEP_KIND_REQUEST, "libre");

  /* from T3: T1, T2 reach it, T4 already depends on it, itself: only R5 */
  targets = lt_step_graph_dup_valid_targets (graph, u[2]);
  g_assert_cmpuint (targets->len, ==, 1);
  g_assert_cmpuint (g_array_index (targets, guint, 0), ==, u[4]);
  g_clear_pointer (&targets, g_array_unref);

  /* from T1: T3, T4 and R5 (T2 already linked) */
  targets = lt_step_graph_dup_valid_targets (graph, u[0]);
  g_assert_cmpuint (targets->len, ==, 3);
}

/* A random DAG: links only from a lower to a higher hidden rank, then the
 * steps shuffled so that list order tells nothing. */
static LtStepGraph *
make_random_dag (GRand *rand,
                 guint  n,
                 guint  links_per_node)
{
  LtStepGraph *graph = lt_step_graph_new ();
  g_autofree guint *uids = g_new (guint, n);

  for (guint i = 0; i < n; i++)
    uids[i] = lt_step_graph_add_node (graph, i % 3 ? LT_STEP_KIND_TASK : LT_STEP_KIND_REQUEST, "n");
  for (guint i = n - 1; i > 0; i--)
    {
      guint j = g_rand_int_range (rand, 0, i + 1);
      guint t = uids[i]; uids[i] = uids[j]; uids[j] = t;
    }
  for (guint i = 1; i < n; i++)
    for (guint k = 0; k < links_per_node; k++)
      {
        guint j = g_rand_int_range (rand, 0, i);
        if (!lt_step_graph_has_link (graph, uids[j], uids[i], NULL))
          lt_step_graph_add_link_unchecked (graph, uids[j], uids[i], k);
      }
  return graph;
}

static void
check_layout (LtStepGraph *graph)
{
  g_autoptr(GArray) links = lt_step_graph_dup_links (graph);
  g_autofree guint *layers = NULL;
  g_autoptr(GError) error = NULL;
  guint n_layers;

  layers = lt_step_graph_compute_layers (graph, &n_layers, &error);
  g_assert_no_error (error);
  g_assert_true (lt_step_graph_layout (graph, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < links->len; i++)
    {
      const LtGraphLink *l = &g_array_index (links, LtGraphLink, i);
      const LtGraphNode *a = lt_step_graph_lookup (graph, l->from);
      const LtGraphNode *b = lt_step_graph_lookup (graph, l->to);

      g_assert_cmpuint (layers[a->index], <, layers[b->index]);
      g_assert_cmpfloat (a->x, <, b->x);
    }

  /* no two boxes on the same spot */
  {
    g_autoptr(GHashTable) spots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < lt_step_graph_get_n_nodes (graph); i++)
      {
        const LtGraphNode *node = lt_step_graph_get_nth (graph, i);
        char *key = g_strdup_printf ("%.0f,%.0f", node->x, node->y);
        g_assert_false (g_hash_table_contains (spots, key));
        g_hash_table_add (spots, key);
      }
  }
}

static void
test_random_dags (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  const guint sizes[] = { 1, 2, 10, 100, 1000, 10000 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(LtStepGraph) graph = make_random_dag (rand, sizes[s], 3);
      g_autoptr(GArray) order = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree guint *rank = NULL;
      g_autoptr(GArray) links = NULL;

      g_assert_true (lt_step_graph_check_acyclic (graph, &error));
      g_assert_no_error (error);

      order = lt_step_graph_topological_order (graph, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (order->len, ==, sizes[s]);
      rank = g_new0 (guint, sizes[s]);
      for (guint i = 0; i < order->len; i++)
        rank[lt_step_graph_lookup (graph, g_array_index (order, guint, i))->index] = i;
      links = lt_step_graph_dup_links (graph);
      for (guint i = 0; i < links->len; i++)
        {
          const LtGraphLink *l = &g_array_index (links, LtGraphLink, i);
          g_assert_cmpuint (rank[lt_step_graph_lookup (graph, l->from)->index], <,
                            rank[lt_step_graph_lookup (graph, l->to)->index]);
        }

      check_layout (graph);

      /* close a cycle through a random link: refused with a path, and the
       * same cycle found by the whole-graph check once forced in */
      if (links->len > 0)
        {
          const LtGraphLink *l = &g_array_index (links, LtGraphLink, g_rand_int_range (rand, 0, links->len));
          g_autoptr(GArray) path = NULL;

          g_assert_false (lt_step_graph_add_link (graph, l->to, l->from, 0, &error));
          g_assert_error (error, LT_ERROR, LT_ERROR_CYCLE);
          g_clear_error (&error);
          g_assert_true (lt_step_graph_reaches (graph, l->from, l->to, &path));
          g_assert_cmpuint (g_array_index (path, guint, 0), ==, l->from);
          g_assert_cmpuint (g_array_index (path, guint, path->len - 1), ==, l->to);

          lt_step_graph_add_link_unchecked (graph, l->to, l->from, 0);
          g_assert_false (lt_step_graph_check_acyclic (graph, &error));
          g_assert_error (error, LT_ERROR, LT_ERROR_CYCLE);
        }
    }
}

static void
test_layout_crossings (void)
{
  g_autoptr(LtStepGraph) graph = lt_step_graph_new ();
  guint a, b, c, d;

  /* A → D, B → C, list order A B C D: the barycentre puts D above C */
  a = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "A");
  b = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "B");
  c = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "C");
  d = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "D");
  lt_step_graph_add_link (graph, a, d, 0, NULL);
  lt_step_graph_add_link (graph, b, c, 0, NULL);
  g_assert_true (lt_step_graph_layout (graph, NULL));

  g_assert_cmpfloat (lt_step_graph_lookup (graph, a)->x, ==, lt_step_graph_lookup (graph, b)->x);
  g_assert_cmpfloat (lt_step_graph_lookup (graph, c)->x, >, lt_step_graph_lookup (graph, a)->x);
  g_assert_cmpfloat (lt_step_graph_lookup (graph, a)->y, <, lt_step_graph_lookup (graph, b)->y);
  g_assert_cmpfloat (lt_step_graph_lookup (graph, d)->y, <, lt_step_graph_lookup (graph, c)->y);
}

static void
test_move_to_index (void)
{
  g_autoptr(LtStepGraph) graph = NULL;
  guint u[4];

  graph = make_chain (4, u);
  lt_step_graph_move_to_index (graph, u[3], 0);
  g_assert_cmpuint (lt_step_graph_get_nth (graph, 0)->uid, ==, u[3]);
  g_assert_cmpuint (lt_step_graph_lookup (graph, u[0])->index, ==, 1);
  g_assert_cmpuint (lt_step_graph_get_n_links (graph), ==, 3);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/step-graph/add-remove-link", test_add_remove_link);
  g_test_add_func ("/step-graph/refusals", test_refusals);
  g_test_add_func ("/step-graph/remove-node", test_remove_node);
  g_test_add_func ("/step-graph/topological-order", test_topological_order);
  g_test_add_func ("/step-graph/valid-targets", test_valid_targets);
  g_test_add_func ("/step-graph/random-dags", test_random_dags);
  g_test_add_func ("/step-graph/layout-crossings", test_layout_crossings);
  g_test_add_func ("/step-graph/move-to-index", test_move_to_index);

  return g_test_run ();
}
