/* lt-store-mail.c: how mails leave, the demandes due, and each demande's mail recorded — intent first, then sent */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-request-mail-state.h"
#include "lt-store-document-ops.h"
#include "lt-store-mail.h"
#include "lt-store-project-ops.h"
#include "lt-store-tasks-private.h"

void
lt_request_mail_free (LtRequestMail *mail)
{
  if (mail == NULL)
    return;
  g_free (mail->title);
  g_free (mail->affaire_name);
  g_free (mail->state);
  g_free (mail->message_id);
  g_free (mail->recipient);
  g_free (mail->began_at);
  g_free (mail->sent_on);
  g_free (mail);
}

/* settings */

static gboolean
validate_mail_settings (LtStore  *store,
                        GObject  *object,
                        GError  **error)
{
  return lt_mail_settings_validate (LT_MAIL_SETTINGS (object), error);
}

static const LtEntity mail_settings_entity = {
  .table = "mail_settings",
  .single_row = TRUE,
  .get_type = lt_mail_settings_get_type,
  .conflict_message = N_("The e-mail settings were changed by someone else; reload them before saving."),
  .not_found_message = N_("The e-mail settings are missing from the database."),
  .validate = validate_mail_settings,
};

LtMailSettings *
lt_store_get_mail_settings (LtStore  *self,
                            GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  LtMailSettings *settings;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  settings = lt_store_row_get (self, &mail_settings_entity, 1, &local_error);
  if (settings != NULL)
    return settings;
  if (!g_error_matches (local_error, LT_ERROR, LT_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* never set: the defaults, written only when saved (reading writes nothing) */
  return lt_mail_settings_new ();
}

gboolean
lt_store_update_mail_settings (LtStore         *self,
                               LtMailSettings  *settings,
                               GError         **error)
{
  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (LT_IS_MAIL_SETTINGS (settings), FALSE);

  if (lt_mail_settings_get_id (settings) == 0)
    return lt_store_row_add (self, &mail_settings_entity, G_OBJECT (settings), error);

  return lt_store_row_update (self, &mail_settings_entity, G_OBJECT (settings), error);
}

/* the demandes due */

GPtrArray *
lt_store_mail_list_due_requests (LtStore     *self,
                                 const char  *iso_date,
                                 GError     **error)
{
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (!lt_store_check_date (iso_date, FALSE, error))
    return NULL;

  sql = g_strconcat (lt_store_entity_select (&lt_task_entity),
                     " WHERE t.kind = 'request' AND t.sent_on IS NULL AND t.answered_on IS NULL"
                     " AND COALESCE (t.send_on, t.start_date) <= ?1 ORDER BY t.due_date, t.id", NULL);
  if (!(stmt = lt_store_prepare (self, sql, error)))
    return NULL;
  lt_store_bind_text (stmt, 1, iso_date);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (tasks, lt_store_task_read_row (stmt));
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return NULL;

  return g_steal_pointer (&tasks);
}

/* composing */

static char *
query_text (LtStore     *self,
            const char  *sql,
            gint64       id,
            GError     **error,
            gboolean    *ok)
{
  sqlite3_stmt *stmt;
  char *text = NULL;
  int rc;

  if (!*ok || !(stmt = lt_store_prepare (self, sql, error)))
    {
      *ok = FALSE;
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    text = lt_store_column_text (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && !lt_store_check_step (self, rc, error))
    *ok = FALSE;

  return text;
}

LtMailMessage *
lt_store_request_mail_compose (LtStore     *self,
                               gint64       task_id,
                               GDateTime   *now,
                               GError     **error)
{
  g_autoptr(LtTask) task = NULL;
  g_autoptr(LtMailSettings) settings = NULL;
  g_autofree char *client = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *email = NULL;
  g_autofree char *firm = NULL;
  g_autofree char *firm_email = NULL;
  g_autofree char *signatory = NULL;
  g_autofree char *step_title = NULL;
  g_autofree char *client_title = NULL;
  g_autofree char *what = NULL;
  LtRequestMailFacts facts = { 0 };
  gboolean ok = TRUE;
  gint64 affaire_id;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (!(task = lt_store_task_load (self, task_id, error)) ||
      !(settings = lt_store_get_mail_settings (self, error)))
    return NULL;
  if (lt_task_get_kind (task) != LT_STEP_KIND_REQUEST)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_TRANSITION,
                   _("« %s » is a tâche, not a demande to the client: it is not mailed."),
                   lt_task_get_title (task));
      return NULL;
    }

  affaire_id = lt_task_get_affaire_id (task);
  client = query_text (self, "SELECT name FROM affaires WHERE id = ?1", affaire_id, error, &ok);
  contact = query_text (self, "SELECT name FROM contacts WHERE affaire_id = ?1 AND email <> ''"
                              " ORDER BY is_signatory DESC, id LIMIT 1", affaire_id, error, &ok);
  email = query_text (self, "SELECT email FROM contacts WHERE affaire_id = ?1 AND email <> ''"
                            " ORDER BY is_signatory DESC, id LIMIT 1", affaire_id, error, &ok);
  firm = query_text (self, "SELECT name FROM firm WHERE id = ?1", 1, error, &ok);
  firm_email = query_text (self, "SELECT email FROM firm WHERE id = ?1", 1, error, &ok);
  signatory = query_text (self, "SELECT signatory_name FROM firm WHERE id = ?1", 1, error, &ok);
  if (!ok)
    return NULL;

  facts.client_name = client;
  facts.contact_name = contact;
  facts.contact_email = email;
  facts.firm_name = firm;
  facts.firm_email = *lt_mail_settings_get_from_address (settings) != '\0'
                     ? lt_mail_settings_get_from_address (settings) : firm_email;
  /* the user's own application sends from its own account: no From of ours needed */
  if (!lt_mail_settings_is_direct (settings) && (facts.firm_email == NULL || *facts.firm_email == '\0'))
    facts.firm_email = "cabinet@lettrine.invalid";
  facts.signatory_name = signatory;
  /* the step's client-side wording, as the annex (issue 12) shows it */
  if (lt_task_get_step_id (task) != 0)
    {
      step_title = query_text (self, "SELECT title FROM steps WHERE id = ?1", lt_task_get_step_id (task), error, &ok);
      client_title = query_text (self, "SELECT client_title FROM steps WHERE id = ?1", lt_task_get_step_id (task), error, &ok);
      if (!ok)
        return NULL;
    }
  what = lt_mail_request_what (lt_task_get_title (task), step_title, client_title);
  facts.what = what;
  facts.period = lt_task_get_period (task);
  facts.due_date = lt_task_get_due_date (task);

  return lt_mail_message_for_request (&facts, now, error);
}

/* recording */

static gboolean
run (LtStore       *self,
     sqlite3_stmt  *stmt,
     GError       **error)
{
  int rc;

  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    ;
  sqlite3_reset (stmt);

  return lt_store_check_step (self, rc, error);
}

static gboolean
finish (LtStore  *self,
        gboolean  ok,
        GError  **error)
{
  if (!ok)
    {
      lt_store_rollback (self);
      return FALSE;
    }
  return lt_store_commit (self, error);
}

/* Refuses a demande that is not « à envoyer » or that already has a mail. */
static gboolean
check_sendable (LtStore  *self,
                LtTask   *task,
                GError  **error)
{
  g_autoptr(GPtrArray) mails = NULL;

  if (lt_task_get_kind (task) != LT_STEP_KIND_REQUEST)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_TRANSITION,
                   _("« %s » is a tâche, not a demande to the client: it is not mailed."),
                   lt_task_get_title (task));
      return FALSE;
    }
  if (!(mails = lt_store_list_request_mails (self, lt_task_get_id (task), NULL, error)))
    return FALSE;
  if (mails->len > 0)
    {
      LtRequestMail *mail = g_ptr_array_index (mails, 0);

      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, lt_task_get_id (task));

      if (g_str_equal (mail->state, "sending"))
        g_set_error (error, LT_ERROR, LT_ERROR_MAIL_UNCONFIRMED,
                     _("The mail of « %s » may have gone (%s, begun at %s, never confirmed): check whether it arrived, "
                       "then say so under the client’s demandes (Projects: « The mail went » or « Send again ») "
                       "or with lettrine-cli request checked %s --sent or --not-sent."),
                     lt_task_get_title (task), mail->message_id, mail->began_at, id);
      else
        g_set_error (error, LT_ERROR, LT_ERROR_MAIL_ALREADY_SENT,
                     _("The demande « %s » was already mailed to %s on %s: it is not sent twice."),
                     lt_task_get_title (task), mail->recipient, mail->sent_on);
      return FALSE;
    }
  if (lt_task_get_sent_on (task) != NULL || lt_task_get_answered_on (task) != NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_MAIL_ALREADY_SENT,
                   _("The demande « %s » is no longer « to send »: it is not mailed again."),
                   lt_task_get_title (task));
      return FALSE;
    }
  return TRUE;
}

