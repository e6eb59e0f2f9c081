/* lt-renewal.h: renouvellement documentaire — the plan, previewed before anything is written */
#pragma once

#include <gio/gio.h>

#include "lt-affaire.h"
#include "lt-document-rules.h"
#include "lt-enums.h"
#include "lt-prestation.h"

G_BEGIN_DECLS

typedef struct {
  gint64        source_line_id;     /* line of the current scope it comes from */
  gint64        old_prestation_id;
  gint64        new_prestation_id;  /* current version of the prestation (or the old one) */
  char         *old_label;
  char         *new_label;          /* current catalogue label */
  LtRecurrence  recurrence;
  gint64        old_price_cents;
  gint64        computed_cents;     /* old price × coefficient, rounded */
  gint64        new_price_cents;    /* computed_cents, or the override */
  gboolean      overridden;
  gboolean      archived;           /* the prestation was archived in the catalogue since */
  gboolean      kept;               /* an archived line the user keeps all the same */
} LtRenewalLine;

/* What to do with a substitutive draft the client already has. */
typedef enum {
  LT_RENEWAL_DRAFT_ASK,             /* refused: the user has not chosen */
  LT_RENEWAL_DRAFT_REPLACE,         /* the old draft is deleted in the same transaction */
  LT_RENEWAL_DRAFT_KEEP_BOTH,
} LtRenewalDraftChoice;

typedef struct {
  gint64      affaire_id;
  char       *name;
  gint64      letter_id;            /* the lettre de mission in force, to be replaced */
  gboolean    excluded;
  GPtrArray  *lines;                /* LtRenewalLine */
  gint64      old_yearly_cents;
  gint64      new_yearly_cents;
  gint64      old_one_off_cents;
  gint64      new_one_off_cents;
  gint64      draft_id;             /* a substitutive draft already waiting, 0 when none */
  LtRenewalDraftChoice draft_choice;
} LtRenewalClient;

/* A line goes into the new letter unless its prestation is archived and
 * the user did not keep it. */
#define LT_RENEWAL_LINE_INCLUDED(line) (!(line)->archived || (line)->kept)

#define LT_TYPE_RENEWAL_PLAN (lt_renewal_plan_get_type ())

G_DECLARE_FINAL_TYPE (LtRenewalPlan, lt_renewal_plan, LT, RENEWAL_PLAN, GObject)

LtRenewalPlan   *lt_renewal_plan_new                (gint64          coefficient_ppm,
                                                     LtRounding      rounding,
                                                     GError        **error);
gint64           lt_renewal_plan_get_coefficient_ppm (LtRenewalPlan *self);
LtRounding       lt_renewal_plan_get_rounding       (LtRenewalPlan  *self);
gint64           lt_renewal_plan_get_terms_id       (LtRenewalPlan  *self);
void             lt_renewal_plan_set_terms_id       (LtRenewalPlan  *self,
                                                     gint64          terms_id);
/* @current_prestations: gint64 prestation id of a scope line → LtPrestation,
 * the current version of that prestation (missing: kept as it was). */
gboolean         lt_renewal_plan_add_client         (LtRenewalPlan  *self,
                                                     LtAffaire      *affaire,
                                                     LtScope        *scope,
                                                     GHashTable     *current_prestations,
                                                     GError        **error);
guint            lt_renewal_plan_get_n_clients      (LtRenewalPlan  *self);
LtRenewalClient *lt_renewal_plan_get_client         (LtRenewalPlan  *self,
                                                     guint           position);
LtRenewalClient *lt_renewal_plan_find_client        (LtRenewalPlan  *self,
                                                     gint64          affaire_id);
guint            lt_renewal_plan_get_n_included     (LtRenewalPlan  *self);
gboolean         lt_renewal_plan_set_excluded       (LtRenewalPlan  *self,
                                                     gint64          affaire_id,
                                                     gboolean        excluded);
gboolean         lt_renewal_plan_override_line      (LtRenewalPlan  *self,
                                                     gint64          affaire_id,
                                                     guint           line_index,
                                                     gint64          price_cents,
                                                     GError        **error);
gboolean         lt_renewal_plan_clear_override     (LtRenewalPlan  *self,
                                                     gint64          affaire_id,
                                                     guint           line_index);
gboolean         lt_renewal_plan_set_line_kept      (LtRenewalPlan  *self,
                                                     gint64          affaire_id,
                                                     guint           line_index,
                                                     gboolean        kept);
void             lt_renewal_plan_keep_archived      (LtRenewalPlan  *self,
                                                     gboolean        kept);
gboolean         lt_renewal_plan_set_draft          (LtRenewalPlan  *self,
                                                     gint64          affaire_id,
                                                     gint64          draft_id);
gboolean         lt_renewal_plan_set_draft_choice   (LtRenewalPlan  *self,
                                                     gint64          affaire_id,
                                                     LtRenewalDraftChoice choice);
guint            lt_renewal_plan_get_n_drafts       (LtRenewalPlan  *self);
gboolean         lt_renewal_client_check_draft      (LtRenewalClient *client,
                                                     GError        **error);
gboolean         lt_renewal_client_check_lines      (LtRenewalClient *client,
                                                     GError        **error);
const char      *lt_renewal_plan_get_effective_on   (LtRenewalPlan  *self);
gboolean         lt_renewal_plan_set_effective_on   (LtRenewalPlan  *self,
                                                     const char     *iso_date,
                                                     GError        **error);
char            *lt_renewal_default_effective_on    (GDate          *today);
void             lt_renewal_plan_get_totals         (LtRenewalPlan  *self,
                                                     gint64         *old_yearly_cents,
                                                     gint64         *new_yearly_cents,
                                                     gint64         *old_one_off_cents,
                                                     gint64         *new_one_off_cents);

G_END_DECLS
