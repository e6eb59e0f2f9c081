/* lt-store-pdf.c: what a document's PDF needs, gathered from the store; PDFs frozen as sent */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-pdf"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lettrine-core.h"
#include "lt-store-affaires.h"
#include "lt-store-catalogue.h"
#include "lt-store-document-ops.h"
#include "lt-store-documents.h"
#include "lt-store-pdf.h"
#include "lt-store-private.h"
#include "lt-store-projects.h"
#include "lt-store-renewal.h"

/* The first item of @model matching @func, or NULL. (transfer full) */
static gpointer
find_item (GListModel *model,
           gboolean  (*func) (gpointer item, gpointer data),
           gpointer    data)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      gpointer item = g_list_model_get_item (model, i);

      if (func (item, data))
        return item;
      g_object_unref (item);
    }

  return NULL;
}

static gboolean
is_signatory (gpointer item,
              gpointer data)
{
  return lt_contact_get_is_signatory (item);
}

static gboolean
has_staff (gpointer item,
           gpointer data)
{
  return lt_project_get_staff_id (item) != 0;
}

static gboolean
gather_obligations (LtStore            *self,
                    LtDocumentContent  *content,
                    GError            **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < content->lines->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (content->lines, i);
      gint64 prestation_id = lt_document_line_get_prestation_id (line);
      g_autoptr(GListModel) steps = NULL;
      guint n;

      if (prestation_id == 0 || g_hash_table_contains (seen, &prestation_id))
        continue;
      g_hash_table_add (seen, g_memdup2 (&prestation_id, sizeof prestation_id));

      steps = lt_store_list_steps (self, prestation_id);
      n = g_list_model_get_n_items (steps);
      for (guint s = 0; s < n; s++)
        {
          g_autoptr(LtStep) step = g_list_model_get_item (steps, s);

          lt_document_content_add_obligation_worded (content, lt_document_line_get_label (line),
                                                     lt_step_get_title (step), lt_step_get_client_title (step),
                                                     lt_step_get_kind (step), lt_step_get_delay_days (step));
        }
    }

  return TRUE;
}

/* Each line's mission is its prestation's (the version the line names); a
 * line without one counts as a présentation. */
static void
gather_missions (LtStore           *self,
                 LtDocumentContent *content)
{
  for (guint i = 0; i < content->lines->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (content->lines, i);
      gint64 prestation_id = lt_document_line_get_prestation_id (line);
      g_autoptr(LtPrestation) prestation = NULL;
      LtMission mission = LT_MISSION_PRESENTATION;

      if (prestation_id != 0 &&
          (prestation = lt_store_get_prestation (self, prestation_id, NULL)) != NULL)
        mission = lt_prestation_get_mission (prestation);
      g_array_append_val (content->missions, mission);
    }
}

/* A substitutive replaces the letter and avenants of the current scope:
 * once signed, those pointing at it; before, those still in force. */
static void
gather_replaced (LtStore           *self,
                 LtDocumentContent *content)
{
  g_autoptr(GListModel) documents = lt_store_list_documents (self, lt_affaire_get_id (content->affaire));
  gint64 id = lt_document_get_id (content->document);
  gboolean is_signed = lt_document_get_state (content->document) == LT_DOCUMENT_STATE_SIGNED;
  guint n = g_list_model_get_n_items (documents);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LtDocument) other = g_list_model_get_item (documents, i);
      LtDocumentKind kind = lt_document_get_kind (other);
      gboolean replaced;

      if (lt_document_get_id (other) == id)
        continue;
      if (is_signed)
        replaced = lt_document_get_replaced_by_id (other) == id;
      else
        replaced = lt_document_get_state (other) == LT_DOCUMENT_STATE_SIGNED &&
                   (kind == LT_DOCUMENT_KIND_LETTRE_DE_MISSION ||
                    kind == LT_DOCUMENT_KIND_AVENANT ||
                    kind == LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE);
      if (replaced)
        g_ptr_array_add (content->replaced, g_steal_pointer (&other));
    }
}

/* The avenant amends the letter it was drafted from, or else the signed
 * letter in force. */
