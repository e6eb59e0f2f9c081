/* lt-store-document-ops.c: a draft's making — create, lines, delete — one transaction each */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-document-ops"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-document-life.h"
#include "lt-date.h"
#include "lt-error.h"
#include "lt-prestation.h"
#include "lt-store-document-ops-private.h"
#include "lt-store-document-ops.h"
#include "lt-store-private.h"

static gboolean
insert_line (LtStore        *self,
             gint64          document_id,
             int             position,
             gint64          prestation_id,
             const char     *label,
             gint64          price_cents,
             LtRecurrence    recurrence,
             const char     *ends_on,
             gint64         *out_id,
             GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = lt_store_prepare (self,
                           "INSERT INTO document_lines (document_id, position, prestation_id, label, price_cents, recurrence, ends_on)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, document_id);
  sqlite3_bind_int (stmt, 2, position);
  lt_store_bind_id (stmt, 3, prestation_id);
  lt_store_bind_text (stmt, 4, label);
  sqlite3_bind_int64 (stmt, 5, price_cents);
  lt_store_bind_text (stmt, 6, lt_enum_to_nick (LT_TYPE_RECURRENCE, recurrence));
  lt_store_bind_text (stmt, 7, ends_on != NULL && ends_on[0] != '\0' ? ends_on : NULL);

  rc = lt_store_step (self, stmt);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  if (out_id != NULL)
    *out_id = sqlite3_last_insert_rowid (lt_store_get_db (self));
  lt_store_notify (self, "document_lines", sqlite3_last_insert_rowid (lt_store_get_db (self)),
                   LT_STORE_CHANGE_INSERT);
  return TRUE;
}

/**
 * lt_store_document_insert_draft:
 * @lines: (nullable) (element-type LtDocumentLine): copied in order
 *
 * Writes a draft without checking the kind rule: the caller has (inside
 * the same transaction).
 *
 * Returns: (transfer full) (nullable): the new document, read back.
 */
LtDocument *
lt_store_document_insert_draft (LtStore         *self,
                                LtAffaire       *affaire,
                                LtDocumentKind   kind,
                                gint64           parent_id,
                                gint64           terms_id,
                                GPtrArray       *lines,
                                GError         **error)
{
  sqlite3_stmt *stmt;
  gint64 id;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);
  g_return_val_if_fail (LT_IS_AFFAIRE (affaire), NULL);

  stmt = lt_store_prepare (self,
                           "INSERT INTO documents (affaire_id, kind, state, title, terms_id, parent_id)"
                           " VALUES (?, ?, 'draft', ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, lt_affaire_get_id (affaire));
  lt_store_bind_text (stmt, 2, lt_enum_to_nick (LT_TYPE_DOCUMENT_KIND, kind));
  /* the title is part of the letter: French whatever the process's language */
  lt_store_bind_text (stmt, 3, lt_document_kind_french_title (kind));
  lt_store_bind_id (stmt, 4, terms_id);
  lt_store_bind_id (stmt, 5, parent_id);

  rc = lt_store_step (self, stmt);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return NULL;

  id = sqlite3_last_insert_rowid (lt_store_get_db (self));
  lt_store_notify (self, "documents", id, LT_STORE_CHANGE_INSERT);

  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (lines, i);

      if (!insert_line (self, id, (int) i,
                        lt_document_line_get_prestation_id (line),
                        lt_document_line_get_label (line),
                        lt_document_line_get_price_cents (line),
                        lt_document_line_get_recurrence (line),
                        lt_document_line_get_ends_on (line),
                        NULL, error))
        return NULL;
    }

  return lt_store_load_document (self, id, error);
}

/**
 * lt_store_document_create:
 *
 * Creates a draft of @kind for the affaire — refused by
 * lt_document_rules_check_kind() — with the conditions générales in force.
 * An avenant, bon d'intervention or substitutive hangs under the lettre de
 * mission in force; a substitutive starts with the whole current scope.
 *
 * Returns: (transfer full) (nullable): the new draft.
 */
