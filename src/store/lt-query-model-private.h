/* lt-query-model-private.h: a query model's instance and its row cache, shared by lt-query-model*.c */
#pragma once

#include "lt-query-model.h"
#include "lt-store-private.h"

G_BEGIN_DECLS

/* How many rows are built at once around the one asked for (more ahead than
 * behind: lists are mostly scrolled down), and how many objects are kept. */
#define WINDOW_SIZE   64
#define WINDOW_BEHIND 16
#define CACHE_SIZE    512

typedef struct {
  gint64   id;
  GObject *object;
  GList    link;   /* in lru; link.data is the entry */
} CacheEntry;

struct _LtQueryModel
{
  GObject                parent_instance;

  LtStore               *store;
  gulong                 changed_handler;
  char                  *table;
  GPtrArray             *dependencies;
  GType                  item_type;
  char                  *sql;
  GVariant              *params;
  LtQueryModelBuildFunc  build_func;
  gpointer               user_data;
  GDestroyNotify         user_data_destroy;

  /* the ids of the rows, in the list's order */
  GArray                *ids;

  /* id → CacheEntry; lru.head is the entry used last */
  GHashTable            *cache;
  GQueue                 lru;

  /* what the store changed since the last refresh */
  GHashTable            *updated;
  guint                  dependencies_changed : 1;
  guint                  partial : 1;   /* only the first window is read yet */
  guint                  refresh_source;

  guint                  n_built;
  guint                  n_queries;
};


/* lt-query-model-cache.c */
void        lt_query_model_cache_entry_free (gpointer      data);
CacheEntry *lt_query_model_cache_lookup     (LtQueryModel *self,
                                             gint64        id);
gboolean    lt_query_model_cache_remove     (LtQueryModel *self,
                                             gint64        id);
void        lt_query_model_cache_clear      (LtQueryModel *self);
void        lt_query_model_cache_touch      (LtQueryModel *self,
                                             CacheEntry   *entry);
void        lt_query_model_cache_insert     (LtQueryModel *self,
                                             gint64        id,
                                             GObject      *object);
void        lt_query_model_cache_trim       (LtQueryModel *self);
/* Builds the rows around @position that are not in the cache. */
void        lt_query_model_fill_window      (LtQueryModel *self,
                                             guint         position);

G_END_DECLS
