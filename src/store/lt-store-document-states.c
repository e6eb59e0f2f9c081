/* lt-store-document-states.c: a document's state transitions — send, sign, refuse — one transaction each */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-document-states"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-document-checker.h"
#include "lt-document-life.h"
#include "lt-error.h"
#include "lt-store-document-ops-private.h"
#include "lt-store-document-ops.h"
#include "lt-store-pdf.h"
#include "lt-store-private.h"

void
lt_document_outcome_free (LtDocumentOutcome *outcome)
{
  if (outcome == NULL)
    return;
  g_strfreev (outcome->messages);
  g_free (outcome);
}

static guint
count_lines (LtStore  *self,
             gint64    document_id,
             GError  **error)
{
  sqlite3_stmt *stmt;
  guint n = 0;
  int rc;

  stmt = lt_store_prepare (self, "SELECT count(*) FROM document_lines WHERE document_id = ?", error);
  if (stmt == NULL)
    return G_MAXUINT;
  sqlite3_bind_int64 (stmt, 1, document_id);
  rc = lt_store_step (self, stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return G_MAXUINT;
  return n;
}

/* state and the date column that goes with it (@day, NULL: today); the
 * revision read must still be the row's. */
static gboolean
set_state (LtStore          *self,
           LtDocument       *doc,
           LtDocumentState   state,
           const char       *date_column,
           const char       *day,
           gint64            replaced_by_id,
           GError          **error)
{
  g_autofree char *today = day != NULL ? g_strdup (day) : lt_date_today ();
  sqlite3_stmt *stmt;
  const char *sql;
  int rc;

  /* The column name is one of three constants, never user text. */
  if (g_strcmp0 (date_column, "sent_on") == 0)
    sql = "UPDATE documents SET state = ?1, sent_on = ?2, replaced_by_id = ?3, revision = revision + 1 WHERE id = ?4 AND revision = ?5";
  else if (g_strcmp0 (date_column, "signed_on") == 0)
    sql = "UPDATE documents SET state = ?1, signed_on = ?2, replaced_by_id = ?3, revision = revision + 1 WHERE id = ?4 AND revision = ?5";
  else if (g_strcmp0 (date_column, "refused_on") == 0)
    sql = "UPDATE documents SET state = ?1, refused_on = ?2, replaced_by_id = ?3, revision = revision + 1 WHERE id = ?4 AND revision = ?5";
  else
    sql = "UPDATE documents SET state = ?1, replaced_by_id = ?3, revision = revision + 1 WHERE id = ?4 AND revision = ?5 AND ?2 IS NOT NULL";

  stmt = lt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  lt_store_bind_text (stmt, 1, lt_enum_to_nick (LT_TYPE_DOCUMENT_STATE, state));
  lt_store_bind_text (stmt, 2, today);
  lt_store_bind_id (stmt, 3, replaced_by_id);
  sqlite3_bind_int64 (stmt, 4, lt_document_get_id (doc));
  sqlite3_bind_int64 (stmt, 5, lt_document_get_revision (doc));

  rc = lt_store_step (self, stmt);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  if (sqlite3_changes (lt_store_get_db (self)) == 0)
    {
      lt_store_set_stale_error (self, "documents", lt_document_get_id (doc), _("This document was changed meanwhile: reload it and try again."),
                                _("This document no longer exists."), error);
      return FALSE;
    }

  lt_store_notify (self, "documents", lt_document_get_id (doc), LT_STORE_CHANGE_UPDATE);
  return TRUE;
}

/* What the letter must contain (art. 151, the Ordre's model letters):
 * lt-document-checker, on everything the PDF would show. */
static gboolean
check_content (LtStore  *self,
               gint64    document_id,
               GError  **error)
{
  g_autoptr(LtDocumentContent) content = lt_store_get_document_content (self, document_id, error);

  return content != NULL && lt_document_checker_validate (content, error);
}

/* One sentence per kind and state: French agrees each with its noun. */
static char *
state_message (LtDocumentKind  kind,
               LtDocumentState state)
{
  static const char *sent[] = {
    N_("Service offer sent"), N_("Engagement letter sent"), N_("Amendment sent"),
    N_("Replacement engagement letter sent"), N_("Work order sent"),
  };
  static const char *signed_[] = {
    N_("Service offer signed"), N_("Engagement letter signed"), N_("Amendment signed"),
    N_("Replacement engagement letter signed"), N_("Work order signed"),
  };
  static const char *refused[] = {
    N_("Service offer refused"), N_("Engagement letter refused"), N_("Amendment refused"),
    N_("Replacement engagement letter refused"), N_("Work order refused"),
  };
  const char **table = state == LT_DOCUMENT_STATE_SENT ? sent
                       : state == LT_DOCUMENT_STATE_SIGNED ? signed_ : refused;

  g_assert ((guint) kind < G_N_ELEMENTS (sent));
  return g_strdup (_(table[kind]));
}

static LtDocumentOutcome *
outcome_new (gint64      document_id,
             GPtrArray  *messages)
{
  LtDocumentOutcome *outcome = g_new0 (LtDocumentOutcome, 1);

  outcome->document_id = document_id;
  g_ptr_array_add (messages, NULL);
  outcome->messages = (GStrv) g_ptr_array_steal (messages, NULL);
  return outcome;
}

/* issue 13: the limits of the document's kind over its lines, against the
 * scope in force of its affaire (lt_document_rules_check_lines()). */
static gboolean
check_lines_in_scope (LtStore     *self,
                      LtDocument  *doc,
                      GError     **error)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(LtScope) scope = NULL;
  g_autoptr(GHashTable) families = NULL;

  return (lines = lt_store_load_document_lines (self, lt_document_get_id (doc), error)) != NULL &&
         (scope = lt_store_get_scope_full (self, lt_document_get_affaire_id (doc), NULL, &families, error)) != NULL &&
         lt_document_rules_check_lines (doc, lines, scope, families, error);
}

