/* lt-store-renewal.c: renouvellement documentaire — preview from the database, then one substitutive per client */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-renewal"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-store-document-ops.h"
#include "lt-store-pdf.h"
#include "lt-store-private.h"
#include "lt-store-renewal.h"

void
lt_renewal_result_free (LtRenewalResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->created_ids, g_array_unref);
  g_clear_pointer (&result->failures, g_ptr_array_unref);
  g_free (result);
}

static LtRenewalResult *
renewal_result_new (void)
{
  LtRenewalResult *result = g_new0 (LtRenewalResult, 1);

  result->created_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  result->failures = g_ptr_array_new_with_free_func (g_free);
  return result;
}

/* The current version of the prestation each scope line points at, archived
 * or not (the plan shows an archived one as such). */
static gboolean
load_current_prestations (LtStore     *self,
                          LtScope     *scope,
                          GHashTable  *current,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = lt_store_prepare (self,
                           "SELECT cur.id, cur.name, cur.archived FROM prestations AS old"
                           " JOIN prestations AS cur"
                           "   ON COALESCE (cur.family_id, cur.id) = COALESCE (old.family_id, old.id)"
                           " WHERE old.id = ? ORDER BY cur.is_current DESC, cur.version DESC LIMIT 1",
                           error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < scope->lines->len; i++)
    {
      gint64 id = lt_document_line_get_prestation_id (g_ptr_array_index (scope->lines, i));
      int rc;

      if (id == 0 || g_hash_table_contains (current, &id))
        continue;

      sqlite3_bind_int64 (stmt, 1, id);
      rc = lt_store_step (self, stmt);
      if (rc == SQLITE_ROW)
        {
          LtPrestation *prestation = lt_prestation_new ();

          lt_prestation_set_id (prestation, sqlite3_column_int64 (stmt, 0));
          lt_prestation_set_name (prestation, (const char *) sqlite3_column_text (stmt, 1));
          lt_prestation_set_archived (prestation, sqlite3_column_int (stmt, 2) != 0);
          g_hash_table_insert (current, g_memdup2 (&id, sizeof id), prestation);
        }
      sqlite3_reset (stmt);
      if (!lt_store_check_step (self, rc, error))
        return FALSE;
    }

  return TRUE;
}

/* The newest substitutive draft of the affaire, 0 when none: renewing
 * again would silently make a second one. */
static gboolean
find_substitutive_draft (LtStore  *self,
                         gint64    affaire_id,
                         gint64   *draft_id,
                         GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = lt_store_prepare (self,
                           "SELECT id FROM documents WHERE affaire_id = ?"
                           " AND kind = 'lettre-de-mission-substitutive' AND state = 'draft'"
                           " ORDER BY id DESC LIMIT 1",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, affaire_id);
  rc = lt_store_step (self, stmt);
  *draft_id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return lt_store_check_step (self, rc, error);
}

/**
 * lt_store_renewal_prepare:
 * @refused: (out) (optional) (element-type utf8) (transfer full): why some
 *   clients were left out
 *
 * Returns: (transfer full) (nullable): the plan, previewed; %NULL with
 *   @error for a bad coefficient or a database failure.
 */
