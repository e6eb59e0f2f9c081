/* lt-affaires-page.c: the affaires page of the window (issue 5 fills it; empty state for now) */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-affaires-page"

#include "config.h"

#include "lt-affaires-page.h"

struct _LtAffairesPage
{
  AdwBin         parent_instance;

  LtContext     *context;

  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (LtAffairesPage, lt_affaires_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lt_affaires_page_dispose (GObject *object)
{
  LtAffairesPage *self = (LtAffairesPage *) object;

  g_clear_object (&self->context);

  G_OBJECT_CLASS (lt_affaires_page_parent_class)->dispose (object);
}

static void
lt_affaires_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LtAffairesPage *self = (LtAffairesPage *) object;

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_affaires_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LtAffairesPage *self = (LtAffairesPage *) object;

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_affaires_page_class_init (LtAffairesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lt_affaires_page_dispose;
  object_class->get_property = lt_affaires_page_get_property;
  object_class->set_property = lt_affaires_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         LT_TYPE_CONTEXT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-affaires-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LtAffairesPage, empty_page);
}

static void
lt_affaires_page_init (LtAffairesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * lt_affaires_page_new:
 * @context: the services of the window
 *
 * Returns: (transfer floating): a new page
 */
GtkWidget *
lt_affaires_page_new (LtContext *context)
{
  g_return_val_if_fail (LT_IS_CONTEXT (context), NULL);

  return g_object_new (LT_TYPE_AFFAIRES_PAGE, "context", context, NULL);
}

/**
 * lt_affaires_page_get_context:
 *
 * Returns: (transfer none): the page's context
 */
LtContext *
lt_affaires_page_get_context (LtAffairesPage *self)
{
  g_return_val_if_fail (LT_IS_AFFAIRES_PAGE (self), NULL);

  return self->context;
}
