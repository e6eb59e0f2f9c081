/* lt-affaire-editor.h: the company file of an affaire — identity, address, contacts, LCB-FT */
#pragma once

#include <adwaita.h>

#include "lt-affaire.h"
#include "lt-context.h"

G_BEGIN_DECLS

#define LT_TYPE_AFFAIRE_EDITOR (lt_affaire_editor_get_type ())

G_DECLARE_FINAL_TYPE (LtAffaireEditor, lt_affaire_editor, LT, AFFAIRE_EDITOR, AdwBin)

/* Signals: "saved" (gint64 affaire id) after a successful save; "toast"
 * (const char *message) for what the page should announce. */

GtkWidget *lt_affaire_editor_new         (LtContext       *context);
void       lt_affaire_editor_set_context (LtAffaireEditor *self,
                                          LtContext       *context);
/* NULL starts a new prospect. The editor keeps its own copy. */
void       lt_affaire_editor_set_affaire (LtAffaireEditor *self,
                                          LtAffaire       *affaire);
gint64     lt_affaire_editor_get_affaire_id (LtAffaireEditor *self);
gboolean   lt_affaire_editor_save        (LtAffaireEditor *self);

void       lt_affaire_editor_focus_missing (LtAffaireEditor *self);

G_END_DECLS
