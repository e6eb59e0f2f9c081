/* lt-store-renewal.h: renouvellement documentaire — preview from the database, then one substitutive per client */
#pragma once

#include "lt-renewal.h"
#include "lt-store.h"

G_BEGIN_DECLS

typedef struct {
  GArray    *created_ids;   /* gint64: the substitutive drafts written */
  GPtrArray *failures;      /* char *: one translated sentence per client not renewed */
  guint      n_total;       /* clients included in the plan */
  gboolean   cancelled;     /* stopped before the end: what was created stays */
} LtRenewalResult;

void             lt_renewal_result_free         (LtRenewalResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtRenewalResult, lt_renewal_result_free)

/* Called after each client with (done, total); from the main context of
 * the caller of the _async version. */
typedef void (*LtRenewalProgressFunc) (guint    done,
                                       guint    total,
                                       gpointer user_data);

/* Builds the preview for @affaire_ids (current scope, current catalogue
 * labels, the current conditions générales). Clients that cannot be renewed
 * are left out and listed in @refused (translated reasons). */
LtRenewalPlan   *lt_store_renewal_prepare       (LtStore                *self,
                                                 const gint64           *affaire_ids,
                                                 guint                   n_affaires,
                                                 gint64                  coefficient_ppm,
                                                 LtRounding              rounding,
                                                 GPtrArray             **refused,
                                                 GError                **error);

/* Writes one substitutive brouillon per included client, each in its own
 * transaction, in the calling thread. */
LtRenewalResult *lt_store_renewal_apply         (LtStore                *self,
                                                 LtRenewalPlan          *plan,
                                                 GCancellable           *cancellable,
                                                 LtRenewalProgressFunc   progress,
                                                 gpointer                progress_data,
                                                 GError                **error);

/* The same in a GTask thread on a connection of its own; LtStore::changed
 * is emitted on @self for each document created once done. The plan must
 * not change until the callback. */
void             lt_store_renewal_apply_async   (LtStore                *self,
                                                 LtRenewalPlan          *plan,
                                                 GCancellable           *cancellable,
                                                 LtRenewalProgressFunc   progress,
                                                 gpointer                progress_data,
                                                 GAsyncReadyCallback     callback,
                                                 gpointer                user_data);
LtRenewalResult *lt_store_renewal_apply_finish  (LtStore                *self,
                                                 GAsyncResult           *result,
                                                 GError                **error);

/* Whether @document_id was drafted by a renewal, and with what coefficient
 * from which date (for the letter's text). */
gboolean         lt_store_renewal_get_info      (LtStore                *self,
                                                 gint64                  document_id,
                                                 gint64                 *coefficient_ppm,
                                                 char                  **effective_on,
                                                 GError                **error);

G_END_DECLS
