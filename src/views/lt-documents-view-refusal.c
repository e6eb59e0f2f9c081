/* lt-documents-view-refusal.c: a refusal the user must act on, shown in full with the way to the fix */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-documents-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-documents-view-private.h"
#include "lt-error.h"

/* What is missing is in the company file: the button goes there. */
static gboolean
needs_the_file (const GError *error)
{
  return g_error_matches (error, LT_ERROR, LT_ERROR_LCBFT_MISSING) ||
         g_error_matches (error, LT_ERROR, LT_ERROR_CONTENT_MISSING);
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                LtDocumentsView  *self)
{
  if (g_str_equal (response, "file"))
    gtk_widget_activate_action (GTK_WIDGET (self), "affaires.show-file", NULL);
}

/**
 * lt_documents_view_refuse:
 *
 * Shows why an action was refused. A refusal that needs the user to fill
 * something in (LCB-FT, a signatory, the address…) is a dialog with the
 * whole message, on several lines if it has them, and a button that opens
 * the company file at the first empty field; anything else is a toast.
 *
 * Returns: (transfer none) (nullable): the dialog, if one was shown
 */
GtkWindow *
lt_documents_view_refuse (LtDocumentsView *self,
                          const GError    *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (!needs_the_file (error) || !GTK_IS_WINDOW (root))
    {
      g_autofree char *one_line = g_strdelimit (g_strdup (error->message), "\n", ' ');

      lt_documents_view_toast (self, one_line);
      return NULL;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (root), _("Something Is Missing"), error->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "file", _("_Complete the Company File"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "file", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "file");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}
