/* lt-store-import.c: CSV import of affaires — read, map columns, preview, import the valid lines */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "lt-date.h"
#include "lt-error.h"
#include "lt-siren.h"
#include "lt-store-affaires.h"
#include "lt-store-import.h"
#include "lt-store-import-private.h"
#include "lt-store-private.h"
#include "lt-text.h"
#include "lt-validate.h"

struct _LtImport
{
  GObject        parent_instance;

  const char    *encoding;
  char           separator;
  GStrv          headers;
  GPtrArray     *rows;      /* GStrv, data rows only */
  GArray        *lines;     /* guint per row: the line of the file where it begins */
  GPtrArray     *refusals;  /* char * per row: why it cannot be read as CSV, or NULL */
  LtImportField *mapping;   /* one per column */
};

G_DEFINE_FINAL_TYPE (LtImport, lt_import, G_TYPE_OBJECT)

const char *
lt_import_field_label (LtImportField field)
{
  switch (field)
    {
    case LT_IMPORT_FIELD_IGNORE:          return _("Ignore");
    case LT_IMPORT_FIELD_NAME:            return _("Company name");
    case LT_IMPORT_FIELD_SIREN:           return _("SIREN");
    case LT_IMPORT_FIELD_LEGAL_FORM:      return _("Legal form");
    case LT_IMPORT_FIELD_ADDRESS:         return _("Address");
    case LT_IMPORT_FIELD_POSTAL_CODE:     return _("Postal code");
    case LT_IMPORT_FIELD_CITY:            return _("City");
    case LT_IMPORT_FIELD_ACTIVITY:        return _("Activity");
    case LT_IMPORT_FIELD_FISCAL_YEAR_END: return _("Fiscal year end");
    case LT_IMPORT_FIELD_DIRECTOR:        return _("Director");
    case LT_IMPORT_FIELD_STATE:           return _("Prospect or client");
    case LT_IMPORT_FIELD_LETTER_DATE:     return _("Engagement letter date");
    case LT_IMPORT_FIELD_LETTER_REFERENCE: return _("Engagement letter reference");
    case LT_IMPORT_N_FIELDS:
    default:                              return "";
    }
}

static gboolean
row_is_blank (GStrv fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    if (*fields[i] != '\0')
      return FALSE;
  return TRUE;
}

static LtImportField
guess_field (const char *header)
{
  g_autofree char *folded = lt_text_fold (header);
  static const struct { const char *word; LtImportField field; } words[] = {
    { "raison",      LT_IMPORT_FIELD_NAME },
    { "denomination", LT_IMPORT_FIELD_NAME },
    { "societe",     LT_IMPORT_FIELD_NAME },
    { "entreprise",  LT_IMPORT_FIELD_NAME },
    { "siren",       LT_IMPORT_FIELD_SIREN },
    { "siret",       LT_IMPORT_FIELD_SIREN },
    { "forme",       LT_IMPORT_FIELD_LEGAL_FORM },
    { "juridique",   LT_IMPORT_FIELD_LEGAL_FORM },
    { "legal",       LT_IMPORT_FIELD_LEGAL_FORM },
    { "code postal", LT_IMPORT_FIELD_POSTAL_CODE },
    { "postal",      LT_IMPORT_FIELD_POSTAL_CODE },
    { "cp",          LT_IMPORT_FIELD_POSTAL_CODE },
    { "adresse",     LT_IMPORT_FIELD_ADDRESS },
    { "address",     LT_IMPORT_FIELD_ADDRESS },
    { "ville",       LT_IMPORT_FIELD_CITY },
    { "commune",     LT_IMPORT_FIELD_CITY },
    { "city",        LT_IMPORT_FIELD_CITY },
    { "activite",    LT_IMPORT_FIELD_ACTIVITY },
    { "activity",    LT_IMPORT_FIELD_ACTIVITY },
    { "naf",         LT_IMPORT_FIELD_ACTIVITY },
    { "cloture",     LT_IMPORT_FIELD_FISCAL_YEAR_END },
    { "exercice",    LT_IMPORT_FIELD_FISCAL_YEAR_END },
    { "dirigeant",   LT_IMPORT_FIELD_DIRECTOR },
    { "gerant",      LT_IMPORT_FIELD_DIRECTOR },
    { "president",   LT_IMPORT_FIELD_DIRECTOR },
    { "director",    LT_IMPORT_FIELD_DIRECTOR },
    { "statut",      LT_IMPORT_FIELD_STATE },
    { "etat",        LT_IMPORT_FIELD_STATE },
    { "type",        LT_IMPORT_FIELD_STATE },
    { "nom",         LT_IMPORT_FIELD_NAME },
    { "name",        LT_IMPORT_FIELD_NAME },
    { "client",      LT_IMPORT_FIELD_NAME },
  };

  if (folded == NULL)
    return LT_IMPORT_FIELD_IGNORE;

  /* « Date lettre de mission », « Réf. LM », « Référence lettre »… */
  if (strstr (folded, "lettre") != NULL || strstr (folded, "mission") != NULL ||
      g_str_has_suffix (folded, " lm") || strcmp (folded, "lm") == 0)
    return strstr (folded, "ref") != NULL ? LT_IMPORT_FIELD_LETTER_REFERENCE : LT_IMPORT_FIELD_LETTER_DATE;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      if (strcmp (words[i].word, "cp") == 0)
        {
          if (strcmp (folded, "cp") == 0)
            return words[i].field;
          continue;
        }
      if (strstr (folded, words[i].word) != NULL)
        return words[i].field;
    }

  return LT_IMPORT_FIELD_IGNORE;
}

