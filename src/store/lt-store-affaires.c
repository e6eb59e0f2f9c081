/* lt-store-affaires.c: CRUD of the cabinet, its intervenants, affaires and contacts */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-exercice.h"
#include "lt-query-model.h"
#include "lt-siren.h"
#include "lt-store-affaires.h"
#include "lt-working-days.h"
#include "lt-store-private.h"
#include "lt-store-task-status-private.h"
#include "lt-text.h"
#include "lt-validate.h"

/* firm */

static gboolean
validate_firm (LtStore  *store,
               GObject  *object,
               GError  **error)
{
  LtFirm *firm = LT_FIRM (object);
  const char *siren = lt_firm_get_siren (firm);

  if (siren != NULL && *siren != '\0')
    {
      g_autofree char *normal = lt_siren_normalize (siren);

      if (!lt_siren_validate (normal, error))
        return FALSE;
      lt_firm_set_siren (firm, normal);
    }

  return lt_store_check_email (lt_firm_get_email (firm), error);
}

static const LtEntity firm_entity = {
  .table = "firm",
  .single_row = TRUE,
  .get_type = lt_firm_get_type,
  .conflict_message = N_("The cabinet’s details were changed by someone else; reload them before saving."),
  .not_found_message = N_("The cabinet’s details are missing from the database."),
  .validate = validate_firm,
};

/**
 * lt_store_apply_firm_calendar:
 *
 * The working days of the process follow the cabinet's setting (the
 * holidays of Alsace-Moselle): read when the store opens and each time the
 * firm is written. A database without the setting (before schema 7, opened
 * read-only) has the national holidays.
 */
void
lt_store_apply_firm_calendar (LtStore *self)
{
  sqlite3_stmt *stmt;
  gboolean local = FALSE;

  stmt = lt_store_prepare (self, "SELECT alsace_moselle FROM firm WHERE id = 1", NULL);
  if (stmt != NULL)
    {
      if (lt_store_step (self, stmt) == SQLITE_ROW)
        local = sqlite3_column_int (stmt, 0) != 0;
      sqlite3_reset (stmt);
    }
  lt_working_days_set_alsace_moselle (local);
}

/**
 * lt_store_get_firm:
 *
 * The cabinet's details (row 1, created empty if an older database lacks it).
 *
 * Returns: (transfer full): the firm, or %NULL with @error set
 */
LtFirm *
lt_store_get_firm (LtStore  *self,
                   GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  LtFirm *firm;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  firm = lt_store_row_get (self, &firm_entity, 1, &local_error);
  if (firm != NULL)
    return firm;

  if (!g_error_matches (local_error, LT_ERROR, LT_ERROR_NOT_FOUND) || lt_store_is_read_only (self))
    {
      if (lt_store_is_read_only (self) && g_error_matches (local_error, LT_ERROR, LT_ERROR_NOT_FOUND))
        return g_object_new (LT_TYPE_FIRM, "id", (gint64)1, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  firm = lt_firm_new ();
  if (!lt_store_row_add (self, &firm_entity, G_OBJECT (firm), error))
    g_clear_object (&firm);

  return firm;
}

gboolean
lt_store_update_firm (LtStore  *self,
                      LtFirm   *firm,
                      GError  **error)
{
  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (LT_IS_FIRM (firm), FALSE);

  if (lt_firm_get_id (firm) == 0)
    lt_firm_set_id (firm, 1);

  if (!lt_store_row_update (self, &firm_entity, G_OBJECT (firm), error))
    return FALSE;
  lt_store_apply_firm_calendar (self);

  return TRUE;
}

/* staff */

static gboolean
validate_staff (LtStore  *store,
                GObject  *object,
                GError  **error)
{
  LtStaff *staff = LT_STAFF (object);
  int hours = lt_staff_get_weekly_hours (staff);

  if (!lt_store_require_text (lt_staff_get_name (staff), LT_ERROR_NAME_REQUIRED,
                              _("The intervenant’s name is required: type a name before saving."),
                              error) ||
      !lt_store_check_email (lt_staff_get_email (staff), error))
    return FALSE;

  if (hours < 0 || hours > 80)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_HOURS,
                   _("%d hours a week is not possible: type a number of hours between 0 and 80."),
                   hours);
      return FALSE;
    }

  return TRUE;
}

/* the intervenant's name, folded: tasks are found by it (migration 013) */
static char *
staff_search_key (GObject *object)
{
  const char *name = lt_staff_get_name (LT_STAFF (object));

  return lt_text_fold (name != NULL ? name : "");
}

