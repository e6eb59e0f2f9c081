/* fuzz-csv-import.c: a CSV file of any bytes, read and checked line by line as the import would, nothing written */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>

#include "fuzz-common.h"
#include "lt-error.h"
#include "lt-store-import.h"

static LtStore *store;
static char *store_dir;

/* The temporary database goes when the run ends. */
static void
remove_store (void)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  g_clear_object (&store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (store_dir, "/fuzz.lettrine", suffixes[i], NULL);

      g_unlink (path);
    }
  g_rmdir (store_dir);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fuzz_init_glib ();

  /* One database for the whole run: the preview rolls every line back. */
  store_dir = g_dir_make_tmp ("lettrine-fuzz-XXXXXX", &error);
  if (store_dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (store_dir, "fuzz.lettrine", NULL);
  store = lt_store_open (path, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  atexit (remove_store);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(LtImport) import = lt_import_new_from_bytes (bytes, &error);
  g_autoptr(LtImportReport) report = NULL;
  guint n_columns, previous_line = 1;

  if (import == NULL)
    {
      FUZZ_ASSERT (error != NULL && error->domain == LT_ERROR && error->code == LT_ERROR_IMPORT);
      FUZZ_ASSERT (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  n_columns = lt_import_get_n_columns (import);
  FUZZ_ASSERT (n_columns >= 1);
  for (guint col = 0; col < n_columns; col++)
    FUZZ_ASSERT (g_utf8_validate (lt_import_get_header (import, col), -1, NULL));
  for (guint row = 0; row < lt_import_get_n_rows (import); row++)
    {
      guint line = lt_import_get_line (import, row);

      /* rows in file order, each after the header, on a line of its own */
      FUZZ_ASSERT (line > previous_line);
      previous_line = line;
      for (guint col = 0; col < n_columns + 1; col++)
        FUZZ_ASSERT (g_utf8_validate (lt_import_get_cell (import, row, col), -1, NULL));
    }

  /* The name column is required: map one when the header named none. */
  {
    gboolean has_name = FALSE;

    for (guint col = 0; col < n_columns; col++)
      has_name |= lt_import_get_mapping (import, col) == LT_IMPORT_FIELD_NAME;
    if (!has_name)
      lt_import_set_mapping (import, 0, LT_IMPORT_FIELD_NAME);
  }

  report = lt_store_import_preview (store, import, &error);
  FUZZ_ASSERT (report != NULL);
  FUZZ_ASSERT (error == NULL);
  FUZZ_ASSERT (!report->committed);
  FUZZ_ASSERT (report->n_valid + report->n_refused == report->rows->len);
  previous_line = 1;
  for (guint i = 0; i < report->rows->len; i++)
    {
      LtImportRow *row = g_ptr_array_index (report->rows, i);

      FUZZ_ASSERT (row->line > previous_line);
      previous_line = row->line;
      FUZZ_ASSERT (row->affaire != NULL);
      if (row->error != NULL)
        FUZZ_ASSERT (g_utf8_validate (row->error, -1, NULL));
      else
        {
          const char *name = lt_affaire_get_name (row->affaire);

          /* a line kept is one the store accepted: a name at least */
          FUZZ_ASSERT (name != NULL && *name != '\0');
        }
    }

  return 0;
}
