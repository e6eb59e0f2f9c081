/* lt-renewal.c: renouvellement documentaire — the plan, previewed before anything is written */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-renewal"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-date.h"
#include "lt-document-line.h"
#include "lt-error.h"
#include "lt-money.h"
#include "lt-renewal.h"

struct _LtRenewalPlan
{
  GObject     parent_instance;

  gint64      coefficient_ppm;
  LtRounding  rounding;
  gint64      terms_id;
  char       *effective_on;   /* ISO: when the revalued honoraires apply */
  GPtrArray  *clients;        /* LtRenewalClient */
};

G_DEFINE_FINAL_TYPE (LtRenewalPlan, lt_renewal_plan, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A réévaluation stays within sane bounds: ×0.5 to ×2. */
#define MIN_COEFFICIENT_PPM  500000
#define MAX_COEFFICIENT_PPM 2000000

static void
renewal_line_free (LtRenewalLine *line)
{
  g_free (line->old_label);
  g_free (line->new_label);
  g_free (line);
}

static void
renewal_client_free (LtRenewalClient *client)
{
  g_free (client->name);
  g_clear_pointer (&client->lines, g_ptr_array_unref);
  g_free (client);
}

static void
recompute_client (LtRenewalClient *client)
{
  client->old_yearly_cents = client->new_yearly_cents = 0;
  client->old_one_off_cents = client->new_one_off_cents = 0;

  for (guint i = 0; i < client->lines->len; i++)
    {
      LtRenewalLine *line = g_ptr_array_index (client->lines, i);
      int times = lt_recurrence_times_per_year (line->recurrence);

      /* Old: the whole scope renewed from; new: what the letter will bill. */
      gint64 new_price = LT_RENEWAL_LINE_INCLUDED (line) ? line->new_price_cents : 0;

      if (times == 0)
        {
          client->old_one_off_cents += line->old_price_cents;
          client->new_one_off_cents += new_price;
        }
      else
        {
          client->old_yearly_cents += line->old_price_cents * times;
          client->new_yearly_cents += new_price * times;
        }
    }
}

static void
lt_renewal_plan_finalize (GObject *object)
{
  LtRenewalPlan *self = (LtRenewalPlan *)object;

  g_clear_pointer (&self->clients, g_ptr_array_unref);
  g_clear_pointer (&self->effective_on, g_free);

  G_OBJECT_CLASS (lt_renewal_plan_parent_class)->finalize (object);
}

static void
lt_renewal_plan_class_init (LtRenewalPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_renewal_plan_finalize;

  /**
   * LtRenewalPlan::changed:
   *
   * A client was excluded or included, or a line's price overridden:
   * totals moved.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
lt_renewal_plan_init (LtRenewalPlan *self)
{
  self->clients = g_ptr_array_new_with_free_func ((GDestroyNotify) renewal_client_free);
}

/**
 * lt_renewal_plan_new:
 * @coefficient_ppm: the coefficient de réévaluation in parts per million
 *   (1,035 is 1035000)
 *
 * Returns: (transfer full) (nullable): an empty plan, or %NULL with
 *   LT_ERROR_INVALID_COEFFICIENT.
 */
LtRenewalPlan *
lt_renewal_plan_new (gint64       coefficient_ppm,
                     LtRounding   rounding,
                     GError     **error)
{
  LtRenewalPlan *self;

  if (coefficient_ppm < MIN_COEFFICIENT_PPM || coefficient_ppm > MAX_COEFFICIENT_PPM)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_INVALID_COEFFICIENT,
                   _("A revaluation coefficient must lie between 0.5 and 2 (for instance 1.035 for +3.5 %%)."));
      return NULL;
    }

  self = g_object_new (LT_TYPE_RENEWAL_PLAN, NULL);
  self->coefficient_ppm = coefficient_ppm;
  self->rounding = rounding;
  self->effective_on = lt_renewal_default_effective_on (NULL);

  return self;
}

gint64
lt_renewal_plan_get_coefficient_ppm (LtRenewalPlan *self)
{
  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), 0);
  return self->coefficient_ppm;
}