LtRenewalPlan *
lt_store_renewal_prepare (LtStore        *self,
                          const gint64   *affaire_ids,
                          guint           n_affaires,
                          gint64          coefficient_ppm,
                          LtRounding      rounding,
                          GPtrArray     **refused,
                          GError        **error)
{
  g_autoptr(LtRenewalPlan) plan = NULL;
  g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) current = NULL;
  gint64 terms_id;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  plan = lt_renewal_plan_new (coefficient_ppm, rounding, error);
  if (plan == NULL)
    return NULL;

  terms_id = lt_store_current_terms_id (self, error);
  if (terms_id < 0)
    return NULL;
  lt_renewal_plan_set_terms_id (plan, terms_id);

  current = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  for (guint i = 0; i < n_affaires; i++)
    {
      g_autoptr(LtAffaire) affaire = NULL;
      g_autoptr(LtScope) scope = NULL;
      g_autoptr(GError) local_error = NULL;

      affaire = lt_store_load_affaire (self, affaire_ids[i], &local_error);
      if (affaire != NULL)
        scope = lt_store_get_scope (self, affaire_ids[i], &local_error);

      if (scope != NULL &&
          load_current_prestations (self, scope, current, &local_error) &&
          lt_renewal_plan_add_client (plan, affaire, scope, current, &local_error))
        {
          gint64 draft_id = 0;

          if (!find_substitutive_draft (self, affaire_ids[i], &draft_id, error))
            return NULL;
          lt_renewal_plan_set_draft (plan, affaire_ids[i], draft_id);
          continue;
        }

      if (local_error->domain == LT_ERROR &&
          (local_error->code == LT_ERROR_NOT_FOUND ||
           local_error->code == LT_ERROR_NO_LETTER ||
           local_error->code == LT_ERROR_NOT_A_CLIENT))
        g_ptr_array_add (reasons, g_strdup (local_error->message));
      else
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  if (refused != NULL)
    *refused = g_steal_pointer (&reasons);

  return g_steal_pointer (&plan);
}

static gboolean
delete_draft (LtStore  *self,
              gint64    draft_id,
              GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = lt_store_prepare (self, "DELETE FROM documents WHERE id = ? AND state = 'draft'", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, draft_id);
  rc = lt_store_step (self, stmt);
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;
  if (sqlite3_changes (lt_store_get_db (self)) == 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, draft_id);

      g_set_error (error, LT_ERROR, LT_ERROR_CONFLICT,
                   _("The draft to replace (n° %s) was sent or deleted since the preview: preview the renewal again."),
                   number);
      return FALSE;
    }
  lt_store_notify (self, "documents", draft_id, LT_STORE_CHANGE_DELETE);
  return TRUE;
}

