/* lt-prestation-editor.c: a prestation's fields, its steps list and its canvas */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-prestation-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-money.h"
#include "lt-prestation-cross-links.h"
#include "lt-prestation-editor-private.h"
#include "lt-store-catalogue-ops.h"
#include "lt-store-catalogue.h"

G_DEFINE_FINAL_TYPE (LtPrestationEditor, lt_prestation_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
lt_prestation_editor_show_error (LtPrestationEditor *self,
            const char         *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
toast (LtPrestationEditor *self,
       const char         *message)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static LtStore *
get_store (LtPrestationEditor *self)
{
  return lt_context_get_store (self->context);
}

/* The steps list follows the graph */

static void
rebuild_steps (LtPrestationEditor *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = self->graph != NULL ? lt_step_graph_get_n_nodes (self->graph) : 0;
  guint selected = lt_dependency_canvas_get_selected_uid (self->canvas);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, lt_editor_step_new (lt_step_graph_get_nth (self->graph, i)->uid));

  self->syncing = TRUE;
  g_list_store_splice (self->steps, 0, g_list_model_get_n_items (G_LIST_MODEL (self->steps)),
                       items->pdata, items->len);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  if (selected != 0 && lt_step_graph_lookup (self->graph, selected) != NULL)
    gtk_single_selection_set_selected (self->selection, lt_step_graph_lookup (self->graph, selected)->index);
  self->syncing = FALSE;
}

static void
on_graph_changed_cb (LtPrestationEditor *self)
{
  rebuild_steps (self);
  lt_prestation_editor_show_error (self, NULL);
}

static void
on_selection_changed_cb (LtPrestationEditor *self)
{
  g_autoptr(LtEditorStep) item = NULL;

  if (self->syncing)
    return;
  item = gtk_single_selection_get_selected_item (self->selection) != NULL
         ? g_object_ref (gtk_single_selection_get_selected_item (self->selection)) : NULL;
  if (item != NULL && lt_dependency_canvas_get_selected_uid (self->canvas) != item->uid)
    {
      self->syncing = TRUE;
      lt_dependency_canvas_select_uid (self->canvas, item->uid);
      self->syncing = FALSE;
    }
}

static void
on_canvas_selected_cb (LtPrestationEditor *self)
{
  guint uid = lt_dependency_canvas_get_selected_uid (self->canvas);
  const LtGraphNode *node;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete-step", uid != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.move-step-up", uid != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.move-step-down", uid != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.link-to", uid != 0);
  if (self->syncing || self->graph == NULL)
    return;
  node = uid != 0 ? lt_step_graph_lookup (self->graph, uid) : NULL;
  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, node != NULL ? node->index : GTK_INVALID_LIST_POSITION);
  self->syncing = FALSE;
}

static void
on_canvas_message_cb (LtPrestationEditor *self,
                      const char         *message)
{
  /* in full, above the steps: a toast would cut the sentence */
  lt_prestation_editor_show_error (self, message);
}

static void
on_commands_notify_cb (LtPrestationEditor *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.undo",
                                 self->commands != NULL && lt_graph_commands_can_undo (self->commands));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.redo",
                                 self->commands != NULL && lt_graph_commands_can_redo (self->commands));
}

/* Fields */

static void
select_category (LtPrestationEditor *self,
                 gint64              category_id)
{
  guint n = self->categories != NULL ? g_list_model_get_n_items (self->categories) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LtCategory) category = g_list_model_get_item (self->categories, i);

      if (lt_category_get_id (category) == category_id)
        {
          lt_choice_button_set_selected (self->category_dropdown, i);
          return;
        }
    }
}

