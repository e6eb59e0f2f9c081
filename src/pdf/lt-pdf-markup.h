/* lt-pdf-markup.h: the line format of expanded letter templates, read into a layout */
#pragma once

#include "lt-pdf-layout.h"

G_BEGIN_DECLS

/* The text a template expands to, one construct per line:
 *
 *   # Title, ## Section, ### Sub-section   headings
 *   - item                                 a bullet (following lines continue it)
 *   | line                                 left-aligned lines kept as they are
 *   > line                                 right-aligned lines (address, place and date)
 *   @signature-left text / @signature-right text, then @signatures
 *   @pagebreak   @space N   @center text
 *   @name args                             anything else: handed to @func
 *   %% comment                             ignored
 *
 * Other lines are Pango markup; consecutive ones form a justified paragraph,
 * a blank line ends it. */
typedef gboolean (*LtPdfDirectiveFunc) (LtPdfLayout  *layout,
                                        const char   *name,
                                        const char   *args,
                                        gpointer      user_data,
                                        GError      **error);

gboolean lt_pdf_markup_parse (LtPdfLayout         *layout,
                              const char          *text,
                              LtPdfDirectiveFunc   func,
                              gpointer             user_data,
                              GError             **error);

G_END_DECLS
