/* test-ui-document-preview.c: « Aperçu » of the documents view opens the document preview — pages, zoom, save as, print */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <gio/gunixfdlist.h>
#include <poppler.h>
#include <string.h>
#include <unistd.h>

#include "lettrine-core.h"
#include "lt-context.h"
#include "lt-document-preview.h"
#include "lt-documents-view.h"
#include "lt-pdf-view.h"
#include "lt-store-demo.h"
#include "lt-store-document-ops.h"
#include "lt-store-documents.h"
#include "lt-store-pdf.h"

#include "store-fixtures.h"
#include "ui-fixtures.h"

typedef struct {
  char      *dir;
  char      *path;
  LtStore   *store;
  GSettings *settings;
  LtContext *context;
  gint64     letter_id;
  gint64     affaire_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  f->store = store_fixture_open ("lettrine-ui-preview-XXXXXX", &f->dir, &f->path);
  lt_document_preview_install_renderer (f->store);
  g_assert_true (lt_store_load_demo (f->store, &error));
  g_assert_no_error (error);
  f->settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  f->context = lt_context_new (f->store, f->settings);

  documents = lt_store_list_documents (f->store, 0);
  /* The demo's first letter (Boulangerie Martin's), whatever the list's
   * order: the demo's letters are dated when they were drafted (issue 13). */
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(LtDocument) document = g_list_model_get_item (documents, i);

      if (lt_document_get_kind (document) == LT_DOCUMENT_KIND_LETTRE_DE_MISSION &&
          (f->letter_id == 0 || lt_document_get_id (document) < f->letter_id))
        {
          f->letter_id = lt_document_get_id (document);
          f->affaire_id = lt_document_get_affaire_id (document);
        }
    }
  g_assert_cmpint (f->letter_id, >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->context);
  g_clear_object (&f->settings);
  g_clear_object (&f->store);
  store_fixture_remove (f->dir, f->path);
}

static gboolean
preview_ready (gpointer data)
{
  LtDocumentPreview *preview = data;

  return lt_document_preview_get_pdf (preview) != NULL &&
         lt_pdf_view_get_n_pages (lt_document_preview_get_view (preview)) > 0 &&
         lt_pdf_view_get_page_texture (lt_document_preview_get_view (preview), 0) != NULL;
}

typedef struct {
  LtDocumentPreview *preview;
  const char        *text;
} IndicatorWait;

static gboolean
indicator_reads (gpointer data)
{
  IndicatorWait *wait = data;

  return g_strcmp0 (lt_document_preview_get_page_indicator (wait->preview), wait->text) == 0;
}

static LtDocumentPreview *
find_preview (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  LtDocumentPreview *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (LT_IS_DOCUMENT_PREVIEW (l->data))
      {
        g_assert_null (found);
        found = l->data;
      }

  return found;
}

static PopplerDocument *
read_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

/* The page's text, ligatures spelled out (cairo's print keeps the « ﬁ »
 * glyph where the original maps it back to « fi »). */
static char *
page_text (PopplerDocument *document,
           int              index)
{
  PopplerPage *page = poppler_document_get_page (document, index);
  g_autofree char *text = poppler_page_get_text (page);

  g_object_unref (page);

  return g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
}

