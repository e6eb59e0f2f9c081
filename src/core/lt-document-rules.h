/* lt-document-rules.h: what may happen to an affaire's documents, and what follows */
#pragma once

#include <gio/gio.h>

#include "lt-affaire.h"
#include "lt-document.h"
#include "lt-document-line.h"
#include "lt-enums.h"

G_BEGIN_DECLS

/* Every function here is pure: it reads models and returns a verdict with an
 * LT_ERROR code and a translated message, or the effects a store operation
 * must write. @documents is always every document of the affaire (a
 * GPtrArray of LtDocument). */

LtDocument *lt_document_rules_current_letter   (GPtrArray       *documents);
gboolean    lt_document_rules_check_kind       (LtAffaire       *affaire,
                                                GPtrArray       *documents,
                                                LtDocumentKind   kind,
                                                GError         **error);
gboolean    lt_document_rules_check_editable   (LtDocument      *document,
                                                GError         **error);
gboolean    lt_document_rules_check_transition (LtDocument      *document,
                                                LtDocumentState  to,
                                                GError         **error);
gboolean    lt_document_rules_check_lcbft      (LtAffaire       *affaire,
                                                LtDocumentKind   kind,
                                                GError         **error);
gboolean    lt_document_rules_check_send       (LtAffaire       *affaire,
                                                LtDocument      *document,
                                                guint            n_lines,
                                                GError         **error);
gboolean    lt_document_rules_check_line       (LtDocumentLine  *line,
                                                GError         **error);

/* What signing implies. The store writes all of it in the same transaction. */
typedef struct {
  gboolean   create_letter;     /* an offre: a lettre de mission draft with the same lines, parent_id = the offre */
  gboolean   becomes_client;    /* the first signed lettre de mission of a prospect */
  GPtrArray *replaced;          /* LtDocument: marked « remplacé », replaced_by_id = the signed document */
} LtSignEffects;

void           lt_sign_effects_free      (LtSignEffects *effects);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtSignEffects, lt_sign_effects_free)

LtSignEffects *lt_document_rules_sign    (LtAffaire     *affaire,
                                          GPtrArray     *documents,
                                          LtDocument    *document,
                                          GError       **error);

/* The scope in force (DOMAIN.md): every signed lettre de mission or
 * substitutive not replaced (a client may hold several: comptabilité,
 * social, juridique), with their signed avenants and bons d'intervention.
 * An avenant's line for a prestation already in scope changes that line,
 * otherwise adds one; a line with an end date ends the prestation from
 * that date. Yearly honoraires: monthly ×12, quarterly ×4, yearly ×1;
 * one-off lines (recurrence « Jamais », and every line of a bon
 * d'intervention) are counted apart. Derived, never stored. */

/* Where a line in force comes from (issue 13). */
typedef struct {
  LtDocumentLine *line;                 /* the line in force (also in LtScope.lines) */
  gint64          source_document_id;   /* the document it comes from (the line's document) */
  LtDocumentKind  source_kind;
  gint64          previous_price_cents; /* -1 unless an avenant changed it: the price before */
  LtRecurrence    previous_recurrence;  /* before the avenant's change */
  gint64          previous_document_id; /* 0, or the document the changed line came from */
  char           *ends_on;              /* NULL, or an avenant ends it on that (later) date */
  gint64          ended_by_document_id; /* the avenant that ends it, 0 when none */
} LtScopeEntry;

typedef struct {
  gint64     letter_id;         /* 0: no lettre de mission in force; else the most recent one */
  GPtrArray *documents;         /* LtDocument in force: the letters, then avenants and bons d'intervention, by signature */
  GPtrArray *lines;             /* LtDocumentLine in force, in order */
  gint64     yearly_cents;      /* the recurring lines over a year */
  gint64     one_off_cents;     /* the one-off lines */
  /* issue 13 — each may be NULL in a scope made by hand */
  GPtrArray *letters;           /* LtDocument: every letter in force, oldest signature first */
  GPtrArray *entries;           /* LtScopeEntry, one per element of lines, same order */
  GPtrArray *recurring;         /* LtDocumentLine: the lines of lines that recur */
  GPtrArray *one_off;           /* LtDocumentLine: the lines of lines billed once */
  GPtrArray *duplicates;        /* LtDocumentLine: recurring lines of a letter in force for a
                                 * prestation another document in force already carries (an invariant broken) */
  GPtrArray *unmatched_ends;    /* LtDocumentLine: avenant lines ending a prestation not in scope */
} LtScope;

void     lt_scope_free                   (LtScope       *scope);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtScope, lt_scope_free)

/* @lines_by_document: gint64 document id (g_int64_hash) → GPtrArray of LtDocumentLine */
LtScope *lt_document_rules_scope         (GPtrArray     *documents,
                                          GHashTable    *lines_by_document);
int      lt_recurrence_times_per_year    (LtRecurrence   recurrence);
gint64   lt_document_lines_yearly_cents  (GPtrArray     *lines,
                                          gint64        *one_off_cents);

/* --- issue 13, document rules and scope --- */

/* @family_of: (nullable) gint64 prestation id → gint64 family id (a
 * prestation's versions are one prestation for the scope); @on: (nullable)
 * the ISO day the scope is in force on (NULL: today). */
LtScope      *lt_document_rules_scope_full   (GPtrArray      *documents,
                                              GHashTable     *lines_by_document,
                                              GHashTable     *family_of,
                                              const char     *on);
LtScopeEntry *lt_scope_find_entry            (LtScope        *scope,
                                              LtDocumentLine *line);
LtScopeEntry *lt_scope_find_prestation       (LtScope        *scope,
                                              gint64          prestation_id,
                                              GHashTable     *family_of);

/* What a line may be on a document of @kind: an avenant carries recurring
 * lines only (or ends one), a bon d'intervention one-off lines only, a
 * letter or an offre recurring lines with one-off lines beside them; only
 * an avenant ends a prestation. LT_ERROR_LINE_KIND names the line. */
gboolean  lt_document_rules_check_line_kind (LtDocumentKind   kind,
                                             LtDocumentLine  *line,
                                             GError         **error);
/* Every line of a document about to be sent or signed: the kinds' limits,
 * a letter has at least one recurring line, an avenant's end refers to a
 * prestation in @scope (nullable: not checked), and no recurring line
 * duplicates one in force from another letter (a letter is not an avenant). */
gboolean  lt_document_rules_check_lines     (LtDocument      *document,
                                             GPtrArray       *lines,
                                             LtScope         *scope,
                                             GHashTable      *family_of,
                                             GError         **error);
/* Whether a project (or anything only a client has) may be made for
 * @affaire: a client with a letter in force in Lettrine or recorded
 * outside it. */
gboolean  lt_document_rules_check_client_letter (LtAffaire   *affaire,
                                                 GPtrArray   *documents,
                                                 GError     **error);
/* --- issue 13, the « Nouveau document » menu --- */
gboolean lt_document_rules_kind_offered  (LtAffaire      *affaire,
                                          GPtrArray      *documents,
                                          LtDocumentKind  kind,
                                          char          **why_not);

G_END_DECLS
