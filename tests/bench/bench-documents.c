/* bench-documents.c: the affaires list at 10,000, renewal of every client, CSV import (printed, never asserted) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>

#include "lt-affaire.h"
#include "lt-store-affaires.h"
#include "lt-store-import.h"
#include "lt-store-private.h"
#include "lt-store-renewal.h"
#include "lt-store-seed.h"

#define N_AFFAIRES 10000

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
report (const char *what,
        double      ours,
        const char *baseline_what,
        double      baseline)
{
  g_print ("%-46s %9.2f ms   baseline (%s) %9.2f ms   ratio %6.1f\n",
           what, ours, baseline_what, baseline, baseline > 0 ? ours / baseline : 0.0);
}

/* The same id query, stepped to the end on a bare connection. */
static double
raw_ids (const char *path,
         const char *sql,
         const char *param)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 start;
  double ms;

  sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  start = g_get_monotonic_time ();
  sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    ;
  sqlite3_finalize (stmt);
  ms = ms_since (start);
  sqlite3_close (db);
  return ms;
}

/* Open the list as the page does: count, then build the rows on screen. */
static double
list_affaires (LtStore    *store,
               const char *search,
               int         state,
               LtAffaireSort sort,
               guint      *n_out)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GListModel) list = lt_store_list_affaires (store, search, state, sort);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < MIN (n, 40); i++)
    {
      g_autoptr(LtAffaire) affaire = g_list_model_get_item (list, i);
      (void) lt_affaire_get_name (affaire);
    }
  *n_out = n;
  return ms_since (start);
}

static double
raw_inserts (const char *path,
             guint       n)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 start;
  double ms;

  sqlite3_open (path, &db);
  sqlite3_exec (db, "CREATE TABLE IF NOT EXISTS t (a TEXT, b TEXT, c TEXT, d TEXT); DELETE FROM t;", NULL, NULL, NULL);
  start = g_get_monotonic_time ();
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO t VALUES (?, ?, ?, ?)", -1, &stmt, NULL);
  for (guint i = 0; i < n; i++)
    {
      sqlite3_bind_text (stmt, 1, "Société", -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, "Lyon", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, "SARL", -1, SQLITE_STATIC);
      sqlite3_step (stmt);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  ms = ms_since (start);
  sqlite3_close (db);
  return ms;
}

