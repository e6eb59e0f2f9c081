/* lt-store-document-ops.h: a document's life — create, lines, send, sign, refuse, delete — one transaction each */
#pragma once

#include "lt-affaire.h"
#include "lt-document-line.h"
#include "lt-document-rules.h"
#include "lt-document.h"
#include "lt-store.h"

G_BEGIN_DECLS

/* What an operation did besides the obvious, for the UI's toasts and the
 * CLI: @messages are translated sentences (« Lettre de mission créée »,
 * « Dupont SARL est maintenant client »). */
typedef struct {
  gint64    document_id;
  gint64    created_letter_id;  /* signing an offre: the new lettre de mission */
  gboolean  became_client;
  guint     n_replaced;
  GStrv     messages;
} LtDocumentOutcome;

void               lt_document_outcome_free       (LtDocumentOutcome *outcome);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtDocumentOutcome, lt_document_outcome_free)

/* Reading (no transaction needed). */
GPtrArray         *lt_store_load_affaire_documents (LtStore         *self,
                                                    gint64           affaire_id,
                                                    GError         **error);
LtDocument        *lt_store_load_document          (LtStore         *self,
                                                    gint64           document_id,
                                                    GError         **error);
GPtrArray         *lt_store_load_document_lines    (LtStore         *self,
                                                    gint64           document_id,
                                                    GError         **error);
LtAffaire         *lt_store_load_affaire           (LtStore         *self,
                                                    gint64           affaire_id,
                                                    GError         **error);
LtScope           *lt_store_get_scope              (LtStore         *self,
                                                    gint64           affaire_id,
                                                    GError         **error);
gboolean           lt_store_check_document_kind    (LtStore         *self,
                                                    gint64           affaire_id,
                                                    LtDocumentKind   kind,
                                                    GError         **error);
gint64             lt_store_current_terms_id       (LtStore         *self,
                                                    GError         **error);

/* Writing: each is one transaction applying one rule of lt-document-rules. */
LtDocument        *lt_store_document_create        (LtStore         *self,
                                                    gint64           affaire_id,
                                                    LtDocumentKind   kind,
                                                    GError         **error);
/* The same with its first lines, all or nothing. */
LtDocument        *lt_store_document_create_with_lines (LtStore     *self,
                                                    gint64           affaire_id,
                                                    LtDocumentKind   kind,
                                                    GPtrArray       *lines,
                                                    GError         **error);
/* A line whose price is -1 takes the prestation's tarif; an empty label
 * takes its name; the recurrence is the prestation's when one is given. */
gboolean           lt_store_document_add_line      (LtStore         *self,
                                                    LtDocumentLine  *line,
                                                    GError         **error);
gboolean           lt_store_document_update_line   (LtStore         *self,
                                                    LtDocumentLine  *line,
                                                    GError         **error);
gboolean           lt_store_document_remove_line   (LtStore         *self,
                                                    gint64           line_id,
                                                    GError         **error);
LtDocumentOutcome *lt_store_document_send          (LtStore         *self,
                                                    gint64           document_id,
                                                    GError         **error);
LtDocumentOutcome *lt_store_document_sign          (LtStore         *self,
                                                    gint64           document_id,
                                                    GError         **error);
LtDocumentOutcome *lt_store_document_refuse        (LtStore         *self,
                                                    gint64           document_id,
                                                    GError         **error);
gboolean           lt_store_document_delete        (LtStore         *self,
                                                    gint64           document_id,
                                                    GError         **error);

/* issue 12, the life of a document: sending on a day (NULL: today) gives
 * the document its number (LM-2026-0001) and freezes its PDF (when the
 * store has a renderer), in the same transaction; signing on a day (NULL:
 * today), not before the sending nor after today, keeps that PDF. */
LtDocumentOutcome *lt_store_document_send_on       (LtStore         *self,
                                                    gint64           document_id,
                                                    const char      *sent_on,
                                                    GError         **error);
LtDocumentOutcome *lt_store_document_sign_on       (LtStore         *self,
                                                    gint64           document_id,
                                                    const char      *signed_on,
                                                    GError         **error);
/* Numbers what is past the draft and has no number, in order of sending
 * (the demo cabinet writes its states directly). */
gboolean           lt_store_number_sent_documents  (LtStore         *self,
                                                    GError         **error);

/* For lt-store-renewal.c: inside the caller's transaction, a draft of @kind
 * with @lines (LtDocumentLine, copied), its parent and its terms. */
LtDocument        *lt_store_document_insert_draft  (LtStore         *self,
                                                    LtAffaire       *affaire,
                                                    LtDocumentKind   kind,
                                                    gint64           parent_id,
                                                    gint64           terms_id,
                                                    GPtrArray       *lines,
                                                    GError         **error);

/* --- issue 13, document rules and scope --- */
GHashTable        *lt_store_prestation_families    (LtStore         *self,
                                                    GError         **error);
LtScope           *lt_store_get_scope_full         (LtStore         *self,
                                                    gint64           affaire_id,
                                                    const char      *on,
                                                    GHashTable     **family_of,
                                                    GError         **error);

G_END_DECLS
