/* test-siren.c: SIREN and SIRET checks, with every message a user can get */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-siren.h"

static void
assert_siren_error (const char *siren,
                    const char *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (lt_siren_validate (siren, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_SIREN);
  g_assert_cmpstr (error->message, ==, message);
}

static void
assert_siret_error (const char *siret,
                    const char *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (lt_siret_validate (siret, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_SIRET);
  g_assert_cmpstr (error->message, ==, message);
}

/* The same messages as a French user reads them: the catalogue built in the
 * build directory, in a subprocess so that the language is set before any
 * translation is looked up. */
static gboolean
use_french (void)
{
  const char *build_dir = g_getenv ("LETTRINE_BUILD_DIR");
  g_autofree char *po_dir = NULL;
  g_autofree char *mo = NULL;

  if (build_dir == NULL)
    return FALSE;
  po_dir = g_build_filename (build_dir, "po", NULL);
  mo = g_build_filename (po_dir, "fr", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (mo, G_FILE_TEST_EXISTS))
    return FALSE;

  if (g_test_subprocess ())
    {
      setlocale (LC_ALL, "C.UTF-8");
      g_setenv ("LANGUAGE", "fr", TRUE);
      bindtextdomain (GETTEXT_PACKAGE, po_dir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
    }
  return TRUE;
}

static void
test_siren_valid (void)
{
  const char *valid[] = {
    "732829320", "632012100", "552032534", "542107651", "443061841",
    "356000000",
    "732 829 320",            /* as users type it */
    " 732829320 ",
    "732\u00A0829\u00A0320",  /* no-break spaces pasted from a document */
    "732\u202F829\u202F320",
    "732\t829 320",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;

      if (!lt_siren_validate (valid[i], &error))
        g_error ("“%s” refused: %s", valid[i], error->message);
    }
  g_assert_true (lt_siren_validate ("732829320", NULL));
}

static void
test_siren_errors (void)
{
  assert_siren_error (NULL, "The SIREN is empty: type the 9 digits of the company’s SIREN.");
  assert_siren_error ("", "The SIREN is empty: type the 9 digits of the company’s SIREN.");
  assert_siren_error ("   ", "The SIREN is empty: type the 9 digits of the company’s SIREN.");

  /* one digit changed: Luhn sees it */
  assert_siren_error ("123456789",
                      "The SIREN 123 456 789 is invalid: the check digit does not match. Check the digits typed.");
  assert_siren_error ("732 829 321",
                      "The SIREN 732 829 321 is invalid: the check digit does not match. Check the digits typed.");
  /* two neighbours swapped */
  assert_siren_error ("738229320",
                      "The SIREN 738 229 320 is invalid: the check digit does not match. Check the digits typed.");

  assert_siren_error ("73282932",
                      "The SIREN 73282932 has 8 digits instead of 9. Check the digits typed.");
  assert_siren_error ("7",
                      "The SIREN 7 has 1 digit instead of 9. Check the digits typed.");
  assert_siren_error ("7328293200",
                      "The SIREN 7328293200 has 10 digits instead of 9. Check the digits typed.");
  assert_siren_error ("732 829 320 00074",
                      "The SIREN 732 829 320 00074 has 14 digits: this is a SIRET. The SIREN is its first 9 digits.");

  assert_siren_error ("732-829-320",
                      "The SIREN 732-829-320 contains “-”, which is not a digit: a SIREN has 9 digits only.");
  assert_siren_error ("73282932O",
                      "The SIREN 73282932O contains “O”, which is not a digit: a SIREN has 9 digits only.");
  assert_siren_error ("७३२८२९३२०",   /* Devanagari digits are not SIREN digits */
                      "The SIREN ७३२८२९३२० contains “७”, which is not a digit: a SIREN has 9 digits only.");
  assert_siren_error ("'); DROP TABLE affaires;--",
                      "The SIREN '); DROP TABLE affaires;-- contains “'”, which is not a digit: a SIREN has 9 digits only.");
  assert_siren_error ("73282932\xff",
                      "The SIREN 73282932\xef\xbf\xbd contains “?”, which is not a digit: a SIREN has 9 digits only.");
}

static void
test_siret (void)
{
  g_autofree char *siren = NULL;

  g_assert_true (lt_siret_validate ("73282932000074", NULL));
  g_assert_true (lt_siret_validate ("732 829 320 00074", NULL));
  /* La Poste: sum of digits multiple of 5, not Luhn; its siège passes Luhn */
  g_assert_true (lt_siret_validate ("356 000 000 49837", NULL));
  g_assert_true (lt_siret_validate ("35600000000048", NULL));
  assert_siret_error ("35600000000049",
                      "The SIRET 356 000 000 00049 is invalid: the check digit does not match. Check the digits typed.");
  /* the same digits outside La Poste follow Luhn */
  assert_siret_error ("12345678901234",
                      "The SIRET 123 456 789 01234 is invalid: the check digit does not match. Check the digits typed.");
  assert_siret_error ("", "The SIRET is empty: type the 14 digits of the establishment’s SIRET.");
  assert_siret_error ("732829320",
                      "The SIRET 732829320 has 9 digits instead of 14. Check the digits typed.");
  assert_siret_error ("732829320 0007A",
                      "The SIRET 732829320 0007A contains “A”, which is not a digit: a SIRET has 14 digits only.");

  siren = lt_siret_get_siren ("732 829 320 00074");
  g_assert_cmpstr (siren, ==, "732829320");
  g_assert_null (lt_siret_get_siren ("732829320"));
}

static void
test_siren_format (void)
{
  struct { const char *in, *out; } cases[] = {
    { "732829320", "732 829 320" },
    { "732 829320", "732 829 320" },
    { "732\u00A0829\u00A0320", "732 829 320" },
    { "12345", "12345" },
    { "ABC DEF GHI", "ABCDEFGHI" },
    { "", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *formatted = lt_siren_format (cases[i].in);
      g_assert_cmpstr (formatted, ==, cases[i].out);
    }

  {
    g_autofree char *normalized = lt_siren_normalize (" 732 829\u202F320 ");
    g_autofree char *siret = lt_siret_format ("73282932000074");
    g_autofree char *not_siret = lt_siret_format ("7328");

    g_assert_cmpstr (normalized, ==, "732829320");
    g_assert_cmpstr (siret, ==, "732 829 320 00074");
    g_assert_cmpstr (not_siret, ==, "7328");
  }
}

static void
test_siren_french (void)
{
  if (!use_french ())
    {
      g_test_skip ("the French catalogue is not built");
      return;
    }

  if (g_test_subprocess ())
    {
      assert_siren_error ("123 456 789",
                          "Le SIREN 123 456 789 est invalide : la clé de contrôle ne correspond pas. Vérifiez les chiffres saisis.");
      assert_siren_error ("7", "Le SIREN 7 compte 1 chiffre au lieu de 9. Vérifiez les chiffres saisis.");
      assert_siren_error ("73282932", "Le SIREN 73282932 compte 8 chiffres au lieu de 9. Vérifiez les chiffres saisis.");
      assert_siren_error ("", "Le SIREN est vide : saisissez les 9 chiffres du SIREN de l’entreprise.");
      assert_siren_error ("732-829-320",
                          "Le SIREN 732-829-320 contient « - », qui n’est pas un chiffre : un SIREN ne compte que 9 chiffres.");
      assert_siret_error ("12345678901234",
                          "Le SIRET 123 456 789 01234 est invalide : la clé de contrôle ne correspond pas. Vérifiez les chiffres saisis.");
      return;
    }

  g_test_trap_subprocess (NULL, 0, 0);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/siren/valid", test_siren_valid);
  g_test_add_func ("/siren/errors", test_siren_errors);
  g_test_add_func ("/siren/siret", test_siret);
  g_test_add_func ("/siren/format", test_siren_format);
  g_test_add_func ("/siren/french", test_siren_french);

  return g_test_run ();
}
