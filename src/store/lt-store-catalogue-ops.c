/* lt-store-catalogue-ops.c: catégories, prestations with their graph, versions */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-store-catalogue-ops.h"
#include "lt-store-catalogue.h"
#include "lt-store-cross-links-private.h"
#include "lt-store-private.h"
#include "lt-validate.h"

/* Runs a cached statement that returns nothing (or whose rows are ignored). */
static gboolean
run (LtStore       *self,
     sqlite3_stmt  *stmt,
     GError       **error)
{
  int rc;

  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    ;
  sqlite3_reset (stmt);
  return lt_store_check_step (self, rc, error);
}

/* The first column of the first row as an integer, @fallback if no row. */
static gboolean
query_int64 (LtStore       *self,
             sqlite3_stmt  *stmt,
             gint64         fallback,
             gint64        *value,
             GError       **error)
{
  int rc = lt_store_step (self, stmt);

  *value = fallback;
  if (rc == SQLITE_ROW)
    {
      if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        *value = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      return TRUE;
    }
  sqlite3_reset (stmt);
  return lt_store_check_step (self, rc, error);
}

static gboolean
fail (LtStore  *self,
      gboolean  began)
{
  if (began)
    lt_store_rollback (self);
  return FALSE;
}

/* Catégories */

guint
lt_store_catalogue_count_prestations (LtStore *self,
                                      gint64   category_id)
{
  sqlite3_stmt *stmt;
  gint64 n = 0;

  stmt = lt_store_prepare (self, "SELECT COUNT(*) FROM prestations WHERE category_id = ? AND is_current = 1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, category_id);
  query_int64 (self, stmt, 0, &n, NULL);
  return (guint) n;
}

/**
 * lt_store_catalogue_delete_category:
 *
 * Deletes an empty catégorie; otherwise refuses (LT_ERROR_CATEGORY_NOT_EMPTY)
 * and says how many prestations it holds.
 */
gboolean
lt_store_catalogue_delete_category (LtStore  *self,
                                    gint64    category_id,
                                    GError  **error)
{
  g_autoptr(LtCategory) category = NULL;
  sqlite3_stmt *stmt;
  gint64 current = 0, old = 0;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_begin (self, error))
    return FALSE;

  category = lt_store_get_category (self, category_id, error);
  if (category == NULL)
    return fail (self, TRUE);

  stmt = lt_store_prepare (self, "SELECT COUNT(*) FROM prestations WHERE category_id = ? AND is_current = 1", error);
  if (stmt == NULL)
    return fail (self, TRUE);
  sqlite3_bind_int64 (stmt, 1, category_id);
  if (!query_int64 (self, stmt, 0, &current, error))
    return fail (self, TRUE);

  stmt = lt_store_prepare (self, "SELECT COUNT(*) FROM prestations WHERE category_id = ? AND is_current = 0", error);
  if (stmt == NULL)
    return fail (self, TRUE);
  sqlite3_bind_int64 (stmt, 1, category_id);
  if (!query_int64 (self, stmt, 0, &old, error))
    return fail (self, TRUE);

  if (current > 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_CATEGORY_NOT_EMPTY,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The catégorie “%s” holds %u prestation: move it to another catégorie or delete it first.",
                                "The catégorie “%s” holds %u prestations: move them to another catégorie or delete them first.",
                                (gulong) current),
                   lt_category_get_name (category), (guint) current);
      return fail (self, TRUE);
    }
  if (old > 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_CATEGORY_NOT_EMPTY,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The catégorie “%s” keeps %u earlier version of a prestation that projects still use: it cannot be deleted.",
                                "The catégorie “%s” keeps %u earlier versions of prestations that projects still use: it cannot be deleted.",
                                (gulong) old),
                   lt_category_get_name (category), (guint) old);
      return fail (self, TRUE);
    }

  if (!lt_store_delete_category (self, category_id, lt_category_get_revision (category), error))
    return fail (self, TRUE);

  return lt_store_commit (self, error);
}

