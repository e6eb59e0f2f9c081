/* test-document-rules.c: which documents an affaire may have, their states, what signing does, the scope */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "lt-document-rules.h"
#include "lt-error.h"
#include "lt-forme-juridique.h"

static LtAffaire *
make_affaire (LtAffaireState state,
              gboolean       identified)
{
  LtAffaire *affaire = lt_affaire_new ();

  lt_affaire_set_id (affaire, 1);
  lt_affaire_set_name (affaire, "Dupont SARL");
  lt_affaire_set_state (affaire, state);
  if (identified)
    {
      lt_affaire_set_lcbft_identified_on (affaire, "2026-01-15");
      lt_affaire_set_lcbft_identified_by (affaire, 3);
      lt_affaire_set_beneficial_owner (affaire, "Jean Dupont (100 %)");
      lt_affaire_set_vigilance (affaire, LT_VIGILANCE_REINFORCED);
    }
  return affaire;
}

static LtDocument *
make_document (GPtrArray       *documents,
               gint64           id,
               LtDocumentKind   kind,
               LtDocumentState  state,
               const char      *signed_on)
{
  LtDocument *doc = lt_document_new ();

  lt_document_set_id (doc, id);
  lt_document_set_affaire_id (doc, 1);
  lt_document_set_kind (doc, kind);
  lt_document_set_state (doc, state);
  lt_document_set_signed_on (doc, signed_on);
  if (documents != NULL)
    g_ptr_array_add (documents, doc);
  return doc;
}

static LtDocumentLine *
make_line (gint64        document_id,
           const char   *label,
           gint64        cents,
           LtRecurrence  recurrence)
{
  LtDocumentLine *line = lt_document_line_new ();

  lt_document_line_set_document_id (line, document_id);
  lt_document_line_set_label (line, label);
  lt_document_line_set_price_cents (line, cents);
  lt_document_line_set_recurrence (line, recurrence);
  return line;
}

static void
test_prospect_kinds (void)
{
  g_autoptr(LtAffaire) prospect = make_affaire (LT_AFFAIRE_STATE_PROSPECT, FALSE);
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_document_rules_check_kind (prospect, docs, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, NULL));
  g_assert_true (lt_document_rules_check_kind (prospect, docs, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, NULL));

  for (LtDocumentKind kind = LT_DOCUMENT_KIND_AVENANT; kind <= LT_DOCUMENT_KIND_BON_D_INTERVENTION; kind++)
    {
      g_clear_error (&error);
      g_assert_false (lt_document_rules_check_kind (prospect, docs, kind, &error));
      g_assert_error (error, LT_ERROR, LT_ERROR_KIND_NOT_ALLOWED);
      g_assert_nonnull (strstr (error->message, "Dupont SARL"));
    }
}

