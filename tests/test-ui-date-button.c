/* test-ui-date-button.c: a date is typed or chosen in a calendar, both ways agree */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>

#include "lt-date-button.h"

static void
iterate (void)
{
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_type (c, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_entry_row (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_entry_row_new ();
  LtDateButton *button;
  GtkCalendar *calendar;
  g_autoptr(GDateTime) shown = NULL;
  g_autoptr(GDateTime) chosen = g_date_time_new_local (2027, 1, 15, 12, 0, 0);

  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_window_set_child (GTK_WINDOW (window), list);
  lt_date_button_attach (row);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  button = LT_DATE_BUTTON (find_type (row, LT_TYPE_DATE_BUTTON));
  g_assert_nonnull (button);
  calendar = lt_date_button_get_calendar (button);

  /* typed by hand, then the calendar opens on that day */
  gtk_editable_set_text (GTK_EDITABLE (row), "31/12/2026");
  gtk_menu_button_popup (GTK_MENU_BUTTON (find_type (GTK_WIDGET (button), GTK_TYPE_MENU_BUTTON)));
  iterate ();
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_year (shown), ==, 2026);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 12);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 31);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "31/12/2026");

  /* a day chosen in the calendar is written as users type it */
  gtk_calendar_select_day (calendar, chosen);
  g_signal_emit_by_name (calendar, "day-selected");
  iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "15/01/2027");

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

static void
test_lone_entry (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *popover;
  GtkCalendar *calendar;
  g_autoptr(GDateTime) chosen = g_date_time_new_local (2026, 3, 2, 12, 0, 0);

  gtk_window_set_child (GTK_WINDOW (window), entry);
  lt_date_button_attach (entry);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  g_assert_cmpstr (gtk_entry_get_icon_name (GTK_ENTRY (entry), GTK_ENTRY_ICON_SECONDARY), ==, "x-office-calendar-symbolic");
  gtk_editable_set_text (GTK_EDITABLE (entry), "01/03/2027");
  g_signal_emit_by_name (entry, "icon-press", GTK_ENTRY_ICON_SECONDARY);
  iterate ();
  popover = find_type (entry, GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  calendar = GTK_CALENDAR (gtk_popover_get_child (GTK_POPOVER (popover)));
  {
    g_autoptr(GDateTime) shown = gtk_calendar_get_date (calendar);
    g_assert_cmpint (g_date_time_get_year (shown), ==, 2027);
    g_assert_cmpint (g_date_time_get_month (shown), ==, 3);
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "01/03/2027");

  gtk_calendar_select_day (calendar, chosen);
  g_signal_emit_by_name (calendar, "day-selected");
  iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "02/03/2026");

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui-date-button/entry-row", test_entry_row);
  g_test_add_func ("/ui-date-button/lone-entry", test_lone_entry);

  return g_test_run ();
}
