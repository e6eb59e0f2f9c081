/* test-parties.c: how a letter names who signs — elision, qualities, the same person (issue 12) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "lt-parties.h"

static void
test_with_de (void)
{
  static const struct { const char *name; const char *expected; } cases[] = {
    { "Élise Lenoir", "d’Élise Lenoir" },
    { "Thomas Martin", "de Thomas Martin" },
    { "Hélène Roux", "d’Hélène Roux" },
    { "Anne Perrin", "d’Anne Perrin" },
    { "Yves Garnier", "d’Yves Garnier" },
    { "Oscar", "d’Oscar" },
    { "Ulysse", "d’Ulysse" },
    { "Île-de-France Conseil", "d’Île-de-France Conseil" },
    { "  Marc Dufour ", "de Marc Dufour" },
    { "Zoé", "de Zoé" },
    { "", "" },
    { "   ", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = lt_parties_with_de (cases[i].name);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_director_quality (void)
{
  g_assert_cmpstr (lt_parties_director_quality ("SARL"), ==, "gérant");
  g_assert_cmpstr (lt_parties_director_quality ("sas"), ==, "président");
  g_assert_cmpstr (lt_parties_director_quality ("SASU"), ==, "président");
  g_assert_cmpstr (lt_parties_director_quality ("SCI"), ==, "gérant");
  g_assert_cmpstr (lt_parties_director_quality ("EI"), ==, "entrepreneur individuel");
  g_assert_cmpstr (lt_parties_director_quality ("SA"), ==, "directeur général");
  g_assert_null (lt_parties_director_quality ("Autre"));
  g_assert_null (lt_parties_director_quality (""));
  g_assert_null (lt_parties_director_quality (NULL));
}

static void
test_quality (void)
{
  static const struct { const char *role; const char *expected; } cases[] = {
    { "Gérante", "gérante" },
    { "Directrice administrative et financière", "directrice administrative et financière" },
    { "Élue au bureau", "élue au bureau" },
    { "DAF", "DAF" },
    { "PDG", "PDG" },
    { " président ", "président" },
    { "", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = lt_parties_quality (cases[i].role);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_same_person (void)
{
  g_assert_true (lt_parties_same_person ("Thomas Martin", "Thomas Martin"));
  g_assert_true (lt_parties_same_person ("Thomas Martin", "thomas  MARTIN "));
  g_assert_true (lt_parties_same_person ("Élise Lenoir", "Elise Lenoir"));
  g_assert_false (lt_parties_same_person ("Thomas Martin", "Thomas Martine"));
  g_assert_false (lt_parties_same_person ("Élise Lenoir", "Thomas Martin"));
  g_assert_false (lt_parties_same_person ("", ""));
  g_assert_false (lt_parties_same_person (NULL, "Thomas Martin"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parties/with-de", test_with_de);
  g_test_add_func ("/parties/director-quality", test_director_quality);
  g_test_add_func ("/parties/quality", test_quality);
  g_test_add_func ("/parties/same-person", test_same_person);

  return g_test_run ();
}
