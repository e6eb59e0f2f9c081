/* test-suivi-search-words.c: the suivi's search of one, two, three letters or more gives what it always meant */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What a search means (issues 9, 13, 15): each word, folded (accents and
 * case ignored), is found in the tâche's key (title, client, prestation)
 * or in its intervenant's name; all words must be found; the filters
 * apply beside it; the rows come by due date, then id. Words of one or two
 * letters walk the suivi's index (migration 014), longer ones the trigram
 * index: both are checked here against that meaning, computed in C over
 * every row, for each filter. */

#include "config.h"

#include <string.h>

#include "lt-date.h"
#include "lt-staff.h"
#include "lt-store-affaires.h"
#include "lt-store-private.h"
#include "lt-store-projects.h"
#include "lt-store-seed.h"
#include "lt-store-task-list.h"
#include "lt-task.h"
#include "lt-text.h"
#include "lt-working-days.h"

#include "store-fixtures.h"

#define TODAY "2026-12-03"

typedef struct {
  gint64  id;
  char   *key;
  char   *staff_key;
  char   *status;
  gint64  staff_id;
  gint64  affaire_id;
  char   *due;
} Row;

typedef struct {
  char      *dir;
  char      *path;
  LtStore   *store;
  GArray    *rows;   /* Row, by due date and id */
  gint64     zoe;    /* an intervenant with accents in her name */
} Fixture;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->key);
  g_free (row->staff_key);
  g_free (row->status);
  g_free (row->due);
}

static void
read_rows (Fixture *f)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_array_set_size (f->rows, 0);
  g_assert_cmpint (sqlite3_prepare_v2 (lt_store_get_db (f->store),
                                       "SELECT t.id, t.search_key, s.name, t.status, coalesce (t.staff_id, 0),"
                                       " t.affaire_id, t.due_date FROM tasks t LEFT JOIN staff s ON s.id = t.staff_id"
                                       " ORDER BY t.due_date, t.id", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Row row = { 0 };
      const char *staff_name = (const char *) sqlite3_column_text (stmt, 2);

      row.id = sqlite3_column_int64 (stmt, 0);
      row.key = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      /* the name folded here, not the store's key: the meaning, not the column */
      row.staff_key = staff_name != NULL ? lt_text_fold (staff_name) : g_strdup ("");
      row.status = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      row.staff_id = sqlite3_column_int64 (stmt, 4);
      row.affaire_id = sqlite3_column_int64 (stmt, 5);
      row.due = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      g_array_append_val (f->rows, row);
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LtStaff) zoe = g_object_new (LT_TYPE_STAFF, "name", "Zoé Lefèvre-Œhl", NULL);
  gint64 affaire;

  f->store = store_fixture_open ("lt-search-words-XXXXXX", &f->dir, &f->path);
  g_assert_true (lt_store_seed (f->store, 12, 500, &error));
  g_assert_no_error (error);
  g_assert_true (lt_store_add_staff (f->store, zoe, &error));
  g_assert_no_error (error);
  f->zoe = lt_staff_get_id (zoe);

  /* tâches with accents, in this week and overdue (TODAY is a Thursday) */
  affaire = query_int (f->store, "SELECT min (id) FROM affaires");
  store_fixture_add_task (f->store, affaire, f->zoe, "Déclaration de TVA à l’été", "2026-12-01");
  store_fixture_add_task (f->store, affaire, f->zoe, "Élaborer le prévisionnel", "2026-12-04");
  store_fixture_add_task (f->store, affaire, 0, "Révision — écritures d’inventaire", "2026-12-06");
  store_fixture_add_task (f->store, affaire, 0, "x", "2026-11-02");

  f->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (f->rows, row_clear);
  read_rows (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_array_unref (f->rows);
  store_fixture_close (f->store, f->dir, f->path);
}

/* The meaning, row by row. */
static gboolean
row_matches (const Row          *row,
             const LtTaskFilter *filter,
             char              **words,
             const char         *monday,
             const char         *sunday)
{
  gboolean open = !g_str_equal (row->status, "done");

  if (filter->staff_id != 0 && row->staff_id != filter->staff_id)
    return FALSE;
  if (filter->affaire_id != 0 && row->affaire_id != filter->affaire_id)
    return FALSE;
  if (filter->status == LT_TASK_FILTER_OPEN && !open)
    return FALSE;
  if (filter->status >= 0 && !g_str_equal (row->status, lt_enum_to_nick (LT_TYPE_TASK_STATUS, filter->status)))
    return FALSE;
  if (filter->overdue && !(open && strcmp (row->due, TODAY) < 0))
    return FALSE;
  if (filter->this_week && (strcmp (row->due, monday) < 0 || strcmp (row->due, sunday) > 0))
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (row->key, words[i]) == NULL && strstr (row->staff_key, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

/* The ids the search means, in the list's order. */
static GArray *
meant_ids (Fixture            *f,
           const LtTaskFilter *filter)
{
  g_autofree char *folded = lt_text_fold (filter->search != NULL ? filter->search : "");
  g_auto(GStrv) words = g_strsplit_set (folded, " \t", -1);
  g_autofree char *monday = NULL;
  g_autofree char *sunday = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GDate today, start, end;

  g_assert_true (lt_date_from_iso (TODAY, &today));
  lt_working_days_week_start (&today, &start);
  end = start;
  g_date_add_days (&end, 6);
  monday = lt_date_to_iso (&start);
  sunday = lt_date_to_iso (&end);

  for (guint i = 0; i < f->rows->len; i++)
    {
      const Row *row = &g_array_index (f->rows, Row, i);

      if (row_matches (row, filter, words, monday, sunday))
        g_array_append_val (ids, row->id);
    }

  return ids;
}

static GArray *
model_ids (LtQueryModel *model)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      gint64 id = lt_query_model_get_id (model, i);

      g_array_append_val (ids, id);
    }

  return ids;
}

/* Returns how many rows the search found. */
static guint
assert_as_meant (Fixture            *f,
                 LtQueryModel       *model,
                 const LtTaskFilter *filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) meant = NULL;

  g_assert_true (lt_store_suivi_set_filter (model, filter, &error));
  g_assert_no_error (error);
  found = model_ids (model);
  meant = meant_ids (f, filter);
  if (found->len != meant->len)
    g_test_message ("« %s » (status %d, staff %" G_GINT64_FORMAT ", affaire %" G_GINT64_FORMAT ", overdue %d,"
                    " week %d): %u rows, %u meant", filter->search, filter->status, filter->staff_id,
                    filter->affaire_id, filter->overdue, filter->this_week, found->len, meant->len);
  g_assert_cmpuint (found->len, ==, meant->len);
  for (guint i = 0; i < found->len; i++)
    g_assert_cmpint (g_array_index (found, gint64, i), ==, g_array_index (meant, gint64, i));

  return found->len;
}