static void
lt_import_finalize (GObject *object)
{
  LtImport *self = (LtImport *)object;

  g_clear_pointer (&self->headers, g_strfreev);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->refusals, g_ptr_array_unref);
  g_clear_pointer (&self->mapping, g_free);

  G_OBJECT_CLASS (lt_import_parent_class)->finalize (object);
}

static void
lt_import_class_init (LtImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lt_import_finalize;
}

static void
lt_import_init (LtImport *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->refusals = g_ptr_array_new_with_free_func (g_free);
}

/**
 * lt_import_new_from_bytes:
 *
 * Returns: (transfer full) (nullable): the file read, or %NULL with
 *   LT_ERROR_IMPORT (empty, not CSV, not text).
 */
LtImport *
lt_import_new_from_bytes (GBytes  *bytes,
                          GError **error)
{
  g_autoptr(LtImport) self = g_object_new (LT_TYPE_IMPORT, NULL);
  g_autofree char *converted = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) refusals = g_ptr_array_new_with_free_func (g_free);
  const char *text;
  gsize len;
  guint n_columns;

  g_return_val_if_fail (bytes != NULL, NULL);

  text = g_bytes_get_data (bytes, &len);
  if (text == NULL)   /* empty bytes may have no data at all */
    text = "";

  if (len > 0 && memchr (text, '\0', len) != NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_IMPORT,
                   _("This file is not a CSV text file: export the list as CSV (separated by semicolons) and try again."));
      return NULL;
    }

  if (g_utf8_validate (text, len, NULL))
    {
      self->encoding = "UTF-8";
      if (len >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
        {
          text += 3;
          len -= 3;
        }
    }
  else
    {
      gsize written = 0;

      /* Excel and most French accounting software export in Windows-1252. */
      converted = g_convert (text, len, "UTF-8", "WINDOWS-1252", NULL, &written, NULL);
      if (converted == NULL)
        {
          g_set_error (error, LT_ERROR, LT_ERROR_IMPORT,
                       _("The file’s characters are neither UTF-8 nor Windows-1252: save it again as « CSV UTF-8 »."));
          return NULL;
        }
      self->encoding = "Windows-1252";
      text = converted;
      len = written;
    }

  self->separator = lt_import_csv_guess_separator (text, len);

  if (!lt_import_csv_read (text, len, self->separator, rows, lines, refusals, error))
    return NULL;

  while (rows->len > 0 && g_ptr_array_index (refusals, 0) == NULL &&
         row_is_blank (g_ptr_array_index (rows, 0)))
    {
      g_ptr_array_remove_index (rows, 0);
      g_array_remove_index (lines, 0);
      g_ptr_array_remove_index (refusals, 0);
    }

  if (rows->len < 1)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_IMPORT,
                   _("The file is empty: it needs a first line with the column names, then one line per company."));
      return NULL;
    }

  if (g_ptr_array_index (refusals, 0) != NULL)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_IMPORT,
                   _("The first line, with the column names, is not valid CSV: %s"),
                   (const char *) g_ptr_array_index (refusals, 0));
      return NULL;
    }

  self->headers = g_ptr_array_steal_index (rows, 0);
  g_array_remove_index (lines, 0);
  g_ptr_array_remove_index (refusals, 0);
  n_columns = g_strv_length (self->headers);
  for (guint i = 0; i < rows->len; i++)
    n_columns = MAX (n_columns, g_strv_length (g_ptr_array_index (rows, i)));

  /* Pad the header so every column has a name. */
  if (g_strv_length (self->headers) < n_columns)
    {
      GStrv padded = g_new0 (char *, n_columns + 1);

      for (guint i = 0; i < n_columns; i++)
        padded[i] = i < g_strv_length (self->headers)
                    ? g_strdup (self->headers[i])
                    : g_strdup_printf (_("Column %u"), i + 1);
      g_strfreev (self->headers);
      self->headers = padded;
    }

  g_ptr_array_unref (self->rows);
  self->rows = g_steal_pointer (&rows);
  g_array_unref (self->lines);
  self->lines = g_steal_pointer (&lines);
  g_ptr_array_unref (self->refusals);
  self->refusals = g_steal_pointer (&refusals);

  self->mapping = g_new0 (LtImportField, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      LtImportField field = guess_field (self->headers[i]);

      /* One column per field: the first that looks like it. */
      for (guint j = 0; j < i; j++)
        if (field != LT_IMPORT_FIELD_IGNORE && self->mapping[j] == field)
          field = LT_IMPORT_FIELD_IGNORE;
      self->mapping[i] = field;
    }

  return g_steal_pointer (&self);
}

