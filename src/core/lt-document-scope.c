/* lt-document-scope.c: the scope in force of a client, and what each kind of document may carry */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-document-scope"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-document-rules.h"
#include "lt-error.h"

static gboolean
is_letter_kind (LtDocumentKind kind)
{
  return kind == LT_DOCUMENT_KIND_LETTRE_DE_MISSION ||
         kind == LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE;
}

static const char *
kind_label (LtDocumentKind kind)
{
  return lt_enum_to_label (LT_TYPE_DOCUMENT_KIND, kind);
}

static void
scope_entry_free (LtScopeEntry *entry)
{
  g_clear_object (&entry->line);
  g_free (entry->ends_on);
  g_free (entry);
}

/* Signature order: the earlier signature first; the smaller id breaks ties
 * (and undated rows). */
static int
compare_signed (gconstpointer a,
                gconstpointer b)
{
  LtDocument *da = *(LtDocument **) a;
  LtDocument *db = *(LtDocument **) b;
  int cmp = g_strcmp0 (lt_document_get_signed_on (da), lt_document_get_signed_on (db));
  gint64 ia, ib;

  if (cmp != 0)
    return cmp;
  ia = lt_document_get_id (da);
  ib = lt_document_get_id (db);
  return ia < ib ? -1 : ia > ib;
}

/* The key two lines share when they are one prestation: its family (its
 * versions), or its id; 0 for a line without a prestation, never matched. */
static gint64
prestation_key (gint64      prestation_id,
                GHashTable *family_of)
{
  gint64 *family;

  if (prestation_id <= 0)
    return 0;
  family = family_of != NULL ? g_hash_table_lookup (family_of, &prestation_id) : NULL;
  return family != NULL && *family > 0 ? *family : prestation_id;
}

static gboolean
line_recurs (LtDocumentLine *line)
{
  return lt_recurrence_times_per_year (lt_document_line_get_recurrence (line)) > 0;
}

static gboolean
line_ends (LtDocumentLine *line)
{
  const char *ends_on = lt_document_line_get_ends_on (line);

  return ends_on != NULL && ends_on[0] != '\0';
}

static LtScopeEntry *
find_recurring (GPtrArray  *entries,
                gint64      key,
                GHashTable *family_of)
{
  if (key == 0)
    return NULL;

  for (guint i = 0; i < entries->len; i++)
    {
      LtScopeEntry *entry = g_ptr_array_index (entries, i);

      if (line_recurs (entry->line) &&
          entry->source_kind != LT_DOCUMENT_KIND_BON_D_INTERVENTION &&
          prestation_key (lt_document_line_get_prestation_id (entry->line), family_of) == key)
        return entry;
    }
  return NULL;
}

static LtScopeEntry *
add_entry (GPtrArray      *entries,
           LtDocumentLine *line,
           LtDocument     *doc)
{
  LtScopeEntry *entry = g_new0 (LtScopeEntry, 1);

  entry->line = g_object_ref (line);
  entry->source_document_id = lt_document_get_id (doc);
  entry->source_kind = lt_document_get_kind (doc);
  entry->previous_price_cents = -1;
  entry->previous_recurrence = LT_RECURRENCE_NONE;
  g_ptr_array_add (entries, entry);
  return entry;
}

/* An avenant's line: changes the line in force for its prestation, ends it,
 * or adds one. */
static void
apply_avenant_line (LtScope        *scope,
                    LtDocumentLine *line,
                    LtDocument     *doc,
                    GHashTable     *family_of,
                    const char     *on)
{
  gint64 key = prestation_key (lt_document_line_get_prestation_id (line), family_of);
  LtScopeEntry *entry = find_recurring (scope->entries, key, family_of);

  if (line_ends (line))
    {
      const char *ends_on = lt_document_line_get_ends_on (line);

      if (entry == NULL)
        g_ptr_array_add (scope->unmatched_ends, g_object_ref (line));
      else if (g_strcmp0 (on, ends_on) >= 0)
        g_ptr_array_remove (scope->entries, entry);
      else
        {
          g_free (entry->ends_on);
          entry->ends_on = g_strdup (ends_on);
          entry->ended_by_document_id = lt_document_get_id (doc);
        }
      return;
    }

  if (entry == NULL || !line_recurs (line))
    {
      add_entry (scope->entries, line, doc);
      return;
    }

  entry->previous_price_cents = lt_document_line_get_price_cents (entry->line);
  entry->previous_recurrence = lt_document_line_get_recurrence (entry->line);
  entry->previous_document_id = entry->source_document_id;
  g_set_object (&entry->line, line);
  entry->source_document_id = lt_document_get_id (doc);
  entry->source_kind = lt_document_get_kind (doc);
  g_clear_pointer (&entry->ends_on, g_free);
  entry->ended_by_document_id = 0;
}

