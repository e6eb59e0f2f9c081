/* lt-query-model-apply.c: a query model's new ids applied, told to the views as the least items-changed */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-query-model"

#include "config.h"

#include "lt-query-model-private.h"

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* Emits items-changed for each run of consecutive positions. */
static void
emit_runs (LtQueryModel *self,
           GArray       *positions)
{
  guint i = 0;

  g_array_sort (positions, compare_uint);
  while (i < positions->len)
    {
      guint start = g_array_index (positions, guint, i);
      guint last = start;

      for (i++; i < positions->len && g_array_index (positions, guint, i) <= last + 1; i++)
        last = MAX (last, g_array_index (positions, guint, i));

      g_list_model_items_changed (G_LIST_MODEL (self), start, last - start + 1, last - start + 1);
    }
}

/* The old and new ids: a common prefix and suffix around the span that
 * changed. */
typedef struct {
  const gint64 *old;
  guint         old_n;
  guint         new_n;
  guint         prefix;
  guint         suffix;
} Diff;

typedef enum {
  ROW_KEPT,      /* outside the span: at *new_position now */
  ROW_IN_SPAN,   /* inside it: told with the span */
  ROW_NOT_KNOWN, /* the position the entry remembers is not its row's */
} RowWhere;

/* Where the row @id, at @position in the old ids, is now: without a look
 * through the ids (the ids are the rows' keys: each one is there once). */
static RowWhere
locate_row (const Diff *diff,
            gint64      id,
            guint       position,
            guint      *new_position)
{
  if (position >= diff->old_n || diff->old[position] != id)
    return ROW_NOT_KNOWN;
  if (position < diff->prefix)
    {
      *new_position = position;
      return ROW_KEPT;
    }
  if (position >= diff->old_n - diff->suffix)
    {
      *new_position = position - diff->old_n + diff->new_n;
      return ROW_KEPT;
    }
  return ROW_IN_SPAN;
}

/* A row whose object is rebuilt: its new position to tell, or its id to
 * look for when its position is not known. */
static void
note_rebuilt (const Diff *diff,
              CacheEntry *entry,
              GArray     *rebuilt,
              GArray     *not_known)
{
  guint position;

  switch (locate_row (diff, entry->id, entry->position, &position))
    {
    case ROW_KEPT:
      g_array_append_val (rebuilt, position);
      break;
    case ROW_IN_SPAN:
      break;
    case ROW_NOT_KNOWN:
      g_array_append_val (not_known, entry->id);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Replaces the ids by @new_ids and tells the views the least they need:
 * one span for what moved (common prefix and suffix kept), then the rows
 * outside it whose object changed. The work on the main thread follows
 * the rows that changed and the objects kept, not the length of the list:
 * the objects remember their position. */
void
lt_query_model_apply_ids (LtQueryModel *self,
                          GArray       *new_ids)
{
  g_autoptr(GArray) old_ids = self->ids;
  g_autoptr(GHashTable) updated = g_steal_pointer (&self->updated);
  g_autoptr(GArray) not_known = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) rebuilt = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean dependencies_changed = self->dependencies_changed;
  const gint64 *new = (const gint64 *) new_ids->data;
  Diff diff = { (const gint64 *) old_ids->data, old_ids->len, new_ids->len, 0, 0 };
  guint removed;
  guint added;

  self->updated = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->dependencies_changed = FALSE;

  while (diff.prefix < diff.old_n && diff.prefix < diff.new_n &&
         diff.old[diff.prefix] == new[diff.prefix])
    diff.prefix++;
  while (diff.suffix < diff.old_n - diff.prefix && diff.suffix < diff.new_n - diff.prefix &&
         diff.old[diff.old_n - 1 - diff.suffix] == new[diff.new_n - 1 - diff.suffix])
    diff.suffix++;
  removed = diff.old_n - diff.prefix - diff.suffix;
  added = diff.new_n - diff.prefix - diff.suffix;

  /* Objects that no longer say the truth leave the cache; the rows a view
   * holds (they are in the cache) are told again. */
  if (dependencies_changed)
    {
      for (GList *l = self->lru.head; l != NULL; l = l->next)
        note_rebuilt (&diff, l->data, rebuilt, not_known);
      lt_query_model_cache_clear (self);
    }
  else
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, updated);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          CacheEntry *entry = lt_query_model_cache_lookup (self, *(gint64 *) key);

          if (entry == NULL)
            continue;
          note_rebuilt (&diff, entry, rebuilt, not_known);
          lt_query_model_cache_remove (self, entry->id);
        }
    }

  /* the objects kept follow their rows */
  for (GList *l = self->lru.head; l != NULL; l = l->next)
    {
      CacheEntry *entry = l->data;
      guint position;

      if (locate_row (&diff, entry->id, entry->position, &position) == ROW_KEPT)
        entry->position = position;
      else
        entry->position = POSITION_UNKNOWN;
    }

  self->ids = new_ids;

  /* rows whose position was not known: one pass over the ids, whatever
   * their number */
  if (not_known->len > 0)
    {
      g_autoptr(GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);

      for (guint i = 0; i < not_known->len; i++)
        g_hash_table_add (wanted, &g_array_index (not_known, gint64, i));
      for (guint i = 0; i < diff.new_n; i++)
        if ((i < diff.prefix || i >= diff.prefix + added) &&
            g_hash_table_contains (wanted, &new[i]))
          g_array_append_val (rebuilt, i);
    }

  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), diff.prefix, removed, added);
  emit_runs (self, rebuilt);

  if (diff.old_n != diff.new_n)
    g_object_notify (G_OBJECT (self), "n-items");
}
