/* lt-prestation-editor-steps.c: the steps list of the editor — N°, type, title, délai, « Dépend de » */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-prestation-editor"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "lt-dependency-text.h"
#include "lt-prestation-editor-private.h"
#include "lt-step-wording.h"

G_DEFINE_FINAL_TYPE (LtEditorStep, lt_editor_step, G_TYPE_OBJECT)

static void lt_editor_step_class_init (LtEditorStepClass *klass) { }
static void lt_editor_step_init (LtEditorStep *self) { }

LtEditorStep *
lt_editor_step_new (guint uid)
{
  LtEditorStep *self = g_object_new (LT_TYPE_EDITOR_STEP, NULL);
  self->uid = uid;
  return self;
}

/* Column factories */

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_number_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                LtPrestationEditor       *self)
{
  LtEditorStep *step = gtk_list_item_get_item (item);
  g_autofree char *label = lt_step_graph_dup_label (self->graph, step->uid);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), label);
}

static void
bind_kind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              LtPrestationEditor       *self)
{
  LtEditorStep *step = gtk_list_item_get_item (item);
  const LtGraphNode *node = lt_step_graph_lookup (self->graph, step->uid);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      node->kind == LT_STEP_KIND_REQUEST ? _("Request") : _("Task"));
}

static void
commit_step (LtPrestationEditor *self,
             guint               uid,
             const char         *title,
             const char         *delay_text)
{
  g_autoptr(GError) error = NULL;
  const LtGraphNode *node = lt_step_graph_lookup (self->graph, uid);
  int delay;

  if (node == NULL)
    return;
  delay = node->delay_days;
  if (delay_text != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (delay_text));
      char *end = NULL;
      long v;

      if (stripped[0] == '\0')
        delay = -1;
      else
        {
          v = strtol (stripped, &end, 10);
          if (*end != '\0' || v < 0 || v > 999)
            {
              g_autofree char *msg = g_strdup_printf (_("“%s” is not a délai: give a number of working days, or leave it empty."), stripped);
              lt_prestation_editor_show_error (self, msg);
              return;
            }
          delay = (int) v;
        }
    }

  if (!lt_graph_commands_edit_step (self->commands, uid, node->kind, title != NULL ? title : node->title,
                                    node->description, delay, &error))
    {
      lt_prestation_editor_show_error (self, error->message);
      return;
    }
  lt_prestation_editor_show_error (self, NULL);
}

typedef struct {
  GWeakRef  editor;
  guint     uid;
  char     *title;
} PendingTitle;

static void
pending_title_free (gpointer data)
{
  PendingTitle *pending = data;

  g_weak_ref_clear (&pending->editor);
  g_free (pending->title);
  g_free (pending);
}

static gboolean
release_label_cb (gpointer label)
{
  return G_SOURCE_REMOVE;
}

/* GTK 4.8's GtkEditableLabel, whenever it loses the focus, looks at its
 * focus controller 100 ms later, through a timeout that holds no reference
 * to it. A rebuild of the step list (a commit, an undo) drops the focused
 * label, which loses the focus then and would be freed before that
 * timeout: on losing the focus, the label is kept alive a while longer.
 * The grace timeout is added from an idle, after the focus change is
 * over, so that it comes after GTK's in the main context: even if a stall
 * makes both due at once, GTK's runs first. */
#define LABEL_GRACE_MS 300

static gboolean
start_grace_cb (gpointer label)
{
  g_timeout_add_full (G_PRIORITY_DEFAULT, LABEL_GRACE_MS, release_label_cb, label, g_object_unref);
  return G_SOURCE_REMOVE;
}

static void
on_title_focus_leave_cb (GtkEventController *controller,
                         GtkWidget          *label)
{
  g_idle_add_full (G_PRIORITY_HIGH, start_grace_cb, g_object_ref (label), NULL);
}

static gboolean
commit_title_idle (gpointer data)
{
  PendingTitle *pending = data;
  g_autoptr(LtPrestationEditor) self = g_weak_ref_get (&pending->editor);

  if (self != NULL && self->graph != NULL)
    commit_step (self, pending->uid, pending->title, NULL);
  return G_SOURCE_REMOVE;
}

