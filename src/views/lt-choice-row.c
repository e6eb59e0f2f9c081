/* lt-choice-row.c: a row with a value chosen among a list, every choice a button assistive technologies can press */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-choice-row"

#include "config.h"

#include <glib/gi18n.h>

#include "lt-choice-row.h"

/* AdwComboRow (libadwaita 1.2) looks right but its choices are list items
 * in a GtkListView, which GTK 4.8 exposes with neither an action nor a
 * selection: no value can be chosen through the accessibility tree. This
 * row looks the same — its title, the chosen value and an arrow — and its
 * popover lists the choices as buttons, each named by its text and pressed
 * with the AT-SPI « click » action. The row itself offers « choice.open »,
 * and opens on Enter or a click like a combo row. The choices wrap instead
 * of being cut; the chosen value is also the row's tooltip and accessible
 * description, whole. */

struct _LtChoiceRow
{
  AdwActionRow   parent_instance;

  GListModel    *model;
  GtkExpression *expression;
  guint          selected;
  GObject       *selected_item;
  gboolean       use_subtitle;

  GtkWidget     *suffix;
  GtkWidget     *value_label;
  GtkWidget     *popover;
  GtkWidget     *choices;
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

static char *
item_text (LtChoiceRow *self,
           gpointer     item)
{
  GValue value = G_VALUE_INIT;
  char *text = NULL;

  if (item == NULL)
    return NULL;
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (item));
  if (self->expression != NULL && gtk_expression_evaluate (self->expression, item, &value))
    {
      if (G_VALUE_HOLDS_STRING (&value))
        text = g_value_dup_string (&value);
      g_value_unset (&value);
    }
  return text;
}

static guint
n_items (LtChoiceRow *self)
{
  return self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
}

/* The value shown, the check beside the chosen choice, the tooltip. */
static void
show_selected (LtChoiceRow *self)
{
  g_autoptr(GObject) item = NULL;
  g_autofree char *text = NULL;
  guint i = 0;

  if (self->selected < n_items (self))
    item = g_list_model_get_item (self->model, self->selected);
  text = item_text (self, item);
  g_set_object (&self->selected_item, item);

  gtk_label_set_text (GTK_LABEL (self->value_label), text != NULL ? text : "");
  gtk_widget_set_visible (self->value_label, !self->use_subtitle);
  if (self->use_subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text != NULL ? text : "", -1);

  for (GtkWidget *b = gtk_widget_get_first_child (self->choices); b != NULL; b = gtk_widget_get_next_sibling (b), i++)
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (b), "check");

      gtk_widget_set_opacity (check, i == self->selected ? 1.0 : 0.0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (b), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      i == self->selected ? _("Chosen") : "", -1);
    }
}

static void
on_choice_clicked_cb (GtkButton   *button,
                      LtChoiceRow *self)
{
  guint i = 0;

  for (GtkWidget *b = gtk_widget_get_first_child (self->choices); b != NULL; b = gtk_widget_get_next_sibling (b), i++)
    if (b == GTK_WIDGET (button))
      {
        gtk_popover_popdown (GTK_POPOVER (self->popover));
        lt_choice_row_set_selected (self, i);
        return;
      }
}

static GtkWidget *
choice_button (LtChoiceRow *self,
               const char  *text)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (text);
  /* the check is said by the button's description, « Choisi » */
  GtkWidget *check = g_object_new (GTK_TYPE_IMAGE, "icon-name", "object-select-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_widget_set_hexpand (label, TRUE);
  /* a choice reads as text, not as a bold button label */
  {
    PangoAttrList *attrs = pango_attr_list_new ();

    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_NORMAL));
    gtk_label_set_attributes (GTK_LABEL (label), attrs);
    pango_attr_list_unref (attrs);
  }
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  g_object_set_data (G_OBJECT (button), "check", check);
  g_signal_connect (button, "clicked", G_CALLBACK (on_choice_clicked_cb), self);
  return button;
}

