/* lt-store-rows.c: create/read/update/delete of one table, described once */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>
#include <string.h>

#include "lt-date.h"
#include "lt-email.h"
#include "lt-enums.h"
#include "lt-error.h"
#include "lt-model.h"
#include "lt-query-model.h"
#include "lt-store-private.h"
#include "lt-text.h"
#include "lt-validate.h"

/* The SQL of an entity, built once from its model's description. */

typedef struct {
  char *select_head;
  char *select_one;
  char *insert;
  char *update;
  char *delete;
} EntitySql;

G_LOCK_DEFINE_STATIC (entity_sql);
static GHashTable *entity_sql_cache;

static const LtField *
entity_fields (const LtEntity *entity,
               guint          *n_fields)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (entity->get_type ());

  /* The model classes are never unloaded: the table outlives the reference. */
  return lt_model_class_get_fields (LT_MODEL_CLASS (klass), n_fields);
}

static gboolean
field_is_key (const LtField *field)
{
  return strcmp (field->column, "id") == 0 || strcmp (field->column, "revision") == 0;
}

/* Written by INSERT and UPDATE: a column of the table that the database
 * does not fill itself. */
static gboolean
field_is_written (const LtField *field)
{
  return !field_is_key (field) && !(field->flags & (LT_FIELD_DB_DEFAULT | LT_FIELD_DISPLAY));
}

static EntitySql *
entity_sql_build (const LtEntity *entity)
{
  EntitySql *sql = g_new0 (EntitySql, 1);
  g_autofree char *prefix = entity->alias != NULL ? g_strconcat (entity->alias, ".", NULL) : g_strdup ("");
  GString *select = g_string_new ("SELECT ");
  GString *columns = g_string_new (entity->single_row ? "id" : "");
  GString *values = g_string_new (entity->single_row ? "1" : "");
  GString *sets = g_string_new ("");
  GString *returning = g_string_new ("id, revision");
  const LtField *fields;
  guint n_fields;

  fields = entity_fields (entity, &n_fields);
  g_string_append_printf (select, "%sid, %srevision", prefix, prefix);
  for (guint i = 1; i < n_fields; i++)
    {
      const LtField *field = &fields[i];

      if (field_is_key (field) || (field->flags & LT_FIELD_DISPLAY))
        continue;
      g_string_append_printf (select, ", %s%s", prefix, field->column);
      if (field->flags & LT_FIELD_DB_DEFAULT)
        {
          g_string_append_printf (returning, ", %s", field->column);
          continue;
        }
      g_string_append_printf (columns, "%s%s", columns->len > 0 ? ", " : "", field->column);
      g_string_append_printf (values, "%s?", values->len > 0 ? ", " : "");
      g_string_append_printf (sets, "%s = ?, ", field->column);
    }
  if (entity->display_sql != NULL)
    g_string_append_printf (select, ", %s", entity->display_sql);
  if (entity->search_key != NULL)
    {
      g_string_append (columns, ", search_key");
      g_string_append (values, ", ?");
      g_string_append (sets, "search_key = ?, ");
    }
  g_string_append_printf (select, " FROM %s", entity->from_sql != NULL ? entity->from_sql : entity->table);

  sql->select_one = g_strdup_printf ("%s WHERE %sid = ?", select->str, prefix);
  sql->select_head = g_string_free (select, FALSE);
  sql->insert = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s) RETURNING %s",
                                 entity->table, columns->str, values->str, returning->str);
  sql->update = g_strdup_printf ("UPDATE %s SET %srevision = revision + 1 "
                                 "WHERE id = ? AND revision = ? RETURNING revision",
                                 entity->table, sets->str);
  sql->delete = g_strdup_printf ("DELETE FROM %s WHERE id = ? AND revision = ?", entity->table);

  g_string_free (columns, TRUE);
  g_string_free (values, TRUE);
  g_string_free (sets, TRUE);
  g_string_free (returning, TRUE);

  return sql;
}

static const EntitySql *
entity_sql (const LtEntity *entity)
{
  EntitySql *sql;

  G_LOCK (entity_sql);
  if (entity_sql_cache == NULL)
    entity_sql_cache = g_hash_table_new (NULL, NULL);
  sql = g_hash_table_lookup (entity_sql_cache, entity);
  if (sql == NULL)
    {
      sql = entity_sql_build (entity);
      g_hash_table_insert (entity_sql_cache, (gpointer) entity, sql);
    }
  G_UNLOCK (entity_sql);

  return sql;
}

