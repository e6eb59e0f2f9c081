/* lt-document-line.h: a ligne de mission of a document: a prestation and its honoraires */
#pragma once

#include <glib-object.h>

#include "lt-model.h"

#include "lt-enums.h"

G_BEGIN_DECLS

#define LT_TYPE_DOCUMENT_LINE (lt_document_line_get_type ())

G_DECLARE_FINAL_TYPE (LtDocumentLine, lt_document_line, LT, DOCUMENT_LINE, LtModel)

/* Properties are the columns of the table "document_lines" (HACKING.md);
 */

LtDocumentLine *lt_document_line_new               (void);
LtDocumentLine *lt_document_line_copy              (LtDocumentLine *self);
gint64          lt_document_line_get_id            (LtDocumentLine *self);
void            lt_document_line_set_id            (LtDocumentLine *self,
                                                    gint64          id);
gint64          lt_document_line_get_document_id   (LtDocumentLine *self);
void            lt_document_line_set_document_id   (LtDocumentLine *self,
                                                    gint64          document_id);
int             lt_document_line_get_position      (LtDocumentLine *self);
void            lt_document_line_set_position      (LtDocumentLine *self,
                                                    int             position);
gint64          lt_document_line_get_prestation_id (LtDocumentLine *self);
void            lt_document_line_set_prestation_id (LtDocumentLine *self,
                                                    gint64          prestation_id);
const char     *lt_document_line_get_label         (LtDocumentLine *self);
void            lt_document_line_set_label         (LtDocumentLine *self,
                                                    const char     *label);
gint64          lt_document_line_get_price_cents   (LtDocumentLine *self);
void            lt_document_line_set_price_cents   (LtDocumentLine *self,
                                                    gint64          price_cents);
LtRecurrence    lt_document_line_get_recurrence    (LtDocumentLine *self);
void            lt_document_line_set_recurrence    (LtDocumentLine *self,
                                                    LtRecurrence    recurrence);
gint64          lt_document_line_get_revision      (LtDocumentLine *self);
void            lt_document_line_set_revision      (LtDocumentLine *self,
                                                    gint64          revision);
const char     *lt_document_line_get_ends_on       (LtDocumentLine *self);
void            lt_document_line_set_ends_on       (LtDocumentLine *self,
                                                    const char     *ends_on);

G_END_DECLS
