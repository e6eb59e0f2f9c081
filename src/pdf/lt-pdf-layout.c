/* lt-pdf-layout.c: a paginated A4 document laid out with Pango, drawn on a Cairo PDF surface */
/* The blocks are placed on pages by lt-pdf-paginate.c; this file holds
 * the API that builds them and the second pass that draws. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-pdf-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "lt-error.h"
#include "lt-pdf-layout-private.h"


static void
row_free (Row *row)
{
  g_strfreev (row->cells);
  g_free (row);
}

static void
table_free (LtPdfTable *table)
{
  g_free (table->widths);
  g_free (table->aligns);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

void
lt_pdf_block_clear_laid (gpointer data)
{
  Block *block = data;

  for (guint i = 0; i < G_N_ELEMENTS (block->laid); i++)
    g_clear_object (&block->laid[i]);
}

static void
block_free (Block *block)
{
  lt_pdf_block_clear_laid (block);
  g_free (block->markup);
  g_free (block->markup2);
  g_free (block->markup3);
  g_clear_pointer (&block->table, table_free);
  g_free (block);
}

void
lt_pdf_piece_free (gpointer data)
{
  Piece *piece = data;

  g_clear_object (&piece->layout);
  g_free (piece);
}

static Block *
add_block (LtPdfLayout *self,
           BlockKind    kind,
           const char  *markup)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->markup = g_strdup (markup);
  g_ptr_array_add (self->blocks, block);

  return block;
}

/* Drawing */

static void
draw_piece (cairo_t *cr,
            Piece   *piece)
{
  switch (piece->kind)
    {
    case PIECE_FILL:
      cairo_set_source_rgb (cr, piece->r, piece->g, piece->b);
      cairo_rectangle (cr, piece->x, piece->y, piece->x1, piece->y1);
      cairo_fill (cr);
      break;

    case PIECE_RULE:
      cairo_set_source_rgb (cr, piece->r, piece->g, piece->b);
      cairo_set_line_width (cr, piece->line_width);
      cairo_move_to (cr, piece->x, piece->y);
      cairo_line_to (cr, piece->x1, piece->y1);
      cairo_stroke (cr);
      break;

    case PIECE_TEXT:
      cairo_set_source_rgb (cr, piece->r, piece->g, piece->b);
      if (piece->n_lines < 0)
        {
          cairo_move_to (cr, piece->x, piece->y);
          pango_cairo_show_layout (cr, piece->layout);
        }
      else
        {
          /* only the lines of this page, so the text is not repeated in the file */
          PangoLayoutIter *iter = pango_layout_get_iter (piece->layout);
          int index = 0;

          /* the lines before this page are skipped, those after not visited */
          do
            {
              if (index >= piece->first_line + piece->n_lines)
                break;
              if (index >= piece->first_line)
                {
                  PangoRectangle logical;
                  int baseline = pango_layout_iter_get_baseline (iter);

                  pango_layout_iter_get_line_extents (iter, NULL, &logical);
                  cairo_move_to (cr,
                                 piece->x + (double) logical.x / PANGO_SCALE,
                                 piece->y - piece->offset + (double) baseline / PANGO_SCALE);
                  pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
                }
              index++;
            }
          while (pango_layout_iter_next_line (iter));

          pango_layout_iter_free (iter);
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

/* The watermark across the page, from the lower left corner to the upper
 * right one, centred, over everything else but light enough to read
 * through (the signature boxes are filled). The diagonal word is drawn
 * as outlines (a reader would take diagonal text for letters scattered
 * between the lines); @label, the same word as text, is set small at the
 * top of the page, where copying and screen readers find it. */
static void
draw_watermark (cairo_t     *cr,
                PangoLayout *layout,
                PangoLayout *label)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  cairo_save (cr);
  cairo_translate (cr, LT_PDF_PAGE_WIDTH / 2, LT_PDF_PAGE_HEIGHT / 2);
  cairo_rotate (cr, -0.955340); /* atan2 (LT_PDF_PAGE_HEIGHT, LT_PDF_PAGE_WIDTH): the diagonal */
  cairo_move_to (cr, -(double) logical.width / PANGO_SCALE / 2, -(double) logical.height / PANGO_SCALE / 2);
  pango_cairo_layout_path (cr, layout);
  cairo_set_source_rgba (cr, 0.45, 0.45, 0.50, 0.16);
  cairo_fill (cr);
  cairo_restore (cr);

  cairo_set_source_rgb (cr, 0.55, 0.55, 0.58);
  cairo_move_to (cr, MARGIN_LEFT, MARGIN_TOP - 26);
  pango_cairo_show_layout (cr, label);
}

static gboolean
measure_heads (LtPdfLayout  *self,
               PangoLayout **name,
               PangoLayout **left,
               PangoLayout **right,
               PangoLayout **head_left,
               PangoLayout **head_right,
               GError      **error)
{
  double name_h, left_h, right_h;

  *name = lt_pdf_make_layout (self, self->firm_name ? self->firm_name : "", FONT_FIRM,
                       TEXT_WIDTH * 0.58, LT_PDF_ALIGN_LEFT, error);
  if (*name == NULL)
    return FALSE;
  *left = lt_pdf_make_layout (self, self->letterhead_left ? self->letterhead_left : "", FONT_SMALL,
                       TEXT_WIDTH * 0.58, LT_PDF_ALIGN_LEFT, error);
  if (*left == NULL)
    return FALSE;
  *right = lt_pdf_make_layout (self, self->letterhead_right ? self->letterhead_right : "", FONT_SMALL,
                        TEXT_WIDTH * 0.40, LT_PDF_ALIGN_RIGHT, error);
  if (*right == NULL)
    return FALSE;
  *head_left = lt_pdf_make_layout (self, self->head_left ? self->head_left : "", FONT_SMALL,
                            TEXT_WIDTH * 0.5, LT_PDF_ALIGN_LEFT, error);
  if (*head_left == NULL)
    return FALSE;
  *head_right = lt_pdf_make_layout (self, self->head_right ? self->head_right : "", FONT_SMALL,
                             TEXT_WIDTH * 0.5, LT_PDF_ALIGN_RIGHT, error);
  if (*head_right == NULL)
    return FALSE;

  name_h = lt_pdf_layout_height (*name);
  left_h = lt_pdf_layout_height (*left);
  right_h = lt_pdf_layout_height (*right);

  self->first_top = MARGIN_TOP + MAX (name_h + 3 + left_h, right_h) + 22;
  self->other_top = MARGIN_TOP + MAX (lt_pdf_layout_height (*head_left), lt_pdf_layout_height (*head_right)) + 18;

  return TRUE;
}

static cairo_status_t
write_to_array (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Public API */

LtPdfLayout *
lt_pdf_layout_new (void)
{
  LtPdfLayout *self = g_new0 (LtPdfLayout, 1);

  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);

  return self;
}

void
lt_pdf_layout_free (LtPdfLayout *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->blocks);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->blank_widths, g_hash_table_unref);
  g_free (self->firm_name);
  g_free (self->letterhead_left);
  g_free (self->letterhead_right);
  g_free (self->head_left);
  g_free (self->head_right);
  g_free (self->footer);
  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);
  g_free (self->keywords);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_free (self->watermark);
  g_free (self);
}

