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

/* A position not known (the row moved in a span told as a whole). */
#define POSITION_UNKNOWN G_MAXUINT

typedef struct {
  gint64   id;
  guint    position;   /* in ids when last seen there, or POSITION_UNKNOWN */
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

  /* the query running on the worker connection (lt-query-model-worker.c):
   * a result of an older generation is dropped */
  GCancellable          *job;
  guint                  generation;
  guint                  n_superseded;

  /* lt_query_model_set_first_window_query(): the walk tried first, its
   * time budget (µs), and what became of the walks (for tests) */
  char                  *first_window_sql;
  gint64                 first_window_budget;
  guint                  first_window_budget_rows;
  guint                  n_walks_window;      /* shown, then the full query */
  guint                  n_walks_whole;       /* the whole result */
  guint                  n_walks_part;        /* over budget, its rows shown */
  guint                  n_walks_abandoned;   /* over budget, less than a screen */
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

/* lt-query-model.c */
void        lt_query_model_bind_params      (sqlite3_stmt *stmt,
                                             GVariant     *params);
void        lt_query_model_set_partial      (LtQueryModel *self,
                                             gboolean      partial);

/* lt-query-model-apply.c */
void        lt_query_model_apply_ids        (LtQueryModel *self,
                                             GArray       *new_ids);
/* Rows read at once when a list opens incrementally: more than a screen. */
#define FIRST_WINDOW 256
/* How long the first-window walk may run before the full query is run
 * instead (µs): a quarter of a frame. */
#define FIRST_WINDOW_BUDGET (4 * 1000)

/* lt-query-model.c */
/* Another budget for the first-window walk (tests): @budget µs (0 stops a
 * walk at its first check, G_MAXINT64 lets it run to its end), or as soon
 * as it checks with @rows found (G_MAXUINT: no such limit). */
void        lt_query_model_set_first_window_budget (LtQueryModel *self,
                                                    gint64        budget,
                                                    guint         rows);

/* lt-query-model-worker.c */
/* Reads the ids on the store's worker connection and applies them in the
 * main loop; with @first_window_first, the first FIRST_WINDOW rows are
 * applied as soon as they are read. Supersedes (cancels) a running one. */
void        lt_query_model_start_job        (LtQueryModel *self,
                                             gboolean      first_window_first);
/* Cancels the running query, if any: its result will not be applied. */
void        lt_query_model_cancel_job       (LtQueryModel *self);

G_END_DECLS