/**
 * lt_document_rules_scope_full:
 * @documents: (element-type LtDocument): every document of a client
 * @lines_by_document: (nullable): document id → lines of that document
 * @family_of: (nullable): prestation id → its family id
 * @on: (nullable): the ISO day (NULL: today)
 *
 * Returns: (transfer full): the scope in force on @on (empty when no letter
 *   is in force).
 */
LtScope *
lt_document_rules_scope_full (GPtrArray  *documents,
                              GHashTable *lines_by_document,
                              GHashTable *family_of,
                              const char *on)
{
  LtScope *scope = g_new0 (LtScope, 1);
  g_autoptr(GPtrArray) amendments = g_ptr_array_new ();
  g_autoptr(GHashTable) in_force = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autofree char *today = NULL;
  LtDocument *latest;

  scope->documents = g_ptr_array_new_with_free_func (g_object_unref);
  scope->lines = g_ptr_array_new_with_free_func (g_object_unref);
  scope->letters = g_ptr_array_new_with_free_func (g_object_unref);
  scope->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) scope_entry_free);
  scope->recurring = g_ptr_array_new_with_free_func (g_object_unref);
  scope->one_off = g_ptr_array_new_with_free_func (g_object_unref);
  scope->duplicates = g_ptr_array_new_with_free_func (g_object_unref);
  scope->unmatched_ends = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (documents != NULL, scope);

  if (on == NULL)
    on = today = lt_date_today ();

  /* The letters in force: signed (a replaced one is « remplacé »). */
  for (guint i = 0; i < documents->len; i++)
    {
      LtDocument *doc = g_ptr_array_index (documents, i);

      if (is_letter_kind (lt_document_get_kind (doc)) &&
          lt_document_get_state (doc) == LT_DOCUMENT_STATE_SIGNED)
        {
          gint64 id = lt_document_get_id (doc);

          g_ptr_array_add (scope->letters, g_object_ref (doc));
          g_hash_table_add (in_force, g_memdup2 (&id, sizeof id));
        }
    }
  if (scope->letters->len == 0)
    return scope;
  g_ptr_array_sort (scope->letters, compare_signed);

  latest = lt_document_rules_current_letter (documents);
  scope->letter_id = lt_document_get_id (latest);

  /* Their signed avenants and bons d'intervention. */
  for (guint i = 0; i < documents->len; i++)
    {
      LtDocument *doc = g_ptr_array_index (documents, i);
      LtDocumentKind kind = lt_document_get_kind (doc);
      gint64 parent = lt_document_get_parent_id (doc);

      if ((kind == LT_DOCUMENT_KIND_AVENANT || kind == LT_DOCUMENT_KIND_BON_D_INTERVENTION) &&
          lt_document_get_state (doc) == LT_DOCUMENT_STATE_SIGNED &&
          (parent == 0 || g_hash_table_contains (in_force, &parent)))
        g_ptr_array_add (amendments, doc);
    }
  g_ptr_array_sort (amendments, compare_signed);

  for (guint i = 0; i < scope->letters->len; i++)
    g_ptr_array_add (scope->documents, g_object_ref (g_ptr_array_index (scope->letters, i)));
  for (guint i = 0; i < amendments->len; i++)
    g_ptr_array_add (scope->documents, g_object_ref (g_ptr_array_index (amendments, i)));

  /* Applied in signature order: a letter signed after an avenant that
   * carries the same prestation is a duplicate, not a change. */
  g_ptr_array_extend (order, scope->documents, NULL, NULL);
  g_ptr_array_sort (order, compare_signed);

  for (guint i = 0; lines_by_document != NULL && i < order->len; i++)
    {
      LtDocument *doc = g_ptr_array_index (order, i);
      LtDocumentKind kind = lt_document_get_kind (doc);
      gint64 id = lt_document_get_id (doc);
      GPtrArray *lines = g_hash_table_lookup (lines_by_document, &id);

      for (guint j = 0; lines != NULL && j < lines->len; j++)
        {
          LtDocumentLine *line = g_ptr_array_index (lines, j);
          gint64 key;

          if (kind == LT_DOCUMENT_KIND_AVENANT)
            {
              apply_avenant_line (scope, line, doc, family_of, on);
              continue;
            }

          key = prestation_key (lt_document_line_get_prestation_id (line), family_of);
          if (kind != LT_DOCUMENT_KIND_BON_D_INTERVENTION && line_recurs (line) &&
              find_recurring (scope->entries, key, family_of) != NULL)
            {
              g_ptr_array_add (scope->duplicates, g_object_ref (line));
              continue;
            }
          add_entry (scope->entries, line, doc);
        }
    }

  for (guint i = 0; i < scope->entries->len; i++)
    {
      LtScopeEntry *entry = g_ptr_array_index (scope->entries, i);
      int times = lt_recurrence_times_per_year (lt_document_line_get_recurrence (entry->line));
      gint64 price = lt_document_line_get_price_cents (entry->line);

      g_ptr_array_add (scope->lines, g_object_ref (entry->line));
      if (times > 0 && entry->source_kind != LT_DOCUMENT_KIND_BON_D_INTERVENTION)
        {
          g_ptr_array_add (scope->recurring, g_object_ref (entry->line));
          scope->yearly_cents += price * times;
        }
      else
        {
          g_ptr_array_add (scope->one_off, g_object_ref (entry->line));
          scope->one_off_cents += price;
        }
    }

  return scope;
}

