/* test-french-labels.c: states agree with the noun they qualify, in French */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>

#include "lt-enums.h"

static gboolean
use_french (void)
{
  const char *build_dir = g_getenv ("LETTRINE_BUILD_DIR");
  g_autofree char *po_dir = NULL;
  g_autofree char *mo = NULL;

  if (build_dir == NULL)
    {
      g_test_skip ("LETTRINE_BUILD_DIR is not set");
      return FALSE;
    }
  po_dir = g_build_filename (build_dir, "po", NULL);
  mo = g_build_filename (po_dir, "fr", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (mo, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the French catalogue is not built");
      return FALSE;
    }
  g_setenv ("LANGUAGE", "fr", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, po_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  return TRUE;
}

static void
test_document_states (void)
{
  static const struct {
    LtDocumentKind  kind;
    LtDocumentState state;
    const char     *text;
  } cases[] = {
    { LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, LT_DOCUMENT_STATE_SIGNED, "Signée" },
    { LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, LT_DOCUMENT_STATE_REFUSED, "Refusée" },
    { LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, LT_DOCUMENT_STATE_SENT, "Envoyée" },
    { LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_REPLACED, "Remplacée" },
    { LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_DRAFT, "Brouillon" },
    { LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE, LT_DOCUMENT_STATE_SIGNED, "Signée" },
    { LT_DOCUMENT_KIND_AVENANT, LT_DOCUMENT_STATE_SIGNED, "Signé" },
    { LT_DOCUMENT_KIND_AVENANT, LT_DOCUMENT_STATE_REPLACED, "Remplacé" },
    { LT_DOCUMENT_KIND_BON_D_INTERVENTION, LT_DOCUMENT_STATE_SENT, "Envoyé" },
    { LT_DOCUMENT_KIND_BON_D_INTERVENTION, LT_DOCUMENT_STATE_REFUSED, "Refusé" },
  };

  if (g_test_subprocess ())
    {
      g_assert_true (use_french ());
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        g_assert_cmpstr (lt_document_state_label (cases[i].kind, cases[i].state), ==, cases[i].text);
      /* the only task that is « sent » is a demande */
      g_assert_cmpstr (lt_enum_to_label (LT_TYPE_TASK_STATUS, LT_TASK_STATUS_SENT), ==, "Envoyée");
      g_assert_cmpstr (lt_enum_to_label (LT_TYPE_TASK_STATUS, LT_TASK_STATUS_DONE), ==, "Terminée");
      return;
    }
  if (g_getenv ("LETTRINE_BUILD_DIR") == NULL)
    {
      g_test_skip ("LETTRINE_BUILD_DIR is not set");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_gender (void)
{
  g_assert_true (lt_document_kind_is_feminine (LT_DOCUMENT_KIND_OFFRE_DE_SERVICE));
  g_assert_true (lt_document_kind_is_feminine (LT_DOCUMENT_KIND_LETTRE_DE_MISSION));
  g_assert_true (lt_document_kind_is_feminine (LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE));
  g_assert_false (lt_document_kind_is_feminine (LT_DOCUMENT_KIND_AVENANT));
  g_assert_false (lt_document_kind_is_feminine (LT_DOCUMENT_KIND_BON_D_INTERVENTION));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/french-labels/document-states", test_document_states);
  g_test_add_func ("/french-labels/gender", test_gender);

  return g_test_run ();
}