static gboolean
mark_renewal (LtStore        *self,
              LtRenewalPlan  *plan,
              gint64          document_id,
              GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = lt_store_prepare (self,
                           "INSERT INTO document_renewals (document_id, coefficient_ppm, rounding, effective_on)"
                           " VALUES (?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, document_id);
  sqlite3_bind_int64 (stmt, 2, lt_renewal_plan_get_coefficient_ppm (plan));
  lt_store_bind_text (stmt, 3, lt_enum_to_nick (LT_TYPE_ROUNDING, lt_renewal_plan_get_rounding (plan)));
  lt_store_bind_text (stmt, 4, lt_renewal_plan_get_effective_on (plan));
  rc = lt_store_step (self, stmt);
  sqlite3_reset (stmt);
  return lt_store_check_step (self, rc, error);
}

/**
 * lt_store_renewal_get_info:
 * @coefficient_ppm: (out): the coefficient the renewal applied
 * @effective_on: (out) (transfer full): from when, ISO
 *
 * Returns: whether @document_id was drafted by a renewal; %FALSE with
 *   @error set only when the database failed.
 */
gboolean
lt_store_renewal_get_info (LtStore   *self,
                           gint64     document_id,
                           gint64    *coefficient_ppm,
                           char     **effective_on,
                           GError   **error)
{
  sqlite3_stmt *stmt;
  gboolean found;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  *coefficient_ppm = 0;
  *effective_on = NULL;

  stmt = lt_store_prepare (self,
                           "SELECT coefficient_ppm, effective_on FROM document_renewals WHERE document_id = ?",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, document_id);
  rc = lt_store_step (self, stmt);
  found = rc == SQLITE_ROW;
  if (found)
    {
      *coefficient_ppm = sqlite3_column_int64 (stmt, 0);
      *effective_on = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    {
      g_clear_pointer (effective_on, g_free);
      return FALSE;
    }
  return found;
}

static gboolean
renew_client (LtStore          *self,
              LtRenewalPlan    *plan,
              LtRenewalClient  *client,
              gint64           *created_id,
              GError          **error)
{
  g_autoptr(LtAffaire) affaire = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LtDocument) doc = NULL;
  LtDocument *letter;

  if (!lt_renewal_client_check_draft (client, error) ||
      !lt_renewal_client_check_lines (client, error))
    return FALSE;

  if (!lt_store_begin (self, error))
    return FALSE;

  /* Replacing the waiting draft is part of the same transaction. */
  if (client->draft_id != 0 && client->draft_choice == LT_RENEWAL_DRAFT_REPLACE &&
      !delete_draft (self, client->draft_id, error))
    goto fail;

  if (!(affaire = lt_store_load_affaire (self, client->affaire_id, error)) ||
      !(docs = lt_store_load_affaire_documents (self, client->affaire_id, error)) ||
      !lt_document_rules_check_kind (affaire, docs, LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE, error))
    goto fail;

  /* The preview was made from a letter that must still be the one in force. */
  letter = lt_document_rules_current_letter (docs);
  if (letter == NULL || lt_document_get_id (letter) != client->letter_id)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_CONFLICT,
                   _("The engagement letter of « %s » changed since the preview: preview the renewal again."),
                   client->name);
      goto fail;
    }

  for (guint i = 0; i < client->lines->len; i++)
    {
      LtRenewalLine *src = g_ptr_array_index (client->lines, i);
      LtDocumentLine *line;

      if (!LT_RENEWAL_LINE_INCLUDED (src))
        continue;

      line = lt_document_line_new ();

      lt_document_line_set_prestation_id (line, src->new_prestation_id);
      lt_document_line_set_label (line, src->new_label);
      lt_document_line_set_price_cents (line, src->new_price_cents);
      lt_document_line_set_recurrence (line, src->recurrence);
      g_ptr_array_add (lines, line);
    }

  doc = lt_store_document_insert_draft (self, affaire, LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE,
                                        client->letter_id, lt_renewal_plan_get_terms_id (plan),
                                        lines, error);
  if (doc == NULL || !mark_renewal (self, plan, lt_document_get_id (doc), error))
    goto fail;

  if (!lt_store_commit (self, error))
    return FALSE;

  *created_id = lt_document_get_id (doc);
  return TRUE;

fail:
  lt_store_rollback (self);
  return FALSE;
}

/**
 * lt_store_renewal_apply:
 *
 * Every draft is written in one transaction: a cancel, a fault of the
 * database or a kill leaves none of them; a client whose rule fails is
 * left out and named in the result's failures.
 *
 * Returns: (transfer full) (nullable): what was created, what failed, and
 *   whether it was cancelled (then nothing was created); %NULL with @error
 *   when the database failed.
 */
LtRenewalResult *
lt_store_renewal_apply (LtStore                *self,
                        LtRenewalPlan          *plan,
                        GCancellable           *cancellable,
                        LtRenewalProgressFunc   progress,
                        gpointer                progress_data,
                        GError                **error)
{
  g_autoptr(LtRenewalResult) result = renewal_result_new ();
  guint done = 0;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);
  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (plan), NULL);

  if (!lt_store_check_writable (self, error))
    return NULL;

  result->n_total = lt_renewal_plan_get_n_included (plan);

  /* All or nothing: one transaction for the whole renewal, each client in
   * a savepoint of it. A client whose rule fails is left out and named; a
   * cancel or a fault of the database undoes every draft. */
  if (!lt_store_begin (self, error))
    return NULL;

  for (guint i = 0; i < lt_renewal_plan_get_n_clients (plan); i++)
    {
      LtRenewalClient *client = lt_renewal_plan_get_client (plan, i);
      g_autoptr(GError) local_error = NULL;
      gint64 id = 0;

      if (client->excluded)
        continue;

      if (g_cancellable_is_cancelled (cancellable))
        {
          result->cancelled = TRUE;
          break;
        }

      if (renew_client (self, plan, client, &id, &local_error))
        g_array_append_val (result->created_ids, id);
      else if (lt_error_is_fault (local_error))
        {
          lt_store_rollback (self);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      else
        g_ptr_array_add (result->failures,
                         g_strdup_printf ("%s — %s", client->name, local_error->message));

      done++;
      if (progress != NULL)
        progress (done, result->n_total, progress_data);
    }

  if (result->cancelled)
    {
      lt_store_rollback (self);
      g_array_set_size (result->created_ids, 0);
      return g_steal_pointer (&result);
    }

  if (!lt_store_commit (self, error))
    return NULL;

  return g_steal_pointer (&result);
}

