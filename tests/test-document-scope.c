/* test-document-scope.c: the scope in force (several letters, avenants that change or end a line) and the kinds' limits (issue 13) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lt-document-rules.h"
#include "lt-error.h"

typedef struct {
  GPtrArray  *docs;
  GHashTable *lines;
} Case;

static void
case_init (Case *c)
{
  c->docs = g_ptr_array_new_with_free_func (g_object_unref);
  c->lines = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
}

static void
case_clear (Case *c)
{
  g_clear_pointer (&c->docs, g_ptr_array_unref);
  g_clear_pointer (&c->lines, g_hash_table_unref);
}

static LtDocument *
add_doc (Case            *c,
         gint64           id,
         LtDocumentKind   kind,
         LtDocumentState  state,
         const char      *signed_on,
         gint64           parent_id)
{
  LtDocument *doc = lt_document_new ();

  lt_document_set_id (doc, id);
  lt_document_set_affaire_id (doc, 2);
  lt_document_set_kind (doc, kind);
  lt_document_set_state (doc, state);
  lt_document_set_signed_on (doc, signed_on);
  lt_document_set_parent_id (doc, parent_id);
  g_ptr_array_add (c->docs, doc);
  return doc;
}

static LtDocumentLine *
add_line (Case         *c,
          gint64        doc,
          gint64        prestation_id,
          const char   *label,
          gint64        cents,
          LtRecurrence  recurrence)
{
  LtDocumentLine *line = lt_document_line_new ();
  GPtrArray *list = g_hash_table_lookup (c->lines, &doc);
  static gint64 next_id = 100;

  lt_document_line_set_id (line, next_id++);
  lt_document_line_set_document_id (line, doc);
  lt_document_line_set_prestation_id (line, prestation_id);
  lt_document_line_set_label (line, label);
  lt_document_line_set_price_cents (line, cents);
  lt_document_line_set_recurrence (line, recurrence);
  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (c->lines, g_memdup2 (&doc, sizeof doc), list);
    }
  g_ptr_array_add (list, line);
  return line;
}

/* Garage Dufour: a first letter (tenue 180 €/mois, bilan 1 800 €/an →
 * 3 960 €/an, plus secrétariat 450 € and TVA 1 080 € → 5 490 €/an); a
 * second offre signed, then the lettre de mission it made: both letters
 * stay in force, 5 490 + 2 400. */
static void
garage_dufour (Case *c)
{
  case_init (c);
  add_doc (c, 1, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_SIGNED, "2025-01-15", 0);
  add_line (c, 1, 3, "Tenue comptable mensuelle", 18000, LT_RECURRENCE_MONTHLY);
  add_line (c, 1, 4, "Bilan annuel", 180000, LT_RECURRENCE_YEARLY);
  add_line (c, 1, 5, "Secrétariat juridique annuel", 45000, LT_RECURRENCE_YEARLY);
  add_line (c, 1, 7, "Déclarations de TVA", 27000, LT_RECURRENCE_QUARTERLY);
  add_line (c, 1, 1, "Entrée en relation", 35000, LT_RECURRENCE_NONE);
  add_doc (c, 2, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, LT_DOCUMENT_STATE_SIGNED, "2026-03-01", 0);
  add_line (c, 2, 6, "Situation trimestrielle", 60000, LT_RECURRENCE_QUARTERLY);
  add_doc (c, 3, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_SIGNED, "2026-03-10", 2);
  add_line (c, 3, 6, "Situation trimestrielle", 60000, LT_RECURRENCE_QUARTERLY);
}

static LtScopeEntry *
entry_of (LtScope *scope,
          gint64   prestation_id)
{
  return lt_scope_find_prestation (scope, prestation_id, NULL);
}