static void
test_client_kinds (void)
{
  g_autoptr(LtAffaire) client = make_affaire (LT_AFFAIRE_STATE_CLIENT, TRUE);
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  /* A client whose letter is only sent, or replaced, has none in force. */
  make_document (docs, 1, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_SENT, NULL);
  make_document (docs, 2, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_REPLACED, "2025-01-01");
  g_assert_null (lt_document_rules_current_letter (docs));
  g_assert_false (lt_document_rules_check_kind (client, docs, LT_DOCUMENT_KIND_AVENANT, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NO_LETTER);
  g_clear_error (&error);
  g_assert_false (lt_document_rules_check_kind (client, docs, LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NO_LETTER);
  g_clear_error (&error);

  make_document (docs, 3, LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE, LT_DOCUMENT_STATE_SIGNED, "2025-06-01");
  g_assert_cmpint (lt_document_get_id (lt_document_rules_current_letter (docs)), ==, 3);

  for (LtDocumentKind kind = LT_DOCUMENT_KIND_OFFRE_DE_SERVICE; kind <= LT_DOCUMENT_KIND_BON_D_INTERVENTION; kind++)
    g_assert_true (lt_document_rules_check_kind (client, docs, kind, NULL));
}

static void
test_transitions (void)
{
  g_autoptr(LtDocument) doc = make_document (NULL, 1, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, LT_DOCUMENT_STATE_DRAFT, NULL);
  g_autoptr(GError) error = NULL;
  struct {
    LtDocumentState from;
    LtDocumentState to;
    gboolean        ok;
  } cases[] = {
    { LT_DOCUMENT_STATE_DRAFT,    LT_DOCUMENT_STATE_SENT,     TRUE },
    { LT_DOCUMENT_STATE_DRAFT,    LT_DOCUMENT_STATE_SIGNED,   FALSE },
    { LT_DOCUMENT_STATE_DRAFT,    LT_DOCUMENT_STATE_REFUSED,  FALSE },
    { LT_DOCUMENT_STATE_SENT,     LT_DOCUMENT_STATE_SIGNED,   TRUE },
    { LT_DOCUMENT_STATE_SENT,     LT_DOCUMENT_STATE_REFUSED,  TRUE },
    { LT_DOCUMENT_STATE_SENT,     LT_DOCUMENT_STATE_SENT,     FALSE },
    { LT_DOCUMENT_STATE_SENT,     LT_DOCUMENT_STATE_DRAFT,    FALSE },
    { LT_DOCUMENT_STATE_SIGNED,   LT_DOCUMENT_STATE_REFUSED,  FALSE },
    { LT_DOCUMENT_STATE_SIGNED,   LT_DOCUMENT_STATE_SIGNED,   FALSE },
    { LT_DOCUMENT_STATE_REFUSED,  LT_DOCUMENT_STATE_SIGNED,   FALSE },
    { LT_DOCUMENT_STATE_REPLACED, LT_DOCUMENT_STATE_SENT,     FALSE },
    { LT_DOCUMENT_STATE_SIGNED,   LT_DOCUMENT_STATE_REPLACED, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      lt_document_set_state (doc, cases[i].from);
      g_clear_error (&error);
      g_assert_cmpint (lt_document_rules_check_transition (doc, cases[i].to, &error), ==, cases[i].ok);
      if (cases[i].ok)
        g_assert_no_error (error);
      else
        g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_TRANSITION);
    }

  /* Only a brouillon is edited or deleted. */
  lt_document_set_state (doc, LT_DOCUMENT_STATE_DRAFT);
  g_assert_true (lt_document_rules_check_editable (doc, NULL));
  for (LtDocumentState s = LT_DOCUMENT_STATE_SENT; s <= LT_DOCUMENT_STATE_REPLACED; s++)
    {
      lt_document_set_state (doc, s);
      g_clear_error (&error);
      g_assert_false (lt_document_rules_check_editable (doc, &error));
      g_assert_error (error, LT_ERROR, LT_ERROR_NOT_A_DRAFT);
    }
}

static void
test_lcbft (void)
{
  g_autoptr(LtAffaire) prospect = make_affaire (LT_AFFAIRE_STATE_PROSPECT, FALSE);
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  LtDocument *lm = make_document (docs, 1, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_DRAFT, NULL);
  LtDocument *offre = make_document (docs, 2, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, LT_DOCUMENT_STATE_DRAFT, NULL);
  g_autoptr(LtSignEffects) effects = NULL;
  g_autoptr(GError) error = NULL;

  /* An offre goes out without identification; a lettre de mission does not. */
  g_assert_true (lt_document_rules_check_send (prospect, offre, 1, NULL));
  g_assert_false (lt_document_rules_check_send (prospect, lm, 1, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_LCBFT_MISSING);
  g_assert_nonnull (strstr (error->message, "Dupont SARL"));
  g_clear_error (&error);

  /* Nor is it signed without it, even once sent. */
  lt_document_set_state (lm, LT_DOCUMENT_STATE_SENT);
  effects = lt_document_rules_sign (prospect, docs, lm, &error);
  g_assert_null (effects);
  g_assert_error (error, LT_ERROR, LT_ERROR_LCBFT_MISSING);
  g_clear_error (&error);

  lt_affaire_set_lcbft_identified_on (prospect, "2026-02-01");
  lt_affaire_set_lcbft_identified_by (prospect, 3);
  lt_affaire_set_beneficial_owner (prospect, "Jean Dupont");
  /* issue 12: a level of vigilance chosen, too */
  effects = lt_document_rules_sign (prospect, docs, lm, &error);
  g_assert_null (effects);
  g_assert_error (error, LT_ERROR, LT_ERROR_LCBFT_MISSING);
  g_assert_nonnull (strstr (error->message, "vigilance level"));
  g_clear_error (&error);
  lt_affaire_set_vigilance (prospect, LT_VIGILANCE_SIMPLIFIED);
  effects = lt_document_rules_sign (prospect, docs, lm, &error);
  g_assert_no_error (error);
  g_assert_true (effects->becomes_client);

  /* A document without lines is not sent. */
  lt_document_set_state (lm, LT_DOCUMENT_STATE_DRAFT);
  g_assert_false (lt_document_rules_check_send (prospect, lm, 0, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NO_LINES);
}

static void
test_sign_effects (void)
{
  g_autoptr(LtAffaire) affaire = make_affaire (LT_AFFAIRE_STATE_PROSPECT, TRUE);
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  LtDocument *offre = make_document (docs, 1, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, LT_DOCUMENT_STATE_SENT, NULL);
  LtDocument *lm, *av, *bon, *sub, *draft_av;
  LtSignEffects *effects;
  g_autoptr(GError) error = NULL;

  /* Signing an offre creates the letter, and does not make a client. */
  effects = lt_document_rules_sign (affaire, docs, offre, &error);
  g_assert_no_error (error);
  g_assert_true (effects->create_letter);
  g_assert_false (effects->becomes_client);
  g_assert_cmpuint (effects->replaced->len, ==, 0);
  lt_sign_effects_free (effects);
  lt_document_set_state (offre, LT_DOCUMENT_STATE_SIGNED);

  lm = make_document (docs, 2, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_SENT, NULL);
  effects = lt_document_rules_sign (affaire, docs, lm, &error);
  g_assert_no_error (error);
  g_assert_false (effects->create_letter);
  g_assert_true (effects->becomes_client);
  lt_sign_effects_free (effects);
  lt_document_set_state (lm, LT_DOCUMENT_STATE_SIGNED);
  lt_document_set_signed_on (lm, "2026-01-10");
  lt_affaire_set_state (affaire, LT_AFFAIRE_STATE_CLIENT);

  /* A second letter for a client does not « become » a client again. */
  {
    g_autoptr(LtDocument) lm2 = make_document (NULL, 9, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_SENT, NULL);
    effects = lt_document_rules_sign (affaire, docs, lm2, &error);
    g_assert_false (effects->becomes_client);
    lt_sign_effects_free (effects);
  }

  av = make_document (docs, 3, LT_DOCUMENT_KIND_AVENANT, LT_DOCUMENT_STATE_SIGNED, "2026-03-01");
  bon = make_document (docs, 4, LT_DOCUMENT_KIND_BON_D_INTERVENTION, LT_DOCUMENT_STATE_SIGNED, "2026-03-02");
  draft_av = make_document (docs, 5, LT_DOCUMENT_KIND_AVENANT, LT_DOCUMENT_STATE_DRAFT, NULL);
  sub = make_document (docs, 6, LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE, LT_DOCUMENT_STATE_SENT, NULL);

  /* The substitutive replaces the letter and its signed avenants — not the
   * offre, not the bon d'intervention, not a draft. */
  effects = lt_document_rules_sign (affaire, docs, sub, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (effects->replaced->len, ==, 2);
  g_assert_true (g_ptr_array_index (effects->replaced, 0) == lm);
  g_assert_true (g_ptr_array_index (effects->replaced, 1) == av);
  g_assert_false (g_ptr_array_find (effects->replaced, bon, NULL));
  g_assert_false (g_ptr_array_find (effects->replaced, draft_av, NULL));
  g_assert_false (g_ptr_array_find (effects->replaced, offre, NULL));
  lt_sign_effects_free (effects);

  /* Once the letter is gone, an avenant drafted earlier cannot be signed. */
  lt_document_set_state (lm, LT_DOCUMENT_STATE_REPLACED);
  lt_document_set_state (draft_av, LT_DOCUMENT_STATE_SENT);
  effects = lt_document_rules_sign (affaire, docs, draft_av, &error);
  g_assert_null (effects);
  g_assert_error (error, LT_ERROR, LT_ERROR_NO_LETTER);
}

static void
test_scope (void)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(LtScope) empty = NULL;
  g_autoptr(LtScope) scope = NULL;
  struct { gint64 doc; const char *label; gint64 cents; LtRecurrence rec; } rows[] = {
    { 1, "Old letter line",  99900, LT_RECURRENCE_MONTHLY },   /* replaced letter */
    { 2, "Tenue comptable",  25000, LT_RECURRENCE_MONTHLY },   /* ×12 = 3 000,00 */
    { 2, "Bilan",           180000, LT_RECURRENCE_YEARLY },    /* ×1  = 1 800,00 */
    { 2, "Reprise dossier",  50000, LT_RECURRENCE_NONE },      /* one-off */
    { 3, "TVA",              12050, LT_RECURRENCE_QUARTERLY }, /* ×4  =   482,00 */
    { 4, "Unsigned avenant", 77700, LT_RECURRENCE_MONTHLY },
    { 5, "Bon",              30000, LT_RECURRENCE_NONE },
  };

  make_document (docs, 1, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_REPLACED, "2024-01-01");
  make_document (docs, 2, LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE, LT_DOCUMENT_STATE_SIGNED, "2025-01-01");
  make_document (docs, 3, LT_DOCUMENT_KIND_AVENANT, LT_DOCUMENT_STATE_SIGNED, "2025-05-01");
  make_document (docs, 4, LT_DOCUMENT_KIND_AVENANT, LT_DOCUMENT_STATE_SENT, NULL);
  make_document (docs, 5, LT_DOCUMENT_KIND_BON_D_INTERVENTION, LT_DOCUMENT_STATE_SIGNED, "2025-06-01");

  empty = lt_document_rules_scope (docs, NULL);
  g_assert_cmpint (empty->letter_id, ==, 2);
  g_assert_cmpuint (empty->lines->len, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GPtrArray *list = g_hash_table_lookup (lines, &rows[i].doc);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (lines, g_memdup2 (&rows[i].doc, sizeof (gint64)), list);
        }
      g_ptr_array_add (list, make_line (rows[i].doc, rows[i].label, rows[i].cents, rows[i].rec));
    }

  scope = lt_document_rules_scope (docs, lines);
  g_assert_cmpint (scope->letter_id, ==, 2);
  /* The bon d'intervention's one-off line is in the one-off scope (issue 13). */
  g_assert_cmpuint (scope->documents->len, ==, 3);
  g_assert_cmpuint (scope->lines->len, ==, 5);
  g_assert_cmpint (scope->yearly_cents, ==, 300000 + 180000 + 48200);
  g_assert_cmpint (scope->one_off_cents, ==, 50000 + 30000);
}

static void
test_line (void)
{
  g_autoptr(LtDocumentLine) line = make_line (1, "  ", 100, LT_RECURRENCE_NONE);
  g_autoptr(GError) error = NULL;

  g_assert_false (lt_document_rules_check_line (line, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NAME_REQUIRED);
  g_clear_error (&error);

  lt_document_line_set_label (line, "Bilan");
  lt_document_line_set_price_cents (line, -1);
  g_assert_false (lt_document_rules_check_line (line, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NEGATIVE_PRICE);

  lt_document_line_set_price_cents (line, 0);
  g_assert_true (lt_document_rules_check_line (line, NULL));
}

static void
test_forme_juridique (void)
{
  guint n = 0;
  const LtFormeJuridique *list = lt_forme_juridique_list (&n);
  const char *usual[] = { "EI", "EURL", "SARL", "SAS", "SASU", "SA", "SCI", "SNC", "Association" };

  g_assert_cmpuint (n, >=, 10);
  g_assert_cmpstr (lt_forme_juridique_lookup ("sarl")->code, ==, "SARL");
  g_assert_cmpint (lt_forme_juridique_index ("SASU"), >=, 0);
  g_assert_cmpint (lt_forme_juridique_index ("XYZ"), ==, -1);
  for (guint i = 0; i < G_N_ELEMENTS (usual); i++)
    g_assert_cmpint (lt_forme_juridique_index (usual[i]), >=, 0);
  g_assert_cmpstr (list[0].code, ==, "EI");
}

/* issue 12: the date, who identified and the bénéficiaire effectif are each
 * required, for sending and for signing; each refusal names what to fill. */
static void
test_lcbft_each_field (void)
{
  static const struct { const char *missing; const char *named; } cases[] = {
    { "date", "identification date" },
    { "by", "who identified the client" },
    { "owner", "bénéficiaire effectif" },
    { "owner-blank", "bénéficiaire effectif" },
    { "vigilance", "vigilance level" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint kind = 0; kind < 2; kind++)
      {
        g_autoptr(LtAffaire) affaire = make_affaire (LT_AFFAIRE_STATE_CLIENT, TRUE);
        g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func (g_object_unref);
        LtDocument *lm = make_document (docs, 1, kind == 0 ? LT_DOCUMENT_KIND_LETTRE_DE_MISSION
                                                           : LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE,
                                        LT_DOCUMENT_STATE_DRAFT, NULL);
        LtDocument *bon = make_document (docs, 2, LT_DOCUMENT_KIND_BON_D_INTERVENTION, LT_DOCUMENT_STATE_DRAFT, NULL);
        g_autoptr(LtSignEffects) effects = NULL;
        g_autoptr(GError) error = NULL;

        /* complete, it goes */
        g_assert_true (lt_document_rules_check_send (affaire, lm, 1, NULL));

        if (g_str_equal (cases[i].missing, "date"))
          lt_affaire_set_lcbft_identified_on (affaire, NULL);
        else if (g_str_equal (cases[i].missing, "by"))
          lt_affaire_set_lcbft_identified_by (affaire, 0);
        else if (g_str_equal (cases[i].missing, "owner"))
          lt_affaire_set_beneficial_owner (affaire, NULL);
        else if (g_str_equal (cases[i].missing, "vigilance"))
          lt_affaire_set_vigilance (affaire, LT_VIGILANCE_NOT_ASSESSED);
        else
          lt_affaire_set_beneficial_owner (affaire, " \t ");

        g_assert_false (lt_document_rules_check_send (affaire, lm, 1, &error));
        g_assert_error (error, LT_ERROR, LT_ERROR_LCBFT_MISSING);
        g_assert_nonnull (strstr (error->message, "Dupont SARL"));
        if (strstr (error->message, cases[i].named) == NULL)
          g_error ("the refusal for a missing %s does not name « %s »: %s", cases[i].missing, cases[i].named, error->message);
        g_clear_error (&error);

        lt_document_set_state (lm, LT_DOCUMENT_STATE_SENT);
        effects = lt_document_rules_sign (affaire, docs, lm, &error);
        g_assert_null (effects);
        g_assert_error (error, LT_ERROR, LT_ERROR_LCBFT_MISSING);
        g_assert_nonnull (strstr (error->message, cases[i].named));
        g_clear_error (&error);

        /* a bon d'intervention does not begin a relationship: not gated */
        g_assert_true (lt_document_rules_check_send (affaire, bon, 1, NULL));
      }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document-rules/prospect-kinds", test_prospect_kinds);
  g_test_add_func ("/document-rules/client-kinds", test_client_kinds);
  g_test_add_func ("/document-rules/transitions", test_transitions);
  g_test_add_func ("/document-rules/lcbft", test_lcbft);
  g_test_add_func ("/document-rules/lcbft-each-field", test_lcbft_each_field);
  g_test_add_func ("/document-rules/sign-effects", test_sign_effects);
  g_test_add_func ("/document-rules/scope", test_scope);
  g_test_add_func ("/document-rules/line", test_line);
  g_test_add_func ("/document-rules/forme-juridique", test_forme_juridique);

  return g_test_run ();
}
