/* test-pdf-pages.c: what the pages hold — the signature block kept with what comes before it, « PROJET » on drafts, each font embedded once */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <poppler.h>
#include <string.h>

#include "lt-pdf-layout.h"
#include "lt-pdf-renderer.h"
#include "pdf-fixtures.h"

/* The text of each page, read back with Poppler. */
static GPtrArray *
page_texts (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_bytes (bytes, NULL, &error);
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);

      g_ptr_array_add (pages, poppler_page_get_text (page));
      g_object_unref (page);
    }
  g_object_unref (document);

  return pages;
}

/* The page (from 0) whose text holds @word; fails when none or several do. */
static guint
page_of (GPtrArray  *pages,
         const char *word)
{
  int found = -1;

  for (guint p = 0; p < pages->len; p++)
    if (strstr (g_ptr_array_index (pages, p), word) != NULL)
      {
        if (found >= 0)
          g_error ("« %s » is on pages %d and %u", word, found + 1, p + 1);
        found = p;
      }
  if (found < 0)
    g_error ("« %s » is on no page", word);

  return found;
}

static LtPdfLayout *
letter_start (guint n_fillers)
{
  LtPdfLayout *layout = lt_pdf_layout_new ();

  lt_pdf_layout_set_letterhead (layout, "Cabinet Essai", "1 rue de la Paix\n69002 Lyon", "SIREN 732829320");
  lt_pdf_layout_set_running_head (layout, "Cabinet Essai", "Lettre de mission");
  lt_pdf_layout_set_footer (layout, "Cabinet Essai · RCS Lyon");
  lt_pdf_layout_add_heading (layout, 1, "Lettre de mission");
  for (guint i = 0; i < n_fillers; i++)
    lt_pdf_layout_add_paragraph (layout, "Une ligne de texte qui remplit la page, une de plus.", LT_PDF_ALIGN_JUSTIFY);

  return layout;
}

/* However long the letter, the signature block starts on the page where
 * the paragraph before it ends: each length of the letter from one page to
 * two and a half puts the page break once at each place around the end. */
static void
test_signatures_kept_with_paragraph (gconstpointer data)
{
  guint n_lines = GPOINTER_TO_UINT (data);
  g_autoptr(GString) last = g_string_new ("DEBUTDUDERNIER ");
  guint moved = 0;

  /* a paragraph of about @n_lines lines */
  for (guint i = 0; i < n_lines * 4; i++)
    g_string_append (last, "retournez la lettre ");
  g_string_append (last, "FINDUDERNIER.");

  for (guint n = 20; n < 110; n++)
    {
      g_autoptr(LtPdfLayout) layout = letter_start (n);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) pages = NULL;
      guint signatures;

      lt_pdf_layout_add_paragraph (layout, last->str, LT_PDF_ALIGN_JUSTIFY);
      lt_pdf_layout_add_signatures (layout, "Fait à Lyon, le 2 mars 2026.",
                                    "<b>Pour le cabinet</b>\nSIGNATAIREGAUCHE", "<b>Pour le client</b>\nSIGNATAIREDROITE");
      bytes = lt_pdf_layout_render (layout, &error);
      g_assert_no_error (error);
      pages = page_texts (bytes);

      signatures = page_of (pages, "SIGNATAIREGAUCHE");
      g_assert_cmpuint (page_of (pages, "SIGNATAIREDROITE"), ==, signatures);
      if (page_of (pages, "FINDUDERNIER") != signatures)
        g_error ("%u paragraphs: the signature block is on page %u, the paragraph before it ends on page %u",
                 n, signatures + 1, page_of (pages, "FINDUDERNIER") + 1);
      /* a short paragraph moves whole with the block */
      if (n_lines < 4)
        g_assert_cmpuint (page_of (pages, "DEBUTDUDERNIER"), ==, signatures);
      if (signatures > 0)
        moved++;
    }

  /* the sweep went past the foot of page one */
  g_assert_cmpuint (moved, >, 10);
}

/* A table before the signatures (a bon d'intervention): its last row goes
 * over with the block. */
