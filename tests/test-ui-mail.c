/* test-ui-mail.c: Préférences › Courriel (mode, server, Save, Test) and the demandes the application mails at start and every hour */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lettrine-core.h"
#include "lt-context.h"
#include "lt-document-mail.h"
#include "lt-mail-preferences-page.h"
#include "lt-mail-scheduler.h"
#include "lt-preferences-window.h"
#include "lt-requests-view.h"
#include "lt-store-affaires.h"
#include "lt-store-demo.h"
#include "lt-store-document-ops.h"
#include "lt-store-documents.h"
#include "lt-store-mail.h"
#include "lt-store-pdf.h"
#include "lt-store-project-ops.h"
#include "lt-store-projects.h"
#include "lt-choice-row.h"

#include "ui-fixtures.h"

typedef struct {
  char       *dir;
  char       *path;
  LtStore    *store;
  GSubprocess *server;
  char       *maildir;
  int         port;
  gint64      task_ids[2];
  gint64      affaire_id;
} Fixture;

static int
free_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (socket, any, TRUE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

/* A real SMTP server on 127.0.0.1 (aiosmtpd), each mail a file of a Maildir. */
static void
start_server (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *listen = g_strdup_printf ("127.0.0.1:%d", f->port);
  g_autoptr(GSocketClient) client = g_socket_client_new ();

  f->server = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                                "/usr/bin/python3", "-m", "aiosmtpd", "-n", "-l", listen,
                                "-c", "aiosmtpd.handlers.Mailbox", f->maildir, NULL);
  g_assert_no_error (error);
  for (int i = 0; i < 200; i++)
    {
      g_autoptr(GSocketConnection) connection = g_socket_client_connect_to_host (client, "127.0.0.1", f->port, NULL, NULL);

      if (connection != NULL)
        return;
      g_usleep (50 * 1000);
    }
  g_assert_not_reached ();
}

static void
stop_server (Fixture *f)
{
  if (f->server == NULL)
    return;
  g_subprocess_force_exit (f->server);
  g_subprocess_wait (f->server, NULL, NULL);
  g_clear_object (&f->server);
}

/* Mails leave directly, through the test's server on this computer. */
static void
send_directly (LtStore *store,
               int      port)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtMailSettings) mail = lt_store_get_mail_settings (store, &error);

  lt_mail_settings_set_mode (mail, LT_MAIL_MODE_SMTP);
  lt_mail_settings_set_smtp_host (mail, "127.0.0.1");
  lt_mail_settings_set_smtp_port (mail, port);
  lt_mail_settings_set_smtp_security (mail, LT_MAIL_SECURITY_NONE);
  g_assert_true (lt_store_update_mail_settings (store, mail, &error));
  g_assert_no_error (error);
}

static GPtrArray *
received (Fixture *f)
{
  g_autofree char *new_dir = g_build_filename (f->maildir, "new", NULL);
  g_autoptr(GDir) dir = g_dir_open (new_dir, 0, NULL);
  GPtrArray *mails = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (new_dir, name, NULL);
      char *text = NULL;

      g_assert_true (g_file_get_contents (file, &text, NULL, NULL));
      g_ptr_array_add (mails, text);
    }
  return mails;
}