static LtDocument *
find_amended_letter (LtStore    *self,
                     LtDocument *avenant)
{
  g_autoptr(GListModel) documents = NULL;
  LtDocument *found = NULL;
  guint n;

  if (lt_document_get_parent_id (avenant) != 0)
    {
      LtDocument *parent = lt_store_get_document (self, lt_document_get_parent_id (avenant), NULL);

      if (parent != NULL)
        return parent;
    }

  documents = lt_store_list_documents (self, lt_document_get_affaire_id (avenant));
  n = g_list_model_get_n_items (documents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LtDocument) other = g_list_model_get_item (documents, i);
      LtDocumentKind kind = lt_document_get_kind (other);

      if (lt_document_get_state (other) == LT_DOCUMENT_STATE_SIGNED &&
          (kind == LT_DOCUMENT_KIND_LETTRE_DE_MISSION || kind == LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE))
        g_set_object (&found, other);
    }

  return found;
}

/* issue 13: what each line of an avenant changes — the line in force for
 * its prestation in the scope without this avenant, or none (it adds). */
static gboolean
gather_previous (LtStore            *self,
                 LtDocumentContent  *content,
                 GError            **error)
{
  gint64 id = lt_document_get_id (content->document);
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) families = NULL;
  g_autoptr(LtScope) scope = NULL;
  const char *signed_on = lt_document_get_signed_on (content->document);

  if (!(docs = lt_store_load_affaire_documents (self, lt_document_get_affaire_id (content->document), error)) ||
      !(families = lt_store_prestation_families (self, error)))
    return FALSE;

  /* the scope as it stood before this avenant: without it and what came after */
  for (guint i = 0; i < docs->len; i++)
    {
      LtDocument *doc = g_ptr_array_index (docs, i);
      gint64 doc_id = lt_document_get_id (doc);
      GPtrArray *doc_lines;

      if (doc_id == id || lt_document_get_state (doc) != LT_DOCUMENT_STATE_SIGNED ||
          (signed_on != NULL && g_strcmp0 (lt_document_get_signed_on (doc), signed_on) > 0))
        continue;
      if (!(doc_lines = lt_store_load_document_lines (self, doc_id, error)))
        return FALSE;
      g_ptr_array_add (others, doc);
      g_hash_table_insert (lines, g_memdup2 (&doc_id, sizeof doc_id), doc_lines);
    }

  scope = lt_document_rules_scope_full (others, lines, families, signed_on);

  for (guint i = 0; i < content->lines->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (content->lines, i);
      LtScopeEntry *entry = lt_scope_find_prestation (scope, lt_document_line_get_prestation_id (line), families);

      g_ptr_array_add (content->previous, entry != NULL ? g_object_ref (entry->line) : NULL);
    }

  return TRUE;
}

LtDocumentContent *
lt_store_get_document_content (LtStore  *self,
                               gint64    document_id,
                               GError  **error)
{
  g_autoptr(LtDocumentContent) content = lt_document_content_new ();
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(GListModel) projects = NULL;
  g_autoptr(LtProject) project = NULL;
  gint64 staff_id;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (!(content->document = lt_store_get_document (self, document_id, error)) ||
      !(content->affaire = lt_store_get_affaire (self, lt_document_get_affaire_id (content->document), error)) ||
      !(content->firm = lt_store_get_firm (self, error)) ||
      !(lines = lt_store_load_document_lines (self, document_id, error)))
    return NULL;

  for (guint i = 0; i < lines->len; i++)
    g_ptr_array_add (content->lines, g_object_ref (g_ptr_array_index (lines, i)));

  contacts = lt_store_list_contacts (self, lt_affaire_get_id (content->affaire));
  content->signatory = find_item (contacts, is_signatory, NULL);

  if (lt_document_get_terms_id (content->document) != 0 &&
      !(content->terms = lt_store_get_terms (self, lt_document_get_terms_id (content->document), error)))
    return NULL;

  switch (lt_document_get_kind (content->document))
    {
    case LT_DOCUMENT_KIND_AVENANT:
      content->parent = find_amended_letter (self, content->document);
      if (!gather_previous (self, content, error))
        return NULL;
      break;
    case LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE:
      {
        g_autoptr(GError) renewal_error = NULL;

        gather_replaced (self, content);
        if (!lt_store_renewal_get_info (self, document_id, &content->renewal_coefficient_ppm,
                                        &content->renewal_effective_on, &renewal_error) &&
            renewal_error != NULL)
          {
            g_propagate_error (error, g_steal_pointer (&renewal_error));
            return NULL;
          }
      }
      break;
    case LT_DOCUMENT_KIND_OFFRE_DE_SERVICE:
    case LT_DOCUMENT_KIND_LETTRE_DE_MISSION:
    case LT_DOCUMENT_KIND_BON_D_INTERVENTION:
    default:
      break;
    }

  /* the main intervenant: the one of the client's latest project */
  projects = lt_store_list_projects (self, lt_affaire_get_id (content->affaire));
  project = find_item (projects, has_staff, NULL);
  if (project != NULL)
    content->intervenant = lt_store_get_staff (self, lt_project_get_staff_id (project), NULL);

  staff_id = lt_affaire_get_lcbft_identified_by (content->affaire);
  if (staff_id != 0)
    content->lcbft_staff = lt_store_get_staff (self, staff_id, NULL);

  if (!gather_obligations (self, content, error))
    return NULL;
  gather_missions (self, content);

  return g_steal_pointer (&content);
}

