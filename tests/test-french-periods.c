/* test-french-periods.c: a task's title names its period in French, whatever the locale that planned it */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <sqlite3.h>

#include "lt-schedule.h"
#include "lt-store-check.h"

#include "store-fixtures.h"

/* Planned by a process without LANG (the CLI from a cron job), a title
 * used to read « … — November 2027 » in the French app. */
static void
test_title_french_in_any_locale (void)
{
  struct { const char *period, *title; } cases[] = {
    { "2027-11", "Saisir les pièces — novembre 2027" },
    { "2027-Q1", "Saisir les pièces — 1er trimestre 2027" },
    { "2027-Q3", "Saisir les pièces — 3e trimestre 2027" },
    { "2027-06-30", "Saisir les pièces — exercice clos le 30/06/2027" },
    { "", "Saisir les pièces" },
  };

  setlocale (LC_ALL, "C");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *title = lt_schedule_title_with_period ("Saisir les pièces", cases[i].period);

      g_assert_cmpstr (title, ==, cases[i].title);
      g_assert_true (lt_schedule_title_names_period (title, cases[i].period));
    }
  setlocale (LC_ALL, "");
}

/* The suivi adds the period to titles written before issue 14, and to
 * those only: not to a French title, not to one in the user's own words. */
static void
test_title_names_period (void)
{
  g_autofree char *shown = lt_schedule_period_to_display ("2027-Q3");
  g_autofree char *in_user_words = g_strconcat ("Saisir — ", shown, NULL);

  g_assert_false (lt_schedule_title_names_period ("Saisir les pièces", "2027-11"));
  g_assert_false (lt_schedule_title_names_period ("Saisir — octobre 2027", "2027-11"));
  g_assert_true (lt_schedule_title_names_period ("Saisir — novembre 2027", "2027-11"));
  g_assert_true (lt_schedule_title_names_period (in_user_words, "2027-Q3"));
  g_assert_true (lt_schedule_title_names_period ("Saisir", NULL));
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static char *
task_title (LtStore *store,
            gint64   id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT title FROM tasks WHERE id = %" G_GINT64_FORMAT, id);

  return query_text (store, sql);
}

/* Migration 016: titles already stored in another locale's words become
 * French, and their search key with them. */
static void
test_migration_makes_titles_french (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *sql = NULL;
  LtStore *store = store_fixture_open_demo ("lettrine-periods-XXXXXX", &dir, &path);
  gint64 monthly = query_int (store, "SELECT min(id) FROM tasks WHERE period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'");
  gint64 quarterly = query_int (store, "SELECT max(id) FROM tasks WHERE period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'");
  gint64 yearly = query_int (store, "SELECT min(id) FROM tasks WHERE period = ''");
  gint64 plain = query_int (store, "SELECT max(id) FROM tasks WHERE period = ''");
  g_autofree char *plain_title = NULL;
  g_autofree char *title_monthly = NULL;
  g_autofree char *title_quarterly = NULL;
  g_autofree char *title_yearly = NULL;
  g_autofree char *title_plain = NULL;

  g_assert_cmpint (monthly, >, 0);
  g_assert_cmpint (quarterly, !=, monthly);
  g_assert_cmpint (yearly, >, 0);
  g_assert_cmpint (plain, !=, yearly);
  plain_title = task_title (store, plain);
  g_assert_finalize_object (store);

  /* as a process in English wrote them, and a quarter as the French UI said it */
  sql = g_strdup_printf ("UPDATE tasks SET period = '2027-11', title = 'Saisir — November 2027',"
                         " search_key = 'saisir — november 2027 boulangerie' WHERE id = %" G_GINT64_FORMAT ";"
                         "UPDATE tasks SET period = '2027-Q3', title = 'Réviser — T3 2027' WHERE id = %" G_GINT64_FORMAT ";"
                         "UPDATE tasks SET period = '2027-06-30', title = 'Bilan — exercice clos le 30/06/2027'"
                         " WHERE id = %" G_GINT64_FORMAT ";"
                         "PRAGMA user_version = 15;",
                         monthly, quarterly, yearly);
  raw_exec (path, sql);

  store = lt_store_open (path, &error);
  g_assert_no_error (error);
  title_monthly = task_title (store, monthly);
  title_quarterly = task_title (store, quarterly);
  title_yearly = task_title (store, yearly);
  title_plain = task_title (store, plain);
  g_assert_cmpstr (title_monthly, ==, "Saisir — novembre 2027");
  g_assert_cmpstr (title_quarterly, ==, "Réviser — 3e trimestre 2027");
  g_assert_cmpstr (title_yearly, ==, "Bilan — exercice clos le 30/06/2027");
  g_assert_cmpstr (title_plain, ==, plain_title);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM tasks WHERE search_key = 'saisir — novembre 2027 boulangerie'"), ==, 1);
  /* the trigram index followed its key */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM tasks_fts WHERE tasks_fts MATCH '\"novembre 2027 boul\"'"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM tasks_fts WHERE tasks_fts MATCH '\"november\"'"), ==, 0);
  assert_check_clean (store);
  store_fixture_close (store, g_steal_pointer (&dir), g_steal_pointer (&path));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/periods/french-in-any-locale", test_title_french_in_any_locale);
  g_test_add_func ("/periods/names-period", test_title_names_period);
  g_test_add_func ("/periods/migration", test_migration_makes_titles_french);

  return g_test_run ();
}
