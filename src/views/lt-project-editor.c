/* lt-project-editor.c: a new project of a client; refusals on the row with the fix; saves with every task */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-project-editor"

#include "config.h"


#include <glib/gi18n.h>

#include "lt-date.h"
#include "lt-affaire.h"
#include "lt-client-filter.h"
#include "lt-error.h"
#include "lt-money.h"
#include "lt-prestation.h"
#include "lt-project-editor.h"
#include "lt-project-editor-private.h"
#include "lt-date-button.h"
#include "lt-project-diff.h"
#include "lt-project-links.h"
#include "lt-project-rules.h"
#include "lt-staff.h"
#include "lt-store-affaires.h"
#include "lt-store-catalogue.h"
#include "lt-store-project-ops.h"
#include "lt-working-days.h"
#include "lt-workload-view.h"

G_DEFINE_FINAL_TYPE (LtProjectEditor, lt_project_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
row_free (gpointer data)
{
  Row *row = data;

  g_clear_object (&row->prestation);
  g_free (row->error_text);
  g_free (row);
}

/* DD/MM/YYYY or YYYY-MM-DD → YYYY-MM-DD; anything else is returned as typed
 * so that the rule names it. */
static char *
user_date_to_iso (const char *text)
{
  char *iso = lt_date_display_to_iso (text);

  return iso != NULL ? iso : g_strdup (text);
}

static void
set_row_error (Row        *row,
               const char *message)
{
  g_free (row->error_text);
  row->error_text = g_strdup (message);
  gtk_label_set_text (row->error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (row->error), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (row->box, "error");
  else
    gtk_widget_remove_css_class (row->box, "error");
}

static void
set_error (LtProjectEditor *self,
           const char      *message)
{
  g_free (self->error_text);
  self->error_text = g_strdup (message);
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gint64
selected_staff (LtProjectEditor *self)
{
  guint pos = lt_choice_row_get_selected (self->staff_row);

  if (pos == GTK_INVALID_LIST_POSITION || pos >= self->staff_ids->len)
    return 0;

  return g_array_index (self->staff_ids, gint64, pos);
}

static void
on_remove_clicked_cb (GtkButton       *button,
                      LtProjectEditor *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      if (gtk_widget_is_ancestor (GTK_WIDGET (button), row->box))
        {
          gtk_box_remove (self->rows_box, row->box);
          g_ptr_array_remove_index (self->rows, i);
          return;
        }
    }
}

static GtkEntry *
add_entry (GtkWidget  *grid,
           int         column,
           const char *label_text,
           const char *placeholder,
           const char *text)
{
  GtkWidget *label = gtk_label_new (label_text);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 11);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_grid_attach (GTK_GRID (grid), label, column, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), entry, column, 1, 1, 1);

  return GTK_ENTRY (entry);
}

static void
update_workload (LtProjectEditor *self);

/* ---- building the project from the fields ------------------------------ */