static void
fill_fields (LtPrestationEditor *self)
{
  LtPrestation *p = self->prestation;
  gint64 price = lt_prestation_get_price_cents (p);
  g_autofree char *price_text = price >= 0 ? lt_money_format (price) : g_strdup ("");
  const char *name = lt_prestation_get_name (p);

  gtk_label_set_text (self->heading, name != NULL && name[0] ? name : _("New Prestation"));
  if (lt_prestation_get_id (p) != 0)
    {
      g_autofree char *version = g_strdup_printf (_("Version %d"), lt_prestation_get_version (p));
      gtk_label_set_text (self->version_label, version);
    }
  else
    gtk_label_set_text (self->version_label, "");
  gtk_button_set_label (self->archive_button, lt_prestation_get_archived (p) ? _("_Restore") : _("_Archive"));

  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name != NULL ? name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->price_entry), price_text);
  gtk_editable_set_text (GTK_EDITABLE (self->deliverable_entry),
                         lt_prestation_get_deliverable (p) ? lt_prestation_get_deliverable (p) : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_entry),
                            lt_prestation_get_description (p) ? lt_prestation_get_description (p) : "", -1);
  lt_choice_button_set_selected (self->recurrence_dropdown, lt_prestation_get_recurrence (p));
  lt_choice_button_set_selected (self->mission_dropdown, lt_prestation_get_mission (p));
  select_category (self, lt_prestation_get_category_id (p));
  gtk_widget_remove_css_class (GTK_WIDGET (self->price_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_entry), "error");
  lt_prestation_editor_show_error (self, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.duplicate", lt_prestation_get_id (p) != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.archive", lt_prestation_get_id (p) != 0);
}

/* Copies the fields into the prestation; FALSE with the field marked. */
static gboolean
read_fields (LtPrestationEditor  *self,
             GError             **error)
{
  const char *price_text = gtk_editable_get_text (GTK_EDITABLE (self->price_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (price_text));
  g_autoptr(LtCategory) category = NULL;
  g_autofree char *description = lt_prestation_editor_dup_description (self);
  gint64 cents = -1;

  gtk_widget_remove_css_class (GTK_WIDGET (self->price_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_entry), "error");

  if (stripped[0] != '\0' && !lt_money_parse (stripped, &cents, error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->price_entry), "error");
      return FALSE;
    }

  category = lt_choice_button_get_selected_item (self->category_dropdown) != NULL
             ? g_object_ref (lt_choice_button_get_selected_item (self->category_dropdown)) : NULL;

  lt_prestation_set_name (self->prestation, gtk_editable_get_text (GTK_EDITABLE (self->name_entry)));
  lt_prestation_set_price_cents (self->prestation, cents);
  lt_prestation_set_deliverable (self->prestation, gtk_editable_get_text (GTK_EDITABLE (self->deliverable_entry)));
  lt_prestation_set_description (self->prestation, description);
  lt_prestation_set_recurrence (self->prestation, lt_choice_button_get_selected (self->recurrence_dropdown));
  lt_prestation_set_mission (self->prestation, lt_choice_button_get_selected (self->mission_dropdown));
  if (category != NULL)
    lt_prestation_set_category_id (self->prestation, lt_category_get_id (category));
  return TRUE;
}

static void
set_graph (LtPrestationEditor *self,
           LtStepGraph        *graph)
{
  gboolean unplaced = TRUE;

  if (self->graph != NULL)
    g_signal_handlers_disconnect_by_data (self->graph, self);
  if (self->commands != NULL)
    g_signal_handlers_disconnect_by_data (self->commands, self);

  /* steps never placed (all on one spot) get the automatic layout */
  for (guint i = 0; i < lt_step_graph_get_n_nodes (graph); i++)
    {
      const LtGraphNode *node = lt_step_graph_get_nth (graph, i);
      if (node->x != 0 || node->y != 0)
        unplaced = FALSE;
    }
  if (unplaced)
    lt_step_graph_layout (graph, NULL);

  g_set_object (&self->graph, graph);
  g_clear_object (&self->commands);
  self->commands = lt_graph_commands_new (graph);

  g_signal_connect_swapped (self->graph, "changed", G_CALLBACK (on_graph_changed_cb), self);
  g_signal_connect_swapped (self->commands, "notify::can-undo", G_CALLBACK (on_commands_notify_cb), self);
  g_signal_connect_swapped (self->commands, "notify::can-redo", G_CALLBACK (on_commands_notify_cb), self);

  lt_dependency_canvas_set_commands (self->canvas, self->commands);
  rebuild_steps (self);
  on_commands_notify_cb (self);
  on_canvas_selected_cb (self);
}

/* Actions */

