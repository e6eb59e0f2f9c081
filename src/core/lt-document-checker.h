/* lt-document-checker.h: what a document still lacks before it can be sent */
#pragma once

#include <glib.h>

#include "lt-document-content.h"

G_BEGIN_DECLS

typedef enum {
  LT_MISSING_FIRM_NAME,
  LT_MISSING_FIRM_RCS,
  LT_MISSING_FIRM_ORDRE,
  LT_MISSING_FIRM_INSURANCE,
  LT_MISSING_FIRM_SIGNATORY,
  LT_MISSING_CLIENT_SIREN,
  LT_MISSING_SIGNATORY,
  LT_MISSING_LINES,
  LT_MISSING_LINE_PRICE,
  LT_MISSING_LCBFT,
  LT_MISSING_FIRM_MEDIATOR,     /* a consumer's letter names the médiateur */
  LT_MISSING_FIRM_ADDRESS,
  LT_MISSING_FIRM_VAT_NUMBER,
  LT_MISSING_FIRM_EMAIL,
  LT_MISSING_CLIENT_ADDRESS,
  LT_MISSING_CLIENT_LEGAL_FORM,
  LT_MISSING_SIGNATORY_ROLE,
} LtMissingKind;

/* One thing missing: what it is and how to fix it, both translated. */
typedef struct {
  LtMissingKind  kind;
  char          *what;
  char          *fix;
  gint64         line_id;   /* LT_MISSING_LINE_PRICE: the line; 0 otherwise */
} LtMissingItem;

/* Every item missing from @content, in the order of the letter (empty when
 * the document is complete). (transfer full) (element-type LtMissingItem) */
GPtrArray *lt_document_checker_check    (const LtDocumentContent *content);

/* TRUE when nothing is missing; otherwise FALSE with LT_ERROR_CONTENT_MISSING
 * whose message lists every item and its fix. Call before sending. */
gboolean   lt_document_checker_validate (const LtDocumentContent *content,
                                         GError                 **error);

G_END_DECLS