static const char * const searches[] = {
  /* one letter */
  "d", "D", "é", "É", "z", "x", "œ", "q",
  /* two */
  "de", "DÉ", "ré", "zo", "oe", "tv", "qw",
  /* three or more, through the trigram index */
  "décla", "DECLARATION", "lefèvre", "œhl", "zoé", "prévisionnel", "inventaire", "nothing like it",
  /* mixed, an intervenant's word beside a tâche's */
  "tva zo", "zo tva", "de é", "décla lefevre", "él pr", "  de  ", "l’été",
};

/* Every search, alone and with each filter. */
static void
test_search_as_meant (Fixture       *f,
                      gconstpointer  data)
{
  LtTaskFilter filter = LT_TASK_FILTER_INIT;
  g_autoptr(LtQueryModel) model = NULL;
  gint64 staff = query_int (f->store, "SELECT staff_id FROM tasks WHERE staff_id IS NOT NULL"
                                      " GROUP BY staff_id ORDER BY count (*) DESC LIMIT 1");
  gint64 affaire = query_int (f->store, "SELECT min (id) FROM affaires");
  guint n_found = 0;

  filter.today = TODAY;
  model = lt_store_list_suivi (f->store, &filter);

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    for (guint shape = 0; shape < 9; shape++)
      {
        filter = (LtTaskFilter) LT_TASK_FILTER_INIT;
        filter.today = TODAY;
        filter.search = searches[i];
        switch (shape)
          {
          case 0: break;
          case 1: filter.status = LT_TASK_FILTER_OPEN; break;
          case 2: filter.status = LT_TASK_STATUS_TODO; break;
          case 3: filter.status = LT_TASK_STATUS_DONE; break;
          case 4: filter.status = LT_TASK_FILTER_OPEN; filter.staff_id = staff; break;
          case 5: filter.status = LT_TASK_FILTER_OPEN; filter.staff_id = f->zoe; break;
          case 6: filter.affaire_id = affaire; break;
          case 7: filter.overdue = TRUE; break;
          case 8: filter.status = LT_TASK_FILTER_OPEN; filter.this_week = TRUE; break;
          default: g_assert_not_reached ();
          }
        n_found += assert_as_meant (f, model, &filter);
      }

  /* the comparison saw rows, not only empty lists */
  g_assert_cmpuint (n_found, >, 1000);
}

