/* lt-choice-popover.c: the choices of a list as buttons assistive technologies can press */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-choice-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "lt-choice-popover.h"
#include "lt-text.h"

/* GtkDropDown and AdwComboRow (GTK 4.8, libadwaita 1.2) list their choices
 * as items of a GtkListView, which GTK 4.8 exposes with neither an action
 * nor a selection: no value can be chosen through the accessibility tree.
 * This popover lists them as buttons, each named by its text and pressed
 * with the AT-SPI « click » action; the chosen one bears a check and the
 * description « Choisi ». Arrows move between the choices, Escape closes;
 * typing the start of a choice (« etab » for « Établir… ») moves to it, as
 * a drop-down's search did. The choices wrap instead of being cut.
 * LtChoiceRow and LtChoiceButton show it; it holds the model and the
 * choice, with the API of a drop-down. */

struct _LtChoicePopover
{
  GtkPopover     parent_instance;

  GListModel    *model;
  GtkExpression *expression;
  guint          selected;
  GObject       *selected_item;

  GtkWidget     *choices;
  GString       *typed;        /* folded, what was typed to find a choice */
  gint64         typed_at;     /* when the last key of it was typed */
};

G_DEFINE_FINAL_TYPE (LtChoicePopover, lt_choice_popover, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED,
  PROP_SELECTED_ITEM,
  PROP_EXPRESSION,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static char *
item_text (LtChoicePopover *self,
           gpointer         item)
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
n_items (LtChoicePopover *self)
{
  return self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
}

/* The check beside the chosen choice, and the item others read. */
static void
show_selected (LtChoicePopover *self)
{
  g_autoptr(GObject) item = NULL;
  guint i = 0;

  if (self->selected < n_items (self))
    item = g_list_model_get_item (self->model, self->selected);
  g_set_object (&self->selected_item, item);

  for (GtkWidget *b = gtk_widget_get_first_child (self->choices); b != NULL; b = gtk_widget_get_next_sibling (b), i++)
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (b), "check");

      gtk_widget_set_opacity (check, i == self->selected ? 1.0 : 0.0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (b), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      i == self->selected ? _("Chosen") : "", -1);
    }
}

static void
on_choice_clicked_cb (GtkButton       *button,
                      LtChoicePopover *self)
{
  guint i = 0;

  for (GtkWidget *b = gtk_widget_get_first_child (self->choices); b != NULL; b = gtk_widget_get_next_sibling (b), i++)
    if (b == GTK_WIDGET (button))
      {
        gtk_popover_popdown (GTK_POPOVER (self));
        lt_choice_popover_set_selected (self, i);
        return;
      }
}

static GtkWidget *
choice_button (LtChoicePopover *self,
               const char      *text)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (text);
  /* the check is said by the button's description, « Choisi » */
  GtkWidget *check = g_object_new (GTK_TYPE_IMAGE, "icon-name", "object-select-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  PangoAttrList *attrs = pango_attr_list_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_widget_set_hexpand (label, TRUE);
  /* a choice reads as text, not as a bold button label */
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_NORMAL));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  g_object_set_data (G_OBJECT (button), "check", check);
  g_object_set_data_full (G_OBJECT (button), "text", g_strdup (text), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_choice_clicked_cb), self);
  return button;
}

static void
rebuild_choices (LtChoicePopover *self)
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
on_items_changed_cb (GListModel      *model,
                     guint            position,
                     guint            removed,
                     guint            added,
                     LtChoicePopover *self)
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

/* Keys typed within this long make one word to look for. */
#define TYPE_AHEAD_USEC (G_USEC_PER_SEC)

/* The first choice whose folded text starts with what was typed gets the
 * keyboard. Space is a key of its own (it presses the choice) unless a
 * word is being typed. */
static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   LtChoicePopover       *self)
{
  gunichar c = gdk_keyval_to_unicode (keyval);
  gint64 now = g_get_monotonic_time ();
  char utf8[7] = { 0 };
  g_autofree char *folded = NULL;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 || c == 0 || !g_unichar_isprint (c))
    return FALSE;
  if (now - self->typed_at > TYPE_AHEAD_USEC)
    g_string_truncate (self->typed, 0);
  if (c == ' ' && self->typed->len == 0)
    return FALSE;
  self->typed_at = now;
  g_unichar_to_utf8 (c, utf8);
  folded = lt_text_fold (utf8);
  g_string_append (self->typed, folded);

  for (GtkWidget *b = gtk_widget_get_first_child (self->choices); b != NULL; b = gtk_widget_get_next_sibling (b))
    {
      g_autofree char *text = lt_text_fold (g_object_get_data (G_OBJECT (b), "text"));

      if (g_str_has_prefix (text, self->typed->str))
        {
          GtkRoot *root = gtk_widget_get_root (b);

          gtk_widget_grab_focus (b);
          /* shown as arrows show it */
          if (GTK_IS_WINDOW (root))
            gtk_window_set_focus_visible (GTK_WINDOW (root), TRUE);
          break;
        }
    }
  return TRUE;
}

/* ---- GObject ------------------------------------------------------------ */

static void
lt_choice_popover_dispose (GObject *object)
{
  LtChoicePopover *self = LT_CHOICE_POPOVER (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->expression, gtk_expression_unref);
  g_clear_object (&self->selected_item);
  G_OBJECT_CLASS (lt_choice_popover_parent_class)->dispose (object);
}

