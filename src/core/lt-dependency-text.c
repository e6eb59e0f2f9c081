/* lt-dependency-text.c: parse and format the « Dépend de » short text */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-dependency-text"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "lt-dependency-text.h"
#include "lt-error.h"

/* Reads an unsigned decimal at *p; FALSE if none or absurdly long. */
static gboolean
read_number (const char **p,
             guint       *value)
{
  guint64 v = 0;
  const char *s = *p;

  if (!g_ascii_isdigit (*s))
    return FALSE;
  while (g_ascii_isdigit (*s))
    {
      v = v * 10 + (guint64) (*s - '0');
      if (v > G_MAXINT)
        return FALSE;
      s++;
    }
  *p = s;
  *value = (guint) v;
  return TRUE;
}

static const char *
skip_spaces (const char *s)
{
  while (*s == ' ' || *s == '\t' || g_unichar_isspace (g_utf8_get_char (s)))
    s = g_utf8_next_char (s);
  return s;
}

/* One item: [T|D|R] number [ + lag [j|d] ]. */
static gboolean
parse_item (const char *item,
            guint      *number,
            int        *lag)
{
  const char *p = skip_spaces (item);
  guint l = 0;

  if (strchr ("TtDdRr", *p) != NULL && *p != '\0')
    p++;
  if (!read_number (&p, number))
    return FALSE;
  p = skip_spaces (p);
  *lag = 0;
  if (*p == '+')
    {
      p = skip_spaces (p + 1);
      if (!read_number (&p, &l))
        return FALSE;
      if (*p == 'j' || *p == 'J' || *p == 'd' || *p == 'D')
        p++;
      *lag = (int) l;
      p = skip_spaces (p);
    }
  return *p == '\0';
}

/**
 * lt_dependency_text_parse:
 * @uid: the step whose dependencies @text lists
 * @text: « 2, 3+2 »: after step 2, and after step 3 plus 2 working days
 *
 * Reads what a step depends on, with the refusals of the canvas: an unknown
 * step, itself, a step named twice, a cycle (named « T3 → T5 → T3 »).
 *
 * Returns: (transfer full) (element-type LtGraphLink) (nullable): the links
 *   into @uid, or %NULL with the error
 */
GArray *
lt_dependency_text_parse (LtStepGraph  *graph,
                          guint         uid,
                          const char   *text,
                          GError      **error)
{
  g_autoptr(GArray) links = NULL;
  g_auto(GStrv) items = NULL;
  guint n_steps;

  g_return_val_if_fail (LT_IS_STEP_GRAPH (graph), NULL);
  g_return_val_if_fail (lt_step_graph_lookup (graph, uid) != NULL, NULL);

  links = g_array_new (FALSE, FALSE, sizeof (LtGraphLink));
  if (text == NULL)
    return g_steal_pointer (&links);

  /* the grammar steps through characters: bytes that are not UTF-8 would
   * send it past the end (and the message would quote them) */
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_INVALID_DEPENDENCY,
                           _("This dependency holds characters that are not text: write the numbers of the steps it waits for, e.g. “2, 3+2”."));
      return NULL;
    }

  n_steps = lt_step_graph_get_n_nodes (graph);
  items = g_strsplit_set (text, ",;", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *item = g_strstrip (g_strdup (items[i]));
      const LtGraphNode *pred;
      LtGraphLink link;
      guint number = 0;
      int lag = 0;

      if (item[0] == '\0')
        continue;

      if (!parse_item (item, &number, &lag))
        {
          g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DEPENDENCY,
                       _("“%s” is not a dependency: write the numbers of the steps it waits for, each followed by +days of lag if needed, e.g. “2, 3+2”."),
                       item);
          return NULL;
        }

      if (number < 1 || number > n_steps)
        {
          g_set_error (error, LT_ERROR, LT_ERROR_UNKNOWN_STEP,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "There is no step %u: this prestation has %u step.",
                                    "There is no step %u: this prestation has %u steps.",
                                    n_steps),
                       number, n_steps);
          return NULL;
        }

      pred = lt_step_graph_get_nth (graph, number - 1);

      for (guint j = 0; j < links->len; j++)
        if (g_array_index (links, LtGraphLink, j).from == pred->uid)
          {
            g_set_error (error, LT_ERROR, LT_ERROR_DUPLICATE_LINK,
                         _("Step %u is named twice: name each step once."),
                         number);
            return NULL;
          }

      if (lt_step_graph_has_link (graph, pred->uid, uid, NULL))
        {
          /* Already there: only the lag may change. */
          if (lag > LT_STEP_GRAPH_MAX_LAG)
            {
              g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DEPENDENCY,
                           _("A lag of %d days is not possible: give a number of working days between 0 and %d."),
                           lag, LT_STEP_GRAPH_MAX_LAG);
              return NULL;
            }
        }
      else if (!lt_step_graph_check_link (graph, pred->uid, uid, lag, error))
        return NULL;

      link.from = pred->uid;
      link.to = uid;
      link.lag_days = lag;
      g_array_append_val (links, link);
    }

  return g_steal_pointer (&links);
}

/**
 * lt_dependency_text_format:
 *
 * Returns: (transfer full): what @uid depends on, « 2, 3+2 », "" if nothing
 */
char *
lt_dependency_text_format (LtStepGraph *graph,
                           guint        uid)
{
  g_autoptr(GArray) preds = NULL;
  GString *str = g_string_new (NULL);

  g_return_val_if_fail (LT_IS_STEP_GRAPH (graph), NULL);

  preds = lt_step_graph_dup_predecessors (graph, uid);
  for (guint i = 0; i < preds->len; i++)
    {
      const LtGraphLink *link = &g_array_index (preds, LtGraphLink, i);
      const LtGraphNode *node = lt_step_graph_lookup (graph, link->from);

      if (str->len > 0)
        g_string_append (str, ", ");
      g_string_append_printf (str, "%u", node->index + 1);
      if (link->lag_days > 0)
        g_string_append_printf (str, "+%d", link->lag_days);
    }
  return g_string_free (str, FALSE);
}
