/* lt-renewal-drafts-question.c: renewing clients whose replacement letter draft waits — replace, keep both, or cancel */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-renewal-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-renewal-drafts-question.h"

/**
 * lt_renewal_drafts_question_new:
 *
 * Names every included client of @plan whose replacement letter draft
 * waits, and asks: « replace », « keep » (both) or « cancel ».
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
AdwMessageDialog *
lt_renewal_drafts_question_new (GtkWindow     *parent,
                                LtRenewalPlan *plan)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = lt_renewal_plan_get_n_drafts (plan);
  GtkWidget *dialog;

  for (guint i = 0; i < lt_renewal_plan_get_n_clients (plan); i++)
    {
      LtRenewalClient *client = lt_renewal_plan_get_client (plan, i);

      if (client->excluded || client->draft_id == 0 || client->draft_choice != LT_RENEWAL_DRAFT_ASK)
        continue;
      g_string_append_printf (names, "\n• %s (n° %" G_GINT64_FORMAT ")", client->name, client->draft_id);
    }

  dialog = adw_message_dialog_new (parent,
                                   g_dngettext (GETTEXT_PACKAGE,
                                                "A Renewal Draft Is Waiting",
                                                "Renewal Drafts Are Waiting", n),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s%s",
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "This client already has a replacement engagement letter draft. Replace it with the new one, or keep both?",
                                               "These clients already have a replacement engagement letter draft. Replace them with the new ones, or keep both?", n),
                                  names->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "keep", _("_Keep Both"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "replace");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  return ADW_MESSAGE_DIALOG (dialog);
}

/**
 * lt_renewal_drafts_apply_response:
 *
 * Records the answer on every client with a waiting draft.
 *
 * Returns: whether to go on with the renewal (not for « cancel »)
 */
gboolean
lt_renewal_drafts_apply_response (LtRenewalPlan *plan,
                                  const char    *response)
{
  LtRenewalDraftChoice choice;

  if (g_strcmp0 (response, "replace") == 0)
    choice = LT_RENEWAL_DRAFT_REPLACE;
  else if (g_strcmp0 (response, "keep") == 0)
    choice = LT_RENEWAL_DRAFT_KEEP_BOTH;
  else
    return FALSE;

  for (guint i = 0; i < lt_renewal_plan_get_n_clients (plan); i++)
    {
      LtRenewalClient *client = lt_renewal_plan_get_client (plan, i);

      if (client->draft_id != 0)
        lt_renewal_plan_set_draft_choice (plan, client->affaire_id, choice);
    }
  return TRUE;
}