static const LtEntity lt_staff_entity = {
  .table = "staff",
  .get_type = lt_staff_get_type,
  .search_key = staff_search_key,
  .conflict_message = N_("This intervenant was changed by someone else; reload it before saving."),
  .not_found_message = N_("This intervenant no longer exists: someone else deleted it."),
  .validate = validate_staff,
};

gboolean
lt_store_add_staff (LtStore  *self,
                    LtStaff  *staff,
                    GError  **error)
{
  g_return_val_if_fail (LT_IS_STAFF (staff), FALSE);

  return lt_store_row_add (self, &lt_staff_entity, G_OBJECT (staff), error);
}

/**
 * lt_store_get_staff:
 *
 * Returns: (transfer full): the intervenant, or %NULL (LT_ERROR_NOT_FOUND)
 */
LtStaff *
lt_store_get_staff (LtStore  *self,
                    gint64    id,
                    GError  **error)
{
  return lt_store_row_get (self, &lt_staff_entity, id, error);
}

gboolean
lt_store_update_staff (LtStore  *self,
                       LtStaff  *staff,
                       GError  **error)
{
  g_return_val_if_fail (LT_IS_STAFF (staff), FALSE);

  return lt_store_row_update (self, &lt_staff_entity, G_OBJECT (staff), error);
}

gboolean
lt_store_delete_staff (LtStore  *self,
                       gint64    id,
                       gint64    revision,
                       GError  **error)
{
  return lt_store_row_delete (self, &lt_staff_entity, id, revision, error);
}

/* affaires */

/* issue 13: a client exists through its first signed letter. A new
 * affaire has none in Lettrine: it is a client only with its letter
 * recorded outside (an imported client base); an affaire made a client by
 * hand needs a signed letter here or outside. */
static gboolean
check_client_letter (LtStore    *store,
                     LtAffaire  *affaire,
                     GError    **error)
{
  sqlite3_stmt *stmt;
  gboolean has_letter = FALSE;
  int rc;

  if (lt_affaire_get_state (affaire) != LT_AFFAIRE_STATE_CLIENT ||
      lt_affaire_has_letter_outside (affaire))
    return TRUE;

  if (lt_affaire_get_id (affaire) > 0)
    {
      stmt = lt_store_prepare (store,
                               "SELECT 1 FROM documents WHERE affaire_id = ? AND state IN ('signed', 'replaced')"
                               " AND kind IN ('lettre-de-mission', 'lettre-de-mission-substitutive') LIMIT 1",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, lt_affaire_get_id (affaire));
      rc = lt_store_step (store, stmt);
      has_letter = rc == SQLITE_ROW;
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && !lt_store_check_step (store, rc, error))
        return FALSE;
    }

  if (has_letter)
    return TRUE;

  g_set_error (error, LT_ERROR, LT_ERROR_CLIENT_WITHOUT_LETTER,
               _("« %s » cannot be a client yet: a client exists through its first signed engagement letter. Save it as a prospect and have a letter signed, or record the date and reference of the letter signed outside Lettrine."),
               lt_affaire_get_name (affaire));
  return FALSE;
}

