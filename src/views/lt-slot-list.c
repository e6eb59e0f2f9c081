/* lt-slot-list.c: a list whose rows stay while what they show changes */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* GTK 4.8's list views keep up to 200 rows of widgets and make them anew
 * for every item that replaces another: a search keystroke in a long suivi
 * destroyed and built 200 rows × 6 cells (≈180 ms of main-thread CPU at
 * 200,000 tâches). This list wraps a model; its items are slots, one per
 * position, that hold the model's item at that position. When the model
 * changes, a slot on screen takes its position's new item (notify::item:
 * the cells show it), and only the change in length is told to the view.
 * So the rows stay; only their text changes. */

#define G_LOG_DOMAIN "lt-views"

#include "config.h"

#include <gtk/gtk.h>

#include "lt-slot-list.h"

/* GTK 4.8 makes a row of widgets for each of the first 200 items of a list
 * at once (GTK_LIST_VIEW_MAX_LIST_ITEMS): a list that grew from a few rows
 * to thousands stalled the main loop while it made 200 rows (at start,
 * 110–170 ms before the suivi's first frame at 200,000 tâches). A list
 * told to grow on a view (lt_slot_list_grow_on ()) shows FIRST_ROWS of a
 * longer model at once, enough to fill a screen, then STEP_ROWS more
 * after each frame of the view until it shows them all; past POOL_ROWS the
 * view makes no more widgets, and the rest comes at once. A step is told
 * in an idle after the frame and its rows are made, measured and drawn by
 * the next one: on this 2-core machine the longest main-loop stall after
 * the suivi's first frame is 15 ms with 20 rows a step (16–25 ms when the
 * step was taken inside the frame's tick, whatever its size), and the list
 * is complete about 150 ms after its first frame. (A GtkColumnView makes
 * every step cost the whole list: each new cell re-measures every cell of
 * its column; the suivi is a GtkListView of LtSuiviRow for that.) */
#define FIRST_ROWS 40
#define STEP_ROWS  20
#define POOL_ROWS  200

struct _LtSlot {
  GObject     parent_instance;
  GObject    *item;
  guint       position;
  LtSlotList *list;       /* while it is the live slot of its position */
};

struct _LtSlotList {
  GObject     parent_instance;
  GListModel *model;
  guint       n_items;    /* what the view is told: the model's, or fewer while growing */
  guint       limit;      /* G_MAXUINT: all the model's items are shown */
  gboolean    grows;
  GtkWidget  *view;       /* weak: the frames it grows on */
  guint       tick_id;
  guint       idle_id;
  GHashTable *slots;      /* position → LtSlot (not owned: the view owns them) */
};

enum { SLOT_PROP_0, SLOT_PROP_ITEM, SLOT_N_PROPS };
static GParamSpec *slot_properties[SLOT_N_PROPS];

G_DEFINE_FINAL_TYPE (LtSlot, lt_slot, G_TYPE_OBJECT)

static void
lt_slot_finalize (GObject *object)
{
  LtSlot *self = LT_SLOT (object);

  if (self->list != NULL &&
      g_hash_table_lookup (self->list->slots, GUINT_TO_POINTER (self->position)) == self)
    g_hash_table_remove (self->list->slots, GUINT_TO_POINTER (self->position));
  g_clear_object (&self->item);

  G_OBJECT_CLASS (lt_slot_parent_class)->finalize (object);
}

