/* lt-store-export.c: every table of the database as one JSON document, in a stable order */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-export"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "lt-error.h"
#include "lt-store-export.h"
#include "lt-store-private.h"

/* Constant SQL per table: never a name built into a query. */
static const struct {
  const char *table;
  const char *sql;
} export_sql[] = {
  { "firm",           "SELECT * FROM firm ORDER BY id" },
  { "staff",          "SELECT * FROM staff ORDER BY id" },
  { "affaires",       "SELECT * FROM affaires ORDER BY id" },
  { "contacts",       "SELECT * FROM contacts ORDER BY id" },
  { "categories",     "SELECT * FROM categories ORDER BY id" },
  { "prestations",    "SELECT * FROM prestations ORDER BY id" },
  { "steps",          "SELECT * FROM steps ORDER BY id" },
  { "step_links",     "SELECT * FROM step_links ORDER BY id" },
  { "terms",          "SELECT * FROM terms ORDER BY id" },
  { "documents",      "SELECT * FROM documents ORDER BY id" },
  { "document_lines", "SELECT * FROM document_lines ORDER BY id" },
  { "projects",       "SELECT * FROM projects ORDER BY id" },
  { "assignments",    "SELECT * FROM assignments ORDER BY id" },
  { "tasks",          "SELECT * FROM tasks ORDER BY id" },
  { "task_links",     "SELECT * FROM task_links ORDER BY id" },
  { "document_renewals", "SELECT * FROM document_renewals ORDER BY document_id" },
};

static const char * const table_names[] = {
  "firm", "staff", "affaires", "contacts", "categories", "prestations",
  "steps", "step_links", "terms", "documents", "document_lines", "projects",
  "assignments", "tasks", "task_links", "document_renewals", NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (table_names) == G_N_ELEMENTS (export_sql) + 1);

const char * const *
lt_store_export_tables (void)
{
  return table_names;
}

static void
add_column (JsonBuilder  *builder,
            sqlite3_stmt *stmt,
            int           col)
{
  json_builder_set_member_name (builder, sqlite3_column_name (stmt, col));

  switch (sqlite3_column_type (stmt, col))
    {
    case SQLITE_INTEGER:
      json_builder_add_int_value (builder, sqlite3_column_int64 (stmt, col));
      break;
    case SQLITE_FLOAT:
      json_builder_add_double_value (builder, sqlite3_column_double (stmt, col));
      break;
    case SQLITE_TEXT:
      json_builder_add_string_value (builder, (const char *) sqlite3_column_text (stmt, col));
      break;
    case SQLITE_BLOB:
      {
        const guint8 *data = sqlite3_column_blob (stmt, col);
        gsize len = sqlite3_column_bytes (stmt, col);
        g_autofree char *hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, len);

        json_builder_add_string_value (builder, hash);
      }
      break;
    case SQLITE_NULL:
    default:
      json_builder_add_null_value (builder);
      break;
    }
}

static gboolean
write_text (GOutputStream  *out,
            const char     *text,
            GCancellable   *cancellable,
            GError        **error)
{
  return g_output_stream_write_all (out, text, strlen (text), NULL, cancellable, error);
}

static gboolean
export_table (LtStore        *self,
              guint           t,
              GOutputStream  *out,
              GCancellable   *cancellable,
              GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GString) chunk = g_string_new (NULL);
  guint n_rows = 0;
  int rc;

  /* Our own statement: the cache may hand the same SQL to someone else. */
  rc = sqlite3_prepare_v2 (lt_store_get_db (self), export_sql[t].sql, -1, &stmt, NULL);
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  g_string_append_printf (chunk, "%s  \"%s\": [", t > 0 ? ",\n" : "", export_sql[t].table);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) row = NULL;
      g_autofree char *text = NULL;
      int n_cols = sqlite3_column_count (stmt);

      json_builder_begin_object (builder);
      for (int c = 0; c < n_cols; c++)
        add_column (builder, stmt, c);
      json_builder_end_object (builder);

      row = json_builder_get_root (builder);
      json_generator_set_root (generator, row);
      text = json_generator_to_data (generator, NULL);

      g_string_append_printf (chunk, "%s\n    %s", n_rows > 0 ? "," : "", text);
      n_rows++;

      if (chunk->len > 64 * 1024)
        {
          if (!write_text (out, chunk->str, cancellable, error))
            return FALSE;
          g_string_truncate (chunk, 0);
        }
    }

  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  g_string_append (chunk, n_rows > 0 ? "\n  ]" : "]");

  return write_text (out, chunk->str, cancellable, error);
}

gboolean
lt_store_export_json (LtStore        *self,
                      GOutputStream  *out,
                      GCancellable   *cancellable,
                      GError        **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  /* A read transaction: one consistent snapshot even while others write
   * (DEFERRED, so a read-only store can export too). */
  if (!lt_store_exec (self, "BEGIN DEFERRED", error))
    return FALSE;

  ok = write_text (out, "{\n", cancellable, error);
  for (guint t = 0; ok && t < G_N_ELEMENTS (export_sql); t++)
    ok = export_table (self, t, out, cancellable, error);
  if (ok)
    ok = write_text (out, "\n}\n", cancellable, error);

  lt_store_exec (self, "COMMIT", NULL);

  return ok;
}

char *
lt_store_export_to_string (LtStore  *self,
                           GError  **error)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  if (!lt_store_export_json (self, out, NULL, error) ||
      !g_output_stream_write_all (out, "", 1, NULL, NULL, error) ||
      !g_output_stream_close (out, NULL, error))
    return NULL;

  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}
