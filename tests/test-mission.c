/* test-mission.c: the norm each kind of mission follows, and the lines of a letter grouped by mission (issue 12) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "lt-document-content.h"
#include "lt-mission.h"

static void
test_norms (void)
{
  static const struct { LtMission mission; const char *norm; const char *words; } cases[] = {
    { LT_MISSION_PRESENTATION, "NP 2300", "mission de présentation des comptes" },
    { LT_MISSION_REVIEW, "NP 2400", "mission d’examen limité des comptes" },
    { LT_MISSION_AGREED_PROCEDURES, "NP 4400", "mission de procédures convenues" },
    { LT_MISSION_ATTESTATION, "NP 3100", "mission d’attestation particulière" },
    { LT_MISSION_SOCIAL, NULL, "mission sociale" },
    { LT_MISSION_TAX, NULL, "mission fiscale" },
    { LT_MISSION_LEGAL, NULL, "mission juridique" },
    { LT_MISSION_ADVISORY, NULL, "mission de conseil" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *words = lt_mission_words (cases[i].mission);

      g_assert_cmpstr (lt_mission_norm (cases[i].mission), ==, cases[i].norm);
      g_assert_true (g_str_has_prefix (words, cases[i].words));
      if (cases[i].norm != NULL)
        g_assert_nonnull (strstr (words, cases[i].norm));
      else
        g_assert_nonnull (strstr (words, "aucune norme d’assurance"));
      /* each value has a nick for SQL and the CLI, and a label */
      g_assert_nonnull (lt_enum_to_nick (LT_TYPE_MISSION, cases[i].mission));
      g_assert_cmpstr (lt_enum_to_label (LT_TYPE_MISSION, cases[i].mission), !=, "");
    }
}

static void
add_line (LtDocumentContent *content,
          const char        *label,
          LtMission          mission)
{
  LtDocumentLine *line = lt_document_line_new ();

  lt_document_line_set_label (line, label);
  g_ptr_array_add (content->lines, line);
  g_array_append_val (content->missions, mission);
}

/* Grouped in the order of LtMission, labels once each, in line order. */
static void
test_group (void)
{
  g_autoptr(LtDocumentContent) content = lt_document_content_new ();
  g_autoptr(GPtrArray) groups = NULL;
  LtMissionLines *group;

  add_line (content, "Bulletins de paie", LT_MISSION_SOCIAL);
  add_line (content, "Tenue comptable", LT_MISSION_PRESENTATION);
  add_line (content, "Déclarations de TVA", LT_MISSION_TAX);
  add_line (content, "Bilan annuel", LT_MISSION_PRESENTATION);
  add_line (content, "Tenue comptable", LT_MISSION_PRESENTATION);

  groups = lt_document_content_group_missions (content);
  g_assert_cmpuint (groups->len, ==, 3);
  group = g_ptr_array_index (groups, 0);
  g_assert_cmpint (group->mission, ==, LT_MISSION_PRESENTATION);
  g_assert_cmpstr (group->labels, ==, "Tenue comptable, Bilan annuel");
  group = g_ptr_array_index (groups, 1);
  g_assert_cmpint (group->mission, ==, LT_MISSION_SOCIAL);
  g_assert_cmpstr (group->labels, ==, "Bulletins de paie");
  group = g_ptr_array_index (groups, 2);
  g_assert_cmpint (group->mission, ==, LT_MISSION_TAX);
  g_assert_cmpstr (group->labels, ==, "Déclarations de TVA");
}

/* A line the store gave no mission (no prestation) is a présentation. */
static void
test_default (void)
{
  g_autoptr(LtDocumentContent) content = lt_document_content_new ();
  LtDocumentLine *line = lt_document_line_new ();

  lt_document_line_set_label (line, "Ligne libre");
  g_ptr_array_add (content->lines, line);
  g_assert_cmpint (lt_document_content_get_mission (content, 0), ==, LT_MISSION_PRESENTATION);
  g_assert_cmpint (lt_document_content_get_mission (content, 7), ==, LT_MISSION_PRESENTATION);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mission/norms", test_norms);
  g_test_add_func ("/mission/group", test_group);
  g_test_add_func ("/mission/default", test_default);

  return g_test_run ();
}
