/* lt-context.c: the services every widget reaches — the store and the settings */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-context"

#include "config.h"

#include "lt-context.h"

struct _LtContext
{
  GObject    parent_instance;

  LtStore        *store;
  GSettings      *settings;
  LtStoreAppLock *app_lock;
};

G_DEFINE_FINAL_TYPE (LtContext, lt_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lt_context_constructed (GObject *object)
{
  LtContext *self = LT_CONTEXT (object);

  G_OBJECT_CLASS (lt_context_parent_class)->constructed (object);

  /* A context always has settings, so widgets never check for NULL. */
  if (self->settings == NULL)
    self->settings = g_settings_new (APPLICATION_ID);
}

static void
lt_context_dispose (GObject *object)
{
  LtContext *self = LT_CONTEXT (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->app_lock, lt_store_app_lock_free);

  G_OBJECT_CLASS (lt_context_parent_class)->dispose (object);
}

static void
lt_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LtContext *self = LT_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_context_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  LtContext *self = LT_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_context_class_init (LtContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = lt_context_constructed;
  object_class->dispose = lt_context_dispose;
  object_class->get_property = lt_context_get_property;
  object_class->set_property = lt_context_set_property;

  /**
   * LtContext:store:
   *
   * The open database. Construct-only: a window lives with one store.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LT_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * LtContext:settings:
   *
   * The application's GSettings (schema io.github.lettrine.Lettrine).
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_context_init (LtContext *self)
{
}

/**
 * lt_context_new:
 * @store: the open store
 * @settings: (nullable): settings, or %NULL for the application's schema
 *
 * Returns: (transfer full): a new context
 */
LtContext *
lt_context_new (LtStore   *store,
                GSettings *settings)
{
  g_return_val_if_fail (LT_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (LT_TYPE_CONTEXT,
                       "store", store,
                       "settings", settings,
                       NULL);
}

/**
 * lt_context_get_store:
 *
 * Returns: (transfer none): the store
 */
LtStore *
lt_context_get_store (LtContext *self)
{
  g_return_val_if_fail (LT_IS_CONTEXT (self), NULL);

  return self->store;
}

/**
 * lt_context_get_settings:
 *
 * Returns: (transfer none): the settings
 */
GSettings *
lt_context_get_settings (LtContext *self)
{
  g_return_val_if_fail (LT_IS_CONTEXT (self), NULL);

  return self->settings;
}

/**
 * lt_context_set_app_lock:
 * @lock: (transfer full) (nullable): the lock the application holds on the
 *   store's database for as long as it runs
 */
void
lt_context_set_app_lock (LtContext      *self,
                         LtStoreAppLock *lock)
{
  g_return_if_fail (LT_IS_CONTEXT (self));

  g_clear_pointer (&self->app_lock, lt_store_app_lock_free);
  self->app_lock = lock;
}

/**
 * lt_context_get_app_lock:
 *
 * Returns: (transfer none) (nullable): the application's lock
 */
LtStoreAppLock *
lt_context_get_app_lock (LtContext *self)
{
  g_return_val_if_fail (LT_IS_CONTEXT (self), NULL);

  return self->app_lock;
}
