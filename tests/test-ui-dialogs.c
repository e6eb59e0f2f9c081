/* test-ui-dialogs.c: every button of the app's message dialogs pressed as a user does, and renaming a step in place */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The other UI tests answer dialogs with adw_message_dialog_response(),
 * which emits ::response but leaves the dialog open. A click on a response
 * button also closes the dialog, and that is where a dialog outliving its
 * parent (or the other way round) broke: here every button is clicked.
 * Runs with G_DEBUG=fatal-criticals, under ASan in make check-sanitize. */

#include "config.h"

#include "ui-dialogs-fixtures.h"

#include "lt-choice-button.h"
#include "lt-dependency-canvas.h"
#include "lt-prestation-editor.h"
#include "lt-prestations-page.h"
#include "lt-project-editor.h"
#include "lt-renewal-dialog.h"
#include "lt-reschedule-dialog.h"
#include "lt-store-catalogue.h"
#include "lt-store-project-ops.h"
#include "lt-task.h"
#include "lt-tasks-page.h"

/* ---- the catalogue: rename a step, delete it, leave with changes, catégories ---- */

typedef struct {
  GtkWidget          *window;
  LtPrestationsPage  *page;
  LtPrestationEditor *editor;
  LtStepGraph        *graph;
  gint64              prestation_id;
} Catalogue;

static void
open_catalogue (Fixture   *f,
                Catalogue *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = lt_store_list_prestations (f->store, 0, "Entrée en relation", FALSE);
  g_autoptr(LtPrestation) p = g_list_model_get_item (list, 0);

  g_assert_nonnull (p);
  c->prestation_id = lt_prestation_get_id (p);
  c->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (c->window), 1280, 800);
  c->page = LT_PRESTATIONS_PAGE (lt_prestations_page_new (f->context));
  gtk_window_set_child (GTK_WINDOW (c->window), GTK_WIDGET (c->page));
  gtk_window_present (GTK_WINDOW (c->window));
  g_assert_true (lt_prestations_page_open (c->page, c->prestation_id, &error));
  g_assert_no_error (error);
  c->editor = LT_PRESTATION_EDITOR (lt_prestations_page_get_editor (c->page));
  c->graph = lt_graph_commands_get_graph (lt_prestation_editor_get_commands (c->editor));
  settle ();
}

static void
close_catalogue (Catalogue *c)
{
  g_object_add_weak_pointer (G_OBJECT (c->window), (gpointer *) &c->window);
  gtk_window_destroy (GTK_WINDOW (c->window));
  settle ();
  g_assert_null (c->window);
}

/* The step list's in-place title editor of step @uid. */
static GtkEditableLabel *
find_title_label (GtkWidget *root,
                  guint      uid)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkEditableLabel *found;

      if (GTK_IS_EDITABLE_LABEL (child) &&
          GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "uid")) == uid)
        return GTK_EDITABLE_LABEL (child);
      if ((found = find_title_label (child, uid)) != NULL)
        return found;
    }
  return NULL;
}

/* Renaming a step in place as a user does: start editing, type, press
 * Enter (stop_editing with commit). The rename rebuilds the step list
 * while the label is still finishing its edit: it must not log a critical
 * nor touch a freed widget. Then the same with Escape (no commit). */
