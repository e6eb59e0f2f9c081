/* test-store-two-process.c: the app's store and lettrine-cli write to one database in turn; no row is lost */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "lettrine-core.h"
#include "lt-pdf-renderer.h"
#include "lt-store-affaires.h"
#include "lt-store-demo.h"
#include "lt-store-document-ops.h"
#include "lt-store-import.h"
#include "lt-store-pdf.h"
#include "lt-store-private.h"
#include "lt-store-renewal.h"
#include "lt-store.h"

#include "pdf-text-fixtures.h"

#define N_ROUNDS 4

static char *
cli_path (void)
{
  const char *build = g_getenv ("LETTRINE_BUILD_DIR");

  g_assert_nonnull (build);
  return g_build_filename (build, "src", "cli", "lettrine-cli", NULL);
}

/* The second process: another program beside the app. */
static void
run_cli (const char *path,
         const char *name)
{
  g_autofree char *cli = cli_path ();
  const char *argv[] = { cli, "--database", path, "affaire", "add", "--name", name, NULL };
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("lettrine-cli affaire add failed: %s", err);
}

static void
add_in_app (LtStore    *store,
            const char *name)
{
  g_autoptr(LtAffaire) affaire = lt_affaire_new ();
  g_autoptr(GError) error = NULL;

  lt_affaire_set_name (affaire, name);
  g_assert_true (lt_store_add_affaire (store, affaire, &error));
  g_assert_no_error (error);
}

static int
store_int (LtStore    *store,
           const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (lt_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

static void
on_applied (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  LtRenewalResult **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = lt_store_renewal_apply_finish (LT_STORE (source), result, &error);
  g_assert_no_error (error);
}

/* The renewal dialog: a second connection in a worker thread. Returns the
 * drafts made. */
static guint
renew (LtStore *store,
       GArray  *drafts)
{
  g_autoptr(LtRenewalPlan) plan = NULL;
  g_autoptr(GPtrArray) refused = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  LtRenewalResult *result = NULL;
  guint n;

  sqlite3_prepare_v2 (lt_store_get_db (store), "SELECT id FROM affaires WHERE state = 'client'", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  plan = lt_store_renewal_prepare (store, (gint64 *)ids->data, ids->len, 1020000, LT_ROUNDING_CENT,
                                   &refused, &error);
  g_assert_no_error (error);
  if (lt_renewal_plan_get_n_clients (plan) == 0)
    return 0;

  lt_store_renewal_apply_async (store, plan, NULL, NULL, NULL, on_applied, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  n = result->created_ids->len;
  g_array_append_vals (drafts, result->created_ids->data, n);
  lt_renewal_result_free (result);

  return n;
}

/* The import dialog: the same file's lines, checked then written. */
static void
import (LtStore *store,
        guint    round)
{
  g_autofree char *csv = g_strdup_printf ("Nom;Ville\nImport %u A;Lyon\nImport %u B;Nantes\n", round, round);
  g_autoptr(GBytes) bytes = g_bytes_new (csv, strlen (csv));
  g_autoptr(LtImport) import = NULL;
  g_autoptr(LtImportReport) preview = NULL;
  g_autoptr(LtImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  import = lt_import_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  preview = lt_store_import_preview (store, import, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->n_valid, ==, 2);
  report = lt_store_import_run (store, import, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_valid, ==, 2);
}

/* The preview and the PDF worker: a document laid out, then one signed
 * (its PDF frozen inside the store's transaction). */
static void
render_and_sign (LtStore *store,
                 GArray  *drafts)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < drafts->len; i++)
    {
      gint64 id = g_array_index (drafts, gint64, i);
      g_autoptr(LtDocumentContent) content = lt_store_get_document_content (store, id, &error);
      g_autoptr(GBytes) pdf = NULL;
      g_autoptr(LtDocumentOutcome) sent = NULL;
      g_autoptr(LtDocumentOutcome) signed_ = NULL;

      g_assert_no_error (error);
      pdf = pdf_fixture_render (content, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (pdf);

      sent = lt_store_document_send (store, id, &error);
      g_assert_no_error (error);
      signed_ = lt_store_document_sign (store, id, &error);
      g_assert_no_error (error);
    }
  g_array_set_size (drafts, 0);
}

static void
test_two_processes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lt-two-process-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "cabinet.db", NULL);
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtStore) reopened = NULL;
  g_autoptr(GArray) drafts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *cli = cli_path ();
  const char *check_argv[] = { cli, "--database", path, "check", NULL };
  g_autofree char *check_out = NULL;
  int n_affaires_before;
  guint n_drafts = 0;
  int status = 0;

  g_assert_no_error (error);
  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  lt_store_set_pdf_renderer (store, pdf_fixture_render, NULL);
  g_assert_true (lt_store_load_demo (store, &error));
  g_assert_no_error (error);
  n_affaires_before = store_int (store, "SELECT count(*) FROM affaires");

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_autofree char *cli_name = g_strdup_printf ("CLI %u", round);

      n_drafts += renew (store, drafts);
      run_cli (path, cli_name);
      import (store, round);
      run_cli (path, cli_name);
      render_and_sign (store, drafts);
      for (guint i = 0; i < 3; i++)
        {
          g_autofree char *name = g_strdup_printf ("App %u.%u", round, i);

          add_in_app (store, name);
        }
      run_cli (path, cli_name);
    }
  g_assert_cmpuint (n_drafts, >, 0);

  /* What the app sees before it quits… */
  g_assert_cmpint (store_int (store, "SELECT count(*) FROM affaires"), ==,
                   n_affaires_before + N_ROUNDS * (3 + 2 + 3));
  g_clear_object (&store);

  /* …is what is on the disk afterwards. */
  reopened = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (store_int (reopened, "SELECT count(*) FROM affaires WHERE name LIKE 'App %'"), ==, N_ROUNDS * 3);
  g_assert_cmpint (store_int (reopened, "SELECT count(*) FROM affaires WHERE name LIKE 'CLI %'"), ==, N_ROUNDS * 3);
  g_assert_cmpint (store_int (reopened, "SELECT count(*) FROM affaires WHERE name LIKE 'Import %'"), ==, N_ROUNDS * 2);
  g_assert_cmpint (store_int (reopened, "SELECT count(*) FROM documents WHERE state IN ('signed', 'replaced')"
                                        " AND pdf IS NOT NULL AND kind = 'lettre-de-mission-substitutive'"), ==, n_drafts);
  g_assert_cmpint (store_int (reopened, "SELECT count(*) = 1 FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);
  g_clear_object (&reopened);

  g_assert_true (g_spawn_sync (NULL, (char **)check_argv, NULL, 0, NULL, NULL, &check_out, NULL, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("lettrine-cli check failed:\n%s", check_out);

  g_unlink (path);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *side = g_strconcat (path, i == 0 ? "-wal" : "-shm", NULL);

      g_remove (side);
    }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/two-processes/rows-kept", test_two_processes);

  return g_test_run ();
}
