/* lt-pdf-paginate.c: the first pass of the layout — blocks measured with Pango and placed on pages */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-pdf-paginate"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-pdf-layout-private.h"

/* Layout helpers */

/* The advance of a no-break space (U+00A0, U+202F) in @font, as Pango
 * shapes it, measured once per render. (transfer none) */
static int
blank_width (LtPdfLayout *self,
             const char  *font,
             gunichar     c)
{
  g_autofree char *key = g_strdup_printf ("%s|%x", font, c);
  gpointer width;

  if (!g_hash_table_lookup_extended (self->blank_widths, key, NULL, &width))
    {
      g_autoptr(PangoLayout) layout = pango_layout_new (self->context);
      g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);
      char text[8] = { 0 };
      int w, h;

      g_unichar_to_utf8 (c, text);
      pango_layout_set_font_description (layout, desc);
      pango_layout_set_text (layout, text, -1);
      pango_layout_get_size (layout, &w, &h);
      width = GINT_TO_POINTER (w);
      g_hash_table_insert (self->blank_widths, g_steal_pointer (&key), width);
    }

  return GPOINTER_TO_INT (width);
}

/* Each font is embedded once. Cairo's PDF writer puts the glyphs of
 * characters in WinAnsi into a TrueType subset of the font and any other
 * glyph into a second, CID subset of the same font: no-break spaces
 * (U+00A0 is left out of cairo's WinAnsi, U+202F is not in it) and
 * ligatures (ﬁ, ﬀ) did that for every font of the letter. So no-break
 * spaces are drawn as blanks of their own width (a shape: no glyph, the
 * character kept in the PDF's text) and ligatures are not formed. */
static void
keep_glyphs_latin (LtPdfLayout   *self,
                   const char    *font,
                   const char    *text,
                   PangoAttrList *attrs)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      PangoAttribute *attr;
      PangoRectangle rect = { 0, 0, 0, 0 };

      if (c != 0x00A0 && c != 0x202F)
        continue;
      rect.width = blank_width (self, font, c);
      attr = pango_attr_shape_new (&rect, &rect);
      attr->start_index = p - text;
      attr->end_index = g_utf8_next_char (p) - text;
      pango_attr_list_insert (attrs, attr);
    }

  pango_attr_list_insert_before (attrs, pango_attr_font_features_new ("liga 0"));
}

PangoLayout *
lt_pdf_make_layout (LtPdfLayout  *self,
             const char   *markup,
             const char   *font,
             double        width,
             LtPdfAlign    align,
             GError      **error)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoFontDescription) desc = NULL;
  g_autoptr(GError) local_error = NULL;
  PangoAttrList *attrs = NULL;
  g_autofree char *text = NULL;
  PangoAttribute *attr;

  /* made by an earlier render on this thread (lt-pdf-cache.c) */
  if ((layout = lt_pdf_cache_lookup (markup ? markup : "", font, width, align)) != NULL)
    return g_steal_pointer (&layout);

  if (!pango_parse_markup (markup ? markup : "", -1, 0, &attrs, &text, NULL, &local_error))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_RENDER,
                   _("The letter template contains invalid text formatting (%s) near « %.60s »: correct the template."),
                   local_error->message, markup);
      return NULL;
    }

  layout = pango_layout_new (self->context);
  desc = pango_font_description_from_string (font);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_spacing (layout, (int) (1.2 * PANGO_SCALE));

  /* French hyphenation where Pango offers it (soft hyphens, long words). */
  attr = pango_attr_insert_hyphens_new (TRUE);
  pango_attr_list_insert_before (attrs, attr);
  attr = pango_attr_language_new (pango_language_from_string ("fr-fr"));
  pango_attr_list_insert_before (attrs, attr);

  keep_glyphs_latin (self, font, text, attrs);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  switch (align)
    {
    case LT_PDF_ALIGN_JUSTIFY:
      pango_layout_set_justify (layout, TRUE);
      pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
      break;
    case LT_PDF_ALIGN_LEFT:
      pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
      break;
    case LT_PDF_ALIGN_CENTER:
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      break;
    case LT_PDF_ALIGN_RIGHT:
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      break;
    default:
      g_assert_not_reached ();
    }

  lt_pdf_cache_insert (markup ? markup : "", font, width, align, layout);

  return g_steal_pointer (&layout);
}

double
lt_pdf_layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

/* Bottom of each line, in points from the layout's top. */
static GArray *
line_bottoms (PangoLayout *layout)
{
  GArray *bottoms = g_array_new (FALSE, FALSE, sizeof (double));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      int y0, y1;
      double bottom;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      bottom = (double) y1 / PANGO_SCALE;
      g_array_append_val (bottoms, bottom);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);

  return bottoms;
}

