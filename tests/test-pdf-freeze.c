/* test-pdf-freeze.c: a signed document's PDF frozen with its SHA-256; survives template changes; tampering detected */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <sqlite3.h>
#include <string.h>

#include "lettrine-core.h"
#include "lt-pdf-renderer.h"
#include "lt-store-demo.h"
#include "lt-store-documents.h"
#include "lt-store-pdf.h"
#include "lt-store-private.h"
#include "lt-store.h"

#include "pdf-text-fixtures.h"
#include "store-fixtures.h"

typedef struct {
  char    *dir;
  char    *path;
  LtStore *store;
  gint64   letter_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) documents = NULL;

  f->store = store_fixture_open ("lettrine-freeze-XXXXXX", &f->dir, &f->path);
  /* a store has no renderer until given one: the demo's letters start
   * unfrozen, the tests freeze them */
  g_assert_false (lt_store_has_pdf_renderer (f->store));
  g_assert_true (lt_store_load_demo (f->store, &error));
  g_assert_no_error (error);

  documents = lt_store_list_documents (f->store, 0);
  for (guint i = 0; i < g_list_model_get_n_items (documents) && f->letter_id == 0; i++)
    {
      g_autoptr(LtDocument) document = g_list_model_get_item (documents, i);

      if (lt_document_get_kind (document) == LT_DOCUMENT_KIND_LETTRE_DE_MISSION)
        f->letter_id = lt_document_get_id (document);
    }
  g_assert_cmpint (f->letter_id, >, 0);

  lt_store_set_pdf_renderer (f->store, pdf_fixture_render, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  store_fixture_close (f->store, f->dir, f->path);
}