gboolean
lt_store_request_mail_begin (LtStore     *self,
                             gint64       task_id,
                             const char  *message_id,
                             const char  *recipient,
                             GError     **error)
{
  g_autoptr(LtTask) task = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *began = g_date_time_format_iso8601 (now);
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (message_id != NULL && recipient != NULL, FALSE);

  if (!lt_store_begin (self, error))
    return FALSE;
  ok = (task = lt_store_task_load (self, task_id, error)) != NULL &&
       check_sendable (self, task, error) &&
       (stmt = lt_store_prepare (self, "INSERT INTO request_mails (task_id, state, message_id, recipient, began_at)"
                                       " VALUES (?1, 'sending', ?2, ?3, ?4)", error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, task_id);
      lt_store_bind_text (stmt, 2, message_id);
      lt_store_bind_text (stmt, 3, recipient);
      lt_store_bind_text (stmt, 4, began);
      ok = run (self, stmt, error);
    }
  if (ok)
    lt_store_notify (self, "tasks", task_id, LT_STORE_CHANGE_UPDATE);

  return finish (self, ok, error);
}

gboolean
lt_store_request_mail_sent (LtStore     *self,
                            gint64       task_id,
                            const char  *message_id,
                            const char  *date,
                            GError     **error)
{
  g_autofree char *today = lt_date_today ();
  const char *day = date != NULL ? date : today;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_check_date (day, FALSE, error) || !lt_store_begin (self, error))
    return FALSE;
  ok = (stmt = lt_store_prepare (self, "UPDATE request_mails SET state = 'sent', sent_on = ?1"
                                       " WHERE task_id = ?2 AND message_id = ?3 AND state = 'sending'", error)) != NULL;
  if (ok)
    {
      lt_store_bind_text (stmt, 1, day);
      sqlite3_bind_int64 (stmt, 2, task_id);
      lt_store_bind_text (stmt, 3, message_id);
      ok = run (self, stmt, error);
    }
  if (ok && sqlite3_changes (lt_store_get_db (self)) == 0)
    {
      ok = FALSE;
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                   _("No sending of %s was begun for this demande: it is not recorded as sent."), message_id);
    }
  ok = ok && lt_store_requests_mark_sent (self, &task_id, 1, day, error);

  return finish (self, ok, error);
}