static gint64
add_request (LtStore    *store,
             gint64      affaire_id,
             const char *title,
             const char *start)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) task = g_object_new (LT_TYPE_TASK, "affaire-id", affaire_id, "kind", LT_STEP_KIND_REQUEST,
                                         "title", title, "period", "2026-11", "start-date", start,
                                         "due-date", "2099-12-31", NULL);

  lt_store_add_task (store, task, &error);
  g_assert_no_error (error);
  return lt_task_get_id (task);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtAffaire) affaire = g_object_new (LT_TYPE_AFFAIRE, "name", "Le Bistrot", "state", LT_AFFAIRE_STATE_CLIENT,
                                                "letter-outside-date", "2020-01-02", "letter-outside-reference", "LM-2020-1", NULL);
  g_autoptr(LtContact) contact = NULL;
  g_autoptr(LtFirm) firm = NULL;
  g_autofree char *today = lt_date_today ();

  f->dir = g_dir_make_tmp ("lettrine-ui-mail-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "cabinet.db", NULL);
  f->maildir = g_build_filename (f->dir, "Maildir", NULL);
  f->port = free_port ();
  f->store = lt_store_open (f->path, &error);
  g_assert_no_error (error);

  firm = lt_store_get_firm (f->store, &error);
  lt_firm_set_name (firm, "Cabinet Durand");
  lt_firm_set_email (firm, "contact@cabinet-durand.fr");
  g_assert_true (lt_store_update_firm (f->store, firm, &error));
  g_assert_true (lt_store_add_affaire (f->store, affaire, &error));
  f->affaire_id = lt_affaire_get_id (affaire);
  contact = g_object_new (LT_TYPE_CONTACT, "affaire-id", lt_affaire_get_id (affaire), "name", "Élise Lenoir",
                          "email", "elise@bistrot.fr", "is-signatory", TRUE, NULL);
  g_assert_true (lt_store_add_contact (f->store, contact, &error));
  g_assert_no_error (error);
  f->task_ids[0] = add_request (f->store, lt_affaire_get_id (affaire), "Relevés bancaires", today);
  f->task_ids[1] = add_request (f->store, lt_affaire_get_id (affaire), "Factures d’achat", "2026-01-05");
  add_request (f->store, lt_affaire_get_id (affaire), "Inventaire", "2099-01-05");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *cmd = NULL;

  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  stop_server (f);
  /* a worker's GTask lets go of the store just after its callback ran */
  while (G_OBJECT (f->store)->ref_count > 1 && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_finalize_object (f->store);
  cmd = g_strdup_printf ("rm -rf '%s'", f->dir);
  g_assert_cmpint (system (cmd), ==, 0);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->maildir);
}

static void
wait_message (LtMailPreferencesPage *page,
              const char            *before)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (g_strcmp0 (lt_mail_preferences_page_get_last_message (page), before) == 0 && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10 * 1000);
    }
}