gboolean
lt_store_catalogue_rename_category (LtStore     *self,
                                    gint64       category_id,
                                    const char  *name,
                                    GError     **error)
{
  g_autoptr(LtCategory) category = NULL;
  g_autofree char *stripped = NULL;
  sqlite3_stmt *stmt;
  gint64 other = 0;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  if (stripped[0] == '\0')
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NAME_REQUIRED,
                   _("The catégorie’s name is required: type a name before saving."));
      return FALSE;
    }

  if (!lt_store_begin (self, error))
    return FALSE;

  category = lt_store_get_category (self, category_id, error);
  if (category == NULL)
    return fail (self, TRUE);

  stmt = lt_store_prepare (self, "SELECT id FROM categories WHERE name = ? COLLATE NOCASE AND id <> ?", error);
  if (stmt == NULL)
    return fail (self, TRUE);
  lt_store_bind_text (stmt, 1, stripped);
  sqlite3_bind_int64 (stmt, 2, category_id);
  if (!query_int64 (self, stmt, 0, &other, error))
    return fail (self, TRUE);
  if (other != 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_CONSTRAINT,
                   _("A catégorie is already called “%s”: choose another name."), stripped);
      return fail (self, TRUE);
    }

  lt_category_set_name (category, stripped);
  if (!lt_store_update_category (self, category, error))
    return fail (self, TRUE);

  return lt_store_commit (self, error);
}

/**
 * lt_store_catalogue_move_category:
 * @position: its new place, 0 first
 *
 * Reorders the catégories: every one gets its place 0…n-1.
 */
gboolean
lt_store_catalogue_move_category (LtStore  *self,
                                  gint64    category_id,
                                  guint     position,
                                  GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) select = NULL;
  sqlite3_stmt *stmt;
  int rc;
  guint found = G_MAXUINT;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_begin (self, error))
    return FALSE;

  if (sqlite3_prepare_v2 (lt_store_get_db (self),
                          "SELECT id FROM categories ORDER BY position, name COLLATE NOCASE, id",
                          -1, &select, NULL) != SQLITE_OK)
    {
      lt_store_check_step (self, sqlite3_errcode (lt_store_get_db (self)), error);
      return fail (self, TRUE);
    }
  while ((rc = lt_store_step (self, select)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (select, 0);

      if (id == category_id)
        found = ids->len;
      else
        g_array_append_val (ids, id);
    }
  if (!lt_store_check_step (self, rc, error))
    return fail (self, TRUE);
  if (found == G_MAXUINT)
    {
      if (!lt_store_set_never_existed_error (self, "categories", category_id, error))
        g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                     _("This catégorie no longer exists: someone else deleted it."));
      return fail (self, TRUE);
    }
  g_array_insert_val (ids, MIN (position, ids->len), category_id);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      stmt = lt_store_prepare (self, "UPDATE categories SET position = ?, revision = revision + 1 "
                                     "WHERE id = ? AND position <> ?1", error);
      if (stmt == NULL)
        return fail (self, TRUE);
      sqlite3_bind_int (stmt, 1, (int) i);
      sqlite3_bind_int64 (stmt, 2, id);
      if (!run (self, stmt, error))
        return fail (self, TRUE);
      if (sqlite3_changes (lt_store_get_db (self)) > 0)
        lt_store_notify (self, "categories", id, LT_STORE_CHANGE_UPDATE);
    }

  return lt_store_commit (self, error);
}

/* Prestations */

/**
 * lt_store_catalogue_count_uses:
 *
 * How many assignments (projects) and document lines point at this version.
 */
guint
lt_store_catalogue_count_uses (LtStore *self,
                               gint64   prestation_id)
{
  sqlite3_stmt *stmt;
  gint64 n = 0;

  stmt = lt_store_prepare (self,
                           "SELECT (SELECT COUNT(*) FROM assignments WHERE prestation_id = ?1) + "
                           "(SELECT COUNT(*) FROM document_lines WHERE prestation_id = ?1)", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, prestation_id);
  query_int64 (self, stmt, 0, &n, NULL);
  return (guint) n;
}

/**
 * lt_store_catalogue_load_graph:
 *
 * Returns: (transfer full) (nullable): the steps and links of a prestation,
 *   each node carrying its step id
 */
