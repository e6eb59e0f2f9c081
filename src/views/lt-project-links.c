/* lt-project-links.c: « Links Between Prestations » — the dependency canvas over a project's steps, saved with it */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-project-links"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-cross-links.h"
#include "lt-dependency-canvas.h"
#include "lt-error.h"
#include "lt-project-editor-private.h"
#include "lt-project-links.h"
#include "lt-store-catalogue-ops.h"
#include "lt-store-cross-links.h"

/* Kept on the editor. */
typedef struct {
  LtProjectEditor *editor;        /* unowned: owns this */
  GArray          *links;         /* LtCrossLink the project adds; NULL until read or edited */
  GtkWindow       *window;        /* the canvas's window while open */
  LtStepGraph     *graph;         /* what it shows */
  LtGraphCommands *commands;
  LtDependencyCanvas *canvas;
  GtkLabel        *message;
  GHashTable      *fixed;         /* "from:to" step ids of the catalogue's links: not the project's */
} ProjectLinks;

static void
project_links_free (gpointer data)
{
  ProjectLinks *pl = data;

  g_clear_pointer (&pl->links, g_array_unref);
  g_clear_object (&pl->commands);
  g_clear_object (&pl->graph);
  g_clear_pointer (&pl->fixed, g_hash_table_unref);
  g_free (pl);
}

static ProjectLinks *
get (LtProjectEditor *editor)
{
  return g_object_get_data (G_OBJECT (editor), "lt-project-links");
}

static char *
pair_key (gint64 from,
          gint64 to)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, from, to);
}

/* The links the project adds: those of the canvas that the catalogue does
 * not already make. */
static void
on_graph_changed_cb (ProjectLinks *pl)
{
  g_autoptr(GArray) graph_links = NULL;

  if (pl->graph == NULL)
    return;
  graph_links = lt_step_graph_dup_links (pl->graph);
  if (pl->links == NULL)
    pl->links = g_array_new (FALSE, FALSE, sizeof (LtCrossLink));
  g_array_set_size (pl->links, 0);

  for (guint i = 0; i < graph_links->len; i++)
    {
      const LtGraphLink *l = &g_array_index (graph_links, LtGraphLink, i);
      LtCrossLink link = {
        .from_step_id = lt_step_graph_lookup (pl->graph, l->from)->step_id,
        .to_step_id = lt_step_graph_lookup (pl->graph, l->to)->step_id,
        .lag_days = l->lag_days,
      };
      g_autofree char *key = pair_key (link.from_step_id, link.to_step_id);

      if (!g_hash_table_contains (pl->fixed, key))
        g_array_append_val (pl->links, link);
    }
}

static void
on_canvas_message_cb (ProjectLinks *pl,
                      const char   *message)
{
  gtk_label_set_text (pl->message, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (pl->message), message != NULL && *message != '\0');
}

/* One node per step of each prestation assigned (once even when assigned
 * twice), their own links and the catalogue's links across them, fixed;
 * then the project's links. */