/* The label tells that its edit ended from inside
 * gtk_editable_label_stop_editing(), which goes on using the label after:
 * the commit, which drops the label, waits for an idle. */
static void
on_title_editing_cb (GtkEditableLabel   *label,
                     GParamSpec         *pspec,
                     LtPrestationEditor *self)
{
  guint uid = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), "uid"));
  PendingTitle *pending;

  if (gtk_editable_label_get_editing (label) || uid == 0)
    return;
  pending = g_new0 (PendingTitle, 1);
  g_weak_ref_init (&pending->editor, self);
  pending->uid = uid;
  pending->title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (label)));
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, commit_title_idle, pending, pending_title_free);
}

static void
setup_title_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                LtPrestationEditor       *self)
{
  GtkWidget *label = gtk_editable_label_new ("");
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (label, "notify::editing", G_CALLBACK (on_title_editing_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_title_focus_leave_cb), label);
  gtk_widget_add_controller (label, focus);
  gtk_list_item_set_child (item, label);
}

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               LtPrestationEditor       *self)
{
  LtEditorStep *step = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  g_object_set_data (G_OBJECT (label), "uid", NULL);
  gtk_editable_set_text (GTK_EDITABLE (label), lt_step_graph_lookup (self->graph, step->uid)->title);
  /* a long title is cut in its column: the whole of it on hovering */
  gtk_widget_set_tooltip_text (label, lt_step_graph_lookup (self->graph, step->uid)->title);
  g_object_set_data (G_OBJECT (label), "uid", GUINT_TO_POINTER (step->uid));
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title"), -1);
}

static void
on_delay_activate_cb (GtkEntry           *entry,
                      LtPrestationEditor *self)
{
  guint uid = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "uid"));

  if (uid != 0)
    commit_step (self, uid, NULL, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_depends_activate_cb (GtkEntry           *entry,
                        LtPrestationEditor *self)
{
  guint uid = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "uid"));

  if (uid == 0)
    return;
  if (!lt_prestation_editor_set_dependencies (self, uid, gtk_editable_get_text (GTK_EDITABLE (entry))))
    {
      /* the text stays as typed, marked, with the reason beside it */
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), self->error);
    }
}

static void
on_description_activate_cb (GtkEntry           *entry,
                            LtPrestationEditor *self)
{
  guint uid = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "uid"));
  const LtGraphNode *node = uid != 0 ? lt_step_graph_lookup (self->graph, uid) : NULL;
  g_autoptr(GError) error = NULL;

  if (node == NULL)
    return;
  if (!lt_graph_commands_edit_step (self->commands, uid, node->kind, node->title,
                                    gtk_editable_get_text (GTK_EDITABLE (entry)), node->delay_days, &error))
    lt_prestation_editor_show_error (self, error->message);
}

/* issue 12: how the client reads a demande in the annex; empty = the
 * default, shown as the placeholder */
static void
on_client_title_activate_cb (GtkEntry           *entry,
                             LtPrestationEditor *self)
{
  guint uid = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "uid"));
  g_autoptr(GError) error = NULL;

  if (uid == 0 || lt_step_graph_lookup (self->graph, uid) == NULL)
    return;
  if (!lt_graph_commands_edit_client_title (self->commands, uid, gtk_editable_get_text (GTK_EDITABLE (entry)), &error))
    lt_prestation_editor_show_error (self, error->message);
}

enum {
  ENTRY_DELAY,
  ENTRY_DEPENDS,
  ENTRY_DESCRIPTION,
  ENTRY_CLIENT_TITLE,
};