LtDocument *
lt_store_document_create (LtStore         *self,
                          gint64           affaire_id,
                          LtDocumentKind   kind,
                          GError         **error)
{
  g_autoptr(LtAffaire) affaire = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(LtScope) scope = NULL;
  g_autoptr(LtDocument) doc = NULL;
  LtDocument *letter;
  gint64 terms_id;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (!lt_store_begin (self, error))
    return NULL;

  if (!(affaire = lt_store_load_affaire (self, affaire_id, error)) ||
      !(docs = lt_store_load_affaire_documents (self, affaire_id, error)) ||
      !lt_document_rules_check_kind (affaire, docs, kind, error) ||
      (terms_id = lt_store_current_terms_id (self, error)) < 0)
    goto fail;

  letter = lt_document_rules_current_letter (docs);

  if (kind == LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE &&
      !(scope = lt_store_get_scope (self, affaire_id, error)))
    goto fail;

  doc = lt_store_document_insert_draft (self, affaire, kind,
                                        (kind == LT_DOCUMENT_KIND_OFFRE_DE_SERVICE ||
                                         kind == LT_DOCUMENT_KIND_LETTRE_DE_MISSION ||
                                         letter == NULL) ? 0 : lt_document_get_id (letter),
                                        terms_id,
                                        scope != NULL ? scope->recurring : NULL,
                                        error);
  if (doc == NULL)
    goto fail;

  if (!lt_store_commit (self, error))
    return NULL;

  return g_steal_pointer (&doc);

fail:
  lt_store_rollback (self);
  return NULL;
}

/**
 * lt_store_document_create_with_lines:
 * @lines: (element-type LtDocumentLine): lines to add (their document id is
 *   set), completed as by lt_store_document_add_line()
 *
 * Returns: (transfer full) (nullable): the new draft, with every line or none.
 */
LtDocument *
lt_store_document_create_with_lines (LtStore         *self,
                                     gint64           affaire_id,
                                     LtDocumentKind   kind,
                                     GPtrArray       *lines,
                                     GError         **error)
{
  g_autoptr(LtDocument) doc = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (!lt_store_begin (self, error))
    return NULL;

  doc = lt_store_document_create (self, affaire_id, kind, error);
  if (doc == NULL)
    goto fail;

  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (lines, i);

      lt_document_line_set_document_id (line, lt_document_get_id (doc));
      if (!lt_store_document_add_line (self, line, error))
        goto fail;
    }

  if (!lt_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&doc);

fail:
  lt_store_rollback (self);
  return NULL;
}

static gboolean
load_editable (LtStore     *self,
               gint64       document_id,
               GError     **error)
{
  g_autoptr(LtDocument) doc = lt_store_load_document (self, document_id, error);

  return doc != NULL && lt_document_rules_check_editable (doc, error);
}

/* issue 13: what the line's document may carry (lt_document_rules_check_line_kind()),
 * and an end date that is a date. */
static gboolean
check_line_for_document (LtStore         *self,
                         LtDocumentLine  *line,
                         GError         **error)
{
  g_autoptr(LtDocument) doc = lt_store_load_document (self, lt_document_line_get_document_id (line), error);
  const char *ends_on = lt_document_line_get_ends_on (line);

  if (doc == NULL)
    return FALSE;
  if (!lt_date_check_iso (ends_on, TRUE, error))
    return FALSE;
  return lt_document_rules_check_line_kind (lt_document_get_kind (doc), line, error);
}

