/* test-ui-cross-links.c: « Links Between Prestations » in the project editor and « Waits on Another Prestation » in the prestation editor */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include <adwaita.h>

#include "lt-context.h"
#include "lt-date.h"
#include "lt-error.h"
#include "lt-prestation-cross-links.h"
#include "lt-prestation-editor.h"
#include "lt-project-editor.h"
#include "lt-project-links.h"
#include "lt-store-cross-links.h"
#include "lt-store-demo.h"
#include "lt-store-private.h"
#include "lt-working-days.h"
#include "store-fixtures.h"

typedef struct {
  char      *dir;
  LtStore   *store;
  GSettings *settings;
  LtContext *context;
  gint64     client_id;
  gint64     bilan_id;
  gint64     juridique_id;
  gint64     project_id;
} Fixture;

/* A date of the task of step @step_id in project @project_id. */
static char *
query_step_text (LtStore    *store,
                 const char *sql,
                 gint64      step_id,
                 gint64      project_id)
{
  sqlite3_stmt *stmt = lt_store_prepare (store, sql, NULL);
  char *value;

  g_assert_nonnull (stmt);
  sqlite3_bind_int64 (stmt, 1, step_id);
  sqlite3_bind_int64 (stmt, 2, project_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Step @position (0-based) of prestation @prestation_id. */
static gint64
step_id (Fixture *f,
         gint64   prestation_id,
         int      position)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM steps WHERE prestation_id = %" G_GINT64_FORMAT
                                          " AND position = %d", prestation_id, position);
  return query_int (f->store, sql);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("lt-ui-cross-links-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (lt_store_load_demo (f->store, &error));
  g_assert_no_error (error);

  f->settings = g_settings_new (APPLICATION_ID);
  f->context = lt_context_new (f->store, f->settings);
  f->client_id = query_int (f->store, "SELECT id FROM affaires WHERE name = 'Boulangerie Martin'");
  f->bilan_id = query_int (f->store, "SELECT id FROM prestations WHERE name = 'Bilan annuel' AND is_current = 1");
  f->juridique_id = query_int (f->store, "SELECT id FROM prestations WHERE name = 'Secrétariat juridique annuel' AND is_current = 1");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  iterate ();
  g_clear_object (&f->context);
  g_clear_object (&f->settings);
  g_assert_finalize_object (f->store);
  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
on_saved_cb (LtProjectEditor *editor,
             const char      *summary,
             gint64           project_id,
             Fixture         *f)
{
  f->project_id = project_id;
}

/* Boulangerie Martin (31/12), 2027, with the bilan and the secrétariat
 * juridique. In the canvas the dépôt au greffe is made to wait on the
 * présentation du bilan plus 20 working days; a link back from the dépôt to
 * the comptes annuels is refused (the demo's catalogue already makes the
 * PV wait on them). After saving, the dépôt starts on the présentation's
 * due date plus 20 working days, and the link is stored with the project. */
static void
test_project_links (Fixture       *f,
                    gconstpointer  data)
{
  LtProjectEditor *editor = lt_project_editor_new (NULL, f->context, f->client_id);
  gint64 comptes = step_id (f, f->bilan_id, 3);
  gint64 presentation = step_id (f, f->bilan_id, 5);
  gint64 depot = step_id (f, f->juridique_id, 2);
  g_autoptr(GError) error = NULL;
  g_autofree char *presentation_due = NULL;
  g_autofree char *depot_start = NULL;
  g_autofree char *comptes_due = NULL;
  g_autofree char *depot_due = NULL;
  GtkWindow *window;
  GArray *links;
  GDate expected;
  g_autofree char *expected_iso = NULL;

  g_signal_connect (editor, "saved", G_CALLBACK (on_saved_cb), f);
  lt_project_editor_set_fields (editor, "Clôture 2027", "04/01/2027", "30/06/2028",
                                query_int (f->store, "SELECT id FROM staff WHERE name = 'Julien Roussel'"));
  g_assert_true (lt_project_editor_add_prestation (editor, f->bilan_id));
  g_assert_true (lt_project_editor_add_prestation (editor, f->juridique_id));
  gtk_window_present (GTK_WINDOW (editor));
  iterate ();

  g_assert_null (lt_project_links_get (editor));
  window = lt_project_links_open (editor);
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  iterate ();

  g_assert_true (lt_project_links_link (editor, presentation, depot, 20, &error));
  g_assert_no_error (error);
  g_assert_false (lt_project_links_link (editor, depot, comptes, 0, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CROSS_LINK_CYCLE);
  g_clear_error (&error);

  /* only the project's own link, not the prestations' or the catalogue's */
  links = lt_project_links_get (editor);
  g_assert_nonnull (links);
  g_assert_cmpuint (links->len, ==, 1);
  gtk_window_destroy (window);
  iterate ();

  g_assert_true (lt_project_editor_save (editor, TRUE));
  iterate ();
  g_assert_cmpint (f->project_id, >, 0);

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM project_step_links"), ==, 1);
  presentation_due = query_step_text (f->store, "SELECT due_date FROM tasks WHERE step_id = ?1 AND project_id = ?2", presentation, f->project_id);
  comptes_due = query_step_text (f->store, "SELECT due_date FROM tasks WHERE step_id = ?1 AND project_id = ?2", comptes, f->project_id);
  depot_start = query_step_text (f->store, "SELECT start_date FROM tasks WHERE step_id = ?1 AND project_id = ?2", depot, f->project_id);
  depot_due = query_step_text (f->store, "SELECT due_date FROM tasks WHERE step_id = ?1 AND project_id = ?2", depot, f->project_id);

  g_assert_true (lt_date_from_iso (presentation_due, &expected));
  lt_working_days_add (&expected, 20);
  expected_iso = lt_date_to_iso (&expected);
  g_assert_cmpstr (depot_start, ==, expected_iso);
  g_assert_cmpstr (depot_due, >, comptes_due);
  g_test_message ("présentation %s, dépôt %s → %s", presentation_due, depot_start, depot_due);
}

/* The prestation editor: « Waits on Another Prestation… » lists and adds. */
static void
test_prestation_editor (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *editor = lt_prestation_editor_new (f->context);
  GtkWidget *button;
  gint64 presentation = step_id (f, f->bilan_id, 5);
  gint64 depot = step_id (f, f->juridique_id, 2);
  gint64 revision = step_id (f, f->bilan_id, 2);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  gtk_window_set_child (GTK_WINDOW (window), editor);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_assert_true (lt_prestation_editor_load (LT_PRESTATION_EDITOR (editor), f->juridique_id, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  button = lt_prestation_cross_links_get_button (LT_PRESTATION_EDITOR (editor));
  g_assert_true (gtk_widget_get_mapped (button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  iterate ();

  g_assert_true (lt_prestation_cross_links_add (LT_PRESTATION_EDITOR (editor), depot, presentation, 2, &error));
  g_assert_no_error (error);
  g_assert_false (lt_prestation_cross_links_add (LT_PRESTATION_EDITOR (editor), step_id (f, f->juridique_id, 0), depot, 0, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CROSS_LINK_SAME_PRESTATION);
  g_clear_error (&error);

  /* the révision waiting on the dépôt goes round: comptes → PV → … → dépôt */
  g_assert_false (lt_prestation_cross_links_add (LT_PRESTATION_EDITOR (editor), revision, depot, 0, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CROSS_LINK_CYCLE);
  g_clear_error (&error);

  list = lt_store_cross_links_list (f->store, f->juridique_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);

  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui-cross-links/project-links", test_project_links);
  ADD ("/ui-cross-links/prestation-editor", test_prestation_editor);
#undef ADD

  return g_test_run ();
}
