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

/* The current scope: the lines of the signed, unreplaced lettre de mission
 * (or substitutive) and of the signed, unreplaced avenants, with their
 * yearly honoraires (monthly ×12, quarterly ×4, yearly ×1); one-off lines
 * (recurrence « Jamais ») are counted apart. Derived, never stored. */
typedef struct {
  gint64     letter_id;         /* 0: no current lettre de mission */
  GPtrArray *documents;         /* LtDocument: the letter then its avenants */
  GPtrArray *lines;             /* LtDocumentLine of those documents, in order */
  gint64     yearly_cents;
  gint64     one_off_cents;
} LtScope;

void     lt_scope_free                   (LtScope       *scope);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtScope, lt_scope_free)

/* @lines_by_document: gint64 document id (g_int64_hash) → GPtrArray of LtDocumentLine */
LtScope *lt_document_rules_scope         (GPtrArray     *documents,
                                          GHashTable    *lines_by_document);
int      lt_recurrence_times_per_year    (LtRecurrence   recurrence);
gint64   lt_document_lines_yearly_cents  (GPtrArray     *lines,
                                          gint64        *one_off_cents);

/* --- issue 13, the « Nouveau document » menu --- */
gboolean lt_document_rules_kind_offered  (LtAffaire      *affaire,
                                          GPtrArray      *documents,
                                          LtDocumentKind  kind,
                                          char          **why_not);

G_END_DECLS
