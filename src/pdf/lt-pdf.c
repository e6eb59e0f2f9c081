/* lt-pdf.c: placeholder until the renderer lands (issue 6) */
int lt_pdf_placeholder;
