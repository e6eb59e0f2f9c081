/* lt-accessible.c: names for the controls GTK 4.8 leaves unnamed or names twice */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-accessible"

#include "config.h"

#include <adwaita.h>

#include "lt-accessible.h"

/* GTK 4.8 reads to assistive technologies:
 *  - an icon GtkMenuButton (and its inner toggle) as « GtkMenuButton »;
 *  - a button with a mnemonic twice, « _Nouveau prospect Nouveau prospect ».
 * Each is given the name a sighted user reads: the control's tooltip, the
 * label just before it, or the button's text without its underline (the
 * app has no GtkDropDown: a choice is an LtChoiceButton). This
 * runs when a widget is first mapped, so dialogs and popovers built later
 * are named too. */

static GQuark named_quark;

static void
set_label (GtkWidget  *widget,
           const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* « _Nouveau prospect » → « Nouveau prospect »; « __ » is one underscore. */
char *
lt_accessible_strip_mnemonic (const char *label)
{
  GString *out = g_string_new (NULL);

  for (const char *p = label; p != NULL && *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_')
            {
              g_string_append_c (out, '_');
              p++;
            }
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* What names @control for a sighted user: its tooltip, or the label that
 * comes just before it in its box. */
static const char *
visible_name (GtkWidget *control)
{
  GtkWidget *before;

  if (gtk_widget_get_tooltip_text (control) != NULL)
    return gtk_widget_get_tooltip_text (control);
  before = gtk_widget_get_prev_sibling (control);
  if (before != NULL && GTK_IS_LABEL (before))
    return gtk_label_get_text (GTK_LABEL (before));
  return NULL;
}

static void
name_widget (GtkWidget *widget)
{
  const char *name;

  if (g_object_get_qdata (G_OBJECT (widget), named_quark) != NULL)
    return;
  g_object_set_qdata (G_OBJECT (widget), named_quark, GINT_TO_POINTER (TRUE));

  if (GTK_IS_MENU_BUTTON (widget))
    {
      /* the toggle inside a menu button is labelled by the menu button:
       * naming both would read the name twice */
      name = visible_name (widget);
      if (name != NULL && gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) == NULL)
        set_label (widget, name);
    }
  else if (GTK_IS_BUTTON (widget) && gtk_button_get_icon_name (GTK_BUTTON (widget)) != NULL &&
           gtk_widget_get_tooltip_text (widget) != NULL &&
           !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    /* an icon button is read as « GtkImage »: its tooltip says what it does */
    set_label (widget, gtk_widget_get_tooltip_text (widget));
  else if ((GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)) &&
            gtk_button_get_label (GTK_BUTTON (widget)) != NULL) ||
           (GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget)) &&
            gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) != NULL))
    {
      /* GTK names it by its label property (with the underline) and by
       * the label inside: only the one inside is kept */
      if (GTK_IS_CHECK_BUTTON (widget))
        {
          /* a check button has no label relation: its name is its label,
           * without the underline */
          g_autofree char *plain = lt_accessible_strip_mnemonic (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)));

          set_label (widget, plain);
        }
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
    }
}

/* ---- entry rows: their apply button ----------------------------------- */

/* AdwEntryRow (libadwaita 1.2) does not expose its apply button: a value
 * typed through AT-SPI could not be applied. Each row with that button
 * gets the action « entry-row.apply » when it is mapped, which AT-SPI
 * offers on the row and which does what the button does. */
static void
on_apply_action_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    AdwEntryRow   *row)
{
  g_signal_emit_by_name (row, "apply");
}

/**
 * lt_accessible_offer_apply:
 *
 * Offers « entry-row.apply » on @row now, before it is first mapped (a row
 * inside a folded expander row is typed into through AT-SPI unmapped).
 */
