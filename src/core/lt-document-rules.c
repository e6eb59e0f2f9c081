/* lt-document-rules.c: what may happen to an affaire's documents, and what follows */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-document-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-document-rules.h"
#include "lt-error.h"

static const char *
state_label (LtDocumentState state)
{
  return lt_enum_to_label (LT_TYPE_DOCUMENT_STATE, state);
}

static const char *
kind_label (LtDocumentKind kind)
{
  return lt_enum_to_label (LT_TYPE_DOCUMENT_KIND, kind);
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
is_letter_kind (LtDocumentKind kind)
{
  return kind == LT_DOCUMENT_KIND_LETTRE_DE_MISSION ||
         kind == LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE;
}

/* Later signature wins; the larger id breaks ties (and undated rows). */
static gboolean
signed_after (LtDocument *a,
              LtDocument *b)
{
  const char *sa = lt_document_get_signed_on (a);
  const char *sb = lt_document_get_signed_on (b);
  int cmp = g_strcmp0 (sa, sb);

  if (cmp != 0)
    return cmp > 0;
  return lt_document_get_id (a) > lt_document_get_id (b);
}

/**
 * lt_document_rules_current_letter:
 * @documents: (element-type LtDocument): every document of an affaire
 *
 * Returns: (transfer none) (nullable): the signed lettre de mission or
 *   substitutive that is not replaced — the one in force.
 */
LtDocument *
lt_document_rules_current_letter (GPtrArray *documents)
{
  LtDocument *best = NULL;

  g_return_val_if_fail (documents != NULL, NULL);

  for (guint i = 0; i < documents->len; i++)
    {
      LtDocument *doc = g_ptr_array_index (documents, i);

      if (!is_letter_kind (lt_document_get_kind (doc)) ||
          lt_document_get_state (doc) != LT_DOCUMENT_STATE_SIGNED)
        continue;

      if (best == NULL || signed_after (doc, best))
        best = doc;
    }

  return best;
}

/**
 * lt_document_rules_check_kind:
 *
 * Whether a document of @kind may be created for @affaire — the « Nouveau
 * document » menu asks it for each kind and shows the message of a refusal:
 * prospects get only an offre de service or a lettre de mission; a client
 * may get another lettre de mission (several letters in force); avenant,
 * bon d'intervention and substitutive need a client with a lettre de
 * mission in force — or, but for an avenant, a letter recorded outside
 * Lettrine. On refusal @error says why (LT_ERROR_KIND_NOT_ALLOWED or
 * LT_ERROR_NO_LETTER).
 */
gboolean
lt_document_rules_check_kind (LtAffaire       *affaire,
                              GPtrArray       *documents,
                              LtDocumentKind   kind,
                              GError         **error)
{
  const char *name;

  g_return_val_if_fail (LT_IS_AFFAIRE (affaire), FALSE);
  g_return_val_if_fail (documents != NULL, FALSE);

  if (kind == LT_DOCUMENT_KIND_OFFRE_DE_SERVICE ||
      kind == LT_DOCUMENT_KIND_LETTRE_DE_MISSION)
    return TRUE;

  name = lt_affaire_get_name (affaire);

  if (lt_affaire_get_state (affaire) != LT_AFFAIRE_STATE_CLIENT)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_KIND_NOT_ALLOWED,
                   /* Translators: %s is a document kind, then the affaire's name */
                   _("A prospect cannot receive a « %s »: « %s » becomes a client once an engagement letter is signed. Start with a service offer or an engagement letter."),
                   kind_label (kind), name);
      return FALSE;
    }

  /* A client whose letter was signed outside Lettrine (an imported base)
   * may have one-off work or a replacement letter that brings its scope
   * in; an amendment needs the scope in Lettrine to change (issue 13). */
  if (lt_document_rules_current_letter (documents) == NULL &&
      lt_affaire_has_letter_outside (affaire) &&
      kind != LT_DOCUMENT_KIND_AVENANT)
    return TRUE;

  if (lt_document_rules_current_letter (documents) == NULL &&
      lt_affaire_has_letter_outside (affaire))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NO_LETTER,
                   _("The engagement letter of « %s » is outside Lettrine (ref. %s): an amendment changes a scope recorded here. Draft a replacement engagement letter that brings the whole scope into Lettrine."),
                   name, lt_affaire_get_letter_outside_reference (affaire));
      return FALSE;
    }

  if (lt_document_rules_current_letter (documents) == NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NO_LETTER,
                   _("« %s » has no signed engagement letter in force, which a « %s » depends on. Sign an engagement letter first."),
                   name, kind_label (kind));
      return FALSE;
    }

  return TRUE;
}

