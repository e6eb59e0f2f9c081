/* pdf-text-fixtures.c: PDFs rendered by src/pdf and read back with Poppler, for the tests */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <poppler.h>

#include "lt-pdf-renderer.h"

#include "pdf-text-fixtures.h"

/* The renderer a test gives its store (lt_store_set_pdf_renderer ()) */
GBytes *
pdf_fixture_render (const LtDocumentContent  *content,
                    gpointer                  user_data,
                    GError                  **error)
{
  return lt_pdf_render_document (content, NULL, error);
}

/* (transfer full): the PDF's text as Poppler reads it, each page followed by a newline */
char *
pdf_fixture_text (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  PopplerDocument *document = poppler_document_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
      g_object_unref (page);
    }
  g_object_unref (document);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* (transfer full): the text of @content rendered by src/pdf, as pdf_fixture_text () reads it */
char *
pdf_fixture_content_text (const LtDocumentContent *content)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = lt_pdf_render_document (content, NULL, &error);

  g_assert_no_error (error);

  return pdf_fixture_text (bytes);
}
