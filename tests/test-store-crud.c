/* test-store-crud.c: every entity round-trips through the store, byte for byte */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "store-crud-fixtures.h"

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
  /* the highest id, deleted: the next contact takes it again (issue 10) */
  assert_refused (FALSE, error, LT_ERROR_NOT_FOUND, "does not exist");
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
    "Nul Tab Newline",
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

  /* A tab or a line break is no part of a name (issue 10). */
  {
    g_autoptr(LtAffaire) a = g_object_new (LT_TYPE_AFFAIRE, "name", "Nul\tTab\nNewline", NULL);

    g_assert_false (lt_store_add_affaire (store, a, &error));
    g_assert_error (error, LT_ERROR, LT_ERROR_CONTROL_CHARACTER);
    g_clear_error (&error);
  }

  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM affaires"), ==, G_N_ELEMENTS (names));
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM tasks"), ==, G_N_ELEMENTS (names));
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM sqlite_schema WHERE name = 'affaires'"), ==, 1);
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
  ADD ("/store/crud/hostile-text", test_hostile_text);

#undef ADD

  return g_test_run ();
}
