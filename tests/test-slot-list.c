/* test-slot-list.c: rows that stay while the list under them changes (the suivi's column view) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <gtk/gtk.h>

#include "lt-slot-list.h"

typedef struct {
  guint position, removed, added, calls;
} Change;

static void
on_items_changed_cb (GListModel *list,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Change     *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->calls++;
}

static void
on_notify_cb (GObject    *slot,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static GObject *
word (const char *text)
{
  return G_OBJECT (gtk_string_object_new (text));
}

static const char *
text_of (LtSlot *slot)
{
  return gtk_string_object_get_string (GTK_STRING_OBJECT (lt_slot_get_item (slot)));
}

static void
splice (GListStore *store,
        guint       position,
        guint       removed,
        const char *texts[])
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    g_ptr_array_add (items, word (texts[i]));
  g_list_store_splice (store, position, removed, items->pdata, items->len);
}

static void
test_rows_stay (void)
{
  g_autoptr(GListStore) store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(LtSlotList) slots = NULL;
  g_autoptr(LtSlot) first = NULL;
  g_autoptr(LtSlot) second = NULL;
  g_autoptr(LtSlot) third = NULL;
  g_autoptr(LtSlot) again = NULL;
  Change change = { 0 };
  guint notified = 0;

  splice (store, 0, 0, (const char *[]) { "a", "b", "c", NULL });
  slots = lt_slot_list_new (G_LIST_MODEL (store));
  g_signal_connect (slots, "items-changed", G_CALLBACK (on_items_changed_cb), &change);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 3);
  first = g_list_model_get_item (G_LIST_MODEL (slots), 0);
  second = g_list_model_get_item (G_LIST_MODEL (slots), 1);
  third = g_list_model_get_item (G_LIST_MODEL (slots), 2);
  g_signal_connect (first, "notify::item", G_CALLBACK (on_notify_cb), &notified);
  g_signal_connect (third, "notify::item", G_CALLBACK (on_notify_cb), &notified);
  g_assert_cmpstr (text_of (second), ==, "b");

  /* everything replaced by four: the rows stay and show the new items;
   * the view hears of one more row only */
  splice (store, 0, 3, (const char *[]) { "w", "x", "y", "z", NULL });
  g_assert_cmpuint (change.calls, ==, 1);
  g_assert_cmpuint (change.position, ==, 3);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpstr (text_of (first), ==, "w");
  g_assert_cmpstr (text_of (third), ==, "y");
  again = g_list_model_get_item (G_LIST_MODEL (slots), 0);
  g_assert_true (again == first);
  g_clear_object (&again);
  again = g_list_model_get_item (G_LIST_MODEL (slots), 3);
  g_assert_cmpstr (text_of (again), ==, "z");
  g_clear_object (&again);

  /* two removed inside: the rows after them move up, those removed go */
  change.calls = 0;
  splice (store, 1, 2, NULL);
  g_assert_cmpuint (change.calls, ==, 1);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 2);
  g_assert_cmpuint (change.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 2);
  again = g_list_model_get_item (G_LIST_MODEL (slots), 1);
  g_assert_cmpstr (text_of (again), ==, "z");
  g_assert_true (again != second && again != third);
  g_assert_cmpstr (text_of (third), ==, "y");   /* a row that went keeps its item */
  g_clear_object (&again);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (slots), 2));

  /* another model: the first row stays, the view hears of the length */
  {
    g_autoptr(GListStore) other = g_list_store_new (GTK_TYPE_STRING_OBJECT);

    splice (other, 0, 0, (const char *[]) { "p", "q", "r", "s", "t", NULL });
    change.calls = 0;
    lt_slot_list_set_model (slots, G_LIST_MODEL (other));
    g_assert_cmpuint (change.calls, ==, 1);
    g_assert_cmpuint (change.position, ==, 2);
    g_assert_cmpuint (change.added, ==, 3);
    g_assert_cmpstr (text_of (first), ==, "p");
    /* the old model no longer moves the rows */
    splice (store, 0, 0, (const char *[]) { "old", NULL });
    g_assert_cmpuint (change.calls, ==, 1);
    g_assert_cmpstr (text_of (first), ==, "p");
  }
}

/* What a view knows of the list: the length it was told, changed only by
 * items-changed (a change outside the old length is a bug). */
typedef struct {
  guint n;
  guint calls;
} Mirror;

static void
on_mirror_changed_cb (GListModel *list,
                      guint       position,
                      guint       removed,
                      guint       added,
                      Mirror     *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->n);
  mirror->n = mirror->n - removed + added;
  g_assert_cmpuint (mirror->n, ==, g_list_model_get_n_items (list));
  mirror->calls++;
}

