/* lt-store-catalogue.c: CRUD of catégories, prestations, their steps and links */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-query-model.h"
#include "lt-store-catalogue.h"
#include "lt-store-private.h"
#include "lt-text.h"

/* categories */

static gboolean
validate_category (LtStore  *store,
                   GObject  *object,
                   GError  **error)
{
  return lt_store_require_text (lt_category_get_name (LT_CATEGORY (object)), LT_ERROR_NAME_REQUIRED,
                                _("The catégorie’s name is required: type a name before saving."),
                                error);
}

static const LtEntity category_entity = {
  .table = "categories",
  .get_type = lt_category_get_type,
  .conflict_message = N_("This catégorie was changed by someone else; reload it before saving."),
  .not_found_message = N_("This catégorie no longer exists: someone else deleted it."),
  .validate = validate_category,
};

gboolean
lt_store_add_category (LtStore     *self,
                       LtCategory  *category,
                       GError     **error)
{
  g_return_val_if_fail (LT_IS_CATEGORY (category), FALSE);

  return lt_store_row_add (self, &category_entity, G_OBJECT (category), error);
}

/**
 * lt_store_get_category:
 *
 * Returns: (transfer full): the catégorie, or %NULL (LT_ERROR_NOT_FOUND)
 */
LtCategory *
lt_store_get_category (LtStore  *self,
                       gint64    id,
                       GError  **error)
{
  return lt_store_row_get (self, &category_entity, id, error);
}

gboolean
lt_store_update_category (LtStore     *self,
                          LtCategory  *category,
                          GError     **error)
{
  g_return_val_if_fail (LT_IS_CATEGORY (category), FALSE);

  return lt_store_row_update (self, &category_entity, G_OBJECT (category), error);
}

gboolean
lt_store_delete_category (LtStore  *self,
                          gint64    id,
                          gint64    revision,
                          GError  **error)
{
  return lt_store_row_delete (self, &category_entity, id, revision, error);
}

/* prestations */

static gboolean
validate_prestation (LtStore  *store,
                     GObject  *object,
                     GError  **error)
{
  LtPrestation *prestation = LT_PRESTATION (object);
  gint64 price = lt_prestation_get_price_cents (prestation);

  if (!lt_store_require_text (lt_prestation_get_name (prestation), LT_ERROR_NAME_REQUIRED,
                              _("The prestation’s name is required: type a name before saving."),
                              error))
    return FALSE;

  /* -1 means "no catalogue price" */
  if (price < -1)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NEGATIVE_PRICE,
                   _("A price cannot be negative: type an amount of 0 € or more, "
                     "or leave it empty."));
      return FALSE;
    }

  if (lt_prestation_get_category_id (prestation) <= 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_CONSTRAINT,
                   _("Choose the catégorie of this prestation before saving."));
      return FALSE;
    }

  return TRUE;
}

static char *
prestation_search_key (GObject *object)
{
  const char *name = lt_prestation_get_name (LT_PRESTATION (object));

  return lt_text_fold (name ? name : "");
}

