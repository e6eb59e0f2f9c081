/* store-crud-fixtures.h: a fresh database and a small cabinet for the store CRUD tests */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gstdio.h>
#include <string.h>

#include "lettrine-core.h"
#include "lt-store-affaires.h"
#include "lt-store-catalogue.h"
#include "lt-store-documents.h"
#include "lt-store-private.h"
#include "lt-store-projects.h"

typedef struct {
  char    *dir;
  char    *path;
  LtStore *store;
} Fixture;

static inline void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("lt-store-crud-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "crud.db", NULL);
  fixture->store = lt_store_open (fixture->path, &error);
  g_assert_no_error (error);
}

static inline void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);

  g_assert_finalize_object (fixture->store);
  g_remove (fixture->path);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static inline void
assert_refused (gboolean     ok,
                GError      *error,
                int          code,
                const char  *fragment)
{
  g_assert_false (ok);
  g_assert_error (error, LT_ERROR, code);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” not in “%s”", fragment, error->message);
}

static inline int
count_rows (LtStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = lt_store_prepare (store, sql, NULL);
  int n;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return n;
}

/* A small cabinet, built through the CRUD: every table gets a row. */
typedef struct {
  LtStaff        *staff;
  LtAffaire      *affaire;
  LtContact      *contact;
  LtCategory     *category;
  LtPrestation   *prestation;
  LtStep         *step_a;
  LtStep         *step_b;
  LtStepLink     *step_link;
  LtTerms        *terms;
  LtDocument     *document;
  LtDocumentLine *line;
  LtProject      *project;
  LtAssignment   *assignment;
  LtTask         *request;
  LtTask         *task;
} Cabinet;

static inline void
cabinet_clear (Cabinet *c)
{
  g_clear_object (&c->staff);
  g_clear_object (&c->affaire);
  g_clear_object (&c->contact);
  g_clear_object (&c->category);
  g_clear_object (&c->prestation);
  g_clear_object (&c->step_a);
  g_clear_object (&c->step_b);
  g_clear_object (&c->step_link);
  g_clear_object (&c->terms);
  g_clear_object (&c->document);
  g_clear_object (&c->line);
  g_clear_object (&c->project);
  g_clear_object (&c->assignment);
  g_clear_object (&c->request);
  g_clear_object (&c->task);
}

