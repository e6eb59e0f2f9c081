/* lt-pdf-signature.c: the signature date stamped on a PDF frozen as sent, as an incremental update that keeps its bytes */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-pdf-signature"

#include "config.h"

#include <cairo.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <poppler.h>
#include <string.h>

#include "lt-error.h"
#include "lt-pdf-signature.h"
#include "lt-pdf-template.h"

/* What closes the client's block in each template (« @signature-right »
 * last lines), searched from the last page back. */
static const char * const client_marks[] = {
  "« Lu et approuvé, bon pour accord »",
  "« Bon pour intervention »",
  "Bon pour accord",
};

#define STAMP_WIDTH   190.0   /* points */
#define STAMP_HEIGHT   15.0
#define STAMP_SCALE     3.0   /* pixels per point of the stamp's image: 216 dpi */

/* The lowest line of the client's block on @page, in PDF coordinates
 * (origin bottom-left): the mark, or a « Date et signature : » in the same
 * column below it. */
static gboolean
find_client_block (PopplerPage      *page,
                   PopplerRectangle *out)
{
  for (guint m = 0; m < G_N_ELEMENTS (client_marks); m++)
    {
      GList *marks = poppler_page_find_text (page, client_marks[m]);
      GList *dates;

      if (marks == NULL)
        continue;
      *out = *(PopplerRectangle *) g_list_last (marks)->data;
      dates = poppler_page_find_text (page, "Date et signature");
      for (GList *l = dates; l != NULL; l = l->next)
        {
          PopplerRectangle *r = l->data;

          if (r->x1 >= out->x1 - 2 && r->y1 < out->y1)
            *out = *r;
        }
      g_list_free_full (marks, (GDestroyNotify) poppler_rectangle_free);
      g_list_free_full (dates, (GDestroyNotify) poppler_rectangle_free);
      return TRUE;
    }
  return FALSE;
}

/* « Signé le 20 janvier 2025 », drawn at print resolution. */
static cairo_surface_t *
stamp_image (const char *words)
{
  static const cairo_user_data_key_t buffer_key;
  int width = (int) (STAMP_WIDTH * STAMP_SCALE);
  int height = (int) (STAMP_HEIGHT * STAMP_SCALE);
  int stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, width);
  /* poppler 22.12's poppler_annot_stamp_set_custom_image () reads a few
   * bytes past the last pixel (AddressSanitizer): one blank row more */
  guchar *buffer = g_malloc0 ((gsize) stride * (height + 1));
  cairo_surface_t *surface = cairo_image_surface_create_for_data (buffer, CAIRO_FORMAT_ARGB32, width, height, stride);
  cairo_t *cr;

  cairo_surface_set_user_data (surface, &buffer_key, buffer, g_free);
  cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans Bold 9");

  cairo_scale (cr, STAMP_SCALE, STAMP_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, words, -1);
  cairo_set_source_rgb (cr, 0.05, 0.20, 0.45);
  cairo_move_to (cr, 0, 0.5);
  pango_cairo_show_layout (cr, layout);

  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  return surface;
}

gboolean
lt_pdf_starts_with (GBytes *bytes,
                    GBytes *frozen)
{
  gsize size = g_bytes_get_size (frozen);

  return g_bytes_get_size (bytes) >= size &&
         memcmp (g_bytes_get_data (bytes, NULL), g_bytes_get_data (frozen, NULL), size) == 0;
}

