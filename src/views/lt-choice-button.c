/* lt-choice-button.c: a drop-down whose choices assistive technologies can press */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-choice-button"

#include "config.h"

#include "lt-choice-button.h"
#include "lt-choice-popover.h"

/* GtkDropDown (GTK 4.8) cannot be operated through the accessibility tree:
 * its choices are list items with neither an action nor a selection. This
 * button looks like it — the chosen value and an arrow — and keeps its API
 * (model, selected, selected-item, expression), so a drop-down becomes one
 * by its class name. Pressed (a click, Enter, Space or the AT-SPI « click »
 * action) it opens an LtChoicePopover whose choices are buttons too. Its
 * accessible name is the one given to it (a label, a mnemonic label); the
 * chosen value is its accessible description. Like a drop-down's, its
 * width follows the chosen value, never cut. */

struct _LtChoiceButton
{
  GtkButton        parent_instance;

  GtkWidget       *value_label;
  LtChoicePopover *popover;
};

G_DEFINE_FINAL_TYPE (LtChoiceButton, lt_choice_button, GTK_TYPE_BUTTON)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED,
  PROP_SELECTED_ITEM,
  PROP_EXPRESSION,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
show_selected (LtChoiceButton *self)
{
  g_autofree char *text = lt_choice_popover_dup_selected_text (self->popover);

  gtk_label_set_text (GTK_LABEL (self->value_label), text != NULL ? text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text != NULL ? text : "", -1);
}

/* The popover holds the choice: what it notifies, the button notifies. */
static void
on_popover_notify_cb (LtChoicePopover *popover,
                      GParamSpec      *pspec,
                      LtChoiceButton  *self)
{
  if (g_str_equal (g_param_spec_get_name (pspec), "selected-item"))
    show_selected (self);
  lt_choice_popover_renotify (G_OBJECT (self), pspec);
}

static void
lt_choice_button_clicked (GtkButton *button)
{
  LtChoiceButton *self = LT_CHOICE_BUTTON (button);

  /* as wide as the button at least, as a drop-down's list */
  gtk_widget_set_size_request (GTK_WIDGET (self->popover), gtk_widget_get_width (GTK_WIDGET (button)), -1);
  lt_choice_popover_open (self->popover);
}

/* ---- GObject ------------------------------------------------------------ */

static void
lt_choice_button_dispose (GObject *object)
{
  LtChoiceButton *self = LT_CHOICE_BUTTON (object);

  if (self->popover != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->popover, on_popover_notify_cb, self);
      gtk_widget_unparent (GTK_WIDGET (self->popover));
      self->popover = NULL;
    }
  G_OBJECT_CLASS (lt_choice_button_parent_class)->dispose (object);
}

static void
lt_choice_button_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LtChoiceButton *self = LT_CHOICE_BUTTON (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    g_object_get_property (G_OBJECT (self->popover), g_param_spec_get_name (pspec), value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
lt_choice_button_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LtChoiceButton *self = LT_CHOICE_BUTTON (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS && prop_id != PROP_SELECTED_ITEM)
    g_object_set_property (G_OBJECT (self->popover), g_param_spec_get_name (pspec), value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
lt_choice_button_class_init (LtChoiceButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkButtonClass *button_class = GTK_BUTTON_CLASS (klass);

  object_class->dispose = lt_choice_button_dispose;
  object_class->get_property = lt_choice_button_get_property;
  object_class->set_property = lt_choice_button_set_property;
  button_class->clicked = lt_choice_button_clicked;

  props[PROP_MODEL] = g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  props[PROP_SELECTED] = g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, GTK_INVALID_LIST_POSITION,
                                            G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  props[PROP_SELECTED_ITEM] = g_param_spec_object ("selected-item", NULL, NULL, G_TYPE_OBJECT,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  props[PROP_EXPRESSION] = gtk_param_spec_expression ("expression", NULL, NULL,
                                                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
lt_choice_button_init (LtChoiceButton *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE, "icon-name", "pan-down-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

  self->value_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->value_label), 0);
  gtk_widget_set_hexpand (self->value_label, TRUE);
  gtk_box_append (GTK_BOX (box), self->value_label);
  gtk_box_append (GTK_BOX (box), arrow);
  /* the arrow goes to the end of a button made wider, but the label's
   * expanding must not make the button expand in its parent */
  gtk_widget_set_hexpand (box, FALSE);
  gtk_button_set_child (GTK_BUTTON (self), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE, -1);

  self->popover = LT_CHOICE_POPOVER (lt_choice_popover_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self));
  g_signal_connect (self->popover, "notify", G_CALLBACK (on_popover_notify_cb), self);
  show_selected (self);
}

/* ---- API ---------------------------------------------------------------- */

/**
 * lt_choice_button_new:
 * @model: (transfer full) (nullable): the choices, as gtk_drop_down_new ()
 */
GtkWidget *
lt_choice_button_new (GListModel *model)
{
  GtkWidget *self = g_object_new (LT_TYPE_CHOICE_BUTTON, "model", model, NULL);

  g_clear_object (&model);
  return self;
}

GListModel *
lt_choice_button_get_model (LtChoiceButton *self)
{
  g_return_val_if_fail (LT_IS_CHOICE_BUTTON (self), NULL);
  return lt_choice_popover_get_model (self->popover);
}

/**
 * lt_choice_button_set_model:
 *
 * Offers the items of @model; the first is chosen, as in a drop-down.
 */
void
lt_choice_button_set_model (LtChoiceButton *self,
                            GListModel     *model)
{
  g_return_if_fail (LT_IS_CHOICE_BUTTON (self));
  lt_choice_popover_set_model (self->popover, model);
}

guint
lt_choice_button_get_selected (LtChoiceButton *self)
{
  g_return_val_if_fail (LT_IS_CHOICE_BUTTON (self), GTK_INVALID_LIST_POSITION);
  return lt_choice_popover_get_selected (self->popover);
}

void
lt_choice_button_set_selected (LtChoiceButton *self,
                               guint           position)
{
  g_return_if_fail (LT_IS_CHOICE_BUTTON (self));
  lt_choice_popover_set_selected (self->popover, position);
}

/**
 * lt_choice_button_get_selected_item:
 *
 * Returns: (transfer none) (nullable): the chosen item; the button holds it.
 */
gpointer
lt_choice_button_get_selected_item (LtChoiceButton *self)
{
  g_return_val_if_fail (LT_IS_CHOICE_BUTTON (self), NULL);
  return lt_choice_popover_get_selected_item (self->popover);
}

void
lt_choice_button_set_expression (LtChoiceButton *self,
                                 GtkExpression  *expression)
{
  g_return_if_fail (LT_IS_CHOICE_BUTTON (self));
  lt_choice_popover_set_expression (self->popover, expression);
}

GtkPopover *
lt_choice_button_get_popover (LtChoiceButton *self)
{
  g_return_val_if_fail (LT_IS_CHOICE_BUTTON (self), NULL);
  return GTK_POPOVER (self->popover);
}
