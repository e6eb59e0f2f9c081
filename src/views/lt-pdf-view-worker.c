/* lt-pdf-view-worker.c: the page widget and the render worker thread behind LtPdfView */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-pdf-view"

#include "config.h"

#include <math.h>
#include <poppler.h>

#include "lt-pdf-view-private.h"
#include "lt-pdf-view.h"

/* One worker thread owns the PopplerDocument (Poppler is not thread-safe
 * per document), as GNOME Papers' job scheduler does: the view posts LOAD
 * and RENDER jobs to its queue, the worker answers on the main context with
 * page sizes and GdkMemoryTextures. Each job carries a stamp; a job whose
 * stamp is no longer current (the zoom changed, another PDF came) is
 * skipped, and so is its answer. */

/* The page widget: a white sheet of the page's logical size drawing the
 * texture rendered for it, at the display's scale factor. */

struct _LtPdfPage {
  GtkWidget   parent_instance;
  GdkTexture *texture;
  int         width;
  int         height;
};

G_DEFINE_FINAL_TYPE (LtPdfPage, lt_pdf_page, GTK_TYPE_WIDGET)

static void
lt_pdf_page_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  LtPdfPage *self = LT_PDF_PAGE (widget);

  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? self->width : self->height;
}

static void
lt_pdf_page_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  LtPdfPage *self = LT_PDF_PAGE (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, self->width, self->height);
  GskRoundedRect outline;
  GdkRGBA white = { 1, 1, 1, 1 };
  GdkRGBA shadow = { 0, 0, 0, 0.25 };

  gsk_rounded_rect_init_from_rect (&outline, &bounds, 0);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 1, 4);
  gtk_snapshot_append_color (snapshot, &white, &bounds);
  if (self->texture != NULL)
    gtk_snapshot_append_texture (snapshot, self->texture, &bounds);
}

static void
lt_pdf_page_dispose (GObject *object)
{
  LtPdfPage *self = LT_PDF_PAGE (object);

  g_clear_object (&self->texture);

  G_OBJECT_CLASS (lt_pdf_page_parent_class)->dispose (object);
}

