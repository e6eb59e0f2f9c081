/* lt-dependency-canvas-children.c: the canvas's other children — a button per arrow, the hint, renaming a box */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* GTK 4.8 exposes only widgets to screen readers: each arrow is a small
 * focusable button at the middle of its path, named « D2 → T4, délai
 * 2 jours », which deletes the dependency when activated (its AT-SPI
 * action). It shows only while hovered or focused, or when its arrow is
 * selected. */

#define G_LOG_DOMAIN "lt-dependency-canvas"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-dependency-canvas-private.h"
#include "lt-dependency-route.h"
#include "lt-step-box.h"

#define ARROW_BUTTON 22

static char *
arrow_key (guint from,
           guint to)
{
  return g_strdup_printf ("%u:%u", from, to);
}

/* « D2 → T4, délai 2 jours » */
static char *
arrow_name (LtStepGraph       *graph,
            const LtGraphLink *link)
{
  g_autofree char *from = lt_step_graph_dup_label (graph, link->from);
  g_autofree char *to = lt_step_graph_dup_label (graph, link->to);

  if (link->lag_days > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s → %s, lag %d day", "%s → %s, lag %d days",
                                         link->lag_days),
                            from, to, link->lag_days);

  /* TRANSLATORS: an arrow of the dependency canvas: from which step to which */
  return g_strdup_printf (_("%s → %s"), from, to);
}

typedef struct {
  LtDependencyCanvas *canvas;
  guint               from;
  guint               to;
} PendingDelete;

/* The button goes with its arrow: the deletion waits until its own
 * « clicked » has returned. */
static gboolean
delete_arrow_idle (gpointer data)
{
  PendingDelete *pending = data;
  g_autoptr(GError) error = NULL;
  LtGraphCommands *commands = lt_dependency_canvas_get_commands (pending->canvas);

  if (commands != NULL &&
      !lt_graph_commands_remove_link (commands, pending->from, pending->to, &error))
    g_signal_emit_by_name (pending->canvas, "message", error->message);
  gtk_widget_grab_focus (GTK_WIDGET (pending->canvas));

  g_object_unref (pending->canvas);
  g_free (pending);

  return G_SOURCE_REMOVE;
}

static void
on_arrow_clicked_cb (GtkButton          *button,
                     LtDependencyCanvas *self)
{
  PendingDelete *pending = g_new0 (PendingDelete, 1);

  pending->canvas = g_object_ref (self);
  pending->from = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "from"));
  pending->to = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "to"));
  g_idle_add (delete_arrow_idle, pending);
}

/* Focusing an arrow's button selects the arrow: Delete then works too. */
static void
on_arrow_focus_cb (GtkEventControllerFocus *controller,
                   LtDependencyCanvas      *self)
{
  GtkWidget *button = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  lt_dependency_canvas_select_link (self,
                                    GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "from")),
                                    GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "to")));
}

static GtkWidget *
arrow_button_new (LtDependencyCanvas *self,
                  guint               from,
                  guint               to)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("edit-delete-symbolic");
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_add_css_class (button, "arrow");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_set_tooltip_text (button, _("Delete this dependency"));
  g_object_set_data (G_OBJECT (button), "from", GUINT_TO_POINTER (from));
  g_object_set_data (G_OBJECT (button), "to", GUINT_TO_POINTER (to));
  g_signal_connect (button, "clicked", G_CALLBACK (on_arrow_clicked_cb), self);
  g_signal_connect (focus, "enter", G_CALLBACK (on_arrow_focus_cb), self);
  gtk_widget_add_controller (button, focus);

  return button;
}

static void
on_rename_activate_cb (GtkEntry           *entry,
                       LtDependencyCanvas *self)
{
  g_autoptr(GError) error = NULL;
  const LtGraphNode *node;
  guint uid = self->rename_uid;

  node = self->graph != NULL ? lt_step_graph_lookup (self->graph, uid) : NULL;
  if (node == NULL)
    return;
  if (!lt_graph_commands_edit_step (self->commands, uid, node->kind, gtk_editable_get_text (GTK_EDITABLE (entry)),
                                    node->description, node->delay_days, &error))
    {
      g_signal_emit_by_name (self, "message", error->message);
      return;
    }
  gtk_popover_popdown (GTK_POPOVER (self->rename));
  lt_dependency_canvas_select_uid (self, uid);
}

