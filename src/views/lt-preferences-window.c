/* lt-preferences-window.c: the preferences — general settings, then the firm's pages */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lt-backup-preferences-page.h"
#include "lt-firm-preferences-page.h"
#include "lt-mail-preferences-page.h"
#include "lt-preferences-window.h"
#include "lt-staff-preferences-page.h"
#include "lt-choice-row.h"

struct _LtPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  LtContext            *context;

  LtChoiceRow          *style_row;
  GtkSwitch            *restore_page_switch;
  GtkSwitch            *demo_switch;
  AdwActionRow         *database_row;
};

G_DEFINE_FINAL_TYPE (LtPreferencesWindow, lt_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The rows of style_row, in the order of ui/lt-preferences-window.ui. */
static const char *color_schemes[] = { "default", "light", "dark" };

static gboolean
color_scheme_to_selected (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    if (g_strcmp0 (scheme, color_schemes[i]) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
selected_to_color_scheme (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (color_schemes))
    return NULL;

  return g_variant_new_string (color_schemes[selected]);
}

static void
lt_preferences_window_constructed (GObject *object)
{
  LtPreferencesWindow *self = LT_PREFERENCES_WINDOW (object);
  GSettings *settings;
  LtStore *store;

  G_OBJECT_CLASS (lt_preferences_window_parent_class)->constructed (object);

  g_assert (LT_IS_CONTEXT (self->context));
  settings = lt_context_get_settings (self->context);
  store = lt_context_get_store (self->context);

  g_settings_bind_with_mapping (settings, "color-scheme",
                                self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                color_scheme_to_selected,
                                selected_to_color_scheme,
                                NULL, NULL);
  g_settings_bind (settings, "restore-last-page",
                   self->restore_page_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "load-demo",
                   self->demo_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  if (store != NULL)
    adw_action_row_set_subtitle (self->database_row, lt_store_get_path (store));

  /* After General: the cabinet's details, then its intervenants. */
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (lt_firm_preferences_page_new (self->context)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (lt_staff_preferences_page_new (self->context)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (lt_backup_preferences_page_new (self->context)));
  /* issue 14: how mails leave */
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (lt_mail_preferences_page_new (self->context)));
}

static void
lt_preferences_window_dispose (GObject *object)
{
  LtPreferencesWindow *self = LT_PREFERENCES_WINDOW (object);

  g_clear_object (&self->context);

  G_OBJECT_CLASS (lt_preferences_window_parent_class)->dispose (object);
}

static void
lt_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LtPreferencesWindow *self = LT_PREFERENCES_WINDOW (object);

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
lt_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LtPreferencesWindow *self = LT_PREFERENCES_WINDOW (object);

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
lt_preferences_window_class_init (LtPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lt_preferences_window_constructed;
  object_class->dispose = lt_preferences_window_dispose;
  object_class->get_property = lt_preferences_window_get_property;
  object_class->set_property = lt_preferences_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         LT_TYPE_CONTEXT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LT_TYPE_CHOICE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lt-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LtPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, LtPreferencesWindow, restore_page_switch);
  gtk_widget_class_bind_template_child (widget_class, LtPreferencesWindow, demo_switch);
  gtk_widget_class_bind_template_child (widget_class, LtPreferencesWindow, database_row);
}

static void
lt_preferences_window_init (LtPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * lt_preferences_window_new:
 * @context: the store and settings to edit
 *
 * Returns: (transfer none): a new preferences window, owned by GTK's window list
 */
GtkWindow *
lt_preferences_window_new (LtContext *context)
{
  g_return_val_if_fail (LT_IS_CONTEXT (context), NULL);

  return g_object_new (LT_TYPE_PREFERENCES_WINDOW,
                       "context", context,
                       NULL);
}

LtContext *
lt_preferences_window_get_context (LtPreferencesWindow *self)
{
  g_return_val_if_fail (LT_IS_PREFERENCES_WINDOW (self), NULL);

  return self->context;
}
