/* lt-store-file.c: the database file before SQLite opens it, the migrations, column helpers */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "lt-error.h"
#include "lt-store-private.h"
#include "lt-text.h"

#define MIGRATIONS_PATH "/io/github/lettrine/Lettrine/sql/"

void
lt_store_set_corrupt_error (const char  *path,
                            GError     **error)
{
  g_set_error (error, LT_ERROR, LT_ERROR_CORRUPT_DATABASE,
               _("The file “%s” is damaged or is not a Lettrine database. "
                 "It was left untouched: restore a backup or choose another file."),
               path);
}

int
lt_store_migration_number (const char *name)
{
  guint64 n;
  char *end = NULL;

  if (!g_ascii_isdigit (name[0]) || !g_str_has_suffix (name, ".sql"))
    return -1;
  n = g_ascii_strtoull (name, &end, 10);
  if (end == NULL || *end != '-' || n == 0 || n > 9999)
    return -1;

  return (int)n;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return lt_store_migration_number (*(const char **)a) - lt_store_migration_number (*(const char **)b);
}

/* Sorted by number: "001-initial.sql", … */
GStrv
lt_store_list_migrations (void)
{
  g_auto(GStrv) names = NULL;
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_free);

  names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (lt_store_migration_number (names[i]) > 0)
      g_ptr_array_add (sorted, g_strdup (names[i]));

  g_ptr_array_sort (sorted, compare_names);
  g_ptr_array_add (sorted, NULL);

  return (GStrv)g_ptr_array_free (g_steal_pointer (&sorted), FALSE);
}

int
lt_store_get_latest_schema_version (void)
{
  g_auto(GStrv) names = lt_store_list_migrations ();
  guint n = g_strv_length (names);

  return n == 0 ? 0 : lt_store_migration_number (names[n - 1]);
}

char *
lt_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "lettrine", "lettrine.db", NULL);
}

/* Before anything is written: a non-empty file must start with SQLite's
 * magic header, and its schema must be readable. */
gboolean
lt_store_file_check_header (const char  *path,
                            gboolean    *exists,
                            GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GError) local_error = NULL;
  char header[16] = { 0 };
  gsize n_read = 0;

  in = g_file_read (file, NULL, &local_error);
  if (in == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          *exists = FALSE;
          return TRUE;
        }
      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The database “%s” cannot be opened: %s"),
                   path, local_error->message);
      return FALSE;
    }

  *exists = TRUE;

  if (!g_input_stream_read_all (G_INPUT_STREAM (in), header, sizeof header, &n_read, NULL, &local_error))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The database “%s” cannot be read: %s"),
                   path, local_error->message);
      return FALSE;
    }

  /* An empty file is a new database (SQLite writes nothing before the first
   * write either). */
  if (n_read == 0)
    return TRUE;

  if (n_read < sizeof header || memcmp (header, magic, sizeof magic) != 0)
    {
      lt_store_set_corrupt_error (path, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
lt_store_file_create (const char  *path,
                      GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The folder “%s” cannot be created: %s"),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        return TRUE;
      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The database “%s” cannot be created: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  return TRUE;
}

/* COLLATE lt_fold: the order French users expect, accents and case ignored
 * (« Écully » between « Annecy » and « Lyon »). */
int
lt_store_fold_collate (gpointer    user_data,
                       int         len_a,
                       const void *a,
                       int         len_b,
                       const void *b)
{
  g_autofree char *text_a = g_strndup (a, len_a);
  g_autofree char *text_b = g_strndup (b, len_b);
  g_autofree char *fold_a = lt_text_fold (text_a);
  g_autofree char *fold_b = lt_text_fold (text_b);
  int cmp = strcmp (fold_a, fold_b);

  return cmp != 0 ? cmp : strcmp (text_a, text_b);
}

void
lt_store_bind_text (sqlite3_stmt *stmt,
                    int           col,
                    const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, col);
  else
    sqlite3_bind_text (stmt, col, text, -1, SQLITE_TRANSIENT);
}

void
lt_store_bind_id (sqlite3_stmt *stmt,
                  int           col,
                  gint64        id)
{
  if (id <= 0)
    sqlite3_bind_null (stmt, col);
  else
    sqlite3_bind_int64 (stmt, col, id);
}

char *
lt_store_column_text (sqlite3_stmt *stmt,
                      int           col)
{
  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return NULL;

  return g_strdup ((const char *)sqlite3_column_text (stmt, col));
}

gint64
lt_store_column_id (sqlite3_stmt *stmt,
                    int           col)
{
  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return 0;

  return sqlite3_column_int64 (stmt, col);
}