void
lt_dependency_canvas_init_children (LtDependencyCanvas *self)
{
  self->arrows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->hint = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->hint), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->hint), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (self->hint, "hint");
  gtk_widget_add_css_class (self->hint, "dim-label");
  gtk_widget_set_parent (self->hint, GTK_WIDGET (self));

  self->rename = gtk_popover_new ();
  self->rename_entry = gtk_entry_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rename_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title of the step"), -1);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->rename_entry), 28);
  g_signal_connect (self->rename_entry, "activate", G_CALLBACK (on_rename_activate_cb), self);
  gtk_popover_set_child (GTK_POPOVER (self->rename), self->rename_entry);
  gtk_widget_set_parent (self->rename, GTK_WIDGET (self));
}

void
lt_dependency_canvas_dispose_children (LtDependencyCanvas *self)
{
  if (self->arrows != NULL)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, self->arrows);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        gtk_widget_unparent (value);
      g_clear_pointer (&self->arrows, g_hash_table_unref);
    }
  g_clear_pointer (&self->hint, gtk_widget_unparent);
  g_clear_pointer (&self->rename, gtk_widget_unparent);
}

/* One button per link, named after it; the hint says what to do while the
 * canvas has fewer than two steps. */
void
lt_dependency_canvas_sync_children (LtDependencyCanvas *self)
{
  g_autoptr(GArray) links = self->graph != NULL ? lt_step_graph_dup_links (self->graph) : NULL;
  g_autoptr(GHashTable) keep = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = self->graph != NULL ? lt_step_graph_get_n_nodes (self->graph) : 0;
  GHashTableIter iter;
  gpointer key, value;

  if (self->arrows == NULL)
    return;

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      const LtGraphLink *l = &g_array_index (links, LtGraphLink, i);
      g_autofree char *name = arrow_name (self->graph, l);
      char *k = arrow_key (l->from, l->to);
      GtkWidget *button = g_hash_table_lookup (self->arrows, k);
      gboolean selected = self->link_selected && self->link_from == l->from && self->link_to == l->to;

      if (button == NULL)
        {
          button = arrow_button_new (self, l->from, l->to);
          g_hash_table_insert (self->arrows, g_strdup (k), button);
        }
      /* after the boxes, in the order of the links: Tab reaches them last */
      gtk_widget_insert_before (button, GTK_WIDGET (self), self->hint);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("A dependency. Activate to delete it (or select the arrow and press Delete)."),
                                      -1);
      if (selected)
        gtk_widget_add_css_class (button, "selected");
      else
        gtk_widget_remove_css_class (button, "selected");
      g_hash_table_add (keep, k);
    }

  g_hash_table_iter_init (&iter, self->arrows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (keep, key))
      {
        gtk_widget_unparent (value);
        g_hash_table_iter_remove (&iter);
      }

  if (n == 0)
    gtk_label_set_text (GTK_LABEL (self->hint),
                        _("No step yet: add a tâche or a demande d’information with the buttons above."));
  else
    gtk_label_set_text (GTK_LABEL (self->hint),
                        _("Add another step, then drag the round handle on the right of a step onto another one "
                          "(or select it and press L) to make that one depend on it. Enter or F2 renames the selected step."));
  gtk_widget_set_visible (self->hint, self->graph != NULL && n < 2);
}

void
lt_dependency_canvas_allocate_children (LtDependencyCanvas *self,
                                        int                 width,
                                        int                 height)
{
  g_autoptr(GArray) links = self->graph != NULL ? lt_step_graph_dup_links (self->graph) : NULL;
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (LtRoutePoint));

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      const LtGraphLink *l = &g_array_index (links, LtGraphLink, i);
      g_autofree char *k = arrow_key (l->from, l->to);
      GtkWidget *button = g_hash_table_lookup (self->arrows, k);
      double mx, my;
      int min_w, min_h;

      if (button == NULL)
        continue;
      lt_dependency_canvas_link_path (self, l, points);
      lt_dependency_canvas_path_middle (points, &mx, &my);
      /* the middle carries the lag: the button goes under it */
      if (l->lag_days > 0)
        my += 18;
      gtk_widget_measure (button, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
      gtk_widget_measure (button, GTK_ORIENTATION_VERTICAL, -1, &min_h, NULL, NULL, NULL);
      gtk_widget_size_allocate (button,
                                &(GtkAllocation) { (int) (mx - MAX (min_w, ARROW_BUTTON) / 2.0),
                                                   (int) (my - MAX (min_h, ARROW_BUTTON) / 2.0),
                                                   MAX (min_w, ARROW_BUTTON), MAX (min_h, ARROW_BUTTON) },
                                -1);
    }

  if (gtk_widget_get_visible (self->hint))
    {
      int w = MIN (width - 32, 520), h;

      if (w > 0)
        {
          gtk_widget_measure (self->hint, GTK_ORIENTATION_VERTICAL, w, &h, NULL, NULL, NULL);
          gtk_widget_size_allocate (self->hint,
                                    &(GtkAllocation) { (width - w) / 2, MAX (0, height - h - 48), w, h }, -1);
        }
    }

  gtk_popover_present (GTK_POPOVER (self->rename));
}