/* Pagination */

static GPtrArray *
current_page (LtPdfLayout *self)
{
  return g_ptr_array_index (self->pages, self->pages->len - 1);
}

static double
page_top (LtPdfLayout *self)
{
  return self->pages->len == 1 ? self->first_top : self->other_top;
}

static void
new_page (LtPdfLayout *self)
{
  g_ptr_array_add (self->pages, g_ptr_array_new_with_free_func (lt_pdf_piece_free));
  self->y = page_top (self);
}

static gboolean
at_page_top (LtPdfLayout *self)
{
  return self->y <= page_top (self) + 0.01;
}

static Piece *
add_text_piece (LtPdfLayout *self,
                PangoLayout *layout,
                double       x,
                double       y)
{
  Piece *piece = g_new0 (Piece, 1);

  piece->kind = PIECE_TEXT;
  piece->layout = g_object_ref (layout);
  piece->x = x;
  piece->y = y;
  piece->n_lines = -1;
  piece->r = 0.08;
  piece->g = 0.08;
  piece->b = 0.10;
  g_ptr_array_add (current_page (self), piece);

  return piece;
}

static void
add_rule (LtPdfLayout *self,
          double       x0,
          double       y0,
          double       x1,
          double       gray,
          double       width)
{
  Piece *piece = g_new0 (Piece, 1);

  piece->kind = PIECE_RULE;
  piece->x = x0;
  piece->y = y0;
  piece->x1 = x1;
  piece->y1 = y0;
  piece->r = piece->g = piece->b = gray;
  piece->line_width = width;
  g_ptr_array_add (current_page (self), piece);
}

static void
add_fill (LtPdfLayout *self,
          double       x,
          double       y,
          double       w,
          double       h,
          double       r,
          double       g,
          double       b)
{
  Piece *piece = g_new0 (Piece, 1);

  piece->kind = PIECE_FILL;
  piece->x = x;
  piece->y = y;
  piece->x1 = w;
  piece->y1 = h;
  piece->r = r;
  piece->g = g;
  piece->b = b;
  g_ptr_array_add (current_page (self), piece);
}

/* Places a text layout at the cursor, splitting it between lines across
 * pages when it does not fit, with at least two lines on each side. Its
 * last lines stay on the page of what follows when @keep (the height that
 * must follow them, e.g. the signature block) is not 0. */
static void
place_text (LtPdfLayout *self,
            PangoLayout *layout,
            double       x,
            double       keep)
{
  g_autoptr(GArray) bottoms = line_bottoms (layout);
  guint n = bottoms->len;
  guint first = 0;
  double offset = 0;

  while (first < n)
    {
      double avail = BODY_BOTTOM - self->y;
      double last = g_array_index (bottoms, double, n - 1);
      guint fit = 0;
      Piece *piece;

      if (last - offset + (at_page_top (self) ? 0 : keep) <= avail)
        {
          piece = add_text_piece (self, layout, x, self->y);
          piece->first_line = first;
          piece->n_lines = first == 0 ? -1 : (int) (n - first);
          piece->offset = offset;
          self->y += last - offset;
          return;
        }

      while (first + fit < n && g_array_index (bottoms, double, first + fit) - offset <= avail)
        fit++;

      /* the rest fits, but not with what must follow it: its last two
       * lines go over with it (the whole text when it has fewer than four) */
      if (first + fit == n)
        fit = n - first >= 4 ? n - first - 2 : 0;

      /* no orphan (one line left at the foot) and no widow (one line alone at the top) */
      if (fit >= 2 && n - first - fit == 1)
        fit--;
      if (fit < 2 && !(at_page_top (self) && fit >= 1))
        {
          if (at_page_top (self))
            fit = MAX (fit, 1);
          else
            {
              new_page (self);
              continue;
            }
        }

      piece = add_text_piece (self, layout, x, self->y);
      piece->first_line = first;
      piece->n_lines = fit;
      piece->offset = offset;
      offset = g_array_index (bottoms, double, first + fit - 1);
      first += fit;
      new_page (self);
    }
}

/* The least height a block needs on the page of the heading before it. */
static double block_min_height (LtPdfLayout *self, guint index);

/* The block's layout in @slot, made and shaped once per render: the look
 * of a heading at the block after it and the placing of that block share
 * it. (transfer none) */
