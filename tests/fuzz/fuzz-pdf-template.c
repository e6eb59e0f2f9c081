/* fuzz-pdf-template.c: a letter filled with any user text, expanded, read as markup and (sometimes) rendered */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "lt-error.h"
#include "lt-pdf-layout.h"
#include "lt-pdf-markup.h"
#include "lt-pdf-renderer.h"
#include "lt-pdf-template.h"
#include "../pdf-fixtures.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  /* the templates of the GResource, not a cabinet's own */
  g_setenv ("XDG_DATA_HOME", "/nonexistent", TRUE);
  /* fill the font caches once, so that they are not taken for leaks */
  {
    g_autoptr(LtDocumentContent) content = fixture_content (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 4);
    g_autoptr(GBytes) pdf = lt_pdf_render_document (content, NULL, NULL);

    FUZZ_ASSERT (pdf != NULL);
  }
  return 0;
}

static gboolean
any_directive (LtPdfLayout  *layout,
               const char   *name,
               const char   *args,
               gpointer      user_data,
               GError      **error)
{
  FUZZ_ASSERT (g_utf8_validate (name, -1, NULL));
  FUZZ_ASSERT (args == NULL || g_utf8_validate (args, -1, NULL));
  return TRUE;
}

/* Every value a user types that ends up in a letter, one per field of the
 * input (fields are separated by U+001F; what is not UTF-8 is made valid,
 * as the store only ever holds UTF-8). */
static void
fill (LtDocumentContent *content,
      GStrv              fields)
{
  guint n = g_strv_length (fields);
  const char *f[32] = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (f); i++)
    f[i] = i < n ? fields[i] : NULL;

#define SET(setter, object, i) if (f[i] != NULL) setter (object, f[i])
  SET (lt_affaire_set_name, content->affaire, 0);
  SET (lt_affaire_set_address, content->affaire, 1);
  SET (lt_affaire_set_city, content->affaire, 2);
  SET (lt_affaire_set_director, content->affaire, 3);
  SET (lt_affaire_set_activity, content->affaire, 4);
  SET (lt_firm_set_name, content->firm, 5);
  SET (lt_firm_set_address, content->firm, 6);
  SET (lt_contact_set_name, content->signatory, 7);
  SET (lt_contact_set_role, content->signatory, 8);
  SET (lt_staff_set_name, content->intervenant, 9);
  SET (lt_document_set_title, content->document, 10);
  SET (lt_terms_set_body, content->terms, 11);
  SET (lt_affaire_set_beneficial_owner, content->affaire, 12);
  SET (lt_affaire_set_legal_form, content->affaire, 13);
  SET (lt_firm_set_rcs, content->firm, 14);
  SET (lt_firm_set_ordre, content->firm, 15);
  SET (lt_firm_set_insurance, content->firm, 16);
  SET (lt_affaire_set_postal_code, content->affaire, 17);
  SET (lt_firm_set_legal_form, content->firm, 18);
  SET (lt_firm_set_signatory_name, content->firm, 19);
  SET (lt_terms_set_version, content->terms, 20);
#undef SET

  for (guint i = 21; i < G_N_ELEMENTS (f) && f[i] != NULL; i++)
    {
      guint k = i - 21;

      if (k < content->lines->len)
        lt_document_line_set_label (g_ptr_array_index (content->lines, k), f[i]);
      else
        lt_document_content_add_obligation (content, f[i], f[i], k % 2 ? LT_STEP_KIND_TASK : LT_STEP_KIND_REQUEST, (int) k);
    }
}

/* The first byte chooses the kind, the number of lines and whether the
 * whole PDF is rendered (slow: one input in 32); the rest are the texts. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(LtDocumentContent) content = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *valid = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;
  LtPdfLayout *layout;
  guint8 shape;
  gboolean ok;

  if (size < 1 || size > 64 * 1024)
    return 0;
  shape = data[0];
  raw = g_strndup ((const char *) data + 1, size - 1);
  valid = g_utf8_make_valid (raw, -1);
  fields = g_strsplit (valid, "\x1f", -1);

  content = fixture_content ((LtDocumentKind) (shape % 5), (shape >> 3) & 0x07);
  fill (content, fields);
  /* a price of any size the database may hold */
  if (content->lines->len > 0 && (shape & 0x40))
    lt_document_line_set_price_cents (g_ptr_array_index (content->lines, 0), G_MAXINT64);

  text = lt_pdf_template_expand (content, &error);
  /* user text is escaped on the way in: the letter always expands */
  FUZZ_ASSERT (text != NULL && error == NULL);
  FUZZ_ASSERT (g_utf8_validate (text, -1, NULL));

  layout = lt_pdf_layout_new ();
  ok = lt_pdf_markup_parse (layout, text, any_directive, NULL, &error);
  lt_pdf_layout_free (layout);
  /* …and is read back as markup without an error */
  if (!ok)
    g_printerr ("%s\n", error->message);
  FUZZ_ASSERT (ok);

  if ((shape & 0x1F) == 0x1F)
    {
      g_autoptr(GBytes) pdf = lt_pdf_render_document (content, NULL, &error);

      if (pdf == NULL)
        g_printerr ("%s\n", error->message);
      FUZZ_ASSERT (pdf != NULL);
    }

  {
    g_autofree char *money = lt_pdf_format_money (G_MININT64);

    FUZZ_ASSERT (g_str_has_prefix (money, "−92"));
  }
  return 0;
}