LtRounding
lt_renewal_plan_get_rounding (LtRenewalPlan *self)
{
  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), LT_ROUNDING_CENT);
  return self->rounding;
}

gint64
lt_renewal_plan_get_terms_id (LtRenewalPlan *self)
{
  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), 0);
  return self->terms_id;
}

/**
 * lt_renewal_plan_set_terms_id:
 *
 * The conditions générales every new substitutive points at (the current
 * version); 0 keeps none.
 */
void
lt_renewal_plan_set_terms_id (LtRenewalPlan *self,
                              gint64         terms_id)
{
  g_return_if_fail (LT_IS_RENEWAL_PLAN (self));
  self->terms_id = terms_id;
}

static gboolean
has_recurring_line (GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    if (lt_recurrence_times_per_year (lt_document_line_get_recurrence (g_ptr_array_index (lines, i))) > 0)
      return TRUE;
  return FALSE;
}

/**
 * lt_renewal_plan_add_client:
 * @scope: the client's current scope (lt_document_rules_scope())
 * @current_prestations: (nullable): prestation id of a scope line → the
 *   current LtPrestation of its family
 *
 * Adds one client with every recurring line of its scope brought up to
 * date: one-off work (recurrence « Jamais ») was billed once and is not
 * billed again. A line whose prestation's current version is archived is
 * marked so and left out until kept. Refused
 * (LT_ERROR_NOT_A_CLIENT, LT_ERROR_NO_LETTER) for a prospect or a client
 * with no lettre de mission in force, and ignored when already there.
 */
gboolean
lt_renewal_plan_add_client (LtRenewalPlan  *self,
                            LtAffaire      *affaire,
                            LtScope        *scope,
                            GHashTable     *current_prestations,
                            GError        **error)
{
  LtRenewalClient *client;

  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), FALSE);
  g_return_val_if_fail (LT_IS_AFFAIRE (affaire), FALSE);
  g_return_val_if_fail (scope != NULL, FALSE);

  if (lt_renewal_plan_find_client (self, lt_affaire_get_id (affaire)) != NULL)
    return TRUE;

  if (lt_affaire_get_state (affaire) != LT_AFFAIRE_STATE_CLIENT)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_A_CLIENT,
                   _("« %s » is a prospect: only a client’s engagement letter can be renewed."),
                   lt_affaire_get_name (affaire));
      return FALSE;
    }

  if (scope->letter_id == 0 || !has_recurring_line (scope->lines))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NO_LETTER,
                   _("« %s » has no signed engagement letter in force with recurring fees: there is nothing to renew."),
                   lt_affaire_get_name (affaire));
      return FALSE;
    }

  client = g_new0 (LtRenewalClient, 1);
  client->affaire_id = lt_affaire_get_id (affaire);
  client->name = g_strdup (lt_affaire_get_name (affaire));
  client->letter_id = scope->letter_id;
  client->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) renewal_line_free);

  for (guint i = 0; i < scope->lines->len; i++)
    {
      LtDocumentLine *src = g_ptr_array_index (scope->lines, i);
      LtRenewalLine *line;
      gint64 prestation_id = lt_document_line_get_prestation_id (src);
      LtPrestation *current = NULL;

      if (lt_recurrence_times_per_year (lt_document_line_get_recurrence (src)) == 0)
        continue;

      line = g_new0 (LtRenewalLine, 1);

      if (prestation_id != 0 && current_prestations != NULL)
        current = g_hash_table_lookup (current_prestations, &prestation_id);

      line->source_line_id = lt_document_line_get_id (src);
      line->old_prestation_id = prestation_id;
      line->old_label = g_strdup (lt_document_line_get_label (src));
      line->recurrence = lt_document_line_get_recurrence (src);
      line->old_price_cents = lt_document_line_get_price_cents (src);

      if (current != NULL)
        {
          line->new_prestation_id = lt_prestation_get_id (current);
          line->new_label = g_strdup (lt_prestation_get_name (current));
          line->archived = lt_prestation_get_archived (current);
        }
      else
        {
          line->new_prestation_id = prestation_id;
          line->new_label = g_strdup (line->old_label);
        }

      line->computed_cents = lt_money_apply_coefficient (line->old_price_cents,
                                                         self->coefficient_ppm,
                                                         self->rounding);
      line->new_price_cents = line->computed_cents;

      g_ptr_array_add (client->lines, line);
    }

  recompute_client (client);
  g_ptr_array_add (self->clients, client);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

