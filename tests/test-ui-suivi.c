/* test-ui-suivi.c: the window builds a page when it is first shown; the suivi's cells have no tooltip set at bind */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "ui-shell-fixtures.h"

#include "lt-affaire.h"
#include "lt-affaires-page.h"
#include "lt-prestations-page.h"
#include "lt-projects-page.h"
#include "lt-store-affaires.h"
#include "lt-store-projects.h"
#include "lt-tasks-page.h"

static guint
count_by_type (GtkWidget *widget,
               GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_by_type (child, type);

  return n;
}

/* Started on the suivi, the window builds the suivi only; the others come
 * when shown, or asked for. */
static void
test_pages_built_when_shown (Fixture       *f,
                             gconstpointer  data)
{
  LtWindow *window;
  GtkWidget *page;

  g_settings_set_string (f->settings, "last-page", "tasks");
  window = lt_window_new (NULL, f->context);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for_mapped (GTK_WIDGET (window)));

  g_assert_cmpuint (count_by_type (GTK_WIDGET (window), LT_TYPE_TASKS_PAGE), ==, 1);
  g_assert_cmpuint (count_by_type (GTK_WIDGET (window), LT_TYPE_AFFAIRES_PAGE), ==, 0);
  g_assert_cmpuint (count_by_type (GTK_WIDGET (window), LT_TYPE_PRESTATIONS_PAGE), ==, 0);
  g_assert_cmpuint (count_by_type (GTK_WIDGET (window), LT_TYPE_PROJECTS_PAGE), ==, 0);

  lt_window_show_page (window, "projects");
  iterate (20);
  g_assert_cmpuint (count_by_type (GTK_WIDGET (window), LT_TYPE_PROJECTS_PAGE), ==, 1);
  g_assert_cmpuint (count_by_type (GTK_WIDGET (window), LT_TYPE_AFFAIRES_PAGE), ==, 0);

  /* asked for by name: built then, once */
  page = lt_window_get_page (window, "affaires");
  g_assert_true (LT_IS_AFFAIRES_PAGE (page));
  g_assert_true (lt_window_get_page (window, "affaires") == page);
  g_assert_cmpuint (count_by_type (GTK_WIDGET (window), LT_TYPE_AFFAIRES_PAGE), ==, 1);
  g_assert_cmpstr (lt_window_get_visible_page_name (window), ==, "projects");

  destroy_and_finalize (GTK_WINDOW (window));
}

/* The first label or inscription (a cell) of @widget's tree with CSS class @css_class. */
static GtkWidget *
find_label_with_class (GtkWidget  *widget,
                       const char *css_class)
{
  if ((GTK_IS_LABEL (widget) || GTK_IS_INSCRIPTION (widget)) && gtk_widget_has_css_class (widget, css_class))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with_class (child, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* No cell gets a tooltip when it is bound; an overdue date says so in its
 * accessible description, and in a tooltip made when the pointer rests. */
static void
test_cells_without_tooltips (Fixture       *f,
                             gconstpointer  data)
{
  LtStore *store = lt_context_get_store (f->context);
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) task = lt_task_new ();
  g_autoptr(LtAffaire) affaire = lt_affaire_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page;
  GtkWidget *label;
  char *message;

  lt_affaire_set_name (affaire, "Boulangerie du Port");
  g_assert_true (lt_store_add_affaire (store, affaire, &error));
  g_assert_no_error (error);
  lt_task_set_affaire_id (task, lt_affaire_get_id (affaire));
  lt_task_set_title (task, "Réviser les comptes de l’exercice passé, pièce par pièce, compte par compte");
  lt_task_set_start_date (task, "2020-01-02");
  lt_task_set_due_date (task, "2020-01-03");
  g_assert_true (lt_store_add_task (store, task, &error));
  g_assert_no_error (error);

  page = lt_tasks_page_new (f->context);
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 400);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for_mapped (page));
  iterate (100);

  label = find_label_with_class (page, "error");
  g_assert_nonnull (label);
  g_assert_null (gtk_widget_get_tooltip_text (label));
  g_assert_true (gtk_widget_get_has_tooltip (label));
  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                "Overdue");
  g_assert_null (message);

  destroy_and_finalize (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui-suivi/pages-built-when-shown", Fixture, NULL,
              fixture_set_up, test_pages_built_when_shown, fixture_tear_down);
  g_test_add ("/ui-suivi/cells-without-tooltips", Fixture, NULL,
              fixture_set_up, test_cells_without_tooltips, fixture_tear_down);

  return g_test_run ();
}