static void
test_rename_step (Fixture       *f,
                  gconstpointer  data)
{
  Catalogue c = { 0 };
  GtkEditableLabel *label;
  guint uid;
  g_autofree char *before = NULL;

  open_catalogue (f, &c);
  uid = lt_step_graph_get_nth (c.graph, 1)->uid;
  label = find_title_label (GTK_WIDGET (c.editor), uid);
  g_assert_nonnull (label);

  gtk_editable_label_start_editing (label);
  settle ();
  gtk_editable_set_text (GTK_EDITABLE (label), "Questionnaire d’acceptation signé");
  gtk_editable_label_stop_editing (label, TRUE);
  for (int i = 0; i < 5000 && g_strcmp0 (lt_step_graph_lookup (c.graph, uid)->title, "Questionnaire d’acceptation signé") != 0; i++)
    wait_ms (1);
  g_assert_cmpstr (lt_step_graph_lookup (c.graph, uid)->title, ==, "Questionnaire d’acceptation signé");
  /* committed, the list rebuilt: a stall now (a slow machine) makes
   * GtkEditableLabel's 100 ms focus-out timeout and the label's release
   * due at once; then past them */
  g_usleep (500 * 1000);
  wait_ms (400);
  g_assert_true (lt_prestation_editor_get_modified (c.editor));

  /* the box on the canvas shows the new title too */
  g_assert_nonnull (lt_dependency_canvas_get_box (lt_prestation_editor_get_canvas (c.editor), uid));

  /* Escape: the title stays */
  label = find_title_label (GTK_WIDGET (c.editor), uid);
  g_assert_nonnull (label);
  before = g_strdup (lt_step_graph_lookup (c.graph, uid)->title);
  gtk_editable_label_start_editing (label);
  settle ();
  gtk_editable_set_text (GTK_EDITABLE (label), "Titre abandonné");
  gtk_editable_label_stop_editing (label, FALSE);
  wait_ms (400);
  g_assert_cmpstr (lt_step_graph_lookup (c.graph, uid)->title, ==, before);

  /* renamed twice in a row, the second on the rebuilt row */
  label = find_title_label (GTK_WIDGET (c.editor), uid);
  gtk_editable_label_start_editing (label);
  gtk_editable_set_text (GTK_EDITABLE (label), "Lettre de mission");
  gtk_editable_label_stop_editing (label, TRUE);
  label = find_title_label (GTK_WIDGET (c.editor), uid);
  if (label != NULL)
    {
      gtk_editable_label_start_editing (label);
      gtk_editable_set_text (GTK_EDITABLE (label), "Lettre de mission signée");
      gtk_editable_label_stop_editing (label, TRUE);
    }
  wait_ms (400);
  g_assert_cmpstr (lt_step_graph_lookup (c.graph, uid)->title, ==,
                   label != NULL ? "Lettre de mission signée" : "Lettre de mission");

  close_catalogue (&c);
}

/* « Delete step? »: Cancel keeps it, Delete removes it. */
static void
test_delete_step_buttons (Fixture       *f,
                          gconstpointer  data)
{
  Catalogue c = { 0 };
  guint uid, n_nodes;

  open_catalogue (f, &c);
  n_nodes = lt_step_graph_get_n_nodes (c.graph);
  uid = lt_step_graph_get_nth (c.graph, 0)->uid;
  lt_dependency_canvas_select_uid (lt_prestation_editor_get_canvas (c.editor), uid);

  gtk_widget_activate_action (GTK_WIDGET (c.editor), "editor.delete-step", NULL);
  settle ();
  click ("_Cancel");
  g_assert_nonnull (lt_step_graph_lookup (c.graph, uid));

  gtk_widget_activate_action (GTK_WIDGET (c.editor), "editor.delete-step", NULL);
  settle ();
  click ("_Delete");
  g_assert_null (lt_step_graph_lookup (c.graph, uid));
  g_assert_cmpuint (lt_step_graph_get_n_nodes (c.graph), ==, n_nodes - 1);

  close_catalogue (&c);
}

/* The selection of the page's @nth list: 0 the catégories, 1 the
 * prestations. */
static GtkSingleSelection *
list_selection (Catalogue *c,
                guint      nth)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  for (GtkWidget *w = GTK_WIDGET (c->page); w != NULL; )
    {
      /* depth-first walk collecting the list views */
      if (GTK_IS_LIST_VIEW (w))
        g_ptr_array_add (views, w);
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != GTK_WIDGET (c->page) && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = (w == NULL || w == GTK_WIDGET (c->page)) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_cmpuint (views->len, >, nth);
  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (g_ptr_array_index (views, nth)));
}

static GtkSingleSelection *
prestation_selection (Catalogue *c)
{
  return list_selection (c, 1);
}

/* Chooses prestation @id in the page's list, as a click does. */
static void
select_prestation (Catalogue *c,
                   gint64     id)
{
  GtkSingleSelection *selection = prestation_selection (c);
  GListModel *model = G_LIST_MODEL (selection);

  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LtPrestation) p = g_list_model_get_item (model, i);
      if (lt_prestation_get_id (p) == id)
        {
          gtk_single_selection_set_selected (selection, i);
          settle ();
          return;
        }
    }
  g_error ("prestation %" G_GINT64_FORMAT " is not in the list", id);
}