gboolean
lt_document_rules_check_editable (LtDocument  *document,
                                  GError     **error)
{
  LtDocumentState state;

  g_return_val_if_fail (LT_IS_DOCUMENT (document), FALSE);

  state = lt_document_get_state (document);
  if (state == LT_DOCUMENT_STATE_DRAFT)
    return TRUE;

  /* What to do instead depends on where the document stands: a prospect's
   * refused offre has no letter an amendment could change (issue 13). */
  switch (state)
    {
    case LT_DOCUMENT_STATE_SENT:
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_A_DRAFT,
                   _("This document is « %s »: only a draft can be changed or deleted. Record the client’s answer (signed or refused) first; a refused document can then be followed by a new one."),
                   state_label (state));
      break;

    case LT_DOCUMENT_STATE_REFUSED:
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_A_DRAFT,
                   /* Translators: the first %s is the state, the second a document kind */
                   _("This document is « %s »: it stays on file as the client’s answer and cannot be changed or deleted. Draft a new « %s » instead."),
                   state_label (state), kind_label (lt_document_get_kind (document)));
      break;

    case LT_DOCUMENT_STATE_REPLACED:
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_A_DRAFT,
                   _("This document is « %s »: a replacement engagement letter took its place, and it stays on file unchanged. Change the scope with an amendment to the letter in force."),
                   state_label (state));
      break;

    case LT_DOCUMENT_STATE_SIGNED:
    case LT_DOCUMENT_STATE_DRAFT:
    default:
      switch (lt_document_get_kind (document))
        {
        case LT_DOCUMENT_KIND_OFFRE_DE_SERVICE:
          g_set_error (error, LT_ERROR, LT_ERROR_NOT_A_DRAFT,
                       _("This service offer is « %s »: it cannot be changed or deleted. Change the engagement letter drafted from it while that letter is still a draft."),
                       state_label (state));
          break;
        case LT_DOCUMENT_KIND_BON_D_INTERVENTION:
          g_set_error (error, LT_ERROR, LT_ERROR_NOT_A_DRAFT,
                       _("This bon d’intervention is « %s »: it cannot be changed or deleted. Draft a new bon d’intervention for further work."),
                       state_label (state));
          break;
        default:
          g_set_error (error, LT_ERROR, LT_ERROR_NOT_A_DRAFT,
                       _("This document is « %s »: a signed document never changes. Draft an amendment to change the recurring scope, or a replacement engagement letter."),
                       state_label (state));
          break;
        }
      break;
    }
  return FALSE;
}

/**
 * lt_document_rules_check_transition:
 *
 * brouillon → envoyé → signé | refusé. « Remplacé » is never asked for: it
 * follows from signing a substitutive.
 */