static void
test_gather (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocumentContent) content = lt_store_get_document_content (f->store, f->letter_id, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  guint tasks = 0, requests = 0;

  g_assert_no_error (error);
  g_assert_nonnull (content);
  g_assert_cmpint (lt_document_get_id (content->document), ==, f->letter_id);
  g_assert_cmpuint (content->lines->len, >, 0);
  g_assert_cmpstr (lt_firm_get_name (content->firm), !=, "");

  /* the annex comes from the steps of the lines' prestations */
  for (guint i = 0; i < content->obligations->len; i++)
    {
      LtObligation *obligation = g_ptr_array_index (content->obligations, i);

      if (obligation->kind == LT_STEP_KIND_TASK)
        tasks++;
      else
        requests++;
    }
  g_assert_cmpuint (tasks, >, 0);

  bytes = lt_pdf_render_document (content, NULL, &error);
  g_assert_no_error (error);
  text = pdf_fixture_text (bytes);
  g_assert_nonnull (strstr (text, lt_affaire_get_name (content->affaire)));
  g_assert_nonnull (strstr (text, lt_document_line_get_label (g_ptr_array_index (content->lines, 0))));

  g_assert_null (lt_store_get_document_content (f->store, 999999, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_FOUND);
}

static void
test_freeze_survives_template_change (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) frozen = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GBytes) redrawn = NULL;
  g_autoptr(LtDocumentContent) content = NULL;
  g_autoptr(LtDocument) document = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *text = NULL;
  g_autofree char *tdir = g_build_filename (g_get_user_data_dir (), "lettrine", "templates", NULL);
  g_autofree char *tpath = g_build_filename (tdir, "lettre-de-mission.tmpl", NULL);

  /* never frozen: nothing, and no error */
  g_assert_null (lt_store_get_frozen_pdf (f->store, f->letter_id, &error));
  g_assert_no_error (error);

  g_assert_true (lt_store_freeze_document (f->store, f->letter_id, &error));
  g_assert_no_error (error);

  frozen = lt_store_get_frozen_pdf (f->store, f->letter_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (frozen);
  document = lt_store_get_document (f->store, f->letter_id, &error);
  checksum = lt_store_pdf_checksum (frozen);
  g_assert_cmpstr (lt_document_get_pdf_sha256 (document), ==, checksum);
  g_assert_cmpuint (strlen (checksum), ==, 64);

  /* the cabinet rewrites its template: a new draft reads differently… */
  g_mkdir_with_parents (tdir, 0700);
  g_assert_true (g_file_set_contents (tpath, "# Nouvelle rédaction pour {{affaire.name}}\n\n@honoraires A | B | C\n", -1, NULL));
  content = lt_store_get_document_content (f->store, f->letter_id, &error);
  redrawn = lt_pdf_render_document (content, NULL, &error);
  g_assert_no_error (error);
  text = pdf_fixture_text (redrawn);
  g_assert_nonnull (strstr (text, "Nouvelle rédaction"));
  g_assert_false (g_bytes_equal (redrawn, frozen));

  /* …but the signed letter keeps its frozen bytes */
  again = lt_store_get_frozen_pdf (f->store, f->letter_id, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (again, frozen));
  g_clear_pointer (&text, g_free);
  text = pdf_fixture_text (again);
  g_assert_null (strstr (text, "Nouvelle rédaction"));

  /* and cannot be frozen again with other bytes */
  g_assert_false (lt_store_freeze_document_pdf (f->store, f->letter_id, redrawn, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_TRANSITION);
  g_clear_error (&error);
  /* the same bytes again is harmless */
  g_assert_true (lt_store_freeze_document_pdf (f->store, f->letter_id, frozen, &error));
  g_assert_no_error (error);

  g_unlink (tpath);
}

static void
test_flipped_byte_detected (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) frozen = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree guint8 *copy = NULL;
  gsize size;

  g_assert_true (lt_store_freeze_document (f->store, f->letter_id, &error));
  g_assert_no_error (error);
  frozen = lt_store_get_frozen_pdf (f->store, f->letter_id, &error);
  g_assert_no_error (error);

  /* someone edits the database behind the app's back: one bit in the middle */
  size = g_bytes_get_size (frozen);
  copy = g_memdup2 (g_bytes_get_data (frozen, NULL), size);
  copy[size / 2] ^= 0x01;
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "UPDATE documents SET pdf = ? WHERE id = ?", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_blob64 (stmt, 1, copy, size, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, f->letter_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_assert_null (lt_store_get_frozen_pdf (f->store, f->letter_id, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_PDF_TAMPERED);
  g_assert_nonnull (strstr (error->message, "altered since it was sent"));
}

/* The sign operation freezes inside its own transaction: if the signature
 * is rolled back, so is the frozen PDF; committed, both stay. */
static void
test_inside_sign_transaction (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) frozen = NULL;

  g_assert_true (lt_store_begin (f->store, &error));
  g_assert_true (lt_store_freeze_document (f->store, f->letter_id, &error));
  g_assert_no_error (error);
  lt_store_rollback (f->store);
  g_assert_null (lt_store_get_frozen_pdf (f->store, f->letter_id, &error));
  g_assert_no_error (error);

  g_assert_true (lt_store_begin (f->store, &error));
  g_assert_true (lt_store_freeze_document (f->store, f->letter_id, &error));
  g_assert_true (lt_store_commit (f->store, &error));
  g_assert_no_error (error);
  frozen = lt_store_get_frozen_pdf (f->store, f->letter_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (frozen);

  /* an unknown document is refused without writing anything */
  g_assert_false (lt_store_freeze_document (f->store, 999999, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_FOUND);
}

static void
test_no_renderer (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  lt_store_set_pdf_renderer (f->store, NULL, NULL);
  g_assert_false (lt_store_has_pdf_renderer (f->store));
  g_assert_false (lt_store_freeze_document (f->store, f->letter_id, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_RENDER);
  g_clear_error (&error);
  g_assert_null (lt_store_get_frozen_pdf (f->store, f->letter_id, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("lettrine-freeze-home-XXXXXX", NULL);

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/pdf-freeze/gather", Fixture, NULL, fixture_set_up, test_gather, fixture_tear_down);
  g_test_add ("/pdf-freeze/template-change", Fixture, NULL, fixture_set_up,
              test_freeze_survives_template_change, fixture_tear_down);
  g_test_add ("/pdf-freeze/flipped-byte", Fixture, NULL, fixture_set_up, test_flipped_byte_detected, fixture_tear_down);
  g_test_add ("/pdf-freeze/in-transaction", Fixture, NULL, fixture_set_up,
              test_inside_sign_transaction, fixture_tear_down);
  g_test_add ("/pdf-freeze/no-renderer", Fixture, NULL, fixture_set_up, test_no_renderer, fixture_tear_down);

  return g_test_run ();
}