/* Leaving a changed prestation: Cancel stays, Discard drops the change,
 * Save writes it. */
static void
test_leave_buttons (Fixture       *f,
                    gconstpointer  data)
{
  Catalogue c = { 0 };
  GtkWidget *name_entry;
  gint64 other_id = 0;
  GListModel *all;

  open_catalogue (f, &c);
  all = G_LIST_MODEL (prestation_selection (&c));
  for (guint i = 0; i < g_list_model_get_n_items (all) && other_id == 0; i++)
    {
      g_autoptr(LtPrestation) p = g_list_model_get_item (all, i);
      if (lt_prestation_get_id (p) != c.prestation_id)
        other_id = lt_prestation_get_id (p);
    }
  g_assert_cmpint (other_id, >, 0);
  name_entry = find_widget (GTK_WIDGET (c.editor), GTK_TYPE_ENTRY, NULL);
  g_assert_nonnull (name_entry);

  gtk_editable_set_text (GTK_EDITABLE (name_entry), "Entrée en relation (abandonnée)");
  select_prestation (&c, other_id);
  click ("_Cancel");
  g_assert_cmpint (lt_prestation_get_id (lt_prestation_editor_get_prestation (c.editor)), ==, c.prestation_id);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_entry)), ==, "Entrée en relation (abandonnée)");

  select_prestation (&c, other_id);
  click ("_Discard");
  g_assert_cmpint (lt_prestation_get_id (lt_prestation_editor_get_prestation (c.editor)), ==, other_id);
  {
    g_autoptr(GListModel) found = lt_store_list_prestations (f->store, 0, "abandonnée", FALSE);
    g_assert_cmpuint (g_list_model_get_n_items (found), ==, 0);
  }

  select_prestation (&c, c.prestation_id);
  name_entry = find_widget (GTK_WIDGET (c.editor), GTK_TYPE_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (name_entry), "Entrée en relation (gardée)");
  select_prestation (&c, other_id);
  click ("_Save");
  {
    g_autoptr(GListModel) found = lt_store_list_prestations (f->store, 0, "gardée", FALSE);
    g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  }

  close_catalogue (&c);
}

/* New catégorie: Cancel creates nothing, Create does; Rename renames. */
static void
test_category_buttons (Fixture       *f,
                       gconstpointer  data)
{
  Catalogue c = { 0 };
  gint64 before = query_int (f->store, "SELECT count(*) FROM categories");

  open_catalogue (f, &c);
  gtk_widget_activate_action (GTK_WIDGET (c.page), "page.add-category", NULL);
  settle ();
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (find_dialog ())), "Jamais créée");
  click ("_Cancel");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM categories"), ==, before);

  gtk_widget_activate_action (GTK_WIDGET (c.page), "page.add-category", NULL);
  settle ();
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (find_dialog ())), "Social");
  click ("_Create");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM categories"), ==, before + 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM categories WHERE name = 'Social'"), ==, 1);

  /* Rename, on the chosen catégorie */
  {
    GtkSingleSelection *categories = list_selection (&c, 0);

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (categories)); i++)
      {
        g_autoptr(LtCategory) category = g_list_model_get_item (G_LIST_MODEL (categories), i);

        if (g_str_equal (lt_category_get_name (category), "Social"))
          gtk_single_selection_set_selected (categories, i);
      }
    settle ();
  }
  gtk_widget_activate_action (GTK_WIDGET (c.page), "page.rename-category", NULL);
  settle ();
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (find_dialog ())), "Social et paie");
  click ("_Rename");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM categories WHERE name = 'Social et paie'"), ==, 1);

  close_catalogue (&c);
}

/* ---- projects: the overload warning, the suivi's dialogs ---- */

static LtProjectEditor *
new_project_editor (Fixture *f)
{
  gint64 client_id = query_int (f->store, "SELECT id FROM affaires WHERE name = 'Boulangerie Martin'");
  LtProjectEditor *editor = lt_project_editor_new (NULL, f->context, client_id);

  lt_project_editor_set_fields (editor, "Entrée en relation", "04/01/2027", "31/03/2027",
                                query_int (f->store, "SELECT id FROM staff WHERE name = 'Julien Roussel'"));
  g_assert_true (lt_project_editor_add_prestation (editor,
                   query_int (f->store, "SELECT id FROM prestations WHERE name = 'Entrée en relation' AND is_current = 1")));
  g_assert_true (lt_project_editor_add_prestation (editor,
                   query_int (f->store, "SELECT id FROM prestations WHERE name = 'Reprise du dossier comptable' AND is_current = 1")));
  gtk_window_present (GTK_WINDOW (editor));
  settle ();

  return editor;
}