/* Enter or F2 on the selected box: its title in an entry over it. */
void
lt_dependency_canvas_rename_selected (LtDependencyCanvas *self)
{
  const LtGraphNode *node;
  GtkWidget *box;
  GdkRectangle rect = { 0, 0, 1, 1 };
  graphene_point_t p;

  node = self->graph != NULL ? lt_step_graph_lookup (self->graph, self->selected_uid) : NULL;
  if (node == NULL)
    return;

  self->rename_uid = node->uid;
  gtk_editable_set_text (GTK_EDITABLE (self->rename_entry), node->title);
  box = lt_dependency_canvas_get_box (self, node->uid);
  if (box != NULL && gtk_widget_compute_point (box, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (BOX_W / 2, BOX_H / 2), &p))
    {
      rect.x = (int) p.x;
      rect.y = (int) p.y;
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->rename), &rect);
  gtk_popover_popup (GTK_POPOVER (self->rename));
  gtk_widget_grab_focus (self->rename_entry);
  gtk_editable_select_region (GTK_EDITABLE (self->rename_entry), 0, -1);
}

/* The least zoom at which the boxes' titles stay readable (11 px): the
 * automatic layout never goes below it, the canvas scrolls instead. */
double
lt_dependency_canvas_readable_zoom (LtDependencyCanvas *self)
{
  const PangoFontDescription *desc = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  double px = desc != NULL ? pango_font_description_get_size (desc) / (double) PANGO_SCALE : 0;

  if (px <= 0)
    return 1.0;
  if (!pango_font_description_get_size_is_absolute (desc))
    px *= 96.0 / 72.0;

  return CLAMP (11.0 / px, MIN_ZOOM, 1.0);
}

/* Tab after the last box goes through the arrows, in the order of the
 * links, then out of the canvas; Shift+Tab the other way. TRUE when it
 * decided, with what the focus vfunc returns in @result. */
gboolean
lt_dependency_canvas_focus_arrows (LtDependencyCanvas *self,
                                   GtkWidget          *focus_child,
                                   GtkDirectionType    direction,
                                   gboolean           *result)
{
  g_autoptr(GArray) links = self->graph != NULL ? lt_step_graph_dup_links (self->graph) : NULL;
  guint n = self->graph != NULL ? lt_step_graph_get_n_nodes (self->graph) : 0;
  gboolean forward = direction == GTK_DIR_TAB_FORWARD;
  int index = -1, next;

  if (links == NULL || links->len == 0 || n == 0)
    return FALSE;

  if (focus_child != NULL && gtk_widget_has_css_class (focus_child, "arrow"))
    {
      for (guint i = 0; i < links->len; i++)
        {
          const LtGraphLink *l = &g_array_index (links, LtGraphLink, i);

          if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (focus_child), "from")) == l->from &&
              GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (focus_child), "to")) == l->to)
            index = i;
        }
      next = index + (forward ? 1 : -1);
      if (next >= (int) links->len)
        {
          *result = FALSE;
          return TRUE;
        }
      if (next < 0)
        {
          lt_dependency_canvas_select_uid (self, lt_step_graph_get_nth (self->graph, n - 1)->uid);
          *result = TRUE;
          return TRUE;
        }
    }
  else if (forward && focus_child != NULL && LT_IS_STEP_BOX (focus_child) &&
           lt_step_box_get_uid (LT_STEP_BOX (focus_child)) == lt_step_graph_get_nth (self->graph, n - 1)->uid)
    next = 0;
  else if (!forward && focus_child == NULL)
    next = links->len - 1;
  else
    return FALSE;

  {
    const LtGraphLink *l = &g_array_index (links, LtGraphLink, next);
    g_autofree char *k = arrow_key (l->from, l->to);
    GtkWidget *button = g_hash_table_lookup (self->arrows, k);

    *result = button != NULL && gtk_widget_grab_focus (button);
  }

  return TRUE;
}
