/* lt-pdf-view.c: a PDF shown with Poppler — pages rendered off the main thread, continuous scroll, zoom */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-pdf-view"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <poppler.h>

#include "lt-pdf-view-private.h"
#include "lt-pdf-view.h"

/* Pages are rendered by the worker thread of lt-pdf-view-worker.c. */

#define POINTS_TO_PIXELS (96.0 / 72.0)
#define ZOOM_MIN         0.25
#define ZOOM_MAX         4.0
#define ZOOM_STEP        1.2
#define RELOAD_DELAY_MS  150
#define PAGE_MARGIN      32

/* The view */

struct _LtPdfView {
  GtkWidget          parent_instance;

  GtkScrolledWindow *scroller;
  GtkBox            *pages_box;

  LtPdfWorker       *worker;
  guint              stamp;        /* of the renders still wanted */
  guint              load_stamp;   /* of the last LOAD */
  GBytes            *bytes;
  guint              reload_source;
  guint              fit_source;

  GPtrArray         *pages;        /* LtPdfPage */
  GArray            *sizes;        /* width, height pairs in points */
  double             zoom;
  gboolean           fit_width;
  int                current_page;
  int                wanted_page;  /* asked before the pages had their place, or -1 */
  int                last_width;
};

G_DEFINE_FINAL_TYPE (LtPdfView, lt_pdf_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ZOOM,
  PROP_FIT_WIDTH,
  PROP_N_PAGES,
  PROP_CURRENT_PAGE,
  N_PROPS
};

enum {
  LOADED,
  LOAD_FAILED,
  PAGE_RENDERED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static double
pixels_per_point (LtPdfView *self)
{
  return self->zoom * POINTS_TO_PIXELS;
}

static void
push_job (LtPdfView *self,
          LtPdfJobKind    kind,
          GBytes    *bytes,
          int        page,
          double     scale)
{
  LtPdfJob *job = g_new0 (LtPdfJob, 1);

  job->kind = kind;
  job->stamp = kind == LT_PDF_JOB_LOAD ? self->load_stamp : self->stamp;
  job->bytes = bytes ? g_bytes_ref (bytes) : NULL;
  job->page = page;
  job->scale = scale;
  g_async_queue_push (self->worker->jobs, job);
}

static void
new_stamp (LtPdfView *self)
{
  self->stamp++;
  g_atomic_int_set (&self->worker->stamp, self->stamp);
}

/* Sizes every page for the zoom and asks for its texture, the current page
 * and those after it first. */
static void
request_renders (LtPdfView *self)
{
  double ppp = pixels_per_point (self);
  double scale = ppp * gtk_widget_get_scale_factor (GTK_WIDGET (self));
  guint n = self->pages->len;

  if (self->sizes == NULL)
    return;

  new_stamp (self);

  for (guint i = 0; i < n; i++)
    {
      double w = g_array_index (self->sizes, double, 2 * i);
      double h = g_array_index (self->sizes, double, 2 * i + 1);

      lt_pdf_page_set_size (g_ptr_array_index (self->pages, i), (int) round (w * ppp), (int) round (h * ppp));
    }

  for (guint k = 0; k < n; k++)
    push_job (self, LT_PDF_JOB_RENDER, NULL, (self->current_page + k) % n, scale);
}

static void
set_current_page (LtPdfView *self,
                  int        page)
{
  if (self->current_page == page)
    return;
  self->current_page = page;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_PAGE]);
}

/* Scrolls to the top of @page; FALSE while the pages are not laid out yet
 * (the adjustment cannot reach it). */
static gboolean
reach_page (LtPdfView *self,
            int        page)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_rect_t bounds;
  double target;

  if (!gtk_widget_compute_bounds (g_ptr_array_index (self->pages, page), GTK_WIDGET (self->pages_box), &bounds) ||
      (page > 0 && bounds.origin.y <= 0))
    return FALSE;

  target = bounds.origin.y + gtk_widget_get_margin_top (GTK_WIDGET (self->pages_box));
  gtk_adjustment_set_value (adjustment, target);

  return fabs (gtk_adjustment_get_value (adjustment) - target) < 1 ||
         gtk_adjustment_get_value (adjustment) >= gtk_adjustment_get_upper (adjustment)
                                                 - gtk_adjustment_get_page_size (adjustment) - 1;
}

