/* lt-document-content.c: everything a document's text needs, gathered in one place */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-document-content"

#include "config.h"

#include <string.h>

#include "lt-document-content.h"
#include "lt-step-wording.h"

static void
obligation_free (LtObligation *obligation)
{
  g_free (obligation->prestation);
  g_free (obligation->title);
  g_free (obligation->client_title);
  g_free (obligation);
}

static void
previous_free (gpointer line)
{
  if (line != NULL)
    g_object_unref (line);
}

LtDocumentContent *
lt_document_content_new (void)
{
  LtDocumentContent *self = g_new0 (LtDocumentContent, 1);

  self->lines = g_ptr_array_new_with_free_func (g_object_unref);
  self->replaced = g_ptr_array_new_with_free_func (g_object_unref);
  self->obligations = g_ptr_array_new_with_free_func ((GDestroyNotify) obligation_free);
  self->previous = g_ptr_array_new_with_free_func (previous_free);
  self->missions = g_array_new (FALSE, FALSE, sizeof (LtMission));

  return self;
}

void
lt_document_content_free (LtDocumentContent *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->document);
  g_clear_object (&self->affaire);
  g_clear_object (&self->firm);
  g_clear_object (&self->signatory);
  g_clear_object (&self->intervenant);
  g_clear_object (&self->lcbft_staff);
  g_clear_object (&self->terms);
  g_clear_object (&self->parent);
  g_ptr_array_unref (self->lines);
  g_ptr_array_unref (self->replaced);
  g_ptr_array_unref (self->obligations);
  g_ptr_array_unref (self->previous);
  g_free (self->renewal_effective_on);
  g_array_unref (self->missions);
  g_free (self);
}

void
lt_document_content_add_obligation (LtDocumentContent *self,
                                    const char        *prestation,
                                    const char        *title,
                                    LtStepKind         kind,
                                    int                delay_days)
{
  LtObligation *obligation;

  g_return_if_fail (self != NULL);
  g_return_if_fail (title != NULL);

  obligation = g_new0 (LtObligation, 1);
  obligation->prestation = g_strdup (prestation ? prestation : "");
  obligation->title = g_strdup (title);
  obligation->kind = kind;
  obligation->delay_days = delay_days;
  obligation->client_title = lt_step_default_client_title (title);
  g_ptr_array_add (self->obligations, obligation);
}

/**
 * lt_document_content_add_obligation_worded:
 * @client_title: (nullable): the client's wording; %NULL or empty: derived
 *   from @title (lt_step_default_client_title ())
 *
 * lt_document_content_add_obligation () with the client's wording of the
 * step (« Transmettre les statuts » for « Demander les statuts »).
 */
void
lt_document_content_add_obligation_worded (LtDocumentContent *self,
                                           const char        *prestation,
                                           const char        *title,
                                           const char        *client_title,
                                           LtStepKind         kind,
                                           int                delay_days)
{
  LtObligation *obligation;

  lt_document_content_add_obligation (self, prestation, title, kind, delay_days);
  g_return_if_fail (self->obligations->len > 0);
  obligation = g_ptr_array_index (self->obligations, self->obligations->len - 1);
  g_free (obligation->client_title);
  obligation->client_title = lt_step_client_wording (title, client_title);
}

/**
 * lt_document_content_is_draft:
 *
 * Returns: whether the document is a draft: not sent, no number, its PDF
 *   marked « PROJET »
 */
gboolean
lt_document_content_is_draft (const LtDocumentContent *self)
{
  g_return_val_if_fail (self != NULL && LT_IS_DOCUMENT (self->document), TRUE);

  return lt_document_get_state (self->document) == LT_DOCUMENT_STATE_DRAFT;
}

static gint64
periods_per_year (LtRecurrence recurrence)
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

/* Sums saturate instead of wrapping: amounts are bounded where they are
 * parsed (LT_MONEY_MAX_CENTS), but a database written by hand or by an
 * older version may hold anything. */
static gint64
clamp_cents (__int128 value)
{
  if (value > G_MAXINT64)
    return G_MAXINT64;
  if (value < G_MININT64)
    return G_MININT64;
  return (gint64) value;
}