gboolean
lt_store_request_mail_abandon (LtStore     *self,
                               gint64       task_id,
                               const char  *message_id,
                               GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!(stmt = lt_store_prepare (self, "DELETE FROM request_mails WHERE task_id = ?1 AND message_id = ?2"
                                       " AND state = 'sending'", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, task_id);
  lt_store_bind_text (stmt, 2, message_id);
  if (!run (self, stmt, error))
    return FALSE;
  lt_store_notify (self, "tasks", task_id, LT_STORE_CHANGE_UPDATE);
  return TRUE;
}

/* The local day a sending began (@began_at: ISO 8601, UTC): the day the
 * mail left if it did. */
static char *
began_day (const char *began_at)
{
  g_autoptr(GDateTime) utc = began_at != NULL ? g_date_time_new_from_iso8601 (began_at, NULL) : NULL;
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  return local != NULL ? g_date_time_format (local, "%Y-%m-%d") : lt_date_today ();
}

/* Inside a transaction: @mail (NULL: none) of @task goes where the user
 * says (core's rule), on @day when it went. */
static gboolean
settle_mail (LtStore        *self,
             LtTask         *task,
             LtRequestMail  *mail,
             gboolean        went,
             const char     *day,
             GError        **error)
{
  gint64 task_id = lt_task_get_id (task);
  sqlite3_stmt *stmt;

  if (!lt_request_mail_check_transition (lt_request_mail_state_from_record (mail != NULL ? mail->state : NULL),
                                         went ? LT_REQUEST_MAIL_SENT : LT_REQUEST_MAIL_TO_SEND,
                                         lt_task_get_title (task),
                                         mail != NULL ? mail->message_id : NULL,
                                         mail != NULL ? mail->recipient : NULL,
                                         mail != NULL ? mail->sent_on : NULL, error))
    return FALSE;
  /* every move allowed from « à envoyer » is made elsewhere */
  g_assert (mail != NULL);

  if (!went)
    return lt_store_request_mail_abandon (self, task_id, mail->message_id, error);

  if (!(stmt = lt_store_prepare (self, "UPDATE request_mails SET state = 'sent', sent_on = ?1"
                                       " WHERE task_id = ?2 AND message_id = ?3 AND state = 'sending'", error)))
    return FALSE;
  lt_store_bind_text (stmt, 1, day);
  sqlite3_bind_int64 (stmt, 2, task_id);
  lt_store_bind_text (stmt, 3, mail->message_id);

  return run (self, stmt, error) && lt_store_requests_mark_sent (self, &task_id, 1, day, error);
}

gboolean
lt_store_request_mail_confirm (LtStore     *self,
                               gint64       task_id,
                               const char  *recipient,
                               gboolean     was_sent,
                               const char  *date,
                               GError     **error)
{
  g_autofree char *today = lt_date_today ();
  const char *day = date != NULL ? date : today;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *began = g_date_time_format_iso8601 (now);
  g_autoptr(GPtrArray) mails = NULL;
  g_autoptr(LtTask) task = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_check_date (day, FALSE, error) || !lt_store_begin (self, error))
    return FALSE;

  ok = (task = lt_store_task_load (self, task_id, error)) != NULL &&
       (mails = lt_store_list_request_mails (self, task_id, NULL, error)) != NULL;
  if (ok && mails->len > 0)
    ok = settle_mail (self, task, g_ptr_array_index (mails, 0), was_sent, day, error);
  else if (ok && was_sent)
    {
      /* composed in the user's own application: no Message-ID of ours */
      ok = check_sendable (self, task, error) &&
           (stmt = lt_store_prepare (self, "INSERT INTO request_mails (task_id, state, recipient, began_at, sent_on)"
                                           " VALUES (?1, 'sent', ?2, ?3, ?4)", error)) != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, task_id);
          lt_store_bind_text (stmt, 2, recipient != NULL ? recipient : "");
          lt_store_bind_text (stmt, 3, began);
          lt_store_bind_text (stmt, 4, day);
          ok = run (self, stmt, error) && lt_store_requests_mark_sent (self, &task_id, 1, day, error);
        }
    }

  return finish (self, ok, error);
}

