/* lt-pdf-layout.c: a paginated A4 document laid out with Pango, drawn on a Cairo PDF surface */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-pdf-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "lt-error.h"
#include "lt-pdf-layout.h"

/* Two passes: lay every block out into pages of positioned pieces (so the
 * number of pages is known), then draw the pieces, the letterhead and the
 * footer « page N / M » of each page. */

#define MARGIN_LEFT    62.0
#define MARGIN_RIGHT   62.0
#define MARGIN_TOP     48.0
#define BODY_BOTTOM    (LT_PDF_PAGE_HEIGHT - 66.0)
#define TEXT_WIDTH     (LT_PDF_PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT)
#define CELL_PAD_X     4.0
#define CELL_PAD_Y     3.2
#define BULLET_INDENT  14.0
#define SIGNATURE_ROOM 62.0

#define FONT_BODY      "DejaVu Serif 9.5"
#define FONT_TABLE     "DejaVu Sans 8.3"
#define FONT_SMALL     "DejaVu Sans 6.8"
#define FONT_FIRM      "DejaVu Sans Bold 15"
#define FONT_H1        "DejaVu Sans Bold 12.5"
#define FONT_H2        "DejaVu Sans Bold 10.2"
#define FONT_H3        "DejaVu Sans Bold Oblique 9.5"

/* The house colour of headings and rules: a sober dark blue. */
#define ACCENT_R 0.11
#define ACCENT_G 0.23
#define ACCENT_B 0.42

typedef enum {
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_BULLET,
  BLOCK_SPACE,
  BLOCK_PAGE_BREAK,
  BLOCK_SIGNATURES,
  BLOCK_TABLE,
} BlockKind;

typedef struct {
  LtPdfRowStyle   style;
  char          **cells;
} Row;

struct _LtPdfTable {
  guint       n_columns;
  double     *widths;
  LtPdfAlign *aligns;
  GPtrArray  *rows;
};

typedef struct {
  BlockKind   kind;
  guint       level;
  LtPdfAlign  align;
  char       *markup;
  char       *markup2;
  char       *markup3;
  double      space;
  LtPdfTable *table;
} Block;

typedef enum {
  PIECE_TEXT,
  PIECE_RULE,
  PIECE_FILL,
} PieceKind;

typedef struct {
  PieceKind    kind;
  PangoLayout *layout;
  double       x;
  double       y;
  /* PIECE_TEXT: lines [first_line, first_line + n_lines) drawn with their
   * top at y (-1 n_lines: the whole layout). */
  int          first_line;
  int          n_lines;
  double       offset;
  /* PIECE_RULE: to (x1, y1); PIECE_FILL: a w × h rectangle */
  double       x1;
  double       y1;
  double       r, g, b;
  double       line_width;
} Piece;

struct _LtPdfLayout {
  GPtrArray    *blocks;
  char         *firm_name;
  char         *letterhead_left;
  char         *letterhead_right;
  char         *head_left;
  char         *head_right;
  char         *footer;
  char         *title;
  char         *author;
  char         *subject;
  char         *keywords;
  GDateTime    *created;

  /* during render */
  PangoContext *context;
  GPtrArray    *pages;      /* GPtrArray of Piece */
  double        y;
  double        first_top;
  double        other_top;
  guint         n_pages;
};

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

static void
block_free (Block *block)
{
  g_free (block->markup);
  g_free (block->markup2);
  g_free (block->markup3);
  g_clear_pointer (&block->table, table_free);
  g_free (block);
}

