/* lt-pdf-view-private.h: what the PDF view's files share — the page widget and the worker's jobs */
#pragma once

#include <gtk/gtk.h>

#include "lt-pdf-view.h"

G_BEGIN_DECLS

#define LT_TYPE_PDF_PAGE (lt_pdf_page_get_type ())
G_DECLARE_FINAL_TYPE (LtPdfPage, lt_pdf_page, LT, PDF_PAGE, GtkWidget)

void         lt_pdf_page_set_size        (LtPdfPage   *self,
                                          int          width,
                                          int          height);
void         lt_pdf_page_set_texture     (LtPdfPage   *self,
                                          GdkTexture  *texture);
/* (transfer none) */
GdkTexture  *lt_pdf_page_get_texture     (LtPdfPage   *self);

typedef enum {
  LT_PDF_JOB_LOAD,
  LT_PDF_JOB_RENDER,
  LT_PDF_JOB_QUIT,
} LtPdfJobKind;

typedef struct {
  LtPdfJobKind  kind;
  guint         stamp;
  GBytes       *bytes;
  int           page;
  double        scale;    /* device pixels per PDF point */
} LtPdfJob;

typedef struct {
  gatomicrefcount  ref;
  GAsyncQueue     *jobs;
  GMainContext    *main_context;
  GWeakRef         view;
  guint            stamp;       /* atomic: the stamp of the jobs still wanted */
  GThread         *thread;
} LtPdfWorker;

typedef struct {
  LtPdfWorker  *worker;
  LtPdfJobKind  kind;
  guint         stamp;
  int           page;
  double        scale;
  GdkTexture   *texture;
  GArray       *sizes;    /* LOAD: pairs of doubles (width, height) in points */
  char         *error;
} LtPdfAnswer;

void         lt_pdf_job_free             (LtPdfJob    *job);
LtPdfWorker *lt_pdf_worker_ref           (LtPdfWorker *worker);
void         lt_pdf_worker_unref         (LtPdfWorker *worker);
/* Starts the thread; its answers go to @view on the current main context. */
LtPdfWorker *lt_pdf_worker_new           (LtPdfView   *view);
/* Asks the thread to end, dropping what is queued, and drops @worker. */
void         lt_pdf_worker_quit          (LtPdfWorker *worker);

/* Runs on the main context for each answer of the worker (lt-pdf-view.c). */
gboolean     lt_pdf_view_deliver_answer  (gpointer     data);

G_END_DECLS
