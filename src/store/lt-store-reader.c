/* lt-store-reader.c: the store's second, read-only connection, for list queries run off the main thread */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include "lt-store-reader-private.h"

/* WAL lets this connection read the last commit while the main one writes.
 * It is SQLite's own connection to the same file (no descriptor of ours),
 * opened at the first query and used by one worker at a time. */
struct _LtStoreReader {
  GMutex   lock;
  sqlite3 *db;
  char    *path;
};

#define READER_KEY "lt-store-reader"

static void
reader_free (gpointer data)
{
  LtStoreReader *reader = data;

  g_mutex_lock (&reader->lock);
  if (reader->db != NULL)
    sqlite3_close_v2 (reader->db);
  g_mutex_unlock (&reader->lock);
  g_mutex_clear (&reader->lock);
  g_free (reader->path);
  g_free (reader);
}

/**
 * lt_store_set_worker_lists:
 * @worker: whether list models read their ids on a worker connection
 *
 * The application turns it on: a list's query then runs in a thread and
 * the main loop only applies its result; a query superseded by a newer one
 * is interrupted. Tests and the command line keep lists read at once.
 * Only for a store of a file (not a copy in memory).
 */
void
lt_store_set_worker_lists (LtStore  *self,
                           gboolean  worker)
{
  g_return_if_fail (LT_IS_STORE (self));

  if (!worker)
    {
      g_object_set_data (G_OBJECT (self), READER_KEY, NULL);
      return;
    }

  if (lt_store_get_worker_lists (self) || lt_store_get_path (self) == NULL)
    return;

  {
    LtStoreReader *reader = g_new0 (LtStoreReader, 1);

    g_mutex_init (&reader->lock);
    reader->path = g_strdup (lt_store_get_path (self));
    g_object_set_data_full (G_OBJECT (self), READER_KEY, reader, reader_free);
  }
}

gboolean
lt_store_get_worker_lists (LtStore *self)
{
  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  return g_object_get_data (G_OBJECT (self), READER_KEY) != NULL;
}

LtStoreReader *
lt_store_get_reader (LtStore *self)
{
  return g_object_get_data (G_OBJECT (self), READER_KEY);
}

sqlite3 *
lt_store_reader_lock (LtStoreReader  *reader,
                      GError        **error)
{
  int rc;

  g_mutex_lock (&reader->lock);
  if (reader->db != NULL)
    return reader->db;

  rc = sqlite3_open_v2 (reader->path, &reader->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (reader->db, 1);
      sqlite3_busy_timeout (reader->db, 5000);
      sqlite3_create_collation (reader->db, "lt_fold", SQLITE_UTF8, NULL, lt_store_fold_collate);
      return reader->db;
    }

  lt_store_set_open_error (reader->db, reader->path, rc, error);
  sqlite3_close_v2 (reader->db);
  reader->db = NULL;
  g_mutex_unlock (&reader->lock);

  return NULL;
}

void
lt_store_reader_unlock (LtStoreReader *reader)
{
  g_mutex_unlock (&reader->lock);
}