LtStepGraph *
lt_store_catalogue_load_graph (LtStore  *self,
                               gint64    prestation_id,
                               GError  **error)
{
  g_autoptr(LtStepGraph) graph = lt_step_graph_new ();
  g_autoptr(GHashTable) uid_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) steps = NULL;
  g_autoptr(sqlite3_stmt) links = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  db = lt_store_get_db (self);
  if (sqlite3_prepare_v2 (db, "SELECT id, kind, title, description, delay_days, x, y, client_title, from_period_end FROM steps "
                              "WHERE prestation_id = ? ORDER BY position, id", -1, &steps, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "SELECT l.from_step_id, l.to_step_id, l.lag_days FROM step_links l "
                              "JOIN steps s ON s.id = l.to_step_id WHERE s.prestation_id = ? ORDER BY l.id",
                          -1, &links, NULL) != SQLITE_OK)
    {
      lt_store_check_step (self, sqlite3_errcode (db), error);
      return NULL;
    }

  sqlite3_bind_int64 (steps, 1, prestation_id);
  while ((rc = lt_store_step (self, steps)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (steps, 0);
      int kind = LT_STEP_KIND_TASK;
      guint uid;

      lt_enum_from_nick (LT_TYPE_STEP_KIND, (const char *) sqlite3_column_text (steps, 1), &kind);
      uid = lt_step_graph_add_node (graph, kind, (const char *) sqlite3_column_text (steps, 2));
      lt_step_graph_set_step_id (graph, uid, id);
      lt_step_graph_set_description (graph, uid, (const char *) sqlite3_column_text (steps, 3));
      if (sqlite3_column_type (steps, 4) != SQLITE_NULL)
        lt_step_graph_set_delay_days (graph, uid, sqlite3_column_int (steps, 4));
      lt_step_graph_set_position (graph, uid, sqlite3_column_double (steps, 5), sqlite3_column_double (steps, 6));
      lt_step_graph_set_client_title (graph, uid, (const char *) sqlite3_column_text (steps, 7));
      lt_step_graph_set_from_period_end (graph, uid, sqlite3_column_int (steps, 8) != 0);
      g_hash_table_insert (uid_of, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (uid));
    }
  if (!lt_store_check_step (self, rc, error))
    return NULL;

  sqlite3_bind_int64 (links, 1, prestation_id);
  while ((rc = lt_store_step (self, links)) == SQLITE_ROW)
    {
      gint64 from = sqlite3_column_int64 (links, 0);
      gint64 to = sqlite3_column_int64 (links, 1);
      guint a = GPOINTER_TO_UINT (g_hash_table_lookup (uid_of, &from));
      guint b = GPOINTER_TO_UINT (g_hash_table_lookup (uid_of, &to));

      /* a link to another prestation's step would be corrupt data: skip it */
      if (a != 0 && b != 0 && a != b)
        lt_step_graph_add_link_unchecked (graph, a, b, sqlite3_column_int (links, 2));
    }
  if (!lt_store_check_step (self, rc, error))
    return NULL;

  return g_steal_pointer (&graph);
}

/* The rules a graph must follow before it is written. */
static gboolean
validate_graph (LtStepGraph  *graph,
                GError      **error)
{
  for (guint i = 0; i < lt_step_graph_get_n_nodes (graph); i++)
    {
      const LtGraphNode *node = lt_step_graph_get_nth (graph, i);
      if (lt_text_is_blank (node->title))
        {
          g_autofree char *label = lt_step_graph_dup_label (graph, node->uid);
          g_set_error (error, LT_ERROR, LT_ERROR_NAME_REQUIRED,
                       _("Step %s has no title: say in a few words what is done or asked."), label);
          return FALSE;
        }
      if (!lt_validate_name (node->title, LT_ERROR_NAME_REQUIRED, "", error) ||
          !lt_validate_text (node->description, TRUE, error))
        return FALSE;
    }
  return lt_step_graph_check_acyclic (graph, error);
}

/* Writes every step and link of @graph for @prestation_id. With @fresh,
 * every step is a new row (a new prestation or a new version); otherwise
 * the rows are brought in line (deleted, updated, inserted). @step_ids
 * receives the row of each node, in list order. */
