/* test-pdf-avenant.c: an avenant's PDF shows what it changes — « ancien → nouveau », the end of a prestation (issue 13) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <poppler.h>
#include <string.h>

#include "lt-pdf-renderer.h"
#include "lt-store-demo.h"
#include "lt-store-document-ops.h"
#include "lt-store-pdf.h"

#include "pdf-text-fixtures.h"

/* The PDF's text, pages joined, every blank removed (Poppler joins a
 * table's cells without spaces). */
static char *
pdf_text (LtDocumentContent *content)
{
  g_autofree char *raw = pdf_fixture_content_text (content);
  g_autofree char *composed = g_utf8_normalize (raw, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autoptr(GString) all = g_string_new (NULL);

  /* the pages' newlines go with the other blanks */
  for (const char *p = composed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F)
        g_string_append_unichar (all, c);
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

static void
test_avenant_shows_changes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lt-pdf-avenant-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  LtStore *store = lt_store_open (path, &error);
  g_autoptr(LtDocument) avenant = NULL;
  g_autoptr(LtDocumentLine) tenue = lt_document_line_new ();
  g_autoptr(LtDocumentLine) bilan = lt_document_line_new ();
  g_autoptr(LtDocumentLine) secretariat = lt_document_line_new ();
  g_autoptr(LtDocumentContent) content = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_true (lt_store_load_demo (store, &error));

  /* Boulangerie Martin: tenue 180 → 200 €, the bilan ends, the secrétariat is added. */
  avenant = lt_store_document_create (store, 1, LT_DOCUMENT_KIND_AVENANT, &error);
  g_assert_no_error (error);
  lt_document_line_set_document_id (tenue, lt_document_get_id (avenant));
  lt_document_line_set_prestation_id (tenue, 3);
  lt_document_line_set_price_cents (tenue, 20000);
  g_assert_true (lt_store_document_add_line (store, tenue, &error));
  lt_document_line_set_document_id (bilan, lt_document_get_id (avenant));
  lt_document_line_set_prestation_id (bilan, 4);
  lt_document_line_set_price_cents (bilan, -1);
  lt_document_line_set_ends_on (bilan, "2027-01-01");
  g_assert_true (lt_store_document_add_line (store, bilan, &error));
  lt_document_line_set_document_id (secretariat, lt_document_get_id (avenant));
  lt_document_line_set_prestation_id (secretariat, 5);
  lt_document_line_set_price_cents (secretariat, -1);
  g_assert_true (lt_store_document_add_line (store, secretariat, &error));
  g_assert_no_error (error);

  content = lt_store_get_document_content (store, lt_document_get_id (avenant), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (content->previous->len, ==, 3);
  g_assert_nonnull (g_ptr_array_index (content->previous, 0));
  g_assert_null (g_ptr_array_index (content->previous, 2));

  text = pdf_text (content);
  g_assert_nonnull (strstr (text, "180,00€→200,00€"));
  g_assert_nonnull (strstr (text, "finau1erjanvier2027"));
  g_assert_nonnull (strstr (text, "Secrétariatjuridiqueannuel"));
  /* the recurring honoraires of the avenant: 200 × 12 + 450, the ended bilan not billed */
  g_assert_nonnull (strstr (text, "2850,00€"));

  g_clear_pointer (&content, lt_document_content_free);
  g_assert_finalize_object (store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf/avenant/shows-changes", test_avenant_shows_changes);

  return g_test_run ();
}
