/* lt-store-check-scope.c: lettrine-cli check — the scope in force and the documents' dates (issue 13) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-check"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-error.h"
#include "lt-store-check-scope.h"
#include "lt-store-document-ops.h"
#include "lt-store-private.h"

/* At most this many problems of one kind are listed for one affaire. */
#define MAX_PER_AFFAIRE 10
/* … and of one kind over the database, then a count. */
#define MAX_LISTED 20

/* The documents in force, as SQL says it independently of the rule in
 * core: every signed letter (a replaced one is « remplacé »), and the signed
 * avenants and bons d'intervention hanging under one of them (or under
 * none). */
static const char in_force_sql[] =
  "SELECT d.id FROM documents d WHERE d.affaire_id = ?1 AND d.state = 'signed' AND ("
  "  d.kind IN ('lettre-de-mission', 'lettre-de-mission-substitutive')"
  "  OR (d.kind IN ('avenant', 'bon-d-intervention') AND (d.parent_id IS NULL OR d.parent_id IN"
  "      (SELECT p.id FROM documents p WHERE p.affaire_id = ?1 AND p.state = 'signed'"
  "       AND p.kind IN ('lettre-de-mission', 'lettre-de-mission-substitutive')))))"
  " ORDER BY d.id";

/* Rows are problems: an id, a name, a third column; @message takes them. */
typedef struct {
  const char *sql;
  const char *message;
} DocumentInvariant;

static const DocumentInvariant document_invariants[] = {
  { "SELECT d.id, a.name, d.title FROM documents d JOIN affaires a ON a.id = d.affaire_id "
    "LEFT JOIN documents p ON p.id = d.parent_id "
    "WHERE d.kind = 'avenant' AND d.state = 'signed' AND d.parent_id IS NOT NULL "
    "  AND (p.id IS NULL OR p.state <> 'signed' OR p.kind NOT IN ('lettre-de-mission', 'lettre-de-mission-substitutive')) "
    "ORDER BY d.id",
    N_("Document %s of « %s » (%s) is a signed amendment whose engagement letter is not in force: it should have been replaced with it.") },
  { "SELECT l.id, a.name, l.label FROM document_lines l JOIN documents d ON d.id = l.document_id "
    "JOIN affaires a ON a.id = d.affaire_id "
    "WHERE d.kind = 'avenant' AND d.state <> 'draft' AND l.recurrence = 'none' ORDER BY l.id",
    N_("Line %s of an amendment of « %s » (%s) is one-off: an amendment carries recurring lines only.") },
  { "SELECT l.id, a.name, l.label FROM document_lines l JOIN documents d ON d.id = l.document_id "
    "JOIN affaires a ON a.id = d.affaire_id "
    "WHERE d.kind = 'bon-d-intervention' AND d.state <> 'draft' AND l.recurrence <> 'none' ORDER BY l.id",
    N_("Line %s of a bon d’intervention of « %s » (%s) recurs: a bon d’intervention carries one-off lines only.") },
  /* No « created after it was sent »: a letter sent or signed before it
   * was typed into Lettrine (document send --on, sign --on) is recorded
   * with its real dates; the record's creation is not the letter's. */
  { "SELECT d.id, a.name, d.signed_on FROM documents d JOIN affaires a ON a.id = d.affaire_id "
    "WHERE d.signed_on < d.sent_on OR d.refused_on < d.sent_on ORDER BY d.id",
    N_("Document %s of « %s » was answered on %s, before it was sent.") },
  { "SELECT t.id, a.name, t.answered_on FROM tasks t JOIN affaires a ON a.id = t.affaire_id "
    "WHERE t.kind = 'request' AND t.answered_on IS NOT NULL AND (t.sent_on IS NULL OR t.answered_on < t.sent_on) "
    "ORDER BY t.id",
    N_("Request %s of « %s » was answered on %s, before it was sent.") },
  { "SELECT a.id, a.name, '' FROM affaires a WHERE a.state = 'client' AND a.letter_outside_date IS NULL "
    "  AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.affaire_id = a.id "
    "  AND d.kind IN ('lettre-de-mission', 'lettre-de-mission-substitutive') AND d.state IN ('signed', 'replaced')) "
    "ORDER BY a.id",
    N_("Affaire %s « %s » is a client without any signed engagement letter, in Lettrine or recorded outside it.") },
};

static gboolean
check_document_invariant (LtStore                  *self,
                          const DocumentInvariant  *invariant,
                          GPtrArray                *problems,
                          GError                  **error)
{
  sqlite3_stmt *stmt = lt_store_prepare (self, invariant->sql, error);
  guint n = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      g_autofree char *id = NULL;

      if (++n > MAX_LISTED)
        continue;
      id = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      const char *third = (const char *) sqlite3_column_text (stmt, 2);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      g_ptr_array_add (problems, g_strdup_printf (_(invariant->message), id,
                                                  name != NULL ? name : "",
                                                  third != NULL ? third : ""));
#pragma GCC diagnostic pop
    }
  sqlite3_reset (stmt);
  if (n > MAX_LISTED)
    g_ptr_array_add (problems,
                     g_strdup_printf (ngettext ("… and %u more problem of the same kind.",
                                                "… and %u more problems of the same kind.",
                                                n - MAX_LISTED),
                                      n - MAX_LISTED));
  return lt_store_check_step (self, rc, error);
}

