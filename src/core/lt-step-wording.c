/* lt-step-wording.c: a step as the client reads it (« Transmettre les statuts » for « Demander les statuts ») */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-step-wording"

#include "config.h"

#include <string.h>

#include "lt-step-wording.h"

/* The cabinet's verb (lowercase, with the space after it) and the client's. */
static const struct {
  const char *cabinet;
  const char *client;
} verbs[] = {
  { "demander ",      "Transmettre " },
  { "réclamer ",      "Transmettre " },
  { "obtenir ",       "Transmettre " },
  { "collecter ",     "Transmettre " },
  { "recueillir ",    "Transmettre " },
  { "récupérer ",     "Transmettre " },
  { "relancer pour ", "Transmettre " },
  { "faire signer ",  "Signer " },
  { "faire valider ", "Valider " },
  { "faire remplir ", "Remplir " },
};

char *
lt_step_default_client_title (const char *title)
{
  g_autofree char *stripped = NULL;

  if (title == NULL)
    return g_strdup ("");

  stripped = g_strstrip (g_strdup (title));
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    {
      gsize len = strlen (verbs[i].cabinet);

      /* « Demander » or « demander »: the verbs' letters outside ASCII
       * (é of récupérer) are never the capitalised first one */
      if (strlen (stripped) > len && g_ascii_strncasecmp (stripped, verbs[i].cabinet, len) == 0)
        return g_strconcat (verbs[i].client, stripped + len, NULL);
    }

  return g_steal_pointer (&stripped);
}

char *
lt_step_client_wording (const char *title,
                        const char *client_title)
{
  g_autofree char *own = client_title != NULL ? g_strstrip (g_strdup (client_title)) : NULL;

  if (own != NULL && *own != '\0')
    return g_steal_pointer (&own);
  return lt_step_default_client_title (title);
}