static void
update_current_page (LtPdfView *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double y = gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) / 3
             - gtk_widget_get_margin_top (GTK_WIDGET (self->pages_box));
  int current = 0;

  /* A page asked for before the layout: say it is the one shown, and go
   * there once the pages have their place (on_vadjustment_changed_cb). */
  if (self->wanted_page >= 0)
    {
      set_current_page (self, self->wanted_page);
      return;
    }

  for (guint i = 0; i < self->pages->len; i++)
    {
      graphene_rect_t bounds;

      if (!gtk_widget_compute_bounds (g_ptr_array_index (self->pages, i), GTK_WIDGET (self->pages_box), &bounds))
        continue;
      /* not laid out yet: every page is at 0 */
      if (i > 0 && bounds.origin.y <= 0)
        break;
      /* pages_box starts at the top of the scrolled content */
      if (bounds.origin.y <= y)
        current = i;
    }

  set_current_page (self, current);
}

static double
fit_width_zoom (LtPdfView *self)
{
  double widest = 0;
  int width = gtk_widget_get_width (GTK_WIDGET (self->scroller));

  if (self->sizes == NULL || width <= PAGE_MARGIN * 2)
    return self->zoom;

  for (guint i = 0; i < self->sizes->len; i += 2)
    widest = MAX (widest, g_array_index (self->sizes, double, i));
  if (widest <= 0)
    return self->zoom;

  return CLAMP ((width - PAGE_MARGIN - 16) / (widest * POINTS_TO_PIXELS), ZOOM_MIN, ZOOM_MAX);
}

static void
apply_zoom (LtPdfView *self,
            double     zoom)
{
  zoom = CLAMP (zoom, ZOOM_MIN, ZOOM_MAX);
  if (fabs (zoom - self->zoom) < 0.001)
    return;

  self->zoom = zoom;
  request_renders (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static gboolean
fit_width_cb (gpointer data)
{
  LtPdfView *self = data;

  self->fit_source = 0;
  if (self->fit_width)
    apply_zoom (self, fit_width_zoom (self));

  return G_SOURCE_REMOVE;
}

static void
rebuild_pages (LtPdfView *self,
               GArray    *sizes)
{
  guint n = sizes->len / 2;
  gboolean count_changed = n != self->pages->len;

  g_clear_pointer (&self->sizes, g_array_unref);
  self->sizes = g_array_ref (sizes);

  while (self->pages->len > n)
    {
      GtkWidget *page = g_ptr_array_steal_index (self->pages, self->pages->len - 1);

      gtk_box_remove (self->pages_box, page);
    }
  while (self->pages->len < n)
    {
      GtkWidget *page = g_object_new (LT_TYPE_PDF_PAGE, NULL);
      g_autofree char *label = g_strdup_printf (_("Page %u"), self->pages->len + 1);

      gtk_accessible_update_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_box_append (self->pages_box, page);
      g_ptr_array_add (self->pages, page);
    }

  if (count_changed)
    {
      if (self->current_page >= (int) n)
        set_current_page (self, MAX ((int) n - 1, 0));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
    }

  if (self->fit_width)
    self->zoom = fit_width_zoom (self);
  request_renders (self);
}

gboolean
lt_pdf_view_deliver_answer (gpointer data)
{
  LtPdfAnswer *answer = data;
  g_autoptr(LtPdfView) self = g_weak_ref_get (&answer->worker->view);

  if (self == NULL)
    return G_SOURCE_REMOVE;
  if (answer->stamp != (answer->kind == LT_PDF_JOB_LOAD ? self->load_stamp : self->stamp))
    return G_SOURCE_REMOVE;

  if (answer->kind == LT_PDF_JOB_LOAD)
    {
      if (answer->sizes == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("The PDF cannot be shown: %s"),
                                                      answer->error ? answer->error : _("unknown error"));

          g_signal_emit (self, signals[LOAD_FAILED], 0, message);
          return G_SOURCE_REMOVE;
        }
      rebuild_pages (self, answer->sizes);
      g_signal_emit (self, signals[LOADED], 0);
    }
  else if (answer->kind == LT_PDF_JOB_RENDER && answer->page < (int) self->pages->len)
    {
      lt_pdf_page_set_texture (g_ptr_array_index (self->pages, answer->page), answer->texture);
      g_signal_emit (self, signals[PAGE_RENDERED], 0, answer->page);
    }

  return G_SOURCE_REMOVE;
}

static gboolean
reload_cb (gpointer data)
{
  LtPdfView *self = data;

  self->reload_source = 0;
  /* the renders queued for the previous PDF are not wanted any more */
  new_stamp (self);
  self->load_stamp++;
  push_job (self, LT_PDF_JOB_LOAD, self->bytes, 0, 0);

  return G_SOURCE_REMOVE;
}

/* Callbacks */

static void
on_vadjustment_value_changed_cb (GtkAdjustment *adjustment,
                                 LtPdfView     *self)
{
  update_current_page (self);
}

static void
on_vadjustment_changed_cb (GtkAdjustment *adjustment,
                           LtPdfView     *self)
{
  if (self->wanted_page >= 0 && self->wanted_page < (int) self->pages->len &&
      reach_page (self, self->wanted_page))
    {
      self->wanted_page = -1;
      update_current_page (self);
    }
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              LtPdfView                *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  /* the user scrolls: a page asked for before the layout is forgotten */
  self->wanted_page = -1;

  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;

  lt_pdf_view_set_fit_width (self, FALSE);
  apply_zoom (self, self->zoom * (dy < 0 ? 1.1 : 1 / 1.1));

  return TRUE;
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  lt_pdf_view_zoom_in (LT_PDF_VIEW (widget));
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  lt_pdf_view_zoom_out (LT_PDF_VIEW (widget));
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LtPdfView *self = LT_PDF_VIEW (widget);
  int last = (int) self->pages->len - 1;
  int page = self->current_page;

  if (g_str_equal (action_name, "pdf-view.next-page"))
    page = MIN (page + 1, last);
  else if (g_str_equal (action_name, "pdf-view.previous-page"))
    page = MAX (page - 1, 0);
  else if (g_str_equal (action_name, "pdf-view.first-page"))
    page = 0;
  else if (g_str_equal (action_name, "pdf-view.last-page"))
    page = last;

  lt_pdf_view_scroll_to_page (self, page);
}

static void
fit_width_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  lt_pdf_view_set_fit_width (LT_PDF_VIEW (widget), TRUE);
}