static void
action_save (GtkWidget *widget, const char *name, GVariant *param)
{
  LtPrestationEditor *self = LT_PRESTATION_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  /* a refusal is shown in full above the steps by the save itself */
  lt_prestation_editor_save (self, &error);
}

static void
action_duplicate (GtkWidget *widget, const char *name, GVariant *param)
{
  LtPrestationEditor *self = LT_PRESTATION_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = lt_store_catalogue_duplicate_prestation (get_store (self), lt_prestation_get_id (self->prestation), &error);
  if (id == 0 || !lt_prestation_editor_load (self, id, &error))
    {
      lt_prestation_editor_show_error (self, error->message);
      return;
    }
  toast (self, _("Prestation duplicated with its steps and dependencies"));
}

static void
action_archive (GtkWidget *widget, const char *name, GVariant *param)
{
  LtPrestationEditor *self = LT_PRESTATION_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gboolean archived = !lt_prestation_get_archived (self->prestation);

  if (!lt_store_catalogue_archive_prestation (get_store (self), lt_prestation_get_id (self->prestation), archived, &error))
    {
      lt_prestation_editor_show_error (self, error->message);
      return;
    }
  lt_prestation_set_archived (self->prestation, archived);
  lt_prestation_set_revision (self->prestation, lt_prestation_get_revision (self->prestation) + 1);
  fill_fields (self);
  toast (self, archived ? _("Prestation archived: it no longer appears in the catalogue")
                        : _("Prestation restored to the catalogue"));
}

static void
add_step (LtPrestationEditor *self,
          LtStepKind          kind)
{
  double y = LT_STEP_GRAPH_GAP_Y;
  guint uid;

  if (self->commands == NULL)
    return;
  for (guint i = 0; i < lt_step_graph_get_n_nodes (self->graph); i++)
    {
      const LtGraphNode *node = lt_step_graph_get_nth (self->graph, i);
      if (node->x < LT_STEP_GRAPH_BOX_WIDTH)
        y = MAX (y, node->y + LT_STEP_GRAPH_BOX_HEIGHT + LT_STEP_GRAPH_GAP_Y);
    }
  uid = lt_graph_commands_add_step (self->commands, kind,
                                    kind == LT_STEP_KIND_REQUEST ? _("New information request") : _("New task"),
                                    LT_STEP_GRAPH_GAP_Y, y);
  lt_dependency_canvas_select_uid (self->canvas, uid);
}

static void
action_add_task (GtkWidget *widget, const char *name, GVariant *param)
{
  add_step (LT_PRESTATION_EDITOR (widget), LT_STEP_KIND_TASK);
}

static void
action_add_request (GtkWidget *widget, const char *name, GVariant *param)
{
  add_step (LT_PRESTATION_EDITOR (widget), LT_STEP_KIND_REQUEST);
}

static void
on_delete_response_cb (AdwMessageDialog   *dialog,
                       const char         *response,
                       LtPrestationEditor *self)
{
  guint uid = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "uid"));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->commands == NULL)
    return;
  if (!lt_graph_commands_remove_step (self->commands, uid, &error))
    lt_prestation_editor_show_error (self, error->message);
}

static void
action_delete_step (GtkWidget *widget, const char *name, GVariant *param)
{
  LtPrestationEditor *self = LT_PRESTATION_EDITOR (widget);
  guint uid = lt_dependency_canvas_get_selected_uid (self->canvas);
  g_autoptr(GArray) links = NULL;
  g_autofree char *label = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GString *names = g_string_new (NULL);
  GtkWidget *dialog;

  if (uid == 0 || self->graph == NULL)
    return;

  label = lt_step_graph_dup_label (self->graph, uid);
  links = lt_step_graph_dup_links (self->graph);
  for (guint i = 0; i < links->len; i++)
    {
      const LtGraphLink *l = &g_array_index (links, LtGraphLink, i);
      g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autofree char *text = NULL;

      if (l->from != uid && l->to != uid)
        continue;
      g_array_append_val (path, l->from);
      g_array_append_val (path, l->to);
      text = lt_step_graph_format_path (self->graph, path);
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, text);
    }

  heading = g_strdup_printf (_("Delete %s “%s”?"), label, lt_step_graph_lookup (self->graph, uid)->title);
  if (names->len > 0)
    body = g_strdup_printf (_("Its dependencies go with it: %s. Undo brings them back until you leave the prestation."), names->str);
  else
    body = g_strdup (_("No other step depends on it. Undo brings it back until you leave the prestation."));
  g_string_free (names, TRUE);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "uid", GUINT_TO_POINTER (uid));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