static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(LtContext) context = lt_context_new (f->store, settings);
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(LtMailSettings) stored = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window = lt_preferences_window_new (context);
  LtMailPreferencesPage *page;
  GtkWidget *host, *user, *password, *security, *server_group;
  GtkCheckButton *application_check, *direct_check;
  g_autofree char *before = NULL;

  gtk_window_present (window);
  collect (GTK_WIDGET (window), LT_TYPE_MAIL_PREFERENCES_PAGE, pages);
  g_assert_cmpuint (pages->len, ==, 1);
  page = g_ptr_array_index (pages, 0);
  g_assert_cmpstr (adw_preferences_page_get_title (ADW_PREFERENCES_PAGE (page)), ==, "E-mail");

  /* by default, the user's own mail application; the server's rows wait */
  collect (GTK_WIDGET (page), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 2);
  application_check = g_ptr_array_index (checks, 0);
  direct_check = g_ptr_array_index (checks, 1);
  g_assert_true (gtk_check_button_get_active (application_check));
  host = find_row (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Server");
  user = find_row (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "User");
  password = find_row (GTK_WIDGET (page), ADW_TYPE_PASSWORD_ENTRY_ROW, "Password");
  security = find_row (GTK_WIDGET (page), LT_TYPE_CHOICE_ROW, "Security");
  g_assert_nonnull (host);
  g_assert_nonnull (user);
  g_assert_nonnull (password);
  g_assert_nonnull (security);
  server_group = gtk_widget_get_ancestor (host, ADW_TYPE_PREFERENCES_GROUP);
  g_assert_false (gtk_widget_get_sensitive (server_group));

  /* « Directly » without a server: said, and kept once the server is there */
  gtk_check_button_set_active (direct_check, TRUE);
  g_assert_true (gtk_widget_get_sensitive (server_group));
  g_assert_cmpstr (lt_mail_preferences_page_get_last_message (page), ==, "Enter the cabinet’s server, then save");
  stored = lt_store_get_mail_settings (f->store, &error);
  g_assert_false (lt_mail_settings_is_direct (stored));
  g_clear_object (&stored);

  /* no clear text to another machine */
  gtk_editable_set_text (GTK_EDITABLE (host), "smtp.cabinet-durand.fr");
  lt_choice_row_set_selected (LT_CHOICE_ROW (security), 2);
  gtk_widget_activate_action (GTK_WIDGET (page), "mail.save", NULL);
  g_assert_nonnull (strstr (lt_mail_preferences_page_get_last_message (page), "without encryption"));

  /* saved: this computer, no login */
  gtk_editable_set_text (GTK_EDITABLE (host), "127.0.0.1");
  {
    g_autoptr(GPtrArray) spins = g_ptr_array_new ();

    collect (GTK_WIDGET (page), GTK_TYPE_SPIN_BUTTON, spins);
    g_assert_cmpuint (spins->len, ==, 1);
    gtk_spin_button_set_value (g_ptr_array_index (spins, 0), f->port);
  }
  gtk_widget_activate_action (GTK_WIDGET (page), "mail.save", NULL);
  g_assert_cmpstr (lt_mail_preferences_page_get_last_message (page), ==, "E-mail settings saved");
  stored = lt_store_get_mail_settings (f->store, &error);
  g_assert_true (lt_mail_settings_is_direct (stored));
  g_assert_cmpstr (lt_mail_settings_get_smtp_host (stored), ==, "127.0.0.1");
  g_assert_cmpint (lt_mail_settings_get_smtp_port (stored), ==, f->port);
  g_assert_cmpstr (lt_mail_settings_get_smtp_security (stored), ==, "none");
  g_clear_object (&stored);

  /* « Test » with no server there, then with one */
  before = g_strdup (lt_mail_preferences_page_get_last_message (page));
  gtk_widget_activate_action (GTK_WIDGET (page), "mail.test", NULL);
  wait_message (page, before);
  g_assert_nonnull (strstr (lt_mail_preferences_page_get_last_message (page), "cannot be reached"));
  start_server (f);
  g_free (before);
  before = g_strdup (lt_mail_preferences_page_get_last_message (page));
  gtk_widget_activate_action (GTK_WIDGET (page), "mail.test", NULL);
  wait_message (page, before);
  g_assert_cmpstr (lt_mail_preferences_page_get_last_message (page), ==, "The server 127.0.0.1 took the connection and the login");

  /* back to the user's own application: kept at once */
  gtk_check_button_set_active (application_check, TRUE);
  g_assert_false (gtk_widget_get_sensitive (server_group));
  stored = lt_store_get_mail_settings (f->store, &error);
  g_assert_false (lt_mail_settings_is_direct (stored));
  g_assert_cmpstr (lt_mail_settings_get_smtp_host (stored), ==, "127.0.0.1");

  gtk_window_destroy (window);
}

static void
on_changed_cb (LtStore    *store,
               const char *table,
               gint64      id,
               int         change,
               guint      *count)
{
  if (g_strcmp0 (table, "tasks") == 0)
    (*count)++;
}

static void
wait_rounds (LtMailScheduler *scheduler,
             guint            rounds)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (lt_mail_scheduler_get_rounds (scheduler) < rounds && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10 * 1000);
    }
  g_assert_cmpuint (lt_mail_scheduler_get_rounds (scheduler), ==, rounds);
}