/**
 * lt_import_new_from_file:
 *
 * Returns: (transfer full) (nullable): the file read.
 */
LtImport *
lt_import_new_from_file (const char  *path,
                         GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &len, &local_error))
    {
      g_set_error (error, LT_ERROR, LT_ERROR_IO,
                   _("The file « %s » could not be read: %s"), path, local_error->message);
      return NULL;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
  return lt_import_new_from_bytes (bytes, error);
}

const char *
lt_import_get_encoding (LtImport *self)
{
  g_return_val_if_fail (LT_IS_IMPORT (self), NULL);
  return self->encoding;
}

char
lt_import_get_separator (LtImport *self)
{
  g_return_val_if_fail (LT_IS_IMPORT (self), 0);
  return self->separator;
}

guint
lt_import_get_n_columns (LtImport *self)
{
  g_return_val_if_fail (LT_IS_IMPORT (self), 0);
  return g_strv_length (self->headers);
}

const char *
lt_import_get_header (LtImport *self,
                      guint     column)
{
  g_return_val_if_fail (LT_IS_IMPORT (self), NULL);
  g_return_val_if_fail (column < lt_import_get_n_columns (self), NULL);
  return self->headers[column];
}

guint
lt_import_get_n_rows (LtImport *self)
{
  g_return_val_if_fail (LT_IS_IMPORT (self), 0);
  return self->rows->len;
}

/**
 * lt_import_get_cell:
 *
 * Returns: (transfer none): the text of a cell, "" when the row is short.
 */
