/* lt-pdf-template.h: the wording of each document kind, expanded from template-glib templates */
#pragma once

#include <glib.h>

#include "lt-document-content.h"

G_BEGIN_DECLS

/* The template file of @kind, e.g. "lettre-de-mission.tmpl". */
const char *lt_pdf_template_name        (LtDocumentKind           kind);

/* Expands the template of the content's kind. Templates are looked up in
 * $XDG_DATA_HOME/lettrine/templates/ first (a cabinet's own wording), then
 * in the GResource. Every value is escaped for Pango markup on the way in.
 * The result is the text read by lt_pdf_markup_parse (). LT_ERROR_RENDER
 * when a template is missing or invalid. */
char       *lt_pdf_template_expand      (const LtDocumentContent *content,
                                         GError                 **error);

/* Words of the letter, always French: the letter is a French contract
 * whatever the language of the interface. (transfer full) */
char       *lt_pdf_format_money         (gint64                   cents);
char       *lt_pdf_format_date          (const char              *iso_date);
const char *lt_pdf_recurrence_words     (LtRecurrence             recurrence);
const char *lt_pdf_kind_words           (LtDocumentKind           kind);

/* The firm's RCS, Ordre and insurance without the words the letter already
 * writes around them (« RCS », « inscrit au tableau de l’Ordre des
 * experts-comptables », « responsabilité civile professionnelle »), however
 * the cabinet typed them. (transfer full) */
char       *lt_pdf_firm_rcs_words       (LtFirm                  *firm);
char       *lt_pdf_firm_ordre_words     (LtFirm                  *firm);
char       *lt_pdf_firm_insurance_words (LtFirm                  *firm);

/* lt-pdf-words.c */

G_END_DECLS
