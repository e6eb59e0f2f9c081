/* test-pdf-letter-terms.c: what a lettre de mission says, read back from its PDF — penalties, honoraires, LCB-FT */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <poppler.h>
#include <string.h>

#include "lt-pdf-renderer.h"
#include "lt-pdf-template.h"
#include "pdf-fixtures.h"

/* The PDF's text with every run of blanks (and no-break spaces) made one
 * space, ligatures spelled out: a phrase wrapped across lines is found. */
static char *
pdf_text (const LtDocumentContent *content)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = lt_pdf_render_document (content, NULL, &error);
  g_autoptr(GString) out = g_string_new (NULL);
  PopplerDocument *document;
  gboolean blank = FALSE;

  g_assert_no_error (error);
  document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *raw = poppler_page_get_text (page);
      g_autofree char *text = g_utf8_normalize (raw, -1, G_NORMALIZE_ALL_COMPOSE);

      for (const char *p = text; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
            {
              blank = TRUE;
              continue;
            }
          if (blank && out->len > 0)
            g_string_append_c (out, ' ');
          blank = FALSE;
          g_string_append_unichar (out, c);
        }
      blank = TRUE;
      g_object_unref (page);
    }
  g_object_unref (document);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("« %s » not found in the PDF text:\n%s", needle, text);
}

static void
assert_absent (const char *text,
               const char *needle)
{
  if (strstr (text, needle) != NULL)
    g_error ("« %s » must not be in the PDF text:\n%s", needle, text);
}

/* C. com. L441-10 II: no less than three times the taux d'intérêt légal;
 * the 40 € indemnity is a professional client's. */
static void
test_late_payment_penalties (void)
{
  g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
  g_autofree char *text = pdf_text (content);

  assert_absent (text, "majoré de trois points");
  assert_contains (text, "pénalités de retard au taux de trois fois le taux d’intérêt légal "
                         "(article L. 441-10 II du Code de commerce)");
  assert_contains (text, "Le client professionnel est en outre redevable de plein droit d’une indemnité "
                         "forfaitaire pour frais de recouvrement de 40 € (articles L. 441-10 II et D. 441-5 "
                         "du Code de commerce)");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf/letter-terms/late-payment-penalties", test_late_payment_penalties);

  return g_test_run ();
}