/* A price of -1 or an empty label is taken from the prestation. */
static gboolean
complete_line_from_prestation (LtStore         *self,
                               LtDocumentLine  *line,
                               gboolean         adding,
                               GError         **error)
{
  gint64 prestation_id = lt_document_line_get_prestation_id (line);
  const char *label = lt_document_line_get_label (line);
  sqlite3_stmt *stmt;
  int rc;

  /* Only -1 means « the catalogue's tarif »: any other negative price is a
   * mistake, never silently the tarif (issue 13). */
  if (lt_document_line_get_price_cents (line) < -1)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NEGATIVE_PRICE,
                   _("The fee of « %s » is negative: enter an amount of zero or more, or leave it empty for the catalogue’s tarif."),
                   label != NULL && label[0] != '\0' ? label : _("this line"));
      return FALSE;
    }

  if (prestation_id == 0)
    {
      if (lt_document_line_get_price_cents (line) < 0)
        {
          g_set_error (error, LT_ERROR, LT_ERROR_PRICE_REQUIRED,
                       _("A line without a prestation needs a fee: type an amount."));
          return FALSE;
        }
      return TRUE;
    }

  stmt = lt_store_prepare (self, "SELECT name, price_cents, recurrence FROM prestations WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, prestation_id);

  rc = lt_store_step (self, stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (lt_store_check_step (self, rc, error))
        g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                     _("Prestation %lld is not in the catalogue."), (long long) prestation_id);
      return FALSE;
    }

  if (label == NULL || *label == '\0')
    lt_document_line_set_label (line, (const char *) sqlite3_column_text (stmt, 0));

  if (lt_document_line_get_price_cents (line) < 0)
    {
      if (sqlite3_column_type (stmt, 1) == SQLITE_NULL)
        {
          g_set_error (error, LT_ERROR, LT_ERROR_PRICE_REQUIRED,
                       _("« %s » has no tarif in the catalogue: type the fee of this line."),
                       (const char *) sqlite3_column_text (stmt, 0));
          sqlite3_reset (stmt);
          return FALSE;
        }
      lt_document_line_set_price_cents (line, sqlite3_column_int64 (stmt, 1));
    }

  /* A new line recurs as its prestation unless told otherwise. */
  if (adding && lt_document_line_get_recurrence (line) == LT_RECURRENCE_NONE)
    lt_document_line_set_recurrence (line, lt_store_document_column_enum (stmt, 2, LT_TYPE_RECURRENCE));

  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * lt_store_document_add_line:
 *
 * Adds @line at the end of its document (a draft). Sets its id, position
 * and revision, and fills what was taken from the prestation.
 */
