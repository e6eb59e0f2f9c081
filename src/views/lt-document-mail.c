/* lt-document-mail.c: a document mailed to the affaire's signatory — the e-mail portal with the PDF attached, else mailto: */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-document-mail"

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <libportal-gtk4/portal-gtk4.h>

#include "lettrine-core.h"
#include "lt-document-mail.h"
#include "lt-mail-secret.h"
#include "lt-mail-smtp.h"
#include "lt-pdf-template.h"
#include "lt-store-document-ops.h"
#include "lt-store-mail.h"
#include "lt-store-pdf.h"
#include "lt-window.h"

#define PORTAL_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_PATH "/org/freedesktop/portal/desktop"

typedef struct {
  GtkWindow           *parent;
  LtContext           *context;
  gint64               document_id;
  gboolean             was_draft;
  char                *path;
  char                *address;
  char                *subject;
  char                *body;
  AdwToastOverlay     *toasts;
  /* issue 14: a demande's mail — what to do once the user says it went */
  LtMailSentFunc       sent;
  gpointer             sent_data;
  GDestroyNotify       sent_destroy;
} MailRequest;

static void
mail_request_free (MailRequest *request)
{
  g_object_unref (request->parent);
  g_clear_object (&request->context);
  g_clear_object (&request->toasts);
  if (request->sent_destroy != NULL)
    request->sent_destroy (request->sent_data);
  g_free (request->path);
  g_free (request->address);
  g_free (request->subject);
  g_free (request->body);
  g_free (request);
}

static void
say (MailRequest *request,
     const char  *message)
{
  if (request->toasts != NULL)
    adw_toast_overlay_add_toast (request->toasts, adw_toast_new (message));
  else if (LT_IS_WINDOW (request->parent))
    lt_window_add_toast (LT_WINDOW (request->parent), adw_toast_new (message));
}

static void
on_confirm_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        MailRequest      *request)
{
  if (g_str_equal (response, "sent") && request->sent != NULL)
    request->sent (request->sent_data, request->address);
  else if (g_str_equal (response, "sent"))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LtDocumentOutcome) outcome = lt_store_document_send (lt_context_get_store (request->context),
                                                                     request->document_id, &error);

      if (outcome == NULL)
        say (request, error->message);
      else
        for (guint i = 0; outcome->messages[i] != NULL; i++)
          say (request, outcome->messages[i]);
    }
  mail_request_free (request);
}

/* The mail is in the user's hands: a draft becomes « envoyé » only when the
 * user says it went. */
static void
confirm_sent (MailRequest *request)
{
  AdwMessageDialog *dialog;

  if (!request->was_draft)
    {
      mail_request_free (request);
      return;
    }

  if (request->sent != NULL)
    dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (request->parent, _("Was the Demande Sent?"),
                                                         _("Lettrine marks the demande as sent only once the mail has gone. It stays « to send » until then.")));
  else
    dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (request->parent, _("Was the Document Sent?"),
                                                         _("Lettrine marks the document as sent only once the mail has gone. Its state stays « draft » until then.")));
  adw_message_dialog_add_responses (dialog, "not-yet", _("_Not Yet"), "sent", _("_Mark as Sent"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "sent", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "sent");
  adw_message_dialog_set_close_response (dialog, "not-yet");
  g_signal_connect (dialog, "response", G_CALLBACK (on_confirm_response_cb), request);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
compose_mailto (MailRequest *request)
{
  g_autofree char *subject = g_uri_escape_string (request->subject, NULL, FALSE);
  g_autofree char *body = g_uri_escape_string (request->body, NULL, FALSE);
  g_autofree char *to = g_uri_escape_string (request->address ? request->address : "", "@", FALSE);
  g_autofree char *uri = g_strdup_printf ("mailto:%s?subject=%s&body=%s", to, subject, body);
  g_autofree char *message = g_strdup_printf (_("No e-mail portal: the mail opens without its attachment. Attach « %s » yourself."),
                                              request->path);

  gtk_show_uri (request->parent, uri, GDK_CURRENT_TIME);
  if (request->path != NULL)
    say (request, message);
  confirm_sent (request);
}

static void
composed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  MailRequest *request = user_data;
  g_autoptr(GError) error = NULL;

  if (!xdp_portal_compose_email_finish (XDP_PORTAL (source), result, &error))
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        message = g_strdup (_("The mail was not composed: the document stays as it was."));
      else
        message = g_strdup_printf (_("The mail could not be composed: %s"), error->message);
      say (request, message);
      mail_request_free (request);
      g_object_unref (source);
      return;
    }

  g_object_unref (source);
  confirm_sent (request);
}

