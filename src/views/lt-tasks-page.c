/* lt-tasks-page.c: the suivi des tâches — a list view over the lazy task list, filters in SQL */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-tasks-page"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "lt-accessible.h"
#include "lt-affaire.h"
#include "lt-client-filter.h"
#include "lt-date.h"
#include "lt-reschedule-dialog.h"
#include "lt-staff.h"
#include "lt-store-affaires.h"
#include "lt-store-project-ops.h"
#include "lt-store-task-list.h"
#include "lt-task.h"
#include "lt-tasks-page-private.h"
#include "lt-tasks-page.h"
#include "lt-slot-list.h"
#include "lt-suivi-row.h"
#include "lt-working-days.h"

G_DEFINE_FINAL_TYPE (LtTasksPage, lt_tasks_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The status filter's choices, after « every status » and « not done »
 * (the default: what is left to do is what the suivi is for). */
static const LtTaskStatus status_choices[] = {
  LT_TASK_STATUS_TODO,
  LT_TASK_STATUS_BLOCKED,
  LT_TASK_STATUS_WAITING_CLIENT,
  LT_TASK_STATUS_SENT,
  LT_TASK_STATUS_DONE,
};

void
lt_tasks_page_show_message (LtTasksPage *self,
                            const char  *message)
{
  g_free (self->last_message);
  self->last_message = g_strdup (message);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
lt_tasks_page_show_error (LtTasksPage  *self,
                          const GError *error)
{
  lt_tasks_page_show_message (self, error->message);
}

LtTask *
lt_tasks_page_dup_selected_task (LtTasksPage *self)
{
  LtSlot *slot = gtk_single_selection_get_selected_item (self->selection);
  LtTask *item = slot != NULL ? LT_TASK (lt_slot_get_item (slot)) : NULL;

  if (item == NULL)
    return NULL;

  /* read again: its status and revision may have changed since it was built */
  return lt_store_task_load (lt_context_get_store (self->context), lt_task_get_id (item), NULL);
}

gint64
lt_tasks_page_selected_id (LtChoiceButton *dropdown,
                           GArray      *ids)
{
  guint pos = lt_choice_button_get_selected (dropdown);

  if (pos == GTK_INVALID_LIST_POSITION || pos >= ids->len)
    return 0;

  return g_array_index (ids, gint64, pos);
}

static void on_items_changed_cb (LtTasksPage *self);

/* While only the first rows are read, the count is a least one. */
static void
update_count (LtTasksPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tasks));
  g_autofree char *count = lt_query_model_is_partial (self->tasks)
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "At least %u task", "At least %u tasks", n), n)
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task", "%u tasks", n), n);

  gtk_label_set_text (self->count_label, count);
}

static void
apply_filter (LtTasksPage *self)
{
  g_autoptr(GError) error = NULL;
  LtTaskFilter filter = LT_TASK_FILTER_INIT;
  guint status = lt_choice_button_get_selected (self->status_dropdown);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->tasks == NULL || self->filling)
    return;

  filter.staff_id = lt_tasks_page_selected_id (self->staff_dropdown, self->staff_ids);
  if (gtk_toggle_button_get_active (self->mine_button))
    filter.staff_id = g_settings_get_int64 (lt_context_get_settings (self->context), "current-staff");
  filter.affaire_id = lt_client_filter_get_affaire_id (self->client_filter);
  if (status == 1)
    filter.status = LT_TASK_FILTER_OPEN;
  else if (status != GTK_INVALID_LIST_POSITION && status > 1 && status <= G_N_ELEMENTS (status_choices) + 1)
    filter.status = status_choices[status - 2];
  filter.overdue = gtk_toggle_button_get_active (self->overdue_button);
  filter.this_week = gtk_toggle_button_get_active (self->week_button);
  filter.search = search != NULL && *search != '\0' ? search : NULL;

  if (lt_store_suivi_needs_new_model (self->tasks, &filter))
    {
      g_autoptr(LtQueryModel) tasks = lt_store_list_suivi (lt_context_get_store (self->context), &filter);

      g_signal_handlers_disconnect_by_func (self->tasks, on_items_changed_cb, self);
      g_set_object (&self->tasks, tasks);
      lt_slot_list_set_model (self->rows, G_LIST_MODEL (tasks));
      g_signal_connect_object (tasks, "items-changed", G_CALLBACK (on_items_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (tasks, "notify::partial", G_CALLBACK (on_items_changed_cb), self, G_CONNECT_SWAPPED);
    }
  else if (!lt_store_suivi_set_filter (self->tasks, &filter, &error))
    lt_tasks_page_show_error (self, error);

  update_count (self);
}

static void
update_stack (LtTasksPage *self)
{
  gboolean filtered = gtk_toggle_button_get_active (self->mine_button) ||
                      gtk_toggle_button_get_active (self->overdue_button) ||
                      gtk_toggle_button_get_active (self->week_button) ||
                      /* « not done », the default, is not a filter the user chose */
                      lt_choice_button_get_selected (self->status_dropdown) > 1 ||
                      lt_choice_button_get_selected (self->staff_dropdown) > 0 ||
                      lt_client_filter_get_affaire_id (self->client_filter) != 0 ||
                      *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0';
  guint n;

  if (self->tasks == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->tasks));

  gtk_stack_set_visible_child_name (self->stack, n == 0 && !filtered ? "empty" : "list");
}

