/* lt-date-button.c: a calendar beside a date typed as DD/MM/YYYY */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-date-button"

#include "config.h"

#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-date-button.h"

/* A date is still typed (« 31/12/2026 », as cabinet staff do); the button
 * beside it opens a GtkCalendar on the typed date, and a day chosen there
 * is written into the field as DD/MM/YYYY. The field is the AdwEntryRow the
 * button is a suffix of, or the GtkEntry it was attached to. */
struct _LtDateButton
{
  AdwBin         parent_instance;

  GtkEditable   *editable;   /* weak */
  GtkMenuButton *button;
  GtkCalendar   *calendar;
  gboolean       filling;
};

G_DEFINE_FINAL_TYPE (LtDateButton, lt_date_button, ADW_TYPE_BIN)

static GtkEditable *
find_editable (LtDateButton *self)
{
  GtkWidget *row;

  if (self->editable != NULL)
    return self->editable;
  row = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_ENTRY_ROW);
  return row != NULL ? GTK_EDITABLE (row) : NULL;
}

static void
on_popover_show_cb (LtDateButton *self)
{
  GtkEditable *editable = find_editable (self);
  g_autofree char *iso = editable != NULL ? lt_date_display_to_iso (gtk_editable_get_text (editable)) : NULL;
  g_autoptr(GDateTime) when = NULL;

  if (iso != NULL)
    {
      g_autofree char *full = g_strconcat (iso, "T12:00:00Z", NULL);
      when = g_date_time_new_from_iso8601 (full, NULL);
    }
  if (when == NULL)
    when = g_date_time_new_now_local ();

  self->filling = TRUE;
  gtk_calendar_select_day (self->calendar, when);
  self->filling = FALSE;
}

static void
on_day_selected_cb (LtDateButton *self)
{
  GtkEditable *editable = find_editable (self);
  g_autoptr(GDateTime) when = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = NULL;
  GDate date;

  if (self->filling || editable == NULL)
    return;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (when), g_date_time_get_month (when), g_date_time_get_year (when));
  text = lt_date_to_display (&date);
  gtk_editable_set_text (editable, text);
  gtk_menu_button_popdown (self->button);
  gtk_widget_grab_focus (GTK_WIDGET (editable));
}

static void
lt_date_button_dispose (GObject *object)
{
  LtDateButton *self = LT_DATE_BUTTON (object);

  if (self->editable != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->editable), (gpointer *) &self->editable);
  self->editable = NULL;

  G_OBJECT_CLASS (lt_date_button_parent_class)->dispose (object);
}

static void
lt_date_button_class_init (LtDateButtonClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lt_date_button_dispose;
}

static void
lt_date_button_init (LtDateButton *self)
{
  GtkWidget *popover = gtk_popover_new ();

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self);
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  g_signal_connect_swapped (popover, "show", G_CALLBACK (on_popover_show_cb), self);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Choose a Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose a Date"), -1);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->button));
}

GtkWidget *
lt_date_button_new (void)
{
  return g_object_new (LT_TYPE_DATE_BUTTON, NULL);
}

GtkCalendar *
lt_date_button_get_calendar (LtDateButton *self)
{
  g_return_val_if_fail (LT_IS_DATE_BUTTON (self), NULL);

  return self->calendar;
}

/* ---- a GtkEntry alone (a dialog's extra child): the calendar is its icon */

static void
select_typed_date (GtkCalendar *calendar,
                   const char  *text)
{
  g_autofree char *iso = lt_date_display_to_iso (text);
  g_autofree char *full = iso != NULL ? g_strconcat (iso, "T12:00:00Z", NULL) : NULL;
  g_autoptr(GDateTime) when = full != NULL ? g_date_time_new_from_iso8601 (full, NULL) : g_date_time_new_now_local ();

  if (when != NULL)
    gtk_calendar_select_day (calendar, when);
}

static void
on_entry_day_selected_cb (GtkCalendar *calendar,
                          GtkEntry    *entry)
{
  g_autoptr(GDateTime) when = gtk_calendar_get_date (calendar);
  g_autofree char *text = NULL;
  GDate date;

  if (g_object_get_data (G_OBJECT (calendar), "filling") != NULL)
    return;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (when), g_date_time_get_month (when), g_date_time_get_year (when));
  text = lt_date_to_display (&date);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER)));
}

static void
on_entry_icon_press_cb (GtkEntry             *entry,
                        GtkEntryIconPosition  position,
                        GtkPopover           *popover)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  GdkRectangle area;

  g_object_set_data (G_OBJECT (calendar), "filling", GINT_TO_POINTER (TRUE));
  select_typed_date (calendar, gtk_editable_get_text (GTK_EDITABLE (entry)));
  g_object_set_data (G_OBJECT (calendar), "filling", NULL);
  gtk_entry_get_icon_area (entry, position, &area);
  gtk_popover_set_pointing_to (popover, &area);
  gtk_popover_popup (popover);
}

static void
on_entry_destroy_cb (GtkWidget  *entry,
                     GtkWidget  *popover)
{
  gtk_widget_unparent (popover);
}

static void
attach_to_entry (GtkEntry *entry)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_widget_set_parent (popover, GTK_WIDGET (entry));
  g_signal_connect (calendar, "day-selected", G_CALLBACK (on_entry_day_selected_cb), entry);
  g_signal_connect (entry, "icon-press", G_CALLBACK (on_entry_icon_press_cb), popover);
  g_signal_connect (entry, "destroy", G_CALLBACK (on_entry_destroy_cb), popover);
  gtk_entry_set_icon_from_icon_name (entry, GTK_ENTRY_ICON_SECONDARY, "x-office-calendar-symbolic");
  gtk_entry_set_icon_tooltip_text (entry, GTK_ENTRY_ICON_SECONDARY, _("Choose a Date"));
}

/**
 * lt_date_button_attach:
 * @editable: an AdwEntryRow (the button becomes its suffix), a GtkEntry
 *   inside a box (the button is put after it), or a GtkEntry alone (the
 *   calendar opens from its icon)
 *
 * Adds the calendar button to a date field.
 */
void
lt_date_button_attach (GtkWidget *editable)
{
  LtDateButton *self;

  g_return_if_fail (GTK_IS_EDITABLE (editable));

  if (GTK_IS_ENTRY (editable) && !GTK_IS_BOX (gtk_widget_get_parent (editable)))
    {
      attach_to_entry (GTK_ENTRY (editable));
      return;
    }
  self = LT_DATE_BUTTON (lt_date_button_new ());

  self->editable = GTK_EDITABLE (editable);
  g_object_add_weak_pointer (G_OBJECT (editable), (gpointer *) &self->editable);
  if (ADW_IS_ENTRY_ROW (editable))
    adw_entry_row_add_suffix (ADW_ENTRY_ROW (editable), GTK_WIDGET (self));
  else if (GTK_IS_BOX (gtk_widget_get_parent (editable)))
    gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (editable)), GTK_WIDGET (self), editable);
  else
    g_warning ("%s: no place for a calendar beside %s", G_STRFUNC, G_OBJECT_TYPE_NAME (editable));
}
