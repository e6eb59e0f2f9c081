/* lt-client-filter.h: a button choosing one client among thousands, searched in SQL */
#pragma once

#include <adwaita.h>

#include "lt-store.h"

G_BEGIN_DECLS

#define LT_TYPE_CLIENT_FILTER (lt_client_filter_get_type ())

G_DECLARE_FINAL_TYPE (LtClientFilter, lt_client_filter, LT, CLIENT_FILTER, AdwBin)

GtkWidget *lt_client_filter_new          (void);
void       lt_client_filter_set_store    (LtClientFilter *self,
                                          LtStore        *store);
gint64     lt_client_filter_get_affaire_id (LtClientFilter *self);
void       lt_client_filter_set_affaire_id (LtClientFilter *self,
                                          gint64          affaire_id);

void       lt_client_filter_set_required (LtClientFilter *self,
                                          gboolean        required);

G_END_DECLS
