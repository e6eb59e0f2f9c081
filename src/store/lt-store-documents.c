/* lt-store-documents.c: CRUD of documents, their lines, and the conditions générales */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-query-model.h"
#include "lt-store-documents.h"
#include "lt-store-private.h"

/* terms */

static gboolean
validate_terms (LtStore  *store,
                GObject  *object,
                GError  **error)
{
  LtTerms *terms = LT_TERMS (object);

  return lt_store_require_text (lt_terms_get_version (terms), LT_ERROR_NAME_REQUIRED,
                                _("The version of the conditions générales is required: "
                                  "type a version (for example 2025-1) before saving."),
                                error) &&
         lt_store_check_date (lt_terms_get_effective_on (terms), FALSE, error);
}

static const LtEntity terms_entity = {
  .table = "terms",
  .get_type = lt_terms_get_type,
  .conflict_message = N_("These conditions générales were changed by someone else; reload them before saving."),
  .not_found_message = N_("These conditions générales no longer exist: someone else deleted them."),
  .validate = validate_terms,
};

gboolean
lt_store_add_terms (LtStore  *self,
                    LtTerms  *terms,
                    GError  **error)
{
  g_return_val_if_fail (LT_IS_TERMS (terms), FALSE);

  return lt_store_row_add (self, &terms_entity, G_OBJECT (terms), error);
}

/**
 * lt_store_get_terms:
 *
 * Returns: (transfer full): the version, or %NULL (LT_ERROR_NOT_FOUND)
 */
LtTerms *
lt_store_get_terms (LtStore  *self,
                    gint64    id,
                    GError  **error)
{
  return lt_store_row_get (self, &terms_entity, id, error);
}

gboolean
lt_store_update_terms (LtStore  *self,
                       LtTerms  *terms,
                       GError  **error)
{
  g_return_val_if_fail (LT_IS_TERMS (terms), FALSE);

  return lt_store_row_update (self, &terms_entity, G_OBJECT (terms), error);
}

gboolean
lt_store_delete_terms (LtStore  *self,
                       gint64    id,
                       gint64    revision,
                       GError  **error)
{
  return lt_store_row_delete (self, &terms_entity, id, revision, error);
}

/* documents */

static gboolean
validate_document (LtStore  *store,
                   GObject  *object,
                   GError  **error)
{
  LtDocument *document = LT_DOCUMENT (object);

  return lt_store_check_date (lt_document_get_sent_on (document), TRUE, error) &&
         lt_store_check_date (lt_document_get_signed_on (document), TRUE, error) &&
         lt_store_check_date (lt_document_get_refused_on (document), TRUE, error);
}

const LtEntity lt_document_entity = {
  .table = "documents",
  .alias = "d",
  .from_sql = "documents d LEFT JOIN affaires a ON a.id = d.affaire_id",
  .display_sql = "a.name",
  .get_type = lt_document_get_type,
  .conflict_message = N_("This document was changed by someone else; reload it before saving."),
  .not_found_message = N_("This document no longer exists: someone else deleted it."),
  .validate = validate_document,
};

gboolean
lt_store_add_document (LtStore     *self,
                       LtDocument  *document,
                       GError     **error)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (document), FALSE);

  return lt_store_row_add (self, &lt_document_entity, G_OBJECT (document), error);
}

/**
 * lt_store_get_document:
 *
 * Returns: (transfer full): the document (with its affaire-name), or %NULL
 *   (LT_ERROR_NOT_FOUND)
 */
LtDocument *
lt_store_get_document (LtStore  *self,
                       gint64    id,
                       GError  **error)
{
  return lt_store_row_get (self, &lt_document_entity, id, error);
}

gboolean
lt_store_update_document (LtStore     *self,
                          LtDocument  *document,
                          GError     **error)
{
  g_return_val_if_fail (LT_IS_DOCUMENT (document), FALSE);

  return lt_store_row_update (self, &lt_document_entity, G_OBJECT (document), error);
}

gboolean
lt_store_delete_document (LtStore  *self,
                          gint64    id,
                          gint64    revision,
                          GError  **error)
{
  return lt_store_row_delete (self, &lt_document_entity, id, revision, error);
}

/* document lines */

static gboolean
validate_line (LtStore  *store,
               GObject  *object,
               GError  **error)
{
  LtDocumentLine *line = LT_DOCUMENT_LINE (object);

  if (!lt_store_require_text (lt_document_line_get_label (line), LT_ERROR_NAME_REQUIRED,
                              _("The label of the line is required: name the prestation before saving."),
                              error))
    return FALSE;

  if (lt_document_line_get_price_cents (line) < 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NEGATIVE_PRICE,
                   _("The honoraires of a line cannot be negative: type an amount of 0 € or more."));
      return FALSE;
    }

  return TRUE;
}

const LtEntity lt_document_line_entity = {
  .table = "document_lines",
  .get_type = lt_document_line_get_type,
  .conflict_message = N_("This line of the document was changed by someone else; reload it before saving."),
  .not_found_message = N_("This line of the document no longer exists: someone else deleted it."),
  .validate = validate_line,
};

gboolean
lt_store_add_document_line (LtStore         *self,
                            LtDocumentLine  *line,
                            GError         **error)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_LINE (line), FALSE);

  return lt_store_row_add (self, &lt_document_line_entity, G_OBJECT (line), error);
}

/**
 * lt_store_get_document_line:
 *
 * Returns: (transfer full): the line, or %NULL (LT_ERROR_NOT_FOUND)
 */
LtDocumentLine *
lt_store_get_document_line (LtStore  *self,
                            gint64    id,
                            GError  **error)
{
  return lt_store_row_get (self, &lt_document_line_entity, id, error);
}

gboolean
lt_store_update_document_line (LtStore         *self,
                               LtDocumentLine  *line,
                               GError         **error)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_LINE (line), FALSE);

  return lt_store_row_update (self, &lt_document_line_entity, G_OBJECT (line), error);
}

gboolean
lt_store_delete_document_line (LtStore  *self,
                               gint64    id,
                               gint64    revision,
                               GError  **error)
{
  return lt_store_row_delete (self, &lt_document_line_entity, id, revision, error);
}

/* lists */

/**
 * lt_store_list_terms:
 *
 * Returns: (transfer full): a lazy list of LtTerms
 */
GListModel *
lt_store_list_terms (LtStore *self)
{
  return lt_store_row_list (self, &terms_entity,
                            "SELECT id FROM terms ORDER BY effective_on DESC, id DESC",
                            NULL, NULL);
}

/**
 * lt_store_list_documents:
 *
 * Returns: (transfer full): a lazy list of LtDocument
 */
GListModel *
lt_store_list_documents (LtStore *self,
                         gint64   affaire_id)
{
  static const char * const dependencies[] = { "affaires", NULL };

  return lt_store_row_list (self, &lt_document_entity,
                            "SELECT id FROM documents WHERE (?1 = 0 OR affaire_id = ?1) "
                            "ORDER BY created_at, id",
                            g_variant_new ("(x)", affaire_id), dependencies);
}

/**
 * lt_store_list_document_lines:
 *
 * Returns: (transfer full): a lazy list of LtDocumentLine
 */
GListModel *
lt_store_list_document_lines (LtStore *self,
                              gint64   document_id)
{
  static const char * const dependencies[] = { "documents", "affaires", NULL };

  return lt_store_row_list (self, &lt_document_line_entity,
                            "SELECT id FROM document_lines WHERE document_id = ?1 ORDER BY position, id",
                            g_variant_new ("(x)", document_id), dependencies);
}
