/* lt-store-document-read.c: documents, their lines, their affaire and scope read back from the store */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-document-read"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-store-document-ops-private.h"
#include "lt-store-document-ops.h"
#include "lt-store-private.h"

#define DOCUMENT_COLUMNS \
  "id, affaire_id, kind, state, title, terms_id, parent_id, replaced_by_id, " \
  "created_at, sent_on, signed_on, refused_on, pdf_sha256, revision"

#define LINE_COLUMNS \
  "id, document_id, position, prestation_id, label, price_cents, recurrence, revision"

#define AFFAIRE_COLUMNS \
  "id, state, name, siren, legal_form, address, postal_code, city, activity, " \
  "fiscal_year_end, director, lcbft_identified_on, lcbft_identified_by, " \
  "beneficial_owner, vigilance, created_at, revision"

char *
lt_store_document_today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

int
lt_store_document_column_enum (sqlite3_stmt *stmt,
                               int           col,
                               GType         type)
{
  int value = 0;

  lt_enum_from_nick (type, (const char *) sqlite3_column_text (stmt, col), &value);
  return value;
}

static LtDocument *
read_document (sqlite3_stmt *stmt)
{
  LtDocument *doc = lt_document_new ();
  g_autofree char *title = lt_store_column_text (stmt, 4);
  g_autofree char *created_at = lt_store_column_text (stmt, 8);
  g_autofree char *sent_on = lt_store_column_text (stmt, 9);
  g_autofree char *signed_on = lt_store_column_text (stmt, 10);
  g_autofree char *refused_on = lt_store_column_text (stmt, 11);
  g_autofree char *sha = lt_store_column_text (stmt, 12);

  lt_document_set_id (doc, sqlite3_column_int64 (stmt, 0));
  lt_document_set_affaire_id (doc, sqlite3_column_int64 (stmt, 1));
  lt_document_set_kind (doc, lt_store_document_column_enum (stmt, 2, LT_TYPE_DOCUMENT_KIND));
  lt_document_set_state (doc, lt_store_document_column_enum (stmt, 3, LT_TYPE_DOCUMENT_STATE));
  lt_document_set_title (doc, title);
  lt_document_set_terms_id (doc, lt_store_column_id (stmt, 5));
  lt_document_set_parent_id (doc, lt_store_column_id (stmt, 6));
  lt_document_set_replaced_by_id (doc, lt_store_column_id (stmt, 7));
  lt_document_set_created_at (doc, created_at);
  lt_document_set_sent_on (doc, sent_on);
  lt_document_set_signed_on (doc, signed_on);
  lt_document_set_refused_on (doc, refused_on);
  lt_document_set_pdf_sha256 (doc, sha);
  lt_document_set_revision (doc, sqlite3_column_int64 (stmt, 13));

  return doc;
}

static LtDocumentLine *
read_line (sqlite3_stmt *stmt)
{
  LtDocumentLine *line = lt_document_line_new ();
  g_autofree char *label = lt_store_column_text (stmt, 4);

  lt_document_line_set_id (line, sqlite3_column_int64 (stmt, 0));
  lt_document_line_set_document_id (line, sqlite3_column_int64 (stmt, 1));
  lt_document_line_set_position (line, sqlite3_column_int (stmt, 2));
  lt_document_line_set_prestation_id (line, lt_store_column_id (stmt, 3));
  lt_document_line_set_label (line, label);
  lt_document_line_set_price_cents (line, sqlite3_column_int64 (stmt, 5));
  lt_document_line_set_recurrence (line, lt_store_document_column_enum (stmt, 6, LT_TYPE_RECURRENCE));
  lt_document_line_set_revision (line, sqlite3_column_int64 (stmt, 7));

  return line;
}