typedef struct {
  char                  *path;
  LtRenewalPlan         *plan;
  LtRenewalProgressFunc  progress;
  gpointer               progress_data;
  GMainContext          *context;
  LtStorePdfRenderer     renderer;       /* the caller's store's */
  gpointer               renderer_data;
} ApplyData;

typedef struct {
  LtRenewalProgressFunc  progress;
  gpointer               progress_data;
  guint                  done;
  guint                  total;
} ProgressReport;

static void
apply_data_free (ApplyData *data)
{
  g_free (data->path);
  g_clear_object (&data->plan);
  g_clear_pointer (&data->context, g_main_context_unref);
  g_free (data);
}

static gboolean
report_progress_cb (gpointer user_data)
{
  ProgressReport *report = user_data;

  report->progress (report->done, report->total, report->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_in_thread (guint    done,
                    guint    total,
                    gpointer user_data)
{
  ApplyData *data = user_data;
  ProgressReport *report = g_new0 (ProgressReport, 1);

  report->progress = data->progress;
  report->progress_data = data->progress_data;
  report->done = done;
  report->total = total;
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT,
                              report_progress_cb, report, g_free);
}

static void
apply_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ApplyData *data = task_data;
  g_autoptr(LtStore) store = NULL;
  LtRenewalResult *result;
  GError *error = NULL;

  /* A connection of our own: the main thread keeps reading meanwhile. */
  store = lt_store_open (data->path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  lt_store_set_pdf_renderer (store, data->renderer, data->renderer_data);

  result = lt_store_renewal_apply (store, data->plan, cancellable,
                                   data->progress != NULL ? progress_in_thread : NULL,
                                   data, &error);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) lt_renewal_result_free);
}

void
lt_store_renewal_apply_async (LtStore                *self,
                              LtRenewalPlan          *plan,
                              GCancellable           *cancellable,
                              LtRenewalProgressFunc   progress,
                              gpointer                progress_data,
                              GAsyncReadyCallback     callback,
                              gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  ApplyData *data;

  g_return_if_fail (LT_IS_STORE (self));
  g_return_if_fail (LT_IS_RENEWAL_PLAN (plan));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lt_store_renewal_apply_async);
  /* Cancelling stops between clients and undoes the drafts made so far. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_set_check_cancellable (task, FALSE);

  data = g_new0 (ApplyData, 1);
  data->path = g_strdup (lt_store_get_path (self));
  data->plan = g_object_ref (plan);
  data->progress = progress;
  data->progress_data = progress_data;
  data->context = g_main_context_ref_thread_default ();
  data->renderer = lt_store_get_pdf_renderer (self, &data->renderer_data);
  g_task_set_task_data (task, data, (GDestroyNotify) apply_data_free);

  g_task_run_in_thread (task, apply_thread);
}

/**
 * lt_store_renewal_apply_finish:
 *
 * Returns: (transfer full) (nullable): the result; the changes are
 *   announced on @self.
 */
LtRenewalResult *
lt_store_renewal_apply_finish (LtStore       *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  LtRenewalResult *renewal;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  renewal = g_task_propagate_pointer (G_TASK (result), error);
  if (renewal == NULL)
    return NULL;

  /* Written on another connection: tell this one's lists. */
  for (guint i = 0; i < renewal->created_ids->len; i++)
    lt_store_notify (self, "documents", g_array_index (renewal->created_ids, gint64, i),
                     LT_STORE_CHANGE_INSERT);

  return renewal;
}
