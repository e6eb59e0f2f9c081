/* test-ui-choice-button.c: a drop-down chosen by its accessible actions; the Suivi's status filter, chosen so, filters */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "lt-choice-button.h"
#include "lt-context.h"
#include "lt-task.h"
#include "lt-tasks-page.h"

#include "store-fixtures.h"
#include "ui-fixtures.h"

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
on_clicked_cb (GtkButton *button,
               gboolean  *clicked)
{
  *clicked = TRUE;
}

/* What AT-SPI's « click » does on a button (GTK 4.8): activate it; the
 * button is « clicked » when its pressed look ends. */
static void
click (GtkWidget *button)
{
  gboolean clicked = FALSE;
  gulong id;

  g_assert_true (GTK_IS_BUTTON (button));
  id = g_signal_connect (button, "clicked", G_CALLBACK (on_clicked_cb), &clicked);
  g_assert_true (gtk_widget_activate (button));
  wait_for (is_true, &clicked, "the button clicked");
  g_signal_handler_disconnect (button, id);
  iterate (20);
}

/* The choice named @name in @button's popover, as AT-SPI finds it: a
 * button whose accessible label is the choice's text. */
static GtkWidget *
choice (LtChoiceButton *button,
        const char     *name)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (GTK_WIDGET (lt_choice_button_get_popover (button)), GTK_TYPE_BUTTON, found);
  for (guint i = 0; i < found->len; i++)
    {
      /* the message of a mismatch, or NULL */
      g_autofree char *mismatch = gtk_test_accessible_check_property (found->pdata[i], GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                      name);

      if (mismatch == NULL)
        return found->pdata[i];
    }
  return NULL;
}

/* A key typed in @popover, as its key controller gets it. */
static void
type_key (GtkPopover *popover,
          guint       keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (popover));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      gboolean stop = FALSE;

      /* the popover's own (Escape) answers too */
      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &stop);
      handled |= stop;
    }
  g_assert_true (handled);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* Pressed, the button opens its choices, the keyboard on the chosen one;
 * a choice pressed is chosen, said by the button's description and by
 * « Chosen » on the choice, and the popover closes. */
static void
test_choose_by_action (void)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new ((const char *[]) { "One", "Two", "Three", NULL });
  GtkWidget *window = gtk_window_new ();
  LtChoiceButton *button = LT_CHOICE_BUTTON (lt_choice_button_new (g_object_ref (G_LIST_MODEL (list))));
  GtkPopover *popover = lt_choice_button_get_popover (button);
  guint notified = 0;

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, "Number", -1);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (button));
  gtk_window_present (GTK_WINDOW (window));
  iterate (50);
  g_signal_connect (button, "notify::selected", G_CALLBACK (on_notify_cb), &notified);

  /* the first is chosen, as in a drop-down; the name is the button's own */
  g_assert_cmpuint (lt_choice_button_get_selected (button), ==, 0);
  gtk_test_accessible_assert_role (button, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Number");
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "One");

  click (GTK_WIDGET (button));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (gtk_widget_is_focus (choice (button, "One")));
  gtk_test_accessible_assert_property (choice (button, "One"), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Chosen");
  /* the arrows move to the next choice */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (popover), GTK_DIR_DOWN));
  g_assert_true (gtk_widget_is_focus (choice (button, "Two")));
  /* typing the start of a choice moves to it: « th » is « Three » */
  type_key (popover, GDK_KEY_t);
  g_assert_true (gtk_widget_is_focus (choice (button, "Two")));
  type_key (popover, GDK_KEY_H);
  g_assert_true (gtk_widget_is_focus (choice (button, "Three")));

  click (choice (button, "Three"));
  g_assert_cmpuint (lt_choice_button_get_selected (button), ==, 2);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (gtk_string_object_get_string (lt_choice_button_get_selected_item (button)), ==, "Three");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Three");
  gtk_test_accessible_assert_property (choice (button, "Three"), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Chosen");
  gtk_test_accessible_assert_property (choice (button, "One"), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "");

  /* the chosen item gone, the first is chosen */
  gtk_string_list_remove (list, 2);
  g_assert_cmpuint (lt_choice_button_get_selected (button), ==, 0);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_null (choice (button, "Three"));

  /* nothing to choose: pressed, nothing opens */
  lt_choice_button_set_model (button, NULL);
  g_assert_cmpuint (lt_choice_button_get_selected (button), ==, GTK_INVALID_LIST_POSITION);
  g_assert_null (lt_choice_button_get_selected_item (button));
  click (GTK_WIDGET (button));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (10);
  g_assert_finalize_object (window);
}

