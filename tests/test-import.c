/* test-import.c: CSV import of affaires — separators, encodings, mapping, refused lines, one transaction */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lt-error.h"
#include "lt-store-import.h"
#include "lt-store-private.h"

#include "store-fixtures.h"

typedef struct {
  char    *dir;
  LtStore *store;
  guint    n_changes;
} Fixture;

static void
on_changed (LtStore *store, const char *table, gint64 id, LtStoreChange change, Fixture *f)
{
  f->n_changes++;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->store = store_fixture_open ("lt-import-XXXXXX", &f->dir, NULL);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  store_fixture_close (f->store, f->dir, NULL);
}

static LtImport *
open_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr(GError) error = NULL;
  LtImport *import = lt_import_new_from_file (path, &error);

  g_assert_no_error (error);
  return import;
}

static gint64
count_affaires (LtStore *store)
{
  sqlite3_stmt *stmt = lt_store_prepare (store, "SELECT count(*) FROM affaires", NULL);
  gint64 n;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static LtImportRow *
row_at_line (LtImportReport *report, guint line)
{
  for (guint i = 0; i < report->rows->len; i++)
    {
      LtImportRow *row = g_ptr_array_index (report->rows, i);
      if (row->line == line)
        return row;
    }
  g_assert_not_reached ();
  return NULL;
}

static void
test_utf8_semicolon (Fixture *f, gconstpointer data)
{
  g_autoptr(LtImport) import = open_fixture ("affaires-utf8-semicolon.csv");
  g_autoptr(LtImportReport) preview = NULL;
  g_autoptr(LtImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  LtImportRow *row;

  g_assert_cmpstr (lt_import_get_encoding (import), ==, "UTF-8");
  g_assert_cmpint (lt_import_get_separator (import), ==, ';');
  g_assert_cmpuint (lt_import_get_n_columns (import), ==, 9);
  g_assert_cmpstr (lt_import_get_header (import, 0), ==, "Raison sociale");   /* BOM gone */
  g_assert_cmpint (lt_import_get_mapping (import, 0), ==, LT_IMPORT_FIELD_NAME);
  g_assert_cmpint (lt_import_get_mapping (import, 1), ==, LT_IMPORT_FIELD_SIREN);
  g_assert_cmpint (lt_import_get_mapping (import, 2), ==, LT_IMPORT_FIELD_LEGAL_FORM);
  g_assert_cmpint (lt_import_get_mapping (import, 4), ==, LT_IMPORT_FIELD_POSTAL_CODE);
  g_assert_cmpint (lt_import_get_mapping (import, 5), ==, LT_IMPORT_FIELD_CITY);
  g_assert_cmpint (lt_import_get_mapping (import, 7), ==, LT_IMPORT_FIELD_FISCAL_YEAR_END);
  g_assert_cmpint (lt_import_get_mapping (import, 8), ==, LT_IMPORT_FIELD_DIRECTOR);
  g_assert_cmpstr (lt_import_get_cell (import, 0, 3), ==, "12, rue de la Paix");

  /* The preview writes nothing and tells no list. */
  preview = lt_store_import_preview (f->store, import, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->n_valid, ==, 3);
  g_assert_cmpuint (preview->n_refused, ==, 4);
  g_assert_false (preview->committed);
  g_assert_cmpint (count_affaires (f->store), ==, 0);
  g_assert_cmpuint (f->n_changes, ==, 0);

  report = lt_store_import_run (f->store, import, &error);
  g_assert_no_error (error);
  g_assert_true (report->committed);
  g_assert_cmpuint (report->n_valid, ==, 3);
  g_assert_cmpint (count_affaires (f->store), ==, 3);
  g_assert_cmpuint (f->n_changes, ==, 3);

  row = row_at_line (report, 2);
  g_assert_null (row->error);
  g_assert_cmpstr (lt_affaire_get_siren (row->affaire), ==, "552100554");
  g_assert_cmpstr (lt_affaire_get_city (row->affaire), ==, "Paris");
  g_assert_cmpstr (lt_affaire_get_fiscal_year_end (row->affaire), ==, "12-31");
  g_assert_cmpstr (lt_affaire_get_director (row->affaire), ==, "Zoé Lefèvre");

  row = row_at_line (report, 4);                          /* no name */
  g_assert_nonnull (row->error);
  row = row_at_line (report, 5);                          /* 123456789: bad SIREN */
  g_assert_nonnull (row->error);
  g_assert_nonnull (strstr (row->error, "123"));
  row = row_at_line (report, 6);                          /* same SIREN as line 3 */
  g_assert_nonnull (row->error);
  g_assert_nonnull (strstr (row->error, "Garage Martin"));
  row = row_at_line (report, 7);                          /* SIRET → SIREN, quotes */
  g_assert_null (row->error);
  g_assert_cmpstr (lt_affaire_get_name (row->affaire), ==, "Dupont & Fils \"Menuiserie\"");
  g_assert_cmpstr (lt_affaire_get_siren (row->affaire), ==, "732829320");
  g_assert_cmpstr (lt_affaire_get_fiscal_year_end (row->affaire), ==, "03-31");
  row = row_at_line (report, 9);                          /* 31/09 after a blank line */
  g_assert_nonnull (row->error);
  g_assert_nonnull (strstr (row->error, "31/09"));

  /* Importing the same file again refuses every line as a duplicate… except
   * the one without SIREN, which has none to compare. */
  g_clear_pointer (&report, lt_import_report_free);
  report = lt_store_import_run (f->store, import, &error);
  g_assert_cmpuint (report->n_valid, ==, 0);
}

static void
test_cp1252_comma (Fixture *f, gconstpointer data)
{
  g_autoptr(LtImport) import = open_fixture ("affaires-cp1252-comma.csv");
  g_autoptr(LtImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  LtImportRow *row;

  g_assert_cmpstr (lt_import_get_encoding (import), ==, "Windows-1252");
  g_assert_cmpint (lt_import_get_separator (import), ==, ',');
  g_assert_cmpint (lt_import_get_mapping (import, 0), ==, LT_IMPORT_FIELD_NAME);
  g_assert_cmpint (lt_import_get_mapping (import, 1), ==, LT_IMPORT_FIELD_SIREN);
  g_assert_cmpint (lt_import_get_mapping (import, 5), ==, LT_IMPORT_FIELD_DIRECTOR);
  g_assert_cmpint (lt_import_get_mapping (import, 6), ==, LT_IMPORT_FIELD_STATE);

  report = lt_store_import_run (f->store, import, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_valid, ==, 3);
  g_assert_cmpuint (report->n_refused, ==, 3);

  row = row_at_line (report, 2);
  g_assert_cmpstr (lt_affaire_get_name (row->affaire), ==, "Société Générale d'Études");
  g_assert_cmpstr (lt_affaire_get_city (row->affaire), ==, "Évry");
  g_assert_cmpint (lt_affaire_get_state (row->affaire), ==, LT_AFFAIRE_STATE_CLIENT);
  /* an existing client's letter, outside Lettrine (issue 13) */
  g_assert_cmpstr (lt_affaire_get_letter_outside_date (row->affaire), ==, "2018-09-01");
  g_assert_cmpstr (lt_affaire_get_letter_outside_reference (row->affaire), ==, "LM-2018-042");
  row = row_at_line (report, 3);
  g_assert_null (row->error);
  g_assert_cmpstr (lt_affaire_get_siren (row->affaire), ==, "130025265");
  g_assert_cmpint (lt_affaire_get_state (row->affaire), ==, LT_AFFAIRE_STATE_PROSPECT);
  row = row_at_line (report, 4);
  g_assert_cmpstr (lt_affaire_get_name (row->affaire), ==, "Tissus Dubois, Père & Fils");
  g_assert_null (row->error);
  g_assert_nonnull (row_at_line (report, 5)->error);       /* 200780963X */
  g_assert_nonnull (row_at_line (report, 6)->error);       /* no name */
  g_assert_nonnull (row_at_line (report, 7)->error);       /* duplicate of line 4 */
  g_assert_cmpint (count_affaires (f->store), ==, 3);
}

static void
test_mapping_and_bad_files (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) binary = g_bytes_new_static ("PK\003\004\0\0", 6);
  g_autoptr(GBytes) odd = g_bytes_new_static ("Code;Libellé\n1;Dupont\n2;Durand\n", strlen ("Code;Libellé\n1;Dupont\n2;Durand\n"));
  g_autoptr(LtImport) import = NULL;
  g_autoptr(LtImportReport) report = NULL;

  g_assert_null (lt_import_new_from_bytes (empty, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_IMPORT);
  g_clear_error (&error);
  g_assert_null (lt_import_new_from_bytes (binary, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_IMPORT);
  g_clear_error (&error);
  g_assert_null (lt_import_new_from_file ("/nonexistent/file.csv", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_IO);
  g_clear_error (&error);

  /* No column looks like a name: refused until the user maps one. */
  import = lt_import_new_from_bytes (odd, &error);
  g_assert_no_error (error);
  g_assert_null (lt_store_import_preview (f->store, import, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_IMPORT);
  g_clear_error (&error);

  lt_import_set_mapping (import, 1, LT_IMPORT_FIELD_NAME);
  lt_import_set_mapping (import, 0, LT_IMPORT_FIELD_NAME);  /* moves it */
  g_assert_cmpint (lt_import_get_mapping (import, 1), ==, LT_IMPORT_FIELD_IGNORE);
  lt_import_set_mapping (import, 1, LT_IMPORT_FIELD_NAME);
  lt_import_set_mapping (import, 0, LT_IMPORT_FIELD_IGNORE);
  report = lt_store_import_run (f->store, import, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_valid, ==, 2);
}

static void
test_all_or_nothing (Fixture *f, gconstpointer data)
{
  g_autoptr(LtImport) import = open_fixture ("affaires-utf8-semicolon.csv");
  g_autoptr(GError) error = NULL;

  /* The disk goes away after the first line: nothing is imported. */
  lt_store_set_fail_after_statements (f->store, 3);
  g_assert_null (lt_store_import_run (f->store, import, &error));
  lt_store_set_fail_after_statements (f->store, -1);
  g_assert_nonnull (error);
  g_assert_cmpint (count_affaires (f->store), ==, 0);
  g_assert_cmpuint (f->n_changes, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/import/utf8-semicolon", Fixture, NULL, fixture_set_up, test_utf8_semicolon, fixture_tear_down);
  g_test_add ("/import/cp1252-comma", Fixture, NULL, fixture_set_up, test_cp1252_comma, fixture_tear_down);
  g_test_add ("/import/mapping", Fixture, NULL, fixture_set_up, test_mapping_and_bad_files, fixture_tear_down);
  g_test_add ("/import/all-or-nothing", Fixture, NULL, fixture_set_up, test_all_or_nothing, fixture_tear_down);

  return g_test_run ();
}