static LtProject *
build_project (LtProjectEditor *self)
{
  LtProject *project = lt_project_new ();
  g_autofree char *start = user_date_to_iso (gtk_editable_get_text (GTK_EDITABLE (self->start_row)));
  g_autofree char *end = user_date_to_iso (gtk_editable_get_text (GTK_EDITABLE (self->end_row)));

  lt_project_set_id (project, self->project_id);
  lt_project_set_revision (project, self->revision);
  if (gtk_widget_get_visible (GTK_WIDGET (self->client_row)))
    self->affaire_id = lt_client_filter_get_affaire_id (self->client_filter);
  lt_project_set_affaire_id (project, self->affaire_id);
  lt_project_set_name (project, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  lt_project_set_start_date (project, start);
  lt_project_set_end_date (project, end);
  lt_project_set_staff_id (project, selected_staff (self));
  lt_project_links_apply (self, project);   /* issue 14 */

  return project;
}

/* Checks every row with the rules, showing each refusal on its row. */
static GPtrArray *
build_assignments (LtProjectEditor *self,
                   LtProject       *project,
                   gboolean        *all_valid)
{
  GPtrArray *assignments = g_ptr_array_new_with_free_func (g_object_unref);

  *all_valid = TRUE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);
      g_autoptr(LtAssignment) a = lt_assignment_new ();
      g_autoptr(GError) error = NULL;
      const char *start_text = gtk_editable_get_text (GTK_EDITABLE (row->start));
      const char *end_text = gtk_editable_get_text (GTK_EDITABLE (row->end));
      const char *price_text = gtk_editable_get_text (GTK_EDITABLE (row->price));
      g_autofree char *start = *start_text != '\0' ? user_date_to_iso (start_text) : g_strdup (lt_project_get_start_date (project));
      g_autofree char *end = *end_text != '\0' ? user_date_to_iso (end_text) : g_strdup (lt_project_get_end_date (project));
      gint64 cents = -1;

      set_row_error (row, NULL);

      if (*price_text != '\0' && !lt_money_parse (price_text, &cents, &error))
        {
          set_row_error (row, error->message);
          if (*all_valid)
            gtk_widget_grab_focus (GTK_WIDGET (row->price));
          *all_valid = FALSE;
          continue;
        }

      if (!lt_project_rules_check_assignment (lt_prestation_get_name (row->prestation),
                                              lt_project_get_start_date (project),
                                              lt_project_get_end_date (project),
                                              start, end, cents, &error))
        {
          set_row_error (row, error->message);
          /* bring the refused row into view, on the field to fix */
          if (*all_valid)
            gtk_widget_grab_focus (GTK_WIDGET (g_error_matches (error, LT_ERROR, LT_ERROR_PRICE_REQUIRED) ? row->price :
                                               g_error_matches (error, LT_ERROR, LT_ERROR_DATE_BEFORE_PROJECT_START) ? row->start : row->end));
          *all_valid = FALSE;
        }

      lt_assignment_set_id (a, row->assignment_id);
      lt_assignment_set_prestation_id (a, lt_prestation_get_id (row->prestation));
      lt_assignment_set_start_date (a, start);
      lt_assignment_set_end_date (a, end);
      lt_assignment_set_price_cents (a, cents);
      g_ptr_array_add (assignments, g_steal_pointer (&a));
    }

  return assignments;
}

static void
update_workload (LtProjectEditor *self)
{
  LtStore *store = lt_context_get_store (self->context);
  g_autoptr(LtProject) project = build_project (self);
  g_autoptr(LtProjectOutcome) preview = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autoptr(GArray) weeks = NULL;
  gboolean valid;

  /* a saved project's tasks are in the load already: planned again, they would count twice */
  if (self->generated)
    return;

  assignments = build_assignments (self, project, &valid);
  /* silent: refusals show when saving; only a valid project has a load */
  for (guint i = 0; i < self->rows->len; i++)
    set_row_error (g_ptr_array_index (self->rows, i), NULL);
  if (!valid)
    return;

  preview = lt_store_project_preview (store, project, assignments, NULL, NULL);
  if (preview == NULL)
    return;

  weeks = lt_store_workload (store, lt_project_get_start_date (project), "9999-12-31", preview, NULL);
  lt_workload_view_set_weeks (self->workload, weeks, lt_project_get_staff_id (project));
}

/* ---- actions ------------------------------------------------------------ */

static gboolean
save_confirmed_idle (gpointer data)
{
  LtProjectEditor *self = data;

  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    lt_project_editor_save (self, TRUE);
  return G_SOURCE_REMOVE;
}

/* Saving closes the editor, which is the dialog's parent: done from the
 * ::response handler, the dialog was destroyed with its parent while it
 * still emitted the signal (a use after free). The save waits until the
 * dialog has closed. */
static void
on_overload_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         LtProjectEditor  *self)
{
  if (g_str_equal (response, "save"))
    g_idle_add_full (G_PRIORITY_DEFAULT, save_confirmed_idle, g_object_ref (self), g_object_unref);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  lt_project_editor_save (LT_PROJECT_EDITOR (widget), FALSE);
}