static void
test_scheduler (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(LtContext) context = lt_context_new (f->store, settings);
  g_autoptr(GtkApplication) application = gtk_application_new ("io.github.lettrine.Lettrine.TestMail",
                                                                G_APPLICATION_NON_UNIQUE);
  g_autoptr(GPtrArray) mails = NULL;
  g_autoptr(GPtrArray) recorded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) task = NULL;
  LtMailScheduler *scheduler;
  guint changes = 0;

  send_directly (f->store, f->port);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed_cb), &changes);
  start_server (f);

  /* at start: what is due goes, off the main thread; the lists hear of it */
  scheduler = lt_mail_scheduler_attach (application, context, 3600);
  wait_rounds (scheduler, 1);
  g_assert_cmpstr (lt_mail_scheduler_get_last_summary (scheduler), ==, "2 demandes sent");
  mails = received (f);
  g_assert_cmpuint (mails->len, ==, 2);
  for (guint i = 0; i < mails->len; i++)
    {
      g_assert_nonnull (strstr (g_ptr_array_index (mails, i), "To: =?UTF-8?B?"));
      g_assert_nonnull (strstr (g_ptr_array_index (mails, i), "<elise@bistrot.fr>"));
    }
  recorded = lt_store_list_request_mails (f->store, 0, "sent", &error);
  g_assert_cmpuint (recorded->len, ==, 2);
  g_assert_cmpuint (changes, >=, 2);
  task = lt_store_task_load (f->store, f->task_ids[0], &error);
  g_assert_nonnull (lt_task_get_sent_on (task));

  /* a mail left unconfirmed by a crash: not sent again, and the toast says
   * where to settle it */
  {
    g_autofree char *today = lt_date_today ();
    gint64 id = add_request (f->store, lt_task_get_affaire_id (task), "Relevés d’épargne", today);

    g_assert_true (lt_store_request_mail_begin (f->store, id, "<lost@cabinet-durand.fr>", "elise@bistrot.fr", &error));
    lt_mail_scheduler_run (scheduler);
    wait_rounds (scheduler, 2);
    g_assert_cmpstr (lt_mail_scheduler_get_last_summary (scheduler), ==,
                     "0 demandes sent, 1 to check: say whether it went under the client’s demandes (Projects)");
    g_clear_pointer (&mails, g_ptr_array_unref);
    mails = received (f);
    g_assert_cmpuint (mails->len, ==, 2);
    g_assert_true (lt_store_request_mail_settle (f->store, id, "<lost@cabinet-durand.fr>", TRUE, &error));
  }

  /* an hour later, the server is down: said, the new demande waits */
  stop_server (f);
  {
    g_autoptr(LtTask) waiting = NULL;
    g_autofree char *today = lt_date_today ();
    gint64 id = add_request (f->store, lt_task_get_affaire_id (task), "Notes de frais", today);

    lt_mail_scheduler_run (scheduler);
    wait_rounds (scheduler, 3);
    g_assert_nonnull (strstr (lt_mail_scheduler_get_last_summary (scheduler), "Demandes not sent: "));
    g_assert_nonnull (strstr (lt_mail_scheduler_get_last_summary (scheduler), "cannot be reached"));
    waiting = lt_store_task_load (f->store, id, &error);
    g_assert_null (lt_task_get_sent_on (waiting));
  }

  g_object_set_data (G_OBJECT (application), "lt-mail-scheduler", NULL);
}

static LtDocumentState
document_state (LtStore *store,
                gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocument) document = lt_store_get_document (store, id, &error);

  g_assert_no_error (error);
  return lt_document_get_state (document);
}

static gint64
draft (LtStore         *store,
       gint64           affaire_id,
       LtDocumentKind   kind)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LtDocumentLine) line = lt_document_line_new ();
  g_autoptr(LtDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  lt_document_line_set_label (line, "Conseil en organisation");
  lt_document_line_set_price_cents (line, 50000);
  lt_document_line_set_recurrence (line, LT_RECURRENCE_NONE);
  g_ptr_array_add (lines, g_object_ref (line));
  document = lt_store_document_create_with_lines (store, affaire_id, kind, lines, &error);
  g_assert_no_error (error);
  return lt_document_get_id (document);
}

static void
spin (double seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10 * 1000);
    }
}

/* « Envoyer par courriel » with « directement » chosen: through the SMTP
 * server, the PDF attached, and the draft marked sent once the server took
 * it; with the server down, or a draft the rules would not let go, nothing
 * is sent and the draft stays a draft. */