static gboolean
validate_affaire (LtStore  *store,
                  GObject  *object,
                  GError  **error)
{
  LtAffaire *affaire = LT_AFFAIRE (object);
  const char *siren = lt_affaire_get_siren (affaire);

  if (!lt_store_require_text (lt_affaire_get_name (affaire), LT_ERROR_NAME_REQUIRED,
                              _("The affaire’s name is required: type the company’s name before saving."),
                              error) ||
      !lt_date_check_month_day (lt_affaire_get_fiscal_year_end (affaire), error) ||
      !lt_store_check_date (lt_affaire_get_lcbft_identified_on (affaire), TRUE, error) ||
      !lt_store_require_row (store, "staff", lt_affaire_get_lcbft_identified_by (affaire), error) ||
      !lt_exercice_validate (affaire, error))
    return FALSE;

  if (!lt_store_check_date (lt_affaire_get_letter_outside_date (affaire), TRUE, error) ||
      !check_client_letter (store, affaire, error))
    return FALSE;

  if (lt_affaire_get_lcbft_identified_on (affaire) != NULL)
    {
      g_autofree char *today = lt_date_today ();

      if (!lt_validate_not_future (lt_affaire_get_lcbft_identified_on (affaire), today,
                                   _("The LCB-FT identification"), error))
        return FALSE;
    }

  if (siren != NULL && *siren != '\0')
    {
      g_autofree char *normal = lt_siren_normalize (siren);
      sqlite3_stmt *stmt;
      int rc;

      if (!lt_siren_validate (normal, error))
        return FALSE;
      lt_affaire_set_siren (affaire, normal);

      /* Said plainly before the UNIQUE index would refuse it. */
      stmt = lt_store_prepare (store, "SELECT name FROM affaires WHERE siren = ? AND id <> ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, normal, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, lt_affaire_get_id (affaire));
      rc = lt_store_step (store, stmt);
      if (rc == SQLITE_ROW)
        {
          g_autofree char *formatted = lt_siren_format (normal);

          g_set_error (error, LT_ERROR, LT_ERROR_DUPLICATE_SIREN,
                       _("The SIREN %s is already the one of the affaire “%s”: "
                         "open that affaire instead of creating a second one."),
                       formatted, (const char *)sqlite3_column_text (stmt, 0));
          sqlite3_reset (stmt);
          return FALSE;
        }
      sqlite3_reset (stmt);
      if (!lt_store_check_step (store, rc, error))
        return FALSE;
    }

  return TRUE;
}

static char *
affaire_search_key (GObject *object)
{
  LtAffaire *affaire = LT_AFFAIRE (object);
  g_autofree char *text = g_strjoin (" ",
                                     lt_affaire_get_name (affaire) ? lt_affaire_get_name (affaire) : "",
                                     lt_affaire_get_siren (affaire) ? lt_affaire_get_siren (affaire) : "",
                                     lt_affaire_get_city (affaire) ? lt_affaire_get_city (affaire) : "",
                                     NULL);

  return lt_text_fold (text);
}

const LtEntity lt_affaire_entity = {
  .table = "affaires",
  .get_type = lt_affaire_get_type,
  .conflict_message = N_("This affaire was changed by someone else; reload it before saving."),
  .not_found_message = N_("This affaire no longer exists: someone else deleted it."),
  .validate = validate_affaire,
  .search_key = affaire_search_key,
};

gboolean
lt_store_add_affaire (LtStore    *self,
                      LtAffaire  *affaire,
                      GError    **error)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (affaire), FALSE);

  return lt_store_row_add (self, &lt_affaire_entity, G_OBJECT (affaire), error);
}

/**
 * lt_store_get_affaire:
 *
 * Returns: (transfer full): the affaire, or %NULL (LT_ERROR_NOT_FOUND)
 */
LtAffaire *
lt_store_get_affaire (LtStore  *self,
                      gint64    id,
                      GError  **error)
{
  return lt_store_row_get (self, &lt_affaire_entity, id, error);
}

gboolean
lt_store_update_affaire (LtStore    *self,
                         LtAffaire  *affaire,
                         GError    **error)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (affaire), FALSE);

  return lt_store_row_update (self, &lt_affaire_entity, G_OBJECT (affaire), error);
}

gboolean
lt_store_delete_affaire (LtStore  *self,
                         gint64    id,
                         gint64    revision,
                         GError  **error)
{
  g_autoptr(GArray) outside = NULL;
  gboolean began;

  /* its tasks go with it: the others they held back are told */
  if (!lt_store_op_begin (self, FALSE, &began, error))
    return FALSE;
  if ((outside = lt_store_task_status_outside_successors (self, "affaire_id", id, error)) == NULL ||
      !lt_store_row_delete (self, &lt_affaire_entity, id, revision, error) ||
      !lt_store_task_status_refresh_others (self, (const gint64 *) (gpointer) outside->data, outside->len, error))
    {
      lt_store_op_rollback (self, began);
      return FALSE;
    }

  return lt_store_op_commit (self, began, error);
}

/* contacts */

