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

#include "lt-slot-list.h"

struct _LtSlot {
  GObject     parent_instance;
  GObject    *item;
  guint       position;
  LtSlotList *list;       /* while it is the live slot of its position */
};

struct _LtSlotList {
  GObject     parent_instance;
  GListModel *model;
  guint       n_items;
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

/* The model changed at POSITION: the live slots of the positions that
 * stay take their new item, those past the change move, those removed
 * leave; the view hears only of the change in length. */
static void
on_model_items_changed_cb (GListModel *model,
                           guint       position,
                           guint       removed,
                           guint       added,
                           LtSlotList *self)
{
  g_autoptr(GPtrArray) live = g_ptr_array_new ();
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_object_unref);
  guint common = MIN (removed, added);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (live, value);
  g_hash_table_remove_all (self->slots);
  for (guint i = 0; i < live->len; i++)
    {
      LtSlot *slot = live->pdata[i];

      if (slot->position < position)
        ;
      else if (slot->position < position + common)
        {
          g_clear_object (&slot->item);
          slot->item = g_list_model_get_item (model, slot->position);
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
  self->n_items = g_list_model_get_n_items (model);

  if (removed > common)
    g_list_model_items_changed (G_LIST_MODEL (self), position + common, removed - common, 0);
  else if (added > common)
    g_list_model_items_changed (G_LIST_MODEL (self), position + common, 0, added - common);
  for (guint i = 0; i < changed->len; i++)
    g_object_notify_by_pspec (changed->pdata[i], slot_properties[SLOT_PROP_ITEM]);
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
