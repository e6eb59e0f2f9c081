/* fuzz-dependency-text.c: the « Dépend de » grammar with any text, on graphs of 1 to 16 steps */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "fuzz-common.h"
#include "lt-dependency-text.h"
#include "lt-error.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  return 0;
}

/* The first byte chooses the graph (number of steps, the step being
 * edited, existing links); the rest is the text typed in « Dépend de ». */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(LtStepGraph) graph = lt_step_graph_new ();
  g_autoptr(GArray) links = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_steps, target, uid = 0;
  guint8 shape;

  if (size < 1)
    return 0;
  shape = data[0];
  n_steps = (shape & 0x0F) + 1;
  target = (shape >> 4) % n_steps;
  text = fuzz_dup_string (data + 1, size - 1);

  for (guint i = 0; i < n_steps; i++)
    {
      g_autofree char *title = g_strdup_printf ("Étape %u", i + 1);
      guint u = lt_step_graph_add_node (graph, i % 3 == 1 ? LT_STEP_KIND_REQUEST : LT_STEP_KIND_TASK, title);

      if (i == target)
        uid = u;
      /* a chain before the edited step, so that cycles can be tried */
      if (i > 0 && (shape & 0x80))
        lt_step_graph_add_link (graph, lt_step_graph_get_nth (graph, i - 1)->uid, u, 0, NULL);
    }

  links = lt_dependency_text_parse (graph, uid, text, &error);
  if (links == NULL)
    {
      FUZZ_ASSERT (error != NULL && error->domain == LT_ERROR);
      FUZZ_ASSERT (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  FUZZ_ASSERT (error == NULL);

  /* What was accepted can be applied, and reads back the same. */
  for (guint i = 0; i < links->len; i++)
    {
      const LtGraphLink *link = &g_array_index (links, LtGraphLink, i);

      FUZZ_ASSERT (link->to == uid);
      FUZZ_ASSERT (lt_step_graph_lookup (graph, link->from) != NULL);
      FUZZ_ASSERT (link->lag_days >= 0 && link->lag_days <= LT_STEP_GRAPH_MAX_LAG);
      if (lt_step_graph_has_link (graph, link->from, uid, NULL))
        lt_step_graph_set_lag (graph, link->from, uid, link->lag_days);
      else
        FUZZ_ASSERT (lt_step_graph_add_link (graph, link->from, uid, link->lag_days, NULL));
    }
  FUZZ_ASSERT (lt_step_graph_check_acyclic (graph, NULL));

  {
    g_autofree char *shown = lt_dependency_text_format (graph, uid);
    g_autoptr(GArray) again = lt_dependency_text_parse (graph, uid, shown, NULL);

    FUZZ_ASSERT (again != NULL);
  }

  return 0;
}
