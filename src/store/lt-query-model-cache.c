/* lt-query-model-cache.c: the rows a query model has built, kept by recency, and the window read around a row */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-query-model"

#include "config.h"

#include "lt-query-model-private.h"

void
lt_query_model_cache_entry_free (gpointer data)
{
  CacheEntry *entry = data;

  g_clear_object (&entry->object);
  g_free (entry);
}

CacheEntry *
lt_query_model_cache_lookup (LtQueryModel *self,
                             gint64        id)
{
  return g_hash_table_lookup (self->cache, &id);
}

gboolean
lt_query_model_cache_remove (LtQueryModel *self,
                             gint64        id)
{
  CacheEntry *entry = lt_query_model_cache_lookup (self, id);

  if (entry == NULL)
    return FALSE;

  g_queue_unlink (&self->lru, &entry->link);
  g_hash_table_remove (self->cache, &id);   /* frees entry */
  return TRUE;
}

void
lt_query_model_cache_clear (LtQueryModel *self)
{
  g_queue_init (&self->lru);
  g_hash_table_remove_all (self->cache);
}

void
lt_query_model_cache_touch (LtQueryModel *self,
                            CacheEntry   *entry)
{
  g_queue_unlink (&self->lru, &entry->link);
  g_queue_push_head_link (&self->lru, &entry->link);
}

void
lt_query_model_cache_insert (LtQueryModel *self,
                             gint64        id,
                             GObject      *object)
{
  CacheEntry *entry;

  lt_query_model_cache_remove (self, id);

  entry = g_new0 (CacheEntry, 1);
  entry->id = id;
  entry->position = POSITION_UNKNOWN;
  entry->object = g_object_ref (object);
  entry->link.data = entry;
  g_hash_table_insert (self->cache, &entry->id, entry);
  g_queue_push_head_link (&self->lru, &entry->link);
}

void
lt_query_model_cache_trim (LtQueryModel *self)
{
  while (self->lru.length > CACHE_SIZE)
    {
      CacheEntry *oldest = self->lru.tail->data;

      lt_query_model_cache_remove (self, oldest->id);
    }
}

/* Builds the rows around @position that are not in the cache. */
void
lt_query_model_fill_window (LtQueryModel *self,
                            guint         position)
{
  g_autoptr(GArray) wanted = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) built = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = self->ids->len;
  guint start = position > WINDOW_BEHIND ? position - WINDOW_BEHIND : 0;
  guint end = MIN (start + WINDOW_SIZE, n);

  if (end - start < WINDOW_SIZE)
    start = end > WINDOW_SIZE ? end - WINDOW_SIZE : 0;

  for (guint i = start; i < end; i++)
    {
      gint64 id = g_array_index (self->ids, gint64, i);

      if (lt_query_model_cache_lookup (self, id) == NULL)
        g_array_append_val (wanted, id);
    }

  if (!self->build_func (self->store, (const gint64 *) wanted->data, wanted->len,
                         built, self->user_data))
    {
      g_warning ("The rows of %s could not be read", self->table);
      return;
    }

  for (guint i = 0; i < built->len; i++)
    {
      GObject *object = g_ptr_array_index (built, i);
      gint64 id = 0;

      if (!G_TYPE_CHECK_INSTANCE_TYPE (object, self->item_type))
        {
          g_critical ("The build function of %s made a %s instead of a %s",
                      self->table, G_OBJECT_TYPE_NAME (object), g_type_name (self->item_type));
          continue;
        }
      g_object_get (object, "id", &id, NULL);
      lt_query_model_cache_insert (self, id, object);
      self->n_built++;
    }

  /* where the rows are: a write finds them without a look through the ids */
  for (guint i = start; i < end; i++)
    {
      CacheEntry *entry = lt_query_model_cache_lookup (self, g_array_index (self->ids, gint64, i));

      if (entry != NULL)
        entry->position = i;
    }
}
