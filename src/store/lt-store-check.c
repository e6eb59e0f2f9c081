/* lt-store-check.c: the database checked against SQLite's and the model's own invariants */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lt-error.h"
#include "lt-store-check.h"
#include "lt-store-check-scope.h"
#include "lt-store-private.h"
#include "lt-store-task-status-private.h"

/* A query whose rows are problems: column 0 is an id, column 1 a name, and
 * @message a format taking (name, id). */
typedef struct {
  const char *sql;
  const char *message;
} Invariant;

static const Invariant invariants[] = {
  { "SELECT a.id, a.name FROM affaires a "
    "WHERE a.state = 'prospect' AND EXISTS (SELECT 1 FROM documents d WHERE d.affaire_id = a.id "
    "  AND d.kind IN ('lettre-de-mission', 'lettre-de-mission-substitutive') "
    "  AND d.state IN ('signed', 'replaced')) ORDER BY a.id",
    N_("Affaire « %s » (%s) is a prospect but has a signed lettre de mission: it should be a client.") },
  { "SELECT a.id, a.name FROM affaires a "
    "WHERE a.state = 'prospect' AND EXISTS (SELECT 1 FROM documents d WHERE d.affaire_id = a.id "
    "  AND d.kind IN ('avenant', 'lettre-de-mission-substitutive', 'bon-d-intervention')) ORDER BY a.id",
    N_("Affaire « %s » (%s) is a prospect but has a document only a client may have (avenant, substitutive or bon d’intervention).") },
  { "SELECT a.id, a.name FROM affaires a "
    "WHERE EXISTS (SELECT 1 FROM documents d WHERE d.affaire_id = a.id AND d.kind = 'avenant' AND d.state IN ('signed', 'replaced')) "
    "  AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.affaire_id = a.id "
    "  AND d.kind IN ('lettre-de-mission', 'lettre-de-mission-substitutive') AND d.state IN ('signed', 'replaced')) ORDER BY a.id",
    N_("Affaire « %s » (%s) has a signed avenant but no signed lettre de mission for it to amend.") },
  { "SELECT COALESCE (family_id, id) AS f, MIN (name) FROM prestations WHERE is_current = 1 "
    "GROUP BY f HAVING COUNT (*) > 1 ORDER BY f",
    N_("Prestation « %s » (family %s) has more than one current version.") },
  { "SELECT d.id, d.title FROM documents d LEFT JOIN documents r ON r.id = d.replaced_by_id "
    "WHERE d.state = 'replaced' AND (r.id IS NULL OR r.kind <> 'lettre-de-mission-substitutive' "
    "  OR r.state NOT IN ('signed', 'replaced') OR r.affaire_id <> d.affaire_id) ORDER BY d.id",
    N_("Document « %s » (%s) is marked replaced but does not point at a signed lettre de mission substitutive of the same affaire.") },
  { "SELECT l.id, a.title || ' → ' || b.title FROM step_links l "
    "JOIN steps a ON a.id = l.from_step_id JOIN steps b ON b.id = l.to_step_id "
    "WHERE a.prestation_id <> b.prestation_id ORDER BY l.id",
    N_("Link « %s » (%s) joins steps of two different prestations.") },
  { "SELECT id, title FROM tasks WHERE due_date < start_date ORDER BY id",
    N_("Task « %s » (%s) is due before it starts.") },
  { "SELECT t.id, t.title FROM tasks t JOIN projects p ON p.id = t.project_id "
    "WHERE p.affaire_id <> t.affaire_id ORDER BY t.id",
    N_("Task « %s » (%s) belongs to a project of another affaire.") },
  /* issue 12: a number is given when the document is sent, per kind and year, without gap */
  { "SELECT id, title FROM documents WHERE (state = 'draft') = (number IS NOT NULL) ORDER BY id",
    N_("Document « %s » (%s) is a draft with a number, or was sent without one.") },
  { "SELECT MAX (number_seq) - COUNT (*), substr (MIN (number), 1, length (MIN (number)) - 5) FROM documents "
    "WHERE number_seq IS NOT NULL GROUP BY kind, number_year HAVING MAX (number_seq) <> COUNT (*) ORDER BY 2",
    N_("The numbers of the series « %s » skip %s: a sent document was deleted or renumbered.") },
};

/* At most this many problems of one kind are listed, then a count. */
#define MAX_LISTED 20

static void
add_problem (GPtrArray *problems,
             guint     *n_kind,
             char      *text)
{
  (*n_kind)++;
  if (*n_kind <= MAX_LISTED)
    g_ptr_array_add (problems, text);
  else
    g_free (text);
}