static gboolean
validate_contact (LtStore  *store,
                  GObject  *object,
                  GError  **error)
{
  LtContact *contact = LT_CONTACT (object);
  sqlite3_stmt *stmt;
  int rc;

  if (!lt_store_require_text (lt_contact_get_name (contact), LT_ERROR_NAME_REQUIRED,
                              _("The contact’s name is required: type a name before saving."),
                              error) ||
      !lt_store_check_email (lt_contact_get_email (contact), error) ||
      !lt_store_require_row (store, "affaires", lt_contact_get_affaire_id (contact), error))
    return FALSE;

  if (!lt_contact_get_is_signatory (contact))
    return TRUE;

  /* Said plainly before the UNIQUE index would refuse it. */
  stmt = lt_store_prepare (store, "SELECT name FROM contacts WHERE affaire_id = ? AND is_signatory = 1 "
                                  "AND id <> ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_contact_get_affaire_id (contact));
  sqlite3_bind_int64 (stmt, 2, lt_contact_get_id (contact));
  rc = lt_store_step (store, stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_SECOND_SIGNATORY,
                   _("« %s » already signs for this affaire: an affaire has one signatory. "
                     "Uncheck « signataire » on that contact first."),
                   (const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  return lt_store_check_step (store, rc, error);
}

static const LtEntity lt_contact_entity = {
  .table = "contacts",
  .get_type = lt_contact_get_type,
  .conflict_message = N_("This contact was changed by someone else; reload it before saving."),
  .not_found_message = N_("This contact no longer exists: someone else deleted it."),
  .validate = validate_contact,
};

gboolean
lt_store_add_contact (LtStore    *self,
                      LtContact  *contact,
                      GError    **error)
{
  g_return_val_if_fail (LT_IS_CONTACT (contact), FALSE);

  return lt_store_row_add (self, &lt_contact_entity, G_OBJECT (contact), error);
}

/**
 * lt_store_get_contact:
 *
 * Returns: (transfer full): the contact, or %NULL (LT_ERROR_NOT_FOUND)
 */
LtContact *
lt_store_get_contact (LtStore  *self,
                      gint64    id,
                      GError  **error)
{
  return lt_store_row_get (self, &lt_contact_entity, id, error);
}

gboolean
lt_store_update_contact (LtStore    *self,
                         LtContact  *contact,
                         GError    **error)
{
  g_return_val_if_fail (LT_IS_CONTACT (contact), FALSE);

  return lt_store_row_update (self, &lt_contact_entity, G_OBJECT (contact), error);
}

gboolean
lt_store_delete_contact (LtStore  *self,
                         gint64    id,
                         gint64    revision,
                         GError  **error)
{
  return lt_store_row_delete (self, &lt_contact_entity, id, revision, error);
}

/* lists */

/**
 * lt_store_list_staff:
 *
 * Returns: (transfer full): a lazy list of LtStaff
 */
GListModel *
lt_store_list_staff (LtStore  *self,
                     gboolean  active_only)
{
  return lt_store_row_list (self, &lt_staff_entity,
                            "SELECT id FROM staff WHERE (?1 = 0 OR active = 1) "
                            "ORDER BY name COLLATE lt_fold, id",
                            g_variant_new ("(b)", active_only), NULL);
}

/**
 * lt_store_list_affaires:
 *
 * Returns: (transfer full): a lazy list of LtAffaire
 */
GListModel *
lt_store_list_affaires (LtStore       *self,
                        const char    *search,
                        int            state,
                        LtAffaireSort  sort)
{
  /* ORDER BY takes no parameter: one constant per order. */
  static const char *orders[] = {
    [LT_AFFAIRE_SORT_NAME] = "ORDER BY search_key, id",
    [LT_AFFAIRE_SORT_CREATED] = "ORDER BY created_at DESC, id DESC",
    [LT_AFFAIRE_SORT_CITY] = "ORDER BY city COLLATE lt_fold, search_key, id",
  };
  g_autofree char *pattern = lt_store_search_pattern (search);
  const char *nick = state >= 0 ? lt_enum_to_nick (LT_TYPE_AFFAIRE_STATE, state) : NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail ((guint)sort < G_N_ELEMENTS (orders), NULL);

  sql = lt_store_compose_query ("SELECT id FROM affaires", orders[sort], 2,
                                pattern != NULL ? "search_key LIKE '%' || ?1 || '%' ESCAPE '\\'" : NULL,
                                nick != NULL ? "state = ?2" : NULL);

  return lt_store_row_list (self, &lt_affaire_entity, sql,
                            g_variant_new ("(msms)", pattern, nick), NULL);
}

/**
 * lt_store_list_contacts:
 *
 * Returns: (transfer full): a lazy list of LtContact
 */
GListModel *
lt_store_list_contacts (LtStore *self,
                        gint64   affaire_id)
{
  /* Rows also go away with their parent (ON DELETE CASCADE). */
  static const char * const dependencies[] = { "affaires", NULL };

  return lt_store_row_list (self, &lt_contact_entity,
                            "SELECT id FROM contacts WHERE affaire_id = ?1 "
                            "ORDER BY is_signatory DESC, name COLLATE lt_fold, id",
                            g_variant_new ("(x)", affaire_id), dependencies);
}
