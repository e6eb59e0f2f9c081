/* lt-store-document-read.c: documents, their lines, their affaire and scope read back from the store */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-document-read"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-store-document-ops-private.h"
#include "lt-store-document-ops.h"
#include "lt-store-private.h"

int
lt_store_document_column_enum (sqlite3_stmt *stmt,
                               int           col,
                               GType         type)
{
  int value = 0;

  lt_enum_from_nick (type, (const char *) sqlite3_column_text (stmt, col), &value);
  return value;
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
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  rows = lt_store_rows_select (self, &lt_affaire_entity, "WHERE id = ?1", affaire_id, error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      if (!lt_store_set_never_existed_error (self, "affaires", affaire_id, error))
        g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                     _("This affaire no longer exists: another user may have deleted it."));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (rows, 0));
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
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  rows = lt_store_rows_select (self, &lt_document_entity, "WHERE d.id = ?1", document_id, error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                   _("Document %lld does not exist (any more)."), (long long) document_id);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (rows, 0));
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
  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  return lt_store_rows_select (self, &lt_document_entity,
                               "WHERE d.affaire_id = ?1 ORDER BY d.created_at, d.id", affaire_id, error);
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
  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  return lt_store_rows_select (self, &lt_document_line_entity,
                               "WHERE document_id = ?1 ORDER BY position, id", document_id, error);
}

/**
 * lt_store_prestation_families:
 *
 * Returns: (transfer full) (nullable): gint64 prestation id → gint64 family
 *   id, for lt_document_rules_scope_full() (every version of a prestation
 *   is one prestation in the scope).
 */
GHashTable *
lt_store_prestation_families (LtStore  *self,
                              GError  **error)
{
  g_autoptr(GHashTable) families = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = lt_store_prepare (self, "SELECT id, COALESCE (family_id, id) FROM prestations", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 family = sqlite3_column_int64 (stmt, 1);

      g_hash_table_insert (families, g_memdup2 (&id, sizeof id), g_memdup2 (&family, sizeof family));
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return NULL;

  return g_steal_pointer (&families);
}

/**
 * lt_store_get_scope_full:
 * @on: (nullable): the ISO day (NULL: today)
 * @family_of: (out) (optional) (transfer full): the prestation families used
 *
 * Returns: (transfer full) (nullable): the scope in force of the affaire,
 *   derived from its documents (lt_document_rules_scope_full()).
 */
LtScope *
lt_store_get_scope_full (LtStore      *self,
                         gint64        affaire_id,
                         const char   *on,
                         GHashTable  **family_of,
                         GError      **error)
{
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GHashTable) lines = NULL;
  g_autoptr(GHashTable) families = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  docs = lt_store_load_affaire_documents (self, affaire_id, error);
  if (docs == NULL)
    return NULL;

  lines = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                 (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < docs->len; i++)
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

  if (!(families = lt_store_prestation_families (self, error)))
    return NULL;

  {
    LtScope *scope = lt_document_rules_scope_full (docs, lines, families, on);

    if (family_of != NULL)
      *family_of = g_steal_pointer (&families);
    return scope;
  }
}

/**
 * lt_store_get_scope:
 *
 * Returns: (transfer full) (nullable): the scope in force today of the
 *   affaire (lt_store_get_scope_full()).
 */
LtScope *
lt_store_get_scope (LtStore  *self,
                    gint64    affaire_id,
                    GError  **error)
{
  return lt_store_get_scope_full (self, affaire_id, NULL, NULL, error);
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
  g_autofree char *today = lt_date_today ();
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