static void
lt_choice_popover_finalize (GObject *object)
{
  LtChoicePopover *self = LT_CHOICE_POPOVER (object);

  g_string_free (self->typed, TRUE);
  G_OBJECT_CLASS (lt_choice_popover_parent_class)->finalize (object);
}

static void
lt_choice_popover_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LtChoicePopover *self = LT_CHOICE_POPOVER (object);

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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_choice_popover_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LtChoicePopover *self = LT_CHOICE_POPOVER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      lt_choice_popover_set_model (self, g_value_get_object (value));
      break;
    case PROP_SELECTED:
      lt_choice_popover_set_selected (self, g_value_get_uint (value));
      break;
    case PROP_EXPRESSION:
      lt_choice_popover_set_expression (self, gtk_value_get_expression (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_choice_popover_class_init (LtChoicePopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lt_choice_popover_dispose;
  object_class->finalize = lt_choice_popover_finalize;
  object_class->get_property = lt_choice_popover_get_property;
  object_class->set_property = lt_choice_popover_set_property;

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
lt_choice_popover_init (LtChoicePopover *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->selected = GTK_INVALID_LIST_POSITION;
  self->typed = g_string_new (NULL);

  self->choices = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 400);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->choices);
  gtk_popover_set_child (GTK_POPOVER (self), scroller);
  gtk_popover_set_position (GTK_POPOVER (self), GTK_POS_BOTTOM);
  gtk_widget_add_css_class (GTK_WIDGET (self), "menu");

  /* before the focused choice, which would take Space */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/* ---- API ---------------------------------------------------------------- */

GtkWidget *
lt_choice_popover_new (void)
{
  return g_object_new (LT_TYPE_CHOICE_POPOVER, NULL);
}

GListModel *
lt_choice_popover_get_model (LtChoicePopover *self)
{
  g_return_val_if_fail (LT_IS_CHOICE_POPOVER (self), NULL);
  return self->model;
}

/**
 * lt_choice_popover_set_model:
 *
 * Offers the items of @model; the first is chosen, as in a drop-down.
 */
void
lt_choice_popover_set_model (LtChoicePopover *self,
                             GListModel      *model)
{
  g_return_if_fail (LT_IS_CHOICE_POPOVER (self));

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
lt_choice_popover_get_selected (LtChoicePopover *self)
{
  g_return_val_if_fail (LT_IS_CHOICE_POPOVER (self), GTK_INVALID_LIST_POSITION);
  return self->selected;
}

void
lt_choice_popover_set_selected (LtChoicePopover *self,
                                guint            position)
{
  g_return_if_fail (LT_IS_CHOICE_POPOVER (self));

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
 * lt_choice_popover_get_selected_item:
 *
 * Returns: (transfer none) (nullable): the chosen item; the popover holds it.
 */
gpointer
lt_choice_popover_get_selected_item (LtChoicePopover *self)
{
  g_return_val_if_fail (LT_IS_CHOICE_POPOVER (self), NULL);
  return self->selected_item;
}

GtkExpression *
lt_choice_popover_get_expression (LtChoicePopover *self)
{
  g_return_val_if_fail (LT_IS_CHOICE_POPOVER (self), NULL);
  return self->expression;
}

/**
 * lt_choice_popover_set_expression:
 *
 * Says how an item that is not a GtkStringObject reads (its name).
 */
void
lt_choice_popover_set_expression (LtChoicePopover *self,
                                  GtkExpression   *expression)
{
  g_return_if_fail (LT_IS_CHOICE_POPOVER (self));

  if (self->expression == expression)
    return;
  g_clear_pointer (&self->expression, gtk_expression_unref);
  if (expression != NULL)
    self->expression = gtk_expression_ref (expression);
  rebuild_choices (self);
  show_selected (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_EXPRESSION]);
  /* the text of the chosen item has changed for those who show it */
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTED_ITEM]);
}

/**
 * lt_choice_popover_dup_selected_text:
 *
 * Returns: (transfer full) (nullable): how the chosen item reads.
 */
char *
lt_choice_popover_dup_selected_text (LtChoicePopover *self)
{
  g_return_val_if_fail (LT_IS_CHOICE_POPOVER (self), NULL);
  return item_text (self, self->selected_item);
}

/**
 * lt_choice_popover_open:
 *
 * Pops up the choices, the keyboard on the chosen one; nothing when there
 * is nothing to choose.
 */
void
lt_choice_popover_open (LtChoicePopover *self)
{
  guint i = 0;

  g_return_if_fail (LT_IS_CHOICE_POPOVER (self));

  if (n_items (self) == 0)
    return;
  gtk_popover_popup (GTK_POPOVER (self));
  for (GtkWidget *b = gtk_widget_get_first_child (self->choices); b != NULL; b = gtk_widget_get_next_sibling (b), i++)
    if (i == self->selected)
      gtk_widget_grab_focus (b);
}

/**
 * lt_choice_popover_renotify:
 *
 * For a widget that shows a choice popover and has its properties of the
 * same names (model, selected…): notifies @owner's property named as
 * @pspec, the popover's that changed, if @owner has one.
 */
void
lt_choice_popover_renotify (GObject    *owner,
                            GParamSpec *pspec)
{
  GParamSpec *own = g_object_class_find_property (G_OBJECT_GET_CLASS (owner), g_param_spec_get_name (pspec));

  if (own != NULL && own->owner_type == G_OBJECT_TYPE (owner))
    g_object_notify_by_pspec (owner, own);
}
