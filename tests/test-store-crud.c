/* test-store-crud.c: every entity round-trips; every rule and CHECK refuses with its code */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

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

static void
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

static void
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

/* Every property of @a equals that of @b (strings: NULL and "" alike). */
static void
assert_same_object (gpointer a,
                    gpointer b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n = 0;

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      if (!(pspecs[i]->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&va, pspecs[i]->value_type);
      g_value_init (&vb, pspecs[i]->value_type);
      g_object_get_property (a, pspecs[i]->name, &va);
      g_object_get_property (b, pspecs[i]->name, &vb);

      if (pspecs[i]->value_type == G_TYPE_STRING)
        {
          const char *sa = g_value_get_string (&va);
          const char *sb = g_value_get_string (&vb);

          if (g_strcmp0 (sa ? sa : "", sb ? sb : "") != 0)
            g_error ("%s.%s: “%s” ≠ “%s”", G_OBJECT_TYPE_NAME (a), pspecs[i]->name, sa, sb);
        }
      else if (pspecs[i]->value_type == G_TYPE_BYTES)
        {
          GBytes *ba = g_value_get_boxed (&va);
          GBytes *bb = g_value_get_boxed (&vb);

          g_assert_true ((ba == NULL) == (bb == NULL));
          if (ba != NULL)
            g_assert_true (g_bytes_equal (ba, bb));
        }
      else if (g_param_values_cmp (pspecs[i], &va, &vb) != 0)
        {
          g_autofree char *ca = g_strdup_value_contents (&va);
          g_autofree char *cb = g_strdup_value_contents (&vb);

          g_error ("%s.%s: %s ≠ %s", G_OBJECT_TYPE_NAME (a), pspecs[i]->name, ca, cb);
        }
    }
}

static void
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

static int
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

static void
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

static void
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

#define ROUND_TRIP(Type, getter, object) \
  G_STMT_START { \
    g_autoptr(GError) rt_error = NULL; \
    g_autoptr(Type) reread = getter (store, lt_store_row_id (G_OBJECT (object)), &rt_error); \
    g_assert_no_error (rt_error); \
    assert_same_object (object, reread); \
  } G_STMT_END