static void
test_document_directly (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *path = g_build_filename (f->dir, "demo.db", NULL);
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) mails = NULL;
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(GBytes) pdf = g_bytes_new_static ("%PDF-1.5\n% Lettrine test\n%%EOF\n", 31);
  g_autofree char *encoded = g_base64_encode (g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf));
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  gint64 affaire_id = 0, client_id = 0, bon, refused;
  gint64 end;

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (lt_store_load_demo (store, &error));
  context = lt_context_new (store, settings);
  documents = lt_store_list_documents (store, 0);
  for (guint i = 0; i < g_list_model_get_n_items (documents) && affaire_id == 0; i++)
    {
      g_autoptr(LtDocument) document = g_list_model_get_item (documents, i);

      if (lt_document_get_kind (document) == LT_DOCUMENT_KIND_LETTRE_DE_MISSION)
        affaire_id = lt_document_get_affaire_id (document);
    }
  client_id = affaire_id;
  g_assert_cmpint (client_id, >, 0);

  send_directly (store, f->port);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));

  /* the server down: nothing sent, the draft stays a draft */
  bon = draft (store, client_id, LT_DOCUMENT_KIND_BON_D_INTERVENTION);
  lt_document_mail_compose (GTK_WINDOW (window), ADW_TOAST_OVERLAY (overlay), context, bon, pdf, "BI.pdf");
  spin (2);
  g_assert_cmpint (document_state (store, bon), ==, LT_DOCUMENT_STATE_DRAFT);

  /* a draft the rules refuse (a lettre de mission without a line) is not mailed */
  start_server (f);
  refused = draft (store, client_id, LT_DOCUMENT_KIND_LETTRE_DE_MISSION);
  {
    g_autoptr(LtDocumentContent) content = lt_store_get_document_content (store, refused, &error);

    for (guint i = 0; content != NULL && i < content->lines->len; i++)
      g_assert_true (lt_store_document_remove_line (store, lt_document_line_get_id (g_ptr_array_index (content->lines, i)), &error));
  }
  g_assert_false (lt_store_mail_document_sendable (store, refused, NULL));
  lt_document_mail_compose (GTK_WINDOW (window), ADW_TOAST_OVERLAY (overlay), context, refused, pdf, "LM.pdf");
  spin (1);
  mails = received (f);
  g_assert_cmpuint (mails->len, ==, 0);
  g_clear_pointer (&mails, g_ptr_array_unref);
  g_assert_cmpint (document_state (store, refused), ==, LT_DOCUMENT_STATE_DRAFT);

  /* sent: the PDF attached, the draft marked sent */
  lt_document_mail_compose (GTK_WINDOW (window), ADW_TOAST_OVERLAY (overlay), context, bon, pdf, "BI Le Bistrot.pdf");
  end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (document_state (store, bon) == LT_DOCUMENT_STATE_DRAFT && g_get_monotonic_time () < end)
    spin (0.01);
  g_assert_cmpint (document_state (store, bon), ==, LT_DOCUMENT_STATE_SENT);
  mails = received (f);
  g_assert_cmpuint (mails->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (mails, 0), "Content-Type: application/pdf"));
  g_assert_nonnull (strstr (g_ptr_array_index (mails, 0), "filename=\"BI Le Bistrot.pdf\""));
  g_assert_nonnull (strstr (g_ptr_array_index (mails, 0), encoded));
  g_assert_nonnull (strstr (g_ptr_array_index (mails, 0), "Subject: =?UTF-8?B?"));

  gtk_window_destroy (GTK_WINDOW (window));
  spin (0.2);
  g_clear_object (&context);
  g_clear_object (&documents);
  g_assert_finalize_object (g_steal_pointer (&store));
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

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);
  return NULL;
}

static void
select_task (GtkSingleSelection *selection,
             gint64              id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr(LtTask) item = g_list_model_get_item (G_LIST_MODEL (selection), i);

      if (lt_task_get_id (item) == id)
        gtk_single_selection_set_selected (selection, i);
    }
}

