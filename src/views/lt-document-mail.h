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

G_END_DECLS
