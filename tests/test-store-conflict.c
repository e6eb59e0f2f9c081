/* test-store-conflict.c: two connections — a stale revision loses cleanly, nothing is overwritten */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lettrine-core.h"
#include "lt-store-affaires.h"
#include "lt-store-catalogue.h"
#include "lt-store-private.h"
#include "lt-store-projects.h"

#include "store-fixtures.h"

typedef struct {
  char    *dir;
  char    *path;
  LtStore *a;
  LtStore *b;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->a = store_fixture_open ("lt-store-conflict-XXXXXX", &fixture->dir, &fixture->path);
  fixture->b = lt_store_open (fixture->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->b);
  store_fixture_close (fixture->a, fixture->dir, fixture->path);
}

static void
test_stale_update (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtAffaire) created = g_object_new (LT_TYPE_AFFAIRE, "name", "Boulangerie Dupré",
                                               "city", "Lyon", NULL);
  g_autoptr(LtAffaire) in_a = NULL;
  g_autoptr(LtAffaire) in_b = NULL;
  g_autoptr(LtAffaire) now = NULL;
  gint64 id;

  g_assert_true (lt_store_add_affaire (fixture->a, created, &error));
  id = lt_affaire_get_id (created);

  /* Both read revision 1. */
  in_a = lt_store_get_affaire (fixture->a, id, &error);
  in_b = lt_store_get_affaire (fixture->b, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lt_affaire_get_revision (in_b), ==, 1);

  /* A saves first. */
  lt_affaire_set_name (in_a, "Boulangerie Dupré & Fils");
  g_assert_true (lt_store_update_affaire (fixture->a, in_a, &error));
  g_assert_cmpint (lt_affaire_get_revision (in_a), ==, 2);

  /* B's change, made on what it read before, loses cleanly. */
  lt_affaire_set_city (in_b, "Villeurbanne");
  g_assert_false (lt_store_update_affaire (fixture->b, in_b, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==, "This affaire was changed by someone else; reload it before saving.");
  g_clear_error (&error);
  g_assert_cmpint (lt_affaire_get_revision (in_b), ==, 1);
  /* …and what B typed is still in its object. */
  g_assert_cmpstr (lt_affaire_get_city (in_b), ==, "Villeurbanne");

  /* Nothing of A's was overwritten, nothing of B's was written. */
  now = lt_store_get_affaire (fixture->b, id, &error);
  g_assert_cmpstr (lt_affaire_get_name (now), ==, "Boulangerie Dupré & Fils");
  g_assert_cmpstr (lt_affaire_get_city (now), ==, "Lyon");
  g_assert_cmpint (lt_affaire_get_revision (now), ==, 2);

  /* Reloaded, B's change goes through. */
  lt_affaire_set_city (now, "Villeurbanne");
  g_assert_true (lt_store_update_affaire (fixture->b, now, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lt_affaire_get_revision (now), ==, 3);
  g_clear_object (&in_a);
  in_a = lt_store_get_affaire (fixture->a, id, &error);
  g_assert_cmpstr (lt_affaire_get_name (in_a), ==, "Boulangerie Dupré & Fils");
  g_assert_cmpstr (lt_affaire_get_city (in_a), ==, "Villeurbanne");
}

static void
test_stale_delete (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtCategory) cat = g_object_new (LT_TYPE_CATEGORY, "name", "Social", NULL);
  g_autoptr(LtCategory) in_b = NULL;
  g_autoptr(LtCategory) still = NULL;

  g_assert_true (lt_store_add_category (fixture->a, cat, &error));
  in_b = lt_store_get_category (fixture->b, lt_category_get_id (cat), &error);

  /* A renames; B, which read revision 1, may not delete what it did not see. */
  lt_category_set_name (cat, "Social et paie");
  g_assert_true (lt_store_update_category (fixture->a, cat, &error));
  g_assert_false (lt_store_delete_category (fixture->b, lt_category_get_id (in_b),
                                            lt_category_get_revision (in_b), &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "reload it before saving"));
  g_clear_error (&error);
  still = lt_store_get_category (fixture->a, lt_category_get_id (cat), &error);
  g_assert_cmpstr (lt_category_get_name (still), ==, "Social et paie");

  /* A deletes; B's update finds nothing to update. */
  g_assert_true (lt_store_delete_category (fixture->a, lt_category_get_id (cat),
                                           lt_category_get_revision (cat), &error));
  lt_category_set_name (in_b, "Paie");
  g_assert_false (lt_store_update_category (fixture->b, in_b, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "This catégorie no longer exists: someone else deleted it.");
  g_clear_error (&error);
  g_assert_null (lt_store_get_category (fixture->a, lt_category_get_id (cat), &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_NOT_FOUND);
}

/* Two writers on the same task, each through its own connection, many
 * times over: exactly one wins each round. */
static void
test_race_rounds (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtAffaire) affaire = g_object_new (LT_TYPE_AFFAIRE, "name", "Éclair", NULL);
  g_autoptr(LtTask) task = NULL;
  g_autoptr(LtTask) final = NULL;
  guint a_wins = 0, b_wins = 0;

  g_assert_true (lt_store_add_affaire (fixture->a, affaire, &error));
  task = g_object_new (LT_TYPE_TASK, "affaire-id", lt_affaire_get_id (affaire), "title", "Saisie",
                       "start-date", "2025-01-01", "due-date", "2025-01-31", NULL);
  g_assert_true (lt_store_add_task (fixture->a, task, &error));

  for (guint round = 0; round < 50; round++)
    {
      g_autoptr(LtTask) ta = lt_store_get_task (fixture->a, lt_task_get_id (task), NULL);
      g_autoptr(LtTask) tb = lt_store_get_task (fixture->b, lt_task_get_id (task), NULL);
      g_autofree char *title_a = g_strdup_printf ("A %u", round);
      g_autofree char *title_b = g_strdup_printf ("B %u", round);
      gboolean first_a = round % 2 == 0;
      gboolean ok_a, ok_b;
      GError *error_a = NULL, *error_b = NULL;
      GError *loser;

      lt_task_set_title (ta, title_a);
      lt_task_set_title (tb, title_b);
      if (first_a)
        {
          ok_a = lt_store_update_task (fixture->a, ta, &error_a);
          ok_b = lt_store_update_task (fixture->b, tb, &error_b);
        }
      else
        {
          ok_b = lt_store_update_task (fixture->b, tb, &error_b);
          ok_a = lt_store_update_task (fixture->a, ta, &error_a);
        }

      g_assert_true (ok_a != ok_b);
      g_assert_true (ok_a == first_a);
      loser = ok_a ? error_b : error_a;
      g_assert_error (loser, LT_ERROR, LT_ERROR_CONFLICT);
      g_clear_error (&error_a);
      g_clear_error (&error_b);
      a_wins += ok_a;
      b_wins += ok_b;
    }

  g_assert_cmpuint (a_wins, ==, 25);
  g_assert_cmpuint (b_wins, ==, 25);
  final = lt_store_get_task (fixture->b, lt_task_get_id (task), &error);
  g_assert_cmpint (lt_task_get_revision (final), ==, 51);
  g_assert_cmpstr (lt_task_get_title (final), ==, "B 49");
}

/* While A holds a write transaction, B's write waits, then gives up with a
 * clear message: nothing half-done on either side. */
static void
test_busy (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStaff) s1 = g_object_new (LT_TYPE_STAFF, "name", "Anne", NULL);
  g_autoptr(LtStaff) s2 = g_object_new (LT_TYPE_STAFF, "name", "Bruno", NULL);
  g_autoptr(GListModel) list = NULL;

  sqlite3_busy_timeout (lt_store_get_db (fixture->b), 100);

  g_assert_true (lt_store_begin (fixture->a, &error));
  g_assert_true (lt_store_add_staff (fixture->a, s1, &error));

  g_assert_false (lt_store_add_staff (fixture->b, s2, &error));
  g_assert_error (error, LT_ERROR, LT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "busy"));
  g_clear_error (&error);
  g_assert_cmpint (lt_staff_get_id (s2), ==, 0);
  g_assert_false (lt_store_in_transaction (fixture->b));

  /* B still reads the last committed state meanwhile. */
  list = lt_store_list_staff (fixture->b, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);

  g_assert_true (lt_store_commit (fixture->a, &error));
  g_assert_true (lt_store_add_staff (fixture->b, s2, &error));
  g_assert_no_error (error);
  g_clear_object (&list);
  list = lt_store_list_staff (fixture->a, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/conflict/stale-update", test_stale_update);
  ADD ("/store/conflict/stale-delete", test_stale_delete);
  ADD ("/store/conflict/race-rounds", test_race_rounds);
  ADD ("/store/conflict/busy", test_busy);

#undef ADD

  return g_test_run ();
}