static inline void
cabinet_build (LtStore *store,
               Cabinet *c)
{
  g_autoptr(GError) error = NULL;
  GBytes *pdf;

  c->staff = g_object_new (LT_TYPE_STAFF, "name", "Claire Lemaire", "email", "claire@lemaire.fr",
                           "weekly-hours", 39, NULL);
  g_assert_true (lt_store_add_staff (store, c->staff, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lt_staff_get_id (c->staff), >, 0);
  g_assert_cmpint (lt_staff_get_revision (c->staff), ==, 1);

  c->affaire = g_object_new (LT_TYPE_AFFAIRE, "name", "Boulangerie Dupré", "siren", "552 100 554",
                             "state", LT_AFFAIRE_STATE_CLIENT, "city", "Lyon",
                             "letter-outside-date", "2024-12-20", "letter-outside-reference", "LM-2024-12",
                             "legal-form", "SARL", "fiscal-year-end", "06-30",
                             "lcbft-identified-on", "2025-01-15",
                             "lcbft-identified-by", lt_staff_get_id (c->staff),
                             "vigilance", LT_VIGILANCE_REINFORCED, NULL);
  g_assert_true (lt_store_add_affaire (store, c->affaire, &error));
  g_assert_no_error (error);
  /* Stored without the spaces typed. */
  g_assert_cmpstr (lt_affaire_get_siren (c->affaire), ==, "552100554");
  g_assert_nonnull (lt_affaire_get_created_at (c->affaire));

  c->contact = g_object_new (LT_TYPE_CONTACT, "affaire-id", lt_affaire_get_id (c->affaire),
                             "name", "Marc Dupré", "role", "Gérant", "is-signatory", TRUE, NULL);
  g_assert_true (lt_store_add_contact (store, c->contact, &error));
  g_assert_no_error (error);

  c->category = g_object_new (LT_TYPE_CATEGORY, "name", "Comptabilité", "position", 2, NULL);
  g_assert_true (lt_store_add_category (store, c->category, &error));
  g_assert_no_error (error);

  c->prestation = g_object_new (LT_TYPE_PRESTATION, "name", "Tenue comptable",
                                "category-id", lt_category_get_id (c->category),
                                "price-cents", (gint64)120000, "recurrence", LT_RECURRENCE_MONTHLY,
                                NULL);
  g_assert_true (lt_store_add_prestation (store, c->prestation, &error));
  g_assert_no_error (error);
  /* A first version starts its family. */
  g_assert_cmpint (lt_prestation_get_family_id (c->prestation), ==, lt_prestation_get_id (c->prestation));

  c->step_a = g_object_new (LT_TYPE_STEP, "prestation-id", lt_prestation_get_id (c->prestation),
                            "kind", LT_STEP_KIND_REQUEST, "title", "Relevés bancaires",
                            "delay-days", 10, "x", 12.5, "y", -3.0, NULL);
  c->step_b = g_object_new (LT_TYPE_STEP, "prestation-id", lt_prestation_get_id (c->prestation),
                            "title", "Saisie", "position", 1, NULL);
  g_assert_true (lt_store_add_step (store, c->step_a, &error));
  g_assert_true (lt_store_add_step (store, c->step_b, &error));
  g_assert_no_error (error);

  c->step_link = g_object_new (LT_TYPE_STEP_LINK, "from-step-id", lt_step_get_id (c->step_a),
                               "to-step-id", lt_step_get_id (c->step_b), "lag-days", 2, NULL);
  g_assert_true (lt_store_add_step_link (store, c->step_link, &error));
  g_assert_no_error (error);

  c->terms = g_object_new (LT_TYPE_TERMS, "version", "2025-1", "effective-on", "2025-01-01",
                           "body", "Conditions générales.", NULL);
  g_assert_true (lt_store_add_terms (store, c->terms, &error));
  g_assert_no_error (error);

  pdf = g_bytes_new_static ("%PDF-1.5\n\0binary", 16);
  c->document = g_object_new (LT_TYPE_DOCUMENT, "affaire-id", lt_affaire_get_id (c->affaire),
                              "kind", LT_DOCUMENT_KIND_LETTRE_DE_MISSION,
                              "state", LT_DOCUMENT_STATE_SIGNED, "title", "Lettre de mission 2025",
                              "terms-id", lt_terms_get_id (c->terms), "sent-on", "2025-01-20",
                              "signed-on", "2025-01-25", "pdf", pdf, "pdf-sha256", "abc123", NULL);
  g_bytes_unref (pdf);
  g_assert_true (lt_store_add_document (store, c->document, &error));
  g_assert_no_error (error);

  c->line = g_object_new (LT_TYPE_DOCUMENT_LINE, "document-id", lt_document_get_id (c->document),
                          "prestation-id", lt_prestation_get_id (c->prestation),
                          "label", "Tenue comptable", "price-cents", (gint64)120000,
                          "recurrence", LT_RECURRENCE_MONTHLY, NULL);
  g_assert_true (lt_store_add_document_line (store, c->line, &error));
  g_assert_no_error (error);

  c->project = g_object_new (LT_TYPE_PROJECT, "affaire-id", lt_affaire_get_id (c->affaire),
                             "name", "Exercice 2025", "start-date", "2025-02-01",
                             "end-date", "2026-01-31", "staff-id", lt_staff_get_id (c->staff), NULL);
  g_assert_true (lt_store_add_project (store, c->project, &error));
  g_assert_no_error (error);

  c->assignment = g_object_new (LT_TYPE_ASSIGNMENT, "project-id", lt_project_get_id (c->project),
                                "prestation-id", lt_prestation_get_id (c->prestation),
                                "start-date", "2025-02-01", "end-date", "2025-12-31",
                                "price-cents", (gint64)100, NULL);
  g_assert_true (lt_store_add_assignment (store, c->assignment, &error));
  g_assert_no_error (error);

  c->request = g_object_new (LT_TYPE_TASK, "affaire-id", lt_affaire_get_id (c->affaire),
                             "project-id", lt_project_get_id (c->project),
                             "assignment-id", lt_assignment_get_id (c->assignment),
                             "step-id", lt_step_get_id (c->step_a), "kind", LT_STEP_KIND_REQUEST,
                             "title", "Relevés bancaires", "period", "2025-02",
                             "delay-days", 10, "start-date", "2025-02-03", "due-date", "2025-02-14",
                             NULL);
  g_assert_true (lt_store_add_task (store, c->request, &error));
  g_assert_no_error (error);

  c->task = g_object_new (LT_TYPE_TASK, "affaire-id", lt_affaire_get_id (c->affaire),
                          "project-id", lt_project_get_id (c->project),
                          "assignment-id", lt_assignment_get_id (c->assignment),
                          "step-id", lt_step_get_id (c->step_b), "title", "Saisie",
                          "staff-id", lt_staff_get_id (c->staff),
                          "start-date", "2025-12-01", "due-date", "2026-01-10", NULL);
  g_assert_true (lt_store_add_task (store, c->task, &error));
  g_assert_no_error (error);
}