guint
lt_renewal_plan_get_n_clients (LtRenewalPlan *self)
{
  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), 0);
  return self->clients->len;
}

/**
 * lt_renewal_plan_get_client:
 *
 * Returns: (transfer none): the client at @position, in the order added.
 */
LtRenewalClient *
lt_renewal_plan_get_client (LtRenewalPlan *self,
                            guint          position)
{
  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), NULL);
  g_return_val_if_fail (position < self->clients->len, NULL);

  return g_ptr_array_index (self->clients, position);
}

/**
 * lt_renewal_plan_find_client:
 *
 * Returns: (transfer none) (nullable): the client of @affaire_id.
 */
LtRenewalClient *
lt_renewal_plan_find_client (LtRenewalPlan *self,
                             gint64         affaire_id)
{
  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), NULL);

  for (guint i = 0; i < self->clients->len; i++)
    {
      LtRenewalClient *client = g_ptr_array_index (self->clients, i);

      if (client->affaire_id == affaire_id)
        return client;
    }

  return NULL;
}

guint
lt_renewal_plan_get_n_included (LtRenewalPlan *self)
{
  guint n = 0;

  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), 0);

  for (guint i = 0; i < self->clients->len; i++)
    if (!((LtRenewalClient *) g_ptr_array_index (self->clients, i))->excluded)
      n++;

  return n;
}

/**
 * lt_renewal_plan_set_excluded:
 *
 * An excluded client stays in the preview but gets no substitutive.
 *
 * Returns: %FALSE when @affaire_id is not in the plan.
 */
gboolean
lt_renewal_plan_set_excluded (LtRenewalPlan *self,
                              gint64         affaire_id,
                              gboolean       excluded)
{
  LtRenewalClient *client;

  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), FALSE);

  client = lt_renewal_plan_find_client (self, affaire_id);
  if (client == NULL)
    return FALSE;

  excluded = !!excluded;
  if (client->excluded != excluded)
    {
      client->excluded = excluded;
      g_signal_emit (self, signals[CHANGED], 0);
    }

  return TRUE;
}

static LtRenewalLine *
find_line (LtRenewalPlan   *self,
           gint64           affaire_id,
           guint            line_index,
           LtRenewalClient **out_client)
{
  LtRenewalClient *client = lt_renewal_plan_find_client (self, affaire_id);

  if (client == NULL || line_index >= client->lines->len)
    return NULL;

  *out_client = client;
  return g_ptr_array_index (client->lines, line_index);
}

/**
 * lt_renewal_plan_override_line:
 *
 * Sets the new price of one line by hand (the coefficient no longer applies
 * to it). LT_ERROR_NEGATIVE_PRICE for a negative amount, LT_ERROR_NOT_FOUND
 * for a line not in the plan.
 */
gboolean
lt_renewal_plan_override_line (LtRenewalPlan  *self,
                               gint64          affaire_id,
                               guint           line_index,
                               gint64          price_cents,
                               GError        **error)
{
  LtRenewalClient *client = NULL;
  LtRenewalLine *line;

  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), FALSE);

  line = find_line (self, affaire_id, line_index, &client);
  if (line == NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NOT_FOUND,
                   _("This line is not part of the renewal any more."));
      return FALSE;
    }

  if (price_cents < 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NEGATIVE_PRICE,
                   _("The fee of « %s » is negative: enter an amount of zero or more."),
                   line->new_label);
      return FALSE;
    }

  line->overridden = TRUE;
  line->new_price_cents = price_cents;
  recompute_client (client);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