/* The first version of a prestation starts its family. */
static gboolean
prestation_after_insert (LtStore  *store,
                         GObject  *object,
                         gint64    id,
                         GError  **error)
{
  sqlite3_stmt *stmt;

  if (lt_prestation_get_family_id (LT_PRESTATION (object)) != 0)
    return TRUE;

  stmt = lt_store_prepare (store, "UPDATE prestations SET family_id = ?1 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!lt_store_check_step (store, lt_store_step (store, stmt), error))
    {
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  lt_prestation_set_family_id (LT_PRESTATION (object), id);

  return TRUE;
}

static const LtEntity prestation_entity = {
  .table = "prestations",
  .alias = "p",
  .from_sql = "prestations p LEFT JOIN categories c ON c.id = p.category_id",
  .display_sql = "c.name",
  .get_type = lt_prestation_get_type,
  .conflict_message = N_("This prestation was changed by someone else; reload it before saving."),
  .not_found_message = N_("This prestation no longer exists: someone else deleted it."),
  .validate = validate_prestation,
  .search_key = prestation_search_key,
  .after_insert = prestation_after_insert,
};

gboolean
lt_store_add_prestation (LtStore       *self,
                         LtPrestation  *prestation,
                         GError       **error)
{
  g_return_val_if_fail (LT_IS_PRESTATION (prestation), FALSE);

  return lt_store_row_add (self, &prestation_entity, G_OBJECT (prestation), error);
}

/**
 * lt_store_get_prestation:
 *
 * Returns: (transfer full): the prestation (with its category-name), or
 *   %NULL (LT_ERROR_NOT_FOUND)
 */
LtPrestation *
lt_store_get_prestation (LtStore  *self,
                         gint64    id,
                         GError  **error)
{
  return lt_store_row_get (self, &prestation_entity, id, error);
}

gboolean
lt_store_update_prestation (LtStore       *self,
                            LtPrestation  *prestation,
                            GError       **error)
{
  g_return_val_if_fail (LT_IS_PRESTATION (prestation), FALSE);

  return lt_store_row_update (self, &prestation_entity, G_OBJECT (prestation), error);
}

gboolean
lt_store_delete_prestation (LtStore  *self,
                            gint64    id,
                            gint64    revision,
                            GError  **error)
{
  return lt_store_row_delete (self, &prestation_entity, id, revision, error);
}

/* steps */

static gboolean
validate_step (LtStore  *store,
               GObject  *object,
               GError  **error)
{
  LtStep *step = LT_STEP (object);

  if (!lt_store_require_text (lt_step_get_title (step), LT_ERROR_NAME_REQUIRED,
                              _("The title of the tâche or demande is required: type a title before saving."),
                              error))
    return FALSE;

  /* -1 means "no délai" */
  if (lt_step_get_delay_days (step) < -1)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NEGATIVE_DELAY,
                   _("A délai cannot be negative: type a number of working days of 0 or more."));
      return FALSE;
    }

  return TRUE;
}

static const LtEntity step_entity = {
  .table = "steps",
  .get_type = lt_step_get_type,
  .conflict_message = N_("This tâche or demande of the prestation was changed by someone else; "
                         "reload it before saving."),
  .not_found_message = N_("This tâche or demande of the prestation no longer exists: someone else deleted it."),
  .validate = validate_step,
};

gboolean
lt_store_add_step (LtStore  *self,
                   LtStep   *step,
                   GError  **error)
{
  g_return_val_if_fail (LT_IS_STEP (step), FALSE);

  return lt_store_row_add (self, &step_entity, G_OBJECT (step), error);
}

/**
 * lt_store_get_step:
 *
 * Returns: (transfer full): the step, or %NULL (LT_ERROR_NOT_FOUND)
 */
LtStep *
lt_store_get_step (LtStore  *self,
                   gint64    id,
                   GError  **error)
{
  return lt_store_row_get (self, &step_entity, id, error);
}

gboolean
lt_store_update_step (LtStore  *self,
                      LtStep   *step,
                      GError  **error)
{
  g_return_val_if_fail (LT_IS_STEP (step), FALSE);

  return lt_store_row_update (self, &step_entity, G_OBJECT (step), error);
}

gboolean
lt_store_delete_step (LtStore  *self,
                      gint64    id,
                      gint64    revision,
                      GError  **error)
{
  return lt_store_row_delete (self, &step_entity, id, revision, error);
}

/* step links */

static gboolean
validate_step_link (LtStore  *store,
                    GObject  *object,
                    GError  **error)
{
  LtStepLink *link = LT_STEP_LINK (object);
  gint64 from = lt_step_link_get_from_step_id (link);
  gint64 to = lt_step_link_get_to_step_id (link);
  sqlite3_stmt *stmt;
  int rc;

  if (from == to)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_SELF_LINK,
                   _("A tâche cannot depend on itself: choose another step to link to."));
      return FALSE;
    }

  if (lt_step_link_get_lag_days (link) < 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NEGATIVE_DELAY,
                   _("A lag cannot be negative: type a number of working days of 0 or more."));
      return FALSE;
    }

  stmt = lt_store_prepare (store,
                           "SELECT 1 FROM step_links WHERE from_step_id = ? AND to_step_id = ? AND id <> ?",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to);
  sqlite3_bind_int64 (stmt, 3, lt_step_link_get_id (link));
  rc = lt_store_step (store, stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_DUPLICATE_LINK,
                   _("These two steps are already linked: the dependency exists."));
      return FALSE;
    }

  return lt_store_check_step (store, rc, error);
}