gboolean
lt_store_request_mail_settle (LtStore     *self,
                              gint64       task_id,
                              const char  *message_id,
                              gboolean     went,
                              GError     **error)
{
  g_autoptr(GPtrArray) mails = NULL;
  g_autoptr(LtTask) task = NULL;
  g_autofree char *day = NULL;
  LtRequestMail *mail = NULL;
  gboolean ok;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (message_id != NULL, FALSE);

  if (!lt_store_begin (self, error))
    return FALSE;

  ok = (task = lt_store_task_load (self, task_id, error)) != NULL &&
       (mails = lt_store_list_request_mails (self, task_id, NULL, error)) != NULL;
  if (ok && mails->len > 0)
    mail = g_ptr_array_index (mails, 0);
  /* settled meanwhile elsewhere (lettrine-cli, another window): the user
   * answered about a mail that is no longer the one shown */
  if (ok && (mail == NULL || g_strcmp0 (mail->message_id, message_id) != 0))
    {
      if (mail == NULL)
        g_set_error (error, LT_ERROR, LT_ERROR_CONFLICT,
                     _("The mail of « %s » was settled meanwhile: the demande is « to send » again."),
                     lt_task_get_title (task));
      else
        g_set_error (error, LT_ERROR, LT_ERROR_CONFLICT,
                     _("The mail of « %s » was settled meanwhile (it is now %s): look at the demande again."),
                     lt_task_get_title (task), mail->message_id != NULL ? mail->message_id : mail->recipient);
      ok = FALSE;
    }
  if (ok)
    {
      day = began_day (mail->began_at);
      ok = settle_mail (self, task, mail, went, day, error);
    }
  if (ok)
    lt_store_notify (self, "tasks", task_id, LT_STORE_CHANGE_UPDATE);

  return finish (self, ok, error);
}

