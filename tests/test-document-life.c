/* test-document-life.c: a document's dates, frozen PDF and number — sent on a day, signed on a day, numbered without gaps */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <poppler.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lettrine-core.h"
#include "lt-pdf-renderer.h"
#include "lt-pdf-signature.h"
#include "lt-pdf-template.h"
#include "lt-store-affaires.h"
#include "lt-store-catalogue-ops.h"
#include "lt-store-catalogue.h"
#include "lt-store-check.h"
#include "lt-store-demo.h"
#include "lt-store-document-ops.h"
#include "lt-store-documents.h"
#include "lt-store-pdf.h"
#include "lt-store.h"

#include "pdf-text-fixtures.h"
#include "store-fixtures.h"

/* In the demo cabinet: a client (Boulangerie Martin) and a prospect
 * (Menuiserie Chabert); prestation 3 is monthly, 4 yearly. */
#define CLIENT_ID   1
#define PROSPECT_ID 8

typedef struct {
  char    *dir;
  char    *path;
  LtStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = store_fixture_open ("lettrine-life-XXXXXX", &f->dir, &f->path);
  lt_store_set_pdf_renderer (f->store, pdf_fixture_render, NULL);
  g_assert_true (lt_store_load_demo (f->store, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  store_fixture_close (f->store, f->dir, f->path);
}

/* A draft of @kind for @affaire_id with prestation 3 (and 4 when @two). */
static gint64
draft (LtStore        *store,
       gint64          affaire_id,
       LtDocumentKind  kind,
       gboolean        two)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LtDocument) doc = NULL;
  LtDocumentLine *line = lt_document_line_new ();

  lt_document_line_set_prestation_id (line, kind == LT_DOCUMENT_KIND_BON_D_INTERVENTION ? 2 : 3);
  lt_document_line_set_price_cents (line, -1);
  g_ptr_array_add (lines, line);
  if (two)
    {
      line = lt_document_line_new ();
      lt_document_line_set_prestation_id (line, 4);
      lt_document_line_set_price_cents (line, -1);
      g_ptr_array_add (lines, line);
    }
  doc = lt_store_document_create_with_lines (store, affaire_id, kind, lines, &error);
  g_assert_no_error (error);
  return lt_document_get_id (doc);
}

static LtDocument *
get (LtStore *store,
     gint64   id)
{
  g_autoptr(GError) error = NULL;
  LtDocument *doc = lt_store_get_document (store, id, &error);

  g_assert_no_error (error);
  return doc;
}

static char *
year_of (const char *iso)
{
  return g_strndup (iso, 4);
}

/* The letter carries the day it is sent, not the day it was drafted; a
 * draft carries today, the day it would be sent. */
