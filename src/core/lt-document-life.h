/* lt-document-life.h: the life of a document — the date it carries, its number, its signature date, its French title */
#pragma once

#include <glib.h>

#include "lt-document.h"
#include "lt-enums.h"

G_BEGIN_DECLS

/* The document's title as stored and printed: French whatever the
 * language of the process that creates it (a document's text is French). */
const char *lt_document_kind_french_title  (LtDocumentKind   kind);

/* The prefix of the numbers of @kind: OS, LM, AV, LMS, BI. */
const char *lt_document_number_prefix      (LtDocumentKind   kind);

/* « LM-2026-0001 »: @kind's prefix, the year of sending, the rank of the
 * document among those of its kind sent that year (from 1). (transfer full) */
char       *lt_document_format_number      (LtDocumentKind   kind,
                                            guint            year,
                                            guint            seq);

/* The date the letter carries, YYYY-MM-DD: the day it was sent; a draft
 * (not sent yet) carries @today, the day it would be sent. (transfer full) */
char       *lt_document_letter_date        (LtDocument      *document,
                                            const char      *today);

/* The client signs a sent document on @signed_on (YYYY-MM-DD): not before
 * the day it was sent (LT_ERROR_DATE_TOO_EARLY), not after @today
 * (LT_ERROR_DATE_IN_FUTURE), a real date (LT_ERROR_INVALID_DATE). */
gboolean    lt_document_check_signed_on    (LtDocument      *document,
                                            const char      *signed_on,
                                            const char      *today,
                                            GError         **error);

/* The same for the day a draft is sent: not after @today. */
gboolean    lt_document_check_sent_on      (LtDocument      *document,
                                            const char      *sent_on,
                                            const char      *today,
                                            GError         **error);

/* « LM-2026-0001 — signed on 20/01/2025 — the PDF as sent (SHA-256 …) »,
 * or « … — sent on … » before the signature: what the preview says of a
 * frozen PDF. (transfer full) */
char       *lt_document_describe_frozen    (LtDocument      *document);

G_END_DECLS
