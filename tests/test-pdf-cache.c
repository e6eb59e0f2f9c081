/* test-pdf-cache.c: a letter rendered after others reuses their layouts and comes out byte for byte the same (issue 12, speed) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "lt-pdf-layout.h"
#include "lt-pdf-renderer.h"
#include "pdf-fixtures.h"

static GBytes *
render (LtDocumentContent *content)
{
  g_autoptr(GError) error = NULL;
  GBytes *pdf = lt_pdf_render_document (content, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pdf);

  return pdf;
}

static gpointer
render_in_thread (gpointer data)
{
  return render (data);
}

static void
test_same_bytes (void)
{
  g_autoptr(LtDocumentContent) letter = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autoptr(LtDocumentContent) offre = fixture_content (LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, 2);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) draft_first = NULL;
  g_autoptr(GBytes) other = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GBytes) draft_again = NULL;
  g_autoptr(GBytes) dropped = NULL;
  g_autoptr(GBytes) threaded = NULL;
  GThread *thread;

  /* nothing kept yet on this thread: the letter as a first render makes it */
  lt_pdf_layout_drop_cache ();
  lt_document_set_state (letter->document, LT_DOCUMENT_STATE_SENT);
  first = render (letter);
  lt_document_set_state (letter->document, LT_DOCUMENT_STATE_DRAFT);
  draft_first = render (letter);

  /* another document between, then the letter again from what is kept:
   * the same bytes, « PROJET » included */
  other = render (offre);
  g_assert_false (g_bytes_equal (first, other));
  draft_again = render (letter);
  g_assert_true (g_bytes_equal (draft_first, draft_again));
  lt_document_set_state (letter->document, LT_DOCUMENT_STATE_SENT);
  again = render (letter);
  g_assert_true (g_bytes_equal (first, again));

  /* without anything kept, and on another thread (its own font map) */
  lt_pdf_layout_drop_cache ();
  dropped = render (letter);
  g_assert_true (g_bytes_equal (first, dropped));
  thread = g_thread_new ("render", render_in_thread, letter);
  threaded = g_thread_join (thread);
  g_assert_true (g_bytes_equal (first, threaded));
}

/* A paragraph changed in the data is laid out again, never taken for the
 * old one. */
static void
test_changed_text (void)
{
  g_autoptr(LtDocumentContent) letter = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autoptr(LtDocumentContent) renamed = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) fresh = NULL;

  lt_firm_set_name (renamed->firm, "Cabinet Lemoine, Durand & Associés");
  before = render (letter);
  after = render (renamed);
  g_assert_false (g_bytes_equal (before, after));
  lt_pdf_layout_drop_cache ();
  fresh = render (renamed);
  g_assert_true (g_bytes_equal (after, fresh));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf/cache/same-bytes", test_same_bytes);
  g_test_add_func ("/pdf/cache/changed-text", test_changed_text);

  return g_test_run ();
}