static void
lt_pdf_page_class_init (LtPdfPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_pdf_page_dispose;
  widget_class->measure = lt_pdf_page_measure;
  widget_class->snapshot = lt_pdf_page_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
lt_pdf_page_init (LtPdfPage *self)
{
}

void
lt_pdf_page_set_size (LtPdfPage *self,
                      int        width,
                      int        height)
{
  if (self->width == width && self->height == height)
    return;
  self->width = width;
  self->height = height;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
lt_pdf_page_set_texture (LtPdfPage  *self,
                         GdkTexture *texture)
{
  if (g_set_object (&self->texture, texture))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

GdkTexture *
lt_pdf_page_get_texture (LtPdfPage *self)
{
  return self->texture;
}

/* The worker */

void
lt_pdf_job_free (LtPdfJob *job)
{
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job);
}

LtPdfWorker *
lt_pdf_worker_ref (LtPdfWorker *worker)
{
  g_atomic_ref_count_inc (&worker->ref);
  return worker;
}

void
lt_pdf_worker_unref (LtPdfWorker *worker)
{
  if (g_atomic_ref_count_dec (&worker->ref))
    {
      g_async_queue_unref (worker->jobs);
      g_main_context_unref (worker->main_context);
      g_weak_ref_clear (&worker->view);
      g_free (worker);
    }
}

static void
answer_free (LtPdfAnswer *answer)
{
  g_clear_object (&answer->texture);
  g_clear_pointer (&answer->sizes, g_array_unref);
  g_free (answer->error);
  lt_pdf_worker_unref (answer->worker);
  g_free (answer);
}

static void
post (LtPdfWorker *worker,
      LtPdfAnswer *answer)
{
  answer->worker = lt_pdf_worker_ref (worker);
  g_main_context_invoke_full (worker->main_context, G_PRIORITY_DEFAULT,
                              lt_pdf_view_deliver_answer, answer, (GDestroyNotify) answer_free);
}

static gpointer
worker_thread (gpointer data)
{
  LtPdfWorker *worker = data;
  PopplerDocument *document = NULL;

  for (;;)
    {
      LtPdfJob *job = g_async_queue_pop (worker->jobs);

      if (job->kind == LT_PDF_JOB_QUIT)
        {
          lt_pdf_job_free (job);
          break;
        }

      /* skip what was superseded while waiting in the queue */
      if (job->kind == LT_PDF_JOB_RENDER && job->stamp != (guint) g_atomic_int_get (&worker->stamp))
        {
          lt_pdf_job_free (job);
          continue;
        }

      if (job->kind == LT_PDF_JOB_LOAD)
        {
          g_autoptr(GError) error = NULL;
          LtPdfAnswer *answer = g_new0 (LtPdfAnswer, 1);

          g_clear_object (&document);
          answer->kind = LT_PDF_JOB_LOAD;
          answer->stamp = job->stamp;
          if (job->bytes != NULL)
            document = poppler_document_new_from_bytes (job->bytes, NULL, &error);
          if (document != NULL)
            {
              int n = poppler_document_get_n_pages (document);

              answer->sizes = g_array_sized_new (FALSE, FALSE, sizeof (double), 2 * n);
              for (int i = 0; i < n; i++)
                {
                  PopplerPage *page = poppler_document_get_page (document, i);
                  double size[2];

                  poppler_page_get_size (page, &size[0], &size[1]);
                  g_array_append_vals (answer->sizes, size, 2);
                  g_object_unref (page);
                }
            }
          else if (error != NULL)
            answer->error = g_strdup (error->message);
          post (worker, answer);
        }
      else if (job->kind == LT_PDF_JOB_RENDER && document != NULL &&
               job->page < poppler_document_get_n_pages (document))
        {
          PopplerPage *page = poppler_document_get_page (document, job->page);
          LtPdfAnswer *answer = g_new0 (LtPdfAnswer, 1);

          answer->kind = LT_PDF_JOB_RENDER;
          answer->stamp = job->stamp;
          answer->page = job->page;
          answer->scale = job->scale;
          answer->texture = lt_pdf_view_render_page (page, job->scale);
          g_object_unref (page);
          post (worker, answer);
        }

      lt_pdf_job_free (job);
    }

  g_clear_object (&document);
  lt_pdf_worker_unref (worker);

  return NULL;
}

LtPdfWorker *
lt_pdf_worker_new (LtPdfView *view)
{
  LtPdfWorker *worker = g_new0 (LtPdfWorker, 1);

  g_atomic_ref_count_init (&worker->ref);
  worker->jobs = g_async_queue_new_full ((GDestroyNotify) lt_pdf_job_free);
  worker->main_context = g_main_context_ref_thread_default ();
  g_weak_ref_init (&worker->view, view);
  worker->thread = g_thread_new ("lt-pdf-view", worker_thread, lt_pdf_worker_ref (worker));

  return worker;
}

void
lt_pdf_worker_quit (LtPdfWorker *worker)
{
  LtPdfJob *quit = g_new0 (LtPdfJob, 1);

  /* nothing queued matters any more; the worker ends on its own */
  g_atomic_int_set (&worker->stamp, G_MAXUINT);
  quit->kind = LT_PDF_JOB_QUIT;
  g_async_queue_push_front (worker->jobs, quit);
  g_thread_unref (worker->thread);
  lt_pdf_worker_unref (worker);
}

/* Public API */

GdkTexture *
lt_pdf_view_render_page (PopplerPage *page,
                         double       scale)
{
  double width_pt, height_pt;
  cairo_surface_t *surface;
  g_autoptr(GBytes) pixels = NULL;
  GdkTexture *texture;
  cairo_t *cr;
  int width, height, stride;

  poppler_page_get_size (page, &width_pt, &height_pt);
  width = MAX (1, (int) ceil (width_pt * scale));
  height = MAX (1, (int) ceil (height_pt * scale));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  stride = cairo_image_surface_get_stride (surface);
  pixels = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * height);
  cairo_surface_destroy (surface);

  /* CAIRO_FORMAT_ARGB32 is premultiplied BGRA in memory on little endian,
   * which GDK_MEMORY_DEFAULT names on either endianness */
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, pixels, stride);

  return texture;
}
