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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/slot-list/rows-stay", test_rows_stay);

  return g_test_run ();
}