/* Overrides */

static void
lt_pdf_view_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  LtPdfView *self = LT_PDF_VIEW (widget);

  GTK_WIDGET_CLASS (lt_pdf_view_parent_class)->size_allocate (widget, width, height, baseline);

  /* the zoom follows the width in fit-width mode, outside of allocation */
  if (self->fit_width && width != self->last_width && self->fit_source == 0)
    self->fit_source = g_idle_add (fit_width_cb, self);
  self->last_width = width;
}

static void
lt_pdf_view_notify_scale_factor_cb (LtPdfView  *self,
                                    GParamSpec *pspec)
{
  request_renders (self);
}

static void
lt_pdf_view_dispose (GObject *object)
{
  LtPdfView *self = LT_PDF_VIEW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->fit_source, g_source_remove);

  g_clear_pointer (&self->worker, lt_pdf_worker_quit);

  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_PDF_VIEW);

  G_OBJECT_CLASS (lt_pdf_view_parent_class)->dispose (object);
}

static void
lt_pdf_view_finalize (GObject *object)
{
  LtPdfView *self = LT_PDF_VIEW (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->sizes, g_array_unref);
  g_clear_pointer (&self->bytes, g_bytes_unref);

  G_OBJECT_CLASS (lt_pdf_view_parent_class)->finalize (object);
}

static void
lt_pdf_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LtPdfView *self = LT_PDF_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_FIT_WIDTH:
      g_value_set_boolean (value, self->fit_width);
      break;
    case PROP_N_PAGES:
      g_value_set_int (value, self->pages->len);
      break;
    case PROP_CURRENT_PAGE:
      g_value_set_int (value, self->current_page);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_pdf_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LtPdfView *self = LT_PDF_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      lt_pdf_view_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_FIT_WIDTH:
      lt_pdf_view_set_fit_width (self, g_value_get_boolean (value));
      break;
    case PROP_CURRENT_PAGE:
      lt_pdf_view_scroll_to_page (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_pdf_view_class_init (LtPdfViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_pdf_view_dispose;
  object_class->finalize = lt_pdf_view_finalize;
  object_class->get_property = lt_pdf_view_get_property;
  object_class->set_property = lt_pdf_view_set_property;
  widget_class->size_allocate = lt_pdf_view_size_allocate;

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, ZOOM_MIN, ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIT_WIDTH] =
    g_param_spec_boolean ("fit-width", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PAGES] =
    g_param_spec_int ("n-pages", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_PAGE] =
    g_param_spec_int ("current-page", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* the PDF was read and its pages laid out (textures follow) */
  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* the bytes are not a readable PDF: a translated message */
  signals[LOAD_FAILED] = g_signal_new ("load-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[PAGE_RENDERED] = g_signal_new ("page-rendered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_install_action (widget_class, "pdf-view.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "pdf-view.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "pdf-view.fit-width", NULL, fit_width_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "pdf-view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "pdf-view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "pdf-view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "pdf-view.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "pdf-view.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "pdf-view.fit-width", NULL);

  /* the keyboard goes where the scroll wheel goes */
  gtk_widget_class_install_action (widget_class, "pdf-view.next-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "pdf-view.previous-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "pdf-view.first-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "pdf-view.last-page", NULL, page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "pdf-view.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "pdf-view.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK, "pdf-view.first-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, GDK_CONTROL_MASK, "pdf-view.last-page", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-pdf-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LtPdfView, scroller);
  gtk_widget_class_bind_template_child (widget_class, LtPdfView, pages_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lt_pdf_view_init (LtPdfView *self)
{
  GtkEventController *scroll;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  self->zoom = 1.0;
  self->fit_width = TRUE;
  self->wanted_page = -1;
  self->pages = g_ptr_array_new ();

  self->worker = lt_pdf_worker_new (self);

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (on_vadjustment_value_changed_cb), self, 0);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "changed",
                           G_CALLBACK (on_vadjustment_changed_cb), self, 0);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->scroller), scroll);

  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (lt_pdf_view_notify_scale_factor_cb), NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Document preview"), -1);
}

/* Public API */

GtkWidget *
lt_pdf_view_new (void)
{
  return g_object_new (LT_TYPE_PDF_VIEW, NULL);
}

void
lt_pdf_view_set_bytes (LtPdfView *self,
                       GBytes    *bytes)
{
  g_return_if_fail (LT_IS_PDF_VIEW (self));

  if (self->bytes == bytes)
    return;

  g_clear_pointer (&self->bytes, g_bytes_unref);
  self->bytes = bytes ? g_bytes_ref (bytes) : NULL;

  /* debounced: a document being typed into is loaded once it settles */
  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_cb, self);
}