/**
 * lt_scope_find_entry:
 *
 * Returns: (transfer none) (nullable): the entry of @line, a line of @scope.
 */
LtScopeEntry *
lt_scope_find_entry (LtScope        *scope,
                     LtDocumentLine *line)
{
  for (guint i = 0; scope != NULL && scope->entries != NULL && i < scope->entries->len; i++)
    {
      LtScopeEntry *entry = g_ptr_array_index (scope->entries, i);

      if (entry->line == line ||
          (lt_document_line_get_id (line) != 0 &&
           lt_document_line_get_id (entry->line) == lt_document_line_get_id (line)))
        return entry;
    }
  return NULL;
}

/**
 * lt_scope_find_prestation:
 *
 * Returns: (transfer none) (nullable): the recurring entry in force for
 *   @prestation_id (or another version of it).
 */
LtScopeEntry *
lt_scope_find_prestation (LtScope    *scope,
                          gint64      prestation_id,
                          GHashTable *family_of)
{
  if (scope == NULL || scope->entries == NULL)
    return NULL;
  return find_recurring (scope->entries, prestation_key (prestation_id, family_of), family_of);
}

static const char *
line_label (LtDocumentLine *line)
{
  const char *label = lt_document_line_get_label (line);

  return label != NULL && label[0] != '\0' ? label : _("(line without a label)");
}

static const char *
recurrence_label (LtDocumentLine *line)
{
  return lt_enum_to_label (LT_TYPE_RECURRENCE, lt_document_line_get_recurrence (line));
}

/**
 * lt_document_rules_check_line_kind:
 *
 * Whether a document of @kind may carry @line (see the header).
 */