static PangoLayout *
block_layout (LtPdfLayout  *self,
              Block        *block,
              guint         slot,
              const char   *markup,
              const char   *font,
              double        width,
              LtPdfAlign    align,
              GError      **error)
{
  g_assert (slot < G_N_ELEMENTS (block->laid));

  if (block->laid[slot] == NULL)
    block->laid[slot] = lt_pdf_make_layout (self, markup, font, width, align, error);

  return block->laid[slot];
}

/* A paragraph's or a bullet's text. */
static PangoLayout *
text_layout (LtPdfLayout  *self,
             Block        *block,
             GError      **error)
{
  if (block->kind == BLOCK_BULLET)
    return block_layout (self, block, 0, block->markup, FONT_BODY, TEXT_WIDTH - BULLET_INDENT,
                         LT_PDF_ALIGN_JUSTIFY, error);

  return block_layout (self, block, 0, block->markup, FONT_BODY, TEXT_WIDTH, block->align, error);
}

static double
heading_space_before (guint level)
{
  return level <= 1 ? 13.0 : level == 2 ? 9.0 : 6.0;
}

static const char *
heading_font (guint level)
{
  return level <= 1 ? FONT_H1 : level == 2 ? FONT_H2 : FONT_H3;
}

typedef struct {
  LtPdfRowStyle  style;
  PangoLayout  **cells;
  double         height;
} LaidRow;

static void
laid_row_free (LaidRow *row)
{
  for (guint i = 0; row->cells[i] != NULL; i++)
    g_object_unref (row->cells[i]);
  g_free (row->cells);
  g_free (row);
}

static LaidRow *
lay_row (LtPdfLayout  *self,
         LtPdfTable   *table,
         Row          *row,
         GError      **error)
{
  LaidRow *laid = g_new0 (LaidRow, 1);
  const char *font = FONT_TABLE;

  laid->style = row->style;
  laid->cells = g_new0 (PangoLayout *, table->n_columns + 1);

  for (guint c = 0; c < table->n_columns; c++)
    {
      double width = table->widths[c] * TEXT_WIDTH - 2 * CELL_PAD_X;
      g_autofree char *markup = NULL;
      const char *text = row->cells[c] ? row->cells[c] : "";
      LtPdfAlign align = table->aligns ? table->aligns[c] : LT_PDF_ALIGN_LEFT;

      if (align == LT_PDF_ALIGN_JUSTIFY)
        align = LT_PDF_ALIGN_LEFT;
      if (row->style != LT_PDF_ROW_NORMAL)
        markup = g_strdup_printf ("<b>%s</b>", text);
      else
        markup = g_strdup (text);

      laid->cells[c] = lt_pdf_make_layout (self, markup, font, width, align, error);
      if (laid->cells[c] == NULL)
        {
          laid_row_free (laid);
          return NULL;
        }
      laid->height = MAX (laid->height, lt_pdf_layout_height (laid->cells[c]) + 2 * CELL_PAD_Y);
    }

  return laid;
}

static void
draw_row_at_cursor (LtPdfLayout *self,
                    LtPdfTable  *table,
                    LaidRow     *row)
{
  double x = MARGIN_LEFT;

  if (row->style == LT_PDF_ROW_HEADER)
    add_fill (self, MARGIN_LEFT, self->y, TEXT_WIDTH, row->height, 0.90, 0.92, 0.95);
  if (row->style == LT_PDF_ROW_TOTAL)
    add_rule (self, MARGIN_LEFT, self->y, MARGIN_LEFT + TEXT_WIDTH, 0.25, 0.7);

  for (guint c = 0; c < table->n_columns; c++)
    {
      add_text_piece (self, row->cells[c], x + CELL_PAD_X, self->y + CELL_PAD_Y);
      x += table->widths[c] * TEXT_WIDTH;
    }

  self->y += row->height;
  add_rule (self, MARGIN_LEFT, self->y, MARGIN_LEFT + TEXT_WIDTH,
            row->style == LT_PDF_ROW_HEADER ? 0.35 : 0.78, row->style == LT_PDF_ROW_HEADER ? 0.7 : 0.4);
}

