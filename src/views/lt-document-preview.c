/* lt-document-preview.c: a document of an affaire as its PDF — preview, print, export, what is missing */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-document-preview"

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <poppler.h>

#include "lettrine-core.h"
#include "lt-document-checker.h"
#include "lt-document-mail.h"
#include "lt-document-preview.h"
#include "lt-pdf-renderer.h"
#include "lt-pdf-signature.h"
#include "lt-store-documents.h"
#include "lt-store-pdf.h"

#define REGENERATE_DELAY_MS 400

struct _LtDocumentPreview {
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkLabel        *page_label;
  GtkRevealer     *issues_revealer;
  AdwPreferencesGroup *issues_group;
  GtkStack        *stack;
  LtPdfView       *view;
  AdwStatusPage   *status_page;

  LtContext       *context;
  gint64           document_id;
  GBytes          *pdf;
  char            *file_name;
  GPtrArray       *issue_rows;
  GCancellable    *cancellable;
  guint            regenerate_source;
  guint            n_missing;
  gboolean         frozen;
  gboolean         tampered;
};

G_DEFINE_FINAL_TYPE (LtDocumentPreview, lt_document_preview, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_DOCUMENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GBytes *
render_for_store (const LtDocumentContent  *content,
                  gpointer                  user_data,
                  GError                  **error)
{
  return lt_pdf_render_document (content, NULL, error);
}

static void
toast (LtDocumentPreview *self,
       const char        *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
update_actions (LtDocumentPreview *self)
{
  gboolean has_pdf = self->pdf != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.print", has_pdf);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.export", has_pdf);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.open", has_pdf);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.email", has_pdf);
}

static void
show_pdf (LtDocumentPreview *self,
          GBytes            *pdf)
{
  g_clear_pointer (&self->pdf, g_bytes_unref);
  self->pdf = pdf ? g_bytes_ref (pdf) : NULL;
  lt_pdf_view_set_bytes (self->view, pdf);
  gtk_stack_set_visible_child_name (self->stack, "view");
  update_actions (self);
}

static void
show_status (LtDocumentPreview *self,
             const char        *title,
             const char        *description)
{
  g_clear_pointer (&self->pdf, g_bytes_unref);
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  gtk_stack_set_visible_child_name (self->stack, "status");
  update_actions (self);
}

static void
show_missing (LtDocumentPreview *self,
              GPtrArray         *items)
{
  for (guint i = 0; i < self->issue_rows->len; i++)
    adw_preferences_group_remove (self->issues_group, g_ptr_array_index (self->issue_rows, i));
  g_ptr_array_set_size (self->issue_rows, 0);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      LtMissingItem *item = g_ptr_array_index (items, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->what);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), item->fix);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_group_add (self->issues_group, row);
      g_ptr_array_add (self->issue_rows, row);
    }

  self->n_missing = items ? items->len : 0;
  gtk_revealer_set_reveal_child (self->issues_revealer, self->n_missing > 0);
  if (self->n_missing > 0)
    {
      g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                   "The document cannot be sent until this item is completed.",
                                                                   "The document cannot be sent until these %u items are completed.",
                                                                   self->n_missing),
                                                      self->n_missing);

      adw_preferences_group_set_description (self->issues_group, description);
    }
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  GBytes *pdf = lt_pdf_render_document (task_data, NULL, &error);

  if (pdf == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, pdf, (GDestroyNotify) g_bytes_unref);
}

static void
render_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LtDocumentPreview *self = LT_DOCUMENT_PREVIEW (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (pdf == NULL)
    {
      show_status (self, _("The document cannot be generated"), error->message);
      return;
    }

  show_pdf (self, pdf);
}

static char *
suggested_file_name (LtDocument *document)
{
  const char *affaire = lt_document_get_affaire_name (document);
  g_autofree char *name = g_strdup_printf ("%s - %s.pdf",
                                           lt_enum_to_label (LT_TYPE_DOCUMENT_KIND, lt_document_get_kind (document)),
                                           affaire && *affaire ? affaire : lt_document_get_title (document));

  return g_strdelimit (g_steal_pointer (&name), "/\\:", '-');
}

