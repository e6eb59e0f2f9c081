/* lt-parties.c: how a letter names the people who sign it — qualities, elision */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-parties"

#include "config.h"

#include <string.h>

#include "lt-parties.h"
#include "lt-text.h"

/* The letter is French whatever the interface's language: no gettext. */

static gboolean
starts_with_vowel_sound (const char *text)
{
  g_autofree char *first = NULL;
  g_autofree char *folded = NULL;
  gunichar c = g_utf8_get_char (text);

  /* fold the first character alone: « É » → « e » */
  first = g_ucs4_to_utf8 (&c, 1, NULL, NULL, NULL);
  folded = lt_text_fold (first);
  if (folded == NULL || folded[0] == '\0')
    return FALSE;

  return strchr ("aeiouyh", folded[0]) != NULL;
}

char *
lt_parties_with_de (const char *name)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name ? name : ""));

  if (trimmed[0] == '\0')
    return g_strdup ("");
  if (starts_with_vowel_sound (trimmed))
    return g_strconcat ("d’", trimmed, NULL);
  return g_strconcat ("de ", trimmed, NULL);
}

const char *
lt_parties_director_quality (const char *legal_form)
{
  static const struct { const char *form; const char *quality; } qualities[] = {
    { "EI", "entrepreneur individuel" },
    { "EIRL", "entrepreneur individuel" },
    { "Micro-entreprise", "entrepreneur individuel" },
    { "EURL", "gérant" },
    { "SARL", "gérant" },
    { "SELARL", "gérant" },
    { "SNC", "gérant" },
    { "SCS", "gérant" },
    { "SCA", "gérant" },
    { "SCI", "gérant" },
    { "SCP", "gérant" },
    { "SCM", "gérant" },
    { "SAS", "président" },
    { "SASU", "président" },
    { "SELAS", "président" },
    { "SA", "directeur général" },
    { "GIE", "administrateur" },
    { "Association", "président" },
  };

  if (legal_form == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (qualities); i++)
    if (g_ascii_strcasecmp (qualities[i].form, legal_form) == 0)
      return qualities[i].quality;

  return NULL;
}

char *
lt_parties_quality (const char *role)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (role ? role : ""));
  const char *second;
  gunichar first;

  if (trimmed[0] == '\0')
    return g_strdup ("");

  /* « DAF », « PDG »: an acronym keeps its capitals */
  first = g_utf8_get_char (trimmed);
  second = g_utf8_next_char (trimmed);
  if (*second != '\0' && g_unichar_isupper (g_utf8_get_char (second)))
    return g_steal_pointer (&trimmed);

  {
    char lower[8];
    int len = g_unichar_to_utf8 (g_unichar_tolower (first), lower);

    lower[len] = '\0';
    return g_strconcat (lower, second, NULL);
  }
}

gboolean
lt_parties_same_person (const char *a,
                        const char *b)
{
  g_autofree char *fa = lt_text_fold (a ? a : "");
  g_autofree char *fb = lt_text_fold (b ? b : "");
  g_auto(GStrv) wa = g_strsplit_set (fa, " \t-", -1);
  g_auto(GStrv) wb = g_strsplit_set (fb, " \t-", -1);
  g_autofree char *ja = NULL;
  g_autofree char *jb = NULL;

  ja = g_strjoinv ("", wa);
  jb = g_strjoinv ("", wb);
  return ja[0] != '\0' && g_str_equal (ja, jb);
}
