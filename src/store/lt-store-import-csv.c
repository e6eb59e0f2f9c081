/* lt-store-import-csv.c: CSV import — the file read into rows, each with its line, bad lines refused one by one */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-import"

#include "config.h"

#include <csv.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "lt-error.h"
#include "lt-store-import-private.h"

typedef struct {
  GPtrArray *fields;        /* char *, the row being read */
  GPtrArray *rows;          /* GStrv */
  GArray    *lines;         /* guint, first line of each row */
  GPtrArray *refusals;      /* char * or NULL, one per row */
  guint      row_line;      /* the line where the row being read began */
} ParseState;

/* libcsv's state between rows (libcsv.c's ROW_NOT_BEGUN, not in csv.h) */
#define CSV_PSTATE_ROW_NOT_BEGUN 0

/* A bad line is shown (as the name of the refused row) up to this many characters. */
#define RAW_LINE_SHOWN 80

static void
on_field (void   *field,
          size_t  len,
          void   *data)
{
  ParseState *state = data;

  g_ptr_array_add (state->fields, g_strstrip (g_strndup (field != NULL ? field : "", len)));
}

static void
on_row_end (int   c,
            void *data)
{
  ParseState *state = data;

  g_ptr_array_add (state->fields, NULL);
  g_ptr_array_add (state->rows, g_ptr_array_steal (state->fields, NULL));
  g_array_append_val (state->lines, state->row_line);
  g_ptr_array_add (state->refusals, NULL);
}

/* The offset just after the line that starts at @pos ("\n", "\r\n" or a
 * lone "\r" ends a line, as libcsv sees it). */
static gsize
line_end (const char *text,
          gsize       len,
          gsize       pos)
{
  while (pos < len && text[pos] != '\n' && text[pos] != '\r')
    pos++;
  if (pos < len && text[pos] == '\r')
    pos++;
  if (pos < len && text[pos] == '\n')
    pos++;
  return pos;
}

/* A row that is not CSV: refused on its own, with its text as the name. */
static void
add_refused_row (ParseState *state,
                 const char *line,
                 gsize       line_len,
                 const char *why)
{
  g_autofree char *raw = g_strndup (line, line_len);
  GStrv fields = g_new0 (char *, 2);

  g_strstrip (raw);
  /* cut long lines; g_utf8_substring () must not be asked for more than there is */
  if (g_utf8_strlen (raw, -1) > RAW_LINE_SHOWN)
    {
      g_autofree char *cut = g_utf8_substring (raw, 0, RAW_LINE_SHOWN);

      fields[0] = g_strconcat (cut, "…", NULL);
    }
  else
    fields[0] = g_strdup (raw);
  g_ptr_array_add (state->rows, fields);
  g_array_append_val (state->lines, state->row_line);
  g_ptr_array_add (state->refusals, g_strdup (why));
  g_ptr_array_set_size (state->fields, 0);
}

/* Reads @text line by line in libcsv's strict mode, so that each row knows
 * the line it begins on (blank lines and quoted line breaks included), and
 * a row that is not CSV — a quote never closed, a quote inside an unquoted
 * value — is refused on its own and reading goes on at the next line. */
gboolean
lt_import_csv_read (const char  *text,
                    gsize        len,
                    char         separator,
                    GPtrArray   *rows,
                    GArray      *lines,
                    GPtrArray   *refusals,
                    GError     **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  ParseState parse_state = { fields, rows, lines, refusals, 1 };
  ParseState *state = &parse_state;
  gsize pos = 0, row_offset = 0;
  guint line = 1;

  while (TRUE)
    {
      struct csv_parser parser;
      const char *why = NULL;

      if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
        {
          g_set_error (error, LT_ERROR, LT_ERROR_IMPORT, _("Out of memory while reading the file."));
          return FALSE;
        }
      csv_set_delim (&parser, (unsigned char) separator);

      while (pos < len && why == NULL)
        {
          gsize end = line_end (text, len, pos);

          if (parser.pstate == CSV_PSTATE_ROW_NOT_BEGUN)
            {
              state->row_line = line;
              row_offset = pos;
            }
          if (csv_parse (&parser, text + pos, end - pos, on_field, on_row_end, state) != end - pos)
            {
              if (csv_error (&parser) != CSV_EPARSE)
                {
                  g_set_error (error, LT_ERROR, LT_ERROR_IMPORT,
                               _("The file could not be read as CSV: %s."), csv_strerror (csv_error (&parser)));
                  csv_free (&parser);
                  return FALSE;
                }
              why = _("This line is not valid CSV: a quote (\") inside a value must be doubled, and the value put between quotes.");
              break;
            }
          pos = end;
          line++;
        }

      if (why == NULL && csv_fini (&parser, on_field, on_row_end, state) != 0)
        why = _("This line opens a quote (\") that is never closed: close it or remove it, then import the file again.");
      csv_free (&parser);

      if (why == NULL)
        return TRUE;

      /* Refuse the line the bad row begins on; read again from the next. */
      pos = line_end (text, len, row_offset);
      add_refused_row (state, text + row_offset, pos - row_offset, why);
      line = state->row_line + 1;
    }
}

/* The separator that splits the header best, outside quotes. */
char
lt_import_csv_guess_separator (const char *text,
                               gsize       len)
{
  guint semicolons = 0, commas = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (const char *p = text; p < text + len && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == ';')
        semicolons++;
      else if (!quoted && *p == ',')
        commas++;
      else if (!quoted && *p == '\t')
        tabs++;
    }

  if (tabs > semicolons && tabs > commas)
    return '\t';
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}