GBytes *
lt_pdf_stamp_signature (GBytes      *frozen,
                        const char  *signed_on,
                        GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *date_words = lt_pdf_format_date (signed_on);
  g_autofree char *words = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *contents = NULL;
  PopplerDocument *document;
  PopplerPage *page = NULL;
  PopplerRectangle block = { 0 };
  PopplerRectangle rect;
  PopplerAnnot *annot;
  cairo_surface_t *image;
  gboolean found = FALSE;
  gsize length = 0;
  GBytes *result = NULL;

  g_return_val_if_fail (frozen != NULL, NULL);

  if (*date_words == '\0')
    {
      g_set_error (error, LT_ERROR, LT_ERROR_RENDER,
                   _("The signature date « %s » is not a date: the signed PDF cannot be dated."), signed_on);
      return NULL;
    }
  words = g_strdup_printf ("Signé le %s", date_words);

  document = poppler_document_new_from_bytes (frozen, NULL, &local_error);
  if (document == NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_RENDER, _("The frozen PDF cannot be read (%s)."), local_error->message);
      return NULL;
    }

  for (int i = poppler_document_get_n_pages (document) - 1; i >= 0 && !found; i--)
    {
      g_clear_object (&page);
      page = poppler_document_get_page (document, i);
      found = page != NULL && find_client_block (page, &block);
    }
  if (!found)
    {
      g_clear_object (&page);
      g_object_unref (document);
      g_set_error (error, LT_ERROR, LT_ERROR_RENDER,
                   _("The frozen PDF has no signature block for the client: the signature date cannot be printed on it."));
      return NULL;
    }

  /* just under the block's last line, in its column */
  rect.x1 = block.x1;
  rect.x2 = block.x1 + STAMP_WIDTH;
  rect.y2 = MIN (block.y1, block.y2) - 3;
  rect.y1 = rect.y2 - STAMP_HEIGHT;

  /* on the page first: the image's appearance is then written with it */
  annot = poppler_annot_stamp_new (document, &rect);
  image = stamp_image (words);
  poppler_annot_set_contents (annot, words);
  poppler_annot_set_flags (annot, POPPLER_ANNOT_FLAG_PRINT | POPPLER_ANNOT_FLAG_READ_ONLY | POPPLER_ANNOT_FLAG_LOCKED);
  poppler_page_add_annot (page, annot);
  if (!poppler_annot_stamp_set_custom_image (POPPLER_ANNOT_STAMP (annot), image, &local_error))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_RENDER, _("The signature date cannot be drawn (%s)."), local_error->message);
      goto out;
    }

  /* poppler saves a changed document as an incremental update: the
   * frozen bytes first, untouched, then the stamp */
  dir = g_dir_make_tmp ("lettrine-signed-XXXXXX", &local_error);
  if (dir == NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_IO, _("The signed PDF cannot be written (%s)."), local_error->message);
      goto out;
    }
  path = g_build_filename (dir, "signed.pdf", NULL);
  uri = g_filename_to_uri (path, NULL, NULL);
  if (!poppler_document_save (document, uri, &local_error) ||
      !g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_IO, _("The signed PDF cannot be written (%s)."), local_error->message);
      goto out;
    }
  result = g_bytes_new_take (g_steal_pointer (&contents), length);
  if (!lt_pdf_starts_with (result, frozen))
    {
      g_clear_pointer (&result, g_bytes_unref);
      g_set_error (error, LT_ERROR, LT_ERROR_RENDER,
                   _("The signature date could not be added without changing the PDF as sent: export the PDF as sent instead."));
    }

out:
  if (path != NULL)
    g_unlink (path);
  if (dir != NULL)
    g_rmdir (dir);
  cairo_surface_destroy (image);
  g_object_unref (annot);
  g_object_unref (page);
  g_object_unref (document);
  return result;
}

GBytes *
lt_pdf_signed_or_frozen (GBytes     *frozen,
                         const char *signed_on)
{
  g_autoptr(GError) error = NULL;
  GBytes *stamped;

  g_return_val_if_fail (frozen != NULL, NULL);

  if (signed_on == NULL)
    return frozen;
  stamped = lt_pdf_stamp_signature (frozen, signed_on, &error);
  if (stamped == NULL)
    {
      g_warning ("The signature date is not stamped on the PDF: %s", error->message);
      return frozen;
    }
  g_bytes_unref (frozen);
  return stamped;
}