GPtrArray *
lt_store_list_request_mails (LtStore     *self,
                             gint64       task_id,
                             const char  *state,
                             GError     **error)
{
  g_autoptr(GPtrArray) mails = g_ptr_array_new_with_free_func ((GDestroyNotify) lt_request_mail_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (!(stmt = lt_store_prepare (self,
                                 "SELECT m.task_id, t.title, a.name, m.state, m.message_id, m.recipient, m.began_at, m.sent_on"
                                 " FROM request_mails m JOIN tasks t ON t.id = m.task_id JOIN affaires a ON a.id = t.affaire_id"
                                 " WHERE (?1 = 0 OR m.task_id = ?1) AND (?2 IS NULL OR m.state = ?2)"
                                 " ORDER BY m.began_at, m.id", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, task_id);
  lt_store_bind_text (stmt, 2, state);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LtRequestMail *mail = g_new0 (LtRequestMail, 1);

      mail->task_id = sqlite3_column_int64 (stmt, 0);
      mail->title = lt_store_column_text (stmt, 1);
      mail->affaire_name = lt_store_column_text (stmt, 2);
      mail->state = lt_store_column_text (stmt, 3);
      mail->message_id = lt_store_column_text (stmt, 4);
      mail->recipient = lt_store_column_text (stmt, 5);
      mail->began_at = lt_store_column_text (stmt, 6);
      mail->sent_on = lt_store_column_text (stmt, 7);
      g_ptr_array_add (mails, mail);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return NULL;

  return g_steal_pointer (&mails);
}

void
lt_store_mail_announce_changes (LtStore      *self,
                                const gint64 *task_ids,
                                guint         n_ids)
{
  g_return_if_fail (LT_IS_STORE (self));

  for (guint i = 0; i < n_ids; i++)
    lt_store_notify (self, "tasks", task_ids[i], LT_STORE_CHANGE_UPDATE);
}

gboolean
lt_store_mail_document_sendable (LtStore  *self,
                                 gint64    document_id,
                                 GError  **error)
{
  g_autoptr(LtDocumentOutcome) outcome = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  /* the sending itself, undone: the same rules, said the same way */
  if (!lt_store_begin (self, error))
    return FALSE;
  outcome = lt_store_document_send (self, document_id, error);
  lt_store_rollback (self);

  return outcome != NULL;
}