/**
 * lt_store_document_send:
 *
 * brouillon → envoyé, refused for a document without lines, and for a
 * lettre de mission while the LCB-FT identification is missing.
 *
 * Returns: (transfer full) (nullable): what was done.
 */
LtDocumentOutcome *
lt_store_document_send (LtStore  *self,
                        gint64    document_id,
                        GError  **error)
{
  return lt_store_document_send_on (self, document_id, NULL, error);
}

/**
 * lt_store_document_send_on:
 * @sent_on: (nullable): the day it is sent, YYYY-MM-DD; %NULL: today
 *
 * lt_store_document_send () on a given day, not after today: the letter
 * carries that date and the number of its kind and year.
 *
 * Returns: (transfer full) (nullable): what was done.
 */
LtDocumentOutcome *
lt_store_document_send_on (LtStore     *self,
                           gint64       document_id,
                           const char  *day,
                           GError     **error)
{
  g_autofree char *today = lt_date_today ();
  const char *sent_on = day != NULL ? day : today;
  g_autoptr(LtDocument) doc = NULL;
  g_autoptr(LtAffaire) affaire = NULL;
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  guint n_lines;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (!lt_store_begin (self, error))
    return NULL;

  if (!(doc = lt_store_load_document (self, document_id, error)) ||
      !(affaire = lt_store_load_affaire (self, lt_document_get_affaire_id (doc), error)) ||
      (n_lines = count_lines (self, document_id, error)) == G_MAXUINT ||
      !lt_document_rules_check_send (affaire, doc, n_lines, error) ||
      !check_lines_in_scope (self, doc, error) ||
      !check_content (self, document_id, error) ||
      !lt_document_check_sent_on (doc, sent_on, today, error) ||
      !set_state (self, doc, LT_DOCUMENT_STATE_SENT, "sent_on", sent_on, 0, error) ||
      !lt_store_document_assign_number (self, doc, sent_on, error))
    goto fail;

  /* The letter is frozen as it is sent — its date, its number, the firm's
   * settings of that day — in the same transaction (when the store has a
   * renderer): signing keeps these bytes. */
  if (lt_store_has_pdf_renderer (self) &&
      !lt_store_freeze_document (self, document_id, error))
    goto fail;

  if (!lt_store_commit (self, error))
    return NULL;

  g_ptr_array_add (messages, state_message (lt_document_get_kind (doc), LT_DOCUMENT_STATE_SENT));
  return outcome_new (document_id, messages);

fail:
  lt_store_rollback (self);
  return NULL;
}

/**
 * lt_store_document_sign:
 *
 * envoyé → signé, and everything the signature implies
 * (lt_document_rules_sign()): the lettre de mission drafted from a signed
 * offre with the same lines, the prospect become client, the documents a
 * substitutive replaces — all in one transaction.
 *
 * Returns: (transfer full) (nullable): what was done, with a message for
 *   each effect.
 */
LtDocumentOutcome *
lt_store_document_sign (LtStore  *self,
                        gint64    document_id,
                        GError  **error)
{
  return lt_store_document_sign_on (self, document_id, NULL, error);
}

/**
 * lt_store_document_sign_on:
 * @signed_on: (nullable): the day the client signed, YYYY-MM-DD; %NULL: today
 *
 * lt_store_document_sign () on a given day: not before the document was
 * sent (LT_ERROR_DATE_TOO_EARLY), not after today (LT_ERROR_DATE_IN_FUTURE).
 * The PDF frozen when it was sent is kept as it is; a document sent before
 * PDFs were frozen on sending is frozen now.
 *
 * Returns: (transfer full) (nullable): what was done.
 */