static gboolean
place_table (LtPdfLayout  *self,
             LtPdfTable   *table,
             double        keep,
             GError      **error)
{
  g_autoptr(GPtrArray) laid = g_ptr_array_new_with_free_func ((GDestroyNotify) laid_row_free);
  LaidRow *header = NULL;

  for (guint i = 0; i < table->rows->len; i++)
    {
      LaidRow *row = lay_row (self, table, g_ptr_array_index (table->rows, i), error);

      if (row == NULL)
        return FALSE;
      g_ptr_array_add (laid, row);
    }

  for (guint i = 0; i < laid->len; i++)
    {
      LaidRow *row = g_ptr_array_index (laid, i);
      double need = row->height;

      /* keep a header with the first row below it */
      if (row->style == LT_PDF_ROW_HEADER && i + 1 < laid->len)
        need += ((LaidRow *) g_ptr_array_index (laid, i + 1))->height;
      /* and the last row with what must follow the table */
      if (i + 1 == laid->len)
        need += keep;

      if (self->y + need > BODY_BOTTOM && !at_page_top (self))
        {
          new_page (self);
          if (header != NULL && row->style != LT_PDF_ROW_HEADER)
            draw_row_at_cursor (self, table, header);
        }

      if (row->style == LT_PDF_ROW_HEADER)
        header = row;

      draw_row_at_cursor (self, table, row);
    }

  self->y += 8;

  return TRUE;
}

static double
table_min_height (LtPdfLayout *self,
                  LtPdfTable  *table)
{
  double need = 0;

  /* an estimate without laying out: header and one row of single lines */
  for (guint i = 0; i < MIN (table->rows->len, 2); i++)
    need += 2 * CELL_PAD_Y + 12.0;

  return need;
}

static double
block_min_height (LtPdfLayout *self,
                  guint        index)
{
  Block *block;
  PangoLayout *layout;

  if (index >= self->blocks->len)
    return 0;

  block = g_ptr_array_index (self->blocks, index);

  switch (block->kind)
    {
    case BLOCK_PARAGRAPH:
    case BLOCK_BULLET:
      layout = text_layout (self, block, NULL);
      if (layout == NULL)
        return 0;
      else
        {
          g_autoptr(GArray) bottoms = line_bottoms (layout);
          return g_array_index (bottoms, double, MIN (bottoms->len, 2) - 1);
        }

    case BLOCK_HEADING:
      layout = block_layout (self, block, 0, block->markup, heading_font (block->level), TEXT_WIDTH,
                             LT_PDF_ALIGN_LEFT, NULL);
      return heading_space_before (block->level) + (layout ? lt_pdf_layout_height (layout) : 0) + 4
             + block_min_height (self, index + 1);

    case BLOCK_TABLE:
      return table_min_height (self, block->table);

    case BLOCK_SIGNATURES:
      return 90;

    case BLOCK_SPACE:
    case BLOCK_PAGE_BREAK:
    default:
      return 0;
    }
}

/* The signature block's layouts (both sides and the place line, NULL
 * when there is none) and the height it needs. */
static gboolean
measure_signatures (LtPdfLayout  *self,
                    Block        *block,
                    double       *place_height,
                    double       *height,
                    GError      **error)
{
  double half = (TEXT_WIDTH - 24) / 2;
  PangoLayout *left = block_layout (self, block, 0, block->markup, FONT_BODY, half - 12, LT_PDF_ALIGN_LEFT, error);
  PangoLayout *right = left ? block_layout (self, block, 1, block->markup2, FONT_BODY, half - 12, LT_PDF_ALIGN_LEFT, error) : NULL;
  PangoLayout *place = NULL;

  if (right == NULL)
    return FALSE;
  *place_height = 0;
  if (block->markup3 != NULL && *block->markup3 != '\0')
    {
      place = block_layout (self, block, 2, block->markup3, FONT_BODY, TEXT_WIDTH, LT_PDF_ALIGN_RIGHT, error);
      if (place == NULL)
        return FALSE;
      *place_height = lt_pdf_layout_height (place) + 6;
    }
  *height = MAX (lt_pdf_layout_height (left), lt_pdf_layout_height (right)) + SIGNATURE_ROOM;

  return TRUE;
}

/* What must stay on the page of the end of block @index (with @after,
 * the space the block leaves below itself): the signature block keeps the
 * block before it (keep-with-next), so that it never stands alone at the
 * top of the last page. 0 for anything else. */
static double
keep_with_next (LtPdfLayout *self,
                guint        index,
                double       after)
{
  double spaces = after;

  for (guint j = index + 1; j < self->blocks->len; j++)
    {
      Block *next = g_ptr_array_index (self->blocks, j);
      double place_height, height;

      if (next->kind == BLOCK_SPACE)
        {
          spaces += next->space;
          continue;
        }
      if (next->kind == BLOCK_SIGNATURES && measure_signatures (self, next, &place_height, &height, NULL))
        return spaces + place_height + height + 8;
      break;
    }

  return 0;
}

/* A paragraph or a bullet that must stay with what follows moves whole to
 * the next page when it is too short to leave two lines on each side. */
