/* lt-document-mail.h: a document mailed to the affaire's signatory — the e-mail portal with the PDF attached, else mailto: */
#pragma once

#include <adwaita.h>

#include "lt-context.h"

G_BEGIN_DECLS

/* Composes a mail to the signatory of @document_id's affaire with @pdf
 * attached (written as @file_name in the cache), through the desktop's
 * e-mail portal; without a portal, opens a mailto: link without the
 * attachment and says so. A draft is marked sent only when the user then
 * confirms it was. What happens is announced in @toasts. */
void lt_document_mail_compose (GtkWindow       *parent,
                               AdwToastOverlay *toasts,
                               LtContext       *context,
                               gint64           document_id,
                               GBytes          *pdf,
                               const char      *file_name);

/* issue 14: called once the user says the mail went, with its recipient */
typedef void (*LtMailSentFunc) (gpointer    data,
                                const char *address);

/* A mail composed in the user's own application (the e-mail portal, else a
 * mailto: link), without attachment; once the user confirms it went,
 * @sent is called. The toasts go to @parent when it is an LtWindow. */
void lt_mail_compose_in_application (GtkWindow      *parent,
                                     const char     *address,
                                     const char     *subject,
                                     const char     *body,
                                     LtMailSentFunc  sent,
                                     gpointer        sent_data,
                                     GDestroyNotify  sent_destroy);

G_END_DECLS