static void
setup_entry_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                LtPrestationEditor       *self)
{
  GtkWidget *entry = gtk_entry_new ();
  int kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "entry-kind"));

  gtk_widget_add_css_class (entry, "flat");
  switch (kind)
    {
    case ENTRY_DEPENDS:
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 10);
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("e.g. 2, 3+2"));
      g_signal_connect (entry, "activate", G_CALLBACK (on_depends_activate_cb), self);
      break;
    case ENTRY_DESCRIPTION:
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 16);
      g_signal_connect (entry, "activate", G_CALLBACK (on_description_activate_cb), self);
      break;
    case ENTRY_CLIENT_TITLE:
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 18);
      g_signal_connect (entry, "activate", G_CALLBACK (on_client_title_activate_cb), self);
      break;
    case ENTRY_DELAY:
    default:
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 4);
      g_signal_connect (entry, "activate", G_CALLBACK (on_delay_activate_cb), self);
      break;
    }
  gtk_list_item_set_child (item, entry);
}

static void
bind_delay_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               LtPrestationEditor       *self)
{
  LtEditorStep *step = gtk_list_item_get_item (item);
  GtkWidget *entry = gtk_list_item_get_child (item);
  const LtGraphNode *node = lt_step_graph_lookup (self->graph, step->uid);
  g_autofree char *text = node->delay_days >= 0 ? g_strdup_printf ("%d", node->delay_days) : g_strdup ("");
  g_autofree char *name = lt_step_graph_dup_label (self->graph, step->uid);
  g_autofree char *a11y = g_strdup_printf (_("Délai of %s, in working days"), name);

  g_object_set_data (G_OBJECT (entry), "uid", GUINT_TO_POINTER (step->uid));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
}

static void
bind_depends_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 LtPrestationEditor       *self)
{
  LtEditorStep *step = gtk_list_item_get_item (item);
  GtkWidget *entry = gtk_list_item_get_child (item);
  g_autofree char *text = lt_dependency_text_format (self->graph, step->uid);
  g_autofree char *name = lt_step_graph_dup_label (self->graph, step->uid);
  g_autofree char *a11y = g_strdup_printf (_("What %s depends on"), name);

  g_object_set_data (G_OBJECT (entry), "uid", GUINT_TO_POINTER (step->uid));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_widget_remove_css_class (entry, "error");
  gtk_widget_set_tooltip_text (entry, _("The numbers of the steps it waits for, +days of lag: “2, 3+2”"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
}

static void
bind_description_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     LtPrestationEditor       *self)
{
  LtEditorStep *step = gtk_list_item_get_item (item);
  GtkWidget *entry = gtk_list_item_get_child (item);
  g_autofree char *name = lt_step_graph_dup_label (self->graph, step->uid);
  g_autofree char *a11y = g_strdup_printf (_("Description of %s"), name);

  g_object_set_data (G_OBJECT (entry), "uid", GUINT_TO_POINTER (step->uid));
  gtk_editable_set_text (GTK_EDITABLE (entry), lt_step_graph_lookup (self->graph, step->uid)->description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
}

static void
bind_client_title_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      LtPrestationEditor       *self)
{
  LtEditorStep *step = gtk_list_item_get_item (item);
  GtkWidget *entry = gtk_list_item_get_child (item);
  const LtGraphNode *node = lt_step_graph_lookup (self->graph, step->uid);
  g_autofree char *name = lt_step_graph_dup_label (self->graph, step->uid);
  g_autofree char *a11y = g_strdup_printf (_("How the client reads %s"), name);
  g_autofree char *wording = lt_step_default_client_title (node->title);
  gboolean request = node->kind == LT_STEP_KIND_REQUEST;

  g_object_set_data (G_OBJECT (entry), "uid", GUINT_TO_POINTER (step->uid));
  /* a tâche is the cabinet's: only a demande has the client's wording */
  gtk_widget_set_sensitive (entry, request);
  gtk_editable_set_text (GTK_EDITABLE (entry), request && node->client_title != NULL ? node->client_title : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), request ? wording : "");
  gtk_widget_set_tooltip_text (entry, request ? _("The client’s side of this demande in the annex « répartition des obligations »; empty: the wording shown") : NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
}

static void
on_period_end_toggled_cb (GtkCheckButton     *check,
                          LtPrestationEditor *self)
{
  guint uid = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "uid"));

  if (uid != 0 && lt_step_graph_lookup (self->graph, uid) != NULL)
    lt_step_graph_set_from_period_end (self->graph, uid, gtk_check_button_get_active (check));
}

