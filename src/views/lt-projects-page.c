/* lt-projects-page.c: projects by client, the client's pending demandes, « New Project » */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-projects-page"

#include "config.h"

#include <glib/gi18n.h>

#include "lt-accessible.h"
#include "lt-affaire.h"
#include "lt-client-filter.h"
#include "lt-date.h"
#include "lt-project.h"
#include "lt-project-editor.h"
#include "lt-projects-page.h"
#include "lt-requests-view.h"
#include "lt-staff.h"
#include "lt-store-affaires.h"
#include "lt-store-project-ops.h"
#include "lt-store-projects.h"
#include "lt-working-days.h"
#include "lt-workload-view.h"

struct _LtProjectsPage
{
  AdwBin              parent_instance;

  LtContext          *context;
  GListModel         *projects;
  GHashTable         *client_names;  /* id → name, read as rows show */
  char               *last_message;
  LtRequestsView     *requests;
  GtkBox             *workload_box;

  AdwToastOverlay    *toast_overlay;
  LtClientFilter     *client_filter;
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkBox             *side_box;
  AdwStatusPage      *empty_page;
};

G_DEFINE_FINAL_TYPE (LtProjectsPage, lt_projects_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_message (LtProjectsPage *self,
              const char     *message)
{
  g_free (self->last_message);
  self->last_message = g_strdup (message);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static gint64
selected_client (LtProjectsPage *self)
{
  return lt_client_filter_get_affaire_id (self->client_filter);
}
static void
update_stack (LtProjectsPage *self)
{
  gboolean empty = g_list_model_get_n_items (self->projects) == 0 && selected_client (self) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             LtProjectsPage           *self)
{
  LtProject *project = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *start = lt_date_iso_to_display (lt_project_get_start_date (project));
  g_autofree char *end = lt_date_iso_to_display (lt_project_get_end_date (project));
  g_autofree char *text = NULL;
  gint64 affaire_id = lt_project_get_affaire_id (project);
  const char *client = g_hash_table_lookup (self->client_names, &affaire_id);

  if (client == NULL)
    {
      g_autoptr(LtAffaire) affaire = lt_store_get_affaire (lt_context_get_store (self->context), affaire_id, NULL);

      client = affaire != NULL ? lt_affaire_get_name (affaire) : "";
      g_hash_table_insert (self->client_names, g_memdup2 (&affaire_id, sizeof affaire_id), g_strdup (client));
      client = g_hash_table_lookup (self->client_names, &affaire_id);
    }

  text = g_strdup_printf ("%s · %s – %s · %s",
                          client != NULL ? client : "",
                          start, end,
                          lt_project_get_generated (project) ? _("tasks created") : _("no task yet"));
  gtk_label_set_text (GTK_LABEL (title), lt_project_get_name (project));
  gtk_label_set_text (GTK_LABEL (subtitle), text);
  lt_accessible_name_list_row (box, lt_project_get_name (project), text);
}

/* The next twelve weeks of each active intervenant. */
static void
load_workload (LtProjectsPage *self)
{
  LtStore *store = lt_context_get_store (self->context);
  g_autoptr(GListModel) staff = lt_store_list_staff (store, TRUE);
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_weeks (now, 12);
  g_autofree char *from = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *to = g_date_time_format (later, "%Y-%m-%d");
  GtkWidget *child;
  GDate today, monday;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->workload_box))) != NULL)
    gtk_box_remove (self->workload_box, child);

  weeks = lt_store_workload (store, from, to, NULL, NULL);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
  lt_working_days_week_start (&today, &monday);
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(LtStaff) s = g_list_model_get_item (staff, i);
      GtkWidget *label = gtk_label_new (lt_staff_get_name (s));
      GtkWidget *view = lt_workload_view_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "caption");
      lt_workload_view_set_span (LT_WORKLOAD_VIEW (view), &monday, 12, lt_staff_get_weekly_hours (s));
      lt_workload_view_set_legend (LT_WORKLOAD_VIEW (view), i == 0);
      lt_workload_view_set_weeks (LT_WORKLOAD_VIEW (view), weeks, lt_staff_get_id (s));
      gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
      gtk_box_append (self->workload_box, label);
      gtk_box_append (self->workload_box, view);
    }
}

static void
load_projects (LtProjectsPage *self)
{
  g_autoptr(GListModel) projects = lt_store_list_projects (lt_context_get_store (self->context), selected_client (self));
  g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (projects));

  g_set_object (&self->projects, projects);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (projects, "items-changed", G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);
  lt_requests_view_set_affaire (self->requests, selected_client (self));
  update_stack (self);
}

static void
on_client_filter_changed_cb (LtProjectsPage *self)
{
  if (self->context == NULL)
    return;

  load_projects (self);
}

static void
on_editor_saved_cb (LtProjectEditor *editor,
                    const char      *summary,
                    gint64           project_id,
                    LtProjectsPage  *self)
{
  show_message (self, summary);
  load_workload (self);
}