static void
test_several_letters (void)
{
  Case c;
  g_autoptr(LtScope) scope = NULL;

  garage_dufour (&c);
  scope = lt_document_rules_scope_full (c.docs, c.lines, NULL, "2026-06-01");

  g_assert_cmpint (scope->letter_id, ==, 3);
  g_assert_cmpuint (scope->letters->len, ==, 2);
  g_assert_cmpint (lt_document_get_id (g_ptr_array_index (scope->letters, 0)), ==, 1);
  /* the offre is not part of the scope */
  g_assert_cmpuint (scope->documents->len, ==, 2);
  g_assert_cmpint (scope->yearly_cents, ==, 549000 + 240000);
  g_assert_cmpint (scope->one_off_cents, ==, 35000);
  g_assert_cmpuint (scope->recurring->len, ==, 5);
  g_assert_cmpuint (scope->one_off->len, ==, 1);
  g_assert_cmpuint (scope->lines->len, ==, scope->entries->len);
  g_assert_cmpint (entry_of (scope, 6)->source_document_id, ==, 3);
  g_assert_cmpint (entry_of (scope, 3)->source_document_id, ==, 1);
  g_assert_cmpint (entry_of (scope, 3)->previous_price_cents, ==, -1);
  g_assert_cmpuint (scope->duplicates->len, ==, 0);

  /* The compatible entry point gives the same scope. */
  {
    g_autoptr(LtScope) plain = lt_document_rules_scope (c.docs, c.lines);
    g_assert_cmpint (plain->yearly_cents, ==, scope->yearly_cents);
  }
  case_clear (&c);
}

/* tenue 180 → 200 €/mois: 3 960 → 4 200 €/an, not 6 360. */
static void
test_avenant_changes (void)
{
  Case c;
  g_autoptr(LtScope) scope = NULL;
  g_autoptr(GHashTable) families = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  LtScopeEntry *entry;
  gint64 v2 = 30, family = 3;

  case_init (&c);
  add_doc (&c, 1, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_SIGNED, "2025-01-15", 0);
  add_line (&c, 1, 3, "Tenue comptable mensuelle", 18000, LT_RECURRENCE_MONTHLY);
  add_line (&c, 1, 4, "Bilan annuel", 180000, LT_RECURRENCE_YEARLY);

  scope = lt_document_rules_scope_full (c.docs, c.lines, NULL, "2026-06-01");
  g_assert_cmpint (scope->yearly_cents, ==, 396000);
  g_clear_pointer (&scope, lt_scope_free);

  add_doc (&c, 2, LT_DOCUMENT_KIND_AVENANT, LT_DOCUMENT_STATE_SIGNED, "2026-02-01", 1);
  add_line (&c, 2, 3, "Tenue comptable mensuelle", 20000, LT_RECURRENCE_MONTHLY);

  scope = lt_document_rules_scope_full (c.docs, c.lines, NULL, "2026-06-01");
  g_assert_cmpint (scope->yearly_cents, ==, 420000);
  g_assert_cmpuint (scope->recurring->len, ==, 2);
  entry = entry_of (scope, 3);
  g_assert_nonnull (entry);
  g_assert_cmpint (entry->source_document_id, ==, 2);
  g_assert_cmpint (entry->source_kind, ==, LT_DOCUMENT_KIND_AVENANT);
  g_assert_cmpint (entry->previous_price_cents, ==, 18000);
  g_assert_cmpint (entry->previous_recurrence, ==, LT_RECURRENCE_MONTHLY);
  g_assert_cmpint (entry->previous_document_id, ==, 1);
  g_assert_cmpint (lt_document_line_get_price_cents (entry->line), ==, 20000);
  /* the changed line keeps its place */
  g_assert_true (g_ptr_array_index (scope->lines, 0) == entry->line);
  g_clear_pointer (&scope, lt_scope_free);

  /* A second avenant changes the periodicity, on a new catalogue version
   * of the same prestation (its family): still one line. */
  add_doc (&c, 3, LT_DOCUMENT_KIND_AVENANT, LT_DOCUMENT_STATE_SIGNED, "2026-04-01", 1);
  add_line (&c, 3, v2, "Tenue comptable trimestrielle", 55000, LT_RECURRENCE_QUARTERLY);
  g_hash_table_insert (families, g_memdup2 (&v2, sizeof v2), g_memdup2 (&family, sizeof family));
  g_hash_table_insert (families, g_memdup2 (&family, sizeof family), g_memdup2 (&family, sizeof family));

  scope = lt_document_rules_scope_full (c.docs, c.lines, families, "2026-06-01");
  g_assert_cmpuint (scope->recurring->len, ==, 2);
  g_assert_cmpint (scope->yearly_cents, ==, 220000 + 180000);
  entry = lt_scope_find_prestation (scope, 3, families);
  g_assert_cmpint (entry->previous_price_cents, ==, 20000);
  g_assert_cmpint (entry->source_document_id, ==, 3);
  g_clear_pointer (&scope, lt_scope_free);

  /* Without the family, the new version is another prestation: it adds. */
  scope = lt_document_rules_scope_full (c.docs, c.lines, NULL, "2026-06-01");
  g_assert_cmpuint (scope->recurring->len, ==, 3);
  g_clear_pointer (&scope, lt_scope_free);

  /* An avenant for a prestation not in scope adds a line. */
  add_doc (&c, 4, LT_DOCUMENT_KIND_AVENANT, LT_DOCUMENT_STATE_SIGNED, "2026-05-01", 1);
  add_line (&c, 4, 5, "Secrétariat juridique annuel", 45000, LT_RECURRENCE_YEARLY);
  scope = lt_document_rules_scope_full (c.docs, c.lines, families, "2026-06-01");
  g_assert_cmpuint (scope->recurring->len, ==, 3);
  g_assert_cmpint (scope->yearly_cents, ==, 220000 + 180000 + 45000);
  g_assert_cmpint (entry_of (scope, 5)->previous_price_cents, ==, -1);

  case_clear (&c);
}

