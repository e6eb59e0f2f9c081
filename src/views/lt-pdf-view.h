/* lt-pdf-view.h: a PDF shown with Poppler — pages rendered off the main thread, continuous scroll, zoom */
#pragma once

#include <gtk/gtk.h>
#include <poppler.h>

G_BEGIN_DECLS

#define LT_TYPE_PDF_VIEW (lt_pdf_view_get_type ())

G_DECLARE_FINAL_TYPE (LtPdfView, lt_pdf_view, LT, PDF_VIEW, GtkWidget)

GtkWidget  *lt_pdf_view_new                 (void);

/* Shows @bytes (a PDF). Successive calls within a short delay are merged:
 * only the last one is loaded (a document being edited). NULL clears. */
void        lt_pdf_view_set_bytes           (LtPdfView *self,
                                             GBytes    *bytes);
GBytes     *lt_pdf_view_get_bytes           (LtPdfView *self);

/* 1.0 shows a page at its printed size (96 pixels per inch). */
double      lt_pdf_view_get_zoom            (LtPdfView *self);
void        lt_pdf_view_set_zoom            (LtPdfView *self,
                                             double     zoom);
gboolean    lt_pdf_view_get_fit_width       (LtPdfView *self);
void        lt_pdf_view_set_fit_width       (LtPdfView *self,
                                             gboolean   fit_width);
void        lt_pdf_view_zoom_in             (LtPdfView *self);
void        lt_pdf_view_zoom_out            (LtPdfView *self);

int         lt_pdf_view_get_n_pages         (LtPdfView *self);
/* The page under the top third of the view, from 0. */
int         lt_pdf_view_get_current_page    (LtPdfView *self);
void        lt_pdf_view_scroll_to_page      (LtPdfView *self,
                                             int        page);

/* The last texture rendered for @page, or NULL (tests, screenshots). (transfer none) */
GdkTexture *lt_pdf_view_get_page_texture    (LtPdfView *self,
                                             int        page);
GtkAdjustment *lt_pdf_view_get_vadjustment  (LtPdfView *self);

/* What the worker does for one page: @page drawn by Poppler on white at
 * @scale device pixels per point, as a texture. Thread-safe. (transfer full) */
GdkTexture *lt_pdf_view_render_page         (PopplerPage *page,
                                             double       scale);

G_END_DECLS