static void
lt_slot_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  switch (prop_id)
    {
    case SLOT_PROP_ITEM:
      g_value_set_object (value, LT_SLOT (object)->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_slot_class_init (LtSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_slot_finalize;
  object_class->get_property = lt_slot_get_property;

  slot_properties[SLOT_PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, SLOT_N_PROPS, slot_properties);
}

static void
lt_slot_init (LtSlot *self)
{
}

/**
 * lt_slot_get_item:
 *
 * Returns: (transfer none) (nullable): the model's item at the slot's
 *   position (it changes: notify::item)
 */
GObject *
lt_slot_get_item (LtSlot *self)
{
  g_return_val_if_fail (LT_IS_SLOT (self), NULL);

  return self->item;
}

/* ---- the list ----------------------------------------------------------- */

static GType
lt_slot_list_get_item_type (GListModel *list)
{
  return LT_TYPE_SLOT;
}

static guint
lt_slot_list_get_n_items (GListModel *list)
{
  return LT_SLOT_LIST (list)->n_items;
}

static gpointer
lt_slot_list_get_item (GListModel *list,
                       guint       position)
{
  LtSlotList *self = LT_SLOT_LIST (list);
  LtSlot *slot;

  if (position >= self->n_items)
    return NULL;
  if ((slot = g_hash_table_lookup (self->slots, GUINT_TO_POINTER (position))) != NULL)
    return g_object_ref (slot);

  slot = g_object_new (LT_TYPE_SLOT, NULL);
  slot->item = g_list_model_get_item (self->model, position);
  slot->position = position;
  slot->list = self;
  g_hash_table_insert (self->slots, GUINT_TO_POINTER (position), slot);

  return slot;
}

static void
lt_slot_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = lt_slot_list_get_item_type;
  iface->get_n_items = lt_slot_list_get_n_items;
  iface->get_item = lt_slot_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (LtSlotList, lt_slot_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, lt_slot_list_model_init))

/* All the live slots, taken out of the table. */
static GPtrArray *
take_live_slots (LtSlotList *self)
{
  GPtrArray *live = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (live, value);
  g_hash_table_remove_all (self->slots);

  return live;
}

static void
notify_items (GPtrArray *changed)
{
  for (guint i = 0; i < changed->len; i++)
    g_object_notify_by_pspec (changed->pdata[i], slot_properties[SLOT_PROP_ITEM]);
}

/* The model changed at POSITION while every item is shown: the live slots
 * of the positions that stay take their new item, those past the change
 * move, those removed leave; the view hears only of the change in length. */
static void
follow_change (LtSlotList *self,
               guint       position,
               guint       removed,
               guint       added)
{
  g_autoptr(GPtrArray) live = take_live_slots (self);
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_object_unref);
  guint common = MIN (removed, added);

  for (guint i = 0; i < live->len; i++)
    {
      LtSlot *slot = live->pdata[i];

      if (slot->position < position)
        ;
      else if (slot->position < position + common)
        {
          g_clear_object (&slot->item);
          slot->item = g_list_model_get_item (self->model, slot->position);
          g_ptr_array_add (changed, g_object_ref (slot));
        }
      else if (slot->position < position + removed)
        {
          slot->list = NULL;  /* its row goes */
          continue;
        }
      else
        slot->position = slot->position - removed + added;
      g_hash_table_insert (self->slots, GUINT_TO_POINTER (slot->position), slot);
    }
  self->n_items = g_list_model_get_n_items (self->model);

  if (removed > common)
    g_list_model_items_changed (G_LIST_MODEL (self), position + common, removed - common, 0);
  else if (added > common)
    g_list_model_items_changed (G_LIST_MODEL (self), position + common, 0, added - common);
  notify_items (changed);
}

/* The model changed at POSITION while the list shows its first items
 * only (or starts to): the slots from POSITION on take the item now at
 * their position, those past the new end leave, and the view hears of
 * the change in length at the end. */
static void
follow_change_limited (LtSlotList *self,
                       guint       position)
{
  g_autoptr(GPtrArray) live = take_live_slots (self);
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_object_unref);
  guint old_n = self->n_items;
  guint n = MIN (g_list_model_get_n_items (self->model), self->limit);

  for (guint i = 0; i < live->len; i++)
    {
      LtSlot *slot = live->pdata[i];

      if (slot->position >= n)
        {
          slot->list = NULL;
          continue;
        }
      if (slot->position >= position)
        {
          g_clear_object (&slot->item);
          slot->item = g_list_model_get_item (self->model, slot->position);
          g_ptr_array_add (changed, g_object_ref (slot));
        }
      g_hash_table_insert (self->slots, GUINT_TO_POINTER (slot->position), slot);
    }
  self->n_items = n;

  if (n < old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), n, old_n - n, 0);
  else if (n > old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, n - old_n);
  notify_items (changed);
}

static gboolean grow_tick_cb (GtkWidget     *widget,
                              GdkFrameClock *clock,
                              gpointer       user_data);

/* Grows on the view's frames while it shows fewer items than the model. */
static void
schedule_growth (LtSlotList *self)
{
  if (self->tick_id != 0 || self->view == NULL || self->n_items >= g_list_model_get_n_items (self->model))
    return;

  self->tick_id = gtk_widget_add_tick_callback (self->view, grow_tick_cb, self, NULL);
}

static void
on_model_items_changed_cb (GListModel *model,
                           guint       position,
                           guint       removed,
                           guint       added,
                           LtSlotList *self)
{
  guint n = g_list_model_get_n_items (model);

  /* a few rows now, the rest a step per frame */
  if (self->grows && self->limit == G_MAXUINT && self->n_items < POOL_ROWS && n > MAX (self->n_items, FIRST_ROWS))
    self->limit = MAX (self->n_items, FIRST_ROWS);

  if (self->limit == G_MAXUINT)
    follow_change (self, position, removed, added);
  else
    {
      follow_change_limited (self, position);
      schedule_growth (self);
    }
}

