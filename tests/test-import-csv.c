/* test-import-csv.c: CSV files that are not quite CSV — each bad line refused with its number, nothing swallowed (issue 10) */
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
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->store = store_fixture_open ("lt-import-csv-XXXXXX", &f->dir, NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  store_fixture_close (f->store, f->dir, NULL);
}

static LtImport *
import_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  LtImport *import = lt_import_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  return import;
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
}

/* The file of the issue: an unbalanced quote on line 2 swallowed the five
 * lines after it into one affaire's name, and the import said « 1 imported ». */
static void
test_unbalanced_quote (Fixture *f, gconstpointer data)
{
  g_autoptr(LtImport) import = import_text ("Raison sociale;SIREN;Ville\n"
                                            "\"Alpha SARL;552100554;Lyon\n"
                                            "Beta;732829320;Paris\n"
                                            "Gamma;;Nantes\n"
                                            "Delta;;Lille\n"
                                            "Epsilon;;Brest\n"
                                            "Zeta;;Rouen\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(LtImportReport) report = lt_store_import_run (f->store, import, &error);
  LtImportRow *row;

  g_assert_no_error (error);
  g_assert_cmpuint (report->n_valid, ==, 5);
  g_assert_cmpuint (report->n_refused, ==, 1);
  row = row_at_line (report, 2);
  g_assert_nonnull (row->error);
  g_assert_nonnull (strstr (row->error, "quote"));
  /* the refused line is shown as it was typed */
  g_assert_nonnull (strstr (lt_affaire_get_name (row->affaire), "Alpha SARL"));
  g_assert_cmpstr (lt_affaire_get_name (row_at_line (report, 3)->affaire), ==, "Beta");
  g_assert_cmpstr (lt_affaire_get_name (row_at_line (report, 7)->affaire), ==, "Zeta");
  for (guint line = 3; line <= 7; line++)
    g_assert_null (row_at_line (report, line)->error);
}

/* A quote inside an unquoted value, or text after a closing quote: that
 * line is refused, the others are read as they are. */
static void
test_stray_quotes (Fixture *f, gconstpointer data)
{
  g_autoptr(LtImport) import = import_text ("Nom;Ville\n"
                                            "Le \"Bon\" Pain;Lyon\n"
                                            "\"Le \"\"Bon\"\" Grain\";Paris\n"
                                            "\"Alpha\" SARL;Lille\n"
                                            "Omega;Brest\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(LtImportReport) report = lt_store_import_preview (f->store, import, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (report->n_valid, ==, 2);
  g_assert_cmpuint (report->n_refused, ==, 2);
  g_assert_nonnull (row_at_line (report, 2)->error);
  g_assert_cmpstr (lt_affaire_get_name (row_at_line (report, 3)->affaire), ==, "Le \"Bon\" Grain");
  g_assert_nonnull (row_at_line (report, 4)->error);
  g_assert_null (row_at_line (report, 5)->error);
}

/* Line numbers are those of the file: a quoted value with line breaks
 * spans several lines, blank lines count, CRLF counts once. */
static void
test_line_numbers (Fixture *f, gconstpointer data)
{
  g_autoptr(LtImport) import = import_text ("Nom;SIREN;Adresse\r\n"
                                            "Alpha;552100554;\"1 rue Neuve\r\n2e étage\r\nporte B\"\r\n"
                                            "\r\n"
                                            "Beta;123456789;Lyon\r\n"
                                            "Gamma et fils;;\"x\ny\"\r\n"
                                            "Delta;12;Lille");
  g_autoptr(GError) error = NULL;
  g_autoptr(LtImportReport) report = lt_store_import_preview (f->store, import, &error);
  LtImportRow *row;

  g_assert_no_error (error);
  g_assert_cmpuint (report->rows->len, ==, 4);
  row = row_at_line (report, 2);
  g_assert_null (row->error);
  g_assert_cmpstr (lt_affaire_get_address (row->affaire), ==, "1 rue Neuve\r\n2e étage\r\nporte B");
  g_assert_nonnull (row_at_line (report, 6)->error);               /* bad SIREN, after the blank line 5 */
  g_assert_cmpstr (lt_affaire_get_name (row_at_line (report, 7)->affaire), ==, "Gamma et fils");
  g_assert_nonnull (row_at_line (report, 9)->error);               /* 12: not a SIREN, no newline at the end */
}

/* A 14-digit SIRET with a wrong check digit is refused on its line, like a
 * bad SIREN; it used to abort the whole import with no line number. */
static void
test_bad_siret (Fixture *f, gconstpointer data)
{
  g_autoptr(LtImport) import = import_text ("Nom;SIRET\n"
                                            "Alpha;73282932000074\n"
                                            "Beta;73282932000075\n"
                                            "Gamma;552 100 554 00013\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(LtImportReport) report = lt_store_import_run (f->store, import, &error);
  LtImportRow *row;

  g_assert_no_error (error);
  g_assert_true (report->committed);
  g_assert_cmpuint (report->n_valid, ==, 2);
  g_assert_cmpuint (report->n_refused, ==, 1);
  g_assert_cmpstr (lt_affaire_get_siren (row_at_line (report, 2)->affaire), ==, "732829320");
  row = row_at_line (report, 3);
  g_assert_nonnull (row->error);
  g_assert_nonnull (strstr (row->error, "SIRET"));
  g_assert_cmpstr (lt_affaire_get_siren (row_at_line (report, 4)->affaire), ==, "552100554");
}

/* Fuzzing found: empty bytes have no data pointer at all (NULL
 * dereference), and the separator was guessed by reading past the end of
 * bytes that do not end with a NUL. */
static void
test_edges_of_bytes (void)
{
  static const char text[] = "Nom,SIREN;;;;;;;;\nAlpha,552100554\n";
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  g_autoptr(GBytes) whole = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GBytes) header = g_bytes_new_from_bytes (whole, 0, strlen ("Nom,SIREN"));
  g_autoptr(GError) error = NULL;
  g_autoptr(LtImport) none = lt_import_new_from_bytes (empty, &error);
  g_autoptr(LtImport) import = NULL;

  g_assert_null (none);
  g_assert_error (error, LT_ERROR, LT_ERROR_IMPORT);
  g_clear_error (&error);

  /* only "Nom,SIREN" is the file: a comma-separated header, no rows */
  import = lt_import_new_from_bytes (header, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_import_get_separator (import), ==, ',');
  g_assert_cmpuint (lt_import_get_n_columns (import), ==, 2);
  g_assert_cmpuint (lt_import_get_n_rows (import), ==, 0);
}

/* A header that is not CSV cannot name the columns: the file is refused. */
static void
test_bad_header (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("\"Nom;SIREN\nAlpha;552100554\n", 27);
  g_autoptr(GError) error = NULL;
  g_autoptr(LtImport) import = lt_import_new_from_bytes (bytes, &error);

  g_assert_null (import);
  g_assert_error (error, LT_ERROR, LT_ERROR_IMPORT);
}

/* A rule broken by one line — a line break or an escape sequence in a
 * name — refuses that line only; the lines after it are imported. */
static void
test_control_in_name (Fixture *f, gconstpointer data)
{
  g_autoptr(LtImport) import = import_text ("Nom;Ville\n"
                                            "\"Gamma\net fils\";Lyon\n"
                                            "\"\033]0;pwned\007Omega\";Nice\n"
                                            "Delta;Lille\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(LtImportReport) report = lt_store_import_preview (f->store, import, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (report->n_refused, ==, 2);
  g_assert_nonnull (strstr (row_at_line (report, 2)->error, "control character"));
  g_assert_nonnull (row_at_line (report, 4)->error);
  g_assert_null (row_at_line (report, 5)->error);
  g_assert_cmpstr (lt_affaire_get_name (row_at_line (report, 5)->affaire), ==, "Delta");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/import-csv/unbalanced-quote", Fixture, NULL, fixture_set_up, test_unbalanced_quote, fixture_tear_down);
  g_test_add ("/import-csv/stray-quotes", Fixture, NULL, fixture_set_up, test_stray_quotes, fixture_tear_down);
  g_test_add ("/import-csv/line-numbers", Fixture, NULL, fixture_set_up, test_line_numbers, fixture_tear_down);
  g_test_add ("/import-csv/control-in-name", Fixture, NULL, fixture_set_up, test_control_in_name, fixture_tear_down);
  g_test_add ("/import-csv/bad-siret", Fixture, NULL, fixture_set_up, test_bad_siret, fixture_tear_down);
  g_test_add_func ("/import-csv/edges-of-bytes", test_edges_of_bytes);
  g_test_add_func ("/import-csv/bad-header", test_bad_header);

  return g_test_run ();
}
