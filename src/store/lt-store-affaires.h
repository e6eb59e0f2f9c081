/* lt-store-affaires.h: CRUD of the cabinet, its intervenants, affaires and contacts */
#pragma once

#include "lt-affaire.h"
#include "lt-contact.h"
#include "lt-firm.h"
#include "lt-staff.h"
#include "lt-store.h"

G_BEGIN_DECLS

/* How lt_store_list_affaires sorts. */
typedef enum {
  LT_AFFAIRE_SORT_NAME,        /* A → Z, accents ignored */
  LT_AFFAIRE_SORT_CREATED,     /* newest first */
  LT_AFFAIRE_SORT_CITY,        /* by city, then name */
} LtAffaireSort;

/* The cabinet: one row (id 1), always present. */
LtFirm     *lt_store_get_firm          (LtStore     *self,
                                        GError     **error);
gboolean    lt_store_update_firm       (LtStore     *self,
                                        LtFirm      *firm,
                                        GError     **error);

gboolean    lt_store_add_staff         (LtStore     *self,
                                        LtStaff     *staff,
                                        GError     **error);
LtStaff    *lt_store_get_staff         (LtStore     *self,
                                        gint64       id,
                                        GError     **error);
gboolean    lt_store_update_staff      (LtStore     *self,
                                        LtStaff     *staff,
                                        GError     **error);
gboolean    lt_store_delete_staff      (LtStore     *self,
                                        gint64       id,
                                        gint64       revision,
                                        GError     **error);
/* Every intervenant by name; only the active ones when @active_only. */
GListModel *lt_store_list_staff        (LtStore     *self,
                                        gboolean     active_only);

gboolean    lt_store_add_affaire       (LtStore     *self,
                                        LtAffaire   *affaire,
                                        GError     **error);
LtAffaire  *lt_store_get_affaire       (LtStore     *self,
                                        gint64       id,
                                        GError     **error);
gboolean    lt_store_update_affaire    (LtStore     *self,
                                        LtAffaire   *affaire,
                                        GError     **error);
gboolean    lt_store_delete_affaire    (LtStore     *self,
                                        gint64       id,
                                        gint64       revision,
                                        GError     **error);
/* @search: NULL or text matched accent- and case-insensitively against the
 * name, SIREN and city (every word must match); @state: an LtAffaireState,
 * or -1 for both. */
GListModel *lt_store_list_affaires     (LtStore       *self,
                                        const char    *search,
                                        int            state,
                                        LtAffaireSort  sort);

gboolean    lt_store_add_contact       (LtStore     *self,
                                        LtContact   *contact,
                                        GError     **error);
LtContact  *lt_store_get_contact       (LtStore     *self,
                                        gint64       id,
                                        GError     **error);
gboolean    lt_store_update_contact    (LtStore     *self,
                                        LtContact   *contact,
                                        GError     **error);
gboolean    lt_store_delete_contact    (LtStore     *self,
                                        gint64       id,
                                        gint64       revision,
                                        GError     **error);
/* The contacts of one affaire, signatory first. */
GListModel *lt_store_list_contacts     (LtStore     *self,
                                        gint64       affaire_id);

G_END_DECLS