/* The mails recorded sent for @task_id, once the worker has written one. */
static GPtrArray *
wait_sent (Fixture *f,
           gint64   task_id)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  GPtrArray *recorded = NULL;

  while ((recorded == NULL || recorded->len == 0) && g_get_monotonic_time () < end)
    {
      g_clear_pointer (&recorded, g_ptr_array_unref);
      spin (0.02);
      recorded = lt_store_list_request_mails (f->store, task_id, "sent", NULL);
    }
  return recorded;
}

/* « Envoyer » on a demande « à envoyer »: composed in the user's own
 * application (no portal here: a mailto: link), recorded sent once the user
 * says so; then, « directement », sent through the server. */
static void
test_requests_view (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = lt_requests_view_new (f->store);
  g_autoptr(GPtrArray) recorded = NULL;
  g_autoptr(GPtrArray) mails = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) task = NULL;
  GtkSingleSelection *selection = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *send;
  gint64 end;

  g_test_log_set_fatal_handler (tolerate_no_mail_program, NULL);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  lt_requests_view_set_affaire (LT_REQUESTS_VIEW (view), f->affaire_id);
  {
    g_autoptr(GPtrArray) lists = g_ptr_array_new ();

    collect (view, GTK_TYPE_LIST_VIEW, lists);
    selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (g_ptr_array_index (lists, 0)));
  }
  send = find_button (view, "_Send");
  g_assert_nonnull (send);

  /* the first demande, « Relevés bancaires », in the user's application */
  gtk_single_selection_set_selected (selection, 0);
  g_signal_emit_by_name (send, "clicked");
  end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (find_dialog () == NULL && g_get_monotonic_time () < end)
    spin (0.01);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Was the Demande Sent?");
  adw_message_dialog_response (dialog, "sent");
  recorded = lt_store_list_request_mails (f->store, f->task_ids[0], "sent", &error);
  g_assert_cmpuint (recorded->len, ==, 1);
  g_assert_cmpstr (((LtRequestMail *) g_ptr_array_index (recorded, 0))->recipient, ==, "elise@bistrot.fr");
  g_assert_null (((LtRequestMail *) g_ptr_array_index (recorded, 0))->message_id);
  task = lt_store_task_load (f->store, f->task_ids[0], &error);
  g_assert_nonnull (lt_task_get_sent_on (task));
  g_clear_pointer (&recorded, g_ptr_array_unref);

  /* directly: the next one goes through the server */
  send_directly (f->store, f->port);
  start_server (f);
  select_task (selection, f->task_ids[1]);
  g_signal_emit_by_name (send, "clicked");
  recorded = wait_sent (f, f->task_ids[1]);
  g_assert_cmpuint (recorded->len, ==, 1);
  g_assert_nonnull (((LtRequestMail *) g_ptr_array_index (recorded, 0))->message_id);
  spin (0.2);
  mails = received (f);
  g_assert_cmpuint (mails->len, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  spin (0.2);
}

static gboolean
shows_label (GtkWidget  *root,
             const char *part)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_is_visible (g_ptr_array_index (labels, i)) &&
        strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), part) != NULL)
      return TRUE;
  return FALSE;
}

/* Two mails « à vérifier » (the intent recorded, the server's answer lost):
 * shown in the client's demandes with the explanation; « Le courriel est
 * parti » records the first sent with its Message-ID, « Renvoyer » sends the
 * second again through the server, under a new Message-ID. */