static gboolean
build_graph (ProjectLinks  *pl,
             GError       **error)
{
  LtStore *store = lt_context_get_store (pl->editor->context);
  g_autoptr(LtStepGraph) graph = lt_step_graph_new ();
  g_autoptr(GHashTable) uid_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) cross = NULL;

  g_clear_pointer (&pl->fixed, g_hash_table_unref);
  pl->fixed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint r = 0; r < pl->editor->rows->len; r++)
    {
      Row *row = g_ptr_array_index (pl->editor->rows, r);
      gint64 prestation_id = lt_prestation_get_id (row->prestation);
      g_autoptr(LtStepGraph) own = NULL;
      g_autoptr(GArray) own_links = NULL;

      if (g_hash_table_contains (seen, &prestation_id))
        continue;
      g_hash_table_add (seen, g_memdup2 (&prestation_id, sizeof prestation_id));
      if ((own = lt_store_catalogue_load_graph (store, prestation_id, error)) == NULL)
        return FALSE;

      for (guint i = 0; i < lt_step_graph_get_n_nodes (own); i++)
        {
          const LtGraphNode *node = lt_step_graph_get_nth (own, i);
          /* the step first: a box shows the start of its title */
          g_autofree char *title = g_strdup_printf ("%s — %s", node->title, lt_prestation_get_name (row->prestation));
          guint uid = lt_step_graph_add_node (graph, node->kind, title);

          lt_step_graph_set_step_id (graph, uid, node->step_id);
          lt_step_graph_set_delay_days (graph, uid, node->delay_days);
          g_hash_table_insert (uid_of, g_memdup2 (&node->step_id, sizeof (gint64)), GUINT_TO_POINTER (uid));
        }
      own_links = lt_step_graph_dup_links (own);
      for (guint i = 0; i < own_links->len; i++)
        {
          const LtGraphLink *l = &g_array_index (own_links, LtGraphLink, i);
          gint64 from = lt_step_graph_lookup (own, l->from)->step_id;
          gint64 to = lt_step_graph_lookup (own, l->to)->step_id;

          lt_step_graph_add_link_unchecked (graph, GPOINTER_TO_UINT (g_hash_table_lookup (uid_of, &from)),
                                            GPOINTER_TO_UINT (g_hash_table_lookup (uid_of, &to)), l->lag_days);
          g_hash_table_add (pl->fixed, pair_key (from, to));
        }
    }

  if ((cross = lt_store_cross_links_list (store, 0, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < cross->len; i++)
    {
      const LtCrossLinkInfo *c = g_ptr_array_index (cross, i);
      gpointer from = g_hash_table_lookup (uid_of, &c->from_step_id);
      gpointer to = g_hash_table_lookup (uid_of, &c->to_step_id);

      if (from == NULL || to == NULL)
        continue;
      lt_step_graph_add_link_unchecked (graph, GPOINTER_TO_UINT (from), GPOINTER_TO_UINT (to), c->lag_days);
      g_hash_table_add (pl->fixed, pair_key (c->from_step_id, c->to_step_id));
    }

  if (pl->links == NULL && pl->editor->project_id > 0 &&
      (pl->links = lt_store_project_step_links (store, pl->editor->project_id, error)) == NULL)
    return FALSE;
  for (guint i = 0; pl->links != NULL && i < pl->links->len; i++)
    {
      const LtCrossLink *l = &g_array_index (pl->links, LtCrossLink, i);
      gpointer from = g_hash_table_lookup (uid_of, &l->from_step_id);
      gpointer to = g_hash_table_lookup (uid_of, &l->to_step_id);

      /* a link to a prestation no longer assigned is dropped */
      if (from != NULL && to != NULL)
        lt_step_graph_add_link (graph, GPOINTER_TO_UINT (from), GPOINTER_TO_UINT (to), l->lag_days, NULL);
    }

  lt_step_graph_layout (graph, NULL);

  if (pl->graph != NULL)
    g_signal_handlers_disconnect_by_data (pl->graph, pl);
  g_set_object (&pl->graph, graph);
  g_clear_object (&pl->commands);
  pl->commands = lt_graph_commands_new (graph);
  g_signal_connect_swapped (graph, "changed", G_CALLBACK (on_graph_changed_cb), pl);
  on_graph_changed_cb (pl);
  return TRUE;
}

static void
on_window_destroy_cb (ProjectLinks *pl)
{
  pl->window = NULL;
  pl->canvas = NULL;
  pl->message = NULL;
}

static void
on_open_clicked_cb (ProjectLinks *pl)
{
  lt_project_links_open (pl->editor);
}

/**
 * lt_project_links_install:
 *
 * Adds « Links Between Prestations… » under the assigned prestations.
 */
void
lt_project_links_install (LtProjectEditor *editor)
{
  ProjectLinks *pl = g_new0 (ProjectLinks, 1);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Links Between Prestations…"));

  pl->editor = editor;
  g_object_set_data_full (G_OBJECT (editor), "lt-project-links", pl, project_links_free);

  gtk_widget_set_tooltip_text (button, _("Make a step of one assigned prestation wait on a step of another, for this project"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_open_clicked_cb), pl);
  /* under the assigned prestations: beside « Assign » it squeezed the group's title */
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (GTK_WIDGET (editor->rows_box),
                                                                            ADW_TYPE_PREFERENCES_GROUP)),
                             button);
}

/**
 * lt_project_links_apply:
 *
 * Gives @project the links set in the canvas, to be saved and planned with
 * it; a project whose canvas was never opened keeps its stored links.
 */
void
lt_project_links_apply (LtProjectEditor *editor,
                        LtProject       *project)
{
  ProjectLinks *pl = get (editor);

  if (pl != NULL && pl->links != NULL)
    lt_project_set_step_links (project, pl->links);
}