static void
reload (LtDocumentPreview *self)
{
  LtStore *store = lt_context_get_store (self->context);
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocument) document = NULL;
  g_autoptr(LtDocumentContent) content = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *title = NULL;
  LtDocumentState state;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  document = lt_store_get_document (store, self->document_id, &error);
  if (document == NULL)
    {
      show_missing (self, NULL);
      show_status (self, _("The document cannot be shown"), error->message);
      return;
    }

  g_free (self->file_name);
  self->file_name = suggested_file_name (document);
  title = g_strdup_printf ("%s — %s", lt_enum_to_label (LT_TYPE_DOCUMENT_KIND, lt_document_get_kind (document)),
                           lt_document_get_affaire_name (document) ? lt_document_get_affaire_name (document) : "");
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);

  state = lt_document_get_state (document);

  /* a signed document is its frozen bytes, checked against their hash */
  if (lt_document_get_pdf_sha256 (document) != NULL)
    {
      g_autoptr(GBytes) frozen = lt_store_get_frozen_pdf (store, self->document_id, &error);
      g_autofree char *subtitle = NULL;

      self->frozen = TRUE;
      show_missing (self, NULL);
      if (frozen == NULL)
        {
          self->tampered = g_error_matches (error, LT_ERROR, LT_ERROR_PDF_TAMPERED);
          adw_window_title_set_subtitle (self->window_title, _("Frozen PDF damaged"));
          show_status (self, self->tampered ? _("This Frozen PDF Has Been Altered") : _("The document cannot be shown"),
                       error ? error->message : NULL);
          return;
        }
      /* frozen as sent (issue 12); signed, shown with its signature date
       * stamped after the bytes as sent, which stay as they were */
      subtitle = lt_document_describe_frozen (document);
      adw_window_title_set_subtitle (self->window_title, subtitle);
      frozen = lt_pdf_signed_or_frozen (g_steal_pointer (&frozen), lt_document_get_signed_on (document));
      show_pdf (self, frozen);
      return;
    }

  self->frozen = FALSE;
  content = lt_store_get_document_content (store, self->document_id, &error);
  if (content == NULL)
    {
      show_missing (self, NULL);
      show_status (self, _("The document cannot be shown"), error->message);
      return;
    }

  if (state == LT_DOCUMENT_STATE_DRAFT || state == LT_DOCUMENT_STATE_SENT)
    items = lt_document_checker_check (content);
  show_missing (self, items);

  if (state == LT_DOCUMENT_STATE_SIGNED || state == LT_DOCUMENT_STATE_REPLACED)
    adw_window_title_set_subtitle (self->window_title, _("Signed document without a frozen PDF — shown from the current data"));
  else
    adw_window_title_set_subtitle (self->window_title, lt_document_state_label (lt_document_get_kind (document), state));

  /* laying out a long letter can take longer than a frame */
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, render_done_cb, NULL);
  g_task_set_source_tag (task, reload);
  g_task_set_task_data (task, g_steal_pointer (&content), (GDestroyNotify) lt_document_content_free);
  g_task_run_in_thread (task, render_thread);
}

static gboolean
regenerate_cb (gpointer data)
{
  LtDocumentPreview *self = data;

  self->regenerate_source = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (LtDocumentPreview *self,
                     const char        *table,
                     gint64             id,
                     LtStoreChange      change,
                     LtStore           *store)
{
  static const char * const tables[] = {
    "documents", "document_lines", "affaires", "contacts", "firm", "terms", "steps", "projects", "staff",
  };

  /* a frozen PDF never changes; a draft follows its data, once it settles */
  if (self->frozen && !(g_str_equal (table, "documents") && id == self->document_id))
    return;
  if (!g_strv_contains (tables, table))
    return;

  g_clear_handle_id (&self->regenerate_source, g_source_remove);
  self->regenerate_source = g_timeout_add (REGENERATE_DELAY_MS, regenerate_cb, self);
}

static void
update_page_label (LtDocumentPreview *self)
{
  int n = lt_pdf_view_get_n_pages (self->view);
  g_autofree char *text = NULL;

  if (n > 0)
    text = g_strdup_printf (_("%d / %d"), lt_pdf_view_get_current_page (self->view) + 1, n);
  gtk_label_set_text (self->page_label, text ? text : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page",
                                 n > 0 && lt_pdf_view_get_current_page (self->view) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page",
                                 lt_pdf_view_get_current_page (self->view) + 1 < n);
}

static void
on_view_notify_cb (LtDocumentPreview *self,
                   GParamSpec        *pspec,
                   LtPdfView         *view)
{
  if (self->view != NULL)  /* it notifies as it is disposed with the window */
    update_page_label (self);
}

static void
on_view_load_failed_cb (LtDocumentPreview *self,
                        const char        *message,
                        LtPdfView         *view)
{
  show_status (self, _("The document cannot be shown"), message);
}

/* Print: Poppler draws each page on the printer's cairo context. */

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PopplerDocument   *document)
{
  gtk_print_operation_set_n_pages (operation, poppler_document_get_n_pages (document));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 PopplerDocument   *document)
{
  PopplerPage *page = poppler_document_get_page (document, page_nr);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width, height, scale;

  poppler_page_get_size (page, &width, &height);
  scale = MIN (gtk_print_context_get_width (context) / width, gtk_print_context_get_height (context) / height);
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render_for_printing (page, cr);
  cairo_restore (cr);
  g_object_unref (page);
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  LtDocumentPreview       *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      message = g_strdup_printf (_("The document could not be printed: %s"), error ? error->message : "");
      toast (self, message);
    }
}