static gboolean
luhn_ok (const char *digits)
{
  guint sum = 0;
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      guint d = digits[len - 1 - i] - '0';
      if (i % 2 == 1)
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
  return sum % 10 == 0;
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lt-bench-documents-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  g_autofree char *raw_path = g_build_filename (dir, "raw.db", NULL);
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(LtRenewalPlan) plan = NULL;
  g_autoptr(LtRenewalResult) result = NULL;
  sqlite3_stmt *stmt;
  guint n = 0;
  double ours, base;
  gint64 start;

  setlocale (LC_ALL, "");

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  lt_store_seed (store, N_AFFAIRES, 0, &error);
  g_assert_no_error (error);
  g_print ("seeded %d affaires in %.0f ms\n", N_AFFAIRES, ms_since (start));

  /* 1. The list stays instant at 10,000. */
  ours = list_affaires (store, NULL, -1, LT_AFFAIRE_SORT_NAME, &n);
  base = raw_ids (path, "SELECT id FROM affaires ORDER BY search_key, id", NULL);
  report ("list all, by name (count + 40 rows)", ours, "bare id query", base);
  ours = list_affaires (store, "dup", -1, LT_AFFAIRE_SORT_NAME, &n);
  base = raw_ids (path, "SELECT id FROM affaires WHERE search_key LIKE '%' || ?1 || '%' ORDER BY search_key, id", "dup");
  report ("search « dup » (accent-insensitive)", ours, "bare LIKE query", base);
  g_print ("  (%u matches)\n", n);
  ours = list_affaires (store, "lyon", LT_AFFAIRE_STATE_CLIENT, LT_AFFAIRE_SORT_CITY, &n);
  base = raw_ids (path, "SELECT id FROM affaires WHERE search_key LIKE '%' || ?1 || '%' AND state = 'client' ORDER BY city, id", "lyon");
  report ("clients in « lyon », by city", ours, "bare LIKE query", base);

  /* 2. Renewal of every client: a signed letter with three lines each. */
  lt_store_exec (store,
                 "INSERT INTO terms (version, effective_on) VALUES ('bench', '2025-01-01');"
                 "INSERT INTO documents (affaire_id, kind, state, sent_on, signed_on)"
                 "  SELECT id, 'lettre-de-mission', 'signed', '2025-01-01', '2025-01-02' FROM affaires WHERE state = 'client';"
                 "INSERT INTO document_lines (document_id, position, prestation_id, label, price_cents, recurrence)"
                 "  SELECT d.id, 0, (SELECT min(id) FROM prestations), 'Tenue', 12345 + d.id % 100, 'monthly' FROM documents d;"
                 "INSERT INTO document_lines (document_id, position, prestation_id, label, price_cents, recurrence)"
                 "  SELECT d.id, 1, NULL, 'Bilan', 99999, 'yearly' FROM documents d;"
                 "INSERT INTO document_lines (document_id, position, prestation_id, label, price_cents, recurrence)"
                 "  SELECT d.id, 2, NULL, 'TVA', 4830, 'quarterly' FROM documents d;",
                 &error);
  g_assert_no_error (error);
  stmt = lt_store_prepare (store, "SELECT id FROM affaires WHERE state = 'client' ORDER BY id", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  start = g_get_monotonic_time ();
  plan = lt_store_renewal_prepare (store, (const gint64 *) ids->data, ids->len, 1035000, LT_ROUNDING_CENT, NULL, &error);
  g_assert_no_error (error);
  ours = ms_since (start);
  base = raw_ids (path, "SELECT l.* FROM document_lines l JOIN documents d ON d.id = l.document_id WHERE d.state = 'signed'", NULL);
  report ("renewal preview of every client", ours, "bare read of the lines", base);
  g_print ("  (%u clients)\n", lt_renewal_plan_get_n_clients (plan));

  start = g_get_monotonic_time ();
  result = lt_store_renewal_apply (store, plan, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  ours = ms_since (start);
  base = raw_inserts (raw_path, ids->len * 4);
  report ("renewal: one transaction per client", ours, "raw inserts, one transaction", base);
  g_print ("  (%u substitutive drafts, %u failures)\n", result->created_ids->len, result->failures->len);

  /* 3. Import of a 10,000-line CSV with bad lines, ; separated, Windows-1252. */
  {
    g_autoptr(GString) csv = g_string_new ("Raison sociale;SIREN;Forme;Ville\r\n");
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(LtImport) import = NULL;
    g_autoptr(LtImportReport) import_report = NULL;
    g_autofree char *cp1252 = NULL;
    gsize len = 0;
    guint serial = 900000000;

    for (guint i = 0; i < N_AFFAIRES; i++)
      {
        char siren[10];

        do
          g_snprintf (siren, sizeof siren, "%09u", serial++);
        while (!luhn_ok (siren));
        if (i % 50 == 7)
          siren[8] = siren[8] == '9' ? '0' : siren[8] + 1;       /* a bad key */
        g_string_append_printf (csv, "%s;%s;SARL;Sète\r\n", i % 97 == 3 ? "" : "Société Générale d’Études", siren);
      }
    cp1252 = g_convert (csv->str, csv->len, "WINDOWS-1252", "UTF-8", NULL, &len, NULL);
    bytes = g_bytes_new (cp1252, len);

    start = g_get_monotonic_time ();
    import = lt_import_new_from_bytes (bytes, &error);
    g_assert_no_error (error);
    import_report = lt_store_import_run (store, import, &error);
    g_assert_no_error (error);
    ours = ms_since (start);
    base = raw_inserts (raw_path, N_AFFAIRES);
    report ("import 10,000 CSV lines (Windows-1252)", ours, "raw inserts, one transaction", base);
    g_print ("  (%u imported, %u refused)\n", import_report->n_valid, import_report->n_refused);
    for (guint i = 0; i < import_report->rows->len; i++)
      {
        LtImportRow *row = g_ptr_array_index (import_report->rows, i);
        if (row->error != NULL)
          {
            g_print ("  first refusal, line %u: %s\n", row->line, row->error);
            break;
          }
      }
  }

  g_clear_object (&store);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *child = g_build_filename (dir, name, NULL);
        g_unlink (child);
      }
    g_rmdir (dir);
  }
  return 0;
}