static gboolean
read_ids (LtStore     *self,
          const char  *sql,
          gint64       param,
          GArray      *ids,
          GError     **error)
{
  sqlite3_stmt *stmt = lt_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (param != 0)
    sqlite3_bind_int64 (stmt, 1, param);
  while ((rc = lt_store_step (self, stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return lt_store_check_step (self, rc, error);
}

/* @format takes the id as text, then @name and @third. */
static char *
problem_id (const char *format,
            gint64      id,
            const char *name,
            const char *third)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (format, text, name, third);
#pragma GCC diagnostic pop
}

static char *
label_of (LtDocumentLine *line)
{
  return g_strdup (lt_document_line_get_label (line));
}

static gboolean
check_affaire_scope (LtStore     *self,
                     gint64       affaire_id,
                     GPtrArray   *problems,
                     GError     **error)
{
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(LtScope) scope = NULL;
  g_autoptr(LtAffaire) affaire = NULL;
  const char *name;
  guint n = 0;

  if (!read_ids (self, in_force_sql, affaire_id, expected, error) ||
      !(affaire = lt_store_load_affaire (self, affaire_id, error)) ||
      !(scope = lt_store_get_scope (self, affaire_id, error)))
    return FALSE;
  name = lt_affaire_get_name (affaire);

  /* scope in force = union of the letters in force and their avenants/bons */
  for (guint i = 0; i < expected->len; i++)
    {
      gint64 id = g_array_index (expected, gint64, i);
      gboolean found = FALSE;

      for (guint j = 0; j < scope->documents->len && !found; j++)
        found = lt_document_get_id (g_ptr_array_index (scope->documents, j)) == id;
      if (!found && n++ < MAX_PER_AFFAIRE)
        g_ptr_array_add (problems, problem_id (_("Document %s of « %s » is in force but missing from its scope."), id, name, NULL));
    }
  for (guint j = 0; j < scope->documents->len; j++)
    {
      gint64 id = lt_document_get_id (g_ptr_array_index (scope->documents, j));
      gboolean found = FALSE;

      for (guint i = 0; i < expected->len && !found; i++)
        found = g_array_index (expected, gint64, i) == id;
      if (!found && n++ < MAX_PER_AFFAIRE)
        g_ptr_array_add (problems, problem_id (_("Document %s of « %s » is in its scope but not in force."), id, name, NULL));
    }
  for (guint i = 0; i < scope->entries->len; i++)
    {
      LtScopeEntry *entry = g_ptr_array_index (scope->entries, i);
      gboolean found = FALSE;

      for (guint k = 0; k < expected->len && !found; k++)
        found = g_array_index (expected, gint64, k) == entry->source_document_id;
      if (!found && n++ < MAX_PER_AFFAIRE)
        g_ptr_array_add (problems, problem_id (_("Document %s, not in force, gives a line of the scope of « %s »."),
                                                    entry->source_document_id, name, NULL));
    }

  /* no two recurring lines in force for one prestation */
  for (guint i = 0; i < scope->duplicates->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (scope->duplicates, i);
      g_autofree char *label = label_of (line);

      if (n++ < MAX_PER_AFFAIRE)
        g_ptr_array_add (problems,
                         problem_id (_("Document %s of « %s » carries « %s » again: two recurring lines in force for one prestation. Replace the letters with one replacement engagement letter."),
                                     lt_document_line_get_document_id (line), name, label));
    }
  for (guint i = 0; i < scope->unmatched_ends->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (scope->unmatched_ends, i);
      g_autofree char *label = label_of (line);

      if (n++ < MAX_PER_AFFAIRE)
        g_ptr_array_add (problems,
                         problem_id (_("Amendment %s of « %s » ends « %s », which is not in its scope."),
                                     lt_document_line_get_document_id (line), name, label));
    }

  return TRUE;
}

/**
 * lt_store_check_scope:
 * @problems: (element-type utf8): where each problem is appended
 *
 * The invariants of the documents' rules (issue 13): for every affaire the
 * scope in force is the union of its letters in force and their avenants
 * and bons d'intervention; no two recurring lines in force for one
 * prestation; an avenant's end refers to a line in force; the kinds' limits
 * on sent and signed lines; a document is drafted before it is sent and
 * answered after; a demande is answered after it is sent; a client has a
 * signed letter, in Lettrine or recorded outside it. Runs inside the
 * caller's read transaction.
 */
gboolean
lt_store_check_scope (LtStore    *self,
                      GPtrArray  *problems,
                      GError    **error)
{
  g_autoptr(GArray) affaires = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (document_invariants); i++)
    if (!check_document_invariant (self, &document_invariants[i], problems, error))
      return FALSE;

  if (!read_ids (self, "SELECT DISTINCT affaire_id FROM documents WHERE state = 'signed' ORDER BY affaire_id",
                 0, affaires, error))
    return FALSE;

  for (guint i = 0; i < affaires->len; i++)
    if (!check_affaire_scope (self, g_array_index (affaires, gint64, i), problems, error))
      return FALSE;

  return TRUE;
}
