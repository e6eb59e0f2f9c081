/* test-ui-pdf-view.c: the Poppler preview and the document preview window, under Xvfb */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>
#include <sqlite3.h>
#include <string.h>

#include "lettrine-core.h"
#include "lt-context.h"
#include "lt-document-preview.h"
#include "lt-firm-preferences-page.h"
#include "lt-pdf-renderer.h"
#include "lt-pdf-signature.h"
#include "lt-pdf-view.h"
#include "lt-store-affaires.h"
#include "lt-store-demo.h"
#include "lt-store-documents.h"
#include "lt-store-pdf.h"

#include "ui-fixtures.h"

typedef struct {
  char    *dir;
  char    *path;
  LtStore *store;
  gint64   letter_id;
  gint64   offre_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) documents = NULL;

  f->dir = g_dir_make_tmp ("lettrine-ui-pdf-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = lt_store_open (f->path, &error);
  g_assert_no_error (error);
  /* a store has no renderer until given one: the demo's letters start
   * unfrozen, the tests freeze them */
  g_assert_true (lt_store_load_demo (f->store, &error));
  g_assert_no_error (error);
  lt_document_preview_install_renderer (f->store);

  documents = lt_store_list_documents (f->store, 0);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(LtDocument) document = g_list_model_get_item (documents, i);

      if (f->letter_id == 0 && lt_document_get_kind (document) == LT_DOCUMENT_KIND_LETTRE_DE_MISSION)
        f->letter_id = lt_document_get_id (document);
      if (f->offre_id == 0 && lt_document_get_kind (document) == LT_DOCUMENT_KIND_OFFRE_DE_SERVICE)
        f->offre_id = lt_document_get_id (document);
    }
  g_assert_cmpint (f->letter_id, >, 0);
  g_assert_cmpint (f->offre_id, >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  g_clear_object (&f->store);
  g_unlink (f->path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static GBytes *
render_letter (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocumentContent) content = lt_store_get_document_content (f->store, f->letter_id, &error);
  GBytes *bytes;

  g_assert_no_error (error);
  bytes = lt_pdf_render_document (content, NULL, &error);
  g_assert_no_error (error);

  return bytes;
}

static gboolean
first_page_rendered (gpointer data)
{
  return lt_pdf_view_get_page_texture (data, 0) != NULL;
}

typedef struct {
  LtPdfView *view;
  int        min_width;
} WidthWait;

static gboolean
first_page_wider (gpointer data)
{
  WidthWait *wait = data;
  GdkTexture *texture = lt_pdf_view_get_page_texture (wait->view, 0);

  return texture != NULL && gdk_texture_get_width (texture) >= wait->min_width;
}

static gboolean
on_last_page (gpointer data)
{
  return lt_pdf_view_get_current_page (data) == lt_pdf_view_get_n_pages (data) - 1;
}

/* Share of dark pixels in the texture: printed text, not a blank sheet. */
static double
ink_ratio (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  gsize dark = 0;

  gdk_texture_download (texture, pixels, width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    if (pixels[i * 4] < 128 && pixels[i * 4 + 1] < 128 && pixels[i * 4 + 2] < 128)
      dark++;

  return (double) dark / ((double) width * height);
}

static void
on_load_failed (LtPdfView   *view,
                const char  *message,
                char       **out)
{
  g_free (*out);
  *out = g_strdup (message);
}

static void
test_pdf_view (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GBytes) bytes = render_letter (f);
  GtkWidget *window = gtk_window_new ();
  LtPdfView *view = LT_PDF_VIEW (lt_pdf_view_new ());
  GtkAdjustment *adjustment;
  GdkTexture *texture;
  WidthWait wait;
  double zoom;
  int width;

  gtk_window_set_default_size (GTK_WINDOW (window), 700, 900);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);

  lt_pdf_view_set_bytes (view, bytes);
  wait_for (first_page_rendered, view, "page 1");

  /* page 1 of the demo letter: several pages, A4, with text on it */
  g_assert_cmpint (lt_pdf_view_get_n_pages (view), >=, 3);
  g_assert_cmpint (lt_pdf_view_get_current_page (view), ==, 0);
  texture = lt_pdf_view_get_page_texture (view, 0);
  g_assert_cmpfloat_with_epsilon ((double) gdk_texture_get_height (texture) / gdk_texture_get_width (texture),
                                  841.89 / 595.276, 0.01);
  g_assert_cmpfloat (ink_ratio (texture), >, 0.01);
  /* crisp on HiDPI: one texture pixel per device pixel (run with GDK_SCALE=2 too) */
  g_assert_cmpint (ABS (gdk_texture_get_width (texture)
                        - (int) ceil (595.276 * lt_pdf_view_get_zoom (view) * 96.0 / 72.0
                                      * gtk_widget_get_scale_factor (GTK_WIDGET (view)))), <=, 1);
  g_test_message ("scale factor %d, page 1 texture %d × %d", gtk_widget_get_scale_factor (GTK_WIDGET (view)),
                  gdk_texture_get_width (texture), gdk_texture_get_height (texture));
  g_assert_true (lt_pdf_view_get_fit_width (view));
  save_screenshot (window, gtk_widget_get_scale_factor (window) > 1 ? "pdf-view-page1@2x.png" : "pdf-view-page1.png");

  /* zooming renders bigger textures */
  width = gdk_texture_get_width (texture);
  zoom = lt_pdf_view_get_zoom (view);
  lt_pdf_view_set_zoom (view, zoom * 1.5);
  g_assert_false (lt_pdf_view_get_fit_width (view));
  g_assert_cmpfloat_with_epsilon (lt_pdf_view_get_zoom (view), zoom * 1.5, 0.001);
  wait.view = view;
  wait.min_width = (int) (width * 1.45);
  wait_for (first_page_wider, &wait, "a wider page 1");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "pdf-view.zoom-out", NULL));
  g_assert_cmpfloat_with_epsilon (lt_pdf_view_get_zoom (view), zoom * 1.5 / 1.2, 0.001);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "pdf-view.fit-width", NULL));
  g_assert_true (lt_pdf_view_get_fit_width (view));
  g_assert_cmpfloat_with_epsilon (lt_pdf_view_get_zoom (view), zoom, 0.01);

  /* the page indicator follows scrolling */
  adjustment = lt_pdf_view_get_vadjustment (view);
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  wait_for (on_last_page, view, "the last page");
  lt_pdf_view_scroll_to_page (view, 1);
  g_assert_cmpint (lt_pdf_view_get_current_page (view), ==, 1);
  /* and the keyboard's page keys */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "pdf-view.next-page", NULL));
  g_assert_cmpint (lt_pdf_view_get_current_page (view), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "pdf-view.previous-page", NULL));
  g_assert_cmpint (lt_pdf_view_get_current_page (view), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "pdf-view.first-page", NULL));
  g_assert_cmpint (lt_pdf_view_get_current_page (view), ==, 0);
  gtk_adjustment_set_value (adjustment, 0);
  g_assert_cmpint (lt_pdf_view_get_current_page (view), ==, 0);

  /* a file that is not a PDF is reported, not crashed on */
  {
    g_autoptr(GBytes) garbage = g_bytes_new_static ("not a pdf", 9);
    g_autofree char *message = NULL;
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    g_signal_connect (view, "load-failed", G_CALLBACK (on_load_failed), &message);
    lt_pdf_view_set_bytes (view, garbage);
    while (message == NULL && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
    g_assert_nonnull (message);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  while (view != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (view);
}

typedef struct {
  LtDocumentPreview *preview;
  guint              n_missing;
} MissingWait;

static gboolean
preview_has_pdf (gpointer data)
{
  return lt_document_preview_get_pdf (data) != NULL &&
         lt_pdf_view_get_page_texture (lt_document_preview_get_view (data), 0) != NULL;
}

static gboolean
preview_missing (gpointer data)
{
  MissingWait *wait = data;

  return lt_document_preview_get_n_missing (wait->preview) == wait->n_missing;
}

static void
test_document_preview (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(LtContext) context = lt_context_new (f->store, settings);
  g_autoptr(GError) error = NULL;
  g_autoptr(LtFirm) firm = NULL;
  g_autoptr(GBytes) frozen = NULL;
  LtDocumentPreview *preview;
  MissingWait wait;

  /* a sent offre: generated from the data, nothing missing */
  preview = LT_DOCUMENT_PREVIEW (lt_document_preview_new (context, f->offre_id));
  gtk_window_present (GTK_WINDOW (preview));
  wait_for (preview_has_pdf, preview, "the offre's preview");
  g_assert_cmpuint (lt_document_preview_get_n_missing (preview), ==, 0);
  g_assert_false (lt_document_preview_is_tampered (preview));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (lt_document_preview_get_view (preview))));

  /* printing draws every page through Poppler: exported, it reads the same */
  {
    g_autofree char *printed = g_build_filename (f->dir, "printed.pdf", NULL);
    g_autoptr(LtDocument) offre = lt_store_get_document (f->store, f->offre_id, &error);
    PopplerDocument *original = poppler_document_new_from_bytes (lt_document_preview_get_pdf (preview), NULL, NULL);
    PopplerDocument *copy;
    PopplerPage *page;
    g_autofree char *uri = NULL;
    g_autofree char *text = NULL;

    g_assert_true (lt_document_preview_print_to_file (preview, printed, &error));
    g_assert_no_error (error);
    uri = g_filename_to_uri (printed, NULL, NULL);
    copy = poppler_document_new_from_file (uri, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (poppler_document_get_n_pages (copy), ==, poppler_document_get_n_pages (original));
    page = poppler_document_get_page (copy, 0);
    text = poppler_page_get_text (page);
    g_assert_nonnull (strstr (text, lt_document_get_affaire_name (offre)));
    g_object_unref (page);
    g_object_unref (copy);
    g_object_unref (original);
    g_unlink (printed);
  }

  /* the firm loses its insurance: the list says so, after the change settles */
  firm = lt_store_get_firm (f->store, &error);
  g_assert_no_error (error);
  lt_firm_set_insurance (firm, "");
  g_assert_true (lt_store_update_firm (f->store, firm, &error));
  g_assert_no_error (error);
  wait.preview = preview;
  wait.n_missing = 1;
  wait_for (preview_missing, &wait, "the missing insurance");
  {
    GBytes *before = lt_document_preview_get_pdf (preview);
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    /* the PDF is generated again, and the list has slid in */
    while ((lt_document_preview_get_pdf (preview) == before || g_get_monotonic_time () < end - 9 * G_USEC_PER_SEC) &&
           g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, FALSE);
    g_assert_true (lt_document_preview_get_pdf (preview) != before);
  }
  save_screenshot (GTK_WIDGET (preview), "document-preview-missing.png");
  gtk_window_destroy (GTK_WINDOW (preview));

  /* a signed letter shows its frozen bytes */
  g_assert_true (lt_store_freeze_document (f->store, f->letter_id, &error));
  g_assert_no_error (error);
  frozen = lt_store_get_frozen_pdf (f->store, f->letter_id, &error);
  g_assert_no_error (error);
  preview = LT_DOCUMENT_PREVIEW (lt_document_preview_new (context, f->letter_id));
  gtk_window_present (GTK_WINDOW (preview));
  wait_for (preview_has_pdf, preview, "the frozen letter");
  /* issue 12: signed, the frozen bytes first, then its signature date */
  {
    g_autoptr(LtDocument) letter = lt_store_get_document (f->store, f->letter_id, NULL);

    if (lt_document_get_signed_on (letter) != NULL)
      g_assert_true (lt_pdf_starts_with (lt_document_preview_get_pdf (preview), frozen));
    else
      g_assert_true (g_bytes_equal (lt_document_preview_get_pdf (preview), frozen));
  }
  g_assert_cmpuint (lt_document_preview_get_n_missing (preview), ==, 0);
  save_screenshot (GTK_WIDGET (preview), "document-preview-signed.png");
  gtk_window_destroy (GTK_WINDOW (preview));

  /* its bytes altered behind the app's back: said plainly, nothing to print */
  {
    sqlite3 *db = NULL;

    g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
    sqlite3_busy_timeout (db, 5000);
    g_assert_cmpint (sqlite3_exec (db, "UPDATE documents SET pdf = CAST(pdf || 'x' AS BLOB) WHERE pdf IS NOT NULL",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }
  preview = LT_DOCUMENT_PREVIEW (lt_document_preview_new (context, f->letter_id));
  gtk_window_present (GTK_WINDOW (preview));
  g_assert_true (lt_document_preview_is_tampered (preview));
  g_assert_null (lt_document_preview_get_pdf (preview));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.print", NULL) &&
                  lt_document_preview_get_pdf (preview) != NULL);
  save_screenshot (GTK_WIDGET (preview), "document-preview-tampered.png");
  gtk_window_destroy (GTK_WINDOW (preview));

  for (int i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_firm_preferences (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(LtContext) context = lt_context_new (f->store, settings);
  g_autoptr(GError) error = NULL;
  g_autoptr(LtFirm) before = lt_store_get_firm (f->store, &error);
  GtkWidget *window = adw_preferences_window_new ();
  LtFirmPreferencesPage *page = LT_FIRM_PREFERENCES_PAGE (lt_firm_preferences_page_new (context));
  AdwEntryRow *rcs = lt_firm_preferences_page_get_row (page, "rcs");
  AdwEntryRow *siren = lt_firm_preferences_page_get_row (page, "siren");
  AdwEntryRow *city = lt_firm_preferences_page_get_row (page, "city");
  LtFirm *after;

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  gtk_window_present (GTK_WINDOW (window));

  /* the rows show the firm's details */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rcs)), ==, lt_firm_get_rcs (before));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (siren)), ==, lt_firm_get_siren (before));

  /* applying a row saves that detail */
  gtk_editable_set_text (GTK_EDITABLE (rcs), "  Lyon 552 100 554 ");
  g_signal_emit_by_name (rcs, "apply");
  g_assert_null (lt_firm_preferences_page_get_error (page));
  after = lt_store_get_firm (f->store, &error);
  g_assert_cmpstr (lt_firm_get_rcs (after), ==, "Lyon 552 100 554");
  g_assert_cmpstr (lt_firm_get_city (after), ==, lt_firm_get_city (before));
  g_clear_object (&after);

  /* a wrong SIREN is refused at the row, and what was typed stays */
  gtk_editable_set_text (GTK_EDITABLE (siren), "123456789");
  g_signal_emit_by_name (siren, "apply");
  g_assert_nonnull (lt_firm_preferences_page_get_error (page));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (siren), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (siren)), ==, "123456789");
  after = lt_store_get_firm (f->store, &error);
  g_assert_cmpstr (lt_firm_get_siren (after), ==, lt_firm_get_siren (before));

  /* a change made elsewhere shows, without touching the row being edited */
  lt_firm_set_city (after, "Villeurbanne");
  g_assert_true (lt_store_update_firm (f->store, after, &error));
  g_assert_no_error (error);
  g_clear_object (&after);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (city)), ==, "Villeurbanne");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (siren)), ==, "123456789");

  /* corrected, the error goes */
  gtk_editable_set_text (GTK_EDITABLE (siren), lt_firm_get_siren (before));
  g_signal_emit_by_name (siren, "apply");
  g_assert_null (lt_firm_preferences_page_get_error (page));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (siren), "error"));

  save_screenshot (window, "firm-preferences.png");
  gtk_window_destroy (GTK_WINDOW (window));
  for (int i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/pdf-view/demo-letter", Fixture, NULL, fixture_set_up, test_pdf_view, fixture_tear_down);
  g_test_add ("/ui/pdf-view/document-preview", Fixture, NULL, fixture_set_up, test_document_preview, fixture_tear_down);
  g_test_add ("/ui/pdf-view/firm-preferences", Fixture, NULL, fixture_set_up, test_firm_preferences, fixture_tear_down);

  return g_test_run ();
}