gboolean
lt_renewal_plan_clear_override (LtRenewalPlan *self,
                                gint64         affaire_id,
                                guint          line_index)
{
  LtRenewalClient *client = NULL;
  LtRenewalLine *line;

  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), FALSE);

  line = find_line (self, affaire_id, line_index, &client);
  if (line == NULL)
    return FALSE;

  line->overridden = FALSE;
  line->new_price_cents = line->computed_cents;
  recompute_client (client);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/**
 * lt_renewal_plan_get_totals:
 *
 * Sums over the clients that are not excluded.
 */
void
lt_renewal_plan_get_totals (LtRenewalPlan *self,
                            gint64        *old_yearly_cents,
                            gint64        *new_yearly_cents,
                            gint64        *old_one_off_cents,
                            gint64        *new_one_off_cents)
{
  gint64 oy = 0, ny = 0, oo = 0, no = 0;

  g_return_if_fail (LT_IS_RENEWAL_PLAN (self));

  for (guint i = 0; i < self->clients->len; i++)
    {
      LtRenewalClient *client = g_ptr_array_index (self->clients, i);

      if (client->excluded)
        continue;
      oy += client->old_yearly_cents;
      ny += client->new_yearly_cents;
      oo += client->old_one_off_cents;
      no += client->new_one_off_cents;
    }

  if (old_yearly_cents) *old_yearly_cents = oy;
  if (new_yearly_cents) *new_yearly_cents = ny;
  if (old_one_off_cents) *old_one_off_cents = oo;
  if (new_one_off_cents) *new_one_off_cents = no;
}

static void
plan_changed (LtRenewalPlan   *self,
              LtRenewalClient *client)
{
  recompute_client (client);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * lt_renewal_plan_set_line_kept:
 *
 * Keeps (or leaves out again) a line whose prestation was archived since
 * the letter: it then goes into the new letter at its revalued price.
 *
 * Returns: %FALSE when the line is not in the plan.
 */
gboolean
lt_renewal_plan_set_line_kept (LtRenewalPlan *self,
                               gint64         affaire_id,
                               guint          line_index,
                               gboolean       kept)
{
  LtRenewalClient *client = NULL;
  LtRenewalLine *line;

  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), FALSE);

  line = find_line (self, affaire_id, line_index, &client);
  if (line == NULL)
    return FALSE;

  kept = !!kept;
  if (line->kept != kept)
    {
      line->kept = kept;
      plan_changed (self, client);
    }
  return TRUE;
}

/**
 * lt_renewal_plan_keep_archived:
 *
 * Keeps (or leaves out) every archived line of every client at once
 * (`lettrine-cli renew --keep-archived`).
 */
void
lt_renewal_plan_keep_archived (LtRenewalPlan *self,
                               gboolean       kept)
{
  g_return_if_fail (LT_IS_RENEWAL_PLAN (self));

  for (guint i = 0; i < self->clients->len; i++)
    {
      LtRenewalClient *client = g_ptr_array_index (self->clients, i);

      for (guint j = 0; j < client->lines->len; j++)
        ((LtRenewalLine *) g_ptr_array_index (client->lines, j))->kept = !!kept;
      recompute_client (client);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * lt_renewal_plan_set_draft:
 * @draft_id: a substitutive draft the client already has, 0 for none
 *
 * Set by the store when it builds the preview; until the user chooses
 * (lt_renewal_plan_set_draft_choice()), renewing that client is refused.
 */
gboolean
lt_renewal_plan_set_draft (LtRenewalPlan *self,
                           gint64         affaire_id,
                           gint64         draft_id)
{
  LtRenewalClient *client;

  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), FALSE);

  client = lt_renewal_plan_find_client (self, affaire_id);
  if (client == NULL)
    return FALSE;
  client->draft_id = draft_id;
  return TRUE;
}