void
lt_accessible_offer_apply (AdwEntryRow *row)
{
  g_autoptr(GSimpleActionGroup) group = NULL;
  g_autoptr(GSimpleAction) apply = NULL;

  if (g_object_get_data (G_OBJECT (row), "lt-apply-offered") != NULL)
    return;
  g_object_set_data (G_OBJECT (row), "lt-apply-offered", GINT_TO_POINTER (TRUE));
  group = g_simple_action_group_new ();
  apply = g_simple_action_new ("apply", NULL);
  g_signal_connect_object (apply, "activate", G_CALLBACK (on_apply_action_cb), row, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (apply));
  gtk_widget_insert_action_group (GTK_WIDGET (row), "entry-row", G_ACTION_GROUP (group));
}

static gboolean
on_map_hook (GSignalInvocationHint *hint,
             guint                  n_values,
             const GValue          *values,
             gpointer               data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);

  if (ADW_IS_ENTRY_ROW (widget) && adw_entry_row_get_show_apply_button (ADW_ENTRY_ROW (widget)))
    lt_accessible_offer_apply (ADW_ENTRY_ROW (widget));
  if (GTK_IS_MENU_BUTTON (widget) || GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget))
    name_widget (widget);

  return TRUE;
}

/**
 * lt_accessible_name_tree:
 *
 * Names the controls of @root and its descendants now.
 */
void
lt_accessible_name_tree (GtkWidget *root)
{
  if (named_quark == 0)
    named_quark = g_quark_from_static_string ("lt-accessible-named");
  if (GTK_IS_MENU_BUTTON (root) || GTK_IS_BUTTON (root) || GTK_IS_CHECK_BUTTON (root))
    name_widget (root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    lt_accessible_name_tree (c);
}

/**
 * lt_accessible_name_list_row:
 * @child: the widget a list item factory put in its row (or cell)
 * @name: what the row is: the affaire, the project, the task
 * @description: (nullable): its details
 *
 * GTK 4.8 reads every row of a GtkListView or GtkColumnView as an unnamed
 * list item: the row around @child is named here, when it is bound.
 */
void
lt_accessible_name_list_row (GtkWidget  *child,
                             const char *name,
                             const char *description)
{
  for (GtkWidget *w = gtk_widget_get_parent (child); w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (w));

      if (role == GTK_ACCESSIBLE_ROLE_LIST_ITEM || role == GTK_ACCESSIBLE_ROLE_ROW)
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (w),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, name != NULL ? name : "",
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                          -1);
          return;
        }
      if (role == GTK_ACCESSIBLE_ROLE_LIST || role == GTK_ACCESSIBLE_ROLE_GRID || role == GTK_ACCESSIBLE_ROLE_TREE_GRID)
        return;
    }
}

/**
 * lt_accessible_install:
 *
 * From now on, every control is named when it is first mapped. Call once,
 * after gtk_init ().
 */
void
lt_accessible_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      named_quark = g_quark_from_static_string ("lt-accessible-named");
      /* the class must exist for its signal to be found */
      g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, on_map_hook, NULL, NULL);
      /* GTK 4.8's AT-SPI « activate » on a GtkEntry or a GtkSearchEntry
       * calls gtk_widget_activate (), which does nothing: neither has an
       * activate signal of its class (Enter reaches them from their inner
       * GtkText). Give them their « activate », so the action does what
       * Enter does. A mnemonic still only focuses them: both have their
       * own mnemonic_activate. */
      {
        GType types[] = { GTK_TYPE_ENTRY, GTK_TYPE_SEARCH_ENTRY };

        for (guint i = 0; i < G_N_ELEMENTS (types); i++)
          {
            GtkWidgetClass *entry_class = g_type_class_ref (types[i]);

            if (gtk_widget_class_get_activate_signal (entry_class) == 0)
              gtk_widget_class_set_activate_signal_from_name (entry_class, "activate");
            g_type_class_unref (entry_class);
          }
      }
      g_once_init_leave (&installed, 1);
    }
}
