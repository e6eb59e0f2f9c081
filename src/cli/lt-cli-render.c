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

/* Where the bytes of one document come from: a sent or signed one is its
 * frozen PDF, checked against its hash (unless @draft) — a signed one with
 * the signature date stamped after those bytes, unless @as_sent —, put in
 * @pdf; anything else is read from the current data into @content, to be
 * rendered (the store is read here, on the caller's thread). */
static gboolean
document_source (LtStore            *store,
                 gint64              id,
                 gboolean            draft,
                 gboolean            as_sent,
                 GBytes            **pdf,
                 LtDocumentContent **content,
                 GError            **error)
{
  *pdf = NULL;
  *content = NULL;

  if (!draft)
    {
      g_autoptr(GBytes) frozen = NULL;
      GError *local_error = NULL;

      frozen = lt_store_get_frozen_pdf (store, id, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      /* signed: the PDF as sent, its bytes kept, with the signature date
       * stamped after them (issue 12) */
      if (frozen != NULL && !as_sent)
        {
          g_autoptr(LtDocument) document = lt_store_get_document (store, id, error);

          if (document == NULL)
            return FALSE;
          if (lt_document_get_signed_on (document) != NULL)
            return (*pdf = lt_pdf_stamp_signature (frozen, lt_document_get_signed_on (document), error)) != NULL;
        }
      if (frozen != NULL)
        {
          *pdf = g_steal_pointer (&frozen);
          return TRUE;
        }
    }

  *content = lt_store_get_document_content (store, id, error);
  if (*content == NULL)
    return FALSE;
  if (lt_document_get_state ((*content)->document) == LT_DOCUMENT_STATE_SIGNED && !draft)
    g_printerr (_("This signed document has no frozen PDF: it is rendered from the current data.\n"));

  return TRUE;
}

/* The bytes of one document (see document_source). */
static GBytes *
document_bytes (LtStore   *store,
                gint64     id,
                gboolean   draft,
                gboolean   as_sent,
                GError   **error)
{
  g_autoptr(LtDocumentContent) content = NULL;
  GBytes *pdf = NULL;

  if (!document_source (store, id, draft, as_sent, &pdf, &content, error))
    return NULL;
  if (pdf != NULL)
    return pdf;

  return lt_pdf_render_document (content, NULL, error);
}

/* The ids of every draft, oldest first. */
static GArray *
draft_ids (LtStore *store)
{
  g_autoptr(GListModel) documents = lt_store_list_documents (store, 0);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = g_list_model_get_n_items (documents);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LtDocument) document = g_list_model_get_item (documents, i);

      if (lt_document_get_state (document) == LT_DOCUMENT_STATE_DRAFT)
        {
          gint64 id = lt_document_get_id (document);

          g_array_append_val (ids, id);
        }
    }

  return ids;
}

/* One document of a batch: read on the main thread, rendered by a worker
 * of the pool (or at once with one job), written on the main thread in the
 * order given. */
typedef struct {
  gint64             id;
  char              *path;    /* NULL: the document could not be read */
  LtDocumentContent *content; /* what a worker renders; NULL once rendered */
  GBytes            *pdf;
  GError            *error;
  gboolean           done;
} BatchJob;

typedef struct {
  GMutex lock;
  GCond  done;
} BatchSync;

static void
batch_job_free (gpointer data)
{
  BatchJob *job = data;

  g_free (job->path);
  g_clear_pointer (&job->content, lt_document_content_free);
  g_clear_pointer (&job->pdf, g_bytes_unref);
  g_clear_error (&job->error);
  g_free (job);
}

static void
batch_render (BatchJob  *job,
              BatchSync *sync)
{
  GError *error = NULL;
  GBytes *pdf = lt_pdf_render_document (job->content, NULL, &error);

  g_clear_pointer (&job->content, lt_document_content_free);
  g_mutex_lock (&sync->lock);
  job->pdf = pdf;
  job->error = error;
  job->done = TRUE;
  g_cond_broadcast (&sync->done);
  g_mutex_unlock (&sync->lock);
}

/* Reads document @id into a job; one that needs rendering goes to @pool,
 * or is rendered now without one. */
static BatchJob *
batch_start (LtStore     *store,
             gint64       id,
             const char  *dir,
             gboolean     draft,
             gboolean     as_sent,
             GThreadPool *pool,
             BatchSync   *sync)
{
  BatchJob *job = g_new0 (BatchJob, 1);
  g_autoptr(LtDocument) document = lt_store_get_document (store, id, &job->error);
  g_autofree char *name = NULL;

  job->id = id;
  job->done = TRUE;
  if (document == NULL)
    return job;

  name = g_strdup_printf ("%s-%" G_GINT64_FORMAT ".pdf",
                          lt_enum_to_nick (LT_TYPE_DOCUMENT_KIND, lt_document_get_kind (document)), id);
  job->path = g_build_filename (dir, name, NULL);
  if (!document_source (store, id, draft, as_sent, &job->pdf, &job->content, &job->error) ||
      job->content == NULL)
    return job;

  if (pool == NULL)
    batch_render (job, sync);
  else
    {
      job->done = FALSE;
      g_thread_pool_push (pool, job, NULL);
    }

  return job;
}