static void
rebuild_choices (LtChoiceRow *self)
{
  GtkWidget *b;

  while ((b = gtk_widget_get_first_child (self->choices)) != NULL)
    gtk_box_remove (GTK_BOX (self->choices), b);
  for (guint i = 0; i < n_items (self); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->model, i);
      g_autofree char *text = item_text (self, item);

      gtk_box_append (GTK_BOX (self->choices), choice_button (self, text != NULL ? text : ""));
    }
}

static void
on_items_changed_cb (GListModel  *model,
                     guint        position,
                     guint        removed,
                     guint        added,
                     LtChoiceRow *self)
{
  guint n = n_items (self);
  guint before = self->selected;

  rebuild_choices (self);
  if (self->selected >= n || self->selected == GTK_INVALID_LIST_POSITION)
    self->selected = n > 0 ? 0 : GTK_INVALID_LIST_POSITION;
  show_selected (self);
  if (before != self->selected)
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTED]);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTED_ITEM]);
}

static void
open_choices (LtChoiceRow *self)
{
  GtkWidget *button;
  guint i = 0;

  if (n_items (self) == 0)
    return;
  gtk_popover_popup (GTK_POPOVER (self->popover));
  /* the keyboard starts on the chosen value */
  for (button = gtk_widget_get_first_child (self->choices); button != NULL; button = gtk_widget_get_next_sibling (button), i++)
    if (i == self->selected)
      gtk_widget_grab_focus (button);
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

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->expression, gtk_expression_unref);
  g_clear_object (&self->selected_item);
  if (self->popover != NULL)
    {
      gtk_widget_unparent (self->popover);
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
      g_value_set_object (value, self->model);
      break;
    case PROP_SELECTED:
      g_value_set_uint (value, self->selected);
      break;
    case PROP_SELECTED_ITEM:
      g_value_set_object (value, self->selected_item);
      break;
    case PROP_EXPRESSION:
      gtk_value_set_expression (value, self->expression);
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
      lt_choice_row_set_model (self, g_value_get_object (value));
      break;
    case PROP_SELECTED:
      lt_choice_row_set_selected (self, g_value_get_uint (value));
      break;
    case PROP_EXPRESSION:
      lt_choice_row_set_expression (self, gtk_value_get_expression (value));
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
                                                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
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
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->selected = GTK_INVALID_LIST_POSITION;

  self->suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (self->suffix, GTK_ALIGN_CENTER);
  self->value_label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->value_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (self->value_label), 28);
  gtk_label_set_xalign (GTK_LABEL (self->value_label), 1);
  gtk_box_append (GTK_BOX (self->suffix), self->value_label);
  gtk_box_append (GTK_BOX (self->suffix), arrow);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->suffix);

  self->choices = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 400);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->choices);
  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), scroller);
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_BOTTOM);
  gtk_widget_add_css_class (self->popover, "menu");
  gtk_widget_set_parent (self->popover, self->suffix);

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
  return self->model;
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

  if (self->model == model)
    return;
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed_cb, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  self->selected = GTK_INVALID_LIST_POSITION;
  on_items_changed_cb (model, 0, 0, 0, self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_MODEL]);
}

guint
lt_choice_row_get_selected (LtChoiceRow *self)
{
  g_return_val_if_fail (LT_IS_CHOICE_ROW (self), GTK_INVALID_LIST_POSITION);
  return self->selected;
}

void
lt_choice_row_set_selected (LtChoiceRow *self,
                            guint        position)
{
  g_return_if_fail (LT_IS_CHOICE_ROW (self));

  if (position >= n_items (self))
    position = GTK_INVALID_LIST_POSITION;
  if (self->selected == position)
    return;
  self->selected = position;
  show_selected (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTED]);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTED_ITEM]);
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
  return self->selected_item;
}

void
lt_choice_row_set_expression (LtChoiceRow   *self,
                              GtkExpression *expression)
{
  g_return_if_fail (LT_IS_CHOICE_ROW (self));

  if (self->expression == expression)
    return;
  g_clear_pointer (&self->expression, gtk_expression_unref);
  if (expression != NULL)
    self->expression = gtk_expression_ref (expression);
  rebuild_choices (self);
  show_selected (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_EXPRESSION]);
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