gboolean
lt_document_rules_check_transition (LtDocument       *document,
                                    LtDocumentState   to,
                                    GError          **error)
{
  LtDocumentState from;

  g_return_val_if_fail (LT_IS_DOCUMENT (document), FALSE);

  from = lt_document_get_state (document);

  switch (to)
    {
    case LT_DOCUMENT_STATE_SENT:
      if (from == LT_DOCUMENT_STATE_DRAFT)
        return TRUE;
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_TRANSITION,
                   _("Only a draft can be sent; this document is already « %s »."),
                   state_label (from));
      return FALSE;

    case LT_DOCUMENT_STATE_SIGNED:
    case LT_DOCUMENT_STATE_REFUSED:
      if (from == LT_DOCUMENT_STATE_SENT)
        return TRUE;
      if (from == LT_DOCUMENT_STATE_DRAFT)
        g_set_error (error, LT_ERROR, LT_ERROR_INVALID_TRANSITION,
                     to == LT_DOCUMENT_STATE_SIGNED
                     ? _("This document is still a draft: send it to the client before recording the signature.")
                     : _("This document is still a draft: send it to the client before recording a refusal."));
      else
        g_set_error (error, LT_ERROR, LT_ERROR_INVALID_TRANSITION,
                     to == LT_DOCUMENT_STATE_SIGNED
                     ? _("This document is « %s »: it can no longer be signed.")
                     : _("This document is « %s »: it can no longer be refused."),
                     state_label (from));
      return FALSE;

    case LT_DOCUMENT_STATE_DRAFT:
    case LT_DOCUMENT_STATE_REPLACED:
    default:
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_TRANSITION,
                   _("A document cannot be set back to « %s » by hand."),
                   state_label (to));
      return FALSE;
    }
}

/**
 * lt_document_rules_check_lcbft:
 *
 * A lettre de mission (or substitutive) is neither sent nor signed before
 * the client is identified under the LCB-FT rules (C. mon. fin. L561-5 and
 * following): the date of the identification, who in the cabinet made it,
 * the bénéficiaire effectif and the vigilance level the cabinet retained
 * (L561-10 to L561-10-2: simplified, standard or reinforced — « not
 * assessed » until chosen) must be on file. Each refusal names what to fill
 * in. The level is recorded for the cabinet, never told to the client.
 */
gboolean
lt_document_rules_check_lcbft (LtAffaire       *affaire,
                               LtDocumentKind   kind,
                               GError         **error)
{
  const char *on, *owner;

  g_return_val_if_fail (LT_IS_AFFAIRE (affaire), FALSE);

  if (!is_letter_kind (kind))
    return TRUE;

  on = lt_affaire_get_lcbft_identified_on (affaire);
  if (is_blank (on))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_LCBFT_MISSING,
                   _("« %s » has not been identified under the anti-money-laundering rules (LCB-FT): record the identification date and the beneficial owner in the company file before sending or signing an engagement letter."),
                   lt_affaire_get_name (affaire));
      return FALSE;
    }

  if (lt_affaire_get_lcbft_identified_by (affaire) <= 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_LCBFT_MISSING,
                   _("The anti-money-laundering identification (LCB-FT) of « %s » does not say who made it: choose the staff member who identified the client in the company file before sending or signing an engagement letter."),
                   lt_affaire_get_name (affaire));
      return FALSE;
    }

  owner = lt_affaire_get_beneficial_owner (affaire);
  if (is_blank (owner))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_LCBFT_MISSING,
                   _("The beneficial owner of « %s » is not recorded (LCB-FT): enter the bénéficiaire effectif in the company file before sending or signing an engagement letter."),
                   lt_affaire_get_name (affaire));
      return FALSE;
    }

  if (lt_affaire_get_vigilance (affaire) == LT_VIGILANCE_NOT_ASSESSED)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_LCBFT_MISSING,
                   _("The anti-money-laundering vigilance level (LCB-FT) of « %s » has not been assessed: choose simplified, standard or reinforced vigilance in the company file before sending or signing an engagement letter."),
                   lt_affaire_get_name (affaire));
      return FALSE;
    }

  return TRUE;
}

gboolean
lt_document_rules_check_send (LtAffaire   *affaire,
                              LtDocument  *document,
                              guint        n_lines,
                              GError     **error)
{
  g_return_val_if_fail (LT_IS_AFFAIRE (affaire), FALSE);
  g_return_val_if_fail (LT_IS_DOCUMENT (document), FALSE);

  if (!lt_document_rules_check_transition (document, LT_DOCUMENT_STATE_SENT, error))
    return FALSE;

  if (n_lines == 0 && lt_document_get_kind (document) != LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NO_LINES,
                   _("This document has no line: add at least one prestation with its fee before sending it."));
      return FALSE;
    }
  if (n_lines == 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NO_LINES,
                   _("This replacement engagement letter has no line: it would replace the whole scope with nothing. Add the prestations it keeps before sending it."));
      return FALSE;
    }

  return lt_document_rules_check_lcbft (affaire, lt_document_get_kind (document), error);
}