static void
add_overflow (GPtrArray *problems,
              guint      n_kind)
{
  if (n_kind > MAX_LISTED)
    g_ptr_array_add (problems,
                     g_strdup_printf (ngettext ("… and %u more problem of the same kind.",
                                                "… and %u more problems of the same kind.",
                                                n_kind - MAX_LISTED),
                                      n_kind - MAX_LISTED));
}

static gboolean
prepare (LtStore       *self,
         const char    *sql,
         sqlite3_stmt **stmt,
         GError       **error)
{
  int rc = sqlite3_prepare_v2 (lt_store_get_db (self), sql, -1, stmt, NULL);

  return lt_store_check_step (self, rc, error);
}

static gboolean
check_integrity (LtStore    *self,
                 GPtrArray  *problems,
                 GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n = 0;
  int rc;

  if (!prepare (self, "PRAGMA integrity_check", &stmt, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (text, "ok") != 0)
        add_problem (problems, &n, g_strdup_printf (_("SQLite integrity check: %s"), text));
    }
  add_overflow (problems, n);

  return lt_store_check_step (self, rc, error);
}

static gboolean
check_foreign_keys (LtStore    *self,
                    GPtrArray  *problems,
                    GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n = 0;
  int rc;

  if (!prepare (self, "PRAGMA foreign_key_check", &stmt, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 1));

      add_problem (problems, &n,
                   g_strdup_printf (_("Row %s of table %s points at a row of %s that does not exist."),
                                    id,
                                    (const char *) sqlite3_column_text (stmt, 0),
                                    (const char *) sqlite3_column_text (stmt, 2)));
    }
  add_overflow (problems, n);

  return lt_store_check_step (self, rc, error);
}

static gboolean
check_invariant (LtStore          *self,
                 const Invariant  *invariant,
                 GPtrArray        *problems,
                 GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n = 0;
  int rc;

  if (!prepare (self, invariant->sql, &stmt, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      add_problem (problems, &n,
                   g_strdup_printf (_(invariant->message), name != NULL ? name : "", id));
#pragma GCC diagnostic pop
    }
  add_overflow (problems, n);

  return lt_store_check_step (self, rc, error);
}

/* Kahn's algorithm over the edges of @sql (from, to): what cannot be
 * ordered lies on or behind a cycle. Returns the nodes left, sorted. */
static gboolean
find_cycle_nodes (LtStore     *self,
                  const char  *sql,
                  GArray     **left,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) indegree = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) out_edges = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                          (GDestroyNotify) g_array_unref);
  g_autoptr(GArray) edges = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (gint64 *));
  GHashTableIter iter;
  gpointer key, value;
  int rc;

  if (!prepare (self, sql, &stmt, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 pair[2] = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };
      g_array_append_vals (edges, pair, 2);
    }
  if (!lt_store_check_step (self, rc, error))
    return FALSE;

  /* Keys point into @edges, which no longer grows. */
  for (guint i = 0; i < edges->len; i += 2)
    {
      gint64 *from = &g_array_index (edges, gint64, i);
      gint64 *to = &g_array_index (edges, gint64, i + 1);
      GArray *outs;

      if (!g_hash_table_contains (indegree, from))
        g_hash_table_insert (indegree, from, GINT_TO_POINTER (0));
      g_hash_table_insert (indegree, to,
                           GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (indegree, to)) + 1));

      outs = g_hash_table_lookup (out_edges, from);
      if (outs == NULL)
        {
          outs = g_array_new (FALSE, FALSE, sizeof (gint64 *));
          g_hash_table_insert (out_edges, from, outs);
        }
      g_array_append_val (outs, to);
    }

  g_hash_table_iter_init (&iter, indegree);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_INT (value) == 0)
      g_array_append_val (queue, key);

  for (guint q = 0; q < queue->len; q++)
    {
      gint64 *node = g_array_index (queue, gint64 *, q);
      GArray *outs = g_hash_table_lookup (out_edges, node);

      g_hash_table_remove (indegree, node);
      for (guint j = 0; outs != NULL && j < outs->len; j++)
        {
          gint64 *to = g_array_index (outs, gint64 *, j);
          int d = GPOINTER_TO_INT (g_hash_table_lookup (indegree, to)) - 1;

          g_hash_table_insert (indegree, to, GINT_TO_POINTER (d));
          if (d == 0)
            g_array_append_val (queue, to);
        }
    }

  *left = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_hash_table_iter_init (&iter, indegree);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (*left, *(gint64 *) key);

  return TRUE;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static char *