/* libportal 0.6 dereferences the portal's answer without checking it: ask
 * first whether an e-mail portal is there. */
static void
portal_version_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  MailRequest *request = user_data;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL);
  const char *addresses[] = { request->address, NULL };
  const char *attachments[] = { request->path, NULL };
  XdpParent *parent;

  if (reply == NULL)
    {
      compose_mailto (request);
      return;
    }

  parent = xdp_parent_new_gtk (request->parent);
  xdp_portal_compose_email (xdp_portal_new (), parent, request->address ? addresses : NULL, NULL, NULL,
                            request->subject, request->body, request->path != NULL ? attachments : NULL,
                            XDP_EMAIL_FLAG_NONE, NULL,
                            composed_cb, request);
  xdp_parent_free (parent);
}

/* --- issue 14: « directement », through the cabinet's SMTP server --- */

typedef struct {
  LtMailSettings *settings;
  LtMailMessage  *message;
} DirectMail;

static void
direct_mail_free (DirectMail *mail)
{
  g_clear_object (&mail->settings);
  g_clear_pointer (&mail->message, lt_mail_message_free);
  g_free (mail);
}

static void
send_directly_thread (GTask        *task,
                      gpointer      source,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  DirectMail *mail = task_data;
  g_autofree char *password = NULL;
  GError *error = NULL;

  password = lt_mail_password_lookup (mail->settings, cancellable, &error);
  if (error == NULL && lt_mail_smtp_send (mail->settings, password, mail->message, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
sent_directly_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  MailRequest *request = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      message = g_strdup_printf (_("The document was not sent: %s"), error->message);
      say (request, message);
      mail_request_free (request);
      return;
    }

  message = g_strdup_printf (_("Sent to %s with the PDF attached"), request->address);
  say (request, message);
  /* the server took it: no need to ask whether it went */
  if (request->was_draft)
    on_confirm_response_cb (NULL, "sent", request);
  else
    mail_request_free (request);
}

static void
send_directly (MailRequest    *request,
               LtMailSettings *settings,
               LtFirm         *firm,
               GBytes         *pdf,
               const char     *file_name)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  DirectMail *mail = g_new0 (DirectMail, 1);
  const char *from = lt_mail_settings_get_from_address (settings);

  if (from == NULL || *from == '\0')
    from = lt_firm_get_email (firm);
  if (from == NULL || *from == '\0' || request->address == NULL)
    {
      say (request, request->address == NULL
                    ? _("The document was not sent: the signatory has no e-mail address.")
                    : _("The cabinet has no e-mail address to send from: enter it in Preferences › Cabinet."));
      mail_request_free (request);
      g_free (mail);
      return;
    }

  mail->settings = g_object_ref (settings);
  mail->message = lt_mail_message_new ();
  mail->message->message_id = lt_mail_new_message_id (from);
  mail->message->date = lt_mail_format_date (now);
  mail->message->from_name = g_strdup (lt_firm_get_name (firm));
  mail->message->from_address = g_strdup (from);
  mail->message->to_address = g_strdup (request->address);
  mail->message->subject = g_strdup (request->subject);
  mail->message->body = g_strdup (request->body);
  mail->message->attachment_name = g_strdup (file_name);
  mail->message->attachment_type = g_strdup ("application/pdf");
  mail->message->attachment = g_bytes_ref (pdf);

  task = g_task_new (NULL, NULL, sent_directly_cb, request);
  g_task_set_task_data (task, mail, (GDestroyNotify) direct_mail_free);
  g_task_run_in_thread (task, send_directly_thread);
}