const char *
lt_import_get_cell (LtImport *self,
                    guint     row,
                    guint     column)
{
  GStrv fields;

  g_return_val_if_fail (LT_IS_IMPORT (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  fields = g_ptr_array_index (self->rows, row);
  return column < g_strv_length (fields) ? fields[column] : "";
}

/**
 * lt_import_get_line:
 *
 * Returns: the line of the file where @row begins (the header is line 1,
 *   a value with line breaks between quotes spans several lines)
 */
guint
lt_import_get_line (LtImport *self,
                    guint     row)
{
  g_return_val_if_fail (LT_IS_IMPORT (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return g_array_index (self->lines, guint, row);
}

/**
 * lt_import_get_refusal:
 *
 * Returns: (transfer none) (nullable): why @row could not be read as CSV
 *   (its text is then its only cell), or %NULL
 */
const char *
lt_import_get_refusal (LtImport *self,
                       guint     row)
{
  g_return_val_if_fail (LT_IS_IMPORT (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return g_ptr_array_index (self->refusals, row);
}

LtImportField
lt_import_get_mapping (LtImport *self,
                       guint     column)
{
  g_return_val_if_fail (LT_IS_IMPORT (self), LT_IMPORT_FIELD_IGNORE);
  g_return_val_if_fail (column < lt_import_get_n_columns (self), LT_IMPORT_FIELD_IGNORE);
  return self->mapping[column];
}

/**
 * lt_import_set_mapping:
 *
 * Maps @column to @field; a column already mapped to @field is ignored
 * from then on.
 */
void
lt_import_set_mapping (LtImport      *self,
                       guint          column,
                       LtImportField  field)
{
  guint n;

  g_return_if_fail (LT_IS_IMPORT (self));
  g_return_if_fail (field < LT_IMPORT_N_FIELDS);

  n = lt_import_get_n_columns (self);
  g_return_if_fail (column < n);

  if (field != LT_IMPORT_FIELD_IGNORE)
    for (guint i = 0; i < n; i++)
      if (self->mapping[i] == field)
        self->mapping[i] = LT_IMPORT_FIELD_IGNORE;

  self->mapping[column] = field;
}

void
lt_import_report_free (LtImportReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->rows, g_ptr_array_unref);
  g_free (report);
}

static void
import_row_free (LtImportRow *row)
{
  g_clear_object (&row->affaire);
  g_free (row->error);
  g_free (row);
}

/* Fills an affaire from one row; FALSE with the reason for a value no
 * column of the affaire can hold. */
static LtAffaire *
affaire_from_row (LtImport  *self,
                  guint      row,
                  GError   **error)
{
  g_autoptr(LtAffaire) affaire = lt_affaire_new ();
  guint n = lt_import_get_n_columns (self);

  for (guint col = 0; col < n; col++)
    {
      const char *value = lt_import_get_cell (self, row, col);

      switch (self->mapping[col])
        {
        case LT_IMPORT_FIELD_NAME:
          lt_affaire_set_name (affaire, value);
          break;

        case LT_IMPORT_FIELD_SIREN:
          {
            g_autofree char *digits = lt_siren_normalize (value);

            /* A SIRET (14 digits) carries the SIREN in its first nine. */
            if (digits != NULL && strlen (digits) == 14)
              {
                g_autofree char *siren = NULL;

                /* refused on this line, with the SIRET's own reason */
                if (!lt_siret_validate (digits, error))
                  return NULL;
                siren = lt_siret_get_siren (digits);
                g_free (digits);
                digits = g_steal_pointer (&siren);
              }
            if (digits != NULL && *digits != '\0')
              {
                if (!lt_siren_validate (digits, error))
                  return NULL;
                lt_affaire_set_siren (affaire, digits);
              }
            else if (*value != '\0')
              {
                if (!lt_siren_validate (value, error))
                  return NULL;
              }
          }
          break;

        case LT_IMPORT_FIELD_LEGAL_FORM:
          lt_affaire_set_legal_form (affaire, value);
          break;

        case LT_IMPORT_FIELD_ADDRESS:
          lt_affaire_set_address (affaire, value);
          break;

        case LT_IMPORT_FIELD_POSTAL_CODE:
          lt_affaire_set_postal_code (affaire, value);
          break;

        case LT_IMPORT_FIELD_CITY:
          lt_affaire_set_city (affaire, value);
          break;

        case LT_IMPORT_FIELD_ACTIVITY:
          lt_affaire_set_activity (affaire, value);
          break;

        case LT_IMPORT_FIELD_FISCAL_YEAR_END:
          if (*value != '\0')
            {
              /* « 31/12 », « 3112 », « 12-31 »… read by the core */
              g_autofree char *mmdd = lt_date_month_day_from_display (value);

              if (mmdd == NULL)
                {
                  g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DATE,
                               _("The fiscal year end « %s » is not a day and a month such as 31/12."),
                               value);
                  return NULL;
                }
              lt_affaire_set_fiscal_year_end (affaire, mmdd);
            }
          break;

        case LT_IMPORT_FIELD_DIRECTOR:
          lt_affaire_set_director (affaire, value);
          break;

        case LT_IMPORT_FIELD_STATE:
          {
            g_autofree char *folded = lt_text_fold (value);

            if (folded != NULL && strstr (folded, "client") != NULL)
              lt_affaire_set_state (affaire, LT_AFFAIRE_STATE_CLIENT);
            else
              lt_affaire_set_state (affaire, LT_AFFAIRE_STATE_PROSPECT);
          }
          break;

        case LT_IMPORT_FIELD_LETTER_DATE:
          if (*value != '\0')
            {
              g_autofree char *iso = lt_date_display_to_iso (value);

              if (iso == NULL && lt_date_check_iso (value, FALSE, NULL))
                iso = g_strdup (value);
              if (iso == NULL)
                {
                  g_set_error (error, LT_ERROR, LT_ERROR_INVALID_DATE,
                               _("The engagement letter date « %s » is not a date such as 31/12/2019."),
                               value);
                  return NULL;
                }
              lt_affaire_set_letter_outside_date (affaire, iso);
            }
          break;

        case LT_IMPORT_FIELD_LETTER_REFERENCE:
          lt_affaire_set_letter_outside_reference (affaire, value);
          break;

        case LT_IMPORT_FIELD_IGNORE:
        case LT_IMPORT_N_FIELDS:
        default:
          break;
        }
    }

  return g_steal_pointer (&affaire);
}

/* The same walk for the preview and the import: each line in a savepoint
 * of one transaction, so a duplicate inside the file is caught like one in
 * the database; the preview rolls everything back. */
static LtImportReport *
import_walk (LtStore   *self,
             LtImport  *import,
             gboolean   commit,
             GError   **error)
{
  g_autoptr(LtImportReport) report = g_new0 (LtImportReport, 1);
  gboolean has_name = FALSE;

  for (guint col = 0; col < lt_import_get_n_columns (import); col++)
    if (import->mapping[col] == LT_IMPORT_FIELD_NAME)
      has_name = TRUE;

  if (!has_name)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_IMPORT,
                   _("No column holds the company name: choose « %s » for one of the columns."),
                   lt_import_field_label (LT_IMPORT_FIELD_NAME));
      return NULL;
    }

  report->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) import_row_free);

  if (!lt_store_begin (self, error))
    return NULL;

  for (guint row = 0; row < lt_import_get_n_rows (import); row++)
    {
      LtImportRow *out;
      g_autoptr(GError) row_error = NULL;

      const char *refusal = lt_import_get_refusal (import, row);

      if (refusal == NULL && row_is_blank (g_ptr_array_index (import->rows, row)))
        continue;

      out = g_new0 (LtImportRow, 1);
      out->line = lt_import_get_line (import, row);
      g_ptr_array_add (report->rows, out);

      if (refusal != NULL)
        {
          out->affaire = lt_affaire_new ();
          lt_affaire_set_name (out->affaire, lt_import_get_cell (import, row, 0));
          out->error = g_strdup (refusal);
          report->n_refused++;
          continue;
        }

      out->affaire = affaire_from_row (import, row, &row_error);
      if (out->affaire != NULL)
        lt_store_add_affaire (self, out->affaire, &row_error);

      if (row_error == NULL)
        {
          report->n_valid++;
          continue;
        }

      /* A rule refused this line; a fault (disk, database) stops all. */
      if (lt_error_is_fault (row_error))
        {
          lt_store_rollback (self);
          g_propagate_error (error, g_steal_pointer (&row_error));
          return NULL;
        }

      if (out->affaire == NULL)
        out->affaire = lt_affaire_new ();
      out->error = g_strdup (row_error->message);
      report->n_refused++;
    }

  if (!commit)
    {
      lt_store_rollback (self);
      return g_steal_pointer (&report);
    }

  if (!lt_store_commit (self, error))
    return NULL;

  report->committed = TRUE;
  return g_steal_pointer (&report);
}

/**
 * lt_store_import_preview:
 *
 * Returns: (transfer full) (nullable): what each line would give.
 */
LtImportReport *
lt_store_import_preview (LtStore   *self,
                         LtImport  *import,
                         GError   **error)
{
  g_return_val_if_fail (LT_IS_STORE (self), NULL);
  g_return_val_if_fail (LT_IS_IMPORT (import), NULL);

  /* The walk writes each line and rolls back: on a database that cannot
   * be written, it writes into a copy in memory. */
  if (lt_store_is_read_only (self))
    {
      g_autoptr(LtStore) copy = lt_store_copy_to_memory (self, error);

      return copy != NULL ? import_walk (copy, import, FALSE, error) : NULL;
    }

  return import_walk (self, import, FALSE, error);
}

/**
 * lt_store_import_run:
 *
 * Returns: (transfer full) (nullable): what each line gave; the valid
 *   lines are imported (all of them or, on a database failure, none).
 */
LtImportReport *
lt_store_import_run (LtStore   *self,
                     LtImport  *import,
                     GError   **error)
{
  g_return_val_if_fail (LT_IS_STORE (self), NULL);
  g_return_val_if_fail (LT_IS_IMPORT (import), NULL);

  return import_walk (self, import, TRUE, error);
}