static gboolean
write_graph (LtStore      *self,
             gint64        prestation_id,
             LtStepGraph  *graph,
             gboolean      fresh,
             GArray       *step_ids,
             GError      **error)
{
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) row_of = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) links = NULL;
  sqlite3_stmt *stmt;
  guint n = lt_step_graph_get_n_nodes (graph);

  if (!fresh)
    {
      g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(sqlite3_stmt) select = NULL;
      int rc;

      for (guint i = 0; i < n; i++)
        {
          gint64 id = lt_step_graph_get_nth (graph, i)->step_id;
          if (id > 0)
            g_hash_table_add (kept, g_memdup2 (&id, sizeof id));
        }

      if (sqlite3_prepare_v2 (lt_store_get_db (self), "SELECT id FROM steps WHERE prestation_id = ?",
                              -1, &select, NULL) != SQLITE_OK)
        return lt_store_check_step (self, sqlite3_errcode (lt_store_get_db (self)), error);
      sqlite3_bind_int64 (select, 1, prestation_id);
      while ((rc = lt_store_step (self, select)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (select, 0);
          if (!g_hash_table_contains (kept, &id))
            g_array_append_val (gone, id);
        }
      if (!lt_store_check_step (self, rc, error))
        return FALSE;

      /* links first: they are all written again below */
      stmt = lt_store_prepare (self, "DELETE FROM step_links WHERE to_step_id IN "
                                     "(SELECT id FROM steps WHERE prestation_id = ?) RETURNING id", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, prestation_id);
      {
        int r;
        while ((r = lt_store_step (self, stmt)) == SQLITE_ROW)
          lt_store_notify (self, "step_links", sqlite3_column_int64 (stmt, 0), LT_STORE_CHANGE_DELETE);
        sqlite3_reset (stmt);
        if (!lt_store_check_step (self, r, error))
          return FALSE;
      }

      for (guint i = 0; i < gone->len; i++)
        {
          gint64 id = g_array_index (gone, gint64, i);

          stmt = lt_store_prepare (self, "DELETE FROM steps WHERE id = ?", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          if (!run (self, stmt, error))
            return FALSE;
          lt_store_notify (self, "steps", id, LT_STORE_CHANGE_DELETE);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      const LtGraphNode *node = lt_step_graph_get_nth (graph, i);
      g_autofree char *title = g_strstrip (g_strdup (node->title));
      gint64 id = fresh ? 0 : node->step_id;
      gboolean update = id > 0;

      if (update)
        stmt = lt_store_prepare (self, "UPDATE steps SET kind = ?, title = ?, description = ?, delay_days = ?, "
                                       "position = ?, x = ?, y = ?, revision = revision + 1, client_title = ?10, "
                                       "from_period_end = ?11 WHERE id = ?8 AND prestation_id = ?9 RETURNING id", error);
      else
        stmt = lt_store_prepare (self, "INSERT INTO steps (kind, title, description, delay_days, position, x, y, "
                                       "prestation_id, client_title, from_period_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?10, ?11) "
                                       "RETURNING id", error);
      if (stmt == NULL)
        return FALSE;
      lt_store_bind_text (stmt, 1, lt_enum_to_nick (LT_TYPE_STEP_KIND, node->kind));
      lt_store_bind_text (stmt, 2, title);
      lt_store_bind_text (stmt, 3, node->description != NULL ? node->description : "");
      if (node->delay_days >= 0)
        sqlite3_bind_int (stmt, 4, node->delay_days);
      else
        sqlite3_bind_null (stmt, 4);
      sqlite3_bind_int (stmt, 5, (int) i);
      sqlite3_bind_double (stmt, 6, node->x);
      sqlite3_bind_double (stmt, 7, node->y);
      /* issue 12: the client's wording, "" for the default */
      lt_store_bind_text (stmt, 10, node->client_title != NULL ? node->client_title : "");
      sqlite3_bind_int (stmt, 11, node->from_period_end ? 1 : 0);
      if (update)
        {
          sqlite3_bind_int64 (stmt, 8, id);
          sqlite3_bind_int64 (stmt, 9, prestation_id);
        }
      else
        sqlite3_bind_int64 (stmt, 8, prestation_id);

      {
        int rc = lt_store_step (self, stmt);

        if (rc == SQLITE_ROW)
          {
            id = sqlite3_column_int64 (stmt, 0);
            sqlite3_reset (stmt);
          }
        else
          {
            sqlite3_reset (stmt);
            if (!lt_store_check_step (self, rc, error))
              return FALSE;
            g_set_error (error, LT_ERROR, LT_ERROR_CONFLICT,
                         _("A step of this prestation was deleted by someone else; reload it before saving."));
            return FALSE;
          }
      }
      lt_store_notify (self, "steps", id, update ? LT_STORE_CHANGE_UPDATE : LT_STORE_CHANGE_INSERT);
      g_array_append_val (step_ids, id);
      g_hash_table_insert (row_of, GUINT_TO_POINTER (node->uid), GSIZE_TO_POINTER ((gsize) i));
    }

  links = lt_step_graph_dup_links (graph);
  for (guint i = 0; i < links->len; i++)
    {
      const LtGraphLink *l = &g_array_index (links, LtGraphLink, i);
      gint64 from = g_array_index (step_ids, gint64, GPOINTER_TO_SIZE (g_hash_table_lookup (row_of, GUINT_TO_POINTER (l->from))));
      gint64 to = g_array_index (step_ids, gint64, GPOINTER_TO_SIZE (g_hash_table_lookup (row_of, GUINT_TO_POINTER (l->to))));
      gint64 link_id = 0;

      stmt = lt_store_prepare (self, "INSERT INTO step_links (from_step_id, to_step_id, lag_days) "
                                     "VALUES (?, ?, ?) RETURNING id", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, from);
      sqlite3_bind_int64 (stmt, 2, to);
      sqlite3_bind_int (stmt, 3, l->lag_days);
      if (!query_int64 (self, stmt, 0, &link_id, error))
        return FALSE;
      lt_store_notify (self, "step_links", link_id, LT_STORE_CHANGE_INSERT);
    }

  return TRUE;
}

/**
 * lt_store_catalogue_save_prestation:
 * @prestation: id 0 for a new one; otherwise the revision it was read at
 * @graph: its steps and links (positions included)
 * @new_version: (out) (optional): whether a new version was made
 *
 * Saves a prestation and its whole graph in one transaction. Once a project
 * or a document uses this version, the change becomes a new version (same
 * family, version + 1, now the current one, with copies of its steps and
 * links) and the old one stays as it was for those who use it. On success
 * @prestation and the step ids of @graph point at the rows written.
 */
gboolean
lt_store_catalogue_save_prestation (LtStore       *self,
                                    LtPrestation  *prestation,
                                    LtStepGraph   *graph,
                                    gboolean      *new_version,
                                    GError       **error)
{
  g_autoptr(GArray) step_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id, old_id, old_family, old_revision;
  int old_version;
  gboolean old_current;
  gboolean versioned = FALSE;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (LT_IS_PRESTATION (prestation), FALSE);
  g_return_val_if_fail (LT_IS_STEP_GRAPH (graph), FALSE);

  if (!validate_graph (graph, error))
    return FALSE;

  old_id = id = lt_prestation_get_id (prestation);
  old_family = lt_prestation_get_family_id (prestation);
  old_version = lt_prestation_get_version (prestation);
  old_revision = lt_prestation_get_revision (prestation);
  old_current = lt_prestation_get_is_current (prestation);

  if (!lt_store_begin (self, error))
    return FALSE;

  if (id == 0)
    {
      lt_prestation_set_is_current (prestation, TRUE);
      if (lt_prestation_get_version (prestation) < 1)
        lt_prestation_set_version (prestation, 1);
      if (!lt_store_add_prestation (self, prestation, error))
        goto failed;
    }
  else if (lt_store_catalogue_count_uses (self, id) > 0)
    {
      gint64 revision = 0, family = 0, version = 0;

      stmt = lt_store_prepare (self, "SELECT revision, family_id FROM prestations WHERE id = ?", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, id);
      if (lt_store_step (self, stmt) == SQLITE_ROW)
        {
          revision = sqlite3_column_int64 (stmt, 0);
          family = sqlite3_column_int64 (stmt, 1);
        }
      sqlite3_reset (stmt);
      if (revision == 0)
        {
          if (!lt_store_set_never_existed_error (self, "prestations", id, error))
            g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                         _("This prestation no longer exists: someone else deleted it."));
          goto failed;
        }
      if (revision != old_revision)
        {
          g_set_error (error, LT_ERROR, LT_ERROR_CONFLICT,
                       _("This prestation was changed by someone else; reload it before saving."));
          goto failed;
        }
      if (family == 0)
        family = id;

      stmt = lt_store_prepare (self, "SELECT MAX(version) FROM prestations WHERE family_id = ?", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, family);
      if (!query_int64 (self, stmt, 1, &version, error))
        goto failed;

      stmt = lt_store_prepare (self, "UPDATE prestations SET is_current = 0, revision = revision + 1 "
                                     "WHERE (family_id = ?1 OR id = ?1) AND is_current = 1 RETURNING id", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, family);
      {
        int rc;
        while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
          lt_store_notify (self, "prestations", sqlite3_column_int64 (stmt, 0), LT_STORE_CHANGE_UPDATE);
        sqlite3_reset (stmt);
        if (!lt_store_check_step (self, rc, error))
          goto failed;
      }

      lt_prestation_set_id (prestation, 0);
      lt_prestation_set_family_id (prestation, family);
      lt_prestation_set_version (prestation, (int) version + 1);
      lt_prestation_set_is_current (prestation, TRUE);
      if (!lt_store_add_prestation (self, prestation, error))
        goto failed;
      versioned = TRUE;
    }
  else
    {
      if (!lt_store_update_prestation (self, prestation, error))
        goto failed;
    }

  if (!write_graph (self, lt_prestation_get_id (prestation), graph, old_id == 0 || versioned, step_ids, error))
    goto failed;
  /* issue 14: the new version keeps the links across prestations */
  if (versioned && !lt_store_cross_links_copy_graph (self, graph, step_ids, error))
    goto failed;

  if (!lt_store_commit (self, error))
    goto restore;

  for (guint i = 0; i < step_ids->len; i++)
    lt_step_graph_set_step_id (graph, lt_step_graph_get_nth (graph, i)->uid, g_array_index (step_ids, gint64, i));
  if (new_version != NULL)
    *new_version = versioned;
  return TRUE;

failed:
  lt_store_rollback (self);
restore:
  lt_prestation_set_id (prestation, old_id);
  lt_prestation_set_family_id (prestation, old_family);
  lt_prestation_set_version (prestation, old_version);
  lt_prestation_set_revision (prestation, old_revision);
  lt_prestation_set_is_current (prestation, old_current);
  return FALSE;
}

/**
 * lt_store_catalogue_duplicate_prestation:
 *
 * Copies a prestation with its steps and links into a new prestation
 * (its own family, « … (copie) »).
 *
 * Returns: the id of the copy, 0 on error
 */
gint64
lt_store_catalogue_duplicate_prestation (LtStore  *self,
                                         gint64    prestation_id,
                                         GError  **error)
{
  g_autoptr(LtPrestation) prestation = NULL;
  g_autoptr(LtStepGraph) graph = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), 0);

  if (!lt_store_begin (self, error))
    return 0;

  prestation = lt_store_get_prestation (self, prestation_id, error);
  if (prestation == NULL)
    goto failed;
  graph = lt_store_catalogue_load_graph (self, prestation_id, error);
  if (graph == NULL)
    goto failed;

  /* TRANSLATORS: name of a duplicated prestation */
  name = g_strdup_printf (_("%s (copy)"), lt_prestation_get_name (prestation));
  lt_prestation_set_name (prestation, name);
  lt_prestation_set_id (prestation, 0);
  lt_prestation_set_family_id (prestation, 0);
  lt_prestation_set_version (prestation, 1);
  lt_prestation_set_revision (prestation, 0);
  lt_prestation_set_archived (prestation, FALSE);
  for (guint i = 0; i < lt_step_graph_get_n_nodes (graph); i++)
    lt_step_graph_set_step_id (graph, lt_step_graph_get_nth (graph, i)->uid, 0);

  if (!lt_store_catalogue_save_prestation (self, prestation, graph, NULL, error))
    goto failed;
  if (!lt_store_commit (self, error))
    return 0;
  return lt_prestation_get_id (prestation);

failed:
  lt_store_rollback (self);
  return 0;
}

gboolean
lt_store_catalogue_archive_prestation (LtStore  *self,
                                       gint64    prestation_id,
                                       gboolean  archived,
                                       GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_begin (self, error))
    return FALSE;

  stmt = lt_store_prepare (self, "UPDATE prestations SET archived = ?, revision = revision + 1 "
                                 "WHERE id = ? AND archived <> ?1", error);
  if (stmt == NULL)
    return fail (self, TRUE);
  sqlite3_bind_int (stmt, 1, archived ? 1 : 0);
  sqlite3_bind_int64 (stmt, 2, prestation_id);
  if (!run (self, stmt, error))
    return fail (self, TRUE);
  if (sqlite3_changes (lt_store_get_db (self)) == 0)
    {
      g_autoptr(LtPrestation) exists = lt_store_get_prestation (self, prestation_id, error);
      if (exists == NULL)
        return fail (self, TRUE);
    }
  else
    lt_store_notify (self, "prestations", prestation_id, LT_STORE_CHANGE_UPDATE);

  return lt_store_commit (self, error);
}