static LtAffaire *
read_affaire (sqlite3_stmt *stmt)
{
  LtAffaire *affaire = lt_affaire_new ();
  g_autofree char *name = lt_store_column_text (stmt, 2);
  g_autofree char *siren = lt_store_column_text (stmt, 3);
  g_autofree char *legal_form = lt_store_column_text (stmt, 4);
  g_autofree char *address = lt_store_column_text (stmt, 5);
  g_autofree char *postal_code = lt_store_column_text (stmt, 6);
  g_autofree char *city = lt_store_column_text (stmt, 7);
  g_autofree char *activity = lt_store_column_text (stmt, 8);
  g_autofree char *fye = lt_store_column_text (stmt, 9);
  g_autofree char *director = lt_store_column_text (stmt, 10);
  g_autofree char *lcbft_on = lt_store_column_text (stmt, 11);
  g_autofree char *owner = lt_store_column_text (stmt, 13);
  g_autofree char *created_at = lt_store_column_text (stmt, 15);

  lt_affaire_set_id (affaire, sqlite3_column_int64 (stmt, 0));
  lt_affaire_set_state (affaire, lt_store_document_column_enum (stmt, 1, LT_TYPE_AFFAIRE_STATE));
  lt_affaire_set_name (affaire, name);
  lt_affaire_set_siren (affaire, siren);
  lt_affaire_set_legal_form (affaire, legal_form);
  lt_affaire_set_address (affaire, address);
  lt_affaire_set_postal_code (affaire, postal_code);
  lt_affaire_set_city (affaire, city);
  lt_affaire_set_activity (affaire, activity);
  lt_affaire_set_fiscal_year_end (affaire, fye);
  lt_affaire_set_director (affaire, director);
  lt_affaire_set_lcbft_identified_on (affaire, lcbft_on);
  lt_affaire_set_lcbft_identified_by (affaire, lt_store_column_id (stmt, 12));
  lt_affaire_set_beneficial_owner (affaire, owner);
  lt_affaire_set_vigilance (affaire, lt_store_document_column_enum (stmt, 14, LT_TYPE_VIGILANCE));
  lt_affaire_set_created_at (affaire, created_at);
  lt_affaire_set_revision (affaire, sqlite3_column_int64 (stmt, 16));

  return affaire;
}

/**
 * lt_store_load_affaire:
 *
 * Returns: (transfer full) (nullable): the affaire, or %NULL with LT_ERROR_NOT_FOUND.
 */
LtAffaire *
lt_store_load_affaire (LtStore  *self,
                       gint64    affaire_id,
                       GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  stmt = lt_store_prepare (self, "SELECT " AFFAIRE_COLUMNS " FROM affaires WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, affaire_id);

  rc = lt_store_step (self, stmt);
  if (rc == SQLITE_ROW)
    {
      LtAffaire *affaire = read_affaire (stmt);
      sqlite3_reset (stmt);
      return affaire;
    }
  sqlite3_reset (stmt);

  if (lt_store_check_step (self, rc, error) &&
      !lt_store_set_never_existed_error (self, "affaires", affaire_id, error))
    g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                 _("This affaire no longer exists: another user may have deleted it."));
  return NULL;
}

/**
 * lt_store_load_document:
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with LT_ERROR_NOT_FOUND.
 */
LtDocument *
lt_store_load_document (LtStore  *self,
                        gint64    document_id,
                        GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  stmt = lt_store_prepare (self, "SELECT " DOCUMENT_COLUMNS " FROM documents WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, document_id);

  rc = lt_store_step (self, stmt);
  if (rc == SQLITE_ROW)
    {
      LtDocument *doc = read_document (stmt);
      sqlite3_reset (stmt);
      return doc;
    }
  sqlite3_reset (stmt);

  if (lt_store_check_step (self, rc, error))
    g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                 _("Document %lld does not exist (any more)."), (long long) document_id);
  return NULL;
}

/**
 * lt_store_load_affaire_documents:
 *
 * Returns: (transfer full) (element-type LtDocument) (nullable): every
 *   document of the affaire, oldest first.
 */