LtDocumentOutcome *
lt_store_document_sign_on (LtStore     *self,
                           gint64       document_id,
                           const char  *day,
                           GError     **error)
{
  g_autofree char *today = lt_date_today ();
  const char *signed_on = day != NULL ? day : today;
  g_autoptr(LtDocument) doc = NULL;
  g_autoptr(LtAffaire) affaire = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(LtSignEffects) effects = NULL;
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(LtDocument) letter = NULL;
  LtDocumentOutcome *outcome;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (!lt_store_begin (self, error))
    return NULL;

  if (!(doc = lt_store_load_document (self, document_id, error)) ||
      !(affaire = lt_store_load_affaire (self, lt_document_get_affaire_id (doc), error)) ||
      !(docs = lt_store_load_affaire_documents (self, lt_affaire_get_id (affaire), error)) ||
      !(effects = lt_document_rules_sign (affaire, docs, doc, error)) ||
      !lt_document_check_signed_on (doc, signed_on, today, error) ||
      !check_lines_in_scope (self, doc, error) ||
      !set_state (self, doc, LT_DOCUMENT_STATE_SIGNED, "signed_on", signed_on, 0, error))
    goto fail;

  /* A signed document never changes again: it keeps the PDF frozen when it
   * was sent; one sent before that rule is frozen now, in the same
   * transaction (when the store was given a renderer). */
  if (lt_document_get_pdf_sha256 (doc) == NULL && lt_store_has_pdf_renderer (self) &&
      !lt_store_freeze_document (self, document_id, error))
    goto fail;

  g_ptr_array_add (messages, state_message (lt_document_get_kind (doc), LT_DOCUMENT_STATE_SIGNED));

  if (effects->create_letter)
    {
      g_autoptr(GPtrArray) lines = lt_store_load_document_lines (self, document_id, error);

      if (lines == NULL ||
          !(letter = lt_store_document_insert_draft (self, affaire, LT_DOCUMENT_KIND_LETTRE_DE_MISSION,
                                                     document_id, lt_document_get_terms_id (doc),
                                                     lines, error)))
        goto fail;
      g_ptr_array_add (messages, g_strdup (_("Engagement letter created")));
    }

  for (guint i = 0; i < effects->replaced->len; i++)
    if (!set_state (self, g_ptr_array_index (effects->replaced, i),
                    LT_DOCUMENT_STATE_REPLACED, NULL, NULL, document_id, error))
      goto fail;
  if (effects->replaced->len > 0)
    g_ptr_array_add (messages, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u document replaced",
                                                             "%u documents replaced",
                                                             effects->replaced->len),
                                                effects->replaced->len));

  if (effects->becomes_client)
    {
      sqlite3_stmt *stmt = lt_store_prepare (self,
                                             "UPDATE affaires SET state = 'client', revision = revision + 1"
                                             " WHERE id = ? AND state = 'prospect'",
                                             error);
      int rc;

      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, lt_affaire_get_id (affaire));
      rc = lt_store_step (self, stmt);
      sqlite3_reset (stmt);
      if (!lt_store_check_step (self, rc, error))
        goto fail;
      lt_store_notify (self, "affaires", lt_affaire_get_id (affaire), LT_STORE_CHANGE_UPDATE);
      g_ptr_array_add (messages, g_strdup_printf (_("%s is now a client"), lt_affaire_get_name (affaire)));
    }

  if (!lt_store_commit (self, error))
    return NULL;

  outcome = outcome_new (document_id, messages);
  outcome->created_letter_id = letter != NULL ? lt_document_get_id (letter) : 0;
  outcome->became_client = effects->becomes_client;
  outcome->n_replaced = effects->replaced->len;
  return outcome;

fail:
  lt_store_rollback (self);
  return NULL;
}

/**
 * lt_store_document_refuse:
 *
 * envoyé → refusé.
 *
 * Returns: (transfer full) (nullable): what was done.
 */
LtDocumentOutcome *
lt_store_document_refuse (LtStore  *self,
                          gint64    document_id,
                          GError  **error)
{
  g_autoptr(LtDocument) doc = NULL;
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (!lt_store_begin (self, error))
    return NULL;

  if (!(doc = lt_store_load_document (self, document_id, error)) ||
      !lt_document_rules_check_transition (doc, LT_DOCUMENT_STATE_REFUSED, error) ||
      !set_state (self, doc, LT_DOCUMENT_STATE_REFUSED, "refused_on", NULL, 0, error))
    goto fail;

  if (!lt_store_commit (self, error))
    return NULL;

  g_ptr_array_add (messages, state_message (lt_document_get_kind (doc), LT_DOCUMENT_STATE_REFUSED));
  return outcome_new (document_id, messages);

fail:
  lt_store_rollback (self);
  return NULL;
}