action_move_step (GtkWidget *widget, const char *name, GVariant *param)
{
  LtPrestationEditor *self = LT_PRESTATION_EDITOR (widget);
  guint uid = lt_dependency_canvas_get_selected_uid (self->canvas);
  const LtGraphNode *node = uid != 0 ? lt_step_graph_lookup (self->graph, uid) : NULL;

  if (node == NULL)
    return;
  if (g_str_has_suffix (name, "up"))
    {
      if (node->index > 0)
        lt_graph_commands_reorder (self->commands, uid, node->index - 1);
    }
  else
    lt_graph_commands_reorder (self->commands, uid, node->index + 1);
}

static void
forward_to_canvas (GtkWidget *widget, const char *name, GVariant *param)
{
  LtPrestationEditor *self = LT_PRESTATION_EDITOR (widget);
  g_autofree char *canvas_action = g_strconcat ("canvas.", name + strlen ("editor."), NULL);

  gtk_widget_activate_action_variant (GTK_WIDGET (self->canvas), canvas_action, param);
}

/* GObject */

static void
lt_prestation_editor_dispose (GObject *object)
{
  LtPrestationEditor *self = (LtPrestationEditor *) object;

  if (self->graph != NULL)
    g_signal_handlers_disconnect_by_data (self->graph, self);
  if (self->commands != NULL)
    g_signal_handlers_disconnect_by_data (self->commands, self);
  if (self->canvas != NULL)
    lt_dependency_canvas_set_commands (self->canvas, NULL);


  g_clear_object (&self->commands);
  g_clear_object (&self->graph);
  g_clear_object (&self->prestation);
  g_clear_object (&self->steps);
  g_clear_object (&self->selection);
  g_clear_object (&self->categories);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lt_prestation_editor_parent_class)->dispose (object);
}

static void
lt_prestation_editor_finalize (GObject *object)
{
  LtPrestationEditor *self = (LtPrestationEditor *) object;

  g_free (self->error);

  G_OBJECT_CLASS (lt_prestation_editor_parent_class)->finalize (object);
}

static void
lt_prestation_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LtPrestationEditor *self = LT_PRESTATION_EDITOR (object);

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
lt_prestation_editor_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  LtPrestationEditor *self = LT_PRESTATION_EDITOR (object);

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
lt_prestation_editor_constructed (GObject *object)
{
  LtPrestationEditor *self = LT_PRESTATION_EDITOR (object);
  GtkExpression *expression;

  G_OBJECT_CLASS (lt_prestation_editor_parent_class)->constructed (object);

  self->categories = lt_store_list_categories (get_store (self));
  expression = gtk_property_expression_new (LT_TYPE_CATEGORY, NULL, "name");
  lt_choice_button_set_expression (self->category_dropdown, expression);
  gtk_expression_unref (expression);
  lt_choice_button_set_model (self->category_dropdown, self->categories);
  fill_fields (self);
}