/* Items that are not strings read through the expression. */
static void
test_expression (void)
{
  g_autoptr(GListStore) actions = g_list_store_new (G_TYPE_SIMPLE_ACTION);
  g_autoptr(GSimpleAction) first = g_simple_action_new ("reviser", NULL);
  g_autoptr(GSimpleAction) second = g_simple_action_new ("etablir", NULL);
  g_autoptr(GtkExpression) name = gtk_property_expression_new (G_TYPE_SIMPLE_ACTION, NULL, "name");
  LtChoiceButton *button = g_object_ref_sink (LT_CHOICE_BUTTON (lt_choice_button_new (NULL)));

  g_list_store_append (actions, first);
  g_list_store_append (actions, second);
  lt_choice_button_set_expression (button, name);
  lt_choice_button_set_model (button, G_LIST_MODEL (actions));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "reviser");
  g_assert_nonnull (choice (button, "etablir"));
  lt_choice_button_set_selected (button, 1);
  g_assert_true (lt_choice_button_get_selected_item (button) == (gpointer) second);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "etablir");
  /* out of the list: no choice */
  lt_choice_button_set_selected (button, 7);
  g_assert_cmpuint (lt_choice_button_get_selected (button), ==, GTK_INVALID_LIST_POSITION);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "");

  g_assert_finalize_object (button);
}

static GtkWidget *
find_by_tooltip (GtkWidget  *root,
                 GType       type,
                 const char *tooltip)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (root, type, found);
  for (guint i = 0; i < found->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (found->pdata[i]), tooltip) == 0)
      return found->pdata[i];
  return NULL;
}

static guint
count_status (GListModel   *tasks,
              LtTaskStatus  status)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(LtTask) task = g_list_model_get_item (tasks, i);

      n += lt_task_get_status (task) == status;
    }
  return n;
}

/* The Suivi's status filter, chosen by the accessible actions only,
 * filters the list. */
static void
test_suivi_status_filter (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  char *dir = NULL, *path = NULL;
  LtStore *store = store_fixture_open_demo ("lettrine-choice-XXXXXX", &dir, &path);
  LtContext *context = lt_context_new (store, settings);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = lt_tasks_page_new (context);
  GListModel *tasks;
  LtChoiceButton *status;
  guint n_not_done, n_blocked;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  iterate (200);
  tasks = lt_tasks_page_get_tasks (LT_TASKS_PAGE (page));
  status = LT_CHOICE_BUTTON (find_by_tooltip (page, LT_TYPE_CHOICE_BUTTON, "Status"));
  g_assert_nonnull (status);
  gtk_test_accessible_assert_property (status, GTK_ACCESSIBLE_PROPERTY_LABEL, "Status");

  /* « Not done » by default */
  n_not_done = g_list_model_get_n_items (tasks);
  n_blocked = count_status (tasks, LT_TASK_STATUS_BLOCKED);
  g_assert_cmpuint (n_blocked, >, 0);
  g_assert_cmpuint (n_blocked, <, n_not_done);
  g_assert_cmpuint (count_status (tasks, LT_TASK_STATUS_DONE), ==, 0);

  click (GTK_WIDGET (status));
  g_assert_nonnull (choice (status, "Blocked"));
  click (choice (status, "Blocked"));
  iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n_blocked);
  g_assert_cmpuint (count_status (tasks, LT_TASK_STATUS_BLOCKED), ==, n_blocked);
  gtk_test_accessible_assert_property (status, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Blocked");

  click (GTK_WIDGET (status));
  click (choice (status, "Not done"));
  iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n_not_done);

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (10);
  g_assert_finalize_object (window);
  g_object_unref (context);
  store_fixture_close (store, dir, path);
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/choice-button/choose-by-action", test_choose_by_action);
  g_test_add_func ("/ui/choice-button/expression", test_expression);
  g_test_add_func ("/ui/choice-button/suivi-status-filter", test_suivi_status_filter);

  return g_test_run ();
}
