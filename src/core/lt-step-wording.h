/* lt-step-wording.h: a step as the client reads it (« Transmettre les statuts » for « Demander les statuts ») */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The client's wording of a step the cabinet calls @title: the cabinet's
 * verb turned to the client's (« Demander X » → « Transmettre X »,
 * « Faire signer X » → « Signer X »); a title without such a verb is the
 * same for both sides. (transfer full) */
char *lt_step_default_client_title (const char *title);

/* @client_title when the user wrote one, else the default from @title.
 * (transfer full) */
char *lt_step_client_wording       (const char *title,
                                    const char *client_title);

G_END_DECLS
