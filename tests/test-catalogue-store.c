/* test-catalogue-store.c: catégories, saving a graph, versions, duplicate, archive */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "lt-error.h"
#include "lt-store-affaires.h"
#include "lt-store-catalogue-ops.h"
#include "lt-store-catalogue.h"
#include "lt-store-private.h"
#include "lt-store-projects.h"

typedef struct {
  char    *dir;
  LtStore *store;
  gint64   category;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtCategory) category = lt_category_new ();
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("lettrine-catalogue-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = lt_store_open (path, &error);
  g_assert_no_error (error);

  lt_category_set_name (category, "Administratif");
  g_assert_true (lt_store_add_category (f->store, category, &error));
  g_assert_no_error (error);
  f->category = lt_category_get_id (category);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* Entrée en relation: lettre de mission → ouverture ← pièces (+2), → saisie */
static LtStepGraph *
make_graph (void)
{
  LtStepGraph *graph = lt_step_graph_new ();
  guint a, b, c, d;

  a = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "Lettre de mission signée");
  b = lt_step_graph_add_node (graph, LT_STEP_KIND_REQUEST, "Pièces d’identité du dirigeant");
  c = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "Ouverture du dossier");
  d = lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "Première saisie");
  lt_step_graph_set_delay_days (graph, c, 3);
  lt_step_graph_set_description (graph, b, "CNI ou passeport");
  lt_step_graph_set_position (graph, d, 500, 40);
  g_assert_true (lt_step_graph_add_link (graph, a, c, 0, NULL));
  g_assert_true (lt_step_graph_add_link (graph, b, c, 2, NULL));
  g_assert_true (lt_step_graph_add_link (graph, c, d, 0, NULL));
  return graph;
}

static char *
describe (LtStepGraph *graph)
{
  GString *s = g_string_new (NULL);
  g_autoptr(GArray) links = lt_step_graph_dup_links (graph);

  for (guint i = 0; i < lt_step_graph_get_n_nodes (graph); i++)
    {
      const LtGraphNode *n = lt_step_graph_get_nth (graph, i);
      g_string_append_printf (s, "%u %d %s|%s|%d @%.0f,%.0f\n", i, n->kind, n->title,
                              n->description, n->delay_days, n->x, n->y);
    }
  for (guint i = 0; i < links->len; i++)
    {
      const LtGraphLink *l = &g_array_index (links, LtGraphLink, i);
      g_string_append_printf (s, "%u→%u+%d\n", lt_step_graph_lookup (graph, l->from)->index,
                              lt_step_graph_lookup (graph, l->to)->index, l->lag_days);
    }
  return g_string_free (s, FALSE);
}

static LtPrestation *
new_prestation (Fixture *f, const char *name)
{
  LtPrestation *p = lt_prestation_new ();

  lt_prestation_set_name (p, name);
  lt_prestation_set_category_id (p, f->category);
  lt_prestation_set_price_cents (p, 45000);
  lt_prestation_set_recurrence (p, LT_RECURRENCE_NONE);
  return p;
}

