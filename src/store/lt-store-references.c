/* lt-store-references.c: ids that are nobody's — said plainly, before SQLite's words */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-store-private.h"

/* What a number that was never given is called, per table. */
static const struct {
  const char *table;
  const char *message;  /* N_(), with the id */
} never_existed_messages[] = {
  { "staff",          N_("Intervenant %s does not exist: check the number.") },
  { "affaires",       N_("Affaire %s does not exist: check the number.") },
  { "contacts",       N_("Contact %s does not exist: check the number.") },
  { "categories",     N_("Catégorie %s does not exist: check the number.") },
  { "prestations",    N_("Prestation %s does not exist: check the number.") },
  { "steps",          N_("Tâche or demande %s of the catalogue does not exist: check the number.") },
  { "step_links",     N_("Dependency %s does not exist: check the number.") },
  { "terms",          N_("Conditions générales %s do not exist: check the number.") },
  { "documents",      N_("Document %s does not exist: check the number.") },
  { "document_lines", N_("Line %s of a document does not exist: check the number.") },
  { "projects",       N_("Project %s does not exist: check the number.") },
  { "assignments",    N_("Prestation %s of a project does not exist: check the number.") },
  { "tasks",          N_("Tâche %s does not exist: check the number.") },
  { "task_links",     N_("Dependency %s between tâches does not exist: check the number.") },
};

/* LT_ERROR_NOT_FOUND: « Affaire 12 does not exist: check the number. » */
static void
set_does_not_exist (const char  *table,
                    gint64       id,
                    GError     **error)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  const char *message = N_("Record %s does not exist: check the number.");

  for (guint i = 0; i < G_N_ELEMENTS (never_existed_messages); i++)
    if (g_str_equal (never_existed_messages[i].table, table))
      message = never_existed_messages[i].message;

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND, _(message), number);
#pragma GCC diagnostic pop
}

/**
 * lt_store_set_never_existed_error:
 * @table: a table of the schema (a constant: it is written into the SQL)
 *
 * « Someone else deleted it » is wrong for a number never given: when @id
 * is above every id @table holds (ids are given in increasing order), sets
 * LT_ERROR_NOT_FOUND saying it does not exist and returns %TRUE.
 */
gboolean
lt_store_set_never_existed_error (LtStore     *self,
                                  const char  *table,
                                  gint64       id,
                                  GError     **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gboolean never = FALSE;
  gboolean named = FALSE;

  /* the firm's single row keeps its own message */
  for (guint i = 0; i < G_N_ELEMENTS (never_existed_messages); i++)
    named = named || g_str_equal (never_existed_messages[i].table, table);
  if (!named)
    return FALSE;

  sql = g_strdup_printf ("SELECT coalesce(max(id), 0) FROM %s", table);
  if ((stmt = lt_store_prepare (self, sql, NULL)) == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    never = id <= 0 || id > sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (!never)
    return FALSE;

  set_does_not_exist (table, id, error);
  return TRUE;
}

/**
 * lt_store_require_row:
 * @table: a table of the schema (a constant)
 * @id: the id a record refers to; 0 is « none » and passes
 *
 * A reference to a row that is not there is said plainly, before the
 * FOREIGN KEY would refuse it with SQLite's words.
 */
gboolean
lt_store_require_row (LtStore     *self,
                      const char  *table,
                      gint64       id,
                      GError     **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (id == 0)
    return TRUE;

  sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?", table);
  if ((stmt = lt_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = lt_store_step (self, stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  set_does_not_exist (table, id, error);
  return FALSE;
}

/* The tables lt_store_set_stale_error may name, with their constant SQL. */
static const struct {
  const char *table;
  const char *sql;
} exists_sql[] = {
  { "firm", "SELECT 1 FROM firm WHERE id = ?" },
  { "staff", "SELECT 1 FROM staff WHERE id = ?" },
  { "affaires", "SELECT 1 FROM affaires WHERE id = ?" },
  { "contacts", "SELECT 1 FROM contacts WHERE id = ?" },
  { "categories", "SELECT 1 FROM categories WHERE id = ?" },
  { "prestations", "SELECT 1 FROM prestations WHERE id = ?" },
  { "steps", "SELECT 1 FROM steps WHERE id = ?" },
  { "step_links", "SELECT 1 FROM step_links WHERE id = ?" },
  { "terms", "SELECT 1 FROM terms WHERE id = ?" },
  { "documents", "SELECT 1 FROM documents WHERE id = ?" },
  { "document_lines", "SELECT 1 FROM document_lines WHERE id = ?" },
  { "projects", "SELECT 1 FROM projects WHERE id = ?" },
  { "assignments", "SELECT 1 FROM assignments WHERE id = ?" },
  { "tasks", "SELECT 1 FROM tasks WHERE id = ?" },
  { "task_links", "SELECT 1 FROM task_links WHERE id = ?" },
};

void
lt_store_set_stale_error (LtStore     *self,
                          const char  *table,
                          gint64       id,
                          const char  *conflict_message,
                          const char  *not_found_message,
                          GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean exists = FALSE;

  g_return_if_fail (LT_IS_STORE (self));

  for (guint i = 0; i < G_N_ELEMENTS (exists_sql); i++)
    {
      if (g_str_equal (exists_sql[i].table, table))
        {
          stmt = lt_store_prepare (self, exists_sql[i].sql, NULL);
          break;
        }
    }
  g_return_if_fail (stmt != NULL);

  sqlite3_bind_int64 (stmt, 1, id);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  if (exists)
    g_set_error_literal (error, LT_ERROR, LT_ERROR_CONFLICT, conflict_message);
  else
    g_set_error_literal (error, LT_ERROR, LT_ERROR_NOT_FOUND, not_found_message);
}