static void
on_list_view_activate_cb (GtkListView    *list,
                          guint           position,
                          LtProjectsPage *self)
{
  g_autoptr(LtProject) project = g_list_model_get_item (self->projects, position);
  g_autoptr(GError) error = NULL;
  LtProjectEditor *editor;
  GtkRoot *root;

  if (project == NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  editor = lt_project_editor_new_for_project (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->context,
                                              lt_project_get_id (project), &error);
  if (editor == NULL)
    {
      show_message (self, error->message);
      return;
    }

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  LtProjectsPage *self = LT_PROJECTS_PAGE (widget);

  /* with « Every client » the editor asks for the client */
  lt_projects_page_new_project (self, selected_client (self));
}

static void
on_map_cb (LtProjectsPage *self)
{
  g_hash_table_remove_all (self->client_names);
  load_projects (self);
  load_workload (self);
}

static void
lt_projects_page_constructed (GObject *object)
{
  LtProjectsPage *self = (LtProjectsPage *) object;
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  G_OBJECT_CLASS (lt_projects_page_parent_class)->constructed (object);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_list_view_activate_cb), self);

  self->requests = LT_REQUESTS_VIEW (lt_requests_view_new (lt_context_get_store (self->context)));
  gtk_widget_set_vexpand (GTK_WIDGET (self->requests), TRUE);
  gtk_box_append (self->side_box, GTK_WIDGET (self->requests));

  {
    GtkWidget *heading = gtk_label_new (_("Workload, next twelve weeks"));

    gtk_label_set_xalign (GTK_LABEL (heading), 0);
    gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
    gtk_widget_add_css_class (heading, "heading");
    gtk_widget_set_margin_top (heading, 12);
    gtk_widget_set_tooltip_text (heading, _("Hours of the open tasks due each week against each intervenant’s capacity; red bars are overloaded weeks"));
    gtk_box_append (self->side_box, heading);
    GtkWidget *scrolled = gtk_scrolled_window_new ();

    self->workload_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 4));
    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
    gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
    gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->workload_box));
    gtk_box_append (self->side_box, scrolled);
  }

  lt_client_filter_set_store (self->client_filter, lt_context_get_store (self->context));
  load_projects (self);
}

static void
lt_projects_page_dispose (GObject *object)
{
  LtProjectsPage *self = (LtProjectsPage *) object;

  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->projects);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lt_projects_page_parent_class)->dispose (object);
}

static void
lt_projects_page_finalize (GObject *object)
{
  LtProjectsPage *self = (LtProjectsPage *) object;

  g_clear_pointer (&self->client_names, g_hash_table_unref);
  g_free (self->last_message);

  G_OBJECT_CLASS (lt_projects_page_parent_class)->finalize (object);
}

static void
lt_projects_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LtProjectsPage *self = (LtProjectsPage *) object;

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
lt_projects_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LtProjectsPage *self = (LtProjectsPage *) object;

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
lt_projects_page_class_init (LtProjectsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lt_projects_page_constructed;
  object_class->dispose = lt_projects_page_dispose;
  object_class->finalize = lt_projects_page_finalize;
  object_class->get_property = lt_projects_page_get_property;
  object_class->set_property = lt_projects_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         LT_TYPE_CONTEXT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LT_TYPE_CLIENT_FILTER);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-projects-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LtProjectsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LtProjectsPage, client_filter);
  gtk_widget_class_bind_template_child (widget_class, LtProjectsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LtProjectsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, LtProjectsPage, side_box);
  gtk_widget_class_bind_template_child (widget_class, LtProjectsPage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_client_filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "projects.new", NULL, new_action);
}

static void
lt_projects_page_init (LtProjectsPage *self)
{
  self->client_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

/**
 * lt_projects_page_new:
 * @context: the services of the window
 *
 * Returns: (transfer floating): a new page
 */
GtkWidget *
lt_projects_page_new (LtContext *context)
{
  g_return_val_if_fail (LT_IS_CONTEXT (context), NULL);

  return g_object_new (LT_TYPE_PROJECTS_PAGE, "context", context, NULL);
}

LtContext *
lt_projects_page_get_context (LtProjectsPage *self)
{
  g_return_val_if_fail (LT_IS_PROJECTS_PAGE (self), NULL);

  return self->context;
}

/**
 * lt_projects_page_show_client:
 * @affaire_id: a client, or 0 for every one
 */
void
lt_projects_page_show_client (LtProjectsPage *self,
                              gint64          affaire_id)
{
  g_return_if_fail (LT_IS_PROJECTS_PAGE (self));

  lt_client_filter_set_affaire_id (self->client_filter, affaire_id);
}
/**
 * lt_projects_page_new_project:
 * @affaire_id: the client (from its affaire, or the page's choice)
 *
 * Opens the editor of a new project; on save the page shows what was
 * created in a toast.
 *
 * Returns: (transfer none): the editor window
 */
GtkWindow *
lt_projects_page_new_project (LtProjectsPage *self,
                              gint64          affaire_id)
{
  GtkRoot *root;
  LtProjectEditor *editor;

  g_return_val_if_fail (LT_IS_PROJECTS_PAGE (self), NULL);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  editor = lt_project_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->context, affaire_id);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));

  return GTK_WINDOW (editor);
}

/**
 * lt_projects_page_get_projects:
 *
 * Returns: (transfer none): the projects shown (LtProject)
 */
GListModel *
lt_projects_page_get_projects (LtProjectsPage *self)
{
  g_return_val_if_fail (LT_IS_PROJECTS_PAGE (self), NULL);

  return self->projects;
}

const char *
lt_projects_page_get_last_message (LtProjectsPage *self)
{
  g_return_val_if_fail (LT_IS_PROJECTS_PAGE (self), NULL);

  return self->last_message;
}