const char *
lt_store_entity_select (const LtEntity *entity)
{
  return entity_sql (entity)->select_head;
}

GPtrArray *
lt_store_rows_select (LtStore         *self,
                      const LtEntity  *entity,
                      const char      *clause,
                      gint64           param,
                      GError         **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = g_strconcat (lt_store_entity_select (entity), " ", clause, NULL);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if ((stmt = lt_store_prepare (self, sql, error)) == NULL)
    return NULL;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, param);
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      GObject *object = g_object_new (entity->get_type (), NULL);

      lt_store_row_read (entity, stmt, object);
      g_ptr_array_add (rows, object);
    }
  sqlite3_reset (stmt);
  if (!lt_store_check_step (self, rc, error))
    return NULL;

  return g_steal_pointer (&rows);
}

/* Binding: each column's value comes from its field, typed by the
 * description. */

static gboolean
number_is_absent (const LtField *field,
                  gint64         n)
{
  /* An id (never negative) is absent at 0, an optional number at -1. */
  return (field->flags & LT_FIELD_NULL_IF_ABSENT) && (field->minimum == 0 ? n == 0 : n < 0);
}

static void
bind_field (sqlite3_stmt  *stmt,
            int            index,
            LtModel       *object,
            guint          prop_id,
            const LtField *field)
{
  gconstpointer p = lt_model_peek (object, prop_id);

  switch (field->type)
    {
    case LT_FIELD_INT64:
    case LT_FIELD_INT:
      {
        gint64 n = field->type == LT_FIELD_INT64 ? *(const gint64 *) p : *(const int *) p;

        if (number_is_absent (field, n))
          sqlite3_bind_null (stmt, index);
        else
          sqlite3_bind_int64 (stmt, index, n);
      }
      break;
    case LT_FIELD_BOOLEAN:
      sqlite3_bind_int (stmt, index, *(const gboolean *) p ? 1 : 0);
      break;
    case LT_FIELD_DOUBLE:
      sqlite3_bind_double (stmt, index, *(const double *) p);
      break;
    case LT_FIELD_ENUM:
      sqlite3_bind_text (stmt, index, lt_enum_to_nick (field->enum_type (), *(const int *) p), -1,
                         SQLITE_STATIC);
      break;
    case LT_FIELD_TEXT:
    case LT_FIELD_OPTIONAL_TEXT:
      {
        const char *text = *(char * const *) p;

        if ((field->flags & LT_FIELD_NULL_IF_ABSENT) && (text == NULL || *text == '\0'))
          sqlite3_bind_null (stmt, index);
        else
          sqlite3_bind_text (stmt, index, text ? text : "", -1, SQLITE_TRANSIENT);
      }
      break;
    case LT_FIELD_BYTES:
      {
        GBytes *bytes = *(GBytes * const *) p;

        if (bytes == NULL)
          sqlite3_bind_null (stmt, index);
        else
          sqlite3_bind_blob64 (stmt, index, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               SQLITE_TRANSIENT);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static int
bind_columns (const LtEntity *entity,
              sqlite3_stmt   *stmt,
              GObject        *object)
{
  const LtField *fields;
  guint n_fields;
  int index = 1;

  fields = entity_fields (entity, &n_fields);
  for (guint i = 1; i < n_fields; i++)
    if (field_is_written (&fields[i]))
      bind_field (stmt, index++, LT_MODEL (object), i, &fields[i]);

  if (entity->search_key != NULL)
    {
      g_autofree char *key = entity->search_key (object);

      sqlite3_bind_text (stmt, index++, key ? key : "", -1, SQLITE_TRANSIENT);
    }

  return index;
}

static void
read_field (sqlite3_stmt  *stmt,
            int            col,
            LtModel       *object,
            guint          prop_id,
            const LtField *field)
{
  gboolean is_null = sqlite3_column_type (stmt, col) == SQLITE_NULL;
  gint64 absent = (field->flags & LT_FIELD_NULL_IF_ABSENT) && field->minimum < 0 ? -1 : 0;

  switch (field->type)
    {
    case LT_FIELD_INT64:
      {
        gint64 n = is_null ? absent : sqlite3_column_int64 (stmt, col);
        lt_model_set_value (object, prop_id, &n, sizeof n);
      }
      break;
    case LT_FIELD_INT:
      {
        int n = is_null ? (int) absent : sqlite3_column_int (stmt, col);
        lt_model_set_value (object, prop_id, &n, sizeof n);
      }
      break;
    case LT_FIELD_BOOLEAN:
      {
        gboolean b = sqlite3_column_int (stmt, col) != 0;
        lt_model_set_value (object, prop_id, &b, sizeof b);
      }
      break;
    case LT_FIELD_DOUBLE:
      {
        double d = sqlite3_column_double (stmt, col);
        lt_model_set_value (object, prop_id, &d, sizeof d);
      }
      break;
    case LT_FIELD_ENUM:
      {
        int n = 0;

        if (!is_null)
          lt_enum_from_nick (field->enum_type (), (const char *) sqlite3_column_text (stmt, col), &n);
        lt_model_set_value (object, prop_id, &n, sizeof n);
      }
      break;
    case LT_FIELD_TEXT:
    case LT_FIELD_OPTIONAL_TEXT:
      lt_model_set_text (object, prop_id, is_null ? NULL : (const char *) sqlite3_column_text (stmt, col));
      break;
    case LT_FIELD_BYTES:
      {
        g_autoptr(GBytes) bytes = NULL;

        if (!is_null)
          bytes = g_bytes_new (sqlite3_column_blob (stmt, col), sqlite3_column_bytes (stmt, col));
        lt_model_set_bytes (object, prop_id, bytes);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

void
lt_store_row_read (const LtEntity *entity,
                   sqlite3_stmt   *stmt,
                   GObject        *object)
{
  const LtField *fields;
  guint n_fields;
  int col = 2;

  fields = entity_fields (entity, &n_fields);
  g_object_freeze_notify (object);
  g_object_set (object,
                "id", sqlite3_column_int64 (stmt, 0),
                "revision", sqlite3_column_int64 (stmt, 1),
                NULL);
  for (guint i = 1; i < n_fields; i++)
    if (!field_is_key (&fields[i]) && !(fields[i].flags & LT_FIELD_DISPLAY))
      read_field (stmt, col++, LT_MODEL (object), i, &fields[i]);
  for (guint i = 1; i < n_fields && entity->display_sql != NULL; i++)
    if (fields[i].flags & LT_FIELD_DISPLAY)
      read_field (stmt, col++, LT_MODEL (object), i, &fields[i]);
  g_object_thaw_notify (object);
}

/* An operation of one write statement inside a caller's transaction needs
 * no savepoint of its own: SQLite undoes a failed statement by itself. */
gboolean
lt_store_op_begin (LtStore   *self,
                   gboolean   single_write,
                   gboolean  *began,
                   GError   **error)
{
  if (single_write && lt_store_in_transaction (self))
    {
      *began = FALSE;
      return lt_store_check_writable (self, error);
    }

  *began = TRUE;
  return lt_store_begin (self, error);
}

gboolean
lt_store_op_commit (LtStore   *self,
                    gboolean   began,
                    GError   **error)
{
  return began ? lt_store_commit (self, error) : TRUE;
}

void
lt_store_op_rollback (LtStore  *self,
                      gboolean  began)
{
  if (began)
    lt_store_rollback (self);
}

/* No column takes control characters: what is stored is printed on
 * letters and terminals (names are checked stricter by their validate). */
static gboolean
check_text_columns (const LtEntity  *entity,
                    GObject         *object,
                    GError         **error)
{
  const LtField *fields;
  guint n_fields;

  fields = entity_fields (entity, &n_fields);
  for (guint i = 1; i < n_fields; i++)
    {
      const LtField *field = &fields[i];
      const char *text;

      if (field_is_key (field) || (field->flags & (LT_FIELD_DB_DEFAULT | LT_FIELD_DISPLAY)) ||
          (field->type != LT_FIELD_TEXT && field->type != LT_FIELD_OPTIONAL_TEXT))
        continue;
      text = *(const char * const *) lt_model_peek (LT_MODEL (object), i);
      if (!lt_validate_text (text, TRUE, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
lt_store_row_add (LtStore         *self,
                  const LtEntity  *entity,
                  GObject         *object,
                  GError         **error)
{
  g_autoptr(GObject) returned = NULL;
  sqlite3_stmt *stmt;
  const LtField *fields;
  guint n_fields;
  gboolean began;
  gint64 id;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (object, entity->get_type ()), FALSE);

  if (!lt_store_op_begin (self, entity->after_insert == NULL, &began, error))
    return FALSE;

  if (!check_text_columns (entity, object, error) ||
      (entity->validate != NULL && !entity->validate (self, object, error)) ||
      (stmt = lt_store_prepare (self, entity_sql (entity)->insert, error)) == NULL)
    goto failed;

  bind_columns (entity, stmt, object);
  rc = lt_store_step (self, stmt);
  if (!lt_store_check_step (self, rc, error))
    {
      sqlite3_reset (stmt);
      goto failed;
    }

  /* RETURNING id, revision, then what the database filled (created_at). */
  id = sqlite3_column_int64 (stmt, 0);
  returned = g_object_new (entity->get_type (), NULL);
  g_object_set (returned, "id", id, "revision", sqlite3_column_int64 (stmt, 1), NULL);
  fields = entity_fields (entity, &n_fields);
  for (guint i = 1, col = 2; i < n_fields; i++)
    if (fields[i].flags & LT_FIELD_DB_DEFAULT)
      read_field (stmt, col++, LT_MODEL (returned), i, &fields[i]);
  sqlite3_reset (stmt);

  if (entity->after_insert != NULL &&
      !entity->after_insert (self, object, id, error))
    goto failed;

  lt_store_notify (self, entity->table, id, LT_STORE_CHANGE_INSERT);
  if (!lt_store_op_commit (self, began, error))
    return FALSE;

  g_object_freeze_notify (object);
  for (guint i = 1; i < n_fields; i++)
    if (field_is_key (&fields[i]) || (fields[i].flags & LT_FIELD_DB_DEFAULT))
      {
        const char *property = lt_model_field_get_property (&fields[i]);
        g_auto(GValue) value = G_VALUE_INIT;

        g_object_get_property (returned, property, &value);
        g_object_set_property (object, property, &value);
      }
  g_object_thaw_notify (object);

  return TRUE;

failed:
  lt_store_op_rollback (self, began);
  return FALSE;
}

/* Reads one row without a transaction of its own. */
static gpointer
row_get (LtStore         *self,
         const LtEntity  *entity,
         gint64           id,
         GError         **error)
{
  sqlite3_stmt *stmt;
  GObject *object;
  int rc;

  if ((stmt = lt_store_prepare (self, entity_sql (entity)->select_one, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = lt_store_step (self, stmt);
  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      if (!lt_store_set_never_existed_error (self, entity->table, id, error))
        g_set_error_literal (error, LT_ERROR, LT_ERROR_NOT_FOUND, _(entity->not_found_message));
      return NULL;
    }
  if (!lt_store_check_step (self, rc, error))
    {
      sqlite3_reset (stmt);
      return NULL;
    }

  object = g_object_new (entity->get_type (), NULL);
  lt_store_row_read (entity, stmt, object);
  sqlite3_reset (stmt);

  return object;
}

gpointer
lt_store_row_get (LtStore         *self,
                  const LtEntity  *entity,
                  gint64           id,
                  GError         **error)
{
  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  return row_get (self, entity, id, error);
}

gboolean
lt_store_rows_build (LtStore         *self,
                     const LtEntity  *entity,
                     const gint64    *ids,
                     guint            n_ids,
                     GPtrArray       *out)
{
  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GError) error = NULL;
      GObject *object = row_get (self, entity, ids[i], &error);

      if (object != NULL)
        g_ptr_array_add (out, object);
      else if (!g_error_matches (error, LT_ERROR, LT_ERROR_NOT_FOUND))
        return FALSE;
    }

  return TRUE;
}

static gboolean
build_rows_cb (LtStore      *store,
               const gint64 *ids,
               guint         n_ids,
               GPtrArray    *out,
               gpointer      user_data)
{
  return lt_store_rows_build (store, user_data, ids, n_ids, out);
}

/**
 * lt_store_row_list:
 *
 * Returns: (transfer full): an LtQueryModel
 */
GListModel *
lt_store_row_list (LtStore            *self,
                   const LtEntity     *entity,
                   const char         *sql,
                   GVariant           *params,
                   const char * const *dependencies)
{
  LtQueryModel *model;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  model = lt_query_model_new (self, entity->table, entity->get_type (), sql, params,
                              build_rows_cb, (gpointer)entity, NULL);
  for (guint i = 0; dependencies != NULL && dependencies[i] != NULL; i++)
    lt_query_model_add_dependency (model, dependencies[i]);

  return G_LIST_MODEL (model);
}

char *
lt_store_compose_query (const char *select,
                        const char *order,
                        guint       n_conditions,
                        ...)
{
  GString *sql = g_string_new (select);
  gboolean first = TRUE;
  va_list args;

  va_start (args, n_conditions);
  for (guint i = 0; i < n_conditions; i++)
    {
      const char *condition = va_arg (args, const char *);

      if (condition == NULL)
        continue;
      g_string_append (sql, first ? " WHERE " : " AND ");
      g_string_append (sql, condition);
      first = FALSE;
    }
  va_end (args);

  g_string_append_c (sql, ' ');
  g_string_append (sql, order);

  return g_string_free (sql, FALSE);
}

char *
lt_store_search_pattern (const char *search)
{
  g_autofree char *folded = NULL;
  GString *pattern;

  if (search == NULL)
    return NULL;

  folded = lt_text_fold (search);
  g_strstrip (folded);
  /* The views search as one types: what is past the longest search is
   * dropped rather than given to LIKE (« pattern too complex »). */
  if (g_utf8_strlen (folded, -1) > LT_VALIDATE_SEARCH_MAX)
    *g_utf8_offset_to_pointer (folded, LT_VALIDATE_SEARCH_MAX) = '\0';
  if (*folded == '\0')
    return NULL;

  pattern = g_string_sized_new (strlen (folded) + 8);
  for (const char *p = folded; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }

  return g_string_free (pattern, FALSE);
}

gboolean
lt_store_row_update (LtStore         *self,
                     const LtEntity  *entity,
                     GObject         *object,
                     GError         **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  gint64 revision = 0;
  gint64 new_revision;
  int index;
  int rc;
  gboolean began;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (object, entity->get_type ()), FALSE);

  g_object_get (object, "id", &id, "revision", &revision, NULL);

  if (!lt_store_op_begin (self, TRUE, &began, error))
    return FALSE;

  if (!check_text_columns (entity, object, error) ||
      (entity->validate != NULL && !entity->validate (self, object, error)) ||
      (stmt = lt_store_prepare (self, entity_sql (entity)->update, error)) == NULL)
    goto failed;

  index = bind_columns (entity, stmt, object);
  sqlite3_bind_int64 (stmt, index, id);
  sqlite3_bind_int64 (stmt, index + 1, revision);

  rc = lt_store_step (self, stmt);
  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      lt_store_set_stale_error (self, entity->table, id,
                                _(entity->conflict_message), _(entity->not_found_message),
                                error);
      goto failed;
    }
  if (!lt_store_check_step (self, rc, error))
    {
      sqlite3_reset (stmt);
      goto failed;
    }
  new_revision = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  lt_store_notify (self, entity->table, id, LT_STORE_CHANGE_UPDATE);
  if (!lt_store_op_commit (self, began, error))
    return FALSE;

  g_object_set (object, "revision", new_revision, NULL);

  return TRUE;

failed:
  lt_store_op_rollback (self, began);
  return FALSE;
}

gboolean
lt_store_row_delete (LtStore         *self,
                     const LtEntity  *entity,
                     gint64           id,
                     gint64           revision,
                     GError         **error)
{
  sqlite3_stmt *stmt;
  gboolean began;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_op_begin (self, TRUE, &began, error))
    return FALSE;

  if ((stmt = lt_store_prepare (self, entity_sql (entity)->delete, error)) == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, revision);
  if (!lt_store_check_step (self, lt_store_step (self, stmt), error))
    {
      sqlite3_reset (stmt);
      goto failed;
    }
  sqlite3_reset (stmt);

  if (sqlite3_changes (lt_store_get_db (self)) == 0)
    {
      lt_store_set_stale_error (self, entity->table, id,
                                _(entity->conflict_message), _(entity->not_found_message),
                                error);
      goto failed;
    }

  lt_store_notify (self, entity->table, id, LT_STORE_CHANGE_DELETE);

  return lt_store_op_commit (self, began, error);

failed:
  lt_store_op_rollback (self, began);
  return FALSE;
}

/* Validation helpers */

gboolean
lt_store_require_text (const char  *text,
                       int          code,
                       const char  *message,
                       GError     **error)
{
  /* One blank check for the app, the CLI and the import: a no-break or
   * zero-width space is no name either. */
  return lt_validate_name (text, code, message, error);
}

/* The pure rules live in core (lt-date.h, lt-email.h); these keep the
 * store's names for the entity files. */

gboolean
lt_store_check_date (const char  *date,
                     gboolean     optional,
                     GError     **error)
{
  return lt_date_check_iso (date, optional, error);
}

char *
lt_store_format_date (const char *iso)
{
  return lt_date_iso_to_display (iso);
}

gboolean
lt_store_check_period (const char  *start,
                       const char  *end,
                       GError     **error)
{
  return lt_date_check_period (start, end, error);
}

gboolean
lt_store_check_email (const char  *email,
                      GError     **error)
{
  return lt_email_check (email, error);
}