static void
lt_prestation_editor_class_init (LtPrestationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_prestation_editor_dispose;
  object_class->finalize = lt_prestation_editor_finalize;
  object_class->get_property = lt_prestation_editor_get_property;
  object_class->set_property = lt_prestation_editor_set_property;
  object_class->constructed = lt_prestation_editor_constructed;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, LT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LT_TYPE_DEPENDENCY_CANVAS);
  g_type_ensure (LT_TYPE_CHOICE_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-prestation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LtPrestationEditor, toasts);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationEditor, heading);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationEditor, version_label);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationEditor, archive_button);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationEditor, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationEditor, price_entry);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationEditor, recurrence_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationEditor, mission_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationEditor, deliverable_entry);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationEditor, description_entry);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationEditor, steps_view);
  gtk_widget_class_bind_template_child (widget_class, LtPrestationEditor, canvas);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, action_save);
  gtk_widget_class_install_action (widget_class, "editor.duplicate", NULL, action_duplicate);
  gtk_widget_class_install_action (widget_class, "editor.archive", NULL, action_archive);
  gtk_widget_class_install_action (widget_class, "editor.add-task", NULL, action_add_task);
  gtk_widget_class_install_action (widget_class, "editor.add-request", NULL, action_add_request);
  gtk_widget_class_install_action (widget_class, "editor.delete-step", NULL, action_delete_step);
  gtk_widget_class_install_action (widget_class, "editor.move-step-up", NULL, action_move_step);
  gtk_widget_class_install_action (widget_class, "editor.move-step-down", NULL, action_move_step);
  gtk_widget_class_install_action (widget_class, "editor.undo", NULL, forward_to_canvas);
  gtk_widget_class_install_action (widget_class, "editor.redo", NULL, forward_to_canvas);
  gtk_widget_class_install_action (widget_class, "editor.link-to", NULL, forward_to_canvas);
  gtk_widget_class_install_action (widget_class, "editor.auto-layout", NULL, forward_to_canvas);
  gtk_widget_class_install_action (widget_class, "editor.zoom-in", NULL, forward_to_canvas);
  gtk_widget_class_install_action (widget_class, "editor.zoom-out", NULL, forward_to_canvas);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
lt_prestation_editor_init (LtPrestationEditor *self)
{
  g_autoptr(GtkStringList) recurrences = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int r = LT_RECURRENCE_NONE; r <= LT_RECURRENCE_YEARLY; r++)
    gtk_string_list_append (recurrences, lt_enum_to_label (LT_TYPE_RECURRENCE, r));
  lt_choice_button_set_model (self->recurrence_dropdown, G_LIST_MODEL (recurrences));

  self->steps = g_list_store_new (LT_TYPE_EDITOR_STEP);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->steps)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed_cb), self);
  gtk_column_view_set_model (self->steps_view, GTK_SELECTION_MODEL (self->selection));

  lt_prestation_editor_add_columns (self);
  lt_prestation_cross_links_install (self);   /* issue 14 */

  g_signal_connect_swapped (self->canvas, "notify::selected-uid", G_CALLBACK (on_canvas_selected_cb), self);
  g_signal_connect_swapped (self->canvas, "message", G_CALLBACK (on_canvas_message_cb), self);

  self->prestation = lt_prestation_new ();
  {
    g_autoptr(LtStepGraph) empty = lt_step_graph_new ();
    set_graph (self, empty);
  }
  fill_fields (self);
}

GtkWidget *
lt_prestation_editor_new (LtContext *context)
{
  g_return_val_if_fail (LT_IS_CONTEXT (context), NULL);
  return g_object_new (LT_TYPE_PRESTATION_EDITOR, "context", context, NULL);
}

/**
 * lt_prestation_editor_load:
 *
 * Shows a prestation and its graph; the undo history starts empty.
 */
gboolean
lt_prestation_editor_load (LtPrestationEditor  *self,
                           gint64               prestation_id,
                           GError             **error)
{
  g_autoptr(LtPrestation) prestation = NULL;
  g_autoptr(LtStepGraph) graph = NULL;

  g_return_val_if_fail (LT_IS_PRESTATION_EDITOR (self), FALSE);

  prestation = lt_store_get_prestation (get_store (self), prestation_id, error);
  if (prestation == NULL)
    return FALSE;
  graph = lt_store_catalogue_load_graph (get_store (self), prestation_id, error);
  if (graph == NULL)
    return FALSE;

  g_set_object (&self->prestation, prestation);
  set_graph (self, graph);
  fill_fields (self);
  return TRUE;
}

