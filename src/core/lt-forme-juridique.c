/* lt-forme-juridique.c: the usual French legal forms of a company */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-forme-juridique"

#include "config.h"

#include "lt-forme-juridique.h"

/* Legal names are French terms of law: they are not translated. */
static const LtFormeJuridique formes[] = {
  { "EI",          "Entreprise individuelle" },
  { "EIRL",        "Entreprise individuelle à responsabilité limitée" },
  { "Micro-entreprise", "Micro-entreprise (auto-entrepreneur)" },
  { "EURL",        "Entreprise unipersonnelle à responsabilité limitée" },
  { "SARL",        "Société à responsabilité limitée" },
  { "SAS",         "Société par actions simplifiée" },
  { "SASU",        "Société par actions simplifiée unipersonnelle" },
  { "SA",          "Société anonyme" },
  { "SCA",         "Société en commandite par actions" },
  { "SNC",         "Société en nom collectif" },
  { "SCS",         "Société en commandite simple" },
  { "SCI",         "Société civile immobilière" },
  { "SCP",         "Société civile professionnelle" },
  { "SCM",         "Société civile de moyens" },
  { "SELARL",      "Société d’exercice libéral à responsabilité limitée" },
  { "SELAS",       "Société d’exercice libéral par actions simplifiée" },
  { "SCOP",        "Société coopérative de production" },
  { "GIE",         "Groupement d’intérêt économique" },
  { "Association", "Association loi 1901" },
  { "Autre",       "Autre forme" },
};

/**
 * lt_forme_juridique_list:
 * @n_formes: (out): the number of entries
 *
 * Returns: (transfer none): the legal forms, most common first within each family.
 */
const LtFormeJuridique *
lt_forme_juridique_list (guint *n_formes)
{
  g_return_val_if_fail (n_formes != NULL, NULL);

  *n_formes = G_N_ELEMENTS (formes);
  return formes;
}

/**
 * lt_forme_juridique_index:
 *
 * Returns: the position of @code in lt_forme_juridique_list() (case
 *   insensitive), or -1.
 */
int
lt_forme_juridique_index (const char *code)
{
  if (code == NULL || *code == '\0')
    return -1;

  for (guint i = 0; i < G_N_ELEMENTS (formes); i++)
    if (g_ascii_strcasecmp (formes[i].code, code) == 0)
      return (int) i;

  return -1;
}

const LtFormeJuridique *
lt_forme_juridique_lookup (const char *code)
{
  int i = lt_forme_juridique_index (code);

  return i < 0 ? NULL : &formes[i];
}
