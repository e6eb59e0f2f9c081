/* fuzz-pdf-markup.c: the letter markup of a cabinet's own template, any text read into a layout */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "fuzz-common.h"
#include "lt-error.h"
#include "lt-pdf-layout.h"
#include "lt-pdf-markup.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  return 0;
}

static gboolean
refuse_unknown (LtPdfLayout  *layout,
                const char   *name,
                const char   *args,
                gpointer      user_data,
                GError      **error)
{
  g_set_error (error, LT_ERROR, LT_ERROR_RENDER, "unknown directive @%s", name);
  return FALSE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  LtPdfLayout *layout;

  if (size > 64 * 1024)
    return 0;
  /* templates are UTF-8 text files */
  raw = fuzz_dup_string (data, size);
  text = g_utf8_make_valid (raw, -1);
  layout = lt_pdf_layout_new ();
  if (!lt_pdf_markup_parse (layout, text, refuse_unknown, NULL, &error))
    FUZZ_ASSERT (error != NULL && g_utf8_validate (error->message, -1, NULL));
  lt_pdf_layout_free (layout);
  return 0;
}