GPtrArray *
lt_store_load_affaire_documents (LtStore  *self,
                                 gint64    affaire_id,
                                 GError  **error)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  stmt = lt_store_prepare (self,
                           "SELECT " DOCUMENT_COLUMNS " FROM documents"
                           " WHERE affaire_id = ? ORDER BY created_at, id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, affaire_id);

  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    g_ptr_array_add (docs, read_document (stmt));
  sqlite3_reset (stmt);

  if (!lt_store_check_step (self, rc, error))
    return NULL;

  return g_steal_pointer (&docs);
}

/**
 * lt_store_load_document_lines:
 *
 * Returns: (transfer full) (element-type LtDocumentLine) (nullable): the
 *   lines of the document in order.
 */
GPtrArray *
lt_store_load_document_lines (LtStore  *self,
                              gint64    document_id,
                              GError  **error)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  stmt = lt_store_prepare (self,
                           "SELECT " LINE_COLUMNS " FROM document_lines"
                           " WHERE document_id = ? ORDER BY position, id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, document_id);

  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    g_ptr_array_add (lines, read_line (stmt));
  sqlite3_reset (stmt);

  if (!lt_store_check_step (self, rc, error))
    return NULL;

  return g_steal_pointer (&lines);
}

/**
 * lt_store_get_scope:
 *
 * Returns: (transfer full) (nullable): the current scope of the affaire,
 *   derived from its documents (lt_document_rules_scope()).
 */
LtScope *
lt_store_get_scope (LtStore  *self,
                    gint64    affaire_id,
                    GError  **error)
{
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GHashTable) lines = NULL;
  LtDocument *letter;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  docs = lt_store_load_affaire_documents (self, affaire_id, error);
  if (docs == NULL)
    return NULL;

  lines = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                 (GDestroyNotify) g_ptr_array_unref);

  letter = lt_document_rules_current_letter (docs);
  for (guint i = 0; letter != NULL && i < docs->len; i++)
    {
      LtDocument *doc = g_ptr_array_index (docs, i);
      gint64 id = lt_document_get_id (doc);
      GPtrArray *doc_lines;

      if (lt_document_get_state (doc) != LT_DOCUMENT_STATE_SIGNED)
        continue;

      doc_lines = lt_store_load_document_lines (self, id, error);
      if (doc_lines == NULL)
        return NULL;
      g_hash_table_insert (lines, g_memdup2 (&id, sizeof id), doc_lines);
    }

  return lt_document_rules_scope (docs, lines);
}

gboolean
lt_store_check_document_kind (LtStore         *self,
                              gint64           affaire_id,
                              LtDocumentKind   kind,
                              GError         **error)
{
  g_autoptr(LtAffaire) affaire = NULL;
  g_autoptr(GPtrArray) docs = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!(affaire = lt_store_load_affaire (self, affaire_id, error)) ||
      !(docs = lt_store_load_affaire_documents (self, affaire_id, error)))
    return FALSE;

  return lt_document_rules_check_kind (affaire, docs, kind, error);
}

/**
 * lt_store_current_terms_id:
 *
 * Returns: the conditions générales in force today (the latest effective
 *   version, or the latest one if none is effective yet); 0 when there is
 *   none, -1 with @error set on failure.
 */
gint64
lt_store_current_terms_id (LtStore  *self,
                           GError  **error)
{
  g_autofree char *today = lt_store_document_today_iso ();
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  stmt = lt_store_prepare (self,
                           "SELECT id FROM terms"
                           " ORDER BY effective_on <= ?1 DESC,"
                           "          CASE WHEN effective_on <= ?1 THEN effective_on END DESC,"
                           "          effective_on ASC, id DESC LIMIT 1",
                           error);
  if (stmt == NULL)
    return -1;
  lt_store_bind_text (stmt, 1, today);

  rc = lt_store_step (self, stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (!lt_store_check_step (self, rc, error))
    return -1;
  return id;
}
