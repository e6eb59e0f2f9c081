/* lt-store-import.h: CSV import of affaires — read, map columns, preview, import the valid lines */
#pragma once

#include "lt-affaire.h"
#include "lt-store.h"

G_BEGIN_DECLS

typedef enum {
  LT_IMPORT_FIELD_IGNORE,
  LT_IMPORT_FIELD_NAME,
  LT_IMPORT_FIELD_SIREN,
  LT_IMPORT_FIELD_LEGAL_FORM,
  LT_IMPORT_FIELD_ADDRESS,
  LT_IMPORT_FIELD_POSTAL_CODE,
  LT_IMPORT_FIELD_CITY,
  LT_IMPORT_FIELD_ACTIVITY,
  LT_IMPORT_FIELD_FISCAL_YEAR_END,
  LT_IMPORT_FIELD_DIRECTOR,
  LT_IMPORT_FIELD_STATE,
  /* issue 13: an existing client's letter, signed outside Lettrine */
  LT_IMPORT_FIELD_LETTER_DATE,
  LT_IMPORT_FIELD_LETTER_REFERENCE,
  LT_IMPORT_N_FIELDS
} LtImportField;

const char *lt_import_field_label (LtImportField field);

#define LT_TYPE_IMPORT (lt_import_get_type ())

G_DECLARE_FINAL_TYPE (LtImport, lt_import, LT, IMPORT, GObject)

/* Reads a CSV file as French software exports it: `;` or `,` (guessed from
 * the header), UTF-8 (with or without BOM) or Windows-1252. The first row
 * holds the column names; the mapping is guessed from them. */
LtImport      *lt_import_new_from_bytes (GBytes         *bytes,
                                         GError        **error);
LtImport      *lt_import_new_from_file  (const char     *path,
                                         GError        **error);
const char    *lt_import_get_encoding   (LtImport       *self);
char           lt_import_get_separator  (LtImport       *self);
guint          lt_import_get_n_columns  (LtImport       *self);
const char    *lt_import_get_header     (LtImport       *self,
                                         guint           column);
guint          lt_import_get_n_rows     (LtImport       *self);
const char    *lt_import_get_cell       (LtImport       *self,
                                         guint           row,
                                         guint           column);
guint          lt_import_get_line       (LtImport       *self,
                                         guint           row);
const char    *lt_import_get_refusal    (LtImport       *self,
                                         guint           row);
LtImportField  lt_import_get_mapping    (LtImport       *self,
                                         guint           column);
void           lt_import_set_mapping    (LtImport       *self,
                                         guint           column,
                                         LtImportField   field);

typedef struct {
  guint      line;      /* line of the file (the header is line 1) */
  LtAffaire *affaire;   /* as read */
  char      *error;     /* NULL: valid; else why the line is refused, translated */
} LtImportRow;

typedef struct {
  GPtrArray *rows;      /* LtImportRow, in file order */
  guint      n_valid;
  guint      n_refused;
  gboolean   committed;
} LtImportReport;

void            lt_import_report_free    (LtImportReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtImportReport, lt_import_report_free)

/* Checks every line as the import would (bad SIREN, missing name, duplicate
 * SIREN in the file or in the database) and writes nothing. */
LtImportReport *lt_store_import_preview  (LtStore        *self,
                                          LtImport       *import,
                                          GError        **error);
/* Imports the valid lines in one transaction; refused ones are listed. */
LtImportReport *lt_store_import_run      (LtStore        *self,
                                          LtImport       *import,
                                          GError        **error);

G_END_DECLS