/* What each kind of word finds, said plainly. */
static void
test_search_examples (Fixture       *f,
                      gconstpointer  data)
{
  LtTaskFilter filter = LT_TASK_FILTER_INIT;
  g_autoptr(LtQueryModel) model = NULL;

  filter.today = TODAY;
  model = lt_store_list_suivi (f->store, &filter);

  /* accents and case ignored, one letter or more */
  filter.search = "œ";
  g_assert_cmpuint (assert_as_meant (f, model, &filter), >=, 2);
  filter.search = "ÉLABORER";
  g_assert_cmpuint (assert_as_meant (f, model, &filter), ==, 1);
  filter.search = "elaborer";
  g_assert_cmpuint (assert_as_meant (f, model, &filter), ==, 1);
  /* the intervenant's name, by one, two, three letters */
  filter.search = "zo";
  g_assert_cmpuint (assert_as_meant (f, model, &filter), ==, 2);
  filter.search = "zoé";
  g_assert_cmpuint (assert_as_meant (f, model, &filter), ==, 2);
  filter.search = "lefevre oehl";
  g_assert_cmpuint (assert_as_meant (f, model, &filter), ==, 2);
  /* a word of the tâche and one of its intervenant's */
  filter.search = "tva zo";
  g_assert_cmpuint (assert_as_meant (f, model, &filter), ==, 1);
  /* the one-letter tâche, only by its letter */
  filter.search = "x";
  g_assert_cmpuint (assert_as_meant (f, model, &filter), >=, 1);
  filter.status = LT_TASK_FILTER_OPEN;
  filter.overdue = TRUE;
  filter.search = "x";
  g_assert_cmpuint (assert_as_meant (f, model, &filter), >=, 1);
}

/* A search of one or two letters walks the list's index in order: no
 * sort, no read of the table's rows, the intervenants looked up once per
 * query and not per row (migration 014). */
static void
test_short_words_plan (Fixture       *f,
                       gconstpointer  data)
{
  const int statuses[] = { -1, LT_TASK_FILTER_OPEN, LT_TASK_STATUS_BLOCKED };

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      LtTaskFilter filter = LT_TASK_FILTER_INIT;
      g_autofree char *sql = NULL;
      g_autofree char *explain = NULL;
      g_autoptr(GString) plan = g_string_new (NULL);
      g_autoptr(sqlite3_stmt) stmt = NULL;

      filter.status = statuses[i];
      filter.search = "de";
      sql = lt_store_suivi_sql (&filter);
      explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
      g_assert_cmpint (sqlite3_prepare_v2 (lt_store_get_db (f->store), explain, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
      g_test_message ("%s\n%s", sql, plan->str);
      g_assert_nonnull (strstr (plan->str, "COVERING INDEX"));
      g_assert_null (strstr (plan->str, "TEMP B-TREE"));
      g_assert_null (strstr (plan->str, "CORRELATED"));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/suivi-search-words/as-meant", Fixture, NULL, fixture_set_up, test_search_as_meant, fixture_tear_down);
  g_test_add ("/suivi-search-words/examples", Fixture, NULL, fixture_set_up, test_search_examples, fixture_tear_down);
  g_test_add ("/suivi-search-words/short-words-plan", Fixture, NULL, fixture_set_up, test_short_words_plan,
              fixture_tear_down);

  return g_test_run ();
}
