/* lt-choice-row.c: a row with a value chosen among a list, every choice a button assistive technologies can press */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-choice-row"

#include "config.h"

#include "lt-choice-popover.h"
#include "lt-choice-row.h"

/* AdwComboRow (libadwaita 1.2) looks right but no value can be chosen in
 * it through the accessibility tree (see lt-choice-popover.c). This row
 * looks the same — its title, the chosen value and an arrow — and its
 * LtChoicePopover lists the choices as buttons. The row itself offers
 * « choice.open », and opens on Enter or a click like a combo row. The
 * chosen value is also the row's tooltip and accessible description, whole. */

struct _LtChoiceRow
{
  AdwActionRow     parent_instance;

  gboolean         use_subtitle;

  GtkWidget       *suffix;
  GtkWidget       *value_label;
  LtChoicePopover *popover;
};

G_DEFINE_FINAL_TYPE (LtChoiceRow, lt_choice_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED,
  PROP_SELECTED_ITEM,
  PROP_EXPRESSION,
  PROP_USE_SUBTITLE,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

/* The value shown, the tooltip and the description: whole. */
static void
show_selected (LtChoiceRow *self)
{
  g_autofree char *text = lt_choice_popover_dup_selected_text (self->popover);

  gtk_label_set_text (GTK_LABEL (self->value_label), text != NULL ? text : "");
  gtk_widget_set_visible (self->value_label, !self->use_subtitle);
  if (self->use_subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text != NULL ? text : "", -1);
}

/* The popover holds the choice: what it notifies, the row notifies. */
static void
on_popover_notify_cb (LtChoicePopover *popover,
                      GParamSpec      *pspec,
                      LtChoiceRow     *self)
{
  if (g_str_equal (g_param_spec_get_name (pspec), "selected-item"))
    show_selected (self);
  lt_choice_popover_renotify (G_OBJECT (self), pspec);
}

static void
open_choices (LtChoiceRow *self)
{
  lt_choice_popover_open (self->popover);
}

static void
open_action_cb (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  open_choices (LT_CHOICE_ROW (widget));
}

/* ---- GObject ------------------------------------------------------------ */

static void
lt_choice_row_dispose (GObject *object)
{
  LtChoiceRow *self = LT_CHOICE_ROW (object);

  if (self->popover != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->popover, on_popover_notify_cb, self);
      gtk_widget_unparent (GTK_WIDGET (self->popover));
      self->popover = NULL;
    }
  G_OBJECT_CLASS (lt_choice_row_parent_class)->dispose (object);
}

static void
lt_choice_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LtChoiceRow *self = LT_CHOICE_ROW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
    case PROP_SELECTED:
    case PROP_SELECTED_ITEM:
    case PROP_EXPRESSION:
      g_object_get_property (G_OBJECT (self->popover), g_param_spec_get_name (pspec), value);
      break;
    case PROP_USE_SUBTITLE:
      g_value_set_boolean (value, self->use_subtitle);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_choice_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LtChoiceRow *self = LT_CHOICE_ROW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
    case PROP_SELECTED:
    case PROP_EXPRESSION:
      g_object_set_property (G_OBJECT (self->popover), g_param_spec_get_name (pspec), value);
      break;
    case PROP_USE_SUBTITLE:
      lt_choice_row_set_use_subtitle (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_choice_row_class_init (LtChoiceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_choice_row_dispose;
  object_class->get_property = lt_choice_row_get_property;
  object_class->set_property = lt_choice_row_set_property;

  props[PROP_MODEL] = g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  props[PROP_SELECTED] = g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, GTK_INVALID_LIST_POSITION,
                                            G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  props[PROP_SELECTED_ITEM] = g_param_spec_object ("selected-item", NULL, NULL, G_TYPE_OBJECT,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  props[PROP_EXPRESSION] = gtk_param_spec_expression ("expression", NULL, NULL,
                                                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  props[PROP_USE_SUBTITLE] = g_param_spec_boolean ("use-subtitle", NULL, NULL, FALSE,
                                                   G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, props);

  /* an action of the row's own, so AT-SPI offers it on the row */
  gtk_widget_class_install_action (widget_class, "choice.open", NULL, open_action_cb);
}

static void
lt_choice_row_init (LtChoiceRow *self)
{
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE, "icon-name", "pan-down-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

  self->suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (self->suffix, GTK_ALIGN_CENTER);
  self->value_label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->value_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (self->value_label), 28);
  gtk_label_set_xalign (GTK_LABEL (self->value_label), 1);
  gtk_box_append (GTK_BOX (self->suffix), self->value_label);
  gtk_box_append (GTK_BOX (self->suffix), arrow);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->suffix);

  self->popover = LT_CHOICE_POPOVER (lt_choice_popover_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->popover), self->suffix);
  g_signal_connect (self->popover, "notify", G_CALLBACK (on_popover_notify_cb), self);
  show_selected (self);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
  g_signal_connect (self, "activated", G_CALLBACK (open_choices), NULL);
}

/* ---- API ---------------------------------------------------------------- */

GtkWidget *
lt_choice_row_new (void)
{
  return g_object_new (LT_TYPE_CHOICE_ROW, NULL);
}

GListModel *
lt_choice_row_get_model (LtChoiceRow *self)
{
  g_return_val_if_fail (LT_IS_CHOICE_ROW (self), NULL);
  return lt_choice_popover_get_model (self->popover);
}

/**
 * lt_choice_row_set_model:
 *
 * Offers the items of @model; the first is chosen, as in a combo row.
 */
void
lt_choice_row_set_model (LtChoiceRow *self,
                         GListModel  *model)
{
  g_return_if_fail (LT_IS_CHOICE_ROW (self));
  lt_choice_popover_set_model (self->popover, model);
}

guint
lt_choice_row_get_selected (LtChoiceRow *self)
{
  g_return_val_if_fail (LT_IS_CHOICE_ROW (self), GTK_INVALID_LIST_POSITION);
  return lt_choice_popover_get_selected (self->popover);
}

void
lt_choice_row_set_selected (LtChoiceRow *self,
                            guint        position)
{
  g_return_if_fail (LT_IS_CHOICE_ROW (self));
  lt_choice_popover_set_selected (self->popover, position);
}

/**
 * lt_choice_row_get_selected_item:
 *
 * Returns: (transfer none) (nullable): the chosen item; the row holds it.
 */
gpointer
lt_choice_row_get_selected_item (LtChoiceRow *self)
{
  g_return_val_if_fail (LT_IS_CHOICE_ROW (self), NULL);
  return lt_choice_popover_get_selected_item (self->popover);
}

void
lt_choice_row_set_expression (LtChoiceRow   *self,
                              GtkExpression *expression)
{
  g_return_if_fail (LT_IS_CHOICE_ROW (self));
  lt_choice_popover_set_expression (self->popover, expression);
}

/**
 * lt_choice_row_set_use_subtitle:
 *
 * Shows the chosen value as the row's subtitle, where a long value wraps,
 * instead of beside the arrow.
 */
void
lt_choice_row_set_use_subtitle (LtChoiceRow *self,
                                gboolean     use_subtitle)
{
  g_return_if_fail (LT_IS_CHOICE_ROW (self));

  use_subtitle = !!use_subtitle;
  if (self->use_subtitle == use_subtitle)
    return;
  self->use_subtitle = use_subtitle;
  show_selected (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_USE_SUBTITLE]);
}

GtkPopover *
lt_choice_row_get_popover (LtChoiceRow *self)
{
  g_return_val_if_fail (LT_IS_CHOICE_ROW (self), NULL);
  return GTK_POPOVER (self->popover);
}
