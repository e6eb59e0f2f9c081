/* lt-step-box.c: a tâche or a demande drawn as a box of the dependency canvas */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-step-box"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-dependency-text.h"
#include "lt-step-box.h"

struct _LtStepBox {
  GtkWidget  parent_instance;
  guint      uid;
  GtkWidget *icon;
  GtkWidget *number;
  GtkWidget *title;
  GtkWidget *detail;
  GtkWidget *handle;
};

G_DEFINE_FINAL_TYPE (LtStepBox, lt_step_box, GTK_TYPE_WIDGET)

static void
lt_step_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (lt_step_box_parent_class)->dispose (object);
}

static void
lt_step_box_class_init (LtStepBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_step_box_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ltstepbox");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
lt_step_box_init (LtStepBox *self)
{
  GtkWidget *text;
  GtkWidget *top;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self), (int) LT_STEP_GRAPH_BOX_WIDTH, (int) LT_STEP_GRAPH_BOX_HEIGHT);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_HORIZONTAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);

  self->icon = gtk_image_new ();
  gtk_widget_set_valign (self->icon, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->icon, GTK_WIDGET (self));

  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (text, GTK_WIDGET (self));

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_box_append (GTK_BOX (text), top);
  self->number = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->number, "number");
  gtk_box_append (GTK_BOX (top), self->number);
  self->detail = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->detail, "dim-label");
  gtk_widget_add_css_class (self->detail, "caption");
  gtk_label_set_xalign (GTK_LABEL (self->detail), 0);
  gtk_box_append (GTK_BOX (top), self->detail);

  self->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->title), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (self->title), 2);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->title), 14);
  gtk_box_append (GTK_BOX (text), self->title);

  /* the handle an arrow is dragged from */
  self->handle = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_widget_add_css_class (self->handle, "handle");
  gtk_widget_set_valign (self->handle, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->handle, _("Drag onto another step to make it depend on this one"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->handle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Link handle"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Drag onto another step to make it depend on this one; from the keyboard, select the step and press L."),
                                  -1);
  gtk_widget_set_cursor_from_name (self->handle, "crosshair");
  gtk_widget_set_parent (self->handle, GTK_WIDGET (self));
}

GtkWidget *
lt_step_box_new (guint uid)
{
  LtStepBox *self = g_object_new (LT_TYPE_STEP_BOX, NULL);

  self->uid = uid;
  return GTK_WIDGET (self);
}

guint
lt_step_box_get_uid (LtStepBox *self)
{
  g_return_val_if_fail (LT_IS_STEP_BOX (self), 0);
  return self->uid;
}

/**
 * lt_step_box_get_handle:
 *
 * Returns: (transfer none): the widget an arrow starts from
 */
GtkWidget *
lt_step_box_get_handle (LtStepBox *self)
{
  g_return_val_if_fail (LT_IS_STEP_BOX (self), NULL);
  return self->handle;
}

/* Shows the node's fields; the accessible name is the title and the
 * description lists what the step depends on. */
void
lt_step_box_sync (LtStepBox   *self,
                  LtStepGraph *graph)
{
  const LtGraphNode *node;
  g_autoptr(GArray) preds = NULL;
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  GString *deps;
  gboolean request;

  g_return_if_fail (LT_IS_STEP_BOX (self));

  node = lt_step_graph_lookup (graph, self->uid);
  if (node == NULL)
    return;

  request = node->kind == LT_STEP_KIND_REQUEST;
  label = lt_step_graph_dup_label (graph, self->uid);
  gtk_label_set_text (GTK_LABEL (self->number), label);
  gtk_label_set_text (GTK_LABEL (self->title), node->title);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon),
                                request ? "mail-send-symbolic" : "object-select-symbolic");
  if (request)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "request");
      gtk_widget_remove_css_class (GTK_WIDGET (self), "task");
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "task");
      gtk_widget_remove_css_class (GTK_WIDGET (self), "request");
    }

  if (node->delay_days >= 0)
    {
      g_autofree char *detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %d day", "%s · %d days",
                                                              node->delay_days),
                                                 request ? _("Request") : _("Task"), node->delay_days);
      gtk_label_set_text (GTK_LABEL (self->detail), detail);
    }
  else
    gtk_label_set_text (GTK_LABEL (self->detail), request ? _("Request") : _("Task"));

  preds = lt_step_graph_dup_predecessors (graph, self->uid);
  deps = g_string_new (NULL);
  for (guint i = 0; i < preds->len; i++)
    {
      const LtGraphLink *l = &g_array_index (preds, LtGraphLink, i);
      const LtGraphNode *from = lt_step_graph_lookup (graph, l->from);
      g_autofree char *from_label = lt_step_graph_dup_label (graph, l->from);

      if (deps->len > 0)
        g_string_append (deps, ", ");
      if (l->lag_days > 0)
        g_string_append_printf (deps, g_dngettext (GETTEXT_PACKAGE, "%s “%s” plus %d day", "%s “%s” plus %d days",
                                                   l->lag_days),
                                from_label, from->title, l->lag_days);
      else
        /* TRANSLATORS: a step in a list of dependencies: its short name and its title */
        g_string_append_printf (deps, _("%s “%s”"), from_label, from->title);
    }
  if (deps->len > 0)
    description = g_strdup_printf (_("%s, %s. Depends on %s."), label,
                                   request ? _("information request") : _("task"), deps->str);
  else
    description = g_strdup_printf (_("%s, %s. Depends on no other step."), label,
                                   request ? _("information request") : _("task"));
  g_string_free (deps, TRUE);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, node->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description);
}

void
lt_step_box_set_selected (LtStepBox *self,
                          gboolean   selected)
{
  g_return_if_fail (LT_IS_STEP_BOX (self));

  if (selected)
    gtk_widget_add_css_class (GTK_WIDGET (self), "selected");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "selected");
}

/* @drop: 0 none, 1 a valid target under the pointer, -1 a refused one */
void
lt_step_box_set_drop (LtStepBox *self,
                      int        drop)
{
  g_return_if_fail (LT_IS_STEP_BOX (self));

  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-target");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-refused");
  if (drop > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "drop-target");
  else if (drop < 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "drop-refused");
}