char *
lt_store_pdf_checksum (GBytes *bytes)
{
  g_return_val_if_fail (bytes != NULL, NULL);

  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}

gboolean
lt_store_freeze_document_pdf (LtStore  *self,
                              gint64    document_id,
                              GBytes   *pdf,
                              GError  **error)
{
  g_autofree char *checksum = NULL;
  g_autofree char *existing = NULL;
  sqlite3_stmt *stmt;
  gboolean found = FALSE;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (pdf != NULL, FALSE);

  checksum = lt_store_pdf_checksum (pdf);

  if (!lt_store_begin (self, error))
    return FALSE;

  stmt = lt_store_prepare (self, "SELECT pdf_sha256 FROM documents WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, document_id);
  rc = lt_store_step (self, stmt);
  if (rc == SQLITE_ROW)
    {
      found = TRUE;
      existing = lt_store_column_text (stmt, 0);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    goto fail;

  if (!found)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                   _("The document no longer exists: it may have been deleted in the meantime."));
      goto fail;
    }

  if (existing != NULL)
    {
      if (g_str_equal (existing, checksum))
        {
          lt_store_rollback (self);
          return TRUE;
        }
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_TRANSITION,
                   _("The document’s PDF was frozen when it was sent and cannot change: draft an avenant or a new letter instead."));
      goto fail;
    }

  stmt = lt_store_prepare (self,
                           "UPDATE documents SET pdf = ?, pdf_sha256 = ?, revision = revision + 1 "
                           "WHERE id = ? AND pdf IS NULL",
                           error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_blob64 (stmt, 1, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, checksum, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, document_id);
  rc = lt_store_step (self, stmt);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    goto fail;

  lt_store_notify (self, "documents", document_id, LT_STORE_CHANGE_UPDATE);

  return lt_store_commit (self, error);

fail:
  lt_store_rollback (self);
  return FALSE;
}

GBytes *
lt_store_get_frozen_pdf (LtStore  *self,
                         gint64    document_id,
                         GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *actual = NULL;
  sqlite3_stmt *stmt;
  gboolean found = FALSE;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  stmt = lt_store_prepare (self, "SELECT pdf, pdf_sha256 FROM documents WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, document_id);
  rc = lt_store_step (self, stmt);
  if (rc == SQLITE_ROW)
    {
      found = TRUE;
      if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
      stored = lt_store_column_text (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return NULL;

  if (!found)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                   _("The document no longer exists: it may have been deleted in the meantime."));
      return NULL;
    }

  if (bytes == NULL)
    return NULL;

  actual = lt_store_pdf_checksum (bytes);
  if (stored == NULL || g_ascii_strcasecmp (stored, actual) != 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_PDF_TAMPERED,
                   _("The PDF of this document has been altered since it was sent: its content no longer matches the fingerprint recorded when it was frozen. Do not send it again; restore the database from a backup."));
      return NULL;
    }

  return g_steal_pointer (&bytes);
}

gboolean
lt_store_has_pdf_renderer (LtStore *self)
{
  return lt_store_get_pdf_renderer (self, NULL) != NULL;
}

gboolean
lt_store_freeze_document (LtStore  *self,
                          gint64    document_id,
                          GError  **error)
{
  g_autoptr(LtDocumentContent) content = NULL;
  g_autoptr(GBytes) pdf = NULL;
  LtStorePdfRenderer renderer;
  gpointer renderer_data;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  renderer = lt_store_get_pdf_renderer (self, &renderer_data);
  if (renderer == NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_RENDER,
                   _("The document cannot be frozen: no PDF renderer is available."));
      return FALSE;
    }

  if (!lt_store_begin (self, error))
    return FALSE;

  if (!(content = lt_store_get_document_content (self, document_id, error)) ||
      !(pdf = renderer (content, renderer_data, error)) ||
      !lt_store_freeze_document_pdf (self, document_id, pdf, error))
    {
      lt_store_rollback (self);
      return FALSE;
    }

  return lt_store_commit (self, error);
}