static const LtEntity step_link_entity = {
  .table = "step_links",
  .get_type = lt_step_link_get_type,
  .conflict_message = N_("This dependency was changed by someone else; reload it before saving."),
  .not_found_message = N_("This dependency no longer exists: someone else deleted it."),
  .validate = validate_step_link,
};

gboolean
lt_store_add_step_link (LtStore     *self,
                        LtStepLink  *link,
                        GError     **error)
{
  g_return_val_if_fail (LT_IS_STEP_LINK (link), FALSE);

  return lt_store_row_add (self, &step_link_entity, G_OBJECT (link), error);
}

/**
 * lt_store_get_step_link:
 *
 * Returns: (transfer full): the link, or %NULL (LT_ERROR_NOT_FOUND)
 */
LtStepLink *
lt_store_get_step_link (LtStore  *self,
                        gint64    id,
                        GError  **error)
{
  return lt_store_row_get (self, &step_link_entity, id, error);
}

gboolean
lt_store_update_step_link (LtStore     *self,
                           LtStepLink  *link,
                           GError     **error)
{
  g_return_val_if_fail (LT_IS_STEP_LINK (link), FALSE);

  return lt_store_row_update (self, &step_link_entity, G_OBJECT (link), error);
}

gboolean
lt_store_delete_step_link (LtStore  *self,
                           gint64    id,
                           gint64    revision,
                           GError  **error)
{
  return lt_store_row_delete (self, &step_link_entity, id, revision, error);
}

/* lists */

/**
 * lt_store_list_categories:
 *
 * Returns: (transfer full): a lazy list of LtCategory
 */
GListModel *
lt_store_list_categories (LtStore *self)
{
  return lt_store_row_list (self, &category_entity,
                            "SELECT id FROM categories ORDER BY position, name COLLATE lt_fold, id",
                            NULL, NULL);
}

/**
 * lt_store_list_prestations:
 *
 * Returns: (transfer full): a lazy list of LtPrestation
 */
GListModel *
lt_store_list_prestations (LtStore    *self,
                           gint64      category_id,
                           const char *search,
                           gboolean    include_archived)
{
  static const char * const dependencies[] = { "categories", NULL };
  g_autofree char *pattern = lt_store_search_pattern (search);
  g_autofree char *sql = lt_store_compose_query ("SELECT id FROM prestations", "ORDER BY search_key, id", 4,
                                                 "is_current = 1",
                                                 category_id != 0 ? "category_id = ?1" : NULL,
                                                 pattern != NULL
                                                   ? "search_key LIKE '%' || ?2 || '%' ESCAPE '\\'"
                                                   : NULL,
                                                 include_archived ? NULL : "archived = 0");

  return lt_store_row_list (self, &prestation_entity, sql,
                            g_variant_new ("(xms)", category_id, pattern),
                            dependencies);
}

/**
 * lt_store_list_steps:
 *
 * Returns: (transfer full): a lazy list of LtStep
 */
GListModel *
lt_store_list_steps (LtStore *self,
                     gint64   prestation_id)
{
  static const char * const dependencies[] = { "prestations", NULL };

  return lt_store_row_list (self, &step_entity,
                            "SELECT id FROM steps WHERE prestation_id = ?1 ORDER BY position, id",
                            g_variant_new ("(x)", prestation_id), dependencies);
}

/**
 * lt_store_list_step_links:
 *
 * Returns: (transfer full): a lazy list of LtStepLink
 */
GListModel *
lt_store_list_step_links (LtStore *self,
                          gint64   prestation_id)
{
  static const char * const dependencies[] = { "steps", "prestations", NULL };

  return lt_store_row_list (self, &step_link_entity,
                            "SELECT l.id FROM step_links l JOIN steps s ON s.id = l.from_step_id "
                            "WHERE s.prestation_id = ?1 ORDER BY l.id",
                            g_variant_new ("(x)", prestation_id), dependencies);
}