/* A print operation drawing the PDF shown, A4 by default. */
static GtkPrintOperation *
create_print_operation (LtDocumentPreview  *self,
                        GError            **error)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  PopplerDocument *document;

  document = poppler_document_new_from_bytes (self->pdf, NULL, error);
  if (document == NULL)
    return NULL;

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, self->file_name);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print_cb),
                         document, (GClosureNotify) g_object_unref, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), document);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), self, 0);

  return operation;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LtDocumentPreview *self = LT_DOCUMENT_PREVIEW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->pdf == NULL)
    return;

  operation = create_print_operation (self, &error);
  if (operation == NULL)
    {
      toast (self, error->message);
      return;
    }

  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error);
  if (error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The document could not be printed: %s"), error->message);

      toast (self, message);
    }
}

/* Export: the file chooser goes through the portal when sandboxed. */

static void
on_export_response_cb (GtkNativeDialog   *native,
                       int                response,
                       LtDocumentPreview *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->pdf != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      if (!lt_document_preview_save_to_file (self, file, &error))
        message = g_strdup_printf (_("The document could not be saved: %s"), error->message);
      else
        {
          g_autofree char *name = g_file_get_basename (file);

          message = g_strdup_printf (_("Saved as « %s »"), name);
        }
      toast (self, message);
    }

  g_object_unref (native);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LtDocumentPreview *self = LT_DOCUMENT_PREVIEW (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->pdf == NULL)
    return;

  native = gtk_file_chooser_native_new (_("Save the Document As"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), self->file_name);
  g_signal_connect (native, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Open: a copy in the cache, handed to the default PDF viewer. */

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LtDocumentPreview *self = LT_DOCUMENT_PREVIEW (widget);
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "lettrine", "previews", NULL);
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;

  if (self->pdf == NULL)
    return;

  path = g_build_filename (dir, self->file_name, NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents (path, g_bytes_get_data (self->pdf, NULL), g_bytes_get_size (self->pdf), &error))
    {
      g_autofree char *message = g_strdup_printf (_("The document could not be opened: %s"),
                                                  error ? error->message : g_strerror (errno));

      toast (self, message);
      return;
    }

  uri = g_filename_to_uri (path, NULL, NULL);
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
email_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LtDocumentPreview *self = LT_DOCUMENT_PREVIEW (widget);

  if (self->pdf != NULL)
    lt_document_mail_compose (GTK_WINDOW (self), self->toast_overlay, self->context, self->document_id, self->pdf,
                              self->file_name);
}

/* Zoom and pages: the buttons of the header bar, on the view. */
static void
view_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LtPdfView *view = LT_DOCUMENT_PREVIEW (widget)->view;
  int page = lt_pdf_view_get_current_page (view);

  if (g_str_equal (action_name, "preview.zoom-in"))
    lt_pdf_view_zoom_in (view);
  else if (g_str_equal (action_name, "preview.zoom-out"))
    lt_pdf_view_zoom_out (view);
  else if (g_str_equal (action_name, "preview.fit-width"))
    lt_pdf_view_set_fit_width (view, TRUE);
  else
    lt_pdf_view_scroll_to_page (view, g_str_equal (action_name, "preview.next-page") ? page + 1 : page - 1);
}

/* Overrides */

static void
lt_document_preview_constructed (GObject *object)
{
  LtDocumentPreview *self = LT_DOCUMENT_PREVIEW (object);

  G_OBJECT_CLASS (lt_document_preview_parent_class)->constructed (object);

  g_assert (LT_IS_CONTEXT (self->context));
  g_signal_connect_object (lt_context_get_store (self->context), "changed",
                           G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self);
}