static GListStore *
numbered_store (guint n)
{
  GListStore *store = g_list_store_new (GTK_TYPE_STRING_OBJECT);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", i);
      g_autoptr(GObject) item = word (text);

      g_list_store_append (store, item);
    }

  return store;
}

/* Every item of the list is the model's at its position. */
static void
assert_shows_model (LtSlotList *slots,
                    GListStore *store)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (slots));

  g_assert_cmpuint (n, <=, g_list_model_get_n_items (G_LIST_MODEL (store)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LtSlot) slot = g_list_model_get_item (G_LIST_MODEL (slots), i);
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_assert_true (lt_slot_get_item (slot) == item);
    }
}

/* A long model is shown 40 rows at once, then 20 more a step, then all
 * once the view would make no more rows (200): never 200 rows in a frame. */
static void
test_grows_by_steps (void)
{
  g_autoptr(GListStore) store = numbered_store (1000);
  g_autoptr(LtSlotList) slots = lt_slot_list_new (G_LIST_MODEL (store));
  g_autoptr(LtSlot) kept = NULL;
  Mirror mirror = { 0 };
  guint steps = 0;

  /* made before its view: it starts again from the first rows */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 1000);
  lt_slot_list_grow_on (slots, NULL);
  mirror.n = g_list_model_get_n_items (G_LIST_MODEL (slots));
  g_assert_cmpuint (mirror.n, ==, 40);
  g_signal_connect (slots, "items-changed", G_CALLBACK (on_mirror_changed_cb), &mirror);
  assert_shows_model (slots, store);
  kept = g_list_model_get_item (G_LIST_MODEL (slots), 3);

  while (lt_slot_list_grow (slots))
    {
      steps++;
      g_assert_cmpuint (mirror.n, ==, 40 + 20 * steps);
    }
  g_assert_cmpuint (steps, ==, 8);     /* 60, 80 … 200 */
  g_assert_cmpuint (mirror.n, ==, 1000);
  g_assert_false (lt_slot_list_grow (slots));
  assert_shows_model (slots, store);

  /* shown whole, a change is followed as before: the row moves up with
   * its item */
  splice (store, 0, 1, NULL);
  g_assert_cmpuint (mirror.n, ==, 999);
  g_assert_cmpstr (text_of (kept), ==, "3");
  assert_shows_model (slots, store);

  /* a search leaves 10, then 500 again: back to steps from 40 */
  splice (store, 10, 989, NULL);
  g_assert_cmpuint (mirror.n, ==, 10);
  {
    g_autoptr(GListStore) more = numbered_store (490);
    g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < 490; i++)
      g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (more), i));
    g_list_store_splice (store, 10, 0, items->pdata, items->len);
  }
  g_assert_cmpuint (mirror.n, ==, 40);
  assert_shows_model (slots, store);
  g_assert_cmpstr (text_of (kept), ==, "3");

  /* the model changes inside while growing: the rows shown take their
   * new items, the length told stays that of the step */
  splice (store, 2, 3, (const char *[]) { "x", NULL });
  g_assert_cmpuint (mirror.n, ==, 40);
  assert_shows_model (slots, store);
  g_assert_cmpstr (text_of (kept), ==, "x");

  /* it shrinks below what is shown while growing: the length follows */
  splice (store, 20, 478, NULL);
  g_assert_cmpuint (mirror.n, ==, 20);
  assert_shows_model (slots, store);
  g_assert_false (lt_slot_list_grow (slots));
  g_assert_cmpuint (mirror.n, ==, 20);

  /* a short model never waits: 50 items, 40 then 50 */
  splice (store, 20, 0, (const char *[]) { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j",
                                           "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
                                           "u", "v", "w", "x", "y", "z", "aa", "ab", "ac", "ad", NULL });
  g_assert_cmpuint (mirror.n, ==, 40);
  g_assert_false (lt_slot_list_grow (slots));
  g_assert_cmpuint (mirror.n, ==, 50);
  assert_shows_model (slots, store);
}

/* On a view, the steps come with the view's frames. */
static void
test_grows_on_frames (void)
{
  g_autoptr(GListStore) store = numbered_store (5000);
  g_autoptr(LtSlotList) slots = lt_slot_list_new (G_LIST_MODEL (store));
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (slots)))), factory);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  lt_slot_list_grow_on (slots, view);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 40);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_present (GTK_WINDOW (window));
  while (g_list_model_get_n_items (G_LIST_MODEL (slots)) < 5000 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 5000);
  assert_shows_model (slots, store);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/slot-list/rows-stay", test_rows_stay);
  g_test_add_func ("/slot-list/grows-by-steps", test_grows_by_steps);
  g_test_add_func ("/slot-list/grows-on-frames", test_grows_on_frames);

  return g_test_run ();
}