/* Waits for @job, writes its PDF and says so (or why not): FALSE when it failed. */
static gboolean
batch_finish (BatchJob  *job,
              BatchSync *sync)
{
  g_mutex_lock (&sync->lock);
  while (!job->done)
    g_cond_wait (&sync->done, &sync->lock);
  g_mutex_unlock (&sync->lock);

  if (job->pdf == NULL || !write_output (job->path, job->pdf, &job->error))
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, job->id);

      /* TRANSLATORS: the document's number, then why it failed */
      g_printerr (_("Document %s: %s\n"), number, job->error->message);
      return FALSE;
    }
  g_print ("%s\n", job->path);

  return TRUE;
}

/* Many documents in one process, each into DIR as « KIND-ID.pdf »: one
 * that fails is said on stderr and the others are still written. With
 * @jobs > 1, that many documents are rendered at a time on worker threads
 * (each with its own Pango font map); the store is read on this thread and
 * the files come out the same, in the same order. */
static gboolean
render_batch (LtStore     *store,
              GArray      *ids,
              const char  *dir,
              gboolean     draft,
              gboolean     as_sent,
              guint        jobs,
              GError     **error)
{
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func (batch_job_free);
  GThreadPool *pool = NULL;
  BatchSync sync;
  guint failed = 0;

  if (g_mkdir_with_parents (dir, 0755) != 0 || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("The folder %s could not be made (%s): give a folder where the PDFs can be written."),
                   dir, g_strerror (saved));
      return FALSE;
    }

  g_mutex_init (&sync.lock);
  g_cond_init (&sync.done);
  jobs = MIN (jobs, ids->len);
  if (jobs > 1)
    pool = g_thread_pool_new ((GFunc) batch_render, &sync, (int) jobs, TRUE, NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      g_ptr_array_add (pending, batch_start (store, g_array_index (ids, gint64, i), dir,
                                             draft, as_sent, pool, &sync));
      /* a few documents ahead of the one written, not the whole batch in memory */
      while (pending->len > 2 * MAX (jobs, 1) || (i + 1 == ids->len && pending->len > 0))
        {
          if (!batch_finish (g_ptr_array_index (pending, 0), &sync))
            failed++;
          g_ptr_array_remove_index (pending, 0);
        }
    }

  if (pool != NULL)
    g_thread_pool_free (pool, FALSE, TRUE);
  g_cond_clear (&sync.done);
  g_mutex_clear (&sync.lock);

  if (failed > 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_RENDER,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u document of %u could not be rendered: see the messages above.",
                                "%u documents of %u could not be rendered: see the messages above.",
                                failed),
                   failed, ids->len);
      return FALSE;
    }

  return TRUE;
}

static gboolean
document_render (LtCli   *cli,
                 int      argc,
                 char   **argv,
                 GError **error)
{
  g_autofree char *output = NULL;
  gboolean draft = FALSE;
  gboolean all_drafts = FALSE;
  gboolean as_sent = FALSE;
  int jobs = G_MININT;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE (with several documents: into the folder DIR)"), N_("FILE|DIR") },
    { "draft", 0, 0, G_OPTION_ARG_NONE, &draft, N_("Render from the current data even when the document is signed"), NULL },
    { "all-drafts", 0, 0, G_OPTION_ARG_NONE, &all_drafts, N_("Render every draft into the folder DIR"), NULL },
    { "as-sent", 0, 0, G_OPTION_ARG_NONE, &as_sent, N_("A signed document: its PDF exactly as frozen when sent, without the signature date"), NULL },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, N_("With several documents, render N at a time (default: one per processor)"), N_("N") },
    { NULL }
  };
  g_autoptr(LtStore) store = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!lt_cli_parse (cli, entries, &argc, &argv, error) ||
      !lt_cli_expect_args (cli, argc, all_drafts ? 0 : 1, G_MAXINT, error))
    return FALSE;
  for (int i = 1; i < argc; i++)
    {
      gint64 id;

      if (!lt_cli_parse_id (argv[i], &id, error))
        return FALSE;
      g_array_append_val (ids, id);
    }
  if (jobs != G_MININT && jobs < 1)
    return lt_cli_usage_error (error, _("--jobs needs a number of documents at a time, 1 or more."));
  if (output == NULL)
    return lt_cli_usage_error (error, ids->len > 1 || all_drafts
                                      ? _("Say in which folder to write the PDFs with -o DIR.")
                                      : _("Say where to write the PDF with -o FILE.pdf."));
  if (!(store = lt_cli_open_existing_store (cli, error)))
    return FALSE;

  if (all_drafts)
    {
      g_autoptr(GArray) drafts = draft_ids (store);

      g_array_append_vals (ids, drafts->data, drafts->len);
      if (drafts->len == 0)
        g_printerr (_("There is no draft to render.\n"));
    }
  if (ids->len > 1 || all_drafts)
    {
      if (g_file_test (output, G_FILE_TEST_EXISTS) && !g_file_test (output, G_FILE_TEST_IS_DIR))
        return lt_cli_usage_error (error, _("With several documents, -o names a folder: %s is a file."), output);
      return render_batch (store, ids, output, draft, as_sent,
                           jobs != G_MININT ? (guint) jobs : g_get_num_processors (), error);
    }

  pdf = document_bytes (store, g_array_index (ids, gint64, 0), draft, as_sent, error);
  if (pdf == NULL || !write_output (output, pdf, error))
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
  { "document", "render", N_("ID… -o FILE.pdf|DIR [--draft] [--as-sent] [--all-drafts] [--jobs N]"), N_("Write documents as PDF (a signed one: its frozen PDF); several, or every draft, into a folder"), document_render },
  { "document", "check", N_("[--json] ID"), N_("List what a document lacks before it can be sent"), document_check },
};
LT_CLI_REGISTER (document_render_commands)