void
lt_pdf_layout_set_letterhead (LtPdfLayout *self,
                              const char  *name,
                              const char  *left,
                              const char  *right)
{
  g_return_if_fail (self != NULL);

  g_free (self->firm_name);
  g_free (self->letterhead_left);
  g_free (self->letterhead_right);
  self->firm_name = g_strdup (name);
  self->letterhead_left = g_strdup (left);
  self->letterhead_right = g_strdup (right);
}

void
lt_pdf_layout_set_running_head (LtPdfLayout *self,
                                const char  *left,
                                const char  *right)
{
  g_return_if_fail (self != NULL);

  g_free (self->head_left);
  g_free (self->head_right);
  self->head_left = g_strdup (left);
  self->head_right = g_strdup (right);
}

void
lt_pdf_layout_set_footer (LtPdfLayout *self,
                          const char  *text)
{
  g_return_if_fail (self != NULL);

  g_free (self->footer);
  self->footer = g_strdup (text);
}

void
lt_pdf_layout_set_metadata (LtPdfLayout *self,
                            const char  *title,
                            const char  *author,
                            const char  *subject,
                            const char  *keywords,
                            GDateTime   *created)
{
  g_return_if_fail (self != NULL);

  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);
  g_free (self->keywords);
  self->title = g_strdup (title);
  self->author = g_strdup (author);
  self->subject = g_strdup (subject);
  self->keywords = g_strdup (keywords);
  g_clear_pointer (&self->created, g_date_time_unref);
  if (created != NULL)
    self->created = g_date_time_ref (created);
}