static void
test_preview_from_documents_view (Fixture       *f,
                                  gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = lt_documents_view_new (f->context);
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = g_build_filename (f->dir, "saved.pdf", NULL);
  g_autofree char *printed = g_build_filename (f->dir, "printed.pdf", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(LtDocument) letter = NULL;
  LtDocumentPreview *preview;
  PopplerDocument *shown, *copy;
  IndicatorWait wait;
  double zoom;
  int n_pages;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  lt_documents_view_set_affaire_id (LT_DOCUMENTS_VIEW (view), f->affaire_id);
  lt_documents_view_select_document (LT_DOCUMENTS_VIEW (view), f->letter_id);
  g_assert_cmpint (lt_documents_view_get_selected_id (LT_DOCUMENTS_VIEW (view)), ==, f->letter_id);
  iterate (50);
  g_assert_null (find_preview ());

  /* « Aperçu », as the button does: the full preview, not a bare window */
  g_assert_true (gtk_widget_activate_action (view, "documents.preview", NULL));
  preview = find_preview ();
  g_assert_nonnull (preview);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preview)) == GTK_WINDOW (window));
  wait_for (preview_ready, preview, "the letter's preview");

  /* the page count is the PDF's, and the indicator says where we are */
  shown = poppler_document_new_from_bytes (lt_document_preview_get_pdf (preview), NULL, &error);
  g_assert_no_error (error);
  n_pages = poppler_document_get_n_pages (shown);
  g_assert_cmpint (n_pages, >, 1);
  g_assert_cmpint (lt_pdf_view_get_n_pages (lt_document_preview_get_view (preview)), ==, n_pages);
  expected = g_strdup_printf ("1 / %d", n_pages);
  g_assert_cmpstr (lt_document_preview_get_page_indicator (preview), ==, expected);

  /* the next page button goes to page 2, and back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next-page", NULL));
  g_free (expected);
  expected = g_strdup_printf ("2 / %d", n_pages);
  wait.preview = preview;
  wait.text = expected;
  wait_for (indicator_reads, &wait, "page 2 in the indicator");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous-page", NULL));
  g_free (expected);
  expected = g_strdup_printf ("1 / %d", n_pages);
  wait.text = expected;
  wait_for (indicator_reads, &wait, "page 1 in the indicator");

  /* zoom in, out, fit width */
  zoom = lt_pdf_view_get_zoom (lt_document_preview_get_view (preview));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-in", NULL));
  g_assert_cmpfloat (lt_pdf_view_get_zoom (lt_document_preview_get_view (preview)), >, zoom);
  g_assert_false (lt_pdf_view_get_fit_width (lt_document_preview_get_view (preview)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-out", NULL));
  g_assert_cmpfloat (lt_pdf_view_get_zoom (lt_document_preview_get_view (preview)), <, zoom);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.fit-width", NULL));
  g_assert_true (lt_pdf_view_get_fit_width (lt_document_preview_get_view (preview)));

  /* Save As…: the very bytes shown, read back by Poppler */
  file = g_file_new_for_path (saved);
  g_assert_true (lt_document_preview_save_to_file (preview, file, &error));
  g_assert_no_error (error);
  copy = read_pdf (saved);
  g_assert_cmpint (poppler_document_get_n_pages (copy), ==, n_pages);
  letter = lt_store_get_document (f->store, f->letter_id, &error);
  g_assert_no_error (error);
  {
    g_autofree char *text = page_text (copy, 0);

    g_assert_nonnull (strstr (text, lt_document_get_affaire_name (letter)));
  }
  g_object_unref (copy);
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (saved, &contents, &length, &error));
    g_assert_cmpmem (contents, length, g_bytes_get_data (lt_document_preview_get_pdf (preview), NULL),
                     g_bytes_get_size (lt_document_preview_get_pdf (preview)));
  }

  /* Print…, through GtkPrintOperation drawing the Poppler pages, to a PDF */
  g_assert_true (lt_document_preview_print_to_file (preview, printed, &error));
  g_assert_no_error (error);
  copy = read_pdf (printed);
  g_assert_cmpint (poppler_document_get_n_pages (copy), ==, n_pages);
  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *original = page_text (shown, i);
      g_autofree char *reprinted = page_text (copy, i);
      PopplerPage *page = poppler_document_get_page (copy, i);
      double width, height;

      /* A4 in points, the page's own text */
      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 595.3, 1.0);
      g_assert_cmpfloat_with_epsilon (height, 841.9, 1.0);
      g_object_unref (page);
      g_assert_cmpstr (reprinted, ==, original);
    }
  g_object_unref (copy);
  g_object_unref (shown);

  gtk_window_destroy (GTK_WINDOW (preview));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
}

/* A test double of the desktop's e-mail portal, on the session bus, in a
 * thread of its own (libportal asks the portal's version synchronously). */
typedef struct {
  GMutex        lock;
  GMainContext *context;
  GMainLoop    *loop;
  GThread      *thread;
  gboolean      ready;
  guint         n_calls;
  char        **addresses;
  char         *subject;
  char         *body;
  GBytes       *attachment;
} PortalDouble;

static const char portal_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Email'>"
  "    <method name='ComposeEmail'>"
  "      <arg type='s' name='parent_window' direction='in'/>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "      <arg type='o' name='handle' direction='out'/>"
  "    </method>"
  "    <property name='version' type='u' access='read'/>"
  "  </interface>"
  "</node>";