GBytes *
lt_pdf_view_get_bytes (LtPdfView *self)
{
  g_return_val_if_fail (LT_IS_PDF_VIEW (self), NULL);

  return self->bytes;
}

double
lt_pdf_view_get_zoom (LtPdfView *self)
{
  g_return_val_if_fail (LT_IS_PDF_VIEW (self), 1.0);

  return self->zoom;
}

void
lt_pdf_view_set_zoom (LtPdfView *self,
                      double     zoom)
{
  g_return_if_fail (LT_IS_PDF_VIEW (self));

  lt_pdf_view_set_fit_width (self, FALSE);
  apply_zoom (self, zoom);
}

gboolean
lt_pdf_view_get_fit_width (LtPdfView *self)
{
  g_return_val_if_fail (LT_IS_PDF_VIEW (self), FALSE);

  return self->fit_width;
}

void
lt_pdf_view_set_fit_width (LtPdfView *self,
                           gboolean   fit_width)
{
  g_return_if_fail (LT_IS_PDF_VIEW (self));

  fit_width = !!fit_width;
  if (self->fit_width == fit_width)
    return;

  self->fit_width = fit_width;
  if (fit_width)
    apply_zoom (self, fit_width_zoom (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_WIDTH]);
}

void
lt_pdf_view_zoom_in (LtPdfView *self)
{
  g_return_if_fail (LT_IS_PDF_VIEW (self));

  lt_pdf_view_set_zoom (self, self->zoom * ZOOM_STEP);
}

void
lt_pdf_view_zoom_out (LtPdfView *self)
{
  g_return_if_fail (LT_IS_PDF_VIEW (self));

  lt_pdf_view_set_zoom (self, self->zoom / ZOOM_STEP);
}

int
lt_pdf_view_get_n_pages (LtPdfView *self)
{
  g_return_val_if_fail (LT_IS_PDF_VIEW (self), 0);

  return self->pages->len;
}

int
lt_pdf_view_get_current_page (LtPdfView *self)
{
  g_return_val_if_fail (LT_IS_PDF_VIEW (self), 0);

  return self->current_page;
}

void
lt_pdf_view_scroll_to_page (LtPdfView *self,
                            int        page)
{
  g_return_if_fail (LT_IS_PDF_VIEW (self));

  if (page < 0 || page >= (int) self->pages->len)
    return;

  self->wanted_page = reach_page (self, page) ? -1 : page;
  update_current_page (self);
}

GdkTexture *
lt_pdf_view_get_page_texture (LtPdfView *self,
                              int        page)
{
  g_return_val_if_fail (LT_IS_PDF_VIEW (self), NULL);

  if (page < 0 || page >= (int) self->pages->len)
    return NULL;

  return lt_pdf_page_get_texture (g_ptr_array_index (self->pages, page));
}

GtkAdjustment *
lt_pdf_view_get_vadjustment (LtPdfView *self)
{
  g_return_val_if_fail (LT_IS_PDF_VIEW (self), NULL);

  return gtk_scrolled_window_get_vadjustment (self->scroller);
}