void
lt_pdf_layout_set_watermark (LtPdfLayout *self,
                             const char  *text)
{
  g_return_if_fail (self != NULL);

  g_free (self->watermark);
  self->watermark = g_strdup (text);
}

void
lt_pdf_layout_add_heading (LtPdfLayout *self,
                           guint        level,
                           const char  *markup)
{
  g_return_if_fail (self != NULL);

  add_block (self, BLOCK_HEADING, markup)->level = level;
}

void
lt_pdf_layout_add_paragraph (LtPdfLayout *self,
                             const char  *markup,
                             LtPdfAlign   align)
{
  g_return_if_fail (self != NULL);

  add_block (self, BLOCK_PARAGRAPH, markup)->align = align;
}

void
lt_pdf_layout_add_bullet (LtPdfLayout *self,
                          const char  *markup)
{
  g_return_if_fail (self != NULL);

  add_block (self, BLOCK_BULLET, markup);
}

void
lt_pdf_layout_add_space (LtPdfLayout *self,
                         double       points)
{
  g_return_if_fail (self != NULL);

  add_block (self, BLOCK_SPACE, NULL)->space = points;
}

void
lt_pdf_layout_add_page_break (LtPdfLayout *self)
{
  g_return_if_fail (self != NULL);

  add_block (self, BLOCK_PAGE_BREAK, NULL);
}

void
lt_pdf_layout_add_signatures (LtPdfLayout *self,
                              const char  *place,
                              const char  *left,
                              const char  *right)
{
  Block *block;

  g_return_if_fail (self != NULL);

  block = add_block (self, BLOCK_SIGNATURES, left);
  block->markup2 = g_strdup (right);
  block->markup3 = g_strdup (place);
}

LtPdfTable *
lt_pdf_layout_add_table (LtPdfLayout      *self,
                         guint             n_columns,
                         const double     *widths,
                         const LtPdfAlign *aligns)
{
  LtPdfTable *table;
  Block *block;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_columns > 0, NULL);
  g_return_val_if_fail (widths != NULL, NULL);

  table = g_new0 (LtPdfTable, 1);
  table->n_columns = n_columns;
  table->widths = g_memdup2 (widths, sizeof (double) * n_columns);
  if (aligns != NULL)
    table->aligns = g_memdup2 (aligns, sizeof (LtPdfAlign) * n_columns);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);

  block = add_block (self, BLOCK_TABLE, NULL);
  block->table = table;

  return table;
}

void
lt_pdf_table_add_row (LtPdfTable         *table,
                      LtPdfRowStyle       style,
                      const char * const *cells)
{
  Row *row;

  g_return_if_fail (table != NULL);
  g_return_if_fail (cells != NULL);

  row = g_new0 (Row, 1);
  row->style = style;
  row->cells = g_new0 (char *, table->n_columns + 1);
  for (guint i = 0; i < table->n_columns && cells[i] != NULL; i++)
    row->cells[i] = g_strdup (cells[i]);
  g_ptr_array_add (table->rows, row);
}