gboolean
lt_document_rules_check_line_kind (LtDocumentKind   kind,
                                   LtDocumentLine  *line,
                                   GError         **error)
{
  g_return_val_if_fail (LT_IS_DOCUMENT_LINE (line), FALSE);

  if (line_ends (line) && kind != LT_DOCUMENT_KIND_AVENANT)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_LINE_KIND,
                   _("« %s » ends a prestation, which only an amendment can do: remove its end date, or draft an amendment to end it."),
                   line_label (line));
      return FALSE;
    }

  switch (kind)
    {
    case LT_DOCUMENT_KIND_AVENANT:
      if (line_recurs (line))
        return TRUE;
      g_set_error (error, LT_ERROR, LT_ERROR_LINE_KIND,
                   _("« %s » is billed once: an amendment only changes the recurring scope. Put one-off work in a bon d’intervention, or choose how often this line recurs."),
                   line_label (line));
      return FALSE;

    case LT_DOCUMENT_KIND_BON_D_INTERVENTION:
      if (!line_recurs (line))
        return TRUE;
      g_set_error (error, LT_ERROR, LT_ERROR_LINE_KIND,
                   _("« %s » recurs (%s): a bon d’intervention carries only simple one-off work. Add a recurring prestation to the scope with an amendment, or bill this line once."),
                   line_label (line), recurrence_label (line));
      return FALSE;

    case LT_DOCUMENT_KIND_OFFRE_DE_SERVICE:
    case LT_DOCUMENT_KIND_LETTRE_DE_MISSION:
    case LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE:
    default:
      return TRUE;
    }
}

/**
 * lt_document_rules_check_lines:
 * @lines: (element-type LtDocumentLine): every line of @document
 * @scope: (nullable): the scope in force of its affaire
 *
 * The limits of @document's kind over all its lines, checked before it is
 * sent or signed.
 */
gboolean
lt_document_rules_check_lines (LtDocument  *document,
                               GPtrArray   *lines,
                               LtScope     *scope,
                               GHashTable  *family_of,
                               GError     **error)
{
  LtDocumentKind kind;
  gboolean any_recurring = FALSE;

  g_return_val_if_fail (LT_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (lines != NULL, FALSE);

  kind = lt_document_get_kind (document);

  for (guint i = 0; i < lines->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (lines, i);

      if (!lt_document_rules_check_line_kind (kind, line, error))
        return FALSE;
      if (line_recurs (line))
        any_recurring = TRUE;

      if (kind == LT_DOCUMENT_KIND_AVENANT && line_ends (line) && scope != NULL &&
          lt_scope_find_prestation (scope, lt_document_line_get_prestation_id (line), family_of) == NULL)
        {
          g_set_error (error, LT_ERROR, LT_ERROR_NOT_IN_SCOPE,
                       _("« %s » is not in the scope in force: there is nothing to end. Remove this line, or choose a prestation the client holds."),
                       line_label (line));
          return FALSE;
        }

      /* A new lettre de mission beside one in force: a prestation it
       * already carries is changed by an avenant, not carried twice. */
      if (kind == LT_DOCUMENT_KIND_LETTRE_DE_MISSION && line_recurs (line) && scope != NULL)
        {
          LtScopeEntry *entry = lt_scope_find_prestation (scope, lt_document_line_get_prestation_id (line), family_of);

          if (entry != NULL && entry->source_document_id != lt_document_get_id (document))
            {
              g_set_error (error, LT_ERROR, LT_ERROR_SCOPE_DUPLICATE,
                           _("« %s » is already in the scope in force: a client cannot hold it twice. Remove it from this letter and change it with an amendment instead."),
                           line_label (line));
              return FALSE;
            }
        }
    }

  if (is_letter_kind (kind) && lines->len > 0 && !any_recurring)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_LINE_KIND,
                   _("This « %s » has only one-off lines: an engagement letter carries the recurring mission. Add a recurring prestation, or draft a bon d’intervention for one-off work."),
                   kind_label (kind));
      return FALSE;
    }

  return TRUE;
}

/**
 * lt_document_rules_check_client_letter:
 *
 * A client exists through its first signed letter: in Lettrine (a letter in
 * force) or outside it (a date recorded in the company file).
 */
gboolean
lt_document_rules_check_client_letter (LtAffaire  *affaire,
                                       GPtrArray  *documents,
                                       GError    **error)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (affaire), FALSE);

  if (lt_affaire_has_letter_outside (affaire) ||
      (documents != NULL && lt_document_rules_current_letter (documents) != NULL))
    return TRUE;

  g_set_error (error, LT_ERROR, LT_ERROR_CLIENT_WITHOUT_LETTER,
               _("« %s » has no engagement letter in force: a client exists through its first signed letter. Sign an engagement letter, or record in the company file the date and reference of the letter signed outside Lettrine."),
               lt_affaire_get_name (affaire));
  return FALSE;
}