static void
assign_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LtProjectEditor *self = LT_PROJECT_EDITOR (widget);
  g_autoptr(LtPrestation) prestation = NULL;
  guint pos = lt_choice_button_get_selected (self->prestation_dropdown);

  if (pos == GTK_INVALID_LIST_POSITION)
    return;

  prestation = g_list_model_get_item (self->prestations, pos);
  if (prestation != NULL)
    lt_project_editor_add_prestation (self, lt_prestation_get_id (prestation));
}

static void
on_dates_changed_cb (LtProjectEditor *self)
{
  set_error (self, NULL);
}

/* ---- GObject ------------------------------------------------------------ */

static void
lt_project_editor_dispose (GObject *object)
{
  LtProjectEditor *self = (LtProjectEditor *) object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->prestations);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lt_project_editor_parent_class)->dispose (object);
}

static void
lt_project_editor_finalize (GObject *object)
{
  LtProjectEditor *self = (LtProjectEditor *) object;

  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_free (self->error_text);

  G_OBJECT_CLASS (lt_project_editor_parent_class)->finalize (object);
}

static void
lt_project_editor_class_init (LtProjectEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_project_editor_dispose;
  object_class->finalize = lt_project_editor_finalize;

  /**
   * LtProjectEditor::saved:
   * @summary: « 14 tâches créées, 3 demandes envoyées à Dupont SARL »
   * @project_id: the project saved
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);

  g_type_ensure (LT_TYPE_CHOICE_ROW);
  g_type_ensure (LT_TYPE_CHOICE_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-project-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LtProjectEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LtProjectEditor, project_group);
  gtk_widget_class_bind_template_child (widget_class, LtProjectEditor, workload_group);
  gtk_widget_class_bind_template_child (widget_class, LtProjectEditor, client_row);
  gtk_widget_class_bind_template_child (widget_class, LtProjectEditor, client_filter);
  gtk_widget_class_bind_template_child (widget_class, LtProjectEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, LtProjectEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, LtProjectEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, LtProjectEditor, staff_row);
  gtk_widget_class_bind_template_child (widget_class, LtProjectEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, LtProjectEditor, prestation_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LtProjectEditor, rows_box);
  gtk_widget_class_bind_template_child (widget_class, LtProjectEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_dates_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.assign", NULL, assign_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lt_project_editor_init (LtProjectEditor *self)
{
  self->rows = g_ptr_array_new_with_free_func (row_free);
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_type_ensure (LT_TYPE_CLIENT_FILTER);
  g_type_ensure (LT_TYPE_DATE_BUTTON);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->workload = LT_WORKLOAD_VIEW (lt_workload_view_new ());
  adw_preferences_group_add (self->workload_group, GTK_WIDGET (self->workload));
  lt_project_links_install (self);   /* issue 14 */
}

/**
 * lt_project_editor_new:
 * @affaire_id: the client
 *
 * Returns: (transfer none): a new editor window (owned by GTK's window list)
 */