/* « Overload Ahead »: Change the Project keeps the editor open and writes
 * nothing; Save Anyway saves and closes the editor while its dialog is
 * being answered. */
static void
test_overload_buttons (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  LtProjectEditor *editor;
  gint64 n_projects = query_int (f->store, "SELECT count(*) FROM projects");

  lt_store_exec (f->store, "UPDATE staff SET weekly_hours = 1 WHERE name = 'Julien Roussel'", &error);
  g_assert_no_error (error);

  editor = new_project_editor (f);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);

  g_assert_false (lt_project_editor_save (editor, FALSE));
  settle ();
  click ("_Change the Project");
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM projects"), ==, n_projects);

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  settle ();
  click ("_Save Anyway");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM projects"), ==, n_projects + 1);
  g_assert_null (editor);
}

/* The project editor's own buttons: Assign adds a row (or says why not),
 * Cancel closes without writing, Save and Create the Tasks saves and
 * closes. */
static void
test_project_editor_buttons (Fixture       *f,
                             gconstpointer  data)
{
  LtProjectEditor *editor = new_project_editor (f);
  gint64 n_projects = query_int (f->store, "SELECT count(*) FROM projects");
  guint n_rows = lt_project_editor_get_n_rows (editor);

  click_in (GTK_WIDGET (editor), "_Assign");
  g_assert_true (lt_project_editor_get_n_rows (editor) == n_rows + 1 ||
                 lt_project_editor_get_error (editor) != NULL);

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  click_in (GTK_WIDGET (editor), "_Cancel");
  g_assert_null (editor);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM projects"), ==, n_projects);

  editor = new_project_editor (f);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  click_in (GTK_WIDGET (editor), "_Save and Create the Tasks");
  /* the demo's intervenant may be overloaded that quarter: it asks first */
  if (find_dialog () != NULL)
    click ("_Save Anyway");
  g_assert_null (editor);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM projects"), ==, n_projects + 1);
}

/* The renewal dialog: Preview, then Cancel closes and writes nothing;
 * Preview, Create Drafts (in a worker thread), then it is done. */
static void
test_renewal_buttons (Fixture       *f,
                      gconstpointer  data)
{
  gint64 ids[2];
  gint64 n_documents = query_int (f->store, "SELECT count(*) FROM documents");
  GtkWidget *dialog;
  gint64 end;

  ids[0] = query_int (f->store, "SELECT min(id) FROM affaires");
  ids[1] = query_int (f->store, "SELECT max(id) FROM affaires");

  dialog = lt_renewal_dialog_new (f->context, ids, G_N_ELEMENTS (ids));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  settle ();
  click_in (dialog, "_Preview");
  click_in (dialog, "_Cancel");
  g_assert_null (dialog);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents"), ==, n_documents);

  dialog = lt_renewal_dialog_new (f->context, ids, G_N_ELEMENTS (ids));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  settle ();
  click_in (dialog, "_Preview");
  click_in (dialog, "C_reate Drafts");
  end = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  while (dialog != NULL && lt_renewal_dialog_is_running (LT_RENEWAL_DIALOG (dialog)) &&
         g_get_monotonic_time () < end)
    wait_ms (10);
  g_assert_true (dialog == NULL || !lt_renewal_dialog_is_running (LT_RENEWAL_DIALOG (dialog)));
  if (dialog != NULL)
    {
      g_test_message ("renewal: %s", lt_renewal_dialog_get_message (LT_RENEWAL_DIALOG (dialog)));
      click_in (dialog, "_Cancel");
    }
  g_assert_null (dialog);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents"), >, n_documents);
}

static gint64
save_project (Fixture *f)
{
  LtProjectEditor *editor = new_project_editor (f);

  g_assert_true (lt_project_editor_save (editor, TRUE));
  settle ();
  return query_int (f->store, "SELECT max(id) FROM projects");
}

/* The suivi: change a due date (Cancel, Change), the rescheduling that
 * follows (Cancel, Keep Their Dates, Move Them), reassign (Cancel, Reassign). */
