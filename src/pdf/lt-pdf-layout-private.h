/* lt-pdf-layout-private.h: the blocks, pieces and pages shared by the layout's two passes */
#pragma once

#include <pango/pangocairo.h>

#include "lt-pdf-layout.h"

G_BEGIN_DECLS

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
#define FONT_WATERMARK "DejaVu Sans Bold 120"
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
  /* during render: the block's layouts, shaped once (a heading's look at
   * the block after it reuses them) */
  PangoLayout *laid[3];
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
  char         *watermark;

  /* during render */
  PangoContext *context;
  GHashTable   *blank_widths; /* "font|char" → width of a no-break space */
  GPtrArray    *pages;      /* GPtrArray of Piece */
  double        y;
  double        first_top;
  double        other_top;
  guint         n_pages;
};

void         lt_pdf_piece_free         (gpointer       piece);
void         lt_pdf_block_clear_laid   (gpointer       block);
PangoLayout *lt_pdf_make_layout        (LtPdfLayout   *self,
                                       const char    *markup,
                                       const char    *font,
                                       double         width,
                                       LtPdfAlign     align,
                                       GError       **error);
double       lt_pdf_layout_height      (PangoLayout   *layout);
/* lt-pdf-cache.c: the thread's Pango context (and widths of blanks) put
 * in @self for a render; the layouts already made on this thread. */
void         lt_pdf_cache_begin        (LtPdfLayout   *self,
                                       cairo_t       *cr);
PangoLayout *lt_pdf_cache_lookup       (const char    *markup,
                                       const char    *font,
                                       double         width,
                                       LtPdfAlign     align);
void         lt_pdf_cache_insert       (const char    *markup,
                                       const char    *font,
                                       double         width,
                                       LtPdfAlign     align,
                                       PangoLayout   *layout);
/* First pass: every block placed into self->pages (GPtrArray of Piece). */
gboolean     lt_pdf_layout_paginate    (LtPdfLayout   *self,
                                       GError       **error);

G_END_DECLS