/**
 * lt_slot_list_grow:
 *
 * Shows STEP_ROWS more of the model's items, or all of them once the view
 * holds as many rows as it ever makes (a frame of the view calls it).
 *
 * Returns: whether the list still shows fewer items than its model
 */
gboolean
lt_slot_list_grow (LtSlotList *self)
{
  guint n;

  g_return_val_if_fail (LT_IS_SLOT_LIST (self), FALSE);

  if (self->limit == G_MAXUINT)
    return FALSE;

  n = g_list_model_get_n_items (self->model);
  self->limit = self->limit >= POOL_ROWS ? G_MAXUINT : self->limit + STEP_ROWS;
  if (self->limit >= n)
    self->limit = G_MAXUINT;
  follow_change_limited (self, self->n_items);

  return self->limit != G_MAXUINT;
}

/* After the frame: the rows of a step are made and bound here, then
 * measured and drawn by the next frame, so neither holds a frame up. */
static gboolean
grow_idle_cb (gpointer user_data)
{
  LtSlotList *self = user_data;

  self->idle_id = 0;
  if (!lt_slot_list_grow (self) && self->tick_id != 0)
    {
      if (self->view != NULL)
        gtk_widget_remove_tick_callback (self->view, self->tick_id);
      self->tick_id = 0;
    }

  return G_SOURCE_REMOVE;
}

/* A step a frame: the tick asks for it, once the frame is drawn. */
static gboolean
grow_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  LtSlotList *self = user_data;

  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, grow_idle_cb, self, NULL);

  return G_SOURCE_CONTINUE;
}

/**
 * lt_slot_list_grow_on:
 * @view: (nullable): the view that shows the list; %NULL: the list grows
 *   only when lt_slot_list_grow() is called (tests)
 *
 * From now on, a model that becomes longer than the list shows is shown
 * a few rows at a time, one step per frame of @view, so that the rows
 * GTK makes for it never hold a frame up.
 */
void
lt_slot_list_grow_on (LtSlotList *self,
                      GtkWidget  *view)
{
  g_return_if_fail (LT_IS_SLOT_LIST (self));
  g_return_if_fail (view == NULL || GTK_IS_WIDGET (view));
  g_return_if_fail (self->view == NULL);

  self->grows = TRUE;
  /* shown already, but not yet by a view: from its first rows */
  if (self->limit == G_MAXUINT && self->n_items > FIRST_ROWS)
    {
      self->limit = FIRST_ROWS;
      follow_change_limited (self, self->n_items);
    }
  if (view != NULL)
    {
      self->view = view;
      g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &self->view);
      schedule_growth (self);
    }
}

/**
 * lt_slot_list_set_model:
 *
 * Shows @model instead: the rows on screen stay and show its items.
 */
void
lt_slot_list_set_model (LtSlotList *self,
                        GListModel *model)
{
  guint old_n;

  g_return_if_fail (LT_IS_SLOT_LIST (self));
  g_return_if_fail (G_IS_LIST_MODEL (model));

  if (model == self->model)
    return;
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
  g_set_object (&self->model, model);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (on_model_items_changed_cb), self, 0);
  old_n = self->n_items;
  on_model_items_changed_cb (model, 0, old_n, g_list_model_get_n_items (model), self);
}

static void
lt_slot_list_dispose (GObject *object)
{
  LtSlotList *self = LT_SLOT_LIST (object);
  GHashTableIter iter;
  gpointer slot;

  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, NULL, &slot))
    LT_SLOT (slot)->list = NULL;
  g_hash_table_remove_all (self->slots);
  if (self->view != NULL)
    {
      if (self->tick_id != 0)
        gtk_widget_remove_tick_callback (self->view, self->tick_id);
      g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
      self->view = NULL;
    }
  self->tick_id = 0;
  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (lt_slot_list_parent_class)->dispose (object);
}

static void
lt_slot_list_finalize (GObject *object)
{
  g_hash_table_unref (LT_SLOT_LIST (object)->slots);

  G_OBJECT_CLASS (lt_slot_list_parent_class)->finalize (object);
}

static void
lt_slot_list_class_init (LtSlotListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lt_slot_list_dispose;
  object_class->finalize = lt_slot_list_finalize;
}

static void
lt_slot_list_init (LtSlotList *self)
{
  self->slots = g_hash_table_new (NULL, NULL);
  self->limit = G_MAXUINT;
}

/**
 * lt_slot_list_new:
 *
 * Returns: (transfer full): a list of slots over @model
 */
LtSlotList *
lt_slot_list_new (GListModel *model)
{
  LtSlotList *self = g_object_new (LT_TYPE_SLOT_LIST, NULL);

  lt_slot_list_set_model (self, model);

  return self;
}