static void
piece_free (Piece *piece)
{
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

/* Layout helpers */

static PangoLayout *
make_layout (LtPdfLayout  *self,
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

  return g_steal_pointer (&layout);
}

static double
layout_height (PangoLayout *layout)
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
  g_ptr_array_add (self->pages, g_ptr_array_new_with_free_func ((GDestroyNotify) piece_free));
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
 * pages when it does not fit, with at least two lines on each side. */
static void
place_text (LtPdfLayout *self,
            PangoLayout *layout,
            double       x)
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

      if (last - offset <= avail)
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

      laid->cells[c] = make_layout (self, markup, font, width, align, error);
      if (laid->cells[c] == NULL)
        {
          laid_row_free (laid);
          return NULL;
        }
      laid->height = MAX (laid->height, layout_height (laid->cells[c]) + 2 * CELL_PAD_Y);
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
  g_autoptr(PangoLayout) layout = NULL;

  if (index >= self->blocks->len)
    return 0;

  block = g_ptr_array_index (self->blocks, index);

  switch (block->kind)
    {
    case BLOCK_PARAGRAPH:
    case BLOCK_BULLET:
      layout = make_layout (self, block->markup, FONT_BODY,
                            block->kind == BLOCK_BULLET ? TEXT_WIDTH - BULLET_INDENT : TEXT_WIDTH,
                            block->align, NULL);
      if (layout == NULL)
        return 0;
      else
        {
          g_autoptr(GArray) bottoms = line_bottoms (layout);
          return g_array_index (bottoms, double, MIN (bottoms->len, 2) - 1);
        }

    case BLOCK_HEADING:
      layout = make_layout (self, block->markup, heading_font (block->level), TEXT_WIDTH,
                            LT_PDF_ALIGN_LEFT, NULL);
      return heading_space_before (block->level) + (layout ? layout_height (layout) : 0) + 4
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

static gboolean
paginate (LtPdfLayout  *self,
          GError      **error)
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      g_autoptr(PangoLayout) layout = NULL;
      g_autoptr(PangoLayout) layout2 = NULL;

      switch (block->kind)
        {
        case BLOCK_HEADING:
          {
            double before = heading_space_before (block->level);
            Piece *piece;
            double need;

            layout = make_layout (self, block->markup, heading_font (block->level), TEXT_WIDTH,
                                  LT_PDF_ALIGN_LEFT, error);
            if (layout == NULL)
              return FALSE;

            /* never leave a heading alone at the foot of a page */
            need = before + layout_height (layout) + 4 + block_min_height (self, i + 1);
            if (self->y + need > BODY_BOTTOM && !at_page_top (self))
              new_page (self);
            if (!at_page_top (self))
              self->y += before;

            piece = add_text_piece (self, layout, MARGIN_LEFT, self->y);
            piece->r = ACCENT_R;
            piece->g = ACCENT_G;
            piece->b = ACCENT_B;
            self->y += layout_height (layout);
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
          layout = make_layout (self, block->markup, FONT_BODY, TEXT_WIDTH, block->align, error);
          if (layout == NULL)
            return FALSE;
          place_text (self, layout, MARGIN_LEFT);
          self->y += 5.5;
          break;

        case BLOCK_BULLET:
          {
            double y0;

            layout = make_layout (self, block->markup, FONT_BODY, TEXT_WIDTH - BULLET_INDENT,
                                  LT_PDF_ALIGN_JUSTIFY, error);
            layout2 = make_layout (self, "•", FONT_BODY, BULLET_INDENT, LT_PDF_ALIGN_LEFT, error);
            if (layout == NULL || layout2 == NULL)
              return FALSE;
            if (self->y + block_min_height (self, i) > BODY_BOTTOM)
              new_page (self);
            y0 = self->y;
            add_text_piece (self, layout2, MARGIN_LEFT + 3, y0);
            place_text (self, layout, MARGIN_LEFT + BULLET_INDENT);
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
            g_autoptr(PangoLayout) place = NULL;
            double place_height = 0;
            double height;

            layout = make_layout (self, block->markup, FONT_BODY, half - 12, LT_PDF_ALIGN_LEFT, error);
            layout2 = make_layout (self, block->markup2, FONT_BODY, half - 12, LT_PDF_ALIGN_LEFT, error);
            if (layout == NULL || layout2 == NULL)
              return FALSE;
            if (block->markup3 != NULL && *block->markup3 != '\0')
              {
                place = make_layout (self, block->markup3, FONT_BODY, TEXT_WIDTH, LT_PDF_ALIGN_RIGHT, error);
                if (place == NULL)
                  return FALSE;
                place_height = layout_height (place) + 6;
              }

            height = MAX (layout_height (layout), layout_height (layout2)) + SIGNATURE_ROOM;
            if (self->y + place_height + height + 8 > BODY_BOTTOM && !at_page_top (self))
              new_page (self);
            if (place != NULL)
              {
                add_text_piece (self, place, MARGIN_LEFT, self->y);
                self->y += place_height;
              }
            self->y += 8;
            add_fill (self, MARGIN_LEFT, self->y, half, height, 0.965, 0.97, 0.98);
            add_fill (self, MARGIN_LEFT + half + 24, self->y, half, height, 0.965, 0.97, 0.98);
            add_text_piece (self, layout, MARGIN_LEFT + 6, self->y + 6);
            add_text_piece (self, layout2, MARGIN_LEFT + half + 30, self->y + 6);
            self->y += height + 6;
          }
          break;

        case BLOCK_TABLE:
          if (!place_table (self, block->table, error))
            return FALSE;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
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

          do
            {
              if (index >= piece->first_line && index < piece->first_line + piece->n_lines)
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

  *name = make_layout (self, self->firm_name ? self->firm_name : "", FONT_FIRM,
                       TEXT_WIDTH * 0.58, LT_PDF_ALIGN_LEFT, error);
  if (*name == NULL)
    return FALSE;
  *left = make_layout (self, self->letterhead_left ? self->letterhead_left : "", FONT_SMALL,
                       TEXT_WIDTH * 0.58, LT_PDF_ALIGN_LEFT, error);
  if (*left == NULL)
    return FALSE;
  *right = make_layout (self, self->letterhead_right ? self->letterhead_right : "", FONT_SMALL,
                        TEXT_WIDTH * 0.40, LT_PDF_ALIGN_RIGHT, error);
  if (*right == NULL)
    return FALSE;
  *head_left = make_layout (self, self->head_left ? self->head_left : "", FONT_SMALL,
                            TEXT_WIDTH * 0.5, LT_PDF_ALIGN_LEFT, error);
  if (*head_left == NULL)
    return FALSE;
  *head_right = make_layout (self, self->head_right ? self->head_right : "", FONT_SMALL,
                             TEXT_WIDTH * 0.5, LT_PDF_ALIGN_RIGHT, error);
  if (*head_right == NULL)
    return FALSE;

  name_h = layout_height (*name);
  left_h = layout_height (*left);
  right_h = layout_height (*right);

  self->first_top = MARGIN_TOP + MAX (name_h + 3 + left_h, right_h) + 22;
  self->other_top = MARGIN_TOP + MAX (layout_height (*head_left), layout_height (*head_right)) + 18;

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
  cairo_font_options_t *options;
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

  g_clear_object (&self->context);
  self->context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (self->context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (self->context, pango_language_from_string ("fr-fr"));

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  if (!measure_heads (self, &name, &left, &right, &head_left, &head_right, error))
    goto out;

  new_page (self);
  if (!paginate (self, error))
    goto out;

  /* a trailing empty page (a page break at the end) is dropped */
  if (self->pages->len > 1 && current_page (self)->len == 0)
    g_ptr_array_remove_index (self->pages, self->pages->len - 1);
  self->n_pages = self->pages->len;

  footer = make_layout (self, self->footer ? self->footer : "", FONT_SMALL,
                        TEXT_WIDTH - 80, LT_PDF_ALIGN_LEFT, error);
  if (footer == NULL)
    goto out;

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
          cairo_move_to (cr, MARGIN_LEFT, MARGIN_TOP + layout_height (name) + 3);
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

      /* footer */
      cairo_set_source_rgb (cr, 0.7, 0.72, 0.76);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, MARGIN_LEFT, LT_PDF_PAGE_HEIGHT - 50);
      cairo_line_to (cr, MARGIN_LEFT + TEXT_WIDTH, LT_PDF_PAGE_HEIGHT - 50);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
      cairo_move_to (cr, MARGIN_LEFT, LT_PDF_PAGE_HEIGHT - 45);
      pango_cairo_show_layout (cr, footer);
      number_layout = make_layout (self, number, FONT_SMALL, 76, LT_PDF_ALIGN_RIGHT, error);
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