static void
test_avenant_ends (void)
{
  Case c;
  g_autoptr(LtScope) before = NULL;
  g_autoptr(LtScope) after = NULL;
  LtDocumentLine *end;
  LtScopeEntry *entry;

  case_init (&c);
  add_doc (&c, 1, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_SIGNED, "2025-01-15", 0);
  add_line (&c, 1, 3, "Tenue comptable mensuelle", 18000, LT_RECURRENCE_MONTHLY);
  add_line (&c, 1, 4, "Bilan annuel", 180000, LT_RECURRENCE_YEARLY);
  add_doc (&c, 2, LT_DOCUMENT_KIND_AVENANT, LT_DOCUMENT_STATE_SIGNED, "2026-02-01", 1);
  end = add_line (&c, 2, 3, "Tenue comptable mensuelle", 0, LT_RECURRENCE_MONTHLY);
  lt_document_line_set_ends_on (end, "2026-07-01");

  before = lt_document_rules_scope_full (c.docs, c.lines, NULL, "2026-06-30");
  g_assert_cmpint (before->yearly_cents, ==, 396000);
  entry = entry_of (before, 3);
  g_assert_cmpstr (entry->ends_on, ==, "2026-07-01");
  g_assert_cmpint (entry->ended_by_document_id, ==, 2);
  g_assert_cmpint (lt_document_line_get_price_cents (entry->line), ==, 18000);

  after = lt_document_rules_scope_full (c.docs, c.lines, NULL, "2026-07-01");
  g_assert_cmpint (after->yearly_cents, ==, 180000);
  g_assert_null (entry_of (after, 3));
  g_assert_cmpuint (after->unmatched_ends->len, ==, 0);

  case_clear (&c);
}

static void
test_replaced_and_duplicates (void)
{
  Case c;
  g_autoptr(LtScope) scope = NULL;

  garage_dufour (&c);
  /* An avenant and a bon under the first letter; a third letter repeating
   * the tenue (an invariant broken: two recurring lines for one prestation). */
  add_doc (&c, 4, LT_DOCUMENT_KIND_BON_D_INTERVENTION, LT_DOCUMENT_STATE_SIGNED, "2026-04-01", 1);
  add_line (&c, 4, 2, "Reprise du dossier comptable", 45000, LT_RECURRENCE_NONE);
  add_doc (&c, 5, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_SIGNED, "2026-05-01", 0);
  add_line (&c, 5, 3, "Tenue comptable mensuelle", 25000, LT_RECURRENCE_MONTHLY);

  scope = lt_document_rules_scope_full (c.docs, c.lines, NULL, "2026-06-01");
  g_assert_cmpuint (scope->duplicates->len, ==, 1);
  g_assert_cmpint (lt_document_line_get_document_id (g_ptr_array_index (scope->duplicates, 0)), ==, 5);
  g_assert_cmpint (scope->yearly_cents, ==, 549000 + 240000);
  g_assert_cmpint (scope->one_off_cents, ==, 35000 + 45000);
  g_assert_cmpint (scope->letter_id, ==, 5);
  g_clear_pointer (&scope, lt_scope_free);

  /* The first letter replaced: its lines, and its bon, leave the scope. */
  lt_document_set_state (g_ptr_array_index (c.docs, 0), LT_DOCUMENT_STATE_REPLACED);
  scope = lt_document_rules_scope_full (c.docs, c.lines, NULL, "2026-06-01");
  g_assert_cmpuint (scope->duplicates->len, ==, 0);
  g_assert_cmpint (scope->yearly_cents, ==, 240000 + 300000);
  g_assert_cmpint (scope->one_off_cents, ==, 0);
  g_assert_cmpuint (scope->documents->len, ==, 2);

  case_clear (&c);
}

