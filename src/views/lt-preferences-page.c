/* lt-preferences-page.c: a page of Préférences that works on the context's database and speaks through the window's toasts */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-preferences-page"

#include "config.h"

#include "lt-preferences-page.h"

typedef struct
{
  LtContext *context;
} LtPreferencesPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (LtPreferencesPage, lt_preferences_page, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lt_preferences_page_constructed (GObject *object)
{
  LtPreferencesPage *self = LT_PREFERENCES_PAGE (object);
  LtPreferencesPagePrivate *priv = lt_preferences_page_get_instance_private (self);

  G_OBJECT_CLASS (lt_preferences_page_parent_class)->constructed (object);

  g_assert (LT_IS_CONTEXT (priv->context));
}

static void
lt_preferences_page_dispose (GObject *object)
{
  LtPreferencesPage *self = LT_PREFERENCES_PAGE (object);
  LtPreferencesPagePrivate *priv = lt_preferences_page_get_instance_private (self);

  g_clear_object (&priv->context);

  G_OBJECT_CLASS (lt_preferences_page_parent_class)->dispose (object);
}

static void
lt_preferences_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LtPreferencesPage *self = LT_PREFERENCES_PAGE (object);
  LtPreferencesPagePrivate *priv = lt_preferences_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_preferences_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LtPreferencesPage *self = LT_PREFERENCES_PAGE (object);
  LtPreferencesPagePrivate *priv = lt_preferences_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      priv->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_preferences_page_class_init (LtPreferencesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = lt_preferences_page_constructed;
  object_class->dispose = lt_preferences_page_dispose;
  object_class->get_property = lt_preferences_page_get_property;
  object_class->set_property = lt_preferences_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         LT_TYPE_CONTEXT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lt_preferences_page_init (LtPreferencesPage *self)
{
}

/**
 * lt_preferences_page_get_context:
 *
 * Returns: (transfer none): the context the page was made with
 */
LtContext *
lt_preferences_page_get_context (LtPreferencesPage *self)
{
  LtPreferencesPagePrivate *priv = lt_preferences_page_get_instance_private (self);

  g_return_val_if_fail (LT_IS_PREFERENCES_PAGE (self), NULL);

  return priv->context;
}

/**
 * lt_preferences_page_get_store:
 *
 * Returns: (transfer none) (nullable): the database the page works on
 */
LtStore *
lt_preferences_page_get_store (LtPreferencesPage *self)
{
  LtPreferencesPagePrivate *priv = lt_preferences_page_get_instance_private (self);

  g_return_val_if_fail (LT_IS_PREFERENCES_PAGE (self), NULL);

  return priv->context != NULL ? lt_context_get_store (priv->context) : NULL;
}

void
lt_preferences_page_toast (LtPreferencesPage *self,
                           const char        *message)
{
  GtkRoot *root;

  g_return_if_fail (LT_IS_PREFERENCES_PAGE (self));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
}