LtProjectEditor *
lt_project_editor_new (GtkWindow *parent,
                       LtContext *context,
                       gint64     affaire_id)
{
  LtProjectEditor *self;
  LtStore *store;
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GtkStringList) staff_names = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) name_expr = NULL;
  g_autoptr(LtAffaire) affaire = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  gint64 me, none = 0;
  guint me_pos = 0;
  GDate today, year_end;

  g_return_val_if_fail (LT_IS_CONTEXT (context), NULL);

  self = g_object_new (LT_TYPE_PROJECT_EDITOR, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->affaire_id = affaire_id;
  store = lt_context_get_store (context);

  gtk_widget_set_visible (GTK_WIDGET (self->client_row), affaire_id == 0);
  lt_client_filter_set_store (self->client_filter, store);
  lt_client_filter_set_required (self->client_filter, TRUE);
  affaire = lt_store_get_affaire (store, affaire_id, NULL);
  if (affaire != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("New Project for %s"), lt_affaire_get_name (affaire));
      gtk_window_set_title (GTK_WINDOW (self), title);
    }

  /* the intervenants offered: active ones; « I am » first choice */
  me = g_settings_get_int64 (lt_context_get_settings (context), "current-staff");
  staff = lt_store_list_staff (store, TRUE);
  g_array_append_val (self->staff_ids, none);
  gtk_string_list_append (staff_names, _("Nobody yet"));
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(LtStaff) s = g_list_model_get_item (staff, i);
      gint64 id = lt_staff_get_id (s);

      if (id == me || (me_pos == 0 && i == 0))
        me_pos = self->staff_ids->len;
      g_array_append_val (self->staff_ids, id);
      gtk_string_list_append (staff_names, lt_staff_get_name (s));
    }
  lt_choice_row_set_model (self->staff_row, G_LIST_MODEL (staff_names));
  lt_choice_row_set_selected (self->staff_row, me_pos);

  self->prestations = lt_store_list_prestations (store, 0, NULL, FALSE);
  name_expr = gtk_property_expression_new (LT_TYPE_PRESTATION, NULL, "name");
  lt_choice_button_set_expression (self->prestation_dropdown, name_expr);
  lt_choice_button_set_model (self->prestation_dropdown, self->prestations);

  /* defaults: from today to the end of the year */
  lt_date_set_today (&today);
  g_date_clear (&year_end, 1);
  g_date_set_dmy (&year_end, 31, G_DATE_DECEMBER, g_date_get_year (&today));
  start = lt_date_to_display (&today);
  end = lt_date_to_display (&year_end);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), _("Entrée en relation"));
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), end);

  g_signal_connect_object (self->staff_row, "notify::selected", G_CALLBACK (update_workload), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * lt_project_editor_new_for_project:
 * @project_id: a saved project
 *
 * Opens a project made earlier with its assignments: one without tasks
 * yet to finish it and create them; one whose tasks exist to change it
 * (saving then applies only the difference, lt-project-editor-edit.c).
 *
 * Returns: (transfer none) (nullable): the editor, or %NULL with @error
 */
LtProjectEditor *
lt_project_editor_new_for_project (GtkWindow  *parent,
                                   LtContext  *context,
                                   gint64      project_id,
                                   GError    **error)
{
  LtStore *store;
  g_autoptr(LtProject) project = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  LtProjectEditor *self;

  g_return_val_if_fail (LT_IS_CONTEXT (context), NULL);

  store = lt_context_get_store (context);
  if ((project = lt_store_project_load (store, project_id, error)) == NULL ||
      (assignments = lt_store_project_list_assignments (store, project_id, error)) == NULL)
    return NULL;

  self = lt_project_editor_new (parent, context, lt_project_get_affaire_id (project));
  self->project_id = project_id;
  self->revision = lt_project_get_revision (project);
  self->generated = lt_project_get_generated (project);
  if (self->generated)
    gtk_button_set_label (self->save_button, _("_Save Changes"));
  gtk_window_set_title (GTK_WINDOW (self), lt_project_get_name (project));

  start = lt_date_iso_to_display (lt_project_get_start_date (project));
  end = lt_date_iso_to_display (lt_project_get_end_date (project));
  lt_project_editor_set_fields (self, lt_project_get_name (project), start, end, lt_project_get_staff_id (project));

  for (guint i = 0; i < assignments->len; i++)
    {
      LtAssignment *a = g_ptr_array_index (assignments, i);
      g_autofree char *a_start = NULL;
      g_autofree char *a_end = NULL;
      g_autofree char *price = lt_money_format_number (lt_assignment_get_price_cents (a));

      if (!lt_project_editor_add_prestation (self, lt_assignment_get_prestation_id (a)))
        continue;
      ((Row *) g_ptr_array_index (self->rows, self->rows->len - 1))->assignment_id = lt_assignment_get_id (a);
      /* dates equal to the project's stay « the project's » */
      if (g_strcmp0 (lt_assignment_get_start_date (a), lt_project_get_start_date (project)) != 0)
        a_start = lt_date_iso_to_display (lt_assignment_get_start_date (a));
      if (g_strcmp0 (lt_assignment_get_end_date (a), lt_project_get_end_date (project)) != 0)
        a_end = lt_date_iso_to_display (lt_assignment_get_end_date (a));
      lt_project_editor_set_row (self, self->rows->len - 1, a_start, a_end, price);
    }

  return self;
}

/**
 * lt_project_editor_add_prestation:
 *
 * Assigns the current version of a prestation: dates empty (the
 * project's), price its tarif.
 */
gboolean
lt_project_editor_add_prestation (LtProjectEditor *self,
                                  gint64           prestation_id)
{
  g_autoptr(LtPrestation) prestation = NULL;
  g_autofree char *price = NULL;
  GtkWidget *header, *title, *remove, *grid;
  Row *row;

  g_return_val_if_fail (LT_IS_PROJECT_EDITOR (self), FALSE);

  prestation = lt_store_get_prestation (lt_context_get_store (self->context), prestation_id, NULL);
  if (prestation == NULL)
    return FALSE;

  row = g_new0 (Row, 1);
  row->prestation = g_steal_pointer (&prestation);
  row->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (row->box, "card");
  gtk_widget_set_margin_bottom (row->box, 2);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (header, 6);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 6);
  title = gtk_label_new (lt_prestation_get_name (row->prestation));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove from the project"));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), remove);
  gtk_box_append (GTK_BOX (row->box), header);

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  if (lt_prestation_get_price_cents (row->prestation) > 0)
    price = lt_money_format_number (lt_prestation_get_price_cents (row->prestation));
  row->start = add_entry (grid, 0, _("Start"), _("The project’s"), NULL);
  row->end = add_entry (grid, 1, _("End"), _("The project’s"), NULL);
  row->price = add_entry (grid, 2, _("Price (€)"), _("Required"), price);
  gtk_box_append (GTK_BOX (row->box), grid);

  row->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (row->error, TRUE);
  gtk_label_set_xalign (row->error, 0);
  gtk_widget_add_css_class (GTK_WIDGET (row->error), "error");
  gtk_widget_set_margin_start (GTK_WIDGET (row->error), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (row->error), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (row->error), 6);
  gtk_widget_set_visible (GTK_WIDGET (row->error), FALSE);
  gtk_box_append (GTK_BOX (row->box), GTK_WIDGET (row->error));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row->price), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, row->error, NULL, -1);

  gtk_box_append (self->rows_box, row->box);
  g_ptr_array_add (self->rows, row);

  update_workload (self);
  return TRUE;
}