void
lt_document_content_get_totals (const LtDocumentContent *self,
                                gint64                  *total_ht,
                                gint64                  *total_tva,
                                gint64                  *total_ttc,
                                gint64                  *yearly_recurring)
{
  __int128 ht = 0;
  __int128 yearly = 0;
  __int128 tva;

  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->lines->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index (self->lines, i);
      gint64 price = MAX (lt_document_line_get_price_cents (line), 0);
      const char *ends_on = lt_document_line_get_ends_on (line);

      /* an avenant's line that ends a prestation bills nothing (issue 13) */
      if (ends_on != NULL && *ends_on != '\0')
        continue;

      /* at most G_MAXUINT lines of at most G_MAXINT64 × 12: no overflow */
      ht += price;
      yearly += (__int128) price * periods_per_year (lt_document_line_get_recurrence (line));
    }

  /* half away from zero, to the cent (ht is never negative) */
  ht = clamp_cents (ht);
  tva = clamp_cents ((ht * LT_VAT_RATE_PERCENT + 50) / 100);

  if (total_ht)
    *total_ht = (gint64) ht;
  if (total_tva)
    *total_tva = (gint64) tva;
  if (total_ttc)
    *total_ttc = clamp_cents (ht + tva);
  if (yearly_recurring)
    *yearly_recurring = clamp_cents (yearly);
}

static LtAmount
amount_from_ht (__int128 ht)
{
  LtAmount amount;
  __int128 tva;

  /* half up, to the cent (ht is never negative here) */
  amount.ht = clamp_cents (ht);
  tva = ((__int128) amount.ht * LT_VAT_RATE_PERCENT + 50) / 100;
  amount.tva = clamp_cents (tva);
  amount.ttc = clamp_cents ((__int128) amount.ht + amount.tva);

  return amount;
}

LtAmount
lt_amount_from_ht (gint64 ht_cents)
{
  return amount_from_ht (MAX (ht_cents, 0));
}

void
lt_honoraires_compute (const GPtrArray *lines,
                       LtHonoraires    *out)
{
  __int128 per_period[LT_RECURRENCE_YEARLY + 1] = { 0 };
  __int128 recurring = 0;

  g_return_if_fail (lines != NULL);
  g_return_if_fail (out != NULL);

  memset (out, 0, sizeof *out);

  /* at most G_MAXUINT lines of at most G_MAXINT64: no overflow of __int128 */
  for (guint i = 0; i < lines->len; i++)
    {
      LtDocumentLine *line = g_ptr_array_index ((GPtrArray *) lines, i);
      LtRecurrence recurrence = lt_document_line_get_recurrence (line);
      gint64 price = MAX (lt_document_line_get_price_cents (line), 0);

      if ((guint) recurrence > LT_RECURRENCE_YEARLY)
        recurrence = LT_RECURRENCE_NONE;
      per_period[recurrence] += price;
      out->n_lines[recurrence]++;
    }

  for (guint r = LT_RECURRENCE_NONE; r <= LT_RECURRENCE_YEARLY; r++)
    {
      gint64 periods = r == LT_RECURRENCE_NONE ? 1 : periods_per_year (r);
      __int128 annual = per_period[r] * periods;

      out->instalment[r] = amount_from_ht (per_period[r]);
      out->annual[r] = amount_from_ht (annual);
      if (r != LT_RECURRENCE_NONE)
        recurring += clamp_cents (annual);
    }

  out->recurring = amount_from_ht (recurring);
  out->one_off = out->annual[LT_RECURRENCE_NONE];
}

LtMission
lt_document_content_get_mission (const LtDocumentContent *self,
                                 guint                    index)
{
  g_return_val_if_fail (self != NULL, LT_MISSION_PRESENTATION);

  if (index >= self->missions->len)
    return LT_MISSION_PRESENTATION;
  return g_array_index (self->missions, LtMission, index);
}

static void
mission_lines_free (LtMissionLines *group)
{
  g_free (group->labels);
  g_free (group);
}

GPtrArray *
lt_document_content_group_missions (const LtDocumentContent *self)
{
  GPtrArray *groups;

  g_return_val_if_fail (self != NULL, NULL);

  groups = g_ptr_array_new_with_free_func ((GDestroyNotify) mission_lines_free);
  for (int m = LT_MISSION_PRESENTATION; m <= LT_MISSION_ADVISORY; m++)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      LtMissionLines *group;

      for (guint i = 0; i < self->lines->len; i++)
        {
          const char *label = lt_document_line_get_label (g_ptr_array_index (self->lines, i));
          gboolean seen = FALSE;

          if ((int) lt_document_content_get_mission (self, i) != m)
            continue;
          for (guint j = 0; j < labels->len && !seen; j++)
            seen = g_strcmp0 (g_ptr_array_index (labels, j), label) == 0;
          if (!seen)
            g_ptr_array_add (labels, (gpointer) label);
        }
      if (labels->len == 0)
        continue;

      g_ptr_array_add (labels, NULL);
      group = g_new0 (LtMissionLines, 1);
      group->mission = m;
      group->labels = g_strjoinv (", ", (char **) labels->pdata);
      g_ptr_array_add (groups, group);
    }

  return groups;
}