/**
 * lt_project_links_open:
 *
 * Opens the canvas over the steps of the prestations assigned now.
 *
 * Returns: (transfer none) (nullable): its window
 */
GtkWindow *
lt_project_links_open (LtProjectEditor *editor)
{
  ProjectLinks *pl = get (editor);
  g_autoptr(GError) error = NULL;
  GtkWidget *box, *header, *hint, *frame;

  g_return_val_if_fail (pl != NULL, NULL);

  if (pl->window != NULL)
    {
      gtk_window_present (pl->window);
      return pl->window;
    }
  if (!build_graph (pl, &error))
    {
      adw_toast_overlay_add_toast (editor->toast_overlay, adw_toast_new (error->message));
      return NULL;
    }

  pl->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_title (pl->window, _("Links Between Prestations"));
  gtk_window_set_transient_for (pl->window, GTK_WINDOW (editor));
  gtk_window_set_modal (pl->window, TRUE);
  gtk_window_set_default_size (pl->window, 1200, 720);
  g_signal_connect_swapped (pl->window, "destroy", G_CALLBACK (on_window_destroy_cb), pl);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header);

  hint = gtk_label_new (_("Drag from a step’s handle onto a step of another prestation to make it wait. "
                          "The prestations’ own links and the catalogue’s are shown too; "
                          "the links added here are saved with the project."));
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_set_margin_start (hint, 12);
  gtk_widget_set_margin_end (hint, 12);
  gtk_box_append (GTK_BOX (box), hint);

  pl->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (pl->message, TRUE);
  gtk_label_set_xalign (pl->message, 0);
  gtk_widget_set_margin_start (GTK_WIDGET (pl->message), 12);
  gtk_widget_add_css_class (GTK_WIDGET (pl->message), "error");
  gtk_widget_set_visible (GTK_WIDGET (pl->message), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (pl->message));

  pl->canvas = LT_DEPENDENCY_CANVAS (lt_dependency_canvas_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (pl->canvas), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (pl->canvas), TRUE);
  lt_dependency_canvas_set_commands (pl->canvas, pl->commands);
  g_signal_connect_swapped (pl->canvas, "message", G_CALLBACK (on_canvas_message_cb), pl);
  frame = gtk_frame_new (NULL);
  gtk_widget_set_margin_start (frame, 12);
  gtk_widget_set_margin_end (frame, 12);
  gtk_widget_set_margin_bottom (frame, 12);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (pl->canvas));
  gtk_box_append (GTK_BOX (box), frame);

  adw_window_set_content (ADW_WINDOW (pl->window), box);
  gtk_window_present (pl->window);
  return pl->window;
}

/**
 * lt_project_links_link:
 *
 * What dragging from @from_step_id's handle onto @to_step_id does in the
 * open canvas (tests drive it through this): refused with the canvas's
 * message when it would make a cycle.
 */
gboolean
lt_project_links_link (LtProjectEditor  *editor,
                       gint64            from_step_id,
                       gint64            to_step_id,
                       int               lag_days,
                       GError          **error)
{
  ProjectLinks *pl = get (editor);
  const LtGraphNode *from, *to;

  g_return_val_if_fail (pl != NULL && pl->canvas != NULL, FALSE);

  from = lt_step_graph_lookup_step_id (pl->graph, from_step_id);
  to = lt_step_graph_lookup_step_id (pl->graph, to_step_id);
  if (from == NULL || to == NULL)
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_UNKNOWN_STEP,
                           _("This step is not one of the prestations assigned to the project."));
      return FALSE;
    }
  if (!lt_dependency_canvas_link (pl->canvas, from->uid, to->uid, lag_days))
    {
      g_set_error_literal (error, LT_ERROR, LT_ERROR_CROSS_LINK_CYCLE,
                           lt_dependency_canvas_get_last_message (pl->canvas) != NULL
                           ? lt_dependency_canvas_get_last_message (pl->canvas)
                           : _("This link is refused: it would make the steps go round in a circle."));
      return FALSE;
    }
  return TRUE;
}

/**
 * lt_project_links_get:
 *
 * Returns: (transfer none) (nullable) (element-type LtCrossLink): the links
 *   the project adds, or %NULL when the canvas was never opened
 */
GArray *
lt_project_links_get (LtProjectEditor *editor)
{
  ProjectLinks *pl = get (editor);

  return pl != NULL ? pl->links : NULL;
}