void
lt_prestation_editor_new_prestation (LtPrestationEditor *self,
                                     gint64              category_id)
{
  g_autoptr(LtPrestation) prestation = lt_prestation_new ();
  g_autoptr(LtStepGraph) graph = lt_step_graph_new ();

  g_return_if_fail (LT_IS_PRESTATION_EDITOR (self));

  lt_prestation_set_category_id (prestation, category_id);
  lt_prestation_set_price_cents (prestation, -1);
  g_set_object (&self->prestation, prestation);
  set_graph (self, graph);
  fill_fields (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

/**
 * lt_prestation_editor_save:
 *
 * Saves the fields and the whole graph (steps, links, positions) in one
 * transaction; a prestation already used becomes a new version.
 */
gboolean
lt_prestation_editor_save (LtPrestationEditor  *self,
                           GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean versioned = FALSE;

  g_return_val_if_fail (LT_IS_PRESTATION_EDITOR (self), FALSE);

  if (!read_fields (self, &local_error) ||
      !lt_store_catalogue_save_prestation (get_store (self), self->prestation, self->graph, &versioned, &local_error))
    {
      if (g_error_matches (local_error, LT_ERROR, LT_ERROR_NAME_REQUIRED) &&
          is_blank (lt_prestation_get_name (self->prestation)))
        gtk_widget_add_css_class (GTK_WIDGET (self->name_entry), "error");
      lt_prestation_editor_show_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  lt_graph_commands_set_unmodified (self->commands);
  fill_fields (self);
  rebuild_steps (self);
  if (versioned)
    {
      g_autofree char *msg = g_strdup_printf (_("Saved as version %d: the projects and documents already made keep the version they were built from."),
                                              lt_prestation_get_version (self->prestation));
      toast (self, msg);
    }
  else
    toast (self, _("Prestation saved"));
  return TRUE;
}

/**
 * lt_prestation_editor_get_prestation:
 *
 * Returns: (transfer none):
 */
LtPrestation *
lt_prestation_editor_get_prestation (LtPrestationEditor *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION_EDITOR (self), NULL);
  return self->prestation;
}

/**
 * lt_prestation_editor_get_canvas:
 *
 * Returns: (transfer none):
 */
LtDependencyCanvas *
lt_prestation_editor_get_canvas (LtPrestationEditor *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION_EDITOR (self), NULL);
  return self->canvas;
}

/**
 * lt_prestation_editor_get_commands:
 *
 * Returns: (transfer none):
 */
LtGraphCommands *
lt_prestation_editor_get_commands (LtPrestationEditor *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION_EDITOR (self), NULL);
  return self->commands;
}

static gboolean
text_differs (GtkEntry   *entry,
              const char *value)
{
  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), value != NULL ? value : "") != 0;
}

/**
 * lt_prestation_editor_get_modified:
 *
 * Whether leaving now would lose something: a field typed, a step or a link
 * changed since the last load or save.
 */
gboolean
lt_prestation_editor_get_modified (LtPrestationEditor *self)
{
  LtPrestation *p;
  LtCategory *category;
  gint64 price;
  g_autofree char *price_text = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (LT_IS_PRESTATION_EDITOR (self), FALSE);

  p = self->prestation;
  description = lt_prestation_editor_dup_description (self);
  if (self->commands != NULL && lt_graph_commands_get_modified (self->commands))
    return TRUE;
  price = lt_prestation_get_price_cents (p);
  price_text = price >= 0 ? lt_money_format (price) : g_strdup ("");
  category = lt_choice_button_get_selected_item (self->category_dropdown);

  return text_differs (self->name_entry, lt_prestation_get_name (p)) ||
         text_differs (self->price_entry, price_text) ||
         text_differs (self->deliverable_entry, lt_prestation_get_deliverable (p)) ||
         g_strcmp0 (description, lt_prestation_get_description (p) ? lt_prestation_get_description (p) : "") != 0 ||
         lt_choice_button_get_selected (self->recurrence_dropdown) != (guint) lt_prestation_get_recurrence (p) ||
         lt_choice_button_get_selected (self->mission_dropdown) != (guint) lt_prestation_get_mission (p) ||
         (category != NULL && lt_prestation_get_category_id (p) != 0 &&
          lt_category_get_id (category) != lt_prestation_get_category_id (p));
}

const char *
lt_prestation_editor_get_error (LtPrestationEditor *self)
{
  g_return_val_if_fail (LT_IS_PRESTATION_EDITOR (self), NULL);
  return self->error;
}
