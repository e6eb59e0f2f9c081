/* lt-cli-render.c: lettrine-cli document render and document check */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-cli-render"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "lettrine-core.h"
#include "lt-cli-commands.h"
#include "lt-document-checker.h"
#include "lt-pdf-renderer.h"
#include "lt-pdf-signature.h"
#include "lt-store-documents.h"
#include "lt-store-pdf.h"

static GBytes *
render_for_store (const LtDocumentContent  *content,
                  gpointer                  user_data,
                  GError                  **error)
{
  return lt_pdf_render_document (content, NULL, error);
}

void
lt_cli_render_install_renderer (LtStore *store)
{
  lt_store_set_pdf_renderer (store, render_for_store, NULL);
}

/* A regular file (or none yet) is replaced whole, by rename, so a failed
 * write leaves the old one. Anything else — a device, a pipe, a symlink
 * the user chose — is written into, never replaced by a file of ours. */
static gboolean
write_output (const char  *path,
              GBytes      *bytes,
              GError     **error)
{
  GStatBuf st;
  FILE *file;
  gsize size = g_bytes_get_size (bytes);
  gboolean ok;
  int saved;

  if (g_lstat (path, &st) != 0 || S_ISREG (st.st_mode))
    return g_file_set_contents (path, g_bytes_get_data (bytes, NULL), size, error);

  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _("%s is a folder: give the name of the PDF file to write, for example %s/lettre.pdf."),
                   path, path);
      return FALSE;
    }

  if ((file = fopen (path, "wb")) == NULL)
    {
      saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("The PDF could not be written to %s: %s."), path, g_strerror (saved));
      return FALSE;
    }
  errno = 0;
  ok = fwrite (g_bytes_get_data (bytes, NULL), 1, size, file) == size && fflush (file) == 0;
  saved = errno != 0 ? errno : EIO;
  if (fclose (file) != 0 && ok)
    {
      ok = FALSE;
      saved = errno != 0 ? errno : EIO;
    }
  if (!ok)
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                 _("The PDF could not be written to %s: %s."), path, g_strerror (saved));

  return ok;
}

static gboolean
document_render (LtCli   *cli,
                 int      argc,
                 char   **argv,
                 GError **error)
{
  g_autofree char *output = NULL;
  gboolean draft = FALSE;
  gboolean as_sent = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"), N_("FILE") },
    { "draft", 0, 0, G_OPTION_ARG_NONE, &draft, N_("Render from the current data even when the document is signed"), NULL },
    { "as-sent", 0, 0, G_OPTION_ARG_NONE, &as_sent, N_("A signed document: its PDF exactly as frozen when sent, without the signature date"), NULL },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GBytes) pdf = NULL;
  gint64 id;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &id, error))
    return FALSE;
  if (output == NULL)
    return lt_cli_usage_error (error, _("Say where to write the PDF with -o FILE.pdf."));
  if (!(store = lt_cli_open_existing_store (cli, error)))
    return FALSE;

  /* a signed document is its frozen bytes, checked against their hash */
  if (!draft)
    {
      GError *local_error = NULL;

      pdf = lt_store_get_frozen_pdf (store, id, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }

      /* signed: the PDF as sent, its bytes kept, with the signature date
       * stamped after them (issue 12) */
      if (pdf != NULL && !as_sent)
        {
          g_autoptr(LtDocument) document = lt_store_get_document (store, id, error);
          GBytes *stamped;

          if (document == NULL)
            return FALSE;
          if (lt_document_get_signed_on (document) != NULL)
            {
              if (!(stamped = lt_pdf_stamp_signature (pdf, lt_document_get_signed_on (document), error)))
                return FALSE;
              g_bytes_unref (pdf);
              pdf = stamped;
            }
        }
    }

  if (pdf == NULL)
    {
      g_autoptr(LtDocumentContent) content = lt_store_get_document_content (store, id, error);

      if (content == NULL)
        return FALSE;
      if (lt_document_get_state (content->document) == LT_DOCUMENT_STATE_SIGNED && !draft)
        g_printerr (_("This signed document has no frozen PDF: it is rendered from the current data.\n"));
      pdf = lt_pdf_render_document (content, NULL, error);
      if (pdf == NULL)
        return FALSE;
    }

  if (!write_output (output, pdf, error))
    return FALSE;

  g_print ("%s\n", output);

  return TRUE;
}

static gboolean
document_check (LtCli   *cli,
                int      argc,
                char   **argv,
                GError **error)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the missing items as JSON"), NULL },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(LtDocumentContent) content = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gint64 id;

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, 1, 1, error) ||
      !lt_cli_parse_id (argv[1], &id, error) ||
      !(store = lt_cli_open_existing_store (cli, error)) ||
      !(content = lt_store_get_document_content (store, id, error)))
    return FALSE;

  items = lt_document_checker_check (content);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < items->len; i++)
        {
          LtMissingItem *item = g_ptr_array_index (items, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "what");
          json_builder_add_string_value (builder, item->what);
          json_builder_set_member_name (builder, "fix");
          json_builder_add_string_value (builder, item->fix);
          json_builder_set_member_name (builder, "line_id");
          json_builder_add_int_value (builder, item->line_id);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      node = json_builder_get_root (builder);
      lt_cli_print_json (node);
    }
  else if (items->len == 0)
    g_print (_("Nothing is missing: the document can be sent.\n"));
  else
    for (guint i = 0; i < items->len; i++)
      {
        LtMissingItem *item = g_ptr_array_index (items, i);

        g_print ("• %s\n  %s\n", item->what, item->fix);
      }

  if (items->len > 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_CONTENT_MISSING,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The document cannot be sent: %u item is missing.",
                                "The document cannot be sent: %u items are missing.",
                                items->len),
                   items->len);
      return FALSE;
    }

  return TRUE;
}

static const LtCliCommand document_render_commands[] = {
  { "document", "render", N_("ID -o FILE.pdf [--draft] [--as-sent]"), N_("Write a document as PDF (a sent one: its PDF frozen when sent; signed: with its signature date)"), document_render },
  { "document", "check", N_("[--json] ID"), N_("List what a document lacks before it can be sent"), document_check },
};
LT_CLI_REGISTER (document_render_commands)