GBytes *
lt_pdf_layout_render (LtPdfLayout  *self,
                      GError      **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(PangoLayout) name = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  g_autoptr(PangoLayout) head_left = NULL;
  g_autoptr(PangoLayout) head_right = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  g_autoptr(PangoLayout) watermark = NULL;
  g_autoptr(PangoLayout) watermark_label = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  gboolean ok = FALSE;

  g_return_val_if_fail (self != NULL, NULL);

  surface = cairo_pdf_surface_create_for_stream (write_to_array, bytes,
                                                 LT_PDF_PAGE_WIDTH, LT_PDF_PAGE_HEIGHT);
  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);
  if (self->title)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  if (self->author)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->author);
  if (self->subject)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, self->subject);
  if (self->keywords)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, self->keywords);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Lettrine " PACKAGE_VERSION);
  if (self->created)
    {
      g_autofree char *iso = g_date_time_format (self->created, "%Y-%m-%dT%H:%M:%S");

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, iso);
    }

  cr = cairo_create (surface);

  lt_pdf_cache_begin (self, cr);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_ptr_array_foreach (self->blocks, (GFunc) lt_pdf_block_clear_laid, NULL);

  if (!measure_heads (self, &name, &left, &right, &head_left, &head_right, error))
    goto out;

  if (!lt_pdf_layout_paginate (self, error))
    goto out;
  self->n_pages = self->pages->len;

  footer = lt_pdf_make_layout (self, self->footer ? self->footer : "", FONT_SMALL,
                        TEXT_WIDTH - 80, LT_PDF_ALIGN_LEFT, error);
  if (footer == NULL)
    goto out;
  if (self->watermark != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (self->watermark, -1);

      g_autoptr(PangoLayout) shared = lt_pdf_make_layout (self, escaped, FONT_WATERMARK, 2 * LT_PDF_PAGE_WIDTH,
                                                          LT_PDF_ALIGN_LEFT, error);

      if (shared == NULL)
        goto out;
      /* a copy: the made layouts are shared with the next renders */
      watermark = pango_layout_copy (shared);
      pango_layout_set_width (watermark, -1); /* its extents: the word's, to centre it */
      watermark_label = lt_pdf_make_layout (self, escaped, FONT_SMALL, TEXT_WIDTH, LT_PDF_ALIGN_CENTER, error);
      if (watermark_label == NULL)
        goto out;
    }

  for (guint p = 0; p < self->pages->len; p++)
    {
      GPtrArray *page = g_ptr_array_index (self->pages, p);
      g_autofree char *number = g_markup_printf_escaped (_("page %u / %u"), p + 1, self->n_pages);
      g_autoptr(PangoLayout) number_layout = NULL;
      double rule_y;

      if (p == 0)
        {
          cairo_set_source_rgb (cr, ACCENT_R, ACCENT_G, ACCENT_B);
          cairo_move_to (cr, MARGIN_LEFT, MARGIN_TOP);
          pango_cairo_show_layout (cr, name);
          cairo_set_source_rgb (cr, 0.25, 0.25, 0.28);
          cairo_move_to (cr, MARGIN_LEFT, MARGIN_TOP + lt_pdf_layout_height (name) + 3);
          pango_cairo_show_layout (cr, left);
          cairo_move_to (cr, MARGIN_LEFT + TEXT_WIDTH * 0.60, MARGIN_TOP + 2);
          pango_cairo_show_layout (cr, right);
          rule_y = self->first_top - 12;
          cairo_set_source_rgb (cr, ACCENT_R, ACCENT_G, ACCENT_B);
          cairo_set_line_width (cr, 1.2);
        }
      else
        {
          cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
          cairo_move_to (cr, MARGIN_LEFT, MARGIN_TOP);
          pango_cairo_show_layout (cr, head_left);
          cairo_move_to (cr, MARGIN_LEFT + TEXT_WIDTH * 0.5, MARGIN_TOP);
          pango_cairo_show_layout (cr, head_right);
          rule_y = self->other_top - 10;
          cairo_set_source_rgb (cr, 0.7, 0.72, 0.76);
          cairo_set_line_width (cr, 0.5);
        }
      cairo_move_to (cr, MARGIN_LEFT, rule_y);
      cairo_line_to (cr, MARGIN_LEFT + TEXT_WIDTH, rule_y);
      cairo_stroke (cr);

      for (guint i = 0; i < page->len; i++)
        {
          Piece *piece = g_ptr_array_index (page, i);

          draw_piece (cr, piece);
        }

      if (watermark != NULL)
        draw_watermark (cr, watermark, watermark_label);

      /* footer */
      cairo_set_source_rgb (cr, 0.7, 0.72, 0.76);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, MARGIN_LEFT, LT_PDF_PAGE_HEIGHT - 50);
      cairo_line_to (cr, MARGIN_LEFT + TEXT_WIDTH, LT_PDF_PAGE_HEIGHT - 50);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
      cairo_move_to (cr, MARGIN_LEFT, LT_PDF_PAGE_HEIGHT - 45);
      pango_cairo_show_layout (cr, footer);
      number_layout = lt_pdf_make_layout (self, number, FONT_SMALL, 76, LT_PDF_ALIGN_RIGHT, error);
      if (number_layout == NULL)
        goto out;
      cairo_move_to (cr, MARGIN_LEFT + TEXT_WIDTH - 76, LT_PDF_PAGE_HEIGHT - 45);
      pango_cairo_show_layout (cr, number_layout);

      cairo_show_page (cr);
    }

  ok = TRUE;

out:
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  g_ptr_array_foreach (self->blocks, (GFunc) lt_pdf_block_clear_laid, NULL);
  g_clear_pointer (&self->blank_widths, g_hash_table_unref);
  g_clear_object (&self->context);

  if (!ok)
    return NULL;

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_RENDER,
                   _("The PDF could not be written (%s)."), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

guint
lt_pdf_layout_get_n_pages (LtPdfLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_pages;
}