static gint64
count (Fixture *f, const char *sql, gint64 arg)
{
  sqlite3_stmt *stmt = lt_store_prepare (f->store, sql, NULL);
  gint64 n = -1;

  sqlite3_bind_int64 (stmt, 1, arg);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
use_in_project (Fixture *f, gint64 prestation_id)
{
  g_autoptr(LtAffaire) affaire = lt_affaire_new ();
  g_autoptr(LtProject) project = lt_project_new ();
  g_autoptr(LtAssignment) assignment = lt_assignment_new ();
  g_autoptr(GError) error = NULL;

  lt_affaire_set_name (affaire, "Boulangerie Martin");
  g_assert_true (lt_store_add_affaire (f->store, affaire, &error));
  g_assert_no_error (error);
  lt_project_set_affaire_id (project, lt_affaire_get_id (affaire));
  lt_project_set_name (project, "Entrée en relation");
  lt_project_set_start_date (project, "2027-01-04");
  lt_project_set_end_date (project, "2027-12-31");
  g_assert_true (lt_store_add_project (f->store, project, &error));
  g_assert_no_error (error);
  lt_assignment_set_project_id (assignment, lt_project_get_id (project));
  lt_assignment_set_prestation_id (assignment, prestation_id);
  lt_assignment_set_start_date (assignment, "2027-01-04");
  lt_assignment_set_end_date (assignment, "2027-03-31");
  lt_assignment_set_price_cents (assignment, 45000);
  g_assert_true (lt_store_add_assignment (f->store, assignment, &error));
  g_assert_no_error (error);
}

static void
test_category_rules (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtPrestation) p1 = new_prestation (f, "Entrée en relation");
  g_autoptr(LtPrestation) p2 = new_prestation (f, "Lettre de mission");
  g_autoptr(LtStepGraph) g1 = lt_step_graph_new ();
  g_autoptr(LtStepGraph) g2 = lt_step_graph_new ();
  g_autoptr(LtCategory) other = lt_category_new ();
  g_autoptr(LtCategory) third = lt_category_new ();
  g_autoptr(LtCategory) reread = NULL;

  g_assert_true (lt_store_catalogue_save_prestation (f->store, p1, g1, NULL, &error));
  g_assert_true (lt_store_catalogue_save_prestation (f->store, p2, g2, NULL, &error));

  /* not empty: refused, says how many */
  g_assert_false (lt_store_catalogue_delete_category (f->store, f->category, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CATEGORY_NOT_EMPTY);
  g_assert_nonnull (strstr (error->message, "“Administratif” holds 2 prestations"));
  g_clear_error (&error);
  g_assert_cmpuint (lt_store_catalogue_count_prestations (f->store, f->category), ==, 2);

  /* rename: empty and taken names refused */
  lt_category_set_name (other, "Social");
  g_assert_true (lt_store_add_category (f->store, other, &error));
  g_assert_false (lt_store_catalogue_rename_category (f->store, lt_category_get_id (other), "  ", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NAME_REQUIRED);
  g_clear_error (&error);
  g_assert_false (lt_store_catalogue_rename_category (f->store, lt_category_get_id (other), "administratif", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "already called"));
  g_clear_error (&error);
  g_assert_true (lt_store_catalogue_rename_category (f->store, lt_category_get_id (other), " Paie ", &error));
  g_assert_no_error (error);
  reread = lt_store_get_category (f->store, lt_category_get_id (other), &error);
  g_assert_cmpstr (lt_category_get_name (reread), ==, "Paie");

  /* reorder: Paie first, then the third at the end */
  lt_category_set_name (third, "Juridique");
  g_assert_true (lt_store_add_category (f->store, third, &error));
  g_assert_true (lt_store_catalogue_move_category (f->store, lt_category_get_id (other), 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT position FROM categories WHERE id = ?", lt_category_get_id (other)), ==, 0);
  g_assert_cmpint (count (f, "SELECT position FROM categories WHERE id = ?", f->category), ==, 1);
  g_assert_true (lt_store_catalogue_move_category (f->store, f->category, 99, &error));
  g_assert_cmpint (count (f, "SELECT position FROM categories WHERE id = ?", f->category), ==, 2);

  /* empty: deleted */
  g_assert_true (lt_store_catalogue_delete_category (f->store, lt_category_get_id (third), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT COUNT(*) FROM categories WHERE id = ?", lt_category_get_id (third)), ==, 0);
}

static void
test_save_and_load (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtPrestation) p = new_prestation (f, "Entrée en relation");
  g_autoptr(LtStepGraph) graph = make_graph ();
  g_autoptr(LtStepGraph) loaded = NULL;
  g_autoptr(LtStepGraph) again = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;
  g_autofree char *got2 = NULL;
  gboolean versioned = TRUE;
  gint64 id, step_c;

  g_assert_true (lt_store_catalogue_save_prestation (f->store, p, graph, &versioned, &error));
  g_assert_no_error (error);
  g_assert_false (versioned);
  id = lt_prestation_get_id (p);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (lt_prestation_get_family_id (p), ==, id);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (lt_step_graph_get_nth (graph, i)->step_id, >, 0);

  loaded = lt_store_catalogue_load_graph (f->store, id, &error);
  g_assert_no_error (error);
  want = describe (graph);
  got = describe (loaded);
  g_assert_cmpstr (got, ==, want);

  /* not used yet: edited in place (same id), a removed step and its links go */
  step_c = lt_step_graph_get_nth (loaded, 2)->step_id;
  lt_step_graph_remove_node (loaded, lt_step_graph_get_nth (loaded, 1)->uid, NULL);
  lt_step_graph_set_title (loaded, lt_step_graph_get_nth (loaded, 0)->uid, "Lettre de mission reçue");
  lt_step_graph_add_node (loaded, LT_STEP_KIND_REQUEST, "Relevés bancaires");
  lt_prestation_set_name (p, "Entrée en relation (v2)");
  g_assert_true (lt_store_catalogue_save_prestation (f->store, p, loaded, &versioned, &error));
  g_assert_no_error (error);
  g_assert_false (versioned);
  g_assert_cmpint (lt_prestation_get_id (p), ==, id);
  g_assert_cmpint (lt_step_graph_get_nth (loaded, 1)->step_id, ==, step_c);
  g_assert_cmpint (count (f, "SELECT COUNT(*) FROM steps WHERE prestation_id = ?", id), ==, 4);
  g_assert_cmpint (count (f, "SELECT COUNT(*) FROM prestations WHERE family_id = ?", id), ==, 1);

  again = lt_store_catalogue_load_graph (f->store, id, &error);
  g_clear_pointer (&want, g_free);
  want = describe (loaded);
  got2 = describe (again);
  g_assert_cmpstr (got2, ==, want);

  /* a stale revision is refused */
  lt_prestation_set_revision (p, lt_prestation_get_revision (p) - 1);
  g_assert_false (lt_store_catalogue_save_prestation (f->store, p, again, NULL, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONFLICT);
}

static void
test_refusals_store_nothing (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtPrestation) p = new_prestation (f, "Bilan");
  g_autoptr(LtStepGraph) graph = make_graph ();
  g_autoptr(LtStepGraph) loaded = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id;

  g_assert_true (lt_store_catalogue_save_prestation (f->store, p, graph, NULL, &error));
  id = lt_prestation_get_id (p);
  before = describe (graph);

  /* a cycle (forced past the editor) is refused with its path */
  lt_step_graph_add_link_unchecked (graph, lt_step_graph_get_nth (graph, 3)->uid,
                                    lt_step_graph_get_nth (graph, 0)->uid, 0);
  g_assert_false (lt_store_catalogue_save_prestation (f->store, p, graph, NULL, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CYCLE);
  g_assert_nonnull (strstr (error->message, "T1 → T3 → T4 → T1"));
  g_clear_error (&error);

  /* a step without a title */
  lt_step_graph_remove_link (graph, lt_step_graph_get_nth (graph, 3)->uid, lt_step_graph_get_nth (graph, 0)->uid, NULL);
  lt_step_graph_set_title (graph, lt_step_graph_get_nth (graph, 1)->uid, "  ");
  g_assert_false (lt_store_catalogue_save_prestation (f->store, p, graph, NULL, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NAME_REQUIRED);
  g_assert_nonnull (strstr (error->message, "R2"));
  g_clear_error (&error);
  lt_step_graph_set_title (graph, lt_step_graph_get_nth (graph, 1)->uid, "Pièces");

  /* the disk fails at each statement in turn: nothing of the save is kept,
   * the object is as before, until the save goes through */
  lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "Révision");
  for (int n = 0; ; n++)
    {
      g_autoptr(LtStepGraph) loaded_now = NULL;
      g_autofree char *now = NULL;
      gboolean ok;

      lt_store_set_fail_after_statements (f->store, n);
      ok = lt_store_catalogue_save_prestation (f->store, p, graph, NULL, &error);
      lt_store_set_fail_after_statements (f->store, -1);
      if (ok)
        {
          g_assert_cmpint (n, >, 3);
          break;
        }
      g_assert_nonnull (error);
      g_test_message ("failure after %d statements: %s (in transaction %d, autocommit %d)", n, error->message,
                      lt_store_in_transaction (f->store), sqlite3_get_autocommit (lt_store_get_db (f->store)));
      if (n > 60) break;
      g_clear_error (&error);
      g_assert_cmpint (lt_prestation_get_id (p), ==, id);
      g_assert_cmpint (lt_step_graph_get_nth (graph, 4)->step_id, ==, 0);
      loaded_now = lt_store_catalogue_load_graph (f->store, id, &error);
      g_assert_no_error (error);
      now = describe (loaded_now);
      g_assert_cmpstr (now, ==, before);
    }
  loaded = lt_store_catalogue_load_graph (f->store, id, &error);
  after = describe (loaded);
  g_assert_cmpstr (after, !=, before);
  g_assert_cmpint (lt_step_graph_get_nth (graph, 4)->step_id, >, 0);
}

static void
test_versions (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtPrestation) p = new_prestation (f, "Tenue comptable");
  g_autoptr(LtStepGraph) graph = make_graph ();
  g_autoptr(LtStepGraph) old_graph = NULL;
  g_autoptr(LtStepGraph) new_graph = NULL;
  g_autoptr(LtPrestation) old = NULL;
  g_autofree char *before = NULL;
  g_autofree char *old_now = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;
  gboolean versioned = FALSE;
  gint64 v1, v2;

  g_assert_true (lt_store_catalogue_save_prestation (f->store, p, graph, NULL, &error));
  v1 = lt_prestation_get_id (p);
  before = describe (graph);
  use_in_project (f, v1);
  g_assert_cmpuint (lt_store_catalogue_count_uses (f->store, v1), ==, 1);

  /* a change once a project uses it: a new version, the old one kept */
  lt_step_graph_set_lag (graph, lt_step_graph_get_nth (graph, 1)->uid, lt_step_graph_get_nth (graph, 2)->uid, 5);
  lt_step_graph_add_node (graph, LT_STEP_KIND_TASK, "Clôture");
  lt_prestation_set_price_cents (p, 50000);
  g_assert_true (lt_store_catalogue_save_prestation (f->store, p, graph, &versioned, &error));
  g_assert_no_error (error);
  g_assert_true (versioned);
  v2 = lt_prestation_get_id (p);
  g_assert_cmpint (v2, !=, v1);
  g_assert_cmpint (lt_prestation_get_family_id (p), ==, v1);
  g_assert_cmpint (lt_prestation_get_version (p), ==, 2);
  g_assert_true (lt_prestation_get_is_current (p));

  old = lt_store_get_prestation (f->store, v1, &error);
  g_assert_false (lt_prestation_get_is_current (old));
  g_assert_cmpint (lt_prestation_get_price_cents (old), ==, 45000);
  g_assert_cmpint (count (f, "SELECT COUNT(*) FROM prestations WHERE family_id = ? AND is_current = 1", v1), ==, 1);
  g_assert_cmpint (count (f, "SELECT prestation_id FROM assignments WHERE prestation_id = ?", v1), ==, v1);

  /* the project's version still has its own steps and links, unchanged */
  old_graph = lt_store_catalogue_load_graph (f->store, v1, &error);
  old_now = describe (old_graph);
  g_assert_cmpstr (old_now, ==, before);
  new_graph = lt_store_catalogue_load_graph (f->store, v2, &error);
  want = describe (graph);
  got = describe (new_graph);
  g_assert_cmpstr (got, ==, want);
  g_assert_cmpint (count (f, "SELECT COUNT(*) FROM steps WHERE prestation_id = ?", v2), ==, 5);
  /* the graph now points at the new version's rows */
  g_assert_cmpint (count (f, "SELECT prestation_id FROM steps WHERE id = ?",
                          lt_step_graph_get_nth (graph, 0)->step_id), ==, v2);

  /* the catalogue keeps one current version of the family: the new one */
  g_assert_cmpint (count (f, "SELECT id FROM prestations WHERE family_id = ? AND is_current = 1", v1), ==, v2);

  /* a second edit of v2, not used yet, stays in place */
  lt_prestation_set_description (p, "Saisie mensuelle");
  g_assert_true (lt_store_catalogue_save_prestation (f->store, p, graph, &versioned, &error));
  g_assert_false (versioned);
  g_assert_cmpint (lt_prestation_get_id (p), ==, v2);

  /* old versions keep an emptied catégorie from being deleted */
  {
    g_autoptr(LtCategory) other = lt_category_new ();
    lt_category_set_name (other, "Comptabilité");
    g_assert_true (lt_store_add_category (f->store, other, &error));
    lt_prestation_set_category_id (p, lt_category_get_id (other));
    g_assert_true (lt_store_catalogue_save_prestation (f->store, p, graph, NULL, &error));
    g_assert_false (lt_store_catalogue_delete_category (f->store, f->category, &error));
    g_assert_error (error, LT_ERROR, LT_ERROR_CATEGORY_NOT_EMPTY);
    g_assert_nonnull (strstr (error->message, "earlier version"));
  }
}

static void
test_duplicate_archive (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtPrestation) p = new_prestation (f, "Bilan annuel");
  g_autoptr(LtStepGraph) graph = make_graph ();
  g_autoptr(LtStepGraph) copy_graph = NULL;
  g_autoptr(LtPrestation) copy = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;
  gint64 copy_id;

  g_assert_true (lt_store_catalogue_save_prestation (f->store, p, graph, NULL, &error));
  copy_id = lt_store_catalogue_duplicate_prestation (f->store, lt_prestation_get_id (p), &error);
  g_assert_no_error (error);
  g_assert_cmpint (copy_id, >, lt_prestation_get_id (p));

  copy = lt_store_get_prestation (f->store, copy_id, &error);
  g_assert_cmpstr (lt_prestation_get_name (copy), ==, "Bilan annuel (copy)");
  g_assert_cmpint (lt_prestation_get_family_id (copy), ==, copy_id);
  g_assert_cmpint (lt_prestation_get_price_cents (copy), ==, 45000);
  copy_graph = lt_store_catalogue_load_graph (f->store, copy_id, &error);
  want = describe (graph);
  got = describe (copy_graph);
  g_assert_cmpstr (got, ==, want);
  g_assert_cmpint (lt_step_graph_get_nth (copy_graph, 0)->step_id, !=, lt_step_graph_get_nth (graph, 0)->step_id);

  g_assert_true (lt_store_catalogue_archive_prestation (f->store, copy_id, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT archived FROM prestations WHERE id = ?", copy_id), ==, 1);
  g_assert_cmpint (count (f, "SELECT archived FROM prestations WHERE id = ?", lt_prestation_get_id (p)), ==, 0);
  g_assert_true (lt_store_catalogue_archive_prestation (f->store, copy_id, FALSE, &error));
  g_assert_cmpint (count (f, "SELECT archived FROM prestations WHERE id = ?", copy_id), ==, 0);
  g_assert_false (lt_store_catalogue_archive_prestation (f->store, 999, TRUE, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_FOUND);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add ("/catalogue-store/" path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("category-rules", test_category_rules);
  ADD ("save-and-load", test_save_and_load);
  ADD ("refusals-store-nothing", test_refusals_store_nothing);
  ADD ("versions", test_versions);
  ADD ("duplicate-archive", test_duplicate_archive);
#undef ADD

  return g_test_run ();
}