void
lt_project_editor_set_fields (LtProjectEditor *self,
                              const char      *name,
                              const char      *start,
                              const char      *end,
                              gint64           staff_id)
{
  g_return_if_fail (LT_IS_PROJECT_EDITOR (self));

  if (name != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  if (start != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
  if (end != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->end_row), end);
  for (guint i = 0; staff_id != 0 && i < self->staff_ids->len; i++)
    if (g_array_index (self->staff_ids, gint64, i) == staff_id)
      lt_choice_row_set_selected (self->staff_row, i);
}

/**
 * lt_project_editor_save:
 * @confirm_overload: save even when the intervenant would be overloaded
 *   (otherwise a dialog asks first)
 *
 * Checks every field (refusals on their row, nothing typed is lost), warns
 * before overloading the intervenant, then saves the project and creates
 * its tasks in one transaction; emits LtProjectEditor::saved and closes.
 *
 * Returns: %TRUE when saved
 */
gboolean
lt_project_editor_save (LtProjectEditor *self,
                        gboolean         confirm_overload)
{
  LtStore *store;
  g_autoptr(LtProject) project = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autoptr(LtProjectOutcome) preview = NULL;
  g_autoptr(LtProjectOutcome) outcome = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) overloads = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  gboolean valid;
  int failed = -1;

  g_return_val_if_fail (LT_IS_PROJECT_EDITOR (self), FALSE);

  store = lt_context_get_store (self->context);
  set_error (self, NULL);

  project = build_project (self);
  if (!lt_project_rules_check_client_chosen (self->affaire_id, &error) ||
      !lt_project_rules_check_project (lt_project_get_name (project),
                                       lt_project_get_start_date (project),
                                       lt_project_get_end_date (project), &error) ||
      !lt_project_rules_check_staff_chosen (lt_project_get_staff_id (project), &error))
    {
      set_error (self, error->message);
      return FALSE;
    }

  assignments = build_assignments (self, project, &valid);
  if (!valid)
    return FALSE;
  if (assignments->len == 0)
    {
      set_error (self, _("No prestation is assigned: assign at least one, its tasks are what the project creates."));
      return FALSE;
    }

  /* issue 14: a prestation twice, tasks after the end; a saved project's difference */
  if (lt_project_editor_warn (self, project, assignments))
    return FALSE;
  if (self->generated)
    return lt_project_editor_save_edit (self, project, assignments);

  preview = lt_store_project_preview (store, project, assignments, &failed, &error);
  if (preview == NULL)
    {
      if (failed >= 0)
        set_row_error (g_ptr_array_index (self->rows, failed), error->message);
      else
        set_error (self, error->message);
      return FALSE;
    }

  weeks = lt_store_workload (store, lt_project_get_start_date (project), "9999-12-31", preview, NULL);
  if (weeks != NULL)
    {
      lt_workload_view_set_weeks (self->workload, weeks, lt_project_get_staff_id (project));
      overloads = lt_workload_new_overloads (weeks);
    }

  if (!confirm_overload && overloads != NULL && overloads->len > 0)
    {
      const LtWorkloadWeek *w = &g_array_index (overloads, LtWorkloadWeek, 0);
      g_autofree char *monday = lt_date_to_display (&w->week);
      guint staff_pos = lt_choice_row_get_selected (self->staff_row);
      GtkStringObject *name = g_list_model_get_item (lt_choice_row_get_model (self->staff_row), staff_pos);
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Overload Ahead"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      g_dngettext (GETTEXT_PACKAGE,
                                                   "With this project %s has %d h of tasks due in the week of %s for %d h of capacity (%u week overloaded). Spread the dates or choose another intervenant — or save anyway.",
                                                   "With this project %s has %d h of tasks due in the week of %s for %d h of capacity (%u weeks overloaded). Spread the dates or choose another intervenant — or save anyway.",
                                                   overloads->len),
                                      name != NULL ? gtk_string_object_get_string (name) : "",
                                      w->load_hours, monday, w->capacity_hours, overloads->len);
      g_clear_object (&name);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Change the Project"),
                                        "save", _("_Save Anyway"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_DESTRUCTIVE);
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_overload_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return FALSE;
    }

  outcome = lt_store_project_save (store, project, assignments, &failed, &error);
  if (outcome == NULL)
    {
      if (failed >= 0)
        set_row_error (g_ptr_array_index (self->rows, failed), error->message);
      else
        set_error (self, error->message);
      return FALSE;
    }

  summary = lt_project_outcome_to_string (outcome);
  g_signal_emit (self, signals[SAVED], 0, summary, outcome->project_id);
  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

/* --- issue 14, projects that stay editable --- */

void
lt_project_editor_show_error (LtProjectEditor *self,
                              const char      *message)
{
  set_error (self, message);
}

void
lt_project_editor_show_row_error (LtProjectEditor *self,
                                  guint            index,
                                  const char      *message)
{
  if (index < self->rows->len)
    set_row_error (g_ptr_array_index (self->rows, index), message);
  else
    set_error (self, message);
}