format_ids (GArray *ids)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < ids->len && i < 10; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? ", " : "", g_array_index (ids, gint64, i));
  if (ids->len > 10)
    g_string_append (text, ", …");

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
check_cycles (LtStore    *self,
              GPtrArray  *problems,
              GError    **error)
{
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GArray) tasks = NULL;

  if (!find_cycle_nodes (self, "SELECT from_step_id, to_step_id FROM step_links", &steps, error) ||
      !find_cycle_nodes (self, "SELECT from_task_id, to_task_id FROM task_links", &tasks, error))
    return FALSE;

  if (steps->len > 0)
    {
      g_autofree char *ids = NULL;

      g_array_sort (steps, compare_int64);
      ids = format_ids (steps);
      g_ptr_array_add (problems, g_strdup_printf (_("The links between steps %s form a cycle: a step would wait for itself."), ids));
    }

  if (tasks->len > 0)
    {
      g_autofree char *ids = NULL;

      g_array_sort (tasks, compare_int64);
      ids = format_ids (tasks);
      g_ptr_array_add (problems, g_strdup_printf (_("The links between tasks %s form a cycle: a task would wait for itself."), ids));
    }

  return TRUE;
}

static gboolean
check_pdfs (LtStore    *self,
            GPtrArray  *problems,
            GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n = 0;
  int rc;

  if (!prepare (self, "SELECT id, title, pdf, pdf_sha256, number FROM documents WHERE pdf IS NOT NULL ORDER BY id", &stmt, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const guint8 *data = sqlite3_column_blob (stmt, 2);
      gsize len = sqlite3_column_bytes (stmt, 2);
      g_autofree char *hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, len);
      /* named by its number too (issue 12), as the cabinet knows it */
      g_autofree char *id = sqlite3_column_type (stmt, 4) != SQLITE_NULL
                            ? g_strdup_printf ("%s, %" G_GINT64_FORMAT, (const char *) sqlite3_column_text (stmt, 4),
                                               (gint64) sqlite3_column_int64 (stmt, 0))
                            : g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));

      if (g_ascii_strcasecmp (hash, (const char *) sqlite3_column_text (stmt, 3)) != 0)
        add_problem (problems, &n,
                     g_strdup_printf (_("The frozen PDF of document « %s » (%s) no longer matches its SHA-256."),
                                      (const char *) sqlite3_column_text (stmt, 1), id));
    }
  add_overflow (problems, n);

  return lt_store_check_step (self, rc, error);
}

/* Luhn over the nine digits (the schema already checks there are nine). */
static gboolean
siren_luhn_ok (const char *siren)
{
  int sum = 0;
  int len = strlen (siren);

  for (int i = 0; i < len; i++)
    {
      int d = siren[len - 1 - i] - '0';

      if (d < 0 || d > 9)
        return FALSE;
      if (i % 2 == 1 && (d *= 2) > 9)
        d -= 9;
      sum += d;
    }

  return sum % 10 == 0;
}

static gboolean
check_sirens (LtStore    *self,
              GPtrArray  *problems,
              GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n = 0;
  int rc;

  if (!prepare (self, "SELECT id, name, siren FROM affaires WHERE siren IS NOT NULL ORDER BY id", &stmt, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *siren = (const char *) sqlite3_column_text (stmt, 2);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));

      if (!siren_luhn_ok (siren))
        add_problem (problems, &n,
                     g_strdup_printf (_("Affaire « %s » (%s) has SIREN %s, which fails the Luhn check."),
                                      (const char *) sqlite3_column_text (stmt, 1), id, siren));
    }
  add_overflow (problems, n);

  return lt_store_check_step (self, rc, error);
}

GPtrArray *
lt_store_check (LtStore  *self,
                GError  **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  gboolean ok;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (!check_integrity (self, problems, error))
    return NULL;

  /* The rest reads one snapshot. */
  if (!lt_store_exec (self, "BEGIN DEFERRED", error))
    return NULL;

  ok = check_foreign_keys (self, problems, error);
  for (guint i = 0; ok && i < G_N_ELEMENTS (invariants); i++)
    ok = check_invariant (self, &invariants[i], problems, error);
  ok = ok && check_cycles (self, problems, error);
  ok = ok && check_pdfs (self, problems, error);
  ok = ok && check_sirens (self, problems, error);
  ok = ok && lt_store_task_status_check (self, problems, MAX_LISTED, error);
  ok = ok && lt_store_check_scope (self, problems, error);

  lt_store_exec (self, "COMMIT", NULL);

  return ok ? g_steal_pointer (&problems) : NULL;
}
