/* lt-store-document-number.c: a document's number, per kind and year, given in the transaction that sends it */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-document-number"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-document-life.h"
#include "lt-error.h"
#include "lt-store-document-ops-private.h"
#include "lt-store-document-ops.h"

/* The next rank is read and written inside the sending's transaction: the
 * store's transactions start with BEGIN IMMEDIATE, so a second writer (the
 * CLI beside the app) waits for this one to commit and then reads the rank
 * just taken; the unique index on (kind, year, rank) refuses a duplicate
 * should anything else write the table. Ranks are never given back: a sent
 * document cannot be deleted, so the numbers have no gaps. */
gboolean
lt_store_document_assign_number (LtStore     *self,
                                 LtDocument  *document,
                                 const char  *sent_on,
                                 GError     **error)
{
  g_autofree char *number = NULL;
  const char *kind_nick;
  sqlite3_stmt *stmt;
  GDate day;
  guint year;
  gint64 seq = 0;
  int rc;

  g_return_val_if_fail (LT_IS_DOCUMENT (document), FALSE);

  if (!lt_date_from_iso (sent_on, &day))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DATE,
                   _("The sending date « %s » is not a date: type it as DD/MM/YYYY."), sent_on);
      return FALSE;
    }
  year = g_date_get_year (&day);
  kind_nick = lt_enum_to_nick (LT_TYPE_DOCUMENT_KIND, lt_document_get_kind (document));

  stmt = lt_store_prepare (self,
                           "SELECT COALESCE (MAX (number_seq), 0) + 1 FROM documents"
                           " WHERE kind = ? AND number_year = ?",
                           error);
  if (stmt == NULL)
    return FALSE;
  lt_store_bind_text (stmt, 1, kind_nick);
  sqlite3_bind_int (stmt, 2, (int) year);
  rc = lt_store_step (self, stmt);
  if (rc == SQLITE_ROW)
    seq = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  number = lt_document_format_number (lt_document_get_kind (document), year, (guint) seq);

  stmt = lt_store_prepare (self,
                           "UPDATE documents SET number = ?, number_year = ?, number_seq = ?"
                           " WHERE id = ? AND number IS NULL",
                           error);
  if (stmt == NULL)
    return FALSE;
  lt_store_bind_text (stmt, 1, number);
  sqlite3_bind_int (stmt, 2, (int) year);
  sqlite3_bind_int64 (stmt, 3, seq);
  sqlite3_bind_int64 (stmt, 4, lt_document_get_id (document));
  rc = lt_store_step (self, stmt);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  lt_document_set_number (document, number);
  return TRUE;
}

/**
 * lt_store_number_sent_documents:
 *
 * Numbers the documents already past the draft that have no number yet, in
 * order of sending within their kind and year, as the migration to schema 4
 * did: for what writes states directly (the demo cabinet).
 */
gboolean
lt_store_number_sent_documents (LtStore  *self,
                                GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_begin (self, error))
    return FALSE;

  stmt = lt_store_prepare (self,
                           "SELECT id, COALESCE (sent_on, signed_on, refused_on, substr (created_at, 1, 10)) AS day"
                           " FROM documents WHERE state <> 'draft' AND number IS NULL ORDER BY day, id",
                           error);
  if (stmt == NULL)
    goto fail;
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      g_ptr_array_add (days, lt_store_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    goto fail;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(LtDocument) document = lt_store_load_document (self, g_array_index (ids, gint64, i), error);

      if (document == NULL ||
          !lt_store_document_assign_number (self, document, g_ptr_array_index (days, i), error))
        goto fail;
      lt_store_notify (self, "documents", lt_document_get_id (document), LT_STORE_CHANGE_UPDATE);
    }

  return lt_store_commit (self, error);

fail:
  lt_store_rollback (self);
  return FALSE;
}