static void
test_letter_date (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocumentOutcome) outcome = NULL;
  g_autoptr(LtDocumentContent) content = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GBytes) frozen = NULL;
  g_autoptr(LtDocument) doc = NULL;
  g_autofree char *today = lt_date_today ();
  g_autofree char *today_words = NULL;
  g_autofree char *text = NULL;
  gint64 id = draft (f->store, PROSPECT_ID, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, TRUE);
  GDate date;

  /* the draft: today's date, no number, « PROJET » */
  content = lt_store_get_document_content (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (lt_document_content_is_draft (content));
  pdf = lt_pdf_render_document (content, NULL, &error);
  g_assert_no_error (error);
  text = pdf_fixture_text (pdf);
  g_assert_true (lt_date_from_iso (today, &date));
  today_words = lt_pdf_format_date (today);
  g_assert_nonnull (strstr (text, today_words));
  g_assert_nonnull (strstr (text, "PROJET"));
  g_assert_null (strstr (text, "OS-"));

  /* sent on 15/01/2025: the letter says so, whatever today is */
  outcome = lt_store_document_send_on (f->store, id, "2025-01-15", &error);
  g_assert_no_error (error);
  doc = get (f->store, id);
  g_assert_cmpstr (lt_document_get_sent_on (doc), ==, "2025-01-15");
  frozen = lt_store_get_frozen_pdf (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (frozen);
  g_clear_pointer (&text, g_free);
  text = pdf_fixture_text (frozen);
  g_assert_nonnull (strstr (text, "le 15 janvier 2025"));
  if (g_strcmp0 (today, "2025-01-15") != 0)
    g_assert_null (strstr (text, today_words));
  g_assert_nonnull (strstr (text, "OS-2025-0001"));
  g_assert_null (strstr (text, "PROJET"));

  /* a sending date in the future is refused, with the reason */
  {
    g_autoptr(LtDocumentOutcome) refused = NULL;
    gint64 other = draft (f->store, PROSPECT_ID, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, FALSE);

    refused = lt_store_document_send_on (f->store, other, "2199-01-01", &error);
    g_assert_null (refused);
    g_assert_error (error, LT_ERROR, LT_ERROR_DATE_IN_FUTURE);
    g_clear_error (&error);
    g_clear_object (&doc);
    doc = get (f->store, other);
    g_assert_true (lt_document_is_draft (doc));
    g_assert_null (lt_document_get_number (doc));
  }
}

/* Signing on a day: not before the sending, not in the future; recorded. */
static void
test_sign_on (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocumentOutcome) sent = NULL;
  g_autoptr(LtDocumentOutcome) outcome = NULL;
  g_autoptr(LtDocument) doc = NULL;
  gint64 id = draft (f->store, PROSPECT_ID, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, TRUE);

  sent = lt_store_document_send_on (f->store, id, "2025-01-15", &error);
  g_assert_no_error (error);

  g_assert_null (lt_store_document_sign_on (f->store, id, "2025-01-14", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DATE_TOO_EARLY);
  g_assert_nonnull (strstr (error->message, "14/01/2025"));
  g_assert_nonnull (strstr (error->message, "15/01/2025"));
  g_clear_error (&error);

  g_assert_null (lt_store_document_sign_on (f->store, id, "2199-12-31", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_DATE_IN_FUTURE);
  g_clear_error (&error);

  g_assert_null (lt_store_document_sign_on (f->store, id, "2025-02-30", &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_INVALID_DATE);
  g_clear_error (&error);

  doc = get (f->store, id);
  g_assert_cmpint (lt_document_get_state (doc), ==, LT_DOCUMENT_STATE_SENT);
  g_assert_null (lt_document_get_signed_on (doc));

  outcome = lt_store_document_sign_on (f->store, id, "2025-01-20", &error);
  g_assert_no_error (error);
  g_assert_nonnull (outcome);
  g_clear_object (&doc);
  doc = get (f->store, id);
  g_assert_cmpint (lt_document_get_state (doc), ==, LT_DOCUMENT_STATE_SIGNED);
  g_assert_cmpstr (lt_document_get_signed_on (doc), ==, "2025-01-20");

  /* the same day as the sending is fine */
  {
    g_autoptr(LtDocumentOutcome) s2 = NULL;
    g_autoptr(LtDocumentOutcome) o2 = NULL;
    gint64 other = draft (f->store, CLIENT_ID, LT_DOCUMENT_KIND_BON_D_INTERVENTION, FALSE);

    s2 = lt_store_document_send_on (f->store, other, "2025-03-03", &error);
    g_assert_no_error (error);
    o2 = lt_store_document_sign_on (f->store, other, "2025-03-03", &error);
    g_assert_no_error (error);
  }
}

/* Frozen as sent: a firm setting changed between sending and signing does
 * not change the signed letter. */
static void
test_frozen_as_sent (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocumentOutcome) sent = NULL;
  g_autoptr(LtDocumentOutcome) signed_ = NULL;
  g_autoptr(GBytes) at_sending = NULL;
  g_autoptr(GBytes) at_signature = NULL;
  g_autoptr(GBytes) redrawn = NULL;
  g_autoptr(LtDocumentContent) content = NULL;
  g_autoptr(LtFirm) firm = NULL;
  g_autoptr(LtDocument) before = NULL;
  g_autoptr(LtDocument) after = NULL;
  g_autofree char *text = NULL;
  g_autofree char *checksum = NULL;
  gint64 id = draft (f->store, PROSPECT_ID, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, TRUE);

  /* a draft is not frozen */
  g_assert_null (lt_store_get_frozen_pdf (f->store, id, &error));
  g_assert_no_error (error);

  sent = lt_store_document_send_on (f->store, id, "2025-01-15", &error);
  g_assert_no_error (error);
  at_sending = lt_store_get_frozen_pdf (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (at_sending);
  before = get (f->store, id);
  checksum = lt_store_pdf_checksum (at_sending);
  g_assert_cmpstr (lt_document_get_pdf_sha256 (before), ==, checksum);

  /* the cabinet moves between sending and signing */
  firm = lt_store_get_firm (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lt_firm_get_city (firm), !=, "Montbrison-sur-Lignon");
  lt_firm_set_city (firm, "Montbrison-sur-Lignon");
  g_assert_true (lt_store_update_firm (f->store, firm, &error));
  g_assert_no_error (error);

  signed_ = lt_store_document_sign_on (f->store, id, "2025-01-20", &error);
  g_assert_no_error (error);
  at_signature = lt_store_get_frozen_pdf (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (at_signature, at_sending));
  after = get (f->store, id);
  g_assert_cmpstr (lt_document_get_pdf_sha256 (after), ==, checksum);
  text = pdf_fixture_text (at_signature);
  g_assert_null (strstr (text, "Montbrison-sur-Lignon"));

  /* what the current data would print has moved: the test can fail */
  content = lt_store_get_document_content (f->store, id, &error);
  g_assert_no_error (error);
  redrawn = lt_pdf_render_document (content, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = pdf_fixture_text (redrawn);
  g_assert_nonnull (strstr (text, "Montbrison-sur-Lignon"));

  /* the signed PDF: the bytes as sent, then the signature date stamped in
   * the client's block by an incremental update */
  {
    g_autoptr(GBytes) stamped = lt_pdf_stamp_signature (at_signature, lt_document_get_signed_on (after), &error);
    g_autoptr(GBytes) prefix = NULL;
    g_autofree char *prefix_sum = NULL;
    PopplerDocument *pdoc;
    gboolean dated = FALSE;

    g_assert_no_error (error);
    g_assert_true (lt_pdf_starts_with (stamped, at_sending));
    g_assert_cmpuint (g_bytes_get_size (stamped), >, g_bytes_get_size (at_sending));
    prefix = g_bytes_new_from_bytes (stamped, 0, g_bytes_get_size (at_sending));
    prefix_sum = lt_store_pdf_checksum (prefix);
    g_assert_cmpstr (prefix_sum, ==, checksum);

    pdoc = poppler_document_new_from_bytes (stamped, NULL, &error);
    g_assert_no_error (error);
    for (int i = 0; i < poppler_document_get_n_pages (pdoc); i++)
      {
        PopplerPage *page = poppler_document_get_page (pdoc, i);
        GList *annots = poppler_page_get_annot_mapping (page);

        for (GList *l = annots; l != NULL; l = l->next)
          {
            PopplerAnnotMapping *m = l->data;
            g_autofree char *contents = poppler_annot_get_contents (m->annot);

            if (g_strcmp0 (contents, "Signé le 20 janvier 2025") == 0 &&
                (poppler_annot_get_flags (m->annot) & POPPLER_ANNOT_FLAG_PRINT) != 0)
              dated = TRUE;
          }
        poppler_page_free_annot_mapping (annots);
        g_object_unref (page);
      }
    g_object_unref (pdoc);
    g_assert_true (dated);
  }
}

/* `check` names a document whose frozen PDF was altered in the database. */
static void
test_check_altered (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocumentOutcome) sent = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(LtDocument) doc = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GBytes) frozen = NULL;
  g_autofree guint8 *copy = NULL;
  gsize size;
  gint64 id = draft (f->store, PROSPECT_ID, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, TRUE);
  gboolean named = FALSE;

  sent = lt_store_document_send_on (f->store, id, "2025-01-15", &error);
  g_assert_no_error (error);
  problems = lt_store_check (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* someone edits the database behind the app's back: one bit in the middle */
  frozen = lt_store_get_frozen_pdf (f->store, id, &error);
  g_assert_no_error (error);
  size = g_bytes_get_size (frozen);
  copy = g_memdup2 (g_bytes_get_data (frozen, NULL), size);
  copy[size / 2] ^= 0x01;
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "UPDATE documents SET pdf = ? WHERE id = ?", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_blob64 (stmt, 1, copy, size, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  doc = get (f->store, id);
  problems = lt_store_check (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  for (guint i = 0; i < problems->len; i++)
    if (strstr (g_ptr_array_index (problems, i), lt_document_get_number (doc)) != NULL &&
        strstr (g_ptr_array_index (problems, i), "SHA-256") != NULL)
      named = TRUE;
  g_assert_true (named);

  g_assert_null (lt_store_get_frozen_pdf (f->store, id, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_PDF_TAMPERED);
}

/* Numbers per kind and year, in order of sending, no gap after a refused
 * sending; drafts have none. */
static void
test_numbering (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = lt_date_today ();
  g_autofree char *year = year_of (today);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *old = NULL;
  g_autofree char *bon = NULL;
  gint64 a = draft (f->store, PROSPECT_ID, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, TRUE);
  gint64 b = draft (f->store, PROSPECT_ID, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, FALSE);
  gint64 empty = draft (f->store, PROSPECT_ID, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, FALSE);
  gint64 c = draft (f->store, PROSPECT_ID, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, FALSE);
  gint64 d = draft (f->store, CLIENT_ID, LT_DOCUMENT_KIND_BON_D_INTERVENTION, FALSE);
  gint64 kept = draft (f->store, PROSPECT_ID, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, FALSE);
  LtDocumentOutcome *outcome;
  g_autoptr(LtDocument) doc = NULL;


  /* the demo's offre, sent in 2026-10 by the demo, is OS-2026-0001 */
  {
    g_autoptr(LtDocument) demo = get (f->store, 7);

    g_assert_cmpint (lt_document_get_kind (demo), ==, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE);
    g_assert_nonnull (lt_document_get_number (demo));
  }

  outcome = lt_store_document_send (f->store, a, &error);
  g_assert_no_error (error);
  lt_document_outcome_free (outcome);
  outcome = lt_store_document_send (f->store, b, &error);
  g_assert_no_error (error);
  lt_document_outcome_free (outcome);

  /* a sending refused takes no number */
  {
    g_autoptr(GPtrArray) lines = lt_store_load_document_lines (f->store, empty, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < lines->len; i++)
      g_assert_true (lt_store_document_remove_line (f->store, lt_document_line_get_id (g_ptr_array_index (lines, i)), &error));
    g_assert_null (lt_store_document_send (f->store, empty, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }

  outcome = lt_store_document_send (f->store, c, &error);
  g_assert_no_error (error);
  lt_document_outcome_free (outcome);
  outcome = lt_store_document_send (f->store, d, &error);
  g_assert_no_error (error);
  lt_document_outcome_free (outcome);
  /* an earlier year has its own sequence */
  outcome = lt_store_document_send_on (f->store, kept, "2024-06-03", &error);
  g_assert_no_error (error);
  lt_document_outcome_free (outcome);

  {
    g_autoptr(LtDocument) da = get (f->store, a);
    g_autoptr(LtDocument) db = get (f->store, b);
    g_autoptr(LtDocument) dc = get (f->store, c);
    g_autoptr(LtDocument) dd = get (f->store, d);
    g_autoptr(LtDocument) dk = get (f->store, kept);
    g_autoptr(LtDocument) de = get (f->store, empty);
    g_autoptr(LtDocument) demo = get (f->store, 7);
    guint base = g_str_equal (year, "2026") ? 1 : 0; /* the demo's offre is of 2026 */
    g_autofree char *want_a = g_strdup_printf ("OS-%s-%04u", year, base + 1);
    g_autofree char *want_b = g_strdup_printf ("OS-%s-%04u", year, base + 2);
    g_autofree char *want_c = g_strdup_printf ("OS-%s-%04u", year, base + 3);
    g_autofree char *want_d = g_strdup_printf ("BI-%s-0001", year);

    g_assert_cmpstr (lt_document_get_number (da), ==, want_a);
    g_assert_cmpstr (lt_document_get_number (db), ==, want_b);
    g_assert_cmpstr (lt_document_get_number (dc), ==, want_c);
    g_assert_cmpstr (lt_document_get_number (dd), ==, want_d);
    g_assert_cmpstr (lt_document_get_number (dk), ==, "OS-2024-0001");
    g_assert_null (lt_document_get_number (de));
    g_assert_cmpstr (lt_document_get_number (demo), ==, "OS-2026-0001");
  }

  /* the demo's six signed letters, numbered in order of sending */
  doc = get (f->store, 2);   /* Garage Dufour, sent 2024-10-15 */
  g_assert_cmpstr (lt_document_get_number (doc), ==, "LM-2024-0001");
  g_clear_object (&doc);
  doc = get (f->store, 4);   /* Transports Rhône Express, sent 2024-12-03 */
  g_assert_cmpstr (lt_document_get_number (doc), ==, "LM-2024-0002");
  g_clear_object (&doc);
  doc = get (f->store, 1);   /* Boulangerie Martin, sent 2025-01-08 */
  g_assert_cmpstr (lt_document_get_number (doc), ==, "LM-2025-0001");

  first = lt_document_format_number (LT_DOCUMENT_KIND_LETTRE_DE_MISSION_SUBSTITUTIVE, 2026, 12);
  g_assert_cmpstr (first, ==, "LMS-2026-0012");
  second = lt_document_format_number (LT_DOCUMENT_KIND_AVENANT, 2027, 1);
  g_assert_cmpstr (second, ==, "AV-2027-0001");
  old = lt_document_format_number (LT_DOCUMENT_KIND_LETTRE_DE_MISSION, 2026, 10000);
  g_assert_cmpstr (old, ==, "LM-2026-10000");
  bon = lt_document_format_number (LT_DOCUMENT_KIND_BON_D_INTERVENTION, 2026, 7);
  g_assert_cmpstr (bon, ==, "BI-2026-0007");
}

/* Two processes sending at once never get the same number, and leave no
 * gap: BEGIN IMMEDIATE serialises them, the unique index would refuse a
 * duplicate. */
#define PER_CHILD 12

static void
test_two_processes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *year = NULL;
  LtStore *store;
  pid_t children[2];

  store = store_fixture_open_demo ("lettrine-life-2p-XXXXXX", &dir, &path);
  for (guint i = 0; i < 2 * PER_CHILD; i++)
    {
      gint64 id = draft (store, PROSPECT_ID, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, FALSE);

      g_array_append_val (ids, id);
    }
  g_object_unref (store);

  for (int c = 0; c < 2; c++)
    {
      children[c] = fork ();
      g_assert_cmpint (children[c], >=, 0);
      if (children[c] == 0)
        {
          LtStore *own = lt_store_open (path, NULL);
          int failures = 0;

          if (own == NULL)
            _exit (3);
          /* each child sends every other draft: they race for each rank */
          for (guint i = (guint) c; i < ids->len; i += 2)
            {
              LtDocumentOutcome *outcome = lt_store_document_send (own, g_array_index (ids, gint64, i), NULL);

              if (outcome == NULL)
                failures++;
              lt_document_outcome_free (outcome);
            }
          g_object_unref (own);
          _exit (failures == 0 ? 0 : 1);
        }
    }
  for (int c = 0; c < 2; c++)
    {
      int status = 0;

      g_assert_cmpint (waitpid (children[c], &status, 0), ==, children[c]);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
    }

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(LtDocument) doc = get (store, g_array_index (ids, gint64, i));
      const char *number = lt_document_get_number (doc);

      g_assert_nonnull (number);
      g_assert_false (g_hash_table_contains (seen, number));
      g_hash_table_add (seen, g_strdup (number));
      if (year == NULL)
        year = year_of (lt_document_get_sent_on (doc));
    }
  /* the demo's offre is OS-2026-0001: then the ranks run on without gap */
  {
    guint base = g_str_equal (year, "2026") ? 1 : 0;

    for (guint r = base + 1; r <= base + ids->len; r++)
      {
        g_autofree char *want = g_strdup_printf ("OS-%s-%04u", year, r);

        g_assert_true (g_hash_table_contains (seen, want));
      }
  }
  g_object_unref (store);
  store_fixture_remove (g_steal_pointer (&dir), g_steal_pointer (&path));
}

/* A database of schema 2 (0.1.0): its signed letter of 2024 is numbered by
 * the migration, its draft is not. */
static void
test_migration (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lettrine-life-mig-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "v2.db", NULL);
  g_autofree char *contents = NULL;
  gsize len;
  LtStore *store;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "fixtures", "lettrine-v2.db", NULL),
                                      &contents, &len, &error));
  g_assert_true (g_file_set_contents (path, contents, len, &error));
  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  {
    g_autoptr(LtDocument) letter = get (store, 1);
    g_autoptr(LtDocument) offre = get (store, 2);

    g_assert_cmpint (lt_document_get_state (letter), ==, LT_DOCUMENT_STATE_SIGNED);
    g_assert_cmpstr (lt_document_get_number (letter), ==, "LM-2024-0001");
    g_assert_null (lt_document_get_number (offre));
  }
  g_object_unref (store);
  store_fixture_remove (g_steal_pointer (&dir), g_steal_pointer (&path));
}

/* A document's text is French whatever the process's language. */
static void
test_french_titles (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtDocumentOutcome) sent = NULL;
  g_autoptr(LtDocument) offre = NULL;
  g_autoptr(LtDocument) bon = NULL;
  g_autoptr(GBytes) frozen = NULL;
  g_autofree char *text = NULL;
  gint64 id = draft (f->store, PROSPECT_ID, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE, TRUE);
  gint64 bon_id = draft (f->store, CLIENT_ID, LT_DOCUMENT_KIND_BON_D_INTERVENTION, FALSE);

  /* this process speaks English (main () below) */
  g_assert_cmpstr (lt_enum_to_label (LT_TYPE_DOCUMENT_KIND, LT_DOCUMENT_KIND_OFFRE_DE_SERVICE), ==, "Service offer");

  offre = get (f->store, id);
  g_assert_cmpstr (lt_document_get_title (offre), ==, "Offre de service");
  bon = get (f->store, bon_id);
  g_assert_cmpstr (lt_document_get_title (bon), ==, "Bon d’intervention");

  sent = lt_store_document_send_on (f->store, id, "2025-01-15", &error);
  g_assert_no_error (error);
  frozen = lt_store_get_frozen_pdf (f->store, id, &error);
  g_assert_no_error (error);
  text = pdf_fixture_text (frozen);
  g_assert_nonnull (strstr (text, "Offre de service"));
  g_assert_null (strstr (text, "Service offer"));
}

/* The annex « répartition des obligations »: the client's column in the
 * client's words (typed, or derived), with the délais announced. */
static void
test_annex_client_wording (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtPrestation) p = NULL;
  g_autoptr(LtStepGraph) graph = NULL;
  g_autoptr(LtGraphCommands) cmds = NULL;
  g_autoptr(LtDocumentContent) content = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LtDocument) doc = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  LtDocumentLine *line = lt_document_line_new ();
  gboolean versioned = FALSE;
  guint uid = 0;

  /* « Entrée en relation » (prestation 1): the statuts in the client's own words */
  p = lt_store_get_prestation (f->store, 1, &error);
  g_assert_no_error (error);
  graph = lt_store_catalogue_load_graph (f->store, 1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < lt_step_graph_get_n_nodes (graph); i++)
    if (g_str_equal (lt_step_graph_get_nth (graph, i)->title, "Demander les statuts"))
      uid = lt_step_graph_get_nth (graph, i)->uid;
  g_assert_cmpuint (uid, !=, 0);
  cmds = lt_graph_commands_new (graph);
  g_assert_true (lt_graph_commands_edit_client_title (cmds, uid, "Nous faire parvenir vos statuts à jour", &error));
  g_assert_no_error (error);
  g_assert_true (lt_store_catalogue_save_prestation (f->store, p, graph, &versioned, &error));
  g_assert_no_error (error);

  lt_document_line_set_prestation_id (line, lt_prestation_get_id (p));
  lt_document_line_set_price_cents (line, -1);
  g_ptr_array_add (lines, line);
  doc = lt_store_document_create_with_lines (f->store, PROSPECT_ID, LT_DOCUMENT_KIND_LETTRE_DE_MISSION, lines, &error);
  g_assert_no_error (error);

  content = lt_store_get_document_content (f->store, lt_document_get_id (doc), &error);
  g_assert_no_error (error);
  pdf = lt_pdf_render_document (content, NULL, &error);
  g_assert_no_error (error);
  text = pdf_fixture_text (pdf);
  g_assert_nonnull (strstr (text, "Nous faire parvenir vos statuts à jour"));
  g_assert_nonnull (strstr (text, "Transmettre le Kbis"));
  g_assert_null (strstr (text, "Demander les statuts"));
  g_assert_null (strstr (text, "Demander le Kbis"));
  /* the cabinet's tâches keep the cabinet's words */
  g_assert_nonnull (strstr (text, "Paramétrer le dossier"));
  /* the délais announced */
  g_assert_true (strstr (text, "5\u00a0jours ouvrés") != NULL || strstr (text, "5 jours ouvrés") != NULL);
  g_assert_nonnull (strstr (text, "Délai"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("lettrine-life-home-XXXXXX", NULL);

  /* run in English: the documents must still be French */
  g_setenv ("LANGUAGE", "en", TRUE);
  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/document-life/letter-date", Fixture, NULL, fixture_set_up, test_letter_date, fixture_tear_down);
  g_test_add ("/document-life/sign-on", Fixture, NULL, fixture_set_up, test_sign_on, fixture_tear_down);
  g_test_add ("/document-life/frozen-as-sent", Fixture, NULL, fixture_set_up, test_frozen_as_sent, fixture_tear_down);
  g_test_add ("/document-life/check-altered", Fixture, NULL, fixture_set_up, test_check_altered, fixture_tear_down);
  g_test_add ("/document-life/numbering", Fixture, NULL, fixture_set_up, test_numbering, fixture_tear_down);
  g_test_add ("/document-life/french-titles", Fixture, NULL, fixture_set_up, test_french_titles, fixture_tear_down);
  g_test_add ("/document-life/annex-client-wording", Fixture, NULL, fixture_set_up, test_annex_client_wording, fixture_tear_down);
  g_test_add_func ("/document-life/two-processes", test_two_processes);
  g_test_add_func ("/document-life/migration", test_migration);

  return g_test_run ();
}