static void
setup_period_end_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     LtPrestationEditor       *self)
{
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("In a recurring prestation, the délai counts from the end of the period "
                                        "(the comptes annuels N working days after the clôture), not from the step’s start"));
  g_signal_connect (check, "toggled", G_CALLBACK (on_period_end_toggled_cb), self);
  gtk_list_item_set_child (item, check);
}

static void
bind_period_end_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    LtPrestationEditor       *self)
{
  LtEditorStep *step = gtk_list_item_get_item (item);
  GtkWidget *check = gtk_list_item_get_child (item);
  g_autofree char *name = lt_step_graph_dup_label (self->graph, step->uid);
  g_autofree char *a11y = g_strdup_printf (_("Délai of %s counted from the end of the period"), name);

  /* no uid while the state is set: not a user's toggle */
  g_object_set_data (G_OBJECT (check), "uid", NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), lt_step_graph_lookup (self->graph, step->uid)->from_period_end);
  g_object_set_data (G_OBJECT (check), "uid", GUINT_TO_POINTER (step->uid));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
}

static void
add_column (LtPrestationEditor *self,
            const char         *title,
            GCallback           setup,
            GCallback           bind,
            gboolean            expand,
            int                 entry_kind)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "entry-kind", GINT_TO_POINTER (entry_kind));
  g_signal_connect (factory, "setup", setup, self);
  g_signal_connect (factory, "bind", bind, self);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (expand)
    gtk_column_view_column_set_fixed_width (column, 200);
  gtk_column_view_append_column (self->steps_view, column);
  g_object_unref (column);
}

void
lt_prestation_editor_add_columns (LtPrestationEditor *self)
{
  add_column (self, _("No."), G_CALLBACK (setup_label_cb), G_CALLBACK (bind_number_cb), FALSE, 0);
  add_column (self, _("Type"), G_CALLBACK (setup_label_cb), G_CALLBACK (bind_kind_cb), FALSE, 0);
  add_column (self, _("Title"), G_CALLBACK (setup_title_cb), G_CALLBACK (bind_title_cb), TRUE, 0);
  add_column (self, _("Délai (days)"), G_CALLBACK (setup_entry_cb), G_CALLBACK (bind_delay_cb), FALSE, ENTRY_DELAY);
  add_column (self, _("Depends on"), G_CALLBACK (setup_entry_cb), G_CALLBACK (bind_depends_cb), FALSE, ENTRY_DEPENDS);
  add_column (self, _("From Period End"), G_CALLBACK (setup_period_end_cb), G_CALLBACK (bind_period_end_cb), FALSE, 0);
  add_column (self, _("Description"), G_CALLBACK (setup_entry_cb), G_CALLBACK (bind_description_cb), FALSE, ENTRY_DESCRIPTION);
  add_column (self, _("Client’s wording"), G_CALLBACK (setup_entry_cb), G_CALLBACK (bind_client_title_cb), FALSE, ENTRY_CLIENT_TITLE);
}

/* The prestation's description, several lines in a text view */
char *
lt_prestation_editor_dup_description (LtPrestationEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_entry);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * lt_prestation_editor_set_dependencies:
 * @text: the « Dépend de » column's text, « 2, 3+2 »
 *
 * What the column does on Enter: the same refusals as the canvas, the
 * message shown beside the list.
 */
gboolean
lt_prestation_editor_set_dependencies (LtPrestationEditor *self,
                                       guint               uid,
                                       const char         *text)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LT_IS_PRESTATION_EDITOR (self), FALSE);

  if (!lt_graph_commands_set_dependencies (self->commands, uid, text, &error))
    {
      lt_prestation_editor_show_error (self, error->message);
      return FALSE;
    }
  lt_prestation_editor_show_error (self, NULL);
  return TRUE;
}
