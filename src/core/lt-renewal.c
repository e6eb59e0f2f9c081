/* lt-renewal.c: renouvellement documentaire — the plan, previewed before anything is written */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-renewal"

#include "config.h"

#include <glib/gi18n-lib.h>

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

      if (times == 0)
        {
          client->old_one_off_cents += line->old_price_cents;
          client->new_one_off_cents += line->new_price_cents;
        }
      else
        {
          client->old_yearly_cents += line->old_price_cents * times;
          client->new_yearly_cents += line->new_price_cents * times;
        }
    }
}

static void
lt_renewal_plan_finalize (GObject *object)
{
  LtRenewalPlan *self = (LtRenewalPlan *)object;

  g_clear_pointer (&self->clients, g_ptr_array_unref);

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

/**
 * lt_renewal_plan_add_client:
 * @scope: the client's current scope (lt_document_rules_scope())
 * @current_prestations: (nullable): prestation id of a scope line → the
 *   current LtPrestation of its family
 *
 * Adds one client with every line of its scope brought up to date. Refused
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

  if (scope->letter_id == 0 || scope->lines->len == 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_NO_LETTER,
                   _("« %s » has no signed engagement letter in force with fees: there is nothing to renew."),
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
      LtRenewalLine *line = g_new0 (LtRenewalLine, 1);
      gint64 prestation_id = lt_document_line_get_prestation_id (src);
      LtPrestation *current = NULL;

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
