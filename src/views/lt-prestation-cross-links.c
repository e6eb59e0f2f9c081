/* lt-prestation-cross-links.c: « Waits on another prestation » — a popover of the prestation editor */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-prestation-cross-links"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-prestation-cross-links.h"
#include "lt-prestation-editor-private.h"
#include "lt-store-catalogue-ops.h"
#include "lt-store-catalogue.h"
#include "lt-store-cross-links.h"

/* What the popover shows, kept on the editor. */
typedef struct {
  LtPrestationEditor *editor;     /* unowned: owns this */
  GtkMenuButton      *button;
  GtkBox             *links_box;
  LtChoiceButton     *step_dropdown;
  LtChoiceButton     *other_dropdown;
  GtkSpinButton      *lag_spin;
  GtkLabel           *error_label;
  GArray             *step_ids;   /* gint64, parallel to step_dropdown */
  GArray             *other_ids;  /* gint64, parallel to other_dropdown */
} CrossLinks;

static void refresh (CrossLinks *cl);

static void
cross_links_free (gpointer data)
{
  CrossLinks *cl = data;

  g_clear_pointer (&cl->step_ids, g_array_unref);
  g_clear_pointer (&cl->other_ids, g_array_unref);
  g_free (cl);
}

static CrossLinks *
get (LtPrestationEditor *editor)
{
  return g_object_get_data (G_OBJECT (editor), "lt-prestation-cross-links");
}

static void
show_error (CrossLinks *cl,
            const char *message)
{
  gtk_label_set_text (cl->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (cl->error_label), message != NULL);
}

static void
on_remove_clicked_cb (GtkButton  *button,
                      CrossLinks *cl)
{
  g_autoptr(GError) error = NULL;
  gint64 from = *(gint64 *) g_object_get_data (G_OBJECT (button), "from");
  gint64 to = *(gint64 *) g_object_get_data (G_OBJECT (button), "to");

  if (!lt_store_cross_link_remove (lt_context_get_store (cl->editor->context), from, to, &error))
    {
      show_error (cl, error->message);
      return;
    }
  refresh (cl);
}

static void
on_add_clicked_cb (CrossLinks *cl)
{
  g_autoptr(GError) error = NULL;
  guint step = lt_choice_button_get_selected (cl->step_dropdown);
  guint other = lt_choice_button_get_selected (cl->other_dropdown);

  if (step >= cl->step_ids->len || other >= cl->other_ids->len)
    return;
  if (!lt_prestation_cross_links_add (cl->editor, g_array_index (cl->step_ids, gint64, step),
                                      g_array_index (cl->other_ids, gint64, other),
                                      gtk_spin_button_get_value_as_int (cl->lag_spin), &error))
    show_error (cl, error->message);
}

static void
add_link_row (CrossLinks            *cl,
              const LtCrossLinkInfo *info)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *text = NULL;
  GtkWidget *label, *remove;

  /* TRANSLATORS: « PV waits on Bilan annuel : Établir les comptes annuels, + 2 days » */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s waits on %s : %s, + %d day", "%s waits on %s : %s, + %d days",
                                       info->lag_days),
                          info->to_step, info->from_prestation, info->from_step, info->lag_days);
  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), label);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (remove, _("Remove this link"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove this link"), -1);
  g_object_set_data_full (G_OBJECT (remove), "from", g_memdup2 (&info->from_step_id, sizeof (gint64)), g_free);
  g_object_set_data_full (G_OBJECT (remove), "to", g_memdup2 (&info->to_step_id, sizeof (gint64)), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), cl);
  gtk_box_append (GTK_BOX (row), remove);

  gtk_box_append (cl->links_box, row);
}

/* Reads the links of the prestation shown, its saved steps and the steps of
 * every other current prestation. */
static void
refresh (CrossLinks *cl)
{
  LtStore *store = lt_context_get_store (cl->editor->context);
  gint64 id = lt_prestation_get_id (cl->editor->prestation);
  g_autoptr(GtkStringList) steps = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) others = gtk_string_list_new (NULL);
  g_autoptr(GListModel) prestations = NULL;
  g_autoptr(GPtrArray) links = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (cl->links_box))) != NULL)
    gtk_box_remove (cl->links_box, child);
  g_array_set_size (cl->step_ids, 0);
  g_array_set_size (cl->other_ids, 0);
  show_error (cl, NULL);

  if (id == 0)
    {
      gtk_box_append (cl->links_box, gtk_label_new (_("Save the prestation first: only its saved steps can wait on another prestation.")));
      lt_choice_button_set_model (cl->step_dropdown, NULL);
      lt_choice_button_set_model (cl->other_dropdown, NULL);
      return;
    }

  links = lt_store_cross_links_list (store, id, NULL);
  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      const LtCrossLinkInfo *info = g_ptr_array_index (links, i);

      if (info->to_prestation_id == id)
        add_link_row (cl, info);
    }
  if (gtk_widget_get_first_child (GTK_WIDGET (cl->links_box)) == NULL)
    gtk_box_append (cl->links_box, gtk_label_new (_("No step of this prestation waits on another prestation.")));

  for (guint i = 0; i < lt_step_graph_get_n_nodes (cl->editor->graph); i++)
    {
      const LtGraphNode *node = lt_step_graph_get_nth (cl->editor->graph, i);

      if (node->step_id <= 0)
        continue;
      g_array_append_val (cl->step_ids, node->step_id);
      gtk_string_list_append (steps, node->title);
    }

  prestations = lt_store_list_prestations (store, 0, NULL, FALSE);
  for (guint p = 0; p < g_list_model_get_n_items (prestations); p++)
    {
      g_autoptr(LtPrestation) prestation = g_list_model_get_item (prestations, p);
      g_autoptr(LtStepGraph) graph = NULL;

      if (lt_prestation_get_id (prestation) == id ||
          lt_prestation_get_family_id (prestation) == lt_prestation_get_family_id (cl->editor->prestation))
        continue;
      graph = lt_store_catalogue_load_graph (store, lt_prestation_get_id (prestation), NULL);
      for (guint i = 0; graph != NULL && i < lt_step_graph_get_n_nodes (graph); i++)
        {
          const LtGraphNode *node = lt_step_graph_get_nth (graph, i);
          g_autofree char *name = g_strdup_printf ("%s : %s", lt_prestation_get_name (prestation), node->title);

          g_array_append_val (cl->other_ids, node->step_id);
          gtk_string_list_append (others, name);
        }
    }

  lt_choice_button_set_model (cl->step_dropdown, G_LIST_MODEL (steps));
  lt_choice_button_set_model (cl->other_dropdown, G_LIST_MODEL (others));
}

