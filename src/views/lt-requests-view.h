/* lt-requests-view.h: the pending demandes d'information of a client — Envoyer, Reçue */
#pragma once

#include <gtk/gtk.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_REQUESTS_VIEW (lt_requests_view_get_type ())

G_DECLARE_FINAL_TYPE (LtRequestsView, lt_requests_view, LT, REQUESTS_VIEW, GtkBox)

GtkWidget  *lt_requests_view_new          (LtStore        *store);
void        lt_requests_view_set_affaire  (LtRequestsView *self,
                                           gint64          affaire_id);
GListModel *lt_requests_view_get_requests (LtRequestsView *self);
char       *lt_requests_view_send         (LtRequestsView *self,
                                           gboolean        open_mail,
                                           GError        **error);
gboolean    lt_requests_view_mark_received (LtRequestsView *self,
                                           guint           position,
                                           GError        **error);
/* issue 14, « à vérifier » mails settled in the app */
const char *lt_requests_view_get_status   (LtRequestsView *self);
gboolean    lt_requests_view_settle_selected (LtRequestsView *self,
                                           gboolean        went,
                                           GError        **error);

G_END_DECLS