static void
portal_method_call (GDBusConnection       *bus,
                    const char            *sender,
                    const char            *path,
                    const char            *interface,
                    const char            *method,
                    GVariant              *parameters,
                    GDBusMethodInvocation *invocation,
                    gpointer               data)
{
  PortalDouble *portal = data;
  g_autoptr(GVariant) options = NULL;
  g_autoptr(GVariant) fds = NULL;
  GUnixFDList *fd_list = g_dbus_message_get_unix_fd_list (g_dbus_method_invocation_get_message (invocation));
  const char *parent, *token = "t";
  g_autofree char *sender_path = g_strdelimit (g_strdup (sender + 1), ".", '_');
  g_autofree char *handle = NULL;

  g_variant_get (parameters, "(&s@a{sv})", &parent, &options);
  g_variant_lookup (options, "handle_token", "&s", &token);
  handle = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", sender_path, token);

  g_mutex_lock (&portal->lock);
  g_variant_lookup (options, "addresses", "^as", &portal->addresses);
  g_variant_lookup (options, "subject", "s", &portal->subject);
  g_variant_lookup (options, "body", "s", &portal->body);
  fds = g_variant_lookup_value (options, "attachment_fds", G_VARIANT_TYPE ("ah"));
  if (fds != NULL && g_variant_n_children (fds) == 1 && fd_list != NULL)
    {
      gint32 index;
      int fd;
      g_autofree char *proc = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      g_variant_get_child (fds, 0, "h", &index);
      fd = g_unix_fd_list_get (fd_list, index, NULL);
      /* an O_PATH descriptor: read the file it names */
      proc = g_strdup_printf ("/proc/self/fd/%d", fd);
      if (g_file_get_contents (proc, &contents, &length, NULL))
        portal->attachment = g_bytes_new_take (g_steal_pointer (&contents), length);
      close (fd);
    }
  portal->n_calls++;
  g_mutex_unlock (&portal->lock);

  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", handle));
  /* the user sent the mail from the composer */
  g_dbus_connection_emit_signal (bus, sender, handle, "org.freedesktop.portal.Request", "Response",
                                 g_variant_new ("(u@a{sv})", 0, g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0)),
                                 NULL);
}

static GVariant *
portal_get_property (GDBusConnection  *bus,
                     const char       *sender,
                     const char       *path,
                     const char       *interface,
                     const char       *property,
                     GError          **error,
                     gpointer          data)
{
  return g_variant_new_uint32 (4);
}

static void
portal_name_acquired (GDBusConnection *bus,
                      const char      *name,
                      gpointer         data)
{
  PortalDouble *portal = data;

  g_mutex_lock (&portal->lock);
  portal->ready = TRUE;
  g_mutex_unlock (&portal->lock);
}

static gpointer
portal_thread (gpointer data)
{
  static const GDBusInterfaceVTable vtable = { portal_method_call, portal_get_property, NULL, { 0 } };
  PortalDouble *portal = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (portal_xml, &error);
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_autoptr(GDBusConnection) bus = NULL;
  guint object_id, owner_id;

  g_main_context_push_thread_default (portal->context);
  g_assert_no_error (error);
  bus = g_dbus_connection_new_for_address_sync (address,
                                                G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                NULL, NULL, &error);
  g_assert_no_error (error);
  object_id = g_dbus_connection_register_object (bus, "/org/freedesktop/portal/desktop", info->interfaces[0],
                                                 &vtable, portal, NULL, &error);
  g_assert_no_error (error);
  owner_id = g_bus_own_name_on_connection (bus, "org.freedesktop.portal.Desktop", G_BUS_NAME_OWNER_FLAGS_NONE,
                                           portal_name_acquired, NULL, portal, NULL);
  g_main_loop_run (portal->loop);

  g_bus_unown_name (owner_id);
  g_dbus_connection_unregister_object (bus, object_id);
  g_dbus_connection_flush_sync (bus, NULL, NULL);
  g_main_context_pop_thread_default (portal->context);

  return NULL;
}

static gboolean
portal_ready (gpointer data)
{
  PortalDouble *portal = data;
  gboolean ready;

  g_mutex_lock (&portal->lock);
  ready = portal->ready;
  g_mutex_unlock (&portal->lock);

  return ready;
}

static AdwMessageDialog *
find_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

/* « Envoyer par courriel… »: a mail to the signatory, the PDF attached,
 * through the portal; the draft is marked sent once the user says so. */
