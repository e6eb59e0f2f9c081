/* lt-parties.h: how a letter names the people who sign it — qualities, elision */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* « de Thomas Martin », « d’Élise Lenoir », « d’Hélène Roux »: the
 * preposition de, elided before a vowel or a mute h (every h is taken as
 * mute, as it is in first names). NULL or blank gives "". (transfer full) */
char       *lt_parties_with_de           (const char *name);

/* The title of a company's legal representative for its forme juridique
 * (SARL → « gérant », SAS → « président », EI → « entrepreneur
 * individuel »…), NULL when the form does not say. (transfer none) */
const char *lt_parties_director_quality  (const char *legal_form);

/* A role as typed (« Gérante », « DAF ») as it reads after a name in a
 * sentence: its first letter lowered unless the word is an acronym;
 * trimmed. (transfer full) */
char       *lt_parties_quality           (const char *role);

/* Whether two names are the same person's (case, accents and spaces
 * ignored). */
gboolean    lt_parties_same_person       (const char *a,
                                          const char *b);

G_END_DECLS
