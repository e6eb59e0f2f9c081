/* lt-pdf-layout.h: a paginated A4 document laid out with Pango, drawn on a Cairo PDF surface */
#pragma once

#include <glib.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* A4 in PostScript points. */
#define LT_PDF_PAGE_WIDTH  595.276
#define LT_PDF_PAGE_HEIGHT 841.890

typedef struct _LtPdfLayout LtPdfLayout;
typedef struct _LtPdfTable  LtPdfTable;

typedef enum {
  LT_PDF_ROW_NORMAL,
  LT_PDF_ROW_HEADER,   /* repeated at the top of each page the table continues on */
  LT_PDF_ROW_TOTAL,    /* bold, ruled above */
} LtPdfRowStyle;

typedef enum {
  LT_PDF_ALIGN_JUSTIFY,
  LT_PDF_ALIGN_LEFT,
  LT_PDF_ALIGN_CENTER,
  LT_PDF_ALIGN_RIGHT,
} LtPdfAlign;

LtPdfLayout *lt_pdf_layout_new              (void);
void         lt_pdf_layout_free             (LtPdfLayout        *self);

/* Every text argument below is Pango markup: escape user values with
 * g_markup_escape_text () before putting them in. */
void         lt_pdf_layout_set_letterhead   (LtPdfLayout        *self,
                                             const char         *name,
                                             const char         *left,
                                             const char         *right);
void         lt_pdf_layout_set_running_head (LtPdfLayout        *self,
                                             const char         *left,
                                             const char         *right);
void         lt_pdf_layout_set_footer       (LtPdfLayout        *self,
                                             const char         *text);
void         lt_pdf_layout_set_metadata     (LtPdfLayout        *self,
                                             const char         *title,
                                             const char         *author,
                                             const char         *subject,
                                             const char         *keywords,
                                             GDateTime          *created);

/* A word drawn across every page, diagonal and light grey, under the
 * text (« PROJET » on a draft); NULL for none. Plain text, not markup. */
void         lt_pdf_layout_set_watermark    (LtPdfLayout        *self,
                                             const char         *text);

void         lt_pdf_layout_add_heading      (LtPdfLayout        *self,
                                             guint               level,
                                             const char         *markup);
void         lt_pdf_layout_add_paragraph    (LtPdfLayout        *self,
                                             const char         *markup,
                                             LtPdfAlign          align);
void         lt_pdf_layout_add_bullet       (LtPdfLayout        *self,
                                             const char         *markup);
void         lt_pdf_layout_add_space        (LtPdfLayout        *self,
                                             double              points);
void         lt_pdf_layout_add_page_break   (LtPdfLayout        *self);
/* Two signature blocks side by side under @place (« Fait à …, le … »,
 * right-aligned, may be NULL), kept together on one page. */
void         lt_pdf_layout_add_signatures   (LtPdfLayout        *self,
                                             const char         *place,
                                             const char         *left,
                                             const char         *right);

/* @widths: fractions of the text width, @n_columns of them. */
LtPdfTable  *lt_pdf_layout_add_table        (LtPdfLayout        *self,
                                             guint               n_columns,
                                             const double       *widths,
                                             const LtPdfAlign   *aligns);
void         lt_pdf_table_add_row           (LtPdfTable         *table,
                                             LtPdfRowStyle       style,
                                             const char * const *cells);

/* Lays everything out (so the page count is known for « page N / M »),
 * then draws. Returns the PDF bytes, or NULL with LT_ERROR_RENDER when a
 * markup is invalid or cairo fails. */
GBytes      *lt_pdf_layout_render           (LtPdfLayout        *self,
                                             GError            **error);
guint        lt_pdf_layout_get_n_pages      (LtPdfLayout        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtPdfLayout, lt_pdf_layout_free)

/* Renders on a thread reuse the layouts of the paragraphs the previous
 * ones shaped (lt-pdf-cache.c); this drops them, for the calling thread:
 * a benchmark measuring a letter that shares nothing with those before. */
void          lt_pdf_layout_drop_cache       (void);

G_END_DECLS