void
lt_document_mail_compose (GtkWindow       *parent,
                          AdwToastOverlay *toasts,
                          LtContext       *context,
                          gint64           document_id,
                          GBytes          *pdf,
                          const char      *file_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocumentContent) content = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "lettrine", "mail", NULL);
  const char *email;
  MailRequest *request;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (LT_IS_CONTEXT (context));
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (toasts));
  g_return_if_fail (pdf != NULL);

  content = lt_store_get_document_content (lt_context_get_store (context), document_id, &error);
  if (content == NULL)
    {
      adw_toast_overlay_add_toast (toasts, adw_toast_new (error->message));
      return;
    }

  request = g_new0 (MailRequest, 1);
  request->parent = g_object_ref (parent);
  request->context = g_object_ref (context);
  request->document_id = document_id;
  request->toasts = g_object_ref (toasts);
  request->was_draft = lt_document_get_state (content->document) == LT_DOCUMENT_STATE_DRAFT;
  request->path = g_build_filename (dir, file_name, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents (request->path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error))
    {
      g_autofree char *message = g_strdup_printf (_("The document could not be attached: %s"),
                                                  error ? error->message : g_strerror (errno));

      say (request, message);
      mail_request_free (request);
      return;
    }

  email = content->signatory ? lt_contact_get_email (content->signatory) : NULL;
  if (email != NULL && *email != '\0')
    request->address = g_strdup (email);
  else
    {
      g_autofree char *message = g_strdup_printf (_("The signatory of « %s » has no e-mail address: enter the recipient in the mail, and the address in the affaire’s contacts for next time."),
                                                  lt_affaire_get_name (content->affaire));

      say (request, message);
    }

  /* the letter is French whatever the interface's language: so is its mail */
  request->subject = g_strdup_printf ("%s — %s", lt_pdf_kind_words (lt_document_get_kind (content->document)),
                                      lt_affaire_get_name (content->affaire));
  request->body = g_strdup_printf ("Madame, Monsieur,\n\n"
                                   "Veuillez trouver ci-joint le document « %s » établi pour %s.\n\n"
                                   "Nous restons à votre disposition pour toute question.\n\n"
                                   "Bien cordialement,\n\n%s\n%s\n",
                                   lt_document_get_title (content->document),
                                   lt_affaire_get_name (content->affaire),
                                   lt_firm_get_signatory_name (content->firm) ? lt_firm_get_signatory_name (content->firm) : "",
                                   lt_firm_get_name (content->firm) ? lt_firm_get_name (content->firm) : "");

  /* issue 14: « directement » chosen in Préférences › Courriel */
  {
    g_autoptr(LtMailSettings) settings = lt_store_get_mail_settings (lt_context_get_store (context), NULL);

    if (settings != NULL && lt_mail_settings_is_direct (settings))
      {
        /* a draft the rules would not let go is not mailed */
        if (request->was_draft &&
            !lt_store_mail_document_sendable (lt_context_get_store (context), document_id, &error))
          {
            g_autofree char *message = g_strdup_printf (_("The document was not sent: %s"), error->message);

            say (request, message);
            mail_request_free (request);
            return;
          }
        send_directly (request, settings, content->firm, pdf, file_name);
        return;
      }
  }

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (bus == NULL)
    {
      compose_mailto (request);
      return;
    }
  g_dbus_connection_call (bus, PORTAL_NAME, PORTAL_PATH, "org.freedesktop.DBus.Properties", "Get",
                          g_variant_new ("(ss)", "org.freedesktop.portal.Email", "version"),
                          G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NONE, 5000, NULL,
                          portal_version_cb, request);
}

/* --- issue 14: a demande's mail, composed in the user's application --- */

void
lt_mail_compose_in_application (GtkWindow      *parent,
                                const char     *address,
                                const char     *subject,
                                const char     *body,
                                LtMailSentFunc  sent,
                                gpointer        sent_data,
                                GDestroyNotify  sent_destroy)
{
  g_autoptr(GDBusConnection) bus = NULL;
  MailRequest *request;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (sent != NULL);

  request = g_new0 (MailRequest, 1);
  request->parent = g_object_ref (parent);
  /* « draft » here: the demande waits for the user's word that it went */
  request->was_draft = TRUE;
  request->address = g_strdup (address);
  request->subject = g_strdup (subject);
  request->body = g_strdup (body);
  request->sent = sent;
  request->sent_data = sent_data;
  request->sent_destroy = sent_destroy;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (bus == NULL)
    {
      compose_mailto (request);
      return;
    }
  g_dbus_connection_call (bus, PORTAL_NAME, PORTAL_PATH, "org.freedesktop.DBus.Properties", "Get",
                          g_variant_new ("(ss)", "org.freedesktop.portal.Email", "version"),
                          G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NONE, 5000, NULL,
                          portal_version_cb, request);
}