gboolean
lt_document_rules_check_line (LtDocumentLine  *line,
                              GError         **error)
{
  const char *label;

  g_return_val_if_fail (LT_IS_DOCUMENT_LINE (line), FALSE);

  label = lt_document_line_get_label (line);
  if (is_blank (label))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NAME_REQUIRED,
                   _("A line needs a label: choose a prestation or type what the mission covers."));
      return FALSE;
    }

  if (lt_document_line_get_price_cents (line) < 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NEGATIVE_PRICE,
                   _("The fee of « %s » is negative: enter an amount of zero or more."),
                   label);
      return FALSE;
    }

  return TRUE;
}

void
lt_sign_effects_free (LtSignEffects *effects)
{
  if (effects == NULL)
    return;
  g_clear_pointer (&effects->replaced, g_ptr_array_unref);
  g_free (effects);
}

/**
 * lt_document_rules_sign:
 * @documents: (element-type LtDocument): every document of the affaire,
 *   @document included
 *
 * Checks that @document may be signed now and lists what its signature
 * implies.
 *
 * Returns: (transfer full) (nullable): the effects, or %NULL with @error set.
 */
LtSignEffects *
lt_document_rules_sign (LtAffaire   *affaire,
                        GPtrArray   *documents,
                        LtDocument  *document,
                        GError     **error)
{
  g_autoptr(LtSignEffects) effects = NULL;
  LtDocumentKind kind;

  g_return_val_if_fail (LT_IS_AFFAIRE (affaire), NULL);
  g_return_val_if_fail (documents != NULL, NULL);
  g_return_val_if_fail (LT_IS_DOCUMENT (document), NULL);

  kind = lt_document_get_kind (document);

  if (!lt_document_rules_check_transition (document, LT_DOCUMENT_STATE_SIGNED, error) ||
      !lt_document_rules_check_lcbft (affaire, kind, error))
    return NULL;

  /* The letter an avenant or a substitutive leans on may have been
   * replaced since the draft was made. */
  if (kind != LT_DOCUMENT_KIND_OFFRE_DE_SERVICE &&
      kind != LT_DOCUMENT_KIND_LETTRE_DE_MISSION &&
      !lt_document_rules_check_kind (affaire, documents, kind, error))
    return NULL;

  effects = g_new0 (LtSignEffects, 1);
  effects->replaced = g_ptr_array_new_with_free_func (g_object_unref);

  switch (kind)
    {
    case LT_DOCUMENT_KIND_OFFRE_DE_SERVICE:
      effects->create_letter = TRUE;
      break;

    case LT_DOCUMENT_KIND_LETTRE_DE_MISSION:
      effects->becomes_client = lt_affaire_get_state (affaire) == LT_AFFAIRE_STATE_PROSPECT;
      break;

    case LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE:
      for (guint i = 0; i < documents->len; i++)
        {
          LtDocument *doc = g_ptr_array_index (documents, i);
          LtDocumentKind k = lt_document_get_kind (doc);

          if (doc == document || lt_document_get_id (doc) == lt_document_get_id (document))
            continue;
          if (lt_document_get_state (doc) != LT_DOCUMENT_STATE_SIGNED)
            continue;
          if (is_letter_kind (k) || k == LT_DOCUMENT_KIND_AVENANT)
            g_ptr_array_add (effects->replaced, g_object_ref (doc));
        }
      break;

    case LT_DOCUMENT_KIND_AVENANT:
    case LT_DOCUMENT_KIND_BON_D_INTERVENTION:
    default:
      break;
    }

  return g_steal_pointer (&effects);
}