static void
test_signatures_kept_with_table (void)
{
  static const double widths[] = { 0.7, 0.3 };

  for (guint n = 30; n < 75; n++)
    {
      g_autoptr(LtPdfLayout) layout = letter_start (n);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) pages = NULL;
      LtPdfTable *table = lt_pdf_layout_add_table (layout, 2, widths, NULL);
      const char *header[] = { "Tâche", "Délai", NULL };
      const char *row[] = { "Saisie", "5 jours", NULL };
      const char *end[] = { "DERNIERERANGEE", "10 jours", NULL };

      lt_pdf_table_add_row (table, LT_PDF_ROW_HEADER, header);
      for (guint i = 0; i < 4; i++)
        lt_pdf_table_add_row (table, LT_PDF_ROW_NORMAL, row);
      lt_pdf_table_add_row (table, LT_PDF_ROW_NORMAL, end);
      lt_pdf_layout_add_signatures (layout, NULL, "SIGNATAIREGAUCHE", "SIGNATAIREDROITE");
      bytes = lt_pdf_layout_render (layout, &error);
      g_assert_no_error (error);
      pages = page_texts (bytes);

      if (page_of (pages, "DERNIERERANGEE") != page_of (pages, "SIGNATAIREGAUCHE"))
        g_error ("%u paragraphs: the signature block is alone on page %u", n, page_of (pages, "SIGNATAIREGAUCHE") + 1);
    }
}

/* A draft — not sent yet — says « PROJET » on every page; the same letter
 * sent or signed does not. */
static void
test_draft_watermark (void)
{
  static const LtDocumentState states[] = {
    LT_DOCUMENT_STATE_DRAFT, LT_DOCUMENT_STATE_SENT, LT_DOCUMENT_STATE_SIGNED,
  };

  for (guint s = 0; s < G_N_ELEMENTS (states); s++)
    {
      g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) pages = NULL;

      lt_document_set_state (content->document, states[s]);
      bytes = lt_pdf_render_document (content, NULL, &error);
      g_assert_no_error (error);
      pages = page_texts (bytes);
      g_assert_cmpuint (pages->len, >=, 3);

      for (guint p = 0; p < pages->len; p++)
        {
          const char *text = g_ptr_array_index (pages, p);

          if (states[s] == LT_DOCUMENT_STATE_DRAFT && strstr (text, "PROJET") == NULL)
            g_error ("page %u of a draft does not say PROJET", p + 1);
          if (states[s] != LT_DOCUMENT_STATE_DRAFT && strstr (text, "PROJET") != NULL)
            g_error ("page %u of a %s letter says PROJET", p + 1,
                     lt_enum_to_nick (LT_TYPE_DOCUMENT_STATE, states[s]));
        }
    }
}

/* Each font of the letter is embedded once: no second (CID) subset of a
 * font for its no-break spaces and ligatures. */
static void
test_fonts_embedded_once (void)
{
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = lt_pdf_render_document (content, NULL, &error);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) pages = NULL;
  PopplerDocument *document;
  PopplerFontInfo *info;
  PopplerFontsIter *iter = NULL;

  g_assert_no_error (error);
  document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  info = poppler_font_info_new (document);
  while (poppler_font_info_scan (info, 20, &iter))
    {
      do
        {
          const char *name = poppler_fonts_iter_get_name (iter);
          const char *plus = name ? strchr (name, '+') : NULL;
          const char *family = plus ? plus + 1 : name;

          g_assert_nonnull (family);
          g_assert_true (poppler_fonts_iter_is_embedded (iter));
          if (!g_hash_table_add (seen, g_strdup (family)))
            g_error ("%s is embedded twice (the second as %s)", family,
                     poppler_fonts_iter_get_font_type (iter) == POPPLER_FONT_TYPE_CID_TYPE2 ? "a CID subset" : "a TrueType subset");
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }
  g_object_unref (info);
  g_object_unref (document);
  g_assert_cmpuint (g_hash_table_size (seen), >=, 3);

  /* the no-break spaces are still there, between the words they join */
  pages = page_texts (bytes);
  for (guint p = 0; p < pages->len; p++)
    if (strstr (g_ptr_array_index (pages, p), "TVA 20") != NULL)
      return;
  g_error ("« TVA 20 %% » is not in the text");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/pdf/pages/signatures-kept/short-paragraph", GUINT_TO_POINTER (3),
                        test_signatures_kept_with_paragraph);
  g_test_add_data_func ("/pdf/pages/signatures-kept/long-paragraph", GUINT_TO_POINTER (7),
                        test_signatures_kept_with_paragraph);
  g_test_add_func ("/pdf/pages/signatures-kept/table", test_signatures_kept_with_table);
  g_test_add_func ("/pdf/pages/draft-watermark", test_draft_watermark);
  g_test_add_func ("/pdf/pages/fonts-embedded-once", test_fonts_embedded_once);

  return g_test_run ();
}
