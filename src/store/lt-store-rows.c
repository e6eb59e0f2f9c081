/* lt-store-rows.c: create/read/update/delete of one table, described once */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>
#include <string.h>

#include "lt-enums.h"
#include "lt-error.h"
#include "lt-query-model.h"
#include "lt-store-private.h"
#include "lt-text.h"
#include "lt-validate.h"

/* Binding: each column's value comes from its property, typed by the
 * property's GParamSpec. */

static void
bind_column (sqlite3_stmt   *stmt,
             int             index,
             GObject        *object,
             const LtColumn *column)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), column->property);
  g_auto(GValue) value = G_VALUE_INIT;
  GType type;

  g_assert (pspec != NULL);

  type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  g_value_init (&value, type);
  g_object_get_property (object, column->property, &value);

  if (type == G_TYPE_STRING)
    {
      const char *text = g_value_get_string (&value);

      if ((column->flags & LT_COLUMN_NULL_IF_EMPTY) && (text == NULL || *text == '\0'))
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_text (stmt, index, text ? text : "", -1, SQLITE_TRANSIENT);
    }
  else if (type == G_TYPE_INT64 || type == G_TYPE_INT)
    {
      gint64 n = type == G_TYPE_INT64 ? g_value_get_int64 (&value) : g_value_get_int (&value);

      if (((column->flags & LT_COLUMN_NULL_IF_ZERO) && n == 0) ||
          ((column->flags & LT_COLUMN_NULL_IF_NEGATIVE) && n < 0))
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int64 (stmt, index, n);
    }
  else if (type == G_TYPE_BOOLEAN)
    sqlite3_bind_int (stmt, index, g_value_get_boolean (&value) ? 1 : 0);
  else if (type == G_TYPE_DOUBLE)
    sqlite3_bind_double (stmt, index, g_value_get_double (&value));
  else if (G_TYPE_IS_ENUM (type))
    sqlite3_bind_text (stmt, index, lt_enum_to_nick (type, g_value_get_enum (&value)), -1, SQLITE_STATIC);
  else if (type == G_TYPE_BYTES)
    {
      GBytes *bytes = g_value_get_boxed (&value);

      if (bytes == NULL)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_blob64 (stmt, index, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                             SQLITE_TRANSIENT);
    }
  else
    g_assert_not_reached ();
}

static int
bind_columns (const LtEntity *entity,
              sqlite3_stmt   *stmt,
              GObject        *object)
{
  int index = 1;

  for (const LtColumn *column = entity->columns; column->property != NULL; column++)
    {
      if (column->flags & LT_COLUMN_READ_ONLY)
        continue;
      bind_column (stmt, index++, object, column);
    }

  if (entity->search_key != NULL)
    {
      g_autofree char *key = entity->search_key (object);

      sqlite3_bind_text (stmt, index++, key ? key : "", -1, SQLITE_TRANSIENT);
    }

  return index;
}

static void
read_column (sqlite3_stmt   *stmt,
             int             col,
             GObject        *object,
             const LtColumn *column)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), column->property);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean is_null = sqlite3_column_type (stmt, col) == SQLITE_NULL;
  GType type;

  g_assert (pspec != NULL);

  type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  g_value_init (&value, type);

  if (type == G_TYPE_STRING)
    g_value_set_string (&value, is_null ? NULL : (const char *)sqlite3_column_text (stmt, col));
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (&value, is_null ? ((column->flags & LT_COLUMN_NULL_IF_NEGATIVE) ? -1 : 0)
                                       : sqlite3_column_int64 (stmt, col));
  else if (type == G_TYPE_INT)
    g_value_set_int (&value, is_null ? ((column->flags & LT_COLUMN_NULL_IF_NEGATIVE) ? -1 : 0)
                                     : sqlite3_column_int (stmt, col));
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (&value, sqlite3_column_int (stmt, col) != 0);
  else if (type == G_TYPE_DOUBLE)
    g_value_set_double (&value, sqlite3_column_double (stmt, col));
  else if (G_TYPE_IS_ENUM (type))
    {
      int n = 0;

      if (!is_null)
        lt_enum_from_nick (type, (const char *)sqlite3_column_text (stmt, col), &n);
      g_value_set_enum (&value, n);
    }
  else if (type == G_TYPE_BYTES)
    {
      if (!is_null)
        g_value_take_boxed (&value, g_bytes_new (sqlite3_column_blob (stmt, col),
                                                 sqlite3_column_bytes (stmt, col)));
    }
  else
    g_assert_not_reached ();

  g_object_set_property (object, column->property, &value);
}

