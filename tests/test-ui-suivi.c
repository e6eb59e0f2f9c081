/* test-ui-suivi.c: the window builds a page when it is first shown; the suivi's cells have no tooltip set at bind, its rows fill when shown and line up with the header */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "ui-shell-fixtures.h"

#include "lt-affaire.h"
#include "lt-affaires-page.h"
#include "lt-prestations-page.h"
#include "lt-projects-page.h"
#include "lt-store-affaires.h"
#include "lt-store-projects.h"
#include "lt-suivi-row.h"
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

static const char *
cell_text (GtkWidget *row,
           guint      index)
{
  GtkWidget *cell = gtk_widget_get_first_child (row);

  for (guint i = 0; i < index; i++)
    cell = gtk_widget_get_next_sibling (cell);

  return gtk_inscription_get_text (GTK_INSCRIPTION (cell));
}

static LtTask *
new_task (const char *title,
          const char *due)
{
  LtTask *task = lt_task_new ();

  lt_task_set_title (task, title);
  lt_task_set_start_date (task, due);
  lt_task_set_due_date (task, due);

  return task;
}

/* A row out of view is filled when it comes into view; one on screen at
 * once. Its cells line up with the header's, whatever their texts. */
static void
test_row_filled_when_shown (void)
{
  g_autoptr(LtTask) first = new_task ("Saisir les pièces", "2026-12-11");
  g_autoptr(LtTask) second = new_task ("Établir la liasse fiscale de l’exercice clos, annexes comprises", "2027-04-30");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autoptr(LtSuiviColumns) columns = lt_suivi_columns_new ();
  GtkWidget *header = lt_suivi_header_new (columns, NULL);
  GtkWidget *row = lt_suivi_row_new (columns);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), row);
  gtk_window_set_child (GTK_WINDOW (window), box);

  lt_suivi_row_set_task (LT_SUIVI_ROW (row), first);
  g_assert_false (gtk_widget_get_mapped (row));
  g_assert_cmpstr (cell_text (row, 0), ==, NULL);     /* not yet */

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for_mapped (row));
  g_assert_cmpstr (cell_text (row, 0), ==, "Saisir les pièces");
  g_assert_cmpstr (cell_text (row, 4), ==, "11/12/2026");

  lt_suivi_row_set_task (LT_SUIVI_ROW (row), second);
  g_assert_cmpstr (cell_text (row, 4), ==, "30/04/2027");

  /* hidden, then given another: shown again with the last one */
  gtk_widget_set_visible (row, FALSE);
  lt_suivi_row_set_task (LT_SUIVI_ROW (row), first);
  g_assert_cmpstr (cell_text (row, 4), ==, "30/04/2027");
  gtk_widget_set_visible (row, TRUE);
  g_assert_cmpstr (cell_text (row, 4), ==, "11/12/2026");

  lt_suivi_row_set_task (LT_SUIVI_ROW (row), second);
  iterate (20);
  for (GtkWidget *h = gtk_widget_get_first_child (gtk_widget_get_first_child (header)), *c = gtk_widget_get_first_child (row);
       h != NULL && c != NULL;
       h = gtk_widget_get_next_sibling (h), c = gtk_widget_get_next_sibling (c))
    {
      graphene_point_t hp, cp;

      g_assert_true (gtk_widget_compute_point (h, window, &GRAPHENE_POINT_INIT (0, 0), &hp));
      g_assert_true (gtk_widget_compute_point (c, window, &GRAPHENE_POINT_INIT (0, 0), &cp));
      g_assert_cmpfloat (hp.x, ==, cp.x);
      g_assert_cmpint (gtk_widget_get_width (h), ==, gtk_widget_get_width (c));
    }

  /* a column given a width by dragging its title's left edge: the rows
   * follow, the title column gives the room; at least 32 px; the title
   * column itself takes what is left */
  {
    GtkWidget *titles = gtk_widget_get_first_child (header);
    GtkWidget *client_title = gtk_widget_get_next_sibling (gtk_widget_get_first_child (titles));
    GtkWidget *client_cell = gtk_widget_get_next_sibling (gtk_widget_get_first_child (row));
    int chars_width = gtk_widget_get_width (client_cell);
    graphene_point_t edge;

    g_assert_true (gtk_widget_compute_point (client_title, header, &GRAPHENE_POINT_INIT (0, 0), &edge));
    g_assert_cmpint (lt_suivi_header_column_at (LT_SUIVI_HEADER (header), edge.x - 6), ==, 1);   /* the gap */
    g_assert_cmpint (lt_suivi_header_column_at (LT_SUIVI_HEADER (header), edge.x + 6), ==, 1);
    g_assert_cmpint (lt_suivi_header_column_at (LT_SUIVI_HEADER (header), edge.x + 40), ==, -1);
    g_assert_cmpint (lt_suivi_header_column_at (LT_SUIVI_HEADER (header), 2), ==, -1);

    lt_suivi_columns_set_width (columns, 1, chars_width + 120);
    iterate (20);
    g_assert_cmpint (gtk_widget_get_width (client_cell), ==, chars_width + 120);
    g_assert_cmpint (gtk_widget_get_width (client_title), ==, chars_width + 120);
    lt_suivi_columns_set_width (columns, 1, 5);
    g_assert_cmpint (lt_suivi_columns_get_width (columns, 1), ==, 32);
    lt_suivi_columns_set_width (columns, 0, 100);
    g_assert_cmpint (lt_suivi_columns_get_width (columns, 0), ==, -1);
    lt_suivi_columns_set_width (columns, 1, -1);
    iterate (20);
    g_assert_cmpint (gtk_widget_get_width (client_cell), ==, chars_width);

    /* a row made after the drag has the width too */
    lt_suivi_columns_set_width (columns, 4, 150);
    {
      g_autoptr(GtkWidget) later = g_object_ref_sink (lt_suivi_row_new (columns));
      GtkWidget *due = gtk_widget_get_first_child (later);
      int least;

      for (int i = 0; i < 4; i++)
        due = gtk_widget_get_next_sibling (due);
      gtk_widget_measure (due, GTK_ORIENTATION_HORIZONTAL, -1, &least, NULL, NULL, NULL);
      g_assert_cmpint (least, ==, 150);
    }
  }

  /* the header asks for no width: a narrow window scrolls the list
   * sideways, and the header with it */
  {
    int least;

    gtk_widget_measure (header, GTK_ORIENTATION_HORIZONTAL, -1, &least, NULL, NULL, NULL);
    g_assert_cmpint (least, ==, 0);
    gtk_widget_measure (row, GTK_ORIENTATION_HORIZONTAL, -1, &least, NULL, NULL, NULL);
    g_assert_cmpint (least, >, 300);
  }

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
  g_test_add_func ("/ui-suivi/row-filled-when-shown", test_row_filled_when_shown);

  return g_test_run ();
}
