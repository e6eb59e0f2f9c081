/* lt-request-mail.h: a demande d'information mailed the way Préférences › Courriel says — directly, or composed in the user's application and confirmed */
#pragma once

#include <gtk/gtk.h>

#include "lt-store.h"

G_BEGIN_DECLS

/* What to tell the user once it is done (or refused). */
typedef void (*LtRequestMailDone) (gpointer    data,
                                   const char *message);

/* Directly: sent off the main thread on a connection of its own, recorded
 * (intent, then sent) and announced on @store. Else: composed in the user's
 * e-mail application, recorded sent once the user confirms it went. */
void lt_request_mail_send (GtkWidget         *widget,
                           LtStore           *store,
                           gint64             task_id,
                           LtRequestMailDone  done,
                           gpointer           data,
                           GDestroyNotify     destroy);

G_END_DECLS