static void
keep_short_text (LtPdfLayout *self,
                 PangoLayout *layout,
                 double       keep)
{
  if (keep > 0 && !at_page_top (self) &&
      self->y + lt_pdf_layout_height (layout) + keep > BODY_BOTTOM &&
      pango_layout_get_line_count (layout) < 4)
    new_page (self);
}

gboolean
lt_pdf_layout_paginate (LtPdfLayout  *self,
          GError      **error)
{
  new_page (self);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      PangoLayout *layout;
      PangoLayout *layout2;
      double keep;

      switch (block->kind)
        {
        case BLOCK_HEADING:
          {
            double before = heading_space_before (block->level);
            Piece *piece;
            double need;

            layout = block_layout (self, block, 0, block->markup, heading_font (block->level), TEXT_WIDTH,
                                   LT_PDF_ALIGN_LEFT, error);
            if (layout == NULL)
              return FALSE;

            /* never leave a heading alone at the foot of a page */
            need = before + lt_pdf_layout_height (layout) + 4 + block_min_height (self, i + 1);
            if (self->y + need > BODY_BOTTOM && !at_page_top (self))
              new_page (self);
            if (!at_page_top (self))
              self->y += before;

            piece = add_text_piece (self, layout, MARGIN_LEFT, self->y);
            piece->r = ACCENT_R;
            piece->g = ACCENT_G;
            piece->b = ACCENT_B;
            self->y += lt_pdf_layout_height (layout);
            if (block->level <= 1)
              {
                Piece *rule;

                self->y += 1.5;
                add_rule (self, MARGIN_LEFT, self->y, MARGIN_LEFT + TEXT_WIDTH, 0, 0.6);
                rule = g_ptr_array_index (current_page (self), current_page (self)->len - 1);
                rule->r = ACCENT_R;
                rule->g = ACCENT_G;
                rule->b = ACCENT_B;
              }
            self->y += 4;
          }
          break;

        case BLOCK_PARAGRAPH:
          layout = text_layout (self, block, error);
          if (layout == NULL)
            return FALSE;
          keep = keep_with_next (self, i, 5.5);
          keep_short_text (self, layout, keep);
          place_text (self, layout, MARGIN_LEFT, keep);
          self->y += 5.5;
          break;

        case BLOCK_BULLET:
          {
            double y0;

            layout = text_layout (self, block, error);
            layout2 = block_layout (self, block, 1, "•", FONT_BODY, BULLET_INDENT, LT_PDF_ALIGN_LEFT, error);
            if (layout == NULL || layout2 == NULL)
              return FALSE;
            if (self->y + block_min_height (self, i) > BODY_BOTTOM)
              new_page (self);
            keep = keep_with_next (self, i, 2.5);
            keep_short_text (self, layout, keep);
            y0 = self->y;
            add_text_piece (self, layout2, MARGIN_LEFT + 3, y0);
            place_text (self, layout, MARGIN_LEFT + BULLET_INDENT, keep);
            self->y += 2.5;
          }
          break;

        case BLOCK_SPACE:
          if (!at_page_top (self))
            self->y = MIN (self->y + block->space, BODY_BOTTOM);
          break;

        case BLOCK_PAGE_BREAK:
          if (!at_page_top (self))
            new_page (self);
          break;

        case BLOCK_SIGNATURES:
          {
            double half = (TEXT_WIDTH - 24) / 2;
            double place_height = 0;
            double height;

            if (!measure_signatures (self, block, &place_height, &height, error))
              return FALSE;
            if (self->y + place_height + height + 8 > BODY_BOTTOM && !at_page_top (self))
              new_page (self);
            if (block->laid[2] != NULL)
              {
                add_text_piece (self, block->laid[2], MARGIN_LEFT, self->y);
                self->y += place_height;
              }
            self->y += 8;
            add_fill (self, MARGIN_LEFT, self->y, half, height, 0.965, 0.97, 0.98);
            add_fill (self, MARGIN_LEFT + half + 24, self->y, half, height, 0.965, 0.97, 0.98);
            add_text_piece (self, block->laid[0], MARGIN_LEFT + 6, self->y + 6);
            add_text_piece (self, block->laid[1], MARGIN_LEFT + half + 30, self->y + 6);
            self->y += height + 6;
          }
          break;

        case BLOCK_TABLE:
          if (!place_table (self, block->table, keep_with_next (self, i, 8), error))
            return FALSE;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  /* a trailing empty page (a page break at the end) is dropped */
  if (self->pages->len > 1 && current_page (self)->len == 0)
    g_ptr_array_remove_index (self->pages, self->pages->len - 1);

  return TRUE;
}
