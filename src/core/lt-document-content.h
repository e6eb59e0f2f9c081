/* lt-document-content.h: everything a document's text needs, gathered in one place */
#pragma once

#include <glib-object.h>

#include "lt-affaire.h"
#include "lt-contact.h"
#include "lt-document.h"
#include "lt-document-line.h"
#include "lt-enums.h"
#include "lt-firm.h"
#include "lt-staff.h"
#include "lt-terms.h"

G_BEGIN_DECLS

/* One line of the annex « répartition des obligations »: a step of a chosen
 * prestation. A tâche is the cabinet's, a demande d'information the client's. */
typedef struct {
  char       *prestation;
  char       *title;
  LtStepKind  kind;
  int         delay_days;   /* -1 when absent */
  char       *client_title; /* the client's wording (« Transmettre les statuts »), never NULL */
} LtObligation;

/* Filled by the store (lt_store_get_document_content) or by hand in tests;
 * read by the checker and the PDF renderer. Objects are owned references. */
typedef struct {
  LtDocument *document;
  LtAffaire  *affaire;
  LtFirm     *firm;
  LtContact  *signatory;     /* the client's signataire, NULL when none */
  LtStaff    *intervenant;   /* the main collaborator, NULL when none */
  LtStaff    *lcbft_staff;   /* who identified the client, NULL when none */
  LtTerms    *terms;         /* conditions générales, NULL when none */
  LtDocument *parent;        /* avenant: the letter it amends */
  GPtrArray  *lines;         /* LtDocumentLine, in position order */
  GPtrArray  *replaced;      /* LtDocument a substitutive replaces */
  GPtrArray  *obligations;   /* LtObligation */
  /* issue 13 — an avenant: parallel to lines, the line in force each one
   * changes (LtDocumentLine), or NULL when it adds a prestation */
  GPtrArray  *previous;
  gint64      renewal_coefficient_ppm;  /* a renewal's substitutive: its coefficient; 0 otherwise */
  char       *renewal_effective_on;     /* a renewal's substitutive: ISO date the new honoraires apply from */
  GArray     *missions;      /* LtMission of each line (its prestation's), same order */
} LtDocumentContent;

LtDocumentContent *lt_document_content_new            (void);
void               lt_document_content_free           (LtDocumentContent *self);
void               lt_document_content_add_obligation (LtDocumentContent *self,
                                                       const char        *prestation,
                                                       const char        *title,
                                                       LtStepKind         kind,
                                                       int                delay_days);

/* issue 12: the step as the client reads it; whether it is a draft */
void               lt_document_content_add_obligation_worded (LtDocumentContent *self,
                                                              const char        *prestation,
                                                              const char        *title,
                                                              const char        *client_title,
                                                              LtStepKind         kind,
                                                              int                delay_days);
gboolean           lt_document_content_is_draft       (const LtDocumentContent *self);

/* Sums of the lines, in cents: every line once (HT), TVA at 20 % rounded to
 * the cent, TTC; and the yearly amount of the recurring lines (monthly × 12,
 * quarterly × 4, yearly × 1). */
void               lt_document_content_get_totals     (const LtDocumentContent *self,
                                                       gint64            *total_ht,
                                                       gint64            *total_tva,
                                                       gint64            *total_ttc,
                                                       gint64            *yearly_recurring);

#define LT_VAT_RATE_PERCENT 20

/* An amount in cents: HT, the TVA at LT_VAT_RATE_PERCENT rounded half up to
 * the cent, and TTC = HT + TVA. */
typedef struct {
  gint64 ht;
  gint64 tva;
  gint64 ttc;
} LtAmount;

/* The honoraires by periodicity, as a letter states them. Indexed by
 * LtRecurrence: instalment[r] is what one échéance of the lines recurring
 * every r adds up to, annual[r] the same lines over a year (monthly × 12,
 * quarterly × 4, yearly × 1); for LT_RECURRENCE_NONE both are the one-off
 * lines, billed once. recurring is the annual figure of every recurring
 * line; one_off the one-off lines apart. A line without a price counts 0.
 * Sums saturate at G_MAXINT64 cents rather than wrap. */
typedef struct {
  LtAmount instalment[LT_RECURRENCE_YEARLY + 1];
  LtAmount annual[LT_RECURRENCE_YEARLY + 1];
  LtAmount recurring;
  LtAmount one_off;
  guint    n_lines[LT_RECURRENCE_YEARLY + 1];
} LtHonoraires;

void               lt_honoraires_compute              (const GPtrArray   *lines,
                                                       LtHonoraires      *out);

/* @ht_cents (a negative one counts 0) with its TVA and TTC, as above. */
LtAmount           lt_amount_from_ht                  (gint64             ht_cents);

/* The mission of line @index: its prestation's, LT_MISSION_PRESENTATION
 * when the store gave none (a line without prestation). */
LtMission          lt_document_content_get_mission    (const LtDocumentContent *self,
                                                       guint              index);

/* The lines grouped by mission, in the order of LtMission: for each mission
 * present, the labels of its lines joined by « , » (duplicates once).
 * Returns: (transfer full) (element-type LtMissionLines) */
typedef struct {
  LtMission  mission;
  char      *labels;
} LtMissionLines;

GPtrArray         *lt_document_content_group_missions (const LtDocumentContent *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtDocumentContent, lt_document_content_free)

G_END_DECLS