static gint64
lt_store_row_id (GObject *object)
{
  gint64 id = 0;

  g_object_get (object, "id", &id, NULL);
  return id;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  LtStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  g_autoptr(LtFirm) firm = NULL;
  g_autoptr(LtFirm) firm2 = NULL;
  g_autoptr(LtTask) reread = NULL;
  Cabinet c = { 0 };

  /* The firm exists from the start and updates in place. */
  firm = lt_store_get_firm (store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_firm_get_id (firm), ==, 1);
  g_object_set (firm, "name", "Cabinet Lemaire & Associés", "siren", "732 829 320",
                "ordre", "Conseil régional de l’Ordre de Lyon", "insurance", "MMA", NULL);
  g_assert_true (lt_store_update_firm (store, firm, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lt_firm_get_revision (firm), ==, 2);
  firm2 = lt_store_get_firm (store, &error);
  assert_same_object (firm, firm2);
  g_assert_cmpstr (lt_firm_get_siren (firm2), ==, "732829320");

  cabinet_build (store, &c);

  ROUND_TRIP (LtStaff, lt_store_get_staff, c.staff);
  ROUND_TRIP (LtAffaire, lt_store_get_affaire, c.affaire);
  ROUND_TRIP (LtContact, lt_store_get_contact, c.contact);
  ROUND_TRIP (LtStepLink, lt_store_get_step_link, c.step_link);
  ROUND_TRIP (LtStep, lt_store_get_step, c.step_a);
  ROUND_TRIP (LtStep, lt_store_get_step, c.step_b);
  ROUND_TRIP (LtTerms, lt_store_get_terms, c.terms);
  ROUND_TRIP (LtDocumentLine, lt_store_get_document_line, c.line);
  ROUND_TRIP (LtProject, lt_store_get_project, c.project);
  ROUND_TRIP (LtAssignment, lt_store_get_assignment, c.assignment);
  ROUND_TRIP (LtCategory, lt_store_get_category, c.category);

  /* Joined names come back with the row. */
  {
    g_autoptr(LtPrestation) p = lt_store_get_prestation (store, lt_prestation_get_id (c.prestation), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (lt_prestation_get_category_name (p), ==, "Comptabilité");
    g_assert_cmpint (lt_prestation_get_price_cents (p), ==, 120000);
    lt_prestation_set_category_name (c.prestation, "Comptabilité");
    assert_same_object (c.prestation, p);
  }
  {
    g_autoptr(LtDocument) d = lt_store_get_document (store, lt_document_get_id (c.document), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (lt_document_get_affaire_name (d), ==, "Boulangerie Dupré");
    g_assert_true (lt_document_has_pdf (d));
    lt_document_set_affaire_name (c.document, "Boulangerie Dupré");
    assert_same_object (c.document, d);
  }

  /* The task: display names, status and lateness are derived. */
  reread = lt_store_get_task (store, lt_task_get_id (c.task), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lt_task_get_affaire_name (reread), ==, "Boulangerie Dupré");
  g_assert_cmpstr (lt_task_get_prestation_name (reread), ==, "Tenue comptable");
  g_assert_cmpstr (lt_task_get_staff_name (reread), ==, "Claire Lemaire");
  g_assert_cmpstr (lt_task_get_project_name (reread), ==, "Exercice 2025");
  g_assert_true (lt_task_get_late (reread));   /* due 2026-01-10 after the assignment's end */
  g_assert_cmpint (lt_task_get_status (reread), ==, LT_TASK_STATUS_TODO);
  g_assert_cmpint (lt_task_get_delay_days (reread), ==, -1);
  g_object_set (c.task, "affaire-name", "Boulangerie Dupré", "prestation-name", "Tenue comptable",
                "staff-name", "Claire Lemaire", "project-name", "Exercice 2025", "late", TRUE, NULL);
  assert_same_object (c.task, reread);

  /* Optional values stay absent. */
  {
    g_autoptr(LtTask) r = lt_store_get_task (store, lt_task_get_id (c.request), &error);

    g_assert_no_error (error);
    g_assert_cmpint (lt_task_get_delay_days (r), ==, 10);
    g_assert_cmpint (lt_task_get_staff_id (r), ==, 0);
    g_assert_null (lt_task_get_done_on (r));
    g_assert_false (lt_task_get_late (r));
  }

  cabinet_clear (&c);
}

static void
test_update_delete (Fixture       *fixture,
                    gconstpointer  data)
{
  LtStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  Cabinet c = { 0 };

  cabinet_build (store, &c);

  lt_affaire_set_name (c.affaire, "Boulangerie Dupré et Fils");
  lt_affaire_set_city (c.affaire, "Villeurbanne");
  g_assert_true (lt_store_update_affaire (store, c.affaire, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lt_affaire_get_revision (c.affaire), ==, 2);
  ROUND_TRIP (LtAffaire, lt_store_get_affaire, c.affaire);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM affaires WHERE search_key = "
                                      "'boulangerie dupre et fils 552100554 villeurbanne'"), ==, 1);

  lt_task_set_title (c.task, "Saisie des écritures");
  lt_task_set_done_on (c.task, "2026-01-05");
  g_assert_true (lt_store_update_task (store, c.task, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM tasks WHERE search_key = 'saisie des ecritures'"), ==, 1);

  /* A delete names the revision it read too. */
  g_assert_false (lt_store_delete_contact (store, lt_contact_get_id (c.contact), 7, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_true (lt_store_delete_contact (store, lt_contact_get_id (c.contact),
                                          lt_contact_get_revision (c.contact), &error));
  g_assert_no_error (error);
  g_assert_null (lt_store_get_contact (store, lt_contact_get_id (c.contact), &error));
  assert_refused (FALSE, error, LT_ERROR_NOT_FOUND, "This contact no longer exists");
  g_clear_error (&error);

  /* Deleting again: it is gone, not a conflict. */
  g_assert_false (lt_store_delete_contact (store, lt_contact_get_id (c.contact), 1, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Updating what is gone. */
  g_assert_false (lt_store_update_contact (store, c.contact, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A catégorie still used by a prestation cannot go (ON DELETE RESTRICT). */
  g_assert_false (lt_store_delete_category (store, lt_category_get_id (c.category),
                                            lt_category_get_revision (c.category), &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_object_unref (lt_store_get_category (store, lt_category_get_id (c.category), NULL));

  /* Deleting an affaire removes what hangs from it. */
  g_assert_true (lt_store_delete_affaire (store, lt_affaire_get_id (c.affaire),
                                          lt_affaire_get_revision (c.affaire), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM tasks"), ==, 0);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM documents"), ==, 0);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM projects"), ==, 0);

  cabinet_clear (&c);
}

static void
record_change_cb (GPtrArray     *seen,
                  const char    *table,
                  gint64         id,
                  LtStoreChange  change)
{
  g_ptr_array_add (seen, g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, id));
}

static void
test_task_status (Fixture       *fixture,
                  gconstpointer  data)
{
  LtStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  g_autoptr(LtTask) t = NULL;
  g_autoptr(LtTask) r = NULL;
  gint64 link_id = 0, from = 0, to = 0;
  g_autoptr(GArray) ids = NULL;
  int lag = -1;
  Cabinet c = { 0 };

  cabinet_build (store, &c);

  g_assert_true (lt_store_add_task_link (store, lt_task_get_id (c.request), lt_task_get_id (c.task),
                                         3, &link_id, &error));
  g_assert_no_error (error);
  g_assert_true (lt_store_get_task_link (store, link_id, &from, &to, &lag, &error));
  g_assert_cmpint (from, ==, lt_task_get_id (c.request));
  g_assert_cmpint (to, ==, lt_task_get_id (c.task));
  g_assert_cmpint (lag, ==, 3);
  ids = lt_store_get_task_link_ids (store, lt_task_get_id (c.task), FALSE, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, link_id);

  /* A tâche after an unanswered demande waits for the client. */
  t = lt_store_get_task (store, lt_task_get_id (c.task), &error);
  g_assert_cmpint (lt_task_get_status (t), ==, LT_TASK_STATUS_WAITING_CLIENT);
  g_clear_object (&t);

  /* The demande sent: still waiting; the demande itself is "sent". */
  r = lt_store_get_task (store, lt_task_get_id (c.request), &error);
  lt_task_set_sent_on (r, "2025-02-03");
  g_assert_true (lt_store_update_task (store, r, &error));
  g_assert_no_error (error);
  g_clear_object (&r);
  r = lt_store_get_task (store, lt_task_get_id (c.request), &error);
  g_assert_cmpint (lt_task_get_status (r), ==, LT_TASK_STATUS_SENT);
  t = lt_store_get_task (store, lt_task_get_id (c.task), &error);
  g_assert_cmpint (lt_task_get_status (t), ==, LT_TASK_STATUS_WAITING_CLIENT);
  g_clear_object (&t);

  /* Its successor's status follows: said by LtStore::changed. */
  {
    GPtrArray *seen = g_ptr_array_new_with_free_func (g_free);
    g_autofree char *successor = g_strdup_printf ("tasks:%" G_GINT64_FORMAT, lt_task_get_id (c.task));

    g_signal_connect_swapped (store, "changed", G_CALLBACK (record_change_cb), seen);
    lt_task_set_answered_on (r, "2025-02-09");
    g_assert_true (lt_store_update_task (store, r, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (seen->len, ==, 2);
    g_assert_cmpstr (seen->pdata[1], ==, successor);
    g_signal_handlers_disconnect_by_data (store, seen);
    g_ptr_array_unref (seen);
    lt_task_set_answered_on (r, NULL);
    g_assert_true (lt_store_update_task (store, r, &error));
  }

  /* Answered: the demande is done and the tâche can start. */
  lt_task_set_answered_on (r, "2025-02-10");
  g_assert_true (lt_store_update_task (store, r, &error));
  g_clear_object (&r);
  r = lt_store_get_task (store, lt_task_get_id (c.request), &error);
  g_assert_cmpint (lt_task_get_status (r), ==, LT_TASK_STATUS_DONE);
  t = lt_store_get_task (store, lt_task_get_id (c.task), &error);
  g_assert_cmpint (lt_task_get_status (t), ==, LT_TASK_STATUS_TODO);

  /* A tâche after an unfinished tâche is blocked. */
  {
    g_autoptr(LtTask) next = g_object_new (LT_TYPE_TASK, "affaire-id", lt_affaire_get_id (c.affaire),
                                           "title", "Révision", "start-date", "2026-01-11",
                                           "due-date", "2026-01-20", NULL);
    g_autoptr(LtTask) reread = NULL;

    g_assert_true (lt_store_add_task (store, next, &error));
    g_assert_true (lt_store_add_task_link (store, lt_task_get_id (c.task), lt_task_get_id (next), 0, NULL, &error));
    reread = lt_store_get_task (store, lt_task_get_id (next), &error);
    g_assert_cmpint (lt_task_get_status (reread), ==, LT_TASK_STATUS_BLOCKED);
    g_clear_object (&reread);

    lt_task_set_done_on (t, "2026-01-09");
    g_assert_true (lt_store_update_task (store, t, &error));
    reread = lt_store_get_task (store, lt_task_get_id (next), &error);
    g_assert_cmpint (lt_task_get_status (reread), ==, LT_TASK_STATUS_TODO);
  }

  /* Links: self, duplicate and negative lag refused; delete works once. */
  g_assert_false (lt_store_add_task_link (store, lt_task_get_id (c.task), lt_task_get_id (c.task), 0, NULL, &error));
  assert_refused (FALSE, error, LT_ERROR_SELF_LINK, "cannot depend on itself");
  g_clear_error (&error);
  g_assert_false (lt_store_add_task_link (store, lt_task_get_id (c.request), lt_task_get_id (c.task), 0, NULL, &error));
  assert_refused (FALSE, error, LT_ERROR_DUPLICATE_LINK, "already linked");
  g_clear_error (&error);
  g_assert_false (lt_store_add_task_link (store, lt_task_get_id (c.task), lt_task_get_id (c.request), -2, NULL, &error));
  assert_refused (FALSE, error, LT_ERROR_NEGATIVE_DELAY, "lag cannot be negative");
  g_clear_error (&error);
  g_assert_false (lt_store_add_task_link (store, lt_task_get_id (c.task), 999999, 0, NULL, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_true (lt_store_delete_task_link (store, link_id, &error));
  g_assert_no_error (error);
  g_assert_false (lt_store_delete_task_link (store, link_id, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_FOUND);

  cabinet_clear (&c);
}

/* Every rule of the models, broken through the CRUD: code and message. */
static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  LtStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  Cabinet c = { 0 };
  int before;

  cabinet_build (store, &c);
  before = count_rows (store, "SELECT (SELECT count(*) FROM affaires) + (SELECT count(*) FROM tasks) + "
                              "(SELECT count(*) FROM staff) + (SELECT count(*) FROM prestations)");

#define REFUSED(call, code, fragment) \
  G_STMT_START { \
    gboolean ok_ = (call); \
    assert_refused (ok_, error, code, fragment); \
    g_clear_error (&error); \
  } G_STMT_END

  {
    g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", "   ", NULL);

    REFUSED (lt_store_add_affaire (store, a, &error), LT_ERROR_NAME_REQUIRED, "name is required");
    g_assert_cmpint (lt_affaire_get_id (a), ==, 0);
    lt_affaire_set_name (a, "Éclair");
    lt_affaire_set_siren (a, "552100555");
    REFUSED (lt_store_add_affaire (store, a, &error), LT_ERROR_INVALID_SIREN, "check digit");
    lt_affaire_set_siren (a, "55210055A");
    REFUSED (lt_store_add_affaire (store, a, &error), LT_ERROR_INVALID_SIREN, "not a digit");
    lt_affaire_set_siren (a, "552100554");
    REFUSED (lt_store_add_affaire (store, a, &error), LT_ERROR_DUPLICATE_SIREN, "Boulangerie Dupré");
    lt_affaire_set_siren (a, NULL);
    lt_affaire_set_fiscal_year_end (a, "13-01");
    REFUSED (lt_store_add_affaire (store, a, &error), LT_ERROR_INVALID_DATE, "not a valid closing date");
    lt_affaire_set_fiscal_year_end (a, "02-29");
    lt_affaire_set_lcbft_identified_on (a, "2025-02-30");
    REFUSED (lt_store_add_affaire (store, a, &error), LT_ERROR_INVALID_DATE, "“2025-02-30” is not a valid date");
    lt_affaire_set_lcbft_identified_on (a, NULL);
    g_assert_true (lt_store_add_affaire (store, a, &error));
    g_assert_no_error (error);

    /* An update to another affaire's SIREN is refused the same way. */
    lt_affaire_set_siren (a, "552 100 554");
    REFUSED (lt_store_update_affaire (store, a, &error), LT_ERROR_DUPLICATE_SIREN, "552 100 554");
    g_assert_cmpint (lt_affaire_get_revision (a), ==, 1);
    before++;
  }
  {
    g_autoptr(LtStaff) s = g_object_new (LT_TYPE_STAFF, "name", "", NULL);

    REFUSED (lt_store_add_staff (store, s, &error), LT_ERROR_NAME_REQUIRED, "intervenant’s name is required");
    lt_staff_set_name (s, "Hugo");
    lt_staff_set_email (s, "hugo@");
    REFUSED (lt_store_add_staff (store, s, &error), LT_ERROR_INVALID_EMAIL, "not a valid e-mail address");
    lt_staff_set_email (s, "hugo bernard@cabinet.fr");
    REFUSED (lt_store_add_staff (store, s, &error), LT_ERROR_INVALID_EMAIL, "hugo bernard@cabinet.fr");
    lt_staff_set_email (s, "hugo@cabinet.fr");
    lt_staff_set_weekly_hours (s, 81);
    REFUSED (lt_store_add_staff (store, s, &error), LT_ERROR_INVALID_HOURS, "81 hours a week");
    lt_staff_set_weekly_hours (s, -1);
    REFUSED (lt_store_add_staff (store, s, &error), LT_ERROR_INVALID_HOURS, "between 0 and 80");
  }
  {
    g_autoptr(LtContact) ct = g_object_new (LT_TYPE_CONTACT, "affaire-id", lt_affaire_get_id (c.affaire), NULL);

    REFUSED (lt_store_add_contact (store, ct, &error), LT_ERROR_NAME_REQUIRED, "contact’s name is required");
    lt_contact_set_name (ct, "Julie");
    lt_contact_set_is_signatory (ct, TRUE);
    /* One signataire per affaire: the unique index is the guard. */
    REFUSED (lt_store_add_contact (store, ct, &error), LT_ERROR_CONSTRAINT, "Another record already has this value");
    lt_contact_set_is_signatory (ct, FALSE);
    lt_contact_set_affaire_id (ct, 424242);
    REFUSED (lt_store_add_contact (store, ct, &error), LT_ERROR_CONSTRAINT, "refers to one that does not exist");
  }
  {
    g_autoptr(LtCategory) cat = g_object_new (LT_TYPE_CATEGORY, "name", "", NULL);

    REFUSED (lt_store_add_category (store, cat, &error), LT_ERROR_NAME_REQUIRED, "catégorie’s name is required");
    lt_category_set_name (cat, "Comptabilité");
    REFUSED (lt_store_add_category (store, cat, &error), LT_ERROR_CONSTRAINT, "Another record already has this value");
  }
  {
    g_autoptr(LtPrestation) p = g_object_new (LT_TYPE_PRESTATION, "name", "\t", NULL);

    REFUSED (lt_store_add_prestation (store, p, &error), LT_ERROR_NAME_REQUIRED, "prestation’s name is required");
    lt_prestation_set_name (p, "Paie");
    lt_prestation_set_price_cents (p, -500);
    REFUSED (lt_store_add_prestation (store, p, &error), LT_ERROR_NEGATIVE_PRICE, "cannot be negative");
    lt_prestation_set_price_cents (p, -1);
    REFUSED (lt_store_add_prestation (store, p, &error), LT_ERROR_CONSTRAINT, "Choose the catégorie");
    lt_prestation_set_category_id (p, lt_category_get_id (c.category));
    g_assert_true (lt_store_add_prestation (store, p, &error));
    g_assert_no_error (error);
    before++;
  }
  {
    g_autoptr(LtStep) st = g_object_new (LT_TYPE_STEP, "prestation-id", lt_prestation_get_id (c.prestation), NULL);
    g_autoptr(LtStepLink) link = g_object_new (LT_TYPE_STEP_LINK,
                                               "from-step-id", lt_step_get_id (c.step_a),
                                               "to-step-id", lt_step_get_id (c.step_a), NULL);

    REFUSED (lt_store_add_step (store, st, &error), LT_ERROR_NAME_REQUIRED, "title of the tâche or demande");
    lt_step_set_title (st, "Révision");
    lt_step_set_delay_days (st, -3);
    REFUSED (lt_store_add_step (store, st, &error), LT_ERROR_NEGATIVE_DELAY, "délai cannot be negative");

    REFUSED (lt_store_add_step_link (store, link, &error), LT_ERROR_SELF_LINK, "cannot depend on itself");
    lt_step_link_set_to_step_id (link, lt_step_get_id (c.step_b));
    REFUSED (lt_store_add_step_link (store, link, &error), LT_ERROR_DUPLICATE_LINK, "already linked");
    lt_step_link_set_from_step_id (link, lt_step_get_id (c.step_b));
    lt_step_link_set_to_step_id (link, lt_step_get_id (c.step_a));
    lt_step_link_set_lag_days (link, -1);
    REFUSED (lt_store_add_step_link (store, link, &error), LT_ERROR_NEGATIVE_DELAY, "lag cannot be negative");
  }
  {
    g_autoptr(LtTerms) t = g_object_new (LT_TYPE_TERMS, "version", "", "effective-on", "2025-01-01", NULL);

    REFUSED (lt_store_add_terms (store, t, &error), LT_ERROR_NAME_REQUIRED, "version of the conditions générales");
    lt_terms_set_version (t, "2025-2");
    lt_terms_set_effective_on (t, "1er janvier");
    REFUSED (lt_store_add_terms (store, t, &error), LT_ERROR_INVALID_DATE, "YYYY-MM-DD");
    lt_terms_set_effective_on (t, NULL);
    REFUSED (lt_store_add_terms (store, t, &error), LT_ERROR_INVALID_DATE, "not a valid date");
    lt_terms_set_effective_on (t, "2025-06-01");
    lt_terms_set_version (t, "2025-1");
    REFUSED (lt_store_add_terms (store, t, &error), LT_ERROR_CONSTRAINT, "Another record already has this value");
  }
  {
    g_autoptr(LtDocument) d = g_object_new (LT_TYPE_DOCUMENT, "affaire-id", lt_affaire_get_id (c.affaire),
                                            "sent-on", "20/01/2025", NULL);
    g_autoptr(LtDocumentLine) l = g_object_new (LT_TYPE_DOCUMENT_LINE,
                                                "document-id", lt_document_get_id (c.document), NULL);

    REFUSED (lt_store_add_document (store, d, &error), LT_ERROR_INVALID_DATE, "20/01/2025");
    lt_document_set_sent_on (d, NULL);
    /* replaced without a replacement: the CHECK is the last guard */
    lt_document_set_state (d, LT_DOCUMENT_STATE_REPLACED);
    REFUSED (lt_store_add_document (store, d, &error), LT_ERROR_CONSTRAINT, "not allowed");

    REFUSED (lt_store_add_document_line (store, l, &error), LT_ERROR_NAME_REQUIRED, "label of the line");
    lt_document_line_set_label (l, "Paie");
    lt_document_line_set_price_cents (l, -1);
    REFUSED (lt_store_add_document_line (store, l, &error), LT_ERROR_NEGATIVE_PRICE, "cannot be negative");
  }
  {
    g_autoptr(LtProject) p = g_object_new (LT_TYPE_PROJECT, "affaire-id", lt_affaire_get_id (c.affaire),
                                           "name", "", "start-date", "2025-01-01", "end-date", "2025-12-31", NULL);
    g_autoptr(LtAssignment) a = g_object_new (LT_TYPE_ASSIGNMENT, "project-id", lt_project_get_id (c.project),
                                              "prestation-id", lt_prestation_get_id (c.prestation),
                                              "start-date", "2025-03-01", "end-date", "2025-02-28",
                                              "price-cents", (gint64)100, NULL);

    REFUSED (lt_store_add_project (store, p, &error), LT_ERROR_NAME_REQUIRED, "project’s name is required");
    lt_project_set_name (p, "2025");
    lt_project_set_end_date (p, "2024-12-31");
    REFUSED (lt_store_add_project (store, p, &error), LT_ERROR_END_BEFORE_START,
             "The end date (31/12/2024) is before the start date (01/01/2025)");
    lt_project_set_end_date (p, NULL);
    REFUSED (lt_store_add_project (store, p, &error), LT_ERROR_INVALID_DATE, "not a valid date");

    REFUSED (lt_store_add_assignment (store, a, &error), LT_ERROR_END_BEFORE_START, "28/02/2025");
    lt_assignment_set_end_date (a, "2025-03-31");
    lt_assignment_set_price_cents (a, 0);
    REFUSED (lt_store_add_assignment (store, a, &error), LT_ERROR_PRICE_REQUIRED, "symbolic one (1 €)");
  }
  {
    g_autoptr(LtTask) t = g_object_new (LT_TYPE_TASK, "affaire-id", lt_affaire_get_id (c.affaire),
                                        "title", " ", "start-date", "2025-03-10", "due-date", "2025-03-01", NULL);

    REFUSED (lt_store_add_task (store, t, &error), LT_ERROR_NAME_REQUIRED, "title of the tâche is required");
    lt_task_set_title (t, "Bilan");
    REFUSED (lt_store_add_task (store, t, &error), LT_ERROR_END_BEFORE_START,
             "The due date (01/03/2025) is before the start date (10/03/2025)");
    lt_task_set_due_date (t, "2025-03-20");
    lt_task_set_delay_days (t, -5);
    REFUSED (lt_store_add_task (store, t, &error), LT_ERROR_NEGATIVE_DELAY, "délai cannot be negative");
    lt_task_set_delay_days (t, -1);
    lt_task_set_done_on (t, "2025-13-01");
    REFUSED (lt_store_add_task (store, t, &error), LT_ERROR_INVALID_DATE, "2025-13-01");
    /* A tâche cannot be "sent": that is a demande's. */
    lt_task_set_done_on (t, NULL);
    lt_task_set_sent_on (t, "2025-03-11");
    REFUSED (lt_store_add_task (store, t, &error), LT_ERROR_CONSTRAINT, "not allowed");
  }
  {
    g_autoptr(LtFirm) f = lt_store_get_firm (store, NULL);

    lt_firm_set_siren (f, "123456789");
    REFUSED (lt_store_update_firm (store, f, &error), LT_ERROR_INVALID_SIREN, "check digit");
    lt_firm_set_siren (f, "");
    lt_firm_set_email (f, "@cabinet.fr");
    REFUSED (lt_store_update_firm (store, f, &error), LT_ERROR_INVALID_EMAIL, "@cabinet.fr");
  }

#undef REFUSED

  /* Nothing refused was written. */
  g_assert_cmpint (count_rows (store, "SELECT (SELECT count(*) FROM affaires) + (SELECT count(*) FROM tasks) + "
                                      "(SELECT count(*) FROM staff) + (SELECT count(*) FROM prestations)"),
                   ==, before);

  cabinet_clear (&c);
}

/* The schema's CHECKs, FOREIGN KEYs and UNIQUEs stay as the last guard even
 * for a writer that skips the rules: each one refuses a row that breaks it. */
static void
test_checks (Fixture       *fixture,
             gconstpointer  data)
{
  static const char *broken[] = {
    "INSERT INTO firm (id) VALUES (2)",
    "UPDATE firm SET revision = 0",
    "INSERT INTO staff (name) VALUES ('')",
    "INSERT INTO staff (name, weekly_hours) VALUES ('A', 81)",
    "INSERT INTO staff (name, active) VALUES ('A', 2)",
    "INSERT INTO affaires (name, state) VALUES ('A', 'lead')",
    "INSERT INTO affaires (name) VALUES (' ')",
    "INSERT INTO affaires (name, siren) VALUES ('A', '12345678')",
    "INSERT INTO affaires (name, siren) VALUES ('A', '12345678A')",
    "INSERT INTO affaires (name, siren) VALUES ('B', '552100554')",
    "INSERT INTO affaires (name, fiscal_year_end) VALUES ('A', '31/12')",
    "INSERT INTO affaires (name, lcbft_identified_on) VALUES ('A', '2025-02-30')",
    "INSERT INTO affaires (name, lcbft_identified_by) VALUES ('A', 999)",
    "INSERT INTO affaires (name, vigilance) VALUES ('A', 'none')",
    "INSERT INTO contacts (affaire_id, name) VALUES (999, 'A')",
    "INSERT INTO contacts (affaire_id, name) VALUES (1, '')",
    "INSERT INTO contacts (affaire_id, name, is_signatory) VALUES (1, 'A', 1)",
    "INSERT INTO categories (name) VALUES ('')",
    "INSERT INTO categories (name) VALUES ('Comptabilité')",
    "INSERT INTO prestations (category_id, name, price_cents) VALUES (1, 'A', -1)",
    "INSERT INTO prestations (category_id, name) VALUES (999, 'A')",
    "INSERT INTO prestations (category_id, name, recurrence) VALUES (1, 'A', 'weekly')",
    "INSERT INTO prestations (category_id, name, version) VALUES (1, 'A', 0)",
    "INSERT INTO steps (prestation_id, title) VALUES (1, '')",
    "INSERT INTO steps (prestation_id, title, delay_days) VALUES (1, 'A', -1)",
    "INSERT INTO steps (prestation_id, title, kind) VALUES (1, 'A', 'meeting')",
    "INSERT INTO step_links (from_step_id, to_step_id) VALUES (1, 1)",
    "INSERT INTO step_links (from_step_id, to_step_id) VALUES (1, 2)",
    "INSERT INTO step_links (from_step_id, to_step_id, lag_days) VALUES (2, 1, -1)",
    "INSERT INTO terms (version, effective_on) VALUES ('X', 'demain')",
    "INSERT INTO terms (version, effective_on) VALUES ('', '2025-01-01')",
    "INSERT INTO documents (affaire_id, kind) VALUES (1, 'facture')",
    "INSERT INTO documents (affaire_id, kind, state) VALUES (1, 'avenant', 'replaced')",
    "INSERT INTO documents (affaire_id, kind, pdf) VALUES (1, 'avenant', x'00')",
    "INSERT INTO documents (affaire_id, kind, sent_on) VALUES (1, 'avenant', '2025-1-1')",
    "UPDATE documents SET parent_id = id",
    "INSERT INTO document_lines (document_id, label, price_cents) VALUES (1, 'A', -1)",
    "INSERT INTO document_lines (document_id, label, price_cents) VALUES (1, '', 1)",
    "INSERT INTO projects (affaire_id, name, start_date, end_date) VALUES (1, 'A', '2025-02-01', '2025-01-31')",
    "INSERT INTO assignments (project_id, prestation_id, start_date, end_date, price_cents) "
      "VALUES (1, 1, '2025-01-01', '2025-12-31', 0)",
    "INSERT INTO assignments (project_id, prestation_id, start_date, end_date, price_cents) "
      "VALUES (1, 1, '2025-12-31', '2025-01-01', 100)",
    "INSERT INTO tasks (affaire_id, title, start_date, due_date) VALUES (1, 'A', '2025-02-01', '2025-01-01')",
    "INSERT INTO tasks (affaire_id, title, start_date, due_date, sent_on) "
      "VALUES (1, 'A', '2025-01-01', '2025-01-02', '2025-01-01')",
    "INSERT INTO tasks (affaire_id, kind, title, start_date, due_date, done_on) "
      "VALUES (1, 'request', 'A', '2025-01-01', '2025-01-02', '2025-01-01')",
    "INSERT INTO task_links (from_task_id, to_task_id) VALUES (1, 1)",
    "INSERT INTO task_links (from_task_id, to_task_id) VALUES (1, 999)",
  };
  LtStore *store = fixture->store;
  Cabinet c = { 0 };

  cabinet_build (store, &c);
  g_assert_cmpint (lt_affaire_get_id (c.affaire), ==, 1);
  g_assert_cmpint (lt_document_get_id (c.document), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GError) error = NULL;

      if (lt_store_exec (store, broken[i], &error))
        g_error ("not refused: %s", broken[i]);
      g_assert_error (error, LT_ERROR, LT_ERROR_CONSTRAINT);
      g_assert_nonnull (strstr (error->message, "nothing was saved"));
    }

  cabinet_clear (&c);
}

/* What users type comes back byte for byte: never built into SQL. */
static void
test_hostile_text (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char *names[] = {
    "O'Brien & Fils",
    "\"Les Délices\"; SARL",
    "'); DROP TABLE affaires;--",
    "Robert'); DELETE FROM tasks WHERE ('1'='1",
    "Boulangerie 🥖🥐 Crème brûlée",
    "شركة المحاسبة الحديثة",
    "עסק \u202Eמבחן\u202C",
    "% _ \\ LIKE wildcards",
    "Nul\tTab\nNewline",
  };
  LtStore *store = fixture->store;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", names[i], "city", names[i],
                                             "director", names[i], NULL);
      g_autoptr(LtAffaire) back = NULL;
      g_autoptr(LtTask) t = NULL;
      g_autoptr(LtTask) t_back = NULL;

      g_assert_true (lt_store_add_affaire (store, a, &error));
      g_assert_no_error (error);
      back = lt_store_get_affaire (store, lt_affaire_get_id (a), &error);
      g_assert_no_error (error);
      g_assert_cmpstr (lt_affaire_get_name (back), ==, names[i]);
      g_assert_cmpstr (lt_affaire_get_city (back), ==, names[i]);
      assert_same_object (a, back);

      t = g_object_new (LT_TYPE_TASK, "affaire-id", lt_affaire_get_id (a), "title", names[i],
                        "start-date", "2025-01-01", "due-date", "2025-01-02", NULL);
      g_assert_true (lt_store_add_task (store, t, &error));
      g_assert_no_error (error);
      t_back = lt_store_get_task (store, lt_task_get_id (t), &error);
      g_assert_cmpstr (lt_task_get_title (t_back), ==, names[i]);
      g_assert_cmpstr (lt_task_get_affaire_name (t_back), ==, names[i]);
    }

  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM affaires"), ==, G_N_ELEMENTS (names));
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM tasks"), ==, G_N_ELEMENTS (names));
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM sqlite_schema WHERE name = 'affaires'"), ==, 1);
}

typedef struct {
  guint inserts, updates, deletes;
  char *last_table;
} Seen;

static void
on_changed_cb (LtStore       *store,
               const char    *table,
               gint64         id,
               LtStoreChange  change,
               Seen          *seen)
{
  if (change == LT_STORE_CHANGE_INSERT)
    seen->inserts++;
  else if (change == LT_STORE_CHANGE_UPDATE)
    seen->updates++;
  else
    seen->deletes++;
  g_free (seen->last_table);
  seen->last_table = g_strdup (table);
}

static void
test_changed_signal (Fixture       *fixture,
                     gconstpointer  data)
{
  LtStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStaff) s = g_object_new (LT_TYPE_STAFF, "name", "Anne", NULL);
  g_autoptr(LtStaff) bad = g_object_new (LT_TYPE_STAFF, "name", "", NULL);
  Seen seen = { 0 };
  gulong handler = g_signal_connect (store, "changed", G_CALLBACK (on_changed_cb), &seen);

  g_assert_true (lt_store_add_staff (store, s, &error));
  g_assert_cmpuint (seen.inserts, ==, 1);
  g_assert_cmpstr (seen.last_table, ==, "staff");
  lt_staff_set_name (s, "Anne Martin");
  g_assert_true (lt_store_update_staff (store, s, &error));
  g_assert_cmpuint (seen.updates, ==, 1);
  g_assert_false (lt_store_add_staff (store, bad, &error));
  g_clear_error (&error);
  g_assert_cmpuint (seen.inserts, ==, 1);

  /* Inside an outer transaction, nothing is said before the commit. */
  g_assert_true (lt_store_begin (store, &error));
  g_assert_true (lt_store_delete_staff (store, lt_staff_get_id (s), lt_staff_get_revision (s), &error));
  g_assert_cmpuint (seen.deletes, ==, 0);
  lt_store_rollback (store);
  g_assert_cmpuint (seen.deletes, ==, 0);
  g_assert_true (lt_store_delete_staff (store, lt_staff_get_id (s), lt_staff_get_revision (s), &error));
  g_assert_cmpuint (seen.deletes, ==, 1);

  g_signal_handler_disconnect (store, handler);
  g_free (seen.last_table);
}

static void
test_read_only_refuses (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(LtStore) newer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", "Éclair", NULL);
  g_autoptr(LtFirm) firm = NULL;

  g_assert_true (lt_store_exec (fixture->store, "PRAGMA user_version = 42", &error));
  newer = lt_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (lt_store_is_read_only (newer));

  g_assert_false (lt_store_add_affaire (newer, a, &error));
  assert_refused (FALSE, error, LT_ERROR_READ_ONLY, "schema 42");
  g_clear_error (&error);
  firm = lt_store_get_firm (newer, &error);
  g_assert_no_error (error);
  lt_firm_set_name (firm, "X");
  g_assert_false (lt_store_update_firm (newer, firm, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (lt_store_delete_staff (newer, 1, 1, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_READ_ONLY);
}

static char *
list_names (GListModel *model,
            const char *property)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *name = NULL;

      g_object_get (item, property, &name, NULL);
      if (i > 0)
        g_string_append (names, "|");
      g_string_append (names, name);
    }

  return g_string_free (names, FALSE);
}

static void
add_affaire (LtStore        *store,
             const char     *name,
             const char     *city,
             LtAffaireState  state)
{
  g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", name, "city", city, "state", state, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (lt_store_add_affaire (store, a, &error));
  g_assert_no_error (error);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

static void
test_lists (Fixture       *fixture,
            gconstpointer  data)
{
  LtStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autofree char *names = NULL;
  guint changes = 0;
  Cabinet c = { 0 };

  cabinet_build (store, &c);
  add_affaire (store, "Société Éclair", "Villeurbanne", LT_AFFAIRE_STATE_PROSPECT);
  add_affaire (store, "Æsop Œnologie", "Écully", LT_AFFAIRE_STATE_CLIENT);
  add_affaire (store, "100% Bio_Local", "Annecy", LT_AFFAIRE_STATE_PROSPECT);

  all = lt_store_list_affaires (store, NULL, -1, LT_AFFAIRE_SORT_NAME);
  g_assert_true (g_list_model_get_item_type (all) == LT_TYPE_AFFAIRE);
  names = list_names (all, "name");
  g_assert_cmpstr (names, ==, "100% Bio_Local|Æsop Œnologie|Boulangerie Dupré|Société Éclair");
  g_clear_pointer (&names, g_free);

  /* Accent- and case-insensitive, on name, SIREN and city. */
  model = lt_store_list_affaires (store, "SOCIETE", -1, LT_AFFAIRE_SORT_NAME);
  names = list_names (model, "name");
  g_assert_cmpstr (names, ==, "Société Éclair");
  g_clear_pointer (&names, g_free);
  g_clear_object (&model);
  model = lt_store_list_affaires (store, "aesop oe", -1, LT_AFFAIRE_SORT_NAME);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_clear_object (&model);
  model = lt_store_list_affaires (store, "552100", -1, LT_AFFAIRE_SORT_NAME);
  names = list_names (model, "name");
  g_assert_cmpstr (names, ==, "Boulangerie Dupré");
  g_clear_pointer (&names, g_free);
  g_clear_object (&model);
  model = lt_store_list_affaires (store, "ecully", -1, LT_AFFAIRE_SORT_NAME);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_clear_object (&model);
  /* LIKE's wildcards are plain characters. */
  model = lt_store_list_affaires (store, "0%", -1, LT_AFFAIRE_SORT_NAME);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_clear_object (&model);
  model = lt_store_list_affaires (store, "o_l", -1, LT_AFFAIRE_SORT_NAME);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_clear_object (&model);
  model = lt_store_list_affaires (store, "%", -1, LT_AFFAIRE_SORT_NAME);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_clear_object (&model);

  /* State filter and the other orders. */
  model = lt_store_list_affaires (store, NULL, LT_AFFAIRE_STATE_CLIENT, LT_AFFAIRE_SORT_CITY);
  names = list_names (model, "city");
  g_assert_cmpstr (names, ==, "Écully|Lyon");
  g_clear_pointer (&names, g_free);
  g_clear_object (&model);
  model = lt_store_list_affaires (store, NULL, LT_AFFAIRE_STATE_PROSPECT, LT_AFFAIRE_SORT_CREATED);
  names = list_names (model, "name");
  g_assert_cmpstr (names, ==, "100% Bio_Local|Société Éclair");
  g_clear_pointer (&names, g_free);
  g_clear_object (&model);

  /* The list follows the store's writes. */
  g_signal_connect (all, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  add_affaire (store, "Zénith Conseil", "Lyon", LT_AFFAIRE_STATE_PROSPECT);
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (changes, >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 5);

  /* Lists by parent. */
  model = lt_store_list_contacts (store, lt_affaire_get_id (c.affaire));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_clear_object (&model);
  model = lt_store_list_staff (store, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_clear_object (&model);
  model = lt_store_list_categories (store);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_clear_object (&model);
  model = lt_store_list_prestations (store, 0, "COMPTABLE", FALSE);
  names = list_names (model, "category-name");
  g_assert_cmpstr (names, ==, "Comptabilité");
  g_clear_pointer (&names, g_free);
  g_clear_object (&model);
  model = lt_store_list_steps (store, lt_prestation_get_id (c.prestation));
  names = list_names (model, "title");
  g_assert_cmpstr (names, ==, "Relevés bancaires|Saisie");
  g_clear_pointer (&names, g_free);
  g_clear_object (&model);
  model = lt_store_list_step_links (store, lt_prestation_get_id (c.prestation));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_clear_object (&model);
  model = lt_store_list_terms (store);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_clear_object (&model);
  model = lt_store_list_documents (store, lt_affaire_get_id (c.affaire));
  names = list_names (model, "affaire-name");
  g_assert_cmpstr (names, ==, "Boulangerie Dupré");
  g_clear_pointer (&names, g_free);
  g_clear_object (&model);
  model = lt_store_list_document_lines (store, lt_document_get_id (c.document));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_clear_object (&model);
  model = lt_store_list_projects (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_clear_object (&model);
  model = lt_store_list_assignments (store, lt_project_get_id (c.project));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_clear_object (&model);
  model = lt_store_list_tasks (store, 0, lt_project_get_id (c.project), 0, NULL);
  names = list_names (model, "title");
  g_assert_cmpstr (names, ==, "Relevés bancaires|Saisie");
  g_clear_pointer (&names, g_free);
  g_clear_object (&model);
  model = lt_store_list_tasks (store, 0, 0, lt_staff_get_id (c.staff), "SAISIE");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_clear_object (&model);
  model = lt_store_list_tasks (store, 0, 0, 0, "releves");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_clear_object (&model);

  /* Rows that go with their parent leave the lists too. */
  {
    g_autoptr(GListModel) contacts = lt_store_list_contacts (store, lt_affaire_get_id (c.affaire));
    g_autoptr(GListModel) projects = lt_store_list_projects (store, lt_affaire_get_id (c.affaire));
    g_autoptr(GListModel) assignments = lt_store_list_assignments (store, lt_project_get_id (c.project));
    g_autoptr(GListModel) lines = lt_store_list_document_lines (store, lt_document_get_id (c.document));
    g_autoptr(GListModel) tasks = lt_store_list_tasks (store, lt_affaire_get_id (c.affaire), 0, 0, NULL);
    g_autoptr(GListModel) steps = lt_store_list_steps (store, lt_prestation_get_id (c.prestation));

    g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 2);
    g_assert_true (lt_store_delete_affaire (store, lt_affaire_get_id (c.affaire),
                                            lt_affaire_get_revision (c.affaire), &error));
    g_assert_no_error (error);
    while (g_main_context_iteration (NULL, FALSE));
    g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (projects), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (assignments), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 0);

    /* assignments kept the prestation from going; now it can */
    g_assert_true (lt_store_delete_prestation (store, lt_prestation_get_id (c.prestation),
                                               lt_prestation_get_revision (c.prestation), &error));
    g_assert_no_error (error);
    while (g_main_context_iteration (NULL, FALSE));
    g_assert_cmpuint (g_list_model_get_n_items (steps), ==, 0);
  }

  g_signal_handlers_disconnect_by_data (all, &changes);
  cabinet_clear (&c);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/crud/round-trip", test_round_trip);
  ADD ("/store/crud/update-delete", test_update_delete);
  ADD ("/store/crud/task-status", test_task_status);
  ADD ("/store/crud/validation", test_validation);
  ADD ("/store/crud/checks", test_checks);
  ADD ("/store/crud/hostile-text", test_hostile_text);
  ADD ("/store/crud/changed-signal", test_changed_signal);
  ADD ("/store/crud/read-only", test_read_only_refuses);
  ADD ("/store/crud/lists", test_lists);

#undef ADD

  return g_test_run ();
}
