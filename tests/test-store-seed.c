/* test-store-seed.c: lettrine-cli seed's synthetic cabinet — every status by the rule, the WAL emptied */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>

#include "lt-store-check.h"
#include "lt-store-private.h"
#include "lt-store-seed.h"

#include "store-fixtures.h"

/* The seed writes each task's status as it inserts it (the final pass over
 * every task then finds nothing to fix): all five statuses are there, each
 * the rule's; the WAL is copied into the database and emptied, and the
 * connection's durable settings are back. */
static void
test_seed_statuses_and_wal (void)
{
  char *dir = NULL;    /* freed by store_fixture_close () */
  char *path = NULL;
  g_autofree char *wal = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  LtStore *store = store_fixture_open ("lt-seed-XXXXXX", &dir, &path);
  GStatBuf st;
  static const char * const statuses[] = { "todo", "blocked", "waiting-client", "sent", "done" };

  g_assert_true (lt_store_seed (store, 40, 25000, &error));
  g_assert_no_error (error);

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM tasks"), ==, 25000);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM tasks WHERE status = '%s'", statuses[i]);

      g_assert_cmpint (query_int (store, sql), >, 0);
    }

  problems = lt_store_check (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  /* the durable settings are back after the seed */
  g_assert_cmpint (query_int (store, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpint (query_int (store, "PRAGMA wal_autocheckpoint"), ==, 1000);

  wal = g_strconcat (path, "-wal", NULL);
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 0);

  store_fixture_close (store, dir, path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/seed/statuses-and-wal", test_seed_statuses_and_wal);

  return g_test_run ();
}