static void
test_tasks_buttons (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = lt_tasks_page_new (f->context);
  g_autofree char *sql = NULL;
  g_autofree char *due = NULL;
  gint64 project_id, first_id, staff_before;
  const char *reschedule_buttons[] = { "_Cancel", "_Keep Their Dates", "_Move Them" };
  const char *dates[] = { "01/03/2027", "02/03/2027", "03/03/2027" };

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  project_id = save_project (f);
  settle ();

  sql = g_strdup_printf ("SELECT l.from_task_id FROM task_links l JOIN tasks p ON p.id = l.from_task_id"
                         " WHERE p.kind = 'task' AND p.project_id = %" G_GINT64_FORMAT " ORDER BY p.due_date LIMIT 1",
                         project_id);
  first_id = query_int (f->store, sql);
  g_free (sql);
  g_assert_true (lt_tasks_page_select_task (LT_TASKS_PAGE (page), first_id));

  sql = g_strdup_printf ("SELECT due_date FROM tasks WHERE id = %" G_GINT64_FORMAT, first_id);
  {
    sqlite3_stmt *stmt = lt_store_prepare (f->store, sql, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    due = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_reset (stmt);
  }

  /* Cancel: nothing moves */
  g_assert_true (gtk_widget_activate_action (page, "tasks.change-due", NULL));
  settle ();
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (find_dialog ())), "01/03/2027");
  click ("_Cancel");

  /* Change, then each button of the rescheduling dialog */
  for (guint i = 0; i < G_N_ELEMENTS (reschedule_buttons); i++)
    {
      AdwMessageDialog *dialog;

      g_assert_true (lt_tasks_page_select_task (LT_TASKS_PAGE (page), first_id));
      g_assert_true (gtk_widget_activate_action (page, "tasks.change-due", NULL));
      settle ();
      gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (find_dialog ())), dates[i]);
      click ("C_hange");
      dialog = find_dialog ();
      g_assert_true (LT_IS_RESCHEDULE_DIALOG (dialog));
      click (reschedule_buttons[i]);
      g_free (sql);
      sql = g_strdup_printf ("SELECT count(*) FROM tasks WHERE id = %" G_GINT64_FORMAT " AND due_date = '%s'",
                             first_id, i == 0 ? due : i == 1 ? "2027-03-02" : "2027-03-03");
      g_assert_cmpint (query_int (f->store, sql), ==, 1);
    }

  /* Reassign: Cancel keeps the intervenant, Reassign changes it */
  g_free (sql);
  sql = g_strdup_printf ("SELECT coalesce(staff_id, 0) FROM tasks WHERE id = %" G_GINT64_FORMAT, first_id);
  staff_before = query_int (f->store, sql);
  g_assert_true (lt_tasks_page_select_task (LT_TASKS_PAGE (page), first_id));
  g_assert_true (gtk_widget_activate_action (page, "tasks.reassign", NULL));
  settle ();
  lt_choice_button_set_selected (LT_CHOICE_BUTTON (adw_message_dialog_get_extra_child (find_dialog ())), 0);
  click ("_Cancel");
  g_assert_cmpint (query_int (f->store, sql), ==, staff_before);

  g_assert_true (lt_tasks_page_select_task (LT_TASKS_PAGE (page), first_id));
  g_assert_true (gtk_widget_activate_action (page, "tasks.reassign", NULL));
  settle ();
  lt_choice_button_set_selected (LT_CHOICE_BUTTON (adw_message_dialog_get_extra_child (find_dialog ())), 0);
  click ("_Reassign");
  g_assert_cmpint (query_int (f->store, sql), ==, 0);
  g_assert_cmpint (staff_before, !=, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, fn) g_test_add ("/ui-dialogs/" path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("rename-step", test_rename_step);
  ADD ("delete-step-buttons", test_delete_step_buttons);
  ADD ("leave-buttons", test_leave_buttons);
  ADD ("category-buttons", test_category_buttons);
  ADD ("overload-buttons", test_overload_buttons);
  ADD ("project-editor-buttons", test_project_editor_buttons);
  ADD ("renewal-buttons", test_renewal_buttons);
  ADD ("tasks-buttons", test_tasks_buttons);
#undef ADD

  return g_test_run ();
}