static void
on_items_changed_cb (LtTasksPage *self)
{
  update_count (self);
  update_stack (self);
}

/* The intervenants offered by the filter (a cabinet has a handful). */
static void
fill_choices (LtTasksPage *self)
{
  LtStore *store = lt_context_get_store (self->context);
  g_autoptr(GListModel) staff = lt_store_list_staff (store, FALSE);
  g_autoptr(GtkStringList) staff_names = gtk_string_list_new (NULL);
  gint64 staff_id = lt_tasks_page_selected_id (self->staff_dropdown, self->staff_ids);
  guint staff_pos = 0;
  gint64 none = 0;

  self->filling = TRUE;

  g_array_set_size (self->staff_ids, 0);
  g_array_append_val (self->staff_ids, none);
  gtk_string_list_append (staff_names, _("Every intervenant"));
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(LtStaff) s = g_list_model_get_item (staff, i);
      gint64 id = lt_staff_get_id (s);

      if (id == staff_id)
        staff_pos = self->staff_ids->len;
      g_array_append_val (self->staff_ids, id);
      gtk_string_list_append (staff_names, lt_staff_get_name (s));
    }

  lt_choice_button_set_model (self->staff_dropdown, G_LIST_MODEL (staff_names));
  lt_choice_button_set_selected (self->staff_dropdown, staff_pos);

  self->filling = FALSE;
}

/* ---- rows --------------------------------------------------------------- */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  LtTasksPage *self = user_data;

  gtk_list_item_set_child (item, lt_suivi_row_new (self->columns));
}

/* the slot of the row took another tâche: the row shows it */
static void
on_slot_item_cb (LtSlot     *slot,
                 GParamSpec *pspec,
                 LtSuiviRow *row)
{
  lt_suivi_row_set_task (row, LT_TASK (lt_slot_get_item (slot)));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  LtSuiviRow *row = LT_SUIVI_ROW (gtk_list_item_get_child (item));
  LtSlot *slot = gtk_list_item_get_item (item);

  if (slot != NULL)
    g_signal_connect_object (slot, "notify::item", G_CALLBACK (on_slot_item_cb), row, 0);
  lt_suivi_row_set_task (row, slot != NULL ? LT_TASK (lt_slot_get_item (slot)) : NULL);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  LtSlot *slot = gtk_list_item_get_item (item);

  if (slot != NULL)
    g_signal_handlers_disconnect_by_func (slot, on_slot_item_cb, gtk_list_item_get_child (item));
}

/* The titles of the columns, above the list's scrolled window: they stay
 * when the list scrolls down, and move with it sideways. */
static void
add_header (LtTasksPage *self)
{
  GtkWidget *list_scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->list_view), GTK_TYPE_SCROLLED_WINDOW);

  gtk_box_prepend (self->list_box,
                   lt_suivi_header_new (self->columns,
                                        gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (list_scroller))));
}

/* ---- callbacks ---------------------------------------------------------- */

static void
on_search_entry_search_changed_cb (LtTasksPage *self)
{
  apply_filter (self);
  update_stack (self);
}

static void
on_filter_changed_cb (LtTasksPage *self)
{
  if (gtk_toggle_button_get_active (self->mine_button) &&
      g_settings_get_int64 (lt_context_get_settings (self->context), "current-staff") == 0)
    {
      gtk_toggle_button_set_active (self->mine_button, FALSE);
      lt_tasks_page_show_message (self, _("Choose who you are in Preferences (« I am ») to see your tasks."));
      return;
    }

  apply_filter (self);
  update_stack (self);
}

static void
on_list_view_activate_cb (LtTasksPage *self,
                            guint        position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "tasks.done", NULL);
}

static void
on_map_cb (LtTasksPage *self)
{
  fill_choices (self);
}

/* ---- GObject ------------------------------------------------------------ */