static void
lt_document_preview_dispose (GObject *object)
{
  LtDocumentPreview *self = LT_DOCUMENT_PREVIEW (object);

  g_clear_handle_id (&self->regenerate_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LT_TYPE_DOCUMENT_PREVIEW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lt_document_preview_parent_class)->dispose (object);
}

static void
lt_document_preview_finalize (GObject *object)
{
  LtDocumentPreview *self = LT_DOCUMENT_PREVIEW (object);

  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_clear_pointer (&self->issue_rows, g_ptr_array_unref);
  g_free (self->file_name);

  G_OBJECT_CLASS (lt_document_preview_parent_class)->finalize (object);
}

static void
lt_document_preview_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LtDocumentPreview *self = LT_DOCUMENT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_DOCUMENT_ID:
      g_value_set_int64 (value, self->document_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_document_preview_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LtDocumentPreview *self = LT_DOCUMENT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_DOCUMENT_ID:
      self->document_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_document_preview_class_init (LtDocumentPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lt_document_preview_constructed;
  object_class->dispose = lt_document_preview_dispose;
  object_class->finalize = lt_document_preview_finalize;
  object_class->get_property = lt_document_preview_get_property;
  object_class->set_property = lt_document_preview_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, LT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT_ID] =
    g_param_spec_int64 ("document-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "preview.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "preview.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "preview.email", NULL, email_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "preview.fit-width", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, view_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "preview.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (LT_TYPE_PDF_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-document-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, LtDocumentPreview, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentPreview, window_title);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentPreview, issues_revealer);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentPreview, issues_group);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentPreview, stack);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentPreview, view);
  gtk_widget_class_bind_template_child (widget_class, LtDocumentPreview, status_page);
}

static void
lt_document_preview_init (LtDocumentPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->issue_rows = g_ptr_array_new ();
  g_signal_connect_object (self->view, "notify::n-pages", G_CALLBACK (on_view_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::current-page", G_CALLBACK (on_view_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "load-failed", G_CALLBACK (on_view_load_failed_cb), self, G_CONNECT_SWAPPED);
  update_actions (self);
  update_page_label (self);
}

/* Public API */

GtkWidget *
lt_document_preview_new (LtContext *context,
                         gint64     document_id)
{
  g_return_val_if_fail (LT_IS_CONTEXT (context), NULL);

  return g_object_new (LT_TYPE_DOCUMENT_PREVIEW,
                       "context", context,
                       "document-id", document_id,
                       NULL);
}

LtPdfView *
lt_document_preview_get_view (LtDocumentPreview *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_PREVIEW (self), NULL);

  return self->view;
}

GBytes *
lt_document_preview_get_pdf (LtDocumentPreview *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_PREVIEW (self), NULL);

  return self->pdf;
}

guint
lt_document_preview_get_n_missing (LtDocumentPreview *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_PREVIEW (self), 0);

  return self->n_missing;
}

gboolean
lt_document_preview_is_tampered (LtDocumentPreview *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_PREVIEW (self), FALSE);

  return self->tampered;
}

gboolean
lt_document_preview_print_to_file (LtDocumentPreview  *self,
                                   const char         *path,
                                   GError            **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (LT_IS_DOCUMENT_PREVIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->pdf == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                           _("The document is not ready to be printed yet."));
      return FALSE;
    }

  operation = create_print_operation (self, error);
  if (operation == NULL)
    return FALSE;

  gtk_print_operation_set_allow_async (operation, FALSE);
  gtk_print_operation_set_export_filename (operation, path);

  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (self), error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}

gboolean
lt_document_preview_save_to_file (LtDocumentPreview  *self,
                                  GFile              *file,
                                  GError            **error)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_PREVIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->pdf == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                           _("The document is not ready to be saved yet."));
      return FALSE;
    }

  return g_file_replace_contents (file, g_bytes_get_data (self->pdf, NULL), g_bytes_get_size (self->pdf),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

const char *
lt_document_preview_get_page_indicator (LtDocumentPreview *self)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_PREVIEW (self), NULL);

  return gtk_label_get_text (self->page_label);
}

void
lt_document_preview_install_renderer (LtStore *store)
{
  lt_store_set_pdf_renderer (store, render_for_store, NULL);
}
