/* test-document-menu.c: which kinds « Nouveau document » offers an affaire, and why not in a few words */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "lt-document-rules.h"

static LtDocument *
make_document (gint64          id,
               LtDocumentKind  kind,
               LtDocumentState state)
{
  LtDocument *doc = lt_document_new ();

  lt_document_set_id (doc, id);
  lt_document_set_kind (doc, kind);
  lt_document_set_state (doc, state);
  if (state == LT_DOCUMENT_STATE_SIGNED)
    lt_document_set_signed_on (doc, "2025-03-24");
  return doc;
}

static void
test_offered (void)
{
  g_autoptr(LtAffaire) affaire = lt_affaire_new ();
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  char *why = NULL;

  lt_affaire_set_id (affaire, 1);
  lt_affaire_set_name (affaire, "Menuiserie Chabert");
  lt_affaire_set_state (affaire, LT_AFFAIRE_STATE_PROSPECT);

  /* A prospect: offre and lettre de mission, nothing else — the reason
   * short enough for a menu, naming the prospect. */
  g_assert_true (lt_document_rules_kind_offered (affaire, docs, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, &why));
  g_assert_null (why);
  g_assert_true (lt_document_rules_kind_offered (affaire, docs, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, &why));
  g_assert_null (why);
  for (LtDocumentKind kind = LT_DOCUMENT_KIND_AVENANT; kind <= LT_DOCUMENT_KIND_BON_D_INTERVENTION; kind++)
    {
      g_assert_false (lt_document_rules_kind_offered (affaire, docs, kind, &why));
      g_assert_nonnull (why);
      g_assert_nonnull (strstr (why, "signed engagement letter"));
      g_assert_nonnull (strstr (why, "Menuiserie Chabert"));
      g_assert_cmpuint (g_utf8_strlen (why, -1), <, 90);
      g_clear_pointer (&why, g_free);
    }
  g_assert_false (lt_document_rules_kind_offered (affaire, docs, LT_DOCUMENT_KIND_AVENANT, NULL));

  /* A client whose letter is not signed yet: needs one in force. */
  lt_affaire_set_state (affaire, LT_AFFAIRE_STATE_CLIENT);
  g_ptr_array_add (docs, make_document (9, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_SENT));
  g_assert_false (lt_document_rules_kind_offered (affaire, docs, LT_DOCUMENT_KIND_AVENANT, &why));
  g_assert_nonnull (strstr (why, "in force"));
  g_clear_pointer (&why, g_free);

  /* Signed: every kind offered. */
  g_ptr_array_add (docs, make_document (10, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_SIGNED));
  for (LtDocumentKind kind = LT_DOCUMENT_KIND_OFFRE_DE_SERVICE; kind <= LT_DOCUMENT_KIND_BON_D_INTERVENTION; kind++)
    {
      g_assert_true (lt_document_rules_kind_offered (affaire, docs, kind, &why));
      g_assert_null (why);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document-menu/offered", test_offered);

  return g_test_run ();
}
