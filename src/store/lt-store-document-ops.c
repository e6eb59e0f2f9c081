/* lt-store-document-ops.c: a document's life — create, lines, send, sign, refuse, delete — one transaction each */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-document-ops"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-document-checker.h"
#include "lt-error.h"
#include "lt-prestation.h"
#include "lt-store-document-ops.h"
#include "lt-store-pdf.h"
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

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static int
column_enum (sqlite3_stmt *stmt,
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
  lt_document_set_kind (doc, column_enum (stmt, 2, LT_TYPE_DOCUMENT_KIND));
  lt_document_set_state (doc, column_enum (stmt, 3, LT_TYPE_DOCUMENT_STATE));
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
  lt_document_line_set_recurrence (line, column_enum (stmt, 6, LT_TYPE_RECURRENCE));
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
  lt_affaire_set_state (affaire, column_enum (stmt, 1, LT_TYPE_AFFAIRE_STATE));
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
  lt_affaire_set_vigilance (affaire, column_enum (stmt, 14, LT_TYPE_VIGILANCE));
  lt_affaire_set_created_at (affaire, created_at);
  lt_affaire_set_revision (affaire, sqlite3_column_int64 (stmt, 16));

  return affaire;
}

void
lt_document_outcome_free (LtDocumentOutcome *outcome)
{
  if (outcome == NULL)
    return;
  g_strfreev (outcome->messages);
  g_free (outcome);
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

  if (lt_store_check_step (self, rc, error))
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
  g_autofree char *today = today_iso ();
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

static gboolean
insert_line (LtStore        *self,
             gint64          document_id,
             int             position,
             gint64          prestation_id,
             const char     *label,
             gint64          price_cents,
             LtRecurrence    recurrence,
             gint64         *out_id,
             GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = lt_store_prepare (self,
                           "INSERT INTO document_lines (document_id, position, prestation_id, label, price_cents, recurrence)"
                           " VALUES (?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, document_id);
  sqlite3_bind_int (stmt, 2, position);
  lt_store_bind_id (stmt, 3, prestation_id);
  lt_store_bind_text (stmt, 4, label);
  sqlite3_bind_int64 (stmt, 5, price_cents);
  lt_store_bind_text (stmt, 6, lt_enum_to_nick (LT_TYPE_RECURRENCE, recurrence));

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
  lt_store_bind_text (stmt, 3, lt_enum_to_label (LT_TYPE_DOCUMENT_KIND, kind));
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
                                        scope != NULL ? scope->lines : NULL,
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
    lt_document_line_set_recurrence (line, column_enum (stmt, 2, LT_TYPE_RECURRENCE));

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
      !lt_document_rules_check_line (line, error))
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
      !lt_document_rules_check_line (line, error))
    goto fail;

  stmt = lt_store_prepare (self,
                           "UPDATE document_lines SET prestation_id = ?, label = ?, price_cents = ?,"
                           " recurrence = ?, revision = revision + 1"
                           " WHERE id = ? AND revision = ?",
                           error);
  if (stmt == NULL)
    goto fail;
  lt_store_bind_id (stmt, 1, lt_document_line_get_prestation_id (line));
  lt_store_bind_text (stmt, 2, lt_document_line_get_label (line));
  sqlite3_bind_int64 (stmt, 3, lt_document_line_get_price_cents (line));
  lt_store_bind_text (stmt, 4, lt_enum_to_nick (LT_TYPE_RECURRENCE, lt_document_line_get_recurrence (line)));
  sqlite3_bind_int64 (stmt, 5, lt_document_line_get_id (line));
  sqlite3_bind_int64 (stmt, 6, lt_document_line_get_revision (line));
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

/* state and the date column that goes with it; the revision read must
 * still be the row's. */
static gboolean
set_state (LtStore          *self,
           LtDocument       *doc,
           LtDocumentState   state,
           const char       *date_column,
           gint64            replaced_by_id,
           GError          **error)
{
  g_autofree char *today = today_iso ();
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
      !check_content (self, document_id, error) ||
      !set_state (self, doc, LT_DOCUMENT_STATE_SENT, "sent_on", 0, error))
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
      !set_state (self, doc, LT_DOCUMENT_STATE_SIGNED, "signed_on", 0, error))
    goto fail;

  /* A signed document never changes again: its PDF is frozen now, in the
   * same transaction (when the application installed a renderer). */
  if (lt_store_has_pdf_renderer () &&
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
                    LT_DOCUMENT_STATE_REPLACED, NULL, document_id, error))
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
      !set_state (self, doc, LT_DOCUMENT_STATE_REFUSED, "refused_on", 0, error))
    goto fail;

  if (!lt_store_commit (self, error))
    return NULL;

  g_ptr_array_add (messages, state_message (lt_document_get_kind (doc), LT_DOCUMENT_STATE_REFUSED));
  return outcome_new (document_id, messages);

fail:
  lt_store_rollback (self);
  return NULL;
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
