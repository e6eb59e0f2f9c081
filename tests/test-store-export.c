/* test-store-export.c: the demo cabinet, synthetic seeding, export --json and check, at the store's API */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "lt-error.h"
#include "lt-store-affaires.h"
#include "lt-store-catalogue.h"
#include "lt-store-check.h"
#include "lt-store-demo.h"
#include "lt-store-documents.h"
#include "lt-store-export.h"
#include "lt-store-pdf.h"
#include "lt-store-private.h"
#include "lt-store-seed.h"

#include "store-fixtures.h"

typedef struct {
  char    *dir;
  LtStore *store;
} Fixture;

static LtStore *
open_store (Fixture    *fixture,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  LtStore *store = lt_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("lt-store-export-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->store = open_store (fixture, "test.db");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
export (LtStore *store)
{
  g_autoptr(GError) error = NULL;
  char *text = lt_store_export_to_string (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

static JsonObject *
parse (JsonParser *parser,
       const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static guint
n_rows (JsonObject *root,
        const char *table)
{
  return json_array_get_length (json_object_get_array_member (root, table));
}

static GPtrArray *
check (LtStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *problems = lt_store_check (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (problems);
  return problems;
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *text)
{
  for (guint i = 0; i < problems->len; i++)
    if (strstr (g_ptr_array_index (problems, i), text) != NULL)
      return TRUE;
  return FALSE;
}

static void
exec (LtStore    *store,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  lt_store_exec (store, sql, &error);
  g_assert_no_error (error);
}

/* The demo loads once, whole, and is consistent. */
static void
test_demo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *text = NULL;
  JsonObject *root;

  g_assert_true (lt_store_is_empty (fixture->store));
  g_assert_true (lt_store_load_demo (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_false (lt_store_is_empty (fixture->store));

  text = export (fixture->store);
  root = parse (parser, text);
  g_assert_cmpuint (n_rows (root, "staff"), ==, 3);
  g_assert_cmpuint (n_rows (root, "categories"), ==, 2);
  g_assert_cmpuint (n_rows (root, "prestations"), ==, 6);
  g_assert_cmpuint (n_rows (root, "affaires"), ==, 10);
  g_assert_cmpuint (n_rows (root, "terms"), ==, 1);
  g_assert_cmpuint (n_rows (root, "projects"), ==, 3);
  g_assert_cmpuint (n_rows (root, "tasks"), >, 50);
  g_assert_cmpuint (n_rows (root, "task_links"), >, 20);

  problems = check (fixture->store);
  g_assert_cmpuint (problems->len, ==, 0);

  /* A second load is refused and changes nothing. */
  g_assert_false (lt_store_load_demo (fixture->store, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "empty database"));
  {
    g_autofree char *again = export (fixture->store);
    g_assert_cmpstr (again, ==, text);
  }
}

/* Made to fail at many points, the demo leaves the database exactly as it
 * was: one transaction. */
static void
test_demo_atomic (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *before = export (fixture->store);
  const int points[] = { 0, 1, 5, 20, 60, 150, 300, 500, 700, 900, 1200, 1500, 2000, 3000, 5000, 10000 };
  gboolean loaded = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      gboolean ok;

      lt_store_set_fail_after_statements (fixture->store, points[i]);
      ok = lt_store_load_demo (fixture->store, &error);
      lt_store_set_fail_after_statements (fixture->store, -1);

      if (ok)
        {
          /* Past the last statement: it loaded whole. */
          g_assert_false (lt_store_is_empty (fixture->store));
          loaded = TRUE;
          break;
        }

      g_assert_nonnull (error);
      after = export (fixture->store);
      g_assert_cmpstr (after, ==, before);
      g_assert_true (lt_store_is_empty (fixture->store));
      g_assert_false (lt_store_in_transaction (fixture->store));
    }

  g_assert_true (loaded);
}

static guint n_rendered;

static GBytes *
fake_renderer (const LtDocumentContent  *content,
               gpointer                  user_data,
               GError                  **error)
{
  n_rendered++;
  return g_bytes_new_take (g_strdup_printf ("%%PDF-1.5 %s", lt_document_get_title (content->document)),
                           strlen ("%PDF-1.5 ") + strlen (lt_document_get_title (content->document)));
}

static GBytes *
failing_renderer (const LtDocumentContent  *content,
                  gpointer                  user_data,
                  GError                  **error)
{
  g_set_error (error, LT_ERROR, LT_ERROR_RENDER, "No fonts");
  return NULL;
}

/* With a renderer installed, the sent and signed documents are frozen in
 * the same transaction (issue 12: frozen as sent); a renderer that cannot render leaves them unfrozen, the demo
 * still loads. */
static void
test_demo_frozen (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) other = open_store (fixture, "other.db");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *text = NULL;
  JsonArray *documents;
  guint n_frozen = 0;

  n_rendered = 0;
  lt_store_set_pdf_renderer (fixture->store, fake_renderer, NULL);
  g_assert_true (lt_store_load_demo (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rendered, ==, 7);

  text = export (fixture->store);
  documents = json_object_get_array_member (parse (parser, text), "documents");
  for (guint i = 0; i < json_array_get_length (documents); i++)
    {
      JsonObject *d = json_array_get_object_element (documents, i);

      if (g_str_equal (json_object_get_string_member (d, "state"), "signed") ||
          g_str_equal (json_object_get_string_member (d, "state"), "sent"))
        {
          g_assert_cmpstr (json_object_get_string_member (d, "pdf"), ==,
                           json_object_get_string_member (d, "pdf_sha256"));
          n_frozen++;
        }
      else
        g_assert_true (json_object_get_null_member (d, "pdf"));
    }
  g_assert_cmpuint (n_frozen, ==, 7);
  problems = check (fixture->store);
  g_assert_cmpuint (problems->len, ==, 0);

  lt_store_set_pdf_renderer (other, failing_renderer, NULL);
  g_assert_true (lt_store_load_demo (other, &error));
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = export (other);
  g_assert_null (strstr (text, "\"pdf\":\""));
}

/* Stable, escaped, every table in the glossary's order, PDFs as hashes. */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(LtAffaire) affaire = lt_affaire_new ();
  g_autoptr(LtDocument) document = lt_document_new ();
  g_autoptr(GBytes) pdf = g_bytes_new_static ("%PDF-1.5 not really\n", 20);
  g_autofree char *hash = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  const char * const *tables = lt_store_export_tables ();
  const char *hostile = "Dupont & Fils <SARL> \"'); DROP TABLE affaires;--\" 😀 شركة";
  /* a name holds no line break (issue 10); an address does */
  const char *lines = "Bâtiment \"B\"\n\t4 place Sathonay";
  g_autoptr(GList) members = NULL;
  JsonObject *root, *row;
  guint i = 0;

  lt_affaire_set_name (affaire, hostile);
  lt_affaire_set_address (affaire, lines);
  g_assert_true (lt_store_add_affaire (fixture->store, affaire, &error));
  g_assert_no_error (error);

  lt_document_set_affaire_id (document, lt_affaire_get_id (affaire));
  lt_document_set_kind (document, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE);
  lt_document_set_pdf (document, pdf);
  lt_document_set_pdf_sha256 (document, hash);
  g_assert_true (lt_store_add_document (fixture->store, document, &error));
  g_assert_no_error (error);

  first = export (fixture->store);
  second = export (fixture->store);
  g_assert_cmpstr (first, ==, second);
  g_assert_null (strstr (first, "not really"));

  root = parse (parser, first);
  members = json_object_get_members (root);
  for (GList *l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, tables[i]);
  g_assert_null (tables[i]);
  g_assert_cmpuint (i, ==, 16);   /* 15 of schema 2, document_renewals (issue 13) */

  row = json_array_get_object_element (json_object_get_array_member (root, "affaires"), 0);
  g_assert_cmpstr (json_object_get_string_member (row, "name"), ==, hostile);
  g_assert_cmpstr (json_object_get_string_member (row, "address"), ==, lines);
  g_assert_true (json_object_get_null_member (row, "siren"));
  g_assert_cmpint (json_object_get_int_member (row, "id"), ==, lt_affaire_get_id (affaire));

  row = json_array_get_object_element (json_object_get_array_member (root, "documents"), 0);
  g_assert_cmpstr (json_object_get_string_member (row, "pdf"), ==, hash);
  g_assert_cmpstr (json_object_get_string_member (row, "pdf_sha256"), ==, hash);
}

/* check finds each invariant broken behind the rules' back. */
static void
test_check (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) clean = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_true (lt_store_load_demo (fixture->store, &error));
  g_assert_no_error (error);
  clean = check (fixture->store);
  g_assert_cmpuint (clean->len, ==, 0);

  exec (fixture->store,
        "INSERT INTO documents (affaire_id, kind, state, title, signed_on) "
        "  SELECT id, 'lettre-de-mission', 'signed', 'LM', '2026-01-05' FROM affaires WHERE state = 'prospect' LIMIT 1;"
        "INSERT INTO documents (affaire_id, kind, state, title) "
        "  SELECT id, 'bon-d-intervention', 'draft', 'BI' FROM affaires WHERE state = 'prospect' ORDER BY id DESC LIMIT 1;"
        "INSERT INTO documents (id, affaire_id, kind, state, title) "
        "  SELECT 900, id, 'lettre-de-mission', 'draft', 'Ancienne' FROM affaires WHERE state = 'client' LIMIT 1;"
        "INSERT INTO documents (affaire_id, kind, state, title, replaced_by_id) "
        "  SELECT id, 'lettre-de-mission', 'replaced', 'Remplacée', 900 FROM affaires WHERE state = 'client' LIMIT 1;"
        "INSERT INTO documents (affaire_id, kind, state, title, signed_on) "
        "  SELECT id, 'avenant', 'signed', 'Avenant', '2026-02-01' FROM affaires WHERE state = 'client' "
        "  AND id NOT IN (SELECT affaire_id FROM documents WHERE kind = 'lettre-de-mission') LIMIT 1;"
        "INSERT INTO affaires (state, name, siren) VALUES ('client', 'Sans lettre', '111111111');"
        "INSERT INTO documents (affaire_id, kind, state, title, signed_on) "
        "  VALUES (last_insert_rowid (), 'avenant', 'signed', 'Avenant orphelin', '2026-02-01');"
        "UPDATE prestations SET is_current = 1, family_id = (SELECT MIN (id) FROM prestations) WHERE id IN (1, 2);"
        "INSERT INTO step_links (from_step_id, to_step_id) SELECT s2.id, s1.id FROM steps s1, steps s2 "
        "  WHERE s1.prestation_id = 1 AND s2.prestation_id = 2 LIMIT 1;"
        "INSERT INTO tasks (id, affaire_id, title, start_date, due_date) "
        "  SELECT 9001, id, 'A', '2026-01-01', '2026-01-02' FROM affaires LIMIT 1;"
        "INSERT INTO tasks (id, affaire_id, title, start_date, due_date) "
        "  SELECT 9002, id, 'B', '2026-01-01', '2026-01-02' FROM affaires LIMIT 1;"
        "INSERT INTO task_links (from_task_id, to_task_id) VALUES (9001, 9002), (9002, 9001);"
        "UPDATE tasks SET affaire_id = (SELECT MAX (id) FROM affaires) WHERE id = (SELECT MIN (id) FROM tasks WHERE project_id IS NOT NULL);");

  /* A PDF whose bytes no longer match their hash. */
  exec (fixture->store,
        "UPDATE documents SET pdf = X'255044462d', pdf_sha256 = 'abc' WHERE id = 900");

  problems = check (fixture->store);
  g_assert_true (has_problem (problems, "is a prospect but has a signed lettre de mission"));
  g_assert_true (has_problem (problems, "document only a client may have"));
  g_assert_true (has_problem (problems, "does not point at a signed lettre de mission substitutive"));
  g_assert_true (has_problem (problems, "but no signed lettre de mission for it to amend"));
  g_assert_true (has_problem (problems, "more than one current version"));
  g_assert_true (has_problem (problems, "joins steps of two different prestations"));
  g_assert_true (has_problem (problems, "links between tasks 9001, 9002 form a cycle"));
  g_assert_true (has_problem (problems, "belongs to a project of another affaire"));
  g_assert_true (has_problem (problems, "no longer matches its SHA-256"));
  g_assert_true (has_problem (problems, "111111111, which fails the Luhn check"));
}

static void
test_check_cycles_and_keys (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_true (lt_store_load_demo (fixture->store, &error));
  g_assert_no_error (error);

  /* A cycle among the steps of one prestation, and a dangling key. */
  exec (fixture->store,
        "INSERT INTO step_links (from_step_id, to_step_id) "
        "  SELECT to_step_id, from_step_id FROM step_links ORDER BY id LIMIT 1;"
        "PRAGMA foreign_keys = OFF;"
        "INSERT INTO contacts (affaire_id, name) VALUES (4242, 'Fantôme');"
        "PRAGMA foreign_keys = ON;");

  problems = check (fixture->store);
  g_assert_true (has_problem (problems, "links between steps"));
  g_assert_true (has_problem (problems, "of table contacts points at a row of affaires that does not exist"));
}

/* Seeding: exact counts across batches, valid and unique SIRENs,
 * deterministic, consistent, and repeatable on the same database. */
static void
test_seed (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStore) other = open_store (fixture, "other.db");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GRegex) timestamps = g_regex_new ("\"created_at\":\"[^\"]*\"", 0, 0, NULL);
  g_autofree char *a = NULL, *b = NULL, *a_clean = NULL, *b_clean = NULL;
  g_autoptr(GHashTable) sirens = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *affaires;
  JsonObject *root;

  g_assert_true (lt_store_seed (fixture->store, 300, 25000, &error));
  g_assert_no_error (error);
  g_assert_true (lt_store_seed (other, 300, 25000, &error));
  g_assert_no_error (error);

  a = export (fixture->store);
  b = export (other);
  a_clean = g_regex_replace_literal (timestamps, a, -1, 0, "", 0, NULL);
  b_clean = g_regex_replace_literal (timestamps, b, -1, 0, "", 0, NULL);
  g_assert_cmpstr (a_clean, ==, b_clean);

  root = parse (parser, a);
  g_assert_cmpuint (n_rows (root, "affaires"), ==, 300);
  g_assert_cmpuint (n_rows (root, "contacts"), ==, 300);
  g_assert_cmpuint (n_rows (root, "tasks"), ==, 25000);
  g_assert_cmpuint (n_rows (root, "task_links"), >, 10000);
  g_assert_cmpuint (n_rows (root, "staff"), ==, 8);

  affaires = json_object_get_array_member (root, "affaires");
  for (guint i = 0; i < json_array_get_length (affaires); i++)
    {
      const char *siren = json_object_get_string_member (json_array_get_object_element (affaires, i), "siren");
      int sum = 0;

      for (int d = 0; d < 9; d++)
        {
          int v = siren[8 - d] - '0';
          if (d % 2 == 1 && (v *= 2) > 9)
            v -= 9;
          sum += v;
        }
      g_assert_cmpint (sum % 10, ==, 0);
      g_assert_false (g_hash_table_contains (sirens, siren));
      g_hash_table_add (sirens, (gpointer) siren);
    }

  problems = check (fixture->store);
  g_assert_cmpuint (problems->len, ==, 0);

  /* Again on the same database: more rows, still unique SIRENs. */
  g_assert_true (lt_store_seed (fixture->store, 20, 100, &error));
  g_assert_no_error (error);
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = check (fixture->store);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_seed_demo_then_synthetic (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_true (lt_store_load_demo (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_true (lt_store_seed (fixture->store, 100, 1000, &error));
  g_assert_no_error (error);
  problems = check (fixture->store);
  g_assert_cmpuint (problems->len, ==, 0);

  /* Asking for tasks without affaires is refused. */
  g_assert_false (lt_store_seed (fixture->store, 0, 10, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_FAILED);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store-export/demo", test_demo);
  ADD ("/store-export/demo-atomic", test_demo_atomic);
  ADD ("/store-export/demo-frozen", test_demo_frozen);
  ADD ("/store-export/export", test_export);
  ADD ("/store-export/check", test_check);
  ADD ("/store-export/check-cycles-and-keys", test_check_cycles_and_keys);
  ADD ("/store-export/seed", test_seed);
  ADD ("/store-export/seed-demo-then-synthetic", test_seed_demo_then_synthetic);

  return g_test_run ();
}