gboolean
lt_store_document_add_line (LtStore         *self,
                            LtDocumentLine  *line,
                            GError         **error)
{
  gint64 document_id;
  sqlite3_stmt *stmt;
  int position = 0;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (LT_IS_DOCUMENT_LINE (line), FALSE);

  document_id = lt_document_line_get_document_id (line);

  if (!lt_store_begin (self, error))
    return FALSE;

  if (!load_editable (self, document_id, error) ||
      !complete_line_from_prestation (self, line, TRUE, error) ||
      !lt_document_rules_check_line (line, error) ||
      !check_line_for_document (self, line, error))
    goto fail;

  stmt = lt_store_prepare (self, "SELECT COALESCE(MAX(position) + 1, 0) FROM document_lines WHERE document_id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, document_id);
  rc = lt_store_step (self, stmt);
  if (rc == SQLITE_ROW)
    position = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    goto fail;

  if (!insert_line (self, document_id, position,
                    lt_document_line_get_prestation_id (line),
                    lt_document_line_get_label (line),
                    lt_document_line_get_price_cents (line),
                    lt_document_line_get_recurrence (line),
                    lt_document_line_get_ends_on (line),
                    &id, error))
    goto fail;

  if (!lt_store_commit (self, error))
    return FALSE;

  lt_document_line_set_id (line, id);
  lt_document_line_set_position (line, position);
  lt_document_line_set_revision (line, 1);
  return TRUE;

fail:
  lt_store_rollback (self);
  return FALSE;
}

/**
 * lt_store_document_update_line:
 *
 * Writes @line (label, prestation, price, recurrence) if its document is
 * still a draft and nobody changed the line since it was read.
 */
gboolean
lt_store_document_update_line (LtStore         *self,
                               LtDocumentLine  *line,
                               GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (LT_IS_DOCUMENT_LINE (line), FALSE);

  if (!lt_store_begin (self, error))
    return FALSE;

  if (!load_editable (self, lt_document_line_get_document_id (line), error) ||
      !complete_line_from_prestation (self, line, FALSE, error) ||
      !lt_document_rules_check_line (line, error) ||
      !check_line_for_document (self, line, error))
    goto fail;

  stmt = lt_store_prepare (self,
                           "UPDATE document_lines SET prestation_id = ?, label = ?, price_cents = ?,"
                           " recurrence = ?, revision = revision + 1, ends_on = ?7"
                           " WHERE id = ?5 AND revision = ?6",
                           error);
  if (stmt == NULL)
    goto fail;
  lt_store_bind_id (stmt, 1, lt_document_line_get_prestation_id (line));
  lt_store_bind_text (stmt, 2, lt_document_line_get_label (line));
  sqlite3_bind_int64 (stmt, 3, lt_document_line_get_price_cents (line));
  lt_store_bind_text (stmt, 4, lt_enum_to_nick (LT_TYPE_RECURRENCE, lt_document_line_get_recurrence (line)));
  sqlite3_bind_int64 (stmt, 5, lt_document_line_get_id (line));
  sqlite3_bind_int64 (stmt, 6, lt_document_line_get_revision (line));
  lt_store_bind_text (stmt, 7, lt_document_line_get_ends_on (line));
  rc = lt_store_step (self, stmt);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    goto fail;

  if (sqlite3_changes (lt_store_get_db (self)) == 0)
    {
      lt_store_set_stale_error (self, "document_lines", lt_document_line_get_id (line),
                                _("This line was changed meanwhile: reopen the document to see the latest version."),
                                _("This line no longer exists."), error);
      goto fail;
    }

  lt_store_notify (self, "document_lines", lt_document_line_get_id (line), LT_STORE_CHANGE_UPDATE);

  if (!lt_store_commit (self, error))
    return FALSE;

  lt_document_line_set_revision (line, lt_document_line_get_revision (line) + 1);
  return TRUE;

fail:
  lt_store_rollback (self);
  return FALSE;
}

gboolean
lt_store_document_remove_line (LtStore  *self,
                               gint64    line_id,
                               GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 document_id = 0;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_begin (self, error))
    return FALSE;

  stmt = lt_store_prepare (self, "SELECT document_id FROM document_lines WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, line_id);
  rc = lt_store_step (self, stmt);
  if (rc == SQLITE_ROW)
    document_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    goto fail;
  if (document_id == 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND, _("This line no longer exists."));
      goto fail;
    }

  if (!load_editable (self, document_id, error))
    goto fail;

  stmt = lt_store_prepare (self, "DELETE FROM document_lines WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, line_id);
  rc = lt_store_step (self, stmt);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    goto fail;

  lt_store_notify (self, "document_lines", line_id, LT_STORE_CHANGE_DELETE);

  return lt_store_commit (self, error);

fail:
  lt_store_rollback (self);
  return FALSE;
}

/**
 * lt_store_document_delete:
 *
 * Deletes a draft and its lines; anything else is refused (LT_ERROR_NOT_A_DRAFT).
 */
gboolean
lt_store_document_delete (LtStore  *self,
                          gint64    document_id,
                          GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_begin (self, error))
    return FALSE;

  if (!load_editable (self, document_id, error))
    goto fail;

  stmt = lt_store_prepare (self, "DELETE FROM documents WHERE id = ? AND state = 'draft'", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, document_id);
  rc = lt_store_step (self, stmt);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    goto fail;

  lt_store_notify (self, "documents", document_id, LT_STORE_CHANGE_DELETE);

  return lt_store_commit (self, error);

fail:
  lt_store_rollback (self);
  return FALSE;
}
