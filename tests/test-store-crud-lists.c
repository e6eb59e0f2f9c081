/* test-store-crud-lists.c: what the store writes reaches its changed signal and its lists */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "store-crud-fixtures.h"

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

  if (state == LT_AFFAIRE_STATE_CLIENT)   /* a client's letter, outside Lettrine (issue 13) */
    lt_affaire_set_letter_outside_date (a, "2024-01-02");

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

  ADD ("/store/crud/changed-signal", test_changed_signal);
  ADD ("/store/crud/lists", test_lists);

#undef ADD

  return g_test_run ();
}