int
lt_recurrence_times_per_year (LtRecurrence recurrence)
{
  switch (recurrence)
    {
    case LT_RECURRENCE_MONTHLY:   return 12;
    case LT_RECURRENCE_QUARTERLY: return 4;
    case LT_RECURRENCE_YEARLY:    return 1;
    case LT_RECURRENCE_NONE:
    default:                      return 0;
    }
}

/**
 * lt_document_lines_yearly_cents:
 * @lines: (element-type LtDocumentLine)
 * @one_off_cents: (out) (optional): the sum of the one-off lines
 *
 * Returns: the yearly honoraires of the recurring lines.
 */
gint64
lt_document_lines_yearly_cents (GPtrArray *lines,
                                gint64    *one_off_cents)
{
  gint64 yearly = 0;
  gint64 one_off = 0;

  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (lines, i);
      int times = lt_recurrence_times_per_year (lt_document_line_get_recurrence (line));
      gint64 price = lt_document_line_get_price_cents (line);

      if (times == 0)
        one_off += price;
      else
        yearly += price * times;
    }

  if (one_off_cents != NULL)
    *one_off_cents = one_off;

  return yearly;
}

void
lt_scope_free (LtScope *scope)
{
  if (scope == NULL)
    return;
  g_clear_pointer (&scope->documents, g_ptr_array_unref);
  g_clear_pointer (&scope->lines, g_ptr_array_unref);
  g_clear_pointer (&scope->letters, g_ptr_array_unref);
  g_clear_pointer (&scope->entries, g_ptr_array_unref);
  g_clear_pointer (&scope->recurring, g_ptr_array_unref);
  g_clear_pointer (&scope->one_off, g_ptr_array_unref);
  g_clear_pointer (&scope->duplicates, g_ptr_array_unref);
  g_clear_pointer (&scope->unmatched_ends, g_ptr_array_unref);
  g_free (scope);
}

/**
 * lt_document_rules_scope:
 * @documents: (element-type LtDocument): every document of a client
 * @lines_by_document: (nullable): document id → lines of that document
 *
 * Returns: (transfer full): the scope in force today (empty when no letter
 *   is in force): lt_document_rules_scope_full() with prestations matched by
 *   id.
 */
LtScope *
lt_document_rules_scope (GPtrArray  *documents,
                         GHashTable *lines_by_document)
{
  return lt_document_rules_scope_full (documents, lines_by_document, NULL, NULL);
}

/* --- issue 13, the « Nouveau document » menu --- */

/**
 * lt_document_rules_kind_offered:
 * @documents: (element-type LtDocument): every document of the affaire
 * @why_not: (out) (optional) (transfer full): when refused, one short
 *   sentence that fits a menu (« Needs a signed engagement letter… »)
 *
 * Whether a document of @kind may be created for @affaire, by
 * lt_document_rules_check_kind(), and why not in the fewest words: the
 * menu shows it under the kind, where the full message of a refusal
 * (meant for a toast) would not fit.
 */
gboolean
lt_document_rules_kind_offered (LtAffaire       *affaire,
                                GPtrArray       *documents,
                                LtDocumentKind   kind,
                                char           **why_not)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LT_IS_AFFAIRE (affaire), FALSE);
  g_return_val_if_fail (documents != NULL, FALSE);

  if (why_not != NULL)
    *why_not = NULL;

  if (lt_document_rules_check_kind (affaire, documents, kind, &error))
    return TRUE;

  if (why_not == NULL)
    return FALSE;

  if (g_error_matches (error, LT_ERROR, LT_ERROR_KIND_NOT_ALLOWED) &&
      lt_affaire_get_state (affaire) != LT_AFFAIRE_STATE_CLIENT)
    *why_not = g_strdup_printf (_("Needs a signed engagement letter: « %s » is still a prospect."),
                                lt_affaire_get_name (affaire));
  else if (g_error_matches (error, LT_ERROR, LT_ERROR_NO_LETTER))
    *why_not = g_strdup (_("Needs an engagement letter signed and in force."));
  else
    *why_not = g_strdup (error->message);

  return FALSE;
}