void
lt_store_row_read (const LtEntity *entity,
                   sqlite3_stmt   *stmt,
                   GObject        *object)
{
  int col = 2;

  g_object_freeze_notify (object);
  g_object_set (object,
                "id", sqlite3_column_int64 (stmt, 0),
                "revision", sqlite3_column_int64 (stmt, 1),
                NULL);
  for (const LtColumn *column = entity->columns; column->property != NULL; column++)
    read_column (stmt, col++, object, column);
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
  for (const LtColumn *column = entity->columns; column->property != NULL; column++)
    {
      GParamSpec *pspec;
      g_autofree char *text = NULL;

      if (column->flags & LT_COLUMN_READ_ONLY)
        continue;
      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), column->property);
      if (pspec == NULL || G_PARAM_SPEC_VALUE_TYPE (pspec) != G_TYPE_STRING)
        continue;
      g_object_get (object, column->property, &text, NULL);
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
  sqlite3_stmt *stmt;
  gint64 id;
  gint64 revision = 1;
  g_autofree char *created_at = NULL;
  gboolean began;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (object, entity->get_type ()), FALSE);

  if (!lt_store_op_begin (self, entity->after_insert == NULL, &began, error))
    return FALSE;

  if (!check_text_columns (entity, object, error) ||
      (entity->validate != NULL && !entity->validate (self, object, error)) ||
      (stmt = lt_store_prepare (self, entity->insert_sql, error)) == NULL)
    goto failed;

  bind_columns (entity, stmt, object);
  rc = lt_store_step (self, stmt);
  if (!lt_store_check_step (self, rc, error))
    {
      sqlite3_reset (stmt);
      goto failed;
    }

  /* RETURNING only where the database fills a default (created_at). */
  if (rc == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      revision = sqlite3_column_int64 (stmt, 1);
      if (sqlite3_column_count (stmt) > 2)
        created_at = lt_store_column_text (stmt, 2);
    }
  else
    id = sqlite3_last_insert_rowid (lt_store_get_db (self));
  sqlite3_reset (stmt);

  if (entity->after_insert != NULL && !entity->after_insert (self, object, id, error))
    goto failed;

  lt_store_notify (self, entity->table, id, LT_STORE_CHANGE_INSERT);
  if (!lt_store_op_commit (self, began, error))
    return FALSE;

  g_object_freeze_notify (object);
  g_object_set (object, "id", id, "revision", revision, NULL);
  if (created_at != NULL)
    g_object_set (object, "created-at", created_at, NULL);
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

  if ((stmt = lt_store_prepare (self, entity->select_sql, error)) == NULL)
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
      (stmt = lt_store_prepare (self, entity->update_sql, error)) == NULL)
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

  if ((stmt = lt_store_prepare (self, entity->delete_sql, error)) == NULL)
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

static gboolean
parse_date (const char *iso,
            GDate      *date)
{
  guint64 year, month, day;

  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (iso[i]))
      return FALSE;

  year = g_ascii_strtoull (iso, NULL, 10);
  month = g_ascii_strtoull (iso + 5, NULL, 10);
  day = g_ascii_strtoull (iso + 8, NULL, 10);
  if (!g_date_valid_dmy (day, month, year) || year < 1000)
    return FALSE;

  if (date != NULL)
    g_date_set_dmy (date, day, month, year);

  return TRUE;
}

gboolean
lt_store_check_date (const char  *date,
                     gboolean     optional,
                     GError     **error)
{
  if ((date == NULL || *date == '\0') && optional)
    return TRUE;

  if (!parse_date (date, NULL))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DATE,
                   _("“%s” is not a valid date: use the form YYYY-MM-DD."),
                   date ? date : "");
      return FALSE;
    }

  return lt_validate_date_in_range (date, error);
}

char *
lt_store_format_date (const char *iso)
{
  if (!parse_date (iso, NULL))
    return g_strdup (iso ? iso : "");

  /* DD/MM/YYYY, as French users write it */
  return g_strdup_printf ("%.2s/%.2s/%.4s", iso + 8, iso + 5, iso);
}

gboolean
lt_store_check_period (const char  *start,
                       const char  *end,
                       GError     **error)
{
  if (!lt_store_check_date (start, FALSE, error) ||
      !lt_store_check_date (end, FALSE, error))
    return FALSE;

  /* ISO dates compare as strings */
  if (strcmp (end, start) < 0)
    {
      g_autofree char *start_text = lt_store_format_date (start);
      g_autofree char *end_text = lt_store_format_date (end);

      g_set_error (error, LT_ERROR, LT_ERROR_END_BEFORE_START,
                   _("The end date (%s) is before the start date (%s): "
                     "move one of them."),
                   end_text, start_text);
      return FALSE;
    }

  return TRUE;
}

gboolean
lt_store_check_email (const char  *email,
                      GError     **error)
{
  const char *at;

  if (email == NULL || *email == '\0')
    return TRUE;

  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL ||
      strchr (at + 1, '.') == NULL || g_str_has_suffix (email, ".") ||
      strpbrk (email, " \t\n,;<>") != NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_EMAIL,
                   _("“%s” is not a valid e-mail address: check it "
                     "(for example nom@cabinet.fr)."),
                   email);
      return FALSE;
    }

  return TRUE;
}