gboolean
lt_renewal_plan_set_draft_choice (LtRenewalPlan        *self,
                                  gint64                affaire_id,
                                  LtRenewalDraftChoice  choice)
{
  LtRenewalClient *client;

  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), FALSE);

  client = lt_renewal_plan_find_client (self, affaire_id);
  if (client == NULL)
    return FALSE;
  client->draft_choice = choice;
  return TRUE;
}

/**
 * lt_renewal_plan_get_n_drafts:
 *
 * Returns: how many included clients already have a substitutive draft
 *   and no choice yet about it.
 */
guint
lt_renewal_plan_get_n_drafts (LtRenewalPlan *self)
{
  guint n = 0;

  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), 0);

  for (guint i = 0; i < self->clients->len; i++)
    {
      LtRenewalClient *client = g_ptr_array_index (self->clients, i);

      if (!client->excluded && client->draft_id != 0 &&
          client->draft_choice == LT_RENEWAL_DRAFT_ASK)
        n++;
    }
  return n;
}

/**
 * lt_renewal_client_check_draft:
 *
 * The rule: a client is not renewed a second time behind the user's back.
 * LT_ERROR_RENEWAL_DRAFT_EXISTS while a draft waits and nobody chose to
 * replace it or to keep both.
 */
gboolean
lt_renewal_client_check_draft (LtRenewalClient  *client,
                               GError          **error)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (client != NULL, FALSE);

  if (client->draft_id == 0 || client->draft_choice != LT_RENEWAL_DRAFT_ASK)
    return TRUE;

  number = g_strdup_printf ("%" G_GINT64_FORMAT, client->draft_id);
  g_set_error (error, LT_ERROR, LT_ERROR_RENEWAL_DRAFT_EXISTS,
               /* Translators: the client's name, then the draft's number */
               _("« %s » already has a replacement engagement letter draft (n° %s): replace that draft, keep both, or delete it first."),
               client->name, number);
  return FALSE;
}

/**
 * lt_renewal_client_check_lines:
 *
 * LT_ERROR_NOTHING_TO_RENEW when every line was left out (prestations
 * archived and not kept).
 */
gboolean
lt_renewal_client_check_lines (LtRenewalClient  *client,
                               GError          **error)
{
  g_return_val_if_fail (client != NULL, FALSE);

  for (guint i = 0; i < client->lines->len; i++)
    if (LT_RENEWAL_LINE_INCLUDED ((LtRenewalLine *) g_ptr_array_index (client->lines, i)))
      return TRUE;

  g_set_error (error, LT_ERROR, LT_ERROR_NOTHING_TO_RENEW,
               _("Every prestation of « %s » was archived in the catalogue: keep at least one to renew its letter."),
               client->name);
  return FALSE;
}

const char *
lt_renewal_plan_get_effective_on (LtRenewalPlan *self)
{
  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), NULL);
  return self->effective_on;
}

/**
 * lt_renewal_plan_set_effective_on:
 * @iso_date: YYYY-MM-DD, the date the revalued honoraires apply from
 *
 * LT_ERROR_INVALID_DATE (or a range error) for a date that is not one.
 */
gboolean
lt_renewal_plan_set_effective_on (LtRenewalPlan  *self,
                                  const char     *iso_date,
                                  GError        **error)
{
  g_return_val_if_fail (LT_IS_RENEWAL_PLAN (self), FALSE);

  if (!lt_date_check_iso (iso_date, FALSE, error) ||
      !lt_date_check_in_range (iso_date, error))
    return FALSE;

  g_free (self->effective_on);
  self->effective_on = g_strdup (iso_date);
  return TRUE;
}

/**
 * lt_renewal_default_effective_on:
 * @today: (nullable): the day of the renewal, today when %NULL
 *
 * The revalued honoraires apply from the first day of the next month.
 *
 * Returns: (transfer full): an ISO date
 */
char *
lt_renewal_default_effective_on (GDate *today)
{
  GDate date;

  if (today != NULL)
    date = *today;
  else
    lt_date_set_today (&date);

  g_date_set_day (&date, 1);
  g_date_add_months (&date, 1);
  return lt_date_to_iso (&date);
}
