/* lt-query-model.h: a lazy GListModel over an SQL query of row ids */
#pragma once

#include <gio/gio.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_QUERY_MODEL (lt_query_model_get_type ())

G_DECLARE_FINAL_TYPE (LtQueryModel, lt_query_model, LT, QUERY_MODEL, GObject)

/**
 * LtQueryModelBuildFunc:
 * @store: the store
 * @ids: (array length=n_ids): the ids of the rows to build
 * @n_ids: how many
 * @out: (element-type GObject): where to append one new object per row
 *   found (transfer full); rows that no longer exist are skipped. The order
 *   does not matter: objects are matched to rows by their "id" property.
 * @user_data: the data given to lt_query_model_new()
 *
 * Builds the objects of a window of rows at once (one query for many rows).
 *
 * Returns: %FALSE if the rows could not be read
 */
typedef gboolean (*LtQueryModelBuildFunc) (LtStore      *store,
                                           const gint64 *ids,
                                           guint         n_ids,
                                           GPtrArray    *out,
                                           gpointer      user_data);

LtQueryModel *lt_query_model_new            (LtStore               *store,
                                             const char            *table,
                                             GType                  item_type,
                                             const char            *sql,
                                             GVariant              *params,
                                             LtQueryModelBuildFunc  build_func,
                                             gpointer               user_data,
                                             GDestroyNotify         user_data_destroy);
void          lt_query_model_add_dependency (LtQueryModel          *self,
                                             const char            *table);
LtStore      *lt_query_model_get_store      (LtQueryModel          *self);
const char   *lt_query_model_get_table      (LtQueryModel          *self);
gboolean      lt_query_model_refresh        (LtQueryModel          *self,
                                             GError               **error);
gboolean      lt_query_model_set_params     (LtQueryModel          *self,
                                             GVariant              *params,
                                             GError               **error);
gboolean      lt_query_model_set_query      (LtQueryModel          *self,
                                             const char            *sql,
                                             GVariant              *params,
                                             GError               **error);
void          lt_query_model_set_first_window_query (LtQueryModel  *self,
                                                     const char    *sql);
GVariant     *lt_query_model_get_params     (LtQueryModel          *self);
gint64        lt_query_model_get_id         (LtQueryModel          *self,
                                             guint                  position);
gboolean      lt_query_model_find           (LtQueryModel          *self,
                                             gint64                 id,
                                             guint                 *position);

gboolean      lt_query_model_is_loading     (LtQueryModel          *self);
gboolean      lt_query_model_is_partial     (LtQueryModel          *self);

/* Counters for tests and benchmarks. */
guint         lt_query_model_get_n_built    (LtQueryModel          *self);
guint         lt_query_model_get_n_cached   (LtQueryModel          *self);
guint         lt_query_model_get_n_queries  (LtQueryModel          *self);

G_END_DECLS