static GtkWidget *
labelled (const char *text,
          GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), widget);
  return box;
}

/**
 * lt_prestation_cross_links_install:
 *
 * Adds « Waits on Another Prestation » to the editor's toolbar (after the
 * error label): a popover listing the steps of this prestation that wait on
 * a step of another, to remove one or add one.
 */
void
lt_prestation_cross_links_install (LtPrestationEditor *editor)
{
  CrossLinks *cl = g_new0 (CrossLinks, 1);
  GtkWidget *toolbar = gtk_widget_get_next_sibling (GTK_WIDGET (editor->error_label));
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *heading, *add;
  GtkAdjustment *lag = gtk_adjustment_new (0, 0, LT_STEP_GRAPH_MAX_LAG, 1, 5, 0);

  g_return_if_fail (GTK_IS_BOX (toolbar));

  cl->editor = editor;
  cl->step_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  cl->other_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_object_set_data_full (G_OBJECT (editor), "lt-prestation-cross-links", cl, cross_links_free);

  heading = gtk_label_new (_("Steps that wait on another prestation, when both are assigned in a project"));
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (heading), 40);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  cl->links_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 4));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (cl->links_box));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  cl->step_dropdown = LT_CHOICE_BUTTON (lt_choice_button_new (NULL));
  cl->other_dropdown = LT_CHOICE_BUTTON (lt_choice_button_new (NULL));
  cl->lag_spin = GTK_SPIN_BUTTON (gtk_spin_button_new (lag, 1, 0));
  gtk_box_append (GTK_BOX (box), labelled (_("_Step of this prestation"), GTK_WIDGET (cl->step_dropdown)));
  gtk_box_append (GTK_BOX (box), labelled (_("_Waits on"), GTK_WIDGET (cl->other_dropdown)));
  gtk_box_append (GTK_BOX (box), labelled (_("_Lag in working days"), GTK_WIDGET (cl->lag_spin)));

  cl->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (cl->error_label, TRUE);
  gtk_label_set_max_width_chars (cl->error_label, 40);
  gtk_label_set_xalign (cl->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (cl->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (cl->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (cl->error_label));

  add = gtk_button_new_with_mnemonic (_("_Add the Link"));
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_widget_set_halign (add, GTK_ALIGN_END);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_clicked_cb), cl);
  gtk_box_append (GTK_BOX (box), add);

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (refresh), cl);

  cl->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_label (cl->button, _("Other Prestations…"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (cl->button),
                               _("Make a step of this prestation wait on a step of another, whenever both are assigned in one project"));
  gtk_menu_button_set_popover (cl->button, popover);
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (cl->button));
}

/**
 * lt_prestation_cross_links_add:
 * @to_step_id: a saved step of the prestation shown
 * @from_step_id: a step of another prestation
 *
 * What « Add the Link » does: stores the link at once (it is the
 * catalogue's rule, not part of the prestation's graph).
 */
gboolean
lt_prestation_cross_links_add (LtPrestationEditor  *editor,
                               gint64               to_step_id,
                               gint64               from_step_id,
                               int                  lag_days,
                               GError             **error)
{
  CrossLinks *cl = get (editor);

  g_return_val_if_fail (cl != NULL, FALSE);

  if (!lt_store_cross_link_add (lt_context_get_store (editor->context), from_step_id, to_step_id, lag_days, error))
    return FALSE;
  refresh (cl);
  return TRUE;
}

/**
 * lt_prestation_cross_links_get_button:
 *
 * Returns: (transfer none): the menu button (for tests)
 */
GtkWidget *
lt_prestation_cross_links_get_button (LtPrestationEditor *editor)
{
  CrossLinks *cl = get (editor);

  g_return_val_if_fail (cl != NULL, NULL);
  return GTK_WIDGET (cl->button);
}