static void
test_to_check (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = lt_requests_view_new (f->store);
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  g_autoptr(GPtrArray) recorded = NULL;
  g_autoptr(GPtrArray) mails = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) task = NULL;
  g_autofree char *today = lt_date_today ();
  GtkSingleSelection *selection;
  GtkWidget *went, *again;

  send_directly (f->store, f->port);
  start_server (f);
  g_assert_true (lt_store_request_mail_begin (f->store, f->task_ids[0], "<lost-1@cabinet-durand.fr>", "elise@bistrot.fr", &error));
  g_assert_true (lt_store_request_mail_begin (f->store, f->task_ids[1], "<lost-2@cabinet-durand.fr>", "elise@bistrot.fr", &error));
  g_assert_no_error (error);

  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  lt_requests_view_set_affaire (LT_REQUESTS_VIEW (view), f->affaire_id);
  collect (view, GTK_TYPE_LIST_VIEW, lists);
  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (g_ptr_array_index (lists, 0)));
  went = find_button (view, "The _Mail Went");
  again = find_button (view, "Send _Again");
  g_assert_nonnull (went);
  g_assert_nonnull (again);
  spin (0.3);
  g_assert_true (shows_label (view, "Relevés bancaires — to check: its mail may have gone"));

  /* the first: said, with its Message-ID; « Envoyer » waits */
  select_task (selection, f->task_ids[0]);
  g_assert_true (gtk_widget_is_visible (went));
  g_assert_true (shows_label (view, "Message-ID <lost-1@cabinet-durand.fr>"));
  g_assert_true (shows_label (view, "never heard that the server took it"));
  g_assert_false (gtk_widget_get_sensitive (find_button (view, "_Send")));
  g_signal_emit_by_name (went, "clicked");
  g_assert_cmpstr (lt_requests_view_get_status (LT_REQUESTS_VIEW (view)), ==,
                   "« Relevés bancaires » is recorded sent (<lost-1@cabinet-durand.fr>)");
  recorded = lt_store_list_request_mails (f->store, f->task_ids[0], "sent", &error);
  g_assert_cmpuint (recorded->len, ==, 1);
  g_assert_cmpstr (((LtRequestMail *) g_ptr_array_index (recorded, 0))->message_id, ==, "<lost-1@cabinet-durand.fr>");
  task = lt_store_task_load (f->store, f->task_ids[0], &error);
  g_assert_cmpstr (lt_task_get_sent_on (task), ==, today);
  g_clear_pointer (&recorded, g_ptr_array_unref);
  spin (0.1);
  g_assert_false (shows_label (view, "Relevés bancaires — to check"));
  g_assert_false (gtk_widget_is_visible (went));

  /* the second: sent again, once, under a new Message-ID */
  select_task (selection, f->task_ids[1]);
  g_assert_true (gtk_widget_is_visible (again));
  g_signal_emit_by_name (again, "clicked");
  recorded = wait_sent (f, f->task_ids[1]);
  g_assert_cmpuint (recorded->len, ==, 1);
  g_assert_cmpstr (((LtRequestMail *) g_ptr_array_index (recorded, 0))->message_id, !=, "<lost-2@cabinet-durand.fr>");
  spin (0.2);
  mails = received (f);
  g_assert_cmpuint (mails->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (mails, 0), ((LtRequestMail *) g_ptr_array_index (recorded, 0))->message_id));
  g_assert_cmpstr (lt_requests_view_get_status (LT_REQUESTS_VIEW (view)), ==, "Demande sent to elise@bistrot.fr");
  g_assert_false (shows_label (view, "to check"));

  gtk_window_destroy (GTK_WINDOW (window));
  spin (0.2);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* no keyring here: the password comes from the variable */
  g_setenv ("LETTRINE_SMTP_PASSWORD", "unused", TRUE);

  g_test_add ("/ui/mail/preferences", Fixture, NULL, fixture_set_up, test_preferences, fixture_tear_down);
  g_test_add ("/ui/mail/scheduler", Fixture, NULL, fixture_set_up, test_scheduler, fixture_tear_down);
  g_test_add ("/ui/mail/requests-view", Fixture, NULL, fixture_set_up, test_requests_view, fixture_tear_down);
  g_test_add ("/ui/mail/to-check", Fixture, NULL, fixture_set_up, test_to_check, fixture_tear_down);
  g_test_add ("/ui/mail/document-directly", Fixture, NULL, fixture_set_up, test_document_directly, fixture_tear_down);

  return g_test_run ();
}