static void
test_line_kinds (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocumentLine) reprise = lt_document_line_new ();
  g_autoptr(LtDocumentLine) bilan = lt_document_line_new ();

  lt_document_line_set_label (reprise, "Reprise du dossier comptable");
  lt_document_line_set_recurrence (reprise, LT_RECURRENCE_NONE);
  lt_document_line_set_label (bilan, "Bilan annuel");
  lt_document_line_set_recurrence (bilan, LT_RECURRENCE_YEARLY);

  /* avenant: recurring only */
  g_assert_false (lt_document_rules_check_line_kind (LT_DOCUMENT_KIND_AVENANT, reprise, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_LINE_KIND);
  g_assert_nonnull (strstr (error->message, "Reprise du dossier comptable"));
  g_clear_error (&error);
  g_assert_true (lt_document_rules_check_line_kind (LT_DOCUMENT_KIND_AVENANT, bilan, &error));
  g_assert_no_error (error);

  /* bon d'intervention: one-off only */
  g_assert_false (lt_document_rules_check_line_kind (LT_DOCUMENT_KIND_BON_D_INTERVENTION, bilan, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_LINE_KIND);
  g_assert_nonnull (strstr (error->message, "Bilan annuel"));
  g_clear_error (&error);
  g_assert_true (lt_document_rules_check_line_kind (LT_DOCUMENT_KIND_BON_D_INTERVENTION, reprise, NULL));

  /* lettre de mission: both */
  g_assert_true (lt_document_rules_check_line_kind (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, reprise, NULL));
  g_assert_true (lt_document_rules_check_line_kind (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, bilan, NULL));

  /* only an avenant ends a line */
  lt_document_line_set_ends_on (bilan, "2026-12-31");
  g_assert_false (lt_document_rules_check_line_kind (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, bilan, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_LINE_KIND);
  g_clear_error (&error);
  g_assert_true (lt_document_rules_check_line_kind (LT_DOCUMENT_KIND_AVENANT, bilan, NULL));
}

static void
test_check_lines (void)
{
  Case c;
  g_autoptr(LtScope) scope = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  LtDocument *letter, *avenant;
  gint64 id;

  garage_dufour (&c);
  scope = lt_document_rules_scope_full (c.docs, c.lines, NULL, "2026-06-01");

  /* A new letter carrying the tenue again: refused, change it by avenant. */
  letter = add_doc (&c, 10, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_SENT, NULL, 0);
  add_line (&c, 10, 3, "Tenue comptable mensuelle", 20000, LT_RECURRENCE_MONTHLY);
  id = 10;
  lines = g_ptr_array_ref (g_hash_table_lookup (c.lines, &id));
  g_assert_false (lt_document_rules_check_lines (letter, lines, scope, NULL, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_SCOPE_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "Tenue comptable mensuelle"));
  g_clear_error (&error);
  g_clear_pointer (&lines, g_ptr_array_unref);

  /* A letter with only one-off lines: refused. */
  add_doc (&c, 11, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_SENT, NULL, 0);
  add_line (&c, 11, 2, "Reprise du dossier comptable", 45000, LT_RECURRENCE_NONE);
  id = 11;
  lines = g_ptr_array_ref (g_hash_table_lookup (c.lines, &id));
  g_assert_false (lt_document_rules_check_lines (g_ptr_array_index (c.docs, c.docs->len - 1), lines, scope, NULL, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_LINE_KIND);
  g_clear_error (&error);
  g_clear_pointer (&lines, g_ptr_array_unref);

  /* An avenant ending what the client does not hold: refused. */
  avenant = add_doc (&c, 12, LT_DOCUMENT_KIND_AVENANT, LT_DOCUMENT_STATE_SENT, NULL, 3);
  lt_document_line_set_ends_on (add_line (&c, 12, 9, "Paie", 0, LT_RECURRENCE_MONTHLY), "2026-09-01");
  id = 12;
  lines = g_ptr_array_ref (g_hash_table_lookup (c.lines, &id));
  g_assert_false (lt_document_rules_check_lines (avenant, lines, scope, NULL, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_IN_SCOPE);
  g_assert_nonnull (strstr (error->message, "Paie"));
  g_clear_error (&error);
  /* … and ending the tenue is fine */
  lt_document_line_set_prestation_id (g_ptr_array_index (lines, 0), 3);
  g_assert_true (lt_document_rules_check_lines (avenant, lines, scope, NULL, &error));
  g_assert_no_error (error);

  case_clear (&c);
}

static void
test_client_letter (void)
{
  g_autoptr(LtAffaire) affaire = lt_affaire_new ();
  g_autoptr(GPtrArray) none = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  lt_affaire_set_name (affaire, "Garage Dufour & Fils");
  lt_affaire_set_state (affaire, LT_AFFAIRE_STATE_CLIENT);

  g_assert_false (lt_document_rules_check_client_letter (affaire, none, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CLIENT_WITHOUT_LETTER);
  g_assert_nonnull (strstr (error->message, "Garage Dufour & Fils"));
  g_clear_error (&error);

  /* An avenant for a client without a letter in force: refused. */
  g_assert_false (lt_document_rules_check_kind (affaire, none, LT_DOCUMENT_KIND_BON_D_INTERVENTION, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NO_LETTER);
  g_clear_error (&error);

  /* The letter outside Lettrine: a client all the same; a bon is fine, an
   * avenant still needs the scope in Lettrine. */
  lt_affaire_set_letter_outside_date (affaire, "2019-04-01");
  lt_affaire_set_letter_outside_reference (affaire, "LM-2019-17");
  g_assert_true (lt_document_rules_check_client_letter (affaire, none, NULL));
  g_assert_true (lt_document_rules_check_kind (affaire, none, LT_DOCUMENT_KIND_BON_D_INTERVENTION, NULL));
  g_assert_true (lt_document_rules_check_kind (affaire, none, LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE, NULL));
  g_assert_false (lt_document_rules_check_kind (affaire, none, LT_DOCUMENT_KIND_AVENANT, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NO_LETTER);
  g_assert_nonnull (strstr (error->message, "LM-2019-17"));
  g_clear_error (&error);
}

/* A refused offre of a prospect: the message does not suggest an avenant. */
static void
test_not_editable_messages (void)
{
  struct { LtDocumentKind kind; LtDocumentState state; gboolean amendment; } cases[] = {
    { LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, LT_DOCUMENT_STATE_REFUSED, FALSE },
    { LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, LT_DOCUMENT_STATE_SENT, FALSE },
    { LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, LT_DOCUMENT_STATE_SIGNED, FALSE },
    { LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_REFUSED, FALSE },
    { LT_DOCUMENT_KIND_BON_D_INTERVENTION, LT_DOCUMENT_STATE_SIGNED, FALSE },
    { LT_DOCUMENT_KIND_LETTRE_DE_MISSION, LT_DOCUMENT_STATE_SIGNED, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LtDocument) doc = lt_document_new ();
      g_autoptr(GError) error = NULL;

      lt_document_set_kind (doc, cases[i].kind);
      lt_document_set_state (doc, cases[i].state);
      g_assert_false (lt_document_rules_check_editable (doc, &error));
      g_assert_error (error, LT_ERROR, LT_ERROR_NOT_A_DRAFT);
      g_assert_cmpint (strstr (error->message, "amendment") != NULL, ==, cases[i].amendment);
    }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document-scope/several-letters", test_several_letters);
  g_test_add_func ("/document-scope/avenant-changes", test_avenant_changes);
  g_test_add_func ("/document-scope/avenant-ends", test_avenant_ends);
  g_test_add_func ("/document-scope/replaced-and-duplicates", test_replaced_and_duplicates);
  g_test_add_func ("/document-scope/line-kinds", test_line_kinds);
  g_test_add_func ("/document-scope/check-lines", test_check_lines);
  g_test_add_func ("/document-scope/client-letter", test_client_letter);
  g_test_add_func ("/document-scope/not-editable-messages", test_not_editable_messages);

  return g_test_run ();
}