static void
lt_tasks_page_constructed (GObject *object)
{
  LtTasksPage *self = (LtTasksPage *) object;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = NULL;
  LtTaskFilter open = LT_TASK_FILTER_INIT;

  G_OBJECT_CLASS (lt_tasks_page_parent_class)->constructed (object);

  gtk_string_list_append (statuses, _("Every status"));
  gtk_string_list_append (statuses, _("Not done"));
  for (guint i = 0; i < G_N_ELEMENTS (status_choices); i++)
    gtk_string_list_append (statuses, lt_enum_to_label (LT_TYPE_TASK_STATUS, status_choices[i]));
  self->filling = TRUE;
  lt_choice_button_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  lt_choice_button_set_selected (self->status_dropdown, 1);
  self->filling = FALSE;
  fill_choices (self);
  lt_client_filter_set_store (self->client_filter, lt_context_get_store (self->context));

  open.status = LT_TASK_FILTER_OPEN;
  self->tasks = lt_store_list_suivi (lt_context_get_store (self->context), &open);
  /* rows that stay while the list changes under them (lt-slot-list.c) */
  self->rows = lt_slot_list_new (G_LIST_MODEL (self->tasks));
  lt_slot_list_grow_on (self->rows, GTK_WIDGET (self->list_view));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  factory = gtk_signal_list_item_factory_new ();
  self->columns = lt_suivi_columns_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  add_header (self);
  g_signal_connect_object (self->tasks, "items-changed", G_CALLBACK (on_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tasks, "notify::partial", G_CALLBACK (on_items_changed_cb), self, G_CONNECT_SWAPPED);


  on_items_changed_cb (self);
}

static void
lt_tasks_page_dispose (GObject *object)
{
  LtTasksPage *self = (LtTasksPage *) object;

  lt_tasks_page_set_dialog (self, NULL);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->columns);
  g_clear_object (&self->tasks);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lt_tasks_page_parent_class)->dispose (object);
}

static void
lt_tasks_page_finalize (GObject *object)
{
  LtTasksPage *self = (LtTasksPage *) object;

  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_free (self->last_message);

  G_OBJECT_CLASS (lt_tasks_page_parent_class)->finalize (object);
}

static void
lt_tasks_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LtTasksPage *self = (LtTasksPage *) object;

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_tasks_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LtTasksPage *self = (LtTasksPage *) object;

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_tasks_page_class_init (LtTasksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lt_tasks_page_constructed;
  object_class->dispose = lt_tasks_page_dispose;
  object_class->finalize = lt_tasks_page_finalize;
  object_class->get_property = lt_tasks_page_get_property;
  object_class->set_property = lt_tasks_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         LT_TYPE_CONTEXT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LT_TYPE_CLIENT_FILTER);
  g_type_ensure (LT_TYPE_CHOICE_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-tasks-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LtTasksPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LtTasksPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LtTasksPage, mine_button);
  gtk_widget_class_bind_template_child (widget_class, LtTasksPage, staff_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LtTasksPage, client_filter);
  gtk_widget_class_bind_template_child (widget_class, LtTasksPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LtTasksPage, overdue_button);
  gtk_widget_class_bind_template_child (widget_class, LtTasksPage, week_button);
  gtk_widget_class_bind_template_child (widget_class, LtTasksPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LtTasksPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, LtTasksPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, LtTasksPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, LtTasksPage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);

  lt_tasks_page_class_install_actions (widget_class);
}

static void
lt_tasks_page_init (LtTasksPage *self)
{
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

/**
 * lt_tasks_page_new:
 * @context: the services of the window
 *
 * Returns: (transfer floating): a new page
 */
GtkWidget *
lt_tasks_page_new (LtContext *context)
{
  g_return_val_if_fail (LT_IS_CONTEXT (context), NULL);

  return g_object_new (LT_TYPE_TASKS_PAGE, "context", context, NULL);
}

/**
 * lt_tasks_page_get_context:
 *
 * Returns: (transfer none): the page's context
 */
LtContext *
lt_tasks_page_get_context (LtTasksPage *self)
{
  g_return_val_if_fail (LT_IS_TASKS_PAGE (self), NULL);

  return self->context;
}

/**
 * lt_tasks_page_get_tasks:
 *
 * Returns: (transfer none): the tasks shown (LtTask), as filtered
 */
GListModel *
lt_tasks_page_get_tasks (LtTasksPage *self)
{
  g_return_val_if_fail (LT_IS_TASKS_PAGE (self), NULL);

  return G_LIST_MODEL (self->tasks);
}

gboolean
lt_tasks_page_select_task (LtTasksPage *self,
                           gint64       task_id)
{
  guint position;

  g_return_val_if_fail (LT_IS_TASKS_PAGE (self), FALSE);

  if (!lt_query_model_find (self->tasks, task_id, &position))
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);
  return TRUE;
}

/**
 * lt_tasks_page_show_client:
 * @affaire_id: a client, or 0 for all
 *
 * Shows only the tasks of one client (from its affaire).
 */
void
lt_tasks_page_show_client (LtTasksPage *self,
                           gint64       affaire_id)
{
  g_return_if_fail (LT_IS_TASKS_PAGE (self));

  lt_client_filter_set_affaire_id (self->client_filter, affaire_id);
}/**
 * lt_tasks_page_get_last_message:
 *
 * Returns: (nullable): the text of the last toast (a refusal's message)
 */
const char *
lt_tasks_page_get_last_message (LtTasksPage *self)
{
  g_return_val_if_fail (LT_IS_TASKS_PAGE (self), NULL);

  return self->last_message;
}

/**
 * lt_tasks_page_get_dialog:
 *
 * Returns: (transfer none) (nullable): the dialog the page opened last, while open
 */
GtkWidget *
lt_tasks_page_get_dialog (LtTasksPage *self)
{
  g_return_val_if_fail (LT_IS_TASKS_PAGE (self), NULL);

  return self->dialog;
}