static void
test_mail_through_portal (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = lt_documents_view_new (f->context);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LtDocumentLine) line = lt_document_line_new ();
  g_autoptr(LtDocument) bon = NULL;
  g_autoptr(LtDocument) after = NULL;
  g_autoptr(GError) error = NULL;
  PortalDouble portal = { 0 };
  LtDocumentPreview *preview;
  PopplerDocument *attached;
  AdwMessageDialog *dialog;

  g_mutex_init (&portal.lock);
  portal.context = g_main_context_new ();
  portal.loop = g_main_loop_new (portal.context, FALSE);
  portal.thread = g_thread_new ("portal-double", portal_thread, &portal);
  wait_for (portal_ready, &portal, "the portal double on the bus");

  lt_document_line_set_label (line, "Conseil en organisation");
  lt_document_line_set_price_cents (line, 50000);
  lt_document_line_set_recurrence (line, LT_RECURRENCE_NONE);
  g_ptr_array_add (lines, g_object_ref (line));
  bon = lt_store_document_create_with_lines (f->store, f->affaire_id, LT_DOCUMENT_KIND_BON_D_INTERVENTION, lines, &error);
  g_assert_no_error (error);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  lt_documents_view_set_affaire_id (LT_DOCUMENTS_VIEW (view), f->affaire_id);
  lt_documents_view_select_document (LT_DOCUMENTS_VIEW (view), lt_document_get_id (bon));
  g_assert_true (gtk_widget_activate_action (view, "documents.preview", NULL));
  preview = find_preview ();
  g_assert_nonnull (preview);
  wait_for (preview_ready, preview, "the bon's preview");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.email", NULL));
  wait_for (dialog_shown, NULL, "the « was it sent? » dialog");

  g_mutex_lock (&portal.lock);
  g_assert_cmpuint (portal.n_calls, ==, 1);
  g_assert_nonnull (portal.addresses);
  g_assert_cmpstr (portal.addresses[0], ==, "thomas@boulangerie-martin.fr");
  g_assert_cmpstr (portal.subject, ==, "Bon d’intervention — Boulangerie Martin");
  g_assert_nonnull (strstr (portal.body, "Madame, Monsieur,"));
  g_assert_nonnull (portal.attachment);
  attached = poppler_document_new_from_bytes (portal.attachment, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (attached), ==,
                   lt_pdf_view_get_n_pages (lt_document_preview_get_view (preview)));
  g_object_unref (attached);
  g_mutex_unlock (&portal.lock);

  /* composing is not sending: still a draft until the user says so */
  after = lt_store_get_document (f->store, lt_document_get_id (bon), &error);
  g_assert_cmpint (lt_document_get_state (after), ==, LT_DOCUMENT_STATE_DRAFT);
  g_clear_object (&after);
  dialog = find_dialog ();
  adw_message_dialog_response (dialog, "sent");
  iterate (50);
  after = lt_store_get_document (f->store, lt_document_get_id (bon), &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_document_get_state (after), ==, LT_DOCUMENT_STATE_SENT);

  gtk_window_destroy (GTK_WINDOW (preview));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);

  g_main_loop_quit (portal.loop);
  g_thread_join (portal.thread);
  g_main_loop_unref (portal.loop);
  g_main_context_unref (portal.context);
  g_strfreev (portal.addresses);
  g_free (portal.subject);
  g_free (portal.body);
  g_clear_pointer (&portal.attachment, g_bytes_unref);
  g_mutex_clear (&portal.lock);
}

/* Opening the mailto: link may fail under Xvfb (no mail program): GTK
 * warns, which is not this test's matter. */
static gboolean
tolerate_no_mail_program (const char     *domain,
                          GLogLevelFlags  level,
                          const char     *message,
                          gpointer        data)
{
  return !(level & G_LOG_LEVEL_WARNING) || g_strcmp0 (domain, "Gtk") != 0;
}

/* Without an e-mail portal: a mailto: link, without the PDF, said so; the
 * draft stays a draft when the user says the mail has not gone. */
static void
test_mail_without_portal (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = lt_documents_view_new (f->context);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LtDocumentLine) line = lt_document_line_new ();
  g_autoptr(LtDocument) bon = NULL;
  g_autoptr(LtDocument) after = NULL;
  g_autoptr(GError) error = NULL;
  LtDocumentPreview *preview;

  g_test_log_set_fatal_handler (tolerate_no_mail_program, NULL);
  lt_document_line_set_label (line, "Conseil en organisation");
  lt_document_line_set_price_cents (line, 50000);
  g_ptr_array_add (lines, g_object_ref (line));
  bon = lt_store_document_create_with_lines (f->store, f->affaire_id, LT_DOCUMENT_KIND_BON_D_INTERVENTION, lines, &error);
  g_assert_no_error (error);

  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  lt_documents_view_set_affaire_id (LT_DOCUMENTS_VIEW (view), f->affaire_id);
  lt_documents_view_select_document (LT_DOCUMENTS_VIEW (view), lt_document_get_id (bon));
  g_assert_true (gtk_widget_activate_action (view, "documents.preview", NULL));
  preview = find_preview ();
  wait_for (preview_ready, preview, "the bon's preview");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.email", NULL));
  wait_for (dialog_shown, NULL, "the « was it sent? » dialog");
  adw_message_dialog_response (find_dialog (), "not-yet");
  iterate (50);
  after = lt_store_get_document (f->store, lt_document_get_id (bon), &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_document_get_state (after), ==, LT_DOCUMENT_STATE_DRAFT);

  gtk_window_destroy (GTK_WINDOW (preview));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/document-preview/from-documents-view", Fixture, NULL,
              fixture_set_up, test_preview_from_documents_view, fixture_tear_down);
  g_test_add ("/ui/document-preview/mail-through-portal", Fixture, NULL,
              fixture_set_up, test_mail_through_portal, fixture_tear_down);
  g_test_add ("/ui/document-preview/mail-without-portal", Fixture, NULL,
              fixture_set_up, test_mail_without_portal, fixture_tear_down);

  return g_test_run ();
}
